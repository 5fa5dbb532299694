"""Run a batch: stream the inputs in chunks through an engine, into JSONL or the corpus.

The driver never holds the whole input. It reads the inputs twice, lazily
(:func:`presslens.reading.iter_records`): once to validate every record and
count them, so a bad line 900 stops the run before anything is written, then
chunk by chunk as the engine has room (:meth:`Engine.imap`), so at most
``engine.window`` chunks are in flight or waiting to be written.

A chunk is identified by its index in the input stream and a SHA-256 of its
records (source name and document JSON), so a rerun notices an input that
changed under an unfinished run.

**JSONL** (:func:`run_batch`): finished chunks are appended in input order to
``OUT.partial``, and after each one a line goes to ``OUT.manifest`` (chunk
index, digest, records, the byte offset the chunk ends at). A driver killed at
any moment leaves a manifest that names a prefix of the chunks; the rerun of
the same command checks that prefix against the input, cuts ``OUT.partial``
back to where the manifest's last chunk ends (dropping a half-written chunk),
and analyses only the chunks after it. When every chunk is written the manifest
is removed and ``OUT.partial`` renamed to ``OUT``, so ``OUT`` appears only
complete, with every record exactly once.

**The corpus** (:func:`run_ingest`): the corpus is its own manifest. Before a
chunk is sent out the driver asks the store which of its records it already
holds (same URL or text) and sends only the others; each chunk's analysed
articles are stored and grouped into stories on the driver, in input order, in
one transaction. A killed run stores each chunk entirely or not at all, and
the rerun sends only what is missing; the stories are those ``ingest`` forms
from the same input in the same order.
"""

from __future__ import annotations

import fcntl
import functools
import hashlib
import json
import logging
import os
import time
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from .._files import check_writable
from ..analysis import analyze_documents, default_pipeline
from ..errors import InputError
from ..model import Document
from ..pipeline import Pipeline
from ..reading import DEFAULT_MAX_BYTES, Overrides, iter_records
from .engines import Engine

if TYPE_CHECKING:
    from ..store.base import IngestResult, Store

logger = logging.getLogger(__name__)

#: Progress callback: (records done, records in all, records just counted that needed no
#: work: done by an earlier run, or already in the corpus).
Progress = Callable[[int, int, int], None]


# -- the worker side -------------------------------------------------------------------
@functools.lru_cache(maxsize=4)
def chunk_pipeline(stages: tuple[str, ...] | None, exclude: tuple[str, ...] = ()) -> Pipeline:
    """The pipeline a worker runs, built once per worker process: the default one less
    ``exclude``, or exactly ``stages`` (``()``: no stage at all)."""
    if stages is None:
        return default_pipeline(exclude)
    from ..registry import build_stage

    return Pipeline([build_stage(n) for n in stages if n not in exclude])


def analyse_chunk(
    records: list[str], exclude: tuple[str, ...] = (), stages: tuple[str, ...] | None = None
) -> list[str]:
    """Worker side: JSON documents in, analysed JSON documents out.

    Plain strings cross the process boundary; the pipeline is built once per
    worker process (:func:`chunk_pipeline`'s cache).
    """
    docs = [Document.from_json(r) for r in records]
    pipeline = chunk_pipeline(stages, exclude)
    return [d.to_json() for d in analyze_documents(docs, pipeline=pipeline)]


class _Chunk:
    """A picklable callable carrying the batch's options to the workers."""

    def __init__(self, exclude: tuple[str, ...], stages: tuple[str, ...] | None = None) -> None:
        self.exclude = exclude
        self.stages = stages

    def __call__(self, records: list[str]) -> list[str]:
        return analyse_chunk(records, self.exclude, self.stages)


def check_stages(stages: Sequence[str] | None, exclude: Sequence[str] = ()) -> None:
    """Refuse an unknown stage name on the driver, before any worker or database starts."""
    from ..registry import STAGES

    for name in [*(stages or ()), *exclude]:
        if name not in STAGES:
            known = ", ".join(sorted(STAGES))
            raise InputError(f"unknown stage {name!r}; known stages: {known}")


