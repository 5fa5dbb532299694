"""Bad inputs as a new user or an attacker gives them: one error line, exit 2, no hang."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from presslens.cli import cli


def _one_error(result: object, *needles: str) -> None:
    out = result.output  # type: ignore[attr-defined]
    assert result.exit_code == 2, out  # type: ignore[attr-defined]
    lines = [line for line in out.splitlines() if line.strip()]
    assert len(lines) == 1 and lines[0].startswith("error: "), out
    for needle in needles:
        assert needle in lines[0], out


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this platform")
@pytest.mark.parametrize("command", [["analyze"], ["check"], ["ingest", "--db", "x.db"]])
def test_a_fifo_is_refused_not_read(tmp_path: Path, command: list[str]) -> None:
    fifo = tmp_path / "f.txt"
    os.mkfifo(fifo)  # reading it would block forever: nobody writes to it
    result = CliRunner().invoke(cli, [*command, str(fifo)])
    _one_error(result, "not a regular file")


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs on this platform")
def test_techniques_spans_refuses_a_fifo_and_an_empty_article(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    folder.mkdir()
    os.mkfifo(folder / "article1.txt")
    result = CliRunner().invoke(cli, ["techniques", "spans", str(folder), "-o",
                                      str(tmp_path / "si.tsv")])
    _one_error(result, "not a regular file")
    (folder / "article1.txt").unlink()
    (folder / "article2.txt").write_text("  \n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["techniques", "spans", str(folder), "-o",
                                      str(tmp_path / "si.tsv")])
    _one_error(result, "empty")
    assert not (tmp_path / "si.tsv").exists()


def test_a_text_over_the_analysis_limit_is_refused_with_the_limit(tmp_path: Path) -> None:
    long = tmp_path / "long.txt"
    long.write_text("The council met. " * 70_000, encoding="utf-8")  # 1.19 M characters
    for command in (["analyze"], ["check"], ["ingest", "--db", str(tmp_path / "c.db")]):
        result = CliRunner().invoke(cli, [*command, str(long)])
        _one_error(result, "1,000,000-character limit")
    assert not (tmp_path / "c.db").exists()


def test_analysing_a_too_long_document_through_the_api_is_an_input_error() -> None:
    import presslens
    from presslens.errors import InputTooLargeError

    with pytest.raises(InputTooLargeError, match="character limit"):
        list(presslens.analyze_documents([presslens.make_document("word " * 210_000)]))


def test_check_on_a_directory_gives_one_error_line(tmp_path: Path) -> None:
    _one_error(CliRunner().invoke(cli, ["check", str(tmp_path)]), "is a directory")


def test_outputs_follow_the_umask(tmp_path: Path) -> None:
    from presslens._files import write_text_atomic

    old = os.umask(0o022)
    try:
        out = tmp_path / "report.html"
        write_text_atomic(out, "<p>ok</p>")
        assert out.stat().st_mode & 0o777 == 0o644  # not mkstemp's 0600
    finally:
        os.umask(old)


def test_figures_show_as_written_numbers_not_floats() -> None:
    from presslens.crosscheck.quantities import format_value

    assert format_value(2500.0) == "2,500"
    assert format_value(4.3) == "4.3"
    assert format_value(0.125) == "0.125"


@pytest.mark.slow
def test_the_terminal_view_takes_a_headline_first_line_as_title(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("Dam Bursts Upstream Of River Town\nThe dam gave way on Monday, the "
                       "mayor said.\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["analyze", str(article), "--skip",
                                      "presslens.techniques.v1"])
    assert result.exit_code == 0, result.output
    assert "Dam Bursts Upstream Of River Town" in result.output.splitlines()[1]
    assert "Article" not in result.output.splitlines()[1]


@pytest.mark.parametrize(
    ("host", "loopback"),
    [("127.0.0.1", True), ("127.0.0.2", True), ("localhost", True), ("[::1]", True),
     ("127.invalid", False), ("0.0.0.0", False), ("10.0.0.1", False)],
)
def test_loopback_is_decided_on_the_resolved_address(host: str, loopback: bool) -> None:
    from presslens.web.app import is_loopback

    assert is_loopback(host) is loopback


def test_serve_off_loopback_needs_a_token_whatever_the_name_looks_like(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("PRESSLENS_TOKEN", raising=False)
    result = CliRunner().invoke(cli, ["serve", "--host", "127.invalid"])
    _one_error(result, "--token")


def test_library_warnings_stay_quiet_without_verbose() -> None:
    import logging

    from presslens.cli._util import _OnlyPresslens

    keep = _OnlyPresslens()

    def record(name: str) -> logging.LogRecord:
        return logging.LogRecord(name, logging.WARNING, __file__, 1, "msg", None, None)

    assert keep.filter(record("presslens.store.sqlite"))
    assert not keep.filter(record("trafilatura.core"))


def test_a_terminal_sees_a_spinner_while_models_load_and_a_log_sees_nothing() -> None:
    import io

    from rich.console import Console

    from presslens.cli._util import working

    tty = io.StringIO()
    with working("loading models and analysing...",
                 Console(file=tty, force_terminal=True, width=80)):
        pass
    assert "loading models" in tty.getvalue()
    log = io.StringIO()
    with working("loading models and analysing...", Console(file=log, force_terminal=False)):
        pass
    assert log.getvalue() == ""


def test_batch_progress_in_a_log_is_lines_at_each_tenth() -> None:
    import io

    from presslens.cli._util import ProgressLines

    out = io.StringIO()
    progress = ProgressLines("analysed", out)
    for done in range(0, 101, 5):
        progress(done, 100)
    lines = out.getvalue().splitlines()
    assert lines[0] == "analysed: 0/100" and lines[-1] == "analysed: 100/100"
    assert len(lines) == 11


def test_a_failed_first_ingest_leaves_no_corpus_file(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text("The council met on Monday.", encoding="utf-8")
    db = tmp_path / "new.db"
    result = CliRunner().invoke(cli, ["ingest", str(article), "--db", str(db),
                                      "--stages", "presslens.no-such-stage.v1"])
    assert result.exit_code != 0 and result.output.startswith("error: unknown stage")
    assert not db.exists() and not list(tmp_path.glob("new.db*"))
