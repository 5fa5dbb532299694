"""Technique models: find technique spans in a text and classify spans.

:class:`TechniqueModel` is the interface the pipeline stage and the CLI use;
:class:`MiniLMTechniqueModel` is the shipped model (frozen MiniLM read in
overlapping windows + a convolutional span tagger + a technique classifier,
a small ensemble of networks), :class:`FakeTechniqueModel` a rule-based stand-in for tests.
"""

from __future__ import annotations

import functools
import json
import logging
import re
from abc import ABC, abstractmethod
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from ..errors import ModelError
from .data import TECHNIQUES

logger = logging.getLogger(__name__)

WEIGHTS_DIR = Path(__file__).resolve().parent.parent / "weights" / "techniques"
#: version of the weights folder's layout; 2: the classifier is a network ensemble; 3: the
#: span tagger may read a fine-tuned copy of the encoder (``encoder.safetensors``)
MODEL_FORMAT = 3
#: the layouts this presslens reads
READABLE_FORMATS = (2, 3)


@dataclass(frozen=True)
class FoundSpan:
    start: int
    end: int
    technique: str
    confidence: float


class TechniqueModel(ABC):
    """Finds technique spans (SI) and names their technique (TC)."""

    name: str = "base"
    #: ids of the training-corpus articles held out from training
    heldout_ids: tuple[str, ...] = ()
    #: whether it was trained on those articles too (``techniques train --all-articles``)
    trained_on_heldout: bool = False
    #: ids of the development-slice articles, where settings such as the display
    #: threshold are chosen
    dev_ids: tuple[str, ...] = ()
    #: whether it was trained on the development slice (only a ``techniques train
    #: --dev-slice`` model was not, and only such a model may choose a setting there)
    trained_on_dev: bool = True
    #: views show spans whose confidence is at least this (``techniques threshold``)
    display_threshold: float = 0.0

    def forget(self) -> None:  # noqa: B027 - a model that keeps nothing has nothing to drop
        """Drop whatever is kept from the last text (a benchmark times a fresh encoding)."""

    @abstractmethod
    def spans(self, text: str) -> list[tuple[int, int, float]]:
        """Character spans that carry some technique, with a confidence."""

    @abstractmethod
    def classify(self, text: str, spans: list[tuple[int, int]]) -> np.ndarray:
        """Probabilities ``(len(spans), len(TECHNIQUES))`` for given spans."""

    def find(self, text: str) -> list[FoundSpan]:
        """Spans with their most likely technique; confidence = P(span) * P(technique)."""
        found = self.spans(text)
        if not found:
            return []
        probs = self.classify(text, [(s, e) for s, e, _ in found])
        out = []
        for (s, e, c), p in zip(found, probs, strict=True):
            k = int(np.argmax(p))
            out.append(FoundSpan(s, e, TECHNIQUES[k], round(float(c * p[k]), 4)))
        return out

    def label_rows(self, text: str, spans: list[tuple[int, int]]) -> list[str]:
        """One technique per row; a span listed k times gets its k best techniques."""
        if not spans:
            return []
        probs = self.classify(text, spans)
        seen: Counter[tuple[int, int]] = Counter()
        out = []
        for span, p in zip(spans, probs, strict=True):
            rank = seen[span]
            seen[span] += 1
            order = np.argsort(-p)
            out.append(TECHNIQUES[int(order[min(rank, len(order) - 1)])])
        return out


