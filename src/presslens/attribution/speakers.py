"""Resolving an attribution's source span to a canonical speaker.

Pronouns go to the most recent speaker (or person mentioned) before them;
surnames and full names go to the entity whose mentions or name match; a role
without a name ("the commissioner") goes to the entity holding that role when
the article names one; "the group" / "the foundation" goes to the organisation
named last before it (not the outlet it spoke to); unnamed sources
("officials", "a source") are ``anonymous``. Entities come from
``doc.entities``; :func:`entities_from_parse` builds a minimal list from
spaCy's named entities when that layer is empty.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import cached_property
from typing import Any

from ..datelines import line_dateline
from ..given_names import given_name_gender, is_given_name
from ..model import Entity, Mention, Speaker
from ..names import (
    ACRONYM,
    ANONYMOUS,
    BODY_KIND,
    CAPITAL_TITLES,
    COMPANY_NOUNS,
    COUNTRY_WORDS,
    FACILITY_NOUNS,
    INDEFINITE_ROLE,
    INSTITUTION_NOUNS,
    LEGAL_FORMS,
    NAME_GLUE,
    NAME_PREFIXES,
    ORGANISATION_NAME_ENDS,
    ORGANISATION_NOUNS,
    OUTLETS,
    OWNER,
    POLICE_WORDS,
    PORTFOLIO_WORDS,
    ROLE_QUALIFIER,
    SCOPE_WORDS,
    TIME_ZONES,
    TITLE_ABBREVIATIONS,
    TITLE_WORDS,
    WORD,
    body_kind,
    country_words,
    descriptor_words,
    display_name,
    family_name_first,
    family_name_index,
    fits_descriptor,
    holds_noun,
    is_city,
    is_legal_form,
    is_place,
    is_place_name,
    ministry_name,
    name_head,
    name_words,
    normalise_outlet,
    plural_stem,
    possessive_inside,
    role_head,
    role_titles,
    same_name,
    without_located,
)
from ..nlp import is_title_case, prenominal_title, title_case_line
from .cues import is_verb_cue

PRONOUNS = frozenset(
    ["he", "she", "they", "we", "i", "him", "her", "them", "us", "his", "hers", "their", "it"]
)
_NAMED_TYPES = ("PERSON", "ORG", "NORP", "GPE", "WORK_OF_ART", "FAC")
_ROLE_DEPS = ("compound", "amod", "nmod", "det", "poss", "case")
#: words for whoever leads an organisation; any of them finds the holder of another
LEADER_WORDS = frozenset(
    "chief head boss leader governor president chairman chairwoman chair director".split()
)
#: leader words that say no more than that someone leads ("the mine's boss"); the others
#: are titles of their own, and "the governor" is no company's "chief executive" nor "the
#: director" a head of communications
_ANY_LEADER = frozenset("chief head boss leader".split())
#: sources that speak for whoever made them ("a Bloomberg poll shows")
REPORT_NOUNS = frozenset(
    """poll survey report study analysis data datum document record tally calculation
    estimate""".split()
)
#: what an organisation issues and speaks through when the text says whose it is ("final
#: results released by the Electoral Commission", "the mission's preliminary statement")
ISSUED_NOUNS = frozenset(
    """result figure statement estimate count statistic notice release assessment filing
    website decision ruling judgment judgement""".split()
)
_ISSUED_BY = frozenset("by from of".split())
_RELATIVE = frozenset(["who", "which", "that"])
_PERSONAL = frozenset(["he", "she", "him", "her", "his", "hers"])
#: what a personal pronoun says of whom it stands for
_PRONOUN_GENDER = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f"}
#: honorifics and role words that say whether a person is a man or a woman
_GENDER_WORDS = {
    **dict.fromkeys("mr sir lord spokesman chairman businessman congressman father son "
                    "husband brother widower grandfather dad datuk dato".split(), "m"),
    **dict.fromkeys("mrs ms miss dame lady spokeswoman chairwoman businesswoman "
                    "congresswoman mother daughter wife sister widow grandmother mum gogo "
                    "datin actress".split(), "f"),
}
#: a possessive in a role, after which its words are about another person
_OF_ANOTHER = re.compile(r"\b(?:whose|his|her|their)\b")
#: right before an organisation's name: it is cited for a figure, not the subject
_CITED = re.compile(r"\baccording to\s+(?:[\w-]+\s+){0,3}$", re.I)
#: right before a name: it is someone's relative or partner, in a clause about them
_OWNED_BY_ANOTHER = re.compile(r"\bwhose\s+(?:[a-z]+\s+){1,2}$")
#: right before a lone word: where someone is from or lives
_PLACE_PREPOSITIONS = ("from", "in", "near", "outside")
#: a person's name (or age in brackets) right before the preposition: "Martha Nkosi (71)
#: from Tembisa", not "a call from Zelensky"
_PLACE_BEFORE = re.compile(
    rf"(?:[A-Z][\w'’-]+|\(\d+\)),?\s+(?:{'|'.join(_PLACE_PREPOSITIONS)})\s+$"
)
_GENDER_CUE = re.compile(r"([A-Za-z]+)\.?\s+(?:[A-Z][\w'’-]*\s+){0,2}$")
#: words that join a phrase to what follows, never a portfolio's own ("head of
#: sourcing at ...", "head of the ...")
_LINKING_WORDS = frozenset("at in on to with by from of for the a an or".split())
#: roles that head a portfolio written in lower case after "of" ("head of intelligence")
_PORTFOLIO_HEADS = frozenset(
    "head chief director manager minister secretary commissioner".split()
)
#: text between double quotation marks
_QUOTED = re.compile(r"[\"“”][^\"“”\n]{1,2000}[\"“”]")
#: verbs of speaking that are no attribution's cue: a person named beside their subject
#: ("The company's CEO, Witold Szczęsny, apologised") is who the next "he" is
_SPEAKING = frozenset("apologise apologize speak address thank".split())
#: how far back (characters) "he said" looks for the person who was the subject
SUBJECT_LOOKBACK = 300
#: how far back (characters) "the group" looks for the organisation it stands for
ORG_LOOKBACK = 600
#: how far after "the company" a lead may name it, when nobody was named before
ORG_LOOKAHEAD = 300
#: a mention right after these words is who was spoken to, not who spoke
_AT_PLACE = re.compile(r"\b(?:in|near|at|outside|from|of)\s+$", re.I)
_ADDRESSEE = re.compile(r"\b(?:told|telling|tells|tell|to|with|in|on)\s+(?:the\s+)?$", re.I)
#: a person right after these (and up to three describing words) was spoken to
_SPOKEN_TO = re.compile(
    r"\b(?:told|telling|tells|tell|speaking to|spoke to|talking to|interview with|"
    r"interviewed by)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}$",
    re.I,
)


def entities_from_parse(parse: Any) -> list[Entity]:
    """Group spaCy's PERSON/ORG/... mentions into entities (surnames join full names)."""
    groups: list[dict[str, Any]] = []
    for ent in parse.ents:
        if ent.label_ not in _NAMED_TYPES:
            continue
        name = ent.text.strip()
        if name.lower().startswith("the "):
            name = name[4:]
        if not name:
            continue
        target = None
        for g in groups:
            if g["type"] != ent.label_:
                continue
            words = g["name"].split()
            if name == g["name"] or (
                ent.label_ == "PERSON" and (name == words[-1] or name.split()[-1] == words[-1])
            ):
                target = g
                break
        if target is None:
            target = {"name": name, "type": ent.label_, "mentions": [], "role": None}
            groups.append(target)
        elif len(name) > len(target["name"]):
            target["name"] = name
        target["mentions"].append(Mention(start=ent.start_char, end=ent.end_char, text=ent.text))
        if target["role"] is None and ent.label_ == "PERSON":
            target["role"] = _role_of(ent)
    return [
        Entity(
            id=f"E{i + 1}", name=g["name"], type=g["type"], role=g["role"], mentions=g["mentions"]
        )
        for i, g in enumerate(groups)
    ]


def _role_of(ent: Any) -> str | None:
    """Title words before a person's name, or an apposition after it."""
    doc = ent.doc
    i = ent.start - 1
    while (
        i >= 0
        and doc[i].dep_ in ("compound", "amod", "nmod")
        and doc[i].pos_
        in (
            "PROPN",
            "NOUN",
            "ADJ",
        )
        and doc[i].head.i > i
    ):
        i -= 1
    if i + 1 < ent.start:
        return doc[i + 1 : ent.start].text
    root = ent.root
    for child in root.children:
        if child.dep_ == "appos" and child.i > root.i and child.pos_ == "NOUN":
            ids = [t.i for t in child.subtree]
            text = doc[min(ids) : max(ids) + 1].text.strip(" ,")
            return text or None
    return None


