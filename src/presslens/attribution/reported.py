"""Reported speech on the dependency parse: cue verbs, their source and content.

The rules read a spaCy ``Doc`` (``en_core_web_sm``-style labels). A cue is a
communication, directive or attitude verb (or ``according to``, ``citing``)
outside any direct quote; its source is the subject (or the inverted subject
of ``..., warned X``), and its content is the clausal complement, the rest of
the sentence for ``C, X said`` and ``according to X``, or the clause after a
colon. Nothing here decides direct versus reported: :mod:`.extract` does.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from importlib import resources
from typing import Any

_CUES_FILE = resources.files("presslens").joinpath("resources/attribution_cues.txt")

#: Communication verbs taking a clause ("X said (that) C").
SPEECH_VERBS = frozenset(
    """say tell add state report confirm announce claim note estimate explain insist argue
    suggest write declare acknowledge admit deny predict promise vow reveal recall
    respond reply answer assert contend maintain stress emphasize emphasise tweet post
    indicate mention complain concede conclude testify boast brag charge counter observe
    remark signal hint quip joke warn allege caution agree disclose affirm reiterate
    repeat proclaim pledge threaten swear guarantee assure remind inform advise ask urge
    demand speculate forecast project calculate show find reckon opine muse lament
    continue describe""".split()
)
#: Attitude verbs: counted when the holder is a specific person or organisation.
ATTITUDE_VERBS = frozenset(
    """believe think fear expect hope worry feel know doubt suspect want plan intend""".split()
)
#: Verbs whose content may be an infinitive ("urged X to ...", "vowed to ...").
INFINITIVE_VERBS = frozenset(
    """urge ask advise warn tell call promise vow pledge threaten want plan intend expect
    hope demand refuse decline""".split()
)
#: Verbs whose content may be their object: "called X a liar", "cited X", "attacked X".
NOMINAL_VERBS = frozenset(
    """call cite criticize criticise attack describe condemn question blast praise blame
    accuse deny slam dismiss reject defend propose support endorse seek like offer""".split()
)
CUE_LEMMAS = SPEECH_VERBS | ATTITUDE_VERBS | NOMINAL_VERBS
_SUBJECTS = ("nsubj", "nsubjpass", "csubj")
_CLAUSES = ("ccomp", "csubjpass")
_TRIM = frozenset(",;:.!?—–-()[] \n\t")


@dataclass
class Candidate:
    """One attribution found on the parse (character offsets)."""

    cue: tuple[int, int]
    content: list[tuple[int, int]]
    source: tuple[int, int] | None
    cue_token: int
    source_token: int | None = None
    attitude: bool = False
    that_at: int | None = None  # start of a complementiser "that" before the content


def _subtree_ids(tok: Any) -> set[int]:
    return {t.i for t in tok.subtree}


def _runs(doc: Any, ids: Iterable[int]) -> list[tuple[int, int]]:
    """Character ranges of consecutive token runs, trimmed of punctuation."""
    ordered = sorted(ids)
    runs: list[list[int]] = []
    for i in ordered:
        if runs and i == runs[-1][-1] + 1:
            runs[-1].append(i)
        else:
            runs.append([i])
    out: list[tuple[int, int]] = []
    for run in runs:
        toks = [doc[i] for i in run]
        while toks and (toks[0].is_punct or toks[0].is_space) and toks[0].text not in "\"“'‘":
            toks.pop(0)
        while toks and (toks[-1].is_punct or toks[-1].is_space) and toks[-1].text not in "\"”'’":
            toks.pop()
        if toks:
            out.append((toks[0].idx, toks[-1].idx + len(toks[-1].text)))
    return _trim(doc.text, out)


_EDGE_WORDS = ("and", "but", "or", "as", "while")
_LEAD = re.compile(
    r"(?:(?:still|in fact|however|meanwhile|indeed|moreover|instead|of course|in other words"
    r"|nonetheless|nevertheless|yet|also|and yet|but|and|so),\s+|(?:but|and|so)\s+)",
    re.I,
)


#: A final period that belongs to an abbreviation ("the U.S.", "N.C.", "7 p.m.", "Calif.").
_ABBREVIATION_END = re.compile(
    r"(?:\b[A-Za-z]\.)+[A-Za-z]\.$|\b(?:Calif|Jr|Sr|Inc|Corp|Ltd|Gov|Sen|Rep|Gen|Col)\.$"
)
_DATELINE = re.compile(r"[A-Z][A-Z .,'-]{2,40}(?:\([^)]{1,30}\))?\s*[―—–-]+\s+")


def _trim(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out = []
    for s, e in spans:
        dateline = _DATELINE.match(text, s, e)
        if dateline is not None:  # "WASHINGTON ― Donald Trump's ..."
            s = dateline.end()
        changed = True
        while changed:
            changed = False
            while s < e and text[s] in _TRIM:
                s += 1
            lead = _LEAD.match(text, s, e)
            if lead is not None and lead.end() < e:  # "Still, C, X said": C only
                s = lead.end()
                changed = True
            while e > s and text[e - 1] in _TRIM:
                if text[e - 1] == "." and _ABBREVIATION_END.search(text, max(s, e - 12), e):
                    break
                e -= 1
            for w in _EDGE_WORDS:
                if text[s:e].lower().endswith(" " + w):
                    e -= len(w) + 1
                    changed = True
        if e > s:
            out.append((s, e))
    return out


def _np_span(tok: Any, exclude: set[int] | None = None) -> tuple[int, int]:
    """The noun phrase headed by ``tok``, without relative clauses and trailing commas."""
    ids = {t.i for t in tok.subtree if not (exclude and t.i in exclude)}
    for child in tok.children:
        if child.dep_ in ("relcl", "acl") and child.i > tok.i:
            ids -= _subtree_ids(child)
    left = min(ids)
    right = max(ids)
    # keep a contiguous span around the head
    span = [i for i in range(left, right + 1) if i in ids]
    doc = tok.doc
    runs = _runs(doc, [i for i in span if abs(i - tok.i) <= right - left])
    for s, e in runs:
        if s <= tok.idx < e:
            return s, e
    return tok.idx, tok.idx + len(tok.text)


@functools.lru_cache(maxsize=1)
def learned_cues() -> frozenset[str]:
    """Word forms PolNeAR annotators mark as cues (see scripts/learn_attribution_cues.py)."""
    lines = _CUES_FILE.read_text(encoding="utf-8").splitlines()  # shipped with the package
    return frozenset(w for w in lines if w and not w.startswith("#")) - _NOT_CUES


_NOT_CUES = frozenset(["according", "known", "named", "titled", "nominated", "statement"])
_NOMINAL_PREPS = ("for", "on", "about", "of", "against", "to", "with")
#: Verbs whose content is a prepositional object: "spoke of X", "bragged about X".
PREP_VERBS = frozenset(
    """speak talk comment brag boast complain joke ask question write rail warn worry care
    think argue advocate campaign vote push fight point accuse apologize focus seize
    tweet testify lie express caution""".split()
)


def _is_learned(tok: Any) -> bool:
    return (
        tok.pos_ == "VERB"
        and tok.lower_ in learned_cues()
        and tok.dep_ != "amod"
        and not (tok.dep_ == "acl" and tok.tag_ == "VBN")  # "a publication called X"
    )


_ADDRESSEE_PREP_VERBS = frozenset("ask question tell remind inform warn press push".split())
_PREP_CUE_WORDS = ("about", "of", "on", "against", "for", "out", "to")


def _prep_cue(tok: Any) -> Any | None:
    """The preposition of "spoke of X", "bragged about X", when ``tok`` is such a verb."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in PREP_VERBS:
        return None
    for child in tok.children:
        if (
            child.dep_ in ("prep", "prt")
            and child.lower_ in _PREP_CUE_WORDS
            and child.i - tok.i <= 3
            and any(c.dep_ in ("pobj", "pcomp") for c in child.children)
            and not (
                # "accused her of making ...": PolNeAR's content starts at the object; "asked
                # him about X" keeps the addressee out
                tok.lemma_.lower() not in _ADDRESSEE_PREP_VERBS
                and any(c.dep_ == "dobj" and tok.i < c.i < child.i for c in tok.children)
            )
        ):
            return child
    return None


