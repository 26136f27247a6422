"""Every layout of LinkedIn's analytics workbooks in the notes, read into plain values; bad files refused."""

from __future__ import annotations

import copy
import io
import zipfile
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import Workbook

from advisor_tui.domain.audience.models import Category, DemographicShare, Period, Scope, WorkbookKind
from advisor_tui.domain.plan.post_links import PostRef
from advisor_tui.io.analytics import read_analytics, read_book
from advisor_tui.io.analytics.workbook import Book, Sheet, open_book
from advisor_tui.io.errors import ImportFailed
from tests.unit.analytics_books import (
    SHARE_URL,
    SHEETS,
    URL_1,
    URL_2,
    URL_3,
    aggregate,
    per_post_2026,
    per_post_legacy,
)

PT_DEMOGRAPHICS = (
    ("Cargo", "Diretor", "12%"),
    ("Localidade", "São Paulo", "30%"),
    ("Setor", "Bancos", "8%"),
    ("Tamanho", "51-200 funcionários", "15%"),
    ("Nível", "Sênior", "20%"),
    ("Empresa", "Itaú", "menos de 1%"),
)
DE_DEMOGRAPHICS = (
    ("Berufsbezeichnung", "Geschäftsführer", "3 %"),
    ("Karrierestufe", "Inhaber", "< 1 %"),
    ("Unternehmen", "Müller GmbH", "weniger als 1 %"),
    ("Branche", "Maschinenbau", 0.2),
)
HOSTILE = "[bold red]Alarm[/]\x9b2J\u202e" + "x" * 1000


