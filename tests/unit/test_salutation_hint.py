"""Frau/Herr suggestions for contacts without a salutation: from the conversations, job titles, first names."""

from __future__ import annotations

from datetime import datetime

import pytest

from advisor_tui.domain.messaging.salutation_hint import first_name_salutation, suggest_salutation
from advisor_tui.domain.models import Contact, Direction, Message, Salutation

AT = datetime(2026, 11, 12, 9, 30)


def out(text: str) -> Message:
    return Message(1, Direction.OUTGOING, AT, text)


def came_in(text: str) -> Message:
    return Message(1, Direction.INCOMING, AT, text)


@pytest.mark.parametrize(
    ("first", "expected"),
    [("Anna", Salutation.FRAU), ("Thomas", Salutation.HERR), ("Hans-Peter", Salutation.HERR),
     ("Anna-Lena", Salutation.FRAU), ("Jürgen", Salutation.HERR), ("Maria", Salutation.FRAU),
     ("Jan Maria", Salutation.HERR), ("Kim", Salutation.NONE), ("Andrea", Salutation.NONE),
     ("Jo", Salutation.NONE), ("Sascha", Salutation.NONE), ("Xaver-Quirin", Salutation.NONE), ("", Salutation.NONE)],
)
def test_first_names(first: str, expected: Salutation) -> None:
    assert first_name_salutation(first) == expected


def test_the_advisors_own_words_win_over_the_first_name() -> None:
    contact = Contact("Kim", "Weber", company="Weber Metallbau GmbH")
    hint = suggest_salutation(contact, [out("Sehr geehrter Herr Weber,\n\nvielen Dank für das Gespräch.")])
    assert hint is not None and hint.salutation is Salutation.HERR
    assert hint.reason == "„Herr Weber“ im Verlauf (12.11.2026)"
    titled = suggest_salutation(Contact("Andrea", "Müller"), [out("Guten Tag Frau Dr. Müller, anbei die Unterlagen.")])
    assert titled is not None and titled.salutation is Salutation.FRAU


def test_the_contacts_own_greeting_of_the_advisor_is_no_evidence() -> None:
    # Anna Hofmann writes to Stefan Hofmann: "Herr Hofmann" is the advisor, not her.
    hint = suggest_salutation(Contact("Anna", "Hofmann"), [came_in("Sehr geehrter Herr Hofmann,\n\ndanke!")])
    assert hint is not None and hint.salutation is Salutation.FRAU and hint.reason == "Vorname „Anna“"


def test_conflicting_evidence_gives_no_suggestion() -> None:
    both = [out("Sehr geehrte Frau Müller,"), out("Bitte grüßen Sie Herrn Müller von mir.")]
    assert suggest_salutation(Contact("Kim", "Müller"), both) is None
    assert suggest_salutation(Contact("Thomas", "Keller", position="Geschäftsführerin")) is None


def test_a_female_job_title_or_signature_and_a_signed_first_name() -> None:
    by_position = suggest_salutation(Contact("Kim", "Mayer", position="Geschäftsführende Gesellschafterin"))
    assert by_position is not None and by_position.salutation is Salutation.FRAU
    signed = came_in("Guten Tag Herr Hofmann,\n\ngern nächste Woche.\n\nBeste Grüße\nKim Mayer\nProkuristin")
    assert suggest_salutation(Contact("Kim", "Mayer"), [signed]).salutation is Salutation.FRAU
    initial = came_in("Hallo Herr Hofmann,\n\nanbei die Zahlen.\n\nViele Grüße\nJürgen Schulte")
    hint = suggest_salutation(Contact("J.", "Schulte"), [initial])
    assert hint is not None and hint.salutation is Salutation.HERR and hint.reason == "Vorname „Jürgen“"


def test_nothing_is_suggested_when_known_or_unclear() -> None:
    assert suggest_salutation(Contact("Anna", "Müller", Salutation.FRAU)) is None
    assert suggest_salutation(Contact("Kim", "Mayer", position="Geschäftsführer")) is None
    assert suggest_salutation(Contact("Jo", "Berger"), [came_in("Servus!\nJo")]) is None
