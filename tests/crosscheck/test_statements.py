from __future__ import annotations

from presslens.crosscheck import LexicalEmbedder
from presslens.crosscheck import statements as st
from presslens.model import Attribution, Document, Metadata, Offsets, Speaker


def _doc(doc_id: str, text: str, quotes: list[tuple[str, str | None, str | None]]) -> Document:
    atts = []
    for n, (span, speaker, venue) in enumerate(quotes):
        start = text.index(span)
        atts.append(Attribution(
            id=f"A{n}", kind="direct", content=Offsets(start=start, end=start + len(span)),
            speaker=Speaker(name=speaker) if speaker else None, venue=venue, text=span))
    return Document(id=doc_id, text=text, meta=Metadata(outlet=doc_id), attributions=atts)


def test_statements_normalise_venues_and_speakers() -> None:
    assert st.normalise_venue("The (London) Telegraph") == "The Telegraph"
    assert st.normalise_venue("the Daily Telegraph") == "The Telegraph"
    assert st.normalise_venue("Die Welt") == "Die Welt"
    assert st.same_speaker("Julian King", "King")
    assert not st.same_speaker("Julian King", "Janice Atkinson")
    assert st.speaker_key(None) == st.ANONYMOUS


def test_statements_partial_quote_is_the_same_statement() -> None:
    full = "This is a very serious threat and we must be prepared to face it."
    a = _doc("a", f'"{full}" King told The Telegraph.', [(full, "Julian King", "The Telegraph")])
    part = "a very serious threat and we must be prepared"
    b = _doc("b", f'King called it "{part}", he told Die Welt.', [(part, "King", "Die Welt")])
    c = _doc("c", '"Taxes will fall next year," King said.',
             [("Taxes will fall next year,", "King", None)])
    mentions = st.mentions_of(a, 0) + st.mentions_of(b, 1) + st.mentions_of(c, 2)
    st.embed_mentions(mentions, LexicalEmbedder())
    groups = st.align_statements(mentions)
    sizes = sorted(len(g) for g in groups)
    assert sizes == [1, 2]
    pair = next(g for g in groups if len(g) == 2)
    assert st.venue_conflict(pair)
    assert not st.speaker_conflict(pair)


def test_statements_speaker_conflict_needs_two_named_speakers_in_two_articles() -> None:
    q = "Jihadis without a home base pose a direct threat to Europe"
    a = _doc("a", f'"{q}," said Raffaello Pantucci.', [(q, "Raffaello Pantucci", None)])
    b = _doc("b", f'"{q}," said Peter Neumann.', [(q, "Peter Neumann", None)])
    c = _doc("c", f'"{q}," an official said.', [(q, "anonymous", None)])
    ms = st.mentions_of(a, 0) + st.mentions_of(b, 1) + st.mentions_of(c, 2)
    assert st.speaker_conflict(ms)
    assert not st.speaker_conflict([ms[0], ms[2]])  # named vs unnamed is no conflict
