"""Templates filled from facts: since when connected, the last topic, the role; correct German without them."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from advisor_tui.domain.courtesy import Severity, check
from advisor_tui.domain.messaging.facts import (
    ContactFacts,
    Correspondence,
    Incoming,
    first_words,
    reference_phrase,
    topic_of,
)
from advisor_tui.domain.messaging.greeting import parse_recipient
from advisor_tui.domain.messaging.templates import TEMPLATE_BY_KEY, outdated_body, render_template
from advisor_tui.domain.models import Contact, Conversation, Direction, Message, MessageKind
from advisor_tui.usecases import messaging

TODAY = date(2026, 11, 20)
ANNA = parse_recipient("Frau Anna Müller")
QUESTION = Incoming(
    datetime(2026, 11, 12, 8, 41, tzinfo=UTC), "linkedin-message",
    "Guten Tag Herr Hofmann,\r\nkönnen wir über die Finanzierung der neuen Halle in Kreuztal sprechen? "
    "Wir planen den Bau im Frühjahr.\r\n\r\nViele Grüße\r\nAnna Müller",
)


def fill(key: str, facts: ContactFacts) -> str:
    text = render_template(TEMPLATE_BY_KEY[key], ANNA, facts, "Stefan Hofmann")
    findings = check(text, recipient=ANNA, channel="linkedin-message", sender_name="Stefan Hofmann")
    assert [f.code for f in findings if f.severity is not Severity.HINT] == []
    return text


@pytest.mark.parametrize(
    ("connected_on", "sentence"),
    [
        (date(2019, 3, 4), "seit 2019 sind wir hier vernetzt."),
        (date(2026, 10, 14), "vor einigen Wochen haben wir uns hier vernetzt."),
        (date(2026, 11, 17), "vor wenigen Tagen haben wir uns hier vernetzt."),
        (date(2026, 2, 1), "vor einigen Monaten haben wir uns hier vernetzt."),
        (None, "gern knüpfe ich an unseren Kontakt an."),
    ],
    ids=["2019", "last-month", "this-week", "this-year", "unknown"],
)
def test_follow_up_says_since_when_only_what_is_true(connected_on: date | None, sentence: str) -> None:
    text = fill("nachfassen", ContactFacts(TODAY, "Müller Metallbau GmbH", connected_on=connected_on))
    assert text.startswith(f"Sehr geehrte Frau Müller,\n\n{sentence} ")
    assert "vor einigen Wochen" not in text or connected_on == date(2026, 10, 14)


def test_follow_up_names_a_short_position_and_leaves_out_a_headline() -> None:
    short = fill("nachfassen", ContactFacts(TODAY, "Müller Metallbau GmbH", "Geschäftsführerin"))
    assert "für Sie als Geschäftsführerin bei Müller Metallbau GmbH ein Thema" in short
    headline = fill("nachfassen", ContactFacts(TODAY, "", "CFO | Nachfolge & Finanzen | Familienunternehmen"))
    assert "für Sie bei Ihrem Unternehmen ein Thema" in headline and "CFO" not in headline


def test_answer_refers_to_the_message_answered() -> None:
    by_words = fill("antwort", ContactFacts(TODAY, "Müller Metallbau GmbH", incoming=QUESTION))
    assert ("vielen Dank für Ihre Nachricht vom 12. November („können wir über die Finanzierung der neuen Halle "
            "…“).") in by_words
    titled = Incoming(QUESTION.sent_at.replace(year=2025), "linkedin-message", "…", "Nachfolge bei Müller Metallbau")
    by_title = fill("antwort", ContactFacts(TODAY, incoming=titled))
    assert "Ihre Nachricht vom 12. November 2025 zum Thema „Nachfolge bei Müller Metallbau“." in by_title
    nothing = fill("antwort", ContactFacts(TODAY))
    assert "vielen Dank für Ihre Nachricht. Gern" in nothing


def test_the_topic_skips_the_greeting_and_a_title_that_is_only_the_name() -> None:
    assert first_words("Hallo Stefan,\nkurze Frage. Zweiter Satz.") == "kurze Frage."
    assert first_words("Hallo Herr Hofmann, schicken Sie mir bitte die Checkliste?") \
        == "schicken Sie mir bitte die Checkliste?"
    assert first_words("Guten Morgen Herr Hofmann\r\npasst Ihnen Donnerstag?") == "passt Ihnen Donnerstag?"
    assert first_words("Sehr geehrter Herr Hofmann,\n\nwir suchen einen Partner für die Nachfolge unseres Betriebs") \
        == "wir suchen einen Partner für die Nachfolge unseres …"
    named = Incoming(QUESTION.sent_at, "linkedin-message", "Danke für die Vernetzung!", "Anna Müller")
    assert topic_of(named, "Anna Müller") == "Danke für die Vernetzung!"
    assert reference_phrase(ContactFacts(TODAY), "Anna Müller") == ""


def test_an_untouched_former_wording_is_replaced_and_an_edited_one_kept(store) -> None:
    former = ("{anrede}\n\nvor einigen Wochen haben wir uns hier vernetzt. Viele Unternehmerinnen und Unternehmer "
              "beschäftigen derzeit Fragen zur Nachfolgeplanung und zur Finanzierung von Investitionen. "
              "Wenn das auch bei {firma} ein Thema ist, tausche ich mich gern in einem kurzen Telefonat mit Ihnen aus."
              "\n\nMit freundlichen Grüßen\n{signatur}")
    assert outdated_body("nachfassen", former) and not outdated_body("nachfassen", former + " ")
    from sqlalchemy import update

    from advisor_tui.store.drafting import TemplateRepository
    from advisor_tui.store.tables import TEMPLATE

    store.templates.list()
    with store.engine.begin() as conn:
        conn.execute(update(TEMPLATE).where(TEMPLATE.c.key == "nachfassen").values(body=former))
        conn.execute(update(TEMPLATE).where(TEMPLATE.c.key == "antwort").values(body="Mein eigener Text {anrede}"))
    fresh = TemplateRepository(store.engine)
    assert fresh.get("nachfassen") == TEMPLATE_BY_KEY["nachfassen"]
    assert fresh.get("antwort").body == "Mein eigener Text {anrede}"


def test_opening_a_contact_brings_the_last_message_they_wrote(store) -> None:
    contact_id = store.contacts.add(Contact("Anna", "Müller", company="Müller Metallbau GmbH"))
    at = datetime(2026, 11, 12, 8, 41, tzinfo=UTC)
    store.activity.add_conversation(Conversation(contact_id, "Halle Kreuztal", messages=[
        Message(contact_id, Direction.INCOMING, at, "Können wir über die Halle sprechen?"),
        Message(contact_id, Direction.OUTGOING, at.replace(hour=9), "Gern, Herr Hofmann hier."),
        Message(contact_id, Direction.INCOMING, at.replace(day=13), "Sponsored", kind=MessageKind.SPONSORED),
    ]))
    opened = messaging.open_for_contact(store, contact_id)
    assert opened is not None and opened.seen.incoming is not None
    incoming = opened.seen.incoming
    assert incoming.text == "Können wir über die Halle sprechen?"
    assert incoming.conversation_title == "Halle Kreuztal" and incoming.sent_at.date() == at.date()
    assert opened.seen.hint is not None and opened.seen.hint.label == "Frau"  # from her first name
    other = store.contacts.add(Contact("Kim", "Mayer"))
    assert messaging.open_for_contact(store, other).seen == Correspondence()


def test_a_long_message_is_cut_at_a_word_and_a_short_one_kept() -> None:
    from advisor_tui.ui.widgets.incoming import SHORT_CHARS, shortened

    long_text = "Guten Tag Herr Hofmann,\n\n" + "wir erweitern unsere Fertigung in Siegen deutlich. " * 8
    cut, was_cut = shortened(long_text)
    assert was_cut and cut.endswith(" …") and len(cut) <= SHORT_CHARS + 2 and "\n" not in cut
    assert shortened("Kurze Frage?\r\nDanke") == ("Kurze Frage? Danke", False)
