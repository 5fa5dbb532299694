from __future__ import annotations

import pytest

from presslens.attribution.brat import BratFormatError, parse_ann, polnear_content, write_ann
from presslens.model import Attribution, Offsets

TEXT = '"We will win," Ruiz said. "And soon." Ruiz said that costs fell.'


def _att(i: int, kind: str, start: int, end: int, cue: tuple[int, int]) -> Attribution:
    return Attribution(
        id=f"A{i}",
        kind=kind,  # type: ignore[arg-type]
        content=Offsets(start=start, end=end),
        cue=Offsets(start=cue[0], end=cue[1]),
        source=Offsets(start=14, end=18),
        text=TEXT[start:end],
    )


def test_brat_polnear_content_adds_marks_and_that() -> None:
    direct = _att(1, "direct", 1, 13, (20, 24))
    reported = _att(2, "reported", TEXT.index("costs"), len(TEXT) - 1, (43, 47))
    assert [TEXT[s:e] for s, e in polnear_content(TEXT, direct)] == ['"We will win,"']
    assert [TEXT[s:e] for s, e in polnear_content(TEXT, reported)] == ["that costs fell"]


def test_brat_split_quote_with_one_cue_is_one_discontinuous_record() -> None:
    cue = (20, 24)
    first = _att(1, "direct", 1, 13, cue)
    second = _att(2, "direct", TEXT.index("And"), TEXT.index("soon.") + 5, cue)
    ann = write_ann(TEXT, [first, second])
    [record] = parse_ann(ann)
    assert [TEXT[s:e] for s, e in record.content] == ['"We will win,"', '"And soon."']
    assert "Content 0 14;26 37" in ann
    assert ann.count("\nE") + ann.startswith("E") == 1


def test_brat_parse_reads_events_and_skips_other_spans() -> None:
    raw = (
        "T1\tSource 0 4\tRuiz\nT2\tCue 5 9\tsaid\nT3\tContent 10 20;25 30\tx\n"
        "T4\tAttribution 5 9\tsaid\nE1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n"
        "T5\tDiscard 40 50\tRead more\n"
    )
    [rec] = parse_ann(raw)
    assert rec.content == ((10, 20), (25, 30))
    assert rec.source == ((0, 4),)
    assert rec.cue == ((5, 9),)


def test_brat_parse_rejects_garbage() -> None:
    with pytest.raises(BratFormatError):
        parse_ann("T1\tSource zero four\tx\n")


def test_brat_reported_content_and_its_colon_quote_are_one_span() -> None:
    text = 'Lee said she has the quality: "Steadiness, and strength." Then she left.'
    cue = (4, 8)
    reported = Attribution(
        id="A1",
        kind="reported",
        content=Offsets(start=9, end=28),
        cue=Offsets(start=cue[0], end=cue[1]),
        source=Offsets(start=0, end=3),
        text=text[9:28],
    )
    quote_start = text.index("Steadiness")
    quote_end = text.index('." Then') + 1
    direct = reported.model_copy(
        update={
            "id": "A2",
            "kind": "direct",
            "content": Offsets(start=quote_start, end=quote_end),
            "text": text[quote_start:quote_end],
        }
    )
    [record] = parse_ann(write_ann(text, [reported, direct]))
    assert [text[s:e] for s, e in record.content] == [
        'she has the quality: "Steadiness, and strength."'
    ]


def test_brat_that_with_comma_starts_reported_content() -> None:
    text = "Ruiz said that, if elected, he would cut taxes."
    start = text.index("if elected")
    att = _att(1, "reported", start, len(text) - 1, (5, 9))
    assert [text[s:e] for s, e in polnear_content(text, att)] == [
        "that, if elected, he would cut taxes"
    ]
