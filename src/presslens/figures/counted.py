"""What a figure counts, and its unit, read off the spaCy dependency parse.

``counted`` is the counted noun phrase and its scope: when the counted noun is
the subject of its clause, the predicate comes with it ("An estimated 2,500
Europeans still belong to ISIS's fighting force" -> "Europeans still belong to
ISIS's fighting force"); otherwise the noun phrase with its modifiers ("130
lives"). When the number stands alone ("the toll rose to 130", "Clinton has 46
percent"), the clause's subject stands in for the noun.

``unit``: ``percent``; a currency code (``USD``, ``GBP``, ``EUR``, ...);
``times`` for multipliers ("twice"); ``person`` for people, nationals,
citizens, residents and nationalities ("Europeans", "Syrians");
``percentage point``; otherwise the counted noun's head, singular and
lower-cased (``officer``, ``vote``, ``mile``, ``catholic``); None when nothing
is counted.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from .filters import product_number
from .hedges import hedge_before
from .numbers import NumberExpr, currency_after

_SUBJECTS = {"nsubj", "nsubjpass"}
_MAX_TOKENS = 25
_TRIM = {",", ".", ";", ":", "!", "?", "\"", "“", "”", "'", "’", "(", ")", "--", "—", "-"}


def _root_token(doc: Any, expr: NumberExpr) -> Any:
    """The token of the figure whose head lies outside it (its syntactic root)."""
    toks = list(doc[expr.start : expr.end])
    for tok in toks:
        if not (expr.start <= tok.head.i < expr.end) or tok.head.i == tok.i:
            return tok
    return toks[-1]


def _text(doc: Any, start: int, end: int) -> str | None:
    """Text of tokens ``[start, end)`` trimmed of punctuation, capped in length."""
    end = min(end, start + _MAX_TOKENS)
    while start < end and (doc[start].text in _TRIM or doc[start].is_space):
        start += 1
    while end > start and (doc[end - 1].text in _TRIM or doc[end - 1].is_space):
        end -= 1
    if start >= end:
        return None
    return str(doc[start:end].text)


def _subtree_end(tok: Any, sent_end: int) -> int:
    return min(int(tok.right_edge.i) + 1, sent_end)


def counted_noun(doc: Any, expr: NumberExpr) -> Any | None:
    """The noun the figure counts, or None."""
    root = _root_token(doc, expr)
    head = root.head
    if root.dep_ in ("nummod", "quantmod", "compound", "amod") and head.pos_ in ("NOUN", "PROPN") \
            and head.i >= expr.end:
        return _past_product_number(doc, head)
    # "eight in 10 voters", "eight of 10 voters": the noun after the denominator
    nxt = doc[expr.end : expr.end + 3]
    if len(nxt) == 3 and nxt[0].lower_ in ("in", "of", "out") and nxt[1].like_num \
            and nxt[2].pos_ == "NOUN":
        return nxt[2]
    # "10 of the officers", "48 percent of voters"
    for child in root.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            objs = [c for c in child.children if c.dep_ == "pobj"]
            if objs:
                return objs[0]
    return None


def _past_product_number(doc: Any, noun: Any) -> Any:
    """The noun after a product's name and number, where the parser counts the name:
    "phones" in "2.5 million Galaxy Note 7 phones", not "Note"."""
    j = noun.i + 1
    if noun.pos_ != "PROPN" or j >= len(doc) or not product_number(doc, j):
        return noun
    j += 1
    while j < len(doc) and doc[j].pos_ == "PROPN" and doc[j].text[:1].isupper():
        j += 1  # "Halo Fit 3 Pro smartwatches"
    return doc[j] if j < len(doc) and doc[j].pos_ == "NOUN" else noun


def unit_of(doc: Any, expr: NumberExpr, noun: Any | None) -> str | None:
    if expr.percent:
        return "percent"
    if expr.currency:
        return expr.currency
    if expr.multiplier:
        return "times"
    currency = currency_after(doc, expr)
    if currency is not None:
        return currency
    if noun is not None and noun.pos_ in ("NOUN", "PROPN"):
        return noun_unit(noun)
    return None


_PERSON_NOUNS = frozenset(
    ["people", "person", "persons", "national", "citizen", "resident", "individual", "human",
     "inhabitant"]
)


def _singular(word: str) -> str:
    if word.endswith("ies") and len(word) > 4:
        return word[:-3] + "y"
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    return word


def noun_unit(noun: Any) -> str:
    """The unit named by a counted noun: singular, lower case; people are ``person``."""
    lemma = str(noun.lemma_).lower()
    if noun.tag_ in ("NNS", "NNPS") and lemma == noun.lower_:
        lemma = _singular(lemma)  # spaCy keeps "Europeans", "Catholics" as they are
    elif noun.lower_ == lemma + "s" and re.search(r"(?:ch|sh|ss|x|z)e$", lemma):
        lemma = lemma[:-1]  # "smartwatches": spaCy's "smartwatche" of a word it lacks
    if lemma in _PERSON_NOUNS:
        return "person"
    if noun.ent_type_ == "NORP" and re.search(r"(an|ese)$", lemma):
        return "person"  # "2,500 Europeans", "400 Syrians": people, as the dev set counts them
    if lemma == "point" and any(c.lower_ == "percentage" for c in noun.children):
        return "percentage point"
    return lemma


_SKIP_DEPS = frozenset(
    ["advcl", "parataxis", "ccomp", "conj", "cc", "relcl", "punct", "mark", "appos", "dep",
     "intj", "preconj"]
)
_RELATIVE = frozenset(["who", "that", "which", "whom"])
_UNIT_NOUNS = frozenset(
    ["point", "percentage point", "cent", "time", "mile", "dollar", "count", "page", "year"]
)


class _Sentence:
    """Token bounds ``[start, end)`` of the sentence around a token.

    Found by walking ``is_sent_start`` from the token: ``Token.sent`` rebuilds
    the document's sentence list on every call, which is slow.
    """

    def __init__(self, doc: Any, i: int) -> None:
        start = i
        while start > 0 and not doc[start].is_sent_start:
            start -= 1
        end = i + 1
        while end < len(doc) and not doc[end].is_sent_start:
            end += 1
        self.start, self.end = start, end


#: parts of speech that describe nothing on their own ("it's", "that was")
_EMPTY_POS = frozenset({"PRON", "AUX", "DET", "PART", "PUNCT", "CCONJ", "ADP"})


def _clause_head(tok: Any) -> Any:
    """The verb whose clause contains ``tok`` (or the sentence root)."""
    head = tok
    while head.pos_ not in ("VERB", "AUX") and head.dep_ != "ROOT" and head.head.i != head.i:
        head = head.head
    return head


def _clause_phrase(doc: Any, expr: NumberExpr, skip: set[int]) -> str | None:
    """The figure's clause without the figure, its hedge and side clauses.

    "the Paris attacks that claimed 130 lives at the hands of ISIS jihadis who
    fought in Syria" -> "attacks claimed lives at the hands of ISIS jihadis".
    A relative pronoun gives way to the noun it stands for.
    """
    root = _root_token(doc, expr)
    head = _clause_head(root)
    sent = _Sentence(doc, expr.start)
    keep: list[Any] = []
    inside = set(range(expr.start, expr.end))

    def walk(tok: Any) -> None:
        hyphen = tok.text in ("-", "–") and tok.i > 0 and doc[tok.i - 1].whitespace_ == "" \
            and tok.whitespace_ == ""
        if tok.i != head.i and tok.dep_ in _SKIP_DEPS and tok.i not in inside and not hyphen \
                and not any(t.i in inside for t in tok.subtree):
            return
        if tok.dep_ == "prep" and tok.lower_ == "according":
            return
        keep.append(tok)
        for child in tok.children:
            walk(child)

    walk(head)
    toks: list[tuple[int, str, str]] = []  # (index, text, trailing whitespace)
    for tok in sorted(keep, key=lambda t: t.i):
        if tok.i in inside or tok.i in skip or tok.is_space or not (sent.start <= tok.i < sent.end):
            continue
        if tok.lower_ in _RELATIVE and tok.dep_ in ("nsubj", "nsubjpass", "dobj"):
            if head.dep_ == "relcl":  # "attacks that claimed" -> "attacks claimed"
                toks.append((tok.i, head.head.text, " "))
            continue
        if tok.dep_ == "expl" or (tok.lemma_ == "be" and any(
            c.dep_ == "expl" for c in tok.children
        )):
            continue  # "there are 9,000 jihadists sitting" -> "jihadists sitting"
        if tok.dep_ == "det" and tok.i == expr.start - 1:
            continue
        toks.append((tok.i, tok.text, tok.whitespace_ or ""))
    while toks and toks[0][1] in _TRIM:
        toks.pop(0)
    while toks and toks[-1][1] in _TRIM:
        toks.pop()
    toks = toks[:_MAX_TOKENS]
    if all(doc[i].pos_ in _EMPTY_POS for i, _, _ in toks):
        return None  # "it's a thousand": the pronoun says nothing of what is counted
    parts: list[str] = []
    for k, (i, text, ws) in enumerate(toks):
        parts.append(text)
        if k + 1 < len(toks):
            parts.append(ws if toks[k + 1][0] == i + 1 else " ")
    return re.sub(r"\s+", " ", "".join(parts)).strip()


def describe(
    doc: Any, expr: NumberExpr, end: int | None = None, skip: Iterable[int] = ()
) -> tuple[str | None, str | None]:
    """(counted, unit) of the figure.

    ``end`` is the token after the figure and its trailing hedge ("or more");
    ``skip`` are other tokens to leave out of ``counted`` (the other end of a range).
    """
    end = expr.end if end is None else end
    sent = _Sentence(doc, expr.start)
    noun = counted_noun(doc, expr)
    unit = unit_of(doc, expr, noun)
    anchor = noun if noun is not None else _root_token(doc, expr)
    # Walk up through "of"-phrases and "percent"/"$" heads to the phrase's head.
    phrase_head = anchor
    if noun is not None and noun.head.dep_ == "prep" and noun.head.head.i < noun.i \
            and expr.start <= noun.head.head.i < expr.end:
        phrase_head = noun.head.head
    start = end
    if start < len(doc) and doc[start].lower_ == "of":
        start += 1
    verb = phrase_head.head
    if phrase_head.dep_ in _SUBJECTS and verb.i > phrase_head.i \
            and unit not in _UNIT_NOUNS:
        return _text(doc, start, _subtree_end(verb, sent.end)), unit
    leave_out = set(skip) | set(range(expr.end, end))
    before = hedge_before(doc, expr.start)
    if before is not None:
        leave_out.update(range(before[1], expr.start))
    return _clause_phrase(doc, expr, leave_out), unit
