"""The export's own activity (Shares.csv 2018–2025, Articles/*.html, Comments.csv, Reactions.csv) as LinkedIn
writes it, byte for byte, through the parser and the command line."""

from __future__ import annotations

import codecs
import json
import sqlite3
import zipfile
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from advisor_tui.cli import main
from advisor_tui.domain.models import PostStatus
from advisor_tui.io.errors import ImportFailed
from advisor_tui.io.linkedin import parse_linkedin
from advisor_tui.store.store import Store

SHARE_1 = "https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A6973486117328359424"
SHARE_2 = "https://www.linkedin.com/feed/update/urn%3Ali%3Ashare%3A6974000000000000000"
SHARE_3 = "https://www.linkedin.com/feed/update/urn%3Ali%3AugcPost%3A7180000000000000001"
# 2022 (B): no BOM, LF; a multi-line post with each line wrapped in quotes, a repost without commentary.
SHARES_2022 = (
    "Date,ShareLink,ShareCommentary,SharedURL,MediaURL,Visibility\n"
    f'2022-09-08 04:10:18,{SHARE_1},"""Nachfolge ist Chefsache.""\n""""\n""Drei Fragen an Unternehmer:""\n'
    '""1. Wer übernimmt?""",,,MEMBER_NETWORK\n'
    f"2022-09-10 19:00:00,{SHARE_2},,https://www.handelsblatt.com/finanzen/nachfolge,,MEMBER_NETWORK\n"
).encode()
# 2024/2025: BOM, CRLF, SharedUrl/MediaUrl; quotes inside a wrapped line, a hostile cell with markup and ESC.
SHARES_2024 = (
    "\ufeffDate,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility\r\n"
    f'2024-03-10 23:30:00,{SHARE_3},"""Er sagte """"Zinswende"""".""\r\n""[/] [bold]Alarm\x1b[31m rot""",,'
    "https://media.licdn.com/dms/image/x,MEMBER_NETWORK\r\n"
).encode()
SHARES_2018_ROWS = (
    '"Date"\t"Share Title"\t"Share Description"\t"Share Link"\t"Share Commentary"\t"Shared URL"\t"Media URL"\t'
    '"Type"\t"Visibility"\r\n'
    '"2017/06/08 08:15:44 UTC"\t"Die Zukunft der Altersvorsorge"\t"Ein Überblick"\t'
    '"https://www.linkedin.com/updates?discuss=&scope=62&stype=M&topic=6278&type=U&a=HjL1"\t"Lesenswert für '
    'Unternehmer."\t"https://www.faz.net/aktuell/altersvorsorge"\t""\t"ARTICLE"\t"Connections"\r\n'
    '"2017/06/12 18:02:10 UTC"\t"Betriebsrente im Mittelstand"\t""\t'
    '"https://www.linkedin.com/updates?discuss=&scope=62&stype=M&topic=6300&type=U&a=Kq2x"\t""\t'
    '"https://www.handelsblatt.com/betriebsrente"\t""\t"ARTICLE"\t"Public"\r\n'
)
SHARES_2018 = codecs.BOM_UTF16_LE + SHARES_2018_ROWS.encode("utf-16-le")
COMMENTS = (
    b"Date,Link,Message\r\n"
    b"2022-09-08 18:34:12,https://www.linkedin.com/feed/update/urn:li:activity:6973486117328359999,"
    b'"Sehr guter Punkt, \\""Nachfolge\\"" ist Chefsache."\r\n'
    b"2022-09-09 07:01:00,https://www.linkedin.com/feed/update/urn:li:activity:6973486117328350000,Danke!\r\n"
)
REACTIONS = (
    b"Date,Type,Link\n"
    b"2024-03-08 10:00:00,LIKE,https://www.linkedin.com/feed/update/urn:li:activity:7171000000000000001\n"
    b"2024-03-08 10:00:00,PRAISE,https://www.linkedin.com/feed/update/urn:li:activity:7171000000000000002\n"
)
ARTICLE = (
    '<html><head><meta charset="UTF-8"><title>Nachfolge &amp; Vermögen</title><script>alert("x")</script>'
    '<style>p{color:red}</style></head><body><h1><a href="https://www.linkedin.com/pulse/nachfolge-anna-weber">'
    'Nachfolge &amp; Vermögen</a></h1><p class="created">Created on 2017-12-09 04:54</p>'
    '<p class="published">Published on 2017-12-09 05:10</p><div><p>Wer ein Unternehmen übergibt, '
    '<b>plant</b> früh.</p><p>Zweiter&nbsp;Absatz</p><img src="https://media.licdn.com/x.png"></div></body></html>'
)


def _write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def _zip(tmp_path: Path, members: dict[str, bytes | str]) -> Path:
    path = tmp_path / "Complete_LinkedInDataExport_12-01-2026.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return path


