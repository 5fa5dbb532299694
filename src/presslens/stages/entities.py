"""Stage ``presslens.entities.v1``: entities with all their mentions, a canonical name and a role.

spaCy's NER finds mentions; this stage cleans them (drops a leading "the" and a
possessive "'s"), adds mentions of known aliases (``resources/aliases.json``:
"ISIL", "Islamic State of Iraq and the Levant" -> ISIS), and groups the mentions
of one entity in the article:

* people by surname: "European Union Security Commissioner Julian King" ... "King";
* organisations by alias, acronym ("Royal United Services Institute" ~ "RUSI")
  and normalised name;
* definite descriptions that repeat a person's role ("the commissioner").

A person's role comes from the text: a pre-nominal title ("European Parliament
member Janice Atkinson" -> "Member of the European Parliament") or an apposition
("Raffaello Pantucci, director of ... at the Royal United Services Institute").
"""

from __future__ import annotations

import functools
import json
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

from ..model import Document, Entity, Mention
from ..names import (
    HONORIFICS,
    TITLE_WORDS,
    display_name,
    fold,
    initials,
    name_key,
    same_name,
)
from ..nlp import is_title_case

KEPT_TYPES = frozenset(
    {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC", "EVENT", "WORK_OF_ART", "LAW", "PRODUCT"}
)
_CONTAINER_TYPES = frozenset({"WORK_OF_ART", "EVENT", "LAW"})
_TITLE_POS = frozenset({"PROPN", "NOUN", "ADJ"})
_POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")
_BAD_NAME = re.compile(r"[<>\-]{2}|[=\[\]{}|@#]")
_MAX_ROLE_TOKENS = 16


@dataclass
class _Mention:
    start: int
    end: int
    text: str
    label: str
    tokens: Any = None  # spaCy Span, when there is one
    canonical: str | None = None  # set for alias-table matches


@dataclass
class _Group:
    type: str
    mentions: list[_Mention] = field(default_factory=list)
    role: str | None = None
    canonical: str | None = None

    @property
    def surname(self) -> str | None:
        if self.type != "PERSON":
            return None
        full = max((m.text for m in self.mentions), key=len)
        return full.split()[-1].lower()


@functools.lru_cache(maxsize=1)
def alias_table() -> dict[str, tuple[str, str]]:
    """alias (as written) -> (canonical name, type)."""
    raw = json.loads(
        resources.files("presslens").joinpath("resources/aliases.json").read_text("utf-8")
    )
    table: dict[str, tuple[str, str]] = {}
    for canonical, entry in raw.items():
        if canonical.startswith("_"):
            continue
        for alias in [canonical, *entry["aliases"]]:
            table[alias] = (canonical, entry["type"])
    return table


@functools.lru_cache(maxsize=1)
def _alias_patterns() -> list[tuple[re.Pattern[str], str, str]]:
    out = []
    for alias, (canonical, etype) in sorted(alias_table().items(), key=lambda kv: -len(kv[0])):
        acronym = alias.upper() == alias and sum(c.isalpha() for c in alias) >= 2
        flags = 0 if acronym else re.IGNORECASE
        out.append((re.compile(rf"(?<![\w.]){re.escape(alias)}(?![\w])", flags), canonical, etype))
    return out


def _clean(span: Any, label: str | None = None) -> tuple[int, int] | None:
    """Token range of a spaCy entity without a leading determiner or trailing possessive."""
    start, end = span.start, span.end
    doc = span.doc
    while start < end and doc[start].lower_ in ("the", "a", "an"):
        start += 1
    while end > start and (doc[end - 1].tag_ == "POS" or doc[end - 1].is_punct):
        end -= 1
    if (label or span.label_) == "PERSON":
        # "Mayor Elena Ruiz", "Health Minister Hamad Hassan" tagged whole: the title is
        # the role (read off the words before the name), not part of the name
        last_title = max(
            (k for k in range(start, end - 1) if doc[k].lower_.rstrip(".") in TITLE_WORDS),
            default=None,
        )
        if last_title is not None and doc[last_title + 1].text[:1].isupper():
            start = last_title + 1
    return (start, end) if start < end else None


def _titled_person(ent: Any) -> bool:
    """A title before two or more capitalised words ("Mayor Elena Ruiz") names a person,
    whatever type the tagger gave it (it reads some as a work of art or an organisation)."""
    words = [t for t in ent if not t.is_punct]
    return (
        len(words) >= 3
        and words[0].lower_.rstrip(".") in TITLE_WORDS
        and all(t.text[:1].isupper() and t.is_alpha for t in words[1:])
        and not any(t.lower_ in ("of", "for", "and") for t in words)
    )


def _ner_mentions(parsed: Any) -> list[_Mention]:
    out = []
    for ent in parsed.ents:
        if ent.label_ not in KEPT_TYPES:
            continue
        label = "PERSON" if ent.label_ != "PERSON" and _titled_person(ent) else ent.label_
        rng = _clean(ent, label)
        if rng is None:
            continue
        span = parsed[rng[0] : rng[1]]
        text = span.text
        if label == "PERSON" and (
            _BAD_NAME.search(text)
            or (ent.start > 0 and parsed[ent.start - 1].lower_ == "the")
            or not any(t.text[0].isupper() and t.text[-1].isalpha() for t in span)
        ):
            continue
        out.append(_Mention(span.start_char, span.end_char, text, label, tokens=span))
    return out


#: "Bangladesh Garment Manufacturers and Exporters Association (BGMEA)": a name the
#: article defines an acronym for, up to ten words before the bracket.
_DEFINED = re.compile(
    r"((?:(?:[A-Z][\w'’&.\-]*|and|of|for|the|de|du|des|on|in)\s+){1,10})\(([A-Z]{2,8})\)"
)
_NAME_GLUE = frozenset("and of for the de du des on in".split())


def defined_acronyms(text: str) -> list[tuple[str, str]]:
    """(full name, acronym) for each name the text defines an acronym for, the name being
    the shortest run of words before the bracket whose capitals spell the acronym."""
    out = []
    for m in _DEFINED.finditer(text):
        words = m.group(1).split()
        acro = m.group(2)
        for k in range(len(words) - 1, -1, -1):
            run = words[k:]
            if run[0].lower() in _NAME_GLUE:
                continue
            if initials(" ".join(w for w in run if w.lower() not in _NAME_GLUE)) == acro:
                out.append((" ".join(run), acro))
                break
    return out


def _dynamic_patterns(text: str) -> list[tuple[re.Pattern[str], str, str]]:
    """Alias patterns for the acronyms the article defines (both the name and the
    acronym name the organisation)."""
    out = []
    for full, acro in defined_acronyms(text):
        out.append((re.compile(rf"(?<![\w.]){re.escape(full)}(?![\w])"), full, "ORG"))
        out.append((re.compile(rf"(?<![\w.]){re.escape(acro)}(?![\w])"), full, "ORG"))
    return out


def _alias_mentions(text: str, ner: list[_Mention]) -> list[_Mention]:
    out: list[_Mention] = []
    taken: list[tuple[int, int]] = []
    for pattern, canonical, etype in _dynamic_patterns(text) + _alias_patterns():
        for m in pattern.finditer(text):
            s, e = m.start(), m.end()
            if any(s < te and ts < e for ts, te in taken):
                continue
            inside_container = any(
                n.label in _CONTAINER_TYPES
                and n.start <= s
                and e <= n.end
                and (n.start, n.end) != (s, e)
                for n in ner
            )
            if inside_container:
                continue
            taken.append((s, e))
            out.append(_Mention(s, e, m.group(), etype, canonical=canonical))
    return out


def _merge_mentions(ner: list[_Mention], aliases: list[_Mention]) -> list[_Mention]:
    """Alias matches win over the NER mentions they overlap."""
    kept = [n for n in ner if not any(a.start < n.end and n.start < a.end for a in aliases)]
    return sorted(kept + aliases, key=lambda m: m.start)


def _prenominal_title(span: Any) -> str | None:
    """The title before a name: 'Security Commissioner' in 'Security Commissioner Julian King'."""
    doc = span.doc
    name_tokens = {t.i for t in span}
    chain: list[Any] = []
    i = span.start - 1
    allowed_heads = set(name_tokens)
    while i >= 0:
        tok = doc[i]
        if tok.pos_ not in _TITLE_POS or tok.dep_ not in ("compound", "amod", "nmod", "nummod"):
            break
        # the head is the name, a chain member, or a later token of the title
        # ("European" -> "Union" -> "Commissioner")
        if tok.head.i not in allowed_heads and not (span.start - 1 >= tok.head.i > i):
            break
        if tok.ent_type_ == "PERSON":
            break
        chain.insert(0, tok)
        allowed_heads.add(tok.i)
        i -= 1
    if not chain:
        return None
    last = chain[-1]
    if last.lower_ in HONORIFICS or last.ent_type_ in ("GPE", "NORP") or last.pos_ == "ADJ":
        return None
    words = [t.text for t in chain]
    if len(words) > 1 and words[-1].lower() == "member":
        return "Member of the " + " ".join(words[:-1])
    if len(words) == 1 and chain[0].pos_ == "PROPN" and chain[0].ent_type_:
        return None
    return " ".join(words)


def _apposition_role(span: Any) -> str | None:
    """'director of ... Institute' in 'Raffaello Pantucci, director of ... Institute,'."""
    root = span.root
    for child in root.children:
        if child.dep_ != "appos" or child.i < span.end:
            continue
        if child.ent_type_ == "PERSON" or (child.pos_ == "PROPN" and child.ent_type_):
            continue
        toks = [t for t in child.subtree if t.i >= span.end]
        while toks and (toks[0].is_punct or toks[0].lower_ in ("the", "a", "an")):
            toks = toks[1:]
        while toks and toks[-1].is_punct:
            toks = toks[:-1]
        if 0 < len(toks) <= _MAX_ROLE_TOKENS:
            return span.doc[toks[0].i : toks[-1].i + 1].text
    # "the director of RUSI, Raffaello Pantucci": the name is the apposition of the title
    if root.dep_ == "appos" and root.head.i < span.start and root.head.pos_ == "NOUN":
        head = root.head
        toks = [t for t in head.subtree if t.i < span.start]
        while toks and (toks[0].is_punct or toks[0].lower_ in ("the", "a", "an")):
            toks = toks[1:]
        while toks and toks[-1].is_punct:
            toks = toks[:-1]
        if 0 < len(toks) <= _MAX_ROLE_TOKENS:
            return span.doc[toks[0].i : toks[-1].i + 1].text
    return None


def _role_of(mention: _Mention) -> str | None:
    if mention.tokens is None or mention.label != "PERSON":
        return None
    return _prenominal_title(mention.tokens) or _apposition_role(mention.tokens)


def _group(mentions: list[_Mention]) -> list[_Group]:
    groups: list[_Group] = []
    by_key: dict[str, _Group] = {}
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
            group = _Group(type=m.label, canonical=m.canonical)
            groups.append(group)
        group.mentions.append(m)
        by_key.setdefault(key, group)
        if group.role is None:
            group.role = _role_of(m)
    return groups


def _is_tail(short: list[str], full: list[str]) -> bool:
    """``short`` ends ``full`` ("de Blasio" in "Bill de Blasio"), compared folded."""
    return 0 < len(short) <= len(full) and [fold(w) for w in full[-len(short) :]] == [
        fold(w) for w in short
    ]


def _person_group(m: _Mention, groups: list[_Group]) -> _Group | None:
    words = [w for w in m.text.split() if w.lower().rstrip(".") not in HONORIFICS]
    if not words:
        return None
    for g in reversed(groups):
        if g.type != "PERSON":
            continue
        full_words = max((x.text for x in g.mentions), key=len).split()
        if _is_tail(words, full_words) or (
            len(words) > 1 and fold(words[0]) == fold(full_words[0])
            and fold(words[-1]) == fold(full_words[-1])
        ):
            return g
        # the earlier mention was the short one ("Trump" before "Donald Trump")
        if _is_tail(full_words, words):
            return g
    return None


def _merge_mislabelled_names(groups: list[_Group]) -> list[_Group]:
    """Fold organisation groups that are only a person's surname ("De Blasio", "O'Neill"
    tagged ORG) into that person, whichever was named first."""
    full_names = [
        (g, max((m.text for m in g.mentions), key=len).split())
        for g in groups
        if g.type == "PERSON"
    ]
    out = []
    for g in groups:
        owner = None
        if g.type == "ORG" and not g.canonical:
            owner = next(
                (
                    person
                    for person, full in full_names
                    if len(full) > 1 and all(_is_tail(m.text.split(), full) for m in g.mentions)
                ),
                None,
            )
        if owner is None:
            out.append(g)
            continue
        owner.mentions.extend(_Mention(m.start, m.end, m.text, "PERSON") for m in g.mentions)
    return out


def _acronym_group(m: _Mention, groups: list[_Group]) -> _Group | None:
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


def _in_headline(m: _Mention) -> bool:
    """The mention's sentence is in title case (a headline)."""
    return m.tokens is not None and is_title_case(m.tokens.sent)


def _canonical(group: _Group) -> str:
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
        # an organisation by its fullest name ("Sorami Motor Corporation", not "Sorami")
        fuller = [t for t in counts if len(t) > len(best) and not t.isupper()
                  and same_name(t, best)]
        if fuller:
            best = max(fuller, key=lambda t: (len(t.split()), counts[t], len(t)))
    # the full name, not its acronym ("IMF" -> "International Monetary Fund")
    expansions = [t for t in counts if best.isupper() and t != best and initials(t) == best]
    return max(expansions, key=len) if expansions else best


def _role_mentions(parsed: Any, groups: list[_Group], taken: list[_Mention]) -> None:
    """Add 'the commissioner' as a mention of the one person whose role ends in 'commissioner'."""
    heads: dict[str, list[_Group]] = {}
    for g in groups:
        if g.type == "PERSON" and g.role:
            heads.setdefault(g.role.split()[-1].lower(), []).append(g)
            words = g.role.split()
            if words[0].lower() in ("member", "director", "chairman", "president", "head"):
                heads.setdefault(words[0].lower(), []).append(g)
    if not heads:
        return
    first_mention = {id(g): min(m.start for m in g.mentions) for g in groups}
    for tok in parsed:
        owners = heads.get(tok.lower_)
        if not owners or len(owners) != 1 or tok.pos_ != "NOUN":
            continue
        det = tok.i - 1
        if det < 0 or parsed[det].lower_ != "the":
            continue
        group = owners[0]
        if tok.idx < first_mention[id(group)]:
            continue
        if any(m.start <= tok.idx < m.end for m in taken):
            continue
        start = parsed[det].idx
        end = tok.idx + len(tok.text)
        group.mentions.append(_Mention(start, end, parsed.text[start:end], "ROLE"))


def _surname_mentions(parsed: Any, groups: list[_Group], taken: list[_Mention]) -> None:
    """Add bare surnames NER missed ("King said ...") to the person named in full earlier."""
    first: dict[str, tuple[int, _Group]] = {}
    for g in groups:
        surname = g.surname
        if surname and len(max((m.text for m in g.mentions), key=len).split()) > 1:
            start = min(m.start for m in g.mentions)
            if surname not in first or start < first[surname][0]:
                first[surname] = (start, g)
    if not first:
        return
    for tok in parsed:
        hit = first.get(tok.lower_)
        if hit is None or tok.pos_ != "PROPN" or not tok.text[0].isupper() or tok.idx < hit[0]:
            continue
        end = tok.idx + len(tok.text)
        if any(m.start < end and tok.idx < m.end for m in taken) or any(
            m.start < end and tok.idx < m.end for m in hit[1].mentions
        ):
            continue
        hit[1].mentions.append(_Mention(tok.idx, end, tok.text, "PERSON"))


def _complete_surnames(text: str, groups: list[_Group]) -> None:
    """A person the tagger found only by surname ("Hazelhoff") gets the full name the
    text gives elsewhere ("Joost Hazelhoff", "Mayor Anouk Verhoeven" -> "Anouk
    Verhoeven"): a capitalised word right before the surname that is no title."""
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
            if m.group(1).lower().rstrip(".") not in TITLE_WORDS | HONORIFICS
            and m.group(1).lower() not in _NOT_FIRST_NAMES
        )
        if firsts:
            g.canonical = f"{firsts.most_common(1)[0][0]} {surname}"


