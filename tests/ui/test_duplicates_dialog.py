"""Pilot tests of the duplicates dialog: pairs with reasons, field-by-field choice, merge, skip."""

from __future__ import annotations

from datetime import datetime

from textual.widgets import Static

from advisor_tui.domain.models import (
    Contact,
    Conversation,
    Direction,
    Message,
    Salutation,
)
from advisor_tui.ui.dialogs.duplicates import DuplicatesDialog, MergeTable
from advisor_tui.ui.widgets.fitted_table import FittedTable
from tests.ui.conftest import SIZE, enter_text, settle
from tests.ui.dialog_host import DialogHost


def _seed(store) -> dict[str, int]:
    """Anna Müller twice (LinkedIn and vCard), Jürgen Meier twice, and someone unrelated."""
    ids = {
        "anna_li": store.contacts.add(Contact("Anna", "Müller", company="Müller Bau", position="Geschäftsführerin",
                                              profile_url="https://www.linkedin.com/in/anna-mueller",
                                              labels=("Messe",))),
        "anna_vc": store.contacts.add(Contact("Anna", "Mueller", Salutation.FRAU, title="Dr.",
                                              company="Müller Bau GmbH & Co. KG", email="anna@mueller-bau.de",
                                              labels=("Unternehmerabend 2026",))),
        "juergen": store.contacts.add(Contact("Jürgen", "Meier", company="Meier Logistik", email="jm@meier.de")),
        "juergen2": store.contacts.add(Contact("Juergen", "Meier", company="Meier Logistik GmbH")),
        "other": store.contacts.add(Contact("Karl", "Schulz", company="Schulz AG")),
    }
    store.activity.add_conversation(Conversation(ids["anna_vc"], messages=[
        Message(ids["anna_vc"], Direction.INCOMING, datetime(2026, 11, 2, 10), "Guten Tag Herr Berater")]))
    return ids


def _shown(app, selector: str) -> str:
    return str(app.screen.query_one(selector, Static).render())


def _field_cells(app) -> dict[str, tuple[str, str]]:
    table = app.screen.query_one("#dup-fields", MergeTable)
    return {str(table.get_row_at(i)[0]): (str(table.get_row_at(i)[1]), str(table.get_row_at(i)[2]))
            for i in range(table.row_count)}


async def test_lists_pairs_with_reasons_and_merges_with_defaults(store) -> None:
    ids = _seed(store)
    app = DialogHost(DuplicatesDialog(store))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        pairs = app.screen.query_one("#dup-pairs", FittedTable)
        assert pairs.row_count == 2
        status = _shown(app, "#dup-status")
        assert status.startswith("Paar 1 von 2") and "Umlaut anders geschrieben" in status
        cells = _field_cells(app)
        # A (LinkedIn) stays; each field takes the filled or more complete side.
        assert cells["Nachname"] == ("▶ Müller", "  Mueller")
        assert cells["Titel"] == ("  —", "▶ Dr.")
        assert cells["Firma"] == ("  Müller Bau", "▶ Müller Bau GmbH & Co. KG")
        assert cells["Vorname"] == ("  Anna", "  Anna")
        assert "Nachrichten 0 + 1" in _shown(app, "#dup-attached")
        await pilot.press("enter")
        await settle(pilot)
        assert store.contacts.count() == 4
        assert [n.message for n in app._notifications] == ["Die beiden Einträge von Anna Müller sind jetzt einer."]
        assert _shown(app, "#dup-status").startswith("Paar 1 von 1")
        await pilot.press("escape")
        await settle(pilot)
    survivors = [c for c in store.contacts.list() if c.first_name == "Anna"]
    assert len(survivors) == 1
    anna = survivors[0]
    assert (anna.last_name, anna.title, anna.email, anna.company) == ("Müller", "Dr.", "anna@mueller-bau.de",
                                                                     "Müller Bau GmbH & Co. KG")
    assert anna.profile_url and anna.labels == ("Messe", "Unternehmerabend 2026")
    assert [c.contact_id for c in store.activity.conversations()] == [anna.id]
    assert app.result == 1
    assert ids["other"] in {c.id for c in store.contacts.list()}


async def test_arrow_keys_choose_the_side_per_field(store) -> None:
    _seed(store)
    app = DialogHost(DuplicatesDialog(store))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        names = list(_field_cells(app))
        company_row = names.index("Firma")
        before = _field_cells(app)["Firma"]
        await pilot.press(*["down"] * company_row)
        taken_right = before[1].startswith("▶")
        await pilot.press("left" if taken_right else "right")
        after = _field_cells(app)["Firma"]
        assert after[0].startswith("▶") != before[0].startswith("▶")
        await pilot.press("enter")
        await settle(pilot)
    anna = next(c for c in store.contacts.list() if c.first_name == "Anna")
    assert anna.company == "Müller Bau"


