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
    _remember_own_profile(store, batch.own_profile_url)
    return result


def _remember_own_profile(store: Store, url: str) -> None:
    """Keep the advisor's profile once known, so a later messages.csv alone still gets its directions."""
    settings = store.settings.load()
    if url and settings.own_profile_url != url:
        settings.own_profile_url = url
        store.settings.save(settings)
