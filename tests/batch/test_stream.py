"""Streaming, resumable batches, without models: no stage runs (``stages=()``), so the
analysis is a JSON round trip and every test here is about the driver."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any, TypeVar

import pytest
from click.testing import CliRunner

from presslens import ingest as api_ingest
from presslens.batch import Engine, SerialEngine, run_batch
from presslens.batch.run import Inputs, run_ingest
from presslens.cli import cli
from presslens.errors import InputError, InputFormatError
from presslens.store import open_store

T = TypeVar("T")
R = TypeVar("R")
NONE: tuple[str, ...] = ()


def _write(path: Path, n: int, start: int = 0) -> Path:
    with path.open("w") as fh:
        for i in range(start, start + n):
            topic = i // 3
            fh.write(json.dumps({
                "id": f"r{i}",
                "text": f"Record {i}. The harbour{topic} council met on item{topic}.",
                "published": f"2024-01-{1 + i % 28:02d}",
            }) + "\n")
    return path


def _ids(path: Path) -> list[str]:
    return [json.loads(line)["id"] for line in path.read_text().splitlines()]


class Crash(Exception):
    pass


class CrashingEngine(SerialEngine):
    """Serial, but dies (like a killed driver) after ``after`` chunks."""

    def __init__(self, after: int) -> None:
        self.after = after
        self.calls = 0

    def imap(self, fn: Callable[[T], R], items: Iterable[T]) -> Iterator[R]:
        for item in items:
            if self.calls == self.after:
                raise Crash
            self.calls += 1
            yield fn(item)


class WindowEngine(Engine):
    """Checks backpressure: never more than ``window`` items pulled ahead of the results."""

    window = 3

    def __init__(self) -> None:
        self.most_ahead = 0

    def imap(self, fn: Callable[[T], R], items: Iterable[T]) -> Iterator[R]:
        buffered: list[Any] = []
        for item in items:
            buffered.append(item)
            self.most_ahead = max(self.most_ahead, len(buffered))
            if len(buffered) == self.window:
                yield fn(buffered.pop(0))
        for item in buffered:
            yield fn(item)


def test_stream_batch_writes_in_order_and_leaves_no_sidecars(tmp_path: Path) -> None:
    src, out = _write(tmp_path / "in.jsonl", 23), tmp_path / "out.jsonl"
    engine = WindowEngine()
    result = run_batch([str(src)], out, engine, chunk_size=4, stages=NONE)
    assert _ids(out) == [f"r{i}" for i in range(23)]
    assert (result.articles, result.chunks, result.resumed_chunks) == (23, 6, 0)
    assert engine.most_ahead <= engine.window
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.jsonl", "out.jsonl"]


def test_stream_inputs_read_lazily(tmp_path: Path) -> None:
    src = _write(tmp_path / "in.jsonl", 10)
    src.write_text(src.read_text() + '{"id": "bad"\n')
    chunks = Inputs([str(src)]).chunks(4)
    assert [d.id for d in next(chunks).docs] == ["r0", "r1", "r2", "r3"]
    with pytest.raises(InputFormatError, match="line 11"):
        list(chunks)


@pytest.mark.parametrize("after", [0, 1, 3, 5])
def test_stream_killed_batch_resumes_exactly_once(tmp_path: Path, after: int) -> None:
    src, out = _write(tmp_path / "in.jsonl", 22), tmp_path / "out.jsonl"
    with pytest.raises(Crash):
        run_batch([str(src)], out, CrashingEngine(after), chunk_size=4, stages=NONE)
    assert not out.exists()
    assert (tmp_path / "out.jsonl.manifest").exists()
    done = CrashingEngine(after=99)
    result = run_batch([str(src)], out, done, chunk_size=4, stages=NONE)
    assert _ids(out) == [f"r{i}" for i in range(22)]
    assert done.calls == 6 - after and result.resumed_chunks == after
    assert not (tmp_path / "out.jsonl.manifest").exists()
    assert not (tmp_path / "out.jsonl.partial").exists()


def test_stream_half_written_chunk_is_cut_off(tmp_path: Path) -> None:
    """Killed between a chunk's bytes and its manifest line, or inside either."""
    src, out = _write(tmp_path / "in.jsonl", 12), tmp_path / "out.jsonl"
    with pytest.raises(Crash):
        run_batch([str(src)], out, CrashingEngine(2), chunk_size=4, stages=NONE)
    partial, manifest = tmp_path / "out.jsonl.partial", tmp_path / "out.jsonl.manifest"
    with partial.open("a") as fh:
        fh.write('{"id": "r8", "text": "half a chun')
    with manifest.open("a") as fh:
        fh.write('{"chunk": 2, "digest": "ab')
    run_batch([str(src)], out, SerialEngine(), chunk_size=4, stages=NONE)
    assert _ids(out) == [f"r{i}" for i in range(12)]


