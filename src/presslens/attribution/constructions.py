"""The constructions of reported speech: from a cue token to its source and content.

Three kinds of cue (see :mod:`.cues` for which tokens are cues):

* ``according to X``: the rest of the sentence is the content;
* a nominal cue ("Trump's criticism of the deal", "the claim that C");
* a verb: a clausal complement ("X said (that) C"), an infinitive ("urged X to C"),
  the rest of the sentence ("C, X said", "C, warned X"), a prepositional object
  ("spoke of C"), a nominal object ("called X a liar") or a colon ("X said: C").

Each returns a :class:`Candidate` in character offsets, or ``None``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..names import MEDIA_NOUNS, PLACE_UNITS, SETTLEMENTS, is_place_name
from .conventions import QUOTE_MARKS
from .cues import (
    ADDRESSEE_VERBS,
    ATTITUDE_VERBS,
    INFINITIVE_VERBS,
    NOMINAL_VERBS,
    RAISING_VERBS,
    SPEECH_VERBS,
    SUBJECTS,
    is_learned,
    occasion_relative,
    prep_cue,
    that_clauses,
    value_at,
)
from .spans import (
    comma_before,
    drop_trailing_address,
    drop_trailing_relative,
    join_pieces,
    np_span,
    outlet_owner,
    past_dateline,
    runs,
    subtree_ids,
)

_CLAUSES = ("ccomp", "csubjpass")
_NOMINAL_PREPS = ("for", "on", "about", "of", "against", "to", "with")
_NOUN_PREPS = ("of", "about", "on", "for", "against", "over")
_RELATIVE = frozenset(["who", "which", "that", "whom"])
_ADJUNCTS = frozenset(["prep", "npadvmod", "advmod", "punct", "cc", "mark", "intj"])
_SUBORDINATORS = frozenset(
    "when if after before because as while although though since until once unless".split()
)
#: How far after a speech verb its "that" may stand ("told German daily Die Welt in an
#: interview published on Tuesday that ...").
_THAT_WINDOW = 14
#: Words that open a clause of their own between a verb and a later "that".
_CLAUSE_BREAKERS = frozenset("and but or because if when while although who which".split())


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


# --- according to X ----------------------------------------------------------------------


#: what something is done "according to" that states nothing: rules, not sources (named
#: ones as the tagger types laws: "the Constitution", "the Geneva Conventions")
_NORMS = frozenset([
    "law", "rule", "regulation", "constitution", "procedure", "protocol", "plan", "schedule",
    "tradition", "custom", "contract", "agreement", "guideline", "standard", "legislation",
    "statute", "decree", "timetable", "convention", "act", "code", "charter", "treaty",
])


def according_to(doc: Any, sent: Any, tok: Any) -> Candidate | None:
    """``According to X, C`` and ``C, according to X``: ``tok`` is "according"."""
    to = doc[tok.i + 1]
    pobj = next((c for c in to.children if c.dep_ == "pobj"), None)
    if pobj is None:
        pobj = next((c for c in tok.children if c.dep_ == "pobj"), None)
    if pobj is not None and (
        pobj.lemma_.lower() in _NORMS and (pobj.text.islower() or pobj.ent_type_ == "LAW")
    ) and not any(
        # a document someone holds ("the contract, which was seen by Reuters", "the draft
        # agreement seen by Reuters") is cited as a source
        c.dep_ in ("acl", "relcl") or c.lower_ == "draft" for c in pobj.children
    ):
        # "would be dealt with according to the law", "According to the Constitution": a
        # rule, no one's statement
        return None
    phrase_ids = subtree_ids(tok) | {to.i}
    if pobj is not None:
        phrase_ids |= subtree_ids(pobj)
    lo, hi = min(phrase_ids), max(phrase_ids)
    hi = _apposition_end(doc, sent, tok, hi)
    named = _name_closing_sentence(doc, sent, pobj, hi) if pobj is not None else None
    if named is not None:
        hi = named.end - 1  # "C, according to its lawyer, Rodolfo Soliven Jr."
    content_ids = [t.i for t in sent if not (lo <= t.i <= hi)]
    content = runs(doc, content_ids)
    if not content:
        return None
    source = np_span(pobj) if pobj is not None else None
    if named is not None:
        source = (named.start_char, named.end_char)  # the name, not "the union, Unite"
    cue = (tok.idx, to.idx + len(to.text))
    return Candidate(
        cue=cue,
        content=content,
        source=source,
        cue_token=tok.i,
        source_token=named.root.i if named is not None else pobj.i if pobj is not None else None,
    )


def _name_closing_sentence(doc: Any, sent: Any, pobj: Any, hi: int) -> Any | None:
    """The name set off by a comma right after an "according to" phrase that ends at
    ``hi`` and closing the sentence, which the parser hangs on the main verb: a person or
    an organisation after a singular noun ("..., according to its lawyer, Rodolfo Soliven
    Jr.", "according to the studio, Warner Bros."), a person after a noun with words
    after it ("according to the mayor of the village, Ion Popescu"); the entity, or None.
    Not the name after "sources close to the chairman" (the chairman's, not theirs) nor
    "the captain of the vessel, MV Horizon" (the ship's)."""
    if pobj.tag_ != "NN" or hi + 2 >= sent.end or doc[hi + 1].text != ",":
        return None
    kinds = ("PERSON", "ORG") if hi == pobj.i else ("PERSON",)
    last = sent.end - 1 if doc[sent.end - 1].is_punct else sent.end  # before its full stop
    return next((e for e in doc.ents if e.start == hi + 2 and e.label_ in kinds
                 and e.end in (last, sent.end)), None)


def _apposition_end(doc: Any, sent: Any, according: Any, hi: int) -> int:
    """Where the source of a fronted "According to X, ..." ends when the parser left its
    apposition out ("According to Eurostat, the EU's statistics office, container traffic
    grew"): at the comma after a noun phrase with an article and no verb."""
    if according.i != sent.start or hi + 2 >= sent.end or doc[hi + 1].text != ",":
        return hi
    if doc[hi + 2].lower_ not in ("the", "a", "an"):
        return hi
    for j in range(hi + 3, min(sent.end, hi + 14)):
        if doc[j].pos_ in ("VERB", "AUX"):
            return hi
        if doc[j].text == ",":
            phrase = range(hi + 2, j)
            heads = [doc[k] for k in phrase if doc[k].head.i not in phrase]
            # not the clause's own subject with a parenthesis ("the death toll, the
            # highest in a decade, rose"): a clause with a subject follows
            if any(h.dep_ in ("nsubj", "nsubjpass", "dobj", "appos") for h in heads) or not any(
                t.dep_ in ("nsubj", "nsubjpass") for t in doc[j + 1 : sent.end]
            ):
                return hi
            return j
    return hi


# --- nominal cues ------------------------------------------------------------------------


def noun_source(tok: Any) -> tuple[Any | None, Any | None]:
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


def noun_candidate(doc: Any, tok: Any) -> Candidate | None:
    """A nominal cue with its content: ``Trump's criticism of the deal``."""
    if tok.lemma_.lower() == "question" and tok.dep_ != "dobj":
        return None
    subj, verb = noun_source(tok)
    if subj is None or (subj.lower_ in ("its", "it", "their", "they") and verb is None):
        return None
    content_ids: set[int] = set()
    cue_end = tok.idx + len(tok.text)
    that_at = None
    for c in tok.children:
        if c.i <= tok.i:
            continue
        if c.dep_ == "prep" and c.lower_ in _NOUN_PREPS and c.i == tok.i + 1:
            content_ids = subtree_ids(c) - {c.i}
            cue_end = c.idx + len(c.text)
            break
        if c.dep_ in ("acl", "ccomp") and any(
            m.dep_ == "mark" and m.lower_ == "that" for m in c.children
        ):
            mark = next(m for m in c.children if m.dep_ == "mark")
            content_ids = subtree_ids(c) - {mark.i}
            that_at = mark.idx
            break
    content_ids -= subtree_ids(subj)
    if not content_ids:
        return None
    cue_start = verb.idx if verb is not None and tok.i - verb.i <= 4 else tok.idx
    return Candidate(
        cue=(cue_start, cue_end),
        content=runs(doc, content_ids),
        source=np_span(subj),
        cue_token=verb.i if verb is not None else tok.i,
        source_token=subj.i,
        that_at=that_at,
    )


# --- verbs: the source -------------------------------------------------------------------


def source_of(tok: Any, inherit: bool = True) -> Any | None:
    """The subject (or passive agent) of cue ``tok``; with ``inherit``, that of a governing
    verb for "saying", "adding", "going on to say". A subject the parser found in the
    dateline ("JOHANNESBURG, Nov 4 (Reuters) - South Africa's Ilanga Telecom said") is
    the name after it."""
    subj = _source_of(tok, inherit)
    subj = past_dateline(subj) if subj is not None else None
    return _named_before_cue(subj, tok) if subj is not None else None


def _named_before_cue(subj: Any, cue: Any) -> Any:
    """``subj``, or when it is a common noun and the parser coordinated a name with it,
    without "and", that closes the subject right before the cue, that name ("... on
    Monday, the highest temperature ever measured in the state, the India Meteorological
    Department (IMD) said": the department, not the temperature)."""
    if subj.pos_ in ("ADJ", "PRON", "NOUN") and not subj.ent_type_ and subj.i < cue.i:
        # "..., many of them with severe burns, Asif Mehmood, a senior police officer, told
        # Reuters": the parser takes "many" for the subject and hangs the name on "burns"
        named = _name_closing_subject(subj, cue)
        if named is not None:
            return named
    if subj.pos_ != "NOUN" or subj.ent_type_ or subj.i > cue.i or any(
        c.dep_ == "cc" for c in subj.children
    ):
        return subj  # "the company and Acme Corp said": both
    for child in subj.children:
        if (
            child.dep_ == "conj"  # an apposition ("the chairman, Phil Lovas") stays one source
            and child.pos_ == "PROPN"
            and child.ent_type_ in ("ORG", "PERSON")
            and child.i > subj.i
            and child.right_edge.i + 2 >= cue.i  # at most one mark between it and the cue
            and all(t.is_punct for t in child.doc[child.right_edge.i + 1 : cue.i])
            and child.doc[child.left_edge.i - 1].text == ","
        ):
            return child
    return subj


def _name_closing_subject(subj: Any, cue: Any) -> Any | None:
    """A name set off by a comma in apposition inside the subject's phrase, that with its
    own apposition closes the subject right before the cue."""
    doc = subj.doc
    for tok in subj.subtree:
        if (
            tok.dep_ == "appos" and tok.pos_ == "PROPN" and tok.ent_type_ in ("PERSON", "ORG")
            and tok.head.i != subj.i and tok.left_edge.i > 0
            and not (tok.text.isupper() and tok.left_edge.i == tok.i)  # a rank: ", DSP,"
            and doc[tok.left_edge.i - 1].text == ","
            and all(t.is_punct for t in doc[tok.right_edge.i + 1 : cue.i])
        ):
            return tok
    return None


def _based_description(subj: Any) -> Any | None:
    """The description a place the parser made the subject stands in ("The San Jose,
    California-based company said": "company", not the town, whose "The" it took), or
    None: the subject is a place with a description of something based there."""
    if subj.ent_type_ not in ("GPE", "LOC") and not is_place_name(subj.text):
        return None
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in subj.children):
        return None  # "Phoenix, a London-based insurer, said": a company named like a town
    return next((c for c in subj.children if c.dep_ == "appos" and c.pos_ == "NOUN"
                 and not any(d.dep_ == "det" for d in c.children)
                 and any(a.lower_ == "based" and a.dep_ == "amod" for a in c.children)),
                None)


def _after_opening_participle(subj: Any, cue: Any) -> Any | None:
    """The subject after an opening participle the parser took for the clause's subject
    ("Addressing a news conference in Nairobi, SWM secretary-general ... Okoth said": the
    participle a clausal subject, the person in apposition to the town): the one phrase
    between the participle's last comma and the cue."""
    if subj.dep_ != "csubj" or subj.tag_ != "VBG" or subj.i != subj.sent.start:
        return None
    commas = [t.i for t in subj.subtree if t.text == "," and t.i < cue.i]
    if not commas:
        return None
    after = range(commas[-1] + 1, cue.i)
    heads = [subj.doc[i] for i in after if subj.doc[i].head.i not in after]
    return heads[0] if len(heads) == 1 and heads[0].pos_ in ("NOUN", "PROPN") else None


def _source_of(tok: Any, inherit: bool) -> Any | None:
    quoted = _quoted_by(tok)  # "the statement quoted X as saying": X speaks
    if quoted is not None:
        return quoted
    subjects = [
        child for child in tok.children
        if child.dep_ in SUBJECTS
        and child.tag_ not in ("EX",)
        and (child.lower_ != "it" or tok.lemma_.lower() in SPEECH_VERBS)
        # the hyphen of "Koh Min-seok", which the parser splits into three subjects
        and any(ch.isalnum() for ch in child.text)
    ]
    if subjects:
        # of two subjects the parser gave one cue ('"The bridge simply folded ...," Mayor
        # Daniela Restrepo Gil told ...': the quote's noun too), one outside the quote,
        # and a name before a common noun ("Ban Ki-moon, the secretary general ...,
        # vowed"), but not a place's, which the parser takes from a description ("The
        # Santa Clara, California-based company said"), else the nearest
        outside = [c for c in subjects if not _quoted_before(c, tok)] or subjects
        chosen = min(outside, key=lambda c: (
            c.ent_type_ in ("GPE", "LOC") and len(outside) > 1, c.pos_ != "PROPN",
            abs(c.i - tok.i)))
        return _based_description(chosen) or _after_opening_participle(chosen, tok) or chosen
    for child in tok.children:
        if child.dep_ == "agent":
            for g in child.children:
                if g.dep_ == "pobj":
                    return g
    fronted = (
        _fronted_subject(tok) or _named_after_whose(tok) or _subject_of_clause_before(tok)
        or _subject_read_as_modifiers(tok)
    )
    if fronted is not None:
        return fronted
    # "saying", "adding", "going on to say": inherit a governing verb's subject
    if not inherit:
        return None
    if tok.lower_ == "saying" and tok.head.lower_ == "as":
        quoted = _quoted_by(tok.head.head)  # the cue found is "saying" itself
        if quoted is not None:
            return quoted
    node = tok
    for _ in range(3):
        # "dep": a cue the parser could not attach ("X, whose husband ... is missing,
        # told the BBC ...") says what the verb it hangs on says of its subject
        if node.dep_ not in ("advcl", "xcomp", "conj", "pcomp", "prep", "acl", "dep") or (
            node.head is node
        ):
            break
        if node.dep_ == "acl" and node.tag_ != "VBG":
            break
        head = node.head
        for child in head.children:
            if (
                child.dep_ in SUBJECTS
                and child.tag_ != "EX"
                and (child.i < tok.i or tok.tag_ == "VBG")
            ):
                return child
        node = head
    return None


def _fronted_subject(tok: Any) -> Any | None:
    """The subject the parser hung on a fronted place as its apposition ("In Soweto,
    Thandeka Sithole, a hairdresser, said ..."): a name, or a description with its
    article after a place named as such ("In the city of Kurashiki, a woman who runs a
    clothing shop told NHK ..."), in
    apposition to the object of a preposition that opens the speech verb's sentence, with
    only punctuation (or its own apposition) between it and the cue, when the verb has no
    subject of its own."""
    if tok.lemma_.lower() not in SPEECH_VERBS:
        return None
    doc = tok.doc
    for cand in reversed(doc[tok.sent.start : tok.i]):
        if (
            cand.dep_ in ("appos", "conj")  # "In Nairobi, Grace Wanjiru, a teacher, told"
            and (
                (cand.pos_ == "PROPN" and cand.ent_type_ in ("PERSON", "ORG"))
                or (cand.pos_ == "NOUN" and cand.dep_ == "appos"
                    and any(c.dep_ == "det" and c.i < cand.i for c in cand.children)
                    and not any(c.dep_ in SUBJECTS for c in tok.children)
                    and _named_place(cand.head))
            )
            and _fronted_object(cand.head, tok)
            and all(t.is_punct for t in doc[cand.right_edge.i + 1 : tok.i])
        ):
            return cand
    return None


def _named_place(node: Any) -> bool:
    """``node`` names a place as the place it is of says ("the city of Kurashiki", "the
    island of Lesbos"), not an outlet or a document ("In an interview with Radio France
    Internationale, a senior officer said")."""
    of = node.head
    return node.dep_ == "pobj" and of.lower_ == "of" and (
        of.head.lemma_.lower() in SETTLEMENTS | PLACE_UNITS
    )


def _fronted_object(node: Any, verb: Any) -> bool:
    """``node`` is the object of a fronted phrase of ``verb`` (:func:`_fronted_phrase_of`),
    or the role in apposition to it, or what that role is of ("In an interview with La
    Tercera, the general manager of Petroterminal Andino, Felipe Ossandón, said": the
    parser hangs the subject on the phrase's object by its role)."""
    for _ in range(3):
        if node.dep_ == "pobj" and _fronted_phrase_of(node, verb):
            return True
        if node.dep_ == "pobj" and node.head.dep_ == "prep" and node.head.head.pos_ == "NOUN":
            node = node.head.head  # "Petroterminal Andino", of "the general manager"
        elif node.dep_ == "appos" and node.pos_ == "NOUN":
            node = node.head  # "the general manager", in apposition to "La Tercera"
        else:
            return False
    return False


def _subject_of_clause_before(tok: Any) -> Any | None:
    """The name that opens the sentence, which the parser made the subject of a clause
    before the speech verb ("Dr Anirban Mukherji, the medical director of Charnock
    hospital, where the most seriously hurt were taken, said ...": "Mukherji" the subject
    of "taken"), when only a comma lies between that clause and the verb; so for a verb
    that gives a value ("Interior Minister Mónica Benítez, addressing the assembly on
    Tuesday, put the number at 156")."""
    if tok.lemma_.lower() not in SPEECH_VERBS and value_at(tok) is None:
        return None
    doc = tok.doc
    for clause in tok.children:
        if clause.dep_ not in ("ccomp", "advcl") or clause.i > tok.i:
            continue
        if not all(t.is_punct for t in doc[clause.right_edge.i + 1 : tok.i]):
            continue
        subject = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if (
            subject is not None and subject.left_edge.i == tok.sent.start
            and subject.pos_ == "PROPN" and subject.ent_type_ in ("PERSON", "ORG")
            # set off as an apposition or by a comma right after it ("Minister Corrado
            # Di Stefano, in an interview published on Friday, said")
            and (any(c.dep_ == "appos" for c in subject.children)
                 or doc[min(subject.i + 1, len(doc) - 1)].text == ",")
        ):
            return subject
    return None


def _subject_read_as_modifiers(tok: Any) -> Any | None:
    """The subject the parser hung on the speech verb word by word, as a determiner and
    modifiers no verb takes ("On Wednesday, the 27-year-old wrote: ...": "the" and "old"
    both the verb's): the last of those words, whose own words make the phrase."""
    if tok.lemma_.lower() not in SPEECH_VERBS:
        return None
    lefts = list(tok.lefts)
    det = next((c for c in lefts if c.dep_ == "det"), None)
    if det is None:
        return None
    words = [c for c in lefts if c.i > det.i and c.dep_ in ("amod", "compound", "nmod")
             and c.pos_ in ("ADJ", "NOUN", "PROPN")]
    return words[-1] if words and words[-1].i == tok.i - 1 else None


def _named_after_whose(tok: Any) -> Any | None:
    """The name right before a speech verb the parser left without a subject, in
    apposition to a role that "whose" opens ("..., a Romanian company whose general
    manager, Liviu Nastase, said ...": the parser hangs "said" on the sentence's verb)."""
    if tok.lemma_.lower() not in SPEECH_VERBS:
        return None
    before = [t for t in tok.doc[tok.sent.start : tok.i] if not t.is_punct]
    cand = before[-1] if before else None
    if (
        cand is None
        or cand.dep_ != "appos"
        or cand.pos_ != "PROPN"
        or cand.ent_type_ not in ("PERSON", "ORG")
    ):
        return None
    role = cand.head
    return cand if any(c.lower_ == "whose" for c in role.children) else None


def _fronted_phrase_of(pobj: Any, verb: Any) -> bool:
    """``pobj`` ends a chain of prepositional phrases that opens ``verb``'s sentence ("In
    Nairobi", "In an interview with Al Jazeera")."""
    node = pobj
    for _ in range(4):
        prep = node.head
        if node.dep_ != "pobj" or prep.dep_ != "prep":
            return False
        if prep.head == verb:
            return True
        node = prep.head
    return False


#: tokens that open or close a quotation: its characters, and the tokenizer's `` and ''
_QUOTE_TOKENS = QUOTE_MARKS | {"``", "''"}


def _quoted_before(child: Any, cue: Any) -> bool:
    """``child`` stands before ``cue`` with a quotation mark between them: inside a quote."""
    return child.i < cue.i and any(
        t.text in _QUOTE_TOKENS for t in child.doc[child.i + 1 : cue.i]
    )


def _quoted_by(verb: Any) -> Any | None:
    """The one quoted when ``verb`` is "quote ... as saying" ("the statement quoted X as
    saying", "X was quoted as saying"): its object (or, passive, its subject), not who
    quoted; else None."""
    if verb.lemma_.lower() != "quote" or not any(
        p.lower_ == "as" and any(g.lower_ == "saying" for g in p.children)
        for p in verb.children
    ):
        return None
    return next((c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")), None)


def inverted_source(tok: Any, sent: Any) -> Any | None:
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
        and head.dep_ in ("compound", "det", "amod", "nmod", "poss")
    ):
        head = head.head
    if head.dep_ in ("nsubj", "nsubjpass") and head.head != tok and not any(
        t.text == "," for t in tok.doc[head.i + 1 : head.head.i]
    ):
        return None  # "..., said the fire had hit ...": the subject of what was said
    if head.pos_ in ("PROPN", "NOUN"):
        return head
    return None


def _verb_source(doc: Any, sent: Any, tok: Any) -> tuple[Any | None, bool]:
    """The source of verb cue ``tok`` and whether it follows the cue (``C, warned X``)."""
    subj = source_of(tok, inherit=False)
    inverted = False
    if (
        subj is None
        and tok.tag_ in ("VBD", "VBZ", "VBP")
        and tok.lemma_.lower() not in ADDRESSEE_VERBS  # "..., told the BBC": who was told
        and comma_before(doc, tok.i, sent)
    ):
        subj = inverted_source(tok, sent)
        inverted = subj is not None
    if subj is None:
        subj = source_of(tok)
    return subj, inverted


# --- verbs: the content ------------------------------------------------------------------


def that_clause_after(doc: Any, sent: Any, tok: Any) -> tuple[Any, set[int]] | None:
    """The "that" clause after a speech verb, when only the addressee, an occasion or a time
    phrase stands between them: (the complementiser, the clause's token ids).

    The parser often attaches such a clause to the nearest noun ("a statement that ...",
    "remarks published Tuesday that ...") or to a misread name ("Die" as a verb); a
    communication verb followed by an object-like phrase and "that" reports the clause.
    """
    skip: set[int] = set()
    for t in doc[tok.i + 1 : min(sent.end, tok.i + 1 + _THAT_WINDOW)]:
        if t.i in skip:
            continue
        if (occasion := _occasion_relative(t, tok)) is not None:
            skip = occasion  # "told CBC in an interview [that aired Saturday] that C"
            continue
        if t.lower_ == "that" and (t.dep_ == "mark" or _misread_relative(t, tok)):
            head = t.head
            if head.i <= t.i:
                return None
            hi = max(x.i for x in head.subtree)
            ids = {x.i for x in doc[t.i + 1 : hi + 1]}
            return (t, ids) if len(ids) >= 2 else None
        if t.is_punct and t.text not in ("(", ")", "'", "’") and not (
            t.text == "-" and not t.whitespace_ and not doc[t.i - 1].whitespace_
        ):
            return None  # a comma, a colon or a quote mark (not "op-ed"'s hyphen)
        if t.lower_ in _CLAUSE_BREAKERS or (
            t.pos_ in ("VERB", "AUX") and t.tag_ != "VBN" and not t.text[:1].isupper()
            and t.ent_type_ not in _NAME_TYPES  # the "am" of "Welt am Sonntag"
        ):
            return None  # a clause of its own ("said he would", "told them it was")
    return None


def _occasion_relative(pronoun: Any, cue: Any) -> set[int] | None:
    """The words of a relative clause on a phrase of the ``cue``'s own that says when or
    where the statement was given ("in an interview [that aired Saturday]", "in remarks
    [which were published on Tuesday]"), which the parser makes the head of the "that"
    clause after it: the relative's ids without that clause, to read past; else None."""
    clause = pronoun.head
    if not (
        pronoun.dep_ in ("nsubj", "nsubjpass") and occasion_relative(clause)
        and clause.head.head.head.i == cue.i
    ):
        return None
    # its "that" clause, which the parser hung on it: the content
    inner_ids = {x.i for c in that_clauses(clause) for x in c.subtree}
    own = {x.i for x in clause.subtree} - inner_ids
    return own if own and max(own) < min(inner_ids) else None


def _misread_relative(that: Any, cue: Any) -> bool:
    """"that" read as a relative pronoun in a clause that already has the argument it would
    fill ("told reporters at the site that the developer had approval": "had" has its
    object, "approval"), or as a relative adverb or object on a phrase of the ``cue``
    before a clause with a subject of its own ("said at the time that the phones were
    safe", "said in a speech that the country would recover"), so it can only open a
    content clause."""
    clause = that.head
    if clause.dep_ != "relcl":
        return False
    subject = any(c.dep_ in ("nsubj", "nsubjpass") and c.i > that.i for c in clause.children)
    noun = clause.head
    if that.dep_ in ("advmod", "dobj") and subject and (
        noun.dep_ == "pobj" and noun.head.head.i == cue.i
    ):
        # "said at the time that replacement phones were safe", "said in a speech that the
        # country would recover": a relative to the parser, on a prepositional phrase of
        # the cue's own, before a clause with a subject of its own (not "responded the same
        # way that we must respond now")
        return True
    return that.dep_ in ("dobj", "nsubj", "nsubjpass") and any(
        c.dep_ == that.dep_ and c.i > that.i for c in clause.children
    )


#: entity types whose words are a name, never a statement
_NAME_TYPES = frozenset("PERSON ORG WORK_OF_ART FAC PRODUCT EVENT LAW GPE NORP".split())


def _name_as_clause(clause: Any) -> bool:
    """A name the parser read as a clause: "told Welt am Sonntag" ("am" a verb to it),
    "told German newspaper Die Welt" ("Die")."""
    ids = subtree_ids(clause)
    lo, hi = min(ids), max(ids) + 1
    return any(e.start <= lo and hi <= e.end and e.label_ in _NAME_TYPES
               for e in clause.doc.ents)


def _clause_content(
    doc: Any, sent: Any, tok: Any, exclude: set[int]
) -> tuple[set[int], int | None, Any | None]:
    """"X said (that) C": (content ids, where "that" starts, the clausal complement)."""
    content_ids: set[int] = set()
    that_at: int | None = None
    clauses = [c for c in tok.children if c.dep_ in _CLAUSES and not _name_as_clause(c)]
    # "While C0 is true, X said C": the clause after the cue is its content
    clause = next((c for c in clauses if c.i > tok.i), clauses[0] if clauses else None)
    if clause is not None:
        content_ids = subtree_ids(clause) - exclude
        mark = next((c for c in clause.children if c.dep_ == "mark" and c.lower_ == "that"), None)
        first = doc[min(content_ids)] if content_ids else None
        if mark is None and first is not None and first.lower_ == "that" and (
            first.head.i == clause.i and any(
                c.dep_ in ("nsubj", "nsubjpass") and c.i > first.i for c in clause.children
            )
        ):
            # "said on state television that 40 people had died": the complementiser the
            # parser made the clause's object
            mark = first
        if mark is not None:
            content_ids.discard(mark.i)
            that_at = mark.idx
    if content_ids and that_at is None:
        content_ids -= _time_after_cue(doc, tok, content_ids)
    rescued = that_clause_after(doc, sent, tok) if tok.lemma_.lower() in SPEECH_VERBS else None
    if rescued is not None and (not content_ids or min(content_ids) < rescued[0].i):
        # "told German daily Die Welt on Tuesday that C", "said in a statement that C": the
        # parser hung the clause on the outlet or the occasion; the content is still C
        mark, content_ids = rescued
        that_at = mark.idx
    return content_ids, that_at, clause


def _time_after_cue(doc: Any, tok: Any, ids: set[int]) -> set[int]:
    """The time phrase the parser put at the head of the content though it follows the cue
    ("said on Tuesday it would recall ...", "said late on Monday it had"): when the cue
    was, not what was said ("said Tuesday's vote was a disgrace" keeps its subject)."""
    first = tok.i + 1
    while first < len(doc) and first not in ids and doc[first].lower_ in ("late", "early"):
        first += 1  # "said late on Monday": "late" left with the cue
    k = first
    while k in ids and doc[k].lower_ in ("late", "early", "on", "at"):
        k += 1
    run = list(range(first, k))
    while k in ids and doc[k].ent_type_ in ("DATE", "TIME"):
        run.append(k)
        k += 1
    if not any(doc[i].ent_type_ in ("DATE", "TIME") for i in run) or k not in ids or (
        doc[k].is_punct
    ):
        return set()
    # an adverbial of the clause, not its subject or a possessive ("Tuesday's vote"): the
    # clause keeps a subject of its own ("last year had been the hottest" has none left)
    tops = [doc[i] for i in run if doc[i].head.i not in run]
    if not all(t.dep_ in ("prep", "npadvmod", "advmod") for t in tops) or not any(
        doc[i].dep_ in ("nsubj", "nsubjpass", "expl", "csubj") for i in ids - set(run)
    ):
        return set()
    return set(run)


def _infinitive_content(
    tok: Any, subj: Any | None, exclude: set[int], cue_extra: list[Any]
) -> tuple[set[int], Any | None]:
    """"urged X to C", "vowed to C", "is expected to C": (content ids, the source left)."""
    xcomp = next((c for c in tok.children if c.dep_ == "xcomp"), None)
    if xcomp is None:
        return set(), subj
    content_ids = subtree_ids(xcomp) - exclude
    # "urged conservatives to unite", "called on Trump to stop": PolNeAR's content
    # starts at the addressee
    for c in tok.children:
        if c.dep_ == "dobj" and tok.i < c.i < xcomp.i:
            content_ids |= subtree_ids(c)
        elif (
            c.dep_ == "prep"
            and c.lower_ in ("on", "for", "upon")
            and c.i == tok.i + 1
            and c.i < xcomp.i
        ):
            content_ids |= subtree_ids(c) - {c.i}
            cue_extra.append(c)
    if subj is not None and subj.dep_ == "nsubjpass" and subj.lower_ not in _RELATIVE:
        # "Trump is expected to win": an agentless passive; the subject is content
        content_ids |= subtree_ids(subj)
        subj = None
    return content_ids, subj


def only_adjuncts_before(tok: Any, first_attr: int) -> bool:
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


def right_part(doc: Any, sent: Any, tok: Any, subj: Any | None, exclude: set[int]) -> set[int]:
    """``C1, X said, C2``: the clause resumed after the attribution."""
    attribution = {tok.i} | exclude
    if subj is not None:
        attribution |= subtree_ids(subj)
    j = max(attribution) + 1
    while j < sent.end and doc[j].head.i == tok.i and doc[j].dep_ in ("npadvmod", "advmod"):
        j += 1
    if j >= sent.end or doc[j].text != ",":
        return set()
    rest = [t for t in doc[j + 1 : sent.end] if not t.is_punct]
    if len(rest) < 3 or not any(t.pos_ in ("VERB", "AUX") for t in rest):
        return set()
    if rest[0].head.i == tok.i and rest[0].tag_ == "VBG":
        # "C, ANSA reported, citing judicial sources": the cue's own participle, no
        # resumed clause
        return set()
    return {t.i for t in doc[j + 1 : sent.end]}


def _surrounding_content(
    doc: Any, sent: Any, tok: Any, subj: Any | None, exclude: set[int]
) -> set[int]:
    """"C, X said." / "C1, X said, C2": the sentence around an attribution that follows a
    comma, unless what precedes it is only the cue's own adjuncts."""
    left = [t for t in sent if t.i < tok.i and t.i not in exclude]
    first_attr = min([tok.i] + ([min(subtree_ids(subj))] if subj is not None else []))
    if (
        left
        and first_attr > sent.start
        and comma_before(doc, first_attr, sent)
        and not only_adjuncts_before(tok, first_attr)
    ):
        return {t.i for t in left if t.i < first_attr} | right_part(doc, sent, tok, subj, exclude)
    return set()


def _media_object(prep: Any) -> bool:
    """The preposition's object is a medium that carries statements ("on Joy FM's Super
    Morning Show", "on state television", "to the radio station"), not what was said."""
    return any(c.dep_ == "pobj" and (c.lower_ in MEDIA_NOUNS or outlet_owner(c) is not None)
               for c in prep.children)


def _prep_content(tok: Any, prep: Any, exclude: set[int], cue_extra: list[Any]) -> set[int]:
    """"spoke of C", "referred to Mexican immigrants as criminals"."""
    content_ids = subtree_ids(prep) - {prep.i} - exclude
    # "referred to Mexican immigrants as criminals", "pointed to China as the enforcer"
    for c in tok.children:
        if c.dep_ == "prep" and c.i > prep.i and c.lower_ in ("as", "to"):
            content_ids |= subtree_ids(c) - exclude
    if prep.i == tok.i + 1:
        cue_extra.append(prep)
    return content_ids


def _nominal_content(tok: Any, exclude: set[int], cue_extra: list[Any]) -> set[int]:
    """"called for C", "called X a liar", "cited C", "attacked Trump for taking ..."."""
    content_ids: set[int] = set()
    for child in tok.children:
        if child.dep_ == "prep" and child.i == tok.i + 1 and child.lower_ in _NOMINAL_PREPS:
            cue_extra.append(child)
            content_ids = subtree_ids(child) - {child.i} - exclude
            break
    if content_ids:
        return content_ids
    lemma = tok.lemma_.lower()
    objs = [
        c
        for c in tok.children
        if c.dep_ in ("dobj", "oprd", "xcomp")
        and c.i > tok.i
        and not (lemma in ADDRESSEE_VERBS and c.dep_ == "dobj")
        and c.ent_type_ not in ("DATE", "TIME")
    ]
    if not objs:
        return content_ids
    # "attacked Trump for taking ...", "described him as ...", "likened RT to the BBC",
    # "endorsed Clinton in the race": PolNeAR keeps the verb's phrases after the object
    objs += [c for c in tok.children if c.dep_ == "prep" and c.i > objs[0].i]
    return set().union(*(subtree_ids(c) for c in objs)) - exclude


def _colon_content(doc: Any, sent: Any, tok: Any) -> set[int]:
    """"X said: C" within the sentence."""
    nxt = tok.i + 1
    if nxt < sent.end and doc[nxt].text == ":":
        return {t.i for t in doc[nxt + 1 : sent.end]}
    return set()


def _subject_in_content(
    tok: Any, subj: Any | None, clause: Any | None, content_ids: set[int]
) -> Any | None:
    """The source left once a subject that belongs to the content joins ``content_ids``
    (which this extends): a raising verb's or an agentive passive's subject."""
    lemma = tok.lemma_.lower()
    if lemma in RAISING_VERBS and subj is not None and subj.head.i == tok.i:
        # "Washington appears weak", "he seemed to reflect sadness": the subject belongs
        # to what seems to be so (PolNeAR gives these no source)
        content_ids |= subtree_ids(subj)
        return None
    if (
        subj is not None
        and subj.dep_ == "nsubjpass"
        and subj.head.i == tok.i
        and lemma not in ("ask", "tell")
        and not (subj.lower_ == "it" and clause is not None)
        and _quoted_by(tok) is None  # "he was quoted as saying": he speaks
    ):
        # "Mr. Quiros was accused of using ...", "X was criticized by Y": PolNeAR puts the
        # passive subject in the content; the source is the agent, if any ("asked" and
        # "told" have the addressee as subject: neither)
        content_ids |= subtree_ids(subj)
        agent = next((c for c in tok.children if c.dep_ == "agent"), None)
        if agent is not None:
            return next((g for g in agent.children if g.dep_ == "pobj"), None)
        return None
    return subj


def _adjective_candidate(doc: Any, tok: Any) -> Candidate | None:
    """"Democrats are afraid that C": an adjective after a copula with a clause."""
    subj = next((c for c in tok.head.children if c.dep_ in SUBJECTS), None)
    clause = next((c for c in tok.children if c.dep_ == "ccomp"), None)
    if subj is None or clause is None:
        return None
    ids = subtree_ids(clause)
    mark = next((c for c in clause.children if c.dep_ == "mark"), None)
    if mark is not None:
        ids.discard(mark.i)
    return Candidate(
        cue=(tok.idx, tok.idx + len(tok.text)),
        content=runs(doc, ids),
        source=np_span(subj),
        cue_token=tok.i,
        source_token=subj.i,
        attitude=True,
        that_at=mark.idx if mark is not None else None,
    )


def _main_verb(tok: Any) -> bool:
    """``tok`` is joined to its sentence's main verb, not to a verb inside a clause on a
    noun ("X, whose husband worked there and has not been found, told ...")."""
    node = tok
    while node.dep_ == "conj" and node.head is not node:
        node = node.head
    return bool(node.dep_ in ("ROOT", "parataxis"))


def verb_candidate(doc: Any, sent: Any, tok: Any) -> Candidate | None:
    """A verbal cue with its source and content; the constructions are tried in turn."""
    if tok.pos_ == "ADJ" and tok.head.pos_ == "AUX":  # "Democrats are afraid that ..."
        return _adjective_candidate(doc, tok)
    lemma = tok.lemma_.lower()
    subj, inverted = _verb_source(doc, sent, tok)
    exclude: set[int] = {tok.i}
    for child in tok.children:
        if child.dep_ in ("aux", "auxpass", "neg", "prt") and child.i > tok.i - 4:
            exclude.add(child.i)
    if subj is not None:
        exclude |= subtree_ids(subj) if subj.i != tok.i else set()
    cue_extra: list[Any] = []
    content_ids, that_at, clause = _clause_content(doc, sent, tok, exclude)
    if not content_ids and (lemma in INFINITIVE_VERBS or lemma in RAISING_VERBS):
        content_ids, subj = _infinitive_content(tok, subj, exclude, cue_extra)
    # "C, X said." / "C, warned X." with the cue outside the main clause
    if not content_ids and (
        tok.dep_ in ("ROOT", "parataxis") or (tok.dep_ == "conj" and _main_verb(tok))
        or inverted
    ):
        content_ids = _surrounding_content(doc, sent, tok, subj, exclude)
    # nominal content ("cited X", "spoke of X") needs a speaker that is not a relative pronoun
    nominal_ok = subj is not None and subj.lower_ not in ("that", "which")
    prep = prep_cue(tok) if nominal_ok else None
    if prep is not None and prep.lower_ in ("on", "to") and _media_object(prep):
        prep = None  # "speaking on Joy FM's Super Morning Show": where, not what
    if prep is not None and lemma in ("speak", "talk") and prep.lower_ in ("to", "with"):
        prep = None  # "Speaking to President Emmanuel Macron, ...": whom, not what
    if not content_ids and prep is not None:
        content_ids = _prep_content(tok, prep, exclude, cue_extra)
    valued = value_at(tok) if not content_ids and nominal_ok else None
    if valued is not None:
        # "Rheinflug put the cost of the strike at about €45 million": the value and what
        # it is of
        obj, at = valued
        after = [c for c in tok.children if c.dep_ == "prep" and c.i > at.i]  # "including ..."
        content_ids = set().union(subtree_ids(obj), subtree_ids(at),
                                  *(subtree_ids(c) for c in after)) - exclude
    if not content_ids and nominal_ok and (lemma in NOMINAL_VERBS or is_learned(tok)):
        content_ids = _nominal_content(tok, exclude, cue_extra)
    if not content_ids:
        content_ids = _colon_content(doc, sent, tok)
    if not content_ids:
        return None
    subj = _subject_in_content(tok, subj, clause, content_ids)
    if subj is not None:
        content_ids -= subtree_ids(subj)
    content_ids.discard(tok.i)
    if not content_ids:
        return None  # the subject and the cue were all there was
    content_ids = drop_trailing_address(doc, drop_trailing_relative(doc, content_ids))
    content = join_pieces(doc, tok, runs(doc, content_ids), subj)
    cue_end = tok.idx + len(tok.text)
    for child in [*tok.children, *cue_extra]:
        if (
            child.dep_ in ("prt", "prep")
            and child.i == tok.i + 1
            and (child.dep_ == "prt" or child in cue_extra)
        ):
            cue_end = child.idx + len(child.text)
    return Candidate(
        cue=(tok.idx, cue_end),
        content=content,
        source=np_span(subj) if subj is not None else None,
        cue_token=tok.i,
        source_token=subj.i if subj is not None else None,
        attitude=lemma in ATTITUDE_VERBS,
        that_at=that_at,
    )