def _has_that_clause(tok: Any) -> bool:
    """Any verb with a subject and a "that"/"whether" clause: "disclosed that", "is afraid that"."""
    if tok.pos_ not in ("VERB", "ADJ") or tok.lemma_.lower() in ("be", "have", "make", "do"):
        return False
    if not any(
        c.dep_ in _SUBJECTS and c.pos_ in ("PROPN", "NOUN", "PRON") for c in tok.children
    ) and not (tok.pos_ == "ADJ" and tok.head.pos_ == "AUX"):
        return False
    return any(
        c.dep_ == "ccomp"
        and c.i > tok.i
        and any(m.dep_ == "mark" and m.lower_ in ("that", "whether") for m in c.children)
        for c in tok.children
    )


def _is_cue(tok: Any) -> bool:
    lemma = tok.lemma_.lower()
    if lemma not in CUE_LEMMAS or tok.pos_ not in ("VERB", "AUX"):
        return False
    if tok.dep_ in ("amod", "compound"):
        return lemma in ("say", "tell", "warn", "urge")
    return not (tok.dep_ == "acl" and tok.tag_ == "VBN")


def _source_of(tok: Any, inherit: bool = True) -> Any | None:
    for child in tok.children:
        if (
            child.dep_ in _SUBJECTS
            and child.tag_ not in ("EX",)
            and (child.lower_ != "it" or tok.lemma_.lower() in SPEECH_VERBS)
        ):
            return child
    for child in tok.children:
        if child.dep_ == "agent":
            for g in child.children:
                if g.dep_ == "pobj":
                    return g
    # "saying", "adding", "going on to say": inherit a governing verb's subject
    if not inherit:
        return None
    node = tok
    for _ in range(3):
        if node.dep_ not in ("advcl", "xcomp", "conj", "pcomp", "prep", "acl") or node.head is node:
            break
        if node.dep_ == "acl" and node.tag_ != "VBG":
            break
        head = node.head
        for child in head.children:
            if (
                child.dep_ in _SUBJECTS
                and child.tag_ != "EX"
                and (child.i < tok.i or tok.tag_ == "VBG")
            ):
                return child
        node = head
    return None


