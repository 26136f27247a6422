"""The one mapping between the `contact` table and the domain Contact, derived from both definitions.

Every Contact field except its labels is a column of the same name; the table adds bookkeeping columns the
domain never sees. Readers and writers take their column lists from here, so a column added to one side
only fails the mapping test (tests/unit/test_store_columns.py) instead of being silently dropped.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import fields
from datetime import date, datetime
from enum import Enum
from operator import attrgetter
from typing import Any, get_type_hints

from sqlalchemy import Table

from advisor_tui.domain.contacts.identity import identity_key, normalize_profile_url
from advisor_tui.domain.models import Contact
from advisor_tui.store.rawsql import parse_db_date, parse_db_datetime
from advisor_tui.store.tables import CONTACT, ContactRow
from advisor_tui.store.timeconv import to_store

# Contact fields kept elsewhere than in a column of their own (labels: the contact_label table).
NOT_IN_COLUMNS = frozenset({"labels"})
# Columns of the store's own: the key imports match on, hand-set fields, timestamps.
BOOKKEEPING = frozenset({"identity", "manual_fields", "created_at", "updated_at"})
TIMESTAMPS = ("created_at", "updated_at")

_FIELDS = tuple(f.name for f in fields(Contact))
# The reader selects the columns in the Contact's field order, so rows become Contacts positionally.
READ_FIELDS = tuple(name for name in _FIELDS if name not in NOT_IN_COLUMNS)
LABELS_AT = _FIELDS.index("labels")
ID_AT = READ_FIELDS.index("id")
# Fields a caller may set (everything but the id); `labels` is handled by the repository.
EDITABLE_FIELDS = frozenset(_FIELDS) - {"id"}
_HINTS = get_type_hints(Contact)


def column_list(names: Iterable[str], table: Table = CONTACT) -> str:
    """Column names for a raw statement, each checked against the table (a typo fails here, not in SQL)."""
    return ", ".join(table.c[name].name for name in names)


READ_SELECT = f"SELECT {column_list(READ_FIELDS)} FROM contact"


def _python_type(name: str) -> type:
    """The Python type a column holds; a decorated type (SQLModel's UTC datetimes) by its underlying one."""
    kind = CONTACT.c[name].type
    return getattr(kind, "impl_instance", kind).python_type


def _enum_of(name: str) -> type[Enum] | None:
    hint = _HINTS[name]
    return hint if isinstance(hint, type) and issubclass(hint, Enum) else None


def _reader(name: str) -> Callable[[Any], Any] | None:
    """How a raw column value becomes the field's value, from the column's type and the field's; None: as is."""
    enum = _enum_of(name)
    if enum is not None:
        return {member.value: member for member in enum}.__getitem__
    python_type = _python_type(name)
    if python_type is datetime:
        return parse_db_datetime
    if python_type is date:
        return parse_db_date
    if python_type is bool:
        return bool
    return None


_READERS = tuple((index, reader) for index, name in enumerate(READ_FIELDS) if (reader := _reader(name)))
# Values many contacts share: one object each instead of one per contact. Text columns that are never NULL go
# through sys.intern (a lookup in C); the rest (nullable texts, dates) through a table of their distinct values.
# Unique values (e-mail, profile link, notes) are left as they are: hashing them would only cost time.
_INTERNED = frozenset(
    READ_FIELDS.index(name) for name in ("first_name", "last_name", "title", "company", "position", "source")
)
_DISTINCT = frozenset(
    READ_FIELDS.index(name) for name in ("sector", "role", "connected_on", "follow_up_on", "last_contact_at")
)


def _shared(column: Sequence[Any], reader: Callable[[Any], Any] | None) -> Iterable[Any]:
    """A column's values with each distinct one read once and shared (the lookup runs in C)."""
    distinct = {raw: raw if reader is None else reader(raw) for raw in set(column)}
    return map(distinct.__getitem__, column)


def contacts_from_rows(rows: Sequence[Sequence[Any]], labels: Mapping[int, Iterable[str]]) -> list[Contact]:
    """Contacts from raw `READ_SELECT` rows, converted column by column (fast enough for 30,000); repeated
    values are shared, so that 30,000 contacts hold each company, position or first name once."""
    if not rows:
        return []
    columns: list[Iterable[Any]] = list(zip(*rows, strict=True))
    readers = dict(_READERS)
    for index in range(len(columns)):
        if index in _INTERNED:
            columns[index] = map(sys.intern, columns[index])
        elif index in _DISTINCT:
            columns[index] = _shared(columns[index], readers.get(index))  # type: ignore[arg-type]
        elif index in readers:
            columns[index] = map(readers[index], columns[index])
    ids = columns[ID_AT]
    get = labels.get
    names: dict[str, str] = {}
    columns.insert(
        LABELS_AT,
        [tuple(sorted(names.setdefault(name, name) for name in found)) if (found := get(i)) else () for i in ids],
    )
    return list(map(Contact, *columns))


_WRITTEN = tuple(name for name in READ_FIELDS if name != "id")
_ENUMS = tuple(name for name in _WRITTEN if _enum_of(name) is not None)
_DATETIMES = tuple(name for name in _WRITTEN if _python_type(name) is datetime)
_getter = attrgetter(*_WRITTEN)


def stored_value(name: str, value: Any) -> Any:
    """One field's value as its column holds it."""
    if name == "profile_url":
        return normalize_profile_url(value) or value.strip()
    if name in _ENUMS:
        return str(value)
    if name in _DATETIMES:
        return to_store(value)
    return value


def contact_values(contact: Contact) -> dict[str, Any]:
    """Column values for a contact, its identity included (without id, timestamps and manual-field bookkeeping)."""
    values = dict(zip(_WRITTEN, _getter(contact), strict=True))
    url = normalize_profile_url(contact.profile_url)
    values["profile_url"] = url or contact.profile_url.strip()
    for name in _ENUMS:
        values[name] = str(values[name])
    for name in _DATETIMES:
        values[name] = to_store(values[name])
    values["identity"] = identity_key(contact, normalized_url=url)
    return values


def new_row_defaults(given: Iterable[str]) -> dict[str, Any]:
    """What a new row holds in every column not in `given`: the table's defaults (timestamps: None, set on write)."""
    taken = set(given)
    defaults = {}
    for column in CONTACT.columns:
        if column.primary_key or column.name in taken:
            continue
        default = ContactRow.model_fields[column.name].default
        defaults[column.name] = None if column.name in TIMESTAMPS else default
    return defaults


def mapping_gaps(table: Table = CONTACT) -> set[str]:
    """Columns no Contact field or bookkeeping accounts for, and Contact fields without a column (want: none)."""
    columns = set(table.c.keys())
    return (columns - set(READ_FIELDS) - BOOKKEEPING) | (set(READ_FIELDS) - columns)
