"""Number expressions: find them among spaCy tokens and compute their value.

A number expression is a run of tokens that together write one number:
digits ("2,500", "3.5", "3bn"), words ("twenty-five", "one hundred and fifty",
"a dozen", "three dozen"), digits with a scale word ("2.5 million"), with an
attached currency sign ("$3 billion") and a trailing "%" or "percent". Ranges
("10 to 20", "10-20", "between 10 and 20") give two expressions; the first end
borrows the second's scale ("2 to 3 million" -> 2,000,000 and 3,000,000).

This module knows nothing about what the number counts or whether it is a
date: :mod:`presslens.figures.filters` decides that.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

UNITS: dict[str, int] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19,
}  # fmt: skip
TENS: dict[str, int] = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
#: Scale words and the abbreviations news copy uses ("$3bn", "£20m").
SCALES: dict[str, float] = {
    "hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
    "k": 1e3, "m": 1e6, "mn": 1e6, "mln": 1e6, "bn": 1e9, "b": 1e9, "tn": 1e12, "trn": 1e12,
    # South Asian scales: a lakh is 100,000, a crore ten million ("Rs 25 lakh")
    "lakh": 1e5, "lakhs": 1e5, "lac": 1e5, "crore": 1e7, "crores": 1e7, "cr": 1e7,
}  # fmt: skip
#: Abbreviated scales written as a separate token: only after digits.
_ABBREV_SCALES = frozenset({"k", "m", "mn", "mln", "bn", "b", "tn", "trn", "lac", "cr"})
DOZEN = "dozen"

CURRENCY_SIGNS: dict[str, str] = {
    "$": "USD", "us$": "USD", "usd": "USD", "£": "GBP", "€": "EUR", "eur": "EUR",
    "gbp": "GBP", "¥": "JPY", "c$": "CAD", "a$": "AUD", "s$": "SGD", "nt$": "TWD",
    "r$": "BRL", "hk$": "HKD", "nz$": "NZD", "z$": "ZWL", "m$": "MXN", "₦": "NGN",
    "₱": "PHP", "₺": "TRY", "₩": "KRW", "₫": "VND", "₴": "UAH", "₪": "ILS", "฿": "THB",
}  # fmt: skip
#: signs written as letters, glued to the amount: a currency only when the tokenizer split
#: them off (:data:`presslens.nlp` splits "N38.5bn", not "N95"); shillings are the
#: country's (:func:`shilling_code`)
_LETTER_SIGNS: dict[str, str] = {"N": "NGN", "P": "PHP", "Sh": "KES", "Shs": "KES",
                                 "KSh": "KES", "KShs": "KES"}
#: the rupee's signs; which rupee is the article's country's (:func:`rupee_code`, read once
#: per article text)
RUPEE_SIGNS = frozenset(["Rs", "Rs.", "Re", "Re."])
#: countries whose currency is a rupee, by the names and cities an article writes
_RUPEE_COUNTRIES = (
    ("PKR", re.compile(r"\b(?:Pakistani?|Karachi|Lahore|Islamabad|Peshawar|Quetta|Sindh|"
                       r"Punjab province|Khyber Pakhtunkhwa|Balochistan|Rawalpindi)\b", re.I)),
    ("LKR", re.compile(r"\b(?:Sri Lankan?|Colombo|Kandy|Jaffna)\b", re.I)),
    ("NPR", re.compile(r"\b(?:Nepal(?:i|ese)?|Kathmandu|Pokhara)\b", re.I)),
    ("MUR", re.compile(r"\b(?:Mauriti(?:us|an)|Port Louis)\b", re.I)),
)


def _written_sign(doc: Any, i: int) -> tuple[int, str] | None:
    """(where it starts, the currency) of a sign written as letters before the number at
    ``i``: the rupee's ("Rs", "Rs." the tokenizer may split in two, "₹"; not the "RS" of
    "Audi RS 3"), the naira's, peso's or shilling's split off its amount ("N38.5bn",
    "P50,000", "Sh40 million"). A rupee or shilling is the article's country's."""
    prev = doc[i - 1] if i > 0 else None
    if prev is not None and prev.text in _LETTER_SIGNS and prev.whitespace_ == "":
        code = _LETTER_SIGNS[prev.text]
        return i - 1, shilling_code(doc.text) if code == "KES" else code
    if prev is not None and prev.text == "₹":
        return i - 1, "INR"
    if prev is not None and prev.text in RUPEE_SIGNS:
        return i - 1, rupee_code(doc.text)
    if i > 1 and prev is not None and prev.text == "." and doc[i - 2].text in ("Rs", "Re") and (
        doc[i - 2].whitespace_ == ""
    ):
        return i - 2, rupee_code(doc.text)
    return None


_SHILLING_COUNTRIES = (
    ("KES", re.compile(r"\b(?:Kenyan?|Nairobi|Mombasa|Kisumu|Nakuru)\b", re.I)),
    ("TZS", re.compile(r"\b(?:Tanzanian?|Dar es Salaam|Dodoma|Arusha|Mwanza)\b", re.I)),
    ("UGX", re.compile(r"\b(?:Ugandan?|Kampala|Entebbe)\b", re.I)),
)


def _country_currency(
    text: str, countries: tuple[tuple[str, re.Pattern[str]], ...], default: str
) -> str:
    """The currency of the country among ``countries`` (code, how an article names it or
    its cities) that ``text`` names first, else ``default``."""
    found = [(m.start(), code) for code, pattern in countries
             if (m := pattern.search(text)) is not None]
    return min(found)[1] if found else default


@functools.lru_cache(maxsize=32)
def shilling_code(text: str) -> str:
    """The shilling an article's "Sh" means: Tanzania's or Uganda's where it names the
    country or its cities first, else Kenya's."""
    return _country_currency(text, _SHILLING_COUNTRIES, "KES")


