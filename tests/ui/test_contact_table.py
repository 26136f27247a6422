"""The Kontakte table on 30,000 contacts: every row reachable, only the visible rows built, typing never waits."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual import events
from textual.widgets import DataTable, Input

from advisor_tui.domain.network.vocabulary import ROLES
from advisor_tui.domain.numbers import german_number
from advisor_tui.io.linkedin import parse_linkedin
from advisor_tui.store.importer import BatchWriter
from advisor_tui.store.store import Store
from advisor_tui.ui.app import AdvisorApp, make_app
from advisor_tui.ui.dialogs.contact_detail import ContactDetailDialog
from advisor_tui.ui.screens import kontakte_table
from advisor_tui.ui.screens.kontakte_table import MARK, ContactTable
from advisor_tui.usecases.contact_selection import ContactSelection
from bench.bench_import_parse import write_connections
from tests.conftest import FIXED_NOW, _copy_store
from tests.ui.conftest import SIZE, enter_text, settle, text_of
from tests.ui.kontakte_helpers import open_kontakte

MANY = 30_000


@pytest.fixture(scope="module")
def big_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store of 30,000 LinkedIn connections, imported once for the module through the real importer."""
    folder = tmp_path_factory.mktemp("big")
    source = folder / "Connections.csv"
    write_connections(source, MANY)
    store = Store.open(folder / "advisor.db")
    BatchWriter(store.engine).apply(parse_linkedin(source))
    store.close()
    return folder / "advisor.db"


@pytest.fixture
def big_app(big_template: Path, tmp_path: Path):
    """The app on a copy of the 30,000-contact store."""
    store = Store.open(_copy_store(big_template, tmp_path / "store" / "advisor.db"))
    yield make_app(store, now=FIXED_NOW)
    store.close()


def table(app: AdvisorApp) -> ContactTable:
    """The contact table."""
    return app.screen.query_one("#contacts", ContactTable)


def drawn(app: AdvisorApp) -> list[str]:
    """The table's lines as they are on screen (header first)."""
    shown = table(app)
    return [strip.text for strip in shown.render_lines(shown.size.region)]


def name_of(app: AdvisorApp, row: int) -> str:
    """The name cell of a row as the table draws it."""
    return str(table(app).get_row_at(row)[0]).rstrip("…")


async def test_end_reaches_the_last_of_30000_and_only_visible_rows_are_built(big_app, monkeypatch) -> None:
    built: list[int] = []
    real = kontakte_table.contact_row
    monkeypatch.setattr(kontakte_table, "contact_row", lambda c, marked=False: built.append(c.id) or real(c, marked))
    async with big_app.run_test(size=SIZE) as pilot:
        await open_kontakte(pilot)
        contacts = table(big_app)
        assert contacts.row_count == MANY and big_app.focused is contacts
        assert not big_app.screen.query(DataTable)  # the whole network in one virtual table
        await pilot.press("end")
        await pilot.pause()
        assert contacts.cursor_row == MANY - 1
        assert contacts.cursor_id() == contacts.shown[-1]
        assert name_of(big_app, MANY - 1) in drawn(big_app)[-1]
        lines = contacts.size.height
        assert len(built) <= 3 * lines  # the first screen and the last, never the 30,000 rows between
        await pilot.press("home")
        await pilot.pause()
        assert contacts.cursor_row == 0 and contacts.scroll_y == 0


async def test_a_search_narrows_the_table_the_cursor_goes_to_the_first_hit_and_the_status_counts(big_app) -> None:
    async with big_app.run_test(size=SIZE) as pilot:
        await open_kontakte(pilot)
        await pilot.press("end", "slash")
        await enter_text(pilot, "Krüger")
        await settle(pilot)
        contacts, screen = table(big_app), big_app.screen
        found = len(screen.selection.matching)
        assert 0 < found < MANY and contacts.row_count == found
        assert all("Krüger" in screen.contacts[i].full_name for i in contacts.shown[:50])
        assert contacts.cursor_row == 0 and contacts.scroll_y == 0
        status = text_of(big_app, "#contacts-status")
        assert status.startswith(f"{german_number(found)} von {german_number(MANY)} Kontakten passen zu „Krüger“")
        first = screen.contacts[contacts.shown[0]].full_name
        await pilot.press("enter", "enter")  # to the table, then open the first hit
        await settle(pilot)
        assert isinstance(big_app.screen, ContactDetailDialog)
        assert text_of(big_app, "#detail-heading") == first


