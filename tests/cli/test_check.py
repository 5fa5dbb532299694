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


class _FakeStore:
    """The part of the store contract ``check --db`` uses."""

    def __init__(self) -> None:
        from presslens.model import Finding, FindingMember, Story

        self.closed = False
        member = FindingMember(article="a1", outlet="O", start=0, end=5, text="5,000",
                               value=5000)
        self._stories = [Story(id="S1", title="Mosul <b>", articles=["a1", "a2"])]
        self._findings = {"S1": [Finding(kind="conflict", subject="fighters: 9,000 vs 5,000",
                                         members=[member], earliest=member, score=4.0)]}

    def story(self, story_id: str):  # type: ignore[no-untyped-def]
        return next((s for s in self._stories if s.id == story_id), None)

    def stories(self, *, limit: int = 100, offset: int = 0):  # type: ignore[no-untyped-def]
        return self._stories[offset : offset + limit]

    def findings(self, story_id: str):  # type: ignore[no-untyped-def]
        return self._findings[story_id]

    def story_documents(self, story_id: str):  # type: ignore[no-untyped-def]
        from presslens.model import Document, Metadata

        return [Document(id="a1", text="5,000 <i>fighters</i>", meta=Metadata(outlet="O"))]

    def close(self) -> None:
        self.closed = True


def _fake_store_module(monkeypatch: pytest.MonkeyPatch) -> _FakeStore:
    import sys
    import types

    fake = _FakeStore()
    module = types.ModuleType("presslens.store")
    module.open_store = lambda path=None, **kw: fake  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "presslens.store", module)
    return fake


def test_check_db_reads_stories_and_findings_from_the_store(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    fake = _fake_store_module(monkeypatch)
    result = CliRunner().invoke(cli, ["check", "--db", "corpus.db", "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert [s["story"]["id"] for s in data["stories"]] == ["S1"]
    assert data["stories"][0]["findings"][0]["kind"] == "conflict"
    assert fake.closed
    html = CliRunner().invoke(cli, ["check", "--db", "corpus.db", "--format", "html"])
    assert "Mosul &lt;b&gt;" in html.output
    # the member's span is highlighted in its (escaped) article text, and linked to
    assert '<mark id="a1-0-5">5,000</mark> &lt;i&gt;fighters' in html.output
    assert 'href="#a1-0-5"' in html.output


def test_check_db_unknown_story_is_an_input_error(monkeypatch: pytest.MonkeyPatch) -> None:
    _fake_store_module(monkeypatch)
    result = CliRunner().invoke(cli, ["check", "--db", "corpus.db", "--story", "S9"])
    assert result.exit_code == 2
    assert "S9" in result.output and "presslens stories" in result.output


@pytest.mark.slow
def test_check_db_on_an_ingested_corpus(story_isis_path: Path, tmp_path: Path) -> None:
    pytest.importorskip("presslens.store")
    db = str(tmp_path / "corpus.db")
    runner = CliRunner()
    ingested = runner.invoke(cli, ["ingest", str(story_isis_path), "--db", db])
    assert ingested.exit_code == 0, ingested.output
    result = runner.invoke(cli, ["check", "--db", db, "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    found = {(f["kind"], m["article"]) for s in data["stories"] for f in s["findings"]
             for m in f["members"]}
    assert ("conflict", "courier-1") in found and ("conflict", "ledger-1") in found
    story_id = data["stories"][0]["story"]["id"]
    one = runner.invoke(cli, ["check", "--db", db, "--story", story_id, "--format", "json"])
    assert one.exit_code == 0, one.output
    assert [s["story"]["id"] for s in json.loads(one.output)["stories"]] == [story_id]


@pytest.mark.slow
def test_check_text_reads_as_sentences_with_a_summary_first(story_isis_path: Path) -> None:
    result = CliRunner().invoke(cli, ["check", str(story_isis_path)])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    # the summary line comes right under the story line, conflicts before the rest
    assert lines[1].strip().startswith("1 conflict, 2 venue conflicts, 1 speaker conflict")
    assert "Outlets disagree on" in lines[2]
    assert "potentially 9,000" in lines[2] and "as many as 5,000" in lines[2]
    assert "Daily Courier" in lines[2] and "Metro Star" in lines[2]
    # single-source items are folded under their count unless --all
    folded = [line for line in lines if "single-source item" in line]
    assert folded and "--all" in folded[0]
    every = CliRunner().invoke(cli, ["check", str(story_isis_path), "--all"])
    assert "Only " in every.output and "--all lists them" not in every.output
    assert "ties go to the article listed first" in result.output


@pytest.mark.slow
def test_check_one_story_takes_the_file_as_one_story(tmp_path: Path) -> None:
    fixture = Path(__file__).resolve().parents[1] / "fixtures" / "stories.jsonl"
    grouped = CliRunner().invoke(cli, ["check", str(fixture), "--format", "json"])
    one = CliRunner().invoke(cli, ["check", str(fixture), "--format", "json", "--one-story"])
    assert grouped.exit_code == 0 and one.exit_code == 0, grouped.output + one.output
    assert len(json.loads(grouped.output)["stories"]) > 1
    stories = json.loads(one.output)["stories"]
    assert len(stories) == 1 and stories[0]["story"]["articles"] == [
        json.loads(line)["id"] for line in fixture.read_text(encoding="utf-8").splitlines()
    ]
    refused = CliRunner().invoke(cli, ["check", "--one-story"])
    assert refused.exit_code == 2 and "--one-story needs ARTICLES" in refused.output