class FakeTechniqueModel(TechniqueModel):
    """Rule-based stand-in for tests: a few loaded words, '!' sentences, repeats.

    Deterministic and instant; it needs no weights.
    """

    name = "fake"
    LOADED = ("disgraceful", "outrageous", "evil", "disaster", "terrorist", "corrupt", "radical")

    def __init__(self, display_threshold: float = 0.0) -> None:
        # loaded words get confidence 0.80, '!' sentences 0.53 (0.6 hides the latter)
        self.display_threshold = display_threshold

    def spans(self, text: str) -> list[tuple[int, int, float]]:
        out: list[tuple[int, int, float]] = []
        for word in self.LOADED:
            for m in re.finditer(rf"\b{word}\b", text, flags=re.IGNORECASE):
                out.append((m.start(), m.end(), 0.9))
        for m in re.finditer(r"[^.!?\n]*!", text):
            s = m.start() + len(m.group()) - len(m.group().lstrip())
            if m.end() - s > 3:
                out.append((s, m.end(), 0.6))
        out.sort()
        merged: list[tuple[int, int, float]] = []
        for s, e, c in out:
            if merged and s < merged[-1][1]:
                ps, pe, pc = merged[-1]
                merged[-1] = (ps, max(pe, e), max(pc, c))
            else:
                merged.append((s, e, c))
        return merged

    def classify(self, text: str, spans: list[tuple[int, int]]) -> np.ndarray:
        probs = np.full((len(spans), len(TECHNIQUES)), 0.01)
        low = text.lower()
        for i, (s, e) in enumerate(spans):
            frag = text[s:e]
            if low.count(frag.lower()) > 1:
                k = TECHNIQUES.index("Repetition")
            elif frag.rstrip().endswith("!"):
                k = TECHNIQUES.index("Slogans")
            else:
                k = TECHNIQUES.index("Loaded_Language")
            probs[i, k] = 1.0
        return probs / probs.sum(1, keepdims=True)


