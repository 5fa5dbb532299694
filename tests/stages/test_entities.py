from __future__ import annotations

from typing import Any

import pytest

from presslens.model import Document
from presslens.nlp import load_nlp
from presslens.stages.entities import find_entities

pytestmark = pytest.mark.slow


def _people(text: str) -> dict[str, str | None]:
    return {e.name: e.role for e in find_entities(load_nlp()(text)) if e.type == "PERSON"}


def test_entities_reference_article_people_and_roles(example_doc: Document) -> None:
    people = {e.name: e for e in example_doc.entities if e.type == "PERSON"}
    assert set(people) == {"Julian King", "Raffaello Pantucci", "Janice Atkinson"}
    assert people["Julian King"].role == "European Union Security Commissioner"
    assert people["Janice Atkinson"].role == "Member of the European Parliament"
    role = people["Raffaello Pantucci"].role or ""
    assert role.startswith("director of the International Security studies")
    assert role.endswith("Royal United Services Institute")


def test_entities_reference_article_isis_aliases(example_doc: Document) -> None:
    [isis] = [e for e in example_doc.entities if e.name == "ISIS"]
    assert "Islamic State of Iraq and the Levant" in isis.aliases
    assert len(isis.mentions) >= 10
    # the alias inside the title of the ISIS publication is not a mention of ISIS
    name = "Black Flags From the Islamic State"
    title = example_doc.text.index(name)
    assert all(not (title <= m.start < title + len(name)) for m in isis.mentions)
    for m in isis.mentions:
        assert example_doc.text[m.start : m.end] == m.text


def test_entities_surname_mentions_join_the_full_name() -> None:
    nlp = load_nlp()
    text = (
        "European Union Security Commissioner Julian King spoke in Brussels on Monday. "
        "King said the threat was serious. Later, the commissioner repeated the warning."
    )
    ents = find_entities(nlp(text))
    [king] = [e for e in ents if e.name == "Julian King"]
    spans = [m.text for m in king.mentions]
    assert spans == ["Julian King", "King", "the commissioner"]


def test_entities_apposition_role() -> None:
    people = _people(
        "Jihadis pose a threat, said Raffaello Pantucci, director of International Security "
        "Studies at the Royal United Services Institute."
    )
    assert people["Raffaello Pantucci"] == (
        "director of International Security Studies at the Royal United Services Institute"
    )


def test_entities_an_age_is_no_role() -> None:
    people = _people("John Smith, 52, a farmer, said the water was rising.")
    assert people["John Smith"] == "farmer"
    people = _people("Dana Cruz, one of the organisers, said 5,000 people had registered.")
    assert people["Dana Cruz"] == "one of the organisers"


def test_entities_a_party_tag_in_brackets_is_no_role() -> None:
    # "(MR)", a party's letters, was the role and read as "Mr"
    people = _people("Interior Minister Marie-Hélène Lefèvre (MR) visited the site on "
                     "Monday afternoon. She told reporters in Mechelen it was arson.")
    assert people["Marie-Hélène Lefèvre"] != "MR"
    people = _people("Rep. Ann Kuster (D-N.H.) visited the site on Monday.")
    assert people["Ann Kuster"] == "Rep."


def test_entities_a_role_before_the_name_ends_at_its_noun() -> None:
    ents = find_entities(load_nlp()(
        "The regulator, the Tanzania Shipping Agencies Corporation (Tasac), has suspended "
        "the operator's licence."))
    assert {e.name: e.role for e in ents}["Tanzania Shipping Agencies Corporation"] == (
        "regulator")


def test_entities_no_name_runs_across_a_datelines_dash() -> None:
    ents = find_entities(load_nlp()(
        "Baghdad hospital fire kills 30\nERBIL, Kurdistan Region - Iraq's health minister "
        "has vowed that no official will be spared."))
    names = {e.name for e in ents}
    assert "Iraq" in names and not any("-" in n for n in names)


def test_entities_no_name_opens_with_a_quotations_closing_mark() -> None:
    names = set(_types(
        '"The BFP tells us the area is safe," Philippine Ports Authority general manager '
        "Joaquin Lacsamana said."))
    assert "Philippine Ports Authority" in names
    assert not any(n[:1] in "\"\u201c\u201d'" for n in names)


def test_entities_acronym_groups_with_full_name() -> None:
    text = (
        "The Royal United Services Institute published a report. "
        "A spokesman for RUSI said the report was thorough."
    )
    ents = find_entities(load_nlp()(text))
    [rusi] = [e for e in ents if e.name == "Royal United Services Institute"]
    assert "RUSI" in rusi.aliases


def test_entities_a_possessive_before_the_acronym_is_no_part_of_the_name() -> None:
    for apostrophe in ("'", "\u2019"):
        text = (f"The Land Transport Authority{apostrophe}s (LTA) own figure is higher, at "
                "about 8,000. The LTA said owners should stop charging the scooters.")
        ents = find_entities(load_nlp()(text))
        [lta] = [e for e in ents if "LTA" in e.aliases or e.name == "LTA"]
        assert lta.name == "Land Transport Authority"


def test_entities_acronym_used_more_often_still_takes_the_full_name() -> None:
    text = (
        "The International Monetary Fund cut its forecast on Tuesday. The IMF expects slower "
        "growth. The IMF said trade was weak, and the IMF warned of risks."
    )
    ents = find_entities(load_nlp()(text))
    [imf] = [e for e in ents if "IMF" in e.aliases or e.name == "IMF"]
    assert imf.name == "International Monetary Fund"


