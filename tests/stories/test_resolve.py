"""One spelling per speaker across a story's articles."""

from __future__ import annotations

import pytest

import presslens
from presslens.model import Entity
from presslens.stages.entities import defined_acronyms
from presslens.stories.resolve import (
    _ranked_person,
    resolve_speakers,
    story_acronyms,
    story_names,
)


def _speakers(doc: presslens.Document) -> list[str]:
    return [a.speaker.name for a in doc.attributions if a.speaker]


def _story(*texts: str) -> list[presslens.Document]:
    """The articles ``texts``, analysed and resolved as one story."""
    docs = [presslens.analyze(text) for text in texts]
    resolve_speakers(docs)
    return docs


def _spoken(docs: list[presslens.Document]) -> set[str]:
    """Every speaker name the story's attributions give."""
    return {a.speaker.name for d in docs for a in d.attributions if a.speaker}


def _before_and_after(named: str, unnamed: str) -> tuple[list[str], list[str]]:
    """The speakers of the article ``unnamed`` alone, and once the story holds ``named``."""
    other, doc = presslens.analyze(named), presslens.analyze(unnamed)
    before = _speakers(doc)
    resolve_speakers([other, doc])
    return before, _speakers(doc)


@pytest.mark.slow
def test_a_surname_in_one_article_gets_the_full_name_another_gives() -> None:
    a = presslens.analyze("Flooding forced 300 people from their homes. Mayor Ana Ruiz said "
                          "the river was still rising.")
    b = presslens.analyze("Residents were told to leave. Ruiz said the shelters were full.")
    assert [x.speaker.name for x in b.attributions if x.speaker] == ["Ruiz"]
    resolve_speakers([a, b])
    assert [x.speaker.name for x in b.attributions if x.speaker] == ["Ana Ruiz"]
    assert [x.speaker.name for x in a.attributions if x.speaker] == ["Ana Ruiz"]


@pytest.mark.slow
def test_a_middle_name_one_article_adds_makes_the_full_name() -> None:
    # the canonical full name of CONVENTIONS.md, however few articles write it whole
    docs = _story(
        "Minister Khaled al-Fadhli said water would return by Monday.",
        "Khaled al-Fadhli said tankers had made 2,400 trips.",
        "Minister of Electricity Dr. Khaled Mohammed Al-Fadhli said the unit had restarted.",
    )
    assert {x.speaker.name for d in docs for x in d.attributions if x.speaker} == {
        "Khaled Mohammed Al-Fadhli"
    }


@pytest.mark.slow
def test_a_middle_name_only_a_speaker_carries_does_not_make_the_story_spelling() -> None:
    # the tagger finds no person in the third article's "Governor Mehmet Selçuk
    # Yıldıztaş": its speaker is the only place the fuller name is written
    docs = _story(
        "Governor Selçuk Yıldıztaş said the road would reopen on Monday.",
        "Selçuk Yıldıztaş told reporters that 40 vehicles were involved.",
        "Erzurum Governor Mehmet Selçuk Yıldıztaş said on Sunday that prosecutors had opened "
        "an investigation.",
    )
    assert "Mehmet Selçuk Yıldıztaş" in {
        x.speaker.name for x in presslens.analyze(docs[2].text).attributions if x.speaker
    }
    assert _spoken(docs) == {"Selçuk Yıldıztaş"}


@pytest.mark.slow
def test_a_first_name_spelled_out_over_its_initial_and_an_initial_with_its_dot() -> None:
    docs = _story(
        "District Collector K. Venkata Rao said 12 people had died. Superintendent of Police "
        "M. Arun Kumar said the leak had been plugged.",
        "District collector K Venkata Rao told reporters the villages were safe.",
        "District Collector Kolli Venkata Rao said on Sunday that 13 people had died.",
        "Police superintendent M Arun Kumar said 42 workers had been questioned.",
    )
    assert _spoken(docs) == {"Kolli Venkata Rao", "M. Arun Kumar"}


@pytest.mark.slow
def test_given_names_spelled_out_over_their_initials() -> None:
    docs = _story(
        "Of the injured, nine are critical, Dr N H Patel, superintendent of the civil "
        "hospital, said.",
        "Civil hospital superintendent Nilesh Patel said most had suffered burns.",
    )
    assert _spoken(docs) == {"Nilesh Patel"}
    # a Korean given name's syllables by their initials, as company chiefs go by them
    docs = _story(
        "Daesol mobile chief DJ Kang said the company would replace every phone.",
        "Kang Dae-jun, president of Daesol's mobile business, said the batteries were to "
        "blame.",
    )
    assert _spoken(docs) == {"Kang Dae-jun"}
    # one initial is no person the story gives another role
    docs = _story(
        "N. Patel, a shopkeeper, said the street had flooded.",
        "Police Commissioner Nilesh Patel said two men had been arrested.",
    )
    assert _spoken(docs) == {"N. Patel", "Nilesh Patel"}


@pytest.mark.slow
def test_a_family_name_written_first_after_a_title_is_the_person() -> None:
    docs = _story(
        "BSMI Director-General Kao Shu-fen said the bureau had asked for test records.",
        "Director-General Kao said the bureau would inspect the factory. Kao said three "
        "of the fires happened in Taiwan.",
    )
    assert _spoken(docs) == {"Kao Shu-fen"}


@pytest.mark.slow
def test_a_countrys_body_is_the_one_named_for_the_country() -> None:
    docs = _story(
        "Italy's coast guard said 23 people were missing.",
        "The Italian Coast Guard said the fire was out. The Hellenic Coast Guard said it "
        "had sent two vessels.",
    )
    assert _speakers(docs[0]) == ["Italian Coast Guard"]


@pytest.mark.slow
def test_a_description_with_a_name_in_apposition_is_that_name() -> None:
    docs = _story(
        "Finland's grid operator Fingrid said power flows had been rerouted.",
        "Estonia's grid operator, Elering, said the link would be out for months.",
    )
    assert _speakers(docs[1]) == ["Elering"]


@pytest.mark.slow
def test_an_organisation_the_tagger_took_for_a_person_is_the_group() -> None:
    docs = _story(
        "The rebel group Hay'at Tahrir al-Sham said its fighters had entered the city.",
        "\u201cWe are in the city,\u201d the group said.",
    )
    assert _spoken(docs) == {"Hay'at Tahrir al-Sham"}


@pytest.mark.slow
def test_a_nickname_is_no_other_persons_name() -> None:
    # the son who goes by his father's nickname is the son
    spoken = _spoken(_story(
        'Roberto "Bobby" Cruz said the company would expand.',
        "His son Bobby Cruz said the family would keep the firm.",
    ))
    assert spoken == {"Roberto Cruz", "Bobby Cruz"}


def test_three_people_in_three_words_are_not_one() -> None:
    # "Maria Silva Santos" holds "Maria Silva" and "Silva Santos", but the story gives
    # them roles that share no word: a teacher and a union leader are no one economist
    spoken = _spoken(_story(
        "\u201cBrazil will grow,\u201d said Maria Silva Santos, an economist at FGV.",
        "\u201cInflation is high,\u201d said Maria Silva, a teacher in Recife.",
        "\u201cWe need jobs,\u201d said Silva Santos, a union leader in Sao Paulo.",
        "\u201cWages are flat,\u201d Maria Silva said.",
    ))
    assert {"Maria Silva", "Silva Santos"} <= spoken