class SpeakerResolver:
    """Resolves sources in text order, remembering the last speakers for pronouns."""

    def __init__(
        self, text: str, entities: Sequence[Entity], sentence_starts: Sequence[int] | None = None
    ) -> None:
        self.text = text
        #: where the parser's sentences begin (None: by the stops in the text)
        self.sentence_starts = sentence_starts
        # a name has a capital and is no time zone: the tagger's "federal department" and
        # "(0000 GMT)" name nobody
        self.entities = [
            e for e in entities
            if any(c.isupper() for c in e.name) and e.name not in TIME_ZONES
        ]
        self._by_id = {e.id: e for e in self.entities}
        self.last: Speaker | None = None
        self.last_end = -1  # where the last source ended
        self.last_person: Speaker | None = None
        self.last_person_at = -1
        self.last_report: Speaker | None = None
        #: the bodies whose press offices spoke, by the office's words ("press service")
        self.press_offices: dict[str, Speaker] = {}
        #: the organisations that have spoken so far: "the company said" is one of them
        self.spoken: set[str] = set()
        #: the names that have spoken so far, with an entity or without one
        self.spoken_names: set[str] = set()
        #: the police force named by its place ("Montreal police"), for a later "police"
        self.force: Speaker | None = None
        #: roles that spoke unnamed ("Spain's interior minister"), for a later "the minister",
        #: with where they spoke
        self.unnamed_roles: list[tuple[Speaker, int]] = []
        # bodies that spoke under a name no entity holds ("the UAE's interior ministry"
        # as the Ministry of Interior), and where
        self.bodies_spoken: list[tuple[Speaker, int]] = []
        #: where an unnamed person last spoke ("a nurse who asked not to be named")
        self.unnamed_at = -1
        self.quoted = [(m.start(), m.end()) for m in _QUOTED.finditer(text)]
        #: the source text of the last speaker
        self.last_phrase = ""
        #: "m" or "f" for the entities a "he" or "she" stood for so far
        self.pronoun_gender: dict[str, str] = {}
        self._genders: dict[str, str | None] = {}  # what :meth:`gender` found, by entity id
        #: who spoke "in a (regulatory) filing" or "in a statement", by the document's noun,
        #: with where that sentence ends, for "the filing said" in the next sentence
        self.documents: dict[str, tuple[Speaker, int]] = {}

    @classmethod
    def of_parse(cls, parse: Any, entities: Sequence[Entity]) -> SpeakerResolver:
        """A resolver for a parsed text, which knows where the parser's sentences begin."""
        return cls(parse.text, entities, [s.start_char for s in parse.sents])

    @cached_property
    def _prose(self) -> str:
        """The text without its lines written in title case (headlines), read once."""
        return "\n".join(line for line in self.text.split("\n") if not title_case_line(line))

    def _sentence_between(self, start: int, end: int) -> bool:
        """A sentence begins after ``start`` and by ``end``."""
        after = self._next_sentence(start)
        return after is not None and after <= end

    def _next_sentence(self, pos: int) -> int | None:
        """Where the first sentence after ``pos`` begins: by the parse's sentences when the
        resolver has them, else after a stop, a question or an exclamation mark before a
        space; None when none does."""
        if self.sentence_starts is not None:
            return next((s for s in self.sentence_starts if s > pos), None)
        stop = _SENTENCE_END.search(self.text, pos)
        return stop.end() if stop is not None else None

    def _entity_at(self, start: int, end: int) -> Entity | None:
        best: Entity | None = None
        best_len = 0
        for ent in self.entities:
            for m in ent.mentions:
                overlap = min(end, m.end) - max(start, m.start)
                if overlap > best_len:
                    best, best_len = ent, overlap
        return best

    def entity_of(self, tok: Any) -> Entity | None:
        """The entity a mention of which holds the token ``tok``."""
        return self._entity_at(tok.idx, tok.idx + len(tok.text))

    def _entity_within(self, start: int, end: int) -> Entity | None:
        best, best_len = None, 0
        for ent in self.entities:
            for m in ent.mentions:
                if start <= m.start and m.end <= end and m.end - m.start > best_len:
                    best, best_len = ent, m.end - m.start
        return best

    @staticmethod
    def _runs_past(ent: Entity, head: Any, start: int, end: int) -> bool:
        """The mention of ``ent`` at ``head`` reaches outside the source span."""
        for m in ent.mentions:
            if m.start <= head.idx < m.end:
                return m.start < start or m.end > end
        return False

    def _entity_named(self, name: str) -> Entity | None:
        """The person or organisation :func:`~presslens.names.same_name` says ``name``
        names, the longest name first ("Sorami" -> "Sorami Motor Corporation")."""
        found = [
            e for e in self.entities
            if e.type in ("PERSON", "ORG") and name_words(name) and same_name(name, e.name)
        ]
        if not found and name[:1].isupper() and not (
            is_given_name(name) or is_city(name) or is_place(name)
        ):
            # a family name written first ("Amamiya" of "Amamiya Kenjiro")
            people = [e for e in self.entities if e.type == "PERSON"]
            k = family_name_index(name, [e.name for e in people])
            found = [people[k]] if k is not None else []
        return max(found, key=lambda e: (len(e.name), -len(e.mentions)), default=None)

    def _speaker_named(self, name: str, written: str = "") -> Speaker:
        """The person or organisation ``name`` names (:meth:`_entity_named`), else a
        speaker by the name as ``written`` (``name`` itself by default)."""
        found = self._entity_named(name)
        return self._speaker(found) if found is not None else Speaker(name=written or name)

    def _entity_by_role(self, head: str, phrase: str = "") -> Entity | None:
        """The person whose role holds the title ``head`` ("the commissioner"); a word for
        whoever leads ("chief", "head", "boss") also finds a governor, president or
        chairman ("Dutch central bank chief" -> the bank's president, named later), and
        one of those titles another of them, but no chief, head, boss or leader ("the
        governor" is no "chief executive"). Of several holders, the one whose role holds
        the other words of ``phrase`` ("the health minister"), else the one who spoke
        last ("Transport minister X told Antena 3 ... the minister said"), else the first
        named."""
        head = head.lower()
        heads = (
            LEADER_WORDS if head in _ANY_LEADER
            else LEADER_WORDS - _ANY_LEADER if head in LEADER_WORDS
            else {head}
        )
        # the very title first ("the governor" is the governor, not the bank's chief)
        people = [ent for ent in self.entities if ent.type == "PERSON"]
        # a leader of what the phrase names over one of something else: "the PST chief"
        # is "the head of the Police Security Service (PST)", not the "Chief of Defence";
        # but the "Chief Executive", whose role names nothing else, stays "the airport
        # chief", and "President Daniel Mutua" "the Kenyan president"
        qualifiers = _role_qualifiers(phrase, head)
        if qualifiers:
            leaders = [ent for ent in people if ent.role and heads & role_titles(ent.role)]
            fitting = [ent for ent in leaders if qualifiers & _role_word_set(ent.role)]
            titled = [ent for ent in leaders if head in role_titles(ent.role or "")]
            if fitting and all(
                not qualifiers & _role_word_set(ent.role)
                and _role_qualifiers(ent.role or "", head)
                for ent in titled
            ):
                return self._one_holder(fitting, phrase)
        for wanted in ({head}, heads):
            holders = [ent for ent in people if ent.role and wanted & role_titles(ent.role)]
            if len(holders) > 1:
                return self._one_holder(holders, phrase)
            if holders:
                return holders[0]
        # "the company", "the union", "the coast guard": an organisation, never a person
        # whose role has the word only as a modifier ("its company secretary", "union
        # spokeswoman", "coast guard spokesman"), though a person may be what the word
        # says ("a producer and director", "a guard and father of three")
        organisation = head in ORGANISATION_NOUNS | INSTITUTION_NOUNS and head not in TITLE_WORDS
        for ent in people:
            # another word of the role, written in lower case: not a word of the name of
            # the organisation the person speaks for ("Coast Guard spokesman" is no
            # "coast guard"), nor of what qualifies the role ("spokeswoman for the
            # department" is no department)
            if not ent.role:
                continue
            words = [
                TITLE_ABBREVIATIONS.get(w.rstrip(".,"), w.rstrip(".,"))
                for w in ROLE_QUALIFIER.split(ent.role, maxsplit=1)[0].split()
            ]
            if heads & {
                w for k, w in enumerate(words)
                if w.islower() and not (
                    organisation and words[k + 1 : k + 2] and words[k + 1] not in ("and", "or")
                )
            }:
                return ent
        return None

    def _name_before_noun(self, head: Any, start: int) -> Speaker | None:
        """The name the source writes before its organisation's noun and the words that
        describe it ("The Filt-Cgil transport union said": Filt-Cgil, not the European
        Union named before), when it names no place, people or person ("the Kenyan
        union", "the Odinga union")."""
        if head.lower_ not in _NAMED_BEFORE_NOUNS:
            return None
        doc = head.doc
        k = head.i - 1
        while k >= 0 and doc[k].idx >= start and doc[k].pos_ == "NOUN" and doc[k].is_lower:
            k -= 1  # "transport"
        names: list[Any] = []
        while k >= 0 and doc[k].idx >= start and (
            (doc[k].pos_ == "PROPN" and doc[k].text[:1].isupper())
            or (doc[k].text == "-" and names)
        ):
            names.insert(0, doc[k])
            k -= 1
        if not names or names[0].text == "-" or any(
            t.ent_type_ not in ("", "ORG") for t in names
        ):
            return None
        name = doc[names[0].i : names[-1].i + 1].text
        if is_place(name) or name.lower() in ORGANISATION_NOUNS:
            return None
        match = self._entity_named(name)
        return self._speaker(match) if match is not None else Speaker(name=name)

    def _one_holder(self, holders: list[Entity], phrase: str) -> Entity:
        """Of several people who hold a title, the one the ``phrase``'s other words name,
        else the last speaker, else the first named."""
        words = {w for w in phrase.lower().split() if w not in ("the", "a", "an")}
        # a deputy or junior holder only where the phrase says so ("the foreign minister"
        # is no "Deputy Foreign Minister")
        full = [ent for ent in holders
                if not (set((ent.role or "").lower().split()) & _JUNIOR_RANKS) - words]
        holders = full or holders
        if len(words) > 1:
            named = [ent for ent in holders if words <= set((ent.role or "").lower().split())]
            if len(named) == 1:
                return named[0]
        last = self.last_person.entity if self.last_person is not None else None
        return next((ent for ent in holders if ent.id == last), holders[0])

    def _holder_closing(self, start: int, end: int) -> Speaker | None:
        """The person named at the end of a source that opens with a title written
        capitalised and what the title is of or for ("Director General of the Port of
        Beirut Hassan Koraytem", "County Executive Committee Member for Health Beatrice
        Nyaga"), as the entities stage found them; None when the source opens with no
        such title, or no person's name ends it."""
        closing = start + len(self.text[start:end].rstrip(" ,"))
        for ent in self.entities:
            if ent.type != "PERSON":
                continue
            for m in ent.mentions:
                named = self.text[m.start : m.end]
                if m.end != closing or m.start <= start or not (
                    named[:1].isupper() and named.split()[0] not in ("The", "A", "An")
                ):
                    continue  # not "A spokesman for the governor", a role's mention
                before = self.text[start : m.start].split()
                if before[:1] == ["the"]:
                    before = before[1:]  # "the Head of Corporate Communications of ..."
                portfolio = next((i for i, w in enumerate(before) if w in ("of", "for")), None)
                # a title written as one, capitalised, before what it is of or for
                title = before[:portfolio] if portfolio else []
                if title and all(w[:1].isupper() for w in title) and any(
                    w.lower() in LEADER_WORDS or w.lower() == "member"
                    or all(_is_title(part) for part in w.split("-"))
                    for w in title
                ):
                    return self._speaker(ent)
        return None

    def _last_named(self, speaker: Speaker, pos: int) -> int:
        """Where the entity of ``speaker`` is named last before ``pos`` (-1 if nowhere)."""
        ent = self._by_id.get(speaker.entity or "")
        return max((m.start for m in ent.mentions if m.start < pos), default=-1) if ent else -1

    def _named_in_apposition(
        self, head: Any, start: int, end: int, people_only: bool = False
    ) -> Speaker | None:
        """The name in apposition to the source's head inside the source ("the mayor, Anouk
        Verhoeven, said"), or, for a title, to the body of its "of" phrase, where the parse
        hangs it ("Spokesperson of the Rivers State Police Command, SP Sotonye Iyala, who
        ..."): the person or organisation it names, else the name as written (a person's
        only with ``people_only``)."""
        titled_of = [
            g for p in head.children if p.dep_ == "prep" and p.lower_ == "of"
            for o in p.children if o.dep_ == "pobj" for g in o.children
        ] if head.lower_ in _APPOSED_TITLES else []
        for c in [*head.children, *titled_of]:
            if c.dep_ != "appos" or c.pos_ != "PROPN" or not start <= c.idx < end:
                continue
            # hung on the body, only a person's name: not its place ("The mayor of
            # Springfield, Illinois"), acronym ("..., CBN,") or another title
            person_only = people_only or c in titled_of
            ent = self.entity_of(c)
            if ent is not None and ent.type in (("PERSON",) if person_only else ("PERSON", "ORG")):
                return self._speaker(ent)
            # the name's own words, not a relative clause's ("..., who told Arise TV"),
            # nor a rank in capitals before them ("SP", "ASP")
            words = [t for t in c.subtree
                     if t.pos_ == "PROPN" and start <= t.idx < end and t.i <= c.i]
            while len(words) > 2 and words[0].lower_ in CAPITAL_TITLES:
                words = words[1:]
            name = " ".join(t.text for t in words)
            found = self._entity_named(name)
            if found is not None and (not person_only or found.type == "PERSON"):
                return self._speaker(found)
            if words and (not person_only or (
                _person_name(name) and not any(_is_title(t.text) for t in words)
                and not is_place_name(name)
            )):
                return Speaker(name=display_name(name))
        return None

    def _first_person_after(self, pos: int) -> Entity | None:
        """The first person named in full within ``DELAYED_LEAD_CHARS`` after ``pos``, not
        one spoken to (a headline's "Dubai Airports CEO: ..." is the chief the lead names)."""
        firsts = [
            (m.start, ent) for ent in self.entities
            if ent.type == "PERSON" and len(ent.name.split()) >= 2
            for m in ent.mentions
            if pos < m.start <= pos + DELAYED_LEAD_CHARS and not self._spoken_to(m.start)
        ]
        return min(firsts, key=lambda f: f[0])[1] if firsts else None

    def _person_before(
        self, pos: int, after: int = -1, in_full: bool = False, pronoun: str = "",
        by_given_name: bool = True,
    ) -> Entity | None:
        """The person mentioned last before ``pos`` (and after ``after``), outside quoted
        text: the "Malawi" of a quote is not who "he" is. ``in_full``: only a person
        named with two words or more; ``pronoun``: only one it can stand for."""
        best: Entity | None = None
        best_pos = after
        for ent in self.entities:
            if not _person_like(ent) or (in_full and " " not in ent.name):
                continue
            if pronoun and not self._fits(ent, pronoun, by_given_name):
                continue
            for m in ent.mentions:
                if (
                    best_pos < m.start < pos
                    and not self._inside_quote(m.start)
                    and not self._spoken_to(m.start)
                    and not self._aside(m)
                ):
                    best, best_pos = ent, m.start
        return best

    def _aside(self, m: Mention) -> bool:
        """A mention that is no one a pronoun or an age stands for: a person named in a
        clause about someone else ("Nurul Aina Hashim, whose husband Mohd Razif Ismail
        died"), or a lone word after "from" or "in", a place the tagger took for a person
        ("Martha Nkosi (71) from Tembisa")."""
        before = self.text[max(0, m.start - 40) : m.start]
        return _OWNED_BY_ANOTHER.search(before) is not None or (
            " " not in m.text and _PLACE_BEFORE.search(before) is not None
        )


    def gender(self, ent: Entity) -> str | None:
        """"m" or "f" when the article says it of the person: an honorific or a gendered
        role word before a mention ("Ms Rini", "spokeswoman Karine Séguin") or in the
        role; None when it does not, or says both. Read once per entity."""
        if ent.id in self._genders:
            return self._genders[ent.id]
        found = {
            _GENDER_WORDS[w]
            # the words before a possessive: "whose husband Taiwo" is of someone else
            for w in _OF_ANOTHER.split((ent.role or "").lower())[0].replace(",", " ").split()
            if w in _GENDER_WORDS
        }
        for m in ent.mentions:
            cue = _GENDER_CUE.search(self.text[max(0, m.start - 40) : m.start])
            if cue is not None and cue.group(1).lower() in _GENDER_WORDS:
                found.add(_GENDER_WORDS[cue.group(1).lower()])
        gender = found.pop() if len(found) == 1 else None
        self._genders[ent.id] = gender
        return gender

    def _name_gender(self, ent: Entity) -> str | None:
        """What the person's given name suggests (:mod:`presslens.given_names`): a guess
        from how the name is borne in many countries, never what the article says."""
        return given_name_gender(self._canonical(ent).name)

    def _fits(
        self, speaker: Speaker | Entity | None, pronoun: str, by_given_name: bool = True
    ) -> bool:
        """Whether "he"/"she" can stand for ``speaker``: a person (not an organisation)
        whose gender, when the article says it (or an earlier pronoun did, or, with
        ``by_given_name``, the given name suggests it), is the pronoun's."""
        if speaker is None:
            return False
        ent = speaker if isinstance(speaker, Entity) else self._by_id.get(speaker.entity or "")
        if ent is None:
            return True  # a name without an entity: nothing says otherwise
        if _outlet_role(ent.role) or normalise_outlet(ent.name) in OUTLETS or (
            ent.mentions and all(_DATELINE_WORD.fullmatch(self.text[m.start : m.end])
                                 for m in ent.mentions)
        ):
            # "news weekly Der Spiegel", a dateline's "BERLIN", whatever the tagger typed
            return False
        if not (
            _person_like(ent)
            or (_person_name(speaker.name) and not is_place(ent.name))
            or (speaker is self.last and _closing_person(self.last_phrase))
        ):
            return False  # "Veltaro"; but "Florian Wendt", the tagger's "Wendt" an ORG
        want = _PRONOUN_GENDER.get(pronoun)
        have = (
            self.gender(ent)
            or self.pronoun_gender.get(ent.id)
            or (self._name_gender(ent) if by_given_name else None)
        )
        return want is None or have is None or want == have

    def _subject_person(self, head: Any, after: int) -> Entity | None:
        """The last person who is a sentence's subject (or named beside a subject who
        speaks) before the pronoun, in its sentence or those of the ``SUBJECT_LOOKBACK``
        characters before, named after ``after`` ("Kamwendo struck a conciliatory tone.
        '...,' he said")."""
        doc = head.doc
        first = head.sent.start
        while first > 0 and doc[first - 1].idx > head.idx - SUBJECT_LOOKBACK:
            first = doc[first - 1].sent.start  # the sentences of a quote in between too
        if first > 0:
            first = doc[first - 1].sent.start
        found: Entity | None = None
        for sent in [doc[first : head.i + 1]]:
            for tok in sent:
                # the subject, or the name in apposition to a subject that speaks ("The
                # company's CEO, Witold Szczęsny, apologised"; not "The victim, Juan
                # Lopez, was taken to hospital", someone the speaker speaks of)
                subject = tok.head if tok.dep_ == "appos" else tok
                if (
                    subject.dep_ in ("nsubj", "nsubjpass")
                    and (subject is tok or is_verb_cue(subject.head)
                         or subject.head.lemma_.lower() in _SPEAKING)
                    and tok.pos_ == "PROPN"
                    and not any(c.dep_ == "case" for c in tok.children)  # "Ilanga's chief"
                    and after < tok.idx < head.idx
                    and not self._inside_quote(tok.idx)
                    and _main_clause(subject)
                ):
                    ent = self.entity_of(tok)
                    if ent is not None and ent.type == "PERSON":
                        full = self._canonical(ent)
                        if len(full.name.split()) >= 2:  # not a lone "Turnout"
                            found = full
        return found

    def _organisation_before(
        self, pos: int, noun: str, end: int = -1, descriptor: str = ""
    ) -> Entity | None:
        """The organisation "the group" / "the foundation" at ``pos`` stands for.

        One whose name holds the noun ("the foundation" -> "Trayvon Martin
        Foundation"), the nearest before, else the nearest after (a lead's "the port
        authority said" names the Montreal Port Authority later). Otherwise, among the
        organisations named in the ``ORG_LOOKBACK`` characters before: one that has
        spoken ("operator Kwena Goldfields said. ... the company said"), then one not
        named as a place ("a plant in Breda": the tagger takes towns for
        organisations), then one that is not who was spoken to ("telling Fox 35"), then
        one not cited for a figure ("according to research firm Kestrel Insights"), then
        the nearest; further back after that. With none before (a lead's "the mine's
        operator said"), the first organisation named in the ``ORG_LOOKAHEAD``
        characters after, outside the source that ends at ``end`` ("The operator, a
        subsidiary of Kronborg": not Kronborg). A news outlet ("MONTREAL (Reuters) -", one
        the article calls an outlet, "regional broadcaster Omroep Brabant", or one spoken
        to, "told ABC Radio") is none of these unless the noun is an outlet's or its name
        holds the noun, nor is a country the tagger typed as an organisation; for
        "police" only a force qualifies ("Victoria Police"). When the ``descriptor`` says
        which organisation ("the state health department", "the coast guard": an
        institution's noun and more), only one whose name holds those words qualifies
        (:func:`~presslens.names.fits_descriptor`), and it counts as named; when none
        does, the words are an epithet ("the spy agency") and the noun decides alone,
        unless they name a ministry's portfolio ("the power ministry" is no other
        ministry).
        """
        best: tuple[int, ...] | None = None
        found: Entity | None = None
        specific = noun in INSTITUTION_NOUNS and len(descriptor_words(descriptor)) > 1
        for ent in self.entities:
            if not _organisation(ent) or (
                (normalise_outlet(ent.name) in OUTLETS or _outlet_role(ent.role))
                and noun not in _OUTLET_NOUNS
            ) or is_place(ent.name):
                # nor an outlet the article calls one ("regional broadcaster Omroep
                # Brabant"), nor a country the tagger took for an organisation
                continue
            fits = specific and fits_descriptor(ent.name, descriptor)
            if specific and not fits:
                continue
            by_name = (
                fits or holds_noun(ent.name, noun)
                # a force by its own word for it ("Guardia Civil", "Carabineros")
                or (noun == "police" and bool(set(name_words(ent.name)) & POLICE_WORDS))
                or (noun == "ministry" and _a_ministry(ent.name))  # "Department of Health"
            )
            exact = by_name or _described_exactly(ent, noun)
            named = exact or self._described_as(ent, noun) or (
                self._written_after_company_noun(ent, noun, pos)
            ) or (noun in _ANY_COMPANY and is_legal_form(ent.name.split()[-1]))
            if noun in _NAMED_ONLY and not named:
                # "police" are a force the article names, no other organisation; "the
                # consortium" one whose name says so, not the bank that leads it; "the
                # ministry" a ministry, not "Kenya Red Cross" named after the minister
                continue
            if not named and _other_kind(ent.name, noun, ent.role):
                continue  # "the miners' union" is no "Zambezi Copper Ltd"
            if noun in _REGULATORS and not named and (
                name_words(ent.name)[-1:] and name_words(ent.name)[-1] in _TRADE_ENDS
            ):
                continue  # "the regulator" is no "Kojimachi Securities"
            # "the Onsan refinery": a refinery's name rather than its owner's, wherever the
            # article writes it, unless no other organisation is named ("the Shell refinery
            # ... the company said")
            facility = not exact and any(
                _facility_after(self.text, n.end) for n in ent.mentions
            ) and not ORGANISATION_NAME_ENDS & set(name_words(ent.name))
            for m in ent.mentions:
                if self.text[max(0, m.start - len(noun) - 8) : m.start].lower().endswith(
                    (f"the {noun}'s ", f"the {noun}’s ")
                ):
                    continue  # "the agency's Propulsion Research Centre": part of the agency
                if line_dateline(self.text, m.start) is not None:
                    continue  # "(Reuters) -": the wire's credit, no agency the story speaks of
                if _MODEL_AFTER.match(self.text, m.end):
                    continue  # "a Boeing 787-9", "an Airbus A320": a product, not its maker
                if m.start < pos:
                    near = m.start >= pos - ORG_LOOKBACK
                    before = self.text[max(0, m.start - 25) : m.start]
                    addressee = _ADDRESSEE.search(before)
                    if addressee is not None and self._spoken_to(m.start) and not (
                        noun in ent.name.lower() or fits
                    ):
                        # "told Australian Broadcasting Corp radio": an outlet, whatever
                        # the parse made its role ("told ABC Radio his company had ...")
                        continue
                    place = _AT_PLACE.search(before)  # "a plant in Breda": a town
                    if (place is not None or facility) and noun in _MEMBER_BODIES and (
                        not named
                    ):
                        continue  # "the city of Ulsan", "the Onsan refinery": no union
                    cited = _CITED.search(self.text[max(0, m.start - 40) : m.start])
                    key: tuple[int, ...] = (
                        # of two an article names as companies, the one that has
                        # spoken ("supplier Minaho Battery Co." named after "Hoshimura
                        # Motor Co." said: "the company said" is still Hoshimura)
                        (3, 1, int(cited is None), int(ent.id in self.spoken), m.start)
                        if named else (
                            int(not facility), int(near), int(ent.id in self.spoken),
                            int(place is None), int(addressee is None), int(cited is None),
                            m.start,
                        )
                    )
                elif self._spoken_to(m.start) or m.start < max(pos + len(noun), end) or (
                    facility
                ):
                    continue
                elif by_name or (exact and not self._sentence_between(pos, m.start)):
                    key = (3, 0, -m.start)
                elif exact:
                    # described so only in a later sentence ("Harborline Health
                    # Distributors, the company that sells the drops"): after any
                    # organisation named before
                    key = (0, 9, -m.start)
                elif m.start <= pos + ORG_LOOKAHEAD and not (
                    noun in _MEMBER_BODIES and not named
                ):
                    # one named later and described only as some company ("research firm
                    # Strategy Analytics" for "the tech giant") stands behind every
                    # organisation named before; a union, a federation or an association
                    # named later says so ("the Onsan refinery" is no "the union")
                    key = (-1, -m.start)
                else:
                    continue
                if best is None or key > best:
                    best, found = key, ent
        if found is None and specific and not (
            # a portfolio says which ministry: "the power ministry" is no Health Ministry
            noun == "ministry" and _names_portfolio(descriptor)
        ):
            # no name holds the words: an epithet for one named before ("the spy agency"
            # after the Central Intelligence Agency), read as the bare noun, but only of an
            # organisation its noun names: "the finance ministry" is no statistics office
            found = self._organisation_before(pos, noun, end)
            if found is not None and noun not in found.name.lower():
                return None
        if found is None and noun in COMPANY_NOUNS:
            return self._mistyped_company_before(pos)
        return found

    def _mistyped_company_before(self, pos: int) -> Entity | None:
        """The company a bare company's noun at ``pos`` stands for when the article names
        no organisation before it: the nearest name in the ``ORG_LOOKBACK`` characters
        before that the tagger typed otherwise and that reads as no person and no place
        ("Seorin Shipping, a tanker operator, ... the company said", the tagger's person;
        "Trailvolt said ... The Manchester-based company said", its place): not a
        known place, no given name in it (a family name may come first: "Amamiya
        Kenjiro"), no gendered word or title before it, no role of a person's, no age or
        relative clause after it ("Tran Van Duc, 41,", "Moana Pahia, who lives near"), not
        who was spoken to and no news outlet; one the article calls a company, else one
        that spoke, and a name typed a person's only when the article calls it a company
        ("Zhang Wei said ... The company said" is no company of Zhang Wei's)."""
        best: tuple[tuple[int, int, int], Entity] | None = None
        for ent in self.entities:
            if ent.type not in _MISTYPED_COMPANY:
                continue
            described = self._called_a_company(ent)
            if (ent.type == "PERSON" and not described) or self._reads_as_no_company(ent):
                continue
            # one the article calls a company, else one that has spoken (not "Likasi was
            # without power", "owners of Kestrel and Aria models")
            spoke = ent.id in self.spoken or ent.name in self.spoken_names
            if not (spoke or described):
                continue
            for m in ent.mentions:
                if pos - ORG_LOOKBACK <= m.start < pos and self._named_as_itself(m):
                    key = (int(described), int(spoke), m.start)
                    if best is None or key > best[0]:
                        best = (key, ent)
        return best[1] if best is not None else None

    def _called_a_company(self, ent: Entity) -> bool:
        """The article calls ``ent`` a company: a company's noun in its role ("Seorin
        Shipping, a tanker operator"), a legal form ending its name ("Ekvik Charging AB"),
        or "it" right after it ("Rheinflug and its pilots' union")."""
        return (ent.role is not None and role_head(ent.role) in COMPANY_NOUNS) or (
            is_legal_form(ent.name.split()[-1])
        ) or any(_ITS_AFTER.match(self.text, m.end) for m in ent.mentions)

    def _reads_as_no_company(self, ent: Entity) -> bool:
        """``ent``'s name or what the article says of it reads as a place's or a person's:
        a known place or city, a given name in it, a gendered word or a person's role, a
        title, an age or a relative clause after it; or as no company's name at all (an
        abbreviation's stop, a digit, a body's noun, an outlet)."""
        words = ent.name.split()
        return _a_place(ent.name) or "." in ent.name or _body_words(ent.name) or any(
            is_given_name(w) or w.lower() in ORGANISATION_NOUNS or _is_title(w)
            or any(c.isdigit() for c in w)
            for w in words
        ) or self.gender(ent) is not None or normalise_outlet(ent.name) in OUTLETS or (
            ent.role is not None and role_head(ent.role) not in ORGANISATION_NOUNS
        ) or any(_PERSON_AFTER.match(self.text, m.end) for m in ent.mentions)

    def _named_as_itself(self, m: Mention) -> bool:
        """The mention names the company itself: not who was spoken to, not a wire's
        dateline credit, not a product's model ("Aoi e7"), not a place after "in", "at",
        "near" or "of", nor a name used as a word for something else ("the Aria
        hatchback", "the Wiri fuel terminal")."""
        before = self.text[max(0, m.start - 25) : m.start]
        return not (
            self._spoken_to(m.start)
            or line_dateline(self.text, m.start) is not None
            or _MODEL_AFTER.match(self.text, m.end)
            or _AT_PLACE.search(before)
            or (_NAME_AS_MODIFIER.match(self.text, m.end)
                and before.lower().endswith(("the ", "a ", "an ")))
        )

    def _written_after_company_noun(self, ent: Entity, noun: str, pos: int) -> bool:
        """For a company's noun, ``ent`` is named before ``pos`` right after a company's noun
        the tagger left out of its role ("Indian start-up Kalpa Aerospace"); not after the
        noun's possessive ("the company's Halo Fit 3": the company's product)."""
        if noun not in COMPANY_NOUNS:
            return False
        return any(
            m.start < pos
            and (words := self.text[max(0, m.start - 30) : m.start].split())
            and not words[-1].lower().endswith(("'s", "’s", "s'", "s’"))
            and _company_of_kind(plural_stem(words[-1].lower()), noun)
            for m in ent.mentions
        )

    @staticmethod
    def _described_as(ent: Entity, noun: str) -> bool:
        """The article's apposition or title for ``ent`` ("Constructora Andina de Puentes,
        a Bogotá-based firm"; "Dutch airline Hollandia Air") ends in ``noun``, or one of
        them is a word for any company and the other a company's noun ("the company" is
        that firm; "the automaker" is no "airbag supplier")."""
        head = plural_stem(role_head(ent.role))
        return bool(head) and _company_of_kind(head, noun)

    def _still_speaking(self, pos: int, noun: str) -> Speaker | None:
        """The organisation that spoke in the sentence before, when a bare "the <noun>"
        at ``pos`` goes on with it ("..., the CDC said. ..., the agency added"): one whose
        name holds the noun or no organisation's noun at all (not "Police said. The
        company said")."""
        last = self.last
        if last is None or pos - self.last_end > _STILL_SPEAKING:
            return None
        if last.entity is None and last.name != ANONYMOUS and (
            last.name.split()[-1].lower() == noun
        ) and not possessive_inside(last.name):
            # "the state civil protection agency said ... the agency added", "the official
            # Xinhua news agency said ... the agency said"; not a description of one the
            # article names ("the EU's law enforcement agency": Europol)
            return last
        if last.entity is None:
            # a name the tagger missed ("Météo-France, the national weather service,
            # said ... The agency said"): capitalised words no person's name is made of,
            # not a description ("the EU's law enforcement agency")
            words = last.name.split()
            if last.name == ANONYMOUS or _person_name(last.name) or last.role == last.name or (
                words[-1].lower() in TITLE_WORDS or words[-1].lower() in LEADER_WORDS
            ) or not all(w[:1].isupper() or w.lower() in NAME_GLUE for w in words):
                return None  # nor "The President said ... The agency said"
            name, role = last.name, last.role
        else:
            ent = self._by_id.get(last.entity)
            if ent is None or ent.type != "ORG":
                return None
            name, role = ent.name, ent.role
        nouns = {w.lower() for w in name.split()} & _ORGANISATION_WORDS
        if noun == "police" and "police" not in nouns and (
            role_head(role) in COMPANY_NOUNS or set(name_words(name)) & LEGAL_FORMS
            or role_head(self.last_phrase) in COMPANY_NOUNS
        ):
            # "Crop insurer Calvère Assurances said ... police said", "The company said
            # ... police said": no company
            return None
        if noun not in nouns and _other_kind(name, noun, role):
            return None  # "Zorvia, a payments company, said ... the ministry said"
        # "the agency" goes on with any public body of that kind ("The ILT said ... the
        # agency said": an inspectorate)
        return last if not nouns or noun in nouns or (
            noun == "agency" and bool(nouns & _AGENCIES)
        ) else None

    def _member_of(self, head: Any, start: int, end: int) -> Speaker | None:
        """Observers, monitors or a mission "from" an organisation speak for it
        ("Observers from the Southern African Development Community (SADC) said"), and so
        do its analysts, researchers, campaigners, experts or scientists, "at", "from" or
        "of" it or by its possessive ("Analysts at Bankhaus Sommer", "Campaigners from the
        group Salvati Somesul", "Lanternfish's researchers"); never its officials, sources
        or members ("Members of Congress"), who are unnamed people (CONVENTIONS.md), nor
        a place's ("Experts at Nairobi")."""
        if head.lower_ not in _MEMBERS and head.lower_ not in _ITS_PEOPLE:
            return None
        preps = ("from",) if head.lower_ in _MEMBERS else ("from", "at", "of")
        objects = [obj for prep in head.children
                   if prep.dep_ == "prep" and prep.lower_ in preps for obj in prep.children]
        if head.lower_ in _ITS_PEOPLE:
            objects += [c for c in head.children if c.dep_ == "poss"]
        for obj in objects:
            # the organisation, or the one a word for it is in apposition with ("the
            # group Salvati Somesul")
            for tok in (obj, *(c for c in obj.children if c.dep_ in ("appos", "compound"))):
                ent = self.entity_of(tok) if start <= tok.idx < end else None
                if ent is not None and ent.type == "ORG" and not is_place_name(ent.name) and (
                    name_head(ent.name) not in _FACILITIES
                ):
                    return self._speaker(ent)
        return None

    def _named_later(self, head: Any, start: int, end: int) -> Entity | None:
        """The person a lead's role stands for, named just after it ("The head of the
        Dutch central bank has warned ... / Joost Hazelhoff, who ..."): the source is a
        role (a title or leader word, not an unnamed "official") said before anyone is
        named, and the first person named after its sentence (not spoken to) comes
        within ``DELAYED_LEAD_CHARS``."""
        word = head.lemma_.lower()
        # "Norway's top security official": one post, whoever holds it, not an unnamed
        # official
        top = word == "official" and any(c.lower_ == "top" for c in head.children) and any(
            c.dep_ == "poss" for c in head.children
        )
        if (word in _GENERIC and not top) or word in ORGANISATION_NOUNS or (
            head.pos_ not in ("NOUN", "PROPN")
        ):
            return None
        if head.tag_ in ("NNS", "NNPS"):
            return None  # "union bosses" are not the one boss named next
        if word not in LEADER_WORDS and word not in TITLE_WORDS and word not in _LEAD_ROLES and (
            not top
        ):
            return None
        before = self._person_before(start)
        best: tuple[int, Entity] | None = None
        best_holds = False
        for ent in self.entities:
            if ent.type != "PERSON" or len(ent.name.split()) < 2 or "'s" in ent.name.replace(
                "’", "'"
            ):
                continue  # "Germany's Handelsblatt" is no person
            first = min(
                (
                    m.start for m in ent.mentions
                    if m.start >= head.sent.end_char and not self._spoken_to(m.start)
                ),
                default=None,
            )
            holds = word in {w.lower() for w in WORD.findall(self._canonical(ent).role or "")}
            # the first named after, or the first whose role holds the word, who may come
            # twice as far ("governor says" in a standfirst: the "regional governor" three
            # paragraphs on, not the fire service's spokesman named before him)
            if first is not None and first - end <= DELAYED_LEAD_CHARS * (1 + holds) and (
                best is None or (holds, -first) > (best_holds, -best[0])
            ):
                best, best_holds = (first, ent), holds
        if best is None or (before is not None and before is not best[1]):
            # someone else was named before: the role may be theirs
            return None
        role = self._canonical(best[1]).role
        if top:
            # "Norway's top security official" is a security post's holder, not the prime
            # minister named next
            kinds = [c.lower_ for c in head.children
                     if c.dep_ in ("compound", "amod") and c.lower_ not in _ANY_POST]
            words = {w.lower() for w in WORD.findall(role or "")}
            if not words or (kinds and not any(plural_stem(k) in words or k in words
                                               for k in kinds)):
                return None
        if role and word in TITLE_WORDS and word not in LEADER_WORDS and (
            word not in {w.lower() for w in WORD.findall(role)}
        ):
            return None  # "Kenya's education minister" is no "county health executive"
        return best[1]

    def _coordinated(self, head: Any | None, start: int, end: int) -> Speaker | None:
        """The named partner of a coordinated source ("Grassley and Mr. Leahy")."""
        if head is None:
            return None
        for conj in head.children:
            if conj.dep_ == "conj" and start <= conj.idx < end and conj.pos_ == "PROPN":
                ent = self.entity_of(conj)
                if ent is not None and ent.type == "PERSON":
                    return self._speaker(ent)
        return None

    def _titles_coordinated(self, head: Any, start: int, end: int) -> Speaker | None:
        """The person of two titles joined before the name ("Norbridge president and CEO
        Derek Mahoney", which the parser reads as "president" and "CEO Derek Mahoney"); not
        a title and another person ("the president and Derek Mahoney", "the prime minister
        and President Emmanuel Macron")."""
        if head.lower_ not in TITLE_WORDS or any(c.dep_ == "det" for c in head.children):
            return None  # "the prime minister and President Emmanuel Macron": two people
        for conj in head.children:
            if conj.dep_ == "conj" and start <= conj.idx < end and conj.pos_ == "PROPN" and any(
                c.dep_ == "compound" and c.lower_ in TITLE_WORDS for c in conj.lefts
            ):
                ent = self.entity_of(conj)
                if ent is not None and ent.type == "PERSON":
                    return self._speaker(ent)
        return None

    def _report_speaker(self, head: Any, start: int, end: int) -> Speaker:
        """Who speaks through a poll, survey or report: the organisation named in it ("A
        Bloomberg poll shows", "the IMF report"), else the one that issued it ("data
        published by the Health Protection Surveillance Centre"), else the one behind
        the last report named before ("the poll", "the study"), else ``anonymous``."""
        names = [
            t for t in head.subtree
            if start <= t.idx < end and t.i < head.i and t.text[0].isupper()
            and (t.pos_ == "PROPN" or (t.text.isupper() and len(t.text) > 1))  # "AIU records"
        ]  # fmt: skip
        if names:
            lo, hi = names[0].idx, names[-1].idx + len(names[-1].text)
            ent = self._entity_at(lo, hi)
            whole = ent is not None and any(
                m.start <= lo and hi <= m.end for m in ent.mentions
            )  # an entity for part of "Reuters/Ipsos" is not the pollster
            speaker = (
                self._speaker(ent)
                if ent is not None and whole and ent.type in ("ORG", "PERSON", "GPE")
                else Speaker(name=self.text[lo:hi])
            )
            self.last_report = speaker
            return speaker
        issuer = self._issuer(head, start, end)  # "data published by the Centre"
        if issuer is not None:
            self.last_report = issuer
            return issuer
        return self.last_report or Speaker(name=ANONYMOUS)

    def _issuer(self, head: Any, start: int, end: int) -> Speaker | None:
        """Whose statement, figures or notice ``head`` is, when the source says so: an
        owner ("the mission's statement", "SABC's figures") or an agent ("results
        released by the Malawi Electoral Commission", "an estimate from the Treasury")."""
        for child in head.children:
            if child.dep_ == "poss":
                found = self._organisation_named(child, start)
                if found is None and child.lower_ in ("its", "their"):
                    # "according to its filings": the body its sentence, or the one
                    # before, is about
                    found = self._subject_organisation(head)
                if found is not None:
                    return found
        for child in head.children:
            preps = [child] if child.dep_ == "prep" else [
                p for p in child.children if child.dep_ == "acl" and p.dep_ in ("agent", "prep")
            ]
            for prep in preps:
                if prep.lower_ not in _ISSUED_BY:
                    continue
                for obj in prep.children:
                    if obj.dep_ == "pobj" and start <= obj.idx:  # may end past the span
                        found = self._organisation_named(obj, start)
                        if found is not None:
                            return found
        for child in head.children:
            # "a notice posted on the Consumer Product Safety Commission's website", "a
            # statement on the ministry's website": the site's owner
            preps = [child] if child.dep_ == "prep" else [
                p for p in child.children if child.dep_ == "acl" and p.dep_ == "prep"
            ]
            for prep in preps:
                if prep.lower_ != "on":
                    continue
                for site in prep.children:
                    if site.dep_ != "pobj" or site.lemma_.lower() not in _SITES:
                        continue
                    for owner in site.children:
                        if owner.dep_ == "poss" and owner.pos_ in ("PROPN", "NOUN"):
                            found = self._organisation_named(owner, start)
                            if found is not None:
                                return found
        for child in head.children:
            # "Home Office figures", "UNHCR data": an organisation named before the noun
            # (not "Black Friday figures from Adobe", a day)
            ent = self.entity_of(child) if child.dep_ == "compound" and child.i < head.i else None
            if ent is not None and ent.type == "ORG":
                return self._speaker(ent)
            if (
                ent is None and child.dep_ == "compound" and child.i < head.i
                and child.pos_ == "PROPN" and child.text[:1].isupper()
                and child.lower_ in ORGANISATION_NOUNS | INSTITUTION_NOUNS | POLICE_WORDS
            ):
                # "a Hellenic Police statement", where the tagger found no organisation:
                # the body by the capitalised words that name it
                words = [t for t in child.subtree if t.i <= child.i]
                if len(words) > 1 and all(
                    t.text[:1].isupper() or t.lower_ in NAME_GLUE for t in words
                ):
                    return Speaker(name=head.doc[words[0].i : child.i + 1].text)
        for child in head.children:
            # "interior ministry figures", "central bank data", "company filings": the
            # organisation the description is of, as "the interior ministry" would be
            if (
                child.dep_ == "compound" and child.i < head.i and child.is_lower
                and child.lemma_.lower() in ORGANISATION_NOUNS | INSTITUTION_NOUNS
            ):
                words = head.doc[child.left_edge.i : child.i + 1].text
                return self._organisation_speaker(
                    start, child.lemma_.lower(), end, f"the {words}"
                )
        # "figures the minister gave the paper", "data Europol released" (a clause the
        # parser may not hang on the noun): who gave them
        giver = _GIVEN_BY.match(self.text, head.idx + len(head.text))
        if giver is not None:
            words = giver.group(1).split()
            if words[0] in ("the", "The") and words[1].islower():
                holder = self._entity_by_role(words[-1])
                if holder is not None and holder.type == "PERSON":
                    return self._speaker(holder)
                return None
            named = self._entity_named(" ".join(words))
            return self._speaker(named) if named is not None else None
        return None

    def _organisation_named(self, tok: Any, start: int) -> Speaker | None:
        """The organisation or person the noun phrase headed by ``tok`` names: its
        entity, or for an organisation's noun ("the mission") the one it stands for."""
        ent = self.entity_of(tok)
        if ent is not None and ent.type in ("ORG", "PERSON"):
            return self._speaker(ent)
        if tok.lower_ == "its":
            # "according to its filings": the organisation "it" is, the subject of this
            # sentence or the one before ("Kalpa has raised ... according to its filings";
            # not the World Bank of "Kenya has asked the World Bank for help. According to
            # its own figures")
            return self._subject_organisation(tok)
        if tok.pos_ == "PROPN" and tok.text[:1].isupper():
            # a name the tagger did not find ("the Health Protection Surveillance Centre")
            words = [t for t in tok.subtree if t.i <= tok.i and t.pos_ == "PROPN"]
            # or a short form of one it did ("a statement from Metro": Metro de Santiago)
            named = self._entity_named(_name_text(words))
            if named is not None:
                return self._speaker(named)
            if len(words) >= 2:
                return Speaker(name=_name_text(words))
        noun = tok.lemma_.lower()
        if tok.pos_ == "NOUN" and (noun in ORGANISATION_NOUNS or noun in _MEMBERS):
            # with the words that say which ("figures from Italy's interior ministry": no
            # other ministry, nor the agency named before)
            phrase = self.text[min(t.idx for t in tok.subtree) : tok.idx + len(tok.text)]
            found = self._organisation_speaker(start, noun, descriptor=phrase)
            owner = OWNER.match(phrase)
            if found is None and owner is not None and is_place(owner.group(1)):
                # a country's body the article names no further: as written
                return Speaker(name=re.sub(r"^[Tt]he ", "", phrase))
            return found
        return None

    def _organisation_speaker(
        self, pos: int, noun: str, end: int = -1, descriptor: str = ""
    ) -> Speaker | None:
        """Who "the <noun>" at ``pos`` is (:meth:`_organisation_before`); for "the
        ministry" with no ministry named before it, the ministry of the minister named
        before by portfolio (:meth:`_ministry_of_minister`), if any, unless the description
        names a portfolio of its own ("the federal power ministry" after the state energy
        minister)."""
        org = self._organisation_before(pos, noun, end, descriptor)
        if noun == "ministry" and (org is None or not self._named_before(org, pos)) and not (
            _names_portfolio(descriptor)
        ):
            ministry = self._ministry_of_minister(pos)
            if ministry is not None:
                return ministry
        return self._speaker(org) if org is not None else None

    def _subject_organisation(self, tok: Any) -> Speaker | None:
        """The organisation that is the main subject of ``tok``'s sentence, else of the
        sentence before; None when that subject is no organisation."""
        sent = tok.sent
        sents = [sent] + ([tok.doc[sent.start - 1].sent] if sent.start > 0 else [])
        for s in sents:
            subject = next((c for c in s.root.children if c.dep_ in ("nsubj", "nsubjpass")),
                           None)
            if subject is None or subject.i > tok.i:
                continue
            ent = self.entity_of(subject) or (  # "Kalpa" for "Kalpa Aerospace"
                self._entity_named(subject.text) if subject.pos_ == "PROPN" else None
            )
            noun = subject.lemma_.lower()
            if ent is None and subject.pos_ == "NOUN" and (
                noun in COMPANY_NOUNS | ORGANISATION_NOUNS or (
                    # a body's noun alone ("The brigade has attended 171 fires"), not one
                    # the words around say more of ("The intensive care unit at Kenyatta
                    # hospital", "The hospital's burns unit")
                    noun in INSTITUTION_NOUNS
                    and all(c.dep_ == "det" for c in subject.children)
                )
            ):
                # "The company won the contract, according to its filings", "The brigade
                # has attended 171 fires, according to its figures": the company, the
                # brigade, that "the company" or "the brigade" is
                return self._organisation_speaker(subject.idx, noun)
            return self._speaker(ent) if ent is not None and _organisation(ent) else None
        return None

    def _subject_before(self, tok: Any) -> Speaker | None:
        """The organisation named as the main subject of the sentence before ``tok``'s,
        when that sentence comes after the last speaker's source and no organisation
        spoke last (a person, or no one: "Unite said ... Harlow Motors employs 3,000
        people. It said ..." is still Unite); else None."""
        sent = tok.sent
        if sent.start == 0 or not self._no_body_spoke_last():
            return None
        prev = tok.doc[sent.start - 1].sent
        if prev.start_char < self.last_end:
            return None
        subject = next((c for c in prev.root.children if c.dep_ in ("nsubj", "nsubjpass")),
                       None)
        ent = self.entity_of(subject) if subject is not None else None
        return self._speaker(ent) if ent is not None and _organisation(ent) else None

    def _no_body_spoke_last(self) -> bool:
        """No one has spoken yet, or the last speaker is unnamed or a person."""
        last = self.last
        if last is None or last.name == ANONYMOUS:
            return True
        ent = self._by_id.get(last.entity or "")
        return ent.type == "PERSON" if ent is not None else _person_name(last.name)

    @staticmethod
    def _named_before(ent: Entity, pos: int) -> bool:
        return any(m.start < pos for m in ent.mentions)

    def _ministry_of_minister(self, pos: int) -> Speaker | None:
        """"The ministry" where no ministry is named before ``pos`` but a minister is, by
        title and portfolio ("Minister of Electricity, Water and Renewable Energy Dr.
        Khaled Al-Fadhli ... a statement from the ministry"): that minister's ministry, not
        one named later ("with the support of the Ministry of Defense")."""
        person = self._person_before(pos)
        role = self._canonical(person).role if person is not None else None
        if person is not None and role == "Minister":
            # the portfolio the tagger cut from the title ("Science and [ICT] Minister")
            titled = (_TITLED_MINISTER.search(self.text, max(0, m.start - 80), m.start)
                      for m in person.mentions)
            role = next((t.group(1) for t in titled if t is not None), role)
        found = _MINISTER_OF.fullmatch(role or "")
        if found is None and role and role.endswith(" Minister"):
            # "Land and Environment Minister": the ministry its portfolio names
            portfolio = role.removesuffix(" Minister")
            named = ministry_name(portfolio + " ministry")
            if named is None and _written_portfolio(portfolio):
                # "Science and ICT Minister": the portfolio as the title writes it
                named = f"Ministry of {portfolio}"
            return Speaker(name=named) if named is not None else None
        if found is None or is_place(found.group(1)):
            return None  # "Chief Minister of Sabah" heads no ministry of Sabah
        return Speaker(name=f"Ministry of {found.group(1)}")

    def _canonical(self, ent: Entity) -> Entity:
        """A one-word entity ("Mariano", "IMF") that is a fuller one's surname or acronym."""
        if " " in ent.name:
            return ent
        for other in self.entities:
            words = other.name.split()
            if other is ent or len(words) < 2:
                continue
            if (
                other.type == "PERSON"
                and ent.type in ("PERSON", "ORG", "")
                and (words[-1] == ent.name)
            ):
                return other
            initials = "".join(w[0] for w in words if w[:1].isupper())
            if ent.name.isupper() and initials == ent.name:
                return other
        return ent

    def _speaker(self, ent: Entity) -> Speaker:
        ent = self._canonical(ent)
        role = ent.role or next(
            (e.role for e in self.entities if e.name == ent.name and e.role), None
        )
        # "the Health Ministry": the Ministry of Health, as outlets' "health ministry" is
        # called (a name that says more, "Dutch Finance Ministry", stays as written)
        name = (ministry_name(ent.name) if ent.type == "ORG" else None) or ent.name
        return Speaker(name=name, role=role, entity=ent.id)

    def resolve(self, source: tuple[int, int] | None, head: Any | None = None) -> Speaker | None:
        """The speaker for the source span ``source`` whose head token is ``head``."""
        if source is None:
            return None
        start, end = source
        phrase = self.text[start:end]
        speaker = self._resolve(start, end, phrase, head)
        if speaker.name == ANONYMOUS:
            named = _name_before_description(phrase)
            if named is not None:
                # "Stefano Dell'Oro, a spokesman for the service, told ...", a person the
                # tagger missed: the name, not the unnamed spokesman of its description
                speaker = Speaker(name=display_name(named))
        if speaker.entity is None and speaker.role is not None and speaker.role == speaker.name:
            # "The governor of Luanda, Maria Quintas Mbemba, who visited the site, told":
            # the one person set off after the title, where the parser hung the name
            # elsewhere ("governor of Luanda and Mbemba")
            set_off = {e.id: (e, m.start) for e in self.entities if e.type == "PERSON"
                       for m in e.mentions
                       if start < m.start and m.end <= end
                       and self.text[m.start - 2 : m.start] == ", "
                       and self.text[m.end : m.end + 1] in (",", "")}
            if len(set_off) == 1:
                ((person, at),) = set_off.values()
                title = re.sub(r"^[Tt]he ", "", self.text[start : at - 2])
                speaker = self._speaker(person)
                speaker.role = speaker.role or title
        if speaker.entity is None and phrase[:1].islower() and self.text[end : end + 1] == " ":
            # "according to national statistics office CBS", where the parser hung the
            # name elsewhere: the organisation named right after its description
            after = next((e for e in self.entities if e.type == "ORG" and any(
                m.start == end + 1 for m in e.mentions)), None)
            if after is not None:
                speaker = self._speaker(after)
        given = _NAME_GIVEN.match(self.text, end)
        if given is not None and (
            (speaker.entity is None and phrase[:1].islower())
            or phrase.lower().startswith(("the ", "a ", "an ", "one "))
        ):
            # "a community leader, who gave his name only as Chief Ogbonda, told ...":
            # the name the source gave
            speaker = Speaker(name=display_name(given.group(1)))
        stop = self.text.find(". ", end)
        stop = stop if stop != -1 else len(self.text)
        unnamed = speaker.entity is None and speaker.role is not None and (
            speaker.role == speaker.name
        )
        if unnamed and self._asks_anonymity(end, stop):
            # "the elder said by phone, speaking on condition of anonymity": no role holder
            # the story may name, one unnamed person
            speaker = Speaker(name=ANONYMOUS)
            self.unnamed_at = start
        if speaker.name != ANONYMOUS:
            # "said in a statement" after the source in its sentence
            for m in _IN_DOCUMENT.finditer(self.text, end, stop):
                self.documents[(m.group(1) or m.group(2)).lower()] = (speaker, stop)
            # "In a recall notice posted Tuesday, the department said": a document that opens
            # the sentence, when no other source spoke before this one in it, and not
            # another's ("In a report by Amnesty International, ...")
            opening = head.sent.start_char if head is not None else start
            lead = _OPENING_DOCUMENT.match(self.text, opening, start)
            if lead is not None and not self.last_end > opening:
                self.documents[lead.group(1).lower()] = (speaker, stop)
        noun = phrase.lower().strip().removeprefix("the ")
        if noun in self.documents and self.documents[noun][0] is speaker:
            self.documents[noun] = (speaker, stop)  # "the filing" again in the next one
        elif (
            head is not None and speaker.name != ANONYMOUS
            and head.lemma_.lower() in _DOCUMENT_NOUNS and head.text.islower()
        ):
            # "according to a statement from the ministry. ... The statement added"
            self.documents[head.lemma_.lower()] = (speaker, stop)
        self.last = speaker
        self.last_end = end
        self.last_phrase = phrase
        gender = _PRONOUN_GENDER.get(phrase.strip().lower())
        if gender and speaker.entity is not None:
            self.pronoun_gender.setdefault(speaker.entity, gender)
        if (
            speaker.name == ANONYMOUS
            and head is not None
            and head.tag_ == "NN"
            and _UNNAMED_PERSON.match(phrase)
        ):
            self.unnamed_at = start
        if speaker.entity is None and speaker.role is not None and speaker.role == speaker.name:
            self.unnamed_roles.append((speaker, start))
        elif speaker.entity is None and set(name_words(speaker.name)) & INSTITUTION_NOUNS:
            self.bodies_spoken.append((speaker, start))
        self.spoken_names.add(speaker.name)
        if speaker.entity is not None:
            self.spoken.add(speaker.entity)
            ent = self._by_id.get(speaker.entity)
            if ent is not None and _person_like(ent):
                self.last_person = speaker
                self.last_person_at = start
        elif (
            (_KIN.fullmatch(phrase.strip()) and speaker.name != ANONYMOUS)
            or speaker is self.last_person
            or (speaker.role == speaker.name and role_head(speaker.name) in TITLE_WORDS)
            # a person the tagger missed ("Chief Executive Ravindra Wickramasuriya told ...")
            or (speaker.entity is None and speaker.role != speaker.name
                and _person_name(speaker.name))
        ):
            # "his daughter Sinéad", "Spain's interior minister", a name the tagger missed:
            # a person, named or left as a role here; its own words are no new subject
            self.last_person = speaker
            self.last_person_at = end
        return speaker

    def _fuller_name(self, ent: Entity, name: str, start: int, phrase: str) -> str | None:
        """The organisation's name as the source span writes it, when the tagger cut it
        short: at the end ("The National Institute for Public Health and the Environment
        (RIVM)", where it stopped at "and") or at the start ("Emergency Management
        Victoria"); a place or an owner before the name is no part of it ("Kenyan Red
        Cross", "Uganda’s Ministry of Health")."""
        fuller = _proper_phrase(phrase)
        if fuller is None or ent.type != "ORG" or len(fuller) <= len(name):
            return None
        if any(w.lower().rstrip(".") in NAME_PREFIXES for w in fuller.split()[:-1]) and (
            _person_name(display_name(fuller))
        ):
            # "Sinn Féin TD Deirdre Cashman", the tagger's "Cashman" an organisation:
            # a person after a title (not "... Directorate General for Disaster
            # Management", whose "General" is no title)
            return display_name(fuller)
        if fuller.lower().startswith(name.lower()):
            rest = fuller[len(name) :].split()
            if _person_name(name) and rest and rest[0] in ("of", "at", "from"):
                return None  # "Matthijs Verhagen of Fair Cloud Europe": his affiliation
            return fuller
        owner = fuller[: -len(name)].strip().endswith(("'s", "’s"))  # "Uganda’s ..."
        if fuller.lower().endswith(" " + name.lower()) and not owner and not (
            self._place_within(start, start + len(phrase) - len(name))
        ):
            return fuller
        return None

    def _title_holder(self, start: int, end: int) -> Entity | None:
        """The person named at the end of a source that is otherwise a title: capitalised
        words, title words and the "for" / "of" / "and" / "&" inside a title's portfolio, after
        an optional article or owner ("Ireland's Foreign Minister ...", "Minister for
        National Economy ..."), or a role's portfolio in lower case ("Tidewatch head of
        intelligence ...": :func:`_portfolio_at`). Not the person a lower-case role is for
        ("a spokesman for Prime Minister ...", "the family of ...")."""
        written = self.text[start:end]
        # the name ends the source, or the part before its apposition ("Additional
        # Superintendent of Police Faruk Ahmed Sikder, spokesman for the 8 APBn")
        stops = {len(written.rstrip(" ,.")) + start}
        if ", " in written and written.split(", ", 1)[1][:1].islower():
            # a role in apposition, not a name ("Spokesperson for President X, Vincent
            # Magwenya": the spokesperson speaks)
            stops.add(len(written.split(", ")[0]) + start)
        person, stop = next(
            ((e, m.end) for e in self.entities if e.type == "PERSON"
             for m in e.mentions if m.end in stops and start < m.start),
            (None, 0),
        )
        if person is None:
            return None
        mention_start = max(m.start for m in person.mentions if m.end == stop)
        # a bracketed acronym is part of the title ("Athletics Kenya (AK) chief executive")
        words = [w for w in self.text[start:mention_start].replace(",", " ").split()
                 if not (w.startswith("(") and w.endswith(")"))]
        if words and words[0].lower() in ("the", "a", "an"):
            words = words[1:]
        if words and words[0].endswith(("'s", "’s")):
            words = words[1:]  # an owner: "Ireland's"
        # a title with a lower-case portfolio right before the name: "Tidewatch head of
        # intelligence Callum Brodie"
        portfolio = _portfolio_at(words)
        if portfolio is not None:
            words = words[:portfolio]
        posted = next((i for i in range(1, len(words) - 1)
                       if words[i] == "in" and _is_title(words[i - 1])
                       and all(w[:1].isupper() for w in words[i + 1 :])), None)
        if posted is not None and len(words) - posted <= 3:
            words = words[:posted]  # where the title is held: "representative in Bangladesh"
        if not any(_is_title(w) for w in words) and portfolio is None:
            return None
        for i, w in enumerate(words):
            # the role before a lower-case portfolio need not be a title ("head")
            if w[:1].isupper() or _is_title(w) or (portfolio is not None and i == len(words) - 1):
                continue
            inside = 0 < i < len(words) - 1 and words[i - 1][:1].isupper() and (
                words[i + 1][:1].isupper()
            )
            if not (w in ("for", "of", "and", "&") and inside):
                return None
        joins = [i for i, w in enumerate(words) if w in ("for", "of")]
        if joins and not _is_title(words[joins[0] - 1]):
            return None  # "Supporters of President ...": not a title's portfolio
        return person

    def _place_within(self, start: int, end: int) -> bool:
        """A place or nationality ("Kenyan", "Germany's") is named in ``start:end``."""
        return any(
            e.type in ("GPE", "NORP", "LOC") and any(start <= m.start < end for m in e.mentions)
            for e in self.entities
        )

    def _repeated_role(self, lower: str, title: str) -> Speaker | None:
        """The unnamed role that spoke before, when "the <title>" (``lower``) repeats it
        with no named person speaking since ("Spain's interior minister has warned ... the
        minister said"), rather than someone named after it."""
        words = lower.split()
        if title not in TITLE_WORDS or words[:1] != ["the"]:
            return None
        for role, at in reversed(self.unnamed_roles):
            if (
                title in role_titles(role.name)
                and (role is self.last_person or at > self.last_person_at)
                and set(words[1:]) <= set(role.name.lower().split())
            ):
                return role
        return None

    def _place_owner(self, start: int, phrase: str) -> bool:
        """The source opens with a place that owns it ("Spain's interior minister")."""
        owner = OWNER.match(phrase)
        return owner is not None and self._place_within(start, start + owner.end(1))

    def _spoken_to(self, pos: int) -> bool:
        """The mention at ``pos`` is who was spoken to ("told regional broadcaster X")."""
        return _SPOKEN_TO.search(self.text[max(0, pos - 60) : pos]) is not None

    def _written_as_name(self, word: str, prose_only: bool = False) -> bool:
        """The article capitalises ``word`` inside a sentence, after a word in lower case
        and before none capitalised, and never writes it in lower case: a name ("US cloud
        firm Cirrion"), not "Police", "Local Officials" or "Doctors Without Borders".
        With ``prose_only``, the capitalised word must stand outside lines written in
        title case ("Flood Aid Slow to Arrive for Many, Charity Says")."""
        alone = rf"(?<![\w'’])[a-z][\w'’-]*,?\s+{re.escape(word)}\b(?!\s+[A-Z])"
        return (
            re.search(alone, self._prose if prose_only else self.text) is not None
            and re.search(rf"\b{re.escape(word.lower())}\b", self.text) is None
        )

    def _asks_anonymity(self, end: int, stop: int) -> bool:
        """The source that ends at ``end`` asks not to be named: "..., who asked not to be
        named," right after it, or "speaking on condition of anonymity" later in its
        sentence (before ``stop``) and not inside a clause about someone else ("the
        official, who spoke on condition of anonymity")."""
        if _WHO_ANONYMOUS.match(self.text, end):
            return True
        found = _SPEAKING_ANONYMOUSLY.search(self.text, end, stop)
        return found is not None and not re.search(
            r"\b(?:who|that|which)\b", self.text[end : found.start()]
        )

    def _headline_description(self, start: int, phrase: str, doc: Any) -> bool:
        """``phrase`` at ``start`` is words a title-case headline capitalises that the
        article writes in lower case below ("Local Elder Says"), none a title or an
        organisation's noun: a description of someone unnamed, no name."""
        line_end = self.text.find("\n")
        words = phrase.split()
        body = self.text[line_end:]
        return (
            0 <= start < line_end
            and bool(words)
            and all(w.isalpha() and w[:1].isupper() and not w.isupper() for w in words)
            and not any(w.lower() in _DESCRIPTION_STOPS for w in words)
            and all(re.search(rf"\b{w.lower()}\b", body) for w in words)
            # "..., May Says": a name the article gives someone ("Theresa May")
            and not any(w in e.name.split() for e in self.entities for w in words)
            and is_title_case([t for t in doc if t.idx < line_end])
        )

    def _personal(
        self, start: int, pronoun: str, head: Any | None, by_given_name: bool
    ) -> Speaker | None:
        """Who "he" or "she" is: a person who became the subject after the last one who
        spoke, else that speaker, else the person named last; one the pronoun can stand
        for (not an organisation, not "Ms Vogelsang" for "he"); None when no one can."""
        subject = self._subject_person(head, self.last_person_at) if head is not None else None
        if subject is not None and self._fits(subject, pronoun, by_given_name):
            return self._speaker(subject)
        later = self._named_after_body(start, pronoun, by_given_name)
        if later is not None:
            return self._speaker(later)
        if (
            self.last is not None
            and self.last.name != ANONYMOUS
            and self.last.name.split()[-1].lower() not in ORGANISATION_NOUNS
            and self._fits(self.last, pronoun, by_given_name)
        ):
            return self.last  # not "the ... Association" that spoke last
        ent = self._person_before(start, pronoun=pronoun, by_given_name=by_given_name)
        if ent is None and self.last_person is not None and self._fits(
            self.last_person, pronoun, by_given_name
        ):
            return self.last_person
        return self._speaker(ent) if ent is not None else None

    def _named_after_body(self, start: int, pronoun: str, by_given_name: bool) -> Entity | None:
        """When a body spoke last under a name no entity holds, one a body's or a
        government's noun heads: a person the pronoun can stand for named since, in a
        sentence after the body's ("The Valencian regional government said ... In
        Algemesí, Consuelo Sanchis, 71, was scraping mud. '...,' she said"); not one named
        in the body's own sentence ("The county said it had hired Michelle Obi. '...,' he
        said" is the county's)."""
        last = self.last
        if last is None or last.entity is not None or not _body_words(last.name):
            return None
        after = self._next_sentence(self.last_end)
        if after is None or after >= start:
            return None
        return self._person_before(start, after=after - 1, pronoun=pronoun,
                                   by_given_name=by_given_name)

    def _aged(self, pos: int, phrase: str) -> Entity | None:
        """The one person named before ``pos`` with the age ``phrase`` gives, as outlets
        write it after a name ("Singer Amara Nwosu, 27, and her manager ...": "the
        27-year-old" is Nwosu, not the manager named after her)."""
        age = re.search(r"\d+", phrase)
        if age is None:
            return None
        given = re.compile(rf"\s*[,(]\s*(?:aged\s+)?{age.group()}\b(?![.,]?\d)")
        found = {
            ent.id: ent for ent in self.entities if _person_like(ent) and any(
                m.end < pos and given.match(self.text, m.end) for m in ent.mentions
            )
        }
        return next(iter(found.values())) if len(found) == 1 else None

    def _inside_quote(self, pos: int) -> bool:
        return any(lo < pos < hi for lo, hi in self.quoted)

    def _named_then_described(self, start: int, end: int) -> Entity | None:
        """The person a source opens with when a description follows the name after a
        comma ("Koh Min-jae, head of the union branch", "Ana Ruiz, a nurse")."""
        first = start + len(self.text[start:end]) - len(self.text[start:end].lstrip())
        for ent in self.entities:
            for m in ent.mentions:
                if ent.type == "PERSON" and m.start == first and m.end < end and (
                    _DESCRIPTION_AFTER_NAME.match(self.text, m.end, end)
                ):
                    return ent
        return None

    def _resolve(self, start: int, end: int, phrase: str, head: Any | None) -> Speaker:
        lower = phrase.lower().strip()
        if lower in PRONOUNS:
            if lower == "it" and head is not None:
                # "The NCTV has kept the threat level at substantial. It estimates ...":
                # the organisation the sentence before is about, when it is named since
                # the last speaker spoke
                before = self._subject_before(head)
                if before is not None:
                    return before
            if lower in ("they", "them", "we", "us", "it") and self.last is not None:
                return self.last
            if lower in _PERSONAL and self.unnamed_at > self.last_person_at:
                # "a nurse ... said. '...,' she said": the unnamed person again, unless
                # someone named became the subject since
                subject = (
                    self._subject_person(head, self.unnamed_at) if head is not None else None
                )
                return self._speaker(subject) if subject is not None else Speaker(name=ANONYMOUS)
            if lower in _PERSONAL:
                # a given name's gender only chooses between people: when it would leave
                # "she" with no one, the article's own words decide alone ("Glenn Close
                # accepted the award. '...,' she said")
                who = self._personal(start, lower, head, by_given_name=True) or self._personal(
                    start, lower, head, by_given_name=False
                )
                return who if who is not None else Speaker(name=ANONYMOUS)
            if self.last is not None and self.last.name != ANONYMOUS:
                return self.last
            ent = self._person_before(start)
            return self._speaker(ent) if ent is not None else Speaker(name=ANONYMOUS)
        named_first = self._named_then_described(start, end)
        if named_first is not None:
            # "Koh Min-jae, head of the union branch": the person, however the parser hung
            # the description on the name
            return self._speaker(named_first)
        bracketed = _DESCRIBED_ACRONYM.fullmatch(phrase.strip())
        lower_words = re.findall(r"\b[a-z][\w'’-]*", phrase.split("(")[0]) if bracketed else []
        if (
            bracketed is not None and lower_words[-1] in ORGANISATION_NOUNS | INSTITUTION_NOUNS
            # "A senior official at the interior ministry (MOI)": someone in the body
            and not set(lower_words) & {*_PLACE_PREPOSITIONS, "of", "for", "with", "at", "by"}
        ):
            # "the UN refugee agency (UNHCR)": a description, then the body's own name
            return self._speaker_named(bracketed.group(1))
        tally = _OUTLET_COUNT.fullmatch(phrase.strip())
        if tally is not None and normalise_outlet(tally.group(1)) in OUTLETS:
            # "according to an AFP tally", "Reuters calculations": the news organisation,
            # reporting in its own right (CONVENTIONS.md)
            return Speaker(name=normalise_outlet(tally.group(1)))
        described = _OUTLET_DESCRIBED.fullmatch(phrase.strip())
        if described is not None:
            # "The Guardian newspaper said", "Lusa news agency": the outlet, by its name;
            # an unknown one only as one word before "news agency" that is no place or
            # people ("Lusa", not "A Russian news agency"), for "The Vatican newspaper" or
            # "The Army newspaper" name whose paper it is, not the paper
            name, parts = described.group(1), described.group(1).split()
            if normalise_outlet(name) in OUTLETS:
                return Speaker(name=normalise_outlet(name))
            if (
                described.group(2) == "news agency" and len(parts) == 1
                and parts[0][:1].isupper() and parts[0].lower() not in ("a", "an", "the")
                and not is_place(name) and not country_words(name)
                and name.lower() not in COUNTRY_WORDS
            ):
                return Speaker(name=name)
        members = _MEMBERS_BY_INITIALS.fullmatch(phrase.strip())
        if members is not None and f"({members.group(1)})" not in self.text:
            # "MPs said", "Several MEPs": unnamed members (not "Trade Unions (TUs)", a body
            # the article names by its initials)
            return Speaker(name=ANONYMOUS)
        if head is not None and lower in _RELATIVE and head.head.dep_ == "relcl":
            # "Ted Cruz endorses Trump, who says ...": who is the noun the clause is on
            antecedent = head.head.head
            person = antecedent.head.head
            if (
                antecedent.dep_ == "pobj"
                and antecedent.head.lower_ in _PLACE_PREPOSITIONS
                and person.pos_ == "PROPN"
                and (found := self.entity_of(person)) is not None
                and found.type == "PERSON"
                and not any(c.dep_ == "compound" for c in antecedent.children)
            ):
                # "Martha Nkosi (71) from Tembisa, who relies on ...": a lone word after
                # "from" is where she is from; who is the person
                antecedent = person
            elif (
                lower == "who" and antecedent.dep_ == "pobj"
                and antecedent.head.dep_ == "prep"
                and antecedent.head.head.pos_ == "NOUN"
                and antecedent.head.head.dep_ == "appos"
                and (body := self.entity_of(antecedent)) is not None
                and body.type != "PERSON"
                and (whose := self.entity_of(antecedent.head.head.head)) is not None
                and whose.type == "PERSON"
            ):
                # "Karthik Subramanian, an analyst at Wexford Hale Securities, who
                # estimated ...": who is the analyst, not the firm he works at (but
                # "Coastwatch, a project of the Marine Conservation Society, who said" is
                # the society)
                antecedent = antecedent.head.head
            ent = self.entity_of(antecedent)
            if ent is None and antecedent.dep_ == "appos" and antecedent.pos_ == "NOUN":
                # "Aiko Tanabe, a fish trader, who told ...", "Corvex, the payments firm
                # that said ...": the name the description is in apposition to, right
                # before it or with an age between ("Jane Okoro, 34, a nurse who said"),
                # never a place ("Aiko Tanabe of Osaka, a fish trader, who"); a parse may
                # hang the description on a noun further back
                edge = antecedent.left_edge.i
                owner = antecedent.head
                between = owner.doc[owner.i + 1 : edge] if owner.i < edge else []
                if not (
                    owner.pos_ == "PROPN" and owner.ent_type_ not in _PLACE_TYPES
                    and len(between) >= 1 and between[-1].text == ","
                    and all(t.is_punct or t.like_num for t in between)
                ):
                    return Speaker(name=ANONYMOUS)
                antecedent = owner
                ent = self.entity_of(antecedent)
            if ent is None and antecedent.pos_ == "PROPN" and antecedent.text[:1].isupper():
                # a name the tagger missed ("Veltaro, which says ..."): the name as written
                name = _name_text([t for t in antecedent.subtree
                                   if t.i <= antecedent.i and t.pos_ == "PROPN"])
                return self._speaker_named(name, display_name(name))
            if ent is not None:
                return self._speaker(ent)
            if antecedent.pos_ == "NOUN" and antecedent.i > 0 and (
                antecedent.dep_ in _SUBJECTS or _according_to(antecedent)
            ):
                # "The company, which says ...", "according to the interior ministry,
                # which said ...": who the noun phrase it is on stands for, when it is
                # the subject or a source itself (not "a nurse at the clinic who said")
                left = [t for t in antecedent.subtree if t.i <= antecedent.i]
                lo, hi = left[0].idx, antecedent.idx + len(antecedent.text)
                if hi <= start:
                    return self._resolve(lo, hi, self.text[lo:hi], antecedent)
        word = phrase.strip()
        if (
            head is not None and word.isalpha() and word[:1].isupper() and not word.isupper()
            and (
                (head.pos_ == "NOUN" and self._written_as_name(word))
                # an adjective's reading only of a word no list of common words holds,
                # written as a name outside a title-case headline (not "Many", "Local")
                or (head.pos_ == "ADJ" and not head.is_stop
                    and word.lower() not in COUNTRY_WORDS
                    and self._written_as_name(word, prose_only=True))
            )
        ):
            # "Cirrion added that ...", "Alpennetz has put the damage at ...": a word the
            # tagger read as a common noun or an adjective at a sentence's start that the
            # article writes as a name elsewhere (the entity whose mention it is, if any:
            # "Trump says" is the Trump named before)
            named = self.entity_of(head)
            return self._speaker(named) if named is not None else self._speaker_named(word)
        if (
            head is not None and head.pos_ == "NOUN" and head.is_alpha and head.is_upper
            and 2 <= len(head.text) <= 8 and head.text.lower() not in PRONOUNS
            and head.lower_ not in TITLE_WORDS  # "A former CEO said": a role, no body
            and self.entity_of(head) is None  # (an entity's mention goes its own way)
        ):
            # "Paris transport operator RATP said": an acronym the tagger read as a
            # common noun is the body's name; the words before it describe it
            return self._speaker_named(head.text)
        if head is not None and self._headline_description(start, phrase, head.doc):
            # "..., Local Elder Says" in a title-case headline: "local elder", no name
            return Speaker(name=ANONYMOUS)
        title_holder = self._title_holder(start, end)
        if title_holder is not None:
            # "Minister for Foreign Affairs Fiona Brennan", "Government spokesman Colonel
            # Abdullahi Dan Kassoua": the person the title ends in
            return self._speaker(title_holder)
        known = _KNOWN_AS.fullmatch(phrase.strip())
        if known is not None:
            # "The police's Directorate for Priority Crime Investigation, known as the
            # Hawks": the full name; "A ransomware group calling itself NullHarbor": the
            # name it goes by, when nothing before it is a name
            full = _proper_phrase(re.sub(r"^.*?['’]s\s+", "", known.group(1)))
            return self._speaker_named(full or known.group(2))
        if head is not None and head.pos_ == "NOUN":
            # "a ransomware group calling itself NullHarbor" (the parse keeps the clause
            # out of the source span): the name it calls itself
            for c in head.children:
                if c.dep_ == "acl" and c.lemma_.lower() in ("call", "dub", "name"):
                    names = [t for t in c.children
                             if t.dep_ in ("oprd", "attr", "dobj") and t.pos_ == "PROPN"]
                    if names:
                        name = _name_text([t for t in names[0].subtree if t.pos_ == "PROPN"])
                        return self._speaker_named(name, display_name(name))
        closing = self._holder_closing(start, end)
        if closing is not None:
            # "Director General of the Port of Beirut Hassan Koraytem said": the person
            # who holds the title, named after what it is of
            return closing
        tail = _named_tail(phrase)
        if tail is not None:
            # "the head of the SADC mission, former Botswana foreign minister Onkemetse
            # Dikgang"; a misparsed "..., the Midden- en West-Brabant Safety Region"
            return self._speaker_named(tail)
        kin = _KIN.fullmatch(phrase.strip())
        if kin is not None:
            # "his daughter Sinéad", "Moloney's sister, Aoife": her first name and the
            # family's surname, the surname of the person "his" is (named last in full)
            if kin.group(1):
                return Speaker(name=f"{kin.group(2)} {kin.group(1)}")
            relative = self._person_before(start, in_full=True)
            if relative is not None:
                return Speaker(name=f"{kin.group(2)} {relative.name.split()[-1]}")
        document = self.documents.get(lower.removeprefix("the "))
        if document is not None and (
            self.text.find(". ", document[1] + 2, start) == -1
            or (self.last is not None and self.last.name == document[0].name
                and self.text.count(". ", document[1] + 2, start) <= 1)
        ):
            # "the company said in a regulatory filing. ... according to the filing": the
            # next sentence (not "Moderna's filing ... The filing said"), or the one after
            # when no one else spoke between ("X wrote in the memo. Shares rose 4%. ...,
            # the memo said")
            return document[0]
        if head is not None and head.lemma_.lower() in REPORT_NOUNS:
            return self._report_speaker(head, start, end)
        if head is not None and head.lemma_.lower() in ISSUED_NOUNS:
            issuer = self._issuer(head, start, end)
            if issuer is not None:
                return issuer
        if head is not None and _press_office(head):
            # "the press service of the Emergencies Ministry", "the court's press office":
            # the body it speaks for, as its words would be read as a source, and for a
            # later "the press service" the same one
            body = _press_office_body(head)
            office = " ".join(c.lower_ for c in head.children
                              if c.dep_ in ("compound", "amod")) + " " + head.lemma_.lower()
            if body is not None and body.lower_ in ("its", "their"):
                # "its press service": the body that spoke last, not a person
                last = self.last
                body_ent = self._by_id.get(last.entity or "") if last is not None else None
                if last is not None and body_ent is not None and _organisation(body_ent):
                    self.press_offices[office] = last
                    return last
            elif body is not None:
                lo = body.left_edge.idx
                hi = body.idx + len(body.text)
                body_speaker = self._resolve(lo, hi, self.text[lo:hi], body)
                if body_speaker.name == ANONYMOUS:
                    # "the press service of Pulkovo airport": the body as written
                    body_speaker = Speaker(name=_phrase_name(self.text[lo:hi]))
                self.press_offices[office] = body_speaker
                return body_speaker
            if office in self.press_offices:
                return self.press_offices[office]  # "the press service" again
        ent = None
        if head is not None:
            ent = self.entity_of(head)
            if ent is not None and self._runs_past(ent, head, start, end):
                ent = None  # a tagger error such as "King told Die Welt"
        else:  # no parse handle: an entity mentioned inside the source span
            ent = self._entity_within(start, end)
        if head is not None and _national_body(head) and (ent is None or ent.type == "NORP"):
            # "Belgian customs said", "the Portuguese government said", "Italian coast
            # guard said": a country's body, named by its country
            return Speaker(name=_phrase_name(phrase))
        if ent is not None and ent.type == "NORP":
            # "Republicans said", "Mexican officials said": a nationality or a party's
            # members name nobody
            return Speaker(name=ANONYMOUS)
        number = [c for c in head.children if c.dep_ == "nummod" and c.i == head.i + 1] if (
            head is not None and head.text[:1].isupper()) else []
        if ent is None and head is not None and (head.pos_ == "PROPN" or number) and any(
            c.dep_ == "appos" and c.i > head.i and c.pos_ == "NOUN"
            and c.lemma_.lower() in ORGANISATION_NOUNS | COMPANY_NOUNS | INSTITUTION_NOUNS
            for c in head.children
        ):
            # "Svenska kraftnät, the grid operator, said", "Rescue 1122, the provincial
            # emergency service, said": a name the tagger missed, that its apposition
            # calls a body
            first = min(t.i for t in head.subtree if t.i <= head.i and (
                t.i == head.i or (t.dep_ == "compound" and t.pos_ == "PROPN")))
            last = number[0].i if number else head.i
            return Speaker(name=head.doc[first : last + 1].text)
        ending = phrase.split()[-1] if ent is not None and ent.type == "ORG" else ""
        if (
            ent is not None and len(phrase.split()) > 1 and _is_title(ending)
            and not ent.name.endswith(ending)
            # a word of the body's own name ("The Ministry of Justice", a mention of the
            # "Ministry of Justice and Security"), no title
            and ending.lower() not in ent.name.lower().split()
        ):
            # "Dubai Airports CEO: ...", a title the tagger took into the body's name: the
            # one who holds it, named later or before; else no one the body is
            token = head.doc.char_span(end - len(ending), end) if head is not None else None
            holder = (
                self._named_later(token[-1], start, end) if token is not None else None
            ) or self._entity_by_role(ending.rstrip(".")) or (
                self._first_person_after(end) if head is None else None
            )
            if holder is not None and holder.type == "PERSON":
                return self._speaker(holder)
            return Speaker(name=ANONYMOUS)
        if ent is not None and ent.type == "ORG" and _is_title(ent.name.split()[-1]):
            # "The RRRC said", the acronym of a title ("Refugee Relief and Repatriation
            # Commissioner (RRRC) Mohammad ..."): the person who holds it
            holder = next((p for p in self.entities if p.type == "PERSON" and (
                (p.role and ent.name.lower() in p.role.lower())
                # or named right after the title ("... Commissioner (RRRC) Mohammad ...")
                or any(_TITLE_TO_NAME.fullmatch(self.text, t.end, m.start)
                       for t in ent.mentions for m in p.mentions)
            )), None)
            if holder is not None:
                return self._speaker(holder)
        if ent is not None:
            speaker = self._speaker(ent)
            if (
                ent.type == "PERSON"
                and self.last_person is not None
                and self.last_person.name != speaker.name
                and self.last_person.name.split()[-1] == speaker.name.split()[-1]
                and len(display_name(phrase).split()) == 1
            ):
                # "Ms Dunphy" after her father Jimmy Dunphy was named: of two people with
                # one surname, the one who spoke last
                return self.last_person
            fuller = self._fuller_name(ent, speaker.name, start, phrase)
            if fuller is not None:
                speaker = Speaker(name=fuller, role=speaker.role, entity=speaker.entity)
            partner = self._coordinated(head, start, end)
            if partner is not None and not set(name_words(partner.name)) <= set(
                name_words(speaker.name)
            ):  # "Eric Smith and Eric" is one person; "Leeson and Lee" two
                # "Mr. Grassley and Mr. Leahy say": one statement by both
                return Speaker(name=f"{speaker.name} and {partner.name}")
            return speaker
        if head is not None and head.pos_ != "PROPN":
            of_two_titles = self._titles_coordinated(head, start, end)
            if of_two_titles is not None:
                return of_two_titles
            in_apposition = self._named_in_apposition(head, start, end)
            if in_apposition is not None:
                return in_apposition
            named_before = self._name_before_noun(head, start)
            if named_before is not None:
                return named_before
        # a lower-case "ministry" the tagger called a proper noun is a common noun
        has_propn = head is not None and head.pos_ == "PROPN" and not head.text.islower()
        if has_propn and head is not None:
            # "Japan's Sorami": the owner is not part of the name; "Ms Mercy Kalua, a
            # spokeswoman for Mr Nkhata's National Unity Party": nor is an apposition's
            # after a title ("Prof Elaine Tormey of University College Cork") a person is
            # named: what follows "of" is an affiliation, not part of the name
            titled = lower.split()[0].rstrip(".") in NAME_PREFIXES
            owners = {
                t.i for p in head.children
                if (p.dep_ in _NOT_THE_NAME and not _members_in_name(p))
                or (titled and p.dep_ == "prep")
                # "Matthijs Verhagen of Fair Cloud Europe": a person's name before it
                or (p.dep_ == "prep" and p.lower_ in ("of", "at", "from")
                    and _person_name(_name_text([t for t in head.subtree
                                                 if t.pos_ == "PROPN" and t.i < p.i])))
                for t in p.subtree
            }
            propn = [
                t for t in head.subtree
                if start <= t.idx < end and t.pos_ == "PROPN" and t.i not in owners
            ] or [t for t in head.subtree if start <= t.idx < end and t.pos_ == "PROPN"]
            run = _run_at(propn, head)
            owned = [t for t in head.subtree if start <= t.idx < end
                     and (t.pos_ == "PROPN" or t.tag_ == "POS")]
            owned_body = (
                [t.i for t in run] == [head.i] and head.lower_ in _BODY_NOUNS and bool(owners)
                and bool(owned) and owned[0].pos_ == "PROPN" and owned[0].text[:1].isupper()
            )
            if owned_body:
                # "The Zonguldak Chief Public Prosecutor's Office": the owner is the name
                # of a body whose own word alone names no one (not "the company's Board")
                run = _run_at(owned, head)
            name = _name_text(run)
            for e in self.entities:
                if name and (
                    name == e.name
                    or name in e.aliases
                    or (len(name.split()) == 1 and e.name.split()[-1] == name)
                ):
                    return self._speaker(e)
            if owned_body and len(run) > 1:
                return Speaker(name=name)  # not "Zonguldak", a place the tagger took
            if head.lower_ in _APPOSED_TITLES:
                # "Portugal's Secretary of State for Internal Administration, Teresa
                # Magalhães, told reporters": the person in apposition to the title
                in_apposition = self._named_in_apposition(head, start, end, people_only=True)
                if in_apposition is not None:
                    return in_apposition
            if head.lower_ in LEADER_WORDS or head.lower_ in TITLE_WORDS:
                # a headline's "Dutch Central Bank Chief Says ...": who the lead names
                later = self._named_later(head, start, end)
                if later is not None:
                    return self._speaker(later)
            # "Mayor Anouk Verhoeven", "the Electoral Commission", "Sorami": a person
            # or organisation the article names in full
            match = self._entity_named(name)
            if match is not None:
                return self._speaker(match)
            # a capitalised title alone ("Retired General Reveals ..." in a headline)
            holder = self._entity_by_role(name.split()[-1]) if name else None
            if holder is not None and holder.type == "PERSON":
                return self._speaker(holder)
            if not name:
                return Speaker(name=phrase)
            # "Settlement commandant Moses Adriko", a person the tagger did not read as
            # one: the words before the name are the person's role
            title = (
                prenominal_title(head.doc[run[0].i : run[-1].i + 1])
                if _person_name(name) else None
            )
            if title is not None and title not in self.text[start : run[0].idx]:
                title = None  # a title outside the source ("... said commandant X")
            return Speaker(name=display_name(name), role=title)
        head_word = head.lemma_.lower() if head is not None else lower.split()[-1]
        plural = head is not None and head.tag_ in ("NNS", "NNPS")
        # "union bosses" are not the one boss the article names
        ent = None if plural else self._entity_by_role(head_word, lower)
        if ent is not None and not _another_body(lower, ent.role) and not (
            _ANONYMITY.search(lower)  # "..., who spoke on condition of anonymity"
        ):
            return self._speaker(ent)
        earlier = None if plural else self._repeated_role(lower, head_word)
        if earlier is not None:
            return earlier
        if head is not None:
            member_of = self._member_of(head, start, end)
            if member_of is not None:
                return member_of
            named_later = self._named_later(head, start, end)
            if named_later is not None:
                return self._speaker(named_later)
        words = lower.split()
        if _AGED.fullmatch(lower):
            # "the 38-year-old told ...": the person the article gives that age, else the
            # person named last (in full: a lone "Kestrel" may be a car the tagger took for
            # a person)
            person = self._aged(start, lower) or self._person_before(start, in_full=True)
            if person is not None:
                return self._speaker(person)
        # the descriptor before any apposition ("The operator, a subsidiary of ...")
        lead = lower.split(", ")[0].split()
        if lead and lead[0] not in ("the", "a", "an") and (
            "\n" not in self.text[:start] or lead[0].endswith("-based")
        ):
            # a headline's "South African telecom giant says"; "The Santa Clara,
            # California-based company", whose "The" the parser gave the town
            lead = ["the", *lead]
        if lead == ["police"]:
            lead = ["the", "police"]  # "Police said": the force the article names
        if lead[-2:] == ["local", "authority"] and head_word == "authority":
            # "the local authority says": a town's or a county's council, in British usage
            lead, head_word = [*lead[:-2], "council"], "council"
        if lead[:1] in (["its"], ["their"], ["his"], ["her"]) and head_word in ORGANISATION_NOUNS:
            # "Her ministry said", "according to its environment department": the
            # organisation the article named, as "the ministry" would be
            lead = ["the", *lead[1:]]
        if head_word == "police" and head is not None and len(lead) <= 4 and any(
            c.dep_ in ("compound", "amod", "nmod") and (
                c.ent_type_ in ("GPE", "NORP", "LOC")
                # "Koblenz" typed a person, "Vinh Long" nothing
                or (c.pos_ == "PROPN" and _a_place(head.doc[c.left_edge.i : c.i + 1].text))
            )
            for c in head.children
        ):
            # "Montreal police said": a force named by its place; "police" later is it
            self.force = Speaker(name=_phrase_name(phrase))
            return self.force
        if lead == ["the", "force"]:
            # "the force said": the police force that spoke last (not Greenpeace, nor the
            # club the police spoke of) or that the article names
            same = self._still_speaking(start, "police")
            if same is not None and not set(name_words(same.name)) & _FORCE_WORDS:
                same = None
            force = same or self.force or self._organisation_speaker(start, "police", end)
            if force is not None:
                return force
        place = _police_in(head, self.entity_of) if head_word == "police" and head else None
        if place is not None and self.text[start:end].lower().startswith(("police", "the police")):
            # "police in Koblenz said": the Koblenz police, as "Montreal police" is, by the
            # name the article gives the force ("Victoria Police")
            named = self._entity_named(f"{place} Police")
            self.force = (
                self._speaker(named) if named is not None
                and named.name.lower() == f"{place} police".lower()
                else Speaker(name=f"{place} police")
            )
            return self.force
        if (
            lead
            and lead[0] == "the"
            and 2 <= len(lead) <= 5
            and head_word in ORGANISATION_NOUNS
            and lead[-1].rstrip("'s’") == head_word.split()[-1]
            and not (plural and head_word != "police")  # "aid groups" are no one group
        ):
            # "the group said", "the South Korean company said", "the Japanese automaker"
            same = self._still_speaking(start, head_word)
            if same is not None and head_word in _NAMED_ONLY - {"police"} and not (
                _a_ministry(same.name) if head_word == "ministry"
                else holds_noun(same.name, head_word)
            ):
                # "the consortium": not the bank that leads it; "the ministry": not the
                # Red Cross that spoke before the minister was named (police that spoke go
                # on by their own rule: "Scotland Yard said. Police said")
                same = None
            if same is not None and len(lead) == 2:
                return same
            org = self._organisation_speaker(start, head_word, end, phrase.split(", ")[0])
            spoke = next((b for b in reversed(self.bodies_spoken)
                          if head_word in name_words(b[0].name) and b[1] < start),
                         None) if len(lead) == 2 else None  # not "the finance ministry"
            if spoke is not None and (
                org is None or (org.entity is not None and (
                    not holds_noun(org.name, head_word)
                    or self._last_named(org, start) < spoke[1]
                ))  # (a minister's ministry, by portfolio, has no entity: it stays)
            ):
                # "the UAE's interior ministry said ... The ministry said": the ministry
                # that spoke, not an agency named since (nor a ministry named before it)
                return spoke[0]
            if org is not None:
                return org
            if head_word == "police" and self.force is not None:
                return self.force
        if words[:1] == ["the"] and len(words) == 2 and words[1] in self.documents and not (
            re.search(rf"\b{words[1]}s?\b", self.text[self.documents[words[1]][1] : start])
        ):
            # "the notice" further on than the next sentence: the one who issued the
            # notice the article named (and no other notice since), rather than a speaker
            # called "notice"
            return self.documents[words[1]][0]
        owner = self._place_owner(start, phrase)
        if (
            words
            and (words[0] == "the" or owner)
            and head is not None
            and (head.tag_ == "NN" or (head.tag_ == "NNP" and head.text.islower()))
            and (head_word not in _GENERIC)
        ):
            # "the interior minister", "Spain's interior minister": the role, as written
            # (without its article when a role owns it: "the Antalya governor's office";
            # not "The Hague's mayor", a place's own "The")
            owner_words = OWNER.match(phrase)
            place_the = owner and owner_words is not None and not any(
                w.islower() for w in owner_words.group(1).split()
            )
            role = _named_body(
                phrase[4:].strip() if words[0] == "the" and not place_the else phrase.strip()
            )
            # "the health ministry": the ministry by the name it goes by
            ministry = ministry_name(phrase.split(", ")[0]) if head_word == "ministry" else None
            return Speaker(name=ministry or role, role=role)
        if family_name_first(phrase.strip()):
            # "Paik Seung-min", a name the tagger did not read as one (or read as a
            # company, "Choi Young"): the person, as written
            return self._speaker_named(phrase.strip())
        return Speaker(name=ANONYMOUS)