@functools.lru_cache(maxsize=32)
def rupee_code(text: str) -> str:
    """The rupee an article's "Rs" means: the currency of the country it names first among
    those that count in rupees, else India's."""
    return _country_currency(text, _RUPEE_COUNTRIES, "INR")


CURRENCY_WORDS: dict[str, str] = {
    "dollar": "USD", "dollars": "USD", "euro": "EUR", "euros": "EUR",
    "pound": "GBP", "pounds": "GBP", "sterling": "GBP", "yen": "JPY", "rubles": "RUB",
    "roubles": "RUB", "yuan": "CNY", "won": "KRW",
    # one country's each ("pesos", "dinars", "shillings" are several countries')
    "reais": "BRL", "real": "BRL", "zloty": "PLN", "zlotys": "PLN", "zlotych": "PLN",
    "forint": "HUF", "forints": "HUF", "rupiah": "IDR", "lira": "TRY", "liras": "TRY",
    "birr": "ETB", "naira": "NGN", "meticais": "MZN", "metical": "MZN", "kronor": "SEK",
    "hryvnia": "UAH", "hryvnias": "UAH", "tenge": "KZT", "cedis": "GHS", "cedi": "GHS",
    "rand": "ZAR", "baht": "THB", "ringgit": "MYR", "shekels": "ILS", "shekel": "ILS",
    "dong": "VND", "lei": "RON", "leu": "RON", "leva": "BGN", "kwanza": "AOA",
    "rupees": "rupee", "rupee": "rupee",
}  # fmt: skip
#: currency words that are also verbs: a currency only after an amount this large ("12 won
#: seats" is no sum; "1,527,000 won" is)
_VERB_CURRENCIES = {"won": 1000.0}
PERCENT_WORDS = ("%", "percent", "pct")

_DIGITS = re.compile(r"^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?$|^\.\d+$")
_DIGITS_SCALED = re.compile(
    r"^((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?)"
    r"(k|m|mn|bn|b|tn|trn|thousand|million|billion|trillion)$",
    re.I,
)
_HYPHEN = {"-", "–", "—"}


def digit_value(text: str) -> float | None:
    """The value of a digit token such as "2,500", "3.5" or "3bn"; else None."""
    if _DIGITS.match(text):
        return float(text.replace(",", ""))
    m = _DIGITS_SCALED.match(text)
    if m:
        return _times(float(m.group(1).replace(",", "")), SCALES[m.group(2).lower()])
    return None


def _times(a: float, b: float) -> float:
    """``a * b`` in decimal, so that "16.9 billion" is 16,900,000,000 and not the binary
    product 16,899,999,999.999998."""
    return float(Decimal(repr(a)) * Decimal(repr(b)))


def is_number_word(word: str) -> bool:
    w = word.lower()
    return w in UNITS or w in TENS or (w in SCALES and w not in _ABBREV_SCALES) or w == DOZEN


