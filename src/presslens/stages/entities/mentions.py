"""Entity mentions: spaCy's NER cleaned (no leading "the", no possessive "'s", a title
before a name left to the role), and the group of mentions that name one entity."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from ...datelines import dateline_at
from ...given_names import is_given_name, organisation_title
from ...names import (
    ACADEMIC_WORDS,
    COUNTRY_WORDS,
    FACILITY_NOUNS,
    FOREIGN_ORGANISATION_WORDS,
    GIVEN_NAME_TITLES,
    HONORIFICS,
    HYPHENATED_GIVEN,
    INITIAL,
    INSTITUTION_NOUNS,
    LOCATED_PARTICIPLES,
    NAME_GLUE,
    NAME_PREFIXES,
    ORGANISATION_NAME_ENDS,
    ORGANISATION_NOUNS,
    PARTICLES,
    PERSON_DESCRIPTORS,
    PORTFOLIO_JOINS,
    PORTFOLIO_WORDS,
    RANKS_BEFORE_A_GIVEN_NAME,
    TITLE_WORDS,
    family_name_first,
    fold,
    is_legal_form,
    is_place,
    is_place_name,
    without_generation,
)
from ...nlp import is_title_case
from ..dates import MONTH_DAY, MONTHS, WEEKDAYS

KEPT_TYPES = frozenset(
    {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "EVENT", "WORK_OF_ART", "LAW", "PRODUCT"}
)
CONTAINER_TYPES = frozenset({"WORK_OF_ART", "EVENT", "LAW"})
_BAD_NAME = re.compile(r"[<>\-]{2}|[=\[\]{}|@#]")


@dataclass
class Mention:
    start: int
    end: int
    text: str
    label: str
    tokens: Any = None  # spaCy Span, when there is one
    canonical: str | None = None  # set for alias-table matches


@dataclass
class Group:
    type: str
    mentions: list[Mention] = field(default_factory=list)
    role: str | None = None
    canonical: str | None = None

    @property
    def surname(self) -> str | None:
        if self.type != "PERSON":
            return None
        full = max((m.text for m in self.mentions), key=len)
        # "Koh" of "Koh Dong-jin", whose family name comes first
        return full.split()[0 if family_name_first(full) else -1].lower()


def _velar_apostrophe(doc: Any, i: int) -> bool:
    """Token ``i`` is the apostrophe that ends a Luo or Swahili name's "ng'" ("Samson
    Ochieng'"), one of its letters, not a possessive's or a closing quote's."""
    return (
        doc[i].text in ("'", "’") and i > 0 and not doc[i - 1].whitespace_
        and doc[i - 1].is_alpha and doc[i - 1].text[:1].isupper()
        and doc[i - 1].lower_.endswith("ng") and len(doc[i - 1]) > 3
        # no single quote opened before it in the sentence ("'We thank Xi Jinping' ...")
        and not any(t.text in ("'", "‘") and not t.whitespace_
                    for t in doc[doc[i].sent.start : i])
    )


def _clean(span: Any, label: str | None = None) -> tuple[int, int] | None:
    """Token range of a spaCy entity without a leading determiner or trailing possessive."""
    start, end = span.start, span.end
    doc = span.doc
    while start < end:
        if doc[start].lower_ in _LEADING:  # "the", "His National Unity Party"
            start += 1
        elif doc[start].is_quote:
            start += 1  # 'safe," Philippine Ports Authority': a quotation's closing mark
        elif (
            (label or span.label_) in ("ORG", "PERSON") and doc[start].is_lower
            and doc[start].is_alpha and len(doc[start]) > 3  # not "zu Guttenberg"
            and doc[start].lower_ not in PARTICLES and start + 1 < end
            and doc[start + 1].text[:1].isupper()
        ):
            start += 1  # "the fees [Cirrion] charges": a common word is no part of a name
        elif (
            doc[start].lower_ in PERSON_DESCRIPTORS and start + 2 < end
            and doc[start + 1].is_lower and doc[start + 1].lower_ in PERSON_DESCRIPTORS
        ):
            start += 1  # "[Heartbroken] widow Sumarni", at a sentence's start
        elif (
            start + 2 < end
            and doc[start + 1].text == "-"
            and doc[start + 2].text in LOCATED_PARTICIPLES  # in lower case, as names.py reads it
        ):
            start += 3  # "Copenhagen-listed Nordhavn", "London-based Arcadia"
        elif (
            doc[start].lower_.rstrip(".") in RANKS_BEFORE_A_GIVEN_NAME and start + 2 < end
            and len(doc[start + 1]) >= 4 and is_given_name(doc[start + 1].text)
        ):
            start += 1  # "[Eng] Mohammed Al Zaabi"; not "Eng Kok Wah"
        else:
            break
    # "the Bureau of Standards, Metrology and Inspection (BSMI": a span that stops inside
    # a bracket ends before it
    opened = next((k for k in range(end - 1, start, -1) if doc[k].text == "("), None)
    if opened is not None and not any(doc[k].text == ")" for k in range(opened, end)):
        end = opened
    kind = label or span.label_
    while end > start and (doc[end - 1].tag_ == "POS" or doc[end - 1].is_punct) and not (
        kind == "PERSON" and _velar_apostrophe(doc, end - 1)
    ):
        end -= 1
    if kind == "PERSON" and end < len(doc) and _velar_apostrophe(doc, end):
        end += 1  # "Ochieng'", where the tagger left the apostrophe out
    while (
        kind == "PERSON" and end + 1 < len(doc) and doc[end].text == "-"
        and not doc[end - 1].whitespace_ and not doc[end].whitespace_
        and doc[end + 1].is_alpha and doc[end + 1].is_lower
    ):
        end += 2  # "Moon Jae[-in]": a name ends at a word's end, not inside its hyphen
    while (
        kind == "PERSON" and start >= 2 and doc[start - 1].text == "-"
        and not doc[start - 2].whitespace_ and not doc[start - 1].whitespace_
        and doc[start - 2].is_alpha and doc[start - 2].text[:1].isupper()
    ):
        start -= 2  # "[Jan-]Willem van der Berg": nor does it begin inside one
    if (
        kind == "PERSON" and end < len(doc) and len(doc[end].text) == 2
        and doc[end].is_alpha and doc[end].text[0].isupper() and doc[end].text[1].islower()
        and doc[end].pos_ == "PROPN" and not doc[end].ent_type_ and doc[end - 1].is_alpha
    ):
        end += 1  # "Carmelita [Uy]", "Jonathan [Ng]": a surname of two letters
    if (
        kind == "ORG" and end < len(doc) and doc[end].text[:1].isdigit()
        and fold(doc[end - 1].text) not in ORGANISATION_NAME_ENDS
    ):
        # "the Halcyon Airways Boeing 787-9": the airline ends at its name's end, before
        # the maker of the model that follows (not "Bank of America 2024 results",
        # "Standard Bank Group 2024")
        ends = [k for k in range(start, end - 1) if fold(doc[k].text) in ORGANISATION_NAME_ENDS]
        if ends and all(
            t.text[:1].isupper() and t.is_alpha and t.lower_ not in PORTFOLIO_JOINS
            for t in doc[ends[-1] + 1 : end]
        ):
            end = ends[-1] + 1
    while kind == "ORG" and end - start >= 2 and doc[end - 1].lower_.rstrip(".") in HONORIFICS:
        end -= 1  # "Ministry of Health Dr [Namukolo Mwale]": the honorific is the person's
    if kind in ("ORG", "PERSON"):
        # "Lagos State Emergency Management Agency, LASEMA": the name ends at a comma,
        # unless a legal form follows ("Acme, Inc.")
        # or the name goes on to "&" or "and" ("Merrill Lynch, Pierce, Fenner & Smith")
        comma = next((k for k in range(start + 1, end - 1) if doc[k].text == ","), None)
        if comma is not None and not (
            is_legal_form(doc[comma + 1].text)
            or any(t.lower_ in ("&", "and") for t in doc[comma + 1 : end])
        ):
            end = comma
    if (
        kind == "ORG" and end - start >= 3
        and doc[start].text in _COUNTRY_MARKS and doc[start + 1].lower_ in _AGENCY_STARTS
    ):
        # "U.S. Centers for Disease Control and Prevention": whose, not its name (but "U.S.
        # Steel", "U.S. News & World Report")
        start += 1
    owner = next((k for k in range(start + 1, end - 1) if doc[k].tag_ == "POS"), None)
    if (
        kind == "ORG" and owner is not None and end < len(doc)
        and doc[end].lower_ in FACILITY_NOUNS
    ):
        return (start, owner)  # "Kwena Goldfields' Letsatsi mine": the company is the owner
    if owner is not None and (
        doc[start:owner].text in _places(doc)
        # a country or province by name, before a name of two words or more ("Uganda's
        # Ministry of Health"; "Victoria's Secret" is one name)
        or (is_place(doc[start:owner].text) and end - owner > 2)
    ):
        start = owner + 1  # "Japan's Sorami": the place that owns it is not the name
    if kind == "PERSON":
        # "Mayor Elena Ruiz", "Health Minister Hamad Hassan" tagged whole: the title is
        # the role (read off the words before the name), not part of the name
        # (the name's last word is no title, nor the one before its generation: "Martin
        # Luther King III", but "King Charles III")
        core = len(without_generation([fold(t.text).rstrip(".") for t in doc[start:end]]))
        last_title = max(
            (k for k in range(start, start + core - 1)
             if doc[k].lower_.rstrip(".") in TITLE_WORDS and not _given_name(doc, k, end)),
            default=None,
        )
        if last_title is not None and doc[last_title + 1].text[:1].isupper():
            start = last_title + 1
        # "CS Joseph Mutai", "SP Olumide Akinsanya": a title abbreviated in capitals
        while end - start >= 3 and doc[start].is_alpha and doc[start].is_upper and (
            2 <= len(doc[start].text) <= 4
        ):
            start += 1
        # "Secretary of State for Internal Administration Teresa Magalhães", or a span that
        # starts inside such a title ("Commissioner for [Physical Planning and Urban
        # Development Olarewaju Odunsi]"): the name is the capitalised run after the
        # title's last lower-case word
        titled = last_title is not None and doc[last_title + 1].is_lower
        if titled or (start > 0 and (
            doc[start - 1].lower_ in PORTFOLIO_JOINS  # "Commissioner for [Physical ...]"
            or doc[start - 1].lower_ in PORTFOLIO_WORDS  # "for National [Economy ...]"
        )):
            start = _after_portfolio(doc, start, end) or start
        # "Elaine Tormey of University College Cork": the affiliation is no part of it
        cut = next(
            (k for k in range(start + 2, end - 1)
             if doc[k].lower_ in ("of", "at", "from") and doc[k + 1].text[:1].isupper()),
            None,
        )
        if cut is not None:
            end = cut
    return (start, end) if start < end else None