#: dependents of a name's head that hold no part of the name (an owner, an apposition)
_NOT_THE_NAME = frozenset(["poss", "appos", "relcl", "acl"])
#: a minister's title with the portfolio after "of", which names the ministry
_MINISTER_OF = re.compile(
    r"(?:(?!Prime |Chief |First )[A-Z][\w-]* )*Minister of (?!State\b)((?:[A-Z][\w-]*|and|,| )+)"
)
#: the nouns that may stand for a news outlet ("the newspaper", "regional broadcaster
#: Omroep Brabant"; an agency, when it is a news agency)
_OUTLET_NOUNS = frozenset(
    "agency newspaper broadcaster network paper daily tabloid radio station channel "
    "magazine weekly".split()
)
#: a relative by first name ("his daughter Sinéad", "her husband Sipho")
_KIN = re.compile(
    r"(?:[Hh]is|[Hh]er|[Tt]heir|([A-Z][\w'’\-]+)['’]s) (?:daughter|son|wife|husband|mother|"
    r"father|brother|sister|widow|widower|partner|niece|nephew|grandson|granddaughter|aunt|"
    r"uncle|cousin),? ([A-Z][\w'’\-]+),?"
)
#: members of a body by its initials, unnamed ("MPs", "several TDs", "two MEPs")
#: titles a name in apposition may follow, "officer" with them ("The Police Public
#: Relations Officer of the ... Command, SP Sotonye Iyalla"), though "a police officer"
#: alone is no title holder the article names
_APPOSED_TITLES = TITLE_WORDS | {"officer"}
#: what may stand between a title and the name it comes before: its acronym, a comma
_TITLE_TO_NAME = re.compile(r"(?: \([A-Za-z]{2,8}\))?,? ")
#: a minister's title before a name, its portfolio written in capitals
_TITLED_MINISTER = re.compile(r"\b((?:[A-Z][\w-]*(?:,| and| &)? )+Minister) $")
#: a description in lower case with the acronym the body goes by in brackets ("the UN
#: refugee agency (UNHCR)", "Bolivia's road agency (ABC)"), not a name ("Volta River
#: Authority (VRA)")
_DESCRIBED_ACRONYM = re.compile(
    rf"(?:[Tt]he |[\w.]+['’]s )?(?:[A-Z][\w.-]*\s+)*(?:[a-z][\w'’-]*\s+)+"
    rf"\(({ACRONYM})\)"
)
_MEMBERS_BY_INITIALS = re.compile(
    r"(?:(?:[Ss]everal|[Ss]ome|[Mm]any|[Oo]ther|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive) )?"
    r"([A-Z]{2,4}s)"
)
#: documents a speaker speaks through ("said in a regulatory filing", "the notice said")
_DOCUMENT_NOUNS = frozenset("statement filing letter release notice report memo".split())
#: a document a speaker spoke in, in the rest of the sentence ("said in a regulatory filing")
_A_DOCUMENT = rf"an? (?:[a-z-]+ )?({'|'.join(sorted(_DOCUMENT_NOUNS))})\b"
_IN_DOCUMENT = re.compile(
    rf"\bin {_A_DOCUMENT}|\b(?:wrote|writes|said|says|added|adds|stated|states|noted|"
    rf"notes|warned|warns) in (?:the|his|her|its|their) (?:[a-z-]+ )?"
    rf"({'|'.join(sorted(_DOCUMENT_NOUNS))})\b"
)
#: a document a sentence opens with, not one by or from someone else ("In a statement,",
#: "In a recall notice posted Tuesday,"; not "In a report by Amnesty International,")
_OPENING_DOCUMENT = re.compile(rf"\s*[\"“‘']?In {_A_DOCUMENT}(?! (?:by|from|of)\b)")
#: who gave the figures or data a source names ("figures the minister gave the paper")
_GIVEN_BY = re.compile(
    r"\s+(?:that\s+|which\s+)?(the\s+[a-z]+|[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3})\s+"
    r"(?:gave|released|provided|published|supplied|issued|shared|presented)\b"
)
#: a source that gives the name it goes by ("..., known as the Hawks", "a group calling
#: itself NullHarbor")
_KNOWN_AS = re.compile(
    r"(.+?),?\s+(?:also known as|known as|calling itself|which calls itself|dubbed)\s+"
    r"(?:the\s+)?([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,4})"
)
#: a source that asks not to be named, right after it ("..., who asked not to be named")
_WHO_ANONYMOUS = re.compile(
    r"\s*,?\s*who (?:asked|declined|refused) (?:not )?to be (?:named|identified)", re.I
)
#: a source that says it is unnamed ("an executive, who spoke on condition of anonymity")
_ANONYMITY = re.compile(r"\b(?:anonymity|anonymously|not to be (?:named|identified))\b")
#: ... or later in its sentence ("said by phone, speaking on condition of anonymity")
_SPEAKING_ANONYMOUSLY = re.compile(
    r"\bspeaking (?:on (?:the )?condition of anonymity|anonymously)", re.I
)
#: words a headline's description never holds: a title or an organisation's noun ("Health
#: Minister Says", "Police Say") is read by the rules for those
_DESCRIPTION_STOPS = TITLE_WORDS | ORGANISATION_NOUNS | LEADER_WORDS
#: a count or reckoning a news organisation made ("an AFP tally", "Reuters calculations")
_OUTLET_COUNT = re.compile(
    r"(?:(?:[Aa]n?|[Tt]he)\s+)?(?!Independent\b)([A-Z][\w.&'’ -]*?)(?:['’]s)?\s+(?:own\s+)?"
    r"(?:tally|count|calculations?|analysis|estimates?)"
)
#: an outlet named with the noun for what it is after it ("The Hindu newspaper", "Lusa
#: news agency", "the Kompas daily")
_OUTLET_DESCRIBED = re.compile(
    r"(?:[Tt]he\s+)?([A-Z][\w.&'’ -]*?)\s+(news agency|newspaper|daily|broadcaster|"
    r"paper|tabloid|weekly|magazine|news channel)"
)
#: a description after a name and its comma: a lower-case word first ("head of ...",
#: "a nurse", "the company's lawyer")
_DESCRIPTION_AFTER_NAME = re.compile(r",\s+(?:the |a |an )?[a-z]")
#: a model designation after a maker's name ("787-9", "A320", "737 MAX")
_MODEL_AFTER = re.compile(r"\s+[A-Z]{0,2}\d[\w-]*\b")
#: one unnamed person ("a nurse", "one dockworker who declined to be named")
_UNNAMED_PERSON = re.compile(r"(?:a|an|one|another)\s", re.I)
#: the nouns of public bodies and of unions, which no company's name holds
_NOT_COMPANIES = INSTITUTION_NOUNS | frozenset("union federation association".split())
#: nouns for a government or the place it governs speaking ("the regional government", "the
#: city of Mühlstetten")
_GOVERNMENTS = frozenset(
    "government city county state municipality region province town village".split()
)
#: nouns for an organisation that is no company ("the union", "the party", "the
#: regulator")
_NO_COMPANY_NOUNS = _NOT_COMPANIES | frozenset(["party", "charity", "regulator", "watchdog"])
#: a place as a dateline writes it ("BERLIN", "HO CHI MINH CITY"), not initials ("JFK")
_DATELINE_WORD = re.compile(r"[A-Z][A-Z'’.-]{3,}(?: [A-Z][A-Z'’.-]*)*")
#: entity types of places ("Osaka", "the Rhine")
_PLACE_TYPES = frozenset(["GPE", "LOC", "FAC"])
#: dependency labels of a clause's subject
_SUBJECTS = frozenset(["nsubj", "nsubjpass"])
#: what an article may call a company, not an operator or a utility, which may be a public
#: agency ("Metrolinx, the provincial transit operator"); and an organisation that is no
#: public body ("the ministry" is no charity)
_COMPANY_ROLES = COMPANY_NOUNS - frozenset(["operator", "utility"])
_NO_BODY_NOUNS = _COMPANY_ROLES | frozenset(
    "charity union federation association party club foundation alliance coalition".split()
)
#: what an article may call an organisation that is no company ("the company" is no "state
#: regulator"); not a service, a unit, a board or an office, which a company may be or
#: have ("Bolt, the ride-hailing service")
_NO_COMPANY_ROLES = _NOT_COMPANIES - frozenset(
    "service unit board bureau office institute guard committee".split()
) | frozenset(["regulator", "watchdog", "charity"])
#: places that serve the public, named for what they are: no agency, ministry or council
_FACILITIES = frozenset(
    "hospital clinic university school college museum church mosque temple stadium".split()
)
#: the last words of names that are no company's, whatever the tagger typed: places that
#: serve the public, forces and assemblies ("the company" is no "Charnock Memorial
#: Hospital", "U.S. Space Command", "Tongyeong Fire Station" or "National Assembly"; a
#: legal form says otherwise: "Sky Station Ltd")
_NO_COMPANY_HEADS = _FACILITIES | frozenset(
    "command assembly parliament station alliance centre center".split()
)
#: the last words of companies' names by their trade ("Kojimachi Securities", "Ilanga
#: Telecom"), which no public body's name ends in
_TRADE_ENDS = frozenset(
    """securities capital holdings telecom telecoms electronics motors airlines airways
    petroleum mining minerals resources pharma pharmaceuticals insurance technologies
    appliances industries chemicals logistics shipping terminals foods cruises hotels
    partners ventures energy""".split()
)
#: where a sentence or a paragraph ends
_SENTENCE_END = re.compile(r"[.!?][\"”’]?\s|\n")
#: words that make a title's holder a deputy or a junior one ("Minister of State for
#: Finance", "Deputy Health Minister")
_JUNIOR_RANKS = frozenset("deputy vice junior assistant state acting".split())
#: words of a role description that say nothing of whose the role is ("the state's
#: civil protection chief" is no governor of the state)
_UNQUALIFYING = SCOPE_WORDS | frozenset(
    "this that of for at in from with to on and or by country nation company firm group"
    .split()
)


