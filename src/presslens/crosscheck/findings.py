"""One story's documents -> findings, ordered for a fact-checker.

Kinds (``CONVENTIONS.md``): ``conflict`` and ``corroborated`` for a quantity
carried by two or more articles with disagreeing / agreeing values,
``venue_conflict`` and ``speaker_conflict`` for one statement whose venue or
speaker differs between articles, ``single_source`` for a substantive figure
or statement only one article carries. Articles that re-publish the same wire
copy count as one source.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence

from ..analysis import analyze_documents, default_pipeline
from ..embed import Embedder, default_embedder
from ..model import Document, Finding, FindingMember
from ..stories.group import earliest_key
from . import quantities as q
from . import statements as st
from .wire import wire_groups

logger = logging.getLogger(__name__)

#: Base priority of each kind; the score adds evidence within the kind.
KIND_PRIORITY = {
    "conflict": 4.0,
    "venue_conflict": 3.5,
    "speaker_conflict": 3.5,
    "single_source": 2.0,
    "corroborated": 1.0,
}


def _member(
    docs: Sequence[Document], i: int, start: int, end: int, **extra: object
) -> FindingMember:
    doc = docs[i]
    return FindingMember(
        article=doc.id or f"doc{i}",
        outlet=doc.meta.outlet,
        published=doc.meta.published,
        start=start,
        end=end,
        text=doc.text[start:end],
        **extra,  # type: ignore[arg-type]
    )


def earliest(members: Sequence[FindingMember], order: dict[str, int]) -> FindingMember | None:
    """The first member by :data:`~presslens.stories.EARLIEST_RULE` (``order``: each
    article's position in the story), its first span on ties within one article."""
    if not members:
        return None
    return min(
        members, key=lambda m: (*earliest_key(m.published, order.get(m.article, 0)), m.start)
    )


#: A sentence this long found word for word in two articles was copied, not re-reported.
VERBATIM_MIN_WORDS = 8


def _with_copied_sentences(
    group: Sequence[q.QuantityMention], groups: list[int], reasons: dict[int, str]
) -> tuple[list[int], dict[int, str]]:
    """Source groups where articles that carry the figure's sentence verbatim are one source.

    Wire copy or an outlet's boilerplate (an editor's note repeated under every
    article) is one source however many articles carry it.
    """
    local, why = list(groups), dict(reasons)
    norm = {
        id(m): " ".join(re.findall(r"\w+", m.sentence.lower())) for m in group
    }
    for x, a in enumerate(group):
        for b in group[x + 1 :]:
            na = norm[id(a)]
            if (a.doc_index != b.doc_index and na == norm[id(b)]
                    and len(na.split()) >= VERBATIM_MIN_WORDS
                    and local[a.doc_index] != local[b.doc_index]):
                old, new = local[b.doc_index], local[a.doc_index]
                local = [new if g == old else g for g in local]
                why[new] = "the same sentence word for word"
    return local, why


def _independent(doc_indices: set[int], groups: list[int]) -> int:
    return len({groups[i] for i in doc_indices})


def _wire_note(doc_indices: set[int], docs: Sequence[Document], groups: list[int],
               reasons: dict[int, str]) -> str | None:
    by_group: dict[int, list[int]] = {}
    for i in sorted(doc_indices):
        by_group.setdefault(groups[i], []).append(i)
    notes = []
    for g, idx in by_group.items():
        if len(idx) > 1:
            names = ", ".join(docs[i].meta.outlet or docs[i].id or f"doc{i}" for i in idx)
            notes.append(f"{names}: {reasons.get(g, 'same source')}, not independent")
    return "; ".join(notes) or None


def _quantity_subject(group: Sequence[q.QuantityMention]) -> str:
    """What is counted and the values: "EU nationals: an estimated 2,500 vs some 2,500"."""
    counted = min((m.counted for m in group if m.counted_words), key=len, default="")
    unit = next((m.unit for m in group if m.unit), None)
    if counted:
        what = f"{counted} ({unit})" if unit and unit not in counted else counted
    else:  # nothing counted: show the words around the first mention
        ctx = " ".join(group[0].context.split())
        if len(ctx) > 70:
            n = ctx.find(" N ")
            lo = max(0, n - 35)
            ctx = ("..." if lo else "") + ctx[lo : lo + 70] + "..."
        what = f"{unit or 'figure'} in '{ctx}'"
    values: list[str] = []
    for m in group:
        d = q.describe(m.claim)
        if d not in values:
            values.append(d)
    return f"{what}: {' vs '.join(values)}"


def _substantive_figure(m: q.QuantityMention) -> bool:
    """A single-source figure worth a look: it counts something or is attributed."""
    return bool(m.counted_words or m.unit) and m.claim.value not in (0.0, 1.0)


def _quantity_findings(
    docs: Sequence[Document], embedder: Embedder, groups: list[int], reasons: dict[int, str]
) -> list[Finding]:
    mentions = [m for i, d in enumerate(docs) for m in q.mentions_of(d, i)]
    q.embed_mentions(mentions, embedder)
    position = {d.id or f"doc{i}": i for i, d in enumerate(docs)}
    years = [d.meta.published.year if d.meta.published else None for d in docs]
    findings: list[Finding] = []
    for group in q.align_quantities(mentions):
        group.sort(key=lambda m: (m.doc_index, m.start))
        members = [
            _member(docs, m.doc_index, m.start, m.end, value=m.claim.value,
                    hedge=m.claim.hedge, speaker=m.asserted_by)
            for m in group
        ]
        doc_indices = {m.doc_index for m in group}
        sources, why = _with_copied_sentences(group, groups, reasons)
        note = _wire_note(doc_indices, docs, sources, why)
        subject = _quantity_subject(group)
        if len(doc_indices) >= 2:
            # each article's claim: its first mention
            firsts: dict[int, q.Claim] = {}
            for m in group:
                firsts.setdefault(m.doc_index, m.claim)
            claims = list(firsts.values())
            # a count that may still change (a toll) agrees as a tally, as most of the
            # group's mentions say
            so_far = sum(q.is_tally(m) and not q.past_tally(m, years[m.doc_index])
                         for m in group)
            agrees = q.agree_as_tally if 2 * so_far >= len(group) else q.agree
            disagree = [
                (a, b) for x, a in enumerate(claims) for b in claims[x + 1 :] if not agrees(a, b)
            ]
            if disagree:
                spread = max(abs(a.value - b.value) / max(abs(a.value), abs(b.value), 1e-9)
                             for a, b in disagree)
                evolving = agrees is q.agree_as_tally
                if evolving:
                    # a tally that changed as the story went on: its values in the order
                    # they were published
                    members.sort(key=lambda m: (*earliest_key(m.published, position[m.article]),
                                                m.start))
                findings.append(Finding(kind="conflict", subject=subject, members=members,
                                        score=KIND_PRIORITY["conflict"] + min(0.9, spread),
                                        note=note, evolving=evolving))
                continue
            # two articles agree: corroborated (CONVENTIONS.md), and when they are copies
            # of one wire text the note says they are not independent, and it ranks
            # below independent corroboration
            independent = _independent(doc_indices, sources)
            findings.append(Finding(
                kind="corroborated", subject=subject, members=members,
                score=KIND_PRIORITY["corroborated"]
                + (min(0.9, 0.1 * len(doc_indices)) if independent >= 2 else 0.0),
                note=note))
            continue
        if any(_substantive_figure(m) for m in group):
            findings.append(Finding(
                kind="single_source", subject=subject, members=members,
                score=KIND_PRIORITY["single_source"] + (0.3 if group[0].asserted_by else 0.2)))
    return findings


def _statement_subject(group: Sequence[st.StatementMention]) -> str:
    speakers = []
    for m in group:
        if m.speaker and m.speaker not in speakers:
            speakers.append(m.speaker)
    text = min((m.text for m in group), key=len).strip()
    if len(text) > 90:
        text = text[:87].rstrip() + "..."
    who = " / ".join(speakers) if speakers else "unnamed source"
    return f'{who}: "{text}"'


def _statement_findings(
    docs: Sequence[Document], embedder: Embedder, groups: list[int], reasons: dict[int, str]
) -> list[Finding]:
    mentions = [m for i, d in enumerate(docs) for m in st.mentions_of(d, i)]
    st.embed_mentions(mentions, embedder)
    findings: list[Finding] = []
    for group in st.align_statements(mentions):
        group.sort(key=lambda m: (m.doc_index, m.start))
        doc_indices = {m.doc_index for m in group}
        members = [
            _member(docs, m.doc_index, m.start, m.end, venue=m.venue, speaker=m.speaker)
            for m in group
        ]
        note = _wire_note(doc_indices, docs, groups, reasons)
        subject = _statement_subject(group)
        if len(doc_indices) >= 2:
            if st.speaker_conflict(group):
                findings.append(Finding(kind="speaker_conflict", subject=subject,
                                        members=members, note=note,
                                        score=KIND_PRIORITY["speaker_conflict"] + 0.2))
            # venue conflicts are between statements of one speaker
            for sub in st.by_speaker(group):
                if st.venue_conflict(sub):
                    sub_members = [
                        _member(docs, m.doc_index, m.start, m.end, venue=m.venue,
                                speaker=m.speaker)
                        for m in sub
                    ]
                    findings.append(Finding(kind="venue_conflict",
                                            subject=_statement_subject(sub),
                                            members=sub_members, note=note,
                                            score=KIND_PRIORITY["venue_conflict"] + 0.1))
            continue
        if any(m.kind == "direct" and m.speaker_key != st.ANONYMOUS for m in group):
            findings.append(Finding(kind="single_source", subject=subject, members=members,
                                    score=KIND_PRIORITY["single_source"] + 0.1))
    return findings


#: the stages whose layers the checks read
NEEDED_STAGES = ("presslens.attributions.v1", "presslens.figures.v1")


def with_layers(docs: Sequence[Document]) -> list[Document]:
    """``docs``, with the ones analysed without the attributions or figures stage
    analysed again by the default pipeline (techniques aside), which those stages
    need; the given documents are not changed."""
    missing = [i for i, d in enumerate(docs) if not all(s in d.models for s in NEEDED_STAGES)]
    if not missing:
        return list(docs)
    fresh = [Document(id=docs[i].id, text=docs[i].text, meta=docs[i].meta) for i in missing]
    pipeline = default_pipeline(exclude=("presslens.techniques.v1",))
    out = list(docs)
    for i, doc in zip(missing, analyze_documents(fresh, pipeline=pipeline), strict=True):
        out[i] = doc
    return out


def find_findings(docs: Sequence[Document], embedder: Embedder | None = None) -> list[Finding]:
    """The cross-source findings of one story's analysed documents, most urgent first.

    Figures come from ``doc.figures`` and statements from ``doc.attributions``
    (documents analysed without those stages are analysed again, see
    :func:`with_layers`); ``embedder`` defaults to MiniLM (loaded once), with a
    lexical fallback.
    """
    docs = with_layers(docs)
    if not docs:
        return []
    emb = embedder or default_embedder()
    groups, reasons = wire_groups(docs)
    findings = _quantity_findings(docs, emb, groups, reasons) + _statement_findings(
        docs, emb, groups, reasons
    )
    order = {d.id or f"doc{i}": i for i, d in enumerate(docs)}
    for f in findings:
        f.earliest = earliest(f.members, order)
    findings.sort(key=lambda f: (-f.score, order.get(f.earliest.article, 0) if f.earliest else 0,
                                 f.earliest.start if f.earliest else 0))
    return findings