async def test_skip_leaves_both_and_finishes(store) -> None:
    _seed(store)
    app = DialogHost(DuplicatesDialog(store))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("s")
        await settle(pilot)
        assert _shown(app, "#dup-status").startswith("Paar 1 von 1")
        await pilot.press("s")
        await settle(pilot)
        assert _shown(app, "#dup-status") == "Alle Paare bearbeitet: 0 zusammengeführt, 2 übersprungen."
        bindings = {active.binding.action for active in app.screen.active_bindings.values()}
        assert "merge" not in bindings and "skip" not in bindings
        await pilot.press("escape")
        await settle(pilot)
    assert store.contacts.count() == 5 and app.result == 0


async def test_keine_dublette_is_remembered_for_the_next_search(store) -> None:
    ids = _seed(store)
    app = DialogHost(DuplicatesDialog(store))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        first = app.screen._view.pair
        await pilot.press("d")
        await settle(pilot)
        assert _shown(app, "#dup-status").startswith("Paar 1 von 1")
        await pilot.press("s")
        await settle(pilot)
        assert _shown(app, "#dup-status") == ("Alle Paare bearbeitet: 0 zusammengeführt, 1 übersprungen, "
                                              "1 als verschiedene Personen vermerkt.")
    assert store.contacts.distinct_pairs() == {(first.a_id, first.b_id)}
    again = DialogHost(DuplicatesDialog(store))
    async with again.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert again.screen.query_one("#dup-pairs", FittedTable).row_count == 1
        assert again.screen._view.pair != first
    assert store.contacts.count() == len(ids)


async def test_no_duplicates_says_so(demo_store) -> None:
    app = DialogHost(DuplicatesDialog(demo_store))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert _shown(app, "#dup-status").startswith("Keine Dubletten gefunden")
        assert not app.screen.query_one("#dup-fields").display


async def test_palette_opens_the_dialogs(demo_app) -> None:
    from advisor_tui.ui.dialogs.export_contacts import ExportDialog
    from advisor_tui.ui.dialogs.import_file import ImportDialog

    async with demo_app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        for command, dialog in (("Dubletten", DuplicatesDialog), ("Kontakte importieren", ImportDialog),
                                ("Analytics einlesen", ImportDialog), ("Kontakte exportieren", ExportDialog)):
            await pilot.press("ctrl+p")
            await pilot.pause()
            await enter_text(pilot, command)
            await settle(pilot)
            await pilot.press("enter")
            await settle(pilot)
            assert isinstance(demo_app.screen, dialog), command
            await pilot.press("escape")
            await settle(pilot)
            assert not isinstance(demo_app.screen, dialog), command


async def test_pair_list_opens_another_pair_and_space_keeps_both_notes(store) -> None:
    a = store.contacts.add(Contact("Jürgen", "Meier", company="Meier Logistik", notes="Kunde seit 2019"))
    b = store.contacts.add(Contact("Juergen", "Meier", company="Meier Logistik GmbH", notes="Messe 2026"))
    store.contacts.add(Contact("Anna", "Müller", company="Müller Bau", email="a@m.de"))
    store.contacts.add(Contact("Anna", "Mueller", company="Müller Bau GmbH", email="a@m.de"))
    app = DialogHost(DuplicatesDialog(store))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        first = _shown(app, "#dup-pair-title")
        await pilot.press("shift+tab", "down", "enter")  # to the pair list, second pair
        await settle(pilot)
        assert _shown(app, "#dup-pair-title") != first
        if "Anna" in _shown(app, "#dup-pair-title"):
            await pilot.press("shift+tab", "up", "enter")
            await settle(pilot)
        assert "Jürgen" in _shown(app, "#dup-pair-title")
        notes_row = list(_field_cells(app)).index("Notizen (beide)")
        await pilot.press(*["down"] * notes_row, "left")
        assert "Notizen" in _field_cells(app)
        await pilot.press("space")
        await pilot.press("space")
        assert "Notizen (beide)" in _field_cells(app)
        await pilot.press("enter")
        await settle(pilot)
    survivor = store.contacts.get(a) or store.contacts.get(b)
    assert survivor.notes in ("Kunde seit 2019\n\nMesse 2026", "Messe 2026\n\nKunde seit 2019")
