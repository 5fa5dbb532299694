from __future__ import annotations

import json
from pathlib import Path

import pytest

from presslens.batch import DaskEngine, SerialEngine, run_batch
from presslens.errors import InputFormatError
from presslens.registry import DEFAULT_PIPELINE

pytestmark = pytest.mark.slow  # loads spaCy (and starts Dask workers)

PARSE_ONLY = tuple(n for n in DEFAULT_PIPELINE if n != "presslens.parse.v1")


def _jsonl(path: Path, texts: list[str]) -> Path:
    path.write_text("\n".join(json.dumps({"id": f"r{i}", "text": t}) for i, t in enumerate(texts)))
    return path


def test_batch_serial_keeps_input_order(tmp_path: Path) -> None:
    src = _jsonl(
        tmp_path / "in.jsonl", [f"Article number {i}. It has two sentences." for i in range(5)]
    )
    out = tmp_path / "out.jsonl"
    result = run_batch([str(src)], out, SerialEngine(), chunk_size=2, exclude=PARSE_ONLY)
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    assert [r["id"] for r in rows] == [f"r{i}" for i in range(5)]
    assert all(len(r["sentences"]) == 2 for r in rows)
    assert result.articles == 5 and result.chunks == 3


def test_batch_dask_engine_matches_serial(tmp_path: Path) -> None:
    texts = ["Julian King warned of a serious threat.", "Theresa May spoke in London on Monday."]
    src = _jsonl(tmp_path / "in.jsonl", texts * 2)
    serial, dask = tmp_path / "serial.jsonl", tmp_path / "dask.jsonl"
    run_batch([str(src)], serial, SerialEngine(), chunk_size=1)
    with DaskEngine(workers=1, processes=False) as engine:
        run_batch([str(src)], dask, engine, chunk_size=1)
    assert dask.read_text() == serial.read_text()


def test_batch_bad_record_writes_nothing(tmp_path: Path) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text('{"id": "a", "text": "fine"}\n{"id": "b"}\n')
    out = tmp_path / "out.jsonl"
    with pytest.raises(InputFormatError, match="line 2"):
        run_batch([str(src)], out, SerialEngine(), exclude=PARSE_ONLY)
    assert not out.exists()