# -- the driver side: inputs and chunks ------------------------------------------------
@dataclass
class Chunk:
    """``docs`` in input order, their JSON, and the chunk's identity."""

    index: int
    docs: list[Document]
    records: list[str]
    digest: str


class Inputs:
    """The records of some input paths (or documents already read), read lazily.

    Records without an id get the one presslens gives (a hash of the text), so
    ids and chunk digests are the same in every run. Standard input (``-``) is
    read once and kept: it cannot be read twice.
    """

    def __init__(
        self,
        sources: Sequence[str] | Sequence[Document],
        *,
        max_bytes: int = DEFAULT_MAX_BYTES,
        overrides: Overrides | None = None,
    ) -> None:
        self._docs = [s for s in sources if isinstance(s, Document)]
        self.paths = [str(s) for s in sources if not isinstance(s, Document)]
        if self._docs and self.paths:
            raise TypeError("give paths or documents, not both")
        self.max_bytes = max_bytes
        self.overrides = overrides
        self._stdin: list[Document] | None = None
        self._count: int | None = None

    def _read(self, path: str) -> Iterator[Document]:
        if path == "-":
            if self._stdin is None:
                self._stdin = list(
                    iter_records(path, max_bytes=self.max_bytes, overrides=self.overrides)
                )
            yield from (d.model_copy(deep=True) for d in self._stdin)
            return
        yield from iter_records(path, max_bytes=self.max_bytes, overrides=self.overrides)

    def documents(self) -> Iterator[Document]:
        from ..stories import article_id

        if self._docs:
            source: Iterator[Document] = (d.model_copy(deep=True) for d in self._docs)
        else:
            source = (doc for path in self.paths for doc in self._read(path))
        for doc in source:
            doc.id = article_id(doc)
            yield doc

    def count(self) -> int:
        """Read every record once, validating it: the number of records (an input error
        for the first bad one). Memory stays flat: nothing is kept."""
        if self._count is None:
            self._count = sum(1 for _ in self.documents())
        return self._count

    def chunks(self, size: int) -> Iterator[Chunk]:
        docs: list[Document] = []
        index = 0
        for doc in self.documents():
            docs.append(doc)
            if len(docs) == size:
                yield _make_chunk(index, docs)
                index += 1
                docs = []
        if docs:
            yield _make_chunk(index, docs)


def _make_chunk(index: int, docs: list[Document]) -> Chunk:
    records = [d.to_json() for d in docs]
    digest = hashlib.sha256()
    for doc, record in zip(docs, records, strict=True):
        digest.update((doc.meta.source or "").encode() + b"\0" + record.encode() + b"\n")
    return Chunk(index, docs, records, digest.hexdigest())


