from __future__ import annotations

from pathlib import Path

import pytest

from presslens.errors import InputFormatError, InputNotFoundError
from presslens.techniques.data import (
    TECHNIQUES,
    is_heldout,
    read_articles,
    read_corpus,
    read_template,
)

PTC = Path(__file__).resolve().parent.parent / "fixtures" / "ptc"


def test_data_reads_articles_and_labels() -> None:
    arts = read_corpus(PTC)
    assert list(arts) == ["101", "102"]
    start, end, tech = arts["101"].spans[0]
    assert arts["101"].text[start:end] == "disgraceful betrayal"
    assert tech == "Loaded_Language"
    assert all(t in TECHNIQUES for a in arts.values() for _, _, t in a.spans)


def test_data_accepts_the_articles_folder_itself() -> None:
    assert list(read_articles(PTC / "articles")) == ["101", "102"]


def test_data_missing_and_empty_folders(tmp_path: Path) -> None:
    with pytest.raises(InputNotFoundError, match="no such folder"):
        read_articles(tmp_path / "nope")
    with pytest.raises(InputFormatError, match=r"no article<id>\.txt"):
        read_articles(tmp_path)


def test_data_stray_file_is_named(tmp_path: Path) -> None:
    (tmp_path / "article1.txt").write_text("Text.", "utf-8")
    (tmp_path / "notes.md").write_text("x", "utf-8")
    with pytest.raises(InputFormatError, match=r"notes\.md: not an article<id>\.txt"):
        read_articles(tmp_path)


@pytest.mark.parametrize(
    ("row", "message"),
    [
        ("101\t?\t0", r"t\.tsv:2: expected 4 tab-separated fields"),
        ("101\t?\tzero\t5", r"t\.tsv:2: start 'zero' is not an integer"),
        ("101\t?\t5\t9999", r"t\.tsv:2: span 5-9999 lies outside its article"),
        ("999\t?\t0\t5", r"t\.tsv:2: no article999\.txt"),
    ],
)
def test_data_bad_template_rows_name_file_and_line(
    tmp_path: Path, row: str, message: str
) -> None:
    arts = read_articles(PTC)
    path = tmp_path / "t.tsv"
    path.write_text(f"101\t?\t4\t11\n{row}\n", "utf-8")
    with pytest.raises(InputFormatError, match=message):
        read_template(path, arts)


def test_data_heldout_split_is_fixed_and_about_fifteen_percent() -> None:
    ids = [str(i) for i in range(100000, 102000)]
    share = sum(is_heldout(i) for i in ids) / len(ids)
    assert 0.12 < share < 0.18
    assert is_heldout("111111111") == is_heldout("111111111")
