"""Stage ``presslens.attributions.v1``: who said what, with cue, source, speaker and venue.

Rules on the dependency parse (see :mod:`presslens.attribution`); no model of
its own. Follows ``CONVENTIONS.md``: direct content is the text between the
marks, reported content is the reported clause only, and statements without a
source (agentless passives: "Trump is expected to win"), stances ("supports the
plan") and acts named without content ("noted the clot's existence") are not
kept. The brat export (:mod:`presslens.attribution.corpus`) extracts again with
them, since PolNeAR annotates them.
"""

from __future__ import annotations

from collections.abc import Sequence

from ..attribution.extract import extract
from ..model import Attribution, Document


class AttributionStage:
    name = "presslens.attributions.v1"
    version = "rules-149"
    requires: tuple[str, ...] = ("parse", "entities")
    assigns: tuple[str, ...] = ("attributions",)

    def predict(self, docs: Sequence[Document]) -> list[list[Attribution]]:
        return [extract(doc, agentless=False) for doc in docs]

    def set_annotations(self, docs: Sequence[Document], preds: Sequence[list[Attribution]]) -> None:
        for doc, attributions in zip(docs, preds, strict=True):
            doc.attributions = attributions
