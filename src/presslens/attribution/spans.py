"""Character spans from token sets of a spaCy parse, trimmed the way PolNeAR marks them.

Content and source spans are built from sets of token indices: :func:`runs` turns
them into character ranges without edge punctuation, a dateline, a leading
"Still," or a trailing "and"; :func:`np_span` gives a noun phrase without its
relative clause.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from ..datelines import DATELINE, colon_dateline, credit_dateline, dateline_at
from ..names import MEDIA_NOUNS, REPORTER_NOUNS, known_outlet

Range = tuple[int, int]

_TRIM = frozenset(",;:.!?—–-()[] \n\t")
_EDGE_WORDS = ("and", "but", "or", "as", "while")
_LEAD = re.compile(
    r"(?:(?:still|in fact|however|meanwhile|indeed|moreover|instead|of course|in other words"
    r"|nonetheless|nevertheless|yet|also|and yet|but|and|so),\s+|(?:but|and|so)\s+)",
    re.I,
)
#: A final period that belongs to an abbreviation ("the U.S.", "N.C.", "7 p.m.", "Calif.").
_ABBREVIATION_END = re.compile(
    r"(?:\b[A-Za-z]\.)+[A-Za-z]\.$|\b(?:Calif|Jr|Sr|Inc|Corp|Ltd|Gov|Sen|Rep|Gen|Col)\.$"
)
_WH = frozenset(["which", "who", "whom", "whose"])


def subtree_ids(tok: Any) -> set[int]:
    """Indices of the tokens ``tok`` governs, itself included."""
    return {t.i for t in tok.subtree}


def runs(doc: Any, ids: Iterable[int]) -> list[Range]:
    """Character ranges of consecutive token runs, trimmed of punctuation."""
    ordered = sorted(ids)
    groups: list[list[int]] = []
    for i in ordered:
        if groups and i == groups[-1][-1] + 1:
            groups[-1].append(i)
        else:
            groups.append([i])
    out: list[Range] = []
    for run in groups:
        toks = [doc[i] for i in run]
        while toks and (toks[0].is_punct or toks[0].is_space) and toks[0].text not in "\"“'‘":
            toks.pop(0)
        while toks and (toks[-1].is_punct or toks[-1].is_space) and (
            toks[-1].text not in "\"”'’%"  # "rose 5%": the sign is the figure's
        ):
            toks.pop()
        if toks:
            out.append((toks[0].idx, toks[-1].idx + len(toks[-1].text)))
    return trim(doc.text, out)


def trim(text: str, spans: list[Range]) -> list[Range]:
    """``spans`` without a dateline, edge punctuation, a leading connective ("Still,") or a
    trailing conjunction; a period that ends an abbreviation stays. Empty spans go."""
    out = []
    for s, e in spans:
        dateline = (DATELINE.match(text, s, e) or credit_dateline(text, s, e)
                    or colon_dateline(text, s))
        line = text.rfind("\n", 0, s) + 1
        if dateline is None and line < s:
            # a span that opens inside its line's dateline ("Kurdistan Region - Iraq's
            # health minister" of "ERBIL, Kurdistan Region - ...")
            dateline = DATELINE.match(text, line, e)
            if dateline is not None and dateline.end() <= s:
                dateline = None
        if dateline is not None:
            # "WASHINGTON ― Donald Trump's ...", "LAHORE: The Punjab government ...": no
            # part of a span, and a span inside one ("LAHORE") is none
            s = min(dateline.end(), e)
        changed = True
        while changed:
            changed = False
            while s < e and text[s] in _TRIM:
                s += 1
            lead = _LEAD.match(text, s, e)
            if lead is not None and lead.end() < e:  # "Still, C, X said": C only
                s = lead.end()
                changed = True
            while e > s and text[e - 1] in _TRIM:
                if text[e - 1] == "." and _ABBREVIATION_END.search(text, max(s, e - 12), e):
                    break
                if text[e - 1] == ")" and text.count("(", s, e) > text.count(")", s, e - 1):
                    break  # the bracket closes one the span opens: "the agency (UNHCR)"
                e -= 1
            for w in _EDGE_WORDS:
                if text[s:e].lower().endswith(" " + w):
                    e -= len(w) + 1
                    changed = True
        if e > s:
            out.append((s, e))
    return out


def np_span(tok: Any, exclude: set[int] | None = None) -> Range:
    """The noun phrase headed by ``tok``, without relative clauses and trailing commas; with
    the whole of a name ``tok`` ends, which the parser may have split ("Jeong Min-ho", its
    "Min", "-" and "ho" three subjects of one verb)."""
    ids = {t.i for t in tok.subtree if not (exclude and t.i in exclude)}
    if tok.ent_type_ in ("PERSON", "ORG") and tok.ent_iob_ == "I":
        k = tok.i
        while k > 0 and tok.doc[k].ent_iob_ == "I":
            k -= 1
        ids |= {i for i in range(k, tok.i) if not (exclude and i in exclude)}
    doc = tok.doc
    k = min(ids)
    while (
        k >= 2 and doc[k - 1].text == "-" and not doc[k - 2].whitespace_
        and not doc[k - 1].whitespace_ and doc[k - 2].ent_type_ == "PERSON"
        and tok.is_lower and tok.is_alpha
    ):
        # "Spokesman Choi Min-[jae]": the name's last syllable, which the parser made a
        # subject of its own beside "Min", with the rest of the name and what it carries
        ids |= {k - 1} | {t.i for t in doc[k - 2].subtree if not (exclude and t.i in exclude)}
        j = k - 2
        while j > 0 and doc[j].ent_iob_ == "I":
            j -= 1
            ids.add(j)
        k = min(ids)
    for child in tok.children:
        if child.i > tok.i and (
            child.dep_ in ("relcl", "acl") or (
                tok.pos_ in ("NOUN", "PROPN") and tok.lemma_.lower() not in _NAMED_FOR_A_DAY
                and _when(child)
            )
        ):
            ids -= subtree_ids(child)
    k = max(ids)
    while (
        tok.ent_type_ == "PERSON" and k + 2 < len(doc) and doc[k + 1].text == "-"
        and not doc[k].whitespace_ and not doc[k + 1].whitespace_
        and doc[k + 2].is_alpha and doc[k + 2].is_lower
    ):
        ids |= {k + 1, k + 2}  # "Moon Jae[-in]", whose last syllable the parser hung elsewhere
        k += 2
    left = min(ids)
    right = max(ids)
    # keep a contiguous span around the head
    span = [i for i in range(left, right + 1) if i in ids]
    pieces = runs(doc, [i for i in span if abs(i - tok.i) <= right - left])
    for s, e in pieces:
        if s <= tok.idx < e:
            if doc.text[e : e + 1] == ")" and doc.text.count("(", s, e) > doc.text.count(
                ")", s, e
            ):
                e += 1  # the bracket the parser hung elsewhere: "the agency (UNHCR)"
            return s, e
    return tok.idx, tok.idx + len(tok.text)


#: bodies a date may name ("the House select committee on Jan. 6", "the commission on
#: October 7"): the date is theirs, not when they spoke
_NAMED_FOR_A_DAY = frozenset("committee commission panel inquiry hearing tribunal".split())


def _when(child: Any) -> bool:
    """A modifier that says when, not who ("South Africa's consumer watchdog [on Tuesday]
    told owners ...", "the ministry [late on Monday] said"): a preposition of time whose
    object is a date or time, or a date hung on the noun."""
    if child.dep_ == "npadvmod":
        return child.ent_type_ in ("DATE", "TIME")
    return child.dep_ == "prep" and child.lower_ in ("on", "at", "during") and any(
        t.dep_ == "pobj" and t.ent_type_ in ("DATE", "TIME") for t in child.children
    )


def past_dateline(tok: Any) -> Any | None:
    """``tok``, or when it lies in the dateline that opens its sentence, the apposition
    that the parser hung from it after the dateline ("JOHANNESBURG" -> "Telecom" in
    "JOHANNESBURG, Nov 4 (Reuters) - South Africa's Ilanga Telecom said"); None when
    there is none (a colon dateline's "LAHORE" is no subject of the sentence's "said")."""
    sent = tok.sent
    dateline = dateline_at(tok.doc.text, sent.start_char, sent.end_char)
    if dateline is None or tok.idx >= dateline.end():
        return tok
    node = tok
    while node.idx < dateline.end():
        later = [c for c in node.children if c.dep_ == "appos" and c.i > node.i]
        if not later and tok.head is not tok:
            # the parser gave the verb two subjects, the dateline's place and the one
            # after it ("ERBIL, Kurdistan Region - Iraq's health minister has vowed",
            # "BAGHDAD (Reuters) - Iraq's health minister has vowed")
            later = [c for c in tok.head.children
                     if c.dep_ == tok.dep_ and c.idx >= dateline.end()][:1]
        if not later:
            # a dateline with no dash, "LAHORE:" or "Ranchi, Mar 11 (PTI)", is no subject;
            # the name after it the parser hung on the dateline is ("Thiruvananthapuram,
            # Jul 30 (PTI) Kerala Chief Minister Pinarayi Vijayan ... said": "Vijayan", a
            # conjunct of "Jul")
            colon = colon_dateline(tok.doc.text, sent.start_char)
            if not (colon or credit_dateline(tok.doc.text, sent.start_char)):
                return tok
            return next((t for t in sent if t.idx >= dateline.end() and t.head.i != t.i
                         and t.head.idx < dateline.end() and t.dep_ in ("appos", "conj")
                         and t.pos_ == "PROPN"), None)
        node = later[-1]
    return node


def comma_before(doc: Any, i: int, sent: Any) -> bool:
    """Whether token ``i`` follows a comma, a dash or a closing quote in ``sent``."""
    j = i - 1
    while j >= sent.start and doc[j].is_space:
        j -= 1
    return j >= sent.start and doc[j].text in (",", "—", "–", "-", '"', "”", "''")


def drop_trailing_relative(doc: Any, ids: set[int]) -> set[int]:
    """Content without a trailing non-restrictive relative clause: PolNeAR ends
    ``Graham has acknowledged [the reality of climate change], which makes him ...``."""
    if not ids:
        return ids
    last = max(ids)
    while last > min(ids) and (doc[last].is_punct or doc[last].is_space):
        last -= 1
    for i in sorted(ids):
        t = doc[i]
        if t.dep_ != "relcl":
            continue
        lo = min(x.i for x in t.subtree)
        hi = max(x.i for x in t.subtree)
        if (
            doc[lo].lower_ in _WH
            and hi >= last
            and lo - 1 in ids
            and lo - 1 > min(ids)
            and doc[lo - 1].text == ","
        ):
            return {j for j in ids if j < lo - 1}
    return ids


#: the participles that say whom a speaker addressed, trailing the statement
_ADDRESSING = frozenset(["speak", "talk"])


def trailing_address(head: Any) -> Any | None:
    """The participle that closes the sentence after a comma and says whom the speaker
    addressed, which the parser hangs on the content's verb ``head``: "... were critical,
    speaking to state broadcaster ERT." (the speaker's occasion, not what was said), or
    on what condition ("..., speaking on condition of anonymity.")."""
    for child in head.children:
        if child.dep_ != "advcl" or child.tag_ != "VBG" or child.lemma_.lower() not in (
            _ADDRESSING
        ):
            continue
        doc = child.doc
        lo = min(t.i for t in child.subtree)
        hi = max(t.i for t in child.subtree)
        last = child.sent.end - 1
        while last > hi and (doc[last].is_punct or doc[last].is_space):
            last -= 1
        # after a comma, or a comma and the closing mark of a quotation ('critical,"')
        comma = "," in {doc[k].text for k in range(max(0, lo - 2), lo)}
        if child.i == lo and comma and hi == last and any(
            c.dep_ == "prep" and c.lower_ in ("to", "with", "on") and any(
                # a name or an outlet's noun itself ("state broadcaster ERT", "reporters"),
                # not someone named after it ("his brother Omar", "investigators from
                # Europol")
                o.dep_ == "pobj" and (o.lower_ in REPORTER_NOUNS or o.pos_ == "PROPN"
                                      or o.lemma_.lower() in MEDIA_NOUNS
                                      # "..., speaking on condition of anonymity."
                                      or (c.lower_ == "on" and o.lower_ == "condition"))
                for o in c.children)
            for c in child.children
        ):
            return child
    return None


def outlet_owner(tok: Any) -> Any | None:
    """The outlet whose programme or person ``tok`` names ("RTÉ's Morning Ireland",
    "CNN's Jake Tapper"): its possessor, when the tagger typed it an organisation or it is
    an outlet presslens knows (:func:`~presslens.names.known_outlet`)."""
    owner = next((c for c in tok.children if c.dep_ == "poss" and c.pos_ == "PROPN"), None)
    if owner is None:
        return None
    words = tok.doc[owner.left_edge.i : owner.i + 1].text
    return owner if owner.ent_type_ == "ORG" or known_outlet(words) else None


def drop_trailing_address(doc: Any, ids: set[int]) -> set[int]:
    """Content without the participle that closes it and says whom the speaker addressed
    (:func:`trailing_address`), nor the comma before it."""
    for i in ids:
        part = trailing_address(doc[i])
        if part is not None:
            cut = part.i - 1 if doc[part.i - 1].text == "," else part.i
            return {j for j in ids if j < cut}
    return ids


def join_pieces(doc: Any, tok: Any, pieces: list[Range], subj: Any | None) -> list[Range]:
    """Join content pieces that only a misattached word splits: ``called [her vote] in favor
    of the Iraq War [a mistake]``, ``condemned [X as "provocative"] and [a "grave threat"]``.
    Words of the cue ``tok``'s own (its subject, ``in an interview``, ``on Twitter``) keep
    the gap."""
    if len(pieces) < 2:
        return pieces
    source = subtree_ids(subj) if subj is not None else set()
    out = [pieces[0]]
    for s, e in pieces[1:]:
        gap = [t for t in doc[tok.sent.start : tok.sent.end] if out[-1][1] <= t.idx < s]
        if any(
            t.i == tok.i
            or t.i in source
            or (t.head.i == tok.i and not t.is_punct and t.dep_ != "cc")
            for t in gap
        ):
            out.append((s, e))
        else:
            out[-1] = (out[-1][0], e)
    return out