def n_chunks(records: int, size: int) -> int:
    return -(-records // size)


# -- JSONL output: the partial file and its manifest -------------------------------------
MANIFEST_VERSION = 1


class ChunkLog:
    """``OUT.partial`` (finished chunks, in input order) and ``OUT.manifest`` (one line per
    finished chunk, written after the chunk's bytes): what a rerun resumes from.

    The manifest is locked while a run uses it, so two runs cannot write one output.
    """

    def __init__(self, output: Path, header: dict[str, Any]) -> None:
        self.output = output
        self.partial = output.with_name(output.name + ".partial")
        self.manifest = output.with_name(output.name + ".manifest")
        self.header = {"presslens_batch": MANIFEST_VERSION, **header}
        self._log: IO[bytes] | None = None
        self._data: IO[bytes] | None = None
        self.done: list[tuple[str, int]] = []  # (digest, records) of each finished chunk

    def open(self) -> None:
        """Lock the manifest and read what an earlier run finished (nothing for a new run)."""
        self._log = open(self.manifest, "a+b")  # noqa: SIM115 - closed by close()
        try:
            fcntl.flock(self._log.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            self._log.close()
            self._log = None
            raise InputError(
                f"{self.output}: another batch is writing this output (its manifest "
                f"{self.manifest.name} is locked); wait for it or give another -o"
            ) from None
        self._log.seek(0)
        lines = self._log.read().split(b"\n")
        end = 0
        keep = 0  # bytes of the manifest that name finished chunks
        if lines[0]:  # an earlier run's manifest
            try:
                header = json.loads(lines[0])
            except ValueError:
                header = None
            if header != self.header:
                raise InputError(
                    f"{self.manifest}: an unfinished batch with other inputs or options "
                    f"({_describe(header)}); rerun that command to finish it, or delete "
                    f"{self.manifest.name} and {self.partial.name} to start over"
                )
            keep = len(lines[0]) + 1
            # the last piece has no newline: a line the killed run had not finished
            for raw in lines[1:-1]:
                try:
                    entry = json.loads(raw)
                    chunk, digest, records, chunk_end = (
                        int(entry["chunk"]), str(entry["digest"]), int(entry["records"]),
                        int(entry["end"]),
                    )
                except (ValueError, KeyError, TypeError):
                    break
                if chunk != len(self.done):
                    break
                self.done.append((digest, records))
                end = chunk_end
                keep += len(raw) + 1
        size = self.partial.stat().st_size if self.partial.exists() else 0
        if size < end:
            raise InputError(
                f"{self.partial}: shorter than its manifest says (the file was changed "
                f"by something else); delete {self.manifest.name} and {self.partial.name} "
                "to start over"
            )
        # keep exactly the chunks the manifest names; a half-written chunk is cut off
        self._data = open(self.partial, "r+b" if self.partial.exists() else "w+b")  # noqa: SIM115
        self._data.truncate(end)
        self._data.seek(end)
        self._log.truncate(keep)
        self._log.seek(keep)
        if not keep:
            self._log.write(json.dumps(self.header, sort_keys=True).encode() + b"\n")
            self._log.flush()

    @staticmethod
    def _entry(index: int, digest: str, records: int, end: int) -> bytes:
        entry = {"chunk": index, "digest": digest, "records": records, "end": end}
        return json.dumps(entry).encode() + b"\n"

    def append(self, chunk: Chunk, lines: list[str]) -> None:
        assert self._data is not None and self._log is not None
        self._data.write("".join(line + "\n" for line in lines).encode("utf-8"))
        self._data.flush()
        self._log.write(self._entry(chunk.index, chunk.digest, len(lines), self._data.tell()))
        self._log.flush()
        self.done.append((chunk.digest, len(lines)))

    def finish(self) -> None:
        """Every chunk is written: ``OUT.partial`` becomes ``OUT``, the manifest goes."""
        assert self._data is not None
        self._data.flush()
        os.fsync(self._data.fileno())
        self._data.close()
        self._data = None
        # manifest first: killed between the two, the rerun starts over (and is correct)
        self.manifest.unlink()
        os.chmod(self.partial, 0o666 & ~_umask())
        os.replace(self.partial, self.output)
        self.close()

    def close(self) -> None:
        for fh in (self._data, self._log):
            if fh is not None:
                fh.close()
        self._data = self._log = None


def _describe(header: Any) -> str:
    if not isinstance(header, dict):
        return "unreadable header"
    inputs = header.get("inputs") or []
    shown = ", ".join(str(i) for i in inputs[:3]) + (" ..." if len(inputs) > 3 else "")
    return f"inputs {shown}; chunk size {header.get('chunk_size')}"


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


# -- running ------------------------------------------------------------------------
@dataclass
class BatchResult:
    articles: int
    chunks: int
    seconds: float
    output: Path | None = None
    resumed_chunks: int = 0  # chunks an earlier run had finished
    resumed_articles: int = 0
    stored: IngestResult | None = None

    @property
    def articles_per_second(self) -> float:
        """Articles this run handled (not those resumed from an earlier run) per second."""
        done = self.articles - self.resumed_articles
        return done / self.seconds if self.seconds else 0.0


def _as_inputs(inputs: Inputs | Sequence[str] | Sequence[Document]) -> Inputs:
    return inputs if isinstance(inputs, Inputs) else Inputs(inputs)


def run_batch(
    inputs: Inputs | Sequence[str] | Sequence[Document],
    output: str | Path,
    engine: Engine,
    chunk_size: int = 16,
    exclude: tuple[str, ...] = (),
    progress: Progress | None = None,
    *,
    stages: tuple[str, ...] | None = None,
) -> BatchResult:
    """Analyse every record of ``inputs`` into ``output``, one JSON document per line in
    input order; resumable (see the module docstring): rerun with the same inputs and
    options, a killed run does only the chunks it had not finished.

    ``output`` appears only when every chunk is written; a failed batch leaves its
    ``OUT.partial`` and ``OUT.manifest`` for the rerun.
    """
    out = check_writable(output)
    check_stages(stages, exclude)
    source = _as_inputs(inputs)
    total = source.count()  # every record validated before anything is written
    header = {
        "inputs": [p if p == "-" else os.path.abspath(p) for p in source.paths],
        "chunk_size": chunk_size,
        "stages": list(stages) if stages is not None else None,
        "exclude": sorted(exclude),
    }
    log = ChunkLog(out, header)
    t0 = time.perf_counter()
    try:
        log.open()
        resumed = len(log.done)
        resumed_records = sum(n for _, n in log.done)
        done = 0
        waiting: deque[Chunk] = deque()

        def todo() -> Iterator[list[str]]:
            nonlocal done
            for chunk in source.chunks(chunk_size):
                if chunk.index < resumed:
                    digest, records = log.done[chunk.index]
                    if digest != chunk.digest:
                        raise InputError(
                            f"the input changed since the unfinished batch into {out} "
                            f"(chunk {chunk.index + 1} differs); rerun with the original "
                            f"input, or delete {log.manifest.name} and {log.partial.name} "
                            "to start over"
                        )
                    done += records
                    if progress:
                        progress(done, total, records)
                    continue
                waiting.append(Chunk(chunk.index, [], [], chunk.digest))
                yield chunk.records

        for lines in engine.imap(_Chunk(exclude, stages), todo()):
            chunk = waiting.popleft()
            log.append(chunk, lines)
            done += len(lines)
            if progress:
                progress(done, total, 0)
        log.finish()
    finally:
        log.close()
    elapsed = time.perf_counter() - t0
    return BatchResult(
        total, n_chunks(total, chunk_size), elapsed, out,
        resumed_chunks=resumed, resumed_articles=resumed_records,
    )


def run_ingest(
    inputs: Inputs | Sequence[str] | Sequence[Document],
    store: Store,
    engine: Engine,
    chunk_size: int = 50,
    exclude: tuple[str, ...] = (),
    progress: Progress | None = None,
    *,
    stages: tuple[str, ...] | None = None,
) -> BatchResult:
    """Analyse the records of ``inputs`` the corpus does not hold yet on ``engine`` and
    store them here, grouped into stories, one transaction per chunk, in input order.

    Rerun after a kill, it sends out only the records the corpus lacks.
    ``BatchResult.stored`` says what was added, what was a duplicate and which
    stories were touched.
    """
    from ..store.base import IngestResult

    check_stages(stages, exclude)
    source = _as_inputs(inputs)
    total = source.count()
    result = IngestResult()
    done = 0
    waiting: deque[tuple[int, int]] = deque()  # (records, known) of each chunk sent out
    t0 = time.perf_counter()

    def todo() -> Iterator[list[str]]:
        nonlocal done
        for chunk in source.chunks(chunk_size):
            known = store.known(chunk.docs)
            result.duplicates += [k for k in known if k is not None]
            fresh = [r for r, k in zip(chunk.records, known, strict=True) if k is None]
            skipped = len(chunk.records) - len(fresh)
            if not fresh:
                done += skipped
                if progress:
                    progress(done, total, skipped)
                continue
            waiting.append((len(chunk.records), skipped))
            yield fresh

    for records in engine.imap(_Chunk(exclude, stages), todo()):
        docs = [Document.from_json(r) for r in records]
        result.merge(store.add_many(docs, batch_size=max(len(docs), 1)))
        records_in_chunk, skipped = waiting.popleft()
        done += records_in_chunk
        if progress:
            progress(done, total, skipped)
    elapsed = time.perf_counter() - t0
    return BatchResult(total, n_chunks(total, chunk_size), elapsed, stored=result)
