"""What the sentence says a name is: a person or an organisation.

spaCy's small tagger types unfamiliar names by their shape, and gets invented or foreign
ones wrong ("Yesenia Murillo Palacios" as an organisation, "Seorin Shipping" as a place).
The parse around a mention often says better: a relative clause on it ("..., who sells
fruit near the bridge" is a person; "..., which said" is not), or an apposition that says
what it is ("..., a tanker operator based in Busan" is an organisation; "..., a
52-year-old engineer" is a person). A group is retyped only when its mentions' evidence
is all one way and differs from the tagger's type.
"""

from __future__ import annotations

import re
from typing import Any

from ...given_names import is_given_name
from ...names import (
    KIN_NOUNS,
    ORGANISATION_NAME_ENDS,
    ORGANISATION_NOUNS,
    PERSON_DESCRIPTORS,
    PLACE_UNITS,
    SETTLEMENTS,
    TITLE_WORDS,
    fold,
    is_city,
    is_place,
    without_generation,
)
from .mentions import Group, dateline_place
from .roles import organisation_role, role_of, town_before_based

#: what a mention's context can say: a person, an organisation, or only "no person"
PERSON, ORGANISATION, NOT_PERSON, PLACE = "PERSON", "ORG", "not a person", "GPE"
_RETYPED = frozenset({"PERSON", "ORG", "GPE", "FAC", "LOC", "WORK_OF_ART"})
_AGE = re.compile(r"\b\d+-year-old\b")
#: an age written right after a name ("Marisol Pena, 34, of Sacramento", "Adaeze Nwosu
#: (67)"; not "the ministry, 17,940 arrivals") that opens with a given name, typed by the
#: tagger anything but an organisation (a place, a title): a person
_AGE_AFTER = re.compile(r"(?: \((\d{1,3})\)|, (\d{1,3}),(?!\d))")
#: nouns in apposition that say a person: a title (not a rank an organisation may hold:
#: "Shell, the energy major"), a descriptor, a gendered word
_PERSON_NOUNS = (TITLE_WORDS - {"major", "general", "chief", "chair", "deputy", "vice"}) | (
    PERSON_DESCRIPTORS
) | frozenset(
    """man woman boy girl son daughter wife husband brother sister engineer lawyer doctor
    activist vendor seller driver analyst economist professor researcher official
    executive founder employee manager farmer teacher nurse student worker resident miner
    pilot passenger trader shopkeeper mechanic surgeon paediatrician pediatrician midwife
    labourer laborer geologist scientist""".split()
)
#: organisations' nouns that are also jobs ("a crane operator", "a film producer"): no
#: evidence either way
_JOB_NOUNS = frozenset(
    """operator producer developer contractor subcontractor supplier maker carrier
    distributor manufacturer exporter importer lender insurer retailer broadcaster
    regulator watchdog giant party club police union fund""".split()
)
#: nouns in apposition that say an organisation
_ORGANISATION_EVIDENCE = ORGANISATION_NOUNS - _JOB_NOUNS
#: job nouns before a name that say a company, not a country ("car giant Hoshimura";
#: "oil producer Kurdistan" and "cocoa exporter Ivory Coast" are places)
_COMPANY_JOBS = _JOB_NOUNS - frozenset(
    "producer exporter importer regulator watchdog party club police union fund".split()
)
#: a job noun ranked by size is a company's ("the country's biggest lender", "Germany's
#: third-largest carrier"), not a person's job
_RANKED = re.compile(r"\b(?:largest|biggest)\b", re.I)
#: what a ranked job noun says: no place, whatever the tagger typed (a person stays one:
#: "the country's biggest producer" may be a film producer)
RANKED = "a ranked organisation"
#: what a job noun written before the name says ("car giant Hoshimura", "chipmaker
#: Kestrel"): no place, whatever the tagger typed, unless it is a place presslens knows
#: ("oil exporter Saudi Arabia"); a person stays one ("film producer Ana Ruiz")
JOB_BEFORE = "a job noun before the name"
#: what a known city or country after "in" or "near" says ("a news conference in
#: Nairobi"): a place, where the tagger typed a person's name (an organisation named as a
#: town is, "shares in Toyota", stays one)
PLACE_AFTER_IN = "a known place after in"
#: a product's model written in its name or right after it ("Volt X2 Pro", "Aoi e7",
#: "Lumen S24 Ultra"): letters and digits in one word, or digits after a hyphen
_MODEL_WORD = re.compile(r"(?:[A-Za-z]{1,3}\d+[A-Za-z]*|\d+[A-Za-z]{1,3}|\d+-\d+)")
_MODEL_AFTER = re.compile(r"\s+([A-Za-z]{1,3}\d[\w-]*|\d+-\d+)\b")
#: a quarter or a half is no model ("Hoshimura Q3 profit")
_PERIOD = re.compile(r"(?:Q[1-4]|H[12]|FY\d*)")
#: a model's number and the size or tier after it ("iPhone 7 Plus", "Galaxy S7 Edge")
_MODEL_TIER = re.compile(r"\b\d{1,2} (?:Plus|Pro|Max|Ultra|Mini|Lite|Edge|XL)\b")
#: what a product is, written right after its name ("Galaxy Note 7 smartphones")
_PRODUCT_AFTER = re.compile(
    r"\s+(?:smart)?(?:phones?|handsets?|devices?|tablets?|laptops?|cars?|vehicles?|"
    r"jets?|planes?|aircraft|engines?|models?)\b"
)
#: how a title written before a name hangs on it
_PRENOMINAL = frozenset(["compound", "amod", "nmod"])
#: last words of organisations' names
_ORGANISATION_LAST = ORGANISATION_NAME_ENDS | ORGANISATION_NOUNS


