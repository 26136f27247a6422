"""Writing an import batch: one transaction, bulk statements, hand-edited fields left alone."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from operator import attrgetter, itemgetter
from typing import Any

from sqlalchemy import Connection, insert, select

from advisor_tui.bulk import collector_paused
from advisor_tui.domain.contacts.batch import ImportBatch, SkippedRow
from advisor_tui.domain.contacts.identity import fold_name, identity_key, name_key
from advisor_tui.domain.contacts.import_text import summary_lines as summary_lines  # where callers know it from
from advisor_tui.domain.models import Contact, MessageKind, Salutation
from advisor_tui.store.activity import (
    CONVERSATION,
    MESSAGE,
    REQUEST,
    accept_requests_of_connections,
    conversation_values,
    message_values,
    refresh_derived,
    request_values,
)
from advisor_tui.store.contact_columns import TIMESTAMPS, column_list, new_row_defaults
from advisor_tui.store.contacts import CONTACT_LABEL, LABEL
from advisor_tui.store.matching import COMPANY, FIRST, IMPORTED_FIELDS, LAST, Ambiguous, ContactMatcher
from advisor_tui.store.post_history import ActivityCounts, write_own_activity
from advisor_tui.store.rawsql import db_date, db_datetime
from advisor_tui.store.timeconv import utc_now
from advisor_tui.store.unit import Bind, writing

Progress = Callable[[float], None]
# Stored contacts by identity: id, identity, manual_fields, then the IMPORTED_FIELDS values.
StoredRows = Mapping[str, Sequence[Any]]
# What a new contact row gets from the batch, in this order; every other column gets the table's default.
_NEW_COLUMNS = ("identity", *IMPORTED_FIELDS, "source")
_NEW_DEFAULTS = new_row_defaults(_NEW_COLUMNS)
# The stored contact as the writer compares it: id, identity, hand-set fields, then IMPORTED_FIELDS.
_EXISTING_SELECT = f"SELECT {column_list(('id', 'identity', 'manual_fields', *IMPORTED_FIELDS))} FROM contact"
_UPDATE = f"UPDATE contact SET {', '.join(f'{name} = ?' for name in _NEW_COLUMNS[:-1])}, updated_at = ? WHERE id = ?"
_file_fields = attrgetter(*IMPORTED_FIELDS, "source")
_URL = IMPORTED_FIELDS.index("profile_url")
_SALUTATION = IMPORTED_FIELDS.index("salutation")
_CONNECTED_ON = IMPORTED_FIELDS.index("connected_on")
_SALUTATION_TEXT = {salutation: salutation.value for salutation in Salutation}
# Only text made of these characters is ever written into a statement; everything else is bound.
_PLAIN_LITERAL = re.compile(r"[0-9A-Za-z .:_-]*")

MESSAGE_COLUMNS = tuple(column.name for column in MESSAGE.columns if not column.primary_key)
CONVERSATION_COLUMNS = tuple(column.name for column in CONVERSATION.columns if not column.primary_key)
_MESSAGE_INSERT = (f"INSERT OR IGNORE INTO message ({', '.join(MESSAGE_COLUMNS)})"
                   f" VALUES ({', '.join('?' * len(MESSAGE_COLUMNS))})")
_CONVERSATION_INSERT = (f"INSERT INTO conversation ({', '.join(CONVERSATION_COLUMNS)})"
                        f" VALUES ({', '.join('?' * len(CONVERSATION_COLUMNS))})")


def _sql_literal(value: object) -> str | None:
    """`value` as an SQL literal when it is plainly safe to write one, else None (it must be bound)."""
    if value is None:
        return "NULL"
    if isinstance(value, bool | int):
        return str(int(value))
    if isinstance(value, str) and _PLAIN_LITERAL.fullmatch(value):
        return f"'{value}'"
    return None


class _Records(dict):
    """Stored-form field values per identity; a later record fills what an earlier one left empty.

    Importers hand over normalised profile URLs (io.fields.profile_url), so the URL is the identity as it is.
    A record is *strong* when it comes from a list of contacts (Connections.csv, a vCard): its values may
    replace stored ones. Counterparts of messages and invitations are *weak*: their names are split from a
    display name, so they only fill what is empty and never rename a contact.
    """

    def __init__(self, stored: StoredRows, contacts: Sequence[Contact] = ()) -> None:
        super().__init__()
        self._contacts = contacts
        self._namesakes: Counter[str] = Counter()
        self.labels: dict[str, set[str]] = {}
        # Field positions per identity whose value came from a weak record only (strong-only records: none).
        self.weak: dict[str, set[int]] = {}
        self.notes: list[str] = []
        self.moved: dict[str, int] = {}  # old identity -> id of a stored contact re-keyed by this import
        self._stored = stored
        self._matcher: ContactMatcher | None = None
        # A record with a URL can only turn out to be a contact without one: most imports have none at all.
        self._without_url = sum(1 for row in stored.values() if not row[3 + _URL])

    def add(self, contact: Contact, *, strong: bool = True) -> str:
        """Take in one contact; returns the identity it was filed under."""
        values = list(_file_fields(contact))
        identity = identity_key(contact, normalized_url=values[_URL])
        values[_SALUTATION] = _SALUTATION_TEXT[values[_SALUTATION]]
        values[_CONNECTED_ON] = db_date(values[_CONNECTED_ON])
        if identity not in self and identity not in self._stored and (self._without_url or not values[_URL]):
            identity = self._match(identity, values)
        known = self.get(identity)
        if known is None:
            self[identity] = values
            self._without_url += not values[_URL]
            if not strong:
                self.weak[identity] = {index for index, value in enumerate(values) if value}
            if self._matcher is not None:
                self._matcher.add(identity, values)
        else:
            weak = self.weak.get(identity, set())
            for index, value in enumerate(values):
                if value and (not known[index] or (strong and index in weak)):
                    known[index] = value
                    if strong:
                        weak.discard(index)
                    else:
                        weak.add(index)
            if weak:
                self.weak[identity] = weak
        if contact.labels:
            self.labels.setdefault(identity, set()).update(contact.labels)
        return identity

    def _match(self, identity: str, values: list) -> str:
        if self._matcher is None:
            # Built on the first record that needs it: most imports (every row with a URL) never do.
            self._namesakes.update(fold_name(f"{c.first_name} {c.last_name}") for c in self._contacts
                                   if not c.profile_url)
            self._matcher = ContactMatcher()
            for key, row in self._stored.items():
                self._matcher.add(key, list(row[3:]))
            for key, known in self.items():
                self._matcher.add(key, known)
        found = self._matcher.find(values, self._namesakes[fold_name(f"{values[FIRST]} {values[LAST]}")])
        if isinstance(found, Ambiguous):
            if found not in self.notes:
                self.notes.append(found)
            return identity
        return found or identity


@dataclass(slots=True)
class ImportResult:
    """What an import changed, in the shape of `import … --json`."""

    added: int = 0
    updated: int = 0
    unchanged: int = 0
    skipped: list[SkippedRow] = field(default_factory=list)
    ignored: Counter[str] = field(default_factory=Counter)
    warnings: list[SkippedRow] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    own: ActivityCounts = field(default_factory=ActivityCounts)

    def as_json(self) -> dict:
        """The documented JSON object, plus `ignored` (passed over, by reason), `warnings`, `notes` and the
        own activity (`posts_added`, `posts_matched`, `posts_unchanged`, `comments_added`, `reactions_added`)."""
        return {
            "added": self.added,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "skipped": [{"line": row.line, "reason": self._reason(row)} for row in self.skipped],
            "ignored": [{"reason": reason, "count": count} for reason, count in sorted(self.ignored.items())],
            "warnings": [{"line": row.line, "reason": self._reason(row)} for row in self.warnings],
            "notes": list(self.notes),
            **asdict(self.own),
        }

    @staticmethod
    def _reason(row: SkippedRow) -> str:
        return f"{row.file}: {row.reason}" if row.file else row.reason


def _identity_of(values: list) -> str:
    """The identity of stored values: the profile URL, else name and company."""
    url = values[_URL]
    return "url:" + url if url else "name:" + name_key(values[FIRST], values[LAST], values[COMPANY])


class BatchWriter:
    """Applies an ImportBatch to the store, all or nothing."""

    def __init__(self, bind: Bind) -> None:
        self._bind = bind

    def apply(self, batch: ImportBatch, progress: Progress | None = None) -> ImportResult:
        """Write the batch in one transaction and report what changed."""
        with collector_paused():
            return self._apply(batch, progress or (lambda _share: None))

    def _apply(self, batch: ImportBatch, report: Progress) -> ImportResult:
        result = ImportResult(skipped=list(batch.skipped), ignored=Counter(batch.ignored),
                              warnings=list(batch.warnings), notes=list(batch.notes))
        # The write lock first: contacts read below stay true until the commit (a second import waits).
        with writing(self._bind) as conn:
            existing = {row[1]: row for row in conn.exec_driver_sql(_EXISTING_SELECT)}
            records = _Records(existing, batch.contacts)
            for contact in batch.contacts:
                records.add(contact)
            conversation_people = [records.add(c.counterpart, strong=False) for c in batch.conversations]
            request_people = [records.add(r.counterpart, strong=False) for r in batch.requests]
            result.notes.extend(records.notes)
            self._write_contacts(conn, existing, records, result)
            report(0.6)
            if records.labels or conversation_people or request_people:
                ids = self._ids(conn, records)
                self._write_labels(conn, records.labels, ids)
                self._write_conversations(conn, batch, [ids[i] for i in conversation_people], result)
                report(0.8)
                self._write_requests(conn, batch, [ids[i] for i in request_people], result)
                refresh_derived(conn)
            accept_requests_of_connections(conn)
            result.own = write_own_activity(conn, batch)
        report(1.0)
        return result

    def _write_contacts(self, conn: Connection, existing: StoredRows, records: _Records, result: ImportResult) -> None:
        inserts, updates = [], []
        now = db_datetime(utc_now())
        taken = {*existing, *records}  # a contact is never re-keyed onto a key in use or about to be
        for identity, values in records.items():
            row = existing.get(identity)
            if row is None:
                inserts.append((identity, *values))
                continue
            manual = set(filter(None, row[2].split(",")))
            current = list(row[3:])
            weak = records.weak.get(identity, ())
            changed = False
            for index, name in enumerate(IMPORTED_FIELDS):
                value = values[index]
                if (name not in manual and value not in ("", None) and value != current[index]
                        and (index not in weak or current[index] in ("", None))):
                    current[index] = value
                    changed = True
            if changed:
                rekeyed = _identity_of(current)
                if rekeyed != identity and rekeyed not in taken:
                    taken.add(rekeyed)
                    records.moved[identity] = row[0]
                    identity = rekeyed
                updates.append((identity, *current, now, row[0]))
            else:
                result.unchanged += 1
        if inserts:
            self._insert_contacts(conn, inserts, now)
        if updates:
            conn.exec_driver_sql(_UPDATE, updates)
        result.added += len(inserts)
        result.updated += len(updates)

    @staticmethod
    def _insert_contacts(conn: Connection, rows: list[tuple], now: str) -> None:
        """One bulk INSERT; a column with the same plain value in every row is written once, not bound per row."""
        slots, bound = [], []
        for index, column in enumerate(zip(*rows, strict=True)):
            first = column[0]
            literal = _sql_literal(first) if column.count(first) == len(column) else None
            slots.append(literal or "?")
            if literal is None:
                bound.append(index)
        values = map(itemgetter(*bound), rows) if len(bound) > 1 else ((row[bound[0]],) for row in rows)
        defaults = {name: now if name in TIMESTAMPS else value for name, value in _NEW_DEFAULTS.items()}
        for name, value in defaults.items():
            literal = _sql_literal(value)
            if literal is None:
                raise ValueError(f"the default of contact.{name} cannot be written as a literal: {value!r}")
            slots.append(literal)
        conn.exec_driver_sql(
            f"INSERT INTO contact ({column_list((*_NEW_COLUMNS, *defaults))}) VALUES ({', '.join(slots)})",
            list(values),
        )

    @staticmethod
    def _ids(conn: Connection, records: _Records) -> dict[str, int]:
        # A contact re-keyed on update (it gained a URL or a company) is found by its id under its old key.
        rows = conn.exec_driver_sql("SELECT id, identity FROM contact")
        ids = {identity: contact_id for contact_id, identity in rows}
        ids.update(records.moved)
        return {identity: ids[identity] for identity in records}

    @staticmethod
    def _write_labels(conn: Connection, labels: dict[str, set[str]], ids: dict[str, int]) -> None:
        names = sorted({name for owned in labels.values() for name in owned})
        if not names:
            return
        conn.execute(insert(LABEL).prefix_with("OR IGNORE"), [{"name": name} for name in names])
        label_ids = dict(conn.execute(select(LABEL.c.name, LABEL.c.id).where(LABEL.c.name.in_(names))).all())
        links = [
            {"contact_id": ids[identity], "label_id": label_ids[name]}
            for identity, owned in labels.items()
            for name in owned
        ]
        conn.execute(insert(CONTACT_LABEL).prefix_with("OR IGNORE"), links)

    @staticmethod
    def _write_conversations(
        conn: Connection, batch: ImportBatch, contact_ids: list[int], result: ImportResult,
    ) -> None:
        # Driver-level statements: one core insert per conversation cost about 0.5 ms, 2.5 s for 5,000.
        known: dict[str, int] = dict(conn.exec_driver_sql("SELECT external_id, id FROM conversation").fetchall())
        rows = []
        for conversation, contact_id in zip(batch.conversations, contact_ids, strict=True):
            conversation_id = known.get(conversation.external_id) if conversation.external_id else None
            if conversation_id is None:
                conversation_id = conn.exec_driver_sql(
                    _CONVERSATION_INSERT, tuple(conversation_values(conversation, contact_id)[name]
                                                for name in CONVERSATION_COLUMNS),
                ).lastrowid
                known[conversation.external_id] = conversation_id
            for message in conversation.messages:
                message.contact_id = contact_id if message.kind is MessageKind.MESSAGE else None
                values = message_values(message, conversation_id)
                values["sent_at"] = db_datetime(message.sent_at)
                rows.append(tuple(values[name] for name in MESSAGE_COLUMNS))
        if rows:
            added = conn.exec_driver_sql(_MESSAGE_INSERT, rows).rowcount
            result.added += added
            result.unchanged += len(rows) - added

    @staticmethod
    def _write_requests(conn: Connection, batch: ImportBatch, contact_ids: list[int], result: ImportResult) -> None:
        rows = [request_values(item.request, contact_id)
                for item, contact_id in zip(batch.requests, contact_ids, strict=True)]
        if rows:
            added = conn.execute(insert(REQUEST).prefix_with("OR IGNORE"), rows).rowcount
            result.added += added
            result.unchanged += len(rows) - added
