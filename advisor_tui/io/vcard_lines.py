"""A vCard file cut into cards and properties before vobject sees it.

Each property is decoded on its own: by its own CHARSET (vCard 2.1 files mix ISO-8859-1 and UTF-8 lines),
from quoted-printable, unfolded. So a damaged property costs that property, not the card, and properties the
importer never reads (PHOTO, TEL, ADR, KEY …) are dropped unread.
"""

from __future__ import annotations

import binascii
import codecs
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from advisor_tui.domain.numbers import german_number
from advisor_tui.io.errors import ImportFailed
from advisor_tui.io.textfile import decode_bytes, looks_binary, repair_mojibake

# The properties the importer reads; everything else is dropped unread.
USED = frozenset(
    {"N", "FN", "ORG", "TITLE", "ROLE", "EMAIL", "URL", "NOTE", "CATEGORIES", "GENDER", "X-GENDER",
     "X-SOCIALPROFILE", "X-XING", "X-LINKEDIN"}
)
# Only here is a bare comma a list separator; elsewhere it is text (vCard 2.1 never escapes it).
_LIST_VALUED = frozenset({"CATEGORIES"})
_STRUCTURAL = frozenset({"BEGIN", "END", "VERSION"})
_VERSIONS = frozenset({"2.1", "3.0", "4.0"})
# '[group.]NAME[;params]', the part before the first ':' outside quotes.
_HEAD = re.compile(rb"(?:[A-Za-z0-9-]+\.)?([A-Za-z0-9_-]+)((?:;.*)?)", re.DOTALL)
_ESCAPE_OR_COMMA = re.compile(r"\\.|,", re.DOTALL)
_QP = b"QUOTED-PRINTABLE"
# Far beyond any field limit (a note has 5,000 characters): such values are not read, since vobject takes about
# a second per megabyte; a card with more text than _MAX_CARD_BYTES is not read at all.
_MAX_VALUE_BYTES = 32 * 1024
_MAX_CARD_BYTES = 256 * 1024
_NAMES = frozenset({"N", "FN"})


@dataclass(slots=True)
class RawCard:
    """One card: its first line, version, the usable property lines and the properties that could not be read."""

    line: int
    version: str = "3.0"
    size: int = 0
    properties: list[tuple[int, str, str]] = field(default_factory=list)  # (line, NAME, vobject line)
    dropped: list[tuple[int, str, str]] = field(default_factory=list)  # (line, NAME, German reason)
    problem: str = ""


def read_cards(data: bytes, name: str) -> Iterator[RawCard]:
    """The cards of a vCard file, in order; ImportFailed if the file is empty, binary or holds no card."""
    found = False
    for card in _cards(_file_bytes(data, name)):
        found = True
        yield card
    if not found:
        raise ImportFailed(f"„{name}“ enthält keine vCard (keine Zeile „BEGIN:VCARD“).")


def _file_bytes(data: bytes, name: str) -> bytes:
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return decode_bytes(data, name).encode("utf-8")
    if not data.strip():
        raise ImportFailed(f"„{name}“ ist leer.")
    if looks_binary(data):
        raise ImportFailed(f"„{name}“ ist keine Textdatei, sondern enthält Binärdaten.")
    return data.removeprefix(codecs.BOM_UTF8)


def _cards(data: bytes) -> Iterator[RawCard]:
    card: RawCard | None = None
    reading = False  # whether the property before is one the importer reads
    for number, line in _logical_lines(data):
        colon = _value_start(line)
        head = _HEAD.fullmatch(line, 0, colon) if colon >= 0 else None
        prop = head.group(1).decode("ascii").upper().replace("_", "-") if head else ""
        value = line[colon + 1:].strip().decode("latin-1").upper() if prop in _STRUCTURAL else ""
        if prop == "BEGIN" and value == "VCARD":
            if card is not None:
                card.problem = "vCard ohne „END:VCARD“"
                yield card
            card = RawCard(number)
        elif card is None:
            continue  # text between cards is not part of any card
        elif prop == "END" and value == "VCARD":
            yield card
            card = None
        elif prop == "VERSION":
            card.version = value if value in _VERSIONS else card.version
        elif head is None:
            # An unfolded line break inside a value; it only matters inside a value the importer reads.
            if reading:
                card.dropped.append((number, "", "Zeile ohne Eigenschaft (Zeilenumbruch im Wert?)"))
            continue
        elif prop in USED and len(line) > _MAX_VALUE_BYTES:
            reason = f"zu lang ({german_number(len(line))} Zeichen)"
            if prop in _NAMES:
                card.problem = card.problem or f"Name ({prop}) in Zeile {number} ist {reason}"
            card.dropped.append((number, prop, reason))
        elif prop in USED:
            card.size += len(line)
            if card.size > _MAX_CARD_BYTES:
                card.problem = card.problem or f"vCard mit mehr als {german_number(_MAX_CARD_BYTES)} Zeichen Text"
            if not card.problem:
                _add_property(card, number, prop, head.group(2), line[colon + 1:])
        reading = prop in USED
    if card is not None:
        card.problem = "vCard ohne „END:VCARD“ am Dateiende"
        yield card


