"""Names across a story: each speaker in one spelling, as CONVENTIONS.md asks.

One article may call a speaker "Sorami" or "Ruiz" where another of the same story
names "Sorami Motor Corporation" or "Ana Ruiz". :func:`resolve_speakers` gathers the
people and organisations the story's articles name (entities and speakers), clusters
them with :func:`~presslens.names.same_name`, and gives every attribution's speaker
and every figure's ``asserted_by`` the fullest name of its cluster. Anonymous sources,
role titles and names that meet no other stay as they are.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from ..model import Document, Offsets, Speaker
from ..names import (
    ANONYMOUS,
    LEGAL_ABBREVIATIONS,
    LEGAL_FORMS,
    PARTICLES,
    PORTFOLIO_WORDS,
    TITLE_WORDS,
    display_name,
    name_words,
    possessive_inside,
    role_titles,
    same_name,
    strip_accents,
)

_NAMED = ("PERSON", "ORG")
#: an acronym in brackets right after the name it stands for
_DEFINED = re.compile(r"\(([A-Z][A-Z0-9]{1,7})\)")
#: how many times more articles must use one of two fuller names a short name fits
DOMINANCE = 2
#: words for an organisation an article may leave unnamed ("police said", "the company
#: said") that another article of the story names ("Victoria Police")
STORY_ROLES = frozenset(
    "police ministry commission authority company union operator agency council".split()
)


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
    places = {ent.name for doc in docs for ent in doc.entities
              if ent.type in ("GPE", "LOC", "NORP", "FAC")}
    full_people = {display_name(p) for p in people}
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
    # "Kwena Goldfields' Letsatsi" is no fuller name of "Kwena Goldfields"
    names = [
        n for n in counts
        if name_words(n) and n.lower() != ANONYMOUS and not possessive_inside(n)
        # "minister", a person's role left unnamed, is no name ("Office of the Prime
        # Minister" does not hold it); "electoral commission" may be the one named
        and not (n.islower() and n.split()[-1] in TITLE_WORDS)
    ]
    # fullest first: most words (a legal form such as "Co" none), then with its accents,
    # then the spelling most articles write ("Walid al-Qudah" over one outlet's "Waleed Al
    # Qudah"), then most characters, then most used
    names.sort(
        key=lambda n: (
            -len([w for w in name_words(n) if w not in LEGAL_FORMS]),
            # an abbreviated legal form is no part of the name a reader knows ("Constructora
            # Andina de Puentes" over "... S.A.S."; "East India Company" stays whole)
            n.split()[-1].replace(".", "").strip(",").lower() in LEGAL_ABBREVIATIONS,
            n == strip_accents(n),  # "Castañeda" over the "Castaneda" of outlets without é
            -used_in[n], -len(display_name(n)), -counts[n], n,
        )
    )
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
            bare = display_name(name)  # "Oosterhout Mayor Anouk Verhoeven": the name
            canonical.append(bare)
            out[name] = bare
        reach[out[name]] += articles[name]
    return out


def _given_name_of(name: str, people: Sequence[str]) -> list[str]:
    """The one person of the story whose name opens with the one word ``name`` when no
    one's name ends in it: names written family name first ("Keo" of "Keo Vannarith"), or
    a first name alone ("Sinéad" of "Sinéad Dunphy")."""
    words = name_words(name)
    if len(words) != 1 or not name[:1].isupper():
        return []
    if any(name_words(p)[-1:] == words for p in people):
        return []
    found = {display_name(p) for p in people if name_words(p)[:1] == words}
    return list(found) if len(found) == 1 else []


def _titled_person(name: str, people: Sequence[str]) -> str | None:
    """The person (named in full somewhere in the story) whose name ends ``name`` when the
    words before it hold a lower-case word no name holds and end in a title or portfolio
    ("... and Urban Development Olarewaju Odunsi"): a title, not a longer name ("Nigerian
    Institution of Structural Engineers" is no title of "Structural Engineers")."""
    for person in people:
        if name != person and name.endswith(" " + person):
            head = name[: -len(person)].split()
            if any(w.islower() and w not in PARTICLES for w in head) and head[-1].lower() in (
                PORTFOLIO_WORDS | TITLE_WORDS
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
            before = doc.text[max(0, m.start() - 160) : m.start()].rstrip()
            full = next((n for n in longest_first if n != m.group(1) and before.endswith(n)),
                        None)
            if full is not None:
                found.setdefault(m.group(1), set()).add(names.get(full, full))
    return {acro: next(iter(fulls)) for acro, fulls in found.items() if len(fulls) == 1}


def _unnamed_role(doc: Document, source: Offsets | None, speaker: str | None) -> str | None:
    """The organisation word of a source left unnamed in its article ("police", "the
    company"): its speaker is anonymous or the word itself."""
    if source is None:
        return None
    words = doc.text[source.start : source.end].lower().split()
    if words[:1] == ["the"]:
        words = words[1:]
    if len(words) != 1 or words[0] not in STORY_ROLES:
        return None
    return words[0] if speaker in (None, ANONYMOUS, words[0]) else None


def story_role_holders(docs: Sequence[Document]) -> dict[str, set[str]]:
    """Each title of a role some article gives a named person ("Governor Luiza
    Carvalho", "Luiza Carvalho, the state's governor") -> the people who hold it."""
    holders: dict[str, set[str]] = {}
    for doc in docs:
        for ent in doc.entities:
            if ent.type == "PERSON" and ent.role and len(ent.name.split()) >= 2:
                for title in role_titles(ent.role) & TITLE_WORDS:
                    holders.setdefault(title, set()).add(ent.name)
    return holders


def _unnamed_holder(speaker: Speaker, holders: dict[str, set[str]],
                    names: dict[str, str]) -> str | None:
    """The one person of the story who holds the role a speaker was left as ("state
    governor", "the minister"), in the story's spelling; None when none or several do."""
    if speaker.entity is not None or not speaker.role or speaker.role != speaker.name:
        return None
    words = speaker.name.split()
    titles = role_titles(speaker.name) & TITLE_WORDS
    if not titles or any(w[:1].isupper() for w in words[1:]):
        return None
    # who holds every title of the role ("chief executive": chief and executive)
    people = set.intersection(*({names.get(p, p) for p in holders.get(t, ())} for t in titles))
    return people.pop() if len(people) == 1 else None


def resolve_speakers(docs: Sequence[Document]) -> None:
    """Give the speakers and asserters of one story's documents one spelling (in place)."""
    names = story_names(docs)
    for acro, full in story_acronyms(docs, names).items():
        # "RIVM" where another article spells it out, and the spellings that went to it
        # ("Unicef")
        if names.get(acro, acro) == acro:
            for name, canonical in list(names.items()):
                if canonical == acro:
                    names[name] = full
            names[acro] = full
    full_names = set(names.values())
    role_holders = story_role_holders(docs)
    for doc in docs:
        for att in doc.attributions:
            if att.speaker is not None and att.speaker.name in names:
                att.speaker.name = names[att.speaker.name]
            holder = (
                _unnamed_holder(att.speaker, role_holders, names)
                if att.speaker is not None
                else None
            )
            if holder is not None and att.speaker is not None:
                # "the governor said" here, "Governor Luiza Carvalho" in another article:
                # CONVENTIONS.md resolves a role to its holder across a story
                att.speaker.name = holder
            role = _unnamed_role(doc, att.source, att.speaker.name if att.speaker else None)
            if role is not None and att.speaker is not None:
                # "police said" here, "Victoria Police" in another article: the one
                # organisation of the story whose name holds the word
                orgs = {n for n in full_names if name_words(n)[-1:] == (role,)}
                if len(orgs) == 1:
                    att.speaker.name = orgs.pop()
        for fig in doc.figures:
            if fig.asserted_by in names:
                fig.asserted_by = names[fig.asserted_by]
