"""One-shot grouping of a list of articles into stories (``presslens check ARTICLES.jsonl``)."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from collections.abc import Sequence

from ..embed import Embedder, default_embedder
from ..model import Document, Story
from .index import StoryIndex
from .similarity import signatures

_SENTENCE_END = re.compile(r"(?<=[.!?])\s")


def article_id(doc: Document) -> str:
    """The document's id, or a stable one made from its normalised text."""
    if doc.id:
        return doc.id
    return text_hash(doc.text)[:16]


def normalise_text(text: str) -> str:
    """Case, whitespace and typographic quotes do not make a different article."""
    text = text.replace("’", "'").replace("‘", "'").replace("“", '"').replace("”", '"')
    return " ".join(text.lower().split())


def text_hash(text: str) -> str:
    return hashlib.sha1(normalise_text(text).encode("utf-8")).hexdigest()


def headline(doc: Document) -> str:
    """The title, else the first line or sentence of the text, at most 160 characters."""
    if doc.meta.title and doc.meta.title.strip():
        return doc.meta.title.strip()
    first = doc.text.strip().split("\n", 1)[0]
    first = _SENTENCE_END.split(first, maxsplit=1)[0]
    return first if len(first) <= 160 else first[:157].rstrip() + "..."


#: The one rule for the earliest source, in stories, findings and every view.
EARLIEST_RULE = (
    "earliest = first publication date; undated articles count as published last; "
    "ties go to the article listed first in the story"
)


def earliest_key(published: dt.date | None, position: int) -> tuple[bool, dt.date, int]:
    """Sort key of :data:`EARLIEST_RULE` for an article at ``position`` in its story."""
    return (published is None, published or dt.date.min, position)


def earliest(docs: Sequence[Document]) -> Document:
    """The earliest-published document by :data:`EARLIEST_RULE`."""
    order = sorted(range(len(docs)), key=lambda i: earliest_key(docs[i].meta.published, i))
    return docs[order[0]]


def make_story(story_id: str, docs: Sequence[Document]) -> Story:
    dates = [d.meta.published for d in docs if d.meta.published is not None]
    outlets = sorted({d.meta.outlet for d in docs if d.meta.outlet})
    return Story(
        id=story_id,
        title=headline(earliest(docs)),
        articles=[article_id(d) for d in docs],
        outlets=outlets,
        first_published=min(dates) if dates else None,
        last_published=max(dates) if dates else None,
    )


def group_stories(
    docs: Sequence[Document], index: StoryIndex | None = None, embedder: Embedder | None = None
) -> list[Story]:
    """Group articles into stories, in input order, exactly as the store's index would.

    ``embedder`` (default: MiniLM, as the store uses) embeds each headline and lead.
    Stories are returned biggest first, then by first publication date.
    """
    index = StoryIndex() if index is None else index
    embedder = default_embedder() if embedder is None else embedder
    by_id: dict[str, Document] = {}
    for doc in docs:
        by_id.setdefault(article_id(doc), doc)
    for (aid, doc), sig in zip(by_id.items(), signatures(list(by_id.values()), embedder),
                               strict=True):
        index.add(aid, sig, doc.meta.published)
    stories = [
        make_story(sid, [by_id[a] for a in members]) for sid, members in index.stories().items()
    ]
    stories.sort(key=lambda s: (-s.size, s.first_published or dt.date.max, s.id))
    return stories
