"""What an article is about, as a small weighted bag of features, and how alike two are.

The signature of an article is built from what survives serialisation (title,
text, entities), so a stored :class:`~presslens.model.Document` gives the same
signature as a freshly analysed one:

* ``t:`` content words of the title (weight 3),
* ``k:`` the key terms of the lead and body (lead words count twice),
* ``e:`` named entities: the entity stage's canonical names when it ran,
  otherwise capitalised name sequences found in the text;
* ``n:`` distinctive numbers of the lead ("9,000", "1.2 million"), which wire
  rewrites keep when they change every other word;

and a sentence embedding of the headline and lead (MiniLM, see
:mod:`presslens.embed`), which survives rewording that shares few words.

Similarity (:func:`similarity`) combines the cosine of the tf-idf weighted terms,
with document frequencies taken from the articles seen so far
(:class:`Vocabulary`), and the cosine of the embeddings.
"""

from __future__ import annotations

import base64
import functools
import json
import math
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from ..embed import Embedder
from ..model import Document
from ..names import (
    DEMONYMS,
    INSTITUTION_NOUNS,
    LEGAL_FORMS,
    ORGANISATION_NAME_ENDS,
    ORGANISATION_NOUNS,
    PARTICLES,
    PLAIN_LETTERS,
    PORTFOLIO_WORDS,
    SCOPE_WORDS,
    TITLE_WORDS,
    countries_of,
    known_outlet,
    name_key,
    plural_stem,
)

Terms = dict[str, float]


