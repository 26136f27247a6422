"""Contacts and their labels: reading, editing and forgetting."""

from __future__ import annotations

import builtins
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date
from typing import cast

from sqlalchemy import Connection, Table, bindparam, delete, func, insert, or_, select, text, update

from advisor_tui.bulk import collector_paused
from advisor_tui.domain.contacts.identity import fold_name, identity_key, normalize_profile_url
from advisor_tui.domain.models import Contact
from advisor_tui.domain.network.vocabulary import ROLES_WITHOUT_SECTOR
from advisor_tui.store.contact_columns import (
    CONTACT,
    EDITABLE_FIELDS,
    ID_AT,
    READ_SELECT,
    contact_values,
    contacts_from_rows,
    stored_value,
)
from advisor_tui.store.feedback import forget_feedback
from advisor_tui.store.forgetting import backups_of, exports_holding, remember_forgotten, scrub_backups
from advisor_tui.store.rawsql import db_date
from advisor_tui.store.tables import (
    CONTACT_LABEL,
    CONTACT_VERSION,
    DISTINCT_PAIR,
    LABEL,
    ConnectionRequestRow,
    ConversationRow,
    MessageRow,
    inserted_id,
    table_of,
)
from advisor_tui.store.timeconv import utc_now
from advisor_tui.store.unit import Bind, reading, store_path, writing


@dataclass(frozen=True, slots=True)
class ForgetSummary:
    """What forgetting a contact removed, for the confirmation and the CLI."""

    name: str
    messages: int
    conversations: int
    requests: int
    labels: int
    backups: int = 0  # backup files the person is (to be) removed from
    exports: tuple[str, ...] = ()  # files exported earlier (or backups that could not be cleaned) still naming them


# The fields a contact's identity is made of (identity_key): changing one by hand re-keys the contact.
_IDENTITY_FIELDS = ("first_name", "last_name", "company", "profile_url")
_TAG_FIELDS = frozenset({"role", "sector", "labels"})
_CHUNK = 500  # ids per IN (...) list, well below SQLite's limit of bound parameters


class _FoldCache(dict):
    """fold_name with memory: names repeat a lot in a network (Müller, Anna), folding is the slow part."""

    def __call__(self, text: str) -> str:
        folded = self.get(text)
        if folded is None:
            folded = self[text] = fold_name(text)
        return folded


def in_store_order(contacts: builtins.list[Contact]) -> builtins.list[Contact]:
    """Sort in place by last name, then first name, as a German reader sorts (Böhm before Busch); namesakes in
    the order they were added, however a query found them (Heute's sections keep that order for ties)."""
    folded = _FoldCache()
    contacts.sort(key=lambda c: (folded(c.last_name), folded(c.first_name), c.id or 0))
    return contacts


def _role_condition(roles: Iterable[str]) -> tuple[str, dict[str, object]]:
    """A WHERE condition for contacts of these roles, with its named parameters."""
    keys = sorted(roles)
    placeholders = ", ".join(f":role{number}" for number in range(len(keys))) or "NULL"
    return f"role IN ({placeholders})", {f"role{number}": key for number, key in enumerate(keys)}