def test_entities_surname_with_particle_or_curly_apostrophe_joins_the_person() -> None:
    text = (
        "De Blasio says the blast was intentional.\n"
        "Mayor Bill de Blasio spoke with Police Commissioner James O\u2019Neill on Saturday. "
        "O'Neill said the investigation was under way."
    )
    ents = find_entities(load_nlp()(text))
    by_name = {e.name: e for e in ents}
    assert {m.text for m in by_name["Bill de Blasio"].mentions} >= {"De Blasio", "Bill de Blasio"}
    # one person, named with one apostrophe whichever the article uses
    assert {"O'Neill", "James O\u2019Neill"} <= {m.text for m in by_name["James O'Neill"].mentions}
    assert "De Blasio" not in by_name and "O'Neill" not in by_name


def test_entities_person_named_from_the_body_not_a_title_case_headline() -> None:
    text = (
        "Black Lawmakers Rip Donald Trump As A Disgusting Fraud.\n\n"
        "Members of the caucus spoke shortly after Donald Trump said the rumours were false. "
        "Trump did not apologize."
    )
    names = [e.name for e in find_entities(load_nlp()(text)) if e.type == "PERSON"]
    assert "Donald Trump" in names and not any("Rip" in n for n in names)


def test_entities_a_title_before_a_name_makes_a_person_whatever_the_tagger_says() -> None:
    from presslens.stages.entities.mentions import titled_person

    nlp = load_nlp()
    doc = nlp("Mayor Elena Ruiz met the Board of Governors.")
    spans = {"Mayor Elena Ruiz": doc[0:3], "Board of Governors": doc[5:8]}
    assert titled_person(spans["Mayor Elena Ruiz"])
    assert not titled_person(spans["Board of Governors"])


def test_entities_a_title_case_headline_keeps_only_words_the_body_capitalises() -> None:
    # the tagger reads headline verbs as parts of names; the body says which words are names
    ents = find_entities(load_nlp()(
        "Heatwave Blackout in India's Vindhya Pradesh Spreads to 3.4 Million Households\n"
        "SONAGARH, India (Reuters) - A power outage in the central Indian state of Vindhya "
        "Pradesh spread to 3.4 million households on Tuesday."
    ))
    names = {e.name for e in ents}
    assert "Vindhya Pradesh" in names
    assert not any("Spreads" in n for n in names)


def test_entities_a_headline_name_loses_the_verb_and_number_after_it() -> None:
    # "Korvell Recalls 1.8" is an organisation to the tagger; the body names Korvell
    ents = find_entities(load_nlp()(
        "Korvell Recalls 1.8 Million Zenith Phones Over Battery Fires\n"
        "SEOUL (Reuters) - Korvell Electronics said on Friday it would recall 1.8 million "
        "phones. Shares of Korvell fell 2 percent."
    ))
    names = {e.name for e in ents if e.type == "ORG"}
    assert "Korvell Electronics" in names
    assert not any("Recalls" in n for n in names)


def test_entities_an_organisation_word_at_the_end_makes_an_organisation() -> None:
    ents = find_entities(load_nlp()(
        "South Africa's Ilanga Telecom said hackers had stolen customer data. Prof Ana Lima "
        "of Lisbon University said the breach was serious."
    ))
    types = {e.name: e.type for e in ents}
    assert types.get("Ilanga Telecom") == "ORG"
    assert "Ana Lima" in {e.name for e in ents if e.type == "PERSON"}


@pytest.mark.parametrize(
    ("text", "company"),
    [
        ("The plant will close after Mumbai-based Vardhan Ispat said cheap imports had made "
         "it unviable. The company says 2,000 jobs will go.", "Vardhan Ispat"),
        ("Hozumi Denki, based in Tsubame City, says a part can wear out. Hozumi Denki "
         "President Ono Ryohei told NHK the heaters were unsafe.", "Hozumi Denki"),
        ("Rheinflug CEO Johannes Velten defended the cuts. Rheinflug said 40 flights were "
         "cancelled.", "Rheinflug"),
    ],
)
def test_entities_a_company_by_where_it_is_based_or_its_officers_title(
    text: str, company: str
) -> None:
    types = {e.name: e.type for e in find_entities(load_nlp()(text))}
    assert types.get(company) == "ORG"


def test_entities_a_legal_form_in_brackets_inside_a_companys_name() -> None:
    ents = find_entities(load_nlp()(
        "Kestrel Mining (Pty) Ltd said 14 workers were trapped underground."
    ))
    assert [(e.type, e.name) for e in ents] == [("ORG", "Kestrel Mining (Pty) Ltd")]


def test_entities_a_place_a_people_or_a_person_before_a_title_stays_what_it_is() -> None:
    ents = find_entities(load_nlp()(
        "Hanoi Chairman Pham Quoc Hung ordered an inspection. Biden spokesman Andrew Bates "
        "said the president would travel. Palestinian President Mahmoud Abbas said the "
        "ceasefire must hold. Tatarstan President Rustam Minnikhanov said the plant was "
        "safe. Parliament elected Amina Yusuf president Sunday. Catalan President Pere Soler "
        "said the vote would go ahead."
    ))
    types = {e.name: e.type for e in ents}
    assert types.get("Hanoi") == "GPE"
    assert types.get("Palestinian") == "NORP"
    assert types.get("Tatarstan") == "GPE"
    assert types.get("Catalan") != "ORG"
    assert {"Andrew Bates", "Amina Yusuf"} <= {e.name for e in ents if e.type == "PERSON"}



