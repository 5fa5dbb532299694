"""The cue lexicon of reported speech: which words report what someone said or holds.

Word lists (verbs by the kind of content they take, nominal cues, the cue forms
learned from PolNeAR train) and the predicates that decide, on one token of a spaCy
parse, whether it is a cue. :mod:`.constructions` reads a cue's source and content.
"""

from __future__ import annotations

import functools
import re
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
#: Verbs whose content is a prepositional object: "spoke of X", "bragged about X".
PREP_VERBS = frozenset(
    """speak talk comment brag boast complain joke ask question write rail warn worry care
    think argue advocate campaign vote push fight point accuse apologize focus seize
    tweet testify lie express caution""".split()
)
#: Nouns PolNeAR annotates as cues with their prepositional or clausal content
#: ("his criticism of X", "questions about X", "the claim that C"); seen in PolNeAR train.
NOUN_CUES = frozenset(
    """question criticism statement attack praise promise endorsement call proposal complaint
    concern accusation fear hope allegation warning critique claim comment remark assertion
    argument vow pledge demand threat denial admission suggestion prediction belief doubt
    support opposition view message response answer insistence objection condemnation
    announcement assurance reminder""".split()
)
#: Verbs whose object is the addressee, not the content: "told MSNBC", "reminded them".
ADDRESSEE_VERBS = frozenset("tell inform remind assure notify brief".split())
#: Verbs whose subject belongs to the content: "he seemed to reflect sadness".
RAISING_VERBS = frozenset(["seem", "appear"])
#: Verbs whose infinitive is the real cue when it is one: "continued to portray X",
#: "seemed to think C" (PolNeAR's cue is then "continued to portray"; tried on PolNeAR
#: train: seek, try, refuse and decline do not gain).
CONTROL_VERBS = frozenset(["continue", "seem", "appear"])

SUBJECTS = ("nsubj", "nsubjpass", "csubj")
_NOT_CUES = frozenset(["according", "known", "named", "titled", "nominated", "statement"])
_ADDRESSEE_PREP_VERBS = frozenset("ask question tell remind inform warn press push".split())
_PREP_CUE_WORDS = ("about", "of", "on", "against", "for", "out", "to")


@functools.lru_cache(maxsize=1)
def learned_cues() -> frozenset[str]:
    """Word forms PolNeAR annotators mark as cues (see scripts/learn_attribution_cues.py)."""
    lines = _CUES_FILE.read_text(encoding="utf-8").splitlines()  # shipped with the package
    return frozenset(w for w in lines if w and not w.startswith("#")) - _NOT_CUES


def is_learned(tok: Any) -> bool:
    """A verb form PolNeAR marks as a cue, not used as a modifier ("a publication called X")."""
    return (
        tok.pos_ == "VERB"
        and tok.lower_ in learned_cues()
        and tok.dep_ != "amod"
        and not (tok.dep_ == "acl" and tok.tag_ == "VBN")  # "a publication called X"
    )


def prep_cue(tok: Any) -> Any | None:
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


def has_that_clause(tok: Any) -> bool:
    """Any verb with a subject and a "that"/"whether" clause: "disclosed that", "is afraid that"."""
    if tok.pos_ not in ("VERB", "ADJ") or tok.lemma_.lower() in ("be", "have", "make", "do"):
        return False
    if occasion_relative(tok):
        return False  # "told CBC in an interview that aired Saturday that C": "told"'s
    if not any(
        c.dep_ in SUBJECTS and c.pos_ in ("PROPN", "NOUN", "PRON") for c in tok.children
    ) and not (tok.pos_ == "ADJ" and tok.head.pos_ == "AUX"):
        return False
    return any(
        c.dep_ == "ccomp"
        and c.i > tok.i
        and any(m.dep_ == "mark" and m.lower_ in ("that", "whether") for m in c.children)
        for c in tok.children
    )


def occasion_relative(verb: Any) -> bool:
    """Whether ``verb`` heads a relative clause, its subject "that" or "which", on the
    occasion phrase of a speech verb ("told CBC in an interview [that aired Saturday]",
    "said in remarks [which were published on Tuesday]"): it says when or where the
    statement was given, and no statement of its own ("the Constitutional Court, which
    held that ..." still is one)."""
    noun = verb.head
    return bool(
        verb.dep_ == "relcl" and noun.dep_ == "pobj" and noun.head.dep_ == "prep"
        and noun.head.head.lemma_.lower() in SPEECH_VERBS
        and any(c.dep_ in SUBJECTS and c.lower_ in ("that", "which") for c in verb.children)
        # with the "that" clause the parser hung on it (the speech verb's content)
        and bool(that_clauses(verb))
    )


def that_clauses(verb: Any) -> list[Any]:
    """The clausal complements after ``verb`` that open with "that"."""
    return [c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i
            and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)]


