"""Default templates: placeholders filled, note limit kept, and every one passes the checker cleanly."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from advisor_tui.domain.channels import channel_limit
from advisor_tui.domain.courtesy import Severity, check
from advisor_tui.domain.messaging.facts import ContactFacts, Incoming
from advisor_tui.domain.messaging.greeting import Recipient, parse_recipient
from advisor_tui.domain.messaging.templates import (
    DEFAULT_TEMPLATES,
    TEMPLATE_BY_KEY,
    Template,
    render_template,
)
from advisor_tui.domain.models import Salutation

TODAY = date(2026, 11, 20)
WEBER = ContactFacts(TODAY, company="Weber Maschinenbau GmbH")
FULL = ContactFacts(TODAY, "Weber Maschinenbau GmbH", "Geschäftsführer", date(2019, 5, 7), Incoming(
    datetime(2026, 11, 3, 14, 5), "linkedin-message", "Guten Tag,\nwir prüfen gerade die Finanzierung unserer Halle.",
    "Finanzierung Halle 3"))

RECIPIENTS = [
    parse_recipient("Frau Dr. Anna Müller"),
    parse_recipient("Herr Prof. Dr. Thomas Keller"),
    parse_recipient("Kim Mayer"),
    Recipient(Salutation.HERR, "", "Maximilian", "Schulze-Wellinghausen"),
]


def test_the_default_templates_exist():
    assert set(TEMPLATE_BY_KEY) == {"vernetzung", "antwort", "nachfassen", "absage", "ablehnung", "dank-vernetzung"}
    assert [t.key for t in DEFAULT_TEMPLATES if t.blocks_contact] == ["ablehnung"]
    assert TEMPLATE_BY_KEY["vernetzung"].channel == "linkedin-note"
    assert "kein" in TEMPLATE_BY_KEY["absage"].body and "Bedarf" in TEMPLATE_BY_KEY["absage"].body


@pytest.mark.parametrize("facts", [WEBER, FULL, ContactFacts(TODAY)], ids=["company", "all-facts", "no-facts"])
@pytest.mark.parametrize("template", DEFAULT_TEMPLATES, ids=lambda t: t.key)
@pytest.mark.parametrize("recipient", RECIPIENTS, ids=lambda r: r.last_name)
def test_rendered_template_has_no_error_or_warning(template, recipient, facts):
    text = render_template(template, recipient, facts, "Jonas Hoffmann")
    findings = check(text, recipient=recipient, channel=template.channel, sender_name="Jonas Hoffmann")
    assert [f for f in findings if f.severity is not Severity.HINT] == []
    assert "{" not in text


@pytest.mark.parametrize("recipient", RECIPIENTS, ids=lambda r: r.last_name)
def test_connection_note_fits_the_free_limit(recipient):
    text = render_template(TEMPLATE_BY_KEY["vernetzung"], recipient, ContactFacts(TODAY), "Jonas Hoffmann")
    assert len(text) <= channel_limit("linkedin-note")


def test_render_fills_every_placeholder_and_keeps_other_braces():
    template = Template("t", "Test", "linkedin-message", "{anrede} {vorname} {nachname} {firma} {signatur} {x}")
    text = render_template(template, parse_recipient("Frau Dr. Anna Müller"), ContactFacts(TODAY, "ACME AG"), " Jonas ")
    assert text == "Sehr geehrte Frau Dr. Müller, Anna Müller ACME AG Jonas {x}"


def test_render_without_recipient_or_company():
    text = render_template(TEMPLATE_BY_KEY["nachfassen"], None, ContactFacts(TODAY), "Jonas Hoffmann")
    assert text.startswith("Sehr geehrte Damen und Herren,")
    assert "Ihrem Unternehmen" in text


def test_one_channel_label_names_message_channels_and_post_platforms() -> None:
    from advisor_tui.domain.channels import channel_label
    from advisor_tui.domain.messaging.drafting import channel_label as drafting_label
    from advisor_tui.io.plan_export import channel_label as export_label

    assert drafting_label is channel_label is export_label
    assert channel_label("linkedin") == "LinkedIn" and channel_label("xing-message") == "XING-Nachricht"
    assert channel_label("fax") == "fax"
