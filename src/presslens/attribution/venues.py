"""Where a statement was given or published: "told Reuters", "in an interview with Die Welt"."""

from __future__ import annotations

import re
from typing import Any

_REPORTERS = frozenset(
    ["reporters", "journalists", "press", "newsmen", "correspondents", "media", "newspaper"]
)
_STATEMENT = frozenset(["statement", "release", "communique", "communiqué"])
#: occasions a statement is given at or in ("at a press conference", "in a report"); the
#: venue is the occasion as written, with its compound ("press conference")
_OCCASIONS = frozenset(
    """report speech conference gaggle briefing presentation memo letter complaint ruling
    website op-ed editorial blog email testimony""".split()
)
#: verbs that introduce the title of a publication ("a magazine called ...")
_NAMING = frozenset(["call", "title", "name", "dub", "entitle"])
#: a venue phrase runs on into the person at the outlet ("Breitbart News Daily host Alex
#: Marlow", "CNN's Wolf Blitzer"): the outlet is what comes before
_PERSON_AT_OUTLET = re.compile(
    r"\s+(?:host|co-host|anchor|presenter|correspondent|reporter|editor|columnist|"
    r"commentator)\b.*$|['’]s\s+[A-Z].*$"
)
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
            return _outlet(_np_text(child))
    return _outlet(_np_text(tok))


def _outlet(phrase: str) -> str:
    """The outlet named by ``phrase``, without the person at it ("CNN's Wolf Blitzer")."""
    return normalise_venue(_PERSON_AT_OUTLET.sub("", phrase))


def social_network(word: str) -> str | None:
    """The network a word names ("tweet", "FACEBOOK" -> "Twitter", "Facebook"), or None."""
    return _SOCIAL.get(word.lower())


def _title_after(tok: Any) -> str | None:
    """The venue the capitalised words right after ``tok`` name ("Trending Today USA")."""
    doc = tok.doc
    words: list[Any] = []
    for t in doc[tok.i + 1 : tok.i + 9]:
        capitalised = t.text[:1].isupper() and not t.is_punct
        if not (capitalised or (words and t.lower_ in ("of", "the", "and", "&"))):
            break
        words.append(t)
    while words and not words[-1].text[:1].isupper():
        words.pop()
    return normalise_venue(doc[words[0].i : words[-1].i + 1].text) if words else None


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
                    # the parser may take a title for a clause ("with Trending Today USA")
                    title = _title_after(p2)
                    if title:
                        return title
            return None
        if word in _STATEMENT:
            return "statement"
        # "in an online publication called Black Flags From the Islamic State"
        for acl in pobj.children:
            if acl.dep_ == "acl" and acl.lemma_.lower() in _NAMING:
                title = _title_after(acl)
                if title:
                    return title
        if word in _OCCASIONS and prep.lower_ in ("in", "at", "during", "on"):
            compound = [c.lower_ for c in pobj.lefts if c.dep_ == "compound"]
            return " ".join([*compound, pobj.lower_])
        # "in a tweet"; "in a Facebook message", "in a Twitter post"
        for word_tok in (pobj, *(c for c in pobj.lefts if c.dep_ == "compound")):
            network = social_network(word_tok.lower_)
            if network:
                return network
        if prep.lower_ in ("in", "on", "to", "for") and pobj.pos_ == "PROPN":
            return _media_np(pobj)
    return None


def interview_venue(verb: Any) -> str | None:
    """The outlet of an "in an interview with X" phrase on ``verb``, or None."""
    for child in verb.children:
        if (
            child.dep_ == "prep"
            and child.lower_ in ("in", "during")
            and any(p.dep_ == "pobj" and p.lemma_.lower() == "interview" for p in child.children)
        ):
            return _from_prep(child)
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
            # the parser may hang "in a publication called X" on "called"
            if child.dep_ == "advcl" and child.lemma_.lower() in _NAMING and any(
                c.dep_ == "prep" for c in child.children
            ):
                title = _title_after(child)
                if title:
                    return title
    return None
