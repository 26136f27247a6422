"""Shared steps for the Kontakte Pilot tests."""

from __future__ import annotations

from advisor_tui.domain.models import Contact
from advisor_tui.ui.screens.kontakte_table import ContactTable
from tests.ui.conftest import settle


async def open_kontakte(pilot) -> None:
    """Switch to Kontakte and wait for the data."""
    await pilot.press("k")
    await settle(pilot)


def contact_named(store, name: str) -> Contact:
    """The stored contact with this full name."""
    return next(c for c in store.contacts.list() if c.full_name == name)


async def cursor_on(pilot, store, name: str) -> int:
    """Put the table cursor on a contact; returns its id."""
    contact_id = contact_named(store, name).id
    pilot.app.screen.move_cursor_to(contact_id)
    await pilot.pause()
    return contact_id


def table_names(app) -> list[str]:
    """The name column of the contact table."""
    table = app.screen.query_one("#contacts", ContactTable)
    return [str(table.get_row_at(i)[0]) for i in range(table.row_count)]


async def open_detail(pilot, store, name: str) -> int:
    """Open the contact detail dialog of a contact; returns its id."""
    contact_id = await cursor_on(pilot, store, name)
    await pilot.press("enter")
    await settle(pilot)
    return contact_id
