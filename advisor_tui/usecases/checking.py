"""Check a message as the advisor would see it in Nachricht: their settings and their known words count."""

from __future__ import annotations

from dataclasses import dataclass, field

from advisor_tui.domain.courtesy import Finding, check
from advisor_tui.domain.courtesy.live import LiveCheck
from advisor_tui.domain.messaging.greeting import Recipient
from advisor_tui.domain.models import Settings
from advisor_tui.store.store import Store


@dataclass(frozen=True, slots=True)
class CheckContext:
    """What the checker needs from the store: the premium limit, the sender's name, the known words."""

    settings: Settings = field(default_factory=Settings)
    known_words: frozenset[str] = frozenset()


def check_context(store: Store | None) -> CheckContext:
    """Read the settings and known words (own dictionary, contact and company names); defaults without a store."""
    if store is None:
        return CheckContext()
    return CheckContext(store.settings.load(), store.words.known_words())


def check_message(text: str, context: CheckContext, *, recipient: Recipient | None, channel: str,
                  live: LiveCheck | None = None) -> list[Finding]:
    """Every finding for the text in text order (ValueError for an unknown channel); `live`: while typing."""
    settings = context.settings
    return check(text, recipient=recipient, channel=channel, premium=settings.linkedin_premium,
                 sender_name=settings.advisor_name, known_words=context.known_words, live=live)
