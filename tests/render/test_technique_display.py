"""What a reader sees of the technique layer: the display threshold, definitions, summary."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from presslens.model import Document, Offsets, TechniqueSpan
from presslens.render.html import render_html
from presslens.render.palette import TECHNIQUE_DEFINITIONS, technique_definition
from presslens.render.techniques import shown_summary, shown_techniques
from presslens.render.text import render_text
from presslens.stages.techniques import TechniqueStage
from presslens.techniques.data import TECHNIQUES
from presslens.techniques.model import FakeTechniqueModel
from presslens.web.views import article_view

TEXT = (
    "The minister called the new border plan a disaster for the region.\n"
    "Officials said 2,400 people crossed last month, up from 1,900 in May.\n"
    '"Enough is enough!" one protester shouted outside parliament.'
)


def analysed(threshold: float = 0.6) -> Document:
    """TEXT through the technique stage: 'disaster' (confidence 0.80) and the shouted
    slogan (0.53); the fake model's display threshold hides the latter."""
    doc = Document(text=TEXT)
    doc.sentences = [
        Offsets(start=m.start(), end=m.end()) for m in re.finditer(r"[^\n]+", TEXT)
    ]
    stage = TechniqueStage(model=FakeTechniqueModel(display_threshold=threshold))
    stage.set_annotations([doc], stage.predict([doc]))
    return doc


def test_technique_display_json_keeps_every_span_and_summary_counts_the_shown() -> None:
    doc = analysed()
    assert [(t.text, t.technique) for t in doc.techniques] == [
        ("disaster", "Loaded_Language"),
        ('"Enough is enough!', "Slogans"),
    ]
    summary = doc.technique_summary
    assert summary is not None
    assert summary.display_threshold == 0.6
    assert (summary.sentences, summary.sentences_with_technique) == (3, 1)
    assert summary.share == pytest.approx(1 / 3, abs=1e-4)
    assert summary.counts == {"Loaded_Language": 1}
    # the JSON round trip keeps both spans, their confidences and the threshold
    back = Document.from_json(doc.to_json())
    assert [round(t.confidence, 2) for t in back.techniques] == [0.8, 0.53]
    assert back.technique_summary is not None
    assert back.technique_summary.display_threshold == 0.6


def test_technique_display_all_techniques_recounts_over_every_span() -> None:
    doc = analysed()
    assert [t.technique for t in shown_techniques(doc)] == ["Loaded_Language"]
    assert len(shown_techniques(doc, all_techniques=True)) == 2
    everything = shown_summary(doc, all_techniques=True)
    assert everything is not None
    assert everything.sentences_with_technique == 2
    assert everything.counts == {"Loaded_Language": 1, "Slogans": 1}


def test_technique_display_no_threshold_shows_everything() -> None:
    doc = analysed(threshold=0.0)
    assert len(shown_techniques(doc)) == 2
    assert doc.technique_summary is not None
    assert doc.technique_summary.sentences_with_technique == 2


def test_technique_display_terminal_view_hides_low_spans_and_explains() -> None:
    doc = analysed()
    out = render_text(doc, width=160)
    assert "disaster" in out and "Loaded Language" in out
    assert technique_definition("Loaded_Language") in out  # the legend
    assert "Slogans" not in out
    assert "1 of 3 sentences (33%) use a technique" in out
    assert "1 less certain technique span (confidence below 0.60) not shown" in out
    everything = render_text(doc, width=160, all_techniques=True)
    assert "Slogans" in everything and technique_definition("Slogans") in everything
    assert "2 of 3 sentences (67%)" in everything and "not shown" not in everything


def test_technique_display_html_report_legend_hover_and_threshold() -> None:
    doc = analysed()
    html = render_html(doc)
    assert 'title="Loaded Language (80%): Picks emotionally charged words' in html
    assert "Slogans" not in html
    assert "1 of 3 sentences\n(33%) use a persuasion technique." in html
    assert "1 less certain span (confidence below 0.60) not shown." in html
    assert "<dd>" + technique_definition("Loaded_Language") + "</dd>" in html
    assert 'id="tech-1"' in html and 'id="tech-2"' not in html
    everything = render_html(doc, all_techniques=True)
    assert "Slogans" in everything and 'id="tech-2"' in everything


