"""Which number expressions are not figures (CONVENTIONS.md, "Not counted").

:func:`exclusion_reason` names why a :class:`NumberExpr` is not a claim about
the world: a date, a year, a clock time, a relative time ("two days after"),
an age, a number inside a name or identifier, the bare word "one", a
fraction's numerator, or the denominator of a rate ("3 in 10", "per 100,000").
Vague words (dozens, hundreds, thousands) never become number expressions.
"""

from __future__ import annotations

import re
from typing import Any

from ..nlp import is_title_case
from ..stages.dates import MONTH_NAMES
from ..stages.dates import MONTHS as _DATE_MONTHS
from ..stages.dates import WEEKDAYS as _DATE_WEEKDAYS
from .numbers import NumberExpr


def _set(words: str) -> frozenset[str]:
    return frozenset(words.split())


#: month names and abbreviations, with and without the abbreviation's period
MONTHS = frozenset(_DATE_MONTHS) | {m + "." for m in _DATE_MONTHS if m not in MONTH_NAMES}
WEEKDAYS = frozenset(_DATE_WEEKDAYS)
TIME_UNITS = _set(
    "second seconds minute minutes hour hours day days week weeks month months year years "
    "decade decades century centuries night nights weekend weekends mins min hrs hr secs"
)
RELATIVE_AFTER = _set("ago after before later earlier prior since from into")
RELATIVE_BEFORE = _set(
    "in within past last next previous coming first final recent every"
)
CLOCK = _set("a.m. p.m. am pm a.m p.m o'clock gmt et est edt pst pdt bst cet utc")
ID_WORDS = _set(
    "no. nos. number # section article chapter title proposition prop prop. route "
    "interstate highway flight room channel district ward page amendment resolution bill "
    "h.r. act precinct station game episode season volume vol. level grade class phase "
    "version model type category stage tier rule clause paragraph item line table "
    "figure code zip unit apt suite box building floor lot gate terminal pier platform "
    "door region zone sector squad formula fortune s&p"
)
FRACTIONS = _set(
    "half halves third thirds quarter quarters fourth fourths fifth fifths sixth sixths "
    "seventh sevenths eighth eighths tenth tenths"
)
_AGE_GROUPS = _set(
    "voter people adult american child kid those student man woman resident worker men women"
)
_SMALL_WORDS = _set("two three four five six seven eight nine ten")
_GROUP_NOUNS = _set(
    "man woman men women side candidate nominee leader country nation party campaign company "
    "firm group brother sister couple senator rival president"
)
STREETS = _set(
    "street st. st avenue ave. ave road rd. boulevard blvd. drive lane place square plaza"
)
NAME_ENTITIES = frozenset(
    {"PERSON", "ORG", "FAC", "PRODUCT", "WORK_OF_ART", "LAW", "EVENT", "GPE", "LOC"}
)
_AGE_AFTER = re.compile(r"^-?(?:year|month|week|day)s?-?old\b|^(?:years?|months?) (?:old|of age)")


def _next_text(doc: Any, i: int, k: int) -> str:
    """The lower-cased text of up to ``k`` tokens from ``i``, with their spacing."""
    return "".join(t.lower_ + t.whitespace_ for t in doc[i : i + k]).strip()


def _lower(doc: Any, i: int) -> str:
    return doc[i].lower_ if 0 <= i < len(doc) else ""


_SCORE_WORDS = _set(
    "win wins won victory victories defeat defeats defeated loss lose lost beat beats beating "
    "draw drew drawn tie tied lead led score scored scoreline result thrashing rout"
)
_STEP_NOUNS = _set("street streets block blocks door doors house houses")


def product_number(doc: Any, i: int) -> bool:
    """Whether the number token ``doc[i]`` is part of a name after a capitalised word, as
    products and models are named: "Galaxy Note 7 smartphones", "Note 7 phones", "Halo
    Fit 3 Pro", "Halo Band 2 fitness tracker", "Boeing 737 MAX jets". A count comes before
    the noun it counts; a number after a name word is that thing's number: the parser
    hangs it on the word before it, or the word before it on a noun after it, or it
    follows a two-word name, or a capitalised word follows it. Not after a weekday, a
    month, a place or a sentence's first word ("said Tuesday 14 people were killed", "In
    Gaza 30 people ..."). In a title-case headline, whose words the tagger takes for names
    ("Quake Kills 38 People"), only a name and number the article's text uses so."""
    if not _after_name_word(doc, i):
        return False
    if _hyphened_unit(doc, i + 1):
        return False  # "Kestrel Home 6-quart cookers": a size, "-quart" its unit
    if not _in_title_case(doc, i):
        return _named_number(doc, i)
    pair = (doc[i - 1].lower_, doc[i].text)
    return any(
        (doc[j - 1].lower_, doc[j].text) == pair and _after_name_word(doc, j)
        and not _in_title_case(doc, j) and _named_number(doc, j)
        for j in range(1, len(doc)) if j != i and doc[j].text == doc[i].text
    )


