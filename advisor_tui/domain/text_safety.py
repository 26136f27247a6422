"""Imported text made safe where it leaves the program: terminals, screens and export files."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from advisor_tui.domain.contacts.identity import fold_name

# Every character str.splitlines() breaks a line on: our own importers split on them, and so do other programs.
LINE_BREAKS = frozenset("\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029")
# Bidirectional embeddings, overrides and isolates reorder what is shown ("Trojan Source"); the marks
# U+200E/U+200F that real right-to-left names need stay.
BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
# C0 and C1 controls (ESC, BEL, CSI, OSC …), DEL, the Unicode line and paragraph separators, bidi controls.
_UNSAFE = re.compile("\r\n|[\x00-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
# Cells starting like this run as formulas in spreadsheets; names from a social network are not trusted.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_CONTROL_PICTURES = 0x2400  # U+2400 SYMBOL FOR NULL … U+241F: one visible symbol per C0 control
_DELETE_PICTURE = "\u2421"
_REPLACEMENT = "\ufffd"


def _replacer(*, multiline: bool, visible: bool) -> Callable[[re.Match[str]], str]:
    def replace(match: re.Match[str]) -> str:
        char = match.group()
        if char == "\r\n" or char in LINE_BREAKS:
            return "\n" if multiline else " "
        if char == "\t":
            return "\t" if multiline else " "
        if char in BIDI_CONTROLS or not visible:
            return ""
        code = ord(char)
        if code < 0x20:
            return chr(_CONTROL_PICTURES + code)
        return _DELETE_PICTURE if code == 0x7F else _REPLACEMENT

    return replace


_SHOWN = {multiline: _replacer(multiline=multiline, visible=True) for multiline in (False, True)}
_KEPT = _replacer(multiline=True, visible=False)


def printable(value: str, *, multiline: bool = False) -> str:
    """Text for a terminal or a screen: controls shown as symbols (ESC as ␛), line breaks as spaces or newlines."""
    # isprintable() is a C-level scan: ordinary names take this path and cost next to nothing.
    if value.isprintable():
        return value
    return _UNSAFE.sub(_SHOWN[multiline], value)


def export_text(value: str) -> str:
    """Text for an export file: controls dropped, tabs kept, every kind of line break a plain LF."""
    # One kind of line break only: the csv writer quotes a cell with LF but not one with a bare CR, and
    # vCard escapes LF as \n while a raw U+2028 or FF would end the line for many readers.
    if value.isprintable():
        return value
    return _UNSAFE.sub(_KEPT, value)


def spreadsheet_row(values: Iterable[str]) -> list[str]:
    """CSV cells: `export_text`, and a leading `'` where a spreadsheet would start a formula."""
    cells = list(values)
    # One scan per row, not per cell: 30,000 contacts make 330,000 cells, and clean rows are the rule.
    if not "".join(cells).isprintable():
        cells = [export_text(cell) for cell in cells]
    return ["'" + cell if cell.startswith(FORMULA_STARTS) else cell for cell in cells]


def unguarded(value: str) -> str:
    """A cell read back from our own CSV: the `'` that `spreadsheet_row` put before a formula start removed."""
    return value[1:] if value.startswith("'") and value[1:].startswith(FORMULA_STARTS) else value


_SLUG_GAPS = re.compile(r"[^a-z0-9]+")
SLUG_MAX = 60


def file_slug(name: str) -> str:
    """A name as a safe part of a file name: lower-case ASCII letters, digits and hyphens, umlauts as ae/oe/ue/ss.

    No separator, dot or control character survives ("../x" → "x"), and it is cut at a hyphen to SLUG_MAX.
    """
    slug = _SLUG_GAPS.sub("-", fold_name(name)).strip("-")
    if len(slug) > SLUG_MAX:
        cut = slug[:SLUG_MAX + 1]
        slug = (cut.rsplit("-", 1)[0] if "-" in cut else cut[:SLUG_MAX]).strip("-")
    return slug