def test_technique_display_hover_text_is_escaped() -> None:
    text = "Can we really trust the agency's figures?"
    doc = Document(text=text)
    doc.techniques = [TechniqueSpan(start=0, end=len(text), technique="Doubt",
                                    confidence=0.7, text=text)]
    html = render_html(doc)
    assert "credibility without showing why." in html
    assert "person&#39;s or institution&#39;s" in html  # the definition's apostrophes
    web = article_view(doc).html
    assert 'title="Doubt (70%): Casts suspicion on a person&#x27;s or institution&#x27;s' in web


def test_technique_display_web_view_legend_and_hidden_count() -> None:
    doc = analysed()
    view = article_view(doc)
    assert [(i.technique, i.count) for i in view.legend] == [("Loaded_Language", 1)]
    assert view.legend[0].definition == technique_definition("Loaded_Language")
    assert view.hidden_techniques == 1 and view.display_threshold == 0.6
    assert 'data-technique="Slogans"' not in view.html
    assert "Picks emotionally charged words" in view.html  # hover title of the span
    assert view.summary is not None and view.summary["sentences_with_technique"] == 1


def test_technique_display_every_technique_has_a_one_line_definition() -> None:
    assert set(TECHNIQUE_DEFINITIONS) == set(TECHNIQUES)
    for name, meaning in TECHNIQUE_DEFINITIONS.items():
        assert "\n" not in meaning and meaning.endswith("."), name
        assert 20 <= len(meaning) <= 140, name


@pytest.mark.slow
def test_technique_display_shipped_model_on_the_reference_article(example_doc: Document) -> None:
    from presslens.techniques.model import load_model

    threshold = load_model().display_threshold
    assert 0.0 < threshold < 1.0, "the shipped model has no display threshold"
    summary = example_doc.technique_summary
    assert summary is not None and summary.display_threshold == threshold
    shown = shown_techniques(example_doc)
    hidden = [t for t in example_doc.techniques if t.confidence < threshold]
    assert hidden, "every span of the reference article is above the threshold"
    assert all(t.confidence >= threshold for t in shown)
    assert sum(summary.counts.values()) == len(shown)
    everything = shown_summary(example_doc, all_techniques=True)
    assert everything is not None
    assert summary.sentences_with_technique <= everything.sentences_with_technique
    out = render_text(example_doc, width=200)
    assert f"confidence below {threshold:.2f}) not shown" in out
    for t in shown:
        assert technique_definition(t.technique) in out
    html = render_html(example_doc, all_techniques=True)
    assert f'id="tech-{len(example_doc.techniques)}"' in html  # every span has its anchor
    assert f'id="tech-{len(shown) + 1}"' not in render_html(example_doc)


@pytest.mark.slow
def test_technique_display_cli_all_techniques_flag(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from presslens.cli import cli

    example = Path(__file__).resolve().parents[2] / "examples" / "000_7c3a48e42e6547a2.txt"
    runner = CliRunner()
    outs = {}
    for flag in ((), ("--all-techniques",)):
        out = tmp_path / f"view{len(flag)}.txt"
        result = runner.invoke(cli, ["analyze", str(example), "-o", str(out), *flag])
        assert result.exit_code == 0, result.stderr
        outs[bool(flag)] = out.read_text("utf-8")
    result = runner.invoke(cli, ["analyze", str(example), "--format", "json"])
    doc = Document.from_json(result.stdout)
    threshold = doc.technique_summary.display_threshold if doc.technique_summary else 0.0
    low = [t for t in doc.techniques if t.confidence < threshold]
    assert low and "not shown; --all-techniques shows them" in outs[False]
    assert "not shown" not in outs[True]
    assert f"{low[0].confidence:.2f}" in outs[True]
