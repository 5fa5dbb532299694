"""What a text says in words: its content words, its word and character n-grams, how much
of one text another holds, whether it is negated.

One implementation for every stage that asks whether two texts are in the same words or
about the same things: the cross-source statements (``crosscheck.statements``: a quote one
outlet gives another speaker) and quantities (``crosscheck.quantities``: what a figure
counts), wire copies (``crosscheck.wire``), and the story's speakers (``stories.resolve``:
one statement given to two romanisations of one name).
"""

from __future__ import annotations

import re
import unicodedata

#: words that say nothing of what a text is about
STOP_WORDS = {
    "the", "a", "an", "of", "in", "on", "at", "to", "and", "or", "for", "from", "with", "by",
    "who", "that", "which", "are", "is", "were", "was", "have", "has", "had", "be", "been",
    "more", "than", "about", "some", "still", "their", "its", "his", "her", "they", "them",
    "s", "it", "as", "this", "these", "those", "all", "per", "new", "other", "said", "say",
}
WORD = re.compile(r"[A-Za-z][A-Za-z'\-]*")
_NEGATION = re.compile(r"\b(?:not|no|never|nothing|none|nobody)\b|n['’]t\b", re.IGNORECASE)
#: the length of the character n-grams
_N = 5
#: the share of the shorter quote's word trigrams found in the other for two quotes to be
#: in the same words
QUOTE_CONTAINMENT = 0.6
#: reported speech is in the same words only when its wording is all but the same
REPORTED_CONTAINMENT = 0.7
#: ... and when the shared trigrams cover at least half of each reported mention (a
#: paraphrase around someone's quoted words is not theirs)
REPORTED_COVERED = 0.5


def norm_text(text: str) -> str:
    """Lower case, no quotation marks, words of letters and digits set apart by spaces."""
    text = unicodedata.normalize("NFKC", text).lower()
    text = re.sub(r"[\"“”‘’'`]", "", text)
    return re.sub(r"[^a-z0-9]+", " ", text).strip()


def char_ngrams(text: str, n: int = _N) -> set[str]:
    t = norm_text(text)
    return {t[i : i + n] for i in range(max(1, len(t) - n + 1))} if t else set()


def word_ngrams(text: str, n: int = 3) -> set[str]:
    """Word n-grams of the normalised text (the words themselves when it is shorter)."""
    words = norm_text(text).split()
    if len(words) < n:
        return {" ".join(words)} if words else set()
    return {" ".join(words[i : i + n]) for i in range(len(words) - n + 1)}


def containment(a: set[str], b: set[str]) -> float:
    """Share of the smaller set found in the larger: 1.0 when one quote is part of the other."""
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


def same_words(a: set[str], a_quoted: bool, b: set[str], b_quoted: bool) -> bool:
    """Two statements (their word trigrams, :func:`word_ngrams`) carry the same words:
    quotes sharing most of the shorter one; with reported speech on either side, all but
    word for word, and at least half of each reported statement."""
    if a_quoted and b_quoted:
        return containment(a, b) >= QUOTE_CONTAINMENT
    shared = len(a & b)
    return containment(a, b) >= REPORTED_CONTAINMENT and all(
        shared >= REPORTED_COVERED * len(grams)
        for grams, quoted in ((a, a_quoted), (b, b_quoted)) if not quoted
    )


def stem(word: str) -> str:
    """A word without its plural ending, lower case ("agencies" -> "agency")."""
    w = word.lower().strip("'")
    for suf in ("ies", "es", "s"):
        if w.endswith(suf) and len(w) > len(suf) + 2:
            return w[: -len(suf)] + ("y" if suf == "ies" else "")
    return w


def content_words(text: str) -> set[str]:
    """The words of a text that say what it is about, stemmed (:func:`stem`)."""
    return {stem(w) for w in WORD.findall(text) if w.lower() not in STOP_WORDS and len(w) > 1}


def negated(text: str) -> bool:
    """The text holds a negation ("not", "no", "never", "n't" ...)."""
    return bool(_NEGATION.search(text))
