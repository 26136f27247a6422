"""Sorting, filtering, the fuzzy picker, contact edits and the forget wording."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

from advisor_tui.domain.contacts.curation import (
    SORT_ORDERS,
    changed_fields,
    contact_summary,
    filter_only,
    forget_lines,
    is_empty,
    parse_labels,
    rank_choices,
    role_choices,
    sector_choices,
    sort_contacts,
)
from advisor_tui.domain.models import Contact, Segment
from advisor_tui.domain.network.vocabulary import Sector
from advisor_tui.store.contacts import ForgetSummary

ORDER = {order.label: order for order in SORT_ORDERS}


def people() -> list[Contact]:
    return [
        Contact("Anna", "Zeller", company="Bau AG", sector="F", role="kollege", id=1,
                last_contact_at=datetime(2026, 1, 1)),
        Contact("Bernd", "Adam", company="", sector="C", role="unternehmer", id=2),
        Contact("Carla", "Öz", company="Apfel GmbH", role="nachfolger", id=3, last_contact_at=datetime(2026, 5, 1)),
    ]


def test_sort_orders() -> None:
    contacts = people()
    assert [c.id for c in sort_contacts(contacts, ORDER["Name"])] == [1, 2, 3]  # as given
    assert [c.id for c in sort_contacts(contacts, ORDER["Firma"])] == [3, 1, 2]  # empty last
    assert [c.id for c in sort_contacts(contacts, ORDER["Branche"])] == [1, 2, 3]  # Bau, Industrie, none
    assert [c.id for c in sort_contacts(contacts, ORDER["Rolle"])] == [2, 3, 1]
    assert [c.id for c in sort_contacts(contacts, ORDER["Zuletzt"])] == [3, 1, 2]  # newest first


def test_filter_only_and_is_empty() -> None:
    segment = Segment(name="x", roles=("unternehmer",), text="bau")
    assert filter_only(segment) == Segment(roles=("unternehmer",))
    assert is_empty(Segment(text="  ")) and not is_empty(segment)


def test_rank_choices_prefix_inside_and_typo() -> None:
    choices = ["F  Baugewerbe", "C  Verarbeitendes Gewerbe", "I  Gastgewerbe", "L  Grundstücks- und Wohnungswesen"]
    assert rank_choices("", choices) == [0, 1, 2, 3]
    assert rank_choices("bau", choices)[0] == 0
    assert set(rank_choices("gewerbe", choices)) == {0, 1, 2}
    assert rank_choices("grundstuecks", choices) == [3]  # umlaut spelled out
    assert rank_choices("baugewerb", choices)[0] == 0
    assert 3 in rank_choices("wohnugswesen", choices)  # one letter missing
    assert rank_choices("xyzq", choices) == []


def test_role_choices_cover_every_role() -> None:
    keys = [key for _, key in role_choices()]
    assert keys[0] == "unternehmer" and len(keys) == 10


def test_parse_labels() -> None:
    assert parse_labels(" Unternehmerabend 2026, ,Golf,  golf ,Messe  München") == (
        "Unternehmerabend 2026", "Golf", "Messe München")
    assert parse_labels("") == ()


def test_changed_fields() -> None:
    before = people()[0]
    after = replace(before, title="Dr.", labels=("Golf",), notes="x")
    assert changed_fields(before, after) == {"title", "labels", "notes"}
    assert changed_fields(before, replace(before)) == set()


def test_forget_lines_name_everything() -> None:
    lines = forget_lines(ForgetSummary(name="Anna Müller", messages=3, conversations=1, requests=1, labels=2))
    assert lines == ["der Kontakt Anna Müller mit allen Feldern und Notizen", "3 Nachrichten in 1 Unterhaltung",
                     "1 Vernetzungsanfrage", "die Zuordnung zu 2 Labels"]
    assert forget_lines(ForgetSummary(name="", messages=0, conversations=0, requests=0, labels=0)) == [
        "der Kontakt (ohne Namen) mit allen Feldern und Notizen"]


def test_contact_summary() -> None:
    contact = Contact("Anna", "Müller", title="Dr.", position="CFO", company="Bau AG", role="kaufm-leitung", sector="F")
    assert contact_summary(contact) == "Dr. Anna Müller – CFO, Bau AG – Kaufmännische Leitung · Bau"


def test_sector_choices_carry_short_names_for_the_picker() -> None:
    choices = sector_choices([Sector("C", "Verarbeitendes Gewerbe"), Sector("Z1", "Pflegedienste")])
    assert choices == [("C  Industrie – Verarbeitendes Gewerbe", "C"), ("Z1  Pflegedienste", "Z1")]
    assert rank_choices("indus", [label for label, _ in choices]) == [0]