def _after_portfolio(doc: Any, start: int, end: int) -> int | None:
    """Where the name begins after a title's portfolio ("[of] Infrastructure and Water
    Management Ruben Vermeulen" -> "Ruben Vermeulen"): past its last lower-case word or
    portfolio word, when two or three capitalised words remain; else None."""
    cut = [k for k in range(start, end)
           if (doc[k].is_lower and doc[k].lower_ not in PARTICLES)
           or doc[k].lower_ in PORTFOLIO_WORDS
           or doc[k].text == "&"]  # "Transport & Telecommunications"
    if not cut or not any(doc[k].lower_ in PORTFOLIO_WORDS for k in cut):
        return None  # "president of the University of [Southern California]": no portfolio
    rest = doc[cut[-1] + 1 : end]
    if (
        2 <= len(rest) <= 3
        and all((t.is_alpha and t.text[:1].isupper()) or INITIAL.fullmatch(t.text)
                for t in rest)
        and rest.text not in _places(doc)
        # a body's name, no person's: "[Rescue] Office Yudhistira", "[Security and]
        # Intelligence Service"
        and rest[0].lower_ not in ORGANISATION_NAME_ENDS
        and rest[-1].lower_ not in ORGANISATION_NAME_ENDS
    ):
        return int(cut[-1]) + 1
    return None


def title_tail(ent: Any) -> tuple[int, int] | None:
    """The person closing a span the tagger read after a title and its "of" or "for"
    ("Minister of [Infrastructure and Water Management Ruben Vermeulen]", typed an
    organisation): the token range of the name, or None."""
    doc = ent.doc
    if ent.start < 2 or doc[ent.start - 1].lower_ not in PORTFOLIO_JOINS:
        return None
    before = doc[max(0, ent.start - 6) : ent.start - 1]
    if not any(t.lower_.rstrip(".") in TITLE_WORDS or t.lower_ == "head" for t in before):
        return None  # "Head of the ... Office": a title here
    first = _after_portfolio(doc, ent.start, ent.end)
    if first is None:
        first = _after_body_name(doc, ent.start, ent.end)
    return (first, ent.end) if first is not None and first > ent.start else None


def _after_body_name(doc: Any, start: int, end: int) -> int | None:
    """Where the name begins after the body a title is of ("Head of the [Palu Search and
    Rescue Office Yudhistira]", "Chairman of the [Lagos State Building Control Agency
    Gbolahan Oki]"): past the body's last noun, when one to three capitalised words that
    name no place and no body remain; else None."""
    ends = [k for k in range(start + 1, end - 1) if doc[k].lower_ in ORGANISATION_NAME_ENDS
            and doc[k].text[:1].isupper()]
    if not ends:
        return None
    rest = doc[ends[-1] + 1 : end]
    if (
        1 <= len(rest) <= 3
        and all(t.is_alpha and t.text[:1].isupper() and t.lower_ not in ORGANISATION_NAME_ENDS
                for t in rest)
        and rest.text not in _places(doc) and not is_place_name(rest.text)
    ):
        return int(ends[-1]) + 1
    return None


def _places(doc: Any) -> set[str]:
    """The names the tagger reads as places or nationalities somewhere in ``doc``."""
    return {e.text for e in doc.ents if e.label_ in ("GPE", "LOC", "NORP")}


def _after_title(ent: Any) -> bool:
    """A noun before ``ent`` that the parser hangs on it as a title ("Goalkeeper [Danny
    Square]", "Councillor [Helen Road]")."""
    if ent.start == 0:
        return False
    prev = ent.doc[ent.start - 1]
    return bool(
        prev.pos_ in ("NOUN", "PROPN") and prev.dep_ in ("compound", "nmod", "amod")
        and ent.start <= prev.head.i < ent.end
    )


def titled_person(ent: Any) -> bool:
    """A title or honorific before two or more capitalised words (and name particles)
    names a person, whatever type the tagger gave it (it reads some as a work of art or an
    organisation): "Mayor Elena Ruiz", "Oosterhout Mayor Anouk Verhoeven", and "Prof Ana
    Lima of Lisbon University", whose affiliation :func:`_clean` then cuts off. An
    organisation whose own name opens with a title word ("Major League Baseball", "King
    Power International") is none."""
    if ent.label_ == "ORG" and organisation_title(ent.text):
        return False
    words = [t for t in ent if not t.is_punct]
    for k, tok in enumerate(words):
        if tok.lower_.rstrip(".") not in NAME_PREFIXES:
            continue
        stop = next((j for j in range(k + 1, len(words)) if words[j].lower_ in _AFFILIATED),
                    len(words))
        name = words[k + 1 : stop]
        if any(t.lower_ in _AFFILIATED for t in words[:k]):
            return False  # "Bank of England Governor": an organisation's title
        if (
            # "Ms Restrepo" (an honorific names a person by one word), "Mayor Elena Ruiz"
            len(name) >= (1 if tok.lower_.rstrip(".") in _PERSONAL_HONORIFICS else 2)
            and name[0].text[:1].isupper()
            and name[-1].text[:1].isupper()
            and all(t.is_alpha and (t.text[:1].isupper() or t.lower_ in PARTICLES)
                    for t in name)
        ):
            return True
    return False


def _after_honorific(ent: Any) -> bool:
    """A personal honorific right before one to three capitalised words names a person,
    whatever type the tagger gave them ("Mr Tadese", read as a nationality), and an
    academic one, unless the tagger read a body's or a building's name ("Dr Tiago Nunes
    Barreto", read as a nationality; not "Dr Foster Research", "Dr Pepper Stadium" nor
    "DR Congo")."""
    doc = ent.doc
    if ent.start == 0:
        return False
    honorific = doc[ent.start - 1].lower_.rstrip(".")
    return (
        (honorific in _PERSONAL_HONORIFICS or (
            honorific in _ACADEMIC_HONORIFICS and not doc[ent.start - 1].is_upper
            and ent.label_ not in ("ORG", "FAC", "PRODUCT", "WORK_OF_ART")
        ))
        and len(ent) <= 3 and all(t.is_alpha and t.text[:1].isupper() for t in ent)
        # not a place's title ("Miss Scotland", "Mr Sudan")
        and not is_place_name(ent.text)
    )


def _past_dateline(parsed: Any, ent: Any) -> Any | None:
    """``ent`` without the part of it in the dateline that opens its line, where the
    tagger ran a name across the dash ("Iraq" of "Kurdistan Region - Iraq" in "ERBIL,
    Kurdistan Region - Iraq's health minister ..."); None when nothing is left or the rest
    opens with "The", where the tagger stopped inside a name ("The Patriotic Union" of
    "The Patriotic Union of Kurdistan"), which the parse then reads alone."""
    text = parsed.text
    line = text.rfind("\n", 0, ent.start_char) + 1
    dateline = dateline_at(text, line) if line < ent.start_char else None
    if dateline is None or not ent.start_char < dateline.end() < ent.end_char:
        return ent
    first = next((t.i for t in ent if t.idx >= dateline.end()), None)
    if first is None or parsed[first].lower_ == "the":
        return None
    label = ent.label_
    ent = parsed[first : ent.end]
    ent.label_ = label
    return ent