def words_value(words: list[str]) -> float | None:
    """The value of number words, e.g. ["one", "hundred", "and", "fifty"] -> 150.

    Digits may start the list ("2.5", "million"); "a"/"an" counts as one before
    a scale word or "dozen". Returns None when the words do not form a number.
    """
    total = 0.0
    current = 0.0
    seen = False
    for raw in words:
        w = raw.lower()
        if w in ("and", "-", "–") or w in _HYPHEN:
            continue
        d = digit_value(w)
        if d is not None:
            current += d
        elif w in ("a", "an"):
            current += 1
        elif w in UNITS:
            current += UNITS[w]
        elif w in TENS:
            current += TENS[w]
        elif w == DOZEN:
            current = (current or 1) * 12
        elif w == "hundred":
            current = (current or 1) * 100
        elif w in SCALES:
            if current == 0 and total > 0:
                total = _times(total, SCALES[w])  # "1.5 lakh crore": a lakh of crores
            else:
                total += _times(current or 1, SCALES[w])
            current = 0
        else:
            return None
        seen = True
    return total + current if seen else None


@dataclass
class NumberExpr:
    """One number expression found in a spaCy ``Doc`` (token indices, half-open)."""

    start: int  # first token of the span (currency sign included)
    end: int  # one past the last token (percent sign/word included)
    num_start: int  # first numeral token
    num_end: int  # one past the last numeral or scale token
    value: float
    currency: str | None = None
    percent: bool = False
    range_with: int | None = None  # index of the other end in the result list
    scale_from_partner: bool = False
    fraction: bool = False
    multiplier: bool = False  # "twice", "threefold": unit "times"

    def char_span(self, doc: Any) -> tuple[int, int]:
        return doc[self.start].idx, doc[self.end - 1].idx + len(doc[self.end - 1].text)

    def words(self, doc: Any) -> list[str]:
        return [t.lower_ for t in doc[self.num_start : self.num_end]]


def _is_numeral(tok: Any) -> bool:
    return digit_value(tok.text) is not None or is_number_word(tok.text)


def _scale_only(words: list[str]) -> bool:
    return all(w in SCALES or w == DOZEN or w in ("a", "an") for w in words)


FRACTIONS: dict[str, float] = {
    "half": 1 / 2, "halves": 1 / 2, "third": 1 / 3, "thirds": 1 / 3, "quarter": 1 / 4,
    "quarters": 1 / 4, "fourth": 1 / 4, "fourths": 1 / 4, "fifth": 1 / 5, "fifths": 1 / 5,
    "sixth": 1 / 6, "sixths": 1 / 6, "eighth": 1 / 8, "eighths": 1 / 8, "tenth": 1 / 10,
    "tenths": 1 / 10,
}  # fmt: skip
_TIME_NOUNS = frozenset(
    ["second", "minute", "hour", "day", "week", "month", "year", "decade", "century", "season",
     "term", "time", "inning", "quarter", "half", "way", "dozen"]
)
_NOT_BEFORE_FRACTION = frozenset(
    ["the", "first", "second", "this", "that", "last", "in", "other", "its", "his", "her",
     "their", "each", "every", "third", "fourth", "final", "latter", "former"]
)


def _fraction_at(doc: Any, i: int) -> tuple[float, int, bool] | None:
    """A fraction starting at token ``i``: "half of", "a quarter of", "two-thirds of",
    "half a percentage point". Returns (value, end token, is a share "of" something).
    A share of something is given in percent ("half of voters" -> 50)."""
    n = len(doc)
    low = doc[i].lower_
    if i > 0 and doc[i - 1].lower_ in _NOT_BEFORE_FRACTION:
        return None
    if low in ("half",):
        value, j = FRACTIONS[low], i + 1
    elif low in ("a", "one") and i + 1 < n and doc[i + 1].lower_ in FRACTIONS:
        value, j = FRACTIONS[doc[i + 1].lower_], i + 2
    elif low in UNITS and i + 2 < n and doc[i + 1].text in _HYPHEN \
            and doc[i + 2].lower_ in FRACTIONS:
        value, j = UNITS[low] * FRACTIONS[doc[i + 2].lower_], i + 3
    else:
        return None
    if j < n and doc[j].lower_ == "of":
        rest = [t.lemma_.lower() for t in doc[j + 1 : j + 4] if t.pos_ in ("NOUN", "PROPN")]
        if rest and rest[0] in _TIME_NOUNS:
            return None
        if j + 1 < n and (digit_value(doc[j + 1].text) is not None or doc[j + 1].like_num):
            return value, j, False  # "half of 1 percent": a fraction of a figure
        return value * 100, j, True
    subject = {doc[i].dep_, doc[j - 1].dep_} & {"nsubj", "nsubjpass"}
    opens = doc[i].is_sent_start or (i > 0 and doc[i - 1].lower_ in ("about", "nearly", "almost"))
    word_after = j < n and doc[j].is_alpha and doc[j].is_lower \
        and doc[j].pos_ not in ("ADP", "DET")
    if j < n and ((doc[j].pos_ in ("VERB", "AUX") and subject) or (opens and word_after)):
        return value * 100, j, True  # "About three-quarters support a ban"
    if j + 1 < n and doc[j].lower_ in ("a", "an") and doc[j + 1].pos_ == "NOUN" \
            and doc[j + 1].lemma_.lower() not in _TIME_NOUNS:
        return value, j, False
    if j < n and doc[j].pos_ == "DET":  # "half the voters" (a share), "half the time" (not)
        nouns = [t for t in doc[j + 1 : j + 4] if t.pos_ in ("NOUN", "PROPN")]
        if nouns and nouns[0].lemma_.lower() not in _TIME_NOUNS and nouns[0].tag_ == "NNS":
            return value * 100, j, True
        return None
    return None


