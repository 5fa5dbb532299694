"""What a figure counts, and its unit, read off the spaCy dependency parse.

``counted`` is the counted noun phrase and its scope: when the counted noun is
the subject of its clause, the predicate comes with it ("An estimated 2,500
Europeans still belong to ISIS's fighting force" -> "Europeans still belong to
ISIS's fighting force"); otherwise the noun phrase with its modifiers ("130
lives"). When the number stands alone ("the toll rose to 130", "Clinton has 46
percent"), the clause's subject stands in for the noun.

``unit``: ``percent``; a currency code (``USD``, ``GBP``, ``EUR``, ...);
``times`` for multipliers ("twice"); ``person`` for people, nationals,
citizens, residents; ``percentage point``; otherwise the counted noun's head,
singular and lower-cased (``european``, ``officer``, ``vote``, ``mile``); None
when nothing is counted.
"""

from __future__ import annotations

from typing import Any

from .numbers import CURRENCY_WORDS, NumberExpr

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
    return doc[start:end].text


def _subtree_end(tok: Any, sent_end: int) -> int:
    return min(tok.right_edge.i + 1, sent_end)


def counted_noun(doc: Any, expr: NumberExpr) -> Any | None:
    """The noun the figure counts, or None."""
    root = _root_token(doc, expr)
    head = root.head
    if root.dep_ in ("nummod", "quantmod", "compound", "amod") and head.pos_ in ("NOUN", "PROPN") \
            and head.i >= expr.end:
        return head
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


def unit_of(doc: Any, expr: NumberExpr, noun: Any | None) -> str | None:
    if expr.percent:
        return "percent"
    if expr.currency:
        return expr.currency
    if expr.multiplier:
        return "times"
    after = doc[expr.end].lower_ if expr.end < len(doc) else ""
    if after in CURRENCY_WORDS:
        return CURRENCY_WORDS[after]
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
    if lemma in _PERSON_NOUNS:
        return "person"
    if lemma == "point" and any(c.lower_ == "percentage" for c in noun.children):
        return "percentage point"
    return lemma


def describe(doc: Any, expr: NumberExpr, end: int | None = None) -> tuple[str | None, str | None]:
    """(counted, unit) of the figure; ``end`` is the token after figure and post-hedge."""
    end = expr.end if end is None else end
    sent = doc[expr.start].sent
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
    if phrase_head.dep_ in _SUBJECTS and verb.i > phrase_head.i:
        return _text(doc, start, _subtree_end(verb, sent.end)), unit
    if noun is not None:
        return _text(doc, start, _subtree_end(noun, sent.end)), unit
    # The number stands alone: the clause's subject says what it measures.
    subjects = [c for c in verb.children if c.dep_ in _SUBJECTS and c.i < expr.start]
    if phrase_head.dep_ == "pobj" and verb.dep_ == "prep":
        subjects = [c for c in verb.head.children if c.dep_ in _SUBJECTS and c.i < expr.start]
    if subjects:
        subj = subjects[0]
        return _text(doc, subj.left_edge.i, min(subj.right_edge.i + 1, expr.start)), unit
    if phrase_head.dep_ in _SUBJECTS and verb.i > phrase_head.i:
        return _text(doc, end, _subtree_end(verb, sent.end)), unit
    return None, unit
