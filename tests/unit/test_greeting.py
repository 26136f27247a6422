"""Recipient parsing and the DIN 5008 greeting builder."""

from __future__ import annotations

import pytest

from advisor_tui.domain.messaging.greeting import Recipient, build_greeting, parse_recipient
from advisor_tui.domain.models import Contact, Salutation


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Frau Dr. Anna Müller", Recipient(Salutation.FRAU, "Dr.", "Anna", "Müller")),
        ("Herr Prof. Dr. Thomas Keller", Recipient(Salutation.HERR, "Prof. Dr.", "Thomas", "Keller")),
        ("Frau Müller", Recipient(Salutation.FRAU, "", "", "Müller")),
        ("Kim Mayer", Recipient(Salutation.NONE, "", "Kim", "Mayer")),
        ("Herr Karl von Weber", Recipient(Salutation.HERR, "", "Karl", "von Weber")),
        ("  Frau   Anna Maria Meyer-Lüdenscheidt ", Recipient(Salutation.FRAU, "", "Anna Maria", "Meyer-Lüdenscheidt")),
        ("Hr. Dr. med. Jan Horn", Recipient(Salutation.HERR, "Dr. med.", "Jan", "Horn")),
    ],
)
def test_parse_recipient(text, expected):
    assert parse_recipient(text) == expected


@pytest.mark.parametrize("text", ["", "   ", "Frau", "Frau Dr.", "Müller", "Frau 123", "Herr M@yer", "!!!"])
def test_parse_recipient_rejects_nonsense_in_german(text):
    with pytest.raises(ValueError, match="Empfänger"):
        parse_recipient(text)


@pytest.mark.parametrize(
    ("recipient", "greeting"),
    [
        (Recipient(Salutation.FRAU, "Dr.", "Anna", "Müller"), "Sehr geehrte Frau Dr. Müller,"),
        (Recipient(Salutation.HERR, "Prof. Dr.", "Thomas", "Keller"), "Sehr geehrter Herr Professor Keller,"),
        (Recipient(Salutation.FRAU, "Prof.", "Eva", "Bremer"), "Sehr geehrte Frau Professorin Bremer,"),
        (Recipient(Salutation.HERR, "Dipl.-Kfm.", "Jan", "Horn"), "Sehr geehrter Herr Horn,"),
        (Recipient(Salutation.HERR, "Dr. med.", "Jan", "Horn"), "Sehr geehrter Herr Dr. Horn,"),
        (Recipient(Salutation.NONE, "", "Kim", "Mayer"), "Guten Tag Kim Mayer,"),
        (Recipient(Salutation.FRAU, "", "Anna", ""), "Sehr geehrte Damen und Herren,"),
        (None, "Sehr geehrte Damen und Herren,"),
    ],
)
def test_build_greeting(recipient, greeting):
    assert build_greeting(recipient) == greeting


def test_recipient_from_contact():
    contact = Contact(first_name=" Anna ", last_name="Müller", salutation=Salutation.FRAU, title="Dr.")
    recipient = Recipient.from_contact(contact)
    assert recipient == Recipient(Salutation.FRAU, "Dr.", "Anna", "Müller")
    assert build_greeting(recipient) == "Sehr geehrte Frau Dr. Müller,"
    assert recipient.name_words == ("Anna", "Müller")
