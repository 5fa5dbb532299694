"""The public Python API: ``analyze`` and friends. CLI, web and batch call these."""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Iterable, Iterator, Sequence

from ._version import __version__
from .model import Document, Metadata
from .pipeline import Pipeline
from .reading import normalise_newlines, parse_date
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


def make_document(
    text: str,
    *,
    id: str | None = None,
    title: str | None = None,
    url: str | None = None,
    outlet: str | None = None,
    published: dt.date | str | None = None,
) -> Document:
    return Document(
        id=id,
        text=normalise_newlines(text),
        meta=Metadata(
            title=title, url=url, outlet=outlet, published=parse_date(published, "published")
        ),
    )


def analyze_documents(
    docs: Iterable[Document], pipeline: Pipeline | None = None, batch_size: int = 8
) -> Iterator[Document]:
    """Analyse documents in order, loading the models once."""
    pipe = pipeline or default_pipeline()
    for doc in pipe.pipe(docs, batch_size=batch_size):
        doc.presslens_version = __version__
        yield doc


def analyze(
    text: str,
    *,
    id: str | None = None,
    title: str | None = None,
    url: str | None = None,
    outlet: str | None = None,
    published: dt.date | str | None = None,
    pipeline: Pipeline | None = None,
) -> Document:
    """Analyse one article and return its :class:`Document`.

    >>> doc = analyze("Julian King warned that the threat is serious.")  # doctest: +SKIP
    >>> doc.entities[0].name  # doctest: +SKIP
    'Julian King'
    """
    doc = make_document(text, id=id, title=title, url=url, outlet=outlet, published=published)
    return next(analyze_documents([doc], pipeline=pipeline))
