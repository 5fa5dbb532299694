from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from presslens.cli import cli


def test_check_refuses_missing_input(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["check", str(tmp_path / "nope.jsonl")])
    assert result.exit_code == 2
    assert result.output.startswith("error: ") or "error" in result.output


def test_check_refuses_articles_and_db_together(story_isis_path: Path) -> None:
    result = CliRunner().invoke(cli, ["check", str(story_isis_path), "--db", "x.db"])
    assert result.exit_code == 2
    assert "not both" in result.output


def test_check_without_db_says_what_to_do(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["check", "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 2
    assert "ingest" in result.output


@pytest.mark.slow
def test_check_jsonl_json_and_html(story_isis_path: Path, tmp_path: Path) -> None:
    runner = CliRunner()
    out = tmp_path / "f.json"
    result = runner.invoke(cli, ["check", str(story_isis_path), "--format", "json", "-o",
                                 str(out)])
    assert result.exit_code == 0, result.output
    data = json.loads(out.read_text())
    findings = data["stories"][0]["findings"]
    kinds = {f["kind"] for f in findings}
    assert {"conflict", "venue_conflict", "speaker_conflict", "corroborated"} <= kinds
    for f in findings:
        assert f["earliest"] in f["members"]
        assert {"article", "outlet", "published", "start", "end", "text"} <= set(f["members"][0])
    # article text is escaped in HTML
    evil = tmp_path / "evil.jsonl"
    evil.write_text(json.dumps({"id": "x", "outlet": "<b>O</b>", "text":
                                '"<script>alert(1)</script> is what we saw," said John Smith.'})
                    + "\n")
    html = runner.invoke(cli, ["check", str(evil), "--format", "html"])
    assert html.exit_code == 0, html.output
    assert "<script>" not in html.output
    assert "&lt;script&gt;" in html.output