def _inverted_source(tok: Any, sent: Any) -> Any | None:
    """``..., warned Raffaello Pantucci, director of ...``: a noun right after the cue."""
    nxt = tok.i + 1
    if nxt >= sent.end:
        return None
    cand = tok.doc[nxt]
    if cand.pos_ not in ("PROPN", "NOUN", "DET", "ADJ"):
        return None
    head = cand
    while (
        head.head.i != head.i
        and head.head.i > tok.i
        and head.head.i < sent.end
        and head.dep_
        in (
            "compound",
            "det",
            "amod",
            "nmod",
            "poss",
        )
    ):
        head = head.head
    if head.pos_ in ("PROPN", "NOUN"):
        return head
    return None


def _tail_is_attribution(doc: Any, sent: Any, first: int, last: int) -> bool:
    """True when tokens after ``last`` to the sentence end are only trailing material."""
    for t in doc[last + 1 : sent.end]:
        if not (
            t.is_punct
            or t.is_space
            or t.dep_
            in ("npadvmod", "advmod", "prep", "pobj", "det", "compound", "amod", "appos", "nummod")
        ):
            return False
    return True


@dataclass
class ParseContext:
    doc: Any
    in_quote: Sequence[bool]  # per character: inside a direct quote


def find_candidates(doc: Any, in_quote: Sequence[bool]) -> list[Candidate]:
    """Every reported-speech candidate in ``doc`` whose cue is outside quotes."""
    out: list[Candidate] = []
    for sent in doc.sents:
        for tok in sent:
            if in_quote[tok.idx]:
                continue
            if tok.lower_ == "according" and tok.i + 1 < sent.end and doc[tok.i + 1].lower_ == "to":
                cand = _according_to(doc, sent, tok)
            elif tok.pos_ == "NOUN" and tok.lemma_.lower() in NOUN_CUES:
                cand = _noun_candidate(doc, tok)
            elif (
                _is_cue(tok)
                or _has_that_clause(tok)
                or _is_learned(tok)
                or _prep_cue(tok) is not None
            ):
                cand = _verb_candidate(doc, sent, tok)
            else:
                cand = None
            if cand is not None and cand.content:
                out.append(cand)
    return _defer_to_inner(doc, out)


