"""Grouping the mentions of one entity: people by surname ("Julian King" ... "King"),
organisations by alias, acronym ("Royal United Services Institute" ~ "RUSI") and
normalised name; each group's canonical name."""

from __future__ import annotations

import re
from collections import Counter
from typing import Any

from ...given_names import is_given_name
from ...names import (
    CAPITAL_TITLES,
    COUNTRY_WORDS,
    HONORIFICS,
    NAME_GLUE,
    NAME_PREFIXES,
    ORGANISATION_NAME_ENDS,
    TITLE_WORDS,
    display_name,
    family_name_first,
    family_name_index,
    first_surname,
    fold,
    initials,
    is_city,
    is_legal_form,
    is_place,
    is_place_name,
    name_key,
    role_titles,
    same_name,
)
from ...nlp import is_title_case, title_case_line
from .mentions import Group, Mention
from .roles import organisation_role, role_of

_POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")


def group_mentions(mentions: list[Mention]) -> list[Group]:
    groups: list[Group] = []
    by_key: dict[str, Group] = {}
    for m in mentions:
        key = m.canonical.lower() if m.canonical else name_key(m.text)
        if m.label == "NORP":
            key = key.removesuffix("s")  # "Europeans" and "European"
        group = by_key.get(key)
        if group is None and m.label == "PERSON":
            group = _person_group(m, groups)
        if group is None and m.label in ("ORG", "GPE", "FAC"):
            group = _acronym_group(m, groups)
        if group is None:
            group = Group(type=m.label, canonical=m.canonical)
            groups.append(group)
        group.mentions.append(m)
        by_key.setdefault(key, group)
        if group.role is None:
            group.role = role_of(m) or organisation_role(m)
    return groups


def _is_tail(short: list[str], full: list[str]) -> bool:
    """``short`` ends ``full`` ("de Blasio" in "Bill de Blasio"), compared folded, an
    Arabic article joined to the surname or not ("Mr Kitbi" of "Saeed al-Kitbi")."""
    return 0 < len(short) <= len(full) and [_bare(w) for w in full[-len(short) :]] == [
        _bare(w) for w in short
    ]


def _bare(word: str) -> str:
    """``word`` folded, without an Arabic article joined to it ("al-Kitbi" -> "kitbi")."""
    return _JOINED_ARTICLE.sub("", fold(word))


_JOINED_ARTICLE = re.compile(r"^(?:al|el)-(?=\w{3})")


def _person_group(m: Mention, groups: list[Group]) -> Group | None:
    words = [w for w in m.text.split() if w.lower().rstrip(".") not in HONORIFICS]
    if not words:
        return None
    people = [g for g in reversed(groups) if g.type == "PERSON"]
    titled = _capital_titled(words, people)
    if titled is not None:
        return titled
    for g in people:
        full_words = max((x.text for x in g.mentions), key=len).split()
        if _is_tail(words, full_words) or (
            len(words) > 1 and fold(words[0]) == fold(full_words[0])
            and fold(words[-1]) == fold(full_words[-1])
        ):
            return g
        # the earlier mention was the short one ("Trump" before "Donald Trump")
        if _is_tail(full_words, words):
            return g
    # only when no one's surname it is: a Spanish first surname ("Ms Restrepo" of "Daniela
    # Restrepo Gil"), not the middle name of "Sarah Huckabee Sanders" for "Huckabee"
    for g in people:
        full_words = max((x.text for x in g.mentions), key=len).split()
        if first_surname([fold(w) for w in words], [fold(w) for w in full_words]):
            return g
    if len(words) == 1 and not any(
        g.type == "ORG" and [fold(w) for w in _full(g)[:1]] == [fold(words[0])]
        for g in groups
    ):
        # no organisation's name opens with it ("Sorami" of "Sorami Motor Corporation")
        honoured = len(words) < len(m.text.split())  # "Mr Tadese"
        return _family_name_of(words[0], [(g, _full(g)) for g in people], honoured)
    return None


def _capital_titled(words: list[str], people: list[Group]) -> Group | None:
    """"RC Mwinyimkuu" after "Singida Regional Commissioner Hamisi Saidi Mwinyimkuu", "PM
    Sharif" after "Prime Minister Shehbaz Sharif": a title in capitals before the surname
    of the one whose title it abbreviates (not "MD Rahman", a shopkeeper, after police
    spokesman Mohammad Abdur Rahman)."""
    if len(words) != 2 or not words[0].isupper() or words[0].lower() not in CAPITAL_TITLES:
        return None
    for g in people:
        full_words = _full(g)
        if len(full_words) >= 2 and _is_tail(words[1:], full_words) and any(
            words[0] in _title_initials(x) for x in g.mentions
        ):
            return g
    return None