def test_entities_typed_by_what_the_sentence_says(hand_parse: Any) -> None:
    """A relative "who" says a person and an apposition with an organisation's noun an
    organisation, whatever type the tagger gave the name."""
    doc = hand_parse("""
Yesenia 2 compound PROPN NNP Yesenia B-ORG
Murillo 2 compound PROPN NNP Murillo I-ORG
Palacios 7 nsubj PROPN NNP Palacios I-ORG
, 2 punct PUNCT , ,
who 5 nsubj PRON WP who
sells 2 relcl VERB VBZ sell
fruit 5 dobj NOUN NN fruit
said 7 ROOT VERB VBD say
. 7 punct PUNCT . .
Seorin 10 compound PROPN NNP Seorin B-GPE
Shipping 10 ROOT PROPN NNP Shipping I-GPE
, 10 punct PUNCT , ,
a 13 det DET DT a
company 10 appos NOUN NN company
. 10 punct PUNCT . .
""")
    types = {e.name: e.type for e in find_entities(doc)}
    assert types == {"Yesenia Murillo Palacios": "PERSON", "Seorin Shipping": "ORG"}


def test_entities_a_title_before_the_name_says_a_person(hand_parse: Any) -> None:
    """A title written before a name the tagger typed as an organisation makes it a person,
    with the title as its role; an organisation's noun there keeps it an organisation."""
    doc = hand_parse("""
Chief 1 amod ADJ JJ chief
executive 3 compound NOUN NN executive
Marieke 3 compound PROPN NNP Marieke B-ORG
Vanderheijden 4 nsubj PROPN NNP Vanderheijden I-ORG
apologised 4 ROOT VERB VBD apologise
. 4 punct PUNCT . .
Carmaker 7 compound NOUN NN carmaker
Sorami 8 nsubj PROPN NNP Sorami B-PERSON
recalled 8 ROOT VERB VBD recall
cars 8 dobj NOUN NNS car
. 8 punct PUNCT . .
""")
    ents = {e.name: e for e in find_entities(doc)}
    assert {n: e.type for n, e in ents.items()} == {
        "Marieke Vanderheijden": "PERSON", "Sorami": "ORG"
    }
    assert ents["Marieke Vanderheijden"].role == "Chief executive"


def test_entities_a_title_with_its_portfolio_is_the_role_not_the_name() -> None:
    text = ("Minister of Infrastructure and Water Management Ruben Vermeulen told reporters "
            "in The Hague on Friday that he had asked the inspectorate to look into it.")
    people = _people(text)
    assert people == {"Ruben Vermeulen": "Minister of Infrastructure and Water Management"}


def test_entities_a_title_with_its_portfolio_before_a_comma_is_the_role() -> None:
    # the portfolio lists its parts with commas, and a comma parts the title from the name
    text = ("Kuwait's Minister of Electricity, Water and Renewable Energy, Khaled Al Fadhli, "
            "appeared before a special session of the National Assembly on Sunday.")
    people = _people(text)
    assert people == {"Khaled Al Fadhli": "Minister of Electricity, Water and Renewable Energy"}


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # "who" after a name that ends as organisations' names do, and a job noun in
        # apposition, say nothing against the tagger
        ("The Football Association, who fined the club last year, said it would appeal.",
         "Football Association", "ORG"),
        ("Tom Reed, a crane operator who saw the collapse, said the arm snapped.",
         "Tom Reed", "PERSON"),
    ],
)
def test_entities_context_that_says_nothing_keeps_the_type(text: str, name: str,
                                                           kind: str) -> None:
    types = {e.name: e.type for e in find_entities(load_nlp()(text))}
    assert types.get(name) == kind


def _types(text: str) -> dict[str, str]:
    return {e.name: e.type for e in find_entities(load_nlp()(text))}


def test_a_name_that_ends_as_places_names_do_is_no_person() -> None:
    # the tagger reads "Sabah Al-Ahmad City" as a person, who would then be "the teacher"
    text = ("Maryam al-Khaldi has not had running water in her Sabah Al-Ahmad City home since "
            "Wednesday morning.")
    types = _types(text)
    assert types["Maryam al-Khaldi"] == "PERSON"
    assert types["Sabah Al-Ahmad City"] == "GPE"
    # unless a title says a person
    assert _types("Goalkeeper Danny Square said the team would bounce back.") == {
        "Danny Square": "PERSON"
    }


def test_an_organisation_whose_name_opens_with_a_title_is_no_titled_person() -> None:
    # "Major" and "King" are titles before a person's name, and words of these names
    types = _types("Major League Baseball said the game was off. King Power International "
                   "said the hotel was closed. Major Tom Hayes said the road was shut.")
    assert types["Major League Baseball"] == "ORG"
    assert types["King Power International"] == "ORG"
    assert types["Tom Hayes"] == "PERSON"


