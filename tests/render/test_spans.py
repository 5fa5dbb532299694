from __future__ import annotations

import html
import re

from presslens.render.spans import Layer, render_spans


def _plain(markup: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", "", markup))


def test_spans_overlaps_split_into_nested_segments() -> None:
    text = "abcdefghij"
    out = render_spans(
        text,
        [Layer(2, 6, ("t",), id="one"), Layer(4, 8, ("q",), {"title": "x"}, id="two")],
    )
    assert _plain(out) == text
    assert out == (
        '<span class="seg" data-s="0" data-e="2">ab</span>'
        '<span class="seg" data-s="2" data-e="4"><span class="t" id="one">cd</span></span>'
        '<span class="seg" data-s="4" data-e="6"><span class="t"><span class="q" title="x" '
        'id="two">ef</span></span></span>'
        '<span class="seg" data-s="6" data-e="8"><span class="q" title="x">gh</span></span>'
        '<span class="seg" data-s="8" data-e="10">ij</span>'
    ).replace('title="x" id="two"', 'id="two" title="x"')


def test_spans_escape_text_and_attributes_and_clip() -> None:
    text = '<script>alert(1)</script> & "x"'
    out = render_spans(
        text,
        [
            Layer(0, 8, ("t",), {"title": '"><img src=x onerror=alert(1)>'}),
            Layer(-5, 3, ("a",)),
            Layer(30, 99, ("b",)),
            Layer(5, 5, ("empty",)),
        ],
    )
    assert "<script>" not in out and "<img" not in out
    assert 'title="&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"' in out
    assert _plain(out) == text
    assert "empty" not in out


def test_spans_links_and_empty_text() -> None:
    out = render_spans("King said", [Layer(0, 4, ("src",), {"href": "#speaker-king"}, tag="a")])
    assert '<a class="src" href="#speaker-king">King</a>' in out
    assert render_spans("", [Layer(0, 3)]) == ""
