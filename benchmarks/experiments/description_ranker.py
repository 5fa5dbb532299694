"""Experiment (issue 11): a learned ranker for who a described source stands for.

    python benchmarks/experiments/description_ranker.py   # ~3 min; tune 5-fold and valid

A source such as "the Japanese automaker", "the union" or "a company spokeswoman" names
no one; the rules of ``presslens.attribution.speakers`` and ``presslens.stories.resolve``
tie it to a person or organisation the story names. They were written from the coverage
set's tune half, and on events nobody read they tie such sources wrongly far more often
(same-name speaker accuracy of described sources: tune 0.874, test 0.752).

This scores every person and organisation a story names as the one a description of one
article stands for, with a logistic model (scikit-learn) over features that hold for any
event: the description's noun in the candidate's name, its role or the words around its
mentions, and how many of the description's other words are; a person's noun for a
person, an organisation's for an organisation; whether and how near before the
description the article names it, and how many candidates lie between; whether it spoke
the article's statement before or speaks elsewhere; the MiniLM similarity of the
description with the name and roles, and with the sentence that first names it. Every
annotated quote of an event whose predicted source is a description is an example; a
candidate is positive when it names the annotated speaker (``same_name``).

Fitted on the tune half, the ranker alone picks the annotated speaker far less often than
the rules (tune 5-fold 0.50 vs 0.80 strict; valid 0.48 vs 0.59). Overruling the rules
where it is sure, with the threshold chosen on the valid split (0.6: valid 0.592 ->
0.626 on 147 quotes), moved the whole pipeline by nothing that counts: valid speaker
0.688 -> 0.692, tune 0.908 -> 0.907, test 0.751 -> 0.751. It was not shipped. Those are
the numbers of the first valid events (since moved to tune); run today, on tune (40) and
the four valid events that replaced them, it reads alone 0.52 vs the rules' 0.77 (tune)
and 0.52 vs 0.75 (valid), and at best 0.761 over the rules (threshold 0.7).
"""

from __future__ import annotations

import argparse
import math
import re
import sys
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from coverage import documents, load_events

from presslens.model import Attribution, Document
from presslens.names import (
    ANONYMOUS,
    COMPANY_NOUNS,
    ORGANISATION_NOUNS,
    PERSON_DESCRIPTORS,
    TITLE_WORDS,
    WORD,
    plural_stem,
    strip_accents,
)

#: the entity types a description may stand for
CANDIDATE_TYPES = frozenset(["PERSON", "ORG", "GPE", "NORP", "FAC"])
#: the words a description opens with
_DETERMINERS = frozenset(["the", "a", "an", "its", "his", "her", "their"])
_INDEFINITE = frozenset(["a", "an"])
_PRONOUNS = frozenset("he she they it we i you them us him her".split())
#: where the noun phrase of a description ends ("the head of the agency", "a spokesman
#: for the ministry", "the captain, a South Korean national")
_PHRASE_END = re.compile(r",|\s(?:of|in|at|for|who|which|that|from|with|on)\s")
#: nouns for a person that say what they do
PERSON_NOUNS = TITLE_WORDS | PERSON_DESCRIPTORS | frozenset(
    """spokesman spokeswoman spokesperson official officer head boss leader founder owner
    lawyer attorney manager engineer expert analyst doctor pilot driver captain
    son daughter wife husband mother father brother sister relative""".split()
)
#: words that say nothing of who a description is
_STOP = frozenset(
    """the a an of in at for and to on by with from its his her their this that was is be
    has had said says told""".split()
)
#: characters either side of a mention whose words describe the candidate ("Japanese
#: automaker Sorami", "Sorami, the Japanese automaker")
_CONTEXT = 70

#: the features, in the order of the stored weights
FEATURES = (
    "in_article", "named_before", "distance", "mentions_in_article", "articles",
    "speaks_in_story", "speaks_in_article", "person", "organisation", "place",
    "person_noun", "organisation_noun", "person_noun_person", "organisation_noun_organisation",
    "person_noun_organisation", "organisation_noun_person", "noun_in_name", "noun_in_role",
    "noun_around", "other_words_found", "has_other_words", "similarity", "name_length",
    "acronym", "indefinite", "noun_is_name_head", "company_noun_organisation",
    "spoke_last", "nearest_rank", "sentence_similarity",
)


