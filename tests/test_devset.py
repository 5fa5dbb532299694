from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from presslens.cli import cli
from presslens.devset import GoldArticle, Score, load_gold, match, score_article
from presslens.errors import InputFormatError, InputNotFoundError
from presslens.model import Attribution, Document, Figure, Offsets, Speaker

TEXT = 'Police said 12 people died. "We saw 40 trucks," Ann Lee told Reuters.'


def _gold_file(tmp_path: Path, sha1: str | None = None) -> Path:
    (tmp_path / "texts").mkdir()
    (tmp_path / "texts" / "a.txt").write_text(TEXT, encoding="utf-8")
    rec = {
        "file": "a.txt",
        "sha1": sha1 or hashlib.sha1(TEXT.encode()).hexdigest(),
        "quotes": [
            {"start": 12, "end": 26, "kind": "indirect", "speaker": "anonymous", "venue": None,
             "text": TEXT[12:26]},
            {"start": 29, "end": 45, "kind": "direct", "speaker": "Ann Lee", "venue": "Reuters",
             "text": TEXT[29:45]},
        ],
        "figures": [
            {"start": 12, "end": 14, "text": "12", "value": 12, "unit": "person",
             "counted": "people who died", "attributed_to": "anonymous", "hedge": None},
            {"start": 36, "end": 38, "text": "40", "value": 40, "unit": "truck",
             "counted": "trucks seen", "attributed_to": "Ann Lee", "hedge": None},
        ],
    }  # fmt: skip
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps(rec) + "\n", encoding="utf-8")
    return gold


def test_devset_match_is_one_to_one_largest_overlap_first() -> None:
    assert match([(0, 10), (20, 30)], [(5, 25), (0, 3), (40, 50)]) == [(0, 1), (1, 0)]
    assert match([(0, 10)], []) == []


def test_devset_load_gold_reads_texts(tmp_path: Path) -> None:
    (article,) = load_gold(_gold_file(tmp_path), tmp_path / "texts")
    assert article.text == TEXT
    assert [f["text"] for f in article.figures] == ["12", "40"]


def test_devset_load_gold_errors(tmp_path: Path) -> None:
    with pytest.raises(InputNotFoundError, match="does not exist"):
        load_gold(tmp_path / "missing.jsonl", tmp_path)
    gold = _gold_file(tmp_path, sha1="0" * 40)
    with pytest.raises(InputFormatError, match="sha1"):
        load_gold(gold, tmp_path / "texts")
    with pytest.raises(InputNotFoundError, match="not under"):
        load_gold(gold, tmp_path)


def test_devset_score_counts_figures_and_quotes(tmp_path: Path) -> None:
    (article,) = load_gold(_gold_file(tmp_path), tmp_path / "texts")
    doc = Document(
        text=TEXT,
        figures=[
            Figure(start=12, end=14, text="12", value=12.0, asserted_by="anonymous"),
            Figure(start=36, end=38, text="40", value=4.0),  # wrong value
            Figure(start=0, end=6, text="Police", value=1.0),  # spurious
        ],
        attributions=[
            Attribution(id="A1", kind="direct", content=Offsets(start=29, end=45),
                        speaker=Speaker(name="ann lee"), venue="Reuters", text=TEXT[29:45]),
        ],
    )  # fmt: skip
    score = Score()
    score_article(article, doc, score)
    s = score.summary()
    assert s["figures"]["precision"] == pytest.approx(2 / 3, abs=1e-3)
    assert s["figures"]["recall"] == 1.0
    assert s["figures"]["value_accuracy"] == 0.5
    assert s["figures"]["asserted_by_accuracy"] == 0.5
    assert s["quotes"]["recall"] == 0.5
    assert s["quotes"]["precision"] == 1.0
    assert s["quotes"]["speaker_accuracy"] == 1.0
    assert s["quotes"]["venue_accuracy"] == 1.0
    assert s["quotes"]["direct"] == {
        "gold": 1, "matched": 1, "recall": 1.0, "speaker_accuracy": 1.0, "venue_accuracy": 1.0
    }
    assert any("spurious figure" in e for e in score.errors)
    assert any(e.startswith("a.txt: missed quote") and "12 people died" in e for e in score.errors)


def test_devset_score_lists_wrong_speaker_and_venue(tmp_path: Path) -> None:
    (article,) = load_gold(_gold_file(tmp_path), tmp_path / "texts")
    doc = Document(
        text=TEXT,
        attributions=[
            Attribution(id="A1", kind="direct", content=Offsets(start=29, end=45),
                        speaker=Speaker(name="Police"), venue=None, text=TEXT[29:45]),
        ],
    )  # fmt: skip
    score = Score()
    score_article(article, doc, score)
    direct = score.summary()["quotes"]["direct"]
    assert (direct["speaker_accuracy"], direct["venue_accuracy"]) == (0.0, 0.0)
    assert "a.txt: speaker 'Police' != 'Ann Lee'" in score.errors
    assert "a.txt: venue None != 'Reuters'" in score.errors
    assert score.summary()["quotes"]["speaker_accuracy_same_name"] == 0.0  # another person


@pytest.mark.parametrize(
    ("predicted", "same_name"), [("Lee", 1.0), ("Ann Leigh", 0.0), ("anonymous", 0.0)]
)
def test_devset_same_name_speaker_is_a_diagnostic_beside_the_strict_score(
    tmp_path: Path, predicted: str, same_name: float
) -> None:
    # "Lee" names Ann Lee in a shorter spelling: wrong by the strict score, the same
    # person by the name key; "Ann Leigh" is someone else
    (article,) = load_gold(_gold_file(tmp_path), tmp_path / "texts")
    doc = Document(
        text=TEXT,
        attributions=[
            Attribution(id="A1", kind="direct", content=Offsets(start=29, end=45),
                        speaker=Speaker(name=predicted), venue="Reuters", text=TEXT[29:45]),
        ],
    )  # fmt: skip
    score = Score()
    score_article(article, doc, score)
    quotes = score.summary()["quotes"]
    assert quotes["speaker_accuracy"] == 0.0
    assert quotes["speaker_accuracy_same_name"] == same_name


def test_devset_gold_article_is_plain_data() -> None:
    art = GoldArticle("x.txt", "text", [], [])
    assert (art.file, art.quotes, art.figures) == ("x.txt", [], [])


@pytest.mark.parametrize("which", ["gold", "texts"])
def test_devset_cli_missing_path_exits_2(tmp_path: Path, which: str) -> None:
    gold = _gold_file(tmp_path)
    args = {"gold": str(gold), "texts": str(tmp_path / "texts")}
    args[which] = str(tmp_path / "nowhere")
    result = CliRunner().invoke(
        cli, ["figures", "eval", "--gold", args["gold"], "--texts", args["texts"]]
    )
    assert result.exit_code == 2
    assert result.output.strip().startswith("error: ")
    assert len(result.output.strip().splitlines()) == 1


@pytest.mark.slow
def test_devset_cli_scores_a_tiny_gold(tmp_path: Path) -> None:
    gold = _gold_file(tmp_path)
    result = CliRunner().invoke(
        cli, ["figures", "eval", "--gold", str(gold), "--texts", str(tmp_path / "texts"), "--json"]
    )
    assert result.exit_code == 0, result.output
    summary = json.loads(result.output)
    assert summary["articles"] == 1
    assert summary["figures"]["recall"] == 1.0
    assert summary["figures"]["value_accuracy"] == 1.0