@pytest.mark.parametrize(
    ("texts", "spoken"),
    [
        pytest.param(
            # the tagger reads a title's body, or the province a title is of, into the name
            ("Fires have burned for five days in Kohgiluyeh and Boyer-Ahmad Province. "
             "Governor-General of Kohgiluyeh and Boyer-Ahmad Gholamreza Hosseini said the "
             "fire had been contained. \u201cThe plant will be repaired by Friday,\u201d "
             "General Director of Ertis Teplo JSC Bauyrzhan Kanatovich Yesenov said.",
             "Provincial governor Gholamreza Hosseini said the fire had been contained. "
             "Bauyrzhan Kanatovich Yesenov, the general director of Ertis Teplo, said the "
             "plant would be repaired by Friday."),
            {"Gholamreza Hosseini", "Bauyrzhan Kanatovich Yesenov"},
            id="title-of-or-place-before-a-name",
        ),
        pytest.param(
            # Indian outlets write a family name's initial before the given names; Reuters
            # writes the family name in full, after them
            ("District Collector K Venkata Ramana said the crowd had been controlled. "
             "Police chief M. Deepika said 1,200 officers were deployed.",
             "Venkataramana Kandula, the district's top administrator, said the crowd had "
             "been controlled. Deepika Malladi, the police chief, said 1,200 officers were "
             "deployed."),
            {"Venkataramana Kandula", "Deepika Malladi"},
            id="family-initial-spelled-out",
        ),
        pytest.param(
            # "General" before a person's name is a rank; in these names it is a word of it
            ("General Electric said on Tuesday it would cut 400 jobs at the plant.",
             "Lebanon's General Directorate of General Security said 12 people had been "
             "detained.",
             "General Abbas Ibrahim told reporters that the port had been searched."),
            {"General Electric", "General Directorate of General Security", "Abbas Ibrahim"},
            id="title-opening-an-organisation",
        ),
        pytest.param(
            # a Hong Kong name: English given name, family name, Chinese given name; the
            # one name that holds both shorter forms, though fewer articles write it
            ("Transport secretary Vivian Tsang said the route would be inspected.",
             "Ms Vivian Tsang, the transport secretary, said every minibus would be "
             "checked.",
             "Tsang Wing-yee, the transport secretary, said the route would be inspected.",
             "Vivian Tsang Wing-yee, the transport secretary, said the route would be "
             "inspected."),
            {"Vivian Tsang Wing-yee"},
            id="hong-kong-name",
        ),
        pytest.param(
            # a nickname written for the given name, which another article puts in quotes
            ('Katsuper president Ramon "Bong" Villanueva said drivers would stay home.',
             "Bong Villanueva, president of the drivers' group Katsuper, said 30,000 "
             "drivers had joined. Villanueva added that routes were paralysed."),
            {"Ramon Villanueva"},
            id="nickname-for-the-given-name",
        ),
        pytest.param(
            # Sri Lankan and South African companies write their legal form in brackets
            ("Samudra Gas Lanka (Pvt) Ltd said the plant had been shut. Samudra said no gas "
             "was leaking.",
             "Samudra Gas Lanka said the plant had been shut.",
             "The operator, Samudra Gas Lanka, said no gas was leaking."),
            {"Samudra Gas Lanka"},
            id="legal-form-in-brackets",
        ),
    ],
)
def test_the_story_spells_a_name_outlets_write_otherwise(
    texts: tuple[str, ...], spoken: set[str]
) -> None:
    assert _spoken(_story(*texts)) == spoken


def test_an_organisations_noun_is_no_persons_role() -> None:
    # "Ministry of Interior", a speaker with a role ("Poland's interior ministry"), holds no
    # role "ministry" that "the Polish foreign ministry" could be given to; and "Foreign
    # ministry" opening a sentence is no name of a ministry
    docs = _story(
        "Poland has detained about 50 people, according to Poland's interior ministry, the "
        "Ministry of Interior.",
        "The Polish foreign ministry said the pair had been given 72 hours to leave.",
        "Poland's foreign ministry said on Monday that the diplomats had left. Foreign "
        "ministry spokesman Lukasz Wadolowski said the decision was final.",
        "Poland's Ministry of Foreign Affairs said it had summoned the charge d'affaires.",
    )
    spoken = _spoken(docs)
    assert "Ministry of Interior" not in {
        a.speaker.name for d in docs[1:3] for a in d.attributions if a.speaker
    }
    assert "Ministry of Foreign Affairs" in {
        a.speaker.name for a in docs[2].attributions if a.speaker
    }
    assert "Foreign ministry" not in spoken


@pytest.mark.slow
def test_a_short_name_that_fits_two_organisations_stays_as_written() -> None:
    docs = [
        presslens.analyze("Sorami Motor Corporation said it would recall 2.7 million cars."),
        presslens.analyze("The distributor, Sorami Automotive Malaysia, said owners would be "
                          "contacted."),
        presslens.analyze("Sorami said the repair takes 90 minutes."),
    ]  # each fuller name quoted by one article: neither is the story's "Sorami"
    names = story_names(docs)
    assert names.get("Sorami Motor Corp.", "Sorami Motor Corporation") == (
        "Sorami Motor Corporation")
    assert names.get("Sorami", "Sorami") == "Sorami"


def test_a_short_name_goes_to_the_organisation_far_more_articles_quote() -> None:
    docs = [
        presslens.analyze("Sorami Motor Corporation said it would recall 2.7 million cars."),
        presslens.analyze("Sorami Motor Corporation said owners would get letters."),
        presslens.analyze("Sorami Automotive Malaysia said owners would be contacted."),
        presslens.analyze("Sorami Motor Corporation said the inflators were safe."),
        # an article that names the company only so (one that names it in full joins
        # the short name to it itself)
        presslens.analyze("Sorami said the repair takes 90 minutes."),
    ]
    names = story_names(docs)
    assert names["Sorami"] == "Sorami Motor Corporation"
    assert names.get("Sorami Automotive Malaysia", "Sorami Automotive Malaysia") == (
        "Sorami Automotive Malaysia")


def test_acronyms_the_article_defines() -> None:
    text = ("The Bangladesh Garment Manufacturers and Exporters Association (BGMEA) said it "
            "would pay. The U.S. National Highway Traffic Safety Administration (NHTSA) said "
            "so too. Officials (AP) declined.")
    assert defined_acronyms(text) == [
        ("Bangladesh Garment Manufacturers and Exporters Association", "BGMEA"),
        ("National Highway Traffic Safety Administration", "NHTSA"),
    ]


def test_an_acronym_one_article_spells_out_resolves_in_the_others() -> None:
    docs = [
        presslens.analyze("The Federal Office for Radiation Protection and the Environment "
                          "(FORPE) said no radiation had been measured outside the site."),
        presslens.analyze("FORPE said the air was safe to breathe."),
    ]
    resolve_speakers(docs)
    assert [a.speaker.name for a in docs[1].attributions if a.speaker] == [
        "Federal Office for Radiation Protection and the Environment"]


def test_a_wire_credit_in_a_dateline_spells_out_no_acronym() -> None:
    docs = [
        presslens.analyze("Niamey (AFP) - Seven hostages were freed.\n\nAt least 14 "
                          "foreigners have been kidnapped, according to an AFP tally."),
        presslens.analyze("Hostages freed in Niger\n\nNiamey said the talks had been long."),
    ]
    assert "AFP" not in story_acronyms(docs, story_names(docs))
    resolve_speakers(docs)
    assert [a.speaker.name for a in docs[0].attributions if a.speaker] == ["AFP"]


@pytest.mark.slow
def test_an_organisation_left_unnamed_is_the_one_another_article_names() -> None:
    named = presslens.analyze("Victoria Police said the fire had destroyed 40 homes.")
    unnamed = presslens.analyze("Two bodies were found in a burnt-out house, police said.")
    assert [a.speaker.name for a in unnamed.attributions if a.speaker] == ["anonymous"]
    resolve_speakers([named, unnamed])
    assert [a.speaker.name for a in unnamed.attributions if a.speaker] == ["Victoria Police"]
    # two forces named in the story: which one is meant is not known
    other = presslens.analyze("New South Wales Police said crews were on their way.")
    again = presslens.analyze("Two bodies were found in a burnt-out house, police said.")
    resolve_speakers([named, other, again])
    assert [a.speaker.name for a in again.attributions if a.speaker] == ["anonymous"]