def _words(text: str) -> set[str]:
    return {plural_stem(w) for w in WORD.findall(strip_accents(text)) if w.lower() not in _STOP}


def is_description(phrase: str) -> bool:
    """``phrase`` describes whom it stands for with a common noun ("the company", "a
    senior official", "the country's transport regulator"), not a name or a pronoun."""
    words = phrase.split(",")[0].split()
    if not words or phrase.strip().lower() in _PRONOUNS:
        return False
    if words[0].lower() not in _DETERMINERS and not words[0][:1].islower():
        return False
    head = _noun_words(phrase)
    return bool(head) and head[-1].islower()


def _noun_words(phrase: str) -> list[str]:
    """The words of the description's noun phrase, without its determiner."""
    first = _PHRASE_END.split(phrase.strip(), maxsplit=1)[0]
    words = [w for w in WORD.findall(first)]
    while words and words[0].lower() in _DETERMINERS:
        words = words[1:]
    return words


def description_noun(phrase: str) -> tuple[str, frozenset[str]]:
    """The description's noun and its other words ("the Japanese automaker": automaker;
    japanese), lower case and without plural endings."""
    words = [re.sub(r"['’]s?$", "", w) for w in _noun_words(phrase)]
    stems = [plural_stem(w) for w in words if w]
    if not stems:
        return "", frozenset()
    return stems[-1], frozenset(w for w in stems[:-1] if w not in _STOP)


@dataclass
class Candidate:
    """A person or organisation the story names, in the story's spelling."""

    name: str
    types: Counter[str] = field(default_factory=Counter)
    #: article id -> where its mentions start
    mentions: dict[str, list[int]] = field(default_factory=dict)
    roles: set[str] = field(default_factory=set)
    #: the words written around its mentions
    around: set[str] = field(default_factory=set)
    #: article id -> statements it gives there
    speaks: Counter[str] = field(default_factory=Counter)
    #: the sentence of its first mention ("Japanese automaker Sorami is recalling ...")
    sentence: str = ""

    @property
    def text(self) -> str:
        """The name with its roles, as embedded."""
        return self.name + (f" ({'; '.join(sorted(self.roles))})" if self.roles else "")


def story_candidates(docs: Sequence[Document], spelling: dict[str, str]) -> list[Candidate]:
    """Every person and organisation the story's articles name, by the story's spelling
    (``spelling``: a name as written -> its spelling in the story)."""
    found: dict[str, Candidate] = {}

    def get(name: str) -> Candidate:
        name = spelling.get(name, name)
        return found.setdefault(name.casefold(), Candidate(name))

    for i, doc in enumerate(docs):
        key = doc.id or str(i)
        for ent in doc.entities:
            if ent.type not in CANDIDATE_TYPES:
                continue
            cand = get(ent.name)
            cand.types[ent.type] += max(1, len(ent.mentions))
            if ent.role:
                cand.roles.add(ent.role)
            for m in ent.mentions:
                if not cand.sentence:
                    cand.sentence = next(
                        (doc.text[x.start : x.end] for x in doc.sentences
                         if x.start <= m.start < x.end), doc.text[m.start : m.end])
                cand.mentions.setdefault(key, []).append(m.start)
                cand.around |= _words(doc.text[max(0, m.start - _CONTEXT) : m.start])
                cand.around |= _words(doc.text[m.end : m.end + _CONTEXT])
        for att in doc.attributions:
            if att.speaker is not None and att.speaker.name != ANONYMOUS:
                get(att.speaker.name).speaks[key] += 1
    return list(found.values())


