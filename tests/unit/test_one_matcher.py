"""One matcher: for any search text and filter, the rows the Kontakte table lists are the rows exported."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from advisor_tui.domain.contacts.search import ContactIndex
from advisor_tui.domain.models import Segment
from advisor_tui.io.export_formats import exportable
from advisor_tui.usecases.contact_selection import ContactSelection
from advisor_tui.usecases.exporting import segment_contacts

WORDS = ("Müller", "Müler", "Mueller", "Schmidt", "Bau", "GmbH", "Geschäftsführer", "Steuer", "Hoffmann", "Anna",
         "Thomas", "Söhne", "Logistik", "Praxis", "xyz", "a", "Weber", "Nachfolger")
ROLES = ("unternehmer", "nachfolger", "kaufm-leitung", "umfeld", "multiplikator", "privat")
SECTORS = ("C", "F", "G", "H", "K", "M", "Q")


def typo(word: str, at: int) -> str:
    """The word with one letter left out, as a hurried advisor types it."""
    at %= len(word)
    return word[:at] + word[at + 1:]


queries = st.one_of(
    st.sampled_from(WORDS),
    st.builds(typo, st.sampled_from(WORDS), st.integers(0, 20)),
    st.lists(st.sampled_from(WORDS), min_size=1, max_size=3).map(" ".join),
    st.text(max_size=8),
)


def screen_rows(store, selection: ContactSelection) -> list[int]:
    """What the Kontakte screen lists, as it computes it (index over every contact, blocked ones too)."""
    contacts = {c.id: c for c in store.contacts.list()}
    selection.index = ContactIndex(contacts.values())
    selection.select(contacts)
    return [c.id for c in exportable(selection.contacts(contacts))]


def exported_rows(store, segment: Segment) -> list[int]:
    """What `export contacts --segment` writes for the same segment saved in the store."""
    store.settings.save_segment(segment)
    saved = store.settings.segment(segment.name)
    return [c.id for c in exportable(segment_contacts(store, saved))]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(query=queries, roles=st.sets(st.sampled_from(ROLES)), sectors=st.sets(st.sampled_from(SECTORS)))
def test_rows_on_screen_are_the_rows_exported(demo_store, query, roles, sectors) -> None:
    selection = ContactSelection()
    selection.query = query
    selection.set_filter(Segment(roles=tuple(sorted(roles)), sectors=tuple(sorted(sectors))))
    shown = screen_rows(demo_store, selection)
    assert exported_rows(demo_store, selection.segment("Probe")) == shown


@pytest.mark.parametrize("query", ["Müler", "Müller", "mueller"])
def test_a_typo_finds_the_same_people_on_screen_and_in_the_export(demo_store, query) -> None:
    selection = ContactSelection()
    selection.query = query
    shown = screen_rows(demo_store, selection)
    names = {c.id: c.full_name for c in demo_store.contacts.list()}
    assert len(shown) >= 3 and all("Müller" in names[i] for i in shown)  # only Müllers, no look-alikes (issue 16)
    assert exported_rows(demo_store, Segment(name="Müller", text=query)) == shown


def test_the_command_line_exports_a_saved_search_as_the_table_shows_it(demo_store, capsys) -> None:
    import csv
    import io

    from advisor_tui.cli import main

    selection = ContactSelection()
    selection.query = "Müler"
    shown = {c.id: c for c in demo_store.contacts.list()}
    wanted = [(shown[i].first_name, shown[i].last_name) for i in screen_rows(demo_store, selection)]
    demo_store.settings.save_segment(Segment(name="Müller", text="Müler"))
    assert main(["export", "contacts", "--db", str(demo_store.path), "--segment", "Müller"]) == 0
    rows = list(csv.reader(io.StringIO(capsys.readouterr().out)))[1:]
    assert [(row[0], row[1]) for row in rows] == wanted and len(wanted) >= 3