@pytest.mark.slow
def test_police_of_some_reach_are_the_force_another_article_names_if_it_fits() -> None:
    assert _before_and_after(
        "The Ontario Provincial Police said nine people were missing.",
        "Two spans fell into the river, provincial police said in a statement.",
    ) == (["anonymous"], ["Ontario Provincial Police"])
    # a force named by its place alone is local police ...
    assert _before_and_after(
        "Victoria Police said the fire had destroyed 40 homes.",
        "Two bodies were found in a burnt-out house, local police said.",
    ) == (["anonymous"], ["Victoria Police"])
    # ... and no provincial, state or federal police
    assert _before_and_after(
        "Toronto Police said the suspect was arrested near Union Station.",
        "The suspect had been sought for two days, provincial police said.",
    )[1] == ["anonymous"]
    # a wider force is no local police, and a national one no provincial police
    assert _before_and_after(
        "The Ontario Provincial Police said crews were on their way.",
        "Two bodies were found in a burnt-out house, local police said.",
    )[1] == ["anonymous"]
    assert _before_and_after(
        "The National Police said the suspect had fled.",
        "He was arrested on Monday, provincial police said.",
    )[1] == ["anonymous"]
    # a city's force named as its police district
    assert _before_and_after(
        "The Manila Police District said 11 people were killed in the blast in Manila.",
        "Manila (AFP) - The toll from the blast in Manila rose to 17, police said.",
    ) == (["anonymous"], ["Manila Police District"])


def test_police_are_the_force_another_article_names_not_a_ministry_or_a_country() -> None:
    # the ministry that oversees the police is no force, and a country's police is no name
    assert _before_and_after(
        "The South African Police Service said six people were killed. Minister of Police "
        "Thabo Mkhize said in a statement that the ministry would send a team.",
        "Two suspects were arrested on Sunday, police said.",
    ) == (["anonymous"], ["South African Police Service"])
    assert _before_and_after(  # a tabloid's word for them
        "The South African Police Service said six people were killed.",
        "The gunmen fled in a white minibus, cops said.",
    ) == (["anonymous"], ["South African Police Service"])
    assert _before_and_after(
        "The Central Sulawesi Regional Police said 13 workers had died. Indonesian police "
        "said the cause was under investigation.",
        "The furnace had been repaired a week earlier, police said.",
    ) == (["anonymous"], ["Central Sulawesi Regional Police"])
    # a command whose spokesperson speaks is the force, though it speaks in no name's
    # place itself
    assert _before_and_after(
        "Spokesperson of the Rivers State Police Command, SP Sotonye Iyala, said 12 "
        "bodies had been recovered.",
        "Residents had been scooping fuel from the pipeline, police said.",
    ) == (["anonymous"], ["Rivers State Police Command"])


@pytest.mark.slow
def test_prosecutors_are_the_prosecutors_office_another_article_names() -> None:
    assert _before_and_after(
        "About 400 million euros went missing, the Hamburg public prosecutor's office said.",
        "Prosecutors said the money was used to cover losses.",
    ) == (["anonymous"], ["Hamburg public prosecutor's office"])
    # not another country's prosecutors, nor an association of prosecutors
    assert _before_and_after(
        "The Dubai Public Prosecutor's Office said the banker had been detained.",
        "German prosecutors asked for the extradition of the banker. Prosecutors said he had "
        "fled to Dubai in March.",
    )[1] == ["anonymous"]
    # a tabloid's bullet line gives the word itself as a name: "Prosecutors" names no
    # office, here or in the other articles
    docs = _story(
        "In a statement, the Public Prosecutor's Office said the matches were under "
        "investigation.",
        "Club President Arrested in Match-Fixing Raids\nTwo referees were also arrested as "
        "police searched the stadium\nProsecutors suspect the results of a dozen matches "
        "were bought\nThe president of a football club has been arrested.",
        "Prosecutors said on Thursday that the bribes amounted to about 850,000 euros.",
    )
    assert _spoken(docs) == {"Public Prosecutor's Office"}
    assert _before_and_after(
        "The Polish Prosecutors' Association said it would challenge the law.",
        "Prosecutors said the new law would let officials escape.",
    )[1] == ["anonymous"]


@pytest.mark.slow
def test_a_role_written_before_a_name_is_no_part_of_it_across_a_story() -> None:
    docs = _story(
        "Residents fled in the dark. Maya Chhantyal, a 42-year-old shopkeeper whose tea "
        "stall stood at the edge of the slide, said she heard a roar.",
        "Shopkeeper Maya Chhantyal, 42, said the mud came at night.",
    )
    assert [name for d in docs for name in _speakers(d)] == [
        "Maya Chhantyal", "Maya Chhantyal"]


@pytest.mark.slow
def test_a_role_left_unnamed_is_the_person_another_article_names() -> None:
    named = presslens.analyze(
        "Governor Luiza Carvalho said on X that nobody should go home yet."
    )
    unnamed = presslens.analyze(
        "Residents were told to stay away from the town, the state governor said on Monday."
    )
    before = [a.speaker.name for a in unnamed.attributions if a.speaker]
    assert before and before[0] != "Luiza Carvalho"
    resolve_speakers([named, unnamed])
    assert [a.speaker.name for a in unnamed.attributions if a.speaker] == ["Luiza Carvalho"]
    # a spokesman for the governor holds another title: no holder of "governor" there
    spokesman = presslens.analyze(
        "Tom Reyes, a spokesman for the governor, said the roads were closed."
    )
    again = presslens.analyze(
        "Residents were told to stay away from the town, the state governor said on Monday."
    )
    resolve_speakers([spokesman, again])
    assert [a.speaker.name for a in again.attributions if a.speaker] == before


@pytest.mark.slow
def test_a_countrys_role_goes_to_its_holder_across_the_story() -> None:
    # "Italy's defence minister" and the "the minister" that repeats it are the role, as
    # written, in their article; another article names the holder
    named = presslens.analyze(
        "Defence Minister Carla Benedetti told Corriere della Sera that two frigates would "
        "sail to the Red Sea."
    )
    unnamed = presslens.analyze(
        "Italy’s defence minister said on Monday that two frigates would sail to the "
        "Red Sea.\nSpeaking in Rome, the minister said the ships would protect merchant "
        "vessels."
    )
    before = [a.speaker.name for a in unnamed.attributions if a.speaker]
    assert before == ["Italy’s defence minister"] * 2
    resolve_speakers([named, unnamed])
    assert [a.speaker.name for a in unnamed.attributions if a.speaker] == ["Carla Benedetti"] * 2


@pytest.mark.slow
def test_a_role_of_two_titles_goes_to_the_one_who_holds_both() -> None:
    named = presslens.analyze(
        "Northfield chief executive Martin Desrochers told CBC News the plant would stay "
        "closed. Police chief Anna Berg said no crime was suspected."
    )
    unnamed = presslens.analyze(
        "The company’s chief executive said on Friday that the plant would stay closed."
    )
    resolve_speakers([named, unnamed])
    assert [a.speaker.name for a in unnamed.attributions if a.speaker] == ["Martin Desrochers"]


@pytest.mark.slow
def test_one_spelling_the_one_most_articles_write() -> None:
    docs = [
        presslens.analyze("Health Minister Walid al-Qudah said he would resign on Monday."),
        presslens.analyze("Jordan's health minister, Walid al-Qudah, said he had done nothing "
                          "wrong."),
        presslens.analyze("Former minister Waleed Al Qudah said he had signed the contract."),
    ]
    resolve_speakers(docs)
    speakers = _spoken(docs)
    assert speakers == {"Walid al-Qudah"}


@pytest.mark.slow
def test_one_spelling_keeps_accents_and_ignores_a_legal_form() -> None:
    docs = [
        presslens.analyze("Environment Secretary Maria Lourdes Castaneda said the spill was "
                          "growing. The ship's owner, Busan-based Seorin Shipping Co, said it "
                          "regretted the accident."),
        presslens.analyze("Environment Secretary Maria Lourdes Castaneda said fishing was "
                          "banned. Seorin Shipping said it would pay for the clean-up."),
        presslens.analyze("Environment Secretary Maria Lourdes Castañeda said the company "
                          "would pay. Seorin Shipping said salvors were on site."),
    ]
    resolve_speakers(docs)
    speakers = _spoken(docs)
    assert speakers == {"Maria Lourdes Castañeda", "Seorin Shipping"}


@pytest.mark.slow
def test_a_title_the_tagger_read_as_a_name_is_the_person_another_article_names() -> None:
    a = presslens.analyze("Ogun State Commissioner for Physical Planning and Urban Development "
                          "Babatunde Adeleke told reporters that the builder had approval for "
                          "six floors.")
    b = presslens.analyze("The building had 12 floors. Commissioner Babatunde Adeleke said the "
                          "builder had approval for six.")
    resolve_speakers([a, b])
    assert [x.speaker.name for x in a.attributions if x.speaker] == ["Babatunde Adeleke"]


