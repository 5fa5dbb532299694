"""The parse stage: what the tagger reads, and what the document keeps."""

from __future__ import annotations

import pytest

import presslens
from presslens.stages.parse import marks_as_letters


def test_combining_marks_read_as_the_letters_they_mark() -> None:
    # "ọ̀" is "ọ" and a combining grave accent: no precomposed letter holds both
    text = "Adébáyọ̀ Oyèníran"
    read = marks_as_letters(text)
    assert len(read) == len(text)
    assert read == "Adébáyọọ Oyèníran"
    assert marks_as_letters("Plain text, précomposé.") == "Plain text, précomposé."
    # marks of other scripts, and an emoji's variation selector, stay as written
    for kept in ("रवि कुमार", "said \u260e\ufe0f lines were busy"):
        assert marks_as_letters(kept) == kept


@pytest.mark.slow
def test_a_yoruba_name_with_tone_marks_is_a_person_with_its_own_letters() -> None:
    doc = presslens.analyze(
        "LAGOS, Dec 2 (Reuters) - The company's chief executive, Adébáyọ̀ Oyèníran, "
        "apologised on Tuesday. \u201cWe are deeply sorry,\u201d Oyèníran told reporters.\n"
        "Tèmítọ́pẹ́ Àjàyí, a trader in Ikeja, said the units were unsafe."
    )
    people = {e.name for e in doc.entities if e.type == "PERSON"}
    assert people == {"Adébáyọ̀ Oyèníran", "Tèmítọ́pẹ́ Àjàyí"}
    assert [a.speaker.name for a in doc.attributions if a.speaker] == [
        "Adébáyọ̀ Oyèníran", "Tèmítọ́pẹ́ Àjàyí"]
    # the spans are the document's own text, marks and all
    assert {doc.text[m.start : m.end] for e in doc.entities if e.type == "PERSON"
            for m in e.mentions} == {"Adébáyọ̀ Oyèníran", "Oyèníran", "Tèmítọ́pẹ́ Àjàyí"}
