from __future__ import annotations

from presslens.attribution.found import Found
from presslens.attribution.posts import signed_posts


def _paragraphs(text: str) -> list[tuple[int, int]]:
    out, start = [], 0
    for line in text.split("\n"):
        out.append((start, start + len(line)))
        start += len(line) + 1
    return out


def test_posts_signed_by_handles_are_direct_statements() -> None:
    text = "Readers wrote in.\nThis is a witch hunt!\n@Fred_945.\nLock them all up now!\n@Ann_22."
    posts = signed_posts(text, _paragraphs(text), [], [])
    assert [(text[p.start : p.end], p.speaker and p.speaker.name, p.venue) for p in posts] == [
        ("This is a witch hunt!", "@Fred_945", "Twitter"),
        ("Lock them all up now!", "@Ann_22", "Twitter"),
    ]


def test_posts_signed_by_people_take_the_network_of_the_heading_above() -> None:
    text = "FACEBOOK.\nThey lied to us.\nVicki Venhuizen.\nNot again.\nJon Ruiz."
    people = [(text.index("Vicki"), text.index("Vicki") + 15), (text.index("Jon"), len(text) - 1)]
    posts = signed_posts(text, _paragraphs(text), [], people)
    assert [(p.speaker and p.speaker.name, p.venue) for p in posts] == [
        ("Vicki Venhuizen", "Facebook"),
        ("Jon Ruiz", "Facebook"),
    ]


def test_posts_a_place_line_signs_a_letter_not_a_post() -> None:
    text = "We need a park.\n@Fred_945.\nHenderson, Nev.\nFix the roads.\n@Ann_22.\nReno, Nev."
    found = [Found("reported", [(0, 5)], (6, 10), None)]
    assert signed_posts(text, _paragraphs(text), found, []) == found


def test_posts_one_signature_is_not_enough() -> None:
    text = "This is a witch hunt!\n@Fred_945."
    assert signed_posts(text, _paragraphs(text), [], []) == []
