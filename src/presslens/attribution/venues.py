"""Where a statement was given or published: "told Reuters", "in an interview with Die Welt".

:func:`find_venue` reads the venue off a cue; :func:`carry_venues` carries it along a
passage to the same speaker's later statements.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from typing import Any

from ..datelines import wire_credit
from ..given_names import is_given_name
from ..model import Entity, Speaker
from ..names import (
    ANONYMOUS,
    MEDIA_NOUNS,
    OUTLETS,
    REPORTER_NOUNS,
    TITLE_WORDS,
    WORD,
    is_city,
    is_place,
    known_outlet,
    normalise_occasion,
    normalise_outlet,
    same_name,
)
from ..stages.dates import MONTHS, WEEKDAYS
from .cues import SPEECH_VERBS
from .found import Found
from .spans import outlet_owner, trailing_address
from .speakers import SpeakerResolver

#: the nouns for a paper or broadcaster that speaks ("the newspaper said")
_PAPER_NOUNS = frozenset("newspaper paper daily weekly tabloid broadcaster magazine".split())
#: Prefix of an anaphoric venue ("the newspaper") that the article resolves to an outlet.
ANAPHOR = "the "
#: The venue of a statement given to the article's own outlet ("told our correspondent",
#: "told this newspaper"), which the article resolves to its outlet.
OWN_OUTLET = "this outlet"
_OWN_NOUNS = frozenset(
    """correspondent correspondents reporter reporters journalist journalists newspaper
    paper publication website site medium outlet newsroom station channel programme
    program""".split()
)
_STATEMENT = frozenset(["statement", "release", "communique", "communiqué"])
#: occasions a statement is given at or in ("at a press conference", "in a report"); the
#: venue is the occasion as written, with its compound ("press conference")
_OCCASIONS = frozenset(
    """report speech conference gaggle briefing presentation memo letter complaint ruling
    website op-ed editorial blog email testimony filing""".split()
)
#: who sits in a legislature, or the house itself: a statement told to them ("told
#: lawmakers", "told MPs", "told the chamber") or made in it ("said in parliament") was
#: given in parliament
_LEGISLATURE_WORDS = frozenset(
    "lawmakers legislators mps parliamentarians deputies parliament chamber".split()
)
LEGISLATURE = "parliament"
#: words of the house that say something else too (a sheriff's deputies, a court's or a
#: chamber of commerce's chamber): the house only in an article that names one
_AMBIGUOUS_HOUSE = frozenset(["deputies", "chamber"])
_HOUSE_NAMED = re.compile(
    r"\b(?:parliament|assembly|congress|senate|legislature|lawmakers|legislators|MPs|"
    # houses by their own names
    r"house of (?:representatives|commons|lords|delegates)|duma|knesset|bundestag|sejm|"
    r"saeima|seimas|riigikogu|storting|riksdag|folketing|eduskunta|d[aá]il|majlis|sabha|"
    r"rada|cortes)\b",
    re.IGNORECASE,
)
_OTHER_CHAMBER = re.compile(
    r"\b(?:court|tribunal|judges?|trial chamber|chamber of (?:commerce|mines|industry))\b",
    re.IGNORECASE,
)
#: words before an occasion that say when or how it came, not which kind it is
_PASSING = frozenset(
    """latest new separate brief short written joint final first second earlier later
    recent own full further previous detailed lengthy rare fresh special televised
    emotional same internal""".split()
)
#: verbs that introduce the title of a publication ("a magazine called ...")
_NAMING = frozenset(["call", "title", "name", "dub", "entitle"])
#: a venue phrase runs on into the person at the outlet ("Breitbart News Daily host Alex
#: Marlow", "CNN's Wolf Blitzer"): the outlet is what comes before
_PERSON_AT_OUTLET = re.compile(
    r"\s+(?:host|co-host|anchor|presenter|correspondent|reporter|editor|columnist|"
    r"commentator)\b.*$|['’]s\s+[A-Z].*$"
)
_SOCIAL = {
    "tweet": "Twitter",
    "twitter": "Twitter",
    "facebook": "Facebook",
    "instagram": "Instagram",
    "tiktok": "TikTok",
    "telegram": "Telegram",
    "bluesky": "Bluesky",
    "linkedin": "LinkedIn",
    "youtube": "YouTube",
    "weibo": "Weibo",
    "wechat": "WeChat",
    "whatsapp": "WhatsApp",
    "snapchat": "Snapchat",
    "reddit": "Reddit",
    "vkontakte": "VKontakte",
    "post": None,
}
#: a network's parts a statement is posted on ("on its official Weibo account")
_NETWORK_PARTS = frozenset("account page channel feed profile handle".split())
_NETWORKS = frozenset(v for v in _SOCIAL.values() if v)
#: What is posted on a network ("in a post on X", "in a video on TikTok").
_POSTED = frozenset("post message video statement thread comment".split())
#: Entity types that are places, times or people, never where a statement was given.
_NOT_VENUE_TYPES = frozenset("PERSON GPE LOC DATE TIME CARDINAL ORDINAL QUANTITY FAC EVENT".split())
#: languages a statement is made in ("she said in French"), no venue
LANGUAGES = frozenset(
    """English French Spanish Portuguese German Italian Dutch Russian Ukrainian Polish
    Arabic Persian Farsi Turkish Greek Hebrew Chinese Mandarin Cantonese Japanese Korean
    Hindi Urdu Bengali Tamil Swahili Amharic Hausa Yoruba Zulu Afrikaans Indonesian Malay
    Thai Vietnamese Tagalog Filipino Swedish Norwegian Danish Finnish Czech Romanian
    Hungarian Serbian Croatian Catalan Basque Kurdish Pashto Dari""".split()
)


def _is_name(tok: Any) -> bool:
    """A capitalised word, a number ("Channel 4"), or a word with a capital inside ("eNCA")."""
    text = tok.text
    return bool(
        text[:1].isupper() or text[:1].isdigit()
        or (text[:1].isalpha() and any(c.isupper() for c in text[1:]))
    ) and not tok.is_punct


def outlet_phrase(doc: Any, i: int, limit: int | None = None) -> str | None:
    """The outlet a phrase starting at token ``i`` names, read left to right.

    ``[the] [Country's] [descriptors] [media noun] [Name]``: "German daily Die Welt",
    "Germany's Die Welt", "the Kuwaiti newspaper Al-Qabas", "state news agency Antara",
    "the BBC". A media noun without a name ("the newspaper", "the broadcaster") gives
    ``"the newspaper"`` (:data:`ANAPHOR`), for the article to resolve; "reporters" gives
    ``"reporters"``. None when the phrase names no outlet (a person, a place, a date).
    """
    end = len(doc) if limit is None else min(limit, len(doc))
    j = i
    article = ""
    if j < end and doc[j].lower_ in ("the", "a", "an"):
        # as written: a capital "The" mid-sentence is the masthead's ("told The Athletic")
        article = f"{doc[j].text} " if doc[j].lower_ == "the" else ""
        j += 1
    if j + 1 < end and doc[j].lower_ in ("our", "this") and doc[j + 1].lower_ in _OWN_NOUNS:
        return OWN_OUTLET  # "told our correspondent", "told this newspaper"
    if j < end and doc[j].lower_ in REPORTER_NOUNS and not (
        j + 1 < end and doc[j + 1].lower_ in _TOLD_OCCASIONS
    ):  # "told the press", not "told a media briefing"
        return "reporters"
    if j < end and _legislature(doc[j]):
        return LEGISLATURE
    # "said on state television", "told state radio": the state's broadcaster, unnamed
    if j + 1 < end and doc[j].lower_ in _STATE and doc[j + 1].lower_ in _STATE_MEDIA and not (
        j + 2 < end and _is_name(doc[j + 2])
    ):
        return f"state {_STATE_MEDIA[doc[j + 1].lower_]}"
    # "told a news conference", "told a rally in Lilongwe": the occasion, as written
    k = j
    while k < end and k - j < 3 and doc[k].is_lower and doc[k].lower_ not in _TOLD_OCCASIONS:
        k += 1
    if k < end and doc[k].lower_ in _TOLD_OCCASIONS and (k == j or doc[k - 1].dep_ in (
        "compound", "amod"
    ) or doc[k - 1].lower_ in ("news", "press", "media")):
        if k + 1 < end and doc[k + 1].lower_ == "call":
            k += 1  # "told a conference call with analysts"
        return str(doc[j : k + 1].text).lower()
    # "Saudi-owned Al-Hadath", "Dubai-based Al Arabiya": who owns it or where it is, a
    # descriptor
    while j + 2 < end and doc[j + 1].text == "-" and doc[j + 2].lower_ in _OWNED:
        j += 3
        article = ""  # "the state-run National News Agency": the "the" is the description's
    # "Germany's Die Welt": a place's possessive is a descriptor; an outlet's ("CNN's Wolf
    # Blitzer") is the outlet
    possessor: list[Any] = []
    k = j
    while k < end and _is_name(doc[k]) and k - j < 4:
        k += 1
    if k > j and k < end and doc[k].tag_ == "POS":
        possessor = list(doc[j:k])
        j = k + 1
    noun: str | None = None
    m = next(
        # a capitalised "Daily", "News" or "Times" belongs to a name
        (x for x in range(j, min(end, j + 6)) if doc[x].text in MEDIA_NOUNS),
        None,
    )
    if m is not None and all(not t.is_punct or t.text in "-'’" for t in doc[j:m]):
        # "German business daily", "the Kuwaiti newspaper", "state news agency", or the
        # name before the noun: "the Yonhap news agency", "the Guardian newspaper"
        # (after a place's possessive, "South Africa's Sowetan newspaper", the descriptor is
        # over: a word the tagger calls a nationality is the name)
        before = [t for t in doc[j:m]
                  if _is_name(t) and (possessor or t.ent_type_ not in ("NORP", "GPE"))]
        while m + 1 < end and doc[m + 1].text in MEDIA_NOUNS:
            m += 1
        noun = doc[m].lower_
        if before and not (m + 1 < end and _is_name(doc[m + 1])):
            return _outlet(doc[before[0].i : before[-1].i + 1].text)
        j = m + 1
    name: list[Any] = []
    while j < end:
        t = doc[j]
        if _is_name(t) or (name and t.lower_ in _OUTLET_GLUE and j + 1 < end
                           and _is_name(doc[j + 1])):
            if t.ent_type_ in ("DATE", "TIME") and not name and not known_outlet(
                _capitalised_run(doc, j, end)
            ):
                break  # "told Thanksgiving shoppers" (but "told Business Day")
            name.append(t)
            j += 1
            continue
        if name and _lower_masthead_word(t, name, end):
            # "Mladá fronta DNES", "Jutarnji list", "Hospodářské noviny": a masthead's
            # common word in its language's lower case
            name.append(t)
            j += 1
            if t.dep_ in ("dobj", "pobj", "dative", "appos"):
                break  # the phrase's head ends the name
            continue
        break
    while name and _date_word(name[-1]):
        name.pop()  # "told Reuters on Tuesday", "told CNN Monday"
    if name:
        text = doc[name[0].i : name[-1].i + 1].text
        ent = next((e for e in doc.ents if e.start <= name[0].i < e.end), None)
        if known_outlet(text):
            # "told TT", "told Business Day": an outlet presslens knows, whatever the
            # tagger took it for (a place, a date)
            ent = None
        if possessor and noun is None and (ent is None or ent.label_ == "PERSON") and not any(
            p.ent_type_ in ("GPE", "LOC", "NORP") for p in possessor
        ):
            return _outlet(doc[possessor[0].i : possessor[-1].i + 1].text)
        if noun is None and ent is not None and ent.label_ in ("GPE", "LOC", "DATE", "TIME"):
            return None
        if noun is None and ent is not None and ent.label_ == "NORP" and len(name) == 1 \
                and not article:
            return None  # "told Saudi ...": a nationality (but "The Hindu", "Newstalk ZB")
        if noun is None and not possessor and ent is not None and ent.label_ == "PERSON" and (
            len(name) == 2 and name[0].pos_ == "PROPN" and name[0].ent_type_ == "PERSON"
            and name[0].text not in _KNOWN_OUTLET_WORDS
            and not name[-1].is_lower  # "Jutarnji list": no person's name ends in lower case
        ):
            return None  # "told Maria Lopez": a person, not an outlet
        if noun is None and not possessor and len(name) > 1 and (
            name[0].lower_.rstrip(".") in TITLE_WORDS
        ) and name[1].ent_type_ == "PERSON":
            return None  # "Speaking to President Joe Biden": a titled person
        if noun is None and not possessor and not (
            _GROUP_NOUN.match(doc[j : min(end, j + 3)].text) if j < end else False
        ):
            # "the Huffington Post" -> "The Huffington Post"; but "the Funke media group"
            # is Funke's group
            text = article + text
        return _outlet(text)
    if possessor and noun is None:
        return None
    if noun is not None:
        return ANAPHOR + noun
    return None


#: what an outlet has or puts out, after its name in lower case ("LRT portal", "Channel 12
#: news"): no word of the name
_MEDIA_PARTS = frozenset(
    """news portal website site programme program show podcast bulletin broadcast edition
    channel service app account page feed newsletter blog column interview desk team
    online""".split()
)


def _lower_masthead_word(tok: Any, name: list[Any], end: int) -> bool:
    """``tok``, in lower case after the capitalised ``name`` read so far, is a word of an
    outlet's masthead: a singular noun or an adjective, no media noun ("CNN television"),
    date or plural ("CNN viewers"), before another word of the name ("Mladá fronta DNES")
    or as the head the name's words modify ("told Jutarnji list that")."""
    doc = tok.doc
    if not (tok.is_lower and tok.is_alpha and tok.tag_ in ("NN", "JJ", "NNP", "FW")) or (
        tok.text in MEDIA_NOUNS or tok.lower_ in REPORTER_NOUNS or _date_word(tok)
        or tok.lower_ in _TOLD_OCCASIONS or tok.lower_ in _MEDIA_PARTS
    ):
        return False
    nxt = tok.i + 1
    if nxt < end and _is_name(doc[nxt]) and (
        tok.head.i == nxt or doc[nxt].head.i in (tok.i, *(n.i for n in name))
    ):
        return True
    # the last word of the phrase: what follows opens no other word of it
    return tok.dep_ in ("dobj", "pobj", "dative", "appos") and (
        nxt >= end or doc[nxt].pos_ not in ("NOUN", "PROPN", "ADJ", "NUM")
    )


#: a group's nouns after an outlet's name, whose "the" the name does not keep ("the Funke
#: media group"; but "the Irish Times podcast" is The Irish Times')
_GROUP_NOUN = re.compile(r"(?:[a-z-]+ )?(?:group|network|company|chain|empire|stable)\b")
#: Occasions a statement is told to ("told a news conference", "told a rally").
_TOLD_OCCASIONS = frozenset(
    """conference briefing rally meeting summit hearing session parliament audience crowd
    gathering forum assembly congress convention""".split()
)
#: Verbs of a participial phrase that names the occasion ("Speaking at a news conference,
#: the mayor said ...", "speaking to regional broadcaster Omroep Brabant").
_OCCASION_VERBS = frozenset(["speak", "talk", "address", "write", "post", "appear", "testify"])

#: Lower-case words that describe an outlet before its name.
_DESCRIPTORS = frozenset(
    """state state-run state-owned public private business financial online local regional
    national leading influential independent conservative liberal left-leaning
    right-leaning english-language arabic-language sunday weekly daily evening morning
    news""".split()
)
#: The second half of a hyphenated descriptor before an outlet's name ("Saudi-owned",
#: "Beirut-based", "state-run").
_OWNED = frozenset(
    "owned based run funded backed controlled affiliated financed headquartered".split()
)
#: a state's own outlet, unnamed ("state television", "state-run radio")
_STATE = frozenset(["state", "state-run", "state-owned", "state-controlled"])
_STATE_MEDIA = {"television": "television", "tv": "television", "radio": "radio",
                "broadcaster": "broadcaster", "media": "media", "channel": "television"}
#: lower-case words inside an outlet's name ("Corriere della Sera", "Folha de S.Paulo")
_OUTLET_GLUE = frozenset(
    "of the and & - della dello delle del di de do da dos das du des van von der den y am"
    .split()
)
#: First words of outlet names that the tagger reads as a person's ("Die Welt").
_KNOWN_OUTLET_WORDS = frozenset(["Die", "Der", "Le", "La", "El", "Il", "Al", "De"])


#: words that say when, in a name's place ("told Reuters on Tuesday", "told CNN Monday"):
#: the weekdays and months the date stage reads, and the days said by name
_DATE_WORDS = frozenset(WEEKDAYS) | frozenset(MONTHS) | frozenset(
    ["today", "yesterday", "tomorrow", "tonight"]
)


def _legislature(tok: Any) -> bool:
    """Whether ``tok`` is the house or its members as a whole noun phrase ("lawmakers",
    "the chamber"; not "the chamber of commerce", "parliament's defence committee"), the
    ambiguous "deputies" and "chamber" only where the article names a house and, for
    "chamber", no court or chamber of commerce before it."""
    if tok.lower_ not in _LEGISLATURE_WORDS:
        return False
    text = tok.doc.text
    if tok.lower_ in _AMBIGUOUS_HOUSE and (
        not _HOUSE_NAMED.search(text)
        or (tok.lower_ == "chamber" and _OTHER_CHAMBER.search(text, 0, tok.idx))
    ):
        return False  # "the suspect told deputies", "the prosecutor told the chamber"
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    return nxt is None or not (
        nxt.lower_ == "of" or nxt.tag_ == "POS" or nxt.pos_ in ("NOUN", "PROPN")
    )


def _date_word(tok: Any) -> bool:
    """A word of a date or a time: a weekday, a month, a number, "today" (a word the
    tagger typed a date but that is none stays a name: "told Business Day")."""
    return tok.ent_type_ in ("DATE", "TIME") and (
        tok.lower_.rstrip(".") in _DATE_WORDS or tok.like_num or not tok.is_alpha
    )


def _capitalised_run(doc: Any, j: int, end: int) -> str:
    """The run of names that starts at token ``j`` ("Business Day", "TT")."""
    k = j
    while k < end and _is_name(doc[k]):
        k += 1
    return str(doc[j:k].text)


def _sane(ent: Any) -> bool:
    """False for a named entity the tagger ran across a verb ("King told Die Welt")."""
    return not any(t.pos_ in ("VERB", "AUX") for t in ent)


def _np_text(tok: Any) -> str:
    """The noun phrase of ``tok``, without a clause on it ("Dagens Nyheter published on
    Sunday" is "Dagens Nyheter") nor an apposition set off by a comma, where the parser
    may hang the sentence's subject ("In an interview with Agência Brasil, the commander
    of the operation, Edson Gonçalves, said")."""
    doc = tok.doc
    cut = [t.i for t in tok.subtree if any(
        a.head.i == tok.i and (
            a.dep_ in ("acl", "relcl")
            or (a.dep_ == "appos" and a.left_edge.i > 0 and doc[a.left_edge.i - 1].text == ",")
        )
        for a in (t, *t.ancestors) if a.i != tok.i
    )]
    # the phrase ends where the first part cut off begins, its comma with it
    end = min([i for i in cut if i > tok.i], default=tok.right_edge.i + 1)
    ids = [t.i for t in tok.subtree if t.i not in cut and t.i < end]
    while len(ids) > 1 and ids[-1] > tok.i and doc[ids[-1]].text == ",":
        ids.pop()
    lo, hi = min(ids), max(ids)
    for ent in doc.ents:
        if ent.start <= tok.i < ent.end and ent.label_ != "DATE" and _sane(ent):
            lo, hi = min(lo, ent.start), max(hi, ent.end - 1)
    # a capitalised name the parser split ("Russia Today" as dobj + npadvmod)
    while (
        hi + 1 < len(doc)
        and doc[hi + 1].text[:1].isupper()
        and doc[hi + 1].is_alpha
        and not doc[hi].whitespace_.count("\n")
    ):
        hi += 1
    return str(doc[lo : hi + 1].text)


def _media_np(tok: Any) -> str | None:
    """A proper-noun phrase that can be an outlet (not a person)."""
    owner = outlet_owner(tok)
    if owner is not None:
        # "on RTÉ's Morning Ireland", "on NBC's Meet the Press", "on CBS's Face the Nation":
        # the outlet's programme, whatever the tagger made of its name (a place, a noun,
        # the press)
        return _outlet(_np_text(owner))
    if tok.lower_ in REPORTER_NOUNS:
        return "reporters"
    if tok.pos_ != "PROPN" or not tok.text[:1].isupper():
        return None
    if tok.whitespace_ == "" and tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].like_num:
        return None  # "fell to Sh14.20": a currency's sign before its amount
    ent = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
    if ent is not None and ent.label_ in ("DATE", "TIME"):
        return None  # "On Tuesday Volkswagen AG said": a day is no venue
    # a place or person alone is no venue; "Russia Today" (GPE + more) can be
    if (
        ent is not None
        and _sane(ent)
        and ent.label_ in _NOT_VENUE_TYPES
        and (
            _np_text(tok).strip() == ent.text.strip()
            # "In Soweto, Thandeka Sithole, a hairdresser, said": an apposition the parser
            # hung on the place is no part of any outlet's name, nor another place ("In
            # Nairobi and Mombasa, officials said")
            # nor a clause on the place ("In Germany, where 280,000 were sold, ...")
            or any(
                c.dep_ in ("appos", "relcl")
                or (c.dep_ == "conj" and c.ent_type_ in _NOT_VENUE_TYPES)
                for c in tok.children
            )
        )
    ):
        return None
    # "MSNBC's 'Morning Joe'": the outlet is the possessor
    for child in tok.children:
        if child.dep_ == "poss" and child.pos_ == "PROPN":
            return _outlet(_np_text(child))
    return _outlet(_np_text(tok))


