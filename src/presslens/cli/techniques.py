"""``presslens techniques``: train, run and score the persuasion-technique model
in the SemEval-2020 Task 11 formats."""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

import click

from .._files import check_writable, write_text_atomic
from ..errors import InputError
from ._util import handle_errors


def _write_rows(path: Path, rows: list[str]) -> None:
    write_text_atomic(path, "".join(row + "\n" for row in rows))


def _model(weights: str | None) -> Any:
    import torch

    from ..techniques.model import load_model

    # at most 2 threads, as on the 2-core machine the model card's numbers come from
    torch.set_num_threads(min(2, torch.get_num_threads()))
    return load_model(weights)


_WEIGHTS = click.option(
    "--weights", type=click.Path(file_okay=False), default=None,
    help="Model folder (default: the model shipped in the package).",
)


@click.group()
def techniques() -> None:
    """Persuasion techniques (PTC / SemEval-2020 Task 11): train, spans, classify, eval."""


@techniques.command()
@click.option("--data", required=True, type=click.Path(path_type=Path),
              help="PTC folder with articles/ and labels-tc/.")
@click.option("--out", required=True, type=click.Path(path_type=Path),
              help="Folder for the trained model (src/presslens/weights/techniques ships).")
@click.option("--cache", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="File to keep the encoder states in between runs (read when present; "
                   "a trusted pickle keyed by article id: delete it when the texts change).")
@click.option("--dev-slice", is_flag=True,
              help="Also leave out the development slice and score it instead of the "
                   "held-out split (the model `techniques threshold` chooses with).")
@click.option("--all-articles", is_flag=True,
              help="Train on every article, the held-out split too, and score none: the "
                   "shipped model, once the same settings were scored on the held-out split.")
@handle_errors
def train(data: Path, out: Path, cache: Path | None, dev_slice: bool, all_articles: bool) -> None:
    """Train the technique model on DATA (minus the fixed held-out split) into OUT."""
    from ..techniques.train import TrainSettings
    from ..techniques.train import train as run_train

    if dev_slice and all_articles:
        raise InputError("--dev-slice leaves articles out and --all-articles leaves none out; "
                         "give one of them")
    t0 = time.time()
    scores = run_train(data, out, TrainSettings(dev_slice=dev_slice, all_articles=all_articles),
                       log=lambda m: click.echo(m, err=True), cache=cache)
    if all_articles:
        click.echo(f"trained on all articles in {(time.time() - t0) / 60:.1f} min; none was "
                   "left to score", err=True)
        return
    click.echo(json.dumps({k: scores[k] for k in ("articles", "si")} |
                          {"tc_micro_f1": scores["tc"]["micro_f1"]}, indent=1))
    click.echo(f"training took {(time.time() - t0) / 60:.1f} min (held-out scoring included)",
               err=True)


@techniques.command()
@click.argument("articles_dir", type=click.Path(path_type=Path))
@click.option("-o", "--output", required=True, type=click.Path(path_type=Path),
              help="Where to write the SI rows id<TAB>start<TAB>end.")
@_WEIGHTS
@handle_errors
def spans(articles_dir: Path, output: Path, weights: str | None) -> None:
    """Find technique spans in every article<id>.txt of ARTICLES_DIR (task SI format)."""
    from ..techniques.data import read_articles

    check_writable(output)  # before the model runs over the whole folder
    arts = read_articles(articles_dir)
    model = _model(weights)
    rows = [f"{aid}\t{s}\t{e}" for aid, art in arts.items() for s, e, _ in model.spans(art.text)]
    _write_rows(output, rows)
    click.echo(f"wrote {len(rows)} spans to {output}", err=True)


@techniques.command()
@click.argument("articles_dir", type=click.Path(path_type=Path))
@click.option("--spans", "template", required=True, type=click.Path(path_type=Path),
              help="Template rows id<TAB>?<TAB>start<TAB>end.")
@click.option("-o", "--output", required=True, type=click.Path(path_type=Path),
              help="Where to write the rows with the technique filled in.")
@_WEIGHTS
@handle_errors
def classify(articles_dir: Path, template: Path, output: Path, weights: str | None) -> None:
    """Name the technique of each template span (task TC format, same row order)."""
    from ..techniques.data import read_articles, read_template

    check_writable(output)
    arts = read_articles(articles_dir)
    rows = read_template(template, arts)
    model = _model(weights)
    by_article: dict[str, list[int]] = {}
    for i, row in enumerate(rows):
        by_article.setdefault(row.id, []).append(i)
    labels: list[str] = [""] * len(rows)
    for aid, idx in by_article.items():
        spans = [(rows[i].start, rows[i].end) for i in idx]
        for i, lab in zip(idx, model.label_rows(arts[aid].text, spans), strict=True):
            labels[i] = lab
    _write_rows(output, [f"{r.id}\t{lab}\t{r.start}\t{r.end}"
                         for r, lab in zip(rows, labels, strict=True)])
    click.echo(f"wrote {len(rows)} rows to {output}", err=True)