#: Verbs whose infinitive is the real cue when it is one: "continued to portray X",
#: "seemed to think C" (PolNeAR's cue is then "continued to portray"; tried on PolNeAR
#: train: seek, try, refuse and decline do not gain).
_CONTROL_VERBS = frozenset(["continue", "seem", "appear"])


def _defer_to_inner(doc: Any, cands: list[Candidate]) -> list[Candidate]:
    """Drop ``X continued to V ...`` when ``V`` is a cue of its own with content."""
    cues = {c.cue_token for c in cands}
    out = []
    for c in cands:
        tok = doc[c.cue_token]
        if tok.lemma_.lower() in _CONTROL_VERBS and any(
            x.dep_ == "xcomp" and x.i in cues for x in tok.children
        ):
            continue
        out.append(c)
    return out


#: Nouns PolNeAR annotates as cues with their prepositional or clausal content
#: ("his criticism of X", "questions about X", "the claim that C"); seen in PolNeAR train.
NOUN_CUES = frozenset(
    """question criticism statement attack praise promise endorsement call proposal complaint
    concern accusation fear hope allegation warning critique claim comment remark assertion
    argument vow pledge demand threat denial admission suggestion prediction belief doubt
    support opposition view message response answer insistence objection condemnation
    announcement assurance reminder""".split()
)
_NOUN_PREPS = ("of", "about", "on", "for", "against", "over")


def _noun_source(tok: Any) -> tuple[Any | None, Any | None]:
    """Source and governing verb of a nominal cue: ``Y voiced criticism of X`` (source Y,
    verb *voiced*), ``his criticism of``, ``criticism of X by Y``."""
    if tok.dep_ == "dobj" and tok.head.pos_ == "VERB":
        subj = next(
            (
                c
                for c in tok.head.children
                if c.dep_ == "nsubj" and c.pos_ in ("PROPN", "PRON", "NOUN")
            ),
            None,
        )
        if subj is not None:
            return subj, tok.head
    for c in tok.children:
        if c.dep_ == "poss" and c.pos_ in ("PROPN", "PRON", "NOUN"):
            return c, None
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "by":
            return next((g for g in c.children if g.dep_ == "pobj"), None), None
    return None, None


def _noun_candidate(doc: Any, tok: Any) -> Candidate | None:
    """A nominal cue with its content: ``Trump's criticism of the deal``."""
    if tok.lemma_.lower() == "question" and tok.dep_ != "dobj":
        return None
    subj, verb = _noun_source(tok)
    if subj is None or (subj.lower_ in ("its", "it", "their", "they") and verb is None):
        return None
    content_ids: set[int] = set()
    cue_end = tok.idx + len(tok.text)
    that_at = None
    for c in tok.children:
        if c.i <= tok.i:
            continue
        if c.dep_ == "prep" and c.lower_ in _NOUN_PREPS and c.i == tok.i + 1:
            content_ids = _subtree_ids(c) - {c.i}
            cue_end = c.idx + len(c.text)
            break
        if c.dep_ in ("acl", "ccomp") and any(
            m.dep_ == "mark" and m.lower_ == "that" for m in c.children
        ):
            mark = next(m for m in c.children if m.dep_ == "mark")
            content_ids = _subtree_ids(c) - {mark.i}
            that_at = mark.idx
            break
    content_ids -= _subtree_ids(subj)
    if not content_ids:
        return None
    cue_start = verb.idx if verb is not None and tok.i - verb.i <= 4 else tok.idx
    return Candidate(
        cue=(cue_start, cue_end),
        content=_runs(doc, content_ids),
        source=_np_span(subj),
        cue_token=verb.i if verb is not None else tok.i,
        source_token=subj.i,
        that_at=that_at,
    )