def is_cue(tok: Any) -> bool:
    """A verb of the lexicon (:data:`CUE_LEMMAS`), not a participle modifying a noun."""
    lemma = tok.lemma_.lower()
    if lemma not in CUE_LEMMAS or tok.pos_ not in ("VERB", "AUX"):
        return False
    if tok.dep_ in ("amod", "compound"):
        return lemma in ("say", "tell", "warn", "urge")
    return not (tok.dep_ == "acl" and tok.tag_ == "VBN")


#: Verbs that give a value as "X at N": "put the toll at 40", "estimated losses at €55
#: million", "pegged the cost at ..." (CONVENTIONS.md counts "put X at N").
VALUE_VERBS = frozenset("put estimate peg place".split())


def value_at(tok: Any) -> tuple[Any, Any] | None:
    """(the object, the "at N" phrase) of "put X at N" on verb ``tok``, or None."""
    if tok.pos_ != "VERB" or tok.lemma_.lower() not in VALUE_VERBS:
        return None
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    if obj is None:
        return None
    at = next((c for c in (*tok.children, *obj.subtree)  # "... affected at around 85,000"
               if c.dep_ == "prep" and c.lower_ == "at" and c.i > obj.i
               and any(t.like_num for t in c.subtree)), None)
    return (obj, at) if at is not None else None


#: quotation marks that open a quotation after a colon
_OPENING_MARKS = frozenset("\"“'‘«")
#: verbs whose colon opens what is written, not said ("The banners read: '...'")
_NOT_SAYING = frozenset("read include list feature show bear contain".split())
#: another quoted item after a quotation: a list of titles, no words said
_ANOTHER_ITEM = re.compile(r"\s*(?:,|and\b|&)\s*[\"“'‘]")
#: subjects that speak: people, organisations, and the pronouns for them
_SPEAKING_PRONOUNS = frozenset("he she they we i".split())


def colon_quote_verb(tok: Any) -> bool:
    """A verb outside the lexicon that introduces a quotation as its colon does ("Boss X
    grovelled: 'We are sorry.'", "the minister fumed: '...'"): a finite verb right before
    a colon and an opening quotation mark, with a person, an organisation or a pronoun
    for one as its subject, and words said after it: three or more, mostly in lower case
    (no title, "Love Nwantiti by CKay"), no other quoted item after them (no list of
    titles), no quotation open around the verb, and no verb of what is written ("They
    read: '...'")."""
    doc = tok.doc
    if tok.pos_ != "VERB" or tok.tag_ not in ("VBD", "VBZ", "VBP") or tok.i + 2 >= len(doc):
        return False
    if tok.lemma_.lower() in _NOT_SAYING:
        return False  # "They read: 'Sack the board'": a sign's words, no one's
    if doc[tok.i + 1].text != ":" or doc[tok.i + 2].text[:1] not in _OPENING_MARKS:
        return False
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subj is None or not (
        subj.ent_type_ in ("PERSON", "ORG") or subj.lower_ in _SPEAKING_PRONOUNS
    ):
        return False
    text = doc.text
    opening = doc[tok.i + 2].idx
    close = next((k for k in range(opening + 1, min(len(text), opening + 400))
                  if text[k] in "\"”'’»" and not text[k + 1 : k + 2].isalpha()), None)
    words = text[opening + 1 : close].split() if close is not None else []
    line = text.rfind("\n", 0, tok.idx) + 1
    if close is not None and _ANOTHER_ITEM.match(text, close + 1):
        return False  # "She stocks: 'Things Fall Apart', 'Half of a Yellow Sun' and ..."
    capitals = sum(w[:1].isupper() for w in words[1:])
    # '"He grinned: "You ..."", the detective recalled': a quotation inside another
    return (len(words) >= 3 and capitals < 0.6 * (len(words) - 1)
            and not _inside_quotation(text[line : tok.idx]))


def _inside_quotation(before: str) -> bool:
    """A quotation opens in ``before`` and does not close there: a mark after a space or
    at the start opens one, a mark before a space or at the end closes one (an apostrophe
    between letters does neither)."""
    depth = 0
    for k, ch in enumerate(before):
        if ch not in "\"“”'‘’":
            continue
        prev, nxt = before[k - 1 : k] or " ", before[k + 1 : k + 2] or " "
        if (prev.isspace() or prev in "([") and not nxt.isspace():
            depth += 1
        elif depth and not prev.isspace() and (nxt.isspace() or not nxt.isalnum()):
            depth -= 1
    return depth > 0


def is_verb_cue(tok: Any) -> bool:
    """Whether ``tok`` opens a verbal attribution: a lexicon verb, a verb with a "that"
    clause, a learned cue form, a verb with its content in a preposition, a value put
    "at" a number, or a verb whose colon opens a quotation."""
    return (is_cue(tok) or has_that_clause(tok) or is_learned(tok)
            or prep_cue(tok) is not None or value_at(tok) is not None
            or colon_quote_verb(tok))