def _full(group: Group) -> list[str]:
    """The words of the longest name a group's mentions give."""
    return max((x.text for x in group.mentions), key=len).split()


def _family_name_of(
    word: str, full_names: list[tuple[Group, list[str]]], honoured: bool = False
) -> Group | None:
    """The person ``word`` names as a family name written first
    (:func:`~presslens.names.family_name_index`): one whose name has the form
    ("Koh Dong-jin"), or one the article gives a title ("Amamiya Kenjiro, president of
    ...", not "Sorami Kestrel, a popular compact SUV") when the word is no given name or
    place ("Jordan" after "Jordan Henderson, the England captain"; "Grace, 9"), unless an
    honorific says it stands where a family name does ("Mr Tadese" of "Agriculture Minister
    Tadese Woldemikael", as Ethiopian names are shortened)."""
    k = family_name_index(word, [" ".join(full) for _, full in full_names])
    if k is None:
        return None
    g, full = full_names[k]
    if family_name_first(" ".join(full)):
        return g
    titled = bool(g.role and role_titles(g.role) & TITLE_WORDS)
    common = (is_given_name(word) and not honoured) or is_city(word) or is_place(word)
    return g if titled and not common else None


def _title_initials(m: Mention) -> str:
    """The initials of the capitalised words right before ``m`` ("Singida Regional
    Commissioner [Hamisi Saidi Mwinyimkuu]": SRC), its title as capitals may write it."""
    if m.tokens is None:
        return ""
    doc, k = m.tokens.doc, m.tokens.start - 1
    out = ""
    while k >= m.tokens.sent.start and doc[k].is_alpha and doc[k].text[:1].isupper():
        out = doc[k].text[0] + out
        k -= 1
    return out


def merge_mislabelled_names(groups: list[Group]) -> list[Group]:
    """Fold groups the tagger typed otherwise that are only a person's name into that
    person, whichever was named first (:func:`_owner`)."""
    full_names = [(g, _full(g)) for g in groups if g.type == "PERSON"]
    out = []
    for g in groups:
        owner = None if g.canonical else _holder(g, groups, full_names)
        if owner is None:
            out.append(g)
            continue
        owner.mentions.extend(Mention(m.start, m.end, m.text, owner.type) for m in g.mentions)
    return out


def _holder(
    g: Group, groups: list[Group], full_names: list[tuple[Group, list[str]]]
) -> Group | None:
    """The group ``g``'s names belong to: for a person the tagger or the context typed,
    another person whose name ends in them or the company a one-word name opens; for a
    social-media handle, the organisation whose account it is; for any other type, the
    person :func:`_owner` finds, else for a place's or a work's type the company."""
    if g.type == "PERSON":
        return _person_of(g, full_names) or _company_of(g, groups, full_names)
    if all(m.text.startswith("@") for m in g.mentions):
        return _account_of(g, groups)
    owner = _owner(g, groups, full_names)
    if owner is None and g.type in _NAME_LIKE:
        owner = _company_of(g, groups, full_names)
    return owner


def _person_of(g: Group, full_names: list[tuple[Group, list[str]]]) -> Group | None:
    """The one other person whose name ends in every name of ``g``, a group the tagger
    typed otherwise and the context retyped ("Marstrand, a former Danish justice minister,
    said" after "Commissioner Helga Marstrand")."""
    texts = [m.text.split() for m in g.mentions]
    found = [p for p, full in full_names
             if p is not g and len(full) > 1 and all(len(t) < len(full) and _is_tail(t, full)
                                                     for t in texts)]
    return found[0] if len(found) == 1 else None


def _account_of(g: Group, groups: list[Group]) -> Group | None:
    """The one organisation whose social-media account ``g`` is: its handle opens with the
    organisation's first word ("@NavtaraIndia" of "Navtara Electronics")."""
    handles = {fold(m.text[1:]) for m in g.mentions}
    found = [o for o in groups if o is not g and o.type == "ORG"
             and not any(m.text.startswith("@") for m in o.mentions)
             and len(first := fold(_full(o)[0])) >= 4
             and all(h.startswith(first) for h in handles)]
    return found[0] if len(found) == 1 else None


