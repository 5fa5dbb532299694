"""Incremental story assignment with blocking: no article is compared with every other.

Each new article is compared only with the *candidates* that share at least
:attr:`StoryIndex.min_shared` of its ``block_features`` rarest signature
features (highest idf) **and** were published within ``window_days`` of it.
Candidates come from an inverted index keyed by ``(feature, day)``, so finding
them costs a few dictionary look-ups per feature and day in the window, whatever
the corpus size; a feature that more than ``max_posting`` articles in the window
share is too common to block on and is skipped. Articles without a date are
blocked by rare features only (features in at most ``rare_df`` articles).

The article joins the story of its most similar candidate when that similarity
reaches ``threshold`` (single link), unless the story's dated articles all lie more than
:data:`STORY_SPAN_DAYS` from its date (an undated copy, in every window, is no bridge
between two events of one kind months apart); otherwise it starts a new story. Stories
are never rebuilt: arrival order decides, and :func:`~presslens.stories.group_stories`
feeds articles in the same order so both group identically.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections import defaultdict
from dataclasses import dataclass

from .similarity import Signature, Vocabulary, similarity

#: Tuned on the coverage dev set's tune half and PolNeAR's judged pairs (BENCHMARKS.md, "Stories").
DEFAULT_THRESHOLD = 0.30
DEFAULT_WINDOW_DAYS = 3
DEFAULT_MIN_MEAN = 0.15
#: How far (days) an article's date may lie from every dated article of a story it joins
#: through an undated one: an evolving story's articles are days apart (at most 8 between
#: first and last in the coverage set's tune and valid events), two events of one kind
#: that share the words of their undated copies are months apart
STORY_SPAN_DAYS = 30


def story_id_for(article_id: str) -> str:
    """A story's id derives from its first article's id, so a re-run gives the same ids."""
    return "s-" + hashlib.sha1(article_id.encode("utf-8")).hexdigest()[:12]


@dataclass
class _Entry:
    signature: Signature
    day: int | None
    story: str


class StoryIndex:
    """Assigns articles to stories one at a time."""

    def __init__(
        self,
        threshold: float = DEFAULT_THRESHOLD,
        window_days: int = DEFAULT_WINDOW_DAYS,
        min_shared: int = 2,
        rare_df: int = 50,
        block_features: int = 20,
        max_posting: int = 200,
        min_mean: float = DEFAULT_MIN_MEAN,
    ) -> None:
        self.threshold = threshold
        self.window_days = window_days
        self.min_shared = min_shared
        self.rare_df = rare_df
        self.block_features = block_features
        self.max_posting = max_posting
        self.min_mean = min_mean
        self.vocab = Vocabulary()
        self._entries: dict[str, _Entry] = {}
        self._by_day: dict[tuple[str, int | None], list[str]] = defaultdict(list)
        self._by_feature: dict[str, list[str]] = defaultdict(list)
        self._stories: dict[str, list[str]] = {}
        #: How many similarity computations were made (to show blocking works).
        self.comparisons = 0

    def __len__(self) -> int:
        return len(self._entries)

    def __contains__(self, article_id: object) -> bool:
        return article_id in self._entries

    # -- reading -------------------------------------------------------------------
    def story_of(self, article_id: str) -> str | None:
        entry = self._entries.get(article_id)
        return None if entry is None else entry.story

    def members(self, story_id: str) -> list[str]:
        return list(self._stories.get(story_id, ()))

    def stories(self) -> dict[str, list[str]]:
        return {k: list(v) for k, v in self._stories.items()}

    # -- blocking ------------------------------------------------------------------
    def candidates(self, sig: Signature, day: int | None) -> set[str]:
        """Articles that share at least ``min_shared`` features and the date window."""
        shared: dict[str, int] = defaultdict(int)
        df = self.vocab.df
        # Features only this article has (df 1 after adding it) cannot find anyone.
        shareable = [f for f in sig if df.get(f, 0) > 1]
        rarest = sorted(shareable, key=lambda f: (df[f], f))[: self.block_features]
        if day is not None:
            days: list[int | None] = list(range(day - self.window_days, day + self.window_days + 1))
            days.append(None)  # undated articles are in every window
            for feature in rarest:
                postings = [self._by_day.get((feature, d), ()) for d in days]
                if sum(len(p) for p in postings) > self.max_posting:
                    continue
                for posting in postings:
                    for aid in posting:
                        shared[aid] += 1
        else:
            for feature in rarest:
                posting = self._by_feature.get(feature, ())
                if len(posting) > self.rare_df:
                    continue
                for aid in posting:
                    shared[aid] += 1
        return {aid for aid, n in shared.items() if n >= self.min_shared}

    def best_match(self, sig: Signature, day: int | None) -> tuple[str | None, float]:
        """The story to join and the similarity of its closest member (None: a new story).

        A story qualifies when its closest member reaches ``threshold`` and the mean
        similarity over its members published within the window (members outside the
        candidates count as 0) reaches ``min_mean``, so a chain of pairwise-similar
        articles does not keep pulling loosely related ones into one story.
        """
        best_by_story: dict[str, float] = {}
        sum_by_story: dict[str, float] = {}
        for aid in sorted(self.candidates(sig, day)):
            self.comparisons += 1
            score = similarity(sig, self._entries[aid].signature, self.vocab)
            story = self._entries[aid].story
            best_by_story[story] = max(best_by_story.get(story, 0.0), score)
            sum_by_story[story] = sum_by_story.get(story, 0.0) + score
        ranked = sorted(best_by_story.items(), key=lambda kv: (-kv[1], kv[0]))
        top = ranked[0][1] if ranked else 0.0
        for story, score in ranked:
            if score < self.threshold:
                break
            if self._dated_elsewhere(story, day):
                continue
            if self.min_mean > 0.0:
                near = self._members_near(story, day)
                if sum_by_story[story] / max(near, 1) < self.min_mean:
                    continue
            return story, score
        return None, top

    def _dated_elsewhere(self, story: str, day: int | None) -> bool:
        """The story's dated articles all lie more than :data:`STORY_SPAN_DAYS` from
        ``day``: an article reached through an undated member (in every window) is of
        another event of the same kind, months apart (a landslide in Brazil, then one in
        Nepal)."""
        if day is None:
            return False
        dated = [d for m in self._stories.get(story, ()) if (d := self._entries[m].day) is not None]
        return bool(dated) and min(abs(d - day) for d in dated) > STORY_SPAN_DAYS

    def _members_near(self, story: str, day: int | None) -> int:
        members = self._stories.get(story, ())
        if day is None:
            return len(members)
        w = self.window_days
        return sum(
            1
            for m in members
            if (d := self._entries[m].day) is None or abs(d - day) <= w
        )

    # -- writing -------------------------------------------------------------------
    def add(self, article_id: str, sig: Signature, published: dt.date | None) -> str:
        """Assign a new article to a story and return the story id."""
        if article_id in self._entries:
            return self._entries[article_id].story
        day = None if published is None else published.toordinal()
        self.vocab.add(sig.terms)
        story, _ = self.best_match(sig, day)
        if story is None:
            story = story_id_for(article_id)
        self.load(article_id, sig, published, story, count=False)
        return story

    def load(
        self,
        article_id: str,
        sig: Signature,
        published: dt.date | None,
        story: str,
        *,
        count: bool = True,
    ) -> None:
        """Put back an article whose story is already known (reopening a store)."""
        day = None if published is None else published.toordinal()
        if count:
            self.vocab.add(sig.terms)
        self._entries[article_id] = _Entry(sig, day, story)
        for feature in sig:
            self._by_day[(feature, day)].append(article_id)
            self._by_feature[feature].append(article_id)
        self._stories.setdefault(story, []).append(article_id)

    def remove(self, article_id: str) -> str | None:
        """Forget an article; returns its story id (the story goes when it empties)."""
        entry = self._entries.pop(article_id, None)
        if entry is None:
            return None
        self.vocab.remove(entry.signature.terms)
        for feature in entry.signature:
            day_key = (feature, entry.day)
            posting = self._by_day.get(day_key)
            if posting is not None and article_id in posting:
                posting.remove(article_id)
                if not posting:
                    del self._by_day[day_key]
            posting = self._by_feature.get(feature)
            if posting is not None and article_id in posting:
                posting.remove(article_id)
                if not posting:
                    del self._by_feature[feature]
        members = self._stories.get(entry.story, [])
        if article_id in members:
            members.remove(article_id)
        if not members:
            self._stories.pop(entry.story, None)
        return entry.story
