"""The export formats the Kontakte screen offers, and what each writes where by default."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from advisor_tui.domain.models import Contact
from advisor_tui.io.contacts_export import export_csv, export_vcards


@dataclass(frozen=True, slots=True)
class ExportFormat:
    """One choice in the export dialog."""

    key: str
    label: str
    hint: str
    suffix: str


EXPORT_FORMATS: tuple[ExportFormat, ...] = (
    ExportFormat("csv", "CSV", "Komma-getrennt, UTF-8: für Tabellen und andere Programme", ".csv"),
    ExportFormat("excel", "CSV für Excel", "Semikolon, BOM, CRLF: öffnet sich in deutschem Excel richtig", ".csv"),
    ExportFormat("vcard", "vCard", "vCard 3.0 für Outlook, Adressbücher und Telefone; Labels als Kategorien", ".vcf"),
)
FORMATS_BY_KEY = {fmt.key: fmt for fmt in EXPORT_FORMATS}


def exportable(contacts: Sequence[Contact]) -> list[Contact]:
    """The contacts that may leave the store: blocked ones never do."""
    return [contact for contact in contacts if not contact.blocked]


def render_contacts(contacts: Sequence[Contact], key: str) -> bytes:
    """The file contents for the format `key`; blocked contacts are left out."""
    allowed = exportable(contacts)
    if key == "vcard":
        return export_vcards(allowed)
    return export_csv(allowed, excel=key == "excel")


def default_export_path(today: date, key: str, folder: Path | None = None) -> Path:
    """`~/advisor-tui-export-<date>.csv|vcf`."""
    return (folder or Path.home()) / f"advisor-tui-export-{today.isoformat()}{FORMATS_BY_KEY[key].suffix}"


def with_format_suffix(path: Path, key: str) -> Path:
    """The path with the format's suffix when it had another export suffix (or none)."""
    suffix = FORMATS_BY_KEY[key].suffix
    if path.suffix.lower() in ("", ".csv", ".vcf") and path.name:
        return path.with_suffix(suffix)
    return path
