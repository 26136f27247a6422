"""The channel's character limit (LinkedIn note: 200, or 300 with Premium)."""

from __future__ import annotations

from collections.abc import Iterator

from advisor_tui.domain.channels import CHANNEL_BY_KEY, channel_limit
from advisor_tui.domain.courtesy.document import Document
from advisor_tui.domain.courtesy.findings import Finding, finding


def length_findings(doc: Document) -> Iterator[Finding]:
    """A text longer than its channel allows; trailing whitespace is not sent and not counted."""
    limit = channel_limit(doc.context.channel, premium=doc.context.premium)
    length = len(doc.text.rstrip())
    if limit is None or length <= limit:
        return
    label = CHANNEL_BY_KEY[doc.context.channel].label
    message = f"Der Text hat {length} Zeichen; {label} erlaubt höchstens {limit}. Kürzen Sie um {length - limit}."
    yield finding("length-limit", message, limit, length, None)
