"""LinkedIn's messages.csv into one conversation per counterpart, with the direction of each message.

Which party is the advisor? The export never says. The advisor is the one profile that takes part in
every conversation, so: (1) a URL the caller knows (settings) or that Invitations.csv reveals wins;
(2) else the single profile common to all conversations; (3) if several are common (one conversation
only, or every conversation with the same person), the one that is not among the advisor's own
connections. If it stays ambiguous, the conversations are skipped with a reason rather than guessed.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime

from advisor_tui.domain.batch import ImportBatch, ImportedConversation
from advisor_tui.domain.models import Contact, Direction, Message
from advisor_tui.io.csvtable import CsvKind, CsvTable
from advisor_tui.io.fields import html_to_text, parse_utc, profile_url, too_long
from advisor_tui.io.linkedin_rows import SOURCE, person, skip

MESSAGES = CsvKind.of("messages", "messages.csv", "CONVERSATION ID", "FROM", "DATE", "CONTENT")

ATTACHMENT_ONLY = "[Anhang]"
REASON_UNKNOWN_OWNER = "Eigenes Profil nicht erkennbar: Richtung der Nachrichten unklar"
_URL_SEPARATORS = re.compile(r"[,;\s]+")
_TRUE = frozenset({"yes", "true", "ja", "1"})


@dataclass(slots=True)
class _Row:
    line: int
    conversation: str
    title: str
    sender: str
    sender_url: str
    recipients: list[tuple[str, str]]
    sent_at: datetime
    text: str


def parse_messages(
    table: CsvTable, file: str, own_profile_url: str = "", connections: frozenset[str] = frozenset()
) -> ImportBatch:
    """Conversations with single contacts; sponsored, system and draft messages are passed over."""
    batch = ImportBatch(source=file)
    threads: dict[str, list[_Row]] = {}
    for row in _read_rows(table, file, batch):
        threads.setdefault(row.conversation, []).append(row)
    participants = {key: _participants(rows) for key, rows in threads.items()}
    own = profile_url(own_profile_url) or _common_profile(list(participants.values()), connections)
    batch.own_profile_url = own
    for key, rows in threads.items():
        others = participants[key] - {own}
        first_line = min(row.line for row in rows)
        if not own or own not in participants[key]:
            skip(batch, file, first_line, REASON_UNKNOWN_OWNER)
        elif len(others) > 1:
            skip(batch, file, first_line, f"Gruppenunterhaltung mit {len(others) + 1} Personen wird nicht übernommen")
        elif others:
            batch.conversations.append(_conversation(key, rows, own, others.pop()))
    batch.skipped.sort(key=lambda row: row.line)
    return batch


def _read_rows(table: CsvTable, file: str, batch: ImportBatch) -> Iterator[_Row]:
    get = table.getter(
        "CONVERSATION ID",
        "CONVERSATION TITLE",
        "FROM",
        "SENDER PROFILE URL",
        "TO",
        "RECIPIENT PROFILE URLS",
        "DATE",
        "SUBJECT",
        "CONTENT",
        "FOLDER",
        "IS MESSAGE DRAFT",
        "ATTACHMENTS",
    )
    for line, cells in table.rows():
        conversation, title, sender, sender_url, to, to_urls, sent, subject, content, folder, draft, attachments = (
            value.strip() for value in get(cells)
        )
        sender_url = profile_url(sender_url)
        # Sponsored InMail and system notices come without a personal sender profile (/in/…).
        if (
            not conversation
            or draft.casefold() in _TRUE
            or "sponsored" in folder.casefold()
            or "/in/" not in sender_url
        ):
            batch.ignored += 1
            continue
        sent_at = parse_utc(sent)
        if sent_at is None:
            skip(batch, file, line, f"Zeitpunkt „{sent[:40]}“ nicht lesbar")
            continue
        text = html_to_text(content) or (ATTACHMENT_ONLY if attachments else "")
        if subject and subject != text:
            text = f"{html_to_text(subject)}\n\n{text}".strip()
        if not text:
            batch.ignored += 1
            continue
        reason = too_long({"message": text, "name": sender, "conversation_title": title})
        if reason:
            skip(batch, file, line, reason)
            continue
        yield _Row(line, conversation, title, sender, sender_url, _recipients(to, to_urls), sent_at, text)


def _recipients(names: str, urls: str) -> list[tuple[str, str]]:
    links = [profile_url(url) for url in _URL_SEPARATORS.split(urls) if url]
    parts = [name.strip() for name in names.split(",")] if len(links) > 1 else [names]
    if len(parts) != len(links):
        parts = [""] * len(links)
    return [(name, url) for name, url in zip(parts, links, strict=True) if url]


def _participants(rows: list[_Row]) -> set[str]:
    found = {row.sender_url for row in rows}
    for row in rows:
        found.update(url for _, url in row.recipients)
    return found


def _common_profile(participants: list[set[str]], connections: frozenset[str]) -> str:
    if not participants:
        return ""
    common = set.intersection(*participants)
    if len(common) > 1:
        common = (common - connections) or common
    return common.pop() if len(common) == 1 else ""


def _conversation(key: str, rows: list[_Row], own: str, other: str) -> ImportedConversation:
    rows.sort(key=lambda row: row.sent_at)
    messages = [
        Message(None, Direction.OUTGOING if row.sender_url == own else Direction.INCOMING, row.sent_at, row.text)
        for row in rows
    ]
    answered = False
    for message in reversed(messages):
        # An incoming message counts as answered once any later message of the advisor exists.
        if message.direction is Direction.OUTGOING:
            answered = True
        else:
            message.answered = answered
    title = next((row.title for row in rows if row.title), "")
    return ImportedConversation(key, title, _counterpart(rows, other), messages)


def _counterpart(rows: list[_Row], url: str) -> Contact:
    names = [row.sender for row in rows if row.sender_url == url]
    names += [name for row in rows for name, link in row.recipients if link == url]
    contact = person(next((name for name in names if name), ""), url)
    if isinstance(contact, str):  # a nameless profile still links by URL
        return Contact(first_name="", last_name="", profile_url=url, source=SOURCE)
    return contact
