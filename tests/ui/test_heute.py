"""Heute: every section and action on the seeded demo store."""

from __future__ import annotations

import threading

import pytest
from textual.widgets import Footer, Input, OptionList, RadioButton
from textual.widgets._footer import FooterKey

from advisor_tui.domain.contacts.search import ContactIndex
from advisor_tui.domain.models import RequestState
from advisor_tui.ui.app import make_app
from advisor_tui.ui.dialogs.confirm import ConfirmDialog
from advisor_tui.ui.dialogs.quick_log import QuickLogDialog
from advisor_tui.ui.screens.heute import HeuteScreen
from advisor_tui.ui.screens.nachricht import NachrichtScreen
from advisor_tui.ui.widgets.fitted_table import FittedTable
from advisor_tui.usecases import today
from tests.conftest import FIXED_NOW
from tests.ui.conftest import SIZE, enter_text, settle, text_of


def names(app, table_id: str) -> list[str]:
    table = app.screen.query_one(f"#{table_id}", FittedTable)
    return [str(table.get_row_at(i)[0]) for i in range(table.row_count)]


async def focus_row(pilot, table_id: str, name: str) -> None:
    table = pilot.app.screen.query_one(f"#{table_id}", FittedTable)
    table.focus()
    table.move_cursor(row=names(pilot.app, table_id).index(name))
    await pilot.pause()


async def press_on_row(pilot, table_id: str, name: str, key: str) -> None:
    """Put the cursor on a person's row, press a key, and wait for what it started."""
    await focus_row(pilot, table_id, name)
    await pilot.press(key)
    await settle(pilot)


async def test_sections_list_the_right_people_and_losing_touch_says_how_long_in_words(demo_app) -> None:
    async with demo_app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert names(demo_app, "requests") == ["Erik Marx", "Sandra Pfeiffer", "Kevin Schmid", "Rüdiger Hahn"]
        assert "Heiko Brandt" in names(demo_app, "follow-ups")
        assert names(demo_app, "losing-touch")  # target contacts never written to
        assert "Betriebsmittelfinanzierung" in text_of(demo_app, "#week-post")
        table = demo_app.screen.query_one("#losing-touch", FittedTable)
        silences = [str(table.get_row_at(i)[-1]) for i in range(table.row_count)]
        assert silences and all(s.startswith("seit ") and "Tage" not in s for s in silences)
        assert "seit 5 Jahren" in silences  # not "1850 Tage ohne Kontakt"


async def test_enter_on_a_waiting_contact_opens_a_reply(demo_app, demo_store) -> None:
    async with demo_app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press_on_row(pilot, "waiting", "Andrea Wolf", "enter")
        wolf = next(c for c in demo_store.contacts.list() if c.full_name == "Andrea Wolf")
        assert isinstance(demo_app.screen, NachrichtScreen)
        assert demo_app.draft_request is None  # Nachricht consumed it
        assert demo_app.screen.contact.id == wolf.id and demo_app.screen.template_key == "antwort"


def notices(app) -> list[str]:
    return [n.message for n in app._notifications]


@pytest.mark.parametrize("answer", ["j", "escape"])
async def test_block_asks_first_and_then_declines_and_blocks(demo_app, demo_store, answer: str) -> None:
    async with demo_app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press_on_row(pilot, "requests", "Sandra Pfeiffer", "b")
        assert isinstance(demo_app.screen, ConfirmDialog)
        assert text_of(demo_app, ".dialog-title") == "Sandra Pfeiffer blockieren?"
        question = text_of(demo_app, "#confirm-text")
        assert "nie in einem Export" in question and "LinkedIn oder XING" in question
        await pilot.press(answer)
        await settle(pilot)
        blocked = answer == "j"
        assert ("Sandra Pfeiffer" in names(demo_app, "requests")) is not blocked
        pfeiffer = next(c for c in demo_store.contacts.list() if c.full_name == "Sandra Pfeiffer")
        assert pfeiffer.blocked is blocked
        assert ("Sandra Pfeiffer" in names(demo_app, "waiting")) is not blocked  # blocked ones wait for nobody
        states = {r.contact_id: r.state for r in demo_store.activity.requests()}
        assert states[pfeiffer.id] is (RequestState.BLOCKED if blocked else RequestState.OPEN)


async def test_decline_and_accept(demo_app, demo_store) -> None:
    async with demo_app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press_on_row(pilot, "requests", "Erik Marx", "x")
        assert "Erik Marx" not in names(demo_app, "requests")
        await press_on_row(pilot, "requests", "Rüdiger Hahn", "j")
        assert isinstance(demo_app.screen, NachrichtScreen)
        assert demo_app.screen.template_key == "dank-vernetzung"
    states = {r.note[:20]: r.state for r in demo_store.activity.requests() if r.direction == "in"}
    assert RequestState.ACCEPTED in states.values() and RequestState.DECLINED in states.values()


