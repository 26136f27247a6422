"""The Kontakte contact table: one row per contact, the mark in front of the name, cells rewritten in place."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from rich.text import Text
from textual.coordinate import Coordinate

from advisor_tui.domain.models import Contact
from advisor_tui.domain.network.vocabulary import role_label, sector_label
from advisor_tui.ui.text import plain
from advisor_tui.ui.widgets.fitted_table import Cell, Column, FittedTable, clip

DISPLAY_LIMIT = 1000  # rows drawn at once; the search narrows the rest
REDRAW_FROM = 50  # from this many changed rows one redraw is cheaper than rewriting each cell
MARK = "● "
COLUMNS = (
    Column("Name", 3, 14), Column("Firma", 4, 14), Column("Position", 4, 12), Column("Branche", 2, 9),
    Column("Rolle", 2, 10), Column("Labels", 2, 6), Column("Zuletzt", 0, 10),
)


# A blocked contact's row is dimmed, its name starts with a "no entry" sign (the name column is narrow at 80
# columns) and the last-contact column, which says nothing useful about a blocked contact, says so in words.
BLOCKED_SIGN = "⊘ "
BLOCKED = "blockiert"


def contact_row(contact: Contact, marked: bool = False) -> tuple[Cell, ...]:
    """The cells of one contact in the table; a blocked contact's row is dimmed and says „blockiert“."""
    last = contact.last_contact_at.strftime("%d.%m.%Y") if contact.last_contact_at else ""
    name = f"{contact.last_name}, {contact.first_name}".strip(", ")
    cells = ((MARK if marked else "") + (BLOCKED_SIGN if contact.blocked else "") + name, contact.company,
             contact.position, sector_label(contact.sector), role_label(contact.role), ", ".join(contact.labels), last)
    if not contact.blocked:
        return cells
    return (*(plain(cell, style="dim") for cell in cells[:-1]), Text(BLOCKED, style="bold red", end=""))


class ContactTable(FittedTable):
    """The first DISPLAY_LIMIT matching contacts; knows which contact each row is."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(COLUMNS, **kwargs)
        self.shown: list[int] = []
        self._row_of: dict[int, int] = {}

    def show(self, contacts: Mapping[int, Contact], ids: Sequence[int], marked: set[int]) -> None:
        """Draw these contacts (the first DISPLAY_LIMIT of them)."""
        self.shown = list(ids[:DISPLAY_LIMIT])
        self._row_of = {contact_id: row for row, contact_id in enumerate(self.shown)}
        self.set_rows([contact_row(contacts[i], i in marked) for i in self.shown], keys=[str(i) for i in self.shown])

    def refresh_rows(self, contacts: Mapping[int, Contact], ids: Sequence[int], marked: set[int]) -> None:
        """Rewrite the rows of some contacts: cell by cell for a few, one redraw for many."""
        if len(ids) >= REDRAW_FROM:
            self.show(contacts, self.shown, marked)
            return
        widths = [column.width for column in self.ordered_columns]
        for contact_id in ids:
            row = self._row_of.get(contact_id)
            if row is None or row >= self.row_count:
                continue
            cells = contact_row(contacts[contact_id], contact_id in marked)
            for column, (cell, width) in enumerate(zip(cells, widths, strict=False)):
                self.update_cell_at(Coordinate(row, column), plain(clip(cell, width)))

    def cursor_id(self) -> int | None:
        """The contact under the cursor."""
        return self.shown[self.cursor_row] if 0 <= self.cursor_row < len(self.shown) else None

    def move_cursor_to(self, contact_id: int) -> None:
        """Put the cursor on a contact if it is shown."""
        row = self._row_of.get(contact_id)
        if row is not None:
            self.move_cursor(row=row)