def test_a_person_read_whole_with_an_affiliation_or_a_description_is_the_person() -> None:
    # the tagger reads each as one organisation
    assert _types("Kazuhiro Tanabe of Hillcrest Securities said the fine was small.") == {
        "Kazuhiro Tanabe": "PERSON"
    }
    assert _types("Heartbroken widow Sumarni, 34, said he was everything.") == {
        "Sumarni": "PERSON"
    }
    # a nickname in quotes, and the first half of a hyphenated given name, where the
    # tagger cuts the name
    assert _types('Katsuper president Ramon "Bong" Villanueva said the strike would go on.') == {
        "Ramon Villanueva": "PERSON"
    }
    # not with a sentence's first word before it, nor an owner's product
    assert _types('Meanwhile Francis "Chiz" Escudero said the Senate would act.') == {
        "Francis Escudero": "PERSON", "Senate": "ORG"
    }
    assert "Then Ramon Villanueva" not in _types('Then Ramon "Bong" Villanueva stood up.')
    # a family name that opens with its particle, and a title's abbreviation before it
    assert _types('Manila Mayor Antonio "Tonyboy" dela Cruz said the permit was '
                  'suspended.')["Antonio dela Cruz"] == "PERSON"
    assert _types('DILG Sec. Leonardo "Leo" Dimaculangan said the count was '
                  'wrong.')["Leonardo Dimaculangan"] == "PERSON"
    # but not with a sentence's first word before the nickname
    assert "But dela Cruz" not in _types('But "Tonyboy" dela Cruz said the town had no food.')
    assert _types("Jan-Willem van der Berg, chairman of the water board, said the dyke held.") == {
        "Jan-Willem van der Berg": "PERSON", "water board": "ORG"
    }
    # an organisation's name with "of" stays one ("Church" may be a surname, but the
    # article never writes it alone)
    assert _types("Grace Church of Christ said services would resume on Sunday.") == {
        "Grace Church of Christ": "ORG"
    }


def test_a_job_before_a_name_says_a_person_and_a_plural_noun_is_no_name() -> None:
    # the tagger reads "K. Chinnaiah" as an organisation and "MPs" as a person
    types = _types("Tupilipalem fisherman K. Chinnaiah said he saw a ball of fire. Several MPs "
                   "criticised the ministry's response.")
    assert types["K. Chinnaiah"] == "PERSON"
    assert "MPs" not in types and "Several MPs" not in types


def test_a_name_in_apposition_to_a_persons_title_is_a_person() -> None:
    # the tagger reads both as organisations; the title they stand beside says a person,
    # and "he" then finds him
    text = ("The director of the Central Bureau of Judicial Investigations (BCIJ), Abdelghani "
            "El Moutawakkil, said the cell was ready. El Moutawakkil said eight suspects were "
            "held.")
    assert _types(text)["Abdelghani El Moutawakkil"] == "PERSON"
    # an organisation's noun says nothing of the kind, nor does a title before a body
    assert _types("The regulator, Ofcom, said it would investigate.").get("Ofcom") != "PERSON"
    assert _types("The president of the employers' federation, Business Unity South Africa, "
                  "said the strike would cost jobs.").get(
                      "Business Unity South Africa") != "PERSON"


def test_whoever_has_a_husband_is_a_person() -> None:
    # the tagger reads the name as an organisation; the relative clause says otherwise
    text = ("The union charged that managers had ignored the warnings.\nBukola Adesina, "
            "whose husband Taiwo has been missing since Tuesday, told the BBC she had been "
            "sleeping at the site.")
    assert _types(text)["Bukola Adesina"] == "PERSON"
    # whose chief executive it is says nothing
    assert _types("Apple, whose chief executive Tim Cook visited Beijing, said sales "
                  "rose.")["Apple"] == "ORG"


def test_a_datelines_places_are_places() -> None:
    # the tagger reads two cities joined by a slash as an organisation
    types = _types(
        "Deal frees five aid workers, charity says\nNIAMEY/DOHA, June 15 (Reuters) - Five "
        "aid workers have been freed, the Sahel Water Alliance said on Monday."
    )
    assert types["NIAMEY/DOHA"] == "GPE"
    assert types["Sahel Water Alliance"] == "ORG"


def test_what_the_text_calls_an_organisation_is_its_role() -> None:
    ents = find_entities(load_nlp()(
        "The ward is run by private hospital chain Keelan Healthcare Group. Europol, the "
        "EU's law enforcement agency, will coordinate the inquiry."
    ))
    roles = {e.name: e.role for e in ents if e.type == "ORG"}
    assert roles["Keelan Healthcare Group"] == "private hospital chain"
    assert roles["Europol"] == "EU's law enforcement agency"


def test_a_person_after_a_title_and_its_portfolio_has_the_whole_title() -> None:
    people = _people(
        "Minister for Foreign Affairs Fiona Brennan posted on X on Sunday night that the "
        "aid worker was safe."
    )
    assert people == {"Fiona Brennan": "Minister for Foreign Affairs"}


def test_an_apposition_too_long_whole_gives_its_first_description() -> None:
    people = _people(
        '"We are overwhelmed," said Moses Adriko, the settlement commandant, an official of '
        "the Office of the Prime Minister, which runs the settlements."
    )
    assert people["Moses Adriko"] == "settlement commandant"