def _according_to(doc: Any, sent: Any, tok: Any) -> Candidate | None:
    to = doc[tok.i + 1]
    pobj = next((c for c in to.children if c.dep_ == "pobj"), None)
    if pobj is None:
        pobj = next((c for c in tok.children if c.dep_ == "pobj"), None)
    phrase_ids = _subtree_ids(tok) | {to.i}
    if pobj is not None:
        phrase_ids |= _subtree_ids(pobj)
    lo, hi = min(phrase_ids), max(phrase_ids)
    content_ids = [t.i for t in sent if not (lo <= t.i <= hi)]
    content = _runs(doc, content_ids)
    if not content:
        return None
    source = _np_span(pobj) if pobj is not None else None
    cue = (tok.idx, to.idx + len(to.text))
    return Candidate(
        cue=cue,
        content=content,
        source=source,
        cue_token=tok.i,
        source_token=pobj.i if pobj is not None else None,
    )


def _verb_candidate(doc: Any, sent: Any, tok: Any) -> Candidate | None:
    lemma = tok.lemma_.lower()
    if tok.pos_ == "ADJ" and tok.head.pos_ == "AUX":  # "Democrats are afraid that ..."
        subj = next((c for c in tok.head.children if c.dep_ in _SUBJECTS), None)
        clause = next((c for c in tok.children if c.dep_ == "ccomp"), None)
        if subj is None or clause is None:
            return None
        ids = _subtree_ids(clause)
        mark = next((c for c in clause.children if c.dep_ == "mark"), None)
        if mark is not None:
            ids.discard(mark.i)
        return Candidate(
            cue=(tok.idx, tok.idx + len(tok.text)),
            content=_runs(doc, ids),
            source=_np_span(subj),
            cue_token=tok.i,
            source_token=subj.i,
            attitude=True,
            that_at=mark.idx if mark is not None else None,
        )
    subj = _source_of(tok, inherit=False)
    inverted = False
    if subj is None and tok.tag_ in ("VBD", "VBZ", "VBP") and _comma_before(doc, tok.i, sent):
        subj = _inverted_source(tok, sent)
        inverted = subj is not None
    if subj is None:
        subj = _source_of(tok)
    exclude: set[int] = {tok.i}
    for child in tok.children:
        if child.dep_ in ("aux", "auxpass", "neg", "prt") and child.i > tok.i - 4:
            exclude.add(child.i)
    if subj is not None:
        exclude |= _subtree_ids(subj) if subj.i != tok.i else set()
    content_ids: set[int] = set()
    cue_extra: list[Any] = []
    that_at: int | None = None
    clauses = [c for c in tok.children if c.dep_ in _CLAUSES]
    # "While C0 is true, X said C": the clause after the cue is its content
    clause = next((c for c in clauses if c.i > tok.i), clauses[0] if clauses else None)
    if clause is not None:
        content_ids = _subtree_ids(clause) - exclude
        mark = next((c for c in clause.children if c.dep_ == "mark" and c.lower_ == "that"), None)
        if mark is not None:
            content_ids.discard(mark.i)
            that_at = mark.idx
    rescued = _that_clause_after(doc, sent, tok) if lemma in SPEECH_VERBS else None
    if rescued is not None and (not content_ids or min(content_ids) < rescued[0].i):
        # "told German daily Die Welt on Tuesday that C", "said in a statement that C": the
        # parser hung the clause on the outlet or the occasion; the content is still C
        mark, content_ids = rescued
        that_at = mark.idx
    if not content_ids and (lemma in INFINITIVE_VERBS or lemma in _RAISING_VERBS):
        xcomp = next((c for c in tok.children if c.dep_ == "xcomp"), None)
        if xcomp is not None:
            content_ids = _subtree_ids(xcomp) - exclude
            # "urged conservatives to unite", "called on Trump to stop": PolNeAR's content
            # starts at the addressee
            for c in tok.children:
                if c.dep_ == "dobj" and tok.i < c.i < xcomp.i:
                    content_ids |= _subtree_ids(c)
                elif (
                    c.dep_ == "prep"
                    and c.lower_ in ("on", "for", "upon")
                    and c.i == tok.i + 1
                    and c.i < xcomp.i
                ):
                    content_ids |= _subtree_ids(c) - {c.i}
                    cue_extra.append(c)
            if subj is not None and subj.dep_ == "nsubjpass" and subj.lower_ not in _RELATIVE:
                # "Trump is expected to win": an agentless passive; the subject is content
                content_ids |= _subtree_ids(subj)
                subj = None
    # "C, X said." / "C, warned X." with the cue outside the main clause
    if (not content_ids and tok.dep_ in ("ROOT", "conj", "parataxis")) or (
        not content_ids and inverted
    ):
        left = [t for t in sent if t.i < tok.i and t.i not in exclude]
        first_attr = min([tok.i] + ([min(_subtree_ids(subj))] if subj is not None else []))
        if (
            left
            and first_attr > sent.start
            and _comma_before(doc, first_attr, sent)
            and not _only_adjuncts_before(tok, first_attr)
        ):
            content_ids = {t.i for t in left if t.i < first_attr}
            content_ids |= _right_part(doc, sent, tok, subj, exclude)
    # nominal content ("cited X", "spoke of X") needs a speaker that is not a relative pronoun
    nominal_ok = subj is not None and subj.lower_ not in ("that", "which")
    prep = _prep_cue(tok) if nominal_ok else None
    if not content_ids and prep is not None:
        content_ids = _subtree_ids(prep) - {prep.i} - exclude
        # "referred to Mexican immigrants as criminals", "pointed to China as the enforcer"
        for c in tok.children:
            if c.dep_ == "prep" and c.i > prep.i and c.lower_ in ("as", "to"):
                content_ids |= _subtree_ids(c) - exclude
        if prep.i == tok.i + 1:
            cue_extra.append(prep)
    if not content_ids and nominal_ok and (lemma in NOMINAL_VERBS or _is_learned(tok)):
        # "called for X", "called on X to ...", "called X a liar", "cited X"
        for child in tok.children:
            if child.dep_ == "prep" and child.i == tok.i + 1 and child.lower_ in _NOMINAL_PREPS:
                cue_extra.append(child)
                content_ids = _subtree_ids(child) - {child.i} - exclude
                break
        if not content_ids:
            objs = [
                c
                for c in tok.children
                if c.dep_ in ("dobj", "oprd", "xcomp")
                and c.i > tok.i
                and not (lemma in _ADDRESSEE_VERBS and c.dep_ == "dobj")
                and c.ent_type_ not in ("DATE", "TIME")
            ]
            if objs:
                # "attacked Trump for taking ...", "described him as ...", "likened RT to
                # the BBC", "endorsed Clinton in the race": PolNeAR keeps the verb's
                # phrases after the object
                objs += [c for c in tok.children if c.dep_ == "prep" and c.i > objs[0].i]
                content_ids = set().union(*(_subtree_ids(c) for c in objs)) - exclude
    if not content_ids:
        # "X said: ..." within the sentence
        nxt = tok.i + 1
        if nxt < sent.end and doc[nxt].text == ":":
            content_ids = {t.i for t in doc[nxt + 1 : sent.end]}
    if not content_ids:
        return None
    if lemma in _RAISING_VERBS and subj is not None and subj.head.i == tok.i:
        # "Washington appears weak", "he seemed to reflect sadness": the subject belongs
        # to what seems to be so (PolNeAR gives these no source)
        content_ids |= _subtree_ids(subj)
        subj = None
    if (
        subj is not None
        and subj.dep_ == "nsubjpass"
        and subj.head.i == tok.i
        and lemma not in ("ask", "tell")
        and not (subj.lower_ == "it" and clause is not None)
    ):
        # "Mr. Quiros was accused of using ...", "X was criticized by Y": PolNeAR puts the
        # passive subject in the content; the source is the agent, if any ("asked" and
        # "told" have the addressee as subject: neither)
        content_ids |= _subtree_ids(subj)
        agent = next((c for c in tok.children if c.dep_ == "agent"), None)
        subj = None
        if agent is not None:
            subj = next((g for g in agent.children if g.dep_ == "pobj"), None)
    if subj is not None:
        content_ids -= _subtree_ids(subj)
    content_ids.discard(tok.i)
    content_ids = _drop_trailing_relative(doc, content_ids)
    content = _join_pieces(doc, tok, _runs(doc, content_ids), subj)
    cue_end = tok.idx + len(tok.text)
    for child in [*tok.children, *cue_extra]:
        if (
            child.dep_ in ("prt", "prep")
            and child.i == tok.i + 1
            and (child.dep_ == "prt" or child in cue_extra)
        ):
            cue_end = child.idx + len(child.text)
    source = _np_span(subj) if subj is not None else None
    return Candidate(
        cue=(tok.idx, cue_end),
        content=content,
        source=source,
        cue_token=tok.i,
        source_token=subj.i if subj is not None else None,
        attitude=lemma in ATTITUDE_VERBS,
        that_at=that_at,
    )


