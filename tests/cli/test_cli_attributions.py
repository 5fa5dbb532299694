from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner

from presslens.attribution.brat import parse_ann
from presslens.cli import cli
from presslens.model import Document


def _run(*args: str):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(cli, ["attributions", *args])


@pytest.mark.slow
def test_cli_attributions_export_writes_polnear_brat(brat_split: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = _run("export", str(brat_split / "text"), "-o", str(out))
    assert result.exit_code == 0, result.output
    ann = (out / "harbour.ann").read_text(encoding="utf-8")
    text = (brat_split / "text" / "harbour.txt").read_text(encoding="utf-8")
    records = parse_ann(ann)
    contents = [text[s:e] for r in records for s, e in r.content]
    assert contents == ["the harbour will reopen in May", '"We have fixed the cranes,"']
    assert "\tSource " in ann and "\tCue " in ann
    assert all(
        line.split("\t")[1].startswith(("Attribution:",))
        for line in ann.splitlines()
        if line.startswith("E")
    )


@pytest.mark.slow
def test_cli_attributions_export_keeps_agentless_passives(
    tmp_path: Path, attribute: Callable[[str], Document]
) -> None:
    """PolNeAR annotates "Trump is expected to win"; the export writes it, the stage (what
    analyze shows) does not."""
    texts = tmp_path / "text"
    texts.mkdir()
    text = "Trump is expected to win the primary in Indiana.\n"
    (texts / "passive.txt").write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    result = _run("export", str(texts), "-o", str(out))
    assert result.exit_code == 0, result.output
    ann = (out / "passive.ann").read_text(encoding="utf-8")
    [record] = parse_ann(ann)
    assert [text[s:e] for s, e in record.content] == ["Trump", "to win the primary in Indiana"]
    assert record.source == () and "\tSource " not in ann
    assert attribute(text).attributions == []


@pytest.mark.slow
def test_cli_attributions_eval_scores_the_fixture(brat_split: Path) -> None:
    result = _run("eval", "--data", str(brat_split))
    assert result.exit_code == 0, result.output
    assert "content partial  P 1.000  R 1.000  F1 1.000" in result.output
    assert "content exact    P 1.000  R 1.000  F1 1.000" in result.output
    assert "source+cue accuracy 1.000" in result.output


def test_cli_attributions_export_empty_folder_fails_cleanly(tmp_path: Path) -> None:
    (tmp_path / "texts").mkdir()
    out = tmp_path / "out"
    result = _run("export", str(tmp_path / "texts"), "-o", str(out))
    assert result.exit_code == 2
    assert result.output.count("\n") == 1 and "error:" in result.output and ".txt" in result.output
    assert not out.exists()


def test_cli_attributions_export_unreadable_file_fails_without_output(tmp_path: Path) -> None:
    texts = tmp_path / "texts"
    texts.mkdir()
    (texts / "a.txt").write_text("Ruiz said it works.", encoding="utf-8")
    (texts / "b.txt").write_bytes(b"\xff\xfe\x00bad")
    out = tmp_path / "out"
    result = _run("export", str(texts), "-o", str(out))
    assert result.exit_code == 2
    assert "b.txt" in result.output
    assert not out.exists()


def test_cli_attributions_eval_missing_gold_fails_cleanly(brat_split: Path) -> None:
    (brat_split / "text" / "extra.txt").write_text("Ruiz said it works.", encoding="utf-8")
    result = _run("eval", "--data", str(brat_split))
    assert result.exit_code == 2
    assert "extra.txt" in result.output and result.output.startswith("error:")


def test_cli_attributions_eval_without_gold_folder_fails_cleanly(tmp_path: Path) -> None:
    (tmp_path / "text").mkdir()
    result = _run("eval", "--data", str(tmp_path))
    assert result.exit_code == 2
    assert "attributions" in result.output
