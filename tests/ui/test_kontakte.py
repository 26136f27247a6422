"""Pilot tests: filters, sorting, saved segments, the contact detail, forgetting, the draft hook."""

from __future__ import annotations

import sqlite3

import pytest
from textual.widgets import Input, SelectionList

from advisor_tui.domain.network.vocabulary import ROLES
from advisor_tui.ui.app import make_app
from advisor_tui.ui.dialogs.confirm import ConfirmForgetDialog
from advisor_tui.ui.dialogs.contact_detail import ContactDetailDialog
from advisor_tui.ui.dialogs.filter import FilterDialog
from advisor_tui.ui.screens.kontakte import KontakteScreen
from advisor_tui.ui.screens.nachricht import NachrichtScreen
from tests.conftest import FIXED_NOW
from tests.ui.conftest import SIZE, enter_text, settle, text_of
from tests.ui.kontakte_helpers import cursor_on, open_detail, open_kontakte, table_names

UMFELD = [role.key for role in ROLES].index("umfeld")


async def filter_umfeld(pilot) -> None:
    await pilot.press("f")
    await pilot.pause()
    assert isinstance(pilot.app.screen, FilterDialog)
    await pilot.press(*["down"] * UMFELD, "space", "f")
    await settle(pilot)


async def test_filter_by_role_and_clear(demo_app, demo_store) -> None:
    async with demo_app.run_test(size=SIZE) as pilot:
        await open_kontakte(pilot)
        await filter_umfeld(pilot)
        umfeld = {c.full_name for c in demo_store.contacts.list() if c.role == "umfeld"}
        names = table_names(demo_app)
        assert len(names) == len(umfeld) == 6
        assert "Filter: Umfeld" in text_of(demo_app, "#contacts-status")
        await pilot.press("x")
        await settle(pilot)
        assert len(table_names(demo_app)) == 150


async def test_filter_by_sector_and_label(demo_app) -> None:
    async with demo_app.run_test(size=SIZE) as pilot:
        await open_kontakte(pilot)
        await pilot.press("f")
        await pilot.pause()
        dialog = demo_app.screen
        dialog.query_one("#filter-sectors", SelectionList).select("H")
        dialog.query_one("#filter-labels", SelectionList).select("Bestandskunde")
        await pilot.press("f")
        await settle(pilot)
        assert "Braun, Ralf" in table_names(demo_app)[0]
        assert "Branche H · Label Bestandskunde" in text_of(demo_app, "#contacts-status")


async def test_sort_cycles_through_orders(demo_app) -> None:
    async with demo_app.run_test(size=SIZE) as pilot:
        await open_kontakte(pilot)
        await pilot.press("o")  # Firma
        await settle(pilot)
        table = demo_app.screen.query_one("#contacts")
        companies = [str(table.get_row_at(i)[1]) for i in range(table.row_count)]
        filled = [c for c in companies if c]
        assert filled == sorted(filled, key=str.casefold) or filled[0] < filled[-1]
        assert "sortiert nach Firma" in text_of(demo_app, "#contacts-status")


async def test_save_segment_apply_it_again_and_export_it(demo_app, demo_store) -> None:
    async with demo_app.run_test(size=SIZE) as pilot:
        await open_kontakte(pilot)
        await filter_umfeld(pilot)
        await pilot.press("s")
        await pilot.pause()
        await enter_text(pilot, "Empfehler")
        await pilot.press("enter")
        await settle(pilot)
        saved = demo_store.settings.segment("Empfehler")
        assert saved is not None and saved.roles == ("umfeld",)
        await pilot.press("x")
        await settle(pilot)
        assert len(table_names(demo_app)) == 150
        await pilot.press("g")
        await pilot.pause()
        await enter_text(pilot, "empf")
        await pilot.press("enter")
        await settle(pilot)
        assert len(table_names(demo_app)) == 6
        await pilot.press("e")  # the export of an applied segment proposes a file named after it
        await pilot.pause()
        path = demo_app.screen.query_one("#export-path", Input).value
        assert path == f"~/kontakte-empfehler-{demo_app.today.isoformat()}.csv"


