"""Drafting a message: the draft itself, applying suggestions, the length counter, template keys."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING

from advisor_tui.domain.channels import CHANNELS
from advisor_tui.domain.channels import channel_label as channel_label  # where the screens know it from
from advisor_tui.domain.network.lexicon import fold
from advisor_tui.domain.numbers import german_number

if TYPE_CHECKING:  # the checker itself is only loaded where messages are checked
    from advisor_tui.domain.courtesy import Finding

# Channels one writes a message to (posts are planned in Redaktionsplan, not drafted here).
MESSAGE_CHANNELS: tuple[str, ...] = tuple(c.key for c in CHANNELS if not c.key.endswith("-post"))


@dataclass(frozen=True, slots=True)
class Draft:
    """The text being written to one contact (or to nobody yet), on a channel, from a template."""

    contact_id: int | None
    text: str = ""
    channel: str = "linkedin-message"
    template_key: str = ""
    updated_at: datetime | None = None


def carry_over(findings: Iterable[Finding], old_text: str, new_text: str) -> list[Finding]:
    """Findings of an older text that still mark the same characters in the new one (until a recheck)."""
    return [f for f in findings
            if f.end <= len(new_text) and new_text[f.start : f.end] == old_text[f.start : f.end]]


def merge_findings(rules: Sequence[Finding], spelling: Sequence[Finding]) -> list[Finding]:
    """Rule and spelling findings together in text order."""
    return sorted([*rules, *spelling], key=lambda f: (f.start, f.end, f.code))


def counter_text(length: int, limit: int | None) -> str:
    """"123 / 200 Zeichen", or just the count on a channel without a limit."""
    count = german_number(length)
    if limit is None:
        return f"{count} Zeichen"
    over = length - limit
    text = f"{count} / {german_number(limit)} Zeichen"
    return text + (f" – {german_number(over)} zu viel" if over > 0 else "")


def next_channel(channel: str, step: int = 1) -> str:
    """The message channel after (or before) this one, round the list."""
    index = MESSAGE_CHANNELS.index(channel) if channel in MESSAGE_CHANNELS else -1
    return MESSAGE_CHANNELS[(index + step) % len(MESSAGE_CHANNELS)]


def new_template_key(name: str, existing: Iterable[str]) -> str:
    """A stable key for a template the advisor adds: its name folded to ASCII words, made unique."""
    base = re.sub(r"[^a-z0-9]+", "-", fold(name).replace("ß", "ss")).strip("-") or "vorlage"
    taken = set(existing)
    key, number = base, 2
    while key in taken:
        key, number = f"{base}-{number}", number + 1
    return key


def signature_for(channel: str, signature: str, advisor_name: str) -> str:
    """The signature a template gets: just the name in a connection note (every character counts there)."""
    if channel == "linkedin-note" or not signature.strip():
        return advisor_name
    return signature


def line_and_column(text: str, offset: int) -> tuple[int, int]:
    """The 1-based line and column of a character offset."""
    before = text[:offset]
    return before.count("\n") + 1, offset - (before.rfind("\n") + 1) + 1
