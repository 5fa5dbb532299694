"""Known aliases (``resources/aliases.json``: "ISIL", "Islamic State of Iraq and the
Levant" -> ISIS) and the acronyms an article defines ("... Association (BGMEA)") as
mentions of the organisation they name."""

from __future__ import annotations

import functools
import json
import re
from importlib import resources

from ...names import ACRONYM, NAME_GLUE, WORD_ACRONYM, initials, spelled_by
from .mentions import CONTAINER_TYPES, Mention


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


#: "Bangladesh Garment Manufacturers and Exporters Association (BGMEA)": a name the
#: article defines an acronym for, up to ten words before the bracket.
_DEFINED = re.compile(
    rf"((?:(?:[A-Z][\w'’&.\-]*|{'|'.join(map(re.escape, sorted(NAME_GLUE)))})\s+){{1,10}})"
    rf"\(({ACRONYM})\)"
)


def defined_acronyms(text: str) -> list[tuple[str, str]]:
    """(full name, acronym) for each name the text defines an acronym for, the name being
    the shortest run of words before the bracket whose capitals spell the acronym."""
    out = []
    for m in _DEFINED.finditer(text):
        # "The Land Transport Authority's (LTA) own figure": the owner is the name
        words = re.sub(r"['’]s?$", "", m.group(1).rstrip()).split()
        acro = m.group(2)
        for k in range(len(words) - 1, -1, -1):
            run = words[k:]
            if run[0].lower() in NAME_GLUE:
                continue
            capitals = "".join(c for c in acro if c.isupper())  # "NIStructE": NISE
            spelled = initials(" ".join(w for w in run if w.lower() not in NAME_GLUE))
            if len(capitals) >= 2 and spelled == capitals:
                out.append((" ".join(run), acro))
                break
    return out


#: an acronym in brackets ("... Office (BKA)")
_BRACKETED = re.compile(rf"\s*\(({ACRONYM}|{WORD_ACRONYM})\)")


def _named_acronyms(text: str, ner: list[Mention], known: set[str]) -> list[tuple[str, str]]:
    """(name, acronym) for an acronym in brackets right after an organisation the tagger
    found, whose capitals spell another language's name ("Federal Criminal Police Office
    (BKA)", "National Criminal Investigation Service (SERNIC)")."""
    names: dict[str, set[str]] = {}
    for n in ner:
        m = _BRACKETED.match(text, n.end)
        if n.label == "ORG" and m is not None and m.group(1) not in known and (
            len(n.text.split()) >= 2
        ) and (
            # an acronym written as a word must spell the name ("Nacada"; not "(Kenya)")
            m.group(1).isupper() or not m.group(1)[1:].islower()
            or spelled_by(m.group(1), n.text)
        ):
            names.setdefault(m.group(1), set()).add(n.text)
    # an acronym the article puts after two names says which of them it is for no one
    return [(full.pop(), acro) for acro, full in names.items() if len(full) == 1]


def _dynamic_patterns(
    text: str, ner: list[Mention] | None = None
) -> list[tuple[re.Pattern[str], str, str]]:
    """Alias patterns for the acronyms the article defines (both the name and the
    acronym name the organisation)."""
    out = []
    defined = defined_acronyms(text)
    defined += _named_acronyms(text, ner or [], {acro for _, acro in defined})
    for full, acro in defined:
        out.append((re.compile(rf"(?<![\w.]){re.escape(full)}(?![\w])"), full, "ORG"))
        out.append((re.compile(rf"(?<![\w.]){re.escape(acro)}(?![\w])"), full, "ORG"))
    return out


def _within_longer_name(text: str, name: Mention, start: int, end: int) -> bool:
    """``start:end`` lies inside the longer name ``name`` whose other words are capitalised
    ("United Nations" in "United Nations Children's Fund"; not "ISIS" in the tagger's
    "ISIS fighters")."""
    if not (name.start <= start and end <= name.end) or (name.start, name.end) == (start, end):
        return False
    rest = (text[name.start : start] + " " + text[end : name.end]).replace("'s", " ")
    words = [w for w in re.split(r"[\s’']+", rest) if w]
    return bool(words) and all(w[0].isupper() or w.lower() in NAME_GLUE for w in words)


def alias_mentions(text: str, ner: list[Mention]) -> list[Mention]:
    out: list[Mention] = []
    taken: list[tuple[int, int]] = []
    for pattern, canonical, etype in _dynamic_patterns(text, ner) + _alias_patterns():
        for m in pattern.finditer(text):
            s, e = m.start(), m.end()
            if any(s < te and ts < e for ts, te in taken):
                continue
            inside_container = any(
                n.label in CONTAINER_TYPES
                and n.start <= s
                and e <= n.end
                and (n.start, n.end) != (s, e)
                for n in ner
            )
            if inside_container or any(
                _within_longer_name(text, n, s, e) for n in ner if n.label == "ORG"
            ):
                continue
            taken.append((s, e))
            out.append(Mention(s, e, m.group(), etype, canonical=canonical))
    return out
