"""Pilot tests: the relevance panel, the tagging queue, role keys, the sector picker, bulk tagging, undo."""

from __future__ import annotations

import pytest
from textual.widgets import Input, OptionList

from advisor_tui.ui.app import make_app
from advisor_tui.ui.dialogs.pick import PickDialog
from advisor_tui.ui.dialogs.sector_pick import SectorPickDialog
from advisor_tui.ui.widgets.tagging import TaggingPanel
from tests.conftest import FIXED_NOW
from tests.ui.conftest import SIZE, enter_text, settle, text_of
from tests.ui.kontakte_helpers import contact_named, cursor_on, open_kontakte

UNTAGGED_WITH_FULL_SUGGESTION = ["Rüdiger Hahn", "Bettina Kühn", "Armin Lorenz", "Erik Marx", "Yvonne Sauer",
                                 "Kevin Schmid", "Manuela Schmid", "Doris Schulte", "Ute Winkler"]


SCHMIDS = ("Kevin Schmid", "Manuela Schmid")


async def mark(pilot, store, *names: str) -> None:
    """Mark these contacts' rows with the space key."""
    for name in names:
        await cursor_on(pilot, store, name)
        await pilot.press("space")


async def test_relevance_panel_shows_share_roles_untagged_sectors_verdict(demo_app) -> None:
    async with demo_app.run_test(size=SIZE) as pilot:
        await open_kontakte(pilot)
        text = text_of(demo_app, "#relevance")
        assert "Zielkunden 45 %" in text and "68 von 150" in text and "12 ohne Branche oder Rolle" in text
        assert "Unternehmer" in text and "Dienstleist." in text and "Top-Zielbranchen: Industrie 20" in text
        assert "Ausbaufähig" in text


async def test_queue_accepts_one_key_per_contact(demo_app, demo_store) -> None:
    async with demo_app.run_test(size=SIZE) as pilot:
        await open_kontakte(pilot)
        await pilot.press("t")
        await pilot.pause()
        panel = demo_app.screen.query_one(TaggingPanel)
        assert panel.has_class("-active") and "Ingo Arndt" in text_of(demo_app, "#tagging")
        await pilot.press("space", "space")  # skip Arndt (no sector) and Dörr (nothing known)
        keys = 0
        for index, name in enumerate(UNTAGGED_WITH_FULL_SUGGESTION):
            if index == 1:
                await pilot.press("space")  # Elke Hesse: role known, sector not
            assert name in text_of(demo_app, "#tagging")
            await pilot.press("a")
            keys += 1
        await settle(pilot)
        assert keys == 9
        for name in UNTAGGED_WITH_FULL_SUGGESTION:
            assert contact_named(demo_store, name).is_tagged, name
        hahn = contact_named(demo_store, "Rüdiger Hahn")
        assert (hahn.role, hahn.sector) == ("unternehmer", "G")
        assert demo_store.contacts.count_untagged() == 3
        assert "3 ohne Branche oder Rolle" in text_of(demo_app, "#relevance")
        assert "Ingo Arndt" in text_of(demo_app, "#tagging")  # wrapped round to the skipped ones


async def test_role_key_overrides_and_missing_sector_opens_picker(demo_app, demo_store) -> None:
    async with demo_app.run_test(size=SIZE) as pilot:
        await open_kontakte(pilot)
        await pilot.press("t", "3")  # Ingo Arndt: Kaufmännische Leitung, but no sector known
        await pilot.pause()
        assert isinstance(demo_app.screen, PickDialog)
        await enter_text(pilot, "kaelte")  # fuzzy: not a word of any sector name
        await pilot.pause()
        await pilot.press("escape")
        await settle(pilot)  # the tags are stored off the UI thread
        assert contact_named(demo_store, "Ingo Arndt").role == "kaufm-leitung"
        await pilot.press("b")
        await pilot.pause()
        await enter_text(pilot, "industr")
        await pilot.press("enter")
        await settle(pilot)
        arndt = contact_named(demo_store, "Ingo Arndt")
        assert (arndt.role, arndt.sector) == ("kaufm-leitung", "C")
        assert "Torsten Dörr" in text_of(demo_app, "#tagging")
        await pilot.press("8")  # Privat needs no sector
        await settle(pilot)  # the tags are stored off the UI thread
        assert contact_named(demo_store, "Torsten Dörr").is_tagged
        assert "Rüdiger Hahn" in text_of(demo_app, "#tagging")


async def test_sector_first_keeps_the_queue_on_the_contact_until_the_role_is_chosen(demo_app, demo_store) -> None:
    async with demo_app.run_test(size=SIZE) as pilot:
        await open_kontakte(pilot)
        await pilot.press("t", "space", "b")  # skip Ingo Arndt; Torsten Dörr: nothing known
        await pilot.pause()
        await enter_text(pilot, "industr")
        await pilot.press("enter")
        await settle(pilot)
        assert contact_named(demo_store, "Torsten Dörr").sector == "C"
        shown = text_of(demo_app, "#tagging")
        assert "Torsten Dörr" in shown and "Rolle fehlt" in shown and "0 erledigt" in demo_app.screen.query_one(
            TaggingPanel).border_title
        await pilot.press("8")
        await settle(pilot)
        doerr = contact_named(demo_store, "Torsten Dörr")
        assert (doerr.role, doerr.sector) == ("privat", "C")
        assert "Rüdiger Hahn" in text_of(demo_app, "#tagging")