async def test_segment_with_search_text_restores_the_search(demo_app, demo_store) -> None:
    async with demo_app.run_test(size=SIZE) as pilot:
        await open_kontakte(pilot)
        await pilot.press("slash")
        await enter_text(pilot, "Brenner")
        await pilot.press("enter")
        await settle(pilot)
        await pilot.press("s")
        await pilot.pause()
        await enter_text(pilot, "Familie Brenner")
        await pilot.press("enter")
        await settle(pilot)
        assert demo_store.settings.segment("familie brenner").text == "Brenner"
        await pilot.press("x")
        await settle(pilot)
        await pilot.press("g", "enter")
        await settle(pilot)
        assert demo_app.screen.query_one("#search", Input).value == "Brenner"


async def test_detail_edits_fields_and_records_them_as_edited(demo_app, demo_store) -> None:
    async with demo_app.run_test(size=SIZE) as pilot:
        await open_kontakte(pilot)
        contact_id = await open_detail(pilot, demo_store, "Ralf Braun")
        dialog = demo_app.screen
        assert isinstance(dialog, ContactDetailDialog)
        assert "wir planen" not in text_of(demo_app, "#detail-history-text")
        assert "angenehme Gespräch" in text_of(demo_app, "#detail-history-text")
        assert "(LinkedIn)" in text_of(demo_app, "#detail-history-text")  # the channel's name, not its code
        assert "(linkedin)" not in text_of(demo_app, "#detail-history-text")
        dialog.query_one("#detail-title", Input).value = "Dr."
        dialog.query_one("#detail-labels", Input).value = "Bestandskunde, Unternehmerabend 2026"
        dialog.query_one("#detail-follow_up_on", Input).value = "1.12.2026"
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert isinstance(demo_app.screen, KontakteScreen)
        braun = demo_store.contacts.get(contact_id)
        assert braun.title == "Dr." and braun.labels == ("Bestandskunde", "Unternehmerabend 2026")
        assert str(braun.follow_up_on) == "2026-12-01"
        with sqlite3.connect(demo_store.path) as db:
            manual = db.execute("SELECT manual_fields FROM contact WHERE id = ?", (contact_id,)).fetchone()[0]
        assert set(manual.split(",")) >= {"title", "labels", "follow_up_on"}


async def test_detail_rejects_a_bad_date(demo_app, demo_store) -> None:
    async with demo_app.run_test(size=SIZE) as pilot:
        await open_kontakte(pilot)
        contact_id = await open_detail(pilot, demo_store, "Ralf Braun")
        demo_app.screen.query_one("#detail-follow_up_on", Input).value = "nächste Woche"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(demo_app.screen, ContactDetailDialog)
        await pilot.press("escape")
        await pilot.pause()
        assert demo_store.contacts.get(contact_id).follow_up_on is None


async def test_forget_names_what_goes_and_leaves_no_trace(demo_app, demo_store) -> None:
    async with demo_app.run_test(size=SIZE) as pilot:
        await open_kontakte(pilot)
        contact_id = await open_detail(pilot, demo_store, "Anna Müller")
        await pilot.press("ctrl+l")
        await pilot.pause()
        assert isinstance(demo_app.screen, ConfirmForgetDialog)
        lines = text_of(demo_app, "#forget-lines")
        assert "Anna Müller" in lines and "2 Nachrichten in 1 Unterhaltung" in lines
        await pilot.press("j")
        await settle(pilot)
        assert isinstance(demo_app.screen, KontakteScreen)
        assert demo_store.contacts.get(contact_id) is None
        assert not any(c.contact_id == contact_id for c in demo_store.activity.conversations())
        assert "Müller, Anna" not in table_names(demo_app) and len(table_names(demo_app)) == 149
        with sqlite3.connect(demo_store.path) as db:
            assert db.execute("SELECT count(*) FROM message WHERE text LIKE '%Fertigungshalle%'").fetchone()[0] == 0


async def test_forget_can_be_cancelled(demo_app, demo_store) -> None:
    async with demo_app.run_test(size=SIZE) as pilot:
        await open_kontakte(pilot)
        contact_id = await open_detail(pilot, demo_store, "Anna Müller")
        await pilot.press("ctrl+l")
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(demo_app.screen, ContactDetailDialog)
        assert demo_store.contacts.get(contact_id) is not None


async def test_draft_hook_passes_the_contact_to_nachricht(demo_app, demo_store) -> None:
    async with demo_app.run_test(size=SIZE) as pilot:
        await open_kontakte(pilot)
        contact_id = await cursor_on(pilot, demo_store, "Anna Müller")
        await pilot.press("m")
        await settle(pilot)
        assert isinstance(demo_app.screen, NachrichtScreen)
        assert demo_app.screen.contact.id == contact_id


