from __future__ import annotations

import pytest

from presslens.crosscheck import LexicalEmbedder, default_embedder
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


def test_statements_one_person_with_and_without_middle_names_is_no_speaker_conflict() -> None:
    q = "We will fly again in 90 days"
    a = _doc("a", f'"{q}," said Otávio Bragança.', [(q, "Otávio Bragança", None)])
    b = _doc("b", f'"{q}," said Otávio Henrique da Rocha Bragança.',
             [(q, "Otávio Henrique da Rocha Bragança", None)])
    c = _doc("c", f'"{q}," said Otávio Rocha.', [(q, "Otávio Rocha", None)])
    ms = st.mentions_of(a, 0) + st.mentions_of(b, 1) + st.mentions_of(c, 2)
    assert not st.speaker_conflict(ms[:2])
    assert st.speaker_conflict([ms[0], ms[2]])  # another family name: another person


@pytest.mark.slow
def test_statements_quoted_words_inside_a_paraphrase_and_the_group_said() -> None:
    from presslens import analyze
    from presslens.analysis import default_pipeline

    text_a = ("The Trayvon Martin Foundation did not want to address it, telling Fox 35 "
              "about its work. \u201cWe are focused on our mission,\u201d the group said. "
              "\u201cAs such, the foundation has no comment on the actions of that person.\u201d")
    a = analyze(text_a, id="a", outlet="a",
                pipeline=default_pipeline(exclude=("presslens.techniques.v1",)))
    content = ('is focusing on gun violence and "has no comment on the actions of that person '
               'that murdered Trayvon."')
    text_b = f"Tracy Martin issued a statement, saying a foundation {content}"
    start = text_b.index(content)
    b = Document(id="b", text=text_b, meta=Metadata(outlet="b"), attributions=[Attribution(
        id="A1", kind="reported", content=Offsets(start=start, end=start + len(content)),
        speaker=Speaker(name="Tracy Martin"), text=content)])
    ma, mb = st.mentions_of(a, 0), st.mentions_of(b, 1)
    # both quotes are the foundation's ("the group"), not the outlet's it told
    quotes = [m for m in ma if m.kind == "direct"]
    assert len(quotes) == 2
    assert {m.speaker for m in quotes} == {"Trayvon Martin Foundation"}
    # the quoted words inside the paraphrase are a quote of their own
    assert [m.kind for m in mb] == ["reported", "direct"]
    mentions = ma + mb
    st.embed_mentions(mentions, LexicalEmbedder())
    group = next(g for g in st.align_statements(mentions) if len({m.doc_index for m in g}) == 2)
    assert st.speaker_conflict(group)


def test_statements_no_speaker_conflict_from_a_paraphrase_alone() -> None:
    quote = "challenging us to get unaccountable money out of politics"
    a = _doc("a", f'Clinton praised him for "{quote}".', [(quote, "Hillary Clinton", None)])
    para = f"any effort to push him out could backfire, as Clinton praised him for {quote}"
    b = Document(id="b", text=f"Advisers say {para}.", meta=Metadata(outlet="b"),
                 attributions=[Attribution(
                     id="A1", kind="reported", content=Offsets(start=13, end=13 + len(para)),
                     speaker=Speaker(name="Thomas Nides"), text=para)])
    mentions = st.mentions_of(a, 0) + st.mentions_of(b, 1)
    st.embed_mentions(mentions, LexicalEmbedder())
    for group in st.align_statements(mentions):
        assert not st.speaker_conflict(group)


def _reported(doc_id: str, text: str, content: str, speaker: str,
              venue: str | None = None) -> Document:
    start = text.index(content)
    return Document(id=doc_id, text=text, meta=Metadata(outlet=doc_id), attributions=[
        Attribution(id="A1", kind="reported", content=Offsets(start=start,
                    end=start + len(content)), speaker=Speaker(name=speaker), venue=venue,
                    text=content)])


@pytest.mark.slow
def test_statements_one_statement_in_other_words_keeps_its_two_venues() -> None:
    # two outlets put one minister's words their own way, and credit two broadcasters
    said = "the priority was protecting human life"
    other = "human life was the first priority of the government"
    a = _reported("a", f"Silva told RTP {said}.", said, "Marta Silva", "RTP")
    b = _reported("b", f"Silva told SIC {other}.", other, "Marta Silva", "SIC")
    # her other statement, to a third outlet, is another statement
    closed = "the plant would stay closed until inspectors had finished their work"
    c = _reported("c", f"Silva told Expresso {closed}.", closed, "Marta Silva", "Expresso")
    mentions = [*st.mentions_of(a, 0), *st.mentions_of(b, 1), *st.mentions_of(c, 2)]
    st.embed_mentions(mentions, default_embedder())
    groups = st.align_statements(mentions)
    assert sorted(sorted(m.venue or "" for m in g) for g in groups) == [
        ["Expresso"], ["RTP", "SIC"]]
    assert st.venue_conflict(next(g for g in groups if len(g) == 2))