class MiniLMTechniqueModel(TechniqueModel):
    """The shipped model; see ``docs/model-card-techniques.md``."""

    name = "minilm"

    def __init__(self, weights_dir: Path = WEIGHTS_DIR) -> None:
        from safetensors.numpy import load_file

        config_path = weights_dir / "config.json"
        if not config_path.exists():
            raise ModelError(
                f"{weights_dir}: no technique model here (config.json missing); "
                "train one with `presslens techniques train`"
            )
        try:
            self.config: dict[str, Any] = json.loads(config_path.read_text(encoding="utf-8"))
            tagger_w = load_file(str(weights_dir / "tagger.safetensors"))
            clf_w = load_file(str(weights_dir / "classifier.safetensors"))
        except (OSError, ValueError) as exc:
            raise ModelError(f"{weights_dir}: cannot load the technique model ({exc})") from None
        if self.config.get("format") not in READABLE_FORMATS:
            raise ModelError(
                f"{weights_dir}: technique model format {self.config.get('format')!r}, this "
                f"presslens reads formats {', '.join(map(str, READABLE_FORMATS))}; retrain "
                "with `presslens techniques train`"
            )
        try:
            self._build(tagger_w, clf_w)
            self.decode = self.config["decode"]
            tuned = self.config.get("encoder")
            self._tuned_path = str(weights_dir / tuned["file"]) if tuned else None
            if self._tuned_path is not None:
                from .encoder import load_tuned

                load_tuned(self._tuned_path)  # a broken file fails here, not mid-article
        except (KeyError, RuntimeError, TypeError, ValueError, OSError) as exc:
            raise ModelError(
                f"{weights_dir}: the technique model's files do not fit together ({exc}); "
                "retrain with `presslens techniques train`"
            ) from None
        if self._tuned_path is not None:
            # outputs differ from the frozen encoder's: the stage version says which
            self.name = f"minilm-tuned{tuned.get('tuned_layers', '')}"  # "minilm-tuned4"
        split = self.config.get("split", {})
        self.heldout_ids = tuple(split.get("heldout_ids", ()))
        self.trained_on_heldout = bool(split.get("trained_on_heldout", False))
        self.dev_ids = tuple(split.get("dev_ids", ()))
        self.trained_on_dev = bool(split.get("trained_on_dev", True))
        if self.trained_on_heldout:
            # the same recipe trained on every article gives other outputs: say so
            self.name += "-all"
        self.display_threshold = float(self.config.get("display", {}).get("threshold", 0.0))
        self._last: dict[bool, tuple[str, Any]] = {}

    def _build(self, tagger_w: dict[str, np.ndarray], clf_w: dict[str, np.ndarray]) -> None:
        """The tagger and classifier networks from their stored arrays."""
        import torch

        from .classifier import SpanClassifier
        from .encoder import SpanTagger, tuned_state

        def tensors(arrays: dict[str, np.ndarray], prefix: str = "") -> dict[str, Any]:
            return {
                k[len(prefix):]: torch.from_numpy(v.astype(np.float32))
                for k, v in arrays.items() if k.startswith(prefix)
            }

        self.tagger = SpanTagger(**self.config["tagger"])
        self.tagger.load_state_dict(tensors(tagger_w))
        self.tagger.eval()
        self.vocab: dict[str, int] = {t: i for i, t in enumerate(self.config["vocabulary"])}
        self.idf = clf_w["idf"].astype(np.float32)
        self.mean = clf_w["mean"].astype(np.float32)
        self.scale = clf_w["scale"].astype(np.float32)
        self.labels: list[str] = self.config["labels"]
        self.members: list[SpanClassifier] = []
        for k in range(self.config["classifier"]["members"]):
            member = SpanClassifier(
                len(self.mean) + len(self.vocab), self.config["classifier"]["hidden"],
                len(self.labels),
            )
            prefix = f"member{k}."
            # int8 matrices (``NAME.q`` and ``NAME.scale``) since 2026-12-04, fp16 before
            member.load_state_dict(tuned_state(
                {n[len(prefix):]: v for n, v in clf_w.items() if n.startswith(prefix)}
            ))
            member.eval()
            self.members.append(member)

    def forget(self) -> None:
        """Drop the encodings kept for the last text (a benchmark times a fresh one)."""
        self._last = {}

    def _states(self, text: str, tuned: bool = False) -> tuple[Any, np.ndarray]:
        """Tokens and per-token states of the frozen encoder, or of the tuned one the span
        tagger reads (``tuned``, when the model has one); cached for the last text."""
        tuned = tuned and self._tuned_path is not None
        last = self._last.get(tuned)
        if last is not None and last[0] == text:
            return last[1]
        from .encoder import encode_text, load_tuned

        model = load_tuned(self._tuned_path) if tuned and self._tuned_path else None
        result = encode_text(text, model=model)
        self._last[tuned] = (text, result)
        return result

    def token_probs(self, text: str) -> tuple[Any, np.ndarray]:
        import torch

        tokens, states = self._states(text, tuned=True)
        if not tokens.ids:
            return tokens, np.zeros(0, dtype=np.float32)
        with torch.no_grad():
            logits = self.tagger(torch.from_numpy(states)[None])[0]
        return tokens, logits.softmax(-1)[:, 1].numpy()

    def spans(self, text: str) -> list[tuple[int, int, float]]:
        from .spans import decode_spans

        tokens, probs = self.token_probs(text)
        if len(probs) == 0:
            return []
        return decode_spans(text, tokens, probs, **self.decode)

    def features(self, text: str, spans: list[tuple[int, int]]) -> tuple[np.ndarray, np.ndarray]:
        from .features import ArticleContext, analyzer, dense_features

        tokens, states = self._states(text)
        dense = dense_features(tokens, states, ArticleContext(text), spans)
        tfidf = np.zeros((len(spans), len(self.vocab)), dtype=np.float32)
        for i, (s, e) in enumerate(spans):
            for term, n in Counter(analyzer(text[s:e])).items():
                j = self.vocab.get(term)
                if j is not None:
                    tfidf[i, j] = (1.0 + np.log(n)) * self.idf[j]
            norm = np.linalg.norm(tfidf[i])
            if norm > 0:
                tfidf[i] /= norm
        return dense, tfidf

    def classify(self, text: str, spans: list[tuple[int, int]]) -> np.ndarray:
        if not spans:
            return np.zeros((0, len(TECHNIQUES)), dtype=np.float32)
        dense, tfidf = self.features(text, spans)
        from .classifier import predict_proba

        x = np.concatenate([(dense - self.mean) / self.scale, tfidf], axis=1)
        probs = predict_proba(self.members, x)
        # columns in TECHNIQUES order
        out = np.zeros((len(spans), len(TECHNIQUES)), dtype=np.float32)
        for j, lab in enumerate(self.labels):
            out[:, TECHNIQUES.index(lab)] = probs[:, j]
        return out


@functools.lru_cache(maxsize=2)
def load_model(weights_dir: str | None = None) -> TechniqueModel:
    """The shipped technique model, loaded once per process."""
    return MiniLMTechniqueModel(Path(weights_dir) if weights_dir else WEIGHTS_DIR)
