"""Build ``annotations.jsonl`` from the annotation source in ``source/``.

    python benchmarks/devset/build.py            # write annotations.jsonl
    python benchmarks/devset/build.py --audit    # also list uncovered numbers and quote marks

The source files (``source/*.jsonl``, one article a line with named fields) hold
locators and fields only; offsets are computed here by exact substring search
(``benchmarks/_anchors.py``), so they are never counted by hand.  Needs the shared
data folder (``../shared`` from the repo root, or ``--shared``).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))  # benchmarks/, where the shared _anchors module is

from _anchors import LocateError, locate  # noqa: E402

DEFAULT_SHARED = HERE.parents[2] / "shared"

NUMBER_RE = re.compile(
    r"\d[\d,.]*|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|"
    r"fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|trillion|dozen|"
    r"half|percent|quarter|third)\b",
    re.IGNORECASE,
)
QUOTE_MARK_RE = re.compile(r"[\"“”]|''")


def read_text(path: Path) -> tuple[str, str]:
    """Return (content with \\r\\n normalised, sha1 of the raw bytes)."""
    raw = path.read_bytes()
    return raw.decode("utf-8").replace("\r\n", "\n"), hashlib.sha1(raw).hexdigest()


@dataclass(frozen=True)
class Q:
    """One quote (attribution) record of the source."""

    kind: str
    speaker: str
    venue: str | None
    loc: str
    occ: int | None = None


@dataclass(frozen=True)
class F:
    """One figure record of the source."""

    loc: str
    value: float
    unit: str
    counted: str
    attributed_to: str | None = None
    hedge: str | None = None
    occ: int | None = None


@dataclass
class Article:
    """The annotations of one article."""

    file: str
    quotes: list[Q] = field(default_factory=list)
    figures: list[F] = field(default_factory=list)
    notes: str = ""


class SourceError(ValueError):
    """A source line that is not an article record with the named fields."""


_ARTICLE_KEYS = {"file", "notes", "quotes", "figures"}
_QUOTE_KEYS = {"kind", "speaker", "venue", "loc", "occ"}
_FIGURE_KEYS = {"loc", "value", "unit", "counted", "attributed_to", "hedge", "occ"}


def _fields(raw: Any, allowed: set[str], required: set[str], where: str) -> dict[str, Any]:
    if not isinstance(raw, dict):
        raise SourceError(f"{where}: not an object")
    unknown, missing = set(raw) - allowed, required - set(raw)
    if unknown or missing:
        raise SourceError(f"{where}: unknown fields {sorted(unknown)}, missing {sorted(missing)}")
    return raw


def parse_article(raw: Any, where: str) -> Article:
    """One source record -> :class:`Article`; unknown or missing fields are errors."""
    rec = _fields(raw, _ARTICLE_KEYS, {"file"}, where)
    quotes = [
        Q(**_fields(q, _QUOTE_KEYS, {"kind", "speaker", "venue", "loc"}, f"{where} quote {i}"))
        for i, q in enumerate(rec.get("quotes", []))
    ]
    figures = [
        F(**_fields(f, _FIGURE_KEYS, {"loc", "value", "unit", "counted"}, f"{where} figure {i}"))
        for i, f in enumerate(rec.get("figures", []))
    ]
    return Article(rec["file"], quotes, figures, rec.get("notes", ""))


def load_articles(folder: Path = HERE / "source") -> list[Article]:
    """Every article of ``source/*.jsonl``, files in name order."""
    articles: list[Article] = []
    for path in sorted(folder.glob("*.jsonl")):
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if line.strip():
                articles.append(parse_article(json.loads(line), f"{path.name}:{n}"))
    return articles


def build_record(article: Article, shared: Path) -> tuple[dict[str, Any], list[str]]:
    """Resolve one article's locators into a JSON record; return it with any errors."""
    content, sha1 = read_text(shared / article.file)
    errors: list[str] = []
    quotes = []
    for q in article.quotes:
        try:
            s, e = locate(content, q.loc, q.occ)
        except LocateError as exc:
            errors.append(f"{article.file}: quote {exc}")
            continue
        quotes.append(
            {
                "start": s,
                "end": e,
                "kind": q.kind,
                "speaker": q.speaker,
                "venue": q.venue,
                "text": content[s:e],
            }
        )
    figures = []
    for f in article.figures:
        try:
            s, e = locate(content, f.loc, f.occ)
        except LocateError as exc:
            errors.append(f"{article.file}: figure {exc}")
            continue
        value: float | int = int(f.value) if float(f.value).is_integer() else f.value
        figures.append(
            {
                "start": s,
                "end": e,
                "text": content[s:e],
                "value": value,
                "unit": f.unit,
                "counted": f.counted,
                "attributed_to": f.attributed_to,
                "hedge": f.hedge,
            }
        )
    for kind, items in (("quote", quotes), ("figure", figures)):
        seen = set()
        for item in items:
            key = (item["start"], item["end"])
            if key in seen:
                errors.append(f"{article.file}: duplicate {kind} span {item['text']!r}")
            seen.add(key)
    quotes.sort(key=lambda r: (r["start"], r["end"]))
    figures.sort(key=lambda r: (r["start"], r["end"]))
    return {"file": article.file, "sha1": sha1, "quotes": quotes, "figures": figures}, errors


def polnear_contents(file: str, shared: Path) -> list[tuple[int, int]]:
    """PolNeAR gold Content spans for an article (a hint for the annotator only)."""
    path = shared / file
    if "polnear" not in file:
        return []
    ann_dir = path.parent.parent / "attributions"
    spans = []
    for ann in sorted(ann_dir.glob(path.stem + "_*.ann")):
        for line in ann.read_text(encoding="utf-8").splitlines():
            parts = line.split("\t")
            if len(parts) >= 2 and parts[1].startswith("Content "):
                for piece in parts[1][len("Content ") :].split(";"):
                    s, e = piece.split()
                    spans.append((int(s), int(e)))
    return spans


def audit(record: dict, shared: Path) -> None:
    """Print number tokens outside figure spans and quote marks outside direct quotes."""
    content, _ = read_text(shared / record["file"])
    fig = [(f["start"], f["end"]) for f in record["figures"]]
    quo = [(q["start"] - 1, q["end"] + 1) for q in record["quotes"]]
    print(f"== {record['file']}")
    for m in NUMBER_RE.finditer(content):
        if not any(s <= m.start() < e for s, e in fig):
            ctx = content[max(0, m.start() - 40) : m.end() + 30].replace("\n", " | ")
            print(f"  num  {m.group()!r:14} ...{ctx}...")
    for s, e in polnear_contents(record["file"], shared):
        if not any(q["start"] < e and s < q["end"] for q in record["quotes"]):
            print(f"  polnear content not covered: {content[s:e][:90]!r}")
    for m in QUOTE_MARK_RE.finditer(content):
        if not any(s <= m.start() < e for s, e in quo):
            ctx = content[max(0, m.start() - 30) : m.end() + 30].replace("\n", " | ")
            print(f"  mark {m.group()!r:5} ...{ctx}...")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED)
    parser.add_argument("--audit", action="store_true")
    parser.add_argument("--only", help="audit only files containing this string")
    parser.add_argument("-o", "--output", type=Path, default=HERE / "annotations.jsonl")
    args = parser.parse_args()
    if not args.shared.is_dir():
        print(
            f"error: shared data folder {args.shared} not found; pass --shared PATH",
            file=sys.stderr,
        )
        return 2
    records, errors = [], []
    for article in load_articles():
        record, errs = build_record(article, args.shared)
        records.append(record)
        errors.extend(errs)
        if args.audit and (not args.only or args.only in article.file):
            audit(record, args.shared)
    if errors:
        print("\n".join(errors), file=sys.stderr)
        print(f"error: {len(errors)} locator problem(s); nothing written", file=sys.stderr)
        return 1
    tmp = args.output.with_suffix(".tmp")
    with tmp.open("w", encoding="utf-8") as fh:
        for record in records:
            fh.write(json.dumps(record, ensure_ascii=False) + "\n")
    tmp.replace(args.output)
    nq = sum(len(r["quotes"]) for r in records)
    nf = sum(len(r["figures"]) for r in records)
    print(f"wrote {args.output.name}: {len(records)} articles, {nq} quotes, {nf} figures")
    return 0


if __name__ == "__main__":
    sys.exit(main())
