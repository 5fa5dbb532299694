"""The presslens document model: one article and every layer found in it.

Every finding points into ``Document.text`` with half-open ``[start, end)``
character offsets (Python string indices, i.e. Unicode code points). The text
is the input after decoding and newline normalisation (``\\r\\n`` and ``\\r``
become ``\\n``, a leading byte-order mark is dropped); nothing else is changed,
so ``doc.text[span.start:span.end]`` is always the span's text.

The model is plain pydantic data: it serialises to JSON with
:meth:`Document.to_json` and back with :meth:`Document.from_json`, which
validates the record and its ``schema_version``. The JSON Schema generated
from these classes is committed as ``docs/document.schema.json``.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, ValidationError, model_validator

from .errors import InvalidDocumentError

SCHEMA_VERSION = "1.0"
"""Version of the JSON document schema. Bump the minor for added fields,
the major for changed or removed ones."""


class _Record(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Offsets(_Record):
    """A half-open character range ``[start, end)`` into the article text."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)

    @model_validator(mode="after")
    def _ordered(self) -> Offsets:
        if self.end < self.start:
            raise ValueError(f"span end {self.end} is before its start {self.start}")
        return self

    def slice(self, text: str) -> str:
        return text[self.start : self.end]


class Metadata(_Record):
    """What is known about the article besides its text."""

    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    published: dt.date | None = None
    source: str | None = Field(
        default=None, description="Where the text was read from: a path, '-' for stdin."
    )


class Mention(Offsets):
    """One place in the text where an entity is named or referred to."""

    text: str


class Entity(_Record):
    """An entity the article talks about, with all its mentions grouped."""

    id: str = Field(description="Stable within the document, e.g. 'E3'.")
    name: str = Field(description="Canonical (longest, most complete) name.")
    type: str = Field(description="spaCy label: PERSON, ORG, GPE, NORP, ...")
    role: str | None = Field(default=None, description="Role or title taken from the text, if any.")
    aliases: list[str] = Field(default_factory=list)
    mentions: list[Mention] = Field(default_factory=list)


class TimeExpression(Offsets):
    """A date expression; ``resolved`` is set when the publication date allows it."""

    text: str
    resolved: str | None = Field(
        default=None,
        description="ISO date, month (YYYY-MM) or year (YYYY) the expression refers to.",
    )
    granularity: Literal["day", "month", "year", "unknown"] = "unknown"


class TechniqueSpan(Offsets):
    """A span that uses a persuasion technique (PTC inventory)."""

    technique: str
    confidence: float = Field(ge=0.0, le=1.0)
    text: str


class TechniqueSummary(_Record):
    """Counts over the displayed spans: those with ``confidence >= display_threshold``."""

    sentences: int = 0
    sentences_with_technique: int = 0
    share: float = 0.0
    counts: dict[str, int] = Field(default_factory=dict)
    display_threshold: float = Field(
        default=0.0,
        ge=0.0,
        le=1.0,
        description="Views show the spans at or above this confidence (chosen for precision on "
        "development data); 'techniques' keeps every span, the counts and share cover only "
        "the shown ones.",
    )


class Speaker(_Record):
    name: str
    role: str | None = None
    entity: str | None = Field(default=None, description="Entity id, if resolved.")


class Attribution(_Record):
    """A statement (or belief) the article attributes to a source."""

    id: str
    kind: Literal["direct", "reported"]
    content: Offsets
    content_parts: list[Offsets] = Field(
        default_factory=list,
        description="All pieces of a discontinuous content span (empty when continuous).",
    )
    cue: Offsets | None = None
    source: Offsets | None = None
    speaker: Speaker | None = None
    venue: str | None = None
    text: str = Field(description="The content text.")


class Figure(Offsets):
    """A number the article claims about the world."""

    text: str
    value: float | None
    unit: str | None = None
    counted: str | None = None
    asserted_by: str | None = Field(
        default=None, description="Canonical source, or null for the article's own voice."
    )
    attribution: str | None = Field(default=None, description="Attribution id, if inside one.")
    hedge: str | None = None


