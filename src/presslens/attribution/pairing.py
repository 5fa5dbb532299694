"""Pairing quotes with their cues: which quote a reported-speech candidate introduces,
and which cue-less quote continues, is signed by a dash, or sits next to a cue the
parse did not link to it."""

from __future__ import annotations

import bisect
import re
from typing import Any

from ..names import OUTLETS, WIRE_AGENCIES, normalise_outlet
from .constructions import Candidate, source_of
from .cues import CUE_LEMMAS, SPEECH_VERBS
from .found import Found, mark_at
from .quotes import Quote

_MIN_CONTINUATION_WORDS = 4
_DASH_SOURCE = re.compile(r"[ \t]*[―—–-][ \t]*([A-Z][^\n,(]*)")
_SENTENCE_END = re.compile(r"[.!?][\"”’']?\s+[A-Z“\"]")


def outermost(candidates: list[Candidate], parse: Any = None) -> list[Candidate]:
    """Drop candidates whose cue sits inside another candidate's content (nested speech),
    but for a statement with its own source that a news outlet carries ("Health Minister
    X said the toll had risen to 154, according to the official National News Agency":
    the minister's statement stands beside the agency's report of it)."""
    if parse is not None:
        candidates = _untangle(candidates, parse)
        _split_coordinated(candidates, parse)
    # read once per candidate, not once per pair
    carriers = {id(o) for o in candidates if _carried_by_outlet(o, parse)}
    out = []
    for c in candidates:
        nested = any(
            o is not c and any(s <= c.cue[0] < e for s, e in o.content) and not o.attitude
            and not (c.source is not None and id(o) in carriers)
            for o in candidates
        )
        if not nested:
            out.append(c)
    return out


def _untangle(candidates: list[Candidate], parse: Any) -> list[Candidate]:
    """"X said C, according to Y": the parse gives X's statement the content "C,
    according to Y" and Y's the content "X said C", each inside the other (and both would
    be dropped as nested); X's content ends before the "according to" phrase. When Y is a
    document ("Rheinflug put the cost at about €45 million, according to a statement"),
    the statement is X's and the "according to" none of its own. Only where the phrase
    closes X's content and Y's content is one piece ("The mayor said C, according to
    CNN, but residents said D" is left as it was)."""
    text = parse.text
    documents: set[int] = set()
    for c in candidates:
        for o in candidates:
            if (
                o is c or parse[o.cue_token].lower_ != "according" or len(o.content) != 1
                or not any(s <= o.cue[0] < e for s, e in c.content)
                or not any(s <= c.cue[0] < e for s, e in o.content)
            ):
                continue
            phrase_end = max(t.idx + len(t) for t in parse[o.cue_token].subtree)
            if text[phrase_end : c.content[-1][1]].strip(" ,.;"):
                continue  # "Police said the suspect, according to witnesses, fled"
            cut = o.cue[0]
            while cut > 0 and text[cut - 1] in " ,":
                cut -= 1
            content = [(s, min(e, cut)) for s, e in c.content if s < cut]
            if content and content[-1][1] > content[-1][0]:
                c.content = content
                if c.source is not None and o.source is not None and _DOCUMENT.match(
                    text, o.source[0], o.source[1]
                ):
                    documents.add(id(o))
    return [c for c in candidates if id(c) not in documents]


def _split_coordinated(candidates: list[Candidate], parse: Any) -> None:
    """"SNCF said A, and RATP said B": the parser hangs the second statement on the first
    one's content as its conjunct; the first content ends before ", and", and the second
    statement, with its own subject, stands beside it (in place)."""
    text = parse.text
    for c in candidates:
        if c.cue_token is None or c.source is None:
            continue
        cue = parse[c.cue_token]
        if (
            cue.dep_ != "conj" or c.attitude or cue.lemma_.lower() not in SPEECH_VERBS
            or not any(ch.dep_ in ("nsubj", "nsubjpass") for ch in cue.children)
            # "X said A and that B said C": the second clause is X's content still
            or any(ch.dep_ == "mark" for ch in cue.children)
        ):
            continue
        for o in candidates:
            if o is c or o.cue_token is None or not any(s <= c.cue[0] < e for s, e in o.content):
                continue
            if o.cue[0] > c.cue[0]:
                continue  # "..., and Y said B, according to local media": the outlet's whole
            if parse[o.cue_token] is cue.head or cue.head.i == o.cue_token:
                continue  # "X said and added": the same speaker's two verbs
            end = max(t.idx + len(t) for t in cue.subtree)
            if text[end : o.content[-1][1]].strip(" ,.;\"”’"):
                continue  # the first content goes on after the second statement
            first = cue.left_edge.i
            while first > 0 and (parse[first - 1].dep_ == "cc" or parse[first - 1].is_punct):
                first -= 1
            cut = parse[first].idx
            content = [(s, min(e, cut)) for s, e in o.content if s < cut]
            while content and not text[content[-1][0] : content[-1][1]].strip(" ,"):
                content.pop()
            if content:
                stripped = text[content[-1][0] : content[-1][1]].rstrip(" ,")
                content[-1] = (content[-1][0], content[-1][0] + len(stripped))
                o.content = content


