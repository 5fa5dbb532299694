"""Reading the Propaganda Techniques Corpus (PTC, SemEval-2020 Task 11) layout.

A corpus folder holds ``articles/article<id>.txt`` and, when labelled,
``labels-si/article<id>.task-si.labels`` (``id<TAB>start<TAB>end``) and
``labels-tc/article<id>.task-flc-tc.labels`` (``id<TAB>technique<TAB>start<TAB>end``).
An articles folder given alone (``spans``/``classify``) may also be the
``articles/`` folder itself. Every error names the file and line.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import InputFormatError, InputNotFoundError, InputTooLargeError
from ..reading import DEFAULT_MAX_BYTES, check_regular_file

TECHNIQUES: tuple[str, ...] = (
    "Appeal_to_Authority",
    "Appeal_to_fear-prejudice",
    "Bandwagon,Reductio_ad_hitlerum",
    "Black-and-White_Fallacy",
    "Causal_Oversimplification",
    "Doubt",
    "Exaggeration,Minimisation",
    "Flag-Waving",
    "Loaded_Language",
    "Name_Calling,Labeling",
    "Repetition",
    "Slogans",
    "Thought-terminating_Cliches",
    "Whataboutism,Straw_Men,Red_Herring",
)

_ARTICLE = re.compile(r"^article(\d+)\.txt$")


@dataclass
class Article:
    id: str
    text: str
    #: gold technique spans ``(start, end, technique)``; empty when unlabelled
    spans: list[tuple[int, int, str]] = field(default_factory=list)


def read_text(path: Path) -> str:
    """An article's text: a regular, non-empty UTF-8 file within the input size limit."""
    check_regular_file(path, str(path))
    try:
        size = path.stat().st_size
        if size > DEFAULT_MAX_BYTES:
            raise InputTooLargeError(
                f"{path}: {size:,} bytes is over the {DEFAULT_MAX_BYTES:,}-byte limit of one "
                "article; split it"
            )
        text = path.read_text(encoding="utf-8")
        if not text.strip():
            raise InputFormatError(f"{path}: the article is empty; remove it or give its text")
        return text
    except UnicodeDecodeError:
        raise InputFormatError(f"{path}: not UTF-8 text; save the article as UTF-8") from None
    except OSError as exc:
        raise InputNotFoundError(f"{path}: cannot read ({exc.strerror})") from None


def articles_dir(folder: Path) -> Path:
    """The folder holding ``article<id>.txt`` files (``folder`` or ``folder/articles``)."""
    if not folder.exists():
        raise InputNotFoundError(
            f"{folder}: no such folder; give a folder of article<id>.txt files"
        )
    if not folder.is_dir():
        raise InputFormatError(f"{folder}: not a folder; give a folder of article<id>.txt files")
    sub = folder / "articles"
    return sub if sub.is_dir() else folder


def read_articles(folder: Path) -> dict[str, Article]:
    """All ``article<id>.txt`` of a folder, keyed by id, in id order.

    Any other file (except hidden ones) is an error: a stray file usually
    means the wrong folder was given.
    """
    adir = articles_dir(folder)
    out: dict[str, Article] = {}
    for path in sorted(adir.iterdir()):
        if path.name.startswith(".") or path.is_dir():
            continue
        m = _ARTICLE.match(path.name)
        if not m:
            raise InputFormatError(
                f"{path}: not an article<id>.txt file; the folder must hold only PTC articles"
            )
        out[m.group(1)] = Article(id=m.group(1), text=read_text(path))
    if not out:
        raise InputFormatError(f"{adir}: no article<id>.txt files in the folder")
    return dict(sorted(out.items(), key=lambda kv: int(kv[0])))


def _int(value: str, path: Path, lineno: int, what: str) -> int:
    try:
        return int(value)
    except ValueError:
        raise InputFormatError(f"{path}:{lineno}: {what} {value!r} is not an integer") from None


def check_span(start: int, end: int, text: str, path: Path, lineno: int) -> None:
    if not 0 <= start < end <= len(text):
        raise InputFormatError(
            f"{path}:{lineno}: span {start}-{end} lies outside its article "
            f"(0-{len(text)}) or is empty"
        )


def read_tc_labels(path: Path, article: Article) -> list[tuple[int, int, str]]:
    spans: list[tuple[int, int, str]] = []
    for lineno, line in enumerate(read_text(path).splitlines(), 1):
        if not line.strip():
            continue
        parts = line.rstrip("\n").split("\t")
        if len(parts) != 4:
            raise InputFormatError(
                f"{path}:{lineno}: expected 4 tab-separated fields id, technique, start, end"
            )
        aid, tech, s, e = parts
        if aid != article.id:
            raise InputFormatError(f"{path}:{lineno}: article id {aid!r}, expected {article.id!r}")
        if tech not in TECHNIQUES:
            raise InputFormatError(f"{path}:{lineno}: unknown technique {tech!r}")
        start, end = _int(s, path, lineno, "start"), _int(e, path, lineno, "end")
        check_span(start, end, article.text, path, lineno)
        spans.append((start, end, tech))
    return spans


def read_corpus(folder: Path) -> dict[str, Article]:
    """A labelled PTC folder: articles with their technique spans."""
    arts = read_articles(folder)
    tc_dir = folder / "labels-tc"
    if not tc_dir.is_dir():
        raise InputNotFoundError(
            f"{folder}: no labels-tc/ folder; give a PTC folder with articles/ and labels-tc/"
        )
    for aid, art in arts.items():
        path = tc_dir / f"article{aid}.task-flc-tc.labels"
        # an empty labels file: an article with no technique spans (14 in ptc-train)
        if path.exists() and path.stat().st_size > 0:
            art.spans = read_tc_labels(path, art)
    return arts


def is_heldout(article_id: str, percent: int = 15) -> bool:
    """The fixed held-out split: a stable hash of the id, ~``percent``% of articles."""
    return _bucket(article_id) < percent


def is_dev(article_id: str, heldout_percent: int = 15, percent: int = 12) -> bool:
    """The development slice: the ~``percent``% of articles next to the held-out split.

    Settings (decoding, the display threshold, fine-tuning epochs) are chosen on
    these articles with a model trained without them; the held-out split is only scored.
    """
    return heldout_percent <= _bucket(article_id) < heldout_percent + percent


def _bucket(article_id: str) -> int:
    digest = hashlib.sha1(article_id.encode()).hexdigest()
    return int(digest[:8], 16) % 100


@dataclass(frozen=True)
class TemplateRow:
    id: str
    start: int
    end: int


def read_template(path: Path, articles: dict[str, Article]) -> list[TemplateRow]:
    """A TC template: rows ``id<TAB>?<TAB>start<TAB>end`` (the technique is ignored)."""
    rows: list[TemplateRow] = []
    for lineno, line in enumerate(read_text(path).splitlines(), 1):
        if not line.strip():
            continue
        parts = line.split("\t")
        if len(parts) != 4:
            raise InputFormatError(
                f"{path}:{lineno}: expected 4 tab-separated fields id, technique, start, end"
            )
        aid = parts[0]
        if aid not in articles:
            raise InputFormatError(f"{path}:{lineno}: no article{aid}.txt in the articles folder")
        start = _int(parts[2], path, lineno, "start")
        end = _int(parts[3], path, lineno, "end")
        check_span(start, end, articles[aid].text, path, lineno)
        rows.append(TemplateRow(aid, start, end))
    if not rows:
        raise InputFormatError(f"{path}: the template has no rows")
    return rows