def test_a_first_name_the_tagger_left_out_is_put_back() -> None:
    # the tagger reads "Mohamed Warsame" as the name and "Abdirisaq" as its title
    people = _people(
        "Puntland's ports minister, Abdirisaq Mohamed Warsame, said the ship was anchored. "
        "Coach John Smith said the team was ready. Clinton had 42 percent, Trump 38 percent, "
        "Libertarian Gary Johnson 3 percent."
    )
    assert people["Abdirisaq Mohamed Warsame"] == "Puntland's ports minister"
    # a title at a sentence's start stays the title
    assert people["John Smith"] == "Coach"
    # a party's name is no first name
    assert "Gary Johnson" in people and "Libertarian Gary Johnson" not in people


def test_an_organisation_name_cut_at_and_is_whole_again() -> None:
    text = (
        "Ships were attacked on Monday, officials said.\n\nAccording to a statement from the "
        "Maritime and Port Authority of Singapore (MPA), the ship was safe. Shares in Ras "
        "Bnaider Water and Power Company fell 5 percent. Talks between Siemens and General "
        "Electric stalled."
    )
    orgs = {e.name for e in find_entities(load_nlp()(text)) if e.type == "ORG"}
    assert {"Maritime and Port Authority of Singapore",
            "Ras Bnaider Water and Power Company"} <= orgs
    # two companies named with "and" between them stay two
    assert {"Siemens", "General Electric"} <= orgs
    assert "Maritime" not in orgs and "Power Company" not in orgs


def test_an_organisation_the_tagger_misses_is_found_by_the_word_its_name_ends_in() -> None:
    text = (
        "The Vindhya Chamber of Commerce and Industry said the outages had cost members "
        "dearly. The Seafarers' Rights Alliance of the Philippines said the crew were "
        "exhausted. Officials at the Kenya Red Cross Society said 40 pupils were in "
        "hospital. Director of the Fisheries Research Institute Amina Odhiambo spoke later."
    )
    ents = find_entities(load_nlp()(text))
    orgs = {e.name for e in ents if e.type == "ORG"}
    assert {"Vindhya Chamber of Commerce and Industry",
            "Seafarers' Rights Alliance of the Philippines",
            "Kenya Red Cross Society"} <= orgs
    # the pieces inside the name are no names of their own
    assert not {"Vindhya Chamber", "Philippines", "Kenya"} & {e.name for e in ents}
    # a title before the body is not part of its name, nor the person after it
    assert not any(n.startswith("Director") or "Amina" in n for n in orgs)


def test_a_body_named_by_its_portfolios_is_one_name_and_two_bodies_stay_two() -> None:
    text = (
        "South Africa lost 499 rhinos in 2023, according to the Department of Forestry, "
        "Fisheries and the Environment. The South African Police Service and SERNIC said "
        "they were working together. Land and Environment Minister Luisa Guambe spoke."
    )
    ents = find_entities(load_nlp()(text))
    orgs = {e.name for e in ents if e.type == "ORG"}
    assert "Department of Forestry, Fisheries and the Environment" in orgs
    assert not any(n.endswith("and SERNIC") for n in orgs)
    # a title's portfolios are no organisation; they are the person's role
    assert "Land and Environment" not in orgs
    people = {e.name: e.role for e in ents if e.type == "PERSON"}
    assert people["Luisa Guambe"] == "Land and Environment Minister"


def test_a_title_in_a_title_slot_is_no_first_name() -> None:
    people = _people(
        "The race was won easily, and the Dutchman Max Verstappen said the car had been "
        "perfect. Inmates rioted, the prison Warden James Cole said."
    )
    assert "Max Verstappen" in people and "Dutchman Max Verstappen" not in people
    assert "James Cole" in people


def test_organisations_the_repair_keeps_apart_and_names_it_leaves_alone() -> None:
    text = (
        "The Bank of England and the Treasury said rates would stay. The Institute for "
        "Fiscal Studies and the Resolution Foundation said taxes would rise. Aid came, "
        "according to the Ministry of Energy, Kenya Power and the Red Cross. He thanked the "
        "Department of Foreign Affairs and the Qatari authorities. MILLIONS of Ilanga "
        "Telecom customers are living in fear."
    )
    orgs = {e.name for e in find_entities(load_nlp()(text)) if e.type == "ORG"}
    # two bodies joined by "and", and a list of bodies, stay apart
    assert {"Bank of England", "Institute for Fiscal Studies", "Resolution Foundation",
            "Ministry of Energy", "Kenya Power"} <= orgs
    assert not any(" and the " in n or "Kenya Power and" in n for n in orgs)
    # a body followed by a common noun keeps its name; an adjective before one is none
    assert {"Department of Foreign Affairs", "Ilanga Telecom"} <= orgs
    assert not any("MILLIONS" in n or "Qatari" in n for n in orgs)


def test_titles_and_ranks_the_repairs_leave_alone() -> None:
    ents = find_entities(load_nlp()(
        "Chief Executive Officer Mary Barra said sales rose. Sir David Attenborough, "
        "Britain's top broadcaster, said the reef was dying. Finance Minister John Doe and "
        "Trade Minister Jane Roe met. Barclays and HSBC chief executive Jane Smith spoke. "
        "Colombia's National Police chief said 12 people were arrested."
    ))
    people = {e.name: e.role for e in ents if e.type == "PERSON"}
    # a title of several words keeps its last word (no "Officer Mary Barra")
    assert "Mary Barra" in people
    # a person ranked by a job noun stays a person
    assert "David Attenborough" in people
    # a coordinated title takes in portfolios only, never an "and" or a company
    assert not (people.get("Jane Roe") or "").startswith("and")
    assert people["Jane Smith"] == "chief executive"
    # a force's name before a title is no portfolio
    assert "National Police" in {e.name for e in ents if e.type == "ORG"}


