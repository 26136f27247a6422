"""Greeting rules: which salutations pass, which fail, where, and what is suggested."""

from __future__ import annotations

import pytest

from advisor_tui.domain.courtesy import check_rules
from advisor_tui.domain.messaging.greeting import parse_recipient

END = "\n\nvielen Dank für Ihre Nachricht. Ich melde mich morgen.\n\nMit freundlichen Grüßen\nJonas Hoffmann"


def codes(text: str, to: str | None = None, channel: str = "linkedin-message") -> list[str]:
    recipient = parse_recipient(to) if to else None
    return [f.code for f in check_rules(text, recipient=recipient, channel=channel)]


@pytest.mark.parametrize(
    ("greeting", "to"),
    [
        ("Sehr geehrte Frau Dr. Müller,", "Frau Dr. Anna Müller"),
        ("Sehr geehrter Herr Professor Keller,", "Herr Prof. Dr. Thomas Keller"),
        ("Guten Tag Herr Weber,", "Herr Klaus Weber"),
        ("Guten Tag, Herr Weber,", "Herr Klaus Weber"),
        ("Guten Tag Kim Mayer,", "Kim Mayer"),
        ("Guten Tag, Kim Mayer,", "Kim Mayer"),
        ("Sehr geehrte Damen und Herren,", None),
        ("Liebe Frau Wagner,", "Frau Julia Wagner"),
        ("Lieber Herr von Weber,", "Herr Karl von Weber"),
        ("Hallo Frau Müller,", "Frau Anna Müller"),
        ("Sehr geehrte Frau Meyer-Lüdenscheidt,", "Frau Karin Meyer-Lüdenscheidt"),
        ("Sehr geehrter Herr Mueller,", "Herr Jan Müller"),
    ],
)
def test_correct_greetings_pass(greeting, to):
    assert codes(greeting + END, to) == []


@pytest.mark.parametrize(
    ("greeting", "to", "expected"),
    [
        ("Sehr geehrter Frau Müller,", None, ["greeting-agreement"]),
        ("Sehr geehrte Herr Weber,", None, ["greeting-agreement"]),
        ("Lieber Frau Wagner,", None, ["greeting-agreement"]),
        ("Liebe Herr Weber,", None, ["greeting-agreement"]),
        ("Sehr geehrter Damen und Herren,", None, ["greeting-agreement"]),
        ("Sehr geehrt Damen und Herren,", None, ["greeting-agreement"]),
        ("Sehr geehrte Frau Schmidt,", "Frau Anna Müller", ["greeting-name"]),
        ("Sehr geehrter Herr Müller,", "Frau Anna Müller", ["greeting-name"]),
        ("Sehr geehrte Damen und Herren,", "Frau Anna Müller", ["greeting-name"]),
        ("Hallo Anna,", "Frau Anna Müller", ["greeting-informal"]),
        ("Hallo Anna,", None, ["greeting-informal"]),
        ("Hi Herr Weber,", "Herr Klaus Weber", ["greeting-casual"]),
        ("Hey Herr Weber,", "Herr Klaus Weber", ["greeting-informal"]),
        ("Hallo Jana Brandt,", None, ["greeting-casual"]),
        ("Hallo,", None, ["greeting-casual"]),
        ("Hi,", None, ["greeting-casual"]),
        ("Hallo Jana,", None, ["greeting-informal"]),
        ("Hey,", None, ["greeting-informal"]),
        ("Moin,", None, ["greeting-informal"]),
        ("Servus Thomas,", None, ["greeting-informal"]),
        ("Liebe Anna,", None, ["greeting-informal"]),
        ("Guten Tag Anna,", None, ["greeting-informal"]),
        ("Sehr geehrte Frau Müller", None, ["greeting-comma"]),
        ("Sehr geehrter Herr Weber!", None, ["greeting-comma"]),
        ("Sehr geehrte Frau Müller,", "Frau Dr. Anna Müller", ["greeting-title"]),
        ("Sehr geehrter Herr Prof. Dr. Keller,", "Herr Prof. Dr. Thomas Keller", ["greeting-title"]),
        ("Vielen Dank für die Vernetzung.", None, ["greeting-missing"]),
    ],
)
def test_faulty_greetings(greeting, to, expected):
    assert codes(greeting + END, to) == expected


def test_posts_need_no_greeting_or_closing():
    assert codes("Fünf Fragen zur Nachfolge, die mir Unternehmer oft stellen.", channel="linkedin-post") == []


def test_agreement_points_at_the_adjective_and_suggests_the_fix():
    text = "Sehr geehrter Frau Müller," + END
    (finding,) = check_rules(text)
    assert (text[finding.start : finding.end], finding.suggestion, finding.severity) == ("geehrter", "geehrte", "error")


def test_wrong_person_suggests_the_recipients_greeting():
    text = "Sehr geehrter Herr Weber," + END
    (finding,) = check_rules(text, recipient=parse_recipient("Frau Dr. Anna Müller"))
    assert finding.code == "greeting-name"
    assert text[finding.start : finding.end] == "Sehr geehrter Herr Weber"
    assert finding.suggestion == "Sehr geehrte Frau Dr. Müller"
    assert "Frau Dr. Müller" in finding.message


def test_missing_comma_is_an_insertion_after_the_name():
    text = "Sehr geehrte Frau Müller\n\nvielen Dank."
    finding = next(f for f in check_rules(text) if f.code == "greeting-comma")
    assert (finding.start, finding.end, finding.suggestion, finding.severity) == (24, 24, ",", "hint")


def test_missing_greeting_suggests_one_for_the_recipient():
    finding = next(f for f in check_rules("  vielen Dank." + END, recipient=parse_recipient("Kim Mayer"))
                   if f.code == "greeting-missing")
    assert (finding.start, finding.end, finding.suggestion) == (2, 2, "Guten Tag Kim Mayer,\n")