#: words that make the source of "according to" a news outlet
_OUTLET_WORDS = re.compile(
    r"\b(?:news agency|media|television|TV|radio|newspaper|daily|broadcaster|channel)\b",
    re.I,
)
#: the source of "according to" is a document: "a statement issued on Friday", "its
#: filings with the Registrar of Companies", "a police statement", "a first assessment"
_DOCUMENT = re.compile(
    r"(?:(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:statement|filings?|notice|report|assessment|survey|release|ruling|documents?|"
    r"records?|data|figures|estimates?)\b"
)


def _carried_by_outlet(o: Candidate, parse: Any) -> bool:
    """``o`` is "according to" a news outlet ("..., according to state media")."""
    if parse is None or o.source is None or parse[o.cue_token].lower_ != "according":
        return False
    source = normalise_outlet(parse.text[o.source[0] : o.source[1]])
    # an agency by its name alone: "according to TASS", not "according to Petra Novak"
    return bool(_OUTLET_WORDS.search(source)) or source in OUTLETS or source in WIRE_AGENCIES


def _quote_of(content: list[tuple[int, int]], quotes: list[Quote]) -> Quote | None:
    """The quote this content is (its text lies within the quote's marks)."""
    s, e = content[0][0], content[-1][1]
    for q in quotes:
        if q.open_at <= s and e <= q.outer_end:
            return q
    return None


def _leading_quote(text: str, c: Candidate, quotes: list[Quote]) -> Quote | None:
    """``“A,” Brent Bozell III, founder of X, tells Y``: content that is a quote ending in a
    comma followed by the speaker the parse did not take as subject."""
    s, e = c.content[0][0], c.content[-1][1]
    for q in quotes:
        if mark_at(text, q) == s and q.outer_end < e <= c.cue[0] and text[q.end - 1] == ",":
            if c.source is None:
                rest = text[q.outer_end : e].strip(" ,")
                if rest:
                    rs = text.index(rest, q.outer_end)
                    c.source = (rs, rs + len(rest))
            return q
    return None


def _direct(q: Quote, by: Candidate | Found, continues: Found | None = None) -> Found:
    """Quote ``q`` as a direct attribution with the cue and source of ``by``."""
    return Found(
        "direct", q.pieces(), by.cue, by.source, by.cue_token, by.source_token,
        quote=q, continues=continues,
    )


def pair_quotes(
    text: str, parse: Any, quotes: list[Quote], candidates: list[Candidate]
) -> list[Found]:
    found: list[Found] = []
    used: set[int] = set()
    for c in candidates:
        q = _quote_of(c.content, quotes)
        if q is None:
            q = _leading_quote(text, c, quotes)
        if q is not None:
            qi = quotes.index(q)
            if qi in used:
                continue
            used.add(qi)
            found.append(_direct(q, c))
        else:
            kind = "reported"
            f = Found(
                kind,
                _cover_quotes(text, c.content, quotes),
                c.cue,
                c.source,
                c.cue_token,
                c.source_token,
                attitude=c.attitude,
            )
            if c.that_at is not None:
                f.extra["that_at"] = c.that_at
            found.append(f)
    # quotes without a cue in their clause
    reported_spans = [(f.start, f.end) for f in found if f.kind == "reported"]
    sents = list(parse.sents)
    sent_starts = [s.start_char for s in sents]
    for qi, q in enumerate(quotes):
        if qi in used:
            continue
        if any(s <= mark_at(text, q) and q.outer_end <= e for s, e in reported_spans):
            continue  # a quoted fragment inside reported speech
        nxt = _resumed_later(text, q, found)
        if nxt is not None:
            # '"A," X said, "B"' where the parse gave the cue only B
            used.add(qi)
            found.append(_direct(q, nxt, continues=nxt))
            continue
        cand = _dash_source(text, q) or _cue_near_quote(
            text, parse, q, sents, sent_starts, candidates, found
        )
        if cand is not None:
            used.add(qi)
            found.append(cand)
            continue
        prev = _governing(parse, found, _previous(found, mark_at(text, q)))
        if prev is not None and prev.cue is not None and _resumes_after_cue(text, prev, q):
            # "A," he said, "B." -- the same statement resumed after its cue
            used.add(qi)
            found.append(_direct(q, prev, continues=prev))
            continue
        if not _starts_sentence(text, mark_at(text, q)):
            continue
        prev = _governing(parse, found, _previous(found, mark_at(text, q)))
        if len(text[q.start : q.end].split()) < _MIN_CONTINUATION_WORDS and not (
            prev is not None and _right_after(text, prev, q)
        ):
            continue
        if prev is None or (
            text.count("\n", prev.end, mark_at(text, q)) > 1 and prev.kind != "direct"
        ):
            continue
        if mark_at(text, q) - prev.end > 600:
            continue
        used.add(qi)
        found.append(_direct(q, prev, continues=prev))
    return found


