"""Technique-classifier experiments on the frozen encoder's features (issue 13).

Scores variants of the shipped classifier (`presslens.techniques.classifier`) on the PTC
training articles only, never on the held-out split:

* ``dev``: trained on the 282 articles outside the development slice and the held-out
  split, scored on the slice (39 articles, 714 spans), the protocol every setting of the
  shipped classifier was chosen with;
* ``--folds``: also 5-fold cross-validation over the 321 non-held-out articles (folds by
  article), steadier than the slice alone.

Variants (``;``-separated, each a ``+``-joined list of options): ``base`` (the shipped
features and settings), ``char`` (character 2-5-gram TF-IDF of the span; ``charh`` at half
weight), ``sent`` (TF-IDF of the span's sentence), ``left`` (of the 60 characters before
it), ``prior`` (probabilities divided by the class prior to the power 0.3), ``m5`` (five
networks), ``h512`` (512 hidden units), ``e15`` (15 epochs), ``fNN`` (train on a fixed NN %
of the training articles: the data curve). Span representations beside the shipped mean
states (top layer unless said): ``max`` (max over the span), ``ends`` (the span's first and
last token), ``ends4`` (the same from the middle layer too), ``sides`` (means over the 16
tokens before and the 16 after the span, apart), ``sentenc`` (mean over the span's
sentence); ``tmpl`` (what the article's other spans say of it: same words, same offsets,
overlaps; see ``template_features``).

    python benchmarks/experiments/tc_features.py --data ../shared/datasets/ptc-train \\
        --states /tmp/tech/states-all.pt "base;f85" --folds

``--states`` is the encoder-state cache of `presslens techniques train --cache` (encoded
when missing: about 2 min on 2 quiet cores); the span features are kept beside it
(``STATES.features.pkl``). A trusted pickle: load only your own.
"""

from __future__ import annotations

import argparse
import hashlib
import pickle
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

import numpy as np
import scipy.sparse as sp
import torch
from sklearn.feature_extraction.text import TfidfVectorizer

from presslens.techniques.classifier import ClassifierSettings, fit_members, predict_proba
from presslens.techniques.data import TECHNIQUES, is_dev, is_heldout, read_corpus
from presslens.techniques.features import (
    ArticleContext,
    analyzer,
    dense_features,
    token_range,
)
from presslens.techniques.metrics import tc_micro_f1
from presslens.techniques.train import encode_corpus

LABELS = sorted(TECHNIQUES)
Row = dict[str, Any]


def bucket(article: str, salt: str = "") -> int:
    return int(hashlib.md5((article + salt).encode()).hexdigest()[:8], 16) % 100


def span_extras(tokens: Any, states: np.ndarray, ctx: ArticleContext, s: int,
                e: int) -> dict[str, np.ndarray]:
    """The other span representations the variants may add (see the module's doc)."""
    st = states.astype(np.float32)
    top, mid = st[:, : st.shape[1] // 2], st[:, st.shape[1] // 2 :]
    a, b = token_range(tokens, s, e)
    n = len(tokens.ids)
    sa, sb = token_range(tokens, *ctx.sentence(s, e))
    left, right = top[max(0, a - 16):a], top[b:min(n, b + 16)]
    zero = np.zeros(top.shape[1], dtype=np.float32)
    return {
        "max": top[a:b].max(0),
        "ends": np.concatenate([top[a], top[b - 1]]),
        "ends4": np.concatenate([top[a], top[b - 1], mid[a], mid[b - 1]]),
        "sides": np.concatenate([left.mean(0) if len(left) else zero,
                                 right.mean(0) if len(right) else zero]),
        "sentenc": top[sa:sb].mean(0),
    }


def template_features(spans: list[tuple[int, int, str]], text: str, s: int,
                      e: int) -> np.ndarray:
    """What the article's other spans say of this one: how many other spans read the
    same words, overlap it, sit at its very offsets (a span listed twice has two
    techniques), or lie inside it or around it."""
    norm = " ".join(text[s:e].lower().split())
    same_text = sum(" ".join(text[a:b].lower().split()) == norm and (a, b) != (s, e)
                    for a, b, _ in spans)
    same_place = sum((a, b) == (s, e) for a, b, _ in spans) - 1
    overlap = sum(a < e and b > s and (a, b) != (s, e) for a, b, _ in spans)
    inside = sum(s <= a and b <= e and (a, b) != (s, e) for a, b, _ in spans)
    around = sum(a <= s and e <= b and (a, b) != (s, e) for a, b, _ in spans)
    return np.log1p(np.asarray([same_text, same_place, overlap, inside, around],
                               dtype=np.float32))


EXTRAS = ("max", "ends", "ends4", "sides", "sentenc", "tmpl")


def span_rows(data: Path, states: Path) -> list[Row]:
    """One row per gold span: its article, offsets, technique, dense features and texts."""
    cached = states.with_suffix(".features2.pkl")
    if cached.exists():
        rows: list[Row] = pickle.loads(cached.read_bytes())
        return rows
    arts = read_corpus(data)
    enc = encode_corpus(arts, lambda m: print(m, file=sys.stderr), states)
    rows = []
    for aid, art in arts.items():
        if not art.spans:
            continue
        tokens, st = enc[aid]
        ctx = ArticleContext(art.text)
        dense = dense_features(tokens, st, ctx, [(s, e) for s, e, _ in art.spans])
        for (s, e, tech), d in zip(art.spans, dense, strict=True):
            a, b = ctx.sentence(s, e)
            rows.append({"aid": aid, "s": s, "e": e, "lab": tech, "dense": d,
                         **span_extras(tokens, st, ctx, s, e),
                         "tmpl": template_features(art.spans, art.text, s, e),
                         "text": art.text[s:e], "sent": art.text[a:b],
                         "left": art.text[max(0, s - 60):s]})
    cached.write_bytes(pickle.dumps(rows))
    return rows


def features(train: list[Row], test: list[Row], opts: set[str]) -> tuple[np.ndarray, np.ndarray]:
    extra = [k for k in EXTRAS if k in opts]

    def row_dense(r: Row) -> np.ndarray:
        return np.concatenate([r["dense"], *(r[k] for k in extra)])

    dense = np.stack([row_dense(r) for r in train])
    mean, scale = dense.mean(0), dense.std(0)
    scale[scale < 1e-6] = 1.0
    blocks = [sp.csr_matrix((dense - mean) / scale)]
    tblocks = [sp.csr_matrix((np.stack([row_dense(r) for r in test]) - mean) / scale)]
    texts: list[tuple[str, TfidfVectorizer, float]] = [
        ("text", TfidfVectorizer(analyzer=analyzer, min_df=2, sublinear_tf=True), 1.0)]
    if opts & {"char", "charh"}:
        texts.append(("text", TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 5), min_df=3,
                                              sublinear_tf=True, max_features=30000),
                      0.5 if "charh" in opts else 1.0))
    if "sent" in opts:
        texts.append(("sent", TfidfVectorizer(analyzer=analyzer, min_df=2, sublinear_tf=True),
                      0.5))
    if "left" in opts:
        texts.append(("left", TfidfVectorizer(min_df=2, sublinear_tf=True, ngram_range=(1, 2)),
                      0.5))
    for key, vec, weight in texts:
        blocks.append(weight * vec.fit_transform([r[key] for r in train]))
        tblocks.append(weight * vec.transform([r[key] for r in test]))
    return (sp.hstack(blocks).toarray().astype(np.float32),
            sp.hstack(tblocks).toarray().astype(np.float32))