def evidence(span: Any) -> str | None:
    """What the parse says the mention ``span`` (a spaCy Span) is, or None."""
    root = span.root
    age = _AGE_AFTER.match(span.doc.text, span.end_char)
    if age is not None and 0 < int(age.group(1) or age.group(2)) < 110 and (
        span.label_ != "ORG" and len(span) >= 2 and is_given_name(span[0].text)
    ):
        return PERSON  # not "Kenya Airways (12)", "Greenpeace, 50": a count after a body
    if span.start > 0:
        # a title written before the name ("Chief executive Annelies Verhoeven", "Hollandia
        # boss ..."): a person; an organisation's noun ("carmaker Sorami"): not one
        prev = span.doc[span.start - 1]
        if prev.head.i in range(span.start, span.end) and prev.dep_ in _PRENOMINAL:
            word = prev.lemma_.lower()
            if (
                word in _PERSON_NOUNS or (prev.pos_ == "NOUN" and word.endswith("man"))
            ) and prev.tag_ not in ("NNS", "NNPS"):  # "Tupilipalem fisherman K. Chinnaiah"
                return PERSON
            if word in _ORGANISATION_EVIDENCE and prev.pos_ != "PROPN":
                return ORGANISATION  # not a body's name's end ("... Agency Gbolahan Oki")
            if word in _COMPANY_JOBS and prev.tag_ == "NN":
                return JOB_BEFORE
    of = root.head
    if (
        root.dep_ == "appos" and of.i < span.start and of.pos_ == "NOUN" and of.tag_ == "NN"
        and of.lemma_.lower() in _PERSON_NOUNS and span.doc[span.start - 1].text == ","
        and (is_given_name(span[0].text) or not _body_or_place_named(span))
    ):
        # the name set off after a person's noun: "The director of the bureau, X," (not
        # "the chief executive of e-bike maker Brinkvelt", a parse's apposition)
        return PERSON
    if (
        root.dep_ == "pobj" and of.lower_ == "of" and of.head.i < of.i
        and of.head.tag_ == "NN" and of.head.lemma_.lower() in SETTLEMENTS | PLACE_UNITS
        and not _organisation_named(span)  # "the town of Bentonville Police Department"
    ):
        return PLACE  # "in the city of Kurashiki", "the province of Khanh Hoa"
    if (
        root.dep_ == "pobj" and of.lower_ in ("in", "near")
        and (is_city(span.text) or is_place(span.text))
        and not any(is_given_name(t.text) for t in span)
    ):
        return PLACE_AFTER_IN
    for child in root.children:
        if child.i < span.end:
            continue
        if child.dep_ == "relcl":
            rel = next((c.lower_ for c in child.children if c.dep_ in ("nsubj", "nsubjpass")),
                       None)
            if rel in ("who", "whom") and not _organisation_named(span):
                return PERSON  # not "The Football Association, who fined the club"
            if any(t.lower_ == "whose" and t.head.lemma_.lower() in KIN_NOUNS
                   for t in child.subtree):
                return PERSON  # "Bukola Adesina, whose husband Taiwo has been missing"
            if rel == "which":
                return NOT_PERSON
        if child.dep_ == "appos" and child.pos_ == "NOUN":
            words = child.doc[child.left_edge.i : child.i + 1]
            if town_before_based(span, words.text):
                continue  # "The San Jose, California-based company": the company's town
            if child.lemma_.lower() in _ORGANISATION_EVIDENCE:
                return ORGANISATION
            if child.lemma_.lower() in _JOB_NOUNS and _RANKED.search(words.text):
                return RANKED  # "Rheinflug, Germany's third-largest carrier"
            if child.lemma_.lower() in _PERSON_NOUNS or _AGE.search(words.text):
                return PERSON
            if child.lemma_.lower() in TITLE_WORDS and any(
                c.dep_ == "compound" and c.lemma_.lower() in _PERSON_NOUNS
                for c in child.children
            ):
                return PERSON  # "..., the agency's deputy director general, told"
            if child.lemma_.lower() in SETTLEMENTS and child.tag_ == "NN":
                return PLACE
    return None