def _dash_source(text: str, q: Quote) -> Found | None:
    """``“…” ― Sonya Herridge, 34``: a quote signed after a dash."""
    m = _DASH_SOURCE.match(text, q.outer_end)
    if m is None:
        return None
    src = (m.start(1), m.start(1) + len(m.group(1).rstrip()))
    dash = m.group(0).strip()[0]
    cue_at = text.index(dash, q.outer_end)
    return Found(
        "direct", q.pieces(), (cue_at, cue_at + 1), src, quote=q
    )


def _cover_quotes(
    text: str, content: list[tuple[int, int]], quotes: list[Quote]
) -> list[tuple[int, int]]:
    """Extend content that cuts a quoted fragment so that it keeps both marks."""
    out: list[tuple[int, int]] = []
    for s, e in content:
        for q in quotes:
            if min(e, q.outer_end) > max(s, mark_at(text, q)):
                s, e = min(s, mark_at(text, q)), max(e, q.outer_end)
        if out and s <= out[-1][1]:
            out[-1] = (out[-1][0], max(e, out[-1][1]))
        else:
            out.append((s, e))
    return out


def _resumes_after_cue(text: str, prev: Found, q: Quote) -> bool:
    """True for ``"A," he said, "B"``: only the attribution and a comma lie between."""
    assert prev.cue is not None
    between_start = max(prev.end, prev.cue[1], prev.source[1] if prev.source else 0)
    if between_start > mark_at(text, q) or "\n" in text[prev.end : mark_at(text, q)]:
        return False
    gap = text[between_start : mark_at(text, q)]
    if gap.strip() in (",", ":") and len(text[prev.end : mark_at(text, q)]) < 80:
        return True
    # "A," Trump said during a rally in Kenansville, N.C., "B": the cue's adjuncts between
    return (
        gap.rstrip().endswith(",")
        and len(gap) < 200
        and _SENTENCE_END.search(gap) is None
        and not any(c in gap for c in '"“”')
    )


def _resumed_later(text: str, q: Quote, found: list[Found]) -> Found | None:
    """The direct attribution that ``q`` opens: ``"A," X said, "B"`` with B already found."""
    for f in found:
        if f.kind != "direct" or f.cue is None or f.start <= q.outer_end:
            continue
        attribution_start = min(f.cue[0], f.source[0] if f.source else f.cue[0])
        if attribution_start < q.outer_end or f.start < f.cue[1]:
            continue
        if text[q.outer_end : attribution_start].strip() in ("", ",") and text[q.end - 1] in ",":
            return f
    return None


def _right_after(text: str, prev: Found, q: Quote) -> bool:
    """``"A," Graham asked. "Neither do I."``: a short quote right after a direct quote's
    attribution sentence, in the same paragraph."""
    if prev.kind != "direct" or prev.cue is None or prev.end > prev.cue[0]:
        return False
    after = max(prev.cue[1], prev.source[1] if prev.source else 0)
    gap = text[after : mark_at(text, q)]
    return "\n" not in gap and len(gap) < 60


def _starts_sentence(text: str, pos: int) -> bool:
    j = pos - 1
    while j >= 0 and text[j].isspace() and text[j] != "\n":
        j -= 1
    return j < 0 or text[j] in '.!?\n:”"’'