#: types the tagger gives a company's short name it does not know ("Galvera" a place)
_NAME_LIKE = frozenset(["GPE", "LOC", "PRODUCT", "WORK_OF_ART"])


def _company_of(
    g: Group, groups: list[Group], full_names: list[tuple[Group, list[str]]]
) -> Group | None:
    """The organisation a one-word "person" or "place" is the first word of ("Hanvit"
    after "Hanvit Electronics Co Ltd", a name the tagger does not know), when it is no
    given name, no place the gazetteer knows and no person's name holds it."""
    texts = {m.text for m in g.mentions}
    if len(texts) != 1 or len(word := next(iter(texts)).split()) != 1:
        return None
    if g.type != "PERSON" and (is_city(word[0]) or is_place(word[0])):
        return None
    if any(_place_after(m) for m in g.mentions):
        return None  # "Galvera UK", which the tagger split: the company's arm
    if is_given_name(word[0]) or any(
        fold(word[0]) in map(fold, full) for p, full in full_names if p is not g and len(full) > 1
    ):
        return None
    found = [o for o in groups if o.type == "ORG" and len(full := _full(o)) > 1
             and full[0] == word[0]
             # a name, not a span the tagger ran on ("Chienhua around NT$2.5bn")
             and all(w[:1].isupper() or w.lower() in NAME_GLUE for w in full)
             # the company, not its arm in a place ("Galvera UK", "Sorami Motor North
             # America")
             and not _ends_in_place(full)]
    return found[0] if len(found) == 1 else None


#: regions a company's arm may be named for ("Sorami Motor North America")
_REGIONS = frozenset(
    "america europe asia africa oceania emea apac americas pacific".split()
)


def _place_after(m: Mention) -> bool:
    """A place's name or a region follows the mention ("Galvera" of "Galvera UK")."""
    if m.tokens is None or m.tokens.end >= len(m.tokens.doc):
        return False
    nxt = m.tokens.doc[m.tokens.end]
    return nxt.text[:1].isupper() and _ends_in_place([nxt.text])


def _ends_in_place(words: list[str]) -> bool:
    """The name ends in a place's name of one or two words ("Galvera UK", "Hanvit
    Electronics America")."""
    return fold(words[-1].strip(".")) in _REGIONS or any(
        is_place_name(t) for t in (words[-1], " ".join(words[-2:]))
    )


def _owner(
    g: Group, groups: list[Group], full_names: list[tuple[Group, list[str]]]
) -> Group | None:
    """The person a group of another type names, if any:
    - an organisation that is a person's surname ("De Blasio", "O'Neill"), first surname
      (:func:`_first_surname_of`), surname after a title in capitals ("PM Sharif", see
      :func:`_capital_titled`), or family name written first ("Amamiya" after "Amamiya
      Kenjiro, president of ..."), when no organisation's name opens with it ("Sorami" of
      "Sorami Motor Corp.");
    - a place, building, product or work that is a person's surname and no city's or
      country's name ("Khalil" after "Omar Khalil", "Verhaegen" after "Luc Verhaegen",
      which the tagger may call a product), or a people of two words or more that is
      ("Abu Hammour" after "Iyad Abu Hammour");
    - a place or a people that is a Korean or Taiwanese family name ("Han" after "Han
      Seo-yeon"), by the form of the given name only ("Jordan" stays a country)."""
    texts = {m.text for m in g.mentions}
    word = g.mentions[0].text if len(texts) == 1 and len(g.mentions[0].text.split()) == 1 else ""

    def surname_of() -> Group | None:
        return next((person for person, full in full_names
                     if len(full) > 1 and all(_is_tail(t.split(), full) for t in texts)), None)

    if g.type == "ORG":
        owner = surname_of() or _first_surname_of(list(texts), full_names)
        if owner is None and len(texts) == 1:
            owner = _capital_titled(g.mentions[0].text.split(), [p for p, _ in full_names])
        if owner is None and word and not any(
            o is not g and o.type == "ORG" and _full(o)[:1] == [word] for o in groups
        ):
            person = _family_name_of(word, full_names)
            owner = person if person is not None and person.role else None
        return owner
    if g.type in ("GPE", "LOC", "FAC", "PRODUCT", "WORK_OF_ART") and not any(
        is_city(t) or is_place(t) for t in texts
    ):
        owner = surname_of()
        if owner is not None:
            return owner
    if g.type == "NORP" and all(len(t.split()) > 1 for t in texts):
        owner = surname_of()  # "Abu Hammour" after "Iyad Abu Hammour": no people's name
        if owner is not None:
            return owner
    if g.type in ("NORP", "GPE") and word:
        person = _family_name_of(word, full_names)
        if person is not None and family_name_first(" ".join(_full(person))):
            return person
    if g.type == "NORP" and word and fold(word) not in COUNTRY_WORDS and not is_place(word):
        # a one-word "people" that is no people's name but the last or the first name of
        # one person named in full ("Anh" after "Dr Nguyen Thi Lan Anh", "Rachmat" after
        # "AKBP Rachmat Hidayatullah", as Vietnamese and Indonesian names are shortened)
        found = [p for p, full in full_names if len(full) > 1
                 and word in (full[-1], full[0])]
        if len(found) == 1:
            return found[0]
    return None