async def test_undo_takes_back_the_last_step(demo_app, demo_store) -> None:
    async with demo_app.run_test(size=SIZE) as pilot:
        await open_kontakte(pilot)
        await pilot.press("t", "space", "space", "a")  # Rüdiger Hahn accepted
        await settle(pilot)  # the tags are stored off the UI thread
        assert contact_named(demo_store, "Rüdiger Hahn").is_tagged
        await pilot.press("u")
        await settle(pilot)
        hahn = contact_named(demo_store, "Rüdiger Hahn")
        assert (hahn.role, hahn.sector) == (None, None)
        assert "Rüdiger Hahn" in text_of(demo_app, "#tagging")
        await pilot.press("escape")
        await pilot.pause()
        assert not demo_app.screen.query_one(TaggingPanel).has_class("-active")


async def test_bulk_tagging_of_marked_rows_and_undo(demo_app, demo_store) -> None:
    async with demo_app.run_test(size=SIZE) as pilot:
        await open_kontakte(pilot)
        await mark(pilot, demo_store, *SCHMIDS)
        assert "2 markiert" in text_of(demo_app, "#contacts-status")
        await pilot.press("1")
        await settle(pilot)  # the tags are stored off the UI thread
        assert [contact_named(demo_store, n).role for n in ("Kevin Schmid", "Manuela Schmid")] == ["unternehmer"] * 2
        assert "2 markiert" in text_of(demo_app, "#contacts-status")  # the marks stay for the sector
        await pilot.press("b")
        await pilot.pause()
        await enter_text(pilot, "bau")
        await pilot.press("enter")
        await settle(pilot)
        assert [contact_named(demo_store, n).sector for n in ("Kevin Schmid", "Manuela Schmid")] == ["F", "F"]
        await pilot.press("escape")  # the advisor clears the marks
        await pilot.pause()
        assert "markiert" not in text_of(demo_app, "#contacts-status")
        await pilot.press("u")
        await settle(pilot)  # the tags are stored off the UI thread
        assert [contact_named(demo_store, n).sector for n in ("Kevin Schmid", "Manuela Schmid")] == [None, None]
        await pilot.press("u")
        await settle(pilot)  # the tags are stored off the UI thread
        assert [contact_named(demo_store, n).role for n in ("Kevin Schmid", "Manuela Schmid")] == [None, None]


async def test_bulk_tagging_shows_at_once_and_stores_in_one_write(demo_app, demo_store) -> None:
    async with demo_app.run_test(size=SIZE) as pilot:
        await open_kontakte(pilot)
        screen = demo_app.screen
        untagged = [c.id for c in demo_store.contacts.list() if not c.is_tagged]
        screen.tagging.mark(untagged)  # as space on each row would
        screen.action_set_role("privat")  # what the key 8 runs
        assert all(screen.tagging.contacts[i].role == "privat" for i in untagged)  # shown before it is stored
        await settle(pilot)
        assert {c.role for c in demo_store.contacts.list() if c.id in set(untagged)} == {"privat"}
        assert f"{len(untagged)} markiert" in text_of(demo_app, "#contacts-status")  # marks stay after a step


@pytest.fixture
def demo_app(demo_store):
    """The app on the demo store, opened on Kontakte (the view under test)."""
    return make_app(demo_store, now=FIXED_NOW, start="kontakte")


async def test_leaving_the_queue_untouched_says_none_were_tagged(demo_app) -> None:
    async with demo_app.run_test(size=SIZE) as pilot:
        await open_kontakte(pilot)
        await pilot.press("t")
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        shown = [n.message for n in demo_app._notifications]
        assert "Keine Kontakte getaggt." in shown and not any(m.startswith("0 ") for m in shown)


async def test_the_queue_keeps_the_marks(demo_app, demo_store) -> None:
    async with demo_app.run_test(size=SIZE) as pilot:
        await open_kontakte(pilot)
        await mark(pilot, demo_store, *SCHMIDS)
        await pilot.press("t")
        await pilot.pause()
        assert demo_app.screen.query_one(TaggingPanel).has_class("-active")
        await pilot.press("escape")  # leaves the queue only
        await pilot.pause()
        assert "2 markiert" in text_of(demo_app, "#contacts-status")
        assert demo_app.screen.tagging.marked == {contact_named(demo_store, n).id for n in SCHMIDS}


async def test_sector_picker_finds_trades_and_divisions_and_says_when_nothing_fits(demo_app, demo_store) -> None:
    async with demo_app.run_test(size=SIZE) as pilot:
        await open_kontakte(pilot)
        await cursor_on(pilot, demo_store, "Ingo Arndt")
        await pilot.press("b")
        await pilot.pause()
        dialog = demo_app.screen
        assert isinstance(dialog, SectorPickDialog)
        await enter_text(pilot, "xyz")
        await pilot.pause()
        assert text_of(demo_app, "#pick-nothing") == ("Keine Branche passt zu „xyz“ – Abschnitt wählen oder "
                                                     "anders suchen.")
        options = dialog.query_one("#pick-options", OptionList)
        assert options.option_count == 21 and options.highlighted is None  # the sections, none chosen yet
        await pilot.press("enter")
        await pilot.pause()
        assert demo_app.screen is dialog  # Enter picks nothing by chance
        dialog.query_one("#pick-query", Input).value = "Kanzlei"
        await pilot.pause()
        assert str(options.get_option_at_index(0).prompt) == "Kanzlei → M  Freie Berufe, Beratung"
        assert not dialog.query_one("#pick-nothing").display
        await pilot.press("enter")
        await settle(pilot)
        assert contact_named(demo_store, "Ingo Arndt").sector == "M"