def tc_score(train: list[Row], test: list[Row], opts: set[str]) -> float:
    x, xt = features(train, test, opts)
    y = np.array([LABELS.index(r["lab"]) for r in train])
    st = ClassifierSettings(members=5 if "m5" in opts else 3,
                            hidden=512 if "h512" in opts else 256,
                            epochs=15 if "e15" in opts else 10)
    probs = predict_proba(fit_members(x, y, len(LABELS), st, seed=0), xt)
    if "prior" in opts:
        probs = probs / (np.bincount(y, minlength=len(LABELS)) / len(y)) ** 0.3
    # a span listed k times gets its k most likely techniques, as label_rows does
    seen: Counter[tuple[str, int, int]] = Counter()
    pred, gold = [], []
    for r, p in zip(test, probs, strict=True):
        key = (r["aid"], r["s"], r["e"])
        rank = seen[key]
        seen[key] += 1
        pred.append((*key, LABELS[int(np.argsort(-p)[min(rank, len(p) - 1)])]))
        gold.append((*key, r["lab"]))
    return tc_micro_f1(pred, gold)


def subsample(rows: list[Row], opts: set[str]) -> list[Row]:
    fracs = [int(o[1:]) for o in opts if o[:1] == "f" and o[1:].isdigit()]
    return [r for r in rows if bucket(r["aid"], "x") < fracs[0]] if fracs else rows


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, required=True, help="the PTC training corpus")
    ap.add_argument("--states", type=Path, required=True, help="encoder-state cache file")
    ap.add_argument("variants", help="';'-separated variants, options joined by '+'")
    ap.add_argument("--folds", action="store_true", help="also 5-fold cross-validation")
    args = ap.parse_args()
    if not (args.data / "articles").is_dir():
        sys.exit(f"error: {args.data} has no articles/ folder; pass the PTC training corpus "
                 "(ptc-train)")
    torch.set_num_threads(2)
    pool = [r for r in span_rows(args.data, args.states) if not is_heldout(r["aid"])]
    for variant in args.variants.split(";"):
        opts = set(variant.split("+"))
        t0 = time.time()
        train = subsample([r for r in pool if not is_dev(r["aid"])], opts)
        dev = tc_score(train, [r for r in pool if is_dev(r["aid"])], opts)
        line = f"{variant:20s} dev {dev:.3f}"
        if args.folds:
            scores = []
            for k in range(5):
                inside = [bucket(r["aid"]) % 5 != k for r in pool]
                train = subsample([r for r, i in zip(pool, inside, strict=True) if i], opts)
                test = [r for r, i in zip(pool, inside, strict=True) if not i]
                scores.append(tc_score(train, test, opts))
            line += f"  cv {np.mean(scores):.3f} ({' '.join(f'{x:.3f}' for x in scores)})"
        print(f"{line}  {time.time() - t0:.0f} s", flush=True)


if __name__ == "__main__":
    main()