def _role_word_set(role: str | None) -> set[str]:
    """The words of a role, lower case, without punctuation or a possessive ("head of the
    Police Security Service (PST)": head, of, the, police, security, service, pst)."""
    return {re.sub(r"['’]s$", "", w) for w in re.findall(r"[\w'’-]+", (role or "").lower())}


def _role_qualifiers(phrase: str, head: str) -> set[str]:
    """The words of a role description that say whose or which the role is ("the PST
    chief": pst; "the health minister": health), without its determiners and its titles."""
    return {
        w for w in _role_word_set(phrase)
        if w not in _UNQUALIFYING and w != head and w not in TITLE_WORDS and len(w) > 1
    }
#: organisations' nouns a name may come before, with words that describe it ("The
#: Filt-Cgil transport union", "the Verdi union"); not a campaign's, a foundation's or an
#: alliance's, which a person's surname names ("the Sanders campaign")
_NAMED_BEFORE_NOUNS = frozenset(
    "union federation association confederation league consortium".split()
)
#: what an article calls a regulator, and public bodies no regulator is ("Ofwat, the water
#: regulator, said ... The council said": the council is another body)
_REGULATORS = frozenset(["regulator", "watchdog"])
#: words of the names of forces an article may go on to call "the force" ("Guardia Civil",
#: "Royal Air Force", "Rapid Support Forces", "National Guard")
_FORCE_WORDS = POLICE_WORDS | frozenset(["force", "forces", "guard"])
#: nouns that stand only for an organisation whose name (or the article) says it is one
#: ("the ministry" is a ministry, never the port authority or the charity named nearer)
_NAMED_ONLY = frozenset(["police", "consortium", "ministry"])
#: bodies of members, which a name named later stands for only when it says so
_MEMBER_BODIES = frozenset(["union", "federation", "association"])
_NO_REGULATORS = frozenset(["council", "ministry", "department", "police"])
#: words for a company of any trade ("the company" may be the airline or the automaker)
_ANY_COMPANY = frozenset("company firm business brand".split())
#: company nouns that name a trade ("the automaker" is no "supplier"), not any company's
#: size or shape ("the telecom giant" may be the "telecoms operator")
_TRADES = COMPANY_NOUNS - _ANY_COMPANY - frozenset(
    "giant conglomerate start-up startup utility operator".split()
)
#: how far (characters) after an organisation's source a bare "the agency" goes on with it
_STILL_SPEAKING = 200
#: words that say what kind of organisation a name is ("... Agency", "... Terminals")
_ORGANISATION_WORDS = ORGANISATION_NOUNS | ORGANISATION_NAME_ENDS | INSTITUTION_NOUNS
#: a person by age ("the 38-year-old", "the 27-year-old sewing machine operator")
_AGED = re.compile(r"(?:the )?\d+-year-old(?: [\w-]+)*")
#: a plural group whose members speak for the organisation they come from
_MEMBERS = frozenset(
    "observers monitors inspectors investigators delegates delegation mission team".split()
)
#: people of an organisation who speak for it when the article names it ("Analysts at
#: Bankhaus Sommer"), unlike its officials, staff or sources
_ITS_PEOPLE = frozenset("analysts researchers campaigners experts scientists".split())
#: roles that announce a person the article names next ("The head of the Dutch central
#: bank has warned ... Joost Hazelhoff said")
DELAYED_LEAD_CHARS = 700
_LEAD_ROLES = frozenset("banker executive economist scientist".split())