_STARTERS = frozenset(
    [*UNITS, *TENS, *SCALES, DOZEN, "a", "an", "half", "twice", "thrice"]
)


def _multiplier(word: str) -> float | None:
    """ "twice" -> 2, "threefold" -> 3, "10fold" -> 10; else None."""
    if word == "twice":
        return 2.0
    if word == "thrice":
        return 3.0
    if word.endswith("fold") and len(word) > 4:
        head = word[:-4].rstrip("-")
        value = digit_value(head)
        if value is None and head in UNITS | TENS:
            value = float((UNITS | TENS)[head])
        return value
    return None


def find_numbers(doc: Any) -> list[NumberExpr]:
    """Every number expression in ``doc``, in text order, ranges linked."""
    out: list[NumberExpr] = []
    n = len(doc)
    lows = [t.lower_ for t in doc]
    i = 0
    while i < n:
        low0 = lows[i]
        if not (low0[:1].isdigit() or low0[:1] == "." or low0 in _STARTERS
                or low0.endswith("fold")):
            i += 1  # fast path: most tokens cannot start a number
            continue
        tok = doc[i]
        times = _multiplier(tok.lower_)
        if times is not None:
            out.append(NumberExpr(i, i + 1, i, i + 1, times, multiplier=True))
            i += 1
            continue
        fraction = _fraction_at(doc, i)
        if fraction is not None:
            fvalue, j, share = fraction
            out.append(NumberExpr(i, j, i, j, fvalue, None, share, fraction=True))
            i = j
            continue
        starts_with_article = (
            tok.lower_ in ("a", "an")
            and i + 1 < n
            and doc[i + 1].lower_ in ("hundred", "thousand", "million", "billion", "trillion",
                                      DOZEN)
        )
        if not (_is_numeral(tok) or starts_with_article):
            i += 1
            continue
        j = i + 1
        while j < n:
            nxt = doc[j]
            low = nxt.lower_
            prev_word = doc[j - 1].lower_
            prev_is_word = is_number_word(prev_word) or prev_word in ("a", "an")
            if is_number_word(low) and (prev_is_word or low in SCALES or low == DOZEN):
                # "twenty five", "2.5 million", "three dozen"; not "5 two".
                if digit_value(prev_word) is not None and low not in SCALES and low != DOZEN:
                    break
                if low in UNITS and prev_word in UNITS and prev_word not in ("a", "an"):
                    break  # "one two" is two numbers
                j += 1
                continue
            if low in _ABBREV_SCALES and digit_value(prev_word) is not None \
                    and (doc[j - 1].whitespace_ == "" or low in ("cr", "lac")):
                j += 1  # "£20m" tokenised as "20", "m"; "Rs 420 cr"
                continue
            if (
                (low in _HYPHEN and doc[j - 1].whitespace_ == "" and nxt.whitespace_ == "")
                or low == "and"
            ) and j + 1 < n and is_number_word(doc[j + 1].lower_) and prev_is_word:
                nxt2 = doc[j + 1].lower_
                if low == "and" and not (prev_word in ("hundred", "thousand", "million")
                                         and (nxt2 in UNITS or nxt2 in TENS)):
                    break
                j += 2
                continue
            break
        words = [t.lower_ for t in doc[i:j]]
        if words and words[-1] in ("a", "an"):
            j -= 1
            words = words[:-1]
        value = words_value(words)
        if value is None or (_scale_only(words) and words[0] not in ("a", "an")):
            i = max(j, i + 1)
            continue
        k = j
        while k < n and doc[k].text in _HYPHEN:
            k += 1
        if [t.lower_ for t in doc[k : k + 5] if t.text not in _HYPHEN][:3] == ["and", "a", "half"]:
            while doc[k].lower_ != "half":
                k += 1
            value, j = value + 0.5, k + 1
        start, end = i, j
        currency = None
        if i > 0 and doc[i - 1].lower_ in CURRENCY_SIGNS and doc[i - 1].whitespace_ == "":
            currency = CURRENCY_SIGNS[doc[i - 1].lower_]
            start = i - 1
        elif (signed := _written_sign(doc, i)) is not None:
            # "Rs 25 lakh", "Rs. 1,700", "₹420 crore", "N38.5bn", "P50,000", "Sh40 million"
            start, currency = signed
        elif i > 1 and doc[i - 1].lower_ in ("$",) and doc[i - 2].lower_ in ("us", "u.s.") \
                and doc[i - 2].whitespace_ == "":
            currency, start = "USD", i - 2
        percent = False
        if j < n and doc[j].lower_ in PERCENT_WORDS:
            percent, end = True, j + 1
        elif j + 1 < n and doc[j].lower_ == "per" and doc[j + 1].lower_ == "cent":
            percent, end = True, j + 2
        out.append(NumberExpr(start, end, i, j, value, currency, percent))
        i = max(j, end)
    out = _merge_fractions(doc, out)
    _link_ranges(doc, out)
    return out


