"""Reported speech on the dependency parse: every cue outside quotes with its source and
content.

The rules read a spaCy ``Doc`` (``en_core_web_sm``-style labels). A cue is a
communication, directive or attitude verb (or ``according to``, ``citing``, a nominal
cue such as "criticism"; the lexicon is :mod:`.cues`) outside any direct quote; its
source is the subject (or the inverted subject of ``..., warned X``), and its content
is the clausal complement, the rest of the sentence for ``C, X said`` and ``according
to X``, or the clause after a colon (:mod:`.constructions`; spans are built by
:mod:`.spans`). Nothing here decides direct versus reported: :mod:`.extract` does.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from .constructions import Candidate, according_to, noun_candidate, verb_candidate
from .cues import CONTROL_VERBS, NOUN_CUES, is_verb_cue
from .venues import according_outlet

__all__ = ["Candidate", "find_candidates"]


def find_candidates(doc: Any, in_quote: Sequence[bool]) -> list[Candidate]:
    """Every reported-speech candidate in ``doc`` whose cue is outside quotes."""
    out: list[Candidate] = []
    for sent in doc.sents:
        for tok in sent:
            if in_quote[tok.idx]:
                continue
            if tok.lower_ == "according" and tok.i + 1 < sent.end and doc[tok.i + 1].lower_ == "to":
                cand = according_to(doc, sent, tok)
            elif tok.pos_ == "NOUN" and tok.lemma_.lower() in NOUN_CUES:
                cand = noun_candidate(doc, tok)
            elif is_verb_cue(tok):
                cand = verb_candidate(doc, sent, tok)
            else:
                cand = None
            if cand is not None and cand.content:
                out.append(cand)
    return defer_to_inner(doc, out)


def defer_to_inner(doc: Any, cands: list[Candidate]) -> list[Candidate]:
    """Drop ``X continued to V ...`` when ``V`` is a cue of its own with content, ``A
    quoted X as saying C`` when "saying" is: X said C (A, an outlet, is where), and the
    "citing Y" of ``C, X said, citing Y``: Y is whom X relied on, not what was said, and
    the "according to" an outlet of ``X said, according to Y``: X said it, Y reported
    it."""
    cues = {c.cue_token for c in cands}
    out = []
    for c in cands:
        tok = doc[c.cue_token]
        if tok.lemma_.lower() in CONTROL_VERBS and any(
            x.dep_ == "xcomp" and x.i in cues for x in tok.children
        ):
            continue
        if tok.lower_ == "according" and tok.head.i in cues and according_outlet(tok):
            continue  # '"...," Holan said, according to the paper': Holan's, the paper's report
        if tok.lemma_.lower() == "cite" and tok.tag_ == "VBG" and tok.head.i in cues and (
            tok.head.i != tok.i
        ) and _cites_a_source(tok):
            continue  # "C, ANSA reported, citing judicial sources": whom ANSA relied on
        if tok.lemma_.lower() == "quote" and any(
            p.lower_ == "as" and any(g.i in cues for g in p.children if g.dep_ == "pcomp")
            for p in tok.children
        ):
            continue
        out.append(c)
    return out


#: what a report cites as where it had it from ("citing judicial sources", "citing a
#: police statement"), not a reason ("citing weak demand")
_INFORMANTS = frozenset(
    """source official statement report document data figure witness resident police
    ministry agency spokesman spokeswoman spokesperson person people authority filing
    record family relative investigator lawyer colleague memo study survey estimate
    analyst expert diplomat medic doctor hospital media""".split()
)


def _cites_a_source(tok: Any) -> bool:
    """The object of "citing" is a source: a name, or a noun for an informant."""
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    return obj is not None and (
        obj.pos_ == "PROPN" or bool(obj.ent_type_) or obj.lemma_.lower() in _INFORMANTS
    )
