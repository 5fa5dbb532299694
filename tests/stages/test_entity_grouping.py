from __future__ import annotations

from presslens.stages.entities.grouping import (
    canonical_name,
    complete_surnames,
    group_mentions,
    merge_mislabelled_names,
)
from presslens.stages.entities.mentions import Group, Mention, merge_mentions


def _mentions(*items: tuple[str, str]) -> list[Mention]:
    out, at = [], 0
    for text, label in items:
        out.append(Mention(at, at + len(text), text, label))
        at += len(text) + 10
    return out


def test_entity_grouping_people_by_surname() -> None:
    groups = group_mentions(_mentions(("Julian King", "PERSON"), ("King", "PERSON")))
    assert len(groups) == 1
    assert canonical_name(groups[0]) == "Julian King"


def test_entity_grouping_organisations_by_acronym_named_in_full() -> None:
    groups = group_mentions(
        _mentions(("Royal United Services Institute", "ORG"), ("RUSI", "ORG"), ("RUSI", "ORG"))
    )
    assert len(groups) == 1
    assert canonical_name(groups[0]) == "Royal United Services Institute"


def test_entity_grouping_a_surname_tagged_as_organisation_joins_the_person() -> None:
    groups = group_mentions(_mentions(("Bill de Blasio", "PERSON"), ("De Blasio", "ORG")))
    [person] = merge_mislabelled_names(groups)
    assert [m.label for m in person.mentions] == ["PERSON", "PERSON"]


def test_entity_grouping_complete_surnames_from_the_text() -> None:
    g = Group(type="PERSON", mentions=[Mention(30, 39, "Hazelhoff", "PERSON")])
    complete_surnames("Said Joost Hazelhoff on Monday: Hazelhoff left.", [g])
    assert g.canonical == "Joost Hazelhoff"


def test_entity_grouping_a_headlines_last_word_is_no_first_name() -> None:
    text = "Chairman: Supplier Swapped Material Without Telling Us\nZhou said it was true."
    g = Group(type="PERSON", mentions=[Mention(55, 59, "Zhou", "PERSON")])
    complete_surnames(text, [g])
    assert g.canonical is None


def test_entity_grouping_alias_matches_win_over_ner() -> None:
    ner = [Mention(0, 8, "Islamic", "NORP"), Mention(20, 25, "Paris", "GPE")]
    alias = [Mention(0, 14, "Islamic State", "ORG", canonical="ISIS")]
    assert [m.text for m in merge_mentions(ner, alias)] == ["Islamic State", "Paris"]
