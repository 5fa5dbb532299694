"""Stage ``presslens.parse.v1``: spaCy parse, paragraphs and sentences."""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from ..model import Document, Offsets
from ..nlp import load_nlp, model_version

_PARAGRAPH = re.compile(r"[^\n]+")


def paragraphs(text: str) -> list[Offsets]:
    """Non-blank lines, trimmed of surrounding whitespace."""
    out: list[Offsets] = []
    for m in _PARAGRAPH.finditer(text):
        chunk = m.group()
        stripped = chunk.strip()
        if not stripped:
            continue
        start = m.start() + (len(chunk) - len(chunk.lstrip()))
        out.append(Offsets(start=start, end=start + len(stripped)))
    return out


class ParseStage:
    name = "presslens.parse.v1"
    requires: tuple[str, ...] = ("text",)
    assigns: tuple[str, ...] = ("parse", "paragraphs", "sentences")

    def __init__(self, nlp: Any | None = None) -> None:
        self.nlp = nlp or load_nlp()
        self.version = model_version()

    def predict(self, docs: Sequence[Document]) -> list[Any]:
        return list(self.nlp.pipe([d.text for d in docs]))

    def set_annotations(self, docs: Sequence[Document], preds: Sequence[Any]) -> None:
        for doc, parsed in zip(docs, preds, strict=True):
            doc._parse = parsed
            doc.paragraphs = paragraphs(doc.text)
            sentences = []
            for sent in parsed.sents:
                text = sent.text
                stripped = text.strip()
                if not stripped:
                    continue
                start = sent.start_char + (len(text) - len(text.lstrip()))
                sentences.append(Offsets(start=start, end=start + len(stripped)))
            doc.sentences = sentences
