"""Two windows on one store: what one deletes, the other notices and survives."""

from __future__ import annotations

import sqlite3

from advisor_tui.store.store import Store
from advisor_tui.ui.app import make_app
from tests.conftest import FIXED_NOW
from tests.robustness.app_steps import recorded_notices
from tests.ui.conftest import SIZE, enter_text, settle


def forget_elsewhere(store: Store, contact_id: int) -> None:
    """Forget a contact through a second store object, as another window (or `advisor-tui forget`) would."""
    other_window = Store.open(store.path)
    try:
        other_window.contacts.forget(contact_id)
    finally:
        other_window.close()


def _anna(store: Store):
    return next(c for c in store.contacts.list() if c.first_name == "Anna" and c.last_name == "Müller")


async def _drafting_to(pilot, contact_id: int):
    pilot.app.draft_to(contact_id)
    await settle(pilot)
    await pilot.pause(0.3)
    await settle(pilot)
    return pilot.app.screen


async def test_forgetting_the_recipient_in_another_window_while_typing_is_noticed(demo_store) -> None:
    anna = _anna(demo_store)
    app = make_app(demo_store, now=FIXED_NOW)
    messages = recorded_notices(app)
    async with app.run_test(size=SIZE) as pilot:
        screen = await _drafting_to(pilot, anna.id)
        await pilot.press("e")
        await enter_text(pilot, "Guten Tag")  # typing itself is not under test: one paste is one edit
        forget_elsewhere(demo_store, anna.id)
        await enter_text(pilot, " noch etwas")
        await pilot.pause(1.3)  # the autosave runs
        await settle(pilot)
        await pilot.press("escape", "k")
        await settle(pilot)
        assert any("gelöscht" in m for m in messages), messages
        assert screen.contact is None
    assert app._exception is None
    assert demo_store.drafts.load(anna.id) is None


async def test_marking_as_sent_to_a_recipient_forgotten_elsewhere_is_noticed(demo_store) -> None:
    anna = _anna(demo_store)
    app = make_app(demo_store, now=FIXED_NOW)
    messages = recorded_notices(app)
    async with app.run_test(size=SIZE) as pilot:
        screen = await _drafting_to(pilot, anna.id)
        await pilot.press("e")
        await enter_text(pilot, "Vielen Dank")
        await pilot.press("escape")
        forget_elsewhere(demo_store, anna.id)
        await pilot.press("s")
        await settle(pilot)
        if len(app.screen_stack) > 1 and app.screen is not screen:  # the "send despite errors?" question
            await pilot.press("enter")
            await settle(pilot)
        assert any("gelöscht" in m for m in messages), messages
    assert app._exception is None


async def test_tagging_keeps_what_another_window_changed_and_bulk_is_one_transaction(demo_store) -> None:
    from sqlalchemy import event

    from tests.ui.kontakte_helpers import cursor_on, open_kontakte

    anna = _anna(demo_store)
    app = make_app(demo_store, now=FIXED_NOW)
    async with app.run_test(size=SIZE) as pilot:
        await open_kontakte(pilot)
        await cursor_on(pilot, demo_store, anna.full_name)
        with sqlite3.connect(demo_store.path) as other_window:  # an import there: new company and position
            other_window.execute("UPDATE contact SET company = 'Müller Holding GmbH', position = 'Beirätin'"
                                 " WHERE id = ?", (anna.id,))
        other_window.close()
        await pilot.press("6")  # a role key: this window still shows the old company
        await settle(pilot)
        stored = demo_store.contacts.get(anna.id)
        assert (stored.company, stored.position) == ("Müller Holding GmbH", "Beirätin")
        assert stored.role != anna.role

        commits: list[int] = []
        event.listen(demo_store.engine, "commit", lambda _conn: commits.append(1))
        for _ in range(5):
            await pilot.press("space")  # mark and move down
        await pilot.press("7")
        await settle(pilot)
        assert len(commits) == 1
    assert app._exception is None
