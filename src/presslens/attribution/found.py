"""An attribution while it is being put together: character offsets and parse handles.

:mod:`.pairing` makes them from quotes and reported-speech candidates, :mod:`.labels`
from labelled turns and signatures, :mod:`.posts` from signed readers' posts;
:mod:`.extract` turns them into :class:`~presslens.model.Attribution`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from ..model import Speaker
from .quotes import Quote


@dataclass
class Found:
    """An attribution before ids are given: character offsets and parse handles."""

    kind: str
    content: list[tuple[int, int]]
    cue: tuple[int, int] | None
    source: tuple[int, int] | None
    cue_token: int | None = None
    source_token: int | None = None
    quote: Quote | None = None
    attitude: bool = False
    continues: Found | None = None  # the attribution a cue-less quote continues
    speaker: Speaker | None = None
    venue: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def start(self) -> int:
        return self.content[0][0]

    @property
    def end(self) -> int:
        return self.content[-1][1]



def mark_at(text: str, q: Quote) -> int:
    """Where the opening mark of ``q`` starts (``''`` and ````` marks are two characters)."""
    o = q.open_at
    return o - 1 if o > 0 and text[o - 1 : o + 1] in ("''", "``") else o