def test_a_name_the_tagger_cut_before_its_surname_is_one_person() -> None:
    # the tagger reads "Hamisi Saidi" as a person and "Mwinyimkuu" as an organisation;
    # the later "RC" (Regional Commissioner) is a title in capitals, not his initials
    people = _people(
        "The government will give Sh1 million to each family, Singida Regional "
        "Commissioner Hamisi Saidi Mwinyimkuu said yesterday. RC Mwinyimkuu, who on Saturday "
        "put the toll at 19, told reporters at the hospital that six children had died."
    )
    assert "Hamisi Saidi Mwinyimkuu" in people
    assert not {"RC Mwinyimkuu", "Hamisi Saidi"} & set(people)
    # capitals that abbreviate no title the person has are someone else's initials
    people = _people(
        "Police spokesman Mohammad Abdur Rahman said the fire began at night. MD Rahman, a "
        "shopkeeper, said the market had burned."
    )
    assert {"Mohammad Abdur Rahman", "MD Rahman"} <= set(people)


def test_a_korean_given_name_written_first_is_one_person() -> None:
    people = _people(
        "Labour minister Jung-hwan Lee said the government would mediate. The union "
        "leader, Min-jae Koh, said talks had failed."
    )
    assert {"Jung-hwan Lee", "Min-jae Koh"} <= set(people)
    # words joined by a hyphen that are no syllables of a name, a place, a company
    for text, name in (
        ("Seoul-based Naver said its profits rose 12 percent.", "Naver"),
        ("Co-host Kelly said the show would return.", "Kelly"),
        ("Ex-aide Hutchinson said the president knew.", "Hutchinson"),
        ("Lam Chi-wai Holdings said revenue fell.", "Holdings"),
    ):
        assert not any(name in p for p in _people(text) if "-" in p), text


def test_dean_before_a_surname_is_a_given_name() -> None:
    people = _people(
        "Dean Vukovic, Victorian secretary of the Rail, Tram and Bus Union, told Reuters "
        "that drivers had complained about the signal. Rail, Tram and Bus Union state "
        "secretary Dean Vuković told The Age the fault was known."
    )
    assert "Dean Vukovic" in people and "Vukovic" not in people
    # a dean before two names, or in an article about a school, is a dean
    assert "Margaret Chen" in _people(
        "Dean Margaret Chen said the exam would be delayed by a week."
    )
    assert "Jones" in _people(
        "The admissions policy will change, said Dean Jones, who heads the business school."
    )


def test_a_name_the_tagger_ends_inside_a_bracket_ends_before_it() -> None:
    text = (
        "About 96,000 of the recalled laptops were sold in Taiwan, the Bureau of Standards, "
        "Metrology and Inspection (BSMI) said, adding that three fires had occurred."
    )
    names = {e.name for e in find_entities(load_nlp()(text)) if e.type == "ORG"}
    assert "Bureau of Standards, Metrology and Inspection" in names
    assert not any("(" in n for n in names)


def test_a_title_with_its_portfolio_before_a_name_with_an_initial() -> None:
    people = _people(
        "Superintendent of Police M. Arun Kumar said the leak had been plugged. Procuratore "
        "Tommaso D'Alberti said the cabin had not been overloaded."
    )
    assert {"M. Arun Kumar", "Tommaso D'Alberti"} <= set(people)


def test_an_airline_ends_before_the_model_it_flies() -> None:
    text = (
        "The number of people injured on the Halcyon Airways Boeing 787-9 that hit "
        "turbulence has risen to 62, the airline says."
    )
    names = {e.name for e in find_entities(load_nlp()(text)) if e.type == "ORG"}
    assert "Halcyon Airways" in names and "Halcyon Airways Boeing" not in names
    # a bank "of" a country, or a name that ends in its own last word, stays whole
    text = "Shares in Bank of America 2.5 percent higher lifted the index."
    names = {e.name for e in find_entities(load_nlp()(text)) if e.type == "ORG"}
    assert "Bank" not in names



def test_given_names_the_tagger_left_between_a_title_and_a_surname() -> None:
    # "Syed Naveed" a person, "Haider" nothing, "Jafri" a place: one name
    people = _people(
        "Sindh Health Minister Syed Naveed Haider Jafri told state broadcaster PTV that a "
        "heat emergency had been declared in all government hospitals."
    )
    assert "Syed Naveed Haider Jafri" in people
    # a given name after an honorific opens the name ("Dr [Naveed] Haider Jafri")
    people = _people(
        "The provincial health minister, Dr Naveed Haider Jafri, said hospitals had been put "
        "on an emergency footing."
    )
    assert "Naveed Haider Jafri" in people
    assert "Haider Jafri" not in people


