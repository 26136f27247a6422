"""Pilot tests of the import dialog: choose a file by key or path, see progress and the summary."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from textual.widgets import Input, OptionList, ProgressBar, Static

from advisor_tui.store.importer import ImportResult
from advisor_tui.ui.dialogs.import_file import ImportDialog
from tests.ui.conftest import SIZE, enter_text, settle
from tests.ui.dialog_host import UNSET, DialogHost

DATA = Path(__file__).resolve().parents[1] / "data"


def _shown(app: DialogHost, selector: str) -> str:
    return str(app.screen.query_one(selector, Static).render())


@pytest.fixture
def downloads(tmp_path: Path) -> Path:
    """A Downloads folder with a LinkedIn CSV, a vCard and an unrelated file."""
    folder = tmp_path / "Downloads"
    folder.mkdir()
    shutil.copy(DATA / "linkedin" / "Connections.csv", folder / "Connections.csv")
    shutil.copy(DATA / "vcard" / "xing_30.vcf", folder / "xing.vcf")
    (folder / "Rechnung.pdf").write_bytes(b"%PDF")
    return folder


async def test_lists_downloads_and_imports_the_chosen_file_by_number(store, downloads: Path) -> None:
    (downloads / "Connections.csv").touch()  # the newest: number 1
    app = DialogHost(ImportDialog(store, downloads=downloads))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        options = app.screen.query_one("#import-candidates", OptionList)
        assert options.option_count == 2 and app.screen.focused is options
        assert "Connections.csv" in str(options.get_option_at_index(0).prompt)
        await pilot.press("1")
        await settle(pilot)
        assert store.contacts.count() == 5
        status = _shown(app, "#import-status")
        assert status.startswith("Neu: 5 · aktualisiert: 0 · unverändert: 0 · übersprungen: 1")
        assert "Zeile 7" in _shown(app, "#import-summary-text")
        assert app.screen.query_one("#import-progress", ProgressBar).percentage == 1.0
        await pilot.press("enter")
        await settle(pilot)
    assert isinstance(app.result, ImportResult) and app.result.added == 5


async def test_typed_path_with_tilde_reads_a_vcard(store, tmp_path: Path, private_dirs: Path) -> None:
    shutil.copy(DATA / "vcard" / "xing_30.vcf", private_dirs / "karten.vcf")
    app = DialogHost(ImportDialog(store, downloads=tmp_path / "leer"))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert not app.screen.query_one("#import-candidates").display
        assert "kein LinkedIn-Export" in _shown(app, "#import-candidates-title")
        assert app.screen.focused is app.screen.query_one("#import-path", Input)
        await enter_text(pilot, "~/karten.vcf")  # typed paths arrive as one paste: the typing is not under test
        await pilot.press("enter")
        await settle(pilot)
        assert store.contacts.count() > 0
        assert _shown(app, "#import-status").startswith("Neu: ")
        await pilot.press("escape")
        await settle(pilot)
    assert isinstance(app.result, ImportResult)


async def test_bad_file_shows_one_line_and_leaves_the_store_alone(store, downloads: Path) -> None:
    shutil.copy(DATA / "linkedin" / "not_linkedin.csv", downloads / "linkedin_kaputt.csv")
    app = DialogHost(ImportDialog(store, downloads=downloads))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("tab")
        path = str(downloads / "linkedin_kaputt.csv")
        await enter_text(pilot, path)
        await pilot.press("enter")
        await settle(pilot)
        status = _shown(app, "#import-status")
        assert "keine LinkedIn-Exportdatei" in status and "nichts gespeichert" in status
        assert store.contacts.count() == 0
        await pilot.press("escape")
        await settle(pilot)
    assert app.result is None


async def test_missing_file_and_empty_path_are_explained(store, tmp_path: Path) -> None:
    app = DialogHost(ImportDialog(store, downloads=tmp_path / "leer"))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        assert "Bitte einen Pfad" in _shown(app, "#import-status")
        await enter_text(pilot, "'/gibt/es/nicht.zip'")
        await pilot.press("enter")
        await settle(pilot)
        assert "/gibt/es/nicht.zip“ wurde nicht gefunden" in _shown(app, "#import-status")
        assert app.result is UNSET  # still open
    assert store.contacts.count() == 0


async def test_another_file_after_a_failure(store, downloads: Path) -> None:
    app = DialogHost(ImportDialog(store, downloads=downloads))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("tab")
        await enter_text(pilot, "/nix.csv")
        await pilot.press("enter")
        await settle(pilot)
        assert "nicht gefunden" in _shown(app, "#import-status")
        await pilot.press("tab")  # back to the list
        await pilot.press("2")
        await settle(pilot)
        assert _shown(app, "#import-status").startswith("Neu: ")


async def test_profile_csv_fills_the_empty_name_setting_and_says_so(store, tmp_path: Path) -> None:
    folder = tmp_path / "Downloads"
    folder.mkdir()
    import zipfile

    with zipfile.ZipFile(folder / "Basic_LinkedInDataExport_11-21-2026.zip", "w") as archive:
        archive.write(DATA / "linkedin" / "Profile.csv", "Profile.csv")
    app = DialogHost(ImportDialog(store, downloads=folder))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("1")
        await settle(pilot)
        summary = _shown(app, "#import-summary-text")
        assert summary == "Hinweise:\nIhr Name „Stefan Hofmann“ aus Profile.csv steht jetzt in den Einstellungen."
    assert store.settings.load().advisor_name == "Stefan Hofmann"


async def test_an_analytics_workbook_from_downloads(store, tmp_path: Path) -> None:
    from tests.unit.analytics_books import aggregate

    folder = tmp_path / "Downloads"
    folder.mkdir()
    aggregate(folder / "Content_2025-12-01_2025-12-20_Anna Müller.xlsx")
    shutil.copy(DATA / "vcard" / "xing_30.vcf", folder / "xing.vcf")  # not offered when opened for analytics
    app = DialogHost(ImportDialog(store, downloads=folder, analytics=True))
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert "LinkedIn-Analytics einlesen" in str(app.screen.query_one(".dialog-title", Static).render())
        options = app.screen.query_one("#import-candidates", OptionList)
        assert options.option_count == 1 and "·  LinkedIn-Analytics  ·" in str(options.get_option_at_index(0).prompt)
        await pilot.press("1")
        await settle(pilot)
        assert _shown(app, "#import-status").startswith("Neu: 23 · aktualisiert: 0")
        assert "LinkedIn-Analytics (Gesamtexport, 01.12.2025–20.12.2025): Tage: 20 neu" in _shown(
            app, "#import-summary-text"
        )
    assert len(store.analytics.days()) == 20
