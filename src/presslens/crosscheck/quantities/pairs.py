"""Whether two mentions in two articles are one quantity: tallies, the pair features and the
logistic model over them (``resources/quantity_pairs.json``)."""

from __future__ import annotations

import functools
import json
import math
import re
from importlib import resources

from ...embed import cosine
from ...names import same_name
from ...wording import WORD as _WORD
from .mentions import YEAR, QuantityMention, _distinctive, hard_unit, same_pollster


def _jaccard(a: set[str], b: set[str]) -> float:
    return len(a & b) / len(a | b) if a and b else 0.0


#: Tallies that outlets update as they change, by what they count: a count is a tally of
#: the family whose word stands nearest its number ("killing 9 and injuring 20").
TALLY_FAMILIES = {
    "dead": "dead death deaths died die dies killed kill killing toll tolls fatalities "
            "bodies body lives",
    "injured": "injured injuries injuring hurt wounded treated treatment hospital "
               "hospitalised hospitalized burns",
    "missing": "missing unaccounted",
    "rescued": "rescued rescue survivors survived",
    "evacuated": "evacuated evacuees evacuation evacuate displaced homeless flee fled "
                 "shelters relocated",
    "arrested": "arrested detained arrests",
}
_TALLY_WORD = {w: fam for fam, words in TALLY_FAMILIES.items() for w in words.split()}


def tally_family(m: QuantityMention) -> str | None:
    """Which tally a count is (dead, injured, missing, ...), or None for another count."""
    for w in _WORD.findall(m.counted):
        fam = _TALLY_WORD.get(w.lower())
        if fam:
            return fam
    words = m.context.split()
    at = words.index("N") if "N" in words else len(words) // 2
    by_distance = sorted(range(len(words)), key=lambda k: (abs(k - at), k < at))
    for k in by_distance[:12]:
        fam = _TALLY_WORD.get(words[k].lower().strip(".,;:\"'“”()"))
        if fam:
            return fam
    return None


def is_tally(m: QuantityMention) -> bool:
    """A casualty or similar tally: its value is the count so far and may change."""
    return tally_family(m) is not None


#: what comes before a year that does not date the figure's event: a comparison ("the
#: deadliest since 2019", "more than the 2023 outbreak did") or this event's own date, to
#: the day ("capsized on Dec. 30, 2025", reported in January)
_NOT_ITS_YEAR = re.compile(
    r"(?:\b(?:since|than|compared (?:with|to)|before|after|until)\s+(?:(?:the|a|an|its)\s+)?"
    r"(?:\w+\s+)?|\b\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+\.?,?\s+"
    r"|\b[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+)$"
)


def past_tally(m: QuantityMention, year: int | None) -> bool:
    """A tally of an event before the article's year ("more than 30 people died in a
    2021 blast at the same depot"): its count no longer changes, so two articles'
    values of it agree or conflict as any figure's do. Years that only compare or that
    date this event to the day do not count. ``year``: the article's year of
    publication; an undated article's is the latest year its figure's sentence names."""
    written = list(YEAR.finditer(m.sentence))
    years = [
        int(y.group()) for y in written
        if not _NOT_ITS_YEAR.search(m.sentence[max(0, y.start() - 40) : y.start()])
    ]
    latest = max((int(y.group()) for y in written), default=0)
    return bool(years) and min(years) < (year if year is not None else latest)


#: The pair features, in the order :func:`pair_features` gives them.
FEATURES = (
    "context_cosine", "counted_similarity", "counted_both", "phrase_cosine", "pair_role_clash",
    "names_jaccard", "names_clash", "neighbours", "places_shared", "places_clash",
    "same_unit", "noun_unit_cosine", "tally_both", "tally_clash", "same_asserter",
    "same_value", "same_small_value", "value_log_ratio",
)
#: the largest value ratio the features tell apart (orders of magnitude)
MAX_LOG_RATIO = 3.0


