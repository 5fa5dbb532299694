from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from presslens.cli import cli

FIXTURE = Path(__file__).resolve().parent.parent / "fixtures" / "stories.jsonl"
SRC = Path(__file__).resolve().parents[2] / "src"


def run(*args: str, env: dict[str, str] | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args), env=env, catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def test_ingest_twice_keeps_one_record_each(tmp_path: Path) -> None:
    db = str(tmp_path / "c.db")
    code, out, _ = run("ingest", str(FIXTURE), "--db", db, "--stages", "none")
    assert code == 0
    assert out.startswith("added 7, duplicates 0, stories touched 4 (4 new)")
    code, out, _ = run("ingest", str(FIXTURE), "--db", db, "--stages", "none")
    assert code == 0
    assert out.startswith("added 0, duplicates 7, stories touched 0")
    assert "7 articles in 4 stories" in out


def test_stories_text_and_json(tmp_path: Path) -> None:
    db = str(tmp_path / "c.db")
    run("ingest", str(FIXTURE), "--db", db, "--stages", "none")
    code, out, _ = run("stories", "--db", db, "--format", "json")
    assert code == 0
    stories = json.loads(out)
    assert [s["size"] for s in stories] == [3, 2, 1, 1]
    top = stories[0]
    assert top["title"] == "Riverton council approves $48 million flood wall budget"
    assert top["outlets"] == ["Daily Ledger", "Marrow Valley News", "State Wire"]
    assert (top["first_published"], top["last_published"]) == ("2024-03-04", "2024-03-06")
    assert top["articles"] == ["riv-1", "riv-2", "riv-3"]
    code, out, _ = run("stories", "--db", db, "--min-size", "2")
    assert code == 0
    assert "2024-03-04..2024-03-06  Riverton council approves" in out
    assert "Nimbus" not in out
    assert out.count("outlets:") == 2


def test_db_path_from_env_then_cwd(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("PRESSLENS_DB", raising=False)
    code, _, _ = run("ingest", str(FIXTURE), "--stages", "none")
    assert code == 0 and (tmp_path / "presslens.db").exists()
    env_db = tmp_path / "env.db"
    code, _, _ = run("ingest", str(FIXTURE), "--stages", "none", env={"PRESSLENS_DB": str(env_db)})
    assert code == 0 and env_db.exists()


def test_corrupt_db_is_a_clean_error(tmp_path: Path) -> None:
    db = tmp_path / "mine.db"
    db.write_text("my shopping list\n" * 100)
    code, out, err = run("ingest", str(FIXTURE), "--db", str(db), "--stages", "none")
    assert code == 2 and out == ""
    assert err.startswith("error: ") and err.count("\n") == 1
    assert "not a presslens database" in err
    assert db.read_text() == "my shopping list\n" * 100
    code, _, err = run("stories", "--db", str(db))
    assert code == 2 and "not a presslens database" in err


def test_bad_input_touches_no_database(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "1", "text": "fine"}\n{"id": "2", "text": \n')
    db = tmp_path / "c.db"
    code, _, err = run("ingest", str(bad), "--db", str(db))
    assert code == 2 and "line 2" in err
    assert not db.exists()
    code, _, err = run("stories", "--db", str(db))
    assert code == 2 and "no such corpus" in err


def _word(k: int) -> str:
    out = ""
    while True:
        k, r = divmod(k, 26)
        out += "abcdefghijklmnopqrstuvwxyz"[r]
        if k == 0:
            return out


def _write_corpus(path: Path, n: int) -> None:
    """n records, four per event (so stories form), events spread over January."""
    with path.open("w") as fh:
        for i in range(n):
            topic = _word(i // 4)
            fh.write(
                json.dumps(
                    {
                        "id": f"r{i}",
                        "text": f"Record {_word(i)}. The harbour{topic} council met on "
                        f"item{topic} of the plan{topic}.",
                        "outlet": f"outlet{i % 5}",
                        "published": f"2024-01-{1 + i % 28:02d}",
                    }
                )
                + "\n"
            )


def _count(db: Path) -> int:
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5) as conn:
            return int(conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0])
    except sqlite3.Error:
        return 0


def _ingest_cmd(corpus: Path, db: Path, *extra: str) -> list[str]:
    code = "from presslens.cli import main; main()"
    return [sys.executable, "-c", code, "ingest", str(corpus), "--db", str(db), "-q", *extra]


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(SRC), env.get("PYTHONPATH", "")])
    return env


