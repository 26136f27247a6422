"""Export a segment: select the contacts as the Kontakte table does, render them, write a private file, remember it."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from advisor_tui.domain.contacts.segments import select
from advisor_tui.domain.models import Contact, Segment
from advisor_tui.domain.network.vocabulary import WZ2008_SECTIONS
from advisor_tui.io.export_formats import exportable, render_contacts
from advisor_tui.io.files import write_private
from advisor_tui.store.forgetting import record_export
from advisor_tui.store.store import Store


@dataclass(frozen=True, slots=True)
class ExportResult:
    """The file written (None: the caller took the bytes) and how many contacts it holds."""

    data: bytes
    count: int
    path: Path | None = None


def segment_contacts(store: Store, *segments: Segment) -> list[Contact]:
    """The contacts in every given segment (text, roles, sectors, labels), in the order the Kontakte table shows."""
    contacts = store.contacts.list()
    for segment in segments:
        contacts = select(contacts, segment, include_blocked=True)
    return contacts


def export_contacts(store: Store | None, contacts: list[Contact], key: str, target: Path | None) -> ExportResult:
    """Render the contacts (never blocked ones) in format `key`; write them privately to `target` if given.

    A written file is remembered, so that forgetting someone later can name it. Raises WriteFailed (German).
    """
    chosen = exportable(contacts)
    # The advisor's own sectors are named in the Excel file too; without a store (dialog tests) the WZ ones are.
    sectors = store.settings.sectors() if store is not None else WZ2008_SECTIONS
    data = render_contacts(chosen, key, sectors)
    if target is None:
        return ExportResult(data, len(chosen))
    write_private(data, target)
    if store is not None:
        with store.transaction() as unit:
            record_export(unit.conn, target, len(chosen))
    return ExportResult(data, len(chosen), target)