def test_shares_2022_unwrap_each_line_and_keep_reposts_as_shared_content(tmp_path: Path) -> None:
    batch = parse_linkedin(_write(tmp_path, "Shares.csv", SHARES_2022))
    first, repost = batch.posts
    assert first.text == "Nachfolge ist Chefsache.\n\nDrei Fragen an Unternehmer:\n1. Wer übernimmt?"
    assert first.title == "Nachfolge ist Chefsache." and first.own_content
    assert first.key == "urn:li:share:6973486117328359424" and first.link == SHARE_1
    assert first.at == datetime(2022, 9, 8, 4, 10, 18, tzinfo=UTC) and first.visibility == "MEMBER_NETWORK"
    assert repost.text == "" and not repost.own_content
    assert repost.title == "Weitergeteilter Beitrag (handelsblatt.com)"
    assert batch.skipped == [] and batch.contacts == []


def test_shares_2024_with_bom_crlf_quotes_and_a_hostile_cell(tmp_path: Path) -> None:
    [post] = parse_linkedin(_write(tmp_path, "Shares.csv", SHARES_2024)).posts
    assert post.text == 'Er sagte "Zinswende".\n[/] [bold]Alarm\x1b[31m rot'  # data, kept as written
    assert post.title == 'Er sagte "Zinswende".' and post.key == "urn:li:ugcPost:7180000000000000001"
    assert post.published_on == date(2024, 3, 11)  # 23:30 UTC on Sunday is Monday in Berlin


def test_shares_2018_utf16_tabs_nine_columns(tmp_path: Path) -> None:
    files = [
        _write(tmp_path, "Shares.csv", SHARES_2018),
        _write(tmp_path, "Shares_ohne_BOM.csv", SHARES_2018_ROWS.encode("utf-16-le")),
        _zip(tmp_path, {"Shares.csv": SHARES_2018}),
    ]
    for path in files:
        own, repost = parse_linkedin(path).posts
        assert own.at == datetime(2017, 6, 8, 8, 15, 44, tzinfo=UTC) and own.text == "Lesenswert für Unternehmer."
        assert own.visibility == "Connections" and own.shared_url == "https://www.faz.net/aktuell/altersvorsorge"
        assert own.key == own.link  # the 2018 link names no post id: the link itself is the key
        assert not repost.own_content and repost.title == "Geteilt: Betriebsrente im Mittelstand"


def test_comments_and_reactions(tmp_path: Path) -> None:
    batch = parse_linkedin(_zip(tmp_path, {"Comments.csv": COMMENTS, "Reactions.csv": REACTIONS}))
    assert [c.text for c in batch.comments] == ['Sehr guter Punkt, "Nachfolge" ist Chefsache.', "Danke!"]
    assert batch.comments[0].at == datetime(2022, 9, 8, 18, 34, 12, tzinfo=UTC)
    assert [(r.kind, r.link[-1]) for r in batch.reactions] == [("LIKE", "1"), ("PRAISE", "2")]


def test_articles_in_the_zip_are_read_as_text_by_file_name_or_own_date(tmp_path: Path) -> None:
    path = _zip(
        tmp_path,
        {
            "Articles/Articles/2017-12-09 04:54:08.html": ARTICLE,
            "Articles/Articles/nachfolge-vermoegen-anna-weber.html": ARTICLE.replace("05:10", "06:00"),
            "Articles/Articles/ohne-datum.html": "<html><body><h1>Ohne Datum</h1><p>Text</p></body></html>",
            "Articles/Articles/kaputt.html": b"\x00\x01\x02binary\xff" * 20,
        },
    )
    batch = parse_linkedin(path)
    by_name, by_text = batch.posts
    assert by_name.at == datetime(2017, 12, 9, 4, 54, 8, tzinfo=UTC) and by_text.at.hour == 6
    assert by_name.title == "Nachfolge & Vermögen" and by_name.own_content
    assert by_name.text == "Wer ein Unternehmen übergibt, plant früh.\n\nZweiter Absatz"
    assert by_name.link == "https://www.linkedin.com/pulse/nachfolge-anna-weber"
    assert by_name.key == "article:2017-12-09 04:54:08.html"
    damaged, undated = sorted(batch.skipped, key=lambda row: row.file)
    assert undated.file.endswith("ohne-datum.html") and "kein Datum" in undated.reason
    assert damaged.file.endswith("kaputt.html") and "Binärdaten" in damaged.reason
    assert "alert" not in by_name.text + by_text.text