def _hyphened_unit(doc: Any, k: int) -> bool:
    """A hyphen at ``k`` joins the number before it to a lower-case unit ("6-quart",
    "12-storey"): a size, whatever name comes before."""
    return k + 1 < len(doc) and doc[k].text in ("-", "–") and doc[k + 1].is_lower


#: the signs of currencies the number reader does not know, written before the amount
_CURRENCY_BEFORE = _set("rs re ksh sh shs tk rm rp dh dhs rmb")


def _in_title_case(doc: Any, i: int) -> bool:
    """Whether ``doc[i]`` stands in title-case text: its sentence, or the words around it
    where a headline runs into the first line ("... And Floods 900 Homes DUTCH villagers")."""
    return is_title_case(doc[max(0, i - 4) : i + 4]) or is_title_case(doc[i].sent)


def _after_name_word(doc: Any, i: int) -> bool:
    """A short number right after a capitalised word that may be a name's."""
    tok = doc[i]
    if i == 0 or not tok.text.isdigit() or len(tok.text) > 4:
        return False
    prev = doc[i - 1]
    if not (prev.is_alpha and prev.text[0].isupper() and prev.pos_ in ("PROPN", "NOUN")) \
            or prev.is_sent_start or prev.lower_ in MONTHS or prev.lower_ in WEEKDAYS \
            or prev.ent_type_ in ("DATE", "TIME", "GPE", "LOC", "NORP"):
        return False  # "In Gaza 30 people ..."
    if len(prev) == 1 or prev.lower_ in _CURRENCY_BEFORE or (len(prev) == 3 and prev.is_upper):
        return False  # a currency's sign or code: "Rs 4 lakh", "INR 500", "R 30 million"
    if prev.ent_type_ == "PERSON":
        # the tagger takes products for people ("Galaxy Note 7"), and an article names a
        # product again and again; a count after a person's name is no such pair
        # ("shot McDonald 16 times")
        return _recurs(doc, i)
    return True


def _recurs(doc: Any, i: int) -> bool:
    """The word before the number and the number stand together again in the article."""
    pairs: int = sum(doc[j].text == doc[i].text and doc[j - 1].lower_ == doc[i - 1].lower_
                     for j in range(1, len(doc)))
    return pairs >= 2


#: the kinds of capitalised word after a number that make no model's name of it
_NOT_MODEL_WORDS = frozenset(["NORP", "GPE", "LOC", "PERSON"])


def _named_number(doc: Any, i: int) -> bool:
    """The parse says the number after a name word belongs to the name
    (:func:`product_number`): it hangs the number on that word ("Note 7 phones"), or a
    capitalised word follows it ("Fit 3 Pro"). Where it only hangs the word on a noun
    after the number, or the number follows a two-word name, the name must be no
    organisation, place or building, hold the number itself, or stand with it again in
    the article: "Halo Band 2 fitness tracker", "Galaxy Note 7" (a person to the
    tagger), but not "told Al Jazeera 30 people were killed", "At Gatwick Airport 200
    flights", "The Coast Guard 12 crew"."""
    tok, prev = doc[i], doc[i - 1]
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    if (tok.head.i == prev.i and tok.dep_ == "nummod") or (
        nxt is not None and nxt.is_alpha and nxt.text[0].isupper() and nxt.pos_ == "PROPN"
        and not nxt.is_sent_start and nxt.ent_type_ not in _NOT_MODEL_WORDS
    ):
        return True  # (but "told Reuters 12 Palestinians")
    inside = tok.ent_iob_ == "I" and tok.ent_type_ == prev.ent_type_
    # a product's name is named again and again; "Al Jazeera 30" is not
    product = inside or prev.ent_type_ in ("PRODUCT", "WORK_OF_ART", "LAW") or _recurs(doc, i)
    return (
        (product or not prev.ent_type_) and prev.dep_ in ("compound", "nmod")
        and prev.head.i > i  # "Band 2 fitness tracker"
    ) or (
        product and prev.pos_ == "PROPN" and i >= 2 and doc[i - 2].pos_ == "PROPN"
        and doc[i - 2].is_title and doc[i - 2].head.i == prev.i  # "Galaxy Note 7"
    )