def _first_surname_of(
    texts: list[str], full_names: list[tuple[Group, list[str]]]
) -> Group | None:
    """The one person whose first surname every text is ("Taban" of "Joseph Taban Loku",
    :func:`~presslens.names.first_surname`), when it is no one's last name."""
    folded = [[fold(w) for w in t.split()] for t in texts]
    if not all(folded) or any(
        fold(full[-1]) == f[-1] for _, full in full_names for f in folded
    ):
        return None
    found = {
        id(person): person
        for person, full in full_names
        if all(first_surname(f, [fold(w) for w in full]) for f in folded)
    }
    return next(iter(found.values())) if len(found) == 1 else None


def _acronym_group(m: Mention, groups: list[Group]) -> Group | None:
    """The organisation group ``m`` names by acronym, or by a shorter or fuller name
    ("Sorami" / "Sorami Motor Corp.", :func:`~presslens.names.same_name`)."""
    text = m.text
    for g in groups:
        if g.type not in ("ORG", "GPE", "FAC"):
            continue
        for other in g.mentions:
            if text.isupper() and len(text) >= 2 and initials(other.text) == text:
                return g
            if other.text.isupper() and len(other.text) >= 2 and initials(text) == other.text:
                return g
            if m.label == "ORG" == g.type and same_name(text, other.text):
                return g
    return None


def _in_headline(m: Mention) -> bool:
    """The mention's sentence is in title case (a headline)."""
    return m.tokens is not None and is_title_case(m.tokens.sent)


def canonical_name(group: Group) -> str:
    if group.canonical:
        return group.canonical
    texts = [m.text for m in group.mentions if m.label != "ROLE"]
    if group.type == "PERSON":
        # the longest name, from the body if it has one: the tagger misreads title-case
        # headlines ("Black Lawmakers Rip Donald Trump As A 'Disgusting Fraud'")
        body = [
            m.text for m in group.mentions if m.label != "ROLE" and not _in_headline(m)
        ] or texts
        return display_name(max(body, key=lambda t: (len(t.split()), len(t))))
    counts = Counter(_POSSESSIVE.sub("", t) for t in texts)
    best = max(counts, key=lambda t: (counts[t], len(t), t))
    if group.type == "ORG":
        # an organisation by its fullest name ("Sorami Motor Corporation", not "Sorami"),
        # a company's name first ("Lailo Technologies", "Narae Corp."), and a name the
        # text writes otherwise than only before a noun it names a kind of ("its Lailo
        # Nest Duo monitor": the product)
        attributive = {t for t in counts if all(
            _before_common_noun(m) for m in group.mentions if _POSSESSIVE.sub("", m.text) == t
        )}
        fuller = [t for t in counts if len(t) > len(best) and not t.isupper()
                  and same_name(t, best)]
        if fuller:
            best = max(fuller, key=lambda t: (
                _company_name(t), t not in attributive, len(t.split()), counts[t], len(t)))
    # the full name, not its acronym ("IMF" -> "International Monetary Fund")
    expansions = [t for t in counts if best.isupper() and t != best and initials(t) == best]
    return max(expansions, key=len) if expansions else best


#: words that end a body's name and no company's ("the Halvard Foundation" of Halvard
#: Marine Engineering)
_NON_COMPANY_ENDS = frozenset(
    """association union federation commission authority agency ministry department
    institute university hospital memorial foundation chamber society trust academy college
    assembly parliament forum council committee alliance coalition league fund board bureau
    office service directorate inspectorate observatory""".split()
)