def _addressed_outlet(tok: Any) -> str | None:
    """The outlet ``tok`` names as the one a statement was given to ("told KCBD", "told
    Dagens Nyheter", "speaking to TRT Haber"), also where the tagger typed its name a
    person's or a place's (:func:`_media_np` takes those for people and places): a name
    with no given name in it, no word of another person the article names, and no place
    the gazetteers know; a person's of one word only in capitals. Not "told Angela Reyes",
    "told Macron", "told Reyes" after "Angela Reyes", nor "told Germany"."""
    found = _media_np(tok)
    if found is not None or tok.pos_ != "PROPN" or not tok.text[:1].isupper():
        return found
    ent = next((e for e in tok.doc.ents if e.start <= tok.i < e.end), None)
    if ent is None or ent.label_ not in ("PERSON", "GPE") or not _no_person(ent):
        return None
    return _outlet(ent.text)


def _person_after(ent: Any) -> bool:
    """A description of a person follows the name ("Tom Radio, a farmer whose land was
    flooded"): "a" or "an" after a comma, and no outlet's noun in the next words."""
    after = ent.doc[ent.end : ent.end + 6]
    return len(after) > 2 and after[0].text == "," and after[1].lower_ in ("a", "an") and (
        not any(t.lemma_.lower() in MEDIA_NOUNS for t in after[2:])
    )


