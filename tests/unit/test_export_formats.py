"""Export formats: blocked contacts stay out, default paths and suffixes follow the format."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from advisor_tui.domain.models import Contact
from advisor_tui.io.export_formats import (
    default_export_path,
    exportable,
    render_contacts,
    with_format_suffix,
)

CONTACTS = [Contact("Anna", "Müller", company="Müller Bau"), Contact("Max", "Spam", blocked=True)]


def test_blocked_contacts_are_never_rendered() -> None:
    assert [c.last_name for c in exportable(CONTACTS)] == ["Müller"]
    for key in ("csv", "excel", "vcard"):
        data = render_contacts(CONTACTS, key)
        assert "Müller".encode() in data and b"Spam" not in data


def test_each_format_writes_its_own_kind_of_file() -> None:
    assert render_contacts(CONTACTS, "csv").startswith(b"first_name,last_name,")
    excel = render_contacts(CONTACTS, "excel")
    assert excel.startswith(b"\xef\xbb\xbffirst_name;last_name;") and b"\r\n" in excel
    assert render_contacts(CONTACTS, "vcard").startswith(b"BEGIN:VCARD")


def test_default_path_and_suffix_follow_the_format(tmp_path: Path) -> None:
    today = date(2026, 11, 23)
    assert default_export_path(today, "excel", tmp_path) == tmp_path / "advisor-tui-export-2026-11-23.csv"
    assert default_export_path(today, "vcard", tmp_path).name == "advisor-tui-export-2026-11-23.vcf"
    assert with_format_suffix(Path("/x/kunden.csv"), "vcard") == Path("/x/kunden.vcf")
    assert with_format_suffix(Path("/x/kunden"), "csv") == Path("/x/kunden.csv")
    assert with_format_suffix(Path("/x/kunden.txt"), "vcard") == Path("/x/kunden.txt")