def _governing(parse: Any, found: list[Found], prev: Found | None) -> Found | None:
    """The attribution whose cue governs ``prev``'s: in ``"A," said Caddell, speaking of
    Clinton's health. "B."`` B continues *said*, not *speaking of*; in ``"A," said Jeremy
    Bash, who was the chief of staff ... "B."`` not a cue inside the source's description."""
    if prev is None or prev.cue_token is None or prev.cue is None or prev.kind == "direct":
        return prev
    tok = parse[prev.cue_token]
    if tok.dep_ in ("advcl", "xcomp", "conj", "acl"):
        head = next((f for f in found if f.cue_token == tok.head.i and f.kind == "direct"), None)
        if head is not None:
            return head
    for f in found:
        if (
            f.kind == "direct"
            and f.cue is not None
            and f.cue_token is not None
            and f.end <= f.cue[0] < prev.cue[0]
            and parse[f.cue_token].sent.start == tok.sent.start
        ):
            return f
    return prev


def _previous(found: list[Found], pos: int) -> Found | None:
    best = None
    for f in found:
        if f.end <= pos + 1 and (best is None or f.end > best.end):
            best = f
    return best


def _cue_near_quote(
    text: str,
    parse: Any,
    q: Quote,
    sents: list[Any],
    sent_starts: list[int],
    candidates: list[Candidate],
    found: list[Found],
) -> Found | None:
    """``"…," Black Flags promised.`` when the parse did not link the quote to its cue."""
    taken = {f.cue_token for f in found if f.cue_token is not None}
    si = max(0, bisect.bisect_right(sent_starts, q.close_at) - 1)
    sent = sents[si]
    after = [t for t in sent if t.idx >= q.outer_end]
    if all(t.is_punct or t.is_space for t in after) and si + 1 < len(sents):
        # '"…?" Freddy Ortega said.': the parser ended the sentence with the quote
        after += [t for t in sents[si + 1] if t.idx >= q.outer_end]
    before = [
        t
        for t in sents[max(0, bisect.bisect_right(sent_starts, mark_at(text, q)) - 1)]
        if t.idx < mark_at(text, q)
    ]
    for tokens, direction in ((after, 1), (list(reversed(before)), -1)):
        for t in tokens[:8]:
            if "\n" in t.text:
                break
            if t.lemma_.lower() in CUE_LEMMAS and t.pos_ in ("VERB", "AUX") and t.i not in taken:
                subj = next((c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                if subj is None and direction == -1:
                    subj = _subject_elsewhere(t)
                src = None
                if subj is not None:
                    ids = [x.i for x in subj.subtree]
                    lo, hi = min(ids), max(ids)
                    src = (parse[lo].idx, parse[hi].idx + len(parse[hi].text))
                elif direction == 1:
                    # "…," Black Flags From the Islamic State promised.
                    span = [x for x in after if x.i < t.i and not x.is_punct]
                    # not past another cue: '"…," he said, warning that ...' (the parse
                    # gave "said" the clause after it) is "he"'s, not "he said"'s
                    cue_at = next((k for k, x in enumerate(span) if x.pos_ in ("VERB", "AUX")
                                   and x.lemma_.lower() in CUE_LEMMAS), None)
                    span = span[:cue_at] if cue_at is not None else span
                    if span:
                        src = (span[0].idx, span[-1].idx + len(span[-1].text))
                if direction == -1 and not _colon_or_comma_between(text, t, q):
                    continue
                return Found(
                    "direct",
                    q.pieces(),
                    (t.idx, t.idx + len(t.text)),
                    src,
                    t.i,
                    subj.i if subj is not None else None,
                    quote=q,
                )
    return None


def _subject_elsewhere(cue: Any) -> Any | None:
    """The subject of a cue before a quote that the parser gave none, by the rules other
    cues' sources follow (a governing verb's for a participle, "..., telling councillors:";
    a name hung on a clause before the cue); a subject inside what a speech verb reports
    is that verb's speaker's ("Mayor Ana López said the bridge would reopen, telling
    residents:": López, not the bridge)."""
    subj = source_of(cue)
    if subj is None:
        return None
    verb = subj.head
    if verb.dep_ == "ccomp" and verb.head.lemma_.lower() in SPEECH_VERBS and verb.head != cue:
        return source_of(verb.head)
    return subj


def _colon_or_comma_between(text: str, tok: Any, q: Quote) -> bool:
    between = text[tok.idx + len(tok.text) : mark_at(text, q)]
    return ":" in between or between.strip() in ("", ",")
