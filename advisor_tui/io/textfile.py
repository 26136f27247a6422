"""Bytes to text for imported files: UTF-8 first, Windows-1252 only when plausible, never binary."""

from __future__ import annotations

import codecs
import csv
import io
import re
from collections.abc import Iterable
from pathlib import Path

import ftfy

from advisor_tui.io.errors import ImportFailed

# A file larger than this is not an address book or a LinkedIn CSV; reading it would only hurt.
MAX_FILE_BYTES = 256 * 1024 * 1024
DELIMITERS = (",", ";", "\t")

_SNIFF_BYTES = 8192
_READ_CHUNK = 1024 * 1024
# Non-ASCII characters a German or Western European text in Windows-1252 plausibly contains.
_LEGACY_PUNCTUATION = frozenset("€‚„…–—‘’“”•«»§°²³µ·´¨¢£¥©®±×÷¿¡ª º¼½¾\xa0")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
# A UTF-8 lead byte read as Windows-1252 ('Ã', 'Â', 'â') followed by a continuation byte read the same way.
_MOJIBAKE = re.compile("[ÃÂâ][\x80-\xbf€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ]")
_UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)


def read_bytes(path: Path) -> bytes:
    """The file's bytes, or ImportFailed if it is missing, a folder or absurdly large."""
    limit = MAX_FILE_BYTES // (1024 * 1024)
    too_large = ImportFailed(f"Die Datei „{path.name}“ ist zu groß (mehr als {limit} MB).")
    try:
        size = path.stat().st_size
        if not path.is_file():
            raise ImportFailed(f"„{path}“ ist keine Datei.")
        if size > MAX_FILE_BYTES:
            raise too_large
        # The stated size can be wrong (/proc, a file still being written): what is read is counted.
        with path.open("rb") as file:
            parts, total = [file.read(size)], size
            while more := file.read(_READ_CHUNK):
                parts.append(more)
                total += len(more)
                if total > MAX_FILE_BYTES:
                    raise too_large
        return b"".join(parts) if len(parts) > 1 else parts[0]
    except FileNotFoundError:
        raise ImportFailed(f"Die Datei „{path}“ wurde nicht gefunden.") from None
    except PermissionError:
        raise ImportFailed(f"Die Datei „{path}“ darf nicht gelesen werden.") from None
    except IsADirectoryError:
        raise ImportFailed(f"„{path}“ ist keine Datei.") from None


def read_text(path: Path) -> str:
    """The file decoded by `decode_bytes`."""
    return decode_bytes(read_bytes(path), path.name)


def decode_bytes(data: bytes, name: str = "Datei") -> str:
    """Text from UTF-8 (BOM or not), UTF-16 with BOM, or plausible Windows-1252; else ImportFailed."""
    if not data.strip():
        raise ImportFailed(f"„{name}“ ist leer.")
    if data.startswith(_UTF16_BOMS):
        return _decode_utf16(data, name)
    bomless = _bomless_utf16(data)
    if bomless:
        return _decode_utf16(data, name, bomless)
    if looks_binary(data):
        raise ImportFailed(f"„{name}“ ist keine Textdatei, sondern enthält Binärdaten.")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return _decode_legacy(data, name)
    return repair_mojibake(text)


def repair_mojibake(text: str) -> str:
    """UTF-8 text that was once read as Windows-1252 and saved again ('MÃ¼ller') set right."""
    # The usual case costs three substring scans, not a regex scan or ftfy's full pass.
    if not ("Ã" in text or "Â" in text or "â" in text) or _MOJIBAKE.search(text) is None:
        return text
    return ftfy.fix_encoding(text)


def looks_binary(data: bytes) -> bool:
    """Whether the start of the data holds NUL bytes or many control characters."""
    head = data[:_SNIFF_BYTES]
    if b"\x00" in head:
        return True
    controls = sum(1 for byte in head if byte < 0x20 and byte not in (0x09, 0x0A, 0x0C, 0x0D))
    return controls > len(head) // 20