@pytest.mark.slow
def test_statements_two_numbers_in_other_words_are_two_statements() -> None:
    rise = "fuel prices would rise by 5 percent in January"
    other = "fuel prices were set to go up 8 percent from January"
    a = _reported("a", f"Costa told Expresso {rise}.", rise, "Rui Costa", "Expresso")
    b = _reported("b", f"Costa told Observador {other}.", other, "Rui Costa", "Observador")
    mentions = [*st.mentions_of(a, 0), *st.mentions_of(b, 1)]
    st.embed_mentions(mentions, default_embedder())
    assert len(st.align_statements(mentions)) == 2


def test_statements_the_pair_model_reads_the_features_it_was_trained_on() -> None:
    weights, _ = st.pair_model()
    assert len(weights) == len(st.FEATURES)
    # a quote held by another, and its embedding close, say one statement; a named
    # speaker against another says two
    assert weights[st.FEATURES.index("word_containment")] > 0
    assert weights[st.FEATURES.index("embedding_cosine")] > 0
    assert weights[st.FEATURES.index("same_speaker")] > 0


def test_statements_reported_speech_word_for_word_with_another_speaker_conflicts() -> None:
    said = "the union would ask the labour court to suspend the dismissals next week"
    a = _reported("a", f"A spokeswoman, Rosa Lima, said {said}.", said, "Rosa Lima")
    rewrite = "the union would ask the labour court to suspend the dismissals next week, " \
              "its lawyers said"
    b = _reported("b", f"Union leader Paulo Reis said {rewrite}.", rewrite, "Paulo Reis")
    short = "it would study the proposals"  # said by many: too little to go on
    c = _reported("c", f"The ministry said {short}.", short, "Finance Ministry")
    d = _reported("d", f"The bank said {short}.", short, "Central Bank")
    mentions = [*st.mentions_of(a, 0), *st.mentions_of(b, 1), *st.mentions_of(c, 2),
                *st.mentions_of(d, 3)]
    st.embed_mentions(mentions, LexicalEmbedder())
    groups = [g for g in st.align_statements(mentions) if len({m.doc_index for m in g}) == 2]
    conflicts = [sorted(m.speaker or "" for m in g) for g in groups if st.speaker_conflict(g)]
    assert conflicts == [["Paulo Reis", "Rosa Lima"]]


def test_statements_one_person_spelled_two_ways_gives_one_statement_two_venues() -> None:
    said = "Ransomware gangs now pick hospitals because they pay fastest."
    a = _doc("a", f'"{said}" Peñalver told El País.', [(said, "Peñalver", "El País")])
    b = _doc("b", f'"{said}" Álvaro Peñalver Etxeberria told El Mundo.',
             [(said, "Álvaro Peñalver Etxeberria", "El Mundo")])
    c = _doc("c", f'"{said}" said Marta Ruiz, a nurse, to Cadena SER.',
             [(said, "Marta Ruiz", "Cadena SER")])
    mentions = [*st.mentions_of(a, 0), *st.mentions_of(b, 1), *st.mentions_of(c, 2)]
    st.embed_mentions(mentions, LexicalEmbedder())
    [group] = st.align_statements(mentions)
    speakers = sorted(sorted(m.speaker or "" for m in sub) for sub in st.by_speaker(group))
    assert speakers == [["Marta Ruiz"], ["Peñalver", "Álvaro Peñalver Etxeberria"]]
    assert any(st.venue_conflict(sub) for sub in st.by_speaker(group))


def test_statements_a_word_two_names_share_is_no_one_person() -> None:
    said = "Ceasefire talks will not resume before the hostages are released."
    a = _doc("a", f'"{said}" Israel told the UN Security Council.',
             [(said, "Israel", "UN Security Council")])
    b = _doc("b", f'"{said}" Defence Minister Israel Katzir told Channel 12.',
             [(said, "Israel Katzir", "Channel 12")])
    c = _doc("c", f'"{said}" Wang told reporters.', [(said, "Wang", "reporters")])
    d = _doc("d", f'"{said}" Wang Yi told Xinhua.', [(said, "Wang Yi", "Xinhua")])
    e = _doc("e", f'"{said}" Wang Wenbin told CGTN.', [(said, "Wang Wenbin", "CGTN")])
    mentions = [m for i, doc in enumerate((a, b, c, d, e)) for m in st.mentions_of(doc, i)]
    st.embed_mentions(mentions, LexicalEmbedder())
    [group] = st.align_statements(mentions)
    assert all(len(sub) == 1 for sub in st.by_speaker(group))


def test_statements_two_unnamed_sources_give_no_venue_conflict() -> None:
    said = "The port will not be sold to a foreign operator this year."
    a = _doc("a", f'"{said}" a senior official told Reuters.', [(said, None, "Reuters")])
    b = _doc("b", f'"{said}" an official told AFP.', [(said, None, "AFP")])
    mentions = [*st.mentions_of(a, 0), *st.mentions_of(b, 1)]
    st.embed_mentions(mentions, LexicalEmbedder())
    [group] = st.align_statements(mentions)
    assert not any(st.venue_conflict(sub) for sub in st.by_speaker(group))
