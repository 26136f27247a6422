"""The Kontakte contact table: one row per contact, the mark in front of the name; only visible rows are built."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from rich.text import Text

from advisor_tui.domain.models import Contact
from advisor_tui.domain.network.vocabulary import role_label, sector_label
from advisor_tui.ui.text import plain
from advisor_tui.ui.widgets.fitted_table import Cell, Column
from advisor_tui.ui.widgets.virtual_table import VirtualTable

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


class ContactTable(VirtualTable):
    """Every matching contact, in order; only the rows on screen are built, so the size costs nothing per key."""

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(COLUMNS, **kwargs)
        self._contacts: Mapping[int, Contact] = {}
        self._marked: set[int] = set()
        self._row_of: dict[int, int] | None = None  # built on demand: most keys never ask where a contact is

    @property
    def shown(self) -> list[int]:
        """The contact ids of the rows, in order."""
        return self.rows  # type: ignore[return-value]  # the keys are contact ids

    def show(self, contacts: Mapping[int, Contact], ids: Sequence[int], marked: set[int]) -> None:
        """Show these contacts (all of them: only the visible lines are drawn)."""
        self._contacts, self._marked, self._row_of = contacts, marked, None
        self.set_rows(ids)

    def refresh_rows(self, contacts: Mapping[int, Contact], ids: Sequence[int], marked: set[int]) -> None:
        """Some contacts were tagged or (un)marked: draw their rows again."""
        self._contacts, self._marked = contacts, marked
        self.forget(ids)

    def row_version(self, key: int) -> object:
        return self._contacts.get(key), key in self._marked

    def row_cells(self, key: int) -> tuple[Cell, ...]:
        return contact_row(self._contacts[key], key in self._marked)

    def cursor_id(self) -> int | None:
        """The contact under the cursor."""
        return self.shown[self.cursor_row] if 0 <= self.cursor_row < len(self.shown) else None

    def move_cursor_to(self, contact_id: int) -> None:
        """Put the cursor on a contact if it is shown."""
        if self._row_of is None:
            self._row_of = {key: row for row, key in enumerate(self.shown)}
        row = self._row_of.get(contact_id)
        if row is not None:
            self.move_cursor(row=row)
