"""The stage ``presslens.entities.v1``: entities with all their mentions, a canonical name
and a role."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ...model import Document, Entity, Mention
from .aliases import alias_mentions
from .context import retype_by_context
from .grouping import (
    canonical_name,
    complete_surnames,
    group_mentions,
    merge_mislabelled_names,
    surname_mentions,
)
from .mentions import merge_mentions, ner_mentions
from .roles import role_mentions


def find_entities(parsed: Any) -> list[Entity]:
    """Group the entity mentions of a parsed article."""
    ner = ner_mentions(parsed)
    known = alias_mentions(parsed.text, ner)
    for m in known:
        # the parse of a known name, for what the text calls it ("terminal operator
        # Cartier Container Terminals (CCT)")
        m.tokens = parsed.char_span(m.start, m.end)
    mentions = merge_mentions(ner, known)
    groups = group_mentions(mentions)
    retype_by_context(groups)
    groups = merge_mislabelled_names(groups)
    complete_surnames(parsed.text, groups)
    surname_mentions(parsed, groups, mentions)
    role_mentions(parsed, groups, mentions)
    entities = []
    for n, group in enumerate(sorted(groups, key=lambda g: min(m.start for m in g.mentions)), 1):
        group.mentions.sort(key=lambda m: m.start)
        name = canonical_name(group)
        aliases = sorted({m.text for m in group.mentions if m.text != name})
        entities.append(
            Entity(
                id=f"E{n}",
                name=name,
                type=group.type,
                role=group.role,
                aliases=aliases,
                mentions=[Mention(start=m.start, end=m.end, text=m.text) for m in group.mentions],
            )
        )
    return entities


class EntityStage:
    name = "presslens.entities.v1"
    version = "100"
    requires: tuple[str, ...] = ("parse",)
    assigns: tuple[str, ...] = ("entities",)

    def predict(self, docs: Sequence[Document]) -> list[list[Entity]]:
        return [find_entities(doc.parse) for doc in docs]

    def set_annotations(self, docs: Sequence[Document], preds: Sequence[list[Entity]]) -> None:
        for doc, entities in zip(docs, preds, strict=True):
            doc.entities = entities
