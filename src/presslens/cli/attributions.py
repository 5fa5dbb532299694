"""``presslens attributions``: export attributions as brat standoff and score them."""

from __future__ import annotations

from pathlib import Path

import click

from ._util import handle_errors


@click.group()
def attributions() -> None:
    """Who said what: export attributions, score them against PolNeAR gold."""


@attributions.command("export")
@click.argument("text_dir", type=click.Path(path_type=Path))
@click.option(
    "-o",
    "--output",
    "out_dir",
    required=True,
    type=click.Path(path_type=Path),
    help="Folder to write NAME.ann files into.",
)
@handle_errors
def export_cmd(text_dir: Path, out_dir: Path) -> None:
    """Write a PolNeAR-style NAME.ann for every NAME.txt in TEXT_DIR."""
    from ..attribution.corpus import export

    n = export(text_dir, out_dir)
    click.echo(f"wrote {n} .ann files to {out_dir}")


@attributions.command("eval")
@click.option(
    "--data",
    "data_dir",
    required=True,
    type=click.Path(path_type=Path),
    help="A PolNeAR split folder with text/ and attributions/.",
)
@click.option("--limit", type=int, default=None, help="Score only the first N articles.")
@handle_errors
def eval_cmd(data_dir: Path, limit: int | None) -> None:
    """Score attributions against PolNeAR-style gold in DATA."""
    from ..attribution.corpus import evaluate

    scores = evaluate(data_dir, limit=limit)
    d = scores.as_dict()
    click.echo(f"articles scored: {data_dir}")
    click.echo(f"attributions: predicted {d['predicted']}, gold {d['gold']}")
    click.echo(
        f"content partial  P {d['partial_precision']:.3f}  R {d['partial_recall']:.3f}  "
        f"F1 {d['partial_f1']:.3f}"
    )
    click.echo(
        f"content exact    P {d['exact_precision']:.3f}  R {d['exact_recall']:.3f}  "
        f"F1 {d['exact_f1']:.3f}"
    )
    click.echo(
        f"source+cue accuracy {d['source_accuracy']:.3f}  (source {d['source_only_accuracy']:.3f}, "
        f"cue {d['cue_accuracy']:.3f}, over {d['matched']} matched)"
    )
