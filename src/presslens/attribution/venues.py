"""Where a statement was given or published: "told Reuters", "in an interview with Die Welt"."""

from __future__ import annotations

import re
from typing import Any

_REPORTERS = frozenset(
    ["reporters", "journalists", "press", "newsmen", "correspondents", "media", "newspaper"]
)
_STATEMENT = frozenset(["statement", "release", "communique", "communiqué"])
_SOCIAL = {
    "tweet": "Twitter",
    "twitter": "Twitter",
    "facebook": "Facebook",
    "instagram": "Instagram",
    "post": None,
}
_ALIASES = {
    "daily telegraph": "The Telegraph",
    "sunday telegraph": "The Telegraph",
    "telegraph": "The Telegraph",
    "rt": "Russia Today",
    "nyt": "The New York Times",
}
#: Entity types that are places, times or people, never where a statement was given.
_NOT_VENUE_TYPES = frozenset("PERSON GPE LOC DATE TIME CARDINAL ORDINAL QUANTITY FAC EVENT".split())


def normalise_venue(name: str) -> str:
    """'The (London) Telegraph' -> 'The Telegraph'; 'the New York Times' -> 'The New York Times'."""
    name = re.sub(r"\s*\([^)]*\)\s*", " ", name)
    name = re.sub(r"['’]s$", "", name.strip())
    name = " ".join(name.replace("\n", " ").split()).strip(" ,.\"“”'")
    bare = name[4:] if name.lower().startswith("the ") else name
    alias = _ALIASES.get(bare.lower())
    if alias:
        return alias
    if name.lower().startswith("the "):
        return "The " + bare
    return name


def _sane(ent: Any) -> bool:
    """False for a named entity the tagger ran across a verb ("King told Die Welt")."""
    return not any(t.pos_ in ("VERB", "AUX") for t in ent)


def _np_text(tok: Any) -> str:
    doc = tok.doc
    ids = [t.i for t in tok.subtree]
    lo, hi = min(ids), max(ids)
    for ent in doc.ents:
        if ent.start <= tok.i < ent.end and ent.label_ != "DATE" and _sane(ent):
            lo, hi = min(lo, ent.start), max(hi, ent.end - 1)
    # a capitalised name the parser split ("Russia Today" as dobj + npadvmod)
    while (
        hi + 1 < len(doc)
        and doc[hi + 1].text[:1].isupper()
        and doc[hi + 1].is_alpha
        and not doc[hi].whitespace_.count("\n")
    ):
        hi += 1
    return str(doc[lo : hi + 1].text)


def _media_np(tok: Any) -> str | None:
    """A proper-noun phrase that can be an outlet (not a person)."""
    if tok.lower_ in _REPORTERS:
        return "reporters"
    if tok.pos_ != "PROPN" or not tok.text[:1].isupper():
        return None
    ent = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
    # a place or person alone is no venue; "Russia Today" (GPE + more) can be
    if (
        ent is not None
        and _sane(ent)
        and ent.label_ in _NOT_VENUE_TYPES
        and _np_text(tok).strip() == ent.text.strip()
    ):
        return None
    # "MSNBC's 'Morning Joe'": the outlet is the possessor
    for child in tok.children:
        if child.dep_ == "poss" and child.pos_ == "PROPN":
            return normalise_venue(_np_text(child))
    return normalise_venue(_np_text(tok))


def _from_prep(prep: Any) -> str | None:
    for pobj in prep.children:
        if pobj.dep_ != "pobj":
            continue
        word = pobj.lemma_.lower()
        if word == "interview":
            for p2 in pobj.children:
                if p2.dep_ == "prep" and p2.lower_ in ("with", "to"):
                    for o in p2.children:
                        if o.dep_ == "pobj":
                            return _media_np(o) or normalise_venue(_np_text(o))
            return None
        if word in _STATEMENT:
            return "statement"
        if _SOCIAL.get(word):
            return _SOCIAL[word]
        if prep.lower_ in ("in", "on", "to", "for") and pobj.pos_ == "PROPN":
            return _media_np(pobj)
    return None


def find_venue(cue: Any, content_ids: set[int] | frozenset[int] = frozenset()) -> str | None:
    """The venue for the cue token ``cue`` (a spaCy token), or None."""
    lemma = cue.lemma_.lower()
    if cue.lower_ == "according":  # "according to X": X is the source, not a venue
        return None
    candidates = [cue]
    if cue.dep_ in ("advcl", "xcomp", "conj") and cue.head is not cue:
        candidates.append(cue.head)
    for verb in candidates:
        for child in verb.children:
            if child.i in content_ids:
                continue
            if lemma == "tell" and verb is cue and child.dep_ in ("dobj", "dative", "iobj"):
                found = _media_np(child)
                if found:
                    return found
            if child.dep_ == "prep":
                found = _from_prep(child)
                if found:
                    return found
    return None
