"""Pilot tests of the export dialog: format by key, default path, private file, blocked contacts stay out."""

from __future__ import annotations

import stat
from pathlib import Path

from textual.widgets import Input, Static

from advisor_tui.domain.models import Contact
from advisor_tui.ui.dialogs.export_contacts import ExportDialog
from tests.ui.conftest import SIZE, enter_text, settle
from tests.ui.dialog_host import UNSET, DialogHost

CONTACTS = [
    Contact("Anna", "Müller", company="Müller Bau", role="unternehmer", sector="F", labels=("Messe",)),
    Contact("Jörg", "Bäcker", company="Bäckerei Bäcker"),
    Contact("Max", "Spam", blocked=True),
]


def _status(app: DialogHost) -> str:
    return str(app.screen.query_one("#export-status", Static).render())


async def test_default_csv_export_into_the_home_folder_without_documents(private_dirs: Path) -> None:
    app = DialogHost(ExportDialog(CONTACTS, "Unternehmer/in · Branche F"))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        scope = str(app.screen.query_one("#export-scope", Static).render())
        assert scope == "Unternehmer/in · Branche F: 2 Kontakte (1 gesperrte bleiben draußen)"
        target = private_dirs / "kontakte-2026-11-23.csv"
        assert app.screen.query_one("#export-path", Input).value == "~/kontakte-2026-11-23.csv"
        await pilot.press("enter")
        await settle(pilot)
        assert _status(app) == "2 Kontakte als CSV nach „~/kontakte-2026-11-23.csv“ geschrieben."
        await pilot.press("enter")
        await settle(pilot)
    assert app.result == target
    data = target.read_text(encoding="utf-8")
    assert data.startswith("first_name,last_name,") and "Müller" in data and "Spam" not in data
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


async def test_vcard_by_key_changes_the_suffix(private_dirs: Path) -> None:
    app = DialogHost(ExportDialog(CONTACTS, "alle Kontakte"))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("3")
        await settle(pilot)
        assert app.screen.query_one("#export-path", Input).value.endswith("2026-11-23.vcf")
        await pilot.press("enter")
        await settle(pilot)
        assert "als vCard nach" in _status(app)
    cards = (private_dirs / "kontakte-2026-11-23.vcf").read_text(encoding="utf-8")
    assert cards.count("BEGIN:VCARD") == 2 and "CATEGORIES:Messe" in cards


async def test_a_saved_segment_names_the_file_in_the_documents_folder(private_dirs: Path) -> None:
    (private_dirs / "Documents").mkdir()
    app = DialogHost(ExportDialog(CONTACTS, "Unternehmer/in · Branche C", "Unternehmer Maschinenbau"))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        path = app.screen.query_one("#export-path", Input).value
        assert path == "~/Documents/kontakte-unternehmer-maschinenbau-2026-11-23.csv"
        await pilot.press("3")
        await settle(pilot)
        assert app.screen.query_one("#export-path", Input).value.endswith("-maschinenbau-2026-11-23.vcf")


async def test_excel_to_a_typed_path_and_overwrite_needs_a_second_enter(tmp_path: Path) -> None:
    target = tmp_path / "kunden.csv"
    target.write_text("alt")
    app = DialogHost(ExportDialog(CONTACTS, "alle Kontakte"))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("2", "tab", "ctrl+u")
        await enter_text(pilot, str(target))  # the path as one paste: the typing is not under test
        await pilot.press("enter")
        await settle(pilot)
        assert "gibt es schon" in _status(app) and target.read_text() == "alt"
        await pilot.press("enter")
        await settle(pilot)
        assert "als CSV für Excel nach" in _status(app)
    assert target.read_bytes().startswith("\ufeffVorname;Nachname;Anrede;".encode())


async def test_missing_folder_is_one_line_and_nothing_is_written(tmp_path: Path) -> None:
    app = DialogHost(ExportDialog(CONTACTS, "alle Kontakte"))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("tab", "ctrl+u")
        await enter_text(pilot, str(tmp_path / "fehlt" / "x.csv"))
        await pilot.press("enter")
        await settle(pilot)
        assert "existiert nicht" in _status(app)
        assert app.result is UNSET
        await pilot.press("escape")
        await settle(pilot)
    assert app.result is None
    assert list(tmp_path.iterdir()) == []


async def test_nothing_to_export_disables_the_key() -> None:
    app = DialogHost(ExportDialog([Contact("Max", "Spam", blocked=True)], "Label „Spam“"))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert "Keine Kontakte" in _status(app)
        bindings = {active.binding.action for active in app.screen.active_bindings.values()}
        assert "export" not in bindings
