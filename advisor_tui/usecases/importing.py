"""Import a LinkedIn export or a vCard file: read it with what the store knows, then write it all or nothing."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from advisor_tui.domain.contacts.batch import ImportBatch
from advisor_tui.domain.models import Settings
from advisor_tui.store.importer import ImportResult
from advisor_tui.store.store import Store


def read_contacts_file(path: Path, kind: str, settings: Settings, own_profile_url: str = "") -> ImportBatch:
    """Parse the file; a LinkedIn export learns who the advisor is from `own_profile_url`, else the settings.

    Raises ImportFailed with one German line; nothing is written.
    """
    if kind == "vcard":
        from advisor_tui.io.vcard import parse_vcards

        return parse_vcards(path)
    from advisor_tui.io.linkedin import parse_linkedin

    return parse_linkedin(path, own_profile_url=own_profile_url or settings.own_profile_url,
                          own_name=settings.advisor_name)


def write_contacts(store: Store, batch: ImportBatch, *, include_forgotten: bool = False,
                   progress: Callable[[float], None] | None = None) -> ImportResult:
    """Write the batch in one transaction; forgotten people stay out unless brought back on purpose."""
    from advisor_tui.store.forgetting import forgotten_filter, lift_forgotten
    from advisor_tui.store.importer import BatchWriter

    kept = batch if include_forgotten else forgotten_filter(store.engine, batch)
    result = BatchWriter(store.engine).apply(kept, progress=progress)
    if include_forgotten:
        lift_forgotten(store.engine, batch)
    result.notes.extend(_remember_advisor(store, batch))
    return result


def _remember_advisor(store: Store, batch: ImportBatch) -> list[str]:
    """Keep what the export says about the advisor; returns a note for each setting it filled.

    The profile URL lets a later messages.csv alone get its directions; the name from Profile.csv signs
    messages, but only while the advisor has set none (a name they typed is never overwritten).
    """
    notes: list[str] = []
    with store.transaction() as unit:
        settings = unit.settings.load()
        changed = bool(batch.own_profile_url) and settings.own_profile_url != batch.own_profile_url
        if changed:
            settings.own_profile_url = batch.own_profile_url
        if batch.profile_name and not settings.advisor_name.strip():
            settings.advisor_name = batch.profile_name
            changed = True
            notes.append(f"Ihr Name „{batch.profile_name}“ aus Profile.csv steht jetzt in den Einstellungen.")
        if changed:
            unit.settings.save(settings)
    return notes
