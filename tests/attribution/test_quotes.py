from __future__ import annotations

import pytest

from presslens.attribution.quotes import find_quotes


def _texts(text: str) -> list[str]:
    return [text[q.start : q.end] for q in find_quotes(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("“Curly,” he said.", ["Curly,"]),
        ('"Straight," he said. "Again."', ["Straight,", "Again."]),
        ('He said “mixed" marks.', ["mixed"]),
        ("‘single’ and ``old style'' marks", ["old style"]),
        ("A stray ” closing mark, then “a real one”.", ["a real one"]),
        # a nickname between the words of a name is no quote; a word set off is
        ('Katsuper president Ramon "Bong" Villanueva said "We will not stop."',
         ["We will not stop."]),
        ('He called the plan "Madness" and walked out.', ["Madness"]),
        ('"Yes," said Smith. "Definitely." The vote is Thursday.', ["Yes,", "Definitely."]),
    ],
)
def test_quotes_pairs_marks(text: str, expected: list[str]) -> None:
    assert _texts(text) == expected


@pytest.mark.parametrize(
    "text",
    ['"', '"""', 'He said "one and never closed it.', "“ “ “", "”“”“", 'x\n"\n"\n'],
)
def test_quotes_odd_counts_do_not_crash(text: str) -> None:
    for q in find_quotes(text):
        assert 0 <= q.start <= q.end <= len(text)


def test_quotes_multi_paragraph_open_quote_convention() -> None:
    text = "“First paragraph.\n“Second paragraph.\n“Last one,” she said.\nAfter."
    [q] = find_quotes(text)
    assert text[q.start : q.end].startswith("First paragraph.")
    assert text[q.start : q.end].endswith("Last one,")
    assert [text[s:e] for s, e in q.pieces()] == [
        "First paragraph.",
        "Second paragraph.",
        "Last one,",
    ]


def test_quotes_unclosed_paragraph_without_continuation_is_dropped() -> None:
    text = "“Never closed.\nA new paragraph with “a quote” in it."
    assert _texts(text) == ["a quote"]


def test_single_marks_quote_in_an_article_that_quotes_with_them() -> None:
    text = ("'The gate was locked. Many workers found no way out,' deputy fire chief Zakir "
            "Bhuiyan told reporters.\nThe workers' pay was low, he said, calling it 'unfair'.")
    assert [text[q.start : q.end] for q in find_quotes(text)] == [
        "The gate was locked. Many workers found no way out,"
    ]


def test_single_marks_in_a_double_quoting_article_are_not_quotes() -> None:
    text = ("Obama on Climate: The Trends Are 'Terrifying.'\n"
            '"It matters," she said.')
    assert [text[q.start : q.end] for q in find_quotes(text)] == ["It matters,"]