def _kill_midway(cmd: list[str], db: Path, at_least: int, timeout: float = 120) -> int:
    deadline = time.monotonic() + timeout
    # the with block closes the pipes (a ResourceWarning otherwise) and waits
    with subprocess.Popen(cmd, env=_env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE) as proc:
        try:
            while _count(db) < at_least:
                assert proc.poll() is None, "ingest finished before it could be killed"
                assert time.monotonic() < deadline, "ingest made no progress"
                time.sleep(0.01)
            proc.send_signal(signal.SIGKILL)
        finally:
            proc.wait()
    assert proc.returncode == -signal.SIGKILL
    return _count(db)


def _check_complete(db: Path, n: int) -> None:
    with sqlite3.connect(db) as conn:
        ids = [r[0] for r in conn.execute("SELECT id FROM articles")]
        in_stories = conn.execute("SELECT SUM(size) FROM stories").fetchone()[0]
        orphans = conn.execute(
            "SELECT COUNT(*) FROM articles WHERE story_id IS NULL"
            " OR story_id NOT IN (SELECT id FROM stories)"
        ).fetchone()[0]
        fts = conn.execute("SELECT COUNT(*) FROM articles_fts").fetchone()[0]
    assert sorted(ids) == sorted(f"r{i}" for i in range(n))
    assert in_stories == n and orphans == 0 and fts == n


def test_killed_ingest_reruns_without_duplicates_or_losses(tmp_path: Path) -> None:
    n = 3000
    corpus, db = tmp_path / "corpus.jsonl", tmp_path / "c.db"
    _write_corpus(corpus, n)
    cmd = _ingest_cmd(corpus, db, "--stages", "none", "--batch-size", "10")
    stored = _kill_midway(cmd, db, at_least=20)
    assert 20 <= stored < n
    done = subprocess.run(cmd, env=_env(), capture_output=True, text=True, check=True)
    assert done.stdout.startswith(f"added {n - stored}, duplicates {stored},")
    _check_complete(db, n)


@pytest.mark.slow
def test_killed_ingest_with_real_analysis(tmp_path: Path) -> None:
    n = 60
    corpus, db = tmp_path / "corpus.jsonl", tmp_path / "c.db"
    _write_corpus(corpus, n)
    cmd = _ingest_cmd(corpus, db, "--stages", "parse", "--batch-size", "4")
    stored = _kill_midway(cmd, db, at_least=4, timeout=300)
    assert stored < n
    subprocess.run(cmd, env=_env(), capture_output=True, text=True, check=True)
    _check_complete(db, n)
    with sqlite3.connect(db) as conn:
        models = {r[0] for r in conn.execute("SELECT models FROM articles")}
    assert all("presslens.parse.v1" in m for m in models)


def test_records_without_ids_from_two_files_are_all_kept(tmp_path: Path) -> None:
    first, second = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    first.write_text('{"text": "Harbour council meets."}\n{"text": "Storm hits coast."}\n')
    second.write_text('{"text": "Bakery wins prize."}\n{"text": "Storm hits coast."}\n')
    db = str(tmp_path / "c.db")
    code, out, err = run("ingest", str(first), str(second), "--db", db, "--stages", "none")
    assert code == 0
    assert out.startswith("added 3, duplicates 1,")
    # records without ids are named by their text, so two files never collide on "1"
    assert "was taken by another article" not in err
