"""Names across a story: each speaker in one spelling, as CONVENTIONS.md asks.

One article may call a speaker "Sorami" or "Ruiz" where another of the same story
names "Sorami Motor Corporation" or "Ana Ruiz". :func:`resolve_speakers` gathers the
people and organisations the story's articles name (entities and speakers), clusters
them with :func:`~presslens.names.same_name`, and gives every attribution's speaker
and every figure's ``asserted_by`` the fullest name of its cluster. Anonymous sources,
role titles and names that meet no other stay as they are.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Sequence
from itertools import combinations, pairwise

from ..datelines import line_dateline
from ..given_names import is_given_name, organisation_title
from ..model import Document, Offsets, Speaker
from ..names import (
    ACRONYM,
    ANONYMOUS,
    BODY_KIND,
    COMPANY_NOUNS,
    COUNTRY_WORDS,
    GENERATIONS,
    INDEFINITE_ROLE,
    INITIAL,
    INSTITUTION_NOUNS,
    KIN_NOUNS,
    LEGAL_ABBREVIATIONS,
    LEGAL_FORMS,
    NAME_GLUE,
    ORGANISATION_NOUNS,
    OUTLETS,
    OWNER,
    PARTICLES,
    POLICE_WORDS,
    PORTFOLIO_WORDS,
    REACH_WORDS,
    TITLE_WORDS,
    WORD,
    WORD_ACRONYM,
    body_kind,
    country_words,
    descriptor_words,
    display_name,
    family_initial,
    family_name_first,
    fold,
    holds_noun,
    initials_fit,
    is_legal_form,
    is_patronymic,
    is_place,
    joined_alike,
    joined_key,
    ministry_name,
    name_key,
    name_words,
    nickname,
    normalise_outlet,
    plain,
    plural_stem,
    possessive_inside,
    role_head,
    role_titles,
    same_name,
    short_given_name,
    sounds_alike,
    spelled_by,
    strip_accents,
    without_generation,
    words_within,
)
from ..wording import content_words, negated, same_words, word_ngrams

_NAMED = ("PERSON", "ORG")
#: a role by whose it is, a named owner's ("Niger's government spokesman") or a pronoun's
#: ("her lawyer": the story's one lawyer, when it names one only)
_THEIR_ROLE = re.compile(
    r"(?:(?:[Tt]he )?(?:[A-Z][\w-]*(?: [A-Z][\w-]*)?['’]s)|[Hh]is|[Hh]er|[Tt]heir)"
    r" ([a-z][\w'’ -]*)"
)
#: the words a title's tail may open with ("of Correctional Services"); not the
#: entities stage's ``_TITLE_JOINS``, which also joins a portfolio's parts with "and"
_TAIL_OPENERS = frozenset(["of", "for"])
#: nouns a role may end in that say nothing of who holds it
_NO_ROLE = frozenset(
    """official source person people man woman resident worker member family friend
    relative colleague staff employee""".split()
)
#: an acronym in brackets right after the name it stands for
_DEFINED = re.compile(rf"\(({ACRONYM}|{WORD_ACRONYM})\)")
#: people an article may name for the body they work for ("prosecutors said"), and the
#: start of a word of that body's name ("Berlin public prosecutor's office")
_BODY_OF = {"prosecutors": "prosecut"}
#: such people whose country or city the article names ("German prosecutors")
_BODY_QUALIFIED = re.compile(rf"\b[A-Z][\w.'’-]* (?:{'|'.join(_BODY_OF)})\b")
#: the last words of such a body's name
_BODY_ENDS = frozenset(["office", "service", "department", "directorate", "authority"])
#: the Arabic article before a family name ("Al-Khasawneh", "el-Sharkawy", "al Qudah")
_ARABIC_ARTICLE = re.compile(r"\b(?:[Aa]l|[Ee]l)[- ][A-Z]")
#: a country's letters before an organisation's name ("US", "U.S.", "UK")
_COUNTRY_ABBREVIATION = re.compile(r"(?:US|U\.S\.|UK|U\.K\.) (?=[A-Z])")
#: lower-case words of organisations' names in the languages outlets leave untranslated
#: besides :data:`~presslens.names.NAME_GLUE` ("Médecins sans Frontières")
_FOREIGN_GLUE = frozenset("sans sin sur sous für zur zum och og".split())
#: how many times more articles must use one of two fuller names a short name fits
DOMINANCE = 2
#: words for an organisation an article may leave unnamed ("police said", "the company
#: said") that another article of the story names ("Victoria Police")
STORY_ROLES = frozenset(
    "police ministry commission authority company union operator agency council".split()
)
#: the reach of a force no wider than a city's: its place's name is all a force's name
#: needs to say for it ("Toronto Police" are local police, no provincial police)
_CITY_REACH = frozenset(["local", "city", "municipal"])


def story_names(docs: Sequence[Document]) -> dict[str, str]:
    """Each name the story's articles use for a person or organisation -> its fullest
    spelling in the story."""
    counts: Counter[str] = Counter()
    # the people named in full, the shortest name first
    people = sorted(
        {ent.name for doc in docs for ent in doc.entities
         if ent.type == "PERSON" and len(ent.name.split()) >= 2},
        key=lambda p: (len(p.split()), p),
    )
    # names some article's tagger read as something other than a person ("Israel", a
    # place, is no "Israel Katz")
    not_people = {ent.name for doc in docs for ent in doc.entities if ent.type != "PERSON"}
    # organisations whose own name opens with a title word ("General Electric"), to keep it
    titled_bodies = {ent.name for doc in docs for ent in doc.entities
                     if ent.type == "ORG" and organisation_title(ent.name)}
    places = {ent.name for doc in docs for ent in doc.entities
              if ent.type in ("GPE", "LOC", "NORP", "FAC")}
    full_people = {display_name(p) for p in people}
    # with the people an article names only as a speaker, no entity behind it ("Erzurum
    # Governor Mehmet Selçuk Yıldıztaş said", the tagger having found no one there)
    spoken_people = full_people | {
        display_name(att.speaker.name) for doc in docs for att in doc.attributions
        if att.speaker is not None and att.speaker.entity is None
        and att.speaker.name not in not_people and _person_like(att.speaker.name)
    }
    roles: dict[str, set[str]] = {}  # the words of the roles the story gives each name
    for doc in docs:
        for ent in doc.entities:
            if ent.type == "PERSON" and ent.role:
                roles.setdefault(display_name(ent.name), set()).update(
                    w.lower() for w in WORD.findall(ent.role) if len(w) > 2
                )
    # the two-word names, by their words (first and last)
    two_words = {w: p for p in spoken_people if len(w := name_words(p)) == 2}
    # names that hold a two-word name with words before it, a title the tagger kept
    # ("Shipowner Desmond Tay"), not the fullest name of a person the tagger found whose
    # given names come before a two-word family name ("Martín Ezequiel Ruiz Palacios" of
    # "Ruiz Palacios"); and the one name that holds two others the story writes, its first
    # two words and its last two, when the story gives those two roles that share no word
    # (an economist "Maria Silva Santos", a teacher "Maria Silva", a union leader "Silva
    # Santos"; but "Vivian Tsang Wing-yee" of "Vivian Tsang" and "Tsang Wing-yee", as Hong
    # Kong names go). A middle name or a second family name makes a name fuller
    # ("Khaled Mohammed Al-Fadhli" over "Khaled al-Fadhli"): the canonical full name of
    # CONVENTIONS.md
    longer_forms = {w for p in spoken_people
                    if len(w := name_words(p)) >= 3
                    and ((not _fullest_person(p, full_people)
                          and (w[0], w[-1]) not in two_words
                          and (w[0], w[1]) not in two_words
                          and any(pair in two_words for pair in pairwise(w[1:])))
                         or (len(w) == 3 and (w[0], w[1]) in two_words
                             and (w[1], w[2]) in two_words
                             and _other_roles(roles, two_words[w[0], w[1]],
                                              two_words[w[1], w[2]])))}
    # the initial and the rest of each name whose first word is spelled out in full
    spelled_out = {(w[0][0], w[1:]) for p in spoken_people
                   if len(w := name_words(p)) >= 3 and len(w[0]) > 1}
    typed_otherwise = {display_name(n) for n in not_people}  # "Meranti Private Bank"
    articles: Counter[str] = Counter()  # how many articles give each name a statement
    used_in: Counter[str] = Counter()  # how many articles write each name
    for doc in docs:
        named = {ent.name for ent in doc.entities if ent.type in _NAMED}
        for ent in doc.entities:
            if ent.type in _NAMED:
                counts[ent.name] += len(ent.mentions)
        speakers = {att.speaker.name for att in doc.attributions if att.speaker is not None}
        counts.update(speakers)
        articles.update(speakers)
        used_in.update(named | speakers)
    # the bodies the story names ("Dubai Airports", whose "Dubai Airports CEO" is a title)
    bodies = {name_words(n) for n in counts}
    # "Kwena Goldfields' Letsatsi" is no fuller name of "Kwena Goldfields"
    names = [
        n for n in counts
        if name_words(n) and n.lower() != ANONYMOUS and not possessive_inside(n)
        # "minister", a person's role left unnamed, is no name ("Office of the Prime
        # Minister" does not hold it); "electoral commission" may be the one named
        and not (n.islower() and n.split()[-1] in TITLE_WORDS)
        # "Dubai Airports CEO", a headline's role, is no fuller name of "Dubai Airports"
        and not (len(w := name_words(n)) > 1 and w[-1] in TITLE_WORDS and w[:-1] in bodies)
        # "BAGHDAD - Adel Abdel Mahdi", a dateline run into a name, is no story spelling
        and not line_dateline(n, 0)
    ]
    # fullest first: most words (a legal form such as "Co" none), then with its accents,
    # then the spelling most articles write ("Walid al-Qudah" over one outlet's "Waleed Al
    # Qudah"), then most characters, then most used
    # a name written joined or apart counts as its fewest words ("Abdelrahman Osman" in
    # three articles over one's "Abdel Rahman Osman": the articles decide below), and so
    # does one romanised otherwise as well ("Abdelghani El Moutawakkil" in five over one's
    # "Abdul Ghani al-Mutawakkil")
    fewest: dict[str, int] = {}
    for n in names:
        joined = joined_key(name_words(n))
        fewest[joined] = min(fewest.get(joined, 99), len(name_words(n)))
    by_letter: dict[str, list[str]] = {}
    for joined in fewest:
        by_letter.setdefault(joined[:1], []).append(joined)
    for group in by_letter.values():
        for a, b in combinations(group, 2):
            if fewest[a] != fewest[b] and abs(len(a) - len(b)) <= 4 and joined_alike(a, b):
                fewest[a] = fewest[b] = min(fewest[a], fewest[b])
    reversed_names = {name_words(n) for n in names if len(name_words(n)) == 2}
    # people by a given name no article's tagger read as anything else ("Walt Disney", not
    # the "Himgiri Urja" of "Himgiri Urja Ltd.")
    only_people = {p for p in full_people - typed_otherwise if is_given_name(p.split()[0])}
    # a family name's initial that another article spells out ("K Venkata Ramana" of
    # "Venkataramana Kandula"), or given names' initials ("N H Patel" of "Nilesh Patel")
    initialled = {n for n in names if any(
        family_initial(name_words(display_name(n)), name_words(m))
        or initials_fit(display_name(n), m) for m in names
    )}
    names.sort(
        key=lambda n: (
            n in initialled,
            # a person's name with a middle name, or with more names after the two others
            # write, counts as long as the two ("Khaled al-Fadhli" in four articles over
            # one's "Khaled Mohammed Al-Fadhli", "Desmond Tay" over one's "Desmond Tay Wei
            # Liang": the articles decide below)
            -2 if name_words(n) in longer_forms
            else -min(len([w for w in name_words(n) if w not in LEGAL_FORMS]),
                      fewest[joined_key(name_words(n))])
            # a middle name's initial makes a name no fuller ("Maria Lourdes Dela Peña"
            # over "Lourdes S. Dela Peña"; "Vinod Raghunath Kulkarni", spelled out, over
            # "Vinod R. Kulkarni"), nor does a patronymic ("Yerlan Sadykov" over "Yerlan
            # Mukhtarovich Sadykov")
            + _country_letters(n) + len(_slight_middles(n)),
            # a country's letters before a body's name make it no fuller: "Food and Drug
            # Administration" over the "US Food and Drug Administration" of fewer
            # articles, but "UK Space Agency" where most write it (an office named by its
            # title keeps them: "UK Information Commissioner")
            # a first name spelled out over its initial ("Kolli Venkata Rao" over the "K.
            # Venkata Rao" more articles write)
            (name_words(n)[0], name_words(n)[1:]) in spelled_out,
            # a first initial with its dot ("M. Arun Kumar" over "M Arun Kumar")
            not (INITIAL.match(n) and n[2:3] == " "),
            # a legal form is no part of the name a reader knows ("Constructora Andina de
            # Puentes" over "... S.A.S.", "Hakuto Electric Power" over "... Company"; "East
            # India Company", written no other way, stays whole)
            _legal_form_last(n, only_people),
            # "Castañeda" over the "Castaneda" of outlets without é, "Yıldırım" and "Søren
            # Kjær" over "Yildirim" and "Soren Kjaer": the name in its own letters
            n.isascii(),
            # "Hani Al-Khasawneh" over "Hani Khasawneh": an Arabic name with its article
            not _ARABIC_ARTICLE.search(n),
            -used_in[n],
            # as many articles each way: the name joined ("Vandenberghe" over "Vanden
            # Berghe"), the given name first ("Shingo Kuwabara" over "Kuwabara Shingo")
            len(name_words(n)) > fewest[joined_key(name_words(n))]
            and not set(name_words(n)) & PARTICLES,  # "de Gaulle" over "Degaulle"
            name_words(n)[::-1] in reversed_names and not is_given_name(n.split()[0]),
            -len(display_name(n)), -counts[n], n,
        )
    )
    described = _role_led_names(docs, names)
    # "fees Cirrion", a source cut inside a sentence ("the fees Cirrion charges"): the
    # name is the capitalised words after the common word, no fuller spelling
    described.update({n: tail for n in names if (tail := _after_common_word(n))})
    # "Bong Villanueva", where another article writes 'Ramon "Bong" Villanueva'
    described.update(_by_nickname(docs, names, roles))
    # "Koen Van Laere", where another article writes "Koenraad Van Laere": the given name
    # in full, however many articles cut it
    described.update(_by_short_given_name(names, roles))
    names = [n for n in names if n not in described]
    # every name as written, without a generation after it
    written_cores = {without_generation(name_words(n)) for n in counts}
    canonical: list[str] = []
    reach: Counter[str] = Counter()  # articles using each canonical name or a variant
    out: dict[str, str] = {}
    for name in names:
        person = _titled_person(name, people) or _ranked_person(name, people)
        if person is not None:
            # "Physical Planning and Urban Development Olarewaju Odunsi", the tail of a
            # title the tagger read as a name: the person another article names
            out[name] = display_name(person)
            continue
        homes = [c for c in canonical if same_name(name, c)] or (
            [] if name in not_people else _given_name_of(name, people)
        )
        if len(name_words(name)) == 1:
            # a person's first name alone with another role: "Mr Tadese, a farmer" is no
            # "Agriculture Minister Tadese Woldemikael" (a surname goes by the name alone)
            homes = [c for c in homes if not (
                c in full_people and c not in typed_otherwise
                and name_words(c)[:1] == name_words(name) and _other_roles(roles, name, c)
            )]
        else:
            # a name that fits a fuller one only by an initial or by words left out ("N.
            # Patel", "Maria Souza") is no person the story gives another role ("Maria
            # Souza, a student" is no "Maria Fernanda Lima Souza, a senator"), nor when
            # some article's tagger typed it as no person
            homes = [c for c in homes if not (
                _fits_loosely(name, c) and (
                    _other_roles(roles, name, c)
                    or (name in not_people and c in full_people)
                )
            )]
        if name in places:
            # a place is no person whose name opens with it ("Israel": not "Israel Katz"),
            # though the tagger's place may be a surname ("Msiska" of "Chiku Msiska")
            homes = [c for c in homes
                     if c not in full_people or name_words(c)[-1:] == name_words(name)[-1:]]
        if len(homes) > 1:
            # a short name that fits two fuller ones ("Sorami": "Sorami Motor
            # Corporation", "Sorami Automotive Malaysia") goes to the one far more
            # articles quote, else stays as written
            homes.sort(key=lambda c: -reach[c])
            if not reach[homes[0]] or reach[homes[0]] < DOMINANCE * reach[homes[1]]:
                continue
        if homes:
            out[name] = homes[0]
        else:
            # "Oosterhout Mayor Anouk Verhoeven": the name
            bare = name if name in titled_bodies else display_name(name)
            shorter = _without_slight_middles(bare)
            if shorter != bare and _person_like(shorter) and (
                without_generation(name_words(shorter)) in written_cores
            ):
                # "Ernesto Macaraeg Jr." where an article writes "Ernesto Macaraeg" (but
                # "Michael B. Jordan" where none writes "Michael Jordan")
                bare = shorter
            canonical.append(bare)
            out[name] = bare
        reach[out[name]] += articles[name]
    for name, rest in described.items():
        out[name] = out.get(rest) or next(
            (c for c in canonical if same_name(rest, c)),
            rest if rest in titled_bodies else display_name(rest),
        )
    twins = _spelled_twins(docs, out, canonical)
    return {name: twins.get(c, c) for name, c in out.items()}


#: the content words of four letters or more two statements in the same words must share
#: at least to be evidence that their speakers are one ("We do not comment on ongoing
#: operations" is anyone's)
SAME_STATEMENT_LEAST = 4


def _spelled_twins(docs: Sequence[Document], out: dict[str, str],
                   canonical: Sequence[str]) -> dict[str, str]:
    """Two of the story's people who are one in two romanisations ("Oleh Dovhaniuk" in
    some articles, "Oleg Dovganyuk" in others) -> the one spelled first in ``canonical``
    (the fuller, more used spelling): names that sound alike
    (:func:`~presslens.names.sounds_alike`), that no article writes both, that no article
    names as someone's relative, and that two articles give one statement in the same words
    (:func:`~presslens.wording.same_words`), four content words or more, both negated or
    neither. Alike names of two people ("Maria Santos", "Mario Santos") are named in one
    article, in one family, or say other things."""
    seen: dict[str, set[int]] = {}  # each canonical name -> the articles that write it
    said: dict[str, list[tuple[int, str, bool]]] = {}  # -> its statements, quoted or not
    kin: set[str] = set()  # names an article gives a relative's role

    def role(name: str, text: str | None) -> None:
        if text and {w.lower() for w in WORD.findall(text)} & KIN_NOUNS:
            kin.add(out[name])

    for k, doc in enumerate(docs):
        for ent in doc.entities:
            if ent.name in out:
                seen.setdefault(out[ent.name], set()).add(k)
                role(ent.name, ent.role)
        for att in doc.attributions:
            if att.speaker is None or att.speaker.name not in out:
                continue
            who = out[att.speaker.name]
            seen.setdefault(who, set()).add(k)
            if att.speaker.role != att.speaker.name:
                role(att.speaker.name, att.speaker.role)
            text = " ".join(doc.text[p.start : p.end] for p in att.content_parts or [att.content])
            said.setdefault(who, []).append((k, text, att.kind == "direct"))

    @functools.cache
    def compared(who: str) -> list[tuple[int, set[str], bool, set[str], bool]]:
        """A name's statements as they are compared, read only for names in a pair that
        sounds alike."""
        return [(k, word_ngrams(text), quoted, content_words(text), negated(text))
                for k, text, quoted in said[who]]

    def one_statement(a: str, b: str) -> bool:
        return any(
            i != j and neg_x == neg_y
            and sum(len(w) >= 4 for w in wx & wy) >= SAME_STATEMENT_LEAST
            and same_words(x, qx, y, qy)
            for i, x, qx, wx, neg_x in compared(a) for j, y, qy, wy, neg_y in compared(b)
        )

    people = [c for c in dict.fromkeys(canonical) if c in said and c not in kin]
    twins: dict[str, str] = {}
    for k, later in enumerate(people):
        for first in people[:k]:
            if first in twins or not sounds_alike(first, later):
                continue
            if not seen[first] & seen[later] and one_statement(first, later):
                twins[later] = first
                break
    return twins


def _fits_loosely(name: str, fuller: str) -> bool:
    """``name`` is ``fuller`` only by one given name's initial (:func:`~presslens.names.
    initials_fit`: "N. Patel" of "Nilesh Patel") or by two words or more it leaves out
    (:func:`~presslens.names.words_within`: "Maria Souza" of "Maria Fernanda Lima
    Souza")."""
    short, full = name_words(name), name_words(fuller)
    # one initial and a family name ("N. Patel"): too little to say more than the name
    return (
        len(short) == 2 and len(short[0]) == 1 and initials_fit(display_name(name), fuller)
    ) or (
        # two words or more left out: more than a middle name or a second family name
        words_within(short, full)
        and len([w for w in full if w not in PARTICLES]) - len(short) >= 2
    )


def _country_letters(name: str) -> bool:
    """``name`` opens with a country's letters ("US", "U.S.", "UK") before a body's name
    that ends in no title."""
    return bool(_COUNTRY_ABBREVIATION.match(name)) and name_words(name)[-1] not in TITLE_WORDS


def _slight_middles(name: str) -> list[int]:
    """The positions of the words of ``name`` that make it no fuller a name: a middle
    name's initial ("Ernesto L. Macaraeg Jr.": [1]) and a patronymic ("Yerlan
    Mukhtarovich Sadykov": [1])."""
    words = name.split()
    last = len(words) - 1 - (len(words) > 2 and fold(words[-1]).strip(".,") in GENERATIONS)
    return [k for k in range(1, last)
            if INITIAL.fullmatch(words[k]) or is_patronymic(words[k])]


def _without_slight_middles(name: str) -> str:
    """A person's name without middle names' initials or a patronymic ("Ernesto Macaraeg
    Jr." for "Ernesto L. Macaraeg Jr.", "Yerlan Sadykov" for "Yerlan Mukhtarovich
    Sadykov"), as outlets that write it shorter and annotators spell it."""
    drop = set(_slight_middles(name))
    return " ".join(w for k, w in enumerate(name.split()) if k not in drop) if drop else name


def _fullest_person(name: str, people: set[str]) -> bool:
    """``name`` is a person the tagger found, opening with a given name, whom no longer
    name of the story's ``people`` holds ("Fernanda Lima Souza" is held by "Maria Fernanda
    Lima Souza")."""
    words = name_words(name)
    return name in people and is_given_name(name.split()[0]) and not any(
        len(name_words(p)) > len(words) and same_name(name, p) for p in people
    )


def _legal_form_last(name: str, people: set[str]) -> bool:
    """``name`` ends in a legal form, abbreviated or in full ("Hakuto Electric Power Co.",
    "... Company"), when the name without it is no person's ("The Walt Disney Company"
    is no "Walt Disney")."""
    last = name.split()[-1].replace(".", "").strip(",").lower()
    return last in LEGAL_ABBREVIATIONS or (
        last in LEGAL_FORMS and display_name(" ".join(name.split()[:-1])) not in people
    )


#: a company's noun a tagger may take into the name at a sentence's start ("Operator
#: Hakuto Electric Power Co."), not one that opens names ("Brand South Africa", "Business
#: Unity South Africa", "Carrier Global")
_DESCRIBING_COMPANY_NOUNS = COMPANY_NOUNS - frozenset(
    "company firm business brand giant conglomerate utility start-up startup carrier".split()
) | frozenset("parent consultancy subsidiary affiliate".split())


def _describes_company(word: str) -> bool:
    """Whether ``word``, capitalised at a sentence's start, is a noun that says what kind
    of company follows ("Manufacturer Voltero", "Steelmaker Norbridge Steel", "Parent
    Taegang Group")."""
    low = word.lower()
    return low in _DESCRIBING_COMPANY_NOUNS or (low.endswith("maker") and len(low) > 5)


def _role_led_names(docs: Sequence[Document], names: Sequence[str]) -> dict[str, str]:
    """The ``names`` that open with a role's noun written capitalised at a sentence's start
    ("Shopkeeper Maya Chhantyal", where another article gives her the role "a 42-year-old
    shopkeeper"), with up to three words among which a title in capitals ("Kibwezi OCPD
    Samwel Kipng'eno"), with a title and what it is of ("General Director of Ertis Teplo
    JSC Bauyrzhan Yesenov") or with a place the story names ("Boyer-Ahmad Gholamreza
    Hosseini") -> the person's name after it, as some article found it."""
    speakers = [att.speaker for doc in docs for att in doc.attributions if att.speaker]
    people = {ent.name for doc in docs for ent in doc.entities if ent.type == "PERSON"}
    people |= {sp.name for sp in speakers if sp.role}
    roles = [ent.role for doc in docs for ent in doc.entities] + [sp.role for sp in speakers]
    role_words = {w for role in roles if role for w in WORD.findall(role) if w.islower()}
    written = [n for n in names if n[:1].isupper()]
    place_words = {w for doc in docs for ent in doc.entities if ent.type in ("GPE", "LOC")
                   for w in ent.name.split()}
    out = {}
    for name in names:
        first, *rest = name.split()
        if rest and first[:1].isupper() and not first.isupper() and (
            (len(rest) >= 2 and first.lower() in role_words and " ".join(rest) in people)
            # "Operator Hakuto Electric Power Co", "Manufacturer Voltero": a company's
            # noun the tagger took in, before a name some article writes without it
            or (_describes_company(first)
                and any(same_name(" ".join(rest), n) for n in written if n != name))
        ):
            out[name] = " ".join(rest)
            continue
        words = name.split()
        # the shortest person's name it ends in ("Kassym-Jomart Tokayev", not a tagger's
        # "State Kassym-Jomart Tokayev" of "Head of State ...")
        for i in range(len(words) - 2, 0, -1):
            head, tail = words[:i], " ".join(words[i:])
            if tail in people and _person_like(tail) and not is_place(tail) and (
                fold(words[i]) not in COUNTRY_WORDS  # no "Romanian Waters"
            ) and (
                # "Kibwezi OCPD Samwel Kipng'eno": a title in capitals (with its place)
                (i <= 3 and any(w.isupper() and w.isalpha() and 2 <= len(w) <= 5
                                for w in head))
                # "Mercantile Leaf Brokers Head of Research Ruwan Senanayake": a title
                # with what it is of, or the end of one ("[Head of] State Kassym-Jomart
                # Tokayev")
                or "of" in head or all(fold(w) in PORTFOLIO_WORDS for w in head)
                # "[Kohgiluyeh and] Boyer-Ahmad Gholamreza Hosseini": a place the
                # story's articles name
                or all(w.strip(",") in place_words for w in head)
            ):
                out[name] = tail
                break
    return out


def _by_nickname(
    docs: Sequence[Document], names: Sequence[str], roles: dict[str, set[str]]
) -> dict[str, str]:
    """The ``names`` written with a person's nickname for the given name ("Bong
    Villanueva") -> the name without it, when some article writes the nickname in quotes
    inside the full name ('Ramon "Bong" Villanueva' -> "Ramon Villanueva") and the story
    gives the two no roles, or roles that share a word (not "His son Bobby Cruz" of
    'Roberto "Bobby" Cruz')."""
    full: dict[tuple[str, ...], str] = {}
    for doc in docs:
        for ent in doc.entities:
            if ent.type != "PERSON":
                continue
            for m in ent.mentions:
                words = m.text.split()
                for i, word in enumerate(words[1:-1], start=1):
                    if nickname(word):
                        said = name_words(" ".join([word[1:-1], *words[i + 1 :]]))
                        full[said] = display_name(m.text)
    out = {}
    for n in names:
        if (w := name_words(n)) in full and name_words(full[w]) != w:
            mine, theirs = roles.get(display_name(n)), roles.get(full[w])
            if (not mine and not theirs) or (mine and theirs and mine & theirs):
                out[n] = full[w]
    return out


def _by_short_given_name(
    names: Sequence[str], roles: dict[str, set[str]]
) -> dict[str, str]:
    """The ``names`` whose given name is cut short (:func:`short_given_name`) -> the one
    name that writes it in full with the same other words, when only one does and the
    story gives the two no roles that share no word (a farmer "Ram Kumar" is no "Ramesh
    Kumar", the police superintendent)."""
    by_rest: dict[str, list[str]] = {}  # by the other words, joined or apart
    for n in names:
        if len(w := name_words(n)) >= 2 and not family_name_first(n):
            by_rest.setdefault(joined_key(w[1:]), []).append(n)
    out = {}
    for same_rest in by_rest.values():
        for n in same_rest:
            given = name_words(n)[0]
            fuller = {name_words(m)[0]: m for m in same_rest
                      if short_given_name(given, name_words(m)[0])
                      and not _other_roles(roles, display_name(n), display_name(m))}
            if len(fuller) == 1:
                out[n] = next(iter(fuller.values()))
    return out


#: words that link a role to what it is of or where ("municipality of Bronckhorst")
_LINKS = frozenset("of at in for from on by with to and or".split())


def _after_common_word(name: str) -> str | None:
    """The capitalised rest of a name that opens with words in lower case that are no
    particles and link nothing ("fees Cirrion" -> "Cirrion", "weather institute KNMI" ->
    "KNMI"; not "de Blasio", "al-Qudah", nor a role of a place, "municipality of
    Bronckhorst")."""
    words = name.split()
    k = 0
    while k < len(words) - 1 and words[k].isalpha() and words[k].islower() and (
        words[k] not in PARTICLES and words[k] not in _LINKS
    ):
        k += 1
    if k and words[k][:1].isupper():
        return " ".join(words[k:])
    return None


def _person_like(name: str) -> bool:
    """Two or more capitalised words (name particles aside) with no organisation's noun,
    legal form or title among them: how a person's name is written."""
    words = name.split()
    return len(words) >= 2 and all(
        (w[:1].isupper() and not w.isupper() and (low := w.lower().strip(".,")) not in
         ORGANISATION_NOUNS and low not in LEGAL_FORMS and low not in TITLE_WORDS)
        or w.lower() in PARTICLES
        for w in words
    )


def _given_name_of(name: str, people: Sequence[str]) -> list[str]:
    """The one person of the story whose name opens with the one word ``name`` when no
    one's name ends in it: names written family name first ("Keo" of "Keo Vannarith"), or
    a first name alone ("Sinéad" of "Sinéad Dunphy")."""
    words = name_words(name)
    if len(words) != 1 or not name[:1].isupper():
        return []
    if any(name_words(p)[-1:] == words and name_words(p) != words for p in people):
        return []  # (not the name itself, a title before it: "Director-General Kao")
    found = {display_name(p) for p in people if name_words(p)[:1] == words != name_words(p)}
    return list(found) if len(found) == 1 else []


def _other_roles(roles: dict[str, set[str]], name: str, person: str) -> bool:
    """The story gives ``name`` and ``person`` roles, and the roles share no word ("farmer
    in Tigray", "Agriculture Minister"): two people."""
    mine, theirs = roles.get(display_name(name)), roles.get(person)
    return bool(mine and theirs and not mine & theirs)


def _titled_person(name: str, people: Sequence[str]) -> str | None:
    """The person (named in full somewhere in the story) whose name ends ``name`` when the
    words before it hold a lower-case word no name holds and end in a title or portfolio
    ("... and Urban Development Olarewaju Odunsi"): a title, not a longer name ("Nigerian
    Institution of Structural Engineers" is no title of "Structural Engineers")."""
    words = name.split()
    for person in people:
        tail = person.split()
        if name != person and len(words) > len(tail) and [
            fold(plain(w)) for w in words[-len(tail) :]
        ] == [fold(plain(w)) for w in tail]:
            head = words[: -len(tail)]
            if any(w.islower() and w not in PARTICLES for w in head) and (
                head[-1].lower() in PORTFOLIO_WORDS | TITLE_WORDS
                # the tail of a title after its "of" ("of Correctional Services Anel du
                # Toit", where another article writes "Anél du Toit")
                or head[0] in _TAIL_OPENERS
            ):
                return person
    return None


def _ranked_person(name: str, people: Sequence[str]) -> str | None:
    """The one person of the story the words after a rank in capitals name ("ASP Nuwan
    Hettiarachchi", "DIG Wijeratne": Nuwan Hettiarachchi, Prasanna Wijeratne)."""
    words = name.split()
    k = 0
    while k < len(words) and words[k].isalpha() and words[k].isupper() and 2 <= len(words[k]) <= 5:
        k += 1
    if not 0 < k < len(words) or (len(words) - k == 1 and len(words[k - 1]) < 3):
        # "JD Vance", "TJ Watt": initials of a first name before one word, no rank
        return None
    rest = " ".join(words[k:])
    found = {p for p in people if p != name and same_name(rest, p)}
    return found.pop() if len(found) == 1 else None


def story_acronyms(docs: Sequence[Document], names: dict[str, str]) -> dict[str, str]:
    """Acronyms any of the story's articles defines -> the name they stand for ("... the
    National Institute for Public Health and the Environment (RIVM)"): the longest of the
    story's ``names`` the text before the bracket ends with, in its story spelling (two
    articles that end on two parts of one name define it one way). An acronym defined two
    ways is left out."""
    found: dict[str, set[str]] = {}
    # the story's names, and the organisations' names it left out for holding a
    # possessive ("United Nations Children's Fund (UNICEF)")
    candidates = set(names) | {
        ent.name for doc in docs for ent in doc.entities if ent.type == "ORG"
    }
    longest_first = sorted(candidates, key=len, reverse=True)
    for doc in docs:
        for m in _DEFINED.finditer(doc.text):
            if line_dateline(doc.text, m.start()) or normalise_outlet(m.group(1)) in OUTLETS:
                continue  # "NIAMEY (AFP) -": a wire's credit, no name spelled out
            before = doc.text[max(0, m.start() - 160) : m.start()].rstrip()
            word = not m.group(1).isupper() and m.group(1)[1:].islower()  # "(Nacada)"
            full = next((n for n in longest_first if n != m.group(1) and before.endswith(n)
                         and (not word or spelled_by(m.group(1), n))), None)
            if full is not None:
                found.setdefault(m.group(1), set()).add(names.get(full, full))
    return {acro: next(iter(fulls)) for acro, fulls in found.items() if len(fulls) == 1}


def _unnamed_role(doc: Document, source: Offsets | None,
                  speaker: str | None) -> tuple[str, str | None] | None:
    """The organisation word of a source left unnamed in its article ("police", "the
    company"), with the reach a word before "police" gives the force ("provincial police":
    police, provincial): its speaker is anonymous or the word itself."""
    if source is None:
        return None
    words = doc.text[source.start : source.end].lower().split()
    if words[:1] == ["the"]:
        words = words[1:]
    written = words[-1:]
    reach = None
    words = ["police" if w == "cops" else w for w in words]  # a tabloid's word
    if len(words) == 2 and words[0] in REACH_WORDS and words[1] == "police":
        reach, words = words[0], words[1:]
    if len(words) != 1 or (words[0] not in STORY_ROLES and words[0] not in _BODY_OF):
        return None
    # the speaker as the article's resolver left it: anonymous, or the word itself in
    # either case ("prosecutors said" gives the speaker "Prosecutors")
    unnamed = speaker is None or speaker.lower() in (ANONYMOUS, words[0], *written)
    return (words[0], reach) if unnamed else None


#: the nouns a police force's name may end in after its word for police ("South
#: Gyeongsang Provincial Police Agency", "National Police Service")
_FORCE_HEADS = frozenset(
    "agency service department force command bureau district headquarters directorate".split()
)


def _named_for(name: str, role: str) -> bool:
    """``name`` is an organisation a source may call by ``role`` alone: a name of two
    words or more that ends in the word ("Victoria Police" for "police", not "Ministry of
    Police" nor a country's police such as "Indonesian police"), or for police
    one with a word for police before a force's noun ("Kenya's National Police Service",
    "South Gyeongsang Provincial Police Agency")."""
    words = name_words(name)
    if len(words) < 2 or (
        # "Indonesian police": a country's police, not a force's name ("Koblenz police")
        name.split()[-1].islower() and " ".join(words[:-1]) in COUNTRY_WORDS
    ):
        return False
    if words[-1] == role:
        return words[-2] != "of"  # "Ministry of Police" oversees the force
    # (a name, not a description: "provincial police department")
    return role == "police" and words[-1] in _FORCE_HEADS and not name.islower() and bool(
        set(words[:-1]) & POLICE_WORDS
    )


def _named_place(force: str, places: set[str]) -> bool:
    """The ``force``'s name holds one of the article's ``places`` ("Toronto Police
    Service" in an article from Toronto)."""
    words = [strip_accents(fold(w)) for w in force.split()]
    return any(" ".join(words[i:j]) in places for i in range(len(words))
               for j in range(i + 1, min(len(words), i + 3) + 1))


def _within_reach(reach: str | None, force: str) -> bool:
    """Whether a force's name allows the reach a source gave it: "provincial police" is a
    force whose name says provincial ("Ontario Provincial Police"); "local police" one whose
    name says no wider reach ("Toronto Police", "Victoria Police"); a force named by its
    place alone is only local, city or municipal police."""
    words = set(name_words(force))
    if reach is None or reach in words:
        return True
    named = words & REACH_WORDS
    if reach == "local":
        return not named - _CITY_REACH
    return reach in _CITY_REACH and not named


def _named_roles(docs: Sequence[Document]) -> list[tuple[str, str]]:
    """(name, role) of every named person some article gives a role ("Governor Luiza
    Carvalho", "Luiza Carvalho, the state's governor"), with the people the tagger missed,
    named as a speaker with a title before the name ("Settlement commandant Moses
    Adriko")."""
    out: list[tuple[str, str]] = []
    for doc in docs:
        out += [(ent.name, ent.role) for ent in doc.entities
                if ent.type == "PERSON" and ent.role and len(ent.name.split()) >= 2]
        out += [(sp.name, sp.role) for att in doc.attributions
                if (sp := att.speaker) is not None and sp.entity is None and sp.role
                and sp.name != sp.role and len(sp.name.split()) >= 2]
    return out


def story_role_holders(
    named_roles: Sequence[tuple[str, str]],
) -> dict[str, dict[str, set[str]]]:
    """Each title of a role some article gives a named person (``named_roles``:
    :func:`_named_roles`) -> the people who hold it, each with the words of the roles the
    articles give them."""
    holders: dict[str, dict[str, set[str]]] = {}
    for name, role in named_roles:
        for title in _holder_titles(role):
            words = holders.setdefault(title, {}).setdefault(name, set())
            words.update(w.lower() for w in WORD.findall(role))
    return holders


def _holder_titles(role: str) -> set[str]:
    """The titles of a role ("chief executive": chief, executive), or, with none, the
    noun it ends in ("the athlete's coach", "her lawyer": coach, lawyer)."""
    titles = role_titles(role) & TITLE_WORDS
    if titles:
        return titles
    head = role_head(role).lower()
    return {head} if head.isalpha() and head not in _NO_ROLE else set()


def _unnamed_holder(speaker: Speaker, holders: dict[str, dict[str, set[str]]],
                    names: dict[str, str], written: str = "") -> str | None:
    """The one person of the story who holds the role a speaker was left as ("state
    governor", "the minister"), or the role an anonymous source has as ``written`` ("a
    police commander in Mumias", "a company spokeswoman"), in the story's spelling; None
    when none or several do."""
    indefinite = INDEFINITE_ROLE.fullmatch(written.strip())
    kin = _THEIR_ROLE.fullmatch(written.strip())
    if speaker.name == ANONYMOUS and kin is not None:
        role = kin.group(1)  # "Niger's government spokesman"
    elif speaker.name == ANONYMOUS and indefinite is not None:
        role = indefinite.group("role")
        if len(role.split()) < 2:
            return None  # "a spokeswoman" says too little to be the one the story names
    elif speaker.entity is not None or not speaker.role or speaker.role != speaker.name:
        return None
    else:
        role = speaker.name
    words = role.split()
    titles = _holder_titles(role)
    if not titles or any(w[:1].isupper() for w in words[1:]):
        return None
    organisation = plural_stem(role_head(role)) in ORGANISATION_NOUNS
    # who holds every title of the role ("chief executive": chief and executive), not as
    # another office's ("Former Defence Minister ...", "Deputy Health Minister ...",
    # "Shadow Health Minister ..." are no "health minister")
    said = {w.lower() for w in WORD.findall(role)}
    people = set.intersection(*(
        {names.get(p, p) for p, words in holders.get(t, {}).items()
         if not (words - said) & _OTHER_OFFICE}
        for t in titles
    ))
    if organisation:
        # an organisation's noun ("the group": the "rebel group Hay'at Tahrir al-Sham" the
        # tagger took for a person) goes only to one the words that say which fit ("the
        # Polish foreign ministry" is no "Poland's interior ministry")
        which = descriptor_words(role) - titles
        people = {p for p in people if any(
            which <= words for t in titles for name, words in holders.get(t, {}).items()
            if names.get(name, name) == p
        )}
    if kin is not None and written.split()[0].lower() in ("his", "her", "their"):
        return people.pop() if len(people) == 1 else None  # of two lawyers, whose is hers?
    if len(people) > 1:
        # of several spokesmen, the one whose role shares most of this one's other words
        # ("government spokesman": the "Government spokesman Colonel ...", not the
        # ministry's)
        others = {w.lower() for w in WORD.findall(role)} - titles
        overlap = dict.fromkeys(people, 0)
        for t in titles:
            for name, words in holders.get(t, {}).items():
                person = names.get(name, name)
                if person in overlap:
                    overlap[person] = max(overlap[person], len(others & words))
        best = max(overlap.values())
        people = {p for p, n in overlap.items() if n == best} if best else people
    return people.pop() if len(people) == 1 else None


#: words before a title that make its holder another office's ("Deputy Regional
#: Commissioner", "Former Surgeon General", "Senior State Prosecutor", the opposition's
#: "Shadow Health Minister")
_OTHER_OFFICE = frozenset(
    "deputy shadow assistant associate vice former ex acting interim senior junior outgoing "
    "incoming late".split()
)


def _title_holder(name: str, roles: Sequence[tuple[str, str]],
                  names: dict[str, str]) -> str | None:
    """The one person of the story whose role (``roles``: :func:`_named_roles`) ends in
    ``name``, a title in capitals the tagger took for an organisation's name ("Regional
    Commissioner" of "the RC", "Mwanza Regional Commissioner (RC) Mr Daudi Kisena": Daudi
    Kisena, whom another article calls "Mwanza Regional Commissioner Daudi Kisena"); not
    a deputy's or a former holder's role, nor another country's ("Australian Prime
    Minister"), nor a company's name that ends in a title ("Burger King chief executive"
    does not end in "Burger King"); None when none or several hold it."""
    words = name.split()
    if len(words) < 2 or not all(w[:1].isupper() for w in words) or (
        fold(words[-1]) not in TITLE_WORDS
    ):
        return None
    want = [w.lower() for w in WORD.findall(name)]
    found = set()
    for person, role in roles:
        said = [w.lower() for w in WORD.findall(role)]
        before = said[: len(said) - len(want)]
        if len(said) >= len(want) and said[len(before) :] == want and not any(
            w in _OTHER_OFFICE or fold(w) in COUNTRY_WORDS for w in before
        ):
            found.add(names.get(person, person))
    return found.pop() if len(found) == 1 else None


def story_organisations(
    docs: Sequence[Document], names: dict[str, str]
) -> dict[str, frozenset[str]]:
    """Each organisation the story's articles name, in the story's spelling -> the words
    that say which one it is: those of its name and of every descriptor an article gives
    it ("private hospital chain Keelan Healthcare Group": keelan, healthcare, group,
    hospital, chain)."""
    words: dict[str, set[str]] = {}
    for doc in docs:
        for ent in doc.entities:
            name = names.get(ent.name, ent.name)
            if ent.type != "ORG" or name.islower() or any(
                # a common word, not "al-Sham" or "sans" ("Hay'at Tahrir al-Sham",
                # "Médecins sans Frontières")
                w.islower() and w.isalpha() and w not in NAME_GLUE and w not in PARTICLES
                and w not in _FOREIGN_GLUE
                for w in name.split()[1:]
            ):
                # "state health department", "Foreign ministry" (opening a sentence): a
                # descriptor the tagger took for a name
                continue
            found = words.setdefault(name, set())
            found.update(plural_stem(w) for w in name_words(name))
            if ent.role:
                found.update(descriptor_words(ent.role))
    return {name: frozenset(w) for name, w in words.items()}


def _source_descriptor(doc: Document, source: Offsets | None) -> str | None:
    """The source as a definite description of an organisation ("the state health
    department", "the state's grid operator"), up to any apposition; None for a name or
    a pronoun."""
    if source is None:
        return None
    phrase, _, apposition = doc.text[source.start : source.end].partition(",")
    phrase = phrase.strip()
    if apposition.strip()[:1].isupper():
        return None  # "Estonia's grid operator, Elering": the article names it
    owner = OWNER.match(phrase)  # "Nepal's disaster authority", "the Gulf state's ..."
    words = phrase[owner.end() :].split() if owner else phrase.split()[1:]
    if (
        len(words) < 2
        or not (owner or phrase.split()[0].lower() == "the")
        or not all(w.islower() or w.endswith(("'s", "’s")) for w in words)
    ):
        return None  # a name ("the Montreal Port Authority"), not "the EU's ... agency"
    noun = plural_stem(words[-1])
    return phrase if noun in ORGANISATION_NOUNS or noun in INSTITUTION_NOUNS else None


def _described_organisation(
    descriptor: str, organisations: dict[str, frozenset[str]]
) -> str | None:
    """The one organisation of the story whose name or descriptors hold every word that
    says which organisation ``descriptor`` is, its noun and at least one more ("the
    federal power ministry": "Ministry of Power"; "the terminal operator": the one some
    article calls "terminal operator Cartier Container Terminals"); with none, the one
    public body of the noun's kind (:func:`~presslens.names.body_kind`) whose name holds
    the two or more words besides the noun ("Hungary's disaster management agency": the
    "National Directorate General for Disaster Management"; no "... Committee")."""
    want = descriptor_words(descriptor)
    if len(want) < 2:
        return None  # "the company", "the agency": the noun alone says too little
    owner = OWNER.match(descriptor)
    place = owner.group(1) if owner else ""
    words_of = WORD.findall(descriptor)
    noun = plural_stem(words_of[-1]) if words_of else ""
    which = want - {noun}

    def fits(name: str, words: frozenset[str], kind_only: bool) -> bool:
        if kind_only:
            # "Hungary's disaster management agency": the "National Directorate General
            # for Disaster Management", a body of the agency's kind with the words that
            # say which one
            if len(which) < 2 or not which <= words or BODY_KIND.get(noun) is None or (
                body_kind(name) != BODY_KIND[noun]
            ):
                return False
        elif not want <= words:
            return False
        # "Uganda's wildlife service" is no "Kenya Wildlife Service", "Italy's coast guard"
        # no "Hellenic Coast Guard"
        if own:
            return not _holds_country(name, foreign)
        return not (is_place(place) and place not in name
                    and any(is_place(w) for w in WORD.findall(name)))

    own = country_words(place) if place else frozenset()
    foreign = COUNTRY_WORDS - own
    for kind_only in (False, True):
        found = [name for name, words in organisations.items() if fits(name, words, kind_only)]
        if len(found) > 1 and own:
            # the one whose name says it is the country's ("Italian Coast Guard")
            found = [name for name in found if _holds_country(name, own)] or found
        if found:
            return found[0] if len(found) == 1 else None
    return None


def _holds_country(name: str, words: frozenset[str]) -> bool:
    """Whether ``name`` holds one of a country's ``words`` (:func:`~presslens.names.
    country_words`), whole words compared folded."""
    text = f" {' '.join(fold(w) for w in WORD.findall(name))} "
    return any(f" {w} " in text for w in words)


def _body_named(name: str, stem: str) -> bool:
    """``name`` is an organisation's with a word that starts with ``stem`` ("Berlin Public
    Prosecutor's Office", "Public Prosecution Service" for "prosecut")."""
    words = WORD.findall(name.lower())
    return not name.islower() and any(w.startswith(stem) for w in words) and (
        words[-1] in _BODY_ENDS  # an office, not "Polish Prosecutors' Association"
    )


def story_spelling(docs: Sequence[Document]) -> dict[str, str]:
    """Each name the story's articles write for a person or organisation -> its one
    spelling in the story: the fullest (:func:`story_names`), an acronym spelled out
    where another article does (:func:`story_acronyms`)."""
    names = story_names(docs)
    for acro, full in story_acronyms(docs, names).items():
        # "RIVM" where another article spells it out, and the spellings that went to it
        # ("Unicef"), in capitals or not ("Nacada" defined, "NACADA" written elsewhere)
        if names.get(acro, acro).upper() == acro.upper():
            for name, canonical in list(names.items()):
                if canonical.upper() == acro.upper():
                    names[name] = full
            names[acro] = full
    if any(_COMMA_BELOW.search(doc.text) for doc in docs):
        # Romanian written with its own letters somewhere in the story ("Constanța"): the
        # cedilla letters other outlets set for them in a Romanian name ("Mureşanu",
        # "Constanţa") are the same letters, spelled as the story's Romanian is
        # ("Mureșanu"); a Turkish name keeps its ş ("Kemal Şimşek")
        with_commas = {name_key(n) for n in names if _COMMA_BELOW.search(n)}
        names = {name: canonical.translate(_CEDILLA_TO_COMMA)
                 if _romanian(canonical, with_commas) else canonical
                 for name, canonical in names.items()}
    return names


#: the Romanian letters with a comma below, and the cedilla letters legacy fonts and
#: keyboards set in their place
_COMMA_BELOW = re.compile("[\u0218-\u021b]")
_CEDILLA_LETTERS = "ŞşŢţ"
_CEDILLA = re.compile(f"[{_CEDILLA_LETTERS}]")
_CEDILLA_TO_COMMA = str.maketrans(_CEDILLA_LETTERS, "\u0218\u0219\u021a\u021b")
#: letters of Romanian that Turkish does not write, and of Turkish that Romanian does not
_ROMANIAN_ONLY = re.compile("[ŢţĂăÂâÎî]")
_TURKISH_ONLY = re.compile("[ĞğıİÖöÜüÇç]")


def _romanian(name: str, with_commas: set[str]) -> bool:
    """``name`` with a cedilla is Romanian: it holds a letter only Romanian writes
    ("Mureşanu" has ă, "Ţiplea" ţ), or the story writes it with comma letters elsewhere,
    and no letter only Turkish writes."""
    return bool(_CEDILLA.search(name)) and not _TURKISH_ONLY.search(name) and (
        bool(_ROMANIAN_ONLY.search(name)) or name_key(name) in with_commas
    )


def resolve_speakers(docs: Sequence[Document]) -> None:
    """Give the speakers and asserters of one story's documents one spelling (in place)."""
    for doc in docs:
        # each statement its own speaker: an article's resolver may hand two statements
        # one object, and what the story decides for one source is no other's
        for att in doc.attributions:
            if att.speaker is not None:
                att.speaker = att.speaker.model_copy()
    names = story_spelling(docs)
    full_names = set(names.values())
    spoken = {att.speaker.name for doc in docs for att in doc.attributions if att.speaker}
    spoken_as = {names.get(name, name) for name in spoken}  # in the story's spelling
    named_roles = _named_roles(docs)
    role_holders = story_role_holders(named_roles)
    organisations = story_organisations(docs, names)
    sources = [doc.text[a.source.start : a.source.end]
               for doc in docs for a in doc.attributions if a.source is not None]

    def voiced(name: str) -> bool:
        """A source names the organisation ("the spokesperson of the Rivers State Police
        Command, SP Sotonye Iyala"): its people speak for it. Asked only of a force an
        unnamed "police" may be."""
        return len(name) > 3 and any(name in source for source in sources)

    for doc in docs:
        # the article's places, for the police agency that serves one of them
        places = {strip_accents(fold(e.name)) for e in doc.entities if e.type in ("GPE", "LOC")}
        for att in doc.attributions:
            if att.speaker is not None and att.speaker.name in names:
                att.speaker.name = names[att.speaker.name]
            written = doc.text[att.source.start : att.source.end] if att.source else ""
            holder = (
                _unnamed_holder(att.speaker, role_holders, names, written)
                if att.speaker is not None
                else None
            )
            if holder is None and att.speaker is not None:
                holder = _title_holder(att.speaker.name, named_roles, names)
            if holder is not None and att.speaker is not None:
                # "the governor said" here, "Governor Luiza Carvalho" in another article:
                # CONVENTIONS.md resolves a role to its holder across a story
                att.speaker.name = holder
            unnamed = _unnamed_role(doc, att.source, att.speaker.name if att.speaker else None)
            role, reach = unnamed if unnamed is not None else (None, None)
            if role in _BODY_OF and _BODY_QUALIFIED.search(doc.text):
                role = None  # "German prosecutors ... Prosecutors said": which ones is said
            if role is not None and att.speaker is not None:
                # "police said" here, "Victoria Police" in another article: the one
                # organisation of the story whose name holds the word
                # ("Prosecutors", the word itself as a speaker's name, names none)
                orgs = {n for n in full_names
                        if _named_for(n, role) and _within_reach(reach, n) and (
                            # a police agency or service (not "... Police"): one that
                            # speaks in the story, or whose officer does, or whose place
                            # the article names, not one named in passing ("National
                            # Police Air Service")
                            name_words(n)[-1] == role
                            or n in spoken or n in spoken_as or voiced(n)
                            or _named_place(n, places)
                        )} or {
                    # "prosecutors said": the prosecutor's office another article names
                    n for n in spoken if role in _BODY_OF and _body_named(n, _BODY_OF[role])
                }
                # "Vinh Long police" and "Vinh Long provincial police": one force, by its
                # fuller name
                orgs = {n for n in orgs if not any(
                    o != n and set(name_words(n)) < set(name_words(o))
                    and name_words(n)[0] == name_words(o)[0]  # not Japan's and Korea's
                    for o in orgs
                )}
                if len(orgs) == 1:
                    att.speaker.name = orgs.pop()
            descriptor = _source_descriptor(doc, att.source)
            if descriptor is not None and att.speaker is not None and not (
                descriptor_words(descriptor) <= organisations.get(att.speaker.name, frozenset())
            ):
                # "the state health department" left as written, or taken for the one
                # department its article names ("India Meteorological Department"),
                # where another article names the "Vindhya Pradesh Health Department"
                described = _described_organisation(descriptor, organisations)
                if described is not None:
                    att.speaker.name = described
        for fig in doc.figures:
            if fig.asserted_by in names:
                fig.asserted_by = names[fig.asserted_by]
    _one_company(docs, organisations)
    # "Ministry of Interior", a name presslens made of "the interior ministry", that no
    # article writes: the ministry as the articles write it ("Interior Ministry")
    texts = " ".join(doc.text for doc in docs)
    made = {att.speaker.name for doc in docs for att in doc.attributions
            if att.speaker is not None and att.speaker.name.startswith("Ministry of ")}
    made |= {fig.asserted_by for doc in docs for fig in doc.figures
             if fig.asserted_by and fig.asserted_by.startswith("Ministry of ")}
    as_written = {name: _ministry_as_written(name, texts) for name in made}
    venues = story_venues(docs)
    for doc in docs:
        for att in doc.attributions:
            if att.speaker is not None and as_written.get(att.speaker.name):
                att.speaker.name = as_written[att.speaker.name] or att.speaker.name
            if att.venue in venues:
                att.venue = venues[att.venue]
        for fig in doc.figures:
            if fig.asserted_by and as_written.get(fig.asserted_by):
                fig.asserted_by = as_written[fig.asserted_by] or fig.asserted_by


def _bare_noun(doc: Document, source: Offsets | None) -> str | None:
    """The company's noun of a source that is nothing more ("the company", "The firm"),
    else None."""
    if source is None:
        return None
    words = doc.text[source.start : source.end].lower().split()
    if len(words) == 2 and words[0] == "the" and words[1] in COMPANY_NOUNS:
        return words[1]
    return None


def _a_company(name: str, organisations: dict[str, frozenset[str]]) -> bool:
    """Whether the story says ``name`` is a company: its name ends in a legal form or a
    company's noun, or an article calls it one ("Ekvik Charging, the Swedish company")."""
    last = name.split()[-1].lower().strip(".,") if name.split() else ""
    return holds_noun(name, "company") or is_legal_form(last) or last in COMPANY_NOUNS or (
        bool(COMPANY_NOUNS & organisations.get(name, frozenset()))
    )


def _one_company(docs: Sequence[Document], organisations: dict[str, frozenset[str]]) -> None:
    """"The company said" is the company the story's other "the company said" are, when
    its article took it for what the story never calls a company (a newspaper named
    before, a regulator, a product, a law) and no other article reads "the company" so:
    the one most of the story's "the company" name, if the story calls it a company (in
    place)."""
    chosen: Counter[str] = Counter()  # articles whose "the company" each name is
    for doc in docs:
        chosen.update({att.speaker.name for att in doc.attributions
                       if _bare_noun(doc, att.source) and att.speaker is not None})
    ranked = [(name, n) for name, n in chosen.most_common() if _a_company(name, organisations)]
    if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[0][1] == ranked[1][1]):
        return
    for doc in docs:
        for att in doc.attributions:
            if _bare_noun(doc, att.source) and att.speaker is not None and (
                chosen[att.speaker.name] < 2
                and not _a_company(att.speaker.name, organisations)
            ):
                att.speaker = Speaker(name=ranked[0][0])


def _venue_key(venue: str) -> str:
    """A venue as outlets with and without accents, capitals or dots write it ("RTÉ",
    "RTE"; "Politiken", "POLITIKEN")."""
    return re.sub(r"[\W_]+", "", plain(venue).casefold())


def story_venues(docs: Sequence[Document]) -> dict[str, str]:
    """Each venue the story's articles give -> its one spelling in the story: an outlet
    written with and without its accents ("RTÉ" / "RTE") is one, in its own letters, else
    as most articles write it; and initials that spell out an outlet another article
    names ("MfD" / "Mladá fronta DNES") are that outlet, so that no venue conflicts with
    itself."""
    written = Counter(att.venue for doc in docs for att in doc.attributions if att.venue)
    spellings: dict[str, list[str]] = {}
    for venue in written:
        spellings.setdefault(_venue_key(venue), []).append(venue)
    out: dict[str, str] = {}
    for variants in spellings.values():
        best = max(variants, key=lambda v: (not v.isascii(), written[v], len(v), v))
        out.update(dict.fromkeys(variants, best))
    # outlets by their names, not occasions or kinds of outlet ("state television")
    spelled = {best for best in out.values() if len(best.split()) >= 2 and best[:1].isupper()}
    for venue in written:
        letters = venue.replace(".", "")
        if " " in venue or not letters.isalpha() or sum(c.isupper() for c in letters) < 2:
            continue
        full = [name for name in spelled
                if "".join(w[0] for w in WORD.findall(name)).casefold() == letters.casefold()]
        if len(full) == 1:
            out[venue] = full[0]
    return {venue: best for venue, best in out.items() if venue != best}


#: a ministry described by its portfolio as articles write it ("the interior ministry",
#: "Türkiye's Trade Ministry", "the health and family welfare ministry")
_PORTFOLIO_MINISTRY = re.compile(r"\b((?:[A-Za-z]+ (?:and |& )?){0,3})[Mm]inistry\b")


def _ministry_as_written(name: str, texts: str) -> str | None:
    """For a ministry's name no article writes ("Ministry of Interior"), the description
    the articles write most that names it ("interior ministry" -> "Interior Ministry");
    None when an article writes the name or none describes it."""
    if name.lower() in texts.lower():
        return None
    forms: Counter[str] = Counter()
    for m in _PORTFOLIO_MINISTRY.finditer(texts):
        words = m.group(1).split()
        for k in reversed(range(len(words))):  # the fewest words that name it
            phrase = " ".join(words[k:]) + " ministry"
            if ministry_name(f"the {phrase.lower()}") == name:
                forms[" ".join(w if w.lower() in ("and", "&") else w.capitalize()
                               for w in phrase.split())] += 1
                break
    return forms.most_common(1)[0][0] if forms else None
