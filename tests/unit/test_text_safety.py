"""Imported text leaving the program: shown without terminal controls, exported without them."""

from __future__ import annotations

import pytest

from advisor_tui.domain.text_safety import export_text, printable, spreadsheet_row, unguarded


def spreadsheet_cell(value: str) -> str:
    return spreadsheet_row([value])[0]

HOSTILE = "A\x1b[2JB\x1b]0;title\x07C\x1b]52;c;ZWNobyBwd25lZA==\x07D\u2028E\x85F\x0cG\x7fH\x9bI\u202eJ\rK\nL\tM"
_CONTROLS = {chr(code) for code in (*range(0x20), *range(0x7F, 0xA0))} | set(
    "\u2028\u2029\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def test_printable_shows_every_control_as_a_visible_symbol_on_one_line() -> None:
    shown = printable(HOSTILE)
    assert not _CONTROLS & set(shown)
    assert shown == "A␛[2JB␛]0;title␇C␛]52;c;ZWNobyBwd25lZA==␇D E F G␡H\ufffdIJ K L M"


def test_printable_keeps_line_breaks_and_tabs_as_plain_newlines_where_text_has_lines() -> None:
    shown = printable("Zeile 1\r\nZeile 2\u2028Zeile 3\rZeile 4\x1b", multiline=True)
    assert shown == "Zeile 1\nZeile 2\nZeile 3\nZeile 4␛"
    assert printable("a\tb", multiline=True) == "a\tb"


def test_export_text_drops_controls_and_makes_every_line_break_a_plain_lf() -> None:
    cleaned = export_text(HOSTILE)
    assert not (_CONTROLS - {"\n", "\t"}) & set(cleaned)
    assert cleaned == "A[2JB]0;titleC]52;c;ZWNobyBwd25lZA==D\nE\nF\nGHIJ\nK\nL\tM"
    assert export_text("a\u2029b\r\nc") == "a\nb\nc"


@pytest.mark.parametrize("value", ["Müller", "ACME [/] Holding", "Dr. [bold]Anna", "شركة\u200f", "👩\u200d💼", ""])
def test_ordinary_text_passes_unchanged(value: str) -> None:
    # Markup characters are data, not controls; right-to-left marks and emoji joiners are real text.
    assert printable(value) == value
    assert export_text(value) == value


@pytest.mark.parametrize("value", ["=HYPERLINK(\"http://x\")", "+49 30", "-1", "@SUM(A1)"])
def test_spreadsheet_cell_guards_formula_starts_and_unguarded_reverses_it(value: str) -> None:
    cell = spreadsheet_cell(value)
    assert cell == "'" + value
    assert unguarded(cell) == value


def test_a_leading_tab_is_guarded_and_a_leading_cr_becomes_a_harmless_lf() -> None:
    assert spreadsheet_cell("\t=1+1") == "'\t=1+1"
    assert spreadsheet_cell("\r=1+1") == "\n=1+1"


def test_unguarded_leaves_ordinary_apostrophes_alone() -> None:
    assert unguarded("'s Wirtshaus") == "'s Wirtshaus"
    assert spreadsheet_cell("O'Brien") == "O'Brien"


def test_spreadsheet_row_cleans_only_the_cells_that_need_it() -> None:
    assert spreadsheet_row(["Anna", "=1+1", "a\x1bb\rc", ""]) == ["Anna", "'=1+1", "ab\nc", ""]
