"""Readers' posts signed on the line after them: direct statements by the signer."""

from __future__ import annotations

import re

from ..model import Speaker
from ..names import ANONYMOUS
from .found import Found
from .venues import social_network

#: a paragraph that is only a signature: a name of 2-4 capitalised words or an @handle
_SIGNATURE = re.compile(r"(@\w{2,30}|[A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,3})\.?")
#: a letter writer's place under the signature: "Henderson, Nev.", "Washington, D.C."
_PLACE_LINE = re.compile(r"[A-Z][\w .'’-]{1,30}, [A-Z][\w.]{1,12}\.?")


def signed_posts(
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