#: How far after a speech verb its "that" may stand ("told German daily Die Welt in an
#: interview published on Tuesday that ...").
_THAT_WINDOW = 14


def _that_clause_after(doc: Any, sent: Any, tok: Any) -> tuple[Any, set[int]] | None:
    """The "that" clause after a speech verb, when only the addressee, an occasion or a time
    phrase stands between them: (the complementiser, the clause's token ids).

    The parser often attaches such a clause to the nearest noun ("a statement that ...",
    "remarks published Tuesday that ...") or to a misread name ("Die" as a verb); a
    communication verb followed by an object-like phrase and "that" reports the clause.
    """
    for t in doc[tok.i + 1 : min(sent.end, tok.i + 1 + _THAT_WINDOW)]:
        if t.lower_ == "that" and t.dep_ == "mark":
            head = t.head
            if head.i <= t.i:
                return None
            hi = max(x.i for x in head.subtree)
            ids = {x.i for x in doc[t.i + 1 : hi + 1]}
            return (t, ids) if len(ids) >= 2 else None
        if t.is_punct and t.text not in ("(", ")", "'", "’"):
            return None  # a comma, a colon or a quote mark: another construction
        if t.lower_ in _CLAUSE_BREAKERS or (
            t.pos_ in ("VERB", "AUX") and t.tag_ != "VBN" and not t.text[:1].isupper()
        ):
            return None  # a clause of its own ("said he would", "told them it was")
    return None