def test_a_scholars_title_and_a_tabloids_adjective_are_no_part_of_a_name() -> None:
    from presslens.names import display_name

    assert display_name("Maulana Qamar-ud-Din Siyal") == "Qamar-ud-Din Siyal"
    assert display_name("Heartbroken Mohammed Ashraf") == "Mohammed Ashraf"
    # a title alone, with what it is "of", stays whole rather than losing its title
    assert display_name("governor of the region") == "governor of the region"
    assert display_name("Secretary of State Antony Blinken") == "Antony Blinken"


def test_a_name_opening_with_an_organisations_word_in_its_language_is_one() -> None:
    # the tagger takes "Banco Cordillera" for a mountain range
    found = find_entities(load_nlp()("Banco Cordillera signed the sponsorship deal with the "
                                     "team in 2024."))
    assert [(e.type, e.name) for e in found if e.name == "Banco Cordillera"] == [
        ("ORG", "Banco Cordillera")
    ]


def test_a_village_in_apposition_is_no_person() -> None:
    text = ("The blast tore through Stawiska Górne, a village about 50 miles east of Kraków, "
            "destroying four homes.")
    assert "Stawiska Górne" not in _people(text)


def test_the_place_a_city_or_province_is_of_is_no_person() -> None:
    text = ("In the city of Kurashiki, a woman who runs a clothing shop told NHK she was "
            "worried.")
    assert "Kurashiki" not in _people(text)
    # another noun's "of" says no place, nor does an organisation's name after it
    assert "Ruth Mensah" in _people("The family of Ruth Mensah said she had been found.")
    found = find_entities(load_nlp()("A spokesman for the town of Bentonville Police "
                                     "Department said the road was closed."))
    assert all(e.type != "GPE" for e in found if "Police" in e.name)


def test_a_job_set_before_a_name_is_no_part_of_it() -> None:
    from presslens.names import display_name

    assert display_name("Lawyer Carmelita Uy") == "Carmelita Uy"
    assert display_name("Analyst Rodrigo Almazán") == "Rodrigo Almazán"
    assert display_name("Minnie Driver") == "Minnie Driver"  # a surname stays


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # a person's name the tagger typed a place
        ("At a school gymnasium that has been turned into a shelter, Eleni Papadopoulou, "
         "67, sat on a camp bed.", "Eleni Papadopoulou"),
        # a name cut at its particles, whole
        ("Zuidkaap chief executive Joost van den Berg told the Financial Times that the "
         "programme would cut about 300 roles.", "Joost van den Berg"),
        # the apostrophe of a Luo name's "ng'" is one of its letters ...
        ("Nakuru County Police Commander Samson Ochieng' said 61 people had been "
         "arrested.", "Samson Ochieng'"),
        # ... but a single quote closed after a name is none
        ("'We owe this to President Xi Jinping' the official said.", "Xi Jinping"),
        # a surname the tagger left untyped (a town's name too) that heads the name
        ('Governor Mohammed Umaru Bago, who visited the scene on Sunday, described the '
         'incident as "a national tragedy".', "Mohammed Umaru Bago"),
        # ... and an untyped family name before it
        ("The governor of Luanda, Maria da Conceição Quintas Mbemba, told reporters that 11 "
         "people had died.", "Maria da Conceição Quintas Mbemba"),
    ],
)
def test_entities_a_persons_name_the_tagger_typed_otherwise_or_cut(
    text: str, person: str
) -> None:
    assert person in _people(text)


@pytest.mark.parametrize(
    "text",
    [
        # places named for a person, by their place noun or by where they stand
        'Georgia Strait ferries were cancelled because of high winds on Friday. "We '
        'apologise for the inconvenience," BC Ferries said. The Georgia Strait storm is '
        "expected to ease by Sunday.",
        "Crews battled the fire near Jackson Hole on Sunday, the forest service said.",
    ],
)
def test_entities_a_place_named_for_a_person_is_no_person(text: str) -> None:
    assert not any(name.startswith(("Georgia", "Jackson")) for name in _people(text))


@pytest.mark.parametrize(
    ("text", "name", "short"),
    [
        # a company's first word alone, which the tagger calls a person or a place ...
        ("Hanvit Electronics Co Ltd recalled 2.5 million phones. Hanvit said in a statement "
         "it would give refunds.", "Hanvit Electronics Co Ltd", "Hanvit"),
        ("Galvera recalls washing machines\nGalvera Electronics, the Milan-based maker of "
         "household goods, said it would recall 1.2 million machines. A spokesman for "
         "Galvera UK said customers would get a refund.", "Galvera Electronics", "Galvera"),
        # ... a surname the tagger calls a product, or an organisation it retyped as a person
        ("Europol's executive director, Luc Verhaegen, said the agency was tracking 800 "
         'networks. "They are very well organised," Verhaegen told RTBF.', "Luc Verhaegen",
         "Verhaegen"),
        ("BRUSSELS (AFP) - Criminal networks are recruiting teenagers, the EU's home affairs "
         'commissioner said.\n"We are seeing children as young as 13 being paid to shoot '
         'people," Commissioner Helga Marstrand told Germany\'s Welt am Sonntag newspaper.\n'
         "Marstrand, a former Danish justice minister, said Europol had identified about "
         "1,400 minors working for gangs last year.", "Helga Marstrand", "Marstrand"),
    ],
)
def test_entities_a_short_name_the_tagger_typed_otherwise_joins_the_full_one(
    text: str, name: str, short: str
) -> None:
    owners = [e for e in find_entities(load_nlp()(text))
              if any(m.text == short for m in e.mentions)]
    # one entity holds the short name, and it is the one written in full
    assert [(e.name, any(m.text == name for m in e.mentions)) for e in owners] == [(name, True)]


