"""The display threshold: chosen on the development slice, stored with the model."""

from __future__ import annotations

import importlib
import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from presslens.cli import cli
from presslens.techniques.data import is_dev, is_heldout, read_corpus
from presslens.techniques.model import FakeTechniqueModel, FoundSpan, TechniqueModel
from presslens.techniques.threshold import choose_threshold, precision_curve

PTC = Path(__file__).resolve().parent.parent / "fixtures" / "ptc"


def test_threshold_dev_slice_and_heldout_split_are_disjoint() -> None:
    ids = [str(i) for i in range(111111111, 111113111)]
    dev = {a for a in ids if is_dev(a)}
    held = {a for a in ids if is_heldout(a)}
    assert not dev & held
    assert 0.09 < len(dev) / len(ids) < 0.15 and 0.12 < len(held) / len(ids) < 0.18


def test_threshold_precision_curve_and_choice() -> None:
    gold = {"1": [(0, 10, "Loaded_Language"), (40, 50, "Doubt")]}
    found = {"1": [
        FoundSpan(0, 10, "Loaded_Language", 0.9),  # right
        FoundSpan(40, 50, "Slogans", 0.7),  # right span, wrong technique
        FoundSpan(20, 30, "Doubt", 0.3),  # wrong
        FoundSpan(60, 70, "Doubt", 0.2),  # wrong
    ]}
    curve = precision_curve(found, gold, grid=(0.0, 0.25, 0.5, 0.8, 0.95))
    assert [(p.threshold, p.precision, p.kept) for p in curve] == [
        (0.0, 0.5, 4), (0.25, 0.6667, 3), (0.5, 1.0, 2), (0.8, 1.0, 1)
    ]
    assert [p.labelled_precision for p in curve] == [0.25, 0.3333, 0.5, 1.0]
    chosen = choose_threshold(curve, target=0.6, min_spans=1)
    assert chosen is not None and chosen.threshold == 0.25
    assert choose_threshold(curve, target=0.6, min_spans=5) is None


def test_threshold_empty_labels_file_is_an_article_without_spans(tmp_path: Path) -> None:
    data = tmp_path / "ptc"
    shutil.copytree(PTC, data)
    (data / "labels-tc" / "article102.task-flc-tc.labels").write_text("", "utf-8")
    arts = read_corpus(data)
    assert arts["102"].spans == [] and arts["101"].spans


class DevModel(FakeTechniqueModel):
    """The fake model with a model's config (split: dev ids, trained on them or not)."""

    config: dict[str, Any]


@pytest.mark.parametrize("trained_on_dev", [False, True])
def test_threshold_cli_writes_the_chosen_threshold(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, trained_on_dev: bool
) -> None:
    model = DevModel()
    model.dev_ids = ("101", "102")
    model.trained_on_dev = trained_on_dev

    def make(weights: str | None) -> TechniqueModel:
        return model

    monkeypatch.setattr(importlib.import_module("presslens.cli.techniques"), "_model", make)
    target = tmp_path / "model"
    target.mkdir()
    (target / "config.json").write_text(json.dumps({"format": 2}), "utf-8")
    result = CliRunner().invoke(cli, [
        "techniques", "threshold", "--data", str(PTC), "--weights", str(tmp_path),
        "--precision", "0.4", "--min-spans", "1", "--write", str(target),
    ])
    config = json.loads((target / "config.json").read_text("utf-8"))
    if trained_on_dev:
        assert result.exit_code == 2 and "--dev-slice" in result.stderr
        assert "display" not in config
        return
    assert result.exit_code == 0, result.stderr
    assert "chosen: " in result.stdout
    display = config["display"]
    assert config["format"] == 2 and display["threshold"] == 0.0
    assert display["dev_precision"] == 0.4984 and display["target_precision"] == 0.4


@pytest.mark.parametrize("trained_on_heldout", [False, True])
def test_eval_never_scores_a_model_on_held_out_articles_it_was_trained_on(
    monkeypatch: pytest.MonkeyPatch, trained_on_heldout: bool
) -> None:
    model = DevModel()
    model.heldout_ids = ("101",)
    model.trained_on_heldout = trained_on_heldout

    def make(weights: str | None) -> TechniqueModel:
        return model

    monkeypatch.setattr(importlib.import_module("presslens.cli.techniques"), "_model", make)
    result = CliRunner().invoke(cli, ["techniques", "eval", "--data", str(PTC)])
    if trained_on_heldout:
        assert result.exit_code == 2
        assert result.stderr.startswith("error: ") and "--all-articles" in result.stderr
        assert result.stdout == ""
        # every article, asked for by name, is still scored
        result = CliRunner().invoke(cli, ["techniques", "eval", "--data", str(PTC),
                                          "--split", "all"])
        assert result.exit_code == 0, result.stderr
        assert "scoring 2 articles (all)" in result.stderr
        return
    assert result.exit_code == 0, result.stderr
    assert "scoring 1 articles (held-out)" in result.stderr and "TC  micro-F1" in result.stdout


def test_train_refuses_the_development_slice_and_all_articles_together(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, [
        "techniques", "train", "--data", str(PTC), "--out", str(tmp_path / "model"),
        "--dev-slice", "--all-articles",
    ])
    assert result.exit_code == 2
    assert result.stderr.startswith("error: ") and result.stderr.count("\n") == 1
    assert not (tmp_path / "model").exists()  # nothing trained, nothing written
