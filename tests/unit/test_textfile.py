"""Bytes to text: encodings, binary refusal, delimiter detection."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from advisor_tui.io.errors import ImportFailed
from advisor_tui.io.textfile import decode_bytes, detect_delimiter, read_bytes, read_text

GERMAN = "Müller;Schröder GmbH & Co. KG;Geschäftsführerin – 5 €;Straße"


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (GERMAN.encode("utf-8"), GERMAN),
        (codecs.BOM_UTF8 + GERMAN.encode("utf-8"), GERMAN),
        (GERMAN.encode("cp1252"), GERMAN),
        ("Müller;Groß;Öztürk".encode("latin-1"), "Müller;Groß;Öztürk"),
        (codecs.BOM_UTF16_LE + "Müller\tGroß".encode("utf-16-le"), "Müller\tGroß"),
        (codecs.BOM_UTF16_BE + "Müller\tGroß".encode("utf-16-be"), "Müller\tGroß"),
        (b"First Name,Last Name\r\nAnna,Meier\r\n", "First Name,Last Name\r\nAnna,Meier\r\n"),
    ],
    ids=["utf8", "utf8-bom", "cp1252", "latin1", "utf16le", "utf16be", "ascii-crlf"],
)
def test_decode_reads_each_encoding_right(data: bytes, expected: str) -> None:
    assert decode_bytes(data) == expected


def test_utf8_is_never_read_as_cp1252() -> None:
    # "Müller" in UTF-8 is also valid cp1252 ("MÃ¼ller"): UTF-8 must win.
    assert decode_bytes("Anna Müller".encode()) == "Anna Müller"


def test_mojibake_from_an_earlier_wrong_save_is_repaired() -> None:
    broken = "Anna Müller,Schröder GmbH,Geschäftsführerin – Nachfolge".encode().decode("cp1252")
    assert decode_bytes(broken.encode("utf-8")) == "Anna Müller,Schröder GmbH,Geschäftsführerin – Nachfolge"


@pytest.mark.parametrize(
    ("data", "fragment"),
    [
        (b"", "leer"),
        (b"  \r\n\n\t", "leer"),
        (b"PK\x03\x04\x14\x00\x00\x00\x08\x00", "Binärdaten"),
        (bytes(range(256)) * 4, "Binärdaten"),
        (b"\x01\x02\x03\x04\x05\x06abc" * 50, "Binärdaten"),
        (b"Name,Firma\nM\x81ller,Test\n", "Zeichenkodierung"),
        (b"Name\n" + bytes(range(0xA0, 0xC0)) * 10, "Zeichenkodierung"),
        (codecs.BOM_UTF16_LE + b"\x00\xd8", "UTF-16"),
    ],
    ids=["empty", "whitespace", "zip-bytes", "all-bytes", "controls", "cp1252-undefined", "symbol-soup", "bad-utf16"],
)
def test_unusable_bytes_are_refused_in_german(data: bytes, fragment: str) -> None:
    with pytest.raises(ImportFailed) as caught:
        decode_bytes(data, "kaputt.csv")
    assert fragment in str(caught.value)


@pytest.mark.parametrize(
    ("sample", "expected", "delimiter"),
    [
        ("First Name,Last Name,URL\nAnna,Müller,x\n", ("First Name", "Last Name"), ","),
        ("First Name;Last Name;URL\r\nAnna;Müller;x\r\n", ("First Name", "Last Name"), ";"),
        ("First Name\tLast Name\tURL\nAnna\tMüller\tx\n", ("First Name", "Last Name"), "\t"),
        ('Notes:;;\n"A sentence, with, commas";;\n;;\nFirst Name;Last Name;URL\n', ("First Name", "URL"), ";"),
        ('a;b;c\n"1,5";"2,5";"3,5"\n"4,5";"5,5";"6,5"\n', (), ";"),
        ("a,b,c\n1,2,3\n4,5,6\n", (), ","),
    ],
    ids=["comma", "semicolon-crlf", "tab", "preamble-semicolon", "decimal-commas", "no-names"],
)
def test_detect_delimiter(sample: str, expected: tuple[str, ...], delimiter: str) -> None:
    assert detect_delimiter(sample, expected) == delimiter


def test_read_text_of_a_file(tmp_path: Path) -> None:
    path = tmp_path / "kontakte.csv"
    path.write_bytes(GERMAN.encode("cp1252"))
    assert read_text(path) == GERMAN


@pytest.mark.parametrize("kind", ["missing", "folder"])
def test_read_bytes_refuses_what_is_not_a_file(tmp_path: Path, kind: str) -> None:
    path = tmp_path / "gibt-es-nicht.csv"
    if kind == "folder":
        path.mkdir()
    with pytest.raises(ImportFailed):
        read_bytes(path)
