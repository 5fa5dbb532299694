"""Putting quotes, reported speech, speakers and venues together into attributions."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from typing import Any

from ..model import Attribution, Document, Entity, Offsets, Speaker
from ..names import ANONYMOUS
from ..nlp import is_title_case
from .cues import CUE_LEMMAS
from .quotes import Quote, find_quotes
from .reported import Candidate, find_candidates
from .speakers import SpeakerResolver, entities_from_parse
from .venues import find_venue, interview_venue, outlets_named, resolve_anaphor, social_network

_MIN_CONTINUATION_WORDS = 4
_DASH_SOURCE = re.compile(r"[ \t]*[―—–-][ \t]*([A-Z][^\n,(]*)")
_BAR_SIGNATURE = re.compile(r"[ \t]*―[ \t]*([A-Z][^\n,(]*)[^\n]*$", re.M)
_SENTENCE_END = re.compile(r"[.!?][\"”’']?\s+[A-Z“\"]")
_COLON_LABEL = re.compile(r"([A-Z][\w.'’-]*(?:[ \t][A-Z][\w.'’-]*){0,3})(:)[ \t]+(\S)")


@dataclass
class Found:
    """An attribution before ids are given: character offsets and parse handles."""

    kind: str
    content: list[tuple[int, int]]
    cue: tuple[int, int] | None
    source: tuple[int, int] | None
    cue_token: int | None = None
    source_token: int | None = None
    quote: Quote | None = None
    attitude: bool = False
    continues: Found | None = None  # the attribution a cue-less quote continues
    speaker: Speaker | None = None
    venue: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def start(self) -> int:
        return self.content[0][0]

    @property
    def end(self) -> int:
        return self.content[-1][1]


def _mark_at(text: str, q: Quote) -> int:
    """Where the opening mark of ``q`` starts (``''`` and ````` marks are two characters)."""
    o = q.open_at
    return o - 1 if o > 0 and text[o - 1 : o + 1] in ("''", "``") else o


def _paragraph_index(starts: list[int], pos: int) -> int:
    return max(0, bisect.bisect_right(starts, pos) - 1)


def extract(doc: Document, *, agentless: bool = True) -> list[Attribution]:
    """Every attribution in ``doc`` (needs ``doc.parse``; uses ``doc.entities`` if set).

    With ``agentless=False``, reported statements without a source ("Trump is expected to
    win", "the plan seems doomed") are left out: ``CONVENTIONS.md`` does not count them as
    quotes, while PolNeAR annotates them (the brat export keeps them)."""
    parse = doc.parse
    if parse is None:
        raise ValueError("extract() needs the parse stage to have run")
    text = doc.text
    paragraphs = [(p.start, p.end) for p in doc.paragraphs] or None
    quotes = find_quotes(text, paragraphs)
    in_quote = [False] * (len(text) + 1)
    for q in quotes:
        for i in range(_mark_at(text, q), q.outer_end):
            in_quote[i] = True
    candidates = _outermost(find_candidates(parse, in_quote))
    found = _assign_quotes(text, parse, quotes, candidates)
    labelled = _colon_labels(text, parse, paragraphs or [], quotes)
    if labelled:
        # a labelled turn or headline owns its paragraph: speech inside it is nested
        spans = [(f.cue[0] if f.cue else f.start, f.end) for f in labelled]
        found = [
            f
            for f in found
            if not any(
                s <= (f.cue[0] if f.cue else f.start) < e or s <= f.start < e for s, e in spans
            )
        ]
        found += labelled
    found.sort(key=lambda f: (f.start, f.end))
    entities: list[Entity] = list(doc.entities) or entities_from_parse(parse)
    _resolve_speakers(text, parse, entities, found)
    if not agentless:
        found = [f for f in found if not is_agentless(f) and is_statement(f, parse)]
    # after the filter: a venue carries along the statements that are kept
    par_starts = [p.start for p in doc.paragraphs] or [0]
    _venues(parse, found, par_starts, entities, doc.meta.outlet)
    if not agentless:
        people = [(m.start, m.end) for e in entities if e.type == "PERSON" for m in e.mentions]
        found = _signed_posts(text, [(p.start, p.end) for p in doc.paragraphs], found, people)
    out: list[Attribution] = []
    for i, f in enumerate(found):
        content = Offsets(start=f.start, end=f.end)
        parts = [Offsets(start=s, end=e) for s, e in f.content] if len(f.content) > 1 else []
        out.append(
            Attribution(
                id=f"A{i + 1}",
                kind="direct" if f.kind == "direct" else "reported",
                content=content,
                content_parts=parts,
                cue=Offsets(start=f.cue[0], end=f.cue[1]) if f.cue else None,
                source=Offsets(start=f.source[0], end=f.source[1]) if f.source else None,
                speaker=f.speaker,
                venue=f.venue,
                text=text[f.start : f.end],
            )
        )
    return out


def is_agentless(f: Found) -> bool:
    """A reported statement nobody is named as holding: an agentless passive or a raising
    verb ("is expected to", "seems to"), where PolNeAR marks no source."""
    return f.kind == "reported" and f.source is None


#: cues that report a stance or an act, not something said ("supports the plan",
#: "voted for her", "wants lower taxes", "refused to comment"): not quotes by CONVENTIONS.md
NOT_SPEECH = frozenset(
    """support endorse vote want wish know refuse discuss reject criticize criticise defend
    offer oppose back praise thank like love hate attack welcome""".split()
)
#: cues whose content may be a noun phrase ("described it as a disaster", "put the toll at
#: 40", "blamed the attack on ISIS", "according to X"); other cues need a clause
NOUN_CONTENT_CUES = frozenset(
    "describe call put estimate blame attribute accuse cite accord according quote label".split()
)


def is_statement(f: Found, parse: Any) -> bool:
    """Whether a found attribution is a statement as ``CONVENTIONS.md`` counts them.

    Direct quotes always are. A reported one is not when its cue reports a stance or an
    act (:data:`NOT_SPEECH`), or when its content has no verb ("noted the clot's
    existence", "expressed deep concern") and its cue is not one that takes a noun
    phrase (:data:`NOUN_CONTENT_CUES`). PolNeAR annotates both; the export keeps them.
    """
    if f.kind == "direct" or f.cue_token is None:
        return True
    lemma = parse[f.cue_token].lemma_.lower()
    if lemma in NOT_SPEECH:
        return False
    if lemma in NOUN_CONTENT_CUES:
        return True
    span = parse.char_span(f.start, f.end, alignment_mode="expand")
    if span is None or any(mark in span.text for mark in _QUOTE_MARKS):
        return True  # a paraphrase around quoted words
    if is_title_case(span):
        return True  # a headline, where the tagger takes verbs for names
    return any(t.pos_ in ("VERB", "AUX") for t in span)


_QUOTE_MARKS = ('"', "“", "”", "‘", "’")


def _outermost(candidates: list[Candidate]) -> list[Candidate]:
    """Drop candidates whose cue sits inside another candidate's content (nested speech)."""
    out = []
    for c in candidates:
        nested = any(
            o is not c and any(s <= c.cue[0] < e for s, e in o.content) and not o.attitude
            for o in candidates
        )
        if not nested:
            out.append(c)
    return out


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
        if _mark_at(text, q) == s and q.outer_end < e <= c.cue[0] and text[q.end - 1] == ",":
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


def _assign_quotes(
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
        if any(s <= _mark_at(text, q) and q.outer_end <= e for s, e in reported_spans):
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
        prev = _governing(parse, found, _previous(found, _mark_at(text, q)))
        if prev is not None and prev.cue is not None and _resumes_after_cue(text, prev, q):
            # "A," he said, "B." -- the same statement resumed after its cue
            used.add(qi)
            found.append(_direct(q, prev, continues=prev))
            continue
        if not _starts_sentence(text, _mark_at(text, q)):
            continue
        prev = _governing(parse, found, _previous(found, _mark_at(text, q)))
        if len(text[q.start : q.end].split()) < _MIN_CONTINUATION_WORDS and not (
            prev is not None and _right_after(text, prev, q)
        ):
            continue
        if prev is None or (
            text.count("\n", prev.end, _mark_at(text, q)) > 1 and prev.kind != "direct"
        ):
            continue
        if _mark_at(text, q) - prev.end > 600:
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


def _colon_labels(
    text: str, parse: Any, paragraphs: list[tuple[int, int]], quotes: list[Quote]
) -> list[Found]:
    """``Pat Caddell: Democrats worried ...`` headlines and ``PENCE: Well, ...`` transcripts."""
    out: list[Found] = []
    for p_start, p_end in paragraphs:
        sig = _BAR_SIGNATURE.search(text, p_start, p_end)
        if sig is not None and sig.start() > p_start + 10:
            # "Content of a reader's note ― Sonya Herridge, 34, Texas"
            s, e = p_start, sig.start()
            while e > s and text[e - 1] in " .":
                e -= 1
            bar = text.index("―", sig.start())
            src = (sig.start(1), sig.start(1) + len(sig.group(1).rstrip()))
            q = next((q for q in quotes if _mark_at(text, q) <= s and e <= q.outer_end), None)
            if q is not None:
                out.append(
                    Found(
                        "direct",
                        q.pieces(),
                        (bar, bar + 1),
                        src,
                        quote=q,
                    )
                )
            else:
                out.append(Found("reported", [(s, e)], (bar, bar + 1), src))
            continue
        m = _COLON_LABEL.match(text, p_start)
        if m is None or m.end() >= p_end:
            continue
        label = m.group(1)
        if label.lower() in (
            "update",
            "watch",
            "read",
            "note",
            "editor",
            "photo",
            "video",
            "clarification",
            "correction",
        ):
            continue
        span = parse.char_span(m.start(1), m.end(1), alignment_mode="expand")
        kinds = {t.ent_type_ for t in span} if span is not None else set()
        if "GPE" in kinds or "DATE" in kinds:
            continue
        if not (kinds & {"PERSON", "ORG", "NORP"} or (label.isupper() and len(label) >= 3)):
            continue
        s, e = m.start(3), p_end
        while e > s and text[e - 1] in ".!?;: ":
            e -= 1
        q = next((q for q in quotes if _mark_at(text, q) <= s and e <= q.outer_end), None)
        if q is not None and _mark_at(text, q) == s:
            out.append(
                Found(
                    "direct",
                    [(q.start, q.end)],
                    (m.start(2), m.end(2)),
                    (m.start(1), m.end(1)),
                    quote=q,
                )
            )
        else:
            out.append(Found("reported", [(s, e)], (m.start(2), m.end(2)), (m.start(1), m.end(1))))
    return out


def _cover_quotes(
    text: str, content: list[tuple[int, int]], quotes: list[Quote]
) -> list[tuple[int, int]]:
    """Extend content that cuts a quoted fragment so that it keeps both marks."""
    out: list[tuple[int, int]] = []
    for s, e in content:
        for q in quotes:
            if min(e, q.outer_end) > max(s, _mark_at(text, q)):
                s, e = min(s, _mark_at(text, q)), max(e, q.outer_end)
        if out and s <= out[-1][1]:
            out[-1] = (out[-1][0], max(e, out[-1][1]))
        else:
            out.append((s, e))
    return out


def _resumes_after_cue(text: str, prev: Found, q: Quote) -> bool:
    """True for ``"A," he said, "B"``: only the attribution and a comma lie between."""
    assert prev.cue is not None
    between_start = max(prev.end, prev.cue[1], prev.source[1] if prev.source else 0)
    if between_start > _mark_at(text, q) or "\n" in text[prev.end : _mark_at(text, q)]:
        return False
    gap = text[between_start : _mark_at(text, q)]
    if gap.strip() in (",", ":") and len(text[prev.end : _mark_at(text, q)]) < 80:
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
    gap = text[after : _mark_at(text, q)]
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
        for t in sents[max(0, bisect.bisect_right(sent_starts, _mark_at(text, q)) - 1)]
        if t.idx < _mark_at(text, q)
    ]
    for tokens, direction in ((after, 1), (list(reversed(before)), -1)):
        for t in tokens[:8]:
            if "\n" in t.text:
                break
            if t.lemma_.lower() in CUE_LEMMAS and t.pos_ in ("VERB", "AUX") and t.i not in taken:
                subj = next((c for c in t.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                src = None
                if subj is not None:
                    ids = [x.i for x in subj.subtree]
                    lo, hi = min(ids), max(ids)
                    src = (parse[lo].idx, parse[hi].idx + len(parse[hi].text))
                elif direction == 1:
                    # "…," Black Flags From the Islamic State promised.
                    span = [x for x in after if x.i < t.i and not x.is_punct]
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


def _colon_or_comma_between(text: str, tok: Any, q: Quote) -> bool:
    between = text[tok.idx + len(tok.text) : _mark_at(text, q)]
    return ":" in between or between.strip() in ("", ",")


def _resolve_speakers(text: str, parse: Any, entities: list[Entity], found: list[Found]) -> None:
    resolver = SpeakerResolver(text, entities)
    for f in found:
        if f.continues is not None:
            f.speaker = None  # set from the attribution it continues, below
            continue
        head = parse[f.source_token] if f.source_token is not None else None
        f.speaker = resolver.resolve(f.source, head)
    for f in found:
        if f.continues is not None:
            f.speaker = f.continues.speaker


#: a paragraph that is only a signature: a name of 2-4 capitalised words or an @handle
_SIGNATURE = re.compile(r"(@\w{2,30}|[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,3})\.?")
#: a letter writer's place under the signature: "Henderson, Nev.", "Washington, D.C."
_PLACE_LINE = re.compile(r"[A-Z][\w .'’-]{1,30}, [A-Z][\w.]{1,12}\.?")


def _signed_posts(
    text: str,
    paragraphs: list[tuple[int, int]],
    found: list[Found],
    people: list[tuple[int, int]],
) -> list[Found]:
    """Readers' posts signed on the line after them ("... witch hunt!" / "Vicki
    Venhuizen." or "@Fred_945."): each is a direct statement by the signer, as an
    embedded post is. Only where an article signs two or more paragraphs this way, with
    a person's name (``people``: mention spans) or a handle; a signature followed by a
    place line ("Henderson, Nev.") signs a letter, the article's own text, not a post.
    The venue is Twitter for a handle, else the network a heading above names
    ("FACEBOOK.")."""
    pieces = [(s, e, text[s:e].strip()) for s, e in paragraphs]

    def signature(i: int) -> bool:
        start, end, t = pieces[i]
        if i == 0 or not _SIGNATURE.fullmatch(t):
            return False
        if i + 1 < len(pieces) and _PLACE_LINE.fullmatch(pieces[i + 1][2]):
            return False  # a letter to the editor
        return t.startswith("@") or any(start <= lo < end for lo, _ in people)

    signed = [i for i in range(len(pieces)) if signature(i)]
    if len(signed) < 2:
        return found
    out = list(found)
    # network headings in text order ("FACEBOOK."): a post is under the last one above it
    headings = [
        (s, net) for s, _, t in pieces if t.isupper() and (net := social_network(t.rstrip(".")))
    ]
    for i in signed:
        start, end, post = pieces[i - 1]
        if i - 1 in signed or not post or post.isupper():
            continue
        heading = next((net for s, net in reversed(headings) if s < start), None)
        lo = start + text[start:end].index(post)
        hi = lo + len(post)
        inside = [f for f in out if lo <= f.start and f.end <= hi]
        if any(f.kind == "direct" and f.speaker and f.speaker.name != ANONYMOUS for f in inside):
            continue  # quotes the post carries, attributed in the text: not a signed post
        sig_start, sig_end, sig = pieces[i]
        name = sig.rstrip(".")
        s0 = sig_start + text[sig_start:sig_end].index(name)
        out = [f for f in out if f not in inside]  # statements nested in a post are not counted
        out.append(
            Found(
                kind="direct",
                content=[(lo, hi)],
                cue=None,
                source=(s0, s0 + len(name)),
                speaker=Speaker(name=name),
                venue="Twitter" if name.startswith("@") else heading,
            )
        )
    out.sort(key=lambda f: (f.start, f.end))
    return out


_OCCASION_WORDS = re.compile(r"\b(?:at the time|then)\b", re.IGNORECASE)


def _new_occasion(parse: Any, start: int, end: int) -> bool:
    """A new paragraph that dates what follows ("in July", "the following morning", "at
    the time") may move to another occasion: a venue does not carry into it."""
    if _OCCASION_WORDS.search(parse.text[start:end]):
        return True
    return any(
        e.label_ in ("DATE", "TIME") and start <= e.start_char < end for e in parse.ents
    )


def _interview_anchors(
    parse: Any, entities: list[Entity]
) -> list[tuple[int, str, str]]:
    """(position, speaker, venue) of sentences that name an interview without a cue the
    rules take as one: "In an interview with Trending Today USA, Ham made it clear ..."."""
    resolver = SpeakerResolver(parse.text, entities)
    out = []
    for sent in parse.sents:
        venue = interview_venue(sent.root)
        if venue is None:
            continue
        subj = next((t for t in sent.root.children if t.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is None:
            continue
        ent = resolver.entity_of(subj)
        if ent is not None and ent.type == "PERSON":
            out.append((subj.idx, ent.name, venue))
    return out


def _venues(
    parse: Any,
    found: list[Found],
    par_starts: list[int],
    entities: list[Entity],
    own_outlet: str | None = None,
) -> None:
    """Venue of each attribution; carried forward to the same speaker in the same passage,
    also from a sentence that names an interview without a reporting cue."""
    last_speaker: str | None = None
    last_venue: str | None = None
    last_par = -10
    anchors = _interview_anchors(parse, entities)
    given_in: dict[str, Speaker] = {}  # venue -> the named speaker who gave a statement there
    types = {e.id: e.type for e in entities}
    named: list[tuple[int, str]] | None = None  # outlets the text names, when needed
    for f in found:
        # a publication named earlier as a venue, now the subject ("Black Flags From the
        # Islamic State promised"): the speaker is who published it, the venue the title
        if (
            f.speaker
            and types.get(f.speaker.entity or "") not in ("PERSON", "ORG")
            and f.speaker.name.lower() in given_in
        ):
            f.speaker, f.venue = given_in[f.speaker.name.lower()], f.speaker.name
            continue
        while anchors and anchors[0][0] < f.start:
            pos, last_speaker, last_venue = anchors.pop(0)
            last_par = _paragraph_index(par_starts, pos)
        venue = None
        if f.cue_token is not None and f.continues is None:
            venue = find_venue(parse[f.cue_token])
            if venue is not None and named is None:
                named = outlets_named(parse)
            venue = resolve_anaphor(venue, f.start, named or [], own_outlet)
        name = f.speaker.name if f.speaker else None
        par = _paragraph_index(par_starts, f.start)
        moved_on = par > last_par and _new_occasion(parse, par_starts[par], f.start)
        if f.continues is not None:
            venue = f.continues.venue
        elif (
            venue is None
            and name is not None
            and name != ANONYMOUS
            and name == last_speaker
            and par - last_par <= 1
            and not moved_on
        ):
            venue = last_venue
        f.venue = venue
        if venue and name and name != ANONYMOUS and f.speaker is not None:
            given_in.setdefault(venue.lower(), f.speaker)
        if name != last_speaker or venue is not None or moved_on:
            last_venue = venue
        last_speaker = name
        last_par = par
