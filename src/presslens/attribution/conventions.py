"""The ``CONVENTIONS.md`` filter: which found attributions count as quotes.

Statements with no source ("is expected to win"), stances ("supports the plan") and
acts named without content ("noted the clot's existence") are left out; PolNeAR
annotates them, and the brat export keeps them.
"""

from __future__ import annotations

import re
from typing import Any

from ..nlp import is_title_case
from .cues import VALUE_VERBS
from .found import Found


def is_agentless(f: Found) -> bool:
    """A reported statement nobody is named as holding: an agentless passive or a raising
    verb ("is expected to", "seems to"), where PolNeAR marks no source."""
    return f.kind == "reported" and f.source is None


#: cues that report a stance or an act, not something said ("supports the plan",
#: "voted for her", "wants lower taxes", "refused to comment", "declined to comment"): not
#: quotes by CONVENTIONS.md
NOT_SPEECH = frozenset(
    """support endorse vote want wish know refuse decline discuss reject criticize criticise
    defend offer oppose back praise thank like love hate attack welcome plan seek""".split()
)
#: cues whose content may be a noun phrase ("described it as a disaster", "put the toll at
#: 40", "pegged the cost at ...", "blamed the attack on ISIS", "according to X"); other
#: cues need a clause
NOUN_CONTENT_CUES = VALUE_VERBS | frozenset(
    "describe call blame attribute accuse cite accord according quote label".split()
)


#: a source's wish to stay unnamed, boilerplate by CONVENTIONS.md ("who asked not to be
#: named", "asking not to be identified because ...")
_UNNAMED_WISH = re.compile(r"not to be (?:named|identified|quoted)\b", re.IGNORECASE)


def is_statement(f: Found, parse: Any) -> bool:
    """Whether a found attribution is a statement as ``CONVENTIONS.md`` counts them.

    Direct quotes always are. A reported one is not when its cue reports a stance or an
    act (:data:`NOT_SPEECH`), or when its content has no verb ("noted the clot's
    existence", "expressed deep concern") and its cue is not one that takes a noun
    phrase (:data:`NOUN_CONTENT_CUES`), outside a headline. PolNeAR annotates both; the
    export keeps them.
    """
    if f.kind == "direct" or f.cue_token is None:
        return True
    lemma = parse[f.cue_token].lemma_.lower()
    if lemma in NOT_SPEECH:
        return False
    if _UNNAMED_WISH.match(parse.text[f.start : f.end]):
        return False
    if lemma in NOUN_CONTENT_CUES:
        return True
    span = parse.char_span(f.start, f.end, alignment_mode="expand")
    if span is None or any(mark in span.text for mark in QUOTE_MARKS):
        return True  # a paraphrase around quoted words
    if is_title_case(span) or _in_headline(parse.text, f.end):
        # a headline, where the tagger takes verbs for names and verbs go unwritten
        # ("Philippine oil spill far bigger than first thought, coast guard says")
        return True
    return any(t.pos_ in ("VERB", "AUX") for t in span)


def _in_headline(text: str, end: int) -> bool:
    """``end`` falls in the article's first line, a headline: a line of its own, not
    ending as a sentence does."""
    line_end = text.find("\n")
    if line_end < 0 or end > line_end:
        return False
    return not text[:line_end].rstrip().endswith((".", "!", "?", '"', "”"))


#: characters that open or close a quotation (British single marks too)
QUOTE_MARKS = frozenset(['"', "“", "”", "‘", "’"])