#: the words a broadcaster's name may end in that no person's name does
_STATION_ENDS = frozenset(["FM", "AM", "TV", "Radio", "Television"])


def _no_person(ent: Any) -> bool:
    """Whether a name the tagger typed a person's or a place's names no person and no
    place (:func:`_addressed_outlet`): no given name in it, no word of another person the
    article names, no country, province or city; and a person's type only for letters in
    capitals ("KCBD") or a name the article gives an outlet's noun elsewhere ("the Swedish
    daily Dagens Nyheter"), as a name the lexicon does not know may well be a person's
    ("told Xi Jinping", "told Bola Tinubu")."""
    words = [t.text for t in ent if t.is_alpha]
    if _sane(ent) and len(words) > 1 and words[-1] in _STATION_ENDS and not _person_after(ent):
        return True  # "Jawhara FM", "Salaam TV": a station, whatever its first word
    if not _sane(ent) or not words or any(is_given_name(w) for w in words) or (
        is_place(ent.text) or is_city(ent.text)
    ):
        return False
    if ent.label_ == "PERSON" and not any(w.isupper() and len(w) > 1 for w in words) and (
        ent.text not in _outlets_with_a_noun(ent.doc)
    ):
        return False
    people = {t.text for e in ent.doc.ents if e.label_ == "PERSON" and e != ent and len(e) > 1
              for t in e}
    return not people & set(words)


