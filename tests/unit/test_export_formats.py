"""Export formats: blocked contacts stay out, default paths and suffixes follow the format."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from advisor_tui.domain.models import Contact, Salutation
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


TRICKY = [
    Contact("Anna; Lena", "Müller, Jr.\\", salutation=Salutation.FRAU, title="Dr.", company="Bauer, Söhne; Partner",
            position="Geschäftsführerin\nund Gesellschafterin", email="anna@mueller-bau.de",
            profile_url="https://linkedin.com/in/anna-mueller", labels=("Unternehmerabend, 2026", "A;B", "Kunde")),
    Contact("Jürgen", "Groß" * 30, salutation=Salutation.HERR, position="ü" * 80 + "x" * 90),
    Contact("Kim", "Mayer"),
]


def test_written_vcards_read_back_field_for_field_with_vobject() -> None:
    import vobject

    data = render_contacts(TRICKY, "vcard")
    cards = list(vobject.readComponents(data.decode("utf-8")))
    assert len(cards) == 3
    anna, juergen, kim = cards
    assert (anna.n.value.family, anna.n.value.given, anna.n.value.prefix) == ("Müller, Jr.\\", "Anna; Lena", "Dr.")
    assert anna.fn.value == "Dr. Anna; Lena Müller, Jr.\\"
    assert anna.org.value == ["Bauer, Söhne; Partner"]
    assert anna.title.value == "Geschäftsführerin\nund Gesellschafterin"
    assert anna.email.value == "anna@mueller-bau.de" and anna.email.type_param == "INTERNET"
    assert anna.url.value == "https://linkedin.com/in/anna-mueller"
    assert anna.categories.value == ["Unternehmerabend, 2026", "A;B", "Kunde"]
    assert anna.x_gender.value == "Female" and juergen.x_gender.value == "Male"
    assert juergen.n.value.family == "Groß" * 30 and juergen.title.value == "ü" * 80 + "x" * 90
    assert kim.fn.value == "Kim Mayer" and "org" not in kim.contents and "x-gender" not in kim.contents


def test_vcard_lines_are_folded_at_75_octets_with_crlf() -> None:
    data = render_contacts(TRICKY, "vcard")
    lines = data.split(b"\r\n")
    assert lines[-1] == b"" and b"\n" not in b"".join(lines)
    assert max(len(line) for line in lines) <= 75
    assert any(line.startswith(b" ") for line in lines)  # the long ones were folded
    for line in lines:
        line.decode("utf-8")  # never folded inside a character
