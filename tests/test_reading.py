from __future__ import annotations

import json
from pathlib import Path

import pytest

from presslens.errors import InputFormatError, InputNotFoundError, InputTooLargeError
from presslens.reading import Overrides, guess_format, normalise_newlines, parse_bytes, read_path


def test_reading_normalises_newlines_and_bom() -> None:
    assert normalise_newlines("\ufeffa\r\nb\rc\n") == "a\nb\nc\n"


def test_reading_text_file_offsets_index_normalised_text(tmp_path: Path) -> None:
    p = tmp_path / "a.txt"
    p.write_bytes("Headline\r\nKing said “yes”.\r\n".encode())
    [doc] = read_path(p)
    assert doc.text == "Headline\nKing said “yes”.\n"
    assert doc.meta.source == str(p)


def test_reading_falls_back_to_detected_encoding(tmp_path: Path) -> None:
    p = tmp_path / "latin.txt"
    text = "Le président a déclaré que la sécurité était menacée à Paris. " * 5
    p.write_bytes(text.encode("latin-1"))
    [doc] = read_path(p)
    assert "président" in doc.text


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "empty"),
        (b"   \n\t\n", "empty"),
        (b"\x00\x01\x02binary\x00", "binary"),
    ],
)
def test_reading_rejects_unusable_bytes(data: bytes, message: str) -> None:
    with pytest.raises(InputFormatError, match=message):
        parse_bytes(data, "x.txt")


def test_reading_rejects_oversized_input(tmp_path: Path) -> None:
    p = tmp_path / "big.txt"
    p.write_text("word " * 100)
    with pytest.raises(InputTooLargeError, match="over the 100-byte limit"):
        read_path(p, max_bytes=100)


def test_reading_missing_path_and_directory(tmp_path: Path) -> None:
    with pytest.raises(InputNotFoundError, match="no such file"):
        read_path(tmp_path / "nope.txt")
    with pytest.raises(InputFormatError, match="is a directory"):
        read_path(tmp_path)


def test_reading_jsonl_reports_the_bad_line(tmp_path: Path) -> None:
    p = tmp_path / "batch.jsonl"
    p.write_text('{"id": "a", "text": "One."}\n\n{"id": "b", "text": \n')
    with pytest.raises(InputFormatError, match=r"line 3: malformed JSON"):
        read_path(p)


def test_reading_jsonl_record_without_text(tmp_path: Path) -> None:
    p = tmp_path / "batch.jsonl"
    p.write_text('{"id": "a", "text": "One."}\n{"id": "b", "title": "no text"}\n')
    with pytest.raises(InputFormatError, match=r"line 2: record has no 'text'"):
        read_path(p)


def test_reading_jsonl_keeps_order_and_metadata(tmp_path: Path) -> None:
    p = tmp_path / "batch.jsonl"
    rows = [
        {"id": "z", "text": "Last.", "outlet": "AP", "published": "2016-10-01"},
        {"id": "a", "text": "First.", "url": "https://example.org/a"},
    ]
    p.write_text("\n".join(json.dumps(r) for r in rows))
    docs = read_path(p)
    assert [d.id for d in docs] == ["z", "a"]
    assert docs[0].meta.outlet == "AP" and str(docs[0].meta.published) == "2016-10-01"
    assert docs[1].meta.url == "https://example.org/a"


def test_reading_bad_published_date(tmp_path: Path) -> None:
    p = tmp_path / "a.json"
    p.write_text(json.dumps({"text": "Hi.", "published": "last Tuesday"}))
    with pytest.raises(InputFormatError, match="not YYYY-MM-DD"):
        read_path(p)


def test_reading_overrides_win(tmp_path: Path) -> None:
    p = tmp_path / "a.json"
    p.write_text(json.dumps({"text": "Hi.", "title": "Old"}))
    [doc] = read_path(p, overrides=Overrides(title="New", outlet="Reuters"))
    assert (doc.meta.title, doc.meta.outlet) == ("New", "Reuters")


def test_reading_html_extracts_main_text_and_metadata(tmp_path: Path) -> None:
    body = " ".join(["European leaders fear an onslaught of jihadists fleeing from Mosul."] * 6)
    page = f"""<!doctype html><html><head><title>Jihadists fleeing Mosul</title>
    <meta property="og:site_name" content="Example News">
    <meta property="article:published_time" content="2016-10-20T10:00:00Z"></head>
    <body><nav>Home | World | Sport</nav><article><h1>Jihadists fleeing Mosul</h1>
    <p>{body}</p><p>{body}</p></article><footer>Copyright</footer></body></html>"""
    p = tmp_path / "page.html"
    p.write_text(page)
    [doc] = read_path(p)
    assert "onslaught of jihadists" in doc.text
    assert "Copyright" not in doc.text
    assert doc.meta.title == "Jihadists fleeing Mosul"
    assert str(doc.meta.published) == "2016-10-20"


