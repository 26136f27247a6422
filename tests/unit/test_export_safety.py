"""Exports of hostile text: no controls written, no formula left live, and our own importers read them back."""

from __future__ import annotations

import csv
import io
from datetime import UTC, datetime
from pathlib import Path

import vobject

from advisor_tui.cli import main
from advisor_tui.domain.contacts.identity import identity_key
from advisor_tui.domain.models import Contact, Post, PostStatus
from advisor_tui.domain.text_safety import export_text
from advisor_tui.io.contacts_export import CSV_HEADER, EXCEL_HEADER, export_csv, export_vcards
from advisor_tui.io.plan_export import export_ics, export_plan_csv
from advisor_tui.io.vcard import parse_vcards
from advisor_tui.store.store import Store

# Every character that breaks a line for str.splitlines(), plus terminal controls; none may be written raw.
BREAKS = "\u2028\u2029\x85\x0c\x0b\r\n\x1c\x1d\x1e"
RAW = set(BREAKS) | set("\x1b\x07\x00\x7f\x9b\u202e")


def hostile_contact() -> Contact:
    return Contact(
        "Anna\u2028EMAIL:evil@example.com",
        "Mül\x85URL:https://www.linkedin.com/in/someone-else\x0cler",
        title="Dr.\x1b",
        company="ACME [/] Holding\x1b]52;c;ZWNobyBwd25lZA==\x07",
        position="Chef\u2029in\rX-INJECTED:1\x1b[2J",
        email="anna@example.com",
        profile_url="https://linkedin.com/in/anna-mueller",
        labels=("Abend\x0b2026", "=HYPERLINK(\"x\")"),
    )


def words(text: str) -> str:
    return " ".join(text.split())


def test_vcard_writes_no_line_breaking_character_inside_a_value() -> None:
    text = export_vcards([hostile_contact()]).decode("utf-8")
    lines = text.split("\r\n")
    assert not RAW & set("".join(lines))
    assert [line.split(":")[0] for line in lines if line and not line.startswith(" ")] == [
        "BEGIN", "VERSION", "N", "FN", "ORG", "TITLE", "EMAIL;TYPE=INTERNET", "URL", "CATEGORIES", "END"]


def test_vcard_round_trip_keeps_fields_and_identity(tmp_path: Path) -> None:
    contact = hostile_contact()
    path = tmp_path / "export.vcf"
    path.write_bytes(export_vcards([contact]))
    batch = parse_vcards(path)
    assert not batch.skipped
    [back] = batch.contacts
    # The importer folds runs of white space in names; what matters is that nothing moved to another field.
    for field in ("first_name", "last_name", "title", "company", "position"):
        assert words(getattr(back, field)) == words(export_text(getattr(contact, field))), field
    assert tuple(map(words, back.labels)) == tuple(words(export_text(label)) for label in contact.labels)
    assert (back.email, back.profile_url) == (contact.email, contact.profile_url)
    assert identity_key(back) == identity_key(contact)


def test_vcard_of_hostile_contact_reads_back_with_vobject() -> None:
    card = vobject.readOne(export_vcards([hostile_contact()]).decode("utf-8"))
    assert [line.value for line in card.contents["email"]] == ["anna@example.com"]
    assert [line.value for line in card.contents["url"]] == ["https://linkedin.com/in/anna-mueller"]
    assert card.org.value == [export_text(hostile_contact().company)]
    assert card.n.value.given == export_text(hostile_contact().first_name)


def test_contacts_csv_has_one_line_per_contact_and_no_controls() -> None:
    for excel in (False, True):
        data = export_csv([hostile_contact(), Contact("Bernd", "Braun")], excel=excel).decode("utf-8-sig")
        assert not (RAW - {"\r", "\n"}) & set(data)
        assert "\r" not in data.replace("\r\n", "") if excel else "\r" not in data
        rows = list(csv.reader(io.StringIO(data, newline=""), delimiter=";" if excel else ","))
        header = EXCEL_HEADER if excel else CSV_HEADER
        assert len(rows) == 3 and rows[0] == list(header) and all(len(row) == len(header) for row in rows)
        joined = ", " if excel else "|"
        assert rows[1][CSV_HEADER.index("labels")] == f"Abend\n2026{joined}=HYPERLINK(\"x\")"
        assert rows[1][CSV_HEADER.index("position")] == "Chef\nin\nX-INJECTED:1[2J"


def hostile_plan() -> list[Post]:
    return [
        Post("Titel mit\rCR und\nLF und\u2028LS", 2026, 48, body="Zeile 1\rZeile 2\u2029Zeile 3\x1b]0;t\x07",
             status=PostStatus.PLANNED, target_segment="@Zielgruppe", source="+49 Quelle", id=1),
        Post("=HYPERLINK(\"https://evil.example\";\"klick\")", 2026, 49, body="- Punkt eins\n- Punkt zwei", id=2),
        Post("-10 % Zinsen", id=3),
    ]


def test_plan_csv_guards_formulas_like_the_contacts_export() -> None:
    rows = list(csv.reader(io.StringIO(export_plan_csv(hostile_plan()))))
    titles = {row[2] for row in rows[1:]}
    assert "'=HYPERLINK(\"https://evil.example\";\"klick\")" in titles and "'-10 % Zinsen" in titles
    first = next(row for row in rows if row[2].startswith("Titel"))
    assert (first[6], first[7]) == ("'@Zielgruppe", "'+49 Quelle")
    assert not (RAW - {"\n"}) & set(export_plan_csv(hostile_plan()))


def test_plan_csv_round_trip_through_the_command_line(tmp_path: Path, capsys) -> None:
    source, target = tmp_path / "a.db", tmp_path / "b.db"
    store = Store.open(source)
    for post in hostile_plan():
        store.plan.add(post)
    store.close()
    exported = tmp_path / "plan.csv"
    assert main(["export", "plan", "--format", "csv", "-o", str(exported), "--db", str(source)]) == 0
    assert main(["import", "plan", str(exported), "--db", str(target), "--json"]) == 0
    assert '"skipped": []' in capsys.readouterr().out
    back = Store.open(target)
    try:
        posts = {post.title: post for post in back.plan.list()}
    finally:
        back.close()
    assert set(posts) == {export_text(post.title) for post in hostile_plan()}
    first = posts["Titel mit\nCR und\nLF und\nLS"]
    assert first.body == "Zeile 1\nZeile 2\nZeile 3]0;t"
    assert (first.target_segment, first.source, first.iso_week) == ("@Zielgruppe", "+49 Quelle", 48)
    assert posts["-10 % Zinsen"].body == "" and posts[export_text(hostile_plan()[1].title)].body.startswith("- Punkt")


def test_plan_ics_holds_no_controls() -> None:
    data = export_ics(hostile_plan(), now=datetime(2026, 11, 21, tzinfo=UTC)).decode("utf-8")
    assert not (RAW - {"\r", "\n"}) & set(data)
