"""Reading articles from files, stdin, HTML pages and JSON / JSONL records.

Everything here turns bytes into :class:`~presslens.model.Document` objects
that have only ``text`` and ``meta``; analysis happens elsewhere. All records
of an input are read and validated before any is returned, so a malformed
line 900 stops the run before line 1 is analysed and no partial output is
written. :func:`iter_records` reads a JSONL file (also gzip-compressed) one
record at a time instead, for inputs too large to hold in memory; a caller
that must not start on a bad input reads it through once first.

Offsets: the document text is the decoded input with ``\\r\\n`` / ``\\r``
turned into ``\\n`` and a leading byte-order mark removed (for HTML, the main
text trafilatura extracts). Offsets in every layer index that text.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import logging
import os
import re
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO, Literal

from .errors import InputFormatError, InputNotFoundError, InputTooLargeError
from .model import Document, Metadata
from .settings import setting

logger = logging.getLogger(__name__)

DEFAULT_MAX_BYTES = int(setting("max_bytes").default)  # type: ignore[call-overload]
#: The longest text presslens analyses (spaCy's own limit for one parse).
MAX_TEXT_CHARS = int(setting("max_text_chars").default)  # type: ignore[call-overload]


def check_length(doc: Document, name: str) -> None:
    """Refuse a text too long to analyse, with the limit and what to do."""
    if len(doc.text) > MAX_TEXT_CHARS:
        where = f"{name}: " if name else ""
        raise InputTooLargeError(
            f"{where}the text is {len(doc.text):,} characters, over the "
            f"{MAX_TEXT_CHARS:,}-character limit of one analysis; split the article"
        )


def check_regular_file(p: Path, name: str) -> None:
    """Refuse what is not a regular file (a FIFO, a device, a socket) before reading it:
    reading those can block forever or never end."""
    if not p.exists():
        raise InputNotFoundError(f"{name}: no such file; check the path")
    if p.is_dir():
        raise InputFormatError(f"{name}: is a directory; give a file (or '-' for stdin)")
    if not p.is_file():
        raise InputFormatError(
            f"{name}: not a regular file (a FIFO, device or socket); give a file, or '-' "
            "to read standard input"
        )
Format = Literal["text", "html", "json", "jsonl"]
_RECORD_KEYS = {"id", "text", "title", "url", "outlet", "published"}


@dataclass(frozen=True)
class Overrides:
    """Metadata given on the command line; it wins over what the input says."""

    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    published: dt.date | None = None

    def apply(self, meta: Metadata) -> Metadata:
        update = {k: v for k, v in vars(self).items() if v is not None}
        return meta.model_copy(update=update)


def normalise_newlines(text: str) -> str:
    if text.startswith("\ufeff"):
        text = text[1:]
    return text.replace("\r\n", "\n").replace("\r", "\n")


def decode(data: bytes, name: str, declared: str | None = None) -> str:
    """UTF-8 first, then the ``declared`` encoding (a web server's charset) if it reads
    the bytes as plausible text, then charset detection; binary data is refused. A
    declaration is only a hint: servers often name the wrong charset."""
    if b"\x00" in data[:8192]:
        raise InputFormatError(
            f"{name}: looks like a binary file, not text; give a text, HTML or JSON file"
        )
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    if declared:
        with contextlib.suppress(LookupError, UnicodeDecodeError):
            text = data.decode(declared)
            if _plausible(text):
                return text
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        raise InputFormatError(
            f"{name}: cannot decode the bytes as text; save the file as UTF-8 and try again"
        )
    encoding = best.encoding
    text = str(best)
    if encoding in _LATIN_PAGES:
        # Latin single-byte code pages are hard to tell apart from statistics alone; English
        # and Western European news is nearly always Windows-1252 when it is not UTF-8.
        with contextlib.suppress(UnicodeDecodeError):
            text, encoding = data.decode("cp1252"), "cp1252"
    if not _plausible(text) or best.chaos > MAX_CHAOS:
        raise InputFormatError(
            f"{name}: not UTF-8, and no encoding reads it as plausible text (bytes that are "
            "not text, or a mix of encodings); save the file as UTF-8 and try again"
        )
    logger.warning("%s: not UTF-8; decoded as %s", name, encoding)
    return text


#: Code pages charset-normalizer confuses with Windows-1252 on Latin-script text.
_LATIN_PAGES = frozenset(
    "cp1252 latin_1 iso8859_15 cp850 cp437 cp858 mac_roman iso8859_2 cp1250 cp1257 iso8859_9 "
    "cp1254 iso8859_3 iso8859_4 iso8859_10 iso8859_13 iso8859_14 iso8859_16 mac_latin2".split()
)

#: The share of garbled characters (charset-normalizer's "chaos") above which a guessed
#: encoding is not trusted.
MAX_CHAOS = 0.3


def _plausible(text: str) -> bool:
    """Most characters outside ASCII are letters (accents, other scripts), as in real text;
    a run of bytes that are not text decodes to symbols and control characters."""
    # words of any script are short; a long unbroken run is bytes, not words
    longest = max((len(m) for m in re.findall(r"[^\x00-\x7f]+", text)), default=0)
    if longest > MAX_WORD_RUN:
        return False
    # curly quotes, dashes and currency signs say nothing either way (English text in
    # Windows-1252 may have no other character outside ASCII)
    wide = [c for c in text if ord(c) > 127 and c not in TYPOGRAPHIC]
    return sum(c.isalpha() for c in wide) >= 0.6 * len(wide)


#: Typographic characters outside ASCII that news text uses without any letter beside them.
TYPOGRAPHIC = frozenset("‘’‚“”„–—…•€£\u00a0")

#: The longest run of non-ASCII characters that can still be a word.
MAX_WORD_RUN = 24


def parse_date(value: Any, where: str) -> dt.date | None:
    if value in (None, ""):
        return None
    if isinstance(value, dt.date):
        return value
    text = str(value).strip()
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        raise InputFormatError(
            f"{where}: published date {text!r} is not YYYY-MM-DD; fix or remove it"
        ) from None


def _check_text(text: str, where: str) -> str:
    if not text.strip():
        raise InputFormatError(f"{where}: the article text is empty; give a file with text in it")
    return text


def guess_format(name: str, text: str) -> Format:
    suffix = Path(name).suffix.lower()
    if suffix in (".jsonl", ".ndjson"):
        return "jsonl"
    if suffix == ".json":
        return "json"
    if suffix in (".html", ".htm", ".xhtml"):
        return "html"
    head = text.lstrip()[:512].lower()
    if head.startswith(("<!doctype html", "<html")):
        return "html"
    if head.startswith("{") and "\n{" in text.strip():
        return "jsonl"
    if head.startswith(("{", "[")):
        try:
            json.loads(text)
        except json.JSONDecodeError:
            return "text"
        return "json"
    return "text"


def _record_to_document(record: Any, where: str) -> Document:
    if not isinstance(record, dict):
        raise InputFormatError(f"{where}: each record must be a JSON object with a 'text' field")
    text = record.get("text")
    if not isinstance(text, str):
        raise InputFormatError(f"{where}: record has no 'text' string; add the article text")
    unknown = set(record) - _RECORD_KEYS
    if unknown:
        logger.info("%s: ignoring unknown fields %s", where, sorted(unknown))
    meta = Metadata(
        title=_opt_str(record.get("title")),
        url=_opt_str(record.get("url")),
        outlet=_opt_str(record.get("outlet")),
        published=parse_date(record.get("published"), where),
    )
    rid = record.get("id")
    return Document(
        id=None if rid is None else str(rid),
        text=_check_text(normalise_newlines(text), where),
        meta=meta,
    )


def _opt_str(value: Any) -> str | None:
    return None if value in (None, "") else str(value)


def _loads_record(line: str, where: str) -> Any:
    """One JSONL record; malformed JSON is an input error naming ``where`` (file and line)."""
    try:
        return json.loads(line)
    except json.JSONDecodeError as exc:
        raise InputFormatError(f"{where}: malformed JSON ({exc.msg}); fix that line") from None


def _parse_jsonl(text: str, name: str) -> list[Document]:
    docs = []
    for lineno, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        record = _loads_record(line, f"{name}, line {lineno}")
        docs.append(_record_to_document(record, f"{name}, line {lineno}"))
    if not docs:
        raise InputFormatError(f"{name}: no records found; give one JSON object per line")
    return docs


def _parse_json(text: str, name: str) -> list[Document]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputFormatError(
            f"{name}, line {exc.lineno}: malformed JSON ({exc.msg}); fix the file"
        ) from None
    records = data if isinstance(data, list) else [data]
    if not records:
        raise InputFormatError(f"{name}: the JSON list is empty; give at least one record")
    return [_record_to_document(r, f"{name}, record {i + 1}") for i, r in enumerate(records)]


def _parse_html(text: str, name: str) -> list[Document]:
    import trafilatura

    extracted = trafilatura.bare_extraction(text, with_metadata=True, include_comments=False)
    body = None if extracted is None else getattr(extracted, "text", None)
    if not body or not body.strip():
        raise InputFormatError(
            f"{name}: no article text found in the HTML page; save the article as plain text"
        )
    meta = Metadata(
        title=getattr(extracted, "title", None),
        url=getattr(extracted, "url", None),
        outlet=getattr(extracted, "sitename", None),
        published=_lenient_date(getattr(extracted, "date", None)),
    )
    return [Document(text=normalise_newlines(body), meta=meta)]


def _lenient_date(value: Any) -> dt.date | None:
    try:
        return dt.date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


def parse_bytes(
    data: bytes,
    name: str,
    fmt: Format | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    encoding: str | None = None,
) -> list[Document]:
    """Turn one input's bytes into documents (one, or one per JSON/JSONL record);
    ``encoding`` is a declared charset, tried after UTF-8 (see :func:`decode`)."""
    if len(data) > max_bytes:
        raise InputTooLargeError(
            f"{name}: {len(data):,} bytes is over the {max_bytes:,}-byte limit; "
            "split the input or raise --max-bytes"
        )
    text = decode(data, name, encoding)
    fmt = fmt or guess_format(name, text)
    if fmt == "jsonl":
        docs = _parse_jsonl(text, name)
    elif fmt == "json":
        docs = _parse_json(text, name)
    elif fmt == "html":
        docs = _parse_html(text, name)
    else:
        docs = [Document(text=_check_text(normalise_newlines(text), name))]
    for doc in docs:
        doc.meta.source = name
        check_length(doc, name)
    return docs


def _read_limited(stream: BinaryIO, max_bytes: int) -> bytes:
    return stream.read(max_bytes + 1)


def read_path(
    path: str | os.PathLike[str],
    fmt: Format | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    overrides: Overrides | None = None,
) -> list[Document]:
    """Read a file (or ``-`` for stdin) into documents, validating everything first."""
    name = str(path)
    if name == "-":
        data = _read_limited(sys.stdin.buffer, max_bytes)
    else:
        p = Path(path)
        check_regular_file(p, name)
        try:
            size = p.stat().st_size
            if size > max_bytes:
                raise InputTooLargeError(
                    f"{name}: {size:,} bytes is over the {max_bytes:,}-byte limit; "
                    "split the input or raise --max-bytes"
                )
            with p.open("rb") as fh:
                data = _read_limited(fh, max_bytes)
        except PermissionError:
            raise InputNotFoundError(
                f"{name}: permission denied; check the file's permissions"
            ) from None
        except OSError as exc:
            raise InputNotFoundError(
                f"{name}: cannot read ({exc.strerror}); check the file"
            ) from None
    docs = parse_bytes(data, name, fmt=fmt, max_bytes=max_bytes)
    if overrides is not None:
        for doc in docs:
            doc.meta = overrides.apply(doc.meta)
    return docs


def iter_paths(paths: list[str], **kwargs: Any) -> Iterator[Document]:
    for path in paths:
        yield from read_path(path, **kwargs)


#: Suffixes read one record at a time by :func:`iter_records` (gzip-compressed too).
STREAMED_SUFFIXES = (".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz")


def is_streamed(path: str | os.PathLike[str]) -> bool:
    """Whether :func:`iter_records` reads ``path`` line by line rather than whole."""
    return str(path).lower().endswith(STREAMED_SUFFIXES)


def iter_records(
    path: str | os.PathLike[str],
    max_bytes: int = DEFAULT_MAX_BYTES,
    overrides: Overrides | None = None,
) -> Iterator[Document]:
    """The documents of one input, read lazily: a JSONL file (``.jsonl``, ``.ndjson``, or
    either gzip-compressed) one line at a time, in constant memory however large it is;
    any other input whole, as :func:`read_path` reads it.

    Each record is validated as :func:`read_path` validates it, with the same one-line
    errors (``NAME, line N: ...``). For a streamed file ``max_bytes`` limits each record,
    not the file. Nothing is checked ahead: a caller that must not start on a bad input
    reads it through once first (``presslens batch`` does).
    """
    name = str(path)
    if name == "-" or not is_streamed(name):
        yield from read_path(path, max_bytes=max_bytes, overrides=overrides)
        return
    p = Path(path)
    check_regular_file(p, name)
    found = False
    try:
        with _open_lines(p) as fh:
            lineno = 0
            while True:
                line = fh.readline(max_bytes + 1)
                if not line:
                    break
                lineno += 1
                where = f"{name}, line {lineno}"
                if len(line) > max_bytes and not line.endswith(b"\n"):
                    raise InputTooLargeError(
                        f"{where}: the record is over the {max_bytes:,}-byte limit; "
                        "shorten it or raise --max-bytes"
                    )
                if lineno == 1 and line.startswith(b"\xef\xbb\xbf"):
                    line = line[3:]
                if not line.strip():
                    continue
                record = _loads_record(decode(line, where), where)
                doc = _record_to_document(record, where)
                doc.meta.source = name
                check_length(doc, name)
                if overrides is not None:
                    doc.meta = overrides.apply(doc.meta)
                found = True
                yield doc
    except PermissionError:
        raise InputNotFoundError(
            f"{name}: permission denied; check the file's permissions"
        ) from None
    except (OSError, EOFError) as exc:  # gzip's BadGzipFile is an OSError
        reason = getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
        raise InputFormatError(f"{name}: cannot read ({reason}); check the file") from None
    if not found:
        raise InputFormatError(f"{name}: no records found; give one JSON object per line")


def _open_lines(p: Path) -> BinaryIO:
    if p.name.lower().endswith(".gz"):
        import gzip

        return gzip.open(p, "rb")  # type: ignore[return-value]
    return p.open("rb")
