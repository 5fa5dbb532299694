from __future__ import annotations

import importlib
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from presslens.cli import cli
from presslens.techniques.model import FakeTechniqueModel, TechniqueModel

PTC = Path(__file__).resolve().parent.parent / "fixtures" / "ptc"


@pytest.fixture(autouse=True)
def fake_model(monkeypatch: pytest.MonkeyPatch) -> None:
    def make(weights: str | None) -> TechniqueModel:
        return FakeTechniqueModel()

    module = importlib.import_module("presslens.cli.techniques")
    monkeypatch.setattr(module, "_model", make)


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_cli_techniques_spans_writes_si_rows(tmp_path: Path) -> None:
    out = tmp_path / "pred.tsv"
    code, _, err = run("techniques", "spans", str(PTC), "-o", str(out))
    assert code == 0, err
    rows = [line.split("\t") for line in out.read_text("utf-8").splitlines()]
    text = (PTC / "articles" / "article101.txt").read_text("utf-8")
    first = next(r for r in rows if r[0] == "101")
    assert text[int(first[1]) : int(first[2])] == "disgraceful"
    assert {r[0] for r in rows} == {"101", "102"}


def test_cli_techniques_classify_keeps_row_order(tmp_path: Path) -> None:
    template = tmp_path / "template.tsv"
    labels = sorted((PTC / "labels-tc").iterdir())
    rows = [line.split("\t") for p in labels for line in p.read_text("utf-8").splitlines()]
    template.write_text("".join(f"{r[0]}\t?\t{r[2]}\t{r[3]}\n" for r in reversed(rows)), "utf-8")
    out = tmp_path / "pred.tsv"
    code, _, err = run("techniques", "classify", str(PTC / "articles"), "--spans",
                       str(template), "-o", str(out))
    assert code == 0, err
    got = [line.split("\t") for line in out.read_text("utf-8").splitlines()]
    assert [(g[0], g[2], g[3]) for g in got] == [(r[0], r[2], r[3]) for r in reversed(rows)]
    by_span = {(g[0], g[2]): g[1] for g in got}
    assert by_span[("101", "112")] == "Repetition"  # "disaster" occurs twice
    assert by_span[("102", "117")] == "Slogans"


def test_cli_techniques_eval_scores_all_articles() -> None:
    code, out, err = run("techniques", "eval", "--data", str(PTC))
    assert code == 0, err
    assert "scoring 2 articles (all)" in err
    assert "SI  precision" in out and "TC  micro-F1" in out


def test_cli_techniques_bad_template_row_exits_2_without_output(tmp_path: Path) -> None:
    template = tmp_path / "template.tsv"
    template.write_text("101\t?\t0\t5\n101\t?\t10\t99999\n", "utf-8")
    out = tmp_path / "pred.tsv"
    code, _, err = run("techniques", "classify", str(PTC), "--spans", str(template),
                       "-o", str(out))
    assert code == 2
    assert err.startswith("error: ") and "template.tsv:2:" in err
    assert len(err.strip().splitlines()) == 1
    assert not out.exists() and list(tmp_path.iterdir()) == [template]


@pytest.mark.parametrize("make", ["missing", "empty", "stray"])
def test_cli_techniques_bad_folder_exits_2(tmp_path: Path, make: str) -> None:
    folder = tmp_path / "arts"
    if make != "missing":
        folder.mkdir()
    if make == "stray":
        shutil.copy(PTC / "articles" / "article101.txt", folder)
        (folder / "readme.txt").write_text("hi", "utf-8")
    out = tmp_path / "pred.tsv"
    code, _, err = run("techniques", "spans", str(folder), "-o", str(out))
    assert code == 2, err
    assert err.startswith("error: ") and len(err.strip().splitlines()) == 1
    assert not out.exists()