def _log_ratio(a: float, b: float) -> float:
    """How many orders of magnitude apart two values are, at most :data:`MAX_LOG_RATIO`:
    one quantity reported differently stays near one size (9,000 vs 5,000 fighters; a
    toll of 9 that became 23), two different quantities need not."""
    a, b = abs(a), abs(b)
    if a == 0 or b == 0:
        return 0.0 if a == b else MAX_LOG_RATIO
    return min(abs(math.log10(a / b)), MAX_LOG_RATIO)


def pair_features(a: QuantityMention, b: QuantityMention) -> list[float]:
    """What says two mentions in two articles are one quantity (see :data:`FEATURES`)."""
    wa, wb = a.counted_words, b.counted_words
    counted = max(_jaccard(wa, wb), cosine(a.counted_vec, b.counted_vec)) if wa and wb else 0.0
    names = 0.0
    names_clash = 0.0
    if a.names and b.names:
        names = _jaccard(a.names, b.names)
        names_clash = float(not a.names & b.names)
    neighbours = 0.0
    if a.neighbours and b.neighbours:
        neighbours = 1.0 if a.neighbours & b.neighbours else -1.0
    noun_cos = 0.0
    if a.unit and b.unit and a.unit != b.unit and not hard_unit(a.unit):
        noun_cos = max(0.0, cosine(a.unit_vec, b.unit_vec))
    fa, fb = tally_family(a), tally_family(b)
    asserter = 0.0
    if a.asserted_by and b.asserted_by:
        asserter = 1.0 if same_name(a.asserted_by, b.asserted_by) else -1.0
    return [
        cosine(a.context_vec, b.context_vec),
        counted,
        float(bool(wa and wb)),
        cosine(a.phrase_vec, b.phrase_vec),
        float(bool(a.pair_role and b.pair_role and a.pair_role != b.pair_role)),
        names,
        names_clash,
        neighbours,
        float(bool(a.places & b.places)),
        float(bool(a.places and b.places and not a.places & b.places)),
        float(a.unit is not None and a.unit == b.unit),
        noun_cos,
        float(fa is not None and fa == fb),
        float(fa is not None and fb is not None and fa != fb),
        asserter,
        float(a.claim.value == b.claim.value and _distinctive(a.claim.value)),
        float(a.claim.value == b.claim.value and not _distinctive(a.claim.value)),
        _log_ratio(a.claim.value, b.claim.value),
    ]


def compatible(a: QuantityMention, b: QuantityMention) -> bool:
    """False when the units or the polls rule out one quantity, whatever else agrees."""
    both = a.unit is not None and b.unit is not None
    if (a.unit != b.unit and (hard_unit(a.unit) or hard_unit(b.unit))
            and (both or "percent" in (a.unit, b.unit))):
        return False
    # two polls: the same question, but not the same quantity
    return not (a.pollster and b.pollster and not same_pollster(a.pollster, b.pollster))


@functools.lru_cache(maxsize=1)
def pair_model() -> tuple[list[float], float]:
    """The logistic model's weights and bias (``resources/quantity_pairs.json``)."""
    raw = json.loads(
        resources.files("presslens").joinpath(PAIR_MODEL).read_text("utf-8")
    )
    if tuple(raw["features"]) != FEATURES:
        raise ValueError(f"{PAIR_MODEL} was trained on other features; retrain it")
    return [float(w) for w in raw["weights"]], float(raw["bias"])


PAIR_MODEL = "resources/quantity_pairs.json"


def same_quantity_score(a: QuantityMention, b: QuantityMention) -> float:
    """The probability that two mentions in two articles are one quantity, in [0, 1]; 0
    when their units or polls rule it out. A logistic model over :func:`pair_features`,
    trained on the coverage dev set's tune half (``benchmarks/train_quantity_pairs.py``)."""
    if not compatible(a, b):
        return 0.0
    weights, bias = pair_model()
    z = bias + sum(w * x for w, x in zip(weights, pair_features(a, b), strict=True))
    return 1.0 / (1.0 + math.exp(-z))


SAME_QUANTITY_THRESHOLD = 0.5
#: The context cosine above which one value twice in one article is one mention of it.
REPEAT_CONTEXT = 0.7
#: Linking two values that disagree makes a conflict: it needs stronger evidence.
CONFLICT_THRESHOLD = 0.7
