"""The same quantity across articles, and whether two values of it agree.

Two figures are the same quantity when they count the same thing in the same
unit, however worded ("An estimated 2,500 Europeans still belong to ISIS's
fighting force" / "Some 2,500 EU nationals are fighting alongside Isis"). The
similarity combines the unit (a hard constraint for percentages, points,
currencies and measures; for a counted noun such as "officer" or "voter" only
evidence, since outlets name the same people differently), what is counted,
the words around the number (sentence embedding), the names next to it, and,
for poll figures, the poll they come from: different polls are different
quantities even when unit and topic match. Hedges and rounding decide
agreement: each value becomes the interval it claims.
"""

from __future__ import annotations

from ...wording import content_words
from .align import (
    align_quantities,
)
from .mentions import (
    CONTEXT_CHARS,
    HARD_UNITS,
    MAX_COUNTED_WORDS,
    PLACE_TYPES,
    SHORT_SENTENCE_WORDS,
    QuantityMention,
    embed_mentions,
    hard_unit,
    mentions_of,
    normalise_unit,
    poll_mentions,
    same_pollster,
)
from .pairs import (
    CONFLICT_THRESHOLD,
    FEATURES,
    PAIR_MODEL,
    REPEAT_CONTEXT,
    SAME_QUANTITY_THRESHOLD,
    TALLY_FAMILIES,
    compatible,
    is_tally,
    pair_features,
    pair_model,
    past_tally,
    same_quantity_score,
    tally_family,
)
from .values import (
    APPROXIMATE,
    LOWER,
    UPPER,
    Claim,
    agree,
    agree_as_tally,
    describe,
    format_value,
    rounding,
)

__all__ = [
    "APPROXIMATE",
    "CONFLICT_THRESHOLD",
    "CONTEXT_CHARS",
    "FEATURES",
    "HARD_UNITS",
    "LOWER",
    "MAX_COUNTED_WORDS",
    "PAIR_MODEL",
    "PLACE_TYPES",
    "REPEAT_CONTEXT",
    "SAME_QUANTITY_THRESHOLD",
    "SHORT_SENTENCE_WORDS",
    "TALLY_FAMILIES",
    "UPPER",
    "Claim",
    "QuantityMention",
    "agree",
    "agree_as_tally",
    "align_quantities",
    "compatible",
    "content_words",
    "describe",
    "embed_mentions",
    "format_value",
    "hard_unit",
    "is_tally",
    "mentions_of",
    "normalise_unit",
    "pair_features",
    "pair_model",
    "past_tally",
    "poll_mentions",
    "rounding",
    "same_pollster",
    "same_quantity_score",
    "tally_family",
]
