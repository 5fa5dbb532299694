"""Given names: whether a word is one, and whether it says its bearer is a man or a woman.

In "Mirosław Kędzierski said ... 'We apologise,' she said", "she" is most likely someone
other than Kędzierski, whom the article never calls a man. The table
(``resources/given_names.tsv.gz``, 77,000 names) holds the given names that nearly all
their bearers share one gender with, derived from the nomquamgender data (MIT licence)
by ``scripts/build_given_names.py``; a name both men and women bear (Andrea, Jean, Kim)
is not in it and says nothing. What a name says is a guess, never what the article says
of the person: the speaker resolver uses it only to choose between people. It is read
once, on first use.
"""

from __future__ import annotations

import gzip
from functools import cache
from importlib import resources
from typing import Literal

from .names import NAME_OPENING_TITLES, NAME_PREFIXES, display_name, fold, name_words

Gender = Literal["m", "f"]


@cache
def _table() -> dict[str, Gender]:
    raw = resources.files("presslens").joinpath("resources/given_names.tsv.gz").read_bytes()
    table: dict[str, Gender] = {}
    for line in gzip.decompress(raw).decode("utf-8").splitlines():
        name, _, gender = line.partition("\t")
        if gender == "m":
            table[name] = "m"
        elif gender == "f":
            table[name] = "f"
    return table


def given_name_gender(name: str) -> Gender | None:
    """``"m"`` or ``"f"`` when the first of a person's two or more names (titles and
    accents aside) is one nearly only men or only women bear ("Witold Szczęsny": m,
    "Luísa Guambe": f); None for a one-word name, whose first word may be a surname, and
    for a given name that says nothing."""
    # without the titles before it ("Dr. Joyce Nabirye"); a church title that
    # ``display_name`` keeps ("Pastor Grace Mensah") is read as the given name
    words = name_words(display_name(name))
    if len(words) < 2:
        return None
    # (``name_words`` writes "Mirosław" as "miroslaw", as the table does)
    return _table().get(words[0])


def is_given_name(word: str) -> bool:
    """Whether ``word`` is a given name the table holds ("Boris": yes; "Karachi": no)."""
    words = name_words(word)
    return len(words) == 1 and words[0] in _table()


def organisation_title(name: str) -> bool:
    """Whether the title word that opens ``name``, which a tagger typed as an organisation,
    is part of the organisation's name rather than a person's title: a title that opens
    such names (:data:`NAME_OPENING_TITLES`) before a word that is neither a title nor a
    given name ("General Electric", "General Directorate of General Security", "Major
    League Baseball"; not "General Abbas Ibrahim", a person the tagger mistyped, nor "Chief
    Minister N. Rao")."""
    words = name.split()
    if words[:1] and words[0].lower() == "the":
        words = words[1:]
    return (
        len(words) >= 2
        and fold(words[0]) in NAME_OPENING_TITLES
        and fold(words[1]).rstrip(".") not in NAME_PREFIXES
        and words[1][:1].isupper()
        and not is_given_name(words[1])
    )
