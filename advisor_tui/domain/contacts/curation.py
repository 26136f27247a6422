"""Curating the contact table: sort orders, the filter as a segment, a fuzzy picker, edits and forgetting."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, fields
from datetime import datetime
from functools import lru_cache
from typing import TYPE_CHECKING, Protocol

from rapidfuzz import fuzz, process

from advisor_tui.domain.models import Contact, Segment
from advisor_tui.domain.network.lexicon import fold
from advisor_tui.domain.network.vocabulary import (
    ROLES,
    SECTOR_BY_CODE,
    Sector,
    role_label,
    sector_label,
)

if TYPE_CHECKING:  # typeshed's name for "anything sorted() accepts as a key"; it exists for the checker only
    from _typeshed import SupportsRichComparison

_ROLE_ORDER = {role.key: index for index, role in enumerate(ROLES)}
# Sorting 30,000 contacts on every keystroke must not fold 60,000 strings each time.
_folded = lru_cache(maxsize=1 << 17)(fold)
_LONG_AGO = datetime.min


@dataclass(frozen=True, slots=True)
class SortOrder:
    """A way to order the table: German label, key function, newest-first flag."""

    label: str
    key: Callable[[Contact], SupportsRichComparison] | None
    reverse: bool = False


SORT_ORDERS: tuple[SortOrder, ...] = (
    SortOrder("Name", None),  # as listed (Nachname, Vorname) or as the search ranks
    SortOrder("Firma", lambda c: (_folded(c.company) or "\uffff", _folded(c.last_name))),
    SortOrder("Branche", lambda c: (_folded(sector_label(c.sector)) or "\uffff", _folded(c.last_name))),
    SortOrder("Rolle", lambda c: (_ROLE_ORDER.get(c.role or "", len(_ROLE_ORDER)), _folded(c.last_name))),
    SortOrder("Zuletzt", lambda c: c.last_contact_at or _LONG_AGO, reverse=True),
)


def sort_contacts(contacts: Sequence[Contact], order: SortOrder) -> list[Contact]:
    """The contacts in the given order (stable, so equal keys keep the previous order)."""
    if order.key is None:
        return list(contacts)
    return sorted(contacts, key=order.key, reverse=order.reverse)


def filter_only(segment: Segment) -> Segment:
    """The segment without its text: the screen's search does the text part, fuzzily."""
    return Segment(roles=segment.roles, sectors=segment.sectors, labels=segment.labels)


def is_empty(segment: Segment) -> bool:
    """Whether the segment filters nothing at all."""
    return not (segment.roles or segment.sectors or segment.labels or segment.text.strip())


def rank_choices(query: str, choices: Sequence[str], *, limit: int = 50) -> list[int]:
    """Indexes of the choices that match the query, best first; all in order for an empty query."""
    folded = fold(query)
    if not folded:
        return list(range(len(choices)))
    texts = [fold(choice) for choice in choices]
    starts = [i for i, text in enumerate(texts) if text.startswith(folded) or f" {folded}" in f" {text}"]
    inside = [i for i, text in enumerate(texts) if folded in text and i not in starts]
    found = set(starts) | set(inside)
    fuzzy = [i for _, score, i in process.extract(folded, texts, scorer=fuzz.partial_ratio, limit=limit)
             if score >= 75 and i not in found]
    return (starts + inside + fuzzy)[:limit]


def role_choices() -> list[tuple[str, str]]:
    """(label, key) of every role, for pickers."""
    return [(f"{role.label} – {role.description}", role.key) for role in ROLES]


def sector_short(sector: Sector) -> str:
    """The sector's short name (the WZ section's for a stored sector without one), else its full name."""
    wz_short = SECTOR_BY_CODE[sector.code].short if sector.code in SECTOR_BY_CODE else ""
    return sector.short or wz_short or sector.name


def sector_choice_label(sector: Sector) -> str:
    """A sector for pickers, short name first ("C  Industrie – Verarbeitendes Gewerbe")."""
    short = sector_short(sector)
    return f"{sector.code}  {short} – {sector.name}" if short != sector.name else f"{sector.code}  {sector.name}"


def sector_choices(sectors: Sequence[Sector]) -> list[tuple[str, str]]:
    """(label, code) of every sector, short name first."""
    return [(sector_choice_label(sector), sector.code) for sector in sectors]


# --- editing one contact -------------------------------------------------------------------------

def parse_labels(text: str) -> tuple[str, ...]:
    """Labels typed with commas, without blanks and duplicates, in the order typed."""
    seen: dict[str, str] = {}
    for part in text.split(","):
        label = " ".join(part.split())
        if label and fold(label) not in seen:
            seen[fold(label)] = label
    return tuple(seen.values())


def changed_fields(before: Contact, after: Contact) -> set[str]:
    """The names of the fields the advisor changed (the store keeps them on re-import)."""
    return {f.name for f in fields(Contact) if f.name != "id" and getattr(before, f.name) != getattr(after, f.name)}


# --- forgetting ----------------------------------------------------------------------------------

class ForgetFigures(Protocol):
    """What forgetting removes (the store's ForgetSummary has these; read-only, so a frozen dataclass fits)."""

    @property
    def name(self) -> str: ...
    @property
    def messages(self) -> int: ...
    @property
    def conversations(self) -> int: ...
    @property
    def requests(self) -> int: ...
    @property
    def labels(self) -> int: ...
    @property
    def backups(self) -> int: ...
    @property
    def exports(self) -> tuple[str, ...]: ...


def _count(number: int, one: str, many: str) -> str:
    return f"{number} {one if number == 1 else many}"


def forget_lines(summary: ForgetFigures) -> list[str]:
    """What will be (or was) deleted, one German line each, for the confirmation and the CLI."""
    lines = [f"der Kontakt {summary.name or '(ohne Namen)'} mit allen Feldern und Notizen"]
    if summary.messages or summary.conversations:
        lines.append(f"{_count(summary.messages, 'Nachricht', 'Nachrichten')} in "
                     f"{_count(summary.conversations, 'Unterhaltung', 'Unterhaltungen')}")
    if summary.requests:
        lines.append(_count(summary.requests, "Vernetzungsanfrage", "Vernetzungsanfragen"))
    if summary.labels:
        lines.append(f"die Zuordnung zu {_count(summary.labels, 'Label', 'Labels')}")
    if summary.backups:
        lines.append(f"die Kopien in {_count(summary.backups, 'Sicherungsdatei', 'Sicherungsdateien')} "
                     "von advisor-tui")
    return lines


def export_warning_lines(summary: ForgetFigures) -> list[str]:
    """Files exported earlier that may still hold the person: the advisor has to delete those by hand."""
    if not summary.exports:
        return []
    return ["Diese Dateien (frühere Exporte) können die Person noch enthalten, bitte selbst löschen:",
            *summary.exports]


def contact_summary(contact: Contact) -> str:
    """One line: name, position and company, role and sector."""
    who = " ".join(part for part in (contact.title, contact.full_name) if part)
    work = ", ".join(part for part in (contact.position, contact.company) if part)
    tags = " · ".join(part for part in (role_label(contact.role), sector_label(contact.sector)) if part)
    return " – ".join(part for part in (who, work, tags) if part)