def test_a_single_article_file_is_an_import(tmp_path: Path) -> None:
    [article] = parse_linkedin(_write(tmp_path, "nachfolge.html", ARTICLE.encode())).posts
    assert article.title == "Nachfolge & Vermögen" and article.at == datetime(2017, 12, 9, 5, 10, tzinfo=UTC)
    with pytest.raises(ImportFailed, match="„leer.html“: Artikel nicht übernommen: kein Datum"):
        parse_linkedin(_write(tmp_path, "leer.html", b"<html><body><h1>Titel</h1></body></html>"))


def test_a_shares_csv_with_no_readable_row_is_refused(tmp_path: Path) -> None:
    broken = b"Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility\nGestern,x,Text,,,\nheute,y,Text,,,\n"
    with pytest.raises(ImportFailed, match="„Shares.csv“ ist beschädigt: keine Zeile lässt sich lesen"):
        parse_linkedin(_write(tmp_path, "Shares.csv", broken))


def _cli(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


def _dump(db: Path) -> list:
    with sqlite3.connect(db) as connection:
        names = [r[0] for r in connection.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")]
        return [(name, connection.execute(f"SELECT * FROM {name} ORDER BY 1").fetchall()) for name in names]


def test_cli_imports_a_zip_of_own_activity_once_and_refuses_a_broken_one(tmp_path: Path, store: Store, capsys) -> None:
    db = store.path  # a migrated store: the command opens it beside this test's connection
    export = _zip(
        tmp_path,
        {
            "Shares.csv": SHARES_2022,
            "Comments.csv": COMMENTS,
            "Reactions.csv": REACTIONS,
            "Articles/Articles/2017-12-09 04:54:08.html": ARTICLE,
        },
    )
    code, out, _ = _cli(capsys, "import", "linkedin", str(export), "--db", str(db), "--json")
    first = json.loads(out)
    assert code == 0 and (first["added"], first["posts_added"], first["posts_matched"]) == (0, 3, 0)
    assert (first["comments_added"], first["reactions_added"]) == (2, 2)
    code, out, _ = _cli(capsys, "import", "linkedin", str(export), "--db", str(db))
    assert code == 0 and "Beiträge: 3 schon da" in out and "\x1b" not in out
    posts = store.plan.list()
    assert len(posts) == 3 and all(p.status is PostStatus.PUBLISHED for p in posts)
    assert len(store.own_activity.comments()) == 2 and len(store.own_activity.reactions()) == 2
    before = _dump(db)
    broken = _write(
        tmp_path, "Shares.csv", b"Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility\nGestern,x,Text,,,\n"
    )
    code, out, err = _cli(capsys, "import", "linkedin", str(broken), "--db", str(db))
    assert code == 2 and out == "" and len(err.strip().splitlines()) == 1 and "beschädigt" in err
    assert _dump(db) == before


def test_cli_summary_of_a_shares_only_zip_names_the_posts(tmp_path: Path, store: Store, capsys) -> None:
    export = _zip(tmp_path, {"Basic_LinkedInDataExport/Shares.csv": SHARES_2024})
    code, out, _ = _cli(capsys, "import", "linkedin", str(export), "--db", str(store.path))
    assert code == 0 and out.splitlines()[0].endswith("· Beiträge: 1 neu")


def test_forgetting_a_contact_leaves_the_advisors_own_activity(tmp_path: Path, store: Store, capsys) -> None:
    db = store.path
    connections = (
        b"First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
        b"Anna,M\xc3\xbcller,https://www.linkedin.com/in/anna-mueller,,M\xc3\xbcller GmbH,CEO,09 Sep 2022\n"
    )
    export = _zip(tmp_path, {"Connections.csv": connections, "Shares.csv": SHARES_2022, "Comments.csv": COMMENTS})
    assert _cli(capsys, "import", "linkedin", str(export), "--db", str(db))[0] == 0
    code, out, _ = _cli(capsys, "forget", "linkedin.com/in/anna-mueller", "--yes", "--db", str(db))
    assert code == 0 and "Anna Müller" in out
    assert store.contacts.count() == 0
    assert len(store.plan.list()) == 2 and len(store.own_activity.comments()) == 2


def test_summary_names_the_own_activity_only_when_there_is_some() -> None:
    from advisor_tui.domain.contacts.import_text import summary_lines

    base = {"added": 2, "updated": 0, "unchanged": 0, "skipped": []}
    assert summary_lines(base)[0] == "Neu: 2 · aktualisiert: 0 · unverändert: 0 · übersprungen: 0"
    own = {
        **base,
        "posts_added": 1_200,
        "posts_matched": 3,
        "posts_unchanged": 0,
        "comments_added": 1,
        "reactions_added": 10_000,
    }
    assert summary_lines(own)[0].endswith(
        "· Beiträge: 1.200 neu, 3 dem Plan zugeordnet · 1 Kommentar neu · 10.000 Reaktionen neu"
    )