class ContactRepository:
    """Reads and writes contacts as plain domain objects."""

    def __init__(self, bind: Bind) -> None:
        self._bind = bind
        self._path = store_path(bind)

    def list(self) -> list[Contact]:
        """All contacts with their labels, by last name as a German reader sorts (Böhm before Busch)."""
        with reading(self._bind) as conn:
            labels = self._labels_by_contact(conn)
            # The driver's own cursor: plain tuples, without a result row object per contact.
            rows = conn.connection.cursor().execute(READ_SELECT).fetchall()
        with collector_paused():
            return in_store_order(contacts_from_rows(rows, labels))

    def follow_ups_due(self, today: date) -> builtins.list[Contact]:
        """The contacts whose follow-up date has come (not blocked), in `list()`'s order."""
        return self._where("follow_up_on <= :today AND NOT blocked", {"today": db_date(today)})

    def silent(self, roles: Iterable[str], before: date) -> builtins.list[Contact]:
        """The contacts of these roles (not blocked) whose last contact, else connection, may be before `before`.

        The last contact is kept in UTC: a day's slack keeps everyone whose local day is before `before`; the
        caller's rule (domain.today.summary.losing_touch) decides exactly."""
        condition, params = _role_condition(roles)
        return self._where(
            f"{condition} AND NOT blocked AND (substr(last_contact_at, 1, 10) <= :before"
            " OR (last_contact_at IS NULL AND connected_on < :before))",
            {"before": db_date(before), **params})

    def with_roles(self, roles: Iterable[str]) -> builtins.list[Contact]:
        """The contacts of these roles (blocked ones too: what came of them still counts), in `list()`'s order."""
        condition, params = _role_condition(roles)
        return self._where(condition, params)

    def of(self, ids: Iterable[int]) -> builtins.list[Contact]:
        """The contacts with these ids that exist, in `list()`'s order."""
        wanted = sorted(set(ids))
        found: builtins.list[Contact] = []
        for start in range(0, len(wanted), _CHUNK):
            chunk = wanted[start:start + _CHUNK]
            found += self._where(f"id IN ({', '.join(map(str, chunk))})", {}, ordered=False)
        return in_store_order(found)

    def _where(self, condition: str, params: Mapping[str, object], *,
               ordered: bool = True) -> builtins.list[Contact]:
        """The contacts a WHERE condition (named parameters) selects, with their labels."""
        with reading(self._bind) as conn:
            rows = conn.execute(text(f"{READ_SELECT} WHERE {condition}"), params).all()
            ids = [row[ID_AT] for row in rows]
            labels = self._labels_by_contact(conn, ids)
        contacts = contacts_from_rows(rows, labels)
        return in_store_order(contacts) if ordered else contacts

    def get(self, contact_id: int) -> Contact | None:
        """One contact, or None."""
        with reading(self._bind) as conn:
            row = conn.exec_driver_sql(f"{READ_SELECT} WHERE id = ?", (contact_id,)).first()
            if row is None:
                return None
            names = conn.execute(
                select(LABEL.c.name).join(CONTACT_LABEL).where(CONTACT_LABEL.c.contact_id == contact_id)
            ).scalars().all()
            return contacts_from_rows([row], {contact_id: names})[0]

    def add(self, contact: Contact) -> int:
        """Insert a new contact with its labels; returns its id."""
        now = utc_now()
        with writing(self._bind) as conn:
            result = conn.execute(insert(CONTACT).values(**contact_values(contact), created_at=now, updated_at=now))
            contact_id = inserted_id(result)
            self._link_labels(conn, contact_id, contact.labels)
        return contact_id

    def update(self, contact: Contact, *, edited: Iterable[str]) -> bool:
        """Save the fields named in `edited` (set by hand: imports keep them); every other field stays as stored."""
        if contact.id is None:
            raise ValueError("contact has no id")
        return self.update_fields(contact.id, **{name: getattr(contact, name) for name in edited})

    def update_fields(self, contact_id: int, **values: object) -> bool:
        """Set only these fields (`labels` replaces the labels), as set by hand; False if the contact is gone."""
        return self.update_many({contact_id: values}) == 1

    def set_connected_on(self, contact_id: int, day: date | None) -> None:
        """Set the connection date as the app learnt it (a request accepted), not by hand: an import's date wins."""
        with writing(self._bind) as conn:
            conn.execute(update(CONTACT).where(CONTACT.c.id == contact_id)
                         .values(connected_on=day, updated_at=utc_now()))

    def update_many(self, changes: Mapping[int, Mapping[str, object]]) -> int:
        """Set fields of several contacts in one transaction; returns how many of them still exist."""
        with writing(self._bind) as conn:
            return sum(self._set_fields(conn, contact_id, dict(values)) for contact_id, values in changes.items())

    def _set_fields(self, conn: Connection, contact_id: int, values: dict[str, object]) -> bool:
        row = conn.execute(select(CONTACT.c.manual_fields, *(CONTACT.c[n] for n in _IDENTITY_FIELDS))
                           .where(CONTACT.c.id == contact_id)).first()
        if row is None:
            return False
        unknown = set(values) - EDITABLE_FIELDS
        if unknown:
            raise ValueError(f"not contact fields: {sorted(unknown)}")
        labels = values.pop("labels", None)
        columns = {name: stored_value(name, value) for name, value in values.items()}
        if columns.keys() & set(_IDENTITY_FIELDS):
            now = dict(zip(_IDENTITY_FIELDS, row[1:], strict=True)) | columns
            columns["identity"] = identity_key(Contact(**now))
        manual = sorted({*filter(None, row.manual_fields.split(",")), *values, *(["labels"] if labels else [])})
        conn.execute(update(CONTACT).where(CONTACT.c.id == contact_id)
                     .values(**columns, manual_fields=",".join(manual), updated_at=utc_now()))
        if labels is not None:
            conn.execute(delete(CONTACT_LABEL).where(CONTACT_LABEL.c.contact_id == contact_id))
            self._link_labels(conn, contact_id, cast("Iterable[str]", labels))
        return True

    def changes(self) -> int:
        """A counter that moves with every change to a contact or its labels (kept by triggers, migration 0010)."""
        with reading(self._bind) as conn:
            return conn.execute(select(CONTACT_VERSION.c.changes)).scalar_one()

    def count(self) -> int:
        """How many contacts there are."""
        with reading(self._bind) as conn:
            return conn.execute(select(func.count()).select_from(CONTACT)).scalar_one()

    def count_untagged(self) -> int:
        """How many contacts still lack a role or a needed sector (the same rule as Contact.is_tagged)."""
        with reading(self._bind) as conn:
            query = select(func.count()).select_from(CONTACT).where(
                or_(
                    CONTACT.c.role.is_(None),
                    CONTACT.c.sector.is_(None) & CONTACT.c.role.not_in(ROLES_WITHOUT_SECTOR),
                )
            )
            return conn.execute(query).scalar_one()

    def tag_counts(self, connected_by: date | None = None) -> dict[tuple[str | None, str | None], int]:
        """Contacts per (role, sector), as `relevance.compose_counts` takes them, without reading every contact;
        with `connected_by` only those connected by that day (or with no known day): the network as it was then."""
        query = select(CONTACT.c.role, CONTACT.c.sector, func.count()).group_by(CONTACT.c.role, CONTACT.c.sector)
        if connected_by is not None:
            query = query.where(CONTACT.c.connected_on.is_(None) | (CONTACT.c.connected_on <= connected_by))
        with reading(self._bind) as conn:
            rows = conn.execute(query).all()
        counts: dict[tuple[str | None, str | None], int] = {}
        for role, sector, count in rows:  # NULL and "" are the same "none"
            key = (role or None, sector or None)
            counts[key] = counts.get(key, 0) + count
        return counts

    def label_names(self) -> builtins.list[str]:
        """Every label in use, alphabetically."""
        with reading(self._bind) as conn:
            return list(conn.execute(select(LABEL.c.name).order_by(LABEL.c.name)).scalars())

    def find(self, profile_url_or_email: str) -> Contact | None:
        """The contact with this profile URL or e-mail address."""
        value = profile_url_or_email.strip()
        with reading(self._bind) as conn:
            query = select(CONTACT.c.id).where(
                or_(
                    CONTACT.c.profile_url == normalize_profile_url(value),
                    func.lower(CONTACT.c.email) == value.lower(),
                )
            )
            contact_id = conn.execute(query.limit(1)).scalar()
        return self.get(contact_id) if contact_id is not None else None

    def forget_summary(self, contact_id: int) -> ForgetSummary | None:
        """What forgetting this contact would remove (cheap: the duplicates dialog shows it for every pair)."""
        contact = self.get(contact_id)
        if contact is None:
            return None
        with reading(self._bind) as conn:
            def count(table: Table) -> int:
                query = select(func.count()).select_from(table).where(table.c.contact_id == contact_id)
                return conn.execute(query).scalar_one()

            return ForgetSummary(
                name=contact.full_name,
                messages=count(table_of(MessageRow)),
                conversations=count(table_of(ConversationRow)),
                requests=count(table_of(ConnectionRequestRow)),
                labels=len(contact.labels),
                backups=len(backups_of(self._path)),
            )

    def forget(self, contact_id: int, *, today: date | None = None) -> ForgetSummary | None:
        """Delete the contact and everything linked to it, leaving no copy in the file or the app's backups (DSGVO).

        A keyed hash of the person's identity stays, so that an old export does not bring them back silently.
        """
        contact = self.get(contact_id)
        summary = self.forget_summary(contact_id)
        if contact is None or summary is None:
            return None
        with writing(self._bind) as conn:
            remember_forgotten(conn, contact, today or date.today())
            forget_feedback(conn, contact)  # entries naming the person in their text (linked ones cascade)
            conn.execute(delete(CONTACT).where(CONTACT.c.id == contact_id))
            # Labels nobody carries any more would still name the campaign the person was in.
            conn.execute(delete(LABEL).where(LABEL.c.id.not_in(select(CONTACT_LABEL.c.label_id))))
        with reading(self._bind) as conn:
            conn.execute(text("PRAGMA wal_checkpoint(TRUNCATE)"))
        scrubbed, failed = scrub_backups(self._path, contact)
        exports = tuple(str(record.path) for record in exports_holding(self._bind, contact))
        return replace(summary, backups=scrubbed, exports=(*exports, *failed))

    def mark_distinct(self, first_id: int, second_id: int) -> None:
        """Remember that two contacts are different people: the duplicate search leaves the pair alone."""
        low, high = sorted((first_id, second_id))
        with writing(self._bind) as conn:
            conn.execute(insert(DISTINCT_PAIR).prefix_with("OR IGNORE").values(first_id=low, second_id=high))

    def distinct_pairs(self) -> set[tuple[int, int]]:
        """Every pair declared different people, as (lower id, higher id)."""
        with reading(self._bind) as conn:
            return {(low, high) for low, high in conn.execute(select(DISTINCT_PAIR.c.first_id,
                                                                      DISTINCT_PAIR.c.second_id))}

    @staticmethod
    def _labels_by_contact(conn: Connection, ids: Sequence[int] | None = None) -> dict[int, builtins.list[str]]:
        """The label names of every contact, or of the contacts `ids`."""
        result: dict[int, list[str]] = defaultdict(list)
        query = select(CONTACT_LABEL.c.contact_id, LABEL.c.name).join(LABEL)
        chunks = [query] if ids is None else [query.where(CONTACT_LABEL.c.contact_id.in_(ids[start:start + _CHUNK]))
                                               for start in range(0, len(ids), _CHUNK)]
        for chunk in chunks:
            for contact_id, name in conn.execute(chunk):
                result[contact_id].append(name)
        return result

    @staticmethod
    def _link_labels(conn: Connection, contact_id: int, labels: Iterable[str]) -> None:
        names = sorted({name.strip() for name in labels if name.strip()})
        if not names:
            return
        conn.execute(insert(LABEL).prefix_with("OR IGNORE"), [{"name": name} for name in names])
        ids = conn.execute(select(LABEL.c.id).where(LABEL.c.name.in_(names))).scalars().all()
        conn.execute(insert(CONTACT_LABEL), [{"contact_id": contact_id, "label_id": i} for i in ids])

    def tag_many(self, changes: Mapping[int, Mapping[str, object]]) -> int:
        """Set role, sector and/or labels of many contacts as set by hand, a few statements in all; returns how many
        still exist (bulk tagging: one statement per kind of change instead of two per contact)."""
        unknown = {name for values in changes.values() for name in values} - _TAG_FIELDS
        if unknown:
            raise ValueError(f"not tag fields: {sorted(unknown)}")
        now = utc_now()
        with writing(self._bind) as conn:
            manual = self._manual_fields_of(conn, list(changes))
            rows: dict[tuple[str, ...], list[dict[str, object]]] = defaultdict(list)
            labelled: dict[int, Iterable[str]] = {}
            for contact_id, values in changes.items():
                if contact_id not in manual:
                    continue
                columns = {name: value for name, value in values.items() if name != "labels"}
                if "labels" in values:
                    labelled[contact_id] = values["labels"]  # type: ignore[assignment]
                names = {*filter(None, manual[contact_id].split(",")), *columns,
                         *(["labels"] if values.get("labels") else [])}
                rows[tuple(sorted(columns))].append(
                    {"_id": contact_id, **columns, "manual_fields": ",".join(sorted(names)), "updated_at": now})
            for group in rows.values():
                conn.execute(update(CONTACT).where(CONTACT.c.id == bindparam("_id")), group)
            for contact_id, labels in labelled.items():
                conn.execute(delete(CONTACT_LABEL).where(CONTACT_LABEL.c.contact_id == contact_id))
                self._link_labels(conn, contact_id, labels)
        return len(manual)

    @staticmethod
    def _manual_fields_of(conn: Connection, ids: Sequence[int]) -> dict[int, str]:
        """The manual_fields of the contacts that exist among `ids`."""
        found: dict[int, str] = {}
        for start in range(0, len(ids), _CHUNK):
            query = select(CONTACT.c.id, CONTACT.c.manual_fields).where(CONTACT.c.id.in_(ids[start:start + _CHUNK]))
            found.update((contact_id, manual) for contact_id, manual in conn.execute(query))
        return found
