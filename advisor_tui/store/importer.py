"""Writing an import batch: one transaction, bulk statements, hand-edited fields left alone."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from operator import attrgetter, itemgetter

from sqlalchemy import Engine, insert, select

from advisor_tui.bulk import collector_paused
from advisor_tui.domain.batch import ImportBatch, SkippedRow
from advisor_tui.domain.identity import identity_key
from advisor_tui.domain.models import Contact, MessageKind, Salutation
from advisor_tui.domain.numbers import german_number
from advisor_tui.store.activity import CONVERSATION, MESSAGE, REQUEST, message_values, refresh_derived
from advisor_tui.store.contacts import CONTACT_LABEL, LABEL
from advisor_tui.store.database import write_transaction
from advisor_tui.store.rawsql import db_date, db_datetime
from advisor_tui.store.timeconv import to_store, utc_now

# Fields an import may fill or refresh; role and sector come from the advisor, never from a file.
IMPORTED_FIELDS = (
    "first_name", "last_name", "salutation", "title", "company", "position", "email", "profile_url",
    "connected_on", "notes",
)
Progress = Callable[[float], None]
# What a new contact row gets from the batch, in this order; every other column starts empty.
_NEW_COLUMNS = ("identity", *IMPORTED_FIELDS, "source")
_NEW_DEFAULTS = "sector, role, follow_up_on, blocked, last_contact_at, manual_fields, created_at, updated_at"
_file_fields = attrgetter(*IMPORTED_FIELDS, "source")
_URL = IMPORTED_FIELDS.index("profile_url")
_SALUTATION = IMPORTED_FIELDS.index("salutation")
_CONNECTED_ON = IMPORTED_FIELDS.index("connected_on")
_SALUTATION_TEXT = {salutation: salutation.value for salutation in Salutation}
# Only text made of these characters is ever written into a statement; everything else is bound.
_PLAIN_LITERAL = re.compile(r"[0-9A-Za-z .:_-]*")


def _sql_literal(value: object) -> str | None:
    """`value` as an SQL literal when it is plainly safe to write one, else None (it must be bound)."""
    if value is None:
        return "NULL"
    if isinstance(value, str) and _PLAIN_LITERAL.fullmatch(value):
        return f"'{value}'"
    return None


class _Records(dict):
    """Stored-form field values per identity; a later record fills what an earlier one left empty.

    Importers hand over normalised profile URLs (io.fields.profile_url), so the URL is the identity as it is.
    """

    def __init__(self) -> None:
        super().__init__()
        self.labels: dict[str, set[str]] = {}

    def add(self, contact: Contact) -> str:
        """Take in one contact; returns its identity."""
        values = list(_file_fields(contact))
        identity = identity_key(contact, normalized_url=values[_URL])
        values[_SALUTATION] = _SALUTATION_TEXT[values[_SALUTATION]]
        values[_CONNECTED_ON] = db_date(values[_CONNECTED_ON])
        known = self.get(identity)
        if known is None:
            self[identity] = values
        else:
            for index, value in enumerate(values):
                if value and not known[index]:
                    known[index] = value
        if contact.labels:
            self.labels.setdefault(identity, set()).update(contact.labels)
        return identity


@dataclass(slots=True)
class ImportResult:
    """What an import changed, in the shape of `import … --json`."""

    added: int = 0
    updated: int = 0
    unchanged: int = 0
    skipped: list[SkippedRow] = field(default_factory=list)

    def as_json(self) -> dict:
        """The documented JSON object."""
        return {
            "added": self.added,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "skipped": [{"line": row.line, "reason": self._reason(row)} for row in self.skipped],
        }

    @staticmethod
    def _reason(row: SkippedRow) -> str:
        return f"{row.file}: {row.reason}" if row.file else row.reason


def summary_lines(report: dict) -> list[str]:
    """The German summary of an `import --json` object: the counts, then each skipped line and its reason."""
    added, updated, unchanged, skipped = (
        german_number(number) for number in (report["added"], report["updated"], report["unchanged"],
                                             len(report["skipped"]))
    )
    head = f"Neu: {added} · aktualisiert: {updated} · unverändert: {unchanged} · übersprungen: {skipped}"
    return [head, *(f"Zeile {row['line']}: {row['reason']}" if row["line"] else row["reason"]
                    for row in report["skipped"])]


class BatchWriter:
    """Applies an ImportBatch to the store, all or nothing."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def apply(self, batch: ImportBatch, progress: Progress | None = None) -> ImportResult:
        """Write the batch in one transaction and report what changed."""
        with collector_paused():
            return self._apply(batch, progress or (lambda _share: None))

    def _apply(self, batch: ImportBatch, report: Progress) -> ImportResult:
        result = ImportResult(skipped=list(batch.skipped))
        records = _Records()
        for contact in batch.contacts:
            records.add(contact)
        conversation_people = [records.add(c.counterpart) for c in batch.conversations]
        request_people = [records.add(r.counterpart) for r in batch.requests]
        # The write lock first: contacts read below stay true until the commit (a second import waits).
        with write_transaction(self._engine) as conn:
            self._write_contacts(conn, records, result)
            report(0.6)
            if records.labels or conversation_people or request_people:
                ids = self._ids(conn, records)
                self._write_labels(conn, records.labels, ids)
                self._write_conversations(conn, batch, [ids[i] for i in conversation_people], result)
                report(0.8)
                self._write_requests(conn, batch, [ids[i] for i in request_people], result)
                refresh_derived(conn)
        report(1.0)
        return result

    def _write_contacts(self, conn, records: _Records, result: ImportResult) -> None:
        columns = ("id", "identity", "manual_fields", *IMPORTED_FIELDS)
        existing = {row[1]: row for row in conn.exec_driver_sql(f"SELECT {', '.join(columns)} FROM contact")}
        inserts, updates = [], []
        now = db_datetime(utc_now())
        for identity, values in records.items():
            row = existing.get(identity)
            if row is None:
                inserts.append((identity, *values))
                continue
            manual = set(filter(None, row[2].split(",")))
            current = list(row[3:])
            changed = False
            for index, name in enumerate(IMPORTED_FIELDS):
                value = values[index]
                if name not in manual and value not in ("", None) and value != current[index]:
                    current[index] = value
                    changed = True
            if changed:
                updates.append((*current, now, row[0]))
            else:
                result.unchanged += 1
        if inserts:
            self._insert_contacts(conn, inserts, now)
        if updates:
            assignments = ", ".join(f"{name} = ?" for name in IMPORTED_FIELDS)
            conn.exec_driver_sql(f"UPDATE contact SET {assignments}, updated_at = ? WHERE id = ?", updates)
        result.added += len(inserts)
        result.updated += len(updates)

    @staticmethod
    def _insert_contacts(conn, rows: list[tuple], now: str) -> None:
        """One bulk INSERT; a column with the same plain value in every row is written once, not bound per row."""
        slots, bound = [], []
        for index, column in enumerate(zip(*rows, strict=True)):
            first = column[0]
            literal = _sql_literal(first) if column.count(first) == len(column) else None
            slots.append(literal or "?")
            if literal is None:
                bound.append(index)
        values = map(itemgetter(*bound), rows) if len(bound) > 1 else ((row[bound[0]],) for row in rows)
        conn.exec_driver_sql(
            f"INSERT INTO contact ({', '.join(_NEW_COLUMNS)}, {_NEW_DEFAULTS})"
            f" VALUES ({', '.join(slots)}, NULL, NULL, NULL, 0, NULL, '', {_sql_literal(now)}, {_sql_literal(now)})",
            list(values),
        )

    @staticmethod
    def _ids(conn, records: _Records) -> dict[str, int]:
        return {
            identity: contact_id
            for contact_id, identity in conn.exec_driver_sql("SELECT id, identity FROM contact")
            if identity in records
        }

    @staticmethod
    def _write_labels(conn, labels: dict[str, set[str]], ids: dict[str, int]) -> None:
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
    def _write_conversations(conn, batch: ImportBatch, contact_ids: list[int], result: ImportResult) -> None:
        known = dict(conn.execute(select(CONVERSATION.c.external_id, CONVERSATION.c.id)).all())
        for conversation, contact_id in zip(batch.conversations, contact_ids, strict=True):
            conversation_id = known.get(conversation.external_id) if conversation.external_id else None
            if conversation_id is None:
                conversation_id = conn.execute(insert(CONVERSATION).values(
                    contact_id=contact_id, external_id=conversation.external_id,
                    title=conversation.title, channel=conversation.channel,
                )).inserted_primary_key[0]
                known[conversation.external_id] = conversation_id
            rows = []
            for message in conversation.messages:
                message.contact_id = contact_id if message.kind is MessageKind.MESSAGE else None
                rows.append(message_values(message, conversation_id))
            if rows:
                added = conn.execute(insert(MESSAGE).prefix_with("OR IGNORE"), rows).rowcount
                result.added += added
                result.unchanged += len(rows) - added

    @staticmethod
    def _write_requests(conn, batch: ImportBatch, contact_ids: list[int], result: ImportResult) -> None:
        rows = [
            {
                "contact_id": contact_id,
                "direction": str(item.request.direction),
                "sent_at": to_store(item.request.sent_at),
                "note": item.request.note,
                "state": str(item.request.state),
                "channel": item.request.channel,
            }
            for item, contact_id in zip(batch.requests, contact_ids, strict=True)
        ]
        if rows:
            added = conn.execute(insert(REQUEST).prefix_with("OR IGNORE"), rows).rowcount
            result.added += added
            result.unchanged += len(rows) - added
