"""LinkedIn's messages.csv in every layout since 2018 into one conversation per counterpart.

Which party is the advisor? Layouts before 2022 say it in a DIRECTION column. Later ones never do, so
the advisor is found as (1) the profile the caller names (setting, `--own-profile`) or Invitations.csv
reveals; (2) the name of Profile.csv; (3) the one profile URL, else the one name, common to every
conversation (when several are common, the one that is not among the advisor's connections). The 2022
layout has no recipient URLs: a message is the advisor's when its sender is the advisor. If the advisor
stays unknown, the conversations are counted as passed over and one note says how to name the profile.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime

from advisor_tui.domain.contacts.batch import ImportBatch, ImportedConversation
from advisor_tui.domain.contacts.identity import fold_name
from advisor_tui.domain.models import Contact, Direction, Message
from advisor_tui.io.csvtable import CsvKind, CsvTable
from advisor_tui.io.fields import html_to_text, profile_url, read_moment, too_long
from advisor_tui.io.linkedin_rows import REASON_EMPTY_ROW, SOURCE, held_back, person, skip

MESSAGES = CsvKind.of("messages", "messages.csv", "CONVERSATION ID", "FROM", "DATE", "CONTENT")
# 2018 `Messages.csv` and the c. 2020 upper-case variant: no conversation id, no URLs, a direction column.
MESSAGES_DIRECTED = CsvKind.of("messages", "messages.csv", "FROM", "TO", "DATE", "CONTENT", "DIRECTION")

ATTACHMENT_ONLY = "[Anhang]"
REASON_UNKNOWN_OWNER = "Eigenes Profil nicht erkennbar: Richtung der Nachrichten unklar"
NOTE_UNKNOWN_OWNER = (
    "Eigenes LinkedIn-Profil nicht erkennbar: {count} Nachrichten nicht übernommen. Bitte das eigene Profil "
    "angeben (advisor-tui import linkedin DATEI --own-profile URL) und erneut einlesen."
)
REASON_DRAFT = "Entwurf"
REASON_SPONSORED = "Gesponserte Nachricht"
REASON_SYSTEM = "Absender ohne persönliches Profil (LinkedIn-Hinweis, InMail eines Unternehmens)"
REASON_DELETED = "Nachricht eines gelöschten Kontos"
REASON_NO_TEXT = "Nachricht ohne Text (geteilter Beitrag oder Anhang)"
REASON_NO_ID = "Nachricht ohne Unterhaltungs-ID"
REASON_NOBODY = "Unterhaltung ohne erkennbares Gegenüber (gelöschtes Konto)"
_URL_SEPARATORS = re.compile(r"[,;\s]+")
_TRUE = frozenset({"yes", "true", "ja", "1"})
_DIRECTIONS = {"incoming": False, "inbox": False, "outgoing": True, "sent": True}
_COLUMNS = (
    "CONVERSATION ID", "CONVERSATION TITLE", "FROM", "SENDER PROFILE URL", "TO", "RECIPIENT PROFILE URLS", "DATE",
    "SUBJECT", "CONTENT", "FOLDER", "IS MESSAGE DRAFT", "IS CONVERSATION DRAFT", "ATTACHMENTS", "DIRECTION",
)

Person = tuple[str, str]  # (display name, normalised profile URL or '')


@dataclass(slots=True)
class _Row:
    line: int
    conversation: str
    title: str
    sender: Person
    recipients: list[Person]
    sent_at: datetime
    text: str
    outgoing: bool | None  # from a DIRECTION column; None when the layout does not say


@dataclass(slots=True)
class _Owner:
    """The advisor as the messages name them: a profile URL, a folded name, or both."""

    url: str = ""
    name: str = ""

    def __bool__(self) -> bool:
        return bool(self.url or self.name)

    def is_me(self, who: Person) -> bool:
        name, url = who
        if url and self.url:
            return url == self.url
        return bool(self.name) and fold_name(name) == self.name


def parse_messages(
    table: CsvTable, file: str, own_profile_url: str = "", connections: Sequence[Contact] = (), own_name: str = "",
) -> ImportBatch:
    """Conversations with single contacts; drafts, sponsored, system and empty messages are counted, not kept."""
    batch = ImportBatch(source=file)
    threads: dict[str, list[_Row]] = {}
    for row in _read_rows(table, file, batch):
        threads.setdefault(row.conversation, []).append(row)
    held_back(table, batch, file)
    owner = _find_owner(threads, profile_url(own_profile_url), fold_name(own_name), connections)
    batch.own_profile_url, batch.own_name = owner.url, _display_name(threads, owner)
    unknown = 0
    for key, rows in threads.items():
        if rows[0].outgoing is None and not owner:
            unknown += len(rows)
            continue
        others = _others(rows, owner)
        first_line = min(row.line for row in rows)
        if len(others) > 1:
            skip(batch, file, first_line, f"Gruppenunterhaltung mit {len(others) + 1} Personen wird nicht übernommen")
        elif not others:
            batch.ignored[REASON_NOBODY] += len(rows)
        else:
            batch.conversations.append(_conversation(key, rows, owner, others[0]))
    if unknown:
        batch.ignored[REASON_UNKNOWN_OWNER] += unknown
        batch.notes.append(NOTE_UNKNOWN_OWNER.format(count=unknown))
    batch.skipped.sort(key=lambda row: row.line)
    return batch


def _read_rows(table: CsvTable, file: str, batch: ImportBatch) -> Iterator[_Row]:
    get = table.getter(*_COLUMNS)
    has_sender_urls = "sender profile url" in table.columns
    subjects: dict[str, str] = {}
    urls: dict[str, str] = {}  # the same few profiles send most messages; normalising is the slow part
    for line, cells in table.rows():
        (conversation, title, sender, sender_url, to, to_urls, sent, subject, content, folder, draft, draft_thread,
         attachments, direction) = (value.strip() for value in get(cells))
        normalised = urls.get(sender_url)
        if normalised is None:
            normalised = urls[sender_url] = profile_url(sender_url)
        sender_url = normalised
        outgoing = _DIRECTIONS.get(direction.casefold(), _DIRECTIONS.get(folder.casefold())) if direction else None
        reason = _passed_over(cells, draft, draft_thread, folder, sender, sender_url, has_sender_urls)
        if not reason and table.kind is MESSAGES_DIRECTED:
            if outgoing is None:
                skip(batch, file, line, f"Richtung „{direction[:40]}“ unbekannt (erwartet INCOMING oder OUTGOING)")
                continue
            counterpart = fold_name(to if outgoing else sender)
            conversation = "name:" + counterpart
            reason = "" if counterpart else REASON_NOBODY
        elif not reason and not conversation:
            reason = REASON_NO_ID
        if reason:
            batch.ignored[reason] += 1
            continue
        sent_at = read_moment(sent)
        if isinstance(sent_at, str):
            skip(batch, file, line, sent_at)
            continue
        text = html_to_text(content) or (ATTACHMENT_ONLY if attachments else "")
        # An InMail repeats its subject on every message of the thread; it heads the first one only.
        if subject and subject != text and subjects.get(conversation) != subject:
            subjects[conversation] = subject
            text = f"{html_to_text(subject)}\n\n{text}".strip() if text else ""
        if not text:
            batch.ignored[REASON_NO_TEXT] += 1
            continue
        reason = too_long({"message": text, "name": sender, "conversation_title": title})
        if reason:
            skip(batch, file, line, reason)
            continue
        recipients = _recipients(to, to_urls)
        yield _Row(line, conversation, title, (sender, sender_url), recipients, sent_at, text, outgoing)


def _passed_over(cells: list[str], draft: str, draft_thread: str, folder: str, sender: str, sender_url: str,
                 has_sender_urls: bool) -> str:
    """Why a row is not a message between two people, or ''."""
    if not any(cells):
        return REASON_EMPTY_ROW
    if draft.casefold() in _TRUE or draft_thread.casefold() in _TRUE or folder.casefold() == "draft":
        return REASON_DRAFT
    if "sponsored" in folder.casefold():
        return REASON_SPONSORED
    if not sender and not sender_url:
        return REASON_DELETED
    if has_sender_urls and "/in/" not in sender_url:
        return REASON_SYSTEM
    return ""


def _recipients(names: str, urls: str) -> list[Person]:
    links = [profile_url(url) for url in _URL_SEPARATORS.split(urls) if url]
    if not links:
        return [(names, "")] if names else []
    parts = [name.strip() for name in names.split(",")] if len(links) > 1 else [names]
    if len(parts) != len(links):
        parts = [""] * len(links)
    return [(name, url) for name, url in zip(parts, links, strict=True) if url]


def _find_owner(threads: dict[str, list[_Row]], url: str, name: str, connections: Sequence[Contact]) -> _Owner:
    """The advisor, from what the caller knows and from the participant common to every conversation."""
    undirected = [rows for rows in threads.values() if rows[0].outgoing is None]
    if not undirected:
        return _Owner(url, name)
    urls = [{who[1] for who in _people(rows) if who[1]} for rows in undirected]
    names = [{fold_name(who[0]) for who in _people(rows) if who[0]} for rows in undirected]
    # A profile or name known from elsewhere that takes part in no conversation is outdated (a new
    # profile slug, a name written otherwise): the messages themselves decide then.
    if url and not any(url in found for found in urls):
        url = ""
    if name and not any(name in found for found in names):
        name = ""
    if not url and not name:
        url = _common(urls, connections)
    if not url and not name:
        name = _common(names, connections)
    senders = [row.sender for rows in undirected for row in rows]
    if not url and name:
        sent = Counter(sender_url for sender, sender_url in senders if sender_url and fold_name(sender) == name)
        url = sent.most_common(1)[0][0] if sent else ""
    if url and not name:
        named = Counter(fold_name(sender) for sender, sender_url in senders if sender and sender_url == url)
        name = named.most_common(1)[0][0] if named else ""
    return _Owner(url, name)


def _display_name(threads: dict[str, list[_Row]], owner: _Owner) -> str:
    return next((row.sender[0] for rows in threads.values() for row in rows if owner.is_me(row.sender)), "")


def _people(rows: list[_Row]) -> list[Person]:
    return [who for row in rows for who in (row.sender, *row.recipients)]


def _common(sets: list[set[str]], connections: Sequence[Contact]) -> str:
    """The one URL or folded name in every set; of several, the one that is not among the connections."""
    sets = [found for found in sets if found]
    if not sets:
        return ""
    common = set.intersection(*sets)
    if len(common) > 1:
        known = {key for contact in connections for key in (contact.profile_url, fold_name(contact.full_name))}
        common = (common - known) or common
    return common.pop() if len(common) == 1 else ""


def _others(rows: list[_Row], owner: _Owner) -> list[Person]:
    """The distinct people of a conversation besides the advisor; a name and a URL of one person count once."""
    if rows[0].outgoing is not None:  # the directed layouts group by the counterpart's name already
        row = rows[0]
        return [row.recipients[0] if row.outgoing and row.recipients else row.sender]
    by_url: dict[str, str] = {}
    by_name: dict[str, str] = {}
    for who in _people(rows):
        name, url = who
        if owner.is_me(who) or not (name or url):
            continue
        if url:
            by_url[url] = by_url.get(url) or name
        else:
            by_name.setdefault(fold_name(name), name)
    for name in by_url.values():
        by_name.pop(fold_name(name), None)
    return [(name, url) for url, name in by_url.items()] + [(name, "") for name in by_name.values()]


def _conversation(key: str, rows: list[_Row], owner: _Owner, other: Person) -> ImportedConversation:
    rows.sort(key=lambda row: row.sent_at)
    messages = [
        Message(None, Direction.OUTGOING if _outgoing(row, owner) else Direction.INCOMING, row.sent_at, row.text)
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
    return ImportedConversation(key, title, _counterpart(other), messages)


def _outgoing(row: _Row, owner: _Owner) -> bool:
    return row.outgoing if row.outgoing is not None else owner.is_me(row.sender)


def _counterpart(other: Person) -> Contact:
    name, url = other
    contact = person(name, url)
    if isinstance(contact, str):  # a nameless profile still links by URL
        return Contact(first_name="", last_name="", profile_url=url, source=SOURCE)
    return contact