#: Words that open a clause of their own between a verb and a later "that".
_CLAUSE_BREAKERS = frozenset("and but or because if when while although who which".split())


_WH = frozenset(["which", "who", "whom", "whose"])


def _drop_trailing_relative(doc: Any, ids: set[int]) -> set[int]:
    """Content without a trailing non-restrictive relative clause: PolNeAR ends
    ``Graham has acknowledged [the reality of climate change], which makes him ...``."""
    last = max(ids)
    while last > min(ids) and (doc[last].is_punct or doc[last].is_space):
        last -= 1
    for i in sorted(ids):
        t = doc[i]
        if t.dep_ != "relcl":
            continue
        lo = min(x.i for x in t.subtree)
        hi = max(x.i for x in t.subtree)
        if (
            doc[lo].lower_ in _WH
            and hi >= last
            and lo - 1 in ids
            and lo - 1 > min(ids)
            and doc[lo - 1].text == ","
        ):
            return {j for j in ids if j < lo - 1}
    return ids


def _join_pieces(
    doc: Any, tok: Any, pieces: list[tuple[int, int]], subj: Any | None
) -> list[tuple[int, int]]:
    """Join content pieces that only a misattached word splits: ``called [her vote] in favor
    of the Iraq War [a mistake]``, ``condemned [X as "provocative"] and [a "grave threat"]``.
    Words of the cue's own (its subject, ``in an interview``, ``on Twitter``) keep the gap."""
    if len(pieces) < 2:
        return pieces
    source = _subtree_ids(subj) if subj is not None else set()
    out = [pieces[0]]
    for s, e in pieces[1:]:
        gap = [t for t in doc[tok.sent.start : tok.sent.end] if out[-1][1] <= t.idx < s]
        if any(
            t.i == tok.i
            or t.i in source
            or (t.head.i == tok.i and not t.is_punct and t.dep_ != "cc")
            for t in gap
        ):
            out.append((s, e))
        else:
            out[-1] = (out[-1][0], e)
    return out