def _outlets_with_a_noun(doc: Any) -> frozenset[str]:
    """The capitalised names right after a media noun anywhere in the text ("daily Dagens
    Nyheter", "broadcaster TRT Haber"), read once per text."""
    found: frozenset[str] | None = doc.user_data.get("presslens_outlets_with_a_noun")
    if found is None:
        names = set()
        for tok in doc:
            if tok.text not in MEDIA_NOUNS:
                continue
            if tok.i + 1 < len(doc) and _is_name(doc[tok.i + 1]):
                k = tok.i + 1
                while k < len(doc) and _is_name(doc[k]):
                    k += 1
                names.add(doc[tok.i + 1 : k].text)
            # "Agência Brasil, the state news agency": the noun in apposition after it
            k = tok.i - 1
            while k > tok.sent.start and doc[k].is_lower and doc[k].lower_ not in (
                "the", "a", "an"
            ) and tok.i - k < 5:
                k -= 1
            if k > tok.sent.start + 1 and doc[k].lower_ in ("the", "a", "an") and (
                doc[k - 1].text == ","
            ):
                end = k - 1
                start = end
                while start > tok.sent.start and _is_name(doc[start - 1]):
                    start -= 1
                if start < end:
                    names.add(doc[start:end].text)
        found = doc.user_data["presslens_outlets_with_a_noun"] = frozenset(names)
    return found


def _outlet(phrase: str) -> str:
    """The outlet named by ``phrase``, without the person at it ("CNN's Wolf Blitzer")."""
    return normalise_outlet(_PERSON_AT_OUTLET.sub("", phrase))


def _network(tok: Any) -> str | None:
    """The network the object of "on" names: X, by the one name CONVENTIONS.md gives the
    network ("Twitter", as a tweet's), a network's name, or "social media"."""
    if tok.text in ("X", "X.") and not any(c.dep_ == "compound" for c in tok.lefts) and not (
        tok.i and tok.doc[tok.i - 1].text[:1].isupper()
    ):
        return "Twitter"  # "wrote on X." at a sentence's end is one token; not "Malcolm X"
    if tok.lower_ == "media" and any(c.lower_ == "social" for c in tok.lefts):
        return "social media"
    if tok.lower_ in _NETWORK_PARTS:
        # "on its WeChat account", "on the ministry's official Facebook page"
        return next((found for c in tok.lefts if c.dep_ in ("compound", "amod", "nmod")
                     and (found := social_network(c.lower_))), None)
    return social_network(tok.lower_)


def social_network(word: str) -> str | None:
    """The network a word names ("tweet", "FACEBOOK" -> "Twitter", "Facebook"), or None."""
    return _SOCIAL.get(word.lower())


def _title_after(tok: Any) -> str | None:
    """The venue the capitalised words right after ``tok`` name ("Trending Today USA")."""
    doc = tok.doc
    words: list[Any] = []
    for t in doc[tok.i + 1 : tok.i + 9]:
        capitalised = t.text[:1].isupper() and not t.is_punct
        if not (capitalised or (words and t.lower_ in ("of", "the", "and", "&"))):
            break
        words.append(t)
    while words and not words[-1].text[:1].isupper():
        words.pop()
    return normalise_outlet(doc[words[0].i : words[-1].i + 1].text) if words else None


#: the kinds of call a company's statements are made on
_CALL_KINDS = frozenset("conference earnings analyst analysts investor investors results".split())


def _call_venue(call: Any) -> str | None:
    """The call a statement was made on, as written ("on a conference call", "on an
    earnings call"; "on a call with analysts": a conference call), or None ("on a call to
    parliament", "on the call": the article's call named before)."""
    kind = [c.lower_ for c in call.lefts
            if c.dep_ in ("compound", "amod") and c.is_alpha and c.lower_ not in _PASSING]
    if kind and all(w in _CALL_KINDS for w in kind):
        return " ".join([*kind, "call"])
    if not kind and any(
        p.dep_ == "prep" and p.lower_ == "with" and any(
            o.dep_ == "pobj" and o.lemma_.lower() in ("analyst", "investor") for o in p.children)
        for p in call.children
    ):
        return "conference call"
    return None



def _from_prep(prep: Any) -> str | None:
    if prep.lower_ == "according":
        # "put the cost at €45 million, according to a statement issued on Friday": the
        # statement is where it was said (a person or an outlet after "according to" is a
        # source, no venue)
        to = next((c for c in prep.children if c.lower_ == "to"), None)
        documents = [o for o in (to.children if to is not None else ())
                     if o.dep_ == "pobj" and o.lemma_.lower() in _STATEMENT | {"filing"}]
        return _from_prep(to) if documents and to is not None else None
    for pobj in prep.children:
        if pobj.dep_ != "pobj":
            continue
        word = pobj.lemma_.lower()
        if word == "call" and prep.lower_ in ("on", "during", "in"):
            call = _call_venue(pobj)
            if call is not None:
                return call
        if (word in _ADDRESSED or word in _PIECES) and word not in _STATEMENT:
            # "in remarks carried by the official APS news agency", "in an interview
            # published by Le Monde": the outlet that carried them
            carried = _carried_by(pobj)
            if carried is not None:
                return carried
        if word in _ADDRESSED:
            # "in an interview with Germany's Die Welt", "in remarks to the BBC"
            for p2 in pobj.children:
                if p2.dep_ == "prep" and p2.lower_ in ("with", "to"):
                    read = outlet_phrase(p2.doc, p2.i + 1, p2.sent.end)
                    if read is not None:
                        return read
                    if word != "interview":
                        continue
                    for o in p2.children:
                        if o.dep_ == "pobj":
                            return _addressed_outlet(o) or normalise_outlet(_np_text(o))
                    # the parser may take a title for a clause ("with Trending Today USA")
                    title = _title_after(p2)
                    if title:
                        return title
            if word == "interview":
                return _interviewer_before(pobj, prep)
        if word in _STATEMENT:
            return "statement"
        # "in an online publication called Black Flags From the Islamic State"
        for acl in pobj.children:
            if acl.dep_ == "acl" and acl.lemma_.lower() in _NAMING:
                title = _title_after(acl)
                if title:
                    return title
        if prep.lower_ in ("on", "to") and pobj.lower_ in MEDIA_NOUNS:
            # "said on Mosaique FM radio", "spoke to the Yonhap news agency"; the owner of
            # a programme ("on Channels Television's Sunrise Daily programme")
            doc = prep.doc
            owner = next((k for k in range(prep.i + 1, pobj.i) if doc[k].tag_ == "POS"), None)
            if owner is not None:
                names = [t for t in doc[prep.i + 1 : owner] if _is_name(t)]
                return _outlet(doc[names[0].i : owner].text) if names else None
            read = outlet_phrase(doc, prep.i + 1, pobj.i + 1)
            if read is not None and not read.startswith(ANAPHOR) and read != "reporters":
                return read
        if prep.lower_ in ("in", "before") and pobj.lower_ in ("parliament", "chamber") and (
            _legislature(pobj)
        ):
            return LEGISLATURE  # "said in parliament", "testified before parliament"
        if word in _OCCASIONS and prep.lower_ in ("in", "at", "during", "on"):
            # with the words that say which kind ("stock exchange filing", "regulatory
            # filing"), not when or how ("its latest report")
            kinds = [c for c in pobj.lefts if c.dep_ == "compound" or (
                c.dep_ == "amod" and c.tag_ == "JJ" and c.lower_ not in _PASSING)]
            start = min((c.left_edge.i for c in kinds), default=pobj.i)
            return " ".join(t.lower_ for t in pobj.doc[start : pobj.i + 1])
        # "in a tweet"; "in a Facebook message", "in a Twitter post"
        for word_tok in (pobj, *(c for c in pobj.lefts if c.dep_ == "compound")):
            network = social_network(word_tok.lower_)
            if network:
                return network
        # "wrote on X", "on social media"; "in a post on X"
        on = [pobj] if prep.lower_ == "on" else [
            o for p2 in pobj.children if p2.dep_ == "prep" and p2.lower_ == "on"
            for o in p2.children if o.dep_ == "pobj"
        ] if word in _POSTED else []
        for target in on:
            network = _network(target)
            if network:
                return network
        if prep.lower_ in ("in", "on", "to", "for") and (
            pobj.pos_ == "PROPN" or (prep.lower_ == "on" and outlet_owner(pobj) is not None)
        ) and not (
            # "said in French": a language; "In Hamilton, ... said": where, set off by a
            # comma at the sentence's start (not "In The Sun," nor "In Time,", which the
            # gazetteer also knows as towns)
            (prep.lower_ == "in" and pobj.text in LANGUAGES)
            or (prep.i == prep.sent.start and pobj.i == prep.i + 1 and len(pobj.text) > 4
                and pobj.i + 1 < len(prep.doc) and prep.doc[pobj.i + 1].text == ","
                and is_city(pobj.text))
        ):
            return _media_np(pobj)
    return None