@pytest.mark.parametrize(
    ("name", "text", "expected"),
    [
        ("a.txt", "Plain words.", "text"),
        ("a.jsonl", '{"text": "x"}', "jsonl"),
        ("-", '{"text": "x"}\n{"text": "y"}', "jsonl"),
        ("-", '{"text": "x"}', "json"),
        ("-", "<!DOCTYPE html><html></html>", "html"),
        ("-", "{not json at all", "text"),
    ],
)
def test_reading_guess_format(name: str, text: str, expected: str) -> None:
    assert guess_format(name, text) == expected


def test_reading_names_the_encoding_it_guessed_and_refuses_bytes_that_are_not_text(
    caplog: pytest.LogCaptureFixture,
) -> None:
    import random

    from presslens.errors import InputFormatError
    from presslens.reading import decode

    with caplog.at_level("WARNING", logger="presslens.reading"):
        assert decode("Мэр сказал, что завод закрыт.".encode("cp1251"), "ru.txt") == (
            "Мэр сказал, что завод закрыт.")
    assert "decoded as cp1251" in caplog.text
    rng = random.Random(3)
    junk = b"The council met on Monday. " * 20 + bytes(rng.randrange(128, 256) for _ in range(40))
    with pytest.raises(InputFormatError, match="save the file as UTF-8"):
        decode(junk, "junk.txt")


def test_reading_takes_windows_1252_english_whose_only_non_ascii_are_curly_quotes() -> None:
    from presslens.reading import decode

    text = ("\u201cThe dam will hold,\u201d the mayor said \u2013 and the council\u2019s "
            "engineers agreed. ") * 5
    assert decode(text.encode("cp1252"), "article.txt") == text


# --- iter_records: JSONL read lazily, a line at a time -------------------------------------
def _lines(*records: object) -> bytes:
    return b"".join(json.dumps(r).encode() + b"\n" for r in records)


@pytest.mark.parametrize("name", ["a.jsonl", "a.ndjson", "a.jsonl.gz", "A.JSONL.GZ"])
def test_reading_iter_records_streams_jsonl_and_gzip(tmp_path: Path, name: str) -> None:
    import gzip

    from presslens.reading import iter_records

    data = b"\xef\xbb\xbf" + _lines({"id": "1", "text": "One.\r\n"}) + b"\n" + _lines(
        {"id": "2", "text": "Two.", "published": "2024-01-02"})
    p = tmp_path / name
    p.write_bytes(gzip.compress(data) if name.lower().endswith(".gz") else data)
    docs = list(iter_records(p, overrides=Overrides(outlet="Wire")))
    assert [(d.id, d.text, d.meta.outlet, d.meta.source) for d in docs] == [
        ("1", "One.\n", "Wire", str(p)), ("2", "Two.", "Wire", str(p))]
    assert str(docs[1].meta.published) == "2024-01-02"


def test_reading_iter_records_is_lazy(tmp_path: Path) -> None:
    from presslens.reading import iter_records

    p = tmp_path / "a.jsonl"
    p.write_bytes(_lines({"text": "fine"}) + b'{"text": broken\n')
    records = iter_records(p)
    assert next(records).text == "fine"  # line 1 is given before line 2 is read
    with pytest.raises(InputFormatError, match=r"a\.jsonl, line 2: malformed JSON"):
        next(records)


@pytest.mark.parametrize(
    ("content", "error", "message"),
    [
        (b"", InputFormatError, "no records found"),
        (b"\n\n", InputFormatError, "no records found"),
        (b'{"id": "1"}\n', InputFormatError, "line 1: record has no 'text'"),
        (b'["text"]\n', InputFormatError, "line 1: each record must be a JSON object"),
        (b'{"text": "x", "published": "May"}\n', InputFormatError, "line 1: published date"),
        (b'{"text": "   "}\n', InputFormatError, "line 1: the article text is empty"),
        (b'{"text": "' + b"x" * 200 + b'"}\n', InputTooLargeError, "line 1: the record is over"),
        (b'{"text": "a\x00b"}\n', InputFormatError, "line 1: looks like a binary file"),
    ],
)
def test_reading_iter_records_errors_are_one_line(
    tmp_path: Path, content: bytes, error: type[Exception], message: str
) -> None:
    from presslens.reading import iter_records

    p = tmp_path / "a.jsonl"
    p.write_bytes(content)
    with pytest.raises(error, match=message) as info:
        list(iter_records(p, max_bytes=100))
    assert "\n" not in str(info.value)


def test_reading_iter_records_bad_gzip_and_missing_file(tmp_path: Path) -> None:
    from presslens.reading import iter_records

    bad = tmp_path / "a.jsonl.gz"
    bad.write_bytes(b'{"text": "not compressed"}\n')
    with pytest.raises(InputFormatError, match=r"a\.jsonl\.gz: cannot read"):
        list(iter_records(bad))
    with pytest.raises(InputNotFoundError, match="no such file"):
        list(iter_records(tmp_path / "missing.jsonl"))


def test_reading_iter_records_reads_other_formats_whole(tmp_path: Path) -> None:
    from presslens.reading import iter_records

    p = tmp_path / "a.txt"
    p.write_text("Plain text article.", encoding="utf-8")
    assert [d.text for d in iter_records(p)] == ["Plain text article."]
