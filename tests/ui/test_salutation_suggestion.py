"""The contact detail suggests Frau/Herr for a contact without a salutation; one key accepts, Strg+S saves."""

from __future__ import annotations

from datetime import datetime

from textual.widgets import Select

from advisor_tui.domain.models import Contact, Conversation, Direction, Message, Salutation
from advisor_tui.store.store import Store
from advisor_tui.ui.dialogs.contact_detail import ContactDetailDialog
from tests.ui.conftest import SIZE, settle, text_of
from tests.ui.dialog_host import DialogHost


def _imported_weber(store: Store) -> Contact:
    """Imported without a salutation; the advisor once wrote "Sehr geehrter Herr Weber" to him."""
    contact_id = store.contacts.add(Contact("Kim", "Weber", company="Weber Metallbau GmbH", source="linkedin"))
    store.activity.add_conversation(Conversation(contact_id, messages=[
        Message(contact_id, Direction.OUTGOING, datetime(2026, 10, 2, 9, 0), "Sehr geehrter Herr Weber,\n\ndanke."),
    ]))
    contact = store.contacts.get(contact_id)
    assert contact is not None
    return contact


async def test_the_suggestion_is_shown_accepted_with_one_key_and_saved(store: Store) -> None:
    weber = _imported_weber(store)
    app = DialogHost(ContactDetailDialog(store, weber, []))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        dialog = app.screen
        assert dialog.query_one("#detail-salutation-hint").display
        assert text_of(app, "#detail-hint-text") == "Vorschlag Herr: „Herr Weber“ im Verlauf (02.10.2026)"
        assert dialog.query_one("#detail-salutation", Select).value == Salutation.NONE  # never set silently
        await pilot.press("ctrl+r")
        await pilot.pause()
        assert dialog.query_one("#detail-salutation", Select).value == Salutation.HERR
        assert not dialog.query_one("#detail-salutation-hint").display
        await pilot.press("ctrl+s")
        await settle(pilot)
    assert store.contacts.get(weber.id).salutation == Salutation.HERR


async def test_no_suggestion_line_when_the_salutation_is_known_or_unclear(store: Store) -> None:
    for contact in (Contact("Anna", "Müller", Salutation.FRAU), Contact("Kim", "Mayer")):
        contact_id = store.contacts.add(contact)
        app = DialogHost(ContactDetailDialog(store, store.contacts.get(contact_id), []))
        async with app.run_test(size=SIZE) as pilot:
            await settle(pilot)
            assert not app.screen.query_one("#detail-salutation-hint").display
            await pilot.press("ctrl+r")
            await pilot.pause()
            assert app.screen.query_one("#detail-salutation", Select).value == contact.salutation