def _interviewer_before(interview: Any, prep: Any) -> str | None:
    """The outlet named before "interview" ("in the Jyllands-Posten interview", "in a CNN
    interview", whose name the tagger may take for a person's), not a place, a day or a
    medium ("in a TV interview", "in his Sunday interview")."""
    doc = interview.doc
    k = interview.i - 1
    name: list[Any] = []
    while k > prep.i and (_is_name(doc[k]) or (name and doc[k].text == "-")) and (
        doc[k].ent_type_ not in ("GPE", "NORP", "DATE", "TIME")
    ) and doc[k].tag_ != "POS":
        name.insert(0, doc[k])
        k -= 1
    if not name or name[0].text == "-" or all(t.lower_ in MEDIA_NOUNS for t in name):
        return None  # "in a TV interview": how, not with whom
    text = doc[name[0].i : name[-1].i + 1].text
    # an outlet presslens knows, or a name a paper's or broadcaster's word ends
    # ("Jyllands-Posten", "Kyiv Post"); not who or what was interviewed ("his FBI
    # interview", "a White House interview") nor how ("a Zoom interview")
    words = re.split(r"[\s-]+", text.casefold())
    if not (known_outlet(text) or known_outlet(name[0].text) or words[-1] in _MASTHEAD_WORDS):
        return None
    return _outlet(text)


#: words that end a paper's or a broadcaster's name ("Jyllands-Posten", "Kyiv Post",
#: "Sky News")
_MASTHEAD_WORDS = frozenset(
    """post posten times news herald tribune journal gazette zeitung daily telegraph
    guardian observer express mirror mail star sun nation standard press courier chronicle
    review weekly monitor globe independent inquirer dagbladet avis tidende allgemeine
    corriere repubblica stampa tv radio television channel network""".split()
)


#: verbs of an outlet carrying what was said ("remarks carried by APS", "quoted by TASS")
_CARRYING = frozenset(["carry", "publish", "broadcast", "air", "quote", "report"])


def _carried_by(tok: Any) -> str | None:
    """The outlet a "by" phrase on a verb of carrying names, on ``tok`` itself ("quoted as
    saying by the Dutch daily De Telegraaf") or on a participle that qualifies it
    ("remarks carried by the official APS news agency"), or that an "in" or "on" phrase of
    a clause qualifying it names ("an interview that aired Sunday on ABC", "an article
    that ran in Foreign Affairs", "an interview published in Le Monde")."""
    verbs = [tok, *(c for c in tok.children
                    if c.dep_ in ("acl", "relcl") and c.lemma_.lower() in _CARRYING_OR_RUNNING)]
    for verb in verbs:
        for by in verb.children:
            if by.dep_ in ("agent", "prep") and (by.lower_ == "by" or (
                verb is not tok and by.lower_ in ("in", "on")
            )):
                found = outlet_phrase(by.doc, by.i + 1, by.sent.end)
                if found is not None and found != "reporters" and not found.startswith(
                    ANAPHOR
                ):
                    return found
    return None


#: verbs of a piece appearing somewhere ("an article that ran in Foreign Affairs")
_RUNNING = frozenset(["run", "appear"])
_CARRYING_OR_RUNNING = _CARRYING | _RUNNING
#: written pieces an outlet carries ("in an op-ed that ran in the Guardian")
_PIECES = frozenset(["article", "column", "essay", "ed", "op-ed", "piece", "editorial"])


def according_outlet(according: Any) -> str | None:
    """The outlet of an "according to" hung on a speech verb that has its own speaker
    ('"...," Holan said, according to the paper'): who reported what he said, an outlet by
    a media noun or one known as an outlet; else None. The speaker is still the one who
    said it; the outlet is no venue of its own (an article crediting a wire, "the governor
    said, according to Reuters", says where it read it, not where it was said)."""
    cue = according.head
    if according.lower_ != "according" or cue.i == according.i or (
        cue.lemma_.lower() not in SPEECH_VERBS
    ) or not any(c.dep_ in ("nsubj", "nsubjpass") for c in cue.children):
        return None
    to = next((c for c in according.children if c.lower_ == "to"), None)
    if to is None:
        return None
    found = outlet_phrase(according.doc, to.i + 1, according.sent.end)
    if found is None or found == "reporters":
        return None
    phrase = according.doc[to.i + 1 : to.right_edge.i + 1]
    if found.startswith(ANAPHOR) or found in OUTLETS or any(
        t.text in MEDIA_NOUNS for t in phrase
    ):
        return found
    return None


def _quoting_outlet(quoted: Any) -> str | None:
    """The outlet that is the subject of an active "quote" ("Iraq's official news agency,
    INA, quoted the minister as saying", "The Kommersant daily quoted a source as
    saying"): one the phrase calls an outlet with a media noun, or one known as an outlet;
    a statement that quotes is the statement; not "Police quoted the driver"."""
    doc = quoted.doc
    for subj in quoted.children:
        if subj.dep_ != "nsubj":
            continue
        if subj.lemma_.lower() in _STATEMENT:
            return "statement"  # "The statement quoted the minister as saying"
        for start in (*(c.i for c in subj.children if c.dep_ == "appos"), subj.left_edge.i):
            found = outlet_phrase(doc, start, quoted.i)
            if found is None or found == "reporters" or found.startswith(ANAPHOR):
                continue
            if found in OUTLETS or any(t.text in MEDIA_NOUNS for t in subj.subtree):
                return found
    return None


def interview_venue(verb: Any) -> str | None:
    """The outlet of an "in an interview with X" phrase on ``verb``, or None."""
    for child in verb.children:
        if (
            child.dep_ == "prep"
            and child.lower_ in ("in", "during")
            and any(p.dep_ == "pobj" and p.lemma_.lower() == "interview" for p in child.children)
        ):
            return _from_prep(child)
    return None


#: Occasions addressed to someone: "in an interview with X", "in remarks to X".
_ADDRESSED = frozenset(["interview", "remark", "comment", "conversation", "statement"])


