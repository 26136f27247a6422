"""Closing, content and length rules, and the checker's API contract."""

from __future__ import annotations

import dataclasses

import pytest

from advisor_tui.domain.courtesy import (
    SEVERITY_BY_CODE,
    Finding,
    Severity,
    check,
    check_rules,
)
from advisor_tui.domain.messaging.greeting import parse_recipient

HEAD = "Sehr geehrter Herr Weber,\n\n"
BODY = "vielen Dank für Ihre Nachricht. Ich melde mich morgen."


def spans(text: str, code: str, **kwargs) -> list[str]:
    return [text[f.start : f.end] for f in check_rules(text, **kwargs) if f.code == code]


@pytest.mark.parametrize(
    "closing",
    ["Mit freundlichen Grüßen", "Freundliche Grüße", "Viele Grüße", "Beste Grüße", "Herzliche Grüße",
     "Mit freundlichem Gruß", "Mit besten Grüßen", "Freundliche Grüße aus Bielefeld", "Gruß"],
)
def test_accepted_closings(closing):
    assert check_rules(f"{HEAD}{BODY}\n\n{closing}\nJonas Hoffmann") == []


def test_closing_inside_the_last_sentence_counts():
    text = f"{HEAD}{BODY} Ich freue mich auf Ihre Antwort und verbleibe mit freundlichen Grüßen\nJonas Hoffmann"
    assert check_rules(text) == []


@pytest.mark.parametrize(
    ("ending", "code", "spot"),
    [
        ("\n\nJonas Hoffmann", "closing-missing", ""),
        ("\n\nMfG\nJonas Hoffmann", "closing-abbreviated", "MfG"),
        ("\n\nMit freundlichen Grüßen,\nJonas Hoffmann", "closing-comma", ","),
        ("\n\nViele Grüße.\nJonas Hoffmann", "closing-comma", "."),
    ],
)
def test_closing_faults(ending, code, spot):
    text = HEAD + BODY + ending
    assert [f.code for f in check_rules(text)] == [code]
    assert spans(text, code) == [spot]


@pytest.mark.parametrize(
    "text",
    ["Danke!", "Ok", "okay.", "Gerne 🙂", "👍", "Super, danke!", "Alles klar.", "Vielen Dank!",
     HEAD + "Danke!\n\nViele Grüße\nJonas", HEAD + "Gern, passt.\n\nViele Grüße\nJonas"],
)
def test_canned_replies(text):
    assert [f.code for f in check_rules(text)] == ["canned-reply"]


@pytest.mark.parametrize(
    ("code", "body", "spot"),
    [
        ("apology-absence", "ich bin ja so selten hier, daher erst heute meine Antwort.", "so selten hier"),
        ("apology-absence", "sorry für die späte Antwort, die Unterlagen kommen morgen.",
         "sorry für die späte Antwort"),
        ("apology-absence", "bitte entschuldigen Sie meine verspätete Rückmeldung.",
         "entschuldigen Sie meine verspätete Rückmeldung"),
        ("apology-absence", "da ich nur selten auf LinkedIn bin, sehe ich das erst jetzt.", "nur selten auf LinkedIn"),
        ("apology-absence", "entschuldigen Sie, dass ich mich erst jetzt melde.",
         "entschuldigen Sie, dass ich mich erst jetzt"),
        ("sensitive-topic", "nach der Bundestagswahl wird es teurer.", "Bundestagswahl"),
        ("sensitive-topic", "die Pläne der SPD belasten den Mittelstand.", "SPD"),
        ("sensitive-topic", "unser Vorstand hat keine Ahnung vom Mittelstand.", "unser Vorstand hat keine Ahnung"),
        ("sensitive-topic", "der Vertriebsdruck ist enorm.", "Vertriebsdruck"),
        ("sensitive-topic", "diesen Monat muss ich noch drei Policen verkaufen.",
         "muss ich noch drei Policen verkaufen"),
    ],
)
def test_content_findings(code, body, spot):
    assert spans(f"{HEAD}{body}\n\nViele Grüße\nJonas", code) == [spot]


@pytest.mark.parametrize(
    "body",
    [
        "auf der Grünen Woche habe ich Ihren Stand besucht.",
        "Sie fragten, ob Sie das Grundstück verkaufen müssen.",
        "unser Haus bietet Förderkredite der KfW an.",
        "es ist Ihre Wahl, ob wir telefonieren oder uns treffen.",
        "ich erlebe selten so gut vorbereitete Gespräche.",
    ],
)
def test_harmless_text_is_not_sensitive_or_apologetic(body):
    assert check_rules(f"{HEAD}{body}\n\nViele Grüße\nJonas") == []


@pytest.mark.parametrize(
    ("channel", "premium", "length", "limit"),
    [
        ("linkedin-note", False, 200, None),
        ("linkedin-note", False, 201, 200),
        ("linkedin-note", True, 300, None),
        ("linkedin-note", True, 301, 300),
        ("linkedin-inmail", False, 2001, 2000),
        ("linkedin-post", False, 3001, 3000),
        ("xing-message", False, 20000, None),
    ],
)
def test_length_limit(channel, premium, length, limit):
    text = (HEAD + "x" * length)[:length] + "\n\n"  # trailing whitespace is not counted
    found = [(f.start, f.end) for f in check_rules(text, channel=channel, premium=premium) if f.code == "length-limit"]
    assert found == ([] if limit is None else [(limit, length)])


def test_unknown_channel_is_a_value_error():
    with pytest.raises(ValueError, match="Unbekannter Kanal"):
        check_rules("Hallo", channel="fax")


def test_finding_is_frozen_and_serialisable():
    finding = check_rules("Danke!")[0]
    assert isinstance(finding, Finding)
    with pytest.raises(dataclasses.FrozenInstanceError):
        finding.code = "x"  # type: ignore[misc]
    assert finding.as_dict() == {"code": "canned-reply", "severity": "error", "message": finding.message,
                                 "start": 0, "end": 6, "suggestion": None}


def test_every_code_has_a_valid_severity():
    assert set(SEVERITY_BY_CODE.values()) <= set(Severity)
    assert {s.value for s in Severity} == {"error", "warning", "hint"}


def test_findings_come_in_text_order_and_messages_are_german():
    text = "Hey Anna,\n\nsorry für die späte Antwort, hast du Zeit?\n\nMit freundlichen Grüßen,\nJonas"
    findings = check(text, recipient=parse_recipient("Frau Anna Müller"), spelling=False)
    assert [f.start for f in findings] == sorted(f.start for f in findings)
    assert all(any(word in f.message for word in ("Sie", "die", "der", "ist", "steht")) for f in findings)


def test_hallo_anna_hast_du_zeit_lights_up_the_right_places():
    text = "Hallo Anna, hast du Zeit?"
    found = [(f.code, text[f.start : f.end]) for f in check(text, recipient=parse_recipient("Frau Anna Müller"))]
    assert found == [("greeting-informal", "Hallo Anna"), ("du-form", "hast"), ("du-form", "du"),
                     ("closing-missing", "")]
