"""Stories: articles that cover the same event, grouped incrementally."""

from __future__ import annotations

from .group import (
    EARLIEST_RULE,
    article_id,
    earliest_key,
    group_stories,
    headline,
    make_story,
    normalise_text,
    text_hash,
)
from .index import StoryIndex, story_id_for
from .similarity import Signature, Vocabulary, signature, signatures, similarity

__all__ = [
    "EARLIEST_RULE",
    "Signature",
    "StoryIndex",
    "Vocabulary",
    "article_id",
    "earliest_key",
    "group_stories",
    "headline",
    "make_story",
    "normalise_text",
    "signature",
    "signatures",
    "similarity",
    "story_id_for",
    "text_hash",
]
