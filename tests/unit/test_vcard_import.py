"""vCard parsing: versions 2.1, 3.0 and 4.0 as XING and address books write them, and broken cards."""

from __future__ import annotations

from pathlib import Path

import pytest

from advisor_tui.domain.models import Contact, Salutation
from advisor_tui.io.errors import ImportFailed
from advisor_tui.io.vcard import parse_vcards

DATA = Path(__file__).parent.parent / "data" / "vcard"


def card(*lines: str, version: str = "3.0") -> str:
    return "\r\n".join(("BEGIN:VCARD", f"VERSION:{version}", *lines, "END:VCARD")) + "\r\n"


def naming(contact: Contact) -> tuple[Salutation, str, str, str]:
    return contact.salutation, contact.title, contact.first_name, contact.last_name


def parse_text(tmp_path: Path, text: str, encoding: str = "utf-8"):
    path = tmp_path / "karten.vcf"
    path.write_bytes(text.encode(encoding))
    return parse_vcards(path)


def test_xing_30_cards() -> None:
    batch = parse_vcards(DATA / "xing_30.vcf")
    claudia, juergen = batch.contacts
    assert naming(claudia) == (Salutation.FRAU, "Dr.", "Claudia", "Neumann")
    assert claudia.company == "Neumann Verpackungen GmbH & Co. KG"
    assert claudia.position == "Geschäftsführende Gesellschafterin"
    assert claudia.email == "c.neumann@neumann-verpackungen.de"
    assert claudia.profile_url == "https://xing.com/profile/claudia_neumann7"
    assert claudia.source == "xing"
    assert claudia.labels == ("Unternehmerabend 2026", "Nachfolge")
    assert claudia.notes == "Tochter übernimmt 2027 die Geschäftsführung.\nTermin im Frühjahr vereinbaren."
    # The LinkedIn profile wins over XING: it is the identity the LinkedIn import uses too.
    assert juergen.profile_url == "https://linkedin.com/in/juergen-bauer"
    assert juergen.company == "Bauer, Söhne & Partner"
    assert juergen.salutation is Salutation.HERR
    assert batch.skipped == []


def test_outlook_21_quoted_printable_with_charsets() -> None:
    anna, thomas = parse_vcards(DATA / "outlook_21.vcf").contacts
    assert naming(anna) == (Salutation.FRAU, "Prof. Dr.", "Anna", "Müller")
    assert anna.company == "Schröder GmbH & Co. KG"
    assert anna.position == "Geschäftsführerin"
    assert anna.email == "anna.mueller@schroeder-gmbh.de"
    assert anna.notes == "Erstgespräch am 12.03. – Thema Nachfolge und Finanzierung der neuen Halle.\nRückruf erbeten."
    assert (thomas.full_name, thomas.salutation, thomas.profile_url) == ("Thomas Weber", Salutation.NONE, "")


def test_apple_40_card() -> None:
    (anna_lena,) = parse_vcards(DATA / "apple_40.vcf").contacts
    assert (anna_lena.first_name, anna_lena.last_name) == ("Anna-Lena", "von der Heide")
    assert anna_lena.salutation is Salutation.FRAU
    assert anna_lena.position == "Nachfolgerin, Prokuristin"
    assert anna_lena.profile_url == "https://linkedin.com/in/anna-lena-von-der-heide"
    assert anna_lena.labels == ("Logistik", "Unternehmerabend 2026")


def test_broken_cards_are_skipped_with_their_line() -> None:
    batch = parse_vcards(DATA / "broken.vcf")
    # A line without a property costs that line, not the card: the name is readable.
    assert [contact.full_name for contact in batch.contacts] == ["Sabine Krüger", "Markus Lehmann", "Ingrid Fischer"]
    assert [(row.line, row.reason) for row in batch.skipped] == [
        (11, "Zeile übergangen, vCard ohne sie übernommen: Zeile ohne Eigenschaft (Zeilenumbruch im Wert?)"),
        (14, "vCard ohne Personennamen"),
        (24, "vCard ohne „END:VCARD“ am Dateiende"),
    ]
    assert {row.file for row in batch.skipped} == {"broken.vcf"}


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (("N:Meier;Klaus;;Herr;", "FN:Klaus Meier"), (Salutation.HERR, "", "Klaus", "Meier")),
        (("N:Meier;Klaus;;;", "FN:Klaus Meier", "GENDER:M"), (Salutation.HERR, "", "Klaus", "Meier")),
        (("N:Meier;Kim;;;", "FN:Kim Meier", "X-GENDER:weiblich"), (Salutation.FRAU, "", "Kim", "Meier")),
        (("N:Meier;Kim;;;", "FN:Kim Meier", "GENDER:O"), (Salutation.NONE, "", "Kim", "Meier")),
        (("N:Meier;Kim;;;", "FN:Kim Meier"), (Salutation.NONE, "", "Kim", "Meier")),
        (("N:Meier;Kim;;Prof. Dr.;", "FN:Prof. Dr. Kim Meier"), (Salutation.NONE, "Prof. Dr.", "Kim", "Meier")),
        (("N:;;;;", "FN:Dr. Kim von Meier"), (Salutation.NONE, "Dr.", "Kim", "von Meier")),
        (("FN:Kim Meier",), (Salutation.NONE, "", "Kim", "Meier")),
        (("N:Meier;Kim;Maria;;", "FN:Kim Maria Meier"), (Salutation.NONE, "", "Kim Maria", "Meier")),
    ],
    ids=[
        "prefix-herr",
        "gender-m",
        "x-gender-de",
        "gender-other",
        "no-gender",
        "academic",
        "fn-only-n-empty",
        "fn-only",
        "additional-name",
    ],
)
def test_names_titles_and_salutation(tmp_path: Path, lines: tuple[str, ...], expected: tuple) -> None:
    (contact,) = parse_text(tmp_path, card(*lines)).contacts
    assert naming(contact) == expected


