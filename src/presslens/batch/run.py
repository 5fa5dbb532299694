"""Run a batch: read and validate all inputs, analyse them in chunks, write JSONL."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from .._api import analyze_documents, default_pipeline
from .._files import atomic_writer
from ..model import Document
from ..reading import read_path
from .engines import Engine

logger = logging.getLogger(__name__)


def analyse_chunk(records: list[str], exclude: tuple[str, ...] = ()) -> list[str]:
    """Worker side: JSON documents in, analysed JSON documents out.

    Plain strings cross the process boundary; the pipeline is built once per
    worker process by :func:`presslens.default_pipeline`'s cache.
    """
    docs = [Document.from_json(r) for r in records]
    pipeline = default_pipeline(exclude)
    return [d.to_json() for d in analyze_documents(docs, pipeline=pipeline)]


@dataclass(frozen=True)
class BatchResult:
    articles: int
    chunks: int
    seconds: float
    output: Path

    @property
    def articles_per_second(self) -> float:
        return self.articles / self.seconds if self.seconds else 0.0


def read_batch(inputs: Sequence[str]) -> list[Document]:
    """Read and validate every input before any work starts; give unnamed records ids."""
    from .._api import assign_ids

    return assign_ids([doc for path in inputs for doc in read_path(path)], unique=False)


def run_batch(
    inputs: Sequence[str] | Sequence[Document],
    output: str | Path,
    engine: Engine,
    chunk_size: int = 16,
    exclude: tuple[str, ...] = (),
    progress: Callable[[int, int], None] | None = None,
) -> BatchResult:
    """Analyse every article of ``inputs`` and write one JSON document per line to ``output``.

    ``inputs`` are paths (read with :func:`read_batch`) or documents already read.
    The output file appears only when every chunk succeeded, so a failed batch
    leaves no partial file.
    """
    docs = [i for i in inputs if isinstance(i, Document)]
    if len(docs) != len(inputs):
        docs = read_batch([str(i) for i in inputs])
    records = [d.to_json() for d in docs]
    chunks = [records[i : i + chunk_size] for i in range(0, len(records), chunk_size)]
    t0 = time.perf_counter()
    done = 0
    with atomic_writer(output) as fh:
        for result in engine.map(_Chunk(exclude), chunks):
            for line in result:
                fh.write(line + "\n")
            done += len(result)
            if progress:
                progress(done, len(records))
    elapsed = time.perf_counter() - t0
    return BatchResult(len(records), len(chunks), elapsed, Path(output))


class _Chunk:
    """A picklable callable carrying the batch's options to the workers."""

    def __init__(self, exclude: tuple[str, ...]) -> None:
        self.exclude = exclude

    def __call__(self, records: list[str]) -> list[str]:
        return analyse_chunk(records, self.exclude)