#: Verbs whose object is the addressee, not the content: "told MSNBC", "reminded them".
_ADDRESSEE_VERBS = frozenset("tell inform remind assure notify brief".split())
#: Verbs whose subject belongs to the content: "he seemed to reflect sadness".
_RAISING_VERBS = frozenset(["seem", "appear"])


_RELATIVE = frozenset(["who", "which", "that", "whom"])
_ADJUNCTS = frozenset(["prep", "npadvmod", "advmod", "punct", "cc", "mark", "intj"])
_SUBORDINATORS = frozenset(
    "when if after before because as while although though since until once unless".split()
)


def _only_adjuncts_before(tok: Any, first_attr: int) -> bool:
    """``In an interview, she joked ...``, ``When X did Y, critics denounced ...``: what
    precedes the attribution is a phrase or subordinate clause of the cue, not its content."""
    if tok.dep_ != "ROOT":
        return False
    left = [c for c in tok.children if c.i < first_attr and c.dep_ != "punct"]
    if not left:
        return False
    for c in left:
        if c.dep_ in _ADJUNCTS:
            continue
        if c.dep_ == "advcl" and any(
            m.dep_ in ("mark", "advmod") and m.lower_ in _SUBORDINATORS and m.i < c.i
            for m in c.children
        ):
            continue
        return False
    return True


def _right_part(doc: Any, sent: Any, tok: Any, subj: Any | None, exclude: set[int]) -> set[int]:
    """``C1, X said, C2``: the clause resumed after the attribution."""
    attribution = {tok.i} | exclude
    if subj is not None:
        attribution |= _subtree_ids(subj)
    j = max(attribution) + 1
    while j < sent.end and doc[j].head.i == tok.i and doc[j].dep_ in ("npadvmod", "advmod"):
        j += 1
    if j >= sent.end or doc[j].text != ",":
        return set()
    rest = [t for t in doc[j + 1 : sent.end] if not t.is_punct]
    if len(rest) < 3 or not any(t.pos_ in ("VERB", "AUX") for t in rest):
        return set()
    return {t.i for t in doc[j + 1 : sent.end]}


def _comma_before(doc: Any, i: int, sent: Any) -> bool:
    j = i - 1
    while j >= sent.start and doc[j].is_space:
        j -= 1
    return j >= sent.start and doc[j].text in (",", "—", "–", "-", '"', "”", "''")
