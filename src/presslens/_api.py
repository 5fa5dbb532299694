"""The public Python API: ``analyze`` and friends. CLI, web and batch call these."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING

from .analysis import analyze_documents
from .crosscheck.report import StoryFindings
from .embed import Embedder
from .model import Document, Metadata
from .pipeline import Pipeline
from .reading import normalise_newlines, parse_date

if TYPE_CHECKING:
    from .store.base import IngestResult, Store


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


def assign_ids(docs: Sequence[Document], *, unique: bool = True) -> list[Document]:
    """Give each document without an id the one way presslens names articles: a hash of
    its normalised text (:func:`presslens.stories.article_id`), so a re-run gives the same
    ids. With ``unique``, two records with one id are refused. Returns ``docs``."""
    from .errors import InputError
    from .stories import article_id

    seen: set[str] = set()
    for doc in docs:
        doc.id = article_id(doc)
        if unique and doc.id in seen:
            raise InputError(
                f"article id {doc.id!r} appears twice (two records with that id, or the same "
                "text twice); give each record its own id"
            )
        seen.add(doc.id)
    return list(docs)


def analyze_collection(
    docs: Sequence[Document], pipeline: Pipeline | None = None
) -> list[Document]:
    """Analyse articles that may cover the same events, in order: each is analysed alone,
    then the articles are grouped into stories and, within a story, every speaker gets
    the one spelling its fullest name has in any of them ("Ruiz" in one article, "Ana
    Ruiz" in another). A single document is just analysed."""
    from .stories import StoryIndex, group_stories
    from .stories.resolve import resolve_speakers

    analysed = list(analyze_documents(docs, pipeline))
    if len(analysed) < 2:
        return analysed
    # ids for grouping only: the documents given keep theirs (or none)
    named = assign_ids([d.model_copy() for d in analysed], unique=False)
    by_id: dict[str, list[Document]] = {}
    for copy, doc in zip(named, analysed, strict=True):
        by_id.setdefault(copy.id or "", []).append(doc)
    for story in group_stories(named, index=StoryIndex()):
        resolve_speakers([d for a in dict.fromkeys(story.articles) for d in by_id[a]])
    return analysed


def check_documents(
    docs: Sequence[Document],
    *,
    one_story: bool = False,
    pipeline: Pipeline | None = None,
    embedder: Embedder | None = None,
) -> list[StoryFindings]:
    """The cross-source findings of ``docs``: analysed (those not analysed yet), grouped
    into stories (or taken as one story with ``one_story``), checked story by story.

    Stories come biggest first; the input documents are not changed.
    """
    from .crosscheck import find_findings
    from .stories import StoryIndex, group_stories, make_story, story_id_for
    from .stories.resolve import resolve_speakers

    docs = assign_ids([d.model_copy() for d in docs])
    todo = [d for d in docs if not d.models]
    done = iter(analyze_documents(todo, pipeline)) if todo else iter(())
    analysed = [next(done) if not d.models else d for d in docs]
    by_id = {d.id: d for d in analysed}
    if one_story:
        stories = [make_story(story_id_for(analysed[0].id or ""), analysed)] if analysed else []
    else:
        stories = group_stories(analysed, index=StoryIndex(), embedder=embedder)
    out = []
    for story in stories:
        members = [by_id[a] for a in story.articles]
        resolve_speakers(members)
        out.append(StoryFindings(story=story, documents=members,
                                 findings=find_findings(members, embedder=embedder)))
    return out


def open_corpus(path_or_url: str | None = None, *, create: bool = True) -> Store:
    """The corpus at an SQLite path or ``postgresql://`` URL (``None``: ``$PRESSLENS_DB``,
    else ``./presslens.db``), with the cross-source checks as its findings function."""
    from .crosscheck import find_findings
    from .store import open_store

    return open_store(path_or_url, findings_fn=find_findings, create=create)


def ingest(
    store: Store,
    docs: Sequence[Document],
    *,
    pipeline: Pipeline | None = None,
    analyse: bool = True,
    batch_size: int = 50,
    progress: Callable[[], None] | None = None,
) -> IngestResult:
    """Analyse the documents the corpus does not hold yet and add them, grouped into stories.

    Documents already stored (same URL, or the same text up to case and whitespace) are
    counted as duplicates without being analysed again; each batch of ``batch_size`` is
    one transaction, so an interrupted ingest is finished by running it again.
    ``progress`` is called once per document analysed. With ``analyse=False`` documents
    are stored as they are (already analysed ones, or for measuring the store alone).
    """
    from .store.base import IngestResult

    known = store.known(docs)
    todo = [d for d, k in zip(docs, known, strict=True) if k is None]
    stream: Iterable[Document] = (
        analyze_documents(todo, pipeline) if analyse and todo else todo
    )

    def stored() -> Iterator[Document]:
        for doc in stream:
            doc._parse = None  # the store keeps JSON; free the spaCy Doc now
            if progress is not None:
                progress()
            yield doc

    result = store.add_many(stored(), batch_size=batch_size)
    skipped = IngestResult(duplicates=[k for k in known if k is not None])
    skipped.merge(result)
    return skipped