@pytest.mark.slow
def test_one_spelling_without_a_legal_form_when_an_article_writes_it_so() -> None:
    a = presslens.analyze("The contract went to Ingenieros del Valle S.A.S., which said its "
                          "work did not touch the pillars.")
    b = presslens.analyze("Ingenieros del Valle said it would cooperate with investigators.")
    resolve_speakers([a, b])
    speakers = {x.speaker.name for d in (a, b) for x in d.attributions if x.speaker}
    assert speakers == {"Ingenieros del Valle"}


@pytest.mark.slow
def test_a_persons_role_left_unnamed_is_no_organisation_that_ends_in_it() -> None:
    a = presslens.analyze("The Office of the Prime Minister said 40 water trucks were on the "
                          "way. The minister said no refugee would go without water.")
    resolve_speakers([a])
    speakers = [x.speaker.name for x in a.attributions if x.speaker]
    assert speakers[0] == "Office of the Prime Minister"
    assert speakers[-1] != "Office of the Prime Minister"


def test_an_acronym_defined_on_two_parts_of_one_name_is_defined_once() -> None:
    # one article's text ends on the whole name before the bracket, another's on the part
    # the tagger found; both are one name in the story
    docs = [
        presslens.make_document("The Dutch Human Environment and Transport Inspectorate (ILT) "
                                "said it would investigate."),
        presslens.make_document("He asked the Human Environment and Transport Inspectorate "
                                "(ILT) to look into it."),
    ]
    whole = "Dutch Human Environment and Transport Inspectorate"
    names = {whole: whole, "Transport Inspectorate": whole}
    assert story_acronyms(docs, names) == {"ILT": whole}
    # two different names for one acronym: left out
    names["Transport Inspectorate"] = "Transport Inspectorate"
    assert story_acronyms(docs, names) == {}


@pytest.mark.slow
def test_a_rank_in_capitals_is_no_part_of_the_story_name() -> None:
    docs = [
        presslens.analyze("Police Media Spokesman ASP Nuwan Hettiarachchi said the inquiry "
                          "had begun on Monday."),
        presslens.analyze("Police spokesman Nuwan Hettiarachchi said four employees had been "
                          "questioned."),
        presslens.analyze("Nuwan Hettiarachchi, a police spokesman, said more arrests were "
                          "likely."),
    ]
    # the rank's letters are a title ("ASP": an assistant superintendent), in each article
    assert "ASP Nuwan Hettiarachchi" not in {a.speaker.name for d in docs
                                              for a in d.attributions if a.speaker}
    resolve_speakers(docs)
    assert _spoken(docs) == {"Nuwan Hettiarachchi"}


def test_an_acronym_may_stand_for_a_name_with_a_possessive() -> None:
    docs = [
        presslens.make_document("The United Nations Children's Fund (UNICEF) said it would "
                                "replace the doses."),
    ]
    docs[0].entities = [Entity(id="E1", name="United Nations Children's Fund", type="ORG")]
    assert story_acronyms(docs, {}) == {"UNICEF": "United Nations Children's Fund"}


@pytest.mark.slow
def test_a_name_written_family_name_first_goes_to_the_person() -> None:
    docs = [
        presslens.analyze("Labour Minister Keo Vannarith told Reuters that wages were set at "
                          "the negotiating table."),
        presslens.analyze("Labour Minister Keo Vannarith spoke to reporters on Tuesday. Keo "
                          "said the current minimum was among the highest in the region."),
    ]
    resolve_speakers(docs)
    assert _spoken(docs) == {"Keo Vannarith"}


def test_initials_of_a_first_name_are_no_rank() -> None:
    # "JD Vance" is no "Vance" with a rank, so not the other Vance of the story; a rank of
    # three capitals before a surname is ("DIG Wijeratne")
    assert _ranked_person("JD Vance", ["JD Vance", "Usha Vance"]) is None
    assert _ranked_person("DIG Wijeratne", ["Prasanna Wijeratne"]) == "Prasanna Wijeratne"
    assert _ranked_person("ASP Nuwan Hettiarachchi", ["Nuwan Hettiarachchi"]) == (
        "Nuwan Hettiarachchi"
    )


@pytest.mark.slow
def test_a_place_is_no_given_name() -> None:
    # "Israel", which the tagger read as a place, is no "Israel Katz"
    docs = [
        presslens.analyze("Israel said the talks would resume on Monday."),
        presslens.analyze("Defence Minister Israel Katz said the talks would resume."),
    ]
    assert story_names(docs).get("Israel", "Israel") == "Israel"


@pytest.mark.slow
def test_a_description_goes_to_the_organisation_another_article_gives_it() -> None:
    # one article says what the company is, another only what it is
    before, after = _before_and_after(
        (
            "The ward is run by private hospital chain Keelan Healthcare Group. Keelan "
            "Healthcare Group said it would review its procedures."
        ),
        (
            "Three patients have died, and the private hospital chain said it was cooperating "
            "fully with the inquiry."
        ),
    )
    assert before == ["private hospital chain"]
    assert after == ["Keelan Healthcare Group"]


@pytest.mark.slow
def test_a_description_goes_to_a_body_of_its_kind_whose_name_holds_its_words() -> None:
    # an agency by its work; the story names it a directorate
    before, after = _before_and_after(
        "The National Directorate General for Disaster Management said the river was "
        "polluted.",
        "Dead fish piled up on the Tisza.\n\nHungary's disaster management agency said 31 "
        "tonnes of fish had died.",
    )
    assert before == ["Hungary's disaster management agency"]
    assert after == ["National Directorate General for Disaster Management"]
    # a committee is no agency, whatever words it shares
    _, other = _before_and_after(
        "The Disaster Management Committee said the river was polluted.",
        "Dead fish piled up on the Tisza.\n\nHungary's disaster management agency said 31 "
        "tonnes of fish had died.",
    )
    assert other == ["Hungary's disaster management agency"]


@pytest.mark.slow
def test_a_description_goes_to_the_organisation_whose_name_it_fits() -> None:
    # "the state health department" is not the one department its article names
    text = (
        "The India Meteorological Department forecast more heat. Three people have died of "
        "heatstroke, the state health department said."
    )
    doc = presslens.analyze(text)
    other = presslens.analyze(
        "The Vindhya Pradesh Health Department said hospitals had opened cooling wards."
    )
    assert _speakers(doc)[-1] != "Vindhya Pradesh Health Department"
    resolve_speakers([doc, other])
    assert _speakers(doc)[-1] == "Vindhya Pradesh Health Department"
    # with two departments that fit, which one is meant is not known
    alone = presslens.analyze(text)
    before = _speakers(alone)
    resolve_speakers([alone, other, presslens.analyze(
        "The Rajgarh Health Department said the clinics were full.")])
    assert _speakers(alone) == before


@pytest.mark.slow
def test_a_description_after_its_owner_goes_to_the_organisation_it_fits() -> None:
    # "Nepal's disaster authority": the owner says where, the words after it which body
    before, after = _before_and_after(
        (
            "Eleven people are still missing, according to the National Disaster Risk "
            "Reduction and Management Authority."
        ),
        "Nepal's disaster authority said 21 bodies had been recovered by Friday.",
    )
    full = "National Disaster Risk Reduction and Management Authority"
    assert before != [full]  # as written, or anonymous
    assert after == [full]


@pytest.mark.slow
def test_her_lawyer_is_the_one_lawyer_the_story_names() -> None:
    named = ("The sprinter's lawyer, Brian Omwenga, said she had never taken a banned "
             "substance.")
    unnamed = "Her lawyer said the athlete would appeal the ban."
    before, after = _before_and_after(named, unnamed)
    assert before == ["anonymous"]
    assert after == ["Brian Omwenga"]
    # with two lawyers named, whose "her lawyer" is, is not known
    docs = _story(named, "The coach's lawyer, Ruth Wanjiru, said he would appeal.", unnamed)
    assert _speakers(docs[-1]) == ["anonymous"]


@pytest.mark.slow
def test_a_description_owned_by_one_country_is_no_body_of_another() -> None:
    before, after = _before_and_after(
        "The Kenya Wildlife Service said poachers killed two rhinos.",
        "Uganda's wildlife service said two rhinos were killed near the border.",
    )
    assert after == before