def features(
    phrase: str, article: str, at: int, cand: Candidate, similarity: float,
    spoke_last: bool = False, nearest_rank: int | None = None,
    sentence_similarity: float = 0.0,
) -> list[float]:
    """The features of ``cand`` for the description ``phrase`` that starts at ``at`` in
    the article with id ``article``, in the order of :data:`FEATURES`: ``spoke_last``,
    whether it gave the article's statement before; ``nearest_rank``, how many other
    candidates the article names between it and the description (None: not before)."""
    noun, others = description_noun(phrase)
    total = sum(cand.types.values()) or 1
    person = cand.types["PERSON"] / total
    organisation = cand.types["ORG"] / total
    place = (cand.types["GPE"] + cand.types["NORP"] + cand.types["FAC"]) / total
    person_noun = float(noun in PERSON_NOUNS)
    organisation_noun = float(noun in ORGANISATION_NOUNS)
    name_words = _words(cand.name)
    role_words = set().union(*(_words(r) for r in cand.roles)) if cand.roles else set()
    here = cand.mentions.get(article, [])
    before = [m for m in here if m < at]
    known = cand.around | role_words | name_words
    return [
        float(bool(here)),
        float(bool(before)),
        math.log1p(at - max(before)) / 8 if before else 1.2,
        math.log1p(len(here)) / 2,
        math.log1p(len(cand.mentions)) / 2,
        math.log1p(sum(cand.speaks.values())) / 2,
        math.log1p(cand.speaks.get(article, 0)) / 2,
        person, organisation, place,
        person_noun, organisation_noun,
        person_noun * person, organisation_noun * organisation,
        person_noun * organisation, organisation_noun * person,
        float(bool(noun) and noun in name_words),
        float(bool(noun) and noun in role_words),
        float(bool(noun) and noun in cand.around),
        len(others & known) / len(others) if others else 0.0,
        float(bool(others)),
        similarity,
        min(len(cand.name.split()), 6) / 6,
        float(cand.name.isupper()),
        float(phrase.split()[0].lower() in _INDEFINITE),
        float(bool(noun) and plural_stem(cand.name.split()[-1]) == noun),
        float(noun in COMPANY_NOUNS) * organisation,
        float(spoke_last),
        1.0 / (1 + nearest_rank) if nearest_rank is not None else 0.0,
        sentence_similarity,
    ]


@dataclass
class Described:
    """One statement whose source is a description, with its candidates' features."""

    doc: Document
    attribution: Attribution
    phrase: str
    candidates: list[Candidate]
    rows: list[list[float]]


def _position(att: Attribution) -> int:
    """Where a statement starts: its source or its content, whichever comes first."""
    return min(att.content.start, att.source.start if att.source else att.content.start)


def described_statements(
    docs: Sequence[Document],
    spelling: dict[str, str],
    encode: Callable[[Sequence[str]], Sequence[Sequence[float]]],
) -> list[Described]:
    """The story's statements whose source is a description, with the features of every
    candidate (``encode``: texts -> L2-normalised vectors)."""
    candidates = story_candidates(docs, spelling)
    todo = []
    for i, doc in enumerate(docs):
        for att in doc.attributions:
            if att.source is None or att.speaker is None:
                continue
            phrase = doc.text[att.source.start : att.source.end]
            if is_description(phrase):
                todo.append((i, doc, att, phrase))
    if not todo or not candidates:
        return []
    n = len(candidates)
    texts = [c.text for c in candidates] + [c.sentence or c.name for c in candidates]
    vectors = np.asarray(encode(texts + [phrase for *_, phrase in todo]), dtype=np.float64)
    cand_vec, sentence_vec, phrase_vec = vectors[:n], vectors[n : 2 * n], vectors[2 * n :]
    out = []
    for (i, doc, att, phrase), vec in zip(todo, phrase_vec, strict=True):
        sims = cand_vec @ vec
        article = doc.id or str(i)
        assert att.source is not None
        at = att.source.start
        earlier = sorted(
            (_position(a), a.speaker.name) for a in doc.attributions
            if a.speaker is not None and a.speaker.name != ANONYMOUS and a is not att
            and _position(a) < _position(att)
        )
        last = spelling.get(earlier[-1][1], earlier[-1][1]).casefold() if earlier else None
        # the candidates the article names before the description, nearest first
        latest = {c.name: max(m for m in c.mentions.get(article, [at]) if m <= at)
                  for c in candidates if any(m < at for m in c.mentions.get(article, []))}
        order = {name: rank for rank, name in
                 enumerate(sorted(latest, key=lambda n: -latest[n]))}
        in_sentence = sentence_vec @ vec
        rows = [features(phrase, article, at, c, float(s), c.name.casefold() == last,
                         order.get(c.name), float(t))
                for c, s, t in zip(candidates, sims, in_sentence, strict=True)]
        out.append(Described(doc, att, phrase, candidates, rows))
    return out


#: thresholds tried on the valid split; above 1: never overrule the rules
THRESHOLDS = (0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 1.01)


@dataclass
class Example:
    event: str
    rows: list[list[float]]
    names: list[str]
    labels: list[int]
    gold: str
    rules: str


