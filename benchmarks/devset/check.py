"""Verify ``annotations.jsonl`` against the shared article texts.

    python benchmarks/devset/check.py [--shared PATH] [FILE]

Checks for every record: the article file exists, its sha1 matches, each
span's ``text == content[start:end]``, and every field is valid per
``/work/devset-format.md``.  Exits 0 when all is well, 1 on any problem, and
2 when the shared data folder is missing.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
DEFAULT_SHARED = HERE.parents[2] / "shared"
QUOTE_KEYS = {"start", "end", "kind", "speaker", "venue", "text"}
FIGURE_KEYS = {"start", "end", "text", "value", "unit", "counted", "attributed_to", "hedge"}


def _opt_str(value: object) -> bool:
    return value is None or (isinstance(value, str) and value.strip() == value and value != "")


def check_span(item: dict, content: str, where: str) -> list[str]:
    """Return problems with one span's offsets and text."""
    s, e = item.get("start"), item.get("end")
    if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(content)):
        return [f"{where}: bad offsets {s!r}..{e!r}"]
    if content[s:e] != item.get("text"):
        return [f"{where}: text {item.get('text')!r} != content[{s}:{e}] {content[s:e]!r}"]
    if content[s:e] != content[s:e].strip():
        return [f"{where}: span {content[s:e]!r} starts or ends with whitespace"]
    return []


def check_record(record: dict, shared: Path) -> list[str]:
    """Return every problem found in one article record."""
    name = record.get("file", "?")
    path = shared / name
    if not path.is_file():
        return [f"{name}: file not found under {shared}"]
    raw = path.read_bytes()
    problems: list[str] = []
    if hashlib.sha1(raw).hexdigest() != record.get("sha1"):
        problems.append(f"{name}: sha1 mismatch (the text changed?)")
    content = raw.decode("utf-8").replace("\r\n", "\n")
    for i, q in enumerate(record.get("quotes", [])):
        where = f"{name}: quote {i}"
        if set(q) != QUOTE_KEYS:
            problems.append(f"{where}: keys {sorted(q)} != {sorted(QUOTE_KEYS)}")
            continue
        problems += check_span(q, content, where)
        if q["kind"] not in ("direct", "indirect"):
            problems.append(f"{where}: kind {q['kind']!r}")
        if not (isinstance(q["speaker"], str) and q["speaker"].strip()):
            problems.append(f"{where}: empty speaker")
        if not _opt_str(q["venue"]):
            problems.append(f"{where}: venue {q['venue']!r}")
    for i, f in enumerate(record.get("figures", [])):
        where = f"{name}: figure {i}"
        if set(f) != FIGURE_KEYS:
            problems.append(f"{where}: keys {sorted(f)} != {sorted(FIGURE_KEYS)}")
            continue
        problems += check_span(f, content, where)
        if not isinstance(f["value"], (int, float)) or isinstance(f["value"], bool):
            problems.append(f"{where}: value {f['value']!r} is not a number")
        for key in ("unit", "counted"):
            if not (isinstance(f[key], str) and f[key].strip()):
                problems.append(f"{where}: empty {key}")
        if (
            isinstance(f["unit"], str)
            and f["unit"] != f["unit"].lower()
            and f["unit"] not in ("USD", "GBP", "EUR")
        ):
            problems.append(f"{where}: unit {f['unit']!r} should be lower case or a currency code")
        for key in ("attributed_to", "hedge"):
            if not _opt_str(f[key]):
                problems.append(f"{where}: {key} {f[key]!r}")
    for kind in ("quotes", "figures"):
        spans = [(x.get("start"), x.get("end")) for x in record.get(kind, [])]
        if len(spans) != len(set(spans)):
            problems.append(f"{name}: duplicate {kind} spans")
    return problems


def main() -> int:
    parser = argparse.ArgumentParser(description="Verify the presslens dev set annotations.")
    parser.add_argument("annotations", nargs="?", type=Path, default=HERE / "annotations.jsonl")
    parser.add_argument("--shared", type=Path, default=DEFAULT_SHARED)
    args = parser.parse_args()
    if not args.shared.is_dir():
        print(
            f"error: shared data folder {args.shared} is missing; the dev set annotates "
            "texts that live there (pass --shared PATH)",
            file=sys.stderr,
        )
        return 2
    if not args.annotations.is_file():
        print(f"error: {args.annotations} not found; run build.py first", file=sys.stderr)
        return 2
    problems: list[str] = []
    files: set[str] = set()
    nq = nf = 0
    for lineno, line in enumerate(args.annotations.read_text(encoding="utf-8").splitlines(), 1):
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            problems.append(f"line {lineno}: not JSON ({exc})")
            continue
        if record.get("file") in files:
            problems.append(f"line {lineno}: {record.get('file')} appears twice")
        files.add(record.get("file"))
        problems += check_record(record, args.shared)
        nq += len(record.get("quotes", []))
        nf += len(record.get("figures", []))
    for p in problems:
        print(p)
    status = "FAIL" if problems else "ok"
    print(f"{status}: {len(files)} articles, {nq} quotes, {nf} figures, {len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