def _body_or_place_named(span: Any) -> bool:
    """The name ends as organisations' names do (:func:`_organisation_named`), in a
    building's word, or holds a country or province ("Business Unity South Africa", "Grand
    Palace", "Nyali Beach Hotel"): no person's, after a title noun ("The president of the
    federation, Business Unity South Africa,")."""
    words = [t.text for t in span]
    return _organisation_named(span) or fold(words[-1]) in _BUILDING_WORDS or any(
        is_place(" ".join(words[i:j]))
        for i in range(len(words)) for j in range(i + 1, len(words) + 1)
    )


#: the last words of buildings' names ("Grand Palace", "Kenyatta Hall")
_BUILDING_WORDS = frozenset("palace hall tower towers house mansion arena stadium".split())


def _organisation_named(span: Any) -> bool:
    """The name ends in a word only organisations' names end in ("... Association"), or
    in one before a level's numeral ("Nyakole Health Centre III")."""
    return without_generation([fold(t.text) for t in span])[-1] in _ORGANISATION_LAST


def _product_named(m: Any) -> bool:
    """The mention names a product's model: a model word after its first word ("Volt X2
    Pro", "iPhone 7 Plus"), one right after it ("Aoi e7", "an Airbus A320"; not a year),
    or a number that ends it before what the product is ("Galaxy Note 7 smartphones")."""
    words = m.text.split()
    if any(_MODEL_WORD.fullmatch(w) and not _PERIOD.fullmatch(w) for w in words[1:]) or (
        _MODEL_TIER.search(m.text)
    ):
        return True
    if m.tokens is None:
        return False
    text = m.tokens.doc.text
    if _PRODUCT_AFTER.match(text, m.end) and words[-1].isdigit():
        return True  # "Galaxy Note 7 phones", not "Channel 4" nor "Samsung phones"
    # a model right after the name, not a sum or a count ("fined Navtara Capital 50
    # million rupees", "Air India 171") nor a quarter
    after = _MODEL_AFTER.match(text, m.end)
    return after is not None and not _PERIOD.fullmatch(after.group(1))