def _is_score(doc: Any, expr: NumberExpr) -> bool:
    """One side of an N-M result with a word of winning or losing next to it."""
    before, after = _lower(doc, expr.start - 1), _lower(doc, expr.end)
    paired = (after in ("-", "–") and _next_text(doc, expr.end + 1, 1)[:1].isdigit()) or (
        before in ("-", "–") and expr.start >= 2 and doc[expr.start - 2].text[:1].isdigit()
    )
    if not paired:
        return False
    window = doc[max(0, expr.start - 5) : min(len(doc), expr.end + 5)]
    return any(t.lower_ in _SCORE_WORDS or t.lemma_.lower() in _SCORE_WORDS for t in window)


def exclusion_reason(doc: Any, expr: NumberExpr, previous: NumberExpr | None = None) -> str | None:
    """Why ``expr`` is not a figure, or None when it is one."""
    words = expr.words(doc)
    first, last = expr.num_start, expr.num_end
    money_or_pct = expr.currency is not None or expr.percent
    before = _lower(doc, expr.start - 1)
    before2 = _lower(doc, expr.start - 2)
    after = _lower(doc, expr.end)
    after2 = _lower(doc, expr.end + 1)

    if words == ["one"] and not money_or_pct:
        return "bare one"
    single_digits = len(words) == 1 and re.fullmatch(r"\d{4}", words[0]) is not None
    if single_digits and not money_or_pct and 1500 <= expr.value <= 2100:
        noun_follows = doc[first].dep_ == "nummod" and doc[first].head.tag_ == "NNS" \
            and doc[first].head.i == last and doc[first].ent_type_ != "DATE"
        if not noun_follows:
            return "year"
    if ((after in ("-", "–") and after2 in FRACTIONS) or after in FRACTIONS) \
            and not expr.percent:
        return "fraction"
    if not money_or_pct:
        # Dates: a month name or weekday next to the number, or a DATE entity with one.
        near = [
            doc[i] for i in (expr.start - 1, expr.end) if 0 <= i < len(doc)
            and doc[i].lower_ in MONTHS and (doc[i].lower_ != "may" or doc[i].pos_ == "PROPN")
        ]
        if near and expr.value <= 31 and expr.value == int(expr.value):
            return "date"  # "Nov. 8", "8 November"
        ent = doc[first].ent_type_
        if ent in ("DATE", "TIME"):
            lo, hi = first, first + 1  # the entity around the number, by its IOB tags
            while lo > 0 and doc[lo].ent_iob_ == "I":
                lo -= 1
            while hi < len(doc) and doc[hi].ent_iob_ == "I":
                hi += 1
            if any(t.lower_ in MONTHS or t.lower_ in WEEKDAYS for t in doc[lo:hi]):
                return "date"
        # Clock times.
        if after in CLOCK or _next_text(doc, expr.end, 2) in ("a.m.", "p.m.") or (
            after == ":" and re.fullmatch(r"\d\d", after2 or "")
        ):
            return "time"
        # "the two men": a reference back to people already named, not a claim.
        if before == "the" and len(words) == 1 and words[0] in _SMALL_WORDS and (
            last >= len(doc) or doc[last].pos_ not in ("NOUN", "ADJ", "ADV", "PROPN", "NUM")
            or doc[last].lemma_.lower() in _GROUP_NOUNS
        ):
            return "anaphora"
        # "a four-way race", "from zero".
        if after in ("-", "–") and after2 == "way":
            return "compound"
        if words == ["zero"] and before == "from":
            return "idiom"
        # Addresses: "131 West 23rd Street".
        street = [t.lower_ for t in doc[expr.end : expr.end + 4]]
        if set(street) & STREETS and last < len(doc) and doc[last].is_title:
            return "address"
        # Time left: "with two months to go", "two months until the election".
        if after in TIME_UNITS and (after2 in ("until", "till", "left", "away")
                                    or _next_text(doc, expr.end + 1, 2) == "to go"):
            return "relative time"
        # List markers: "1. WHAT TRUMP'S ..." at the start of a line.
        line_start = expr.start == 0 or doc[expr.start - 1].is_space \
            or "\n" in doc[expr.start - 1].whitespace_
        if line_start and after in (".", ")") and len(words) == 1:
            return "list marker"
        # Dates written with hyphens ("2015-12-02") and the 911 emergency number.
        neighbours = [doc[k] for k in (expr.start - 2, expr.end + 1) if 0 <= k < len(doc)]
        if ((before == "-" and doc[expr.start - 1].whitespace_ == "") or (after == "-"
                and doc[expr.end - 1].whitespace_ == "")) \
                and any(re.search(r"(?<!\d)(1[5-9]|20)\d\d(?!\d)", t.text) for t in neighbours):
            return "date"
        if words == ["911"] and after in ("call", "calls", "dispatcher", "operator"):
            return "identifier"
        # Reference tags such as "[538]".
        if before == "[" and after == "]":
            return "reference"
        # Ages.
        small_int = expr.value <= 120 and expr.value == int(expr.value)
        ends_phrase = expr.end >= len(doc) or doc[expr.end].is_space \
            or after in (",", ")", ".", ";", "―", "—", "–", "-")
        if _AGE_AFTER.match(_next_text(doc, expr.end, 5)):
            return "age"
        if before in ("aged", "age", "ages"):
            return "age"
        if before in ("under", "over") and expr.start >= 2 and small_int \
                and doc[expr.start - 2].lemma_.lower() in _AGE_GROUPS \
                and (last >= len(doc) or doc[last].pos_ not in ("NOUN", "PROPN")):
            return "age"  # "voters under 30"
        if before in (",", "(") and ends_phrase and small_int and any(
            t.ent_type_ == "PERSON" for t in doc[max(0, expr.start - 5) : expr.start]
        ):
            return "age"  # "Julian King, 52," / "Richard Osman (left), 40."
        if before in ("was", "is", "turned", "turns") and before2 in ("he", "she", "i") \
                and ends_phrase and small_int:
            return "age"  # "since he was 5"
        # Relative time: "two days after", "in two weeks", "the past 10 years".
        if after in TIME_UNITS or (after in ("-", "–") and after2 in TIME_UNITS):
            unit_i = expr.end if after in TIME_UNITS else expr.end + 1
            follow = _lower(doc, unit_i + 1)
            if follow == "and":  # "three weeks and a day after"
                tail = [_lower(doc, k) for k in range(unit_i + 2, unit_i + 6)]
                follow = next((w for w in tail if w in RELATIVE_AFTER), follow)
            if follow in RELATIVE_AFTER or _next_text(doc, unit_i + 1, 2) == "from now":
                return "relative time"
            if before in RELATIVE_BEFORE or (before in ("the", "a") and before2 in ("in",)):
                return "relative time"
        # Identifiers and names: "Proposition 64", "Air Force One", "No. 2".
        if before in ID_WORDS:
            return "identifier"
        counts_next_noun = doc[first].dep_ == "nummod" and doc[first].head.i >= last \
            and doc[first].head.ent_type_ not in NAME_ENTITIES  # "McDonald 16 times"
        score = after in ("to", "-", "–") and doc[expr.end + 1 : expr.end + 2].text[:1].isdigit()
        if doc[first].ent_type_ in NAME_ENTITIES and not counts_next_noun and not score:
            return "name"
        prev_tok = doc[expr.start - 1] if expr.start > 0 else None
        if before == "the" and prev_tok is not None and prev_tok.text == "The" \
                and not prev_tok.is_sent_start \
                and (last >= len(doc) or doc[last].pos_ not in ("NOUN", "ADJ")):
            return "name"
        if prev_tok is not None and prev_tok.is_title and prev_tok.pos_ == "PROPN" \
                and not prev_tok.is_sent_start and after not in ("percent", "%") and not score \
                and (last >= len(doc) or doc[last].pos_ not in ("NOUN", "PROPN", "ADJ")) \
                and not _hyphened_unit(doc, last):
            return "name"
        if after in ("-", "–") and last + 1 < len(doc) and doc[last + 1].is_alpha \
                and doc[last + 1].is_title and doc[last + 1].pos_ == "PROPN":
            return "name"
        if len(words) == 1 and product_number(doc, first):
            return "name"
    # Scores: "a 3-1 win", "beat Leeds 2-0", "drew 1-1": a result, not a count.
    if not money_or_pct and _is_score(doc, expr):
        return "score"
    # Where someone is, in steps of a street: "lives two streets from the plant".
    if not money_or_pct and expr.value <= 20 and after in _STEP_NOUNS \
            and after2 in ("from", "away", "down", "up", "along"):
        return "description"
    # Rate denominators: "3 in 10", "one in five", "per 100,000", "out of 10".
    if before == "per" or (before == "of" and before2 == "out"):
        return "rate denominator"
    if before in ("in", "of") and previous is not None and previous.end == expr.start - 1 \
            and not previous.percent:
        return "rate denominator"
    if before == "every" and before2 == "of":
        return "rate denominator"  # "$4 of every $5"
    if before == "in" and before2 in ("one", "1"):
        return "rate denominator"
    return None