def dateline_place(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]``, in capitals at a line's start, is the place of the
    dateline that opens the line."""
    if start and text[start - 1] != "\n":
        return False
    dateline = dateline_at(text, start)
    return (
        dateline is not None and dateline.group("place") is not None
        and end <= dateline.end("place") and not any(c.islower() for c in text[start:end])
    )


#: words before a name that are no part of it: articles and possessive pronouns
_LEADING = frozenset("the a an his her its their our my".split())
#: a country's initials with dots before an organisation's name
_COUNTRY_MARKS = frozenset(["U.S.", "U.K.", "U.S"])
#: first words of government bodies' names after such initials
_AGENCY_STARTS = frozenset(
    """centers center department food federal environmental securities consumer national
    office bureau agency drug customs immigration census geological postal forest fish
    health""".split()
)
#: honorifics that name a person by one word ("Ms Restrepo"; not "Dr Pepper")
_PERSONAL_HONORIFICS = frozenset(["mr", "mrs", "ms", "miss", "mx"])
#: academic honorifics, before a person's name or a body's ("Dr Foster Research")
_ACADEMIC_HONORIFICS = frozenset(["dr", "prof"])
#: words that end a place's name and no person's ("Sabah Al-Ahmad City", "Quezon City")
_PLACE_ENDS = frozenset(
    "city town village province district county street road avenue square".split()
)
#: how the words for a nationality or a party's member end ("Kenyan", "Libertarian")
_AFFILIATION_ENDS = ("ian", "ican", "ese", "ish", "yan")
#: words for a party's member written before a name ("Democrat Joe Manchin")
_PARTIES = frozenset(
    """democrat democratic republican conservative labour liberal green independent
    socialist communist tory nationalist""".split()
)
#: words after a person's name that begin an affiliation ("of Lisbon University")
_AFFILIATED = frozenset(["of", "at", "from", "for", "and"])


def _described_person(ent: Any) -> bool:
    """Words that describe a person, the last in lower case, before a capitalised name:
    "Heartbroken widow Sumarni", which the tagger reads whole as an organisation."""
    words = list(ent)
    k = 0
    while k < len(words) - 1 and words[k].lower_ in PERSON_DESCRIPTORS:
        k += 1
    return k > 0 and words[k - 1].is_lower and all(t.text[:1].isupper() for t in words[k:])


def affiliated_person(ent: Any) -> bool:
    """A person's name and affiliation that the tagger read whole as an organisation
    ("Kazuhiro Tanabe of Hillcrest Securities"): two or three capitalised words before
    "of", "at" or "from" and another capitalised word, the first a given name and none a
    word of an organisation's name or a title (not "Bank of America", "Lloyd's of
    London"), when the affiliation ends as organisations' names do or the article writes
    the last name alone elsewhere (not "Grace Church of Christ"); :func:`_clean` then
    cuts the affiliation off."""
    if ent.label_ != "ORG":
        return False
    words = [t for t in ent if not t.is_punct]
    cut = next((k for k, t in enumerate(words) if t.lower_ in ("of", "at", "from")), None)
    if cut is None or not 2 <= cut <= 3 or cut + 1 >= len(words):
        return False
    name, affiliation = words[:cut], words[cut + 1 :]
    surname = name[-1].text
    return (
        affiliation[0].text[:1].isupper()
        and (
            any(fold(t.text) in ORGANISATION_NAME_ENDS for t in affiliation)
            or any(t.text == surname for t in ent.doc if not ent.start <= t.i < ent.end)
        )
        and all(t.is_alpha and t.text[:1].isupper() and not t.is_upper for t in name)
        and is_given_name(name[0].text)
        and not any(
            fold(t.text) in ORGANISATION_NAME_ENDS or fold(t.text) in ORGANISATION_NOUNS
            or fold(t.text) in NAME_PREFIXES
            for t in name
        )
    )


def _organisation_end(text: str) -> bool:
    """The name, up to any affiliation, ends in a word only organisations' names end in
    ("Ilanga Telecom", "Princess Cruises", "King Abdullah University of Science and
    Technology"): not a titled person with an affiliation ("Prof Ana Lima of Lisbon
    University")."""
    words = text.split()
    cut = next((i for i, w in enumerate(words) if w in ("of", "at", "from")), len(words))
    # past a level's numeral, which reads as a generation ("Nyakole Health Centre III")
    name = without_generation([fold(w) for w in words[:cut]])
    return len(name) >= 2 and name[-1] in ORGANISATION_NAME_ENDS


def _body_capitals(doc: Any) -> set[str]:
    """Words the article capitalises inside sentences that are not set in title case."""
    return {
        t.text
        for sent in doc.sents
        if not is_title_case(sent)
        for t in sent
        if t.i > sent.start and t.text[:1].isupper()
    }


def _headline_trim(ent: Any, capitals: set[str]) -> tuple[int, int] | None:
    """A name the tagger found in a title-case headline, cut to the words the article
    capitalises elsewhere too ("Vindhya Pradesh Spreads" -> "Vindhya Pradesh"; "Business
    Groups Warn" -> nothing, the body's "business groups warn" names nobody), with a
    number after such a word ("Korvell Recalls 1.8")."""
    start, end = ent.start, ent.end
    doc = ent.doc

    def dropped(tok: Any) -> bool:
        return bool(tok.is_alpha and tok.text not in capitals)

    while start < end and dropped(doc[start]):
        start += 1
    while end > start:
        if dropped(doc[end - 1]):
            end -= 1
        elif doc[end - 1].like_num and end - 2 >= start and dropped(doc[end - 2]):
            end -= 2  # "Korvell Recalls 1.8" (Million ...) -> "Korvell"
        else:
            break
    return (start, end) if end > start else None


def _span(doc: Any, start: int, end: int, label: str) -> Any:
    """A spaCy span of ``doc`` with the entity type ``label`` (spaCy is imported here, when
    a document is read, not when presslens is)."""
    from spacy.tokens import Span

    return Span(doc, start, end, label=label)


#: a person's name with a nickname in quotes between its words: 'Ramon "Bong"
#: Villanueva', "Somchai 'Lek' Prasert"
_NICKNAMED = re.compile(
    r"\b[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)? [\"“‘'][A-Z][\w-]*[\"”’'] "
    # the family name, after its particles ('Antonio "Tonyboy" dela Cruz')
    r"(?:(?:" + "|".join(sorted(PARTICLES)) + r") )*"
    r"[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?"
)


def _nicknamed(doc: Any, ents: list[Any]) -> list[Any]:
    """``ents`` with each name that holds a nickname in quotes read whole as a person,
    where the tagger cuts it at the quotes ('Ramon "Bong', 'Dimaculangan'), when it opens
    with a given name or the tagger found a person in it (not 'Samsung "Galaxy" Note');
    the names' display drops the nickname (:func:`presslens.names.display_name`)."""
    for m in _NICKNAMED.finditer(doc.text):
        span = doc.char_span(m.start(), m.end(), alignment_mode="contract")
        while span is not None and len(span) > 1 and (
            span[0].lower_.rstrip(".") in NAME_PREFIXES or span[0].text == "."
        ):
            span = span[1:]  # 'Sec. Leonardo "Leo" Dimaculangan': the title is no name
        if span is None or span[0].is_quote:
            continue  # 'Mr "Bong" Villanueva'
        if any(t.text.endswith(("'s", "’s")) for t in span) or any(
            t.tag_ == "POS" for t in span
        ):
            continue  # 'Elon Musk's "Grok" Chatbot': whose, not who
        person = next((e for e in ents if e.label_ == "PERSON"
                       and e.start < span.end and span.start < e.end), None)
        quote = next(t.i for t in span if t.is_quote)
        if person is not None and span.start < person.start < quote:
            span = doc[person.start : span.end]  # "Meanwhile [Francis 'Chiz' Escudero"
        elif span[1].text[:1].isupper() and (
            span[0].pos_ != "PROPN" or span[0].ent_type_ in ("DATE", "TIME")
            or (not is_given_name(span[0].text) and is_given_name(span[1].text))
        ):
            span = span[1:]  # "Then Ramon 'Bong' Villanueva": a sentence's word before it
        if person is None and not is_given_name(span[0].text):
            continue
        if span[0].pos_ != "PROPN" and not is_given_name(span[0].text):
            continue  # 'But "Tonyboy" dela Cruz said': a sentence's word, no given name
        ents = [e for e in ents if e.end <= span.start or e.start >= span.end]
        ents.append(_span(doc, span.start, span.end, label="PERSON"))
    return sorted(ents, key=lambda e: e.start)


def _repaired_entities(parsed: Any) -> list[Any]:
    """spaCy's entities, with the names the small tagger cuts apart or misses put back:
    a person's name around a nickname in quotes (:func:`_nicknamed`), a company's name up
    to its legal form (:func:`_legal_form_names`), a person named after a title
    (:func:`_titled_names`), a name cut before a hyphenated given name
    (:func:`_hyphenated_given_names`), a name cut at its particles (:func:`_particle_names`), the
    pieces of one person's name (:func:`_joined_names`), a
    given name written before the family name (:func:`_given_name_first`); a public
    body's name typed a place is an organisation's (:func:`_body_typed_place`), a
    person's typed a place a person's (:func:`_person_typed_place`); an
    organisation's name ends before a joining word (:func:`_without_trailing_glue`)."""
    ents = _nicknamed(parsed, _missed_organisations(parsed, list(parsed.ents)))
    ents = _titled_names(parsed, _legal_form_names(parsed, ents))
    ents = _particle_names(parsed, sorted(ents, key=lambda e: e.start))
    ents = _first_names(parsed, _joined_names(parsed, _hyphenated_given_names(parsed, ents)))
    ents = [_span(parsed, e.start, e.end, label="ORG") if _body_typed_place(e)
            else _span(parsed, e.start, e.end, label="PERSON") if _person_typed_place(e)
            else e for e in _given_name_first(parsed, ents)]
    companies = {name for e in ents if (name := _company_typed_otherwise(e))}
    ents = [_span(parsed, e.start, e.end, label="ORG")
            if e.label_ in _NOT_ORGANISATIONS and e.text in companies else e for e in ents]
    whole = [_without_trailing_glue(parsed, _whole_organisation(parsed, e))
             if e.label_ == "ORG" else e for e in ents]
    # the names a longer one now holds ("Maritime", "Ras Bnaider") are no names of their own
    return [e for e in whole if not any(
        o.start <= e.start and e.end <= o.end and (o.start, o.end) != (e.start, e.end)
        for o in whole
    )]


#: the last words of a public body's name that no place's name ends in: the institutions'
#: nouns but those a building or a place may end in ("Post Office", "Court", "Institute")
_BODY_NAME_ENDS = INSTITUTION_NOUNS - frozenset(
    "office court tribunal institute guard police unit brigade".split()
)


def _body_typed_place(ent: Any) -> bool:
    """A public body's name that the tagger typed a place ("the Port of Rotterdam
    Authority", "Lake Victoria Basin Commission"): two or more words, the last a body's."""
    return bool(
        ent.label_ in ("LOC", "FAC") and len(ent) >= 2  # a GPE: "Khyber Agency", a district
        and ent[-1].text[:1].isupper() and ent[-1].lower_ in _BODY_NAME_ENDS
    )


#: the types a company's name may be given by the tagger instead of an organisation's
_NOT_ORGANISATIONS = frozenset(["PERSON", "GPE", "NORP", "LOC", "FAC", "PRODUCT", "WORK_OF_ART"])


def _company_typed_otherwise(ent: Any) -> str | None:
    """A company's name the tagger typed a person, a place or a product, as the article
    writes it: proper nouns right after a place's "-based" ("Mumbai-based Vardhan Ispat",
    "Berlin-based Lanternfish Lab") or naming the company of an officer written after them,
    with the officer's title and name ("Hozumi Denki President Ono Ryohei", "Rheinflug CEO
    Johannes Velten", the title in the tagger's span or after it) -> the company's name. No
    place the gazetteers know ("Hanoi Chairman ..."), no people's adjective ("Palestinian
    President ..."), nor a person the sentence gives a post ("elected Amina Yusuf president
    Sunday"); a place's name the gazetteers miss heads a region's government ("Tatarstan
    President ..."), so a place's type takes a company's titles only (chief executive,
    managing director, boss, founder). None for any other entity."""
    if ent.label_ not in _NOT_ORGANISATIONS:
        return None
    doc = ent.doc
    text = doc.text
    name_end = ent.end_char
    title = _TRAILING_OFFICER.search(ent.text)
    if title is not None:
        name_end = ent.start_char + title.start()
    tokens = [tok for tok in ent if tok.idx < name_end]
    name: str = text[ent.start_char : name_end]
    if not tokens or not all(tok.pos_ == "PROPN" or tok.text in NAME_GLUE for tok in tokens) or (
        is_place(name) or is_place_name(name)
    ):
        return None
    if _BASED.search(text, max(0, ent.start_char - 40), ent.start_char) is not None:
        return name
    officer = _COMPANY_OFFICER.match(text, name_end)
    head = officer is not None and officer.group(1).lower() in _HEADS
    if officer is None or (ent.label_ in _PLACE_TYPES and head) or (
        # "Catalan President": a people's head of government
        ent.label_ == "NORP" and head and officer.group(1).lower() == "president"
    ) or (
        officer.group(2).lower().rstrip(".") in WEEKDAYS or officer.group(2).lower() in MONTHS
    ):
        return None  # "... president Sunday": a date, no officer's name
    last = tokens[-1]
    # the name modifies the officer's name after it ("Rheinflug CEO Johannes Velten"), as
    # no object of "elected" does
    return name if last.dep_ in ("compound", "nmod", "poss") and last.head.i > last.i else None


_OFFICER_TITLE = (r"(CEO|[Cc]hief [Ee]xecutive|[Cc]hair(?:man|woman|person)|[Pp]resident|"
                  r"[Mm]anaging [Dd]irector|boss|[Ff]ounder)")
#: the officers' titles a region's or a country's head also holds
_HEADS = frozenset(["president", "chairman", "chairwoman", "chairperson"])
_PLACE_TYPES = frozenset(["GPE", "LOC", "FAC"])
_TRAILING_OFFICER = re.compile(r" " + _OFFICER_TITLE + r"$")
#: a company's officer named after the company's name ("Kurashiki Seiwa President Junichi
#: Sugiura", "Vossberg CEO Jurgen Muhlenkamp"): titles no person's name comes before
#: (unlike "Biden spokesman Andrew Bates", "Trump adviser ...")
_COMPANY_OFFICER = re.compile(r" " + _OFFICER_TITLE + r" ([A-Z][\w'’.-]+)")
#: "Mumbai-based ", "California-based ", right before a name
_BASED = re.compile(r"\w-based\s+$")


#: the last words of places named for a person ("Alice Springs", "Lincoln County"): the
#: words that end a place's name (:data:`_PLACE_ENDS`) and those of its land and water
_PLACE_NOUNS = _PLACE_ENDS | frozenset(
    """airport bay beach bridge creek falls harbour harbor heights hill hills island
    islands lake mountain mountains park point port region river springs state station
    township valley tech strait sea hole gulf coast cape canyon peak mount ridge pass
    desert forest glacier channel sound lagoon reef""".split()
)
#: words before a place, not before a person
_BEFORE_PLACE = frozenset("in at near into across outside to toward towards off".split())


def _person_typed_place(ent: Any) -> bool:
    """A person's name that the tagger typed a place ("Eleni Papadopoulou, 67, sat on a
    camp bed"): two or three capitalised words, the first a given name, no place's name
    that the gazetteers know nor one that ends in a place's noun, and no occurrence in
    the article after "in", "at" or "near"."""
    words = [t.text for t in ent]
    if not (
        ent.label_ in ("GPE", "LOC") and 2 <= len(words) <= 3
        and all(w.isalpha() and w[:1].isupper() and not w.isupper() for w in words)
        and is_given_name(words[0]) and words[-1].lower() not in _PLACE_NOUNS
        and words[-1].lower() not in ORGANISATION_NAME_ENDS
        and not is_place_name(ent.text) and not is_place(ent.text)
    ):
        return False
    doc = ent.doc
    return not any(
        doc[k - 1].lower_ in _BEFORE_PLACE
        or (k > 1 and doc[k - 1].lower_ == "the" and doc[k - 2].lower_ in _BEFORE_PLACE)
        for k in range(1, len(doc) - len(words) + 1)
        if doc[k].text == words[0] and doc[k : k + len(words)].text == ent.text
    )


def _without_trailing_glue(doc: Any, ent: Any) -> Any:
    """``ent`` without the joining words a repair left at its end ("Harborline Health
    Distributors [of]" before "New Jersey")."""
    end = ent.end
    while end - 1 > ent.start and doc[end - 1].lower_ in NAME_GLUE:
        end -= 1
    return ent if end == ent.end else _span(doc, ent.start, end, label=ent.label_)


#: titles written after their portfolio ("Land and Environment Minister")
_PORTFOLIO_TITLES = frozenset(["minister", "secretary"])
#: portfolio words that may be a body's own name ("National Police chief", "State Security")
_BODY_WORDS = frozenset(["police", "security", "state", "national"])
#: entity types a missed organisation's name may hold ("Kenya" in "Kenya Red Cross
#: Society", "Singapore" in "Port Authority of Singapore", a piece of it the tagger found)
_INSIDE_ORGANISATION = frozenset(["GPE", "LOC", "NORP", "ORG", "FAC"])


def _missed_organisations(doc: Any, ents: list[Any]) -> list[Any]:
    """``ents`` with the organisations the small tagger misses or cuts short put in: a
    run of capitalised name words, joined by "of", "for", "and", "the" or "&", in which
    a word only organisations' names end in (:data:`~presslens.names.ORGANISATION_NAME_ENDS`)
    comes after another name word or before "of" ("The Vindhya Chamber of Commerce and
    Industry", "the Seafarers' Rights Alliance of the Philippines", "Kenya Red Cross
    Society"). The name runs from the first word after any title ("Director of the ...")
    to the end of the run; the entities inside it (a place, a piece of the name) give way
    to it. Sentences in title case are left alone (a headline's words are all capitals),
    and so is a run that holds a person or a date."""
    out = list(ents)
    for sent in doc.sents:
        if is_title_case(sent):
            continue
        k = sent.start
        while k < sent.end:
            if not _name_word(doc[k]) or (
                # "Senior Red Cross Society volunteers": the tagger's name begins after a
                # sentence's first word
                k == sent.start and k + 1 < sent.end and doc[k + 1].ent_iob_ == "B"
            ):
                k += 1
                continue
            run = _name_run(doc, k, sent.end)
            k = run[-1] + 1
            span = _organisation_in(doc, _without_described_noun(doc, run, sent.end))
            if span is None:
                continue
            start, end = span
            inside = [e for e in out if e.start < end and start < e.end]
            if any(e.start == start and e.end == end for e in inside) or any(
                e.label_ not in _INSIDE_ORGANISATION or e.end > end
                or e.start + (doc[e.start].lower_ == "the") < start
                for e in inside
            ):
                continue  # found already, holds a person or a date, or runs past the run
            out = [e for e in out if not (e.start < end and start < e.end)]
            out.append(_span(doc, start, end, label="ORG"))
    return sorted(out, key=lambda e: e.start)


def _name_run(doc: Any, k: int, stop: int) -> list[int]:
    """The token indices of the run of name words and joining words that starts at ``k``
    (see :func:`_missed_organisations`), before ``stop``."""
    run = [k]
    j = k + 1
    while j < stop:
        if _name_word(doc[j]) or (
            # "Seafarers' Rights Alliance": a plural owner opening the name
            doc[j].text in ("'", "’") and doc[j - 1].lower_.endswith("s")
            and j + 1 < stop and _name_word(doc[j + 1])
        ):
            run.append(j)
            j += 1
            continue
        listed = _listed_portfolios(doc, j, stop) if any(
            doc[i].lower_ == "of" for i in run
        ) else None
        if listed is not None:
            # "Department of Forestry, Fisheries and the Environment"
            run.extend(range(j, listed))
            j = listed
            continue
        glue = j
        while glue < stop and doc[glue].lower_ in PORTFOLIO_JOINS:
            glue += 1
        if not (glue > j and glue < stop and glue - j <= 2 and _name_word(doc[glue])):
            break
        if doc[j].lower_ in ("and", "&") and _two_bodies(doc, run, glue, stop):
            break  # "the South African Police Service and SERNIC": two bodies
        run.extend(range(j, glue))
        j = glue
    return run


def _without_described_noun(doc: Any, run: list[int], stop: int) -> list[int]:
    """``run`` without the words after its last joining word when they describe the common
    noun that follows ("the Department of Foreign Affairs and the Qatari authorities"),
    unless they hold a body's word ("MILLIONS of Ilanga Telecom customers")."""
    run = list(run)
    while (
        run and run[-1] + 1 < stop and doc[run[-1] + 1].is_lower
        and doc[run[-1] + 1].pos_ == "NOUN"
        and any(doc[i].lower_ in PORTFOLIO_JOINS for i in run)
        and not _body_word_after_glue(doc, run)
    ):
        while run and doc[run[-1]].lower_ not in PORTFOLIO_JOINS:
            run.pop()
        while run and doc[run[-1]].lower_ in PORTFOLIO_JOINS:
            run.pop()
    return run


def _body_word_after_glue(doc: Any, run: list[int]) -> bool:
    """The words of ``run`` after its last joining word hold a body's word."""
    tail: list[int] = []
    for i in reversed(run):
        if doc[i].lower_ in PORTFOLIO_JOINS:
            break
        tail.append(i)
    return any(fold(doc[i].text) in ORGANISATION_NAME_ENDS for i in tail)


def _two_bodies(doc: Any, run: list[int], after: int, stop: int) -> bool:
    """The name words from ``after`` (past an "and") begin a body of their own, not more of
    the one ``run`` names: the tagger begins an organisation there ("the Bank of England
    and the Treasury"), ``run`` ends in a body's word ("the South African Police Service
    and SERNIC"), or ``run`` holds one and so do they ("Ministry of Health and Ministry of
    Education"; not "Chamber of Commerce and Industry")."""
    if doc[after].ent_iob_ == "B" and doc[after].ent_type_ == "ORG":
        return True
    if fold(doc[run[-1]].text) in ORGANISATION_NAME_ENDS:
        return True  # "the South African Police Service and SERNIC"
    if not any(fold(doc[i].text) in ORGANISATION_NAME_ENDS for i in run):
        return False
    i = after
    while i < stop and (_name_word(doc[i]) or doc[i].lower_ in ("of", "for", "the")):
        if fold(doc[i].text) in ORGANISATION_NAME_ENDS:
            return True
        i += 1
    return False


def _listed_portfolios(doc: Any, j: int, stop: int) -> int | None:
    """Where a list of a body's portfolios that goes on at the comma ``j`` ends (", Fisheries
    and the Environment"): portfolio words (:data:`~presslens.names.PORTFOLIO_WORDS`),
    more after commas, and the last after "and" (and "the"); None when the comma ends the
    name ("the Ministry of Energy, Kenya Power and the Red Cross": three bodies)."""
    if doc[j].text != ",":
        return None

    def portfolios(i: int) -> int:
        while i < stop and _name_word(doc[i]) and doc[i].lower_ in PORTFOLIO_WORDS:
            i += 1
        return i

    i = j + 1
    while True:
        words, i = i, portfolios(i)
        if i == words or i >= stop or _name_word(doc[i]):
            return None
        if doc[i].text == ",":
            i += 1
            continue
        if doc[i].lower_ != "and":
            return None
        i += 1 + (i + 1 < stop and doc[i + 1].lower_ == "the")
        last, i = i, portfolios(i)
        return i if i > last and not (i < stop and _name_word(doc[i])) else None


def _name_word(tok: Any) -> bool:
    """A capitalised word that may be part of a name (not a sentence's "The"; at a
    sentence's start a proper noun only)."""
    return bool(
        tok.is_alpha and tok.text[:1].isupper() and tok.pos_ in ("PROPN", "NOUN", "ADJ")
        and tok.ent_type_ not in ("DATE", "TIME", "PERSON", "CARDINAL", "ORDINAL")
        and (tok.pos_ == "PROPN" or not tok.is_sent_start)
    )


def _organisation_in(doc: Any, run: list[int]) -> tuple[int, int] | None:
    """The token range of the organisation's name in ``run`` (token indices of one run of
    name words and glue, see :func:`_missed_organisations`), or None when it names none."""
    if not run:
        return None
    # after the last title ("Director of the National Institute of Health"): the body
    first = 0
    for n, i in enumerate(run):
        if doc[i].lower_.rstrip(".") in TITLE_WORDS or doc[i].lower_ in HONORIFICS:
            first = n + 1
    while first < len(run) and doc[run[first]].lower_ in PORTFOLIO_JOINS:
        first += 1
    words = run[first:]
    ends = [
        n for n, i in enumerate(words)
        if fold(doc[i].text) in ORGANISATION_NAME_ENDS
        and (n > 0 or (n + 1 < len(words) and doc[words[n + 1]].lower_ == "of"))
    ]
    if not ends:
        return None
    # "MILLIONS of Ilanga Telecom customers": what comes before an "of" that precedes the
    # body's word is no part of its name (after one, "Chamber of Commerce", it is)
    ofs = [n for n in range(ends[0]) if doc[words[n]].lower_ == "of"]
    if ofs:
        words = words[ofs[-1] + 1 :]
        while words and doc[words[0]].lower_ in PORTFOLIO_JOINS:
            words = words[1:]
    names = [i for i in words if doc[i].lower_ not in PORTFOLIO_JOINS and doc[i].is_alpha]
    if len(names) < 2:
        return None
    return words[0], words[-1] + 1


def _legal_form_names(doc: Any, ents: list[Any]) -> list[Any]:
    """``ents`` with each run of capitalised name words that ends in a legal form as one
    organisation ("Seoan Battery Hungary Kft.", read as a person and a country; "Sorami
    Automotive Malaysia Sdn Bhd"; "Kestrel Mining (Pty) Ltd", a legal form in brackets
    inside), replacing the entities inside it."""
    for tok in doc:
        if (
            not (tok.text[:1].isupper() and is_legal_form(tok.text))
            or is_title_case(tok.sent)
            or (tok.i + 1 < len(doc) and doc[tok.i + 1].text[:1].isupper())
        ):
            continue  # the name ends at its last legal form ("Sdn Bhd"; not "Co Durham")
        start = tok.i
        while start > tok.sent.start:
            if start - 3 >= tok.sent.start and doc[start - 1].text == ")" and (
                doc[start - 3].text == "(" and is_legal_form(doc[start - 2].text)
            ):
                start -= 3  # a legal form in brackets: "Kestrel Mining (Pty) Ltd"
                continue
            if not (
                doc[start - 1].text[:1].isupper()
                and (doc[start - 1].is_alpha or doc[start - 1].text in ("&", "Co."))
                # a name's word, not "On Tuesday", "When", "Both", "British"
                and doc[start - 1].pos_ == "PROPN"
                and doc[start - 1].ent_type_ not in ("DATE", "TIME", "NORP")
            ):
                break
            start -= 1
        if start == tok.i or any(e.start == start and e.end == tok.i + 1 for e in ents):
            continue
        if any(e.start < start < e.end for e in ents):
            continue  # the run starts inside another name: not sure where it begins
        ents = [e for e in ents if e.end <= start or e.start > tok.i]
        ents.append(_span(doc, start, tok.i + 1, label="ORG"))
    return ents


def _titled_names(doc: Any, ents: list[Any]) -> list[Any]:
    """``ents`` with the person a title ends in where the tagger found none there
    (:func:`_name_after_title`), replacing a lone word it typed otherwise."""
    for tok in doc:
        name = _name_after_title(tok)
        if name is not None and not any(
            e.start < name[1] and name[0] < e.end and (e.label_ == "PERSON" or len(e) > 1)
            for e in ents
        ):
            ents = [e for e in ents if e.end <= name[0] or e.start >= name[1]]
            ents.append(_span(doc, name[0], name[1], label="PERSON"))
    return ents


def _capitalised_word(word: str) -> bool:
    """A capitalised word of a name, or capitalised parts joined by hyphens
    ("El-Sharkawy", not "Iranian-backed")."""
    return all(part[:1].isupper() and part.isalpha() for part in word.split("-"))


def _particle_name_word(word: str) -> bool:
    """A capitalised word of a name or a first name's initial ("J." of "J. van den Berg")."""
    return _capitalised_word(word) or bool(INITIAL.fullmatch(word))


#: entity types the tagger gives a piece of a name cut at its particles ("Ursula von" +
#: "der" + "Leyen", a place)
_PARTICLE_PIECE_TYPES = frozenset(["PERSON", "ORG", "GPE", "NORP", "LOC"])


def _particle_names(doc: Any, ents: list[Any]) -> list[Any]:
    """``ents`` (in text order) with the names the tagger cut at their particles whole
    again: at lower-case particles (:func:`_joined_at_particles`), after a capitalised one
    (:func:`_after_capital_particle`), and the family name written alone with its particle
    capitalised (:func:`_family_name_alone`)."""
    ents = _joined_at_particles(doc, ents)
    return _family_name_alone(doc, _after_capital_particle(doc, ents))


def _with_person(doc: Any, ents: list[Any], start: int, end: int) -> list[Any]:
    """``ents`` (in text order) with a person's name over tokens ``start``-``end`` in place
    of the entities it overlaps."""
    out = [e for e in ents if not (e.start < end and start < e.end)]
    return sorted([*out, _span(doc, start, end, label="PERSON")], key=lambda e: e.start)


def _entity_at(ents: list[Any], i: int) -> Any:
    """The entity of ``ents`` that holds token ``i``, or None."""
    return next((e for e in ents if e.start <= i < e.end), None)


def _joined_at_particles(doc: Any, ents: list[Any]) -> list[Any]:
    """``ents`` with a person's name cut at its lower-case particles whole: "Joost van" +
    "den" + "Berg", "Ursula von" + "der" + "Leyen" (typed a place), "Joost" untagged
    before "van den" + "Berg". A piece must be typed a person by the tagger, so "Banco de
    Chile" stays as it is."""
    out = list(ents)
    k = 1
    while k < len(doc):
        if not (doc[k].is_lower and doc[k].lower_ in PARTICLES):
            k += 1
            continue
        end_p = k
        while end_p < len(doc) and doc[end_p].is_lower and doc[end_p].lower_ in PARTICLES:
            end_p += 1
        before, after = doc[k - 1], doc[end_p] if end_p < len(doc) else None
        span = None if (
            after is None or not _particle_name_word(before.text)
            or not _capitalised_word(after.text) or before.sent != after.sent
        ) else _particle_span(doc, out, k, end_p)
        if span is not None:
            out = _with_person(doc, out, *span)
        k = end_p
    return out


def _particle_span(doc: Any, ents: list[Any], k: int, end_p: int) -> tuple[int, int] | None:
    """The tokens of the person's name around the particles ``k``-``end_p`` (see
    :func:`_joined_at_particles`), or None."""
    before = doc[k - 1]
    left, right = _entity_at(ents, k - 1), _entity_at(ents, end_p)
    if left is not None and left.label_ in _PARTICLE_PIECE_TYPES:
        start = left.start
    elif left is None and before.pos_ == "PROPN":
        start = k - 1
        # "Joost" untagged; a title before it is no part of the name
        while (start > before.sent.start and doc[start - 1].pos_ == "PROPN"
               and _capitalised_word(doc[start - 1].text)
               and _entity_at(ents, start - 1) is None and k - start < 2):
            start -= 1
    else:
        return None
    if right is not None and right.start == end_p and right.label_ in _PARTICLE_PIECE_TYPES:
        end = right.end
    elif right is None:
        end = end_p + 1
    else:
        return None
    pieces = [e for e in (left, right) if e is not None]
    words = [t for t in doc[start:end] if not (t.is_lower and t.lower_ in PARTICLES)]
    if not (
        any(e.label_ == "PERSON" for e in pieces)
        # a piece typed otherwise after the particles only when the tagger took the
        # particle into the person's name ("Ursula von" + "Leyen"): "Maria Lopez ten
        # Dallas officers" holds no name
        and (right is None or right.label_ == "PERSON" or (
            left is not None and left.label_ == "PERSON" and left.end > k))
        and 2 <= len(words) <= 4
        and all(_particle_name_word(t.text) or t.text in ("'s", "’s") for t in words)
        and not any(t.lower_ in TITLE_WORDS or t.lower_ in HONORIFICS for t in words)
    ):
        return None
    return start, end - (doc[end - 1].text in ("'s", "’s"))


def _after_capital_particle(doc: Any, ents: list[Any]) -> list[Any]:
    """``ents`` with a person's name that ends in a capitalised particle joined to the
    family name after it, untagged or typed apart: "Marie-Hélène Le" + "Bihan"."""
    out = list(ents)
    for ent in ents:
        after = ent.end
        if not (ent.label_ == "PERSON" and len(ent) >= 2 and ent[-1].lower_ in PARTICLES
                and ent[-1].text[:1].isupper() and after < len(doc)
                and _capitalised_word(doc[after].text) and doc[after].sent == ent.sent):
            continue
        right = _entity_at(out, after)
        if right is None:
            out = _with_person(doc, out, ent.start, after + 1)
        elif right.start == after and len(right) <= 2 and right.label_ in _PARTICLE_PIECE_TYPES:
            out = _with_person(doc, out, ent.start, right.end)
    return out


def _family_name_alone(doc: Any, ents: list[Any]) -> list[Any]:
    """``ents`` with the family name written alone, its particle capitalised at a
    sentence's start or after a title ("Van den Berg said", "Mr Du Toit", typed anything),
    a person's where exactly one person of the article bears it."""
    out = list(ents)
    people = [[t.lower_ for t in e] for e in ents if e.label_ == "PERSON"]
    for k, tok in enumerate(doc):
        if not (tok.text[:1].isupper() and tok.lower_ in PARTICLES):
            continue
        end = k + 1
        while end < len(doc) and doc[end].lower_ in PARTICLES:
            end += 1
        if end >= len(doc) or not _capitalised_word(doc[end].text):
            continue
        end += 1
        family = [t.lower_ for t in doc[k:end]]
        holder = _entity_at(out, k)
        bearers = {tuple(p) for p in people if len(p) > len(family) and p[-len(family):] == family}
        if (holder is not None and holder.label_ == "PERSON" and holder.start < k) or (
            len(bearers) != 1
        ):
            # inside a person's name already, no person of that name, or two ("Frank de
            # Boer" and his brother "Ronald de Boer": which "De Boer" is, is not said)
            continue
        if all(e.end <= end for e in out if e.start < end and k < e.end):
            out = _with_person(doc, out, k, end)
    return out


def _with_untagged_head(doc: Any, ent: Any) -> Any:
    """A person's name with the surname the tagger left untyped right after it, when the
    parser hangs the name's words on it ("Governor Mohammed Umaru Bago": "Bago", a town's
    name too, heads "Mohammed Umaru")."""
    if ent.label_ != "PERSON" or ent.end >= len(doc) or len(ent) > 3:
        return ent
    if doc[ent.end - 1].whitespace_ != " " or is_title_case(ent.sent):
        return ent
    # the head, or a family name before it that hangs on it too ("Maria da Conceição
    # Quintas Mbemba": "Quintas Mbemba" untyped, "Mbemba" heading all)
    for head_i in range(ent.end, min(ent.end + 2, len(doc))):
        head = doc[head_i]
        run = doc[ent.end : head_i + 1]
        if not all(
            t.pos_ == "PROPN" and t.is_alpha and t.text[:1].isupper() and not t.is_upper
            and not t.ent_type_ and fold(t.text) not in ORGANISATION_NAME_ENDS
            and (t.i == head_i or (t.dep_ == "compound" and t.head.i == head_i
                                   and t.whitespace_ == " "))
            for t in run
        ):
            return ent
        if doc[ent.end - 1].head.i == head.i and all(
            t.dep_ == "compound" and ent.start <= t.head.i <= head.i for t in ent
        ):
            return _span(doc, ent.start, head_i + 1, label="PERSON")
    return ent


def _joined_names(doc: Any, ents: list[Any]) -> list[Any]:
    """``ents`` (in text order) with the pieces of one person's name joined: two person
    names with nothing between ("Surya Bahadur" + "Pokharel"), and a lone first word the
    tagger typed otherwise right before a person ("Esteban" + "Londoño Mejía"; not
    "Kenyan Eliud Kipchoge")."""
    out: list[Any] = []
    for ent in ents:
        ent = _with_untagged_head(doc, ent)
        prev = out[-1] if out else None
        words = f"{prev.text} {ent.text}".split() if prev is not None else []
        if (
            prev is not None
            and prev.label_ == ent.label_ == "PERSON"
            and prev.end == ent.start
            and len(words) <= 4
            and all(_capitalised_word(w) for w in words)
            and not is_title_case(ent.sent)
        ):
            # "Surya Bahadur" + "Pokharel", "Kamal Abdel" + "Fattah El-Sharkawy": one name
            # the tagger cut in two
            out[-1] = _span(doc, prev.start, ent.end, label="PERSON")
            continue
        if (
            prev is not None
            and ent.label_ == "PERSON"
            and prev.end == ent.start
            and len(prev) == 1
            and prev.label_ in ("ORG", "GPE", "PERSON")  # not "Kenyan Eliud Kipchoge"
            and prev[0].pos_ == "PROPN"
            and prev[0].is_alpha
            and prev[0].text[:1].isupper()
            and len(prev) + len(ent) <= 4
            and prev.sent == ent.sent
            and not is_title_case(ent.sent)
            and not is_place(prev.text)
            and not any(  # a place the tagger knows elsewhere in the article
                e.text == prev.text and e.label_ in ("GPE", "LOC", "NORP") and e.start != prev.start
                for e in doc.ents
            )
            and (prev.start == prev.sent.start or not doc[prev.start - 1].text[:1].isupper())
        ):
            out[-1] = _span(doc, prev.start, ent.end, label="PERSON")
            continue
        if (
            prev is not None
            and prev.label_ == "PERSON"
            and ent.label_ in ("ORG", "GPE")
            and len(ent) == 1
            and ent.end - prev.start <= 4
            # "Hamisi Saidi" + "Mwinyimkuu", the name's head: its surname, right after it
            # or after capitalised words of the name no entity holds ("Syed Naveed" +
            # "Haider" + "Jafri")
            and all(
                t.dep_ == "compound" and t.head.i == ent.start
                and (t.i < prev.end or (t.pos_ == "PROPN" and t.is_alpha
                                        and t.text[:1].isupper() and not t.ent_type_))
                for t in doc[prev.end - 1 : ent.start]
            )
            and ent[0].pos_ == "PROPN" and ent[0].is_alpha and ent[0].text[:1].isupper()
            and not ent[0].is_upper
            and fold(ent.text) not in ORGANISATION_NAME_ENDS
            and not is_title_case(ent.sent)
            and not is_place(ent.text)
        ):
            out[-1] = _span(doc, prev.start, ent.end, label="PERSON")
            continue
        out.append(ent)
    return out


#: one syllable of a romanised Korean or Chinese given name ("jin", "woo", "hwan",
#: "seung", "yee"): one run of vowels, no other end than a nasal or a stop
_SYLLABLE = re.compile(r"[bcdfghjklmnpqrstwxyz]{0,3}[aeiouy]{1,3}(?:ng|n|m|l|k|p|t|r|h)?")


def _given_name_first(doc: Any, ents: list[Any]) -> list[Any]:
    """``ents`` with a hyphenated given name written before the family name, as Western
    outlets write Korean names ("Jin-woo Bae", "Min-jae Koh"), one person: the tagger cuts
    such a name at the hyphen or after the given name and types the family name as
    anything ("Jung-hwan" + "Lee", "Koh" an organisation)."""
    out = list(ents)
    for ent in ents:
        k = ent.start - 3
        if (
            len(ent) != 1 or k < 0 or ent.label_ not in ("PERSON", "ORG", "GPE", "NORP")
            or not (ent[0].is_alpha and ent[0].text[:1].isupper() and not ent[0].is_upper)
            or doc[k].sent != ent.sent or is_title_case(ent.sent)
            or not HYPHENATED_GIVEN.fullmatch(doc[k : ent.start].text)
            # two syllables ("Jin-woo"), not "Seoul-based", "Co-host" or "Ex-aide"
            or not (_SYLLABLE.fullmatch(doc[k].lower_) and _SYLLABLE.fullmatch(doc[k + 2].lower_))
            or doc[k].ent_type_ in ("GPE", "NORP", "LOC")
            or not doc[ent.start - 1].whitespace_
            or fold(ent.text) in ORGANISATION_NAME_ENDS  # "Lam Chi-wai Holdings"
        ):
            continue
        out = [e for e in out if e.end <= k or e.start >= ent.end]
        out.append(_span(doc, k, ent.end, label="PERSON"))
    return sorted(out, key=lambda e: e.start)


def _hyphenated_given_names(doc: Any, ents: list[Any]) -> list[Any]:
    """``ents`` with a person's hyphenated given name put back where the tagger cut it off
    ("Kim" of "Kim Do-hyun", whose "Do" it read as a verb): a capitalised word, a hyphen
    and a lower-case word, written without spaces, right after the name."""
    out = []
    for e in ents:
        k = e.end
        if (
            e.label_ == "PERSON" and k + 2 < len(doc)
            and doc[k].text[:1].isupper() and doc[k].is_alpha and not doc[k].whitespace_
            and doc[k + 1].text == "-" and not doc[k + 1].whitespace_
            and doc[k + 2].is_alpha and doc[k + 2].is_lower
            and not any(o.start <= k < o.end for o in ents)
        ):
            e = _span(doc, e.start, k + 3, label="PERSON")
        out.append(e)
    return out


def _first_names(doc: Any, ents: list[Any]) -> list[Any]:
    """``ents`` with a person's first word or two put back where the tagger left them out
    of the name and out of every entity ("minister, [Abdirisaq] Mohamed Warsame, said",
    "CEO [Johannes] Maria Velten", "Commissioner [Hamisi Saidi] Mwinyimkuu"): capitalised
    proper nouns that the parser hangs on the name,
    that opens the run of capitalised words inside a sentence after punctuation or a title,
    and that is no title, honorific or portfolio word,
    nor a word the article also writes in lower case (a sentence's first word may be a
    title: "Coach John Smith said")."""
    lower = {t.lower_ for t in doc if t.is_lower}

    def given(k: int, end: int) -> bool:
        """``doc[k]`` may be a given name the tagger left out of the name that ends at
        ``end``."""
        tok = doc[k]
        return bool(
            tok.pos_ == "PROPN" and tok.dep_ == "compound" and k < tok.head.i < end
            and tok.is_alpha and tok.text[:1].isupper() and not tok.is_upper
            and not tok.ent_type_ and tok.lower_ not in lower
            and tok.lower_.rstrip(".") not in NAME_PREFIXES
            and tok.lower_ not in PORTFOLIO_WORDS
            and fold(tok.text) not in ORGANISATION_NAME_ENDS
            and not is_place(tok.text)
            # "Libertarian Gary Johnson", "Kenyan Eliud Kipchoge": an affiliation
            and not tok.lower_.endswith(_AFFILIATION_ENDS)
            and tok.lower_ not in _PARTIES
        )

    def name_slot(k: int) -> bool:
        """A name may open at ``doc[k]``: after punctuation ("minister, Abdirisaq ..."),
        not after a word in lower case or a dateline's dash, where the slot is a title's
        ("the prison Warden James Cole", "the Dutchman Max Verstappen", "LAGOS — Pastor
        Enoch Adeboye")."""
        sent = doc[k].sent
        return k > sent.start and not is_title_case(sent) and (
            (doc[k - 1].is_punct and doc[k - 1].text not in ("-", "–", "—"))
            # "Dr [Naveed] Haider Jafri": an honorific's name follows it
            or doc[k - 1].lower_.rstrip(".") in HONORIFICS
            # "The company's CEO Johannes Maria Velten": a one-word title's own slot is
            # taken (not "Chief Executive Officer Mary Barra")
            or (
                doc[k - 1].lower_ in TITLE_WORDS and doc[k - 1].is_alpha
                and not (k - 2 >= sent.start and doc[k - 2].lower_ in TITLE_WORDS)
            )
        )

    out = []
    for ent in ents:
        if ent.label_ == "PERSON":
            # one given name, or two ("Regional Commissioner [Hamisi Saidi] Mwinyimkuu")
            for k in (ent.start - 1, ent.start - 2):
                if k < 0 or ent.end - k > 4 or not given(k, ent.end):
                    break
                if name_slot(k) or (
                    # "said Dipak Kumar Barua", a sentence's "Deepak Kumar Barua, a
                    # deputy director": a given name opens a name wherever it stands (a
                    # title that is also a given name, "Warden", is none: see given())
                    is_given_name(doc[k].text) and not is_title_case(doc[k].sent)
                ):
                    ent = _span(doc, k, ent.end, label="PERSON")
                    break
        out.append(ent)
    return out


def _whole_organisation(doc: Any, ent: Any) -> Any:
    """An organisation's name with the words the tagger cut off put back: the members a
    name opens with ("The [Prisoners'] Rights Network"), the words before its "and" that
    no other entity holds ("the [Maritime and] Port Authority of Singapore", "[Ras Bnaider
    Water and] Power Company"), and the place a body is "of" ("Rights Alliance [of the
    Philippines]")."""
    start, end = ent.start, ent.end
    sent = ent.sent

    def capitalised(k: int) -> bool:
        return bool(doc[k].is_alpha and doc[k].text[:1].isupper() and doc[k].pos_ == "PROPN")

    if (
        start - 2 > sent.start and doc[start - 1].text in ("'", "’")
        and doc[start - 2].text[:1].isupper() and doc[start - 2].lower_.endswith("s")
        and doc[start - 2].is_alpha and doc[start - 3].lower_ == "the"
    ):
        start -= 2  # "The Prisoners' Rights Network"
    elif (cut := _cut_at_and(doc, start)) is not None:
        start = cut  # "[the Danish Security and] [Intelligence Service]": one name
    elif start - 2 >= sent.start and doc[start - 1].lower_ == "and" and capitalised(start - 2):
        k = start - 2
        while k - 1 >= sent.start and capitalised(k - 1):
            k -= 1
        # the run ends in a word no other name holds ("Water"; not "Siemens and ..."), and
        # the name after "and" is never written alone ("Barclays and Goldman Sachs ...
        # Goldman Sachs said": two banks)
        joined = doc.text[doc[k].idx : ent.end_char]
        alone = doc.text.count(ent.text) > doc.text.count(joined)
        if doc[start - 2].ent_type_ in ("", "WORK_OF_ART") and k > sent.start and (
            doc[k - 1].is_lower or doc[k - 1].is_punct
        ) and not alone:
            start = k
    if (
        end + 1 < sent.end and doc[end - 1].lower_ in ORGANISATION_NOUNS
        and doc[end].lower_ == "of"
    ):
        k = end + 1 + (doc[end + 1].lower_ == "the")
        place = next((e for e in doc.ents if e.start == k and e.label_ in ("GPE", "LOC")), None)
        if place is not None:
            end = place.end  # "Seafarers' Rights Alliance of the Philippines"
    if (start, end) == (ent.start, ent.end) or is_title_case(sent):
        return ent
    return _span(doc, start, end, label="ORG")


def _cut_at_and(doc: Any, start: int) -> int | None:
    """Where an organisation's name begins when the tagger cut it at its "and", ending the
    first piece with the "and" itself ("[the Danish Security and] [Intelligence Service]",
    "[the Ministry of Trade and] [Industry]"): the start of that piece; None when the
    organisation at ``start`` has no such piece right before it."""
    if start < 2 or doc[start - 1].lower_ not in ("and", "&"):
        return None
    piece = next((e for e in doc.ents if e.end == start), None)
    if piece is None or piece.label_ != "ORG" or len(piece) < 2:
        return None
    words = [t for t in piece[:-1] if t.lower_ != "the"]
    if not words or not all(t.is_alpha and t.text[:1].isupper() for t in words):
        return None
    return int(piece.start)


def _given_name(doc: Any, k: int, end: int) -> bool:
    """``doc[k]``, a title word, is a given name: one of :data:`~presslens.names.
    GIVEN_NAME_TITLES` before a surname alone, in an article with no word of a school
    ("Dean Vuković, secretary of the union"; not "Dean Jones, who heads the business
    school", nor the "dean" written in lower case elsewhere)."""
    return (
        doc[k].lower_ in GIVEN_NAME_TITLES and end - k == 2
        and ACADEMIC_WORDS.search(doc.text) is None
    )


def _name_after_title(tok: Any) -> tuple[int, int] | None:
    """The token range of the two or three capitalised words that end a capitalised title
    opened by ``tok``, after its portfolio ("Commissioner for Works and Infrastructure
    [Adaeze Okonkwo]", "Mayor [Adaeze Okonkwo]"), the tagger having found no person there;
    else None."""
    if tok.lower_ not in TITLE_WORDS or not tok.text[:1].isupper() or is_title_case(tok.sent):
        return None
    doc = tok.doc
    end = tok.i + 1
    while end < tok.sent.end and (
        (doc[end].is_alpha and doc[end].text[:1].isupper())
        or INITIAL.fullmatch(doc[end].text)  # "Superintendent of Police M. Arun Kumar"
        or (doc[end].lower_ in PORTFOLIO_JOINS and end + 1 < tok.sent.end
            and doc[end + 1].text[:1].isupper())
    ):
        end += 1
    start = _after_portfolio(doc, tok.i + 1, end) if end - tok.i > 3 else tok.i + 1
    while start is not None and start < end and doc[start].lower_.rstrip(".") in NAME_PREFIXES:
        start += 1  # "Minister of Health Honourable Bwalya Siame"
    if start is None or not 2 <= end - start <= 3:
        return None
    words = doc[start:end]
    if any((t.pos_ != "PROPN" and not INITIAL.fullmatch(t.text)) or t.lower_ in TITLE_WORDS
           or t.lower_ in PORTFOLIO_WORDS for t in words) or words.text in _places(doc):
        return None
    return (start, end)


def ner_mentions(parsed: Any) -> list[Mention]:
    out = []
    capitals: set[str] | None = None
    first_line = parsed.text.find("\n") % (len(parsed.text) + 1)  # the headline's end
    for ent in _repaired_entities(parsed):
        if ent.label_ not in KEPT_TYPES:
            continue
        if (
            ent.label_ in ("PERSON", "ORG")
            and ent.start_char < first_line
            and len(ent.sent) > len(ent) + 2
            and is_title_case(ent.sent)
        ):
            capitals = _body_capitals(parsed) if capitals is None else capitals
            kept = _headline_trim(ent, capitals)
            if kept is None:
                continue
            if kept != (ent.start, ent.end):
                ent = parsed[kept[0] : kept[1]]
                ent.label_ = ent.root.ent_type_ or "ORG"
        tail = title_tail(ent) if ent.label_ in ("ORG", "PERSON") else None
        if tail is not None:
            ent = parsed[tail[0] : tail[1]]  # the person after a title's portfolio
            ent.label_ = "PERSON"
        if dateline_place(parsed.text, ent.start_char, ent.end_char):
            ent.label_ = "GPE"  # "NIAMEY/DOHA, June 15 (Reuters) -": places, no organisation
        ent = _past_dateline(parsed, ent)
        if ent is None:
            continue
        label = (
            "PERSON" if ent.label_ != "PERSON" and (
                titled_person(ent) or _after_honorific(ent) or affiliated_person(ent)
                or _described_person(ent)
            )
            else ent.label_
        )
        if label == "PERSON" and _organisation_end(ent.text):
            label = "ORG"  # the tagger's "Ilanga Telecom" as a person
        elif (
            label == "NORP" and len(ent) == 1 and ent.text.isupper() and len(ent.text) >= 3
            and ent.text.lower() not in COUNTRY_WORDS  # "BRITISH" in a headline
        ):
            label = "ORG"  # "The FSPF, the main pharmacists' union": letters name a body
        elif label in ("PERSON", "GPE", "LOC", "FAC") and len(ent) > 1 and (
            fold(ent[0].text) in FOREIGN_ORGANISATION_WORDS
        ):
            label = "ORG"  # "Banco Cordillera", no mountain range; "Grupo Constructor ..."
        elif (
            label == "PERSON" and fold(ent[-1].text) in _PLACE_ENDS and len(ent) > 1
            and not titled_person(ent) and not _after_title(ent)  # "Goalkeeper Danny Square"
        ):
            label = "GPE"  # "her Sabah Al-Ahmad City home": a place, no person
        rng = _clean(ent, label)
        if rng is None:
            continue
        span = parsed[rng[0] : rng[1]]
        text = span.text
        if (
            label == "ORG" and span.end < len(parsed)
            and parsed[span.end].lower_ in _PORTFOLIO_TITLES
            and all(t.lower_ in PORTFOLIO_WORDS or t.lower_ in ("and", "&", ",") for t in span)
            and not any(t.lower_ in _BODY_WORDS for t in span)
        ):
            continue  # "Land and Environment Minister Luisa Guambe": a title's portfolio
        if label == "PERSON" and (
            _BAD_NAME.search(text)
            or MONTH_DAY.fullmatch(text)  # "Narasaraopet (AP), Mar 8 (PTI)": a date
            or (ent.start > 0 and parsed[ent.start - 1].lower_ == "the")
            or (len(span) == 1 and span[0].tag_ == "NNS")  # "Several MPs criticised"
            or not any(t.text[0].isupper() and t.text[-1].isalpha() for t in span)
        ):
            continue
        out.append(Mention(span.start_char, span.end_char, text, label, tokens=span))
    return out


def merge_mentions(ner: list[Mention], aliases: list[Mention]) -> list[Mention]:
    """Alias matches win over the NER mentions they overlap."""
    kept = [n for n in ner if not any(a.start < n.end and n.start < a.end for a in aliases)]
    return sorted(kept + aliases, key=lambda m: m.start)
