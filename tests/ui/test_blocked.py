"""Blocked contacts: marked in the Kontakte table, shown last and not to be chosen in the contact pickers."""

from __future__ import annotations

from textual.widgets import OptionList

from advisor_tui.ui.app import make_app
from advisor_tui.ui.dialogs.drafting import ContactPickDialog
from advisor_tui.ui.dialogs.quick_log import QuickLogDialog
from advisor_tui.ui.screens.kontakte_table import ContactTable
from advisor_tui.ui.screens.nachricht import NachrichtScreen
from advisor_tui.usecases.blocking import block_contact
from tests.conftest import FIXED_NOW
from tests.ui.conftest import SIZE, enter_text, settle
from tests.ui.kontakte_helpers import contact_named


def prompts(options: OptionList) -> list[str]:
    return [str(options.get_option_at_index(i).prompt) for i in range(options.option_count)]


async def test_kontakte_marks_a_blocked_contact_at_80_columns(demo_store) -> None:
    anna = contact_named(demo_store, "Anna Müller")
    block_contact(demo_store, anna.id)
    app = make_app(demo_store, now=FIXED_NOW, start="kontakte")
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        table = app.screen.query_one("#contacts", ContactTable)
        row = table.get_row_at(table.shown.index(anna.id))
        assert (str(row[0]), str(row[-1])) == ("⊘ Müller, Anna", "blockiert")
        assert "dim" in str(row[0].style)
        thomas = table.get_row_at(table.shown.index(contact_named(demo_store, "Thomas Müller").id))
        assert str(thomas[-1]) != "blockiert" and "dim" not in str(thomas[0].style)


async def test_the_recipient_picker_shows_blocked_contacts_last_and_will_not_take_them(demo_store) -> None:
    block_contact(demo_store, contact_named(demo_store, "Anna Müller").id)
    app = make_app(demo_store, now=FIXED_NOW, start="nachricht")
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("c")
        await pilot.pause()
        assert isinstance(app.screen, ContactPickDialog)
        await enter_text(pilot, "Müller")  # Anna and the other Müllers
        options = app.screen.query_one("#pick-options", OptionList)
        shown = prompts(options)
        assert shown[-1].startswith("Dr. Anna Müller") and shown[-1].endswith(" · blockiert")
        assert options.get_option_at_index(len(shown) - 1).disabled
        assert options.highlighted == 0 and not shown[0].endswith("blockiert")
        for _ in shown:  # the highlight cycles past the blocked line
            await pilot.press("down")
            assert options.highlighted != len(shown) - 1
        options.highlighted = len(shown) - 1  # even a mouse on it does not choose her
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, ContactPickDialog)
        assert any("Blockierte Kontakte lassen sich nicht wählen" in n.message for n in app._notifications)
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, NachrichtScreen) and app.screen.contact is None


async def test_quick_log_offers_a_blocked_contact_only_as_a_marked_line(demo_store) -> None:
    block_contact(demo_store, contact_named(demo_store, "Sandra Pfeiffer").id)
    app = make_app(demo_store, now=FIXED_NOW)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("l")
        await settle(pilot)
        assert isinstance(app.screen, QuickLogDialog)
        await enter_text(pilot, "Pfeiffer")
        matches = app.screen.query_one("#matches", OptionList)
        assert prompts(matches) == ["Sandra Pfeiffer · LeadGen Pro GmbH · blockiert", "Neuer Kontakt: Pfeiffer"]
        assert matches.get_option_at_index(0).disabled and matches.highlighted == 1
