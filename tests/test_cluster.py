"""A real Dask cluster: ``dask scheduler`` and two ``dask worker`` processes on 127.0.0.1,
and ``presslens batch --scheduler`` as its own process. Workers and the driver are
killed with SIGKILL mid-run; every record must still arrive exactly once.

The workers run the parse stage only (spaCy, no other model), on records long enough
that a chunk takes a noticeable time, so there is a run to kill things in.
"""

from __future__ import annotations

import json
import os
import signal
import socket
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from subprocess import PIPE

import pytest

pytestmark = pytest.mark.slow  # starts a cluster and loads spaCy on its workers

SRC = Path(__file__).resolve().parents[1] / "src"
DASK = Path(sys.executable).with_name("dask")
N = 40
CHUNK = "2"


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(SRC), env.get("PYTHONPATH", "")])
    return env


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class Cluster:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.address = f"tcp://127.0.0.1:{_free_port()}"
        self.scheduler: subprocess.Popen[bytes] | None = None
        self.workers: list[subprocess.Popen[bytes]] = []

    def _spawn(self, name: str, *args: str) -> subprocess.Popen[bytes]:
        # the child keeps its own copy of the log's descriptor: close ours (a ResourceWarning)
        with (self.root / f"{name}.log").open("wb") as log:
            return subprocess.Popen([str(DASK), *args], env=_env(), stdout=log, stderr=log)

    def start(self) -> None:
        port = self.address.rsplit(":", 1)[1]
        self.scheduler = self._spawn(
            "scheduler", "scheduler", "--host", "127.0.0.1", "--port", port, "--no-dashboard"
        )
        for i in range(2):
            self.workers.append(self._spawn(
                f"worker{i}", "worker", self.address, "--nworkers", "1", "--nthreads", "1",
                "--host", "127.0.0.1", "--no-dashboard", "--no-nanny", "--name", f"w{i}",
            ))
        from dask.distributed import Client

        with Client(self.address, timeout="60s") as client:
            client.wait_for_workers(2, timeout=60)

    def stop(self) -> None:
        for proc in [*self.workers, self.scheduler]:
            if proc is not None and proc.poll() is None:
                proc.kill()
            if proc is not None:
                proc.wait(timeout=30)

    def logs(self) -> str:
        return "\n".join(p.read_text(errors="replace")[-2000:] for p in self.root.glob("*.log"))


@pytest.fixture()
def cluster(tmp_path: Path) -> Iterator[Cluster]:
    found = Cluster(tmp_path)
    try:
        found.start()
        yield found
    finally:
        found.stop()


def _write(path: Path, n: int = N) -> Path:
    sentence = (
        "The harbour council of Riverton met on Monday and voted on the plan for the new "
        "flood wall, which its engineers said would protect {k} homes from the river. "
    )
    with path.open("w") as fh:
        for i in range(n):
            text = f"Record {i}. " + sentence.format(k=100 + i) * 25
            fh.write(json.dumps({"id": f"r{i}", "text": text,
                                 "published": f"2024-01-{1 + i % 28:02d}"}) + "\n")
    return path


def _batch(cluster: Cluster, src: Path, *target: str) -> list[str]:
    return [sys.executable, "-c", "from presslens.cli import main; main()", "batch", str(src),
            *target, "--scheduler", cluster.address, "--stages", "parse",
            "--chunk-size", CHUNK, "-q"]


def _manifest_chunks(out: Path) -> int:
    manifest = out.with_name(out.name + ".manifest")
    try:
        return max(0, manifest.read_bytes().count(b"\n") - 1)
    except FileNotFoundError:
        return 0


def _wait_for(proc: subprocess.Popen[bytes], ready: Callable[[], bool], cluster: Cluster) -> None:
    deadline = time.monotonic() + 240
    while not ready():
        if proc.poll() is not None:
            out = proc.stdout.read().decode() if proc.stdout else ""
            raise AssertionError(f"batch ended early ({proc.returncode}): {out}\n{cluster.logs()}")
        assert time.monotonic() < deadline, f"no progress\n{cluster.logs()}"
        time.sleep(0.02)


