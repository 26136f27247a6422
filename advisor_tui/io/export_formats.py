"""The export formats the Kontakte screen offers, and what each writes where by default."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from advisor_tui.domain.models import Contact
from advisor_tui.domain.network.vocabulary import WZ2008_SECTIONS, Sector
from advisor_tui.io.contacts_export import export_csv, export_vcards
from advisor_tui.paths import default_export_path


@dataclass(frozen=True, slots=True)
class ExportFormat:
    """One choice in the export dialog."""

    key: str
    label: str
    hint: str
    suffix: str


EXPORT_FORMATS: tuple[ExportFormat, ...] = (
    ExportFormat("csv", "CSV", "Komma-getrennt, UTF-8: für Tabellen und andere Programme", ".csv"),
    ExportFormat("excel", "CSV für Excel", "deutsche Spalten, Namen statt Codes, Semikolon: für deutsches Excel",
                 ".csv"),
    ExportFormat("vcard", "vCard", "vCard 3.0 für Outlook, Adressbücher und Telefone; Labels als Kategorien", ".vcf"),
)
FORMATS_BY_KEY = {fmt.key: fmt for fmt in EXPORT_FORMATS}
CONTACTS_FILE = "kontakte"  # the German start of every proposed contacts file name


def exportable(contacts: Sequence[Contact]) -> list[Contact]:
    """The contacts that may leave the store: blocked ones never do."""
    return [contact for contact in contacts if not contact.blocked]


def render_contacts(contacts: Sequence[Contact], key: str, sectors: Iterable[Sector] = WZ2008_SECTIONS) -> bytes:
    """The file contents for the format `key` (Excel names the `sectors`); blocked contacts are left out."""
    allowed = exportable(contacts)
    if key == "vcard":
        return export_vcards(allowed)
    return export_csv(allowed, excel=key == "excel", sectors=sectors)


def contacts_export_path(today: date, key: str, segment_name: str = "") -> Path:
    """The proposed file for contacts in format `key`, e.g. `~/Dokumente/kontakte-<segment>-2026-12-01.csv`."""
    return default_export_path(CONTACTS_FILE, today, FORMATS_BY_KEY[key].suffix, name=segment_name)


def with_format_suffix(path: Path, key: str) -> Path:
    """The path with the format's suffix when it had another export suffix (or none)."""
    suffix = FORMATS_BY_KEY[key].suffix
    if path.suffix.lower() in ("", ".csv", ".vcf") and path.name:
        return path.with_suffix(suffix)
    return path