def examples(split: str) -> list[Example]:
    """One example per matched quote whose source is a description."""
    import presslens
    from presslens.devset import _span, match
    from presslens.embed import default_embedder
    from presslens.names import same_name
    from presslens.stories.resolve import resolve_speakers, story_spelling

    encode = default_embedder().encode
    pipeline = presslens.load_pipeline(exclude=("presslens.techniques.v1",))
    out = []
    for ev in load_events(split):
        analysed = list(presslens.analyze_documents(documents(ev.articles), pipeline=pipeline))
        # the event as one story, speakers as the rules leave them
        resolve_speakers(analysed)
        gold: dict[str, str] = {}
        for doc in analysed:
            quotes = [q for q in ev.quotes if q.article == doc.id]
            pairs = match([(q.start, q.end) for q in quotes],
                          [_span(a) for a in doc.attributions])
            for gi, pi in pairs:
                gold[f"{doc.id}#{doc.attributions[pi].id}"] = quotes[gi].fields["speaker"]
        for item in described_statements(analysed, story_spelling(analysed), encode):
            key = f"{item.doc.id}#{item.attribution.id}"
            if key not in gold or item.attribution.speaker is None:
                continue
            names = [c.name for c in item.candidates]
            out.append(Example(
                ev.id, item.rows, names,
                [int(n.casefold() == gold[key].casefold() or same_name(n, gold[key]))
                 for n in names],
                gold[key], item.attribution.speaker.name))
    return out


def fit(train: Sequence[Example], c: float) -> Any:
    from sklearn.linear_model import LogisticRegression

    x = np.array([r for e in train for r in e.rows])
    y = np.array([v for e in train for v in e.labels])
    return LogisticRegression(C=c, max_iter=5000).fit(x, y)


def decide(model: Any, items: Sequence[Example], threshold: float) -> list[str]:
    """The speaker of each example: the ranker's choice when sure, else the rules'."""
    out = []
    for e in items:
        probs = model.predict_proba(np.array(e.rows))[:, 1]
        best = int(np.argmax(probs))
        out.append(e.names[best] if probs[best] >= threshold else e.rules)
    return out


def accuracy(items: Sequence[Example], chosen: Sequence[str]) -> tuple[float, float]:
    """Strict and same-name speaker accuracy."""
    from presslens.names import same_name

    strict = sum(c.casefold() == e.gold.casefold() for e, c in zip(items, chosen, strict=True))
    same = sum(c.casefold() == e.gold.casefold() or same_name(c, e.gold)
               for e, c in zip(items, chosen, strict=True))
    n = max(1, len(items))
    return round(strict / n, 3), round(same / n, 3)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--c", type=float, default=1.0, help="inverse regularisation strength")
    args = ap.parse_args()
    tune = examples("tune")
    valid = examples("valid")
    if not valid:
        print("error: no valid events under benchmarks/coverage/events; the threshold is "
              "chosen there", file=sys.stderr)
        return 2
    events = sorted({e.event for e in tune})
    # cross-validated over tune events: the ranker alone, and over the rules at each
    # threshold (for the record: the rules were written from these events)
    cv: dict[float, list[str]] = {t: [] for t in (0.0, *THRESHOLDS)}
    ordered: list[Example] = []
    for k in range(5):
        held = set(events[k::5])
        model = fit([e for e in tune if e.event not in held], args.c)
        part = [e for e in tune if e.event in held]
        ordered += part
        for t in cv:
            cv[t] += decide(model, part, t)
    model = fit(tune, args.c)
    on_valid = {t: accuracy(valid, decide(model, valid, t)) for t in (0.0, *THRESHOLDS)}
    print(f"examples: tune {len(tune)} ({len(events)} events), valid {len(valid)}")
    print("threshold   tune 5-fold strict / same name   valid strict / same name")
    for t in (0.0, *THRESHOLDS):
        label = "ranker" if t == 0.0 else ("rules" if t > 1 else f"{t:.2f}")
        print(f"{label:>9}   {accuracy(ordered, cv[t])}   {on_valid[t]}")
    # the lowest threshold with the best strict accuracy on valid; ties keep the rules
    best = max(THRESHOLDS, key=lambda t: (on_valid[t][0], t > 1, -t))
    print(f"chosen threshold {best}" + (" (the rules stay)" if best > 1 else ""))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