def _company_name(name: str) -> bool:
    """``name`` ends as a company's does: in a legal form or a company's word
    ("Technologies", "Corp.", "Holdings"), not a foundation's or an agency's."""
    last = fold(name.split()[-1]).strip(".,")
    return is_legal_form(last) or (last in ORGANISATION_NAME_ENDS and last not in _NON_COMPANY_ENDS)


def _before_common_noun(m: Mention) -> bool:
    """The mention names what the common noun after it is ("its Lailo Nest Duo monitor",
    "Kovari Fold Z3 phones")."""
    if m.tokens is None or m.tokens.end >= len(m.tokens.doc):
        return False
    nxt = m.tokens.doc[m.tokens.end]
    return bool(nxt.pos_ == "NOUN" and nxt.is_lower)


def surname_mentions(parsed: Any, groups: list[Group], taken: list[Mention]) -> None:
    """Add bare surnames NER missed ("King said ...") to the person named in full earlier."""
    first: dict[str, tuple[int, Group]] = {}
    full_names = []
    for g in groups:
        surname = g.surname
        full = max((m.text for m in g.mentions), key=len).split()
        if surname and len(full) > 1:
            full_names.append((g, full))
            start = min(m.start for m in g.mentions)
            if surname not in first or start < first[surname][0]:
                first[surname] = (start, g)
    for g, full in full_names:
        # a Spanish first surname ("Restrepo" of "Daniela Restrepo Gil"), when it is
        # no one's last name
        word = full[-2].lower() if len(full) >= 3 else ""
        if word and word not in first and _first_surname_of([full[-2]], full_names) is g:
            first[word] = (min(m.start for m in g.mentions), g)
    if not first:
        return
    for tok in parsed:
        hit = first.get(tok.lower_)
        if hit is None or not tok.text[0].isupper() or tok.idx < hit[0]:
            continue
        if tok.pos_ != "PROPN" and not (tok.pos_ in ("NOUN", "PRON") and tok.dep_ == "nsubj"):
            # the tagger reads some surnames opening a sentence as nouns or pronouns
            # ("Desrochers said", "Uy said"): a subject spelled as the surname is the person
            continue
        end = tok.idx + len(tok.text)
        if any(m.start < end and tok.idx < m.end for m in taken) or any(
            m.start < end and tok.idx < m.end for m in hit[1].mentions
        ):
            continue
        hit[1].mentions.append(Mention(tok.idx, end, tok.text, "PERSON"))


def complete_surnames(text: str, groups: list[Group]) -> None:
    """A person the tagger found only by surname ("Hazelhoff") gets the full name the
    text gives elsewhere ("Joost Hazelhoff", "Mayor Anouk Verhoeven" -> "Anouk
    Verhoeven"): a capitalised word right before the surname that is no title."""
    headline_end = _headline_end(text)
    for g in groups:
        if g.type != "PERSON" or g.canonical:
            continue
        names = {m.text for m in g.mentions if m.label != "ROLE"}
        if not names or any(len(n.split()) > 1 for n in names):
            continue
        surname = max(names, key=len)
        pattern = re.compile(r"\b([A-Z][\w'’\-]+)\s+" + re.escape(surname) + r"\b")
        firsts = Counter(
            m.group(1) for m in pattern.finditer(text)
            if m.group(1).lower().rstrip(".") not in NAME_PREFIXES
            and m.group(1).lower() not in _NOT_FIRST_NAMES
            and m.group(1).lower() not in ORGANISATION_NAME_ENDS  # "... Office Yudhistira"
            and not m.group(1).endswith(("'s", "’s"))  # "Japan's Sorami": an owner
            and not re.search(r"-[a-z]", m.group(1))  # "Copenhagen-listed Nordhavn"
            # a headline's last word ("... Without Telling Us" before "Zhou Hanlin,
            # founder and chairman"); a name wrapped at a line's end is one name
            and m.end(1) != headline_end
        )
        if firsts:
            g.canonical = f"{firsts.most_common(1)[0][0]} {surname}"


def _headline_end(text: str) -> int:
    """Where a headline in title case that opens ``text`` on a line of its own ends, or -1
    ("Supplier Swapped Battery Material Without Telling Us"; not the first line of
    wrapped text, "The plan was presented by Julian")."""
    if "\n" not in text:
        return -1
    line = text[: text.find("\n")].rstrip()
    return len(line) if title_case_line(line) else -1


#: Capitalised words that stand before a surname without being a first name.
_NOT_FIRST_NAMES = frozenset(
    "the a an and but said says told after when while as at in on of for with by from "
    "asked according".split()
)