def sniff_text(head: bytes) -> str | None:
    """The start of a file as text for recognising its header (UTF-16 too), or None when it is binary."""
    encoding = "utf-16" if head.startswith(_UTF16_BOMS) else _bomless_utf16(head)
    if encoding:
        return head[: len(head) // 2 * 2].decode(encoding, "replace")
    return None if looks_binary(head) else head.decode("utf-8", "replace")


def _bomless_utf16(data: bytes) -> str:
    """"utf-16-le"/"utf-16-be" when the start is plainly UTF-16 without a BOM (a NUL beside each ASCII letter)."""
    head = data[:_SNIFF_BYTES]
    if len(head) < 8:
        return ""
    low, high = head[0::2], head[1::2]
    for encoding, zeros, letters in (("utf-16-le", high, low), ("utf-16-be", low, high)):
        if zeros.count(0) * 10 >= len(zeros) * 9 and letters.count(0) * 10 < len(letters):
            return encoding
    return ""


def _decode_utf16(data: bytes, name: str, encoding: str = "utf-16") -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        raise ImportFailed(f"„{name}“ ist als UTF-16 gekennzeichnet, aber beschädigt.") from None


def _decode_legacy(data: bytes, name: str) -> str:
    # Line by line: an Excel re-save may mix Windows-1252 lines with UTF-8 ones (seen in a Danish export).
    # Lines that are not UTF-8 are read as Windows-1252 only when they outnumber the UTF-8 ones with
    # non-ASCII letters; otherwise they are damaged UTF-8 (cut-off bytes) and keep U+FFFD, which the row
    # parsers refuse with the line number: no guessed letter is ever stored.
    refusal = ImportFailed(
        f"Die Zeichenkodierung von „{name}“ ist weder UTF-8 noch Windows-1252/Latin-1; "
        "bitte die Datei als „CSV UTF-8“ speichern."
    )
    lines: list[str | bytes] = []
    utf8 = 0
    for raw in data.splitlines(keepends=True):
        try:
            lines.append(raw.decode("utf-8"))
            utf8 += not raw.isascii()
        except UnicodeDecodeError:
            lines.append(raw)
    failing = [line for line in lines if isinstance(line, bytes)]
    legacy = len(failing) > utf8
    damaged = 0
    texts: list[str] = []
    for line in lines:
        if isinstance(line, str):
            texts.append(line)
            continue
        text = _legacy_line(line) if legacy else None
        damaged += text is None
        texts.append(line.decode("utf-8", "replace") if text is None else text)
    # Mostly unreadable means another encoding altogether (not one damaged line): refuse the file.
    if damaged > len(failing) - damaged + utf8:
        raise refusal
    return repair_mojibake("".join(texts)).removeprefix("\ufeff")


def _legacy_line(raw: bytes) -> str | None:
    """A line as Windows-1252 if it reads as Western text, else None."""
    try:
        line = raw.decode("cp1252")
    except UnicodeDecodeError:
        return None
    return None if _MOJIBAKE.search(line) or not _plausible_western_text(line) else line


def _plausible_western_text(text: str) -> bool:
    non_ascii = _NON_ASCII.findall(text)
    odd = sum(1 for char in non_ascii if not (char.isalpha() or char in _LEGACY_PUNCTUATION))
    return odd * 5 <= len(non_ascii)


def detect_delimiter(sample: str, expected: Iterable[str] = ()) -> str:
    """`,`, `;` or tab: the one that splits the sample's rows into the expected names, else most evenly."""
    wanted = {name.casefold() for name in expected}
    lines = sample.splitlines()[:20]
    best, best_score = ",", (-1, -1)
    for delimiter in DELIMITERS:
        rows = list(csv.reader(io.StringIO("\n".join(lines)), delimiter=delimiter))
        hits = max((sum(cell.strip().casefold() in wanted for cell in row) for row in rows), default=0)
        widths = [len(row) for row in rows if len(row) > 1]
        steady = max((widths.count(width) for width in set(widths)), default=0)
        score = (hits, steady)
        if score > best_score:
            best, best_score = delimiter, score
    return best
