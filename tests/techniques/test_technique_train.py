"""Training end to end on the two-article fixture corpus: the saved model loads
and tags text."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

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


@pytest.mark.slow
def test_training_on_all_articles_takes_the_held_out_split_in_and_scores_nothing(
    tmp_path: Path,
) -> None:
    from presslens.techniques.train import TrainSettings, train

    # with every article held out, only --all-articles has anything to train on
    settings = TrainSettings(epochs=1, batch_size=1, min_df=1, heldout_percent=100,
                             all_articles=True)
    out = tmp_path / "model"
    scores = train(PTC, out, settings, log=lambda _: None)
    split = json.loads((out / "config.json").read_text())["split"]
    assert split["trained_on_heldout"] is True
    assert sorted(split["heldout_ids"]) == ["101", "102"]
    assert scores["articles"] == 0
    assert not (out / "heldout-scores.json").exists()
    with pytest.raises(ValueError, match="exclude each other"):
        train(PTC, out, TrainSettings(all_articles=True, dev_slice=True), log=lambda _: None)


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


@pytest.mark.parametrize("trained_on_heldout", [False, True])
def test_a_model_trained_on_every_article_says_so_in_its_stage_version(
    tmp_path: Path, trained_on_heldout: bool
) -> None:
    import shutil

    from presslens.stages.techniques import TechniqueStage
    from presslens.techniques.model import WEIGHTS_DIR, MiniLMTechniqueModel

    for f in WEIGHTS_DIR.iterdir():
        shutil.copy(f, tmp_path / f.name)
    config = json.loads((tmp_path / "config.json").read_text())
    config["split"]["trained_on_heldout"] = trained_on_heldout
    (tmp_path / "config.json").write_text(json.dumps(config))
    model = MiniLMTechniqueModel(tmp_path)
    version = TechniqueStage(model).version
    # the split is read once, by the model: where settings are chosen, where it is scored
    assert model.dev_ids == tuple(config["split"]["dev_ids"]) and model.dev_ids
    assert model.trained_on_dev is config["split"]["trained_on_dev"]
    # analyses stored by the two models are told apart
    assert version == "presslens.techniques.v1+minilm-tuned4" + ("-all" * trained_on_heldout)


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


def test_tuned_encoder_tensors_survive_int8_storage() -> None:
    import torch

    from presslens.techniques.encoder import tuned_arrays, tuned_state

    gen = torch.Generator().manual_seed(0)
    state = {"encoder.layer.5.output.dense.weight": torch.randn(8, 16, generator=gen),
             "encoder.layer.5.output.dense.bias": torch.randn(8, generator=gen)}
    arrays = tuned_arrays(state)
    assert arrays["encoder.layer.5.output.dense.weight.q"].dtype == np.int8
    assert arrays["encoder.layer.5.output.dense.bias"].dtype == np.float16
    back = tuned_state(arrays)
    weight = state["encoder.layer.5.output.dense.weight"]
    step = weight.abs().amax(1, keepdim=True) / 127  # one int8 step per row
    assert torch.all((back["encoder.layer.5.output.dense.weight"] - weight).abs() <= step / 2
                     + 1e-6)
    assert torch.allclose(back["encoder.layer.5.output.dense.bias"],
                          state["encoder.layer.5.output.dense.bias"], atol=1e-2)


def _with_tuned_encoder(tmp_path: Path, state: dict[str, Any]) -> Path:
    import shutil

    from safetensors.numpy import save_file

    from presslens.techniques.encoder import tuned_arrays
    from presslens.techniques.model import WEIGHTS_DIR

    for f in WEIGHTS_DIR.iterdir():
        if f.name != "encoder.safetensors":
            shutil.copy(f, tmp_path / f.name)
    save_file(tuned_arrays(state), str(tmp_path / "encoder.safetensors"))
    config = json.loads((tmp_path / "config.json").read_text())
    config["format"] = 3
    config["encoder"] = {"file": "encoder.safetensors"}
    (tmp_path / "config.json").write_text(json.dumps(config))
    return tmp_path


@pytest.mark.slow
def test_the_span_tagger_reads_the_tuned_encoder_and_the_classifier_the_frozen_one(
    tmp_path: Path,
) -> None:
    import torch

    from presslens.techniques.encoder import encode_text, load_base, load_tuned
    from presslens.techniques.model import MiniLMTechniqueModel

    _, base = load_base()
    name = "encoder.layer.5.output.dense.weight"
    weight = dict(base.named_parameters())[name].detach()
    folder = _with_tuned_encoder(tmp_path, {name: weight * 0.5})
    model = MiniLMTechniqueModel(folder)
    text = "The corrupt elite will stop at nothing. They always lie to you."
    _, frozen = encode_text(text)
    _, tuned = encode_text(text, model=load_tuned(str(folder / "encoder.safetensors")))
    assert not np.allclose(frozen, tuned, atol=1e-3)  # the tuned layer changes the states
    assert np.allclose(model._states(text, tuned=True)[1], tuned)
    assert np.allclose(model._states(text)[1], frozen)
    # the base the other stages share is untouched
    assert torch.equal(dict(base.named_parameters())[name].detach(), weight)


def test_a_tuned_encoder_that_does_not_fit_is_refused(tmp_path: Path) -> None:
    import torch

    from presslens.errors import ModelError
    from presslens.techniques.model import MiniLMTechniqueModel

    folder = _with_tuned_encoder(tmp_path, {"encoder.layer.9.output.dense.weight":
                                            torch.zeros(4, 4)})
    with pytest.raises(ModelError, match="do not fit together"):
        MiniLMTechniqueModel(folder)


@pytest.mark.slow
def test_the_fine_tune_script_trains_and_ships_a_model_that_loads(tmp_path: Path) -> None:
    """scripts/train-techniques' fine-tune steps, on the two-article fixture corpus: one
    training step, then a model folder from that checkpoint and the shipped classifier."""
    import os
    import subprocess
    import sys

    from presslens.techniques.model import WEIGHTS_DIR, MiniLMTechniqueModel

    root = Path(__file__).resolve().parents[2]
    script = root / "benchmarks" / "experiments" / "finetune" / "finetune_minilm.py"
    env = {**os.environ, "PYTHONPATH": str(root / "src")}
    common = [sys.executable, str(script), "--data", str(PTC), "--out", str(tmp_path / "ft")]
    subprocess.run([*common, "--epochs", "1", "--batch", "2", "train"], check=True, env=env,
                   capture_output=True)
    out = tmp_path / "model"
    subprocess.run([*common, "--epoch", "1", "--classifier-from", str(WEIGHTS_DIR),
                    "--to", str(out), "ship"], check=True, env=env, capture_output=True)
    config = json.loads((out / "config.json").read_text())
    assert config["format"] == 3 and config["encoder"]["file"] == "encoder.safetensors"
    assert config["encoder"]["epochs"] == 1 and config["encoder"]["trained_on_dev"] is False
    model = MiniLMTechniqueModel(out)
    # the classifier (and so the split) is the shipped model's
    trained_on_all = config["split"].get("trained_on_heldout", False)
    assert model.name == "minilm-tuned4" + ("-all" if trained_on_all else "")
    text = (PTC / "articles" / "article101.txt").read_text()
    for s, e, conf in model.spans(text):
        assert 0 <= s < e <= len(text) and 0.0 <= conf <= 1.0