def test_company_website_is_not_a_profile(tmp_path: Path) -> None:
    (contact,) = parse_text(tmp_path, card("FN:Kim Meier", "URL:https://www.meier-gmbh.de/team")).contacts
    assert contact.profile_url == "" and contact.source == "vcard"


def test_latin1_file_without_charset(tmp_path: Path) -> None:
    (contact,) = parse_text(tmp_path, card("N:Groß;Jörg;;;", "FN:Jörg Groß", version="2.1"), "cp1252").contacts
    assert contact.full_name == "Jörg Groß"


def test_absurd_name_skips_the_card(tmp_path: Path) -> None:
    text = card("N:" + "M" * 1_000_000 + ";Kim;;;", "FN:Kim M") + card("FN:Klaus Meier")
    batch = parse_text(tmp_path, text)
    assert [c.full_name for c in batch.contacts] == ["Klaus Meier"]
    assert skipped(batch) == [(1, "Name (N) in Zeile 3 ist zu lang (1.000.009 Zeichen)")]
    text = card("N:" + "M" * 300 + ";Kim;;;", "FN:Kim M")
    assert skipped(parse_text(tmp_path, text)) == [(1, "Nachname ist zu lang (300 Zeichen, höchstens 200)")]


def test_a_value_over_its_limit_costs_that_value(tmp_path: Path) -> None:
    text = card("N:Meier;Kim;;;", "EMAIL:" + "k" * 400 + "@example.org", "NOTE:" + "Notiz " * 8_000, "ORG:Meier GmbH")
    batch = parse_text(tmp_path, text)
    (kim,) = batch.contacts
    assert (kim.full_name, kim.company, kim.email, kim.notes) == ("Kim Meier", "Meier GmbH", "", "")
    assert skipped(batch) == [
        (4, "EMAIL übergangen, vCard ohne sie übernommen: E-Mail ist zu lang (412 Zeichen, höchstens 320)"),
        (5, "NOTE übergangen, vCard ohne sie übernommen: zu lang (48.005 Zeichen)"),
    ]


def test_a_card_with_megabytes_of_text_is_not_read(tmp_path: Path) -> None:
    notes = [f"NOTE:{'Text ' * 6_000}" for _ in range(20)]
    batch = parse_text(tmp_path, card("N:Meier;Kim;;;", *notes) + card("FN:Klaus Meier"))
    assert [c.full_name for c in batch.contacts] == ["Klaus Meier"]
    assert skipped(batch) == [(1, "vCard mit mehr als 262.144 Zeichen Text")]


def test_bad_quoted_printable_charset_skips_only_that_card(tmp_path: Path) -> None:
    text = card("FN;CHARSET=KLINGONISCH;ENCODING=QUOTED-PRINTABLE:M=FCller", version="2.1") + card("FN:Klaus Meier")
    batch = parse_text(tmp_path, text)
    assert [c.full_name for c in batch.contacts] == ["Klaus Meier"] and batch.skipped[0].line == 1


@pytest.mark.parametrize(
    ("content", "fragment"),
    [
        (b"", "leer"),
        (b"First Name,Last Name\nAnna,M\xc3\xbcller\n", "keine vCard"),
        (b"\x00\x01\x02BEGIN:VCARD", "Binärdaten"),
    ],
    ids=["empty", "csv", "binary"],
)
def test_unusable_files_fail(tmp_path: Path, content: bytes, fragment: str) -> None:
    path = tmp_path / "x.vcf"
    path.write_bytes(content)
    with pytest.raises(ImportFailed) as caught:
        parse_vcards(path)
    assert fragment in str(caught.value)


def skipped(batch) -> list[tuple[int, str]]:
    return [(row.line, row.reason) for row in batch.skipped]