def find_venue(cue: Any, content_ids: set[int] | frozenset[int] = frozenset()) -> str | None:
    """The venue for the cue token ``cue`` (a spaCy token), or None."""
    lemma = cue.lemma_.lower()
    if cue.lower_ == "according":  # "according to X": X is the source, not a venue
        return None
    doc = cue.doc
    nxt = cue.i + 1
    if lemma == "tell" and nxt < cue.sent.end and nxt not in content_ids:
        # read the addressee off the words: the parser splits "German daily Die Welt"
        found = outlet_phrase(doc, nxt, cue.sent.end)
        if found is not None:
            return found
    candidates = [cue]
    if cue.dep_ in ("advcl", "xcomp", "conj") and cue.head is not cue:
        candidates.append(cue.head)
    quoted = cue.head.head if lemma == "say" and cue.dep_ == "pcomp" and (
        cue.head.lower_ == "as"
    ) else cue
    if quoted.lemma_.lower() == "quote":
        # "X was quoted as saying by the Dutch daily De Telegraaf", "quoted by TASS as
        # saying"
        saying = [pc for a in quoted.children if a.lower_ == "as"
                  for pc in a.children if pc.dep_ == "pcomp"]
        found = next((f for t in (quoted, *saying) if (f := _carried_by(t)) is not None), None)
        if found is not None:
            return found
        found = _quoting_outlet(quoted)
        if found is not None:
            return found
    # "... were critical, speaking to state broadcaster ERT.": the participle the parser
    # hangs on the content's verb
    addressed = next((a for comp in cue.children if comp.dep_ == "ccomp"
                      and (a := trailing_address(comp)) is not None), None)
    if addressed is not None:
        found = _participle_venue(addressed, cue.sent.end)
        if found:
            return found
    for verb in candidates:
        for child in verb.children:
            if child.i in content_ids:
                continue
            if lemma == "tell" and verb is cue and child.dep_ in ("dobj", "dative", "iobj"):
                found = outlet_phrase(cue.doc, cue.i + 1, cue.sent.end) or _addressed_outlet(
                    child)
                if found:
                    return found
            if child.dep_ == "prep":
                found = _from_prep(child)
                if found:
                    return found
            found = _occasion_participle_venue(child, cue.sent.end)
            if found:
                return found
            # the parser may hang "in a publication called X" on "called"
            if child.dep_ == "advcl" and child.lemma_.lower() in _NAMING and any(
                c.dep_ == "prep" for c in child.children
            ):
                title = _title_after(child)
                if title:
                    return title
    return _speaking_to(cue, content_ids)


def _occasion_participle_venue(
    child: Any, end: int, deps: tuple[str, ...] = ("advcl", "xcomp", "conj", "csubj")
) -> str | None:
    """The venue a participle of speaking or appearing hung on a verb names
    (:func:`_participle_venue`), when ``child`` is one: "Speaking to Reuters, ...",
    "Addressing a news conference in Karachi, ..."."""
    if child.dep_ not in deps or child.lemma_.lower() not in _OCCASION_VERBS:
        return None
    return _participle_venue(child, end)


def _participle_venue(part: Any, end: int) -> str | None:
    """Where a participle of speaking or appearing says the statement was given, its
    sentence ending at token ``end``: the occasion held ("Addressing a news conference in
    Karachi, ...") or who was spoken to ("Speaking to Reuters, ...")."""
    held = _held_venue(part)
    if held is not None:
        return held
    for prep in part.children:
        if prep.dep_ != "prep":
            continue
        if prep.lower_ in ("to", "with"):
            found = outlet_phrase(part.doc, prep.i + 1, end)
        else:
            found = _from_prep(prep)
        if found:
            return found
    return None


def _speaking_to(cue: Any, content_ids: set[int] | frozenset[int]) -> str | None:
    """The outlet of a "Speaking to X," or "Talking to X," that opens the cue's sentence,
    read off the words where the parse hangs it elsewhere ("Speaking to the German
    newspaper Die Welt, Belgian Justice Minister Anke Dewulf said ...")."""
    sent = cue.sent
    first = sent[0] if sent[0].text not in ('"', "“", "'") else sent[1] if len(sent) > 1 else None
    if first is None or first.i >= cue.i or first.i in content_ids:
        return None
    if first.lower_ not in ("speaking", "talking") or first.i + 1 >= sent.end:
        return None
    prep = first.doc[first.i + 1]
    if prep.lower_ not in ("to", "with"):
        return None
    comma = next((t.i for t in first.doc[prep.i + 1 : cue.i] if t.text == ","), None)
    if comma is None:
        return None
    ents = {e for e in first.doc.ents if prep.i < e.start < comma}
    if any(
        t.ent_type_ == "PERSON" and t.text not in _KNOWN_OUTLET_WORDS and not _media_before(t)
        and not any(e.start <= t.i < e.end and _no_person(e) for e in ents)
        for t in first.doc[prep.i + 1 : comma]
    ):
        return None  # "Speaking to President Joe Biden, ...": a person, no venue
    found = outlet_phrase(first.doc, prep.i + 1, comma) or next(
        # "Speaking to TRT Haber on Thursday, ...": a name typed a person's that is none
        (_outlet(e.text) for e in ents if e.start == prep.i + 1 and e.label_ == "PERSON"
         and _no_person(e)), None)
    return None if found is None or found.startswith(ANAPHOR) else found


def _media_before(tok: Any) -> bool:
    """A media noun comes before ``tok`` in its phrase ("the German newspaper Die Welt",
    which the tagger may read as a person's name)."""
    doc = tok.doc
    return any(doc[k].text in MEDIA_NOUNS for k in range(max(tok.sent.start, tok.i - 3), tok.i))


#: Verbs whose "to X" / "with X" names who was addressed ("spoke to Die Welt").
_ADDRESS_VERBS = frozenset(["speak", "talk", "interview", "write", "tell", "give"])


def outlets_named(parse: Any) -> list[tuple[int, str]]:
    """(offset, outlet) of every outlet the text names with a media noun or as the one
    spoken to ("German daily Die Welt", "spoke to Die Welt on Sunday"), in text order."""
    out: list[tuple[int, str]] = []
    for t in parse:
        start = None
        if t.lower_ in MEDIA_NOUNS and t.i + 1 < len(parse) and _is_name(parse[t.i + 1]):
            start = t.i
        elif t.lower_ in ("to", "with") and t.i > 0 and (
            # "spoke to Die Welt" (which the tagger may read as "to die")
            t.head.lemma_.lower() in _ADDRESS_VERBS | _ADDRESSED
            or parse[t.i - 1].lemma_.lower() in _ADDRESS_VERBS | _ADDRESSED
        ):
            start = t.i + 1
        if start is None:
            continue
        found = outlet_phrase(parse, start, t.sent.end)
        if found and found not in ("reporters", OWN_OUTLET) and not found.startswith(ANAPHOR):
            out.append((parse[start].idx, found))
    return out


def resolve_anaphor(
    venue: str | None, pos: int, named: list[tuple[int, str]], own_outlet: str | None
) -> str | None:
    """"the newspaper" -> the outlet named last before ``pos``, else the article's own
    outlet (a paper reporting what was told to it), else the noun as written."""
    if venue is None or not venue.startswith(ANAPHOR):
        return venue
    before = [name for off, name in named if off < pos]
    if before:
        return before[-1]
    return normalise_outlet(own_outlet) if own_outlet else venue[len(ANAPHOR) :]


def own_name(
    venue: str | None, own_outlet: str | None, writer: str | None = None
) -> str | None:
    """The article's own outlet by its one name when the venue is a short or local form of
    it ("told the Herald" in the Carletonville Herald, "told Guardian Australia" in The
    Guardian), unless the venue is the outlet without its edition ("told Nikkei" in Nikkei
    Asia, "told Hespress" in Hespress English: the brand as the article names it). "Our
    correspondent" (:data:`OWN_OUTLET`) is the ``writer``'s (the wire whose copy the
    article is, else the outlet), else reporters."""
    if venue == OWN_OUTLET:
        writer = writer or own_outlet
        return normalise_outlet(writer) if writer else "reporters"
    if venue and own_outlet and same_name(venue, own_outlet):
        return venue if _edition_of(own_outlet, venue) else normalise_outlet(own_outlet)
    return venue


#: the words that name an outlet's edition after its brand: a language, the web, a
#: continent or the world ("Hespress English", "Ahram Online", "Politico Europe"), or a
#: country (:func:`~presslens.names.is_place`: "The Local Norway")
_EDITION_WORDS = frozenset(
    """english arabic french spanish online digital web international global world
    edition asia europe africa americas""".split()
)


