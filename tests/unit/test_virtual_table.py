"""The pure parts of the virtual table: which row a line shows, how far to scroll, the cell cache; a row's cells."""

from __future__ import annotations

from rich.text import Text

from advisor_tui.domain.models import Contact
from advisor_tui.ui.screens.kontakte_table import BLOCKED, MARK, contact_row
from advisor_tui.ui.text import plain
from advisor_tui.ui.widgets.virtual_table import RowCache, clamp, row_at, scroll_to_show


def test_a_line_below_the_header_shows_the_row_scrolled_to() -> None:
    assert row_at(0, top=0, count=30_000) is None  # the header
    assert row_at(1, top=0, count=30_000) == 0
    assert row_at(1, top=29_990, count=30_000) == 29_990
    assert row_at(10, top=29_990, count=30_000) == 29_999
    assert row_at(11, top=29_990, count=30_000) is None  # below the last row
    assert row_at(3, top=0, count=0) is None


def test_scrolling_moves_only_as_far_as_the_cursor_needs() -> None:
    body = 25
    assert scroll_to_show(10, top=0, body=body) == 0  # on screen: no scrolling
    assert scroll_to_show(25, top=0, body=body) == 1  # one below the last line: one line
    assert scroll_to_show(29_999, top=0, body=body) == 29_975  # End: the last row on the last line
    assert scroll_to_show(3, top=100, body=body) == 3  # above: it becomes the first line
    assert scroll_to_show(7, top=0, body=0) == 7


def test_the_cursor_stays_within_the_rows() -> None:
    assert clamp(-1, 30_000) == 0
    assert clamp(30_000, 30_000) == 29_999
    assert clamp(5, 0) == 0


def test_the_cell_cache_builds_a_row_again_only_when_its_data_changed() -> None:
    cache = RowCache(size=3)
    cells = (Text("Müller, Anna"),)
    cache.put(1, "v1", cells)
    assert cache.get(1, "v1") is cells
    assert cache.get(1, "v2") is None  # the contact was tagged since
    cache.forget([1])
    assert cache.get(1, "v1") is None


def test_the_cell_cache_holds_recent_rows_only() -> None:
    cache = RowCache(size=3)
    for key in range(10):
        cache.put(key, None, (Text(str(key)),))
    assert len(cache) == 3
    assert cache.get(9, None) is not None and cache.get(0, None) is None


def test_a_row_shows_markup_and_controls_from_an_import_literally() -> None:
    contact = Contact(id=1, first_name="Anna", last_name="Müller [bold]", company="ACME [/] Holding\x1b[2J")
    cells = [plain(cell) for cell in contact_row(contact, marked=True)]
    assert str(cells[0]) == f"{MARK}Müller [bold], Anna"
    assert "ACME [/] Holding" in str(cells[1]) and "\x1b" not in str(cells[1])
    assert not cells[0].spans and not cells[1].spans


def test_a_blocked_row_is_dimmed_and_says_so() -> None:
    cells = contact_row(Contact(id=2, first_name="Jonas", last_name="Weber", blocked=True))
    assert str(cells[0]).startswith("⊘ ") and str(cells[-1]) == BLOCKED
    assert all(isinstance(cell, Text) and cell.style == "dim" for cell in cells[:-1])
