"""Training end to end on the two-article fixture corpus: the saved model loads
and tags text."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

PTC = Path(__file__).resolve().parent.parent / "fixtures" / "ptc"


@pytest.mark.slow
def test_train_saves_a_model_that_loads_and_tags(tmp_path: Path) -> None:
    from presslens.techniques.data import TECHNIQUES
    from presslens.techniques.model import MiniLMTechniqueModel
    from presslens.techniques.train import TrainSettings, train

    settings = TrainSettings(epochs=2, batch_size=1, min_df=1, heldout_percent=0)
    out = tmp_path / "model"
    train(PTC, out, settings, log=lambda _: None)
    assert {p.name for p in out.iterdir()} >= {
        "tagger.safetensors", "classifier.safetensors", "config.json"
    }
    assert not list(out.glob("*.tmp"))
    config = json.loads((out / "config.json").read_text())
    assert config["settings"]["epochs"] == 2
    # the fixture's three techniques are the classifier's labels
    assert set(config["labels"]) == {"Loaded_Language", "Repetition", "Slogans"}

    model = MiniLMTechniqueModel(out)
    text = (PTC / "articles" / "article101.txt").read_text()
    tokens, probs = model.token_probs(text)
    assert len(probs) == len(tokens.ids) > 0
    assert np.all((probs >= 0) & (probs <= 1))
    for s, e, conf in model.spans(text):
        assert 0 <= s < e <= len(text) and 0.0 <= conf <= 1.0
    rows = model.classify(text, [(30, 50), (138, 159)])
    assert rows.shape == (2, len(TECHNIQUES))
    assert np.allclose(rows.sum(1), 1.0, atol=1e-4)


def test_old_weights_format_is_refused_in_one_line(tmp_path: Path) -> None:
    import shutil

    from presslens.errors import ModelError
    from presslens.techniques.model import WEIGHTS_DIR, MiniLMTechniqueModel

    for f in WEIGHTS_DIR.iterdir():
        shutil.copy(f, tmp_path / f.name)
    config = json.loads((tmp_path / "config.json").read_text())
    config["format"] = 1
    (tmp_path / "config.json").write_text(json.dumps(config))
    with pytest.raises(ModelError, match=r"format 1.*retrain") as err:
        MiniLMTechniqueModel(tmp_path)
    assert "\n" not in str(err.value)


def test_weights_that_do_not_fit_are_refused(tmp_path: Path) -> None:
    import shutil

    from presslens.errors import ModelError
    from presslens.techniques.model import WEIGHTS_DIR, MiniLMTechniqueModel

    for f in WEIGHTS_DIR.iterdir():
        shutil.copy(f, tmp_path / f.name)
    config = json.loads((tmp_path / "config.json").read_text())
    config["classifier"]["members"] += 1  # one more member than the file holds
    (tmp_path / "config.json").write_text(json.dumps(config))
    with pytest.raises(ModelError, match="do not fit together"):
        MiniLMTechniqueModel(tmp_path)