def _edition_of(outlet: str, brand: str) -> bool:
    """Whether ``outlet`` is ``brand`` followed by the words of an edition
    (:data:`_EDITION_WORDS`, a country): "Nikkei Asia" of "Nikkei", "Kathimerini English
    Edition" of "Kathimerini"; not "Tasnim News Agency" of "Tasnim"."""
    brand_words = [w.casefold() for w in WORD.findall(brand) if w.casefold() != "the"]
    words = [w for w in WORD.findall(outlet) if w.casefold() != "the"]
    if not brand_words or [w.casefold() for w in words[: len(brand_words)]] != brand_words:
        return False
    edition = words[len(brand_words) :]
    return bool(edition) and all(w.casefold() in _EDITION_WORDS or is_place(w) for w in edition)


# --- Carrying a venue along a passage ----------------------------------------------------


def _paragraph_index(starts: list[int], pos: int) -> int:
    return max(0, bisect.bisect_right(starts, pos) - 1)


_OCCASION_WORDS = re.compile(r"\b(?:at the time|then)\b", re.IGNORECASE)


def _new_occasion(parse: Any, start: int, end: int) -> bool:
    """A new paragraph that dates what follows ("in July", "the following morning", "at
    the time") may move to another occasion: a venue does not carry into it."""
    if _OCCASION_WORDS.search(parse.text[start:end]):
        return True
    return any(
        e.label_ in ("DATE", "TIME") and start <= e.start_char < end for e in parse.ents
    )


#: Another time than the statement's, two ways: a date in a relative clause ("who spoke to
#: the Guardian in 2019", "last year"; :func:`_relative_clause_venue`) and the word that
#: opens a sentence ("Earlier in the week, she said"; :func:`_dated_opening`).
_OTHER_TIME = re.compile(r"\d{4}|\b(?:last|ago|earlier|previous|previously|before)\b", re.I)
_ANOTHER_TIME = frozenset(["earlier", "previously", "last", "later"])


def _dated_opening(parse: Any, pos: int) -> bool:
    """The sentence at ``pos`` opens with when it happened, before a comma ("Earlier in
    the week, she said", "Last month, he said"): another occasion than the sentence
    before, so no venue carries into it."""
    span = parse.char_span(pos, pos + 1, alignment_mode="expand")
    if span is None or not len(span):
        return False
    sent = span[0].sent
    if not any(tok.text == "," for tok in sent[:8]):
        return False
    first = sent[0]
    second = sent[1] if len(sent) > 1 else first
    # (not a count the tagger reads as a date: "Eighteen firefighting units were ...")
    return first.lower_ in _ANOTHER_TIME or (
        first.ent_type_ in ("DATE", "TIME") and not first.like_num
    ) or (first.pos_ == "ADP" and second.ent_type_ in ("DATE", "TIME"))


#: Verbs of a sentence that says where someone was, with no statement of its own ("FSA
#: Commissioner Otsuka spoke at a regular news conference on Wednesday.", "Chief
#: executive Annelies Verhoeven apologised at a news conference"): what the person says
#: next was said there.
_APPEARANCE_VERBS = _OCCASION_VERBS | frozenset(["apologise", "apologize", "brief"])
#: the prepositions of who was addressed ("to reporters") or of the occasion ("at a news
#: conference"), not of what it was about ("apologised for his past statements")
_APPEARANCE_PREPS = frozenset(["to", "with", "at", "in", "during", "on"])


def _holding(parse: Any, start: int, end: int, cue: int) -> set[int]:
    """The cue's prepositions whose objects lie in the content between ``start`` and
    ``end`` (the "for" of "apologize for his past statements"): what an act was about, not
    where it was done."""
    return {
        prep.i for prep in parse[cue].children
        if prep.dep_ == "prep" and any(
            o.dep_ == "pobj" and start <= o.idx < end for o in prep.children)
    }


def _unstated_anchors(parse: Any, unstated: Sequence[Found]) -> list[tuple[int, str, str]]:
    """(position, speaker, venue) of the acts the conventions leave out that name where a
    named person did them ("On France Inter, the minister sought to calm tempers"): where
    the act was done, not what it was about ("didn't apologize for his past statements")
    nor where it is meant to be done ("plans to appear before parliament")."""
    out = []
    for act in unstated:
        if act.cue_token is None or act.speaker is None or act.speaker.name == ANONYMOUS:
            continue
        cue = parse[act.cue_token]
        skip = _holding(parse, act.start, act.end, act.cue_token) | {
            c.i for c in cue.children if c.dep_ in ("xcomp", "ccomp")}
        where = normalise_occasion(find_venue(cue, skip))
        if where is not None and not where.startswith(ANAPHOR) and where != OWN_OUTLET:
            out.append((act.start, act.speaker.name, where))
    return out