def _run(cmd: list[str]) -> subprocess.CompletedProcess[str]:
    done = subprocess.run(cmd, env=_env(), capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    return done


def _ids(out: Path) -> list[str]:
    return [json.loads(line)["id"] for line in out.read_text().splitlines()]


def test_cluster_worker_killed_mid_run_every_record_once(cluster: Cluster, tmp_path: Path) -> None:
    src, out = _write(tmp_path / "in.jsonl"), tmp_path / "out.jsonl"
    with subprocess.Popen(_batch(cluster, src, "-o", str(out)), env=_env(),
                          stdout=PIPE, stderr=subprocess.STDOUT) as proc:
        try:
            _wait_for(proc, lambda: _manifest_chunks(out) >= 1, cluster)
            cluster.workers[0].send_signal(signal.SIGKILL)  # mid-run: chunks are still in flight
            assert proc.poll() is None
            assert proc.wait(timeout=300) == 0, proc.stdout.read().decode() if proc.stdout else ""
        finally:
            if proc.poll() is None:
                proc.kill()
    assert cluster.workers[0].wait(timeout=30) == -signal.SIGKILL
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    assert [r["id"] for r in rows] == [f"r{i}" for i in range(N)]
    assert all(r["models"] == {"presslens.parse.v1": r["models"]["presslens.parse.v1"]}
               and r["sentences"] for r in rows)


def test_cluster_driver_killed_rerun_finishes_without_duplicates(
    cluster: Cluster, tmp_path: Path
) -> None:
    src, out = _write(tmp_path / "in.jsonl"), tmp_path / "out.jsonl"
    cmd = _batch(cluster, src, "-o", str(out))
    # the with blocks close the pipe (a ResourceWarning otherwise) and wait
    with subprocess.Popen(cmd, env=_env(), stdout=PIPE, stderr=subprocess.STDOUT) as proc:
        try:
            _wait_for(proc, lambda: _manifest_chunks(out) >= 3, cluster)
            proc.send_signal(signal.SIGKILL)
        finally:
            proc.wait()
    assert proc.returncode == -signal.SIGKILL and not out.exists()
    finished = _manifest_chunks(out)
    assert 3 <= finished < N // int(CHUNK)
    done = _run([*cmd[:-1]])  # not quiet: the summary says what the earlier run did
    assert "done by an earlier run" in done.stderr
    assert _ids(out) == [f"r{i}" for i in range(N)]
    assert not out.with_name("out.jsonl.manifest").exists()


def _stories_sqlite(db: Path) -> list[tuple[str, list[str]]]:
    with sqlite3.connect(db) as conn:
        rows = conn.execute("SELECT story_id, id FROM articles ORDER BY seq").fetchall()
    return _group(rows)


def _group(rows: list[tuple[str, str]]) -> list[tuple[str, list[str]]]:
    stories: dict[str, list[str]] = {}
    for story, article in rows:
        stories.setdefault(story, []).append(article)
    return sorted(stories.items())


def _kill_batch_into_db(cluster: Cluster, cmd: list[str], count: Callable[[], int]) -> int:
    # the with blocks close the pipe (a ResourceWarning otherwise) and wait
    with subprocess.Popen(cmd, env=_env(), stdout=PIPE, stderr=subprocess.STDOUT) as proc:
        try:
            _wait_for(proc, lambda: count() >= 4, cluster)
            proc.send_signal(signal.SIGKILL)
        finally:
            proc.wait()
    assert proc.returncode == -signal.SIGKILL
    return count()


def _serial_ingest_stories(src: Path, tmp_path: Path) -> list[tuple[str, list[str]]]:
    reference = tmp_path / "serial.db"
    _run([sys.executable, "-c", "from presslens.cli import main; main()", "ingest", str(src),
          "--db", str(reference), "--stages", "parse", "--batch-size", CHUNK, "-q"])
    return _stories_sqlite(reference)


def test_cluster_batch_into_sqlite_killed_and_rerun(cluster: Cluster, tmp_path: Path) -> None:
    src, db = _write(tmp_path / "in.jsonl"), tmp_path / "c.db"

    def count() -> int:
        try:
            with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5) as conn:
                return int(conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0])
        except sqlite3.Error:
            return 0

    cmd = _batch(cluster, src, "--db", str(db))
    stored = _kill_batch_into_db(cluster, cmd, count)
    assert 4 <= stored < N and stored % int(CHUNK) == 0  # whole chunks only
    done = _run(cmd)
    assert done.stdout.startswith(f"added {N - stored}, duplicates {stored},")
    assert _stories_sqlite(db) == _serial_ingest_stories(src, tmp_path)
    assert sorted(a for _, arts in _stories_sqlite(db) for a in arts) == sorted(
        f"r{i}" for i in range(N))


def test_cluster_batch_into_postgres_killed_and_rerun(
    cluster: Cluster, tmp_path: Path, postgres_url: str
) -> None:
    import psycopg

    src = _write(tmp_path / "in.jsonl")

    def rows() -> list[tuple[str, str]]:
        try:
            with psycopg.connect(postgres_url, connect_timeout=5) as conn:
                return list(conn.execute("SELECT story_id, id FROM articles ORDER BY seq"))
        except psycopg.Error:
            return []

    cmd = _batch(cluster, src, "--db", postgres_url)
    stored = _kill_batch_into_db(cluster, cmd, lambda: len(rows()))
    assert 4 <= stored < N
    done = _run(cmd)
    assert done.stdout.startswith(f"added {N - stored}, duplicates {stored},")
    assert _group(rows()) == _serial_ingest_stories(src, tmp_path)
