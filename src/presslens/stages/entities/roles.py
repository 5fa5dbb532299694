"""A person's role from the text: a pre-nominal title ("European Parliament member Janice
Atkinson" -> "Member of the European Parliament") or an apposition ("Raffaello
Pantucci, director of ... at the Royal United Services Institute"), and the definite
descriptions that repeat it ("the commissioner")."""

from __future__ import annotations

import re
from typing import Any

from ...names import (
    HONORIFICS,
    ORGANISATION_NOUNS,
    PORTFOLIO_WORDS,
    TITLE_WORDS,
    is_place_name,
    plural_stem,
    role_head,
)
from ...nlp import prenominal_title
from .mentions import Group, Mention

_MAX_ROLE_TOKENS = 16


#: a description that opens with a place it is based in ("California-based company")
_PLACE_BASED = re.compile(r"[A-Z][\w.'’]*(?: [A-Z][\w.'’]*)*-based\b")


def town_before_based(span: Any, description: str) -> bool:
    """``span``, after "The", is a town before its region and "-based" ("The San Jose,
    California-based company"): where a company is based, described by nothing; not
    "Phoenix, a London-based insurer" nor "Phoenix, London-based insurer", a company's
    names."""
    return bool(
        span.start > 0 and span.doc[span.start - 1].lower_ == "the"
        and _PLACE_BASED.match(description) and is_place_name(span.text)
    )


def apposition_role(span: Any) -> str | None:
    """'director of ... Institute' in 'Raffaello Pantucci, director of ... Institute,'."""
    root = span.root
    for child in root.children:
        if child.dep_ != "appos" or child.i < span.end:
            continue
        if child.ent_type_ == "PERSON" or (child.pos_ == "PROPN" and child.ent_type_):
            continue
        if child.text.isdigit() and not any(child.children):
            continue  # an age ("Amina Ben Salah, 34, a teacher"; not "one of the founders")
        if _bracketed_tag(child):
            continue  # a party's letters ("Marie Lefèvre (MR)", "Ann Kuster (D-N.H.)")
        toks = [t for t in child.subtree if t.i >= span.end]
        role = _role_text(span.doc, toks) or _role_text(
            # "Moses Adriko, the settlement commandant, an official of the Office of the
            # Prime Minister, which runs ...": too long whole, the first description is
            span.doc, [t for t in toks if t.i <= child.i or not _comma_between(child, t)]
        )
        if role is not None and town_before_based(span, role):
            # "The San Jose, California-based company": the town, then its state, is where
            # the company is based; no description of the town
            continue
        if role is not None:
            return role
    # "the director of RUSI, Raffaello Pantucci": the name is the apposition of the title
    if root.dep_ == "appos" and root.head.i < span.start and root.head.pos_ == "NOUN":
        return _role_text(span.doc, [t for t in root.head.subtree if t.i < span.start])
    return None


def _bracketed_tag(tok: Any) -> bool:
    """``tok`` and its words stand in brackets with no word in lower case: a party's or a
    state's letters after a name, no role."""
    doc = tok.doc
    toks = sorted(tok.subtree, key=lambda t: t.i)
    start, end = toks[0].i, toks[-1].i
    while start < end and doc[start].text == "(":
        start += 1
    return (
        start > 0 and doc[start - 1].text == "(" and end + 1 < len(doc)
        and ")" in (doc[end].text, doc[end + 1].text)
        and not any(t.is_alpha and not t.text[:1].isupper() for t in doc[start : end + 1])
        # a title's letters are a role ("Jane Doe (CEO)")
        and not any(t.lower_.rstrip(".") in TITLE_WORDS for t in doc[start : end + 1])
    )


def _comma_between(head: Any, tok: Any) -> bool:
    """A comma lies between ``head`` and the later ``tok``."""
    return any(t.text == "," for t in head.doc[head.i + 1 : tok.i + 1])


