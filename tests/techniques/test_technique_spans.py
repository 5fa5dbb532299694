from __future__ import annotations

import re

import numpy as np

from presslens.techniques.encoder import Tokens
from presslens.techniques.features import ArticleContext, surface_features
from presslens.techniques.spans import decode_spans, snap, token_labels


def word_tokens(text: str) -> Tokens:
    offsets = [(m.start(), m.end()) for m in re.finditer(r"\w+|[^\w\s]", text)]
    return Tokens(ids=list(range(len(offsets))), offsets=offsets)


TEXT = "They are vile, corrupt liars and we will stop them."


def test_spans_token_labels_mark_overlapping_tokens() -> None:
    tokens = word_tokens(TEXT)
    start = TEXT.index("vile")
    labels = token_labels(tokens, [(start, start + 4)])
    assert [TEXT[s:e] for (s, e), y in zip(tokens.offsets, labels, strict=True) if y] == ["vile"]


def test_spans_decode_merges_small_gaps_and_drops_short_runs() -> None:
    tokens = word_tokens(TEXT)
    words = [TEXT[s:e] for s, e in tokens.offsets]
    probs = np.zeros(len(words))
    for w in ("vile", "corrupt", "liars", "stop"):
        probs[words.index(w)] = 0.9
    spans = decode_spans(TEXT, tokens, probs, threshold=0.5, gap=3, min_chars=5)
    # "vile" + ", " + "corrupt liars" merge (gap 2); "stop" is 4 chars, dropped
    assert [TEXT[s:e] for s, e, _ in spans] == ["vile, corrupt liars"]
    assert spans[0][2] > 0.5


def test_spans_decode_keeps_far_apart_spans_separate() -> None:
    tokens = word_tokens(TEXT)
    words = [TEXT[s:e] for s, e in tokens.offsets]
    probs = np.zeros(len(words))
    probs[words.index("vile")] = probs[words.index("them")] = 0.8
    spans = decode_spans(TEXT, tokens, probs, threshold=0.5, gap=3, min_chars=1)
    assert [TEXT[s:e] for s, e, _ in spans] == ["vile", "them"]


def test_spans_decode_merges_within_a_sentence_but_not_across_one() -> None:
    text = "They are vile people and we know it. Corrupt liars all."
    tokens = word_tokens(text)
    words = [text[s:e] for s, e in tokens.offsets]
    probs = np.zeros(len(words))
    for w in ("vile", "know", "Corrupt"):
        probs[words.index(w)] = 0.9
    kw = {"threshold": 0.5, "min_chars": 1}
    # a wide gap merges "vile ... know" inside the first sentence; "." stops it
    spans = decode_spans(text, tokens, probs, gap=60, stop=".!?\n", **kw)
    assert [text[s:e] for s, e, _ in spans] == ["vile people and we know", "Corrupt"]
    # without the sentence stop, the same gap runs across the sentence end
    spans = decode_spans(text, tokens, probs, gap=60, **kw)
    assert [text[s:e] for s, e, _ in spans] == ["vile people and we know it. Corrupt"]


def test_spans_decode_hysteresis_extends_strong_runs_only() -> None:
    tokens = word_tokens(TEXT)
    words = [TEXT[s:e] for s, e in tokens.offsets]
    probs = np.zeros(len(words))
    probs[words.index("corrupt")] = 0.9
    probs[words.index("liars")] = 0.4  # weak, next to a strong token: kept with low=0.3
    probs[words.index("stop")] = 0.4  # weak and alone: dropped
    spans = decode_spans(TEXT, tokens, probs, threshold=0.5, gap=0, min_chars=1, low=0.3)
    assert [TEXT[s:e] for s, e, _ in spans] == ["corrupt liars"]
    spans = decode_spans(TEXT, tokens, probs, threshold=0.5, gap=0, min_chars=1)
    assert [TEXT[s:e] for s, e, _ in spans] == ["corrupt"]


def test_spans_snap_widens_to_whole_words() -> None:
    s = TEXT.index("corrupt") + 2
    assert TEXT[slice(*snap(TEXT, s, s + 3))] == "corrupt"


def test_spans_snap_keeps_numbers_whole() -> None:
    text = "there are potentially 9,000 ISIS jihadists, 2.5 times more, in Mosul."
    s = text.index("000")
    assert text[slice(*snap(text, s, s + 17))] == "9,000 ISIS jihadists"
    end = text.index(".5") + 1
    assert text[slice(*snap(text, text.index("2"), end))] == "2.5"
    # a comma between words is still a boundary
    assert text[slice(*snap(text, text.index("jihadists"), text.index("jihadists") + 9))] == (
        "jihadists"
    )


def test_features_repetition_signal() -> None:
    text = "Lock her up! The crowd chanted. Lock her up! Again: lock her up."
    ctx = ArticleContext(text)
    rep = surface_features(ctx, 0, 11)
    once = surface_features(ctx, text.index("crowd"), text.index("crowd") + 5)
    assert rep[3] == 1.0 and once[3] == 0.0  # the span's text recurs in the article
    assert rep[2] > once[2]
