"""Du-forms and lowercase polite pronouns: found where they are, silent on correct German."""

from __future__ import annotations

import pytest

from advisor_tui.domain.courtesy import check_rules

HEAD = "Sehr geehrte Frau Müller,\n\n"
TAIL = "\n\nMit freundlichen Grüßen\nJonas Hoffmann"


def flagged(body: str, code: str) -> list[tuple[str, str | None]]:
    text = HEAD + body + TAIL
    return [(text[f.start : f.end], f.suggestion) for f in check_rules(text) if f.code == code]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("hast du Zeit?", [("hast", "haben"), ("du", "Sie")]),
        ("kannst du mir die Bilanz schicken?", [("kannst", "können"), ("du", "Sie")]),
        ("danke für deine Nachricht.", [("deine", "Ihre")]),
        ("ich freue mich, dich kennenzulernen.", [("dich", "Sie")]),
        ("Meld dich einfach.", [("Meld", None), ("dich", "Sie")]),
        ("Schreib mir, wann es passt.", [("Schreib", None)]),
        ("Habt ihr Zeit?", [("Habt", "Haben"), ("ihr", "Sie")]),
        ("ich danke Dir und Deinem Team.", [("Dir", "Ihnen"), ("Deinem", "Ihrem")]),
        ("Bist du dabei?", [("Bist", "Sind"), ("du", "Sie")]),
        ("Lass uns telefonieren.", [("Lass", None)]),
    ],
)
def test_du_forms_are_found_with_sie_suggestions(body, expected):
    assert flagged(body, "du-form") == expected


@pytest.mark.parametrize(
    "body",
    [
        "ich habe selbst erlebt, wie fast jeder Betrieb zuerst die Kosten prüft.",
        "unser Dienst ist kostenlos; sonst wäre das kein Angebot. Meist reicht ein Test.",
        "die Kunst liegt im Detail, und die Angst vor Verlust ist verständlich.",
        "in aller Hast habe ich die Unterlagen erst heute gesehen.",
        "Ihr Beitrag hat mich sehr angesprochen. Ihr Team ist beeindruckend.",
        "Frau Berger hat ihr Team verstärkt. Sie ist ab Montag zurück.",
        "Melde mich morgen mit den Zahlen.",
        "der DU-Bericht liegt vor.",
    ],
)
def test_correct_german_is_not_taken_for_du_form(body):
    assert flagged(body, "du-form") == []


@pytest.mark.parametrize(
    ("body", "word"),
    [
        ("haben sie nächste Woche Zeit?", "sie"),
        ("Haben sie nächste Woche Zeit?", "sie"),
        ("ich danke ihnen für das Gespräch.", "ihnen"),
        ("wie besprochen sende ich ihnen die Unterlagen.", "ihnen"),
        ("vielen Dank für ihre Nachricht.", "ihre"),
        ("ich habe ihr Profil gelesen.", "ihr"),
        ("Melden sie sich gern.", "sie"),
        ("ich freue mich, von ihnen zu hören.", "ihnen"),
        ("wenn sie Interesse haben, rufen Sie mich an.", "sie"),
        ("ich würde mich freuen, sie kennenzulernen.", "sie"),
        ("wie geht es ihnen?", "ihnen"),
        ("gern melde ich mich bei ihnen.", "ihnen"),
    ],
)
def test_lowercase_polite_forms_are_found(body, word):
    assert flagged(body, "sie-lowercase") == [(word, word.capitalize())]


@pytest.mark.parametrize(
    "body",
    [
        "die Zahlen liegen vor. Sie zeigen, dass sich die Investition gelohnt hat, und sie zeigen auch Risiken.",
        "viele Unternehmer sagen mir, dass sie zu wenig Zeit für die Nachfolge haben.",
        "viele Kunden haben ihre Lagerbestände erhöht; wir haben ihnen Kreditlinien angeboten.",
        "die Jahresabschlüsse sind da. Ich werde sie bis Mittwoch prüfen.",
        "meine Kollegin hat ihr Team verstärkt.",
        "Haben Sie Zeit? Ich danke Ihnen.",
        "sie ist ab Montag wieder im Haus.",
    ],
)
def test_third_person_sie_is_not_flagged(body):
    assert flagged(body, "sie-lowercase") == []