def _merge_fractions(doc: Any, exprs: list[NumberExpr]) -> list[NumberExpr]:
    """ "half of 1 percent" is one figure: the fraction times the number after "of"."""
    merged: list[NumberExpr] = []
    for expr in exprs:
        prev = merged[-1] if merged else None
        if prev is not None and prev.fraction and not prev.percent \
                and expr.start == prev.end + 1 and doc[prev.end].lower_ == "of":
            prev.end, prev.num_end = expr.end, expr.num_end
            prev.value *= expr.value
            prev.percent, prev.currency = expr.percent, expr.currency
            prev.fraction = False
            continue
        merged.append(expr)
    return merged


_RANGE_JOINERS = {"to", "-", "–", "—", "and", "or"}


def currency_after(doc: Any, expr: NumberExpr) -> str | None:
    """The currency a word after the number names ("300 yuan", "1.5 trillion won", "85
    million rupees": the article's rupee)."""
    after = doc[expr.end].lower_ if expr.end < len(doc) else ""
    code = CURRENCY_WORDS.get(after)
    if code is None or expr.value < _VERB_CURRENCIES.get(after, 0.0):
        return None
    if after in ("real", "lira", "dong", "rand") and doc[expr.end].text[:1].isupper():
        return None  # "Real Madrid", "Dong", a name
    return rupee_code(doc.text) if code == "rupee" else code


def _link_ranges(doc: Any, exprs: list[NumberExpr]) -> None:
    """Mark pairs such as "10 to 20", "10-20", "between 10 and 20", "two or three"."""
    for k in range(len(exprs) - 1):
        a, b = exprs[k], exprs[k + 1]
        if a.range_with is not None:
            continue
        gap = doc[a.end : b.start]
        if len(gap) > 1 and gap[0].lower_ == "to" and " ".join(t.lower_ for t in gap[1:]) in (
            "more than", "over", "about", "around", "nearly", "almost", "as many as",
            "as much as", "up to", "just over", "well over", "roughly",
        ):  # fmt: skip
            gap = gap[:1]  # "$500,000 to more than $1 million"
        if len(gap) != 1 or gap[0].lower_ not in _RANGE_JOINERS:
            continue
        joiner = gap[0].lower_
        b_currency = b.currency or currency_after(doc, b)
        b_unit = b_currency is not None or (b.end < len(doc) and doc[b.end].pos_ == "NOUN")
        if (a.percent and not b.percent and b_unit) or (
            a.currency and b_currency and a.currency != b_currency
        ):
            continue  # "fell 2.3 percent to 1,527,000 won": a change, then a level
        before = doc[a.start - 1].lower_ if a.start > 0 else ""
        if joiner == "and" and before != "between":
            continue
        if joiner == "to" and before not in ("from", "between", "") and a.value >= b.value:
            continue  # "46 to 41" is a score, not a range
        # Borrow the scale of the second end: "2 to 3 million".
        a_words, b_words = a.words(doc), b.words(doc)
        a_value = a.value
        if not any(w in SCALES for w in a_words) and b_words and b_words[-1] in SCALES \
                and a.num_end - a.num_start == 1 and a.value < b.value / SCALES[b_words[-1]]:
            a_value = a.value * SCALES[b_words[-1]]
        if a_value >= b.value:
            continue  # "52-48" is a tally, not a range
        a.scale_from_partner = a_value != a.value
        a.value = a_value
        if b.percent and not a.percent:
            a.percent = True
        if b.currency and not a.currency:
            a.currency = b.currency
        a.range_with, b.range_with = k + 1, k