@pytest.fixture(scope="module")
def books(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Every workbook once per module (openpyxl is slow-ish)."""
    folder = tmp_path_factory.mktemp("analytics")
    return {
        "legacy": aggregate(folder / "Content_2025-12-01_2025-12-20_Anna Müller, CFP (1).xlsx"),
        "en6": aggregate(
            folder / "AggregateAnalytics_Anna Müller_2026-04-27_2026-05-04.xlsx",
            sheets=SHEETS["en6"],
            start=date(2026, 4, 27),
            days=8,
            as_text=True,
            colon=False,
            impressions=["5,537", "2.571", "1\u00a0200", "1\u202f300", "0", "1", "2", "3"],
            engagements=["-28", "−3", "0", "1", "2", "3", "4", "5"],
            top_left=(),
            top_right=((URL_3, date(2026, 4, 30), "12"),),
        ),
        "de": aggregate(
            folder / "AggregateAnalytics_Anna_2026-04-27_2026-05-24.xlsx",
            sheets=SHEETS["de"],
            start=date(2026, 4, 27),
            days=28,
            style="dot",
            demographics=DE_DEMOGRAPHICS,
        ),
        "pt": aggregate(
            folder / "AggregateAnalytics_Ana Souza_2026-09-20_2026-10-02.xlsx",
            sheets=SHEETS["pt"],
            start=date(2026, 9, 20),
            days=13,
            style="dmy",
            as_text=True,
            demographics=PT_DEMOGRAPHICS,
            content=(("Cargo", "Diretor", "menos de 1%"),),
            followers_total="2.571 em 02/10/2026",
            top_left=(),
            top_right=((URL_2, date(2026, 9, 21), "1.358"),),
        ),
        # every part ≤ 12: the file name's dates decide D/M
        "pt_ambiguous": aggregate(
            folder / "AggregateAnalytics_Ana_2026-02-01_2026-02-10.xlsx",
            sheets=SHEETS["pt"],
            start=date(2026, 2, 1),
            days=10,
            style="dmy",
            as_text=True,
        ),
        # English sheet names, D/M dates, every part ≤ 12 and 01/01 readable both ways: the file name's end decides
        "en_day_first": aggregate(
            folder / "AggregateAnalytics_Ana_2026-01-01_2026-01-10.xlsx",
            start=date(2026, 1, 1),
            days=10,
            style="dmy",
        ),
        "en_ambiguous": aggregate(folder / "Content_2026-02-01_2026-02-10_Anna.xlsx", start=date(2026, 2, 1), days=10),
        "resaved": aggregate(folder / "Content_2025-12-01_2025-12-20_Anna.xlsx", real_dates=True),
        "lists": aggregate(
            folder / "analytics.xlsx",
            column_d="481",
            top_left=tuple((f"{URL_1[:-3]}{n:03d}", date(2025, 12, 1), 50 - n) for n in range(3)),
            top_right=tuple((f"{URL_1[:-3]}{n:03d}", date(2025, 12, 1), 900 - n) for n in range(2, 9)),
        ),
        "hostile": aggregate(
            folder / "Content_2025-12-01_2025-12-20_X.xlsx",
            demographics=(("Companies", HOSTILE, "< 1%"), ("Hobbies", "Segeln", "5%")),
        ),
        "post_legacy": per_post_legacy(folder / "PostAnalytics_AnnaMueller_7367980676152819712.xlsx"),
        "post_2026": per_post_2026(folder / "SinglePostAnalytics_Anna Müller_7485680138597240832.xlsx"),
        "post_plain": per_post_2026(folder / "Beitrag.xlsx", url="", sections=False),
    }


def test_legacy_aggregate_in_english(books: dict[str, Path]) -> None:
    parsed = read_analytics(books["legacy"])
    book = parsed.workbook
    assert len(parsed.digest) == 64
    assert book.kind is WorkbookKind.AGGREGATE and book.language == "en"
    assert book.period == Period(date(2025, 12, 1), date(2025, 12, 20)) and book.as_of == date(2025, 12, 20)
    assert (book.impressions, book.members_reached) == (1491, 875)
    assert (book.followers_total, book.followers_on) == (54448, date(2025, 12, 20))
    assert len(book.days) == 20 and book.days[0].day == date(2025, 12, 1)
    assert (book.days[1].impressions, book.days[1].engagements, book.days[1].new_followers) == (101, 1, 1)
    posts = {p.url: p for p in book.posts}
    assert (posts[URL_1].engagements, posts[URL_1].engagements_rank) == (3, 1)
    assert (posts[URL_1].impressions, posts[URL_1].impressions_rank) == (29, 2)
    assert posts[URL_2].engagements is None and posts[URL_2].engagements_rank is None  # not in that list ≠ 0
    assert posts[URL_2].published_on == date(2025, 12, 14) and posts[URL_2].ref == PostRef("activity", URL_2[-19:])
    [table] = book.demographics
    assert table.scope is Scope.AUDIENCE and table.period == book.period
    assert [(s.category, s.value, s.below_one_percent) for s in table.shares] == [
        (Category.JOB_TITLE, "Geschäftsführer", False),
        (Category.SENIORITY, "Owner", False),
        (Category.COMPANY, "Müller GmbH", True),
    ]
    assert [s.share for s in table.shares] == [pytest.approx(0.0233433730900287), pytest.approx(0.26807227730751), None]
    assert not book.ignored


def test_2026_aggregate_with_six_sheets_and_text_values(books: dict[str, Path]) -> None:
    book = read_analytics(books["en6"]).workbook
    assert [d.impressions for d in book.days[:4]] == [5537, 2571, 1200, 1300]
    assert [d.engagements for d in book.days[:2]] == [-28, -3]
    assert book.followers_total == 54448 and book.followers_on == date(2026, 5, 4)  # label without colon
    assert [t.scope for t in book.demographics] == [Scope.AUDIENCE, Scope.CONTENT]
    assert book.demographics[1].shares == (DemographicShare(Category.INDUSTRY, "Maschinenbau", 0.07),)
    [post] = book.posts
    assert post.ref == PostRef("share", "7405116013417070593") and post.impressions == 12 and post.engagements is None


def test_german_sheet_names_dates_with_dots_and_german_small_shares(books: dict[str, Path]) -> None:
    book = read_analytics(books["de"]).workbook
    assert book.language == "de" and book.period == Period(date(2026, 4, 27), date(2026, 5, 24))
    assert len(book.days) == 28 and book.days[-1].day == date(2026, 5, 24)
    shares = book.demographics[0].shares
    assert [s.category for s in shares] == [Category.JOB_TITLE, Category.SENIORITY, Category.COMPANY, Category.INDUSTRY]
    assert [(s.share, s.below_one_percent) for s in shares] == [(0.03, False), (None, True), (None, True), (0.2, False)]


def test_portuguese_six_tabs_day_first(books: dict[str, Path]) -> None:
    book = read_analytics(books["pt"]).workbook
    assert book.language == "pt" and book.period == Period(date(2026, 9, 20), date(2026, 10, 2))
    assert book.days[-1].day == date(2026, 10, 2)
    assert (book.followers_total, book.followers_on) == (2571, date(2026, 10, 2))
    audience, content = book.demographics
    assert [s.category for s in audience.shares] == [
        Category.JOB_TITLE,
        Category.LOCATION,
        Category.INDUSTRY,
        Category.COMPANY_SIZE,
        Category.SENIORITY,
        Category.COMPANY,
    ]
    assert audience.shares[-1].below_one_percent and content.shares[0].below_one_percent
    [post] = book.posts  # the engagement list is empty, the impressions list has one post
    assert (post.impressions, post.engagements, post.published_on) == (1358, None, date(2026, 9, 21))


def test_day_and_month_decided_by_file_name_or_language(books: dict[str, Path]) -> None:
    pt = read_analytics(books["pt_ambiguous"]).workbook
    assert [d.day for d in pt.days[:2]] == [date(2026, 2, 1), date(2026, 2, 2)]
    day_first = read_analytics(books["en_day_first"]).workbook
    assert day_first.days[-1].day == date(2026, 1, 10) and len(day_first.days) == 10
    en = read_analytics(books["en_ambiguous"]).workbook
    assert [d.day for d in en.days[:2]] == [date(2026, 2, 1), date(2026, 2, 2)]


def test_resaved_file_with_real_dates_reads_the_same(books: dict[str, Path]) -> None:
    resaved, legacy = read_analytics(books["resaved"]).workbook, read_analytics(books["legacy"]).workbook
    assert resaved.days == legacy.days and resaved.posts == legacy.posts


def test_top_lists_of_different_lengths_merge_by_post_and_never_read_column_d(books: dict[str, Path]) -> None:
    book = read_analytics(books["lists"]).workbook  # renamed: recognised by its sheets
    assert book.kind is WorkbookKind.AGGREGATE and book.period == Period(date(2025, 12, 1), date(2025, 12, 20))
    posts = {p.url[-3:]: p for p in book.posts}
    assert len(posts) == 9
    assert (posts["000"].engagements_rank, posts["000"].impressions_rank) == (1, None)
    assert (posts["002"].engagements, posts["002"].impressions, posts["002"].impressions_rank) == (48, 898, 1)
    assert (posts["008"].engagements, posts["008"].impressions_rank) == (None, 7)


def test_hostile_cells_stay_data_and_unknown_rows_and_sheets_are_counted(books: dict[str, Path]) -> None:
    book = read_analytics(books["hostile"]).workbook
    [share] = book.demographics[0].shares
    assert share.value.startswith("[bold red]Alarm[/]\x9b2J\u202e") and len(share.value) == 300
    assert book.ignored == {"Demografie-Zeile mit unbekannter Kategorie": 1}


def test_legacy_per_post_export(books: dict[str, Path]) -> None:
    book = read_analytics(books["post_legacy"]).workbook
    assert book.kind is WorkbookKind.POST and book.post == PostRef("share", "7432391508978397184")
    [post] = book.posts
    assert post.url == SHARE_URL and post.published_on == date(2025, 9, 30)
    assert (post.impressions, post.members_reached, post.reactions, post.comments) == (5537, 3329, 41, 7)
    assert (post.profile_viewers, post.followers_gained, post.social_engagements) == (28, 3, None)
    [table] = book.demographics
    assert table.scope is Scope.POST and table.post == book.post and table.post_url == SHARE_URL
    assert table.shares[0] == DemographicShare(Category.COMPANY_SIZE, "10,001+ employees", 0.31)
    assert table.shares[2].below_one_percent
    assert book.as_of is not None and not book.ignored


def test_2026_per_post_export(books: dict[str, Path]) -> None:
    book = read_analytics(books["post_2026"]).workbook
    [post] = book.posts
    assert post.ref == PostRef("share", "7405116013417070593") and post.published_on == date(2026, 7, 22)
    assert (post.impressions, post.social_engagements, post.reactions, post.sends) == (3000, 103, 90, 1)
    assert post.engagements is None  # "Social engagements" is not TOP POSTS' "Engagements"
    assert [s.share for s in book.demographics[0].shares] == [0.1, 0.04, None]
    assert not book.ignored


def test_per_post_without_sections_or_url_falls_back_to_nothing_it_cannot_know(books: dict[str, Path]) -> None:
    with pytest.raises(ImportFailed, match="Post URL"):
        read_analytics(books["post_plain"])


def _xlsx_bytes(book: Workbook) -> bytes:
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def _zip(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def _other_workbook() -> bytes:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["Name", "Betrag"])
    sheet.append(["Miete", 1200])
    return _xlsx_bytes(book)


OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 504


def _lying_bomb() -> bytes:
    """A real workbook whose first sheet unpacks to 5 MB while both zip headers declare 1,000 bytes."""
    source = zipfile.ZipFile(io.BytesIO(_other_workbook()))
    members = {info.filename: source.read(info) for info in source.infolist()}
    members["xl/worksheets/sheet1.xml"] = b"<" * 5_000_000
    data = bytearray(_zip(members))
    import struct

    for signature, offset in ((b"PK\x03\x04", 22), (b"PK\x01\x02", 24)):
        start = 0
        while (start := data.find(signature, start)) >= 0:
            name_offset = 30 if signature == b"PK\x03\x04" else 46
            length = struct.unpack_from("<H", data, start + 26 if name_offset == 30 else start + 28)[0]
            if data[start + name_offset : start + name_offset + length] == b"xl/worksheets/sheet1.xml":
                struct.pack_into("<I", data, start + offset, 1000)
            start += 4
    return bytes(data)


@pytest.mark.parametrize(
    ("name", "make", "message"),
    [
        ("Haushalt.xlsx", _other_workbook, "kein LinkedIn-Analytics-Export"),
        ("Content_2025-12-01_2025-12-20_A.xlsx", lambda: OLE2 + "EncryptedPackage".encode("utf-16-le"), "Kennwort"),
        ("alt.xlsx", lambda: OLE2, "alte Excel-Datei"),
        ("kaputt.xlsx", lambda: _other_workbook()[:3000], "beschädigt"),
        ("archiv.xlsx", lambda: _zip({"notiz.txt": b"Hallo"}), "anderes ZIP-Archiv"),
        ("umbenannt.xlsx", lambda: b"Date,Impressions\r\n4/24/2022,90830\r\n", "umbenannte CSV"),
        (
            "bombe.xlsx",
            lambda: _zip({"xl/workbook.xml": b"<x/>", "xl/worksheets/sheet1.xml": b"\0" * 5_000_000}),
            "entpackt größer",
        ),
    ],
)
def test_unusable_files_are_one_german_line(tmp_path: Path, name: str, make, message: str) -> None:
    with pytest.raises(ImportFailed, match=message) as caught:
        read_analytics(_write(tmp_path / name, make()))
    assert "\n" not in str(caught.value)


def test_a_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ImportFailed, match="wurde nicht gefunden"):
        read_analytics(tmp_path / "fehlt.xlsx")


@pytest.fixture(scope="module")
def legacy_book(books: dict[str, Path]) -> Book:
    """The legacy workbook opened once; each test changes cells of its own copy (no openpyxl round trip)."""
    return open_book(books["legacy"])


def _with_cell(book: Book, sheet_name: str, cell: str, value: object) -> Book:
    changed = copy.deepcopy(book)
    sheet = next(s for s in changed.sheets if s.name == sheet_name)
    column, row = ord(cell[0]) - 64, int(cell[1:])
    while len(sheet.rows) < row:
        sheet.rows.append(())
    values = list(sheet.rows[row - 1]) + [None] * max(0, column - len(sheet.rows[row - 1]))
    values[column - 1] = value
    sheet.rows[row - 1] = tuple(values)
    return changed


@pytest.mark.parametrize(
    ("sheet", "cell", "value", "message"),
    [
        ("ENGAGEMENT", "B5", "viele", r"„ENGAGEMENT“, Zelle B5: „viele“ ist keine Zahl"),
        ("ENGAGEMENT", "A6", "31.2.2025", r"Zelle A6: „31.2.2025“ ist kein Datum"),
        ("ENGAGEMENT", "A7", "13/45/2025", r"Zelle A7: „13/45/2025“ ist kein Datum"),
        ("DEMOGRAPHICS", "C2", "\x9b31mviel", r"Zelle C2: „�31mviel“ ist kein Prozentwert"),
        ("TOP POSTS", "G4", "1.358,5x", r"Zelle G4"),
        ("FOLLOWERS", "B1", 12.5, r"Zelle B1: „12.5“ ist keine ganze Zahl"),
    ],
)
def test_unexpected_cells_are_refused(legacy_book: Book, sheet: str, cell: str, value: object, message: str) -> None:
    with pytest.raises(ImportFailed, match=message):
        read_book(_with_cell(legacy_book, sheet, cell, value))


def test_unknown_sheets_and_rows_are_counted(legacy_book: Book) -> None:
    book = copy.deepcopy(legacy_book)
    book.sheets[0].rows.append(("In-network", "12"))  # DISCOVERY
    book.sheets[1].rows.append(("Total", "2090", "30"))  # ENGAGEMENT
    book.sheets.append(Sheet(book.file_name, "Notizen", [("meine Notiz",)]))
    parsed = read_book(book).workbook
    assert parsed.ignored == {
        "unbekanntes Tabellenblatt": 1,
        "unbekannte Zeile in DISCOVERY": 1,
        "Zeile ohne Datum in „ENGAGEMENT“": 1,
    }
    assert parsed.impressions == 1491


def test_created_date_of_a_resaved_per_post_file_is_its_as_of(books: dict[str, Path]) -> None:
    book = read_analytics(books["post_2026"]).workbook
    assert book.as_of is not None and book.as_of <= datetime.now().date()


def test_unknown_sheet_names_are_read_by_their_order(books: dict[str, Path], legacy_book: Book) -> None:
    book = copy.deepcopy(legacy_book)
    for sheet, name in zip(
        book.sheets, ("Découverte", "Interactions", "Meilleurs posts", "Abonnés", "Démo"), strict=True
    ):
        sheet.name = name
    assert read_book(book).workbook == read_analytics(books["legacy"]).workbook


def test_per_post_without_url_keys_by_the_file_names_id(tmp_path: Path) -> None:
    path = per_post_2026(tmp_path / "SinglePostAnalytics_Anna Müller_7485680138597240832 (2).xlsx", url="")
    book = read_analytics(path).workbook
    assert book.post == PostRef("activity", "7485680138597240832") and book.posts[0].ref == book.post


def test_a_hostile_file_name_reaches_the_message_as_symbols(tmp_path: Path) -> None:
    with pytest.raises(ImportFailed) as caught:
        read_analytics(_write(tmp_path / "Content_\x1b[2J\x9b.xlsx", b"Date,Impressions\n"))
    assert "\x1b" not in str(caught.value) and "\x9b" not in str(caught.value) and "␛[2J" in str(caught.value)


def test_a_file_as_poi_writes_it_the_stripped_2023_sample(tmp_path: Path) -> None:
    """Shared strings, the wrong dimension (read-only mode would see one column), three sheets as in the sample."""
    from openpyxl import load_workbook

    from tests.unit.poi_xlsx import poi_workbook

    path = poi_workbook(
        tmp_path / "Content_2022-04-24_2022-04-26_Max Mustermann.xlsx",
        {
            "ENGAGEMENT": [
                ["Date", "Impressions", "Engagements"],
                ["4/24/2022", 90830, 9980],
                ["4/25/2022", 0, 0],
                ["4/26/2022", 1200, 31],
            ],
            "FOLLOWERS": [
                ["Total followers on 4/26/2022:", 54448],
                [],
                ["Date", "New followers"],
                ["4/24/2022", 191],
                ["4/25/2022", 0],
                ["4/26/2022", 157],
            ],
            "DEMOGRAPHICS": [
                ["Top Demographics", "Value", "Percentage"],
                ["Job titles", "Portfolio Manager", 0.023343373090028763],
                ["Company size", "10,001+ employees", 0.14533132314682007],
                ["Companies", "zzzz", "< 1%"],
            ],
        },
    )
    assert load_workbook(path, read_only=True)["ENGAGEMENT"].max_column == 1  # why read-only mode is not used
    book = read_analytics(path).workbook
    assert book.period == Period(date(2022, 4, 24), date(2022, 4, 26)) and book.as_of == date(2022, 4, 26)
    assert [(d.impressions, d.engagements, d.new_followers) for d in book.days] == [
        (90830, 9980, 191),
        (0, 0, 0),
        (1200, 31, 157),
    ]
    assert (book.followers_total, book.followers_on) == (54448, date(2022, 4, 26))
    assert [s.category for s in book.demographics[0].shares] == [
        Category.JOB_TITLE,
        Category.COMPANY_SIZE,
        Category.COMPANY,
    ]
    assert book.demographics[0].shares[0].share == 0.023343373090028763 and not book.ignored
