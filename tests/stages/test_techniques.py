from __future__ import annotations

import pytest

from presslens.model import Document, Offsets
from presslens.stages.techniques import TechniqueStage
from presslens.techniques.data import TECHNIQUES
from presslens.techniques.model import FakeTechniqueModel

TEXT = "The corrupt mayor lied again. Taxes rose by 2%. Stop the steal!"


def fake_doc() -> Document:
    doc = Document(text=TEXT)
    doc.sentences = [Offsets(start=0, end=29), Offsets(start=30, end=47), Offsets(start=48, end=63)]
    return doc


def test_techniques_stage_fills_spans_and_summary() -> None:
    stage = TechniqueStage(model=FakeTechniqueModel())
    doc = fake_doc()
    stage.set_annotations([doc], stage.predict([doc]))
    assert [(t.text, t.technique) for t in doc.techniques] == [
        ("corrupt", "Loaded_Language"),
        ("Stop the steal!", "Slogans"),
    ]
    for t in doc.techniques:
        assert TEXT[t.start : t.end] == t.text
        assert 0.0 <= t.confidence <= 1.0
    summary = doc.technique_summary
    assert summary is not None
    assert (summary.sentences, summary.sentences_with_technique) == (3, 2)
    assert summary.share == pytest.approx(2 / 3, abs=1e-4)
    assert summary.counts == {"Loaded_Language": 1, "Slogans": 1}


def test_techniques_stage_empty_text() -> None:
    stage = TechniqueStage(model=FakeTechniqueModel())
    doc = Document(text="")
    stage.set_annotations([doc], stage.predict([doc]))
    assert doc.techniques == []
    assert doc.technique_summary is not None and doc.technique_summary.share == 0.0


def test_techniques_label_rows_give_repeated_spans_distinct_labels() -> None:
    model = FakeTechniqueModel()
    labels = model.label_rows(TEXT, [(4, 11), (4, 11), (48, 63)])
    assert labels[0] == "Loaded_Language" and labels[1] != labels[0]
    assert labels[2] == "Slogans"


@pytest.mark.slow
def test_techniques_real_model_on_example(example_text: str) -> None:
    from presslens.techniques.model import load_model

    model = load_model()
    found = model.find(example_text)
    assert found, "the shipped model finds no technique in the reference article"
    for f in found:
        assert 0 <= f.start < f.end <= len(example_text)
        assert f.technique in TECHNIQUES
        assert 0.0 <= f.confidence <= 1.0
    # a sentence built to carry techniques gets at least one span
    loaded = "These disgusting, treacherous globalist traitors want to destroy our great nation!"
    assert model.spans(loaded)
    rep_text = "Build the wall. " * 3 + "The senator spoke on Tuesday."
    probs = model.classify(rep_text, [(0, 14)])
    assert probs.shape == (1, len(TECHNIQUES))
    assert abs(float(probs.sum()) - 1.0) < 1e-4