def _venue_anchors(
    parse: Any, entities: list[Entity], cues: set[int]
) -> list[tuple[int, str, str]]:
    """(position, speaker, venue) of sentences that name where a person spoke without a
    cue the rules take as one: "In an interview with Trending Today USA, Ham made it clear
    ...", "FSA Commissioner Otsuka spoke at a regular news conference on Wednesday."."""
    resolver = SpeakerResolver.of_parse(parse, entities)
    out = []
    for sent in parse.sents:
        venue = interview_venue(sent.root)
        if venue is None and not any(t.i in cues for t in sent):
            venue = _where_spoken(sent.root) or _news_conference_at(sent.root) or next(
                # "Speaking on France Inter radio, the minister rejected ..."
                (v for c in sent.root.children
                 if (v := _occasion_participle_venue(c, sent.end, ("advcl",))) is not None),
                None)
        if venue is None:
            continue
        subj = next((t for t in sent.root.children if t.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None:
            continue
        # the subject, or the name in apposition to its title ("Hokusei's president,
        # Amamiya Kenjiro, held a news conference")
        ent = resolver.entity_of(subj) or next(
            (e for c in subj.children if c.dep_ == "appos" and (e := resolver.entity_of(c))),
            None,
        )
        if ent is not None and ent.type == "PERSON":
            out.append((subj.idx, ent.name, venue))
    return out


def _relative_clause_venue(source: Any) -> str | None:
    """Where the source, in a relative clause on it, spoke: "Minister Musa Danladi Yauri,
    who spoke with journalists in Abuja after a closed-door meeting, said ...". Only a
    clause on the source itself or its apposition (not "the father of a girl who spoke to
    the BBC"), and not one dated to another time ("who spoke to the Guardian in 2019")."""
    heads = [source, *(c for c in source.children if c.dep_ == "appos")]
    for head in heads:
        for tok in head.children:
            # "..., who spoke with journalists, said", "..., talking to reporters at the
            # site, said"
            if not (tok.dep_ == "relcl" or (tok.dep_ == "acl" and tok.tag_ == "VBG")):
                continue
            if any(t.ent_type_ in ("DATE", "TIME") and _OTHER_TIME.search(t.text)
                   for t in tok.subtree):
                continue
            if tok.lemma_.lower() in _APPEARANCE_VERBS | _HELD:
                venue = _where_spoken(tok)
            else:
                # "..., who bowed for ten seconds at a press conference, said": an occasion
                # the clause puts them at, whatever they did there
                venue = _news_conference_at(tok)
            if venue is not None:
                return venue
    return None


def _news_conference_at(verb: Any) -> str | None:
    """"news conference" when the verb puts its subject at one, whatever they did there
    ("bowed at a press conference", "announced the recall at a news conference")."""
    return next((v for p in verb.children if p.dep_ == "prep" and p.lower_ in ("at", "during")
                 and (v := normalise_occasion(_from_prep(p))) == "news conference"), None)


def _where_spoken(verb: Any) -> str | None:
    """Where a verb of appearing says its subject spoke: the occasion held or who was
    addressed, as its object (:func:`_held_venue`), else as its prepositions
    (:func:`_appearance_venue`)."""
    if verb.lemma_.lower() in _APPEARANCE_VERBS:
        return _held_venue(verb) or _appearance_venue(verb)
    return _held_venue(verb)


#: Verbs whose object is the occasion or who was addressed: "held a news conference",
#: "addressed reporters", "briefed journalists".
_HELD = frozenset(["hold", "address", "brief"])


def _held_venue(verb: Any) -> str | None:
    """The occasion a person held ("held a news conference in Kampala") or who they
    addressed ("addressed reporters in Dodoma"), from the verb's object; not what else
    may be held ("held talks", "held a meeting with the union")."""
    lemma = verb.lemma_.lower()
    if lemma not in _HELD:
        return None
    for obj in verb.children:
        if obj.dep_ != "dobj":
            continue
        if lemma != "hold" and obj.lower_ in REPORTER_NOUNS:
            return "reporters"
        if obj.lemma_.lower() in ("conference", "briefing"):
            compound = [c.lower_ for c in obj.lefts if c.dep_ == "compound"]
            return normalise_occasion(" ".join([*compound, obj.lower_]))
    return None


def _appearance_venue(verb: Any) -> str | None:
    """Where ``verb`` (spoke, apologised, ...) says someone was: who was spoken to ("to
    reporters", "with Die Welt") or the occasion ("at a news conference")."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in _APPEARANCE_PREPS or not any(
            c.dep_ == "pobj" for c in prep.children
        ):
            continue  # "apologised for his statements"; "the people the BBC spoke to in Mepe"
        if prep.lower_ in ("to", "with"):
            if any(t.ent_type_ == "PERSON" for c in prep.children for t in c.subtree):
                continue  # "spoke with President Joe Biden": a person, no venue
            found = outlet_phrase(verb.doc, prep.i + 1, verb.sent.end)
        else:
            found = _from_prep(prep)
        if found is not None:
            return normalise_occasion(found)
    return None


#: How many paragraphs on from the speaker's last statement a venue carries, when no
#: other speaker's statement comes between: the next paragraph's. Carrying further
#: ("..., he told Le Monde. ¶ [background] ¶ Bérenger said ...") gained as many venues as
#: it lost on the coverage set (BENCHMARKS.md, "Measured and not shipped").
_CARRY_PARAGRAPHS = 1


def _occasion_before(cue: Any) -> str | None:
    """The occasion named before that the cue's sentence says its statement was made on,
    naming no outlet: "interview" ("In the interview, Sebranek said", "he said in the same
    interview") or "call" ("Kuo said on the call")."""
    for prep in cue.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("in", "during", "on"):
            continue
        for pobj in prep.children:
            word = pobj.lemma_.lower()
            if pobj.dep_ == "pobj" and word in ("interview", "call") and any(
                c.dep_ == "det" and c.lower_ in ("the", "that", "this") for c in pobj.children
            ) and not any(c.dep_ in ("prep", "compound", "amod", "poss")
                          and c.lower_ != "same" for c in pobj.children):
                return str(word)
    return None


def carry_venues(
    parse: Any,
    found: list[Found],
    par_starts: list[int],
    entities: list[Entity],
    own_outlet: str | None = None,
    unstated: Sequence[Found] = (),
) -> None:
    """Venue of each attribution; carried forward to the same speaker in the same passage,
    also from a sentence that names an interview without a reporting cue, and from an act
    reported with its occasion that is no statement (``unstated``: "On France Inter, the
    minister sought to calm tempers")."""
    last_speaker: str | None = None
    last_venue: str | None = None
    last_par = -10
    writer = wire_credit(parse.text)  # "DHAKA, March 3 (AFP) -": AFP's correspondent
    anchors = sorted(
        _venue_anchors(parse, entities, {f.cue_token for f in found if f.cue_token is not None})
        + _unstated_anchors(parse, unstated),
        key=lambda anchor: anchor[0],
    )
    # venue -> the named speaker who gave a statement there, and where that statement ends
    given_in: dict[str, tuple[Speaker, int]] = {}
    types = {e.id: e.type for e in entities}
    named: list[tuple[int, str]] | None = None  # outlets the text names, when needed
    told: list[tuple[int, str]] = []  # outlets statements were given to, as found
    gave: list[tuple[str, str]] = []  # (speaker, outlet) of each statement given to one
    calls: list[str] = []  # the calls statements were made on ("conference call")
    for f in found:
        # a publication named earlier as a venue, now the subject ("Black Flags From the
        # Islamic State promised"): the speaker is who published it, the venue the title
        if (
            f.speaker
            and types.get(f.speaker.entity or "") not in ("PERSON", "ORG")
            and f.speaker.name.lower() in given_in
            # not when another of its kind is named since ("The Navy issued its own
            # statement. The statement said")
            and not re.search(
                rf"\b{re.escape(f.speaker.name)}s?\b",
                parse.text[given_in[f.speaker.name.lower()][1] : f.source[0] if f.source
                           else f.start],
                flags=re.IGNORECASE,
            )
        ):
            f.speaker, f.venue = given_in[f.speaker.name.lower()][0], f.speaker.name
            continue
        if (
            f.speaker is not None and f.speaker.entity is None
            and f.speaker.name.lower() in _PAPER_NOUNS
        ):
            # "Greek daily Kathimerini reported ... The newspaper said": the outlet named
            # last, reporting in its own right (CONVENTIONS.md)
            if named is None:
                named = outlets_named(parse)
            before = [name for off, name in named if off < (f.source or (f.start,))[0]]
            if before:
                f.speaker = Speaker(name=before[-1])
        while anchors and anchors[0][0] < f.start:
            pos, last_speaker, last_venue = anchors.pop(0)
            last_par = _paragraph_index(par_starts, pos)
            if last_venue.endswith(" call"):
                calls.append(last_venue)
        venue = None
        if f.cue_token is not None and f.continues is None:
            venue = normalise_occasion(find_venue(parse[f.cue_token]))
            if venue is not None and named is None:
                named = outlets_named(parse)
            # "told De Volkskrant ... told the newspaper": the outlets spoken to count too
            venue = resolve_anaphor(venue, f.start, sorted((named or []) + told), own_outlet)
            if venue is not None and venue[:1].isupper() and venue not in _NETWORKS:
                told.append((f.start, venue))
        if venue is None and f.source_token is not None and f.continues is None and (
            parse[f.source_token].lemma_.lower() == "statement"
            # not "the statement of claim": a court filing
            and not any(c.lower_ == "of" for c in parse[f.source_token].children)
        ):
            # "according to a statement from the ministry", "the statement added": given in
            # a statement, as "said in a statement" is
            venue = "statement"
        if venue is None and f.source_token is not None and f.continues is None:
            venue = _relative_clause_venue(parse[f.source_token])
        name = f.speaker.name if f.speaker else None
        occasion = _occasion_before(parse[f.cue_token]) if (
            venue is None and f.cue_token is not None and f.continues is None) else None
        if occasion == "interview":
            # "In the interview, Sebranek said": the interview the speaker gave before (not
            # another speaker's, nor a police interview)
            venue = next((v for who, v in reversed(gave) if same_name(who, name)), None)
        elif occasion == "call":
            venue = calls[-1] if calls else None  # "Kuo said on the call"
        par = _paragraph_index(par_starts, f.start)
        moved_on = (par > last_par and _new_occasion(parse, par_starts[par], f.start)) or (
            _dated_opening(parse, f.start)
        )
        if f.continues is not None:
            venue = f.continues.venue
        elif (
            venue is None
            and name is not None
            and name != ANONYMOUS
            and (name == last_speaker or same_name(name, last_speaker))  # "Mashaba said"
            and par - last_par <= _CARRY_PARAGRAPHS
            and not moved_on
        ):
            venue = last_venue
        f.venue = own_name(venue, own_outlet, writer)
        if venue is not None and venue.endswith(" call"):
            calls.append(venue)
        if venue and name and name != ANONYMOUS and f.speaker is not None:
            given_in.setdefault(venue.lower(), (f.speaker, f.end))
            if venue[:1].isupper() and venue not in _NETWORKS:
                gave.append((name, venue))
        if not (name == last_speaker or same_name(name, last_speaker)) or (
            venue is not None or moved_on
        ):
            last_venue = venue
        last_speaker = name
        last_par = par
