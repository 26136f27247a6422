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
