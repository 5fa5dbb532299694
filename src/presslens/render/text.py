"""The terminal view: the article with its findings marked, then one table per layer."""

from __future__ import annotations

from rich import box
from rich.console import Console, Group, RenderableType
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from ..crosscheck.quantities import format_value
from ..model import Document
from ..stories import headline
from .palette import technique_colour, technique_label
from .spans import document_marks, segments

_ENTITY_STYLE = {"PERSON": "bold cyan", "ORG": "bold magenta", "GPE": "bold green", "NORP": "green"}


def _marked_text(doc: Document) -> Text:
    out = Text()
    for seg in segments(doc.text, document_marks(doc)):
        styles = []
        for mark in seg.marks:
            if mark.layer == "technique":
                styles.append(f"underline {technique_colour(mark.label)}")
            elif mark.layer == "attribution":
                styles.append("italic")
            elif mark.layer == "cue":
                styles.append("bold")
            elif mark.layer == "figure":
                styles.append("bold yellow")
            elif mark.layer == "entity":
                styles.append(_ENTITY_STYLE.get(mark.label, ""))
        out.append(seg.text, style=" ".join(s for s in styles if s) or None)
    return out


def _header(doc: Document) -> Text:
    meta = doc.meta
    bits = [b for b in (meta.outlet, meta.published and meta.published.isoformat(), meta.url) if b]
    # no title given: the first line when it reads as a headline (stories.headline)
    head = Text(meta.title or headline(doc) or (doc.id and f"Article {doc.id}") or "Article",
                style="bold")
    if bits:
        head.append("\n" + " · ".join(bits), style="dim")
    return head


def _entities_table(doc: Document) -> Table | None:
    people = [e for e in doc.entities if e.type in ("PERSON", "ORG")]
    if not people:
        return None
    table = Table(title="Who is named", box=box.SIMPLE_HEAD, title_justify="left")
    table.add_column("Name")
    table.add_column("Type")
    table.add_column("Role")
    table.add_column("Also called")
    table.add_column("Mentions", justify="right")
    for e in people:
        table.add_row(e.name, e.type, e.role or "", ", ".join(e.aliases), str(len(e.mentions)))
    return table


def _techniques_table(doc: Document) -> Table | None:
    if not doc.techniques:
        return None
    table = Table(title="Persuasion techniques", box=box.SIMPLE_HEAD, title_justify="left")
    table.add_column("Technique")
    table.add_column("Span")
    table.add_column("Conf.", justify="right")
    table.add_column("At", justify="right")
    for t in doc.techniques:
        table.add_row(
            Text(technique_label(t.technique), style=technique_colour(t.technique)),
            t.text if len(t.text) <= 70 else t.text[:67] + "...",
            f"{t.confidence:.2f}",
            f"{t.start}-{t.end}",
        )
    summary = doc.technique_summary
    if summary:
        table.caption = (
            f"{summary.sentences_with_technique} of {summary.sentences} sentences "
            f"({summary.share:.0%}) use a technique"
        )
    return table


def _attributions_table(doc: Document) -> Table | None:
    if not doc.attributions:
        return None
    table = Table(
        title="Who said what", box=box.SIMPLE_HEAD, title_justify="left", expand=True
    )
    # the speaker's role and the venue go under the name and the cue, and the
    # content gets the widest share, so it stays readable on an 80-column terminal
    table.add_column("Speaker (role)", ratio=3)
    table.add_column("Cue (venue)", ratio=2)
    table.add_column("Kind", no_wrap=True)
    table.add_column("Content", ratio=5)
    for a in doc.attributions:
        who = Text(a.speaker.name if a.speaker else "")
        if a.speaker and a.speaker.role:
            who.append("\n" + a.speaker.role, style="dim")
        how = Text(doc.text[a.cue.start : a.cue.end] if a.cue else "")
        if a.venue:
            how.append("\n" + a.venue, style="dim")
        content = a.text if len(a.text) <= 90 else a.text[:87] + "..."
        table.add_row(who, how, a.kind, content)
    return table


def _figures_table(doc: Document) -> Table | None:
    if not doc.figures:
        return None
    table = Table(title="Figures", box=box.SIMPLE_HEAD, title_justify="left", expand=True)
    for col in ("Figure", "Value", "Unit", "Hedge"):
        table.add_column(col, no_wrap=True)
    table.add_column("Counted", ratio=3)
    table.add_column("Asserted by", ratio=2)
    for f in doc.figures:
        value = "" if f.value is None else format_value(f.value)
        table.add_row(
            f.text,
            value,
            f.unit or "",
            f.hedge or "",
            f.counted or "",
            f.asserted_by or "(article)",
        )
    return table


def _dates_table(doc: Document) -> Table | None:
    if not doc.dates:
        return None
    table = Table(title="Dates", box=box.SIMPLE_HEAD, title_justify="left")
    table.add_column("Expression")
    table.add_column("Means")
    for d in doc.dates:
        table.add_row(d.text, d.resolved or "(unresolved)")
    return table


def renderables(doc: Document) -> list[RenderableType]:
    parts: list[RenderableType] = [
        Panel(Group(_header(doc), Text(), _marked_text(doc)), box=box.ROUNDED)
    ]
    for build in (
        _techniques_table,
        _attributions_table,
        _figures_table,
        _entities_table,
        _dates_table,
    ):
        table = build(doc)
        if table is not None:
            parts.append(table)
    return parts


def print_document(doc: Document, console: Console | None = None) -> None:
    console = console or Console()
    for part in renderables(doc):
        console.print(part)


def render_text(doc: Document, width: int = 100, color: bool = False) -> str:
    """The terminal view as a string (for tests and for piping)."""
    console = Console(width=width, record=True, color_system="standard" if color else None)
    with console.capture() as capture:
        print_document(doc, console)
    return capture.get()
