"""Given names that say whether their bearer is a man or a woman.

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

from .names import display_name, name_words

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