async def test_view_keys_still_switch_and_footer_is_honest(demo_app) -> None:
    async with demo_app.run_test(size=SIZE) as pilot:
        await open_kontakte(pilot)
        screen = demo_app.screen
        assert screen.check_action("accept", ()) is False and screen.check_action("undo", ()) is False
        assert screen.check_action("clear_filter", ()) is False and screen.check_action("start_queue", ()) is True
        await pilot.press("t")
        await pilot.pause()
        assert screen.check_action("accept", ()) is True and screen.check_action("filter", ()) is False
        await pilot.press("h")
        await settle(pilot)
        assert not isinstance(demo_app.screen, KontakteScreen)


async def test_export_writes_the_filtered_contacts_like_the_cli(demo_app, demo_store, tmp_path) -> None:
    async with demo_app.run_test(size=SIZE) as pilot:
        await open_kontakte(pilot)
        await filter_umfeld(pilot)
        await pilot.press("e")
        await pilot.pause()
        assert "Umfeld: 6 Kontakte" in text_of(demo_app, "#export-scope")
        demo_app.screen.query_one("#export-path", Input).value = str(tmp_path / "umfeld.csv")
        await pilot.press("enter")
        await settle(pilot)
        lines = (tmp_path / "umfeld.csv").read_text(encoding="utf-8").splitlines()
        assert lines[0].startswith("first_name,last_name,") and len(lines) == 1 + 6
        assert all(",umfeld," in line for line in lines[1:])


async def test_what_the_search_shows_is_what_is_exported(demo_app, tmp_path) -> None:
    async with demo_app.run_test(size=SIZE) as pilot:
        await open_kontakte(pilot)
        await pilot.press("slash")
        await enter_text(pilot, "Müler")  # a typo: the table finds the Müllers fuzzily
        await pilot.press("enter")
        await settle(pilot)
        shown = table_names(demo_app)
        assert len(shown) >= 3 and all(name.startswith("Müller, ") for name in shown)  # no look-alikes
        await pilot.press("e")
        await pilot.pause()
        assert f": {len(shown)} Kontakte" in text_of(demo_app, "#export-scope")
        demo_app.screen.query_one("#export-path", Input).value = str(tmp_path / "mueller.csv")
        await pilot.press("enter")
        await settle(pilot)
        rows = (tmp_path / "mueller.csv").read_text(encoding="utf-8").splitlines()[1:]
        assert [",".join(row.split(",")[1::-1]) for row in rows] == [name.replace(", ", ",") for name in shown]


async def test_after_a_search_enter_opens_the_first_hit(demo_app) -> None:
    async with demo_app.run_test(size=SIZE) as pilot:
        await open_kontakte(pilot)
        demo_app.screen.table.move_cursor(row=3)  # the advisor had scrolled down before searching
        await pilot.pause()
        await pilot.press("slash")
        await enter_text(pilot, "Müler")  # more than four hits: the old row would stay where it was
        await pilot.press("enter")
        await settle(pilot)
        first = demo_app.screen.table.shown[0]
        assert demo_app.screen.cursor_id() == first
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(demo_app.screen, ContactDetailDialog) and demo_app.screen._contact.id == first


@pytest.fixture
def demo_app(demo_store):
    """The app on the demo store, opened on Kontakte (the view under test)."""
    return make_app(demo_store, now=FIXED_NOW, start="kontakte")


async def test_a_new_filter_keeps_the_cursor_on_its_contact_or_goes_to_the_first_row(demo_app, demo_store) -> None:
    umfeld = {c.id for c in demo_store.contacts.list() if c.role == "umfeld"}
    async with demo_app.run_test(size=SIZE) as pilot:
        await open_kontakte(pilot)
        screen = demo_app.screen
        kept = next(i for i in screen.table.shown if i in umfeld)  # the first Umfeld row, far down the table
        screen.move_cursor_to(kept)
        await pilot.pause()
        await filter_umfeld(pilot)
        assert screen.cursor_id() == kept  # still listed: the cursor stays on the same person
        await pilot.press("x")
        await settle(pilot)
        assert screen.cursor_id() == kept
        screen.table.move_cursor(row=3)  # someone outside Umfeld
        await pilot.pause()
        assert screen.cursor_id() not in umfeld
        await filter_umfeld(pilot)
        assert screen.cursor_id() == screen.table.shown[0]  # filtered away: the first row of the new result
