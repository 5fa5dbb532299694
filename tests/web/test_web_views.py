"""The article renderer of the web pages: layered, escaped, exact."""

from __future__ import annotations

import html
import re

from presslens.model import Attribution, Document, Figure, Offsets, Speaker, TechniqueSpan
from presslens.render.spans import Mark
from presslens.web.views import article_view, render_marks, technique_css


def _plain(markup: str) -> str:
    return html.unescape(re.sub(r"<[^>]+>", "", markup))


DOUBT = "Casts suspicion on a person&#x27;s or institution&#x27;s credibility without showing why."


def test_views_overlapping_marks_nest_per_segment() -> None:
    text = "abcdefghij"
    marks = [
        Mark(2, 6, "technique", "Doubt", {"confidence": 0.5}),
        Mark(4, 8, "figure", "figure", {"index": 0, "value": 3.0}),
    ]
    out = render_marks(text, marks)
    assert _plain(out) == text
    assert out == (
        '<span class="seg" data-s="0" data-e="2">ab</span>'
        '<span class="seg" data-s="2" data-e="4">'
        f'<span class="t" data-technique="Doubt" title="Doubt (50%): {DOUBT}">cd</span></span>'
        '<span class="seg" data-s="4" data-e="6">'
        f'<span class="t" data-technique="Doubt" title="Doubt (50%): {DOUBT}">'
        '<span id="fig-1" class="fig" title="3">ef</span></span></span>'
        '<span class="seg" data-s="6" data-e="8"><span class="fig" title="3">gh</span></span>'
        '<span class="seg" data-s="8" data-e="10">ij</span>'
    )


def test_views_escape_text_and_attributes() -> None:
    text = '<script>alert(1)</script> & "x" 5'
    doc = Document(
        text=text,
        techniques=[
            TechniqueSpan(start=0, end=8, technique='Evil"><img src=x onerror=alert(1)>',
                          confidence=0.9, text=text[0:8]),
        ],
        attributions=[
            Attribution(id="A1", kind="direct", content=Offsets(start=8, end=17),
                        source=Offsets(start=28, end=31), speaker=Speaker(name='<b>"M"</b>'),
                        venue="<i>v</i>", text=text[8:17]),
        ],
        figures=[Figure(start=32, end=33, text="5", value=5.0)],
    )  # fmt: skip
    out = article_view(doc).html
    assert "<script>" not in out and "<img" not in out and "<b>" not in out and "<i>" not in out
    assert 'data-technique="Evil&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"' in out
    assert _plain(out) == text
    assert 'href="#speaker-b-m-b"' in out and 'id="attr-A1"' in out and 'id="fig-1"' in out


def test_views_technique_css_covers_the_palette() -> None:
    css = technique_css()
    assert '.t[data-technique="Loaded_Language"]{background:#ff7f0e33' in css
    assert '.swatch[data-technique="Name_Calling,Labeling"]' in css
    assert "url(" not in css and "@import" not in css