@dataclass
class Signature:
    """What an article is about: weighted terms and, when an embedder ran, a lead vector."""

    terms: Terms = field(default_factory=dict)
    vector: Any = None  # L2-normalised float32 array, or None

    def __iter__(self) -> Any:
        return iter(self.terms)

    @functools.cached_property
    def name_words(self) -> frozenset[str]:
        """What its names say which person, place or body with (:func:`_name_words`),
        read once per signature: grouping asks it of every pair it compares."""
        return frozenset(_name_words(self))

    def __contains__(self, feature: object) -> bool:
        return feature in self.terms

    def to_json(self) -> str:
        data: dict[str, Any] = {"terms": self.terms}
        if self.vector is not None:
            raw = np.asarray(self.vector, dtype=np.float16).tobytes()
            data["vector"] = base64.b64encode(raw).decode("ascii")
        return json.dumps(data, sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> Signature:
        """Read :meth:`to_json`'s form, or the plain term dict of corpora before it."""
        data = json.loads(text)
        if "terms" not in data:
            return cls(terms=_current_name_keys(data))
        vector = None
        if data.get("vector"):
            raw = base64.b64decode(data["vector"])
            vector = np.frombuffer(raw, dtype=np.float16).astype(np.float32)
        return cls(terms=_current_name_keys(data["terms"]), vector=vector)


def _current_name_keys(terms: Terms) -> Terms:
    """Stored terms with their names keyed as the one name key keys them now: a signature
    stored before the key wrote ø, ł, ı and the like plainly ("e:søren kjær") meets a new
    article's ("e:soren kjaer")."""
    out: Terms = {}
    for feature, weight in terms.items():
        if feature.startswith("e:"):
            feature = feature.translate(PLAIN_LETTERS)
        out[feature] = max(weight, out.get(feature, weight))
    return out


#: How many key terms and entities a signature keeps.
MAX_TERMS = 25
MAX_ENTITIES = 15
LEAD_CHARS = 700

_LOWER_WORD = re.compile(r"[a-z][a-z'\-]*[a-z]")
_NAME = re.compile(r"\b(?:[A-Z][a-z'’A-Z\-]+|[A-Z]{2,})(?:\s+(?:[A-Z][a-z'’A-Z\-]+|[A-Z]{2,}))*")

def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


STOPWORDS = _words(
    """a about above after again against all also am an and any are as at be because been
    before being below between both but by can could did do does doing down during each few
    for from further had has have having he her here hers herself him himself his how i if in
    into is it its itself just me more most my myself no nor not now of off on once only or
    other our ours ourselves out over own same she should so some such than that the their
    theirs them themselves then there these they this those through to too under until up
    very was we were what when where which while who whom why will with would you your yours
    yourself said says say told tell according one two three new also like get got make made
    many much may might must per still even well back since last first year years time times
    people way week day days monday tuesday wednesday thursday friday saturday sunday mr mrs ms
    going want wants know think thing things told including another around among every
    couldn't don't doesn't didn't isn't it's he's she's that's there's we're they're i'm
    """
)
_NAME_STOP = _words(
    "The A An In On At But And Or If When While After Before As For It He She They We I "
    "This That These Those His Her Their Our Its Mr Mrs Ms Dr So Yet Still"
)


def _content_words(text: str) -> list[str]:
    """Lower-cased, crudely stemmed words of three letters or more, without stopwords."""
    words = _LOWER_WORD.findall(text.lower().replace("’", "'"))
    return [plural_stem(w) for w in words if len(w) >= 3 and w not in STOPWORDS]


def _split_title(doc: Document) -> tuple[str, str]:
    """The title and the body. Without a title in the metadata, a short first line is one."""
    text = doc.text.strip()
    if doc.meta.title:
        title = doc.meta.title.strip()
        if text.startswith(title):
            text = text[len(title) :].lstrip()
        return title, text
    first, _, rest = text.partition("\n")
    if rest and len(first) <= 200 and not first.rstrip().endswith((".", '"', "”")):
        return first.strip(), rest.lstrip()
    return "", text


def _names(doc: Document, body: str) -> Counter[str]:
    names: Counter[str] = Counter()
    if doc.entities:
        for ent in doc.entities:
            if ent.type in {"PERSON", "ORG", "GPE", "NORP", "EVENT", "FAC", "LOC", "LAW"}:
                # the one name key: "Walid al-Qudah" and "Walid Al Qudah" meet
                names[name_key(ent.name) or ent.name.lower()] += max(1, len(ent.mentions))
        return names
    for m in _NAME.finditer(body):
        parts = m.group().split()
        while parts and parts[0] in _NAME_STOP:
            parts = parts[1:]
        if not parts:
            continue
        name = " ".join(parts).lower()
        if len(name) < 3 or name in STOPWORDS:
            continue
        names[name] += 1
    return names


_NUMBER = re.compile(r"(?<![\w.])\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\w])|(?<![\w.])\d+(?:\.\d+)?"
                     r"(?:\s+(?:million|billion|percent|per cent))?(?![\w])")


def _numbers(text: str) -> set[str]:
    """Distinctive numbers of a text: not years, not small counts."""
    out = set()
    for m in _NUMBER.finditer(text):
        raw = m.group().replace(",", "")
        try:
            value = float(raw.split()[0])
        except ValueError:
            continue
        if (value <= 20 and " " not in raw) or (1900 <= value <= 2100 and " " not in raw):
            continue
        out.add(raw.lower())
    return out


def lead_text(doc: Document, chars: int = 400) -> str:
    """The headline and the start of the body, as the embedding reads them."""
    title, body = _split_title(doc)
    lead = body[:chars].rsplit(" ", 1)[0] if len(body) > chars else body
    return (title + ". " + lead).strip(". ") if title else lead


def signatures(docs: Sequence[Document], embedder: Embedder | None = None) -> list[Signature]:
    """:func:`signature` of each document, the leads embedded in one batch."""
    sigs = [signature(d) for d in docs]
    if embedder is not None and docs:
        vectors = embedder.encode([lead_text(d) for d in docs])
        for sig, vec in zip(sigs, vectors, strict=True):
            sig.vector = np.asarray(vec, dtype=np.float32)
    return sigs


def signature(doc: Document, embedder: Embedder | None = None) -> Signature:
    """The weighted features that say what the article is about (with a lead vector when
    an ``embedder`` is given)."""
    title, body = _split_title(doc)
    terms: Counter[str] = Counter()
    title_words = _content_words(title)
    for w in title_words:
        terms[w] += 3
    lead = body[:LEAD_CHARS]
    for w in _content_words(lead):
        terms[w] += 2
    for w in _content_words(body[LEAD_CHARS:]):
        terms[w] += 1
    sig: Terms = {}
    for w, c in terms.most_common(MAX_TERMS):
        sig["k:" + w] = 1.0 + math.log(c)
    for w in set(title_words):
        sig["t:" + w] = 3.0
    for name, c in _names(doc, title + "\n" + body).most_common(MAX_ENTITIES):
        sig["e:" + name] = 1.0 + math.log(c)
    for num in sorted(_numbers(title + "\n" + lead))[:MAX_NUMBERS]:
        sig["n:" + num] = 2.0
    vector = None
    if embedder is not None:
        vector = np.asarray(embedder.encode([lead_text(doc)])[0], dtype=np.float32)
    return Signature(terms=sig, vector=vector)


MAX_NUMBERS = 8


class Vocabulary:
    """Document frequencies of signature features over the articles seen so far."""

    def __init__(self) -> None:
        self.df: Counter[str] = Counter()
        self.n = 0

    def add(self, sig: Mapping[str, float]) -> None:
        self.n += 1
        self.df.update(sig.keys())

    def remove(self, sig: Mapping[str, float]) -> None:
        self.n -= 1
        self.df.subtract(sig.keys())
        for key in sig:
            if self.df[key] <= 0:
                del self.df[key]

    def idf(self, feature: str) -> float:
        return math.log((self.n + 1) / (self.df.get(feature, 0) + 1)) + 1.0


def term_similarity(a: Mapping[str, float], b: Mapping[str, float], vocab: Vocabulary) -> float:
    """Cosine of the idf-weighted terms, in [0, 1]."""
    if not a or not b:
        return 0.0
    idf = vocab.idf
    wa = {k: v * idf(k) for k, v in a.items()}
    wb = {k: v * idf(k) for k, v in b.items()}
    dot = sum(v * wb[k] for k, v in wa.items() if k in wb)
    if dot == 0.0:
        return 0.0
    na = math.sqrt(sum(v * v for v in wa.values()))
    nb = math.sqrt(sum(v * v for v in wb.values()))
    return dot / (na * nb)


def vector_similarity(a: Signature, b: Signature) -> float | None:
    """Cosine of the lead vectors, or None when either has none."""
    if a.vector is None or b.vector is None:
        return None
    return float(np.dot(a.vector, b.vector))


#: The embedding cosine below which leads share nothing, and the span above it that
#: counts as evidence (MiniLM: unrelated news leads sit near 0.1-0.3).
VECTOR_FLOOR = 0.4
VECTOR_SPAN = 0.5
#: How much of the score the embedding carries when both articles have one.
VECTOR_WEIGHT = 0.5


#: Evidence from each rare name or number both articles carry, and the most it adds
#: (six or more shared: enough for a markets or trade story on the event, whose words
#: and lead are all its own, to join it)
RARE_NAME_BONUS = 0.05
RARE_NAME_MAX = 0.25
#: A name is rare when at most this many articles seen so far carry it (or this share).
RARE_DF = 10
RARE_SHARE = 0.01


def shared_rare_names(a: Signature, b: Signature, vocab: Vocabulary) -> int:
    """How many names and numbers ("e:", "n:") both carry that few other articles do."""
    limit = max(RARE_DF, RARE_SHARE * vocab.n)
    return sum(
        1 for f in a.terms
        if f[:2] in ("e:", "n:") and f in b.terms and vocab.df.get(f, 0) <= limit
    )


#: the time zones of wire copy ("1900 GMT"), no name of what happened
_TIME_ZONE_NAMES = frozenset(["e:gmt", "e:utc"])


#: the words of names that say what kind of body, not which ("Port of Rotterdam",
#: "health ministry"), and the particles of names ("al-", "de")
_KIND_WORDS = (
    INSTITUTION_NOUNS | ORGANISATION_NOUNS | ORGANISATION_NAME_ENDS | LEGAL_FORMS
    | PORTFOLIO_WORDS | SCOPE_WORDS | TITLE_WORDS | PARTICLES
    | frozenset("""port city province region district county of and for the fire rescue
    civil consumer protection red cross crescent coast asia europe africa america pacific
    gulf east west north south world international am pm""".split())
)
#: a people's adjective -> its country ("Russian" -> russia, "Italian" -> italy)
_COUNTRY_OF = {adj: country for country, adjs in DEMONYMS.items() for adj in adjs}
_NAME_SPLIT = re.compile(r"[\s\-'’.]+")


def _event_names(sig: Signature) -> set[str]:
    """The names (``e:``) of a signature that may say what happened: no outlet's or
    agency's (:func:`~presslens.names.known_outlet`: "Reuters", "AFP" in datelines and
    credits), no time zone's."""
    return {f for f in sig.terms if f.startswith("e:") and f not in _TIME_ZONE_NAMES
            and not known_outlet(f[2:])}


def _name_words(sig: Signature) -> set[str]:
    """The words the names of a signature say which person, place or body with (a
    people's adjective as its country: "Russian" and "Russia" meet), and the initials of
    each name of several words ("World Health Organization": who)."""
    words: set[str] = set()
    for feature in _event_names(sig):
        name = feature[2:]
        parts = [w for w in _NAME_SPLIT.split(name) if w]
        words |= _which_words(" ".join(_COUNTRY_OF.get(w, w) for w in parts))
        # a town or a province is in its country ("Gazipur": Bangladesh)
        for country in countries_of(name):
            words |= _which_words(country)
        initials = "".join(w[0] for w in parts if w not in ("of", "and", "the", "for"))
        if len(initials) >= 3:
            words.add(initials)
    return words


def _which_words(text: str) -> set[str]:
    """The words of a name that say which one, not what kind ("Port of Rotterdam":
    rotterdam)."""
    return {w for w in _NAME_SPLIT.split(text) if len(w) > 1 and w not in _KIND_WORDS}


def shares_a_name(a: Signature, b: Signature) -> bool:
    """Whether two articles name one person, place or body in common, news outlets aside,
    or either names none: a word of a name ("Xi" of "Xi Jinping", "Lailo" of "Lailo
    Technologies", "Rotterdam" of "Port of Rotterdam"), a country by its people ("Italian
    premier Rossi", "Italy's"), a town by its country ("Gazipur", "Bangladesh"), a body by
    its initials ("WHO"). Two reports of one event do (all 4,729 same-event pairs of the
    coverage set's tune half); two blasts at two ports days apart, told alike, need not."""
    words_a, words_b = a.name_words, b.name_words
    return not words_a or not words_b or bool(words_a & words_b)


def similarity(a: Signature, b: Signature, vocab: Vocabulary) -> float:
    """How alike two articles are, in [0, 1].

    The term cosine, blended with the lead vectors' cosine (rescaled from
    [VECTOR_FLOOR, VECTOR_FLOOR + VECTOR_SPAN]) when both have one, plus evidence from
    the rare names and numbers they share (the people, places and counts of one event
    survive a rewrite that changes every other word); 0 for two articles that name
    people, places or bodies but none in common (:func:`shares_a_name`).
    """
    if not shares_a_name(a, b):
        return 0.0
    score = term_similarity(a.terms, b.terms, vocab)
    vec = vector_similarity(a, b)
    if vec is not None:
        scaled = min(1.0, max(0.0, (vec - VECTOR_FLOOR) / VECTOR_SPAN))
        score = (1.0 - VECTOR_WEIGHT) * score + VECTOR_WEIGHT * scaled
    # one shared name is common enough between two events of one day; two or more is not
    bonus = min(RARE_NAME_MAX, RARE_NAME_BONUS * max(0, shared_rare_names(a, b, vocab) - 1))
    return min(1.0, score + bonus)
