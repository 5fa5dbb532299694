from __future__ import annotations

from presslens.stages.entities.aliases import alias_mentions, alias_table, defined_acronyms
from presslens.stages.entities.mentions import Mention


def test_entity_aliases_table_maps_each_alias_to_its_canonical_name() -> None:
    assert alias_table()["ISIL"] == ("ISIS", "ORG")


def test_entity_aliases_defined_acronym_is_the_shortest_run_that_spells_it() -> None:
    text = "Members of the Bangladesh Garment Manufacturers and Exporters Association (BGMEA) met."
    assert defined_acronyms(text) == [
        ("Bangladesh Garment Manufacturers and Exporters Association", "BGMEA")
    ]


def test_entity_aliases_an_acronym_with_lower_case_letters_is_spelled_by_its_capitals() -> None:
    text = ("The Nigerian Institution of Structural Engineers (NIStructE) blamed the builder, "
            "and the G20 Group (G20) met.")
    assert defined_acronyms(text) == [("Nigerian Institution of Structural Engineers",
                                       "NIStructE")]


def test_entity_aliases_a_name_outlets_leave_in_its_language_defines_its_acronym() -> None:
    text = ("Chile's regulator, the Superintendencia de Electricidad y Combustibles (SEC), and "
            "Portugal's Polícia Judiciária (PJ) opened inquiries.")
    assert defined_acronyms(text) == [
        ("Superintendencia de Electricidad y Combustibles", "SEC"), ("Polícia Judiciária", "PJ")
    ]


def test_entity_aliases_mentions_longest_first_and_defined_acronyms() -> None:
    text = "The Islamic State of Iraq and the Levant, or ISIL, and the Royal Institute (RI) said."
    found = [(m.text, m.canonical, m.label) for m in alias_mentions(text, [])]
    assert ("Islamic State of Iraq and the Levant", "ISIS", "ORG") in found
    assert ("ISIL", "ISIS", "ORG") in found
    assert ("RI", "Royal Institute", "ORG") in found
    assert not any(t == "Islamic State" for t, _, _ in found)  # inside the longer alias


def test_entity_aliases_not_inside_a_work_of_art() -> None:
    text = "He read Inside ISIS last year."
    book = Mention(8, 19, "Inside ISIS", "WORK_OF_ART")
    assert alias_mentions(text, [book]) == []


def test_entity_aliases_not_inside_a_longer_name() -> None:
    # "United Nations" is part of another organisation's name; "ISIS" in the tagger's
    # "ISIS fighters" is still ISIS
    text = "The United Nations Children's Fund said. ISIS fighters fled."
    fund = Mention(4, 34, "United Nations Children's Fund", "ORG")
    fighters = Mention(41, 54, "ISIS fighters", "ORG")
    found = [m.text for m in alias_mentions(text, [fund, fighters])]
    assert found == ["ISIS"]