def _quoted(m: Any) -> bool:
    """The mention is set in quotation marks, as a title is ('"Sunset over Galvera
    Appliances"')."""
    if m.tokens is None:
        return False
    text = m.tokens.doc.text
    return text[max(0, m.start - 1) : m.start] in ('"', "“", "'", "‘") or (
        text[m.end : m.end + 1] in ('"', "”", "'", "’")
    )


def retype_by_context(groups: list[Group]) -> None:
    """Give a group the type its mentions' contexts agree on, when it differs; a "work" or
    "product" whose name ends as only organisations' names do ("Galvera Appliances", "Rail,
    Tram and Bus Union"), outside quotation marks (a title: '"The Social Network"'), is an
    organisation."""
    # the model words that end the names of products ("P20" of "Hinode P20")
    models = {
        m.text.split()[-1] for g in groups for m in g.mentions
        if (g.type == "PRODUCT" or _product_named(m)) and len(m.text.split()) > 1
        and _MODEL_WORD.fullmatch(m.text.split()[-1])
    }
    for group in groups:
        if group.type in ("ORG", "PERSON", "GPE", "NORP") and not group.canonical and all(
            _product_named(m) for m in group.mentions
        ):
            # "Navtara Electronics' Volt X2 Pro smartphone": a product, however typed,
            # when every mention names a model; no one who speaks ("Airbus said" keeps
            # "Airbus A320"'s maker an organisation)
            group.type, group.role = "PRODUCT", None
            continue
        if group.type in ("ORG", "PERSON") and not group.canonical and models and all(
            m.text in models for m in group.mentions
        ):
            group.type, group.role = "PRODUCT", None  # "The P20 can overheat" after "Hinode P20"
            continue
        if group.type in ("WORK_OF_ART", "PRODUCT") and not group.canonical and all(
            len(m.text.split()) > 1 and fold(m.text.split()[-1]) in ORGANISATION_NAME_ENDS
            and not _quoted(m) for m in group.mentions
        ):
            group.type = ORGANISATION
            group.role = group.role or next(
                (r for m in group.mentions if (r := organisation_role(m, organisation=True))),
                None,
            )
            continue
        if group.type not in _RETYPED | {"NORP"} or group.canonical:
            continue
        if any(
            m.tokens is not None and dateline_place(m.tokens.doc.text, m.start, m.end)
            for m in group.mentions
        ):
            continue  # "DAVAO CITY, Philippines — The lawyer ...": a place, whatever follows
        found = {evidence(m.tokens) for m in group.mentions if m.tokens is not None} - {None}
        if len(found) != 1:
            continue
        (said,) = found
        if group.type == "NORP" and said != JOB_BEFORE:
            continue  # a people's name ("Kurds, who fled") is typed by nothing else
        if said == PLACE_AFTER_IN:
            if group.type == PERSON:
                group.type, group.role = PLACE, None  # "a news conference in Nairobi"
            continue
        if said == PLACE:
            if group.type in (PERSON, ORGANISATION):
                group.type, group.role = PLACE, None  # the tagger's person is a village
            continue
        if said == JOB_BEFORE:
            if group.type in ("GPE", "NORP") and not is_place(group.mentions[0].text):
                group.type = ORGANISATION  # "Japanese car giant Hoshimura is recalling"
                group.role = group.role or next(
                    (r for m in group.mentions
                     if (r := organisation_role(m, organisation=True))), None,
                )
            continue
        if said == PERSON and group.type != PERSON:
            group.type = PERSON
            # the title the tagger's type kept from being read ("Chief executive")
            group.role = group.role or next(
                (r for m in group.mentions if (r := role_of(m, person=True))), None
            )
        elif said == ORGANISATION or (said == NOT_PERSON and group.type == PERSON) or (
            said == RANKED and group.type != PERSON
        ):
            group.type = ORGANISATION
            # what the text calls it ("Germany's third-largest carrier"), unread as long
            # as it was typed a place
            group.role = group.role or next(
                (r for m in group.mentions if (r := organisation_role(m, organisation=True))),
                None,
            )