#: the nouns that say what kind of body someone speaks for ("police", "ministry")
_BODY_NOUNS = ORGANISATION_NOUNS | INSTITUTION_NOUNS | frozenset(["government"])


#: the words before "service", "office" and the like that make it a body's press office
_PRESS_WORDS = frozenset("press media information communications communication".split())


def _press_office(head: Any) -> bool:
    """``head`` is a press office: "the press service", "the ministry's media office", "the
    press department of X" (which speak for their body, as "the ministry" would)."""
    return head.lemma_.lower() in ("service", "office", "department", "centre", "center") and (
        any(c.dep_ in ("compound", "amod") and c.lower_ in _PRESS_WORDS
            for c in head.children)
    )


#: the name an unnamed source gave ("..., who gave his name only as Chinonso", "...,
#: who asked to be identified only by her first name, Aisha", "identified only as Abu Ali")
_NAME_GIVEN = re.compile(
    r",? (?:who )?(?:gave (?:his|her|their) (?:first )?name (?:only )?as"
    r"|(?:asked to be |was )?identified (?:(?:himself|herself) )?(?:only )?"
    r"(?:by (?:his|her) (?:first )?name,? |as ))"
    r" ?((?:[A-Z][\w'’-]*)(?: (?:[A-Z][\w'’-]*|bin|al|el|de|van))*)"
)