def test_ios_card_with_folded_photo_and_doubled_carriage_returns() -> None:
    # iOS writes the photo as base64 folded at 75 octets; a Windows copy turned every CRLF into CR CR LF.
    batch = parse_vcards(DATA / "ios_photo.vcf")
    (juergen,) = batch.contacts
    assert (juergen.full_name, juergen.company, juergen.position) == (
        "Jürgen Brandt", "Brandt Kältetechnik GmbH", "Geschäftsführer")
    assert juergen.email == "j.brandt@brandt-kaelte.de"
    assert juergen.profile_url == "https://linkedin.com/in/juergen-brandt-kaelte"
    assert batch.skipped == []


def test_lotus_notes_card_keeps_what_is_readable() -> None:
    batch = parse_vcards(DATA / "lotus_notes.vcf")
    (keller,) = batch.contacts
    assert naming(keller) == (Salutation.NONE, "Dr.", "Hans-Peter", "Keller")
    assert (keller.company, keller.position) == ("Keller Maschinenbau AG", "Vorstand Finanzen")
    assert keller.notes == "Kennengelernt beim Unternehmerfrühstück der IHK."
    assert skipped(batch) == [
        (11, "Zeile übergangen, vCard ohne sie übernommen: Zeile ohne Eigenschaft (Zeilenumbruch im Wert?)")]


def test_android_cards_with_damaged_quoted_printable_keep_the_rest() -> None:
    batch = parse_vcards(DATA / "android_broken.vcf")
    bjoern, ayse = batch.contacts
    assert (bjoern.full_name, bjoern.notes) == ("Björn Schäfer", "Sohn übernimmt den Betrieb 2027.")
    assert (ayse.full_name, ayse.company, ayse.position) == ("Ayşe Öztürk", "", "Geschäftsführerin")
    assert skipped(batch) == [
        (11, "Zeile übergangen, vCard ohne sie übernommen: Zeile ohne Eigenschaft (Zeilenumbruch im Wert?)"),
        (19, "ORG übergangen, vCard ohne sie übernommen: Zeichen passen nicht zu CHARSET=UTF-8"),
    ]


def test_each_property_is_decoded_by_its_own_charset() -> None:
    (juergen,) = parse_vcards(DATA / "mixed_charset_21.vcf").contacts
    assert juergen.full_name == "Jürgen Köhler"
    assert (juergen.company, juergen.position) == (
        "Köhler & Söhne Straßenbau GmbH", "Geschäftsführender Gesellschafter")
    assert juergen.notes == "Rückruf wegen Bürgschaft"


def test_outlook_company_keeps_its_comma() -> None:
    petra, frank = parse_vcards(DATA / "outlook_org_comma.vcf").contacts
    assert petra.company == "Hartmann, Vogel & Partner"
    # vCard 2.1 has no comma escape: a bare comma is text, not a list separator.
    assert frank.company == "Lorenz, Beck & Co. KG"


def test_a_name_never_splits_into_properties(tmp_path: Path) -> None:
    # U+2028, U+0085 and form feed are not line ends in a vCard: no property can be smuggled in.
    text = card("N:Meier;Kim;;;", "FN:Kim\u2028EMAIL:x@example.org\u0085URL:https://linkedin.com/in/x\x0cMeier")
    (contact,) = parse_text(tmp_path, text).contacts
    assert (contact.email, contact.profile_url, contact.last_name) == ("", "", "Meier")


def test_unreadable_name_lists_the_property_with_the_card(tmp_path: Path) -> None:
    text = card("N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:M=FCller;Anna;;;", "ORG:Firma", version="2.1")
    batch = parse_text(tmp_path, text)
    assert batch.contacts == []
    assert skipped(batch) == [(1, "vCard ohne Personennamen (N in Zeile 3: Zeichen passen nicht zu CHARSET=UTF-8)")]


def test_an_unreadable_url_costs_the_url_not_the_card(tmp_path: Path) -> None:
    text = card("FN:Kim Meier", "URL:https://[linkedin.com/in/kim",
                "X-SOCIALPROFILE;TYPE=xing:https://www.xing.com/profile/Kim_Meier")
    (contact,) = parse_text(tmp_path, text).contacts
    assert contact.profile_url == "https://xing.com/profile/kim_meier"


def test_a_cut_off_photo_costs_nothing(tmp_path: Path) -> None:
    # The photo is never read: a base64 value cut mid-way (odd length) made vobject drop the whole card.
    data = (DATA / "ios_photo.vcf").read_bytes().replace(b"\r\r\n", b"\r\n")
    start, end = data.index(b"PHOTO"), data.index(b"END:VCARD")
    path = tmp_path / "karte.vcf"
    path.write_bytes(data[:start] + data[start:start + 400] + b"\r\n" + data[end:])
    batch = parse_vcards(path)
    assert [contact.full_name for contact in batch.contacts] == ["Jürgen Brandt"] and batch.skipped == []