async def test_decline_is_undone_with_u(demo_app, demo_store) -> None:
    async with demo_app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press_on_row(pilot, "requests", "Kevin Schmid", "x")
        assert "Kevin Schmid" not in names(demo_app, "requests")
        assert "Anfrage von Kevin Schmid abgelehnt – rückgängig mit u." in notices(demo_app)
        await pilot.press("u")
        await settle(pilot)
        assert "Kevin Schmid" in names(demo_app, "requests")
        assert "Anfrage von Kevin Schmid ist wieder offen." in notices(demo_app)
        await pilot.press("u")  # one step only: a second u says so
        await settle(pilot)
        assert "Kevin Schmid" in names(demo_app, "requests")
        assert any(n.startswith("Nichts rückgängig zu machen") for n in notices(demo_app))


async def test_accept_sets_the_connection_date_and_u_back_in_heute_takes_it_back(demo_app, demo_store) -> None:
    hahn = next(c for c in demo_store.contacts.list() if c.full_name == "Rüdiger Hahn")
    assert hahn.connected_on is None
    async with demo_app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press_on_row(pilot, "requests", "Rüdiger Hahn", "j")
        assert demo_store.contacts.get(hahn.id).connected_on == FIXED_NOW.date()
        await pilot.press("escape", "h")
        await settle(pilot)
        assert "Rüdiger Hahn" not in names(demo_app, "requests")
        await pilot.press("u")
        await settle(pilot)
        assert "Rüdiger Hahn" in names(demo_app, "requests")
    assert demo_store.contacts.get(hahn.id).connected_on is None


async def test_request_keys_act_on_the_requests_and_move_the_focus_there(demo_app) -> None:
    async with demo_app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await focus_row(pilot, "waiting", "Andrea Wolf")
        assert demo_app.screen.query_one("#waiting-title").has_class("focused-section")
        first = names(demo_app, "requests")[0]
        await pilot.press("x")  # the requests' cursor row, not the waiting contact
        await settle(pilot)
        assert first not in names(demo_app, "requests")
        assert demo_app.screen.focused.id == "requests"
        assert demo_app.screen.query_one("#requests-title").has_class("focused-section")
        assert not demo_app.screen.query_one("#waiting-title").has_class("focused-section")
        assert "Andrea Wolf" in names(demo_app, "waiting")
        await pilot.press("enter")  # Enter on a request decides nothing, it names the keys
        await settle(pilot)
        assert notices(demo_app)[-1] == "Anfrage: j annehmen · x ablehnen · b blockieren"


def footer_shows(app) -> set[str]:
    """The descriptions of the keys the footer shows."""
    return {key.description for key in app.screen.query_one(Footer).query(FooterKey)}


async def test_the_footer_shows_the_keys_of_the_focused_section(demo_app) -> None:
    async with demo_app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await focus_row(pilot, "waiting", "Andrea Wolf")
        await settle(pilot)
        assert "Antworten" in footer_shows(demo_app) and "Annehmen" not in footer_shows(demo_app)
        await pilot.press("tab")  # to the requests
        await settle(pilot)
        assert {"Annehmen", "Ablehnen", "Blockieren"} <= footer_shows(demo_app)
        assert "Antworten" not in footer_shows(demo_app)


async def test_follow_up_keys_from_another_section_use_their_own(demo_app, demo_store) -> None:
    async with demo_app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await focus_row(pilot, "requests", "Erik Marx")
        first = names(demo_app, "follow-ups")[0]
        await pilot.press("e")
        await settle(pilot)
        assert first not in names(demo_app, "follow-ups") and "Erik Marx" in names(demo_app, "requests")
        assert f"Nachfassen bei {first} erledigt." in notices(demo_app)


async def test_a_key_whose_section_is_empty_says_so(store) -> None:
    app = make_app(store, now=FIXED_NOW)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        for key in ("j", "x", "b", "a", "f", "e"):
            await pilot.press(key)
            await settle(pilot)
        assert isinstance(app.screen, HeuteScreen)
        assert notices(app) == ["Keine offenen Vernetzungsanfragen."] * 3 + [
            "Niemand wartet auf Ihre Antwort.", "Kein Nachfassen fällig.", "Kein Nachfassen fällig."]


async def test_follow_up_done_clears_the_date(demo_app, demo_store) -> None:
    async with demo_app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await press_on_row(pilot, "follow-ups", "Heiko Brandt", "e")
        assert "Heiko Brandt" not in names(demo_app, "follow-ups")
    brandt = next(c for c in demo_store.contacts.list() if c.full_name == "Heiko Brandt")
    assert brandt.follow_up_on is None