def _value_start(line: bytes) -> int:
    """The index of the ':' that ends the property's name and parameters, or -1; a regex would backtrack."""
    colon, start = line.find(b":"), 0
    while colon >= 0:
        quote = line.find(b'"', start, colon)
        if quote < 0:
            return colon
        close = line.find(b'"', quote + 1)
        if close < 0:
            return -1
        start = close + 1
        if close > colon:  # the ':' was inside a quoted parameter value
            colon = line.find(b":", start)
    return -1


def _logical_lines(data: bytes) -> Iterator[tuple[int, bytes]]:
    """(first line number, unfolded line) with quoted-printable soft breaks kept for the decoder."""
    start, current, quoted, soft_break = 0, bytearray(), False, False
    # bytes.splitlines ends lines at CR, LF and CRLF only: U+2028 or a form feed inside a name stays text.
    for number, raw in enumerate(data.splitlines(), start=1):
        if not raw.strip():
            soft_break = False  # a blank line ends a 2.1 base64 or quoted-printable value
            continue
        if current and soft_break:
            current += b"\r\n" + raw
        elif current and raw[:1] in b" \t":
            current += raw[1:]
        else:
            if current:
                yield start, bytes(current)
            start, current = number, bytearray(raw)
            quoted = _QP in raw.split(b":", 1)[0].upper()
        soft_break = quoted and current.endswith(b"=")
    if current:
        yield start, bytes(current)


def _add_property(card: RawCard, number: int, prop: str, block: bytes, raw: bytes) -> None:
    params = [param.decode("latin-1") for param in _split_params(block)]
    try:
        value, kept = _decoded_value(params, raw)
    except ValueError as reason:
        card.dropped.append((number, prop, str(reason)))
        return
    value = value.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\\n")
    if "," in value and prop not in _LIST_VALUED and not (prop == "N" and card.version != "2.1"):
        value = _ESCAPE_OR_COMMA.sub(_escape_comma, value)
    card.properties.append((number, prop, ";".join([prop, *kept]) + ":" + value))


def _escape_comma(match: re.Match[str]) -> str:
    return "\\," if match.group() == "," else match.group()


def _split_params(block: bytes) -> list[bytes]:
    return [part for part in re.findall(rb';((?:[^:;"]|"[^"]*")*)', block) if part]


def _decoded_value(params: list[str], raw: bytes) -> tuple[str, list[str]]:
    """The value as text and the parameters still meaningful after decoding; ValueError with a German reason."""
    charset, encoding, kept = "", "", []
    for param in params:
        key, _, value = param.partition("=")
        key = key.strip().upper()
        if key == "CHARSET":
            charset = value.strip().strip('"')
        elif key == "ENCODING" or (not value and key in ("QUOTED-PRINTABLE", "BASE64")):
            encoding = (value or key).strip().upper()
        else:
            kept.append(param)
    if encoding == "QUOTED-PRINTABLE":
        raw = binascii.a2b_qp(raw)
    elif encoding in ("B", "BASE64"):
        try:
            raw = binascii.a2b_base64(raw)
        except binascii.Error:
            raise ValueError("Base64-Daten beschädigt") from None
    elif encoding not in ("", "7BIT", "8BIT"):
        raise ValueError(f"unbekannte Kodierung „{encoding}“")
    return repair_mojibake(_decode(raw, charset)), kept


def _decode(raw: bytes, charset: str) -> str:
    if not charset:
        try:
            return raw.decode("utf-8")
        except UnicodeDecodeError:
            charset = "cp1252"  # Outlook and old phones write Windows-1252 without saying so
    try:
        return raw.decode(charset)
    except LookupError:
        raise ValueError(f"unbekannte Zeichenkodierung „{charset}“") from None
    except (UnicodeError, ValueError):  # some codecs raise plain ValueError for bad input
        raise ValueError(f"Zeichen passen nicht zu CHARSET={charset}") from None
