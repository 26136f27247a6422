"""The merge view: which fields are shown, which side each takes by default, which contact stays."""

from __future__ import annotations

from datetime import date

from advisor_tui.domain.contacts.duplicates import merge_contacts
from advisor_tui.domain.contacts.merge_view import (
    BOTH,
    default_choices,
    display_value,
    keep_order,
    merge_choices,
    merge_rows,
    merged_text,
)
from advisor_tui.domain.models import Contact, Salutation

LINKEDIN = Contact("Anna", "Müller", company="Müller Bau", position="Geschäftsführerin",
                   profile_url="https://www.linkedin.com/in/anna-mueller/", id=1)
VCARD = Contact("Anna", "Mueller", Salutation.FRAU, title="Dr.", company="Müller Bau GmbH & Co. KG",
                email="anna@mueller-bau.de", notes="Messe", id=2)


def test_rows_cover_fields_either_side_fills() -> None:
    rows = {row.name: row for row in merge_rows(LINKEDIN, VCARD)}
    assert set(rows) == {"salutation", "title", "first_name", "last_name", "company", "position", "email",
                         "profile_url", "notes"}
    assert rows["first_name"].same and not rows["last_name"].same
    assert rows["last_name"].label == "Nachname"
    assert rows["profile_url"].left == "https://linkedin.com/in/anna-mueller"


def test_defaults_take_the_filled_and_the_more_complete_value() -> None:
    choices = default_choices(LINKEDIN, VCARD)
    assert choices["title"] == "other" and choices["email"] == "other"  # only the vCard has them
    assert choices["position"] == "keep" and choices["profile_url"] == "keep"  # only LinkedIn has them
    assert choices["company"] == "other"  # the full company name
    assert choices["last_name"] == "keep"  # "Müller" is better than "Mueller"
    assert default_choices(VCARD, LINKEDIN)["last_name"] == "other"


def test_notes_on_both_sides_are_both_kept() -> None:
    keep = Contact("Anna", "Müller", notes="Steuerberater kennt sie", id=1)
    assert default_choices(keep, VCARD)["notes"] == BOTH
    merged = merge_contacts(keep, VCARD, merge_choices(default_choices(keep, VCARD)))
    assert merged.notes == "Steuerberater kennt sie\n\nMesse"


def test_defaults_give_the_most_complete_contact() -> None:
    merged = merge_contacts(LINKEDIN, VCARD, merge_choices(default_choices(LINKEDIN, VCARD)))
    assert (merged.title, merged.last_name, merged.company, merged.email) == (
        "Dr.", "Müller", "Müller Bau GmbH & Co. KG", "anna@mueller-bau.de")
    assert merged.id == 1


def test_the_more_complete_contact_stays() -> None:
    assert keep_order(LINKEDIN, VCARD) == (VCARD, LINKEDIN)
    sparse = Contact("A.", "Müller", id=3)
    assert keep_order(LINKEDIN, sparse) == (LINKEDIN, sparse)


def test_display_values_are_german() -> None:
    assert display_value("follow_up_on", date(2026, 12, 1)) == "01.12.2026"
    assert display_value("role", "unternehmer") == "Unternehmer/in"
    assert display_value("sector", None) == ""


def test_merging_two_entries_of_the_same_name_says_they_are_one_now() -> None:
    assert merged_text(LINKEDIN, VCARD) == "Die beiden Einträge von Anna Müller sind jetzt einer."  # Mueller = Müller


def test_merging_entries_of_different_names_names_both_with_company_or_source() -> None:
    short = Contact("A.", "Müller", source="vcard", id=3)
    result = Contact("Anna", "Müller", company="Müller Bau", id=1)
    assert merged_text(LINKEDIN, short, result) == (
        "A. Müller (aus einer vCard) und Anna Müller (Müller Bau) sind jetzt ein Eintrag: Anna Müller.")