#: Capitalised words that stand before a surname without being a first name.
_NOT_FIRST_NAMES = frozenset(
    "the a an and but said says told after when while as at in on of for with by from "
    "asked according".split()
)


def find_entities(parsed: Any) -> list[Entity]:
    """Group the entity mentions of a parsed article."""
    ner = _ner_mentions(parsed)
    mentions = _merge_mentions(ner, _alias_mentions(parsed.text, ner))
    groups = _merge_mislabelled_names(_group(mentions))
    _complete_surnames(parsed.text, groups)
    _surname_mentions(parsed, groups, mentions)
    _role_mentions(parsed, groups, mentions)
    entities = []
    for n, group in enumerate(sorted(groups, key=lambda g: min(m.start for m in g.mentions)), 1):
        group.mentions.sort(key=lambda m: m.start)
        name = _canonical(group)
        aliases = sorted({m.text for m in group.mentions if m.text != name})
        entities.append(
            Entity(
                id=f"E{n}",
                name=name,
                type=group.type,
                role=group.role,
                aliases=aliases,
                mentions=[Mention(start=m.start, end=m.end, text=m.text) for m in group.mentions],
            )
        )
    return entities


class EntityStage:
    name = "presslens.entities.v1"
    version = "2"
    requires: tuple[str, ...] = ("parse",)
    assigns: tuple[str, ...] = ("entities",)

    def predict(self, docs: Sequence[Document]) -> list[list[Entity]]:
        return [find_entities(doc.parse) for doc in docs]

    def set_annotations(self, docs: Sequence[Document], preds: Sequence[list[Entity]]) -> None:
        for doc, entities in zip(docs, preds, strict=True):
            doc.entities = entities
