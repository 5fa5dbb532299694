"""The pages in Debian's Chromium (Playwright), served by uvicorn on loopback.

The analyser is the real default pipeline; layers whose stage is not on this
branch yet are filled by the rule-based fake in conftest (it skips a layer
whose stage ran), so these tests check the real layers once they land.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

import pytest

from conftest import STORY_FIGURE, add_story

pytestmark = [pytest.mark.browser, pytest.mark.slow]


def _analyse(page: Any, base: str, text: str, **fields: str) -> None:
    page.goto(f"{base}/analyse")
    page.fill("#text", text)
    for name, value in fields.items():
        page.fill(f"#{name}", value)
    page.click("#analyse-button")
    page.wait_for_url("**/analysis/**")


def test_web_browser_analyse_reference_article(live_server, page, example_text: str) -> None:  # type: ignore[no-untyped-def]
    base, _store = live_server
    errors: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    _analyse(page, base, example_text, title="Mosul", outlet="Fixture")

    # The page marks the technique spans at or above the model's display threshold, the
    # ones the library's views show, and says how many less certain ones it leaves out.
    import presslens
    from presslens.render.techniques import shown_techniques

    doc = presslens.analyze(example_text, title="Mosul", outlet="Fixture")
    shown = shown_techniques(doc)
    hidden = len(doc.techniques) - len(shown)
    assert hidden, "the reference article has spans below the threshold (model card)"
    marked = "".join(page.locator("#article-text .t").all_inner_texts())
    assert all(doc.text[t.start:t.end] in marked for t in shown)
    assert (page.locator("#article-text .t").count() == 0) == (not shown)
    assert (f"{hidden} less certain span{'s' if hidden > 1 else ''} (confidence below"
            in page.locator("#techniques").inner_text())

    # King's statement is highlighted and his name links to all his statements.
    # (A statement is cut into segments where other layers start or end.)
    said = "".join(page.locator('#article-text .q[title*="Julian King"]').all_inner_texts())
    assert "This is a very serious threat and we must be prepared to face it." in said
    page.locator("#article-text a.src").first.click()
    assert page.url.endswith("#speaker-julian-king")
    panel = page.locator("#speaker-julian-king")
    assert panel.locator("h3").inner_text().startswith("Julian King")
    assert "very serious threat" in panel.inner_text()

    # Figures link to their span.
    page.locator('#figures a[href="#fig-1"]').click()
    page.wait_for_selector("#fig-1.hl", timeout=5000)  # the page's script marks it on click
    assert page.locator("#fig-1.hl").count() == 1

    # Saving needs the token.
    page.fill("#save-token", "secret")
    page.click("#save-button")
    page.wait_for_url("**/articles/**")
    assert page.locator("h1").inner_text() == "Mosul"
    assert not errors


FLOOD = (
    "Flash floods swept through the Valencia region on Tuesday after record rainfall, "
    "regional authorities said. Some 2,500 residents were evacuated from riverside towns "
    "as the Turia and Magro rivers burst their banks. Emergency services rescued drivers "
    "trapped on motorways near Paiporta and Chiva, and the regional president asked the "
    "national government for military support. Meteorologists warned that more storms "
    "would reach the Mediterranean coast before the weekend."
)


def test_web_browser_technique_hover_and_toggle(live_server, page) -> None:  # type: ignore[no-untyped-def]
    from presslens import make_document
    from presslens.model import TechniqueSpan

    base, store = live_server
    text = "The minister called the plan a disaster. Critics called it a reckless gamble."
    doc = make_document(text, outlet="Fixture", title="Plan")
    doc.techniques = [
        TechniqueSpan(start=m, end=m + len(w), technique="Loaded_Language", confidence=0.8,
                      text=w)
        for w in ("disaster", "reckless gamble") for m in [text.index(w)]
    ]
    aid = store.add(doc)[0]
    page.goto(f"{base}/articles/{aid}")
    spans = page.locator("#article-text .t")
    assert spans.count() == 2
    title = spans.first.get_attribute("title") or ""
    assert title.startswith("Loaded Language (80%): Picks emotionally charged words")
    # Toggling a technique hides its spans' colour.
    box = page.locator('input.toggle-technique[data-technique="Loaded_Language"]')
    box.uncheck()
    assert page.locator("#article-text .t.off").count() == 2
    box.check()
    assert page.locator("#article-text .t.off").count() == 0


def test_web_browser_story_finding_to_span(live_server, page) -> None:  # type: ignore[no-untyped-def]
    base, store = live_server
    editions = [
        ("Breitbart", "2024-10-30"), ("Independent", "2024-10-29"), ("Mirror", "2024-10-31"),
    ]  # fmt: skip
    ids, sid = add_story(store, FLOOD, editions)
    i = FLOOD.index(STORY_FIGURE)
    page.goto(f"{base}/stories")
    page.click(f'a[href="/stories/{sid}"]')
    page.wait_for_url(f"**/stories/{sid}")
    assert page.locator("svg.timeline circle").count() == 3
    assert page.locator("svg.timeline circle.earliest").count() == 1
    earliest = page.locator("#findings li.earliest")
    assert "Independent" in earliest.inner_text() and "earliest" in earliest.inner_text()
    earliest.locator("a.member-link").click()
    page.wait_for_url(f"**/articles/{ids[1]}#span-{i}-{i + len(STORY_FIGURE)}")
    lit = page.locator("#article-text mark.hl")
    assert lit.count() >= 1
    assert "".join(lit.all_inner_texts()) == STORY_FIGURE
    assert lit.first.is_visible()


def test_web_browser_hostile_markup_does_not_run(live_server, page) -> None:  # type: ignore[no-untyped-def]
    base, _ = live_server
    dialogs: list[str] = []
    problems: list[str] = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: problems.append(str(e)))
    # the <img src=x> would request the path /x (an id like /analysis/xDru... must not match)
    page.on("request", lambda r: problems.append(r.url) if urlsplit(r.url).path == "/x" else None)
    hostile = (
        "Officials said <script>alert(1)</script> nothing.\n"
        '"It is <img src=x onerror=alert(1)> fine," the minister said.\n'
        "<svg onload=alert(1)></svg> 12 people <b>bold</b>."
    )
    _analyse(page, base, hostile, title="<script>alert(2)</script>")
    page.wait_for_timeout(500)
    text = page.locator("#article-text").inner_text()
    assert "<script>alert(1)</script>" in text and "<img src=x onerror=alert(1)>" in text
    assert page.locator("#article-text script, #article-text img, #article-text svg").count() == 0
    assert page.locator("h1").inner_text() == "<script>alert(2)</script>"
    assert dialogs == [] and problems == []
