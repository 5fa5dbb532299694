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
