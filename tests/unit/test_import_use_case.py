"""The import use case shared by `advisor-tui import` and the import dialog: settings in, profile remembered."""

from __future__ import annotations

from pathlib import Path

from advisor_tui.domain.contacts.identity import normalize_profile_url
from advisor_tui.domain.models import Settings
from advisor_tui.usecases.importing import read_contacts_file, write_contacts

DATA = Path(__file__).resolve().parents[1] / "data" / "linkedin"
HOFMANN = "https://www.linkedin.com/in/stefan-hofmann-sparkasse"


def test_a_single_conversation_takes_the_advisor_from_the_settings(store) -> None:
    alone = read_contacts_file(DATA / "messages_plain.csv", "linkedin", Settings())
    assert alone.conversations == [] and alone.notes

    settings = store.settings.load()
    settings.own_profile_url = HOFMANN
    store.settings.save(settings)
    batch = read_contacts_file(DATA / "messages_plain.csv", "linkedin", store.settings.load())
    assert len(batch.conversations) == 1 and not batch.notes
    assert write_contacts(store, batch).added >= 1
    assert len(store.activity.conversations()) == 1


def test_a_profile_named_once_is_remembered_for_the_next_file(store) -> None:
    batch = read_contacts_file(DATA / "messages_plain.csv", "linkedin", Settings(), own_profile_url=HOFMANN)
    write_contacts(store, batch)
    assert store.settings.load().own_profile_url == normalize_profile_url(HOFMANN)


def profile_zip(tmp_path: Path) -> Path:
    import zipfile

    path = tmp_path / "Basic_LinkedInDataExport_11-21-2026.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("Profile.csv", (DATA / "Profile.csv").read_bytes())
        archive.writestr("Connections.csv", (DATA / "Connections.csv").read_bytes())
    return path


def test_the_name_in_profile_csv_fills_an_empty_name_setting(store, tmp_path: Path) -> None:
    result = write_contacts(store, read_contacts_file(profile_zip(tmp_path), "linkedin", store.settings.load()))
    assert store.settings.load().advisor_name == "Stefan Hofmann"
    assert "Ihr Name „Stefan Hofmann“ aus Profile.csv steht jetzt in den Einstellungen." in result.notes
    assert result.added > 0


def test_profile_csv_alone_is_an_import_of_the_name(store) -> None:
    batch = read_contacts_file(DATA / "Profile.csv", "linkedin", store.settings.load())
    assert batch.contacts == [] and batch.profile_name == "Stefan Hofmann"
    write_contacts(store, batch)
    assert store.settings.load().advisor_name == "Stefan Hofmann"


def test_a_name_the_advisor_set_is_never_overwritten(store, tmp_path: Path) -> None:
    settings = store.settings.load()
    settings.advisor_name = "Dr. Stefan Hofmann"
    store.settings.save(settings)
    result = write_contacts(store, read_contacts_file(profile_zip(tmp_path), "linkedin", store.settings.load()))
    assert store.settings.load().advisor_name == "Dr. Stefan Hofmann"
    assert not any("Profile.csv" in note for note in result.notes)