@pytest.mark.slow
def test_an_unnamed_holder_of_a_role_is_the_one_another_article_names() -> None:
    before, after = _before_and_after(
        (
            "Mumias East police commander Daniel Kamau said nine kitchen staff had been "
            "questioned. In a statement, principal Roselyne Owino said the meal had been "
            "prepared as usual."
        ),
        (
            "A police commander in Mumias said the school's stock of beans had been seized. "
            "The school's principal said the kitchen had passed an inspection in January."
        ),
    )
    assert before == ["anonymous", "school's principal"]
    assert after == ["Daniel Kamau", "Roselyne Owino"]
    # "a spokeswoman" alone says too little to be the spokeswoman another article names
    spokeswoman = presslens.analyze("Airline spokeswoman Lotte Brouwer said flights resumed.")
    vague = presslens.analyze("A spokeswoman said the backlog would clear by Sunday.")
    resolve_speakers([spokeswoman, vague])
    assert _speakers(vague) == ["anonymous"]


@pytest.mark.slow
def test_a_headlines_role_label_goes_to_the_holder_the_story_names() -> None:
    before, after = _before_and_after(
        "Health Minister Inês Simões Falcão said the decree on overtime would stay.",
        (
            "Health minister: overtime decree 'will not be withdrawn'\nHospital doctors "
            "walked out for a third day on Thursday."
        ),
    )
    # alone, the label is the role title, as CONVENTIONS.md keeps an unnamed role
    assert before == ["health minister"]
    assert after == ["Inês Simões Falcão"]
    # a former or deputy holder of the title is not who holds it
    for other in ("Former Health Minister Rui Pacheco", "Deputy Health Minister Rui Pacheco"):
        before, after = _before_and_after(
            f"{other} said the decree would fail.",
            "Health minister: overtime decree 'will not be withdrawn'\nHospital doctors "
            "walked out for a third day on Thursday.",
        )
        assert after == ["health minister"]


@pytest.mark.slow
def test_a_role_by_whose_it_is_goes_to_its_one_holder_in_the_story() -> None:
    before, after = _before_and_after(
        (
            "Her coach, Simon Kipyego, said the camp would cooperate. Her lawyer, Brian "
            "Omwenga, said she would ask for her B sample to be tested."
        ),
        (
            "The athlete's coach said the camp had nothing to hide. Her lawyer said she would "
            "appeal against the ban."
        ),
    )
    assert before == ["athlete's coach", "anonymous"]
    # "her lawyer": the story names one lawyer (with two, see below, none is chosen)
    assert after == ["Simon Kipyego", "Brian Omwenga"]


@pytest.mark.slow
def test_of_several_holders_a_role_goes_to_the_one_whose_role_shares_its_words() -> None:
    before, after = _before_and_after(
        (
            "Government spokesman Colonel Abdoulaye Dan Kassoua said two staff were still "
            "held. Ministry spokesman Youssef al-Kuwari told reporters in Doha that talks had "
            "involved all parties."
        ),
        (
            "Niger's government spokesman said two people remained in captivity. Qatar's "
            "foreign ministry spokesman said the talks had been long."
        ),
    )
    assert before == ["anonymous", "anonymous"]
    assert after == ["Abdoulaye Dan Kassoua", "Youssef al-Kuwari"]


@pytest.mark.slow
def test_the_holder_of_a_role_may_be_a_person_the_tagger_missed() -> None:
    before, after = _before_and_after(
        (
            "Cholera spread in the north of Uganda, officials said on Monday.\n\nSettlement "
            "commandant Moses Adriko said the boreholes broke."
        ),
        (
            "Nine people have died of cholera in a refugee settlement.\n\nThe settlement "
            "commandant said three boreholes had broken down."
        ),
    )
    assert before == ["settlement commandant"]
    assert after == ["Moses Adriko"]


@pytest.mark.slow
def test_a_legal_form_abbreviated_makes_no_longer_name() -> None:
    docs = _story(
        "Pirates seized the tanker on Monday.\n\nIts Singapore-based manager, Orison Marine "
        "Management Pte. Ltd., said the crew was safe.",
        "The tanker was hijacked off Somalia.\n\nOrison Marine Management said it was in "
        "contact with the pirates.",
    )
    assert _spoken(docs) == {"Orison Marine Management"}


@pytest.mark.slow
def test_the_tail_of_a_title_is_the_person_another_article_names() -> None:
    docs = _story(
        "Ninety-seven inmates escaped on Monday.\n\n\"The generator was serviced in August,\" "
        "National Commissioner of Correctional Services Anel du Toit told reporters.",
        "Inmates escaped from a prison in Mthatha.\n\nSouth Africa's top prisons official, "
        "Anél du Toit, said the backup generator had failed to start.",
    )
    assert _spoken(docs) == {"Anél du Toit"}


@pytest.mark.slow
def test_more_names_after_a_full_name_make_the_full_name() -> None:
    # one outlet adds a Chinese given name after the English one the others write: the
    # name in full
    docs = _story(
        "Pirates seized the tanker.\n\nMr Desmond Tay Wei Liang, managing director of Orison "
        "Marine Management, said the crew was safe.",
        "The tanker was hijacked.\n\nOrison managing director Desmond Tay said talks had begun.",
        "Pirates raised their demand.\n\n\"We are in contact,\" Desmond Tay told reporters.",
    )
    assert _spoken(docs) == {"Desmond Tay Wei Liang"}


@pytest.mark.slow
def test_given_names_before_a_double_family_name_are_the_fuller_spelling() -> None:
    # "Ruiz Palacios" is the family name, not a two-word name with given names before it
    docs = _story(
        "BUENOS AIRES - Central bank governor Martín Ezequiel Ruiz Palacios said the change "
        "was not a devaluation.",
        "The peso weakened.\n\nGovernor Martín Ruiz Palacios said the bank would sell "
        "dollars at the ceiling.",
        "Reserves fell.\n\nRuiz Palacios told La Nación the market would decide.",
        "The peso fell again.\n\nMartín Ruiz Palacios said inflation would keep falling.",
    )
    assert _spoken(docs) == {"Martín Ezequiel Ruiz Palacios"}


@pytest.mark.slow
def test_a_countrys_letters_and_plain_letters_make_no_story_spelling() -> None:
    docs = _story(
        "The US Food and Drug Administration said on Tuesday that consumers should stop "
        "using the drops.",
        "The Food and Drug Administration said it had found bacteria in the drops.",
        "The Food and Drug Administration said the recall covered 14 lots.",
        "Union leader Ramazan Yildirim said the sensors had failed.",
        "Ramazan Yıldırım, the union's chairman, said miners had complained for weeks.",
    )
    assert _spoken(docs) == {"Food and Drug Administration", "Ramazan Yıldırım"}
    # where most articles write the letters, they stay ("UK Space Agency")
    docs = _story(
        "The UK Space Agency said the launch would go ahead.",
        "The UK Space Agency said the rocket was ready.",
        "The Space Agency said the weather was fine.",
    )
    assert _spoken(docs) == {"UK Space Agency"}


@pytest.mark.slow
def test_a_shorter_form_of_a_full_name_is_no_story_spelling() -> None:
    # "Fernanda Lima Souza" is held by "Maria Fernanda Lima Souza"; "Maria Souza", a
    # student, is someone else
    docs = _story(
        "Maria Fernanda Lima Souza, a senator, said reform was urgent.",
        "Fernanda Lima Souza said the vote was Tuesday.",
        "Maria Souza, a student, said it was too late.",
        "Lima Souza said she had the votes.",
    )
    assert [sorted({a.speaker.name for a in d.attributions if a.speaker}) for d in docs] == [
        ["Maria Fernanda Lima Souza"], ["Maria Fernanda Lima Souza"], ["Maria Souza"],
        ["Maria Fernanda Lima Souza"],
    ]


@pytest.mark.slow
def test_one_arabic_name_romanised_three_ways_is_one_speaker() -> None:
    docs = _story(
        "Oil Minister Muhannad Abdul Razzaq al-Khafaji said the refinery would reopen.",
        "Mohannad Abdul-Razzaq al-Khafaji, the oil minister, said output would recover.",
        "Oil minister Muhannad Abd al-Razzaq al-Khafaji told reporters the fire was out.",
    )
    assert len(_spoken(docs)) == 1