async def test_marking_and_tagging_redraw_the_row(big_app) -> None:
    role = ROLES[1]
    async with big_app.run_test(size=SIZE) as pilot:
        await open_kontakte(pilot)
        await pilot.press("pagedown", "space")  # mark the first row of the second page; the cursor moves on
        await pilot.pause()
        contacts = table(big_app)
        marked = contacts.cursor_row - 1
        line = marked - int(contacts.scroll_y) + 1
        assert drawn(big_app)[line].lstrip().startswith(MARK.strip())
        assert "1 markiert" in text_of(big_app, "#contacts-status")
        await pilot.press("2")  # the role for the marked contact
        await settle(pilot)
        assert role.label[:8] in drawn(big_app)[line]
        assert big_app.screen.contacts[contacts.shown[marked]].role == role.key


async def test_letters_typed_before_the_table_is_drawn_cost_one_search(big_app, monkeypatch) -> None:
    searched: list[str] = []
    real = ContactSelection.search
    monkeypatch.setattr(ContactSelection, "search", lambda self, text: searched.append(text) or real(self, text))
    async with big_app.run_test(size=SIZE) as pilot:
        await open_kontakte(pilot)
        search = big_app.screen.query_one("#search", Input)
        for typed in ("K", "Kr", "Krü"):  # three keystrokes arriving at once
            search.value = typed
        await settle(pilot)
        assert searched == ["Krü"]
        assert big_app.screen.selection.query == "Krü"
        assert table(big_app).row_count == len(big_app.screen.selection.matching)


async def test_paging_the_wheel_hovering_and_clicking_move_through_the_whole_network(big_app) -> None:
    """One app run for the ways of moving that write nothing: starting the 30,000-contact app costs more than them."""
    async with big_app.run_test(size=SIZE) as pilot:
        await open_kontakte(pilot)
        contacts = table(big_app)
        # Page down moves the cursor and the view by one page.
        page = contacts.scrollable_content_region.height - 1  # the lines below the header
        await pilot.press("pagedown", "pagedown")
        await pilot.pause()
        assert contacts.cursor_row == 2 * page and contacts.scroll_y == 2 * page
        assert name_of(big_app, 2 * page) in drawn(big_app)[1]  # the cursor row is the first line under the header
        await pilot.press("pageup")
        await pilot.pause()
        assert contacts.cursor_row == page

        # The mouse wheel scrolls the whole network, the cursor stays; hovering marks a row.
        await pilot.press("home")
        await pilot.pause()
        assert contacts.cursor_row == 0 and contacts.scroll_y == 0
        for _ in range(5):
            contacts.post_message(events.MouseScrollDown(contacts, 4, 3, 0, 1, 0, False, False, False))
        await pilot.pause()
        assert contacts.scroll_y > 0 and contacts.cursor_row == 0  # the wheel scrolls; the cursor stays
        top = int(contacts.scroll_y)
        assert name_of(big_app, top) in drawn(big_app)[1]
        plain_line = contacts.render_line(3)
        await pilot.hover("#contacts", offset=(4, 3))
        await pilot.pause()
        assert contacts.render_line(3).text == plain_line.text and contacts.render_line(3) != plain_line

        # A click moves the cursor and a second click opens the contact.
        await pilot.press("home")
        await pilot.pause()
        assert contacts.cursor_row == 0 and contacts.scroll_y == 0
        await pilot.click("#contacts", offset=(4, 3))  # the third row below the header
        await pilot.pause()
        assert contacts.cursor_row == 2
        third = big_app.screen.contacts[contacts.shown[2]].full_name
        await pilot.click("#contacts", offset=(4, 3))
        await settle(pilot)
        assert isinstance(big_app.screen, ContactDetailDialog)
        assert text_of(big_app, "#detail-heading") == third