def _according_to(tok: Any) -> bool:
    """``tok`` is the object of "according to"."""
    prep = tok.head
    return (
        tok.dep_ == "pobj" and prep.lower_ == "to"
        and prep.i > 0 and prep.doc[prep.i - 1].lower_ == "according"
    )


def _phrase_name(phrase: str) -> str:
    """A source phrase as the name of the body it names, without its article ("the
    Portuguese government" -> "Portuguese government", "Montreal police")."""
    return display_name(re.sub(r"^the\s+", "", phrase, flags=re.I))


def _facility_after(text: str, end: int) -> bool:
    """A facility's noun follows the name that ends at ``end`` ("the Onsan refinery")."""
    word = re.match(r"[ \t]+([a-z]+)\b", text[end : end + 20])
    return word is not None and word.group(1) in FACILITY_NOUNS


#: a country's bodies that outlets name by the country's adjective ("Belgian customs",
#: "the Portuguese government", "Italian coast guard")
_NATIONAL_BODIES = frozenset(
    """customs coastguard army navy military government embassy consulate gendarmerie
    cabinet presidency parliament""".split()
)


def _national_body(head: Any) -> bool:
    """``head`` is a country's body named by the country's adjective: "Belgian customs",
    "the Portuguese government", "Italian coast guard", "the Polish Border Guard"; not a
    person ("a Chinese security guard", "an Israeli border guard"), nor many ("Arab
    governments", "two Afghan border guards")."""
    word = head.lower_
    guard = word == "guard" and (
        head.text == "Guard" or any(c.lower_ == "coast" for c in head.children)
    )
    if not (guard or word in _NATIONAL_BODIES or head.lemma_.lower() in _NATIONAL_BODIES):
        return False
    if head.tag_ == "NNS" and word != "customs":
        return False
    if head.ent_type_ == "NORP" or any(
        (c.dep_ == "det" and c.lower_ in ("a", "an", "any", "some", "each", "every"))
        or c.dep_ == "nummod" for c in head.children
    ):
        return False
    return any(c.dep_ in ("amod", "compound") and c.ent_type_ == "NORP"
               for c in head.subtree if c.i < head.i)


