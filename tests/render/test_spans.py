from __future__ import annotations

from presslens.render.spans import Mark, segments


def test_spans_overlapping_marks_split_into_segments() -> None:
    text = "an onslaught of jihadists"
    a = Mark(3, 12, "technique", "Loaded_Language")
    b = Mark(0, 25, "attribution", "direct")
    segs = segments(text, [a, b])
    assert "".join(s.text for s in segs) == text
    assert [(s.start, s.end) for s in segs] == [(0, 3), (3, 12), (12, 25)]
    assert segs[1].marks == (a, b)
    assert segs[0].marks == (b,)


def test_spans_ignore_marks_outside_the_text() -> None:
    segs = segments("abc", [Mark(2, 9, "figure", "x"), Mark(1, 1, "figure", "empty")])
    assert [(s.start, s.end, len(s.marks)) for s in segs] == [(0, 3, 0)]