def test_stream_changed_input_is_refused_and_keeps_the_work(tmp_path: Path) -> None:
    src, out = _write(tmp_path / "in.jsonl", 12), tmp_path / "out.jsonl"
    with pytest.raises(Crash):
        run_batch([str(src)], out, CrashingEngine(2), chunk_size=4, stages=NONE)
    partial = (tmp_path / "out.jsonl.partial").read_bytes()
    original = src.read_text()
    src.write_text(original.replace("Record 5.", "Record five."))
    with pytest.raises(InputError, match=r"the input changed .* \(chunk 2 differs\)"):
        run_batch([str(src)], out, SerialEngine(), chunk_size=4, stages=NONE)
    with pytest.raises(InputError, match="other inputs or options"):
        run_batch([str(src)], out, SerialEngine(), chunk_size=3, stages=NONE)
    assert (tmp_path / "out.jsonl.partial").read_bytes() == partial and not out.exists()
    src.write_text(original)  # back as it was: the rerun finishes
    run_batch([str(src)], out, SerialEngine(), chunk_size=4, stages=NONE)
    assert _ids(out) == [f"r{i}" for i in range(12)]


def test_stream_bad_record_writes_nothing(tmp_path: Path) -> None:
    src, out = _write(tmp_path / "in.jsonl", 30), tmp_path / "out.jsonl"
    src.write_text(src.read_text() + '{"id": "x"}\n')
    with pytest.raises(InputFormatError, match="line 31"):
        run_batch([str(src)], out, SerialEngine(), chunk_size=4, stages=NONE)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.jsonl"]


def test_stream_ingest_gives_the_stories_the_api_ingest_gives(tmp_path: Path) -> None:
    src = _write(tmp_path / "in.jsonl", 20)
    with open_store(tmp_path / "a.db") as store:
        docs = list(Inputs([str(src)]).documents())
        api_ingest(store, docs, analyse=False, batch_size=7)
        expected = [(s.id, s.articles) for s in store.stories(limit=100)]
    with open_store(tmp_path / "b.db") as store:
        result = run_ingest([str(src)], store, WindowEngine(), chunk_size=4, stages=NONE)
        assert [(s.id, s.articles) for s in store.stories(limit=100)] == expected
        assert result.stored is not None and len(result.stored.added) == 20
        again = run_ingest([str(src)], store, CrashingEngine(0), chunk_size=4, stages=NONE)
        assert again.stored is not None and len(again.stored.duplicates) == 20
    assert len(expected) < 20  # stories did form


def test_stream_cli_batch_db_resumes_a_killed_ingest(tmp_path: Path) -> None:
    src = _write(tmp_path / "in.jsonl", 12)
    db = tmp_path / "c.db"
    with open_store(db) as store, pytest.raises(Crash):
        run_ingest([str(src)], store, CrashingEngine(2), chunk_size=4, stages=NONE)
    result = CliRunner().invoke(cli, ["batch", str(src), "--db", str(db), "--engine", "serial",
                                      "--stages", "none", "--chunk-size", "4", "-q"])
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("added 4, duplicates 8,")
    with open_store(db) as store:
        assert store.stats().articles == 12


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ([], "give -o FILE.jsonl or --db DATABASE"),
        (["-o", "x.jsonl", "--db", "x.db"], "give -o FILE.jsonl or --db DATABASE"),
        (["-o", "x.jsonl", "--skip", "presslens.nope.v1"], "unknown stage"),
        (["-o", "nofolder/x.jsonl"], "does not exist"),
    ],
)
def test_stream_cli_batch_usage_errors(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, args: list[str], message: str
) -> None:
    monkeypatch.chdir(tmp_path)
    _write(tmp_path / "in.jsonl", 3)
    result = CliRunner().invoke(cli, ["batch", "in.jsonl", "--engine", "serial", *args])
    assert result.exit_code == 2
    assert result.stderr.startswith("error: ") and message in result.stderr
    assert result.stderr.count("\n") == 1
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.jsonl"]


def test_stream_progress_lines_on_a_log(tmp_path: Path) -> None:
    src = _write(tmp_path / "in.jsonl", 40)
    result = CliRunner().invoke(cli, ["batch", str(src), "-o", str(tmp_path / "o.jsonl"),
                                      "--engine", "serial", "--stages", "none",
                                      "--chunk-size", "2"])
    lines = result.stderr.splitlines()
    assert result.exit_code == 0
    assert lines[0].startswith("analysed: 2/40 (") and "left)" in lines[0]
    assert lines[-2].startswith("analysed: 40/40 (") and len(lines) == 21
    quiet = CliRunner().invoke(cli, ["batch", str(src), "-o", str(tmp_path / "q.jsonl"),
                                     "--engine", "serial", "--stages", "none", "-q"])
    assert quiet.exit_code == 0 and quiet.stderr == ""
