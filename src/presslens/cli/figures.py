"""``presslens figures``: measure figure and quote extraction on the development set."""

from __future__ import annotations

import json
from pathlib import Path

import click

from ._util import handle_errors


@click.group("figures")
def figures() -> None:
    """Figures the article claims: value, unit, what is counted, who asserts it, hedge."""


@figures.command("eval")
@click.option(
    "--gold", "gold", required=True, type=click.Path(path_type=Path),
    help="Hand-annotated development set (JSONL, benchmarks/devset/annotations.jsonl).",
)
@click.option(
    "--texts", "texts", required=True, type=click.Path(path_type=Path),
    help="Folder the gold 'file' paths are relative to (the shared data folder).",
)
@click.option("--json", "as_json", is_flag=True, help="Print the scores as JSON.")
@click.option("--errors", "show_errors", is_flag=True, help="List missed/spurious figures.")
@handle_errors
def eval_cli(gold: Path, texts: Path, as_json: bool, show_errors: bool) -> None:
    """Score figures (precision, recall, value accuracy) and quotes (speaker, venue)."""
    from ..devset import default_analyzer, evaluate, load_gold

    articles = load_gold(gold, texts)
    score = evaluate(articles, default_analyzer())
    summary = score.summary()
    summary["articles"] = len(articles)
    if show_errors:
        for line in score.errors:
            click.echo(line, err=True)
    if as_json:
        click.echo(json.dumps(summary, indent=2))
        return
    f, q = summary["figures"], summary["quotes"]
    click.echo(f"articles: {len(articles)}")
    click.echo(
        f"figures: gold {f['gold']}, predicted {f['predicted']}, matched {f['matched']}; "
        f"precision {f['precision']:.3f}, recall {f['recall']:.3f}, F1 {f['f1']:.3f}, "
        f"value accuracy {f['value_accuracy']:.3f}, hedge accuracy {f['hedge_accuracy']:.3f}, "
        f"asserted_by accuracy {f['asserted_by_accuracy']:.3f}, "
        f"unit accuracy {f['unit_accuracy']:.3f}, counted token F1 {f['counted_token_f1']:.3f}"
    )
    click.echo(
        f"quotes: gold {q['gold']}, predicted {q['predicted']}, matched {q['matched']} "
        f"(precision {q['precision']:.3f}, recall {q['recall']:.3f}); "
        f"speaker accuracy {q['speaker_accuracy']:.3f}, "
        f"venue accuracy {q['venue_accuracy']:.3f}, kind accuracy {q['kind_accuracy']:.3f} "
        f"(of matched quotes); "
        f"speaker accuracy over all gold {q['speaker_accuracy_all_gold']:.3f}"
    )
    d = q["direct"]
    click.echo(
        f"direct quotes: gold {d['gold']}, matched {d['matched']} (recall {d['recall']:.3f}); "
        f"speaker accuracy {d['speaker_accuracy']:.3f}, venue accuracy {d['venue_accuracy']:.3f}"
    )
