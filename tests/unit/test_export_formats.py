"""Export formats: blocked contacts stay out, default paths and suffixes follow the format."""

from __future__ import annotations

from pathlib import Path

from advisor_tui.domain.models import Contact, Salutation
from advisor_tui.domain.network.vocabulary import WZ2008_SECTIONS, Sector
from advisor_tui.io.contacts_export import CSV_HEADER, EXCEL_HEADER
from advisor_tui.io.export_formats import exportable, render_contacts, with_format_suffix

CONTACTS = [Contact("Anna", "Müller", company="Müller Bau"), Contact("Max", "Spam", blocked=True)]


def test_blocked_contacts_are_never_rendered() -> None:
    assert [c.last_name for c in exportable(CONTACTS)] == ["Müller"]
    for key in ("csv", "excel", "vcard"):
        data = render_contacts(CONTACTS, key)
        assert "Müller".encode() in data and b"Spam" not in data


def test_each_format_writes_its_own_kind_of_file() -> None:
    assert render_contacts(CONTACTS, "csv").startswith(b"first_name,last_name,")
    excel = render_contacts(CONTACTS, "excel")
    assert excel.startswith("\ufeffVorname;Nachname;".encode()) and b"\r\n" in excel
    assert render_contacts(CONTACTS, "vcard").startswith(b"BEGIN:VCARD")


TAGGED = Contact("Lea", "Lang", Salutation.FRAU, "Dr.", "Lang Spedition", "CFO", email="lea@lang.de",
                 profile_url="https://www.linkedin.com/in/lea-lang", sector="H", role="kaufm-leitung",
                 labels=("Messe", "Kunde"))


def test_excel_gets_german_headings_and_names_where_scripts_get_codes() -> None:
    excel = render_contacts([TAGGED], "excel").decode("utf-8-sig").split("\r\n")
    assert excel[0] == "Vorname;Nachname;Anrede;Titel;Firma;Position;Branche;Rolle;Labels;E-Mail;Profil"
    assert excel[1] == ("Lea;Lang;Frau;Dr.;Lang Spedition;CFO;Verkehr und Lagerei;Kaufmännische Leitung;"
                        "Messe, Kunde;lea@lang.de;https://www.linkedin.com/in/lea-lang")
    plain = render_contacts([TAGGED], "csv").decode().splitlines()
    assert plain[0] == "first_name,last_name,salutation,title,company,position,sector,role,labels,email,profile_url"
    assert plain[1].split(",")[6:9] == ["H", "kaufm-leitung", "Messe|Kunde"]
    assert len(EXCEL_HEADER) == len(CSV_HEADER)


def test_excel_names_the_advisors_own_sectors_and_shows_unknown_codes_as_they_are() -> None:
    own = [*WZ2008_SECTIONS, Sector("X1", "Steuerkanzleien")]
    contacts = [Contact("A", "B", sector="X1", role="umfeld"), Contact("C", "D", sector="ZZ", role="gibtsnicht")]
    rows = render_contacts(contacts, "excel", own).decode("utf-8-sig").split("\r\n")
    assert rows[1].split(";")[6:8] == ["Steuerkanzleien", "Umfeld"]
    assert rows[2].split(";")[6:8] == ["ZZ", "gibtsnicht"]


def test_suffix_follows_the_format() -> None:
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
