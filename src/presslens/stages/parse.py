"""Stage ``presslens.parse.v1``: spaCy parse, paragraphs and sentences."""

from __future__ import annotations

import re
import unicodedata
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


def marks_as_letters(text: str) -> str:
    """``text`` with each combining mark after a Latin letter written as that letter
    ("Adébáyọ̀", whose last letter is "ọ" and a combining grave accent, read as
    "Adébáyọọ"), the same length.
    The tagger was trained on text with few combining marks: it reads a name that holds
    one as no name ("Adébáyọ̀ Oyèníran" as a place, "Oyèníran"; "Tèmítọ́pẹ́ Àjàyí" as an
    organisation, "Àjàyí"). The tagger reads this text; the document keeps its own."""
    out: list[str] = []
    for ch in text:
        out.append(out[-1] if out and unicodedata.category(ch) == "Mn" and _latin(out[-1])
                   else ch)
    return "".join(out)


def _latin(ch: str) -> bool:
    """A letter of the Latin script, which the tagger was trained on: marks after other
    scripts' letters (Devanagari's vowel signs) or after symbols (an emoji's variation
    selector, "☎️") are theirs to keep."""
    return ch.isalpha() and unicodedata.name(ch, "").startswith("LATIN")


def _with_text(nlp: Any, parsed: Any, text: str) -> Any:
    """The parse of :func:`marks_as_letters`'s text over ``text`` itself: the same tokens,
    tags, dependencies and entities, with the document's own letters; ``parsed`` when the
    two do not line up."""
    from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, LEMMA, MORPH, POS, TAG
    from spacy.tokens import Doc

    attrs = [TAG, POS, MORPH, LEMMA, DEP, HEAD, ENT_IOB, ENT_TYPE]
    words = [text[tok.idx : tok.idx + len(tok)] for tok in parsed]
    spaces = [bool(tok.whitespace_) for tok in parsed]
    own = Doc(nlp.vocab, words=words, spaces=spaces)
    if own.text != text:  # pragma: no cover - the tokens of one text cover it exactly
        return parsed
    return own.from_array(attrs, parsed.to_array(attrs))


class ParseStage:
    name = "presslens.parse.v1"
    requires: tuple[str, ...] = ("text",)
    assigns: tuple[str, ...] = ("parse", "paragraphs", "sentences")

    def __init__(self, nlp: Any | None = None) -> None:
        self.nlp = nlp or load_nlp()
        self.version = model_version()

    def predict(self, docs: Sequence[Document]) -> list[Any]:
        read = [marks_as_letters(d.text) for d in docs]
        return [
            parsed if shown == doc.text else _with_text(self.nlp, parsed, doc.text)
            for doc, shown, parsed in zip(docs, read, self.nlp.pipe(read), strict=True)
        ]

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