async def test_quick_log_of_a_message_makes_the_contact_wait(demo_app, demo_store) -> None:
    async with demo_app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert "Sabine Krämer" not in names(demo_app, "waiting")
        await pilot.press("l")
        await pilot.pause()
        assert isinstance(demo_app.screen, QuickLogDialog)
        await enter_text(pilot, "Krämer Haustechnik")
        await pilot.pause()
        assert "Sabine Krämer" in str(demo_app.screen.query_one(OptionList).get_option_at_index(0).prompt)
        await pilot.press("enter")
        await enter_text(pilot, "Können wir telefonieren?")
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(demo_app.screen, HeuteScreen)
        assert names(demo_app, "waiting")[-1] == "Sabine Krämer"


async def test_quick_log_of_a_request_from_a_new_person(demo_app, demo_store) -> None:
    async with demo_app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("l")
        await pilot.pause()
        demo_app.screen.query_one("#kind-request", RadioButton).value = True
        demo_app.screen.query_one("#who", Input).focus()
        await enter_text(pilot, "Gerda Neumeier")
        await pilot.pause()
        options = demo_app.screen.query_one(OptionList)
        options.highlighted = options.option_count - 1  # "Neuer Kontakt: …"
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert "Gerda Neumeier" in names(demo_app, "requests")
    assert any(c.first_name == "Gerda" and c.last_name == "Neumeier" for c in demo_store.contacts.list())


async def test_quick_log_reads_the_contacts_in_the_background_and_waits_for_them(
        demo_app, demo_store, monkeypatch) -> None:
    monkeypatch.setattr(QuickLogDialog, "_load_contacts", lambda self: None)
    async with demo_app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("l")
        await pilot.pause()
        dialog = demo_app.screen
        await pilot.press(*"Krämer")
        await pilot.pause()
        options = dialog.query_one(OptionList)
        assert options.option_count == 1 and "geladen" in str(options.get_option_at_index(0).prompt)
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(demo_app.screen, QuickLogDialog)  # nothing saved for nobody
        contacts = {c.id: c for c in demo_store.contacts.list()}
        dialog._contacts_loaded(contacts, ContactIndex(contacts.values()))
        await pilot.pause()
        assert "Sabine Krämer" in str(options.get_option_at_index(0).prompt)


async def test_check_in_runs_off_the_ui_thread_and_reloads_once(demo_app, demo_store, monkeypatch) -> None:
    loads: list[int] = []
    original_load, original_check_in = HeuteScreen.load, today.check_in
    monkeypatch.setattr(HeuteScreen, "load", lambda self: (loads.append(1), original_load(self))[1])
    threads: list[bool] = []
    monkeypatch.setattr(today, "check_in", lambda store, now: (
        threads.append(threading.current_thread() is threading.main_thread()), original_check_in(store, now))[1])
    async with demo_app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert len(loads) == 1
        await pilot.press("f1")
        await pilot.pause()
        await pilot.press("escape")
        await settle(pilot)
        assert len(loads) == 1  # help wrote nothing: nothing read again
        await pilot.press("p")
        await settle(pilot)
        assert threads == [False] and len(loads) == 2
        assert "heute" in text_of(demo_app, "#checkin") and "(p: geprüft)" not in text_of(demo_app, "#checkin")
    assert demo_store.activity.checkins()[-1] == demo_app.now


async def test_a_request_decided_in_another_window_meanwhile_is_a_notice(demo_app, demo_store) -> None:
    async with demo_app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await focus_row(pilot, "requests", "Erik Marx")
        marx = next(r for r in demo_store.activity.requests() if r.state is RequestState.OPEN
                    and demo_store.contacts.get(r.contact_id).full_name == "Erik Marx")
        demo_store.contacts.forget(marx.contact_id)  # another window forgets him, the row is still shown
        await pilot.press("x")
        await settle(pilot)
        assert isinstance(demo_app.screen, HeuteScreen) and demo_app.failures == []
        assert "Erik Marx" not in names(demo_app, "requests")


async def test_a_quick_log_reloads_once_and_a_cancelled_one_not_at_all(demo_app, monkeypatch) -> None:
    loads: list[int] = []
    original = HeuteScreen.load
    monkeypatch.setattr(HeuteScreen, "load", lambda self: (loads.append(1), original(self))[1])
    async with demo_app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("l", "escape")
        await settle(pilot)
        assert len(loads) == 1
        await pilot.press("l")
        await enter_text(pilot, "Krämer Haustechnik")
        await pilot.pause()
        await pilot.press("ctrl+s")
        await settle(pilot)
        assert len(loads) == 2 and names(demo_app, "waiting")[-1] == "Sabine Krämer"


async def test_empty_section_titles_stay_the_same_on_every_refresh(store) -> None:
    app = make_app(store, now=FIXED_NOW)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        first = text_of(app, "#requests-title")
        assert first == "Offene Vernetzungsanfragen: nichts offen"
        for key in ("p", "p", "k", "h"):
            await pilot.press(key)
            await settle(pilot)
        assert text_of(app, "#requests-title") == first
        assert text_of(app, "#waiting-title") == "Warten auf Antwort: nichts offen"