class Document(_Record):
    """One analysed article."""

    schema_version: str = SCHEMA_VERSION
    id: str | None = None
    text: str
    meta: Metadata = Field(default_factory=Metadata)
    presslens_version: str | None = None
    models: dict[str, str] = Field(
        default_factory=dict, description="Name and version of each stage that ran."
    )
    paragraphs: list[Offsets] = Field(default_factory=list)
    sentences: list[Offsets] = Field(default_factory=list)
    entities: list[Entity] = Field(default_factory=list)
    dates: list[TimeExpression] = Field(default_factory=list)
    techniques: list[TechniqueSpan] = Field(default_factory=list)
    technique_summary: TechniqueSummary | None = None
    attributions: list[Attribution] = Field(
        default_factory=list,
        description="Statements attributed to a named or described source, as CONVENTIONS.md "
        "defines a quote: statements with no source (agentless passives such as 'X is "
        "expected to win'), stances ('supports the plan') and acts named without content "
        "('noted the clot's existence') are left out (the brat export keeps them, as "
        "PolNeAR does).",
    )
    figures: list[Figure] = Field(default_factory=list)

    # The spaCy parse, shared between stages; never serialised.
    _parse: Any = PrivateAttr(default=None)

    @model_validator(mode="after")
    def _spans_in_text(self) -> Document:
        """Every span lies inside :attr:`text`, whatever path built the document."""
        n = len(self.text)
        for where, span in self.spans():
            if span.end > n:
                raise ValueError(
                    f"{where} [{span.start}, {span.end}) runs past the text ({n} characters)"
                )
        return self

    def spans(self) -> Iterator[tuple[str, Offsets]]:
        """(layer, span) for every character range the document holds."""
        for name in ("paragraphs", "sentences", "dates", "techniques", "figures"):
            for span in getattr(self, name):
                yield name, span
        for ent in self.entities:
            for m in ent.mentions:
                yield "entities.mentions", m
        for att in self.attributions:
            yield "attributions.content", att.content
            for part in att.content_parts:
                yield "attributions.content_parts", part
            for extra in (att.cue, att.source):
                if extra is not None:
                    yield "attributions", extra

    @property
    def parse(self) -> Any:
        """The spaCy ``Doc`` of :attr:`text` (set by the ``parse`` stage)."""
        return self._parse

    def entity(self, entity_id: str) -> Entity | None:
        return next((e for e in self.entities if e.id == entity_id), None)

    def to_dict(self) -> dict[str, Any]:
        return self.model_dump(mode="json")

    def to_json(self, indent: int | None = None) -> str:
        return self.model_dump_json(indent=indent)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Document:
        version = str(data.get("schema_version", ""))
        if version.split(".")[0] != SCHEMA_VERSION.split(".")[0]:
            raise InvalidDocumentError(
                f"document schema_version {version!r} is not supported "
                f"(this presslens reads {SCHEMA_VERSION}); re-run the analysis"
            )
        try:
            return cls.model_validate(data)
        except ValidationError as exc:
            first = exc.errors()[0]
            where = ".".join(str(p) for p in first["loc"])
            raise InvalidDocumentError(f"invalid document at {where}: {first['msg']}") from None

    @classmethod
    def from_json(cls, raw: str) -> Document:
        try:
            data = json.loads(raw)
        except json.JSONDecodeError as exc:
            raise InvalidDocumentError(f"document is not valid JSON: {exc.msg}") from None
        if not isinstance(data, dict):
            raise InvalidDocumentError("document JSON must be an object")
        return cls.from_dict(data)


def json_schema() -> dict[str, Any]:
    """The JSON Schema of :class:`Document`, as committed in ``docs/``."""
    schema = Document.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = f"https://presslens.dev/schema/document-{SCHEMA_VERSION}.json"
    return schema


# --- Across articles: stories and cross-source findings -------------------------------

FindingKind = Literal[
    "corroborated", "conflict", "single_source", "venue_conflict", "speaker_conflict"
]


class FindingMember(_Record):
    """One article's contribution to a finding."""

    article: str = Field(description="The article id.")
    outlet: str | None = None
    published: dt.date | None = None
    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str
    value: float | None = None
    hedge: str | None = Field(default=None, description="The value's hedge as written.")
    venue: str | None = None
    speaker: str | None = None


class Finding(_Record):
    """What the articles of a story say about one figure or one statement."""

    kind: FindingKind
    subject: str = Field(description="Human-readable: what the finding is about.")
    members: list[FindingMember]
    earliest: FindingMember | None = None
    score: float = Field(default=0.0, description="Priority for a fact-checker; higher first.")
    note: str | None = Field(default=None, description="E.g. that members are wire copies.")
    evolving: bool = Field(
        default=False,
        description="A tally (a toll, a count of the injured) whose value changed as the "
        "story went on; members are in publication order.",
    )


class Story(_Record):
    """A group of articles that cover the same event."""

    id: str
    title: str
    articles: list[str] = Field(default_factory=list, description="Article ids.")
    outlets: list[str] = Field(default_factory=list)
    first_published: dt.date | None = None
    last_published: dt.date | None = None

    @property
    def size(self) -> int:
        return len(self.articles)
