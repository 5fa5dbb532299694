"""Running the pipeline: build it, keep one per process, analyse documents in order.

The lowest layer of the API: :mod:`presslens._api` re-exports these, and the cross-source
checks use them to analyse a document that lacks a layer they read, without importing the
API module that imports them.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator, Sequence

from ._version import __version__
from .model import Document
from .pipeline import Pipeline
from .reading import check_length
from .registry import DEFAULT_PIPELINE, build_stage


def load_pipeline(
    stages: Sequence[str] | None = None, exclude: Sequence[str] = ()
) -> Pipeline:
    """Build a pipeline; by default the stages :data:`DEFAULT_PIPELINE` lists."""
    names = [n for n in (stages or DEFAULT_PIPELINE) if n not in set(exclude)]
    return Pipeline([build_stage(n) for n in names])


@functools.lru_cache(maxsize=4)
def default_pipeline(exclude: tuple[str, ...] = ()) -> Pipeline:
    """The default pipeline, built once per process (models load once)."""
    return load_pipeline(exclude=exclude)


def analyze_documents(
    docs: Iterable[Document], pipeline: Pipeline | None = None, batch_size: int = 8
) -> Iterator[Document]:
    """Analyse documents in order, loading the models once (a text over
    :data:`~presslens.reading.MAX_TEXT_CHARS` is refused with an input error)."""
    pipe = pipeline or default_pipeline()

    def checked() -> Iterator[Document]:
        for doc in docs:
            check_length(doc, doc.meta.source or doc.id or "")
            yield doc

    for doc in pipe.pipe(checked(), batch_size=batch_size):
        doc.presslens_version = __version__
        yield doc