def test_a_dateline_run_into_a_name_is_no_story_spelling() -> None:
    docs = [presslens.make_document(t) for t in ("a", "b")]
    for doc, name in zip(docs, ("BAGHDAD - Adel Abdel Mahdi", "Adel Abdel Mahdi"), strict=True):
        doc.entities = [Entity(id="E1", name=name, type="PERSON")]
    assert story_names(docs).get("Adel Abdel Mahdi") == "Adel Abdel Mahdi"
    assert "BAGHDAD - Adel Abdel Mahdi" not in set(story_names(docs).values())


@pytest.mark.slow
def test_a_common_word_before_a_name_makes_no_fuller_spelling() -> None:
    def cut_source(text: str) -> presslens.Document:
        doc = presslens.analyze(text)
        speaker = doc.attributions[-1].speaker
        assert speaker is not None
        speaker.name = "fees Cirrion"  # a source cut inside "the fees Cirrion charges"
        return doc

    docs = [cut_source("The fees were too high, Cirrion said."),
            cut_source("Rivals complained, Cirrion said."),
            presslens.analyze("Cirrion said it competed fairly.")]
    names = story_names(docs)
    assert names["fees Cirrion"] == "Cirrion"


@pytest.mark.slow
def test_a_title_the_tagger_kept_in_a_name_makes_no_story_spelling() -> None:
    docs = _story(
        "The tanker was hijacked.\n\nDesmond Tay said talks had begun.",
        "Pirates raised their demand.\n\nDesmond Tay said the company would not pay.",
        "The crew was freed.\n\nShipowner Desmond Tay said the crew was safe.",
    )
    assert _spoken(docs) == {"Desmond Tay"}


@pytest.mark.slow
def test_a_welsh_patronymic_is_part_of_the_name() -> None:
    docs = _story(
        "CARDIFF - Plaid Cymru leader Rhun ap Iorwerth said the budget was a betrayal of Wales.",
        "ap Iorwerth said his party would vote against it.",
        "Mr ap Iorwerth said Labour had broken its promises.",
    )
    spoken = _spoken(docs)
    assert spoken and all("ap Iorwerth" in name for name in spoken)


@pytest.mark.slow
def test_police_are_the_police_agency_another_article_names() -> None:
    before, after = _before_and_after(
        "Investigators from the South Gyeongsang Provincial Police Agency seized the crane's "
        "maintenance logs. The South Gyeongsang Provincial Police Agency said it would "
        "question site managers.",
        "Three workers were killed when a crane collapsed at the shipyard, police said.",
    )
    assert before == ["anonymous"]
    assert after == ["South Gyeongsang Provincial Police Agency"]
    # a description of a force names none
    _, after = _before_and_after(
        "The provincial police department said the captain was questioned.",
        "Two people were dead and nine missing, police said.",
    )
    assert after == ["anonymous"]


@pytest.mark.slow
def test_an_acronym_written_as_a_word_is_the_name_it_spells_in_any_case() -> None:
    docs = _story(
        "The National Authority for the Campaign Against Alcohol and Drug Abuse (Nacada) said "
        "it had shut 40 dens.",
        "The anti-drug agency NACADA said the brew contained methanol.",
    )
    assert _spoken(docs) == {
        "National Authority for the Campaign Against Alcohol and Drug Abuse"
    }


@pytest.mark.slow
def test_police_are_an_agency_that_speaks_or_serves_the_articles_place() -> None:
    # named in passing, but for the article's own city
    _, after = _before_and_after(
        "TORONTO \u2014 Officers from the Toronto Police Service arrived within minutes.",
        "TORONTO \u2014 Police said the shooter had fled the scene in a car.",
    )
    assert after == ["Toronto Police Service"]
    # a service named in passing (that says nothing) leaves the one force that spoke
    _, after = _before_and_after(
        "Kent Police said a man had been arrested. A helicopter from the National Police Air "
        "Service joined the search.",
        "The boy was found safe after six hours, police said.",
    )
    assert after == ["Kent Police"]


@pytest.mark.slow
def test_a_bodys_title_in_a_headline_is_no_fuller_name_of_the_body() -> None:
    docs = _story(
        "Dubai Airports CEO: Full schedule to be restored by Sunday\n"
        "Dubai International expects to run its full schedule by Sunday, the chief executive "
        "of Dubai Airports, Saeed Al Ketbi, said on Thursday. Dubai Airports said 1,244 "
        "flights had been cancelled.",
        "Dubai Airports said operations had been affected by the weather. It advised "
        "travellers to check with their airlines.",
    )
    assert "Dubai Airports CEO" not in _spoken(docs)
    assert _speakers(docs[1]) == ["Dubai Airports", "Dubai Airports"]


@pytest.mark.slow
def test_a_description_with_its_acronym_in_brackets_is_the_acronyms_body() -> None:
    docs = _story(
        "The UN refugee agency (UNHCR) said about 7,000 people had lost their homes.",
        "UNHCR said its teams were handing out tarpaulins.",
    )
    source = next(a.source for a in docs[0].attributions if a.source)
    assert docs[0].text[source.start : source.end] == "The UN refugee agency (UNHCR)"
    assert _spoken(docs) == {"UNHCR"}


@pytest.mark.slow
def test_a_name_written_joined_or_apart_takes_the_spelling_most_articles_write() -> None:
    docs = _story(
        '"The boat turned over in seconds," Abdelrahman Osman, a 24-year-old from Darfur, '
        "told AP.",
        '"People were holding my legs," Abdelrahman Osman, a survivor, told InfoMigrants.',
        '"We were more than 500," Abdel Rahman Osman, 24, told the Guardian.',
    )
    assert _spoken(docs) == {"Abdelrahman Osman"}
    # a hyphen is one more way of joining: one speaker, whichever spelling
    docs = _story(
        '"We let our customers down," Meranti chief executive Lau Chee-Keong told Bloomberg.',
        '"We have cooperated fully," Lau Chee Keong, its chief executive, said on Monday.',
    )
    assert len(_spoken(docs)) == 1


@pytest.mark.slow
def test_a_name_romanised_and_joined_otherwise_takes_the_spelling_most_articles_write() -> None:
    # one outlet's "Abdul Ghani al-Mutawakkil" has more words, not more name
    docs = _story(
        "The director of the bureau, Abdelghani El Moutawakkil, told Hespress that eight "
        "suspects were in custody.",
        "Abdelghani El Moutawakkil, the bureau's director, told AFP the cell was ready.",
        "Bureau chief Abdelghani El Moutawakkil said the suspects had filmed a police station.",
        "Abdul Ghani al-Mutawakkil, who heads the bureau, told Al Arabiya the suspects had "
        "filmed a police station.",
    )
    assert _spoken(docs) == {"Abdelghani El Moutawakkil"}


@pytest.mark.slow
def test_a_title_in_capitals_before_a_name_is_no_part_of_it() -> None:
    docs = _story(
        "The bus was carrying 64 students when it overturned near Kambu on Friday morning, "
        "Kibwezi OCPD Samwel Kipng'eno said.\n\"He lost control on a bend,\" Mr Kipng'eno "
        "told Citizen TV.",
        "Samwel Kipng'eno, the police commander in Kibwezi, said 13 students had died.",
    )
    assert _spoken(docs) == {"Samwel Kipng'eno"}


@pytest.mark.slow
def test_an_office_named_by_its_title_keeps_its_fuller_name() -> None:
    docs = _story(
        "The Information Commissioner said the airline had broken the law.",
        "The UK Information Commissioner said the fine was 20 million pounds.",
    )
    assert _spoken(docs) == {"UK Information Commissioner"}