@techniques.command(name="eval")
@click.option("--data", required=True, type=click.Path(path_type=Path),
              help="PTC folder with articles/ and labels-tc/.")
@click.option("--split", type=click.Choice(["auto", "heldout", "all"]), default="auto",
              show_default=True,
              help="heldout: the model's held-out ids; all: every article; auto: held-out ids "
                   "when the folder has them (the training corpus), else all.")
@_WEIGHTS
@handle_errors
def eval_cmd(data: Path, split: str, weights: str | None) -> None:
    """SI precision/recall/F1 and TC micro-F1 of the model on labelled PTC articles."""
    from ..techniques.data import read_corpus
    from ..techniques.train import evaluate

    arts = read_corpus(data)
    model = _model(weights)
    heldout = [a for a in model.heldout_ids if a in arts]
    if split != "all" and heldout and model.trained_on_heldout:
        raise InputError(f"{data}: the model was trained on its held-out articles too "
                         "(`techniques train --all-articles`), so they score nothing it has not "
                         "seen; give --weights a model trained without them (`techniques "
                         "train`, or WORK_DIR/model-321 of scripts/train-techniques), or score "
                         "unseen articles with --split all")
    if split == "heldout" and not heldout:
        raise InputError(f"{data}: none of the model's held-out articles are in this "
                         "folder; use --split all for unseen data")
    use_heldout = split == "heldout" or (split == "auto" and heldout)
    chosen = {a: arts[a] for a in heldout} if use_heldout else arts
    click.echo(f"scoring {len(chosen)} articles ({'held-out' if use_heldout else 'all'})",
               err=True)
    scores = evaluate(model, chosen)
    si, tc = scores["si"], scores["tc"]
    click.echo(f"SI  precision {si['precision']:.4f}  recall {si['recall']:.4f}  "
               f"F1 {si['f1']:.4f}  ({si['predicted_spans']} predicted, {si['gold_spans']} gold)")
    click.echo(f"TC  micro-F1 {tc['micro_f1']:.4f}  ({tc['spans']} spans)")
    for name, v in sorted(tc["per_technique"].items(), key=lambda kv: -kv[1]["support"]):
        click.echo(f"    {name:<36} P {v['precision']:.3f}  R {v['recall']:.3f}  "
                   f"F1 {v['f1']:.3f}  n={v['support']}")


@techniques.command()
@click.option("--data", required=True, type=click.Path(path_type=Path),
              help="PTC folder with articles/ and labels-tc/ (the training corpus).")
@click.option("--weights", required=True, type=click.Path(file_okay=False),
              help="A model trained with `techniques train --dev-slice` (not on the slice).")
@click.option("--precision", "target", type=click.FloatRange(0.0, 1.0), default=0.6,
              show_default=True, help="SI precision the shown spans must reach.")
@click.option("--min-spans", type=click.IntRange(min=1), default=20, show_default=True,
              help="Fewest spans a threshold must keep (precision of a handful is noise).")
@click.option("--write", "write_to", type=click.Path(file_okay=False, path_type=Path),
              default=None,
              help="Store the threshold in this model folder's config.json (e.g. "
                   "src/presslens/weights/techniques).")
@handle_errors
def threshold(
    data: Path, weights: str, target: float, min_spans: int, write_to: Path | None
) -> None:
    """Choose the display threshold on the development slice: the lowest confidence at
    which the SI precision of the spans at or above it reaches --precision."""
    from ..techniques.data import read_corpus
    from ..techniques.threshold import choose_threshold, precision_curve, store_threshold

    model = _model(weights)
    if model.trained_on_dev or not model.dev_ids:
        raise InputError(f"{weights}: not a model trained without the development slice; "
                         "train one with `presslens techniques train --dev-slice`")
    arts = read_corpus(data)
    dev = [a for a in model.dev_ids if a in arts]
    if not dev:
        raise InputError(f"{data}: none of the development slice's articles are in this folder")
    click.echo(f"scoring the development slice ({len(dev)} articles)", err=True)
    found = {a: model.find(arts[a].text) for a in dev}
    curve = precision_curve(found, {a: arts[a].spans for a in dev})
    click.echo("threshold  SI-P    SI-R    labelled-P  spans")
    for p in curve:
        if round(p.threshold * 100) % 5 == 0:
            click.echo(f"{p.threshold:9.2f}  {p.precision:.3f}   {p.recall:.3f}   "
                       f"{p.labelled_precision:.3f}       {p.kept}")
    chosen = choose_threshold(curve, target, min_spans)
    if chosen is None:
        raise InputError(f"no threshold reaches SI precision {target} with {min_spans} spans "
                         "or more on the development slice")
    click.echo(f"chosen: {chosen.threshold:.2f} (SI precision {chosen.precision:.3f}, recall "
               f"{chosen.recall:.3f}, labelled precision {chosen.labelled_precision:.3f}, "
               f"{chosen.kept} of {curve[0].kept} spans)")
    if write_to is not None:
        config_path = store_threshold(write_to, chosen, curve, target, min_spans, len(dev))
        click.echo(f"wrote the display threshold to {config_path}", err=True)