def test_entities_a_companys_word_alone_is_no_arm_of_it_in_a_place() -> None:
    # "Sorami" is the company, not its US arm the article names
    entities = find_entities(load_nlp()(
        "Sorami Motor North America said the recall covers 400,000 cars. Sorami said "
        "dealers would replace the parts."))
    arm = next(e for e in entities if e.name == "Sorami Motor North America")
    assert all(m.text != "Sorami" for m in arm.mentions)


def test_entities_a_title_in_quotes_stays_a_work_and_an_arm_stays_apart() -> None:
    entities = find_entities(load_nlp()(
        'The painting, "Sunset over Galvera Appliances", was sold for $3 million.'))
    assert [e.type for e in entities if e.name == "Sunset over Galvera Appliances"] == [
        "WORK_OF_ART"]
    entities = find_entities(load_nlp()(
        "Galvera Appliances Ltd recalled 12,000 kettles. Galvera UK said customers should "
        "stop using them."))
    parent = next(e for e in entities if e.name == "Galvera Appliances Ltd")
    assert [m.text for m in parent.mentions] == ["Galvera Appliances Ltd"]


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # a model in the name or right after it, or a tier after its number: a product
        ("Reported cases of Sarvam Mobile's Zeta R5 Pro smartphone catching fire have risen "
         "to 12, the company said.", "Zeta R5", "PRODUCT"),
        ("Passengers carrying the Zeta R5 Pro will not be allowed to board, the ministry "
         "said.", "Zeta R5 Pro", "PRODUCT"),
        ("Owners of the Aoi e7 should park outside, the company said. The Aoi e7 is a "
         "mid-sized crossover.", "Aoi", "PRODUCT"),
        ("A Working iPhone 7 Plus was sold on eBay for $900.", "Working iPhone 7 Plus",
         "PRODUCT"),
        ("A Working iPhone 7 Plus was sold on eBay for $900.", "eBay", "ORG"),
        # a job noun before a name the gazetteer does not know: no place
        ("Japanese car giant Hoshimura is recalling 212,000 of its electric cars worldwide.",
         "Hoshimura", "ORG"),
        # a sum, a count or a quarter after a name is no model
        ("The regulator fined Navtara Capital 50 million rupees on Monday.",
         "Navtara Capital", "ORG"),
        # a producer of a crop may be a country
        ("Cocoa producer Ivory Coast expects a smaller harvest this year, the council said.",
         "Ivory Coast", "LOC"),
        # a model named alone after its full name is the product
        ("Kyoto-based Hinode Denki said its Hinode P20 air purifier would be withdrawn. The "
         "P20 can overheat, the company said.", "P20", "PRODUCT"),
    ],
)
def test_entities_products_and_companies_by_what_the_text_writes_around_them(
    text: str, name: str, kind: str
) -> None:
    assert _types(text)[name] == kind


def test_entities_a_companys_account_joins_the_company() -> None:
    types = _types("The company replied to the post by @NavtaraIndia, saying an engineer "
                   "would call. Navtara Electronics said the recall would cost 450 crore.")
    assert types == {"Navtara Electronics": "ORG"}


def test_entities_a_datelines_date_is_no_person() -> None:
    # the tagger reads "Mar 8" of a PTI dateline as a person, whom a later "She said"
    # would then be
    people = _people(
        "Narasaraopet (AP), Mar 8 (PTI) At least six people were killed in a stampede at a "
        "temple, police said."
    )
    assert "Mar 8" not in people


def test_entities_a_health_centres_level_is_no_generation() -> None:
    # "Centre III" is a Ugandan health centre's level: the name stays an organisation's,
    # though a relative "who" follows it
    text = (
        "A health worker at Nyakole Health Centre III, who sought anonymity because he is "
        "not allowed to speak to the media, said the facility was overwhelmed."
    )
    assert "Nyakole Health Centre III" not in _people(text)
    assert "Ernesto Macaraeg Jr." in _people("Ernesto Macaraeg Jr., who owns the shop, said "
                                             "the fire started at night.")


def test_entities_a_title_word_before_a_generation_is_the_name() -> None:
    # "King" before "III" is the name's last word, no title ("Martin Luther King III");
    # before a given name it is one ("King Charles III")
    assert "Martin Luther King III" in _people(
        "Martin Luther King III said the march would go ahead.")
    assert _people("King Charles III said the nation mourned.") == {"Charles III": "King"}


def test_an_age_after_a_name_says_a_person() -> None:
    # the tagger reads the name after a quotation as a title; the age after it says a person
    text = '"It went up like a firework," Marisol Pena, 34, of Sacramento, told The Post.'
    assert _types(text)["Marisol Pena"] == "PERSON"
    # a number after a body is no age
    assert _types("Greenpeace, 50, said the oil spill was the worst in a decade. The group "
                  "said volunteers were cleaning beaches.")["Greenpeace"] == "ORG"
    # a count after a comma is no age
    assert _types("Arrivals reported by the Italian Interior Ministry, 17,940 so far this "
                  "year, rose.")["Italian Interior Ministry"] == "ORG"