@pytest.mark.slow
@pytest.mark.parametrize(
    ("texts", "spelling"),
    [
        # a Swedish legal form is no part of the name a reader knows
        (("Ekvik Charging AB said it would replace the chargers.",
          "Ekvik Charging said the fault lay in a screw terminal."), "Ekvik Charging"),
        # a company's noun the tagger took into the name at a sentence's start
        (("Operator Hakuto Electric Power Co. said a transformer caught fire.",
          "Hakuto Electric Power said the leak had been stopped."), "Hakuto Electric Power"),
        # an Arabic name with its article, where fewer articles write it
        (("Interior Minister Hani Khasawneh said 13 people had died.",
          "Hani Khasawneh said the market would reopen.",
          "Interior Minister Hani Al-Khasawneh said an inquiry would report in two weeks."),
         "Hani Al-Khasawneh"),
        # as many articles each way: the name joined, the given name first
        (("Pieter Vanden Berghe, who heads the cell, said the alliance was watching.",
          "Pieter Vandenberghe said the alliance was watching closely."), "Pieter Vandenberghe"),
        (("Kuwabara Shingo, a JMA official, said aftershocks were likely.",
          "Shingo Kuwabara, a JMA official, said residents should stay alert."),
         "Shingo Kuwabara"),
        # ... but a particle is written apart
        (("Charles de Gaulle said France would resist.",
          "Charles Degaulle said France would fight on."), "Charles de Gaulle"),
        # a generation after the name is no other person, and a middle name's initial no
        # part of the name a story spells
        (("Coast guard spokesman Rear Admiral Ernesto Macaraeg said 20,000 litres had "
          "escaped.",
          "PCG spokesperson Ernesto L. Macaraeg Jr. said 90,000 liters had leaked.",
          "Coast guard spokesperson Ernesto Macaraeg Jr. told reporters the leaks were "
          "plugged."), "Ernesto Macaraeg Jr."),
        (("Cooperatives chairman Arnel P. Ocampo said the deadline would not hold.",
          "Arnel Ocampo said the assemblers were ready."), "Arnel Ocampo"),
        # ... where an article writes the name without it
        (("Actor Michael B. Jordan said the film had been a gamble.",
          "Michael B. Jordan said he would direct the sequel."), "Michael B. Jordan"),
        # a patronymic, as Russian and Central Asian official copy writes it, makes a name
        # no fuller than the one the other outlets write
        (("Energy Minister Yerlan Mukhtarovich Sadykov said heat would return by Friday.",
          "Energy Minister Yerlan Sadykov told reporters crews were working around the "
          "clock."), "Yerlan Sadykov"),
    ],
)
def test_one_spelling_for_a_story(texts: tuple[str, str], spelling: str) -> None:
    assert _spoken(_story(*texts)) == {spelling}


@pytest.mark.slow
def test_a_company_named_for_a_person_or_by_a_noun_keeps_its_whole_name() -> None:
    docs = _story(
        "The Walt Disney Company said it would cut 7,000 jobs.",
        "Walt Disney, the company's founder, once said parks would never be finished.",
    )
    assert _speakers(docs[0]) == ["Walt Disney Company"]
    docs = _story(
        "Brand South Africa said the campaign would launch in London.",
        "South Africa said it would host the summit.",
    )
    assert _speakers(docs[0]) == ["Brand South Africa"]


@pytest.mark.slow
def test_a_short_name_with_another_role_is_another_person() -> None:
    docs = _story(
        "ADDIS ABABA - Mr Tadese, a farmer in Tigray, said locusts had destroyed his crops.",
        "Agriculture Minister Tadese Woldemikael said swarms were spreading.",
    )
    assert _speakers(docs[0]) == ["Tadese"]
    # a role in the same words joins them
    docs = _story(
        "Mr King, the security commissioner, told the paper fighters were returning.",
        "EU Security Commissioner Julian King said the threat was real.",
    )
    assert _speakers(docs[0]) == ["Julian King"]


@pytest.mark.slow
def test_a_title_taken_for_an_organisation_is_the_one_person_who_holds_it() -> None:
    # "The RC": the acronym of "Kigoma Regional Commissioner (RC)", which the tagger reads
    # as an organisation's name "Regional Commissioner"; the story names its one holder
    named = "Kigoma Regional Commissioner Halima Mrisho said 40 people had been rescued."
    other = ("Searches continued on Tuesday. Kigoma Regional Commissioner (RC) Mrs Halima "
             "Mrisho has said that divers would work through the night.\n"
             "The RC said 12 bodies had been recovered.")
    before, after = _before_and_after(named, other)
    assert before == ["Halima Mrisho", "Regional Commissioner"]
    assert after == ["Halima Mrisho", "Halima Mrisho"]
    # a former or deputy holder holds no such title now
    former = (named + " Former Regional Commissioner Juma Kassim said the ferry was old. "
              "Deputy Regional Commissioner Amina Juma said the search would go on.")
    assert _before_and_after(former, other)[1] == ["Halima Mrisho", "Halima Mrisho"]
    # two people of the story hold such a title: the title stays as written
    two = (named + " Dodoma Regional Commissioner Rosemary Senyamule said the region "
           "would send boats.")
    assert _before_and_after(two, other)[1] == ["Halima Mrisho", "Regional Commissioner"]
    # a company's name that ends in a title is no title ("Burger King chief executive")
    company = ("Burger King said it would close 400 restaurants.",
               "Burger King chief executive Tom Curtis said the closures would end by May.")
    assert _before_and_after(company[1], company[0])[1] == ["Burger King"]


@pytest.mark.slow
def test_a_given_name_cut_short_takes_the_full_one_the_story_writes() -> None:
    # two outlets cut the given name, one of them writing the surname joined; one writes
    # it in full: the story's name is the full one, however many cut it
    docs = _story(
        "Belgium faces sabotage, Koen Van Laere told De Standaard on Saturday.",
        "\"The question is when,\" Koen Vanlaere, head of OCAM, told Le Soir.",
        "Koenraad Van Laere, director of OCAM, said the threat was growing.",
    )
    assert _spoken(docs) == {"Koenraad Van Laere"}


@pytest.mark.slow
@pytest.mark.parametrize(
    "texts",
    [
        # "Ali" is no "Alice", nor "Dan" "Danielle": a woman's name made longer
        ("Ali Hassan, a shopkeeper, said the blast shattered his windows.",
         "Alice Hassan, a teacher, said the school would stay closed on Monday."),
        ("Dan Evans, the Riverside FC coach, said the team had trained hard.",
         "Danielle Evans, a lawyer for the league, said the appeal would fail."),
        # roles that share no word: a farmer is no police superintendent
        ("Ram Kumar, a farmer from Mahmoodabad, said the canal had been dry for a month.",
         "Superintendent of Police Ramesh Kumar said two men were arrested."),
        # a given name that opens a longer one is no short form of it
        ("Carl Mendes, who runs a bakery in Porto, said flour prices had doubled.",
         "Economy Minister Carlos Mendes said prices would fall."),
        ("Jan Visser told NOS the dike held.",
         "Janet Visser, a resident, said the water was receding."),
    ],
)
def test_a_short_name_that_names_another_person_stays_its_own(texts: tuple[str, str]) -> None:
    docs = _story(*texts)
    assert len(_spoken(docs)) == 2


@pytest.mark.slow
def test_a_ministry_goes_by_the_name_the_articles_write() -> None:
    # no article writes "Ministry of Interior": the story keeps their "interior ministry"
    docs = _story("About 40 people were arrested in Paris, the interior ministry said.",
                  "The Interior Ministry said 250,000 people marched.")
    assert _spoken(docs) == {"Interior Ministry"}
    # one article writes the ministry's name: the story uses it
    docs = _story("The Ministry of Health said three people died.",
                  "The health ministry said more deaths would follow.")
    assert _spoken(docs) == {"Ministry of Health"}


@pytest.mark.slow
def test_romanian_letters_with_a_cedilla_are_spelled_as_the_storys_romanian() -> None:
    docs = [
        presslens.analyze("Cătălin Mureşanu, the terminal's director, said the company was "
                          "devastated."),
        presslens.analyze("The blast hit a silo in Constanța. Cătălin Mureşanu said three of "
                          "the dead were employees."),
    ]
    resolve_speakers(docs)
    assert _spoken(docs) == {"Cătălin Mureșanu"}
    # without the story's Romanian letters, a cedilla stays (Turkish "Şahin"), and so it
    # does in a Turkish name beside them
    turkish = [presslens.analyze("Governor Oğuz Şahin said the road was closed.")]
    resolve_speakers(turkish)
    assert _spoken(turkish) == {"Oğuz Şahin"}
    mixed = [
        presslens.analyze("The ship left Constanța on Monday. Its owner, Kemal Şimşek, said "
                          "the cargo was insured."),
        presslens.analyze("Kemal Şimşek told reporters the crew was safe."),
    ]
    resolve_speakers(mixed)
    assert _spoken(mixed) == {"Kemal Şimşek"}


