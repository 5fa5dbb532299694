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
from .palette import technique_colour, technique_definition, technique_label
from .spans import document_marks, segments
from .techniques import display_threshold, shown_summary, shown_techniques

_ENTITY_STYLE = {"PERSON": "bold cyan", "ORG": "bold magenta", "GPE": "bold green", "NORP": "green"}


def _marked_text(doc: Document, all_techniques: bool = False) -> Text:
    out = Text()
    for seg in segments(doc.text, document_marks(doc, all_techniques=all_techniques)):
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


def _techniques_table(doc: Document, all_techniques: bool = False) -> Table | None:
    shown = shown_techniques(doc, all_techniques)
    if not shown:
        return None
    table = Table(title="Persuasion techniques", box=box.SIMPLE_HEAD, title_justify="left")
    table.add_column("Technique")
    table.add_column("Span")
    table.add_column("Conf.", justify="right")
    table.add_column("At", justify="right")
    for t in shown:
        table.add_row(
            Text(technique_label(t.technique), style=technique_colour(t.technique)),
            t.text if len(t.text) <= 70 else t.text[:67] + "...",
            f"{t.confidence:.2f}",
            f"{t.start}-{t.end}",
        )
    summary = shown_summary(doc, all_techniques)
    if summary:
        table.caption = (
            f"{summary.sentences_with_technique} of {summary.sentences} sentences "
            f"({summary.share:.0%}) use a technique"
        )
    return table


def _hidden_note(doc: Document, all_techniques: bool = False) -> Text | None:
    hidden = len(doc.techniques) - len(shown_techniques(doc, all_techniques))
    if not hidden:
        return None
    return Text(
        f"{hidden} less certain technique span{'s' if hidden > 1 else ''} (confidence below "
        f"{display_threshold(doc):.2f}) not shown; --all-techniques shows them.",
        style="dim",
    )


def _techniques_legend(doc: Document, all_techniques: bool = False) -> Table | None:
    used = sorted({t.technique for t in shown_techniques(doc, all_techniques)})
    if not used:
        return None
    table = Table(title="What the techniques mean", box=box.SIMPLE_HEAD, title_justify="left",
                  show_header=False)
    table.add_column("Technique", no_wrap=True)
    table.add_column("Meaning")
    for name in used:
        table.add_row(Text(technique_label(name), style=technique_colour(name)),
                      technique_definition(name))
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


def renderables(doc: Document, all_techniques: bool = False) -> list[RenderableType]:
    """The terminal view; technique spans below the display threshold only with
    ``all_techniques``."""
    parts: list[RenderableType] = [
        Panel(Group(_header(doc), Text(), _marked_text(doc, all_techniques)), box=box.ROUNDED)
    ]
    tables: list[RenderableType | None] = [
        _techniques_table(doc, all_techniques),
        _hidden_note(doc, all_techniques),
        _techniques_legend(doc, all_techniques),
        _attributions_table(doc),
        _figures_table(doc),
        _entities_table(doc),
        _dates_table(doc),
    ]
    parts.extend(t for t in tables if t is not None)
    return parts


def print_document(
    doc: Document, console: Console | None = None, all_techniques: bool = False
) -> None:
    console = console or Console()
    for part in renderables(doc, all_techniques):
        console.print(part)


def render_text(
    doc: Document, width: int = 100, color: bool = False, all_techniques: bool = False
) -> str:
    """The terminal view as a string (for tests and for piping)."""
    console = Console(width=width, record=True, color_system="standard" if color else None)
    with console.capture() as capture:
        print_document(doc, console, all_techniques)
    return capture.get()
