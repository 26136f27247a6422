"""Writing an import batch: one transaction, bulk statements, hand-edited fields left alone."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from operator import itemgetter

from sqlalchemy import Engine, insert, select

from advisor_tui.domain.batch import ImportBatch, SkippedRow
from advisor_tui.domain.models import Contact, MessageKind
from advisor_tui.store.activity import CONVERSATION, MESSAGE, REQUEST, message_values, refresh_derived
from advisor_tui.store.contacts import CONTACT_LABEL, LABEL, contact_values
from advisor_tui.store.rawsql import db_date, db_datetime
from advisor_tui.store.timeconv import to_store, utc_now

# Fields an import may fill or refresh; role and sector come from the advisor, never from a file.
IMPORTED_FIELDS = (
    "first_name", "last_name", "salutation", "title", "company", "position", "email", "profile_url",
    "connected_on", "notes",
)
Progress = Callable[[float], None]
_INSERT_COLUMNS = (
    "identity", *IMPORTED_FIELDS, "sector", "role", "source", "follow_up_on", "blocked", "last_contact_at",
    "manual_fields",
)


_insert_values = itemgetter(*_INSERT_COLUMNS)


def _stored(values: dict) -> dict:
    """Contact column values in their stored form, for raw bulk statements and comparison with raw rows."""
    values["connected_on"] = db_date(values["connected_on"])
    values["follow_up_on"] = db_date(values["follow_up_on"])
    values["last_contact_at"] = db_datetime(values["last_contact_at"])
    values["blocked"] = int(values["blocked"])
    values["manual_fields"] = ""
    return values


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


def _merged(contacts: Iterable[Contact]) -> dict[str, dict]:
    """Column values per identity; a later record fills what an earlier one left empty."""
    merged: dict[str, dict] = {}
    for contact in contacts:
        values = contact_values(contact)
        values["_labels"] = set(contact.labels)
        known = merged.get(values["identity"])
        if known is None:
            merged[values["identity"]] = values
            continue
        for name in IMPORTED_FIELDS:
            if not known.get(name) and values.get(name):
                known[name] = values[name]
        known["_labels"] |= values["_labels"]
    return merged


class BatchWriter:
    """Applies an ImportBatch to the store, all or nothing."""

    def __init__(self, engine: Engine) -> None:
        self._engine = engine

    def apply(self, batch: ImportBatch, progress: Progress | None = None) -> ImportResult:
        """Write the batch in one transaction and report what changed."""
        report = progress or (lambda _share: None)
        result = ImportResult(skipped=list(batch.skipped))
        people = _merged([
            *batch.contacts,
            *(c.counterpart for c in batch.conversations),
            *(r.counterpart for r in batch.requests),
        ])
        with self._engine.begin() as conn:
            ids = self._write_contacts(conn, people, result)
            report(0.6)
            self._write_labels(conn, people, ids)
            self._write_conversations(conn, batch, ids, result)
            report(0.8)
            self._write_requests(conn, batch, ids, result)
            refresh_derived(conn)
        report(1.0)
        return result

    def _write_contacts(self, conn, people: dict[str, dict], result: ImportResult) -> dict[str, int]:
        columns = ("id", "identity", "manual_fields", *IMPORTED_FIELDS)
        existing = {row[1]: row for row in conn.exec_driver_sql(f"SELECT {', '.join(columns)} FROM contact")}
        now = db_datetime(utc_now())
        inserts, updates = [], []
        for identity, values in people.items():
            record = _stored(values)
            row = existing.get(identity)
            if row is None:
                inserts.append((*_insert_values(record), now, now))
                continue
            current = dict(zip(IMPORTED_FIELDS, row[3:], strict=True))
            manual = set(filter(None, row[2].split(",")))
            changes = {
                name: record[name] for name in IMPORTED_FIELDS
                if name not in manual and record[name] not in ("", None) and record[name] != current[name]
            }
            if changes:
                merged = current | changes
                updates.append((*(merged[name] for name in IMPORTED_FIELDS), now, row[0]))
            else:
                result.unchanged += 1
        if inserts:
            placeholders = ", ".join("?" * (len(_INSERT_COLUMNS) + 2))
            conn.exec_driver_sql(
                f"INSERT INTO contact ({', '.join(_INSERT_COLUMNS)}, created_at, updated_at) VALUES ({placeholders})",
                inserts,
            )
        if updates:
            assignments = ", ".join(f"{name} = ?" for name in IMPORTED_FIELDS)
            conn.exec_driver_sql(f"UPDATE contact SET {assignments}, updated_at = ? WHERE id = ?", updates)
        result.added += len(inserts)
        result.updated += len(updates)
        return {
            identity: contact_id
            for contact_id, identity in conn.exec_driver_sql("SELECT id, identity FROM contact")
            if identity in people
        }

    @staticmethod
    def _write_labels(conn, people: dict[str, dict], ids: dict[str, int]) -> None:
        names = sorted({name for values in people.values() for name in values["_labels"]})
        if not names:
            return
        conn.execute(insert(LABEL).prefix_with("OR IGNORE"), [{"name": name} for name in names])
        label_ids = dict(conn.execute(select(LABEL.c.name, LABEL.c.id).where(LABEL.c.name.in_(names))).all())
        links = [
            {"contact_id": ids[identity], "label_id": label_ids[name]}
            for identity, values in people.items()
            for name in values["_labels"]
        ]
        conn.execute(insert(CONTACT_LABEL).prefix_with("OR IGNORE"), links)

    @staticmethod
    def _write_conversations(conn, batch: ImportBatch, ids: dict[str, int], result: ImportResult) -> None:
        known = dict(conn.execute(select(CONVERSATION.c.external_id, CONVERSATION.c.id)).all())
        for conversation in batch.conversations:
            contact_id = ids[contact_values(conversation.counterpart)["identity"]]
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
    def _write_requests(conn, batch: ImportBatch, ids: dict[str, int], result: ImportResult) -> None:
        rows = [
            {
                "contact_id": ids[contact_values(item.counterpart)["identity"]],
                "direction": str(item.request.direction),
                "sent_at": to_store(item.request.sent_at),
                "note": item.request.note,
                "state": str(item.request.state),
                "channel": item.request.channel,
            }
            for item in batch.requests
        ]
        if rows:
            added = conn.execute(insert(REQUEST).prefix_with("OR IGNORE"), rows).rowcount
            result.added += added
            result.unchanged += len(rows) - added