def _role_text(doc: Any, toks: list[Any]) -> str | None:
    """The text of ``toks`` without edge punctuation and a leading article, if it is short
    enough to be a role."""
    while toks and (toks[0].is_punct or toks[0].lower_ in ("the", "a", "an")):
        toks = toks[1:]
    while toks and (toks[-1].is_punct or toks[-1].lower_ in ("the", "a", "an")):
        toks = toks[:-1]  # "The regulator, the Tanzania Shipping ...": "regulator"
    if 0 < len(toks) <= _MAX_ROLE_TOKENS:
        return str(doc[toks[0].i : toks[-1].i + 1].text)
    return None


def portfolio_title(span: Any) -> str | None:
    """A title with its portfolio before a name ("Minister of Infrastructure and Water
    Management Ruben Vermeulen", "Lagos State Commissioner for Physical Planning ...")."""
    doc = span.doc
    first = span.start
    while first > 0 and doc[first - 1].lower_.rstrip(".") in HONORIFICS:
        first -= 1  # "Minister of Health Honourable Bwalya Siame"
    if first > 1 and doc[first - 1].text == "," and doc[first - 2].lower_ in PORTFOLIO_WORDS:
        first -= 1  # "Kuwait's Minister of Electricity, Water and Renewable Energy, Khaled"
    if first == 0 or doc[first - 1].lower_ not in PORTFOLIO_WORDS:
        return None
    for j in range(first - 1, max(-1, first - 13), -1):
        tok = doc[j]
        if tok.lower_.rstrip(".") in TITLE_WORDS and tok.text[:1].isupper():
            k = j
            while k > 0 and doc[k - 1].pos_ == "PROPN" and doc[k - 1].text[:1].isupper():
                k -= 1  # "Lagos State Commissioner"
            return _role_text(doc, list(doc[k:first]))
        if not (tok.text[:1].isupper() or tok.lower_ in ("of", "for", "and", ",")):
            return None
    return None


def role_of(mention: Mention, person: bool = False) -> str | None:
    """The role the text gives the person ``mention`` names (``person``: the mention was
    typed something else, but names a person)."""
    if mention.tokens is None or (mention.label != "PERSON" and not person):
        return None
    return (
        # the whole title with its portfolio ("Minister for Foreign Affairs"), not only
        # the portfolio's words before the name
        portfolio_title(mention.tokens)
        or prenominal_title(mention.tokens)
        or apposition_role(mention.tokens)
    )


def organisation_role(mention: Mention, organisation: bool = False) -> str | None:
    """What the text calls the organisation ``mention`` names, before or after its name
    ("terminal operator Cartier Container Terminals", "Europol, the EU's law enforcement
    agency"): a descriptor whose head is an organisation's noun, else None
    (``organisation``: the mention was typed something else, but names an organisation)."""
    if mention.tokens is None or (mention.label != "ORG" and not organisation):
        return None
    role = prenominal_title(mention.tokens) or apposition_role(mention.tokens)
    return role if role and plural_stem(role_head(role)) in ORGANISATION_NOUNS else None


def role_mentions(parsed: Any, groups: list[Group], taken: list[Mention]) -> None:
    """Add 'the commissioner' as a mention of the one person whose role ends in 'commissioner'."""
    heads: dict[str, list[Group]] = {}
    for g in groups:
        if g.type == "PERSON" and g.role:
            # "chief executive of Lanka Meridian Bank" is an executive: "the bank" is no
            # mention of him
            heads.setdefault(role_head(g.role), []).append(g)
            words = g.role.split()
            if words[0].lower() in ("member", "director", "chairman", "president", "head"):
                heads.setdefault(words[0].lower(), []).append(g)
    if not heads:
        return
    first_mention = {id(g): min(m.start for m in g.mentions) for g in groups}
    for tok in parsed:
        owners = heads.get(tok.lower_)
        if not owners or len(owners) != 1 or tok.pos_ != "NOUN":
            continue
        det = tok.i - 1
        if det < 0 or parsed[det].lower_ != "the":
            continue
        group = owners[0]
        if tok.idx < first_mention[id(group)]:
            continue
        if any(m.start <= tok.idx < m.end for m in taken):
            continue
        start = parsed[det].idx
        end = tok.idx + len(tok.text)
        group.mentions.append(Mention(start, end, parsed.text[start:end], "ROLE"))
