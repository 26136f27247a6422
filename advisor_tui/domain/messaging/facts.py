"""What a message may say about a contact besides the name: since when connected, the last topic, the role.

Each fact is optional; every phrase built here is correct German with or without its fact, so a template
never says "vor einigen Wochen vernetzt" about a connection from 2019 or leaves a gap in a sentence.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime

from advisor_tui.domain.messaging.salutation_hint import SalutationHint, suggest_salutation
from advisor_tui.domain.models import Contact, Conversation, Direction, MessageKind

MONTHS = ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
          "November", "Dezember")
TOPIC_WORDS = 8  # the first words of a message that stand for its topic
_GREETING_LINE = re.compile(
    # up to its comma or the end of its line ("Hallo Herr Hofmann, schicken Sie …" keeps "schicken Sie …")
    r"^\s*(?:hallo|hi|hey|guten\s+(?:tag|morgen|abend)|sehr\s+geehrte[rs]?|liebe[rs]?|moin|servus|grüß)\b"
    r"[^\n,]{0,60}(?:,[ \t]*\n?|\n)",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"(?<=[.!?])\s")
_PLAIN_POSITION = re.compile(r"^[^|•·,;/()@#]{2,40}$")


@dataclass(frozen=True, slots=True)
class Incoming:
    """The last message the contact wrote: when, on which channel, the text and its conversation's title."""

    sent_at: datetime
    channel: str
    text: str
    conversation_title: str = ""


@dataclass(frozen=True, slots=True)
class Correspondence:
    """What the conversations with a contact tell a new message: the message to answer, a salutation to suggest."""

    incoming: Incoming | None = None
    hint: SalutationHint | None = None


def correspondence(contact: Contact, conversations: Iterable[Conversation]) -> Correspondence:
    """The last real message the contact wrote (not sponsored, not a system notice) and a salutation hint."""
    conversations = list(conversations)
    latest: Incoming | None = None
    for conversation in conversations:
        for message in conversation.messages:
            if message.direction is Direction.INCOMING and message.kind is MessageKind.MESSAGE \
                    and message.text.strip() and (latest is None or message.sent_at >= latest.sent_at):
                latest = Incoming(message.sent_at, message.channel, message.text, conversation.title)
    return Correspondence(latest, suggest_salutation(contact, [m for c in conversations for m in c.messages]))


@dataclass(frozen=True, slots=True)
class ContactFacts:
    """The facts a template is filled from; `today` dates the connection."""

    today: date
    company: str = ""
    position: str = ""
    connected_on: date | None = None
    incoming: Incoming | None = None


def german_day(day: date, today: date) -> str:
    """"12. November", with the year when it is not this one ("12. November 2024")."""
    return f"{day.day}. {MONTHS[day.month - 1]}" + (f" {day.year}" if day.year != today.year else "")


def connected_sentence(connected_on: date | None, today: date) -> str:
    """The opening sentence about the connection, lowercase for right after the salutation's comma."""
    if connected_on is None or connected_on > today:
        return "gern knüpfe ich an unseren Kontakt an."
    days = (today - connected_on).days
    if days < 14:
        return "vor wenigen Tagen haben wir uns hier vernetzt."
    if days < 60:
        return "vor einigen Wochen haben wir uns hier vernetzt."
    if days < 365:
        return "vor einigen Monaten haben wir uns hier vernetzt."
    return f"seit {connected_on.year} sind wir hier vernetzt."


def without_greeting(text: str) -> str:
    """The message without its salutation line ("Sehr geehrte Frau Hoffmann,"), where it has one."""
    return _GREETING_LINE.sub("", text.lstrip(), count=1)


def first_words(text: str, count: int = TOPIC_WORDS) -> str:
    """The start of a message without its salutation line: its first sentence, at most `count` words."""
    body = without_greeting(text)
    sentence = _SENTENCE_END.split(" ".join(body.split()), maxsplit=1)[0] if body.strip() else ""
    words = sentence.split()
    return " ".join(words[:count]) + (" …" if len(words) > count else "")


def topic_of(incoming: Incoming | None, contact_name: str = "") -> str:
    """The last topic: the conversation's title when it names one (not just the person), else the first words."""
    if incoming is None:
        return ""
    title = " ".join(incoming.conversation_title.split())
    if title and title.casefold() != contact_name.strip().casefold():
        return title
    return first_words(incoming.text)


def reference_phrase(facts: ContactFacts, contact_name: str = "") -> str:
    """What follows "Ihre Nachricht": " vom 12. November zum Thema „…“", or nothing when nothing came in."""
    incoming = facts.incoming
    if incoming is None:
        return ""
    phrase = f" vom {german_day(incoming.sent_at.date(), facts.today)}"
    title = " ".join(incoming.conversation_title.split())
    topic = topic_of(incoming, contact_name)
    if topic and topic == title:
        return f"{phrase} zum Thema „{topic}“"
    return f"{phrase} („{topic}“)" if topic else phrase


def role_phrase(position: str) -> str:
    """" als Geschäftsführerin" for a short, plain position; nothing for a headline full of separators."""
    position = " ".join(position.split())
    return f" als {position}" if _PLAIN_POSITION.match(position) else ""