@pytest.mark.slow
def test_where_a_company_is_based_makes_no_fuller_name() -> None:
    docs = [
        presslens.analyze("The Manchester-based Tarnwell Mobility said in a statement it was "
                          "recalling 76,000 scooters."),
        presslens.analyze("Tarnwell said owners would get a refund. Tarnwell Mobility said "
                          "it was sorry."),
    ]
    resolve_speakers(docs)
    assert _spoken(docs) == {"Tarnwell Mobility"}


@pytest.mark.slow
def test_one_outlet_is_one_venue_in_a_story() -> None:
    # written with and without its accent, or by the initials of a paper another article
    # names in full: one venue, and so no venue conflict with itself
    docs = [
        presslens.analyze("Ciarán Mac Lochlainn told RTÉ the company was deeply sorry."),
        presslens.analyze("Mac Lochlainn told RTE that the company was deeply sorry."),
        presslens.analyze("The BIS director told Mladá fronta DNES that 60 people had been "
                          "approached."),
        presslens.analyze("The BIS director told MfD that 60 people had been approached."),
    ]
    resolve_speakers(docs)
    venues = [a.venue for d in docs for a in d.attributions]
    assert venues == ["RTÉ", "RTÉ", "Mladá fronta DNES", "Mladá fronta DNES"]
    # initials are no kind of outlet the story names ("ST" is no "state television")
    docs = [presslens.analyze("The minister said in an interview with ST that the deal was "
                              "signed."),
            presslens.analyze("The minister told state television that the deal was signed.")]
    resolve_speakers(docs)
    assert [a.venue for d in docs for a in d.attributions] == ["ST", "state television"]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("lead", "other", "name"),
    [
        # a company's noun capitalised at a sentence's start is no word of its name
        ("Steelmaker Norbridge Steel Inc said it would lay off 240 workers.",
         "Norbridge Steel said the orders had collapsed.", "Norbridge Steel"),
        ("Parent Taegang Group said it would set up a fund for the families.",
         "Taegang Group said the plant would stay shut.", "Taegang Group"),
        ("Manufacturer Voltero said it was recalling 58,000 scooters.",
         "Voltero said the cells came from one supplier.", "Voltero"),
    ],
)
def test_a_company_noun_before_a_name_is_no_fuller_spelling(
    lead: str, other: str, name: str
) -> None:
    assert _spoken(_story(lead, other)) == {name}


@pytest.mark.slow
def test_titles_and_courtesy_words_outlets_leave_untranslated_are_no_part_of_a_name() -> None:
    docs = _story(
        "Eng. Mohammed Obaid Al Zaabi said the units would be collected.",
        "Mohammed Obaid Al Zaabi, the ministry's director, said the fires had stopped.",
        "Ato Yonas Berhane said the depot had been inspected in June.",
        "Yonas Berhane told reporters that the fire was out.",
    )
    assert _spoken(docs) == {"Mohammed Obaid Al Zaabi", "Yonas Berhane"}
    # a title's word that is also a name's: first, before a given name, only
    docs = _story(
        "Eng Kok Wah, a 58-year-old hawker, said the stall was closed.",
        "National University of Singapore president Tan Eng Chye said the campus was safe.",
        "Emma Coronel Aispuro told the court she was sorry.",
    )
    assert _spoken(docs) == {"Eng Kok Wah", "Tan Eng Chye", "Emma Coronel Aispuro"}


@pytest.mark.slow
def test_a_korean_family_name_in_another_romanisation_is_one_person() -> None:
    docs = _story(
        "Labour minister Lee Kang-mo said the company had ignored warnings.",
        "Labour minister Rhee Kang-mo told KBS the inspections would widen.",
        "Minister Lee Kang-mo said the unit would stay shut.",
    )
    assert _spoken(docs) == {"Lee Kang-mo"}


@pytest.mark.slow
def test_a_korean_chief_by_family_name_initials_or_in_full_is_one_person() -> None:
    docs = _story(
        "Samsung mobile chief Koh Dong-jin told reporters on Friday that the company would "
        "recall 2.5 million phones.",
        "Mr Koh said the company was deeply sorry for the inconvenience to customers.",
        "DJ Koh, president of Samsung's mobile business, said the firm would replace every "
        "phone.",
    )
    assert _spoken(docs) == {"Koh Dong-jin"}


@pytest.mark.slow
def test_one_statement_given_to_two_romanisations_is_one_person() -> None:
    quote = ("the depot's cooling system had failed hours before the fire reached the "
             "second tank")
    docs = _story(
        f"Regional governor Oleh Dovhaniuk said {quote}.",
        f"Governor Oleh Dovhaniuk told reporters in Lviv that {quote}.",
        f"Oleg Dovganyuk, the regional governor, said {quote}.",
    )
    assert _spoken(docs) == {"Oleh Dovhaniuk"}


@pytest.mark.slow
def test_alike_names_that_say_other_things_or_meet_in_one_article_stay_two() -> None:
    # alike, but no statement in common: nothing says they are one
    docs = _story(
        "Regional governor Oleh Dovhaniuk said the depot had been inspected in May.",
        "Oleg Dovganyuk, a firefighter, said crews had worked through the night.",
    )
    assert _spoken(docs) == {"Oleh Dovhaniuk", "Oleg Dovganyuk"}
    # one statement, but one article names both: two people
    docs = _story(
        "Oleh Dovhaniuk said the depot had been inspected in May. His cousin Oleg Dovganyuk "
        "said the depot had been inspected in May as well.",
        "Oleg Dovganyuk said the depot had been inspected in May.",
    )
    assert _spoken(docs) == {"Oleh Dovhaniuk", "Oleg Dovganyuk"}
    # one statement, but a relative's: two people of one family
    docs = _story(
        "Yuka Tanaka said the water had risen to the second floor within minutes.",
        "Her daughter Yuki Tanaka said the water had risen to the second floor within "
        "minutes.",
    )
    assert _spoken(docs) == {"Yuka Tanaka", "Yuki Tanaka"}
    # a line every official says is no evidence
    docs = _story(
        "Serhiy Kovalenko, a police spokesman, said: \"We do not comment on ongoing "
        "operations.\"",
        "Sergei Kovalenko, a ministry official, said: \"We do not comment on ongoing "
        "operations.\"",
    )
    assert len(_spoken(docs)) == 2
    # nor a statement and its negation
    docs = _story(
        "Serhiy Kovalenko said there was a threat to the northern power station tonight.",
        "Sergei Kovalenko said there was no threat to the northern power station tonight.",
    )
    assert len(_spoken(docs)) == 2


@pytest.mark.slow
def test_the_company_an_article_took_for_a_newspaper_is_the_storys_company() -> None:
    docs = _story(
        "Ardcroft Home, an Irish appliance company, is recalling 40,000 air fryers. The "
        "company said it had received 12 reports of overheating.",
        "Ardcroft Home Ltd is recalling its AF-5 air fryers. The company said no one had "
        "been hurt.",
        "Households were told to stop using the AF-5 fryers at once, the Süddeutsche "
        "Zeitung reported. The company said it had received 14 reports of overheating.",
    )
    assert _speakers(docs[2]) == ["Süddeutsche Zeitung", "Ardcroft Home"]
    # a company some other article's "the company" also names stays itself
    docs = _story(
        "Hokusei Semiconductor said the fire had halted its Kurihara plant. The company "
        "said output would resume in May.",
        "Sanrei Motor, a car company, said it had enough chips for a month. Hokusei "
        "Semiconductor said the plant was closed. The company said output would resume in "
        "May.",
        "Sanrei Motor, the car company, said production was unaffected. The company said "
        "it had two weeks of stock.",
        "Sanrei Motor Co said it was monitoring supplies. The company said it had two weeks "
        "of stock.",
    )
    assert "Hokusei Semiconductor" in _speakers(docs[0])
