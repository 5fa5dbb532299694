from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from presslens.cli import cli

pytestmark = pytest.mark.slow  # runs the real spaCy pipeline

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "000_7c3a48e42e6547a2.txt"


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def test_cli_analyze_text_view_shows_people_and_roles(runner: CliRunner) -> None:
    result = runner.invoke(
        cli, ["analyze", str(EXAMPLE), "--published", "2016-10-20"], env={"COLUMNS": "200"}
    )
    assert result.exit_code == 0, result.output
    assert "Julian King" in result.output
    assert "Member of the European" in result.output
    assert "2015-11" in result.output  # "last November"


def test_cli_analyze_json_follows_schema(runner: CliRunner, tmp_path: Path) -> None:
    import jsonschema

    from presslens.model import json_schema

    out = tmp_path / "doc.json"
    result = runner.invoke(
        cli, ["analyze", str(EXAMPLE), "--format", "json", "-o", str(out), "--outlet", "Fixture"]
    )
    assert result.exit_code == 0, result.output
    data = json.loads(out.read_text())
    jsonschema.validate(data, json_schema())
    assert data["meta"]["outlet"] == "Fixture"
    assert data["text"] == EXAMPLE.read_text()


def test_cli_analyze_jsonl_writes_one_line_per_record_in_order(
    runner: CliRunner, tmp_path: Path
) -> None:
    src = tmp_path / "batch.jsonl"
    src.write_text(
        '{"id": "b", "text": "Theresa May spoke in London."}\n'
        '{"id": "a", "text": "Julian King spoke in Brussels."}\n'
    )
    result = runner.invoke(cli, ["analyze", str(src), "--format", "json"])
    assert result.exit_code == 0, result.output
    lines = result.output.strip().split("\n")
    assert [json.loads(line)["id"] for line in lines] == ["b", "a"]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "no records found"),
        (b"\x00\x00\x00\x01", "binary"),
        (b'{"text": "ok"}\n{"text": \n', "line 2: malformed JSON"),
    ],
)
def test_cli_analyze_bad_input_leaves_outputs_untouched(
    runner: CliRunner, tmp_path: Path, content: bytes, message: str
) -> None:
    src = tmp_path / "in.jsonl"
    src.write_bytes(content)
    html = tmp_path / "report.html"
    html.write_text("precious")
    result = runner.invoke(cli, ["analyze", str(src), "--html", str(html)])
    assert result.exit_code == 2
    assert message in result.output
    assert "Traceback" not in result.output
    assert len(result.output.strip().splitlines()) == 1
    assert html.read_text() == "precious"
    assert {p.name for p in tmp_path.iterdir()} == {"in.jsonl", "report.html"}  # no temp files


def test_cli_analyze_missing_path_and_bad_date(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(cli, ["analyze", str(tmp_path / "missing.txt")])
    assert result.exit_code == 2 and "no such file" in result.output
    result = runner.invoke(cli, ["analyze", str(EXAMPLE), "--published", "20/10/2016"])
    assert result.exit_code == 2 and "YYYY-MM-DD" in result.output


def test_cli_analyze_size_limit(runner: CliRunner) -> None:
    result = runner.invoke(cli, ["analyze", str(EXAMPLE), "--max-bytes", "100"])
    assert result.exit_code == 2 and "limit" in result.output


def test_cli_analyze_html_report_escapes_article_text(runner: CliRunner, tmp_path: Path) -> None:
    src = tmp_path / "evil.txt"
    src.write_text('Julian King said "<script>alert(1)</script>" and <img src=x onerror=alert(1)>.')
    html = tmp_path / "report.html"
    result = runner.invoke(cli, ["analyze", str(src), "--html", str(html), "--title", "<b>x</b>"])
    assert result.exit_code == 0, result.output
    page = html.read_text()
    assert "<script>" not in page and "<img" not in page and "<b>x</b>" not in page
    # highlights (e.g. a technique span) may wrap part of the text: compare without tags
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in re.sub(r"<[^>]+>", "", page)
    assert "http://" not in page and "https://" not in page  # works offline


def test_cli_version_and_help(runner: CliRunner) -> None:
    assert runner.invoke(cli, ["--version"]).output.startswith("presslens, version")
    help_text = runner.invoke(cli, ["analyze", "--help"]).output
    assert "--published" in help_text and "Examples" in help_text


def test_cli_analyze_text_view_keeps_quotes_readable_at_80_columns(runner: CliRunner) -> None:
    result = runner.invoke(
        cli, ["analyze", str(EXAMPLE), "--published", "2016-10-20"], env={"COLUMNS": "80"}
    )
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert max(len(line) for line in lines) <= 80
    quotes = lines[next(i for i, line in enumerate(lines) if "Who said what" in line) :]
    # the quote's first words share one line; the venue and role sit under cue and name
    assert any("This is a very serious threat" in line for line in quotes)
    assert any("The Telegraph" in line for line in quotes)
    assert any("European Union" in line for line in quotes)