def _press_office_body(head: Any) -> Any | None:
    """The head of the body a press office ``head`` speaks for: its owner ("the court's
    press service") or what it is "of" ("the press service of the ministry")."""
    owner = next((c for c in head.children if c.dep_ == "poss"), None)
    if owner is not None:
        return owner
    of = next((c for c in head.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    return next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None


def _another_body(source: str, role: str | None) -> bool:
    """The unnamed holder of a role the ``source`` describes works for a body of another
    kind than the named holder's ``role`` says ("a spokesman for the health ministry" is
    no "police spokesman"); a body named otherwise ("a spokesman for the United Nations"
    after "UN spokesman ...", "a spokeswoman for Tesla" after "Company spokeswoman ...")
    may be the same."""
    found = INDEFINITE_ROLE.fullmatch(source.strip())
    if found is None or found.group("link") not in ("for", "of", "at", "from"):
        return False  # "a spokesman for the health ministry", "an official at the embassy"

    def kinds(text: str) -> set[str]:
        return {stem for w in WORD.findall(text.lower())
                if (stem := plural_stem(w)) in _BODY_NOUNS}

    body, holder = kinds(found.group("rest")), kinds(role or "")
    return bool(body) and bool(holder) and not body & holder


def _written_portfolio(portfolio: str) -> bool:
    """``portfolio`` is one as a minister's title writes it: capitalised portfolio words
    and acronyms, joined by "and", "&" or commas ("Science and ICT"; not "Iranian
    Foreign", "Acting Finance", "Delhi Health")."""
    words = portfolio.replace(",", "").split()
    return any(w.lower() in PORTFOLIO_WORDS for w in words) and all(
        w in ("and", "&") or (w[:1].isupper() and (
            w.lower() in PORTFOLIO_WORDS or (w.isupper() and len(w) <= 5)
        ))
        for w in words
    )


def _a_place(name: str) -> bool:
    """A city, a country or a province by name, whatever the tagger typed it."""
    return is_city(name) or is_place(name)


def _police_in(head: Any, entity_of: Callable[[Any], Entity | None]) -> str | None:
    """The place of "police in <place>" (``head`` is "police"): capitalised names with
    nothing after them that the article's entities make no person's full name and no
    organisation's ("police in Koblenz", a town the tagger may take for a person; not
    "police in riot gear")."""
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ == "in":
            for obj in prep.children:
                words = [t for t in obj.subtree if t.dep_ != "det"]
                after = head.doc[words[-1].i + 1] if words[-1].i + 1 < len(head.doc) else None
                if after is not None and after.lower_ in ("and", "&"):
                    return None  # "police in Jammu and Kashmir": not Jammu's alone
                if obj.dep_ == "pobj" and obj.pos_ == "PROPN" and all(
                    t.pos_ == "PROPN" and t.text[:1].isupper() for t in words
                ) and (
                    (ent := entity_of(obj)) is None
                    or (ent.type == "PERSON" and " " not in ent.name)
                    or ent.type not in ("PERSON", "ORG")
                    or _a_place(head.doc[words[0].i : words[-1].i + 1].text)
                ):
                    return head.doc[words[0].i : words[-1].i + 1].text
    return None


def _names_portfolio(descriptor: str) -> bool:
    """``descriptor`` names a portfolio ("the federal power ministry"), which says which
    ministry it is."""
    return bool(descriptor_words(descriptor) & PORTFOLIO_WORDS)


def _outlet_role(role: str | None) -> bool:
    """``role`` says its organisation is a news outlet ("local newspaper", "news agency")."""
    head = role_head(role)
    if head == "agency":
        return "news" in (role or "").lower()
    return head in _OUTLET_NOUNS


#: pairs of words outlets use for one trade
#: words before "official" that say no post's kind ("the region's top government official")
_ANY_POST = frozenset(
    "top government state federal local regional provincial national senior elected".split()
)
#: where an organisation posts its notices ("on the commission's website")
_SITES = frozenset(["website", "site", "page", "account", "portal"])
#: public bodies an article may go on to call "the agency"
_AGENCIES = frozenset(
    "authority commission bureau office service administration directorate inspectorate "
    "institute board".split()
)
_ONE_TRADE = frozenset(
    frozenset(pair) for pair in (("airline", "carrier"), ("automaker", "carmaker"))
)


def _a_ministry(name: str) -> bool:
    """``name`` is a ministry's, in English or in the language of its country
    (:func:`~presslens.names.holds_noun`: "Ministério da Saúde", "Bundesministerium für
    Gesundheit"), or a department or secretariat, as some countries call their ministries
    ("Department of Health")."""
    return holds_noun(name, "ministry") or name_head(name) in ("department", "secretariat")


def _described_exactly(ent: Entity, noun: str) -> bool:
    """The article's apposition or title for ``ent`` ends in ``noun`` itself or in a word
    for the same trade ("Dutch airline Hollandia Air" is "the carrier"), not merely in
    some company's word ("research firm Strategy Analytics" is no "tech giant")."""
    head = plural_stem(role_head(ent.role))
    return bool(head) and (head == noun or frozenset((head, noun)) in _ONE_TRADE)


def _company_of_kind(word: str, noun: str) -> bool:
    """``word``, said of an organisation, fits "the <noun>": the same noun, or one of them a
    word for any company and the other a company's ("the company" is that firm; "the
    automaker" is no "airbag supplier"), or two words for one trade ("the airline" is the
    carrier)."""
    return word == noun or frozenset((word, noun)) in _ONE_TRADE or (
        bool({word, noun} & _ANY_COMPANY) and {word, noun} <= COMPANY_NOUNS
    )


def _main_clause(tok: Any) -> bool:
    """``tok`` is the subject of its sentence's main verb (or of one joined to it), not of
    a clause inside another: "noting that engineers from [Tessaro Impianti] arrived" says
    who arrived, and the next "He added" is still the one who noted it."""
    verb = tok.head
    while verb.dep_ == "conj" and verb.head is not verb:
        verb = verb.head
    return bool(verb.dep_ == "ROOT")


def _is_title(word: str) -> bool:
    """A title as written, abbreviated or not ("Minister", "spokesman", "Gen.")."""
    return word.lower().rstrip(".") in TITLE_WORDS


def _portfolio_at(words: Sequence[str]) -> int | None:
    """Where the "of" of a title's lower-case portfolio stands in the words before a
    name, when they end in one: a role that heads a portfolio, "of", and one to four
    words of it, in lower case or an acronym, joined by "and" ("head of intelligence",
    "chief of staff", "head of sales and marketing", "head of UK operations"). Never
    "for": "a spokesman for opposition leader X" speaks for X."""
    for i in range(1, len(words) - 1):
        tail = words[i + 1 :]
        if (
            words[i] == "of" and words[i - 1].lower() in _PORTFOLIO_HEADS
            and len(tail) <= 4 and tail[0] not in ("and", "&") and tail[-1] not in ("and", "&")
            and all(
                w in ("and", "&")
                or (w.replace("-", "").isalpha() and w.islower() and not _is_title(w)
                    and w not in _LINKING_WORDS)
                or (w.isupper() and w.isalpha() and len(w) <= 4)  # "UK", "EU"
                for w in tail
            )
        ):
            return i
    return None


def _other_kind(name: str, noun: str, role: str | None = None) -> bool:
    """The organisation ``name`` says it is a company and ``noun`` is a public body's, a
    union's or a party's ("the union": not "Zambezi Copper Ltd"), or it says it is a public
    body or a union and ``noun`` is a company's ("the company": not "Ministry of Power"), or
    it is a public body of another kind than ``noun``'s (:data:`BODY_KIND`: "the agency"
    is no "Failure Analysis Committee"); or the article's ``role`` for it says so ("the
    ministry" is no "Geneva-based charity", "the company" no "state regulator")."""
    words = set(name_words(name))
    described = plural_stem(role_head(role)) if role else ""
    if {noun, described} & _REGULATORS and {noun, described, name_head(name)} & _NO_REGULATORS:
        # "Ofwat, the water regulator": not "the council" nor "the ministry"; though a
        # police watchdog may be one ("Independent Office for Police Conduct")
        return True
    if noun in COMPANY_NOUNS:
        if {described, noun} <= _TRADES and not _company_of_kind(described, noun):
            return True  # "the automaker" is no "supplier Minaho Battery Co."
        return bool(words & _NOT_COMPANIES) or described in _NO_COMPANY_ROLES or (
            name_head(name) in _NO_COMPANY_HEADS and not words & LEGAL_FORMS
        )
    if noun in BODY_KIND:
        if name_head(name) in _FACILITIES:
            return True  # "the council" is no "Palmerston North Hospital"
        # "the agency": not the "Failure Analysis Committee" it set up
        kind = body_kind(name)
        if kind is not None and kind != BODY_KIND[noun]:
            return True
        if described in _NO_BODY_NOUNS:
            return True
        if noun == "council" and (
            (body_kind(name) is not None and name_head(name) != "council")
            or (described in BODY_KIND and described != "council")
        ):
            # a council is a town's, a county's or one of advisers: no agency or ministry
            # by name or by the article's word for it ("Weather service MetService"),
            # though a council may be "the authority" or "the agency"
            return True
    return noun in _NO_COMPANY_NOUNS and (
        bool(words & LEGAL_FORMS) or described in _COMPANY_ROLES
    )


#: the types the tagger gives a company it does not know ("Trailvolt" as a place)
_MISTYPED_COMPANY = frozenset(["PERSON", "GPE"])
#: a name called "it" right after it: a company's, no person's ("Rheinflug and its pilots")
_ITS_AFTER = re.compile(r"\s+and\s+its\b")
#: what follows a person's name and no company's: an age, a relative clause on a person
_PERSON_AFTER = re.compile(r",\s+(?:\d{1,3},|who\b|whose\b)")
#: a lower-case word right after a name, as after a name used as a modifier
_NAME_AS_MODIFIER = re.compile(r"[ -][a-z]")


def _organisation(ent: Entity) -> bool:
    """An organisation, or a name the tagger typed otherwise whose role is an
    organisation's ("operator Halvard Minerals" read as a person with the role
    "Operator")."""
    if ent.type == "ORG":
        return True
    return ent.type == "PERSON" and role_head(ent.role) in ORGANISATION_NOUNS


def _person_like(ent: Entity) -> bool:
    """A person, or a name the tagger typed an organisation that reads as one ("Esther
    Mwale" as ORG): not an organisation's noun or name's end at its end, no place
    ("Charnock Memorial", a hospital, and "Andhra Pradesh" are none)."""
    if ent.type == "PERSON":
        return True
    words = ent.name.split()
    return (
        ent.type == "ORG"
        and 2 <= len(words) <= 3
        and words[-1].lower() not in ORGANISATION_NOUNS
        and words[-1].lower() not in ORGANISATION_NAME_ENDS
        and not any(w.isupper() for w in words)
        and not any(w.lower() in NAME_GLUE for w in words)
        and not is_place(ent.name)
    )


def _body_words(name: str) -> bool:
    """Whether ``name`` is headed by a body's or a government's noun, not a person's or a
    role's ("Valencian regional government", "city of Mühlstetten", "Hellenic Police"; not
    "manager of the Hotel Mirador", "Spain's interior minister", "Maria Lopez")."""
    return name_head(name) in ORGANISATION_NOUNS | INSTITUTION_NOUNS | _GOVERNMENTS


def _person_name(name: str) -> bool:
    """Two or three capitalised words, none an organisation's noun or a connector, not
    in capitals: a person's name as far as the words go ("Florian Wendt")."""
    words = name.split()
    return (
        2 <= len(words) <= 3
        and all(w[:1].isupper() and not w.isupper() for w in words)
        and not any(w.lower() in ORGANISATION_NOUNS or w.lower() in NAME_GLUE for w in words)
        and words[-1].lower() not in ORGANISATION_NAME_ENDS
    )


#: the speaker's turn a source may open with, set off by a comma ("For his part, ...")
_THEIR_PART = re.compile(r"^(?:For|On) (?:his|her|its|their) part, ")


def _name_before_description(phrase: str) -> str | None:
    """The person's name a source opens with before a description of the person ("Stefano
    Dell'Oro, a spokesman for the service": Stefano Dell'Oro), by its words alone: two or
    three capitalised words, no title and no place; None for any other source. A
    description may open with the title itself ("Mamadou Lamine Cissé, secretary general
    of the dockers' union"), and the source with the speaker's turn ("For his part, ...")."""
    first, comma, rest = _THEIR_PART.sub("", phrase, count=1).partition(", ")
    words = rest.split()
    titled = 0  # the title words a description opens with
    while titled < len(words) and words[titled].islower() and _is_title(words[titled]):
        titled += 1
    if not comma or not (
        rest.lower().startswith(("a ", "an ", "the "))
        # "secretary general of ...", but not "chief executive Ibrahima Kane", whose
        # holder follows the title ("Air Senegal, chief executive Ibrahima Kane")
        or (titled and (titled == len(words) or not words[titled][:1].isupper()))
    ):
        return None
    if not _person_name(first) or is_place_name(first) or any(
        _is_title(w) or w.lower() in ("the", "a", "an") for w in first.split()
    ):
        return None
    return first


def _members_in_name(tok: Any) -> bool:
    """``tok`` is the plural owner a name opens with ("The Seafarers' Rights Alliance"),
    not a place or body that owns what follows ("Japan's Sorami")."""
    children = list(tok.children)
    return (
        tok.dep_ == "poss" and tok.text[:1].isupper() and tok.lower_.endswith("s")
        and any(c.dep_ == "det" and c.lower_ == "the" for c in children)
        and any(c.dep_ == "case" and c.text in ("'", "’") for c in children)
    )


def _closing_name(phrase: str) -> str:
    """The capitalised words that end ``phrase`` ("Brandt's lawyer, Florian Wendt" ->
    "Florian Wendt")."""
    words = phrase.split()
    i = len(words)
    while i > 0 and words[i - 1][:1].isupper() and not words[i - 1].endswith((",", "'s", "’s")):
        i -= 1
    return " ".join(words[i:])


#: a place's own body named by the place, then where that lies ("city of Muhlstetten in
#: central Germany", "German city of Muhlstetten"): the name ends with the place's (not
#: "head of UNICEF in Yemen", someone's role)
_BODY_OF_PLACE = re.compile(
    r"(?:(?P<people>[A-Z][a-z]+) )?(?P<name>(?:city|town|village|municipality|county|"
    r"district|province|state|region|prefecture|governorate|port|island) of "
    r"[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)*)(?: (?:in|near|outside|on) .*)?"
)


def _named_body(role: str) -> str:
    """A role as written, without what only says where a body named by its place lies:
    "city of Muhlstetten" for "city of Muhlstetten in central Germany" and for "German
    city of Muhlstetten"; any other role unchanged."""
    found = _BODY_OF_PLACE.fullmatch(role)
    if found is None or (
        found.group("people") and found.group("people").lower() not in COUNTRY_WORDS
    ):
        return role
    return found.group("name")


def _closing_person(phrase: str) -> bool:
    """Whether the capitalised words that end ``phrase`` read as a person's name ("MEC
    chairperson Esther Mwale"), not as the end of a body's after a joining word ("The
    National Center for Emergency Care")."""
    closing = _closing_name(phrase)
    words = phrase.split()
    before = words[-len(closing.split()) - 1] if len(words) > len(closing.split()) else ""
    return _person_name(closing) and before.lower() not in NAME_GLUE


def _run_at(tokens: Sequence[Any], head: Any) -> Sequence[Any]:
    """Of the name words ``tokens``, the run that holds ``head`` when other words lie between
    the runs ("Committee chairperson Sibusiso Mkhize": "Sibusiso Mkhize"); connectors and
    hyphens join runs ("Midden- en West-Brabant")."""
    if head not in tokens:
        return tokens
    doc = head.doc
    ids = {t.i for t in tokens}

    def joins(i: int) -> bool:
        return i in ids or doc[i].lower_ in NAME_GLUE or doc[i].text in "-'’"

    lo = hi = head.i
    while lo - 1 >= 0 and joins(lo - 1) and (lo - 1 in ids or lo - 2 in ids):
        lo -= 1
    while hi + 1 < len(doc) and joins(hi + 1) and (hi + 1 in ids or hi + 2 in ids):
        hi += 1
    return [t for t in tokens if lo <= t.i <= hi]


def _name_text(tokens: Sequence[Any]) -> str:
    """The text from the first to the last of ``tokens`` when only connectors lie between
    them ("Midden- en West-Brabant"), else the tokens joined by spaces; with the rest of a
    hyphenated word the last token opens ("Koh Min" + "-jae", which the parser may hang
    elsewhere)."""
    if not tokens:
        return ""
    doc = tokens[0].doc
    lo, hi = tokens[0].i, tokens[-1].i
    end = hi
    while (end + 2 < len(doc) and not doc[end].whitespace_ and doc[end + 1].text == "-"
           and not doc[end + 1].whitespace_ and doc[end + 2].is_alpha):
        end += 2
    rest = doc[hi + 1 : end + 1].text if end > hi else ""
    between = [t for t in doc[lo : hi + 1] if t not in tokens]
    if all(t.lower_ in NAME_GLUE or t.text in "-'’" for t in between):
        return doc[lo : hi + 1].text + rest
    return " ".join(t.text for t in tokens) + rest


def _proper_phrase(phrase: str) -> str | None:
    """``phrase`` as a proper name, without "the" and a trailing "(ACRONYM)", when every
    word is capitalised or a connector ("The National Institute for Public Health and the
    Environment (RIVM" -> "National Institute for Public Health and the Environment")."""
    # "The Lagos State Emergency Management Agency, LASEMA": the name before the comma
    text = re.sub(r"\s*\([^()]*\)?\s*$", "", phrase.strip().split(", ")[0])
    text = re.sub(r"^(?:the|his|her|its|their|our)\s+", "", text, flags=re.I)
    words = without_located(text.split())  # "Copenhagen-listed Nordhavn Shipping"
    text = " ".join(words)
    if len(words) < 2 or not words[-1][:1].isupper():
        return None
    if all(w[:1].isupper() or w.lower() in NAME_GLUE for w in words):
        return text
    return None


def _named_tail(phrase: str) -> str | None:
    """The name closing a source whose first part is no name: the role before an
    apposition ("the head of the SADC mission, former Botswana foreign minister
    Onkemetse Dikgang") or what a misparse ran into ("8 a.m. (0700 GMT) at ..., the
    Safety Region"). The last comma-separated part must be lower-case words (a
    determiner, a role) then the capitalised name, with no preposition before it."""
    if ", " not in phrase:
        return None
    first, last = phrase.split(", ", 1)[0], phrase.rsplit(", ", 1)[1]
    if all(w[:1].isupper() or w.lower() in NAME_GLUE for w in first.split()) and not (
        first.lower().startswith(("the ", "a ", "an "))
    ):
        return None  # "Jane Doe, a professor at ...": the name comes first; not so in
        # "Australia's national science agency, the CSIRO"
    words = last.split()
    i = len(words)
    while i > 0 and (words[i - 1][:1].isupper() or (
        i < len(words) and words[i - 1].lower() in NAME_GLUE - {"the", "of", "for", "on", "in"}
    )):
        i -= 1
    name, before = words[i:], [w.lower() for w in words[:i]]
    if not name or any(w in _NOT_BEFORE_A_NAME for w in before):
        return None  # "..., who visited the settlement on Wednesday": no name
    if any(w in NAME_GLUE for w in (name[0].lower(),)):
        return None
    if len(name) == 1 and not before:
        return None  # a single capitalised word alone: too little to go on
    return " ".join(name).strip(" ,")


#: words that, before the capitalised end of a source's last part, say it is no name
_NOT_BEFORE_A_NAME = frozenset(
    "of for at from with in on by to who which that whose when where".split()
)
_GENERIC = frozenset(
    """source official spokesman spokeswoman spokesperson person analyst expert observer
    witness aide insider report study poll survey""".split()
)
