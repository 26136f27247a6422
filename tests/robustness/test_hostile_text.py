"""Hostile text in imported contacts: never markup, never a terminal control, in the app and on the command line."""

from __future__ import annotations

import contextlib
import csv
import io
import shutil
from pathlib import Path

import pytest
from rich.console import Console

from advisor_tui.cli import main
from advisor_tui.domain.models import Post, PostStatus
from advisor_tui.store.store import Store
from advisor_tui.ui.app import make_app
from tests.conftest import FIXED_NOW, make_private
from tests.ui.conftest import SIZE, enter_text, settle

LINKEDIN = Path(__file__).resolve().parents[1] / "data" / "linkedin"
CLEAR = "\x1b[2J"
TITLE = "\x1b]0;title\x07"
PASTE = "\x1b]52;c;ZWNobyBwd25lZA==\x07"
FIRST = f"Eve [bold]{TITLE}"
LAST = f"Mal[/]{CLEAR}lory"
COMPANY = f"ACME [/] Holding{PASTE}"
POSITION = "Chef [ \x9b31m\x7f\u202ein [b]x[/i]\x01"
# Line breaks inside a CSV cell are quoted; in a vCard they are the importer's business, not this test's.
BREAKS = "\u2028\x85\x0b"
# What no frame, line or export may carry: the data's escapes, BEL, C1 controls, line separators, bidi overrides.
FORBIDDEN = ("\x1b]", CLEAR, "\x07", "\x9b", "\x85", "\u2028", "\u202e", "\x0b", "\x01")


def connections_csv(path: Path) -> Path:
    """A Connections.csv as LinkedIn writes it (notes preamble, LF, quoting by need) with two hostile people."""
    preamble = (LINKEDIN / "Connections.csv").read_text(encoding="utf-8").split("First Name,")[0]
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["First Name", "Last Name", "URL", "Email Address", "Company", "Position", "Connected On"])
    writer.writerow([FIRST, LAST, "https://www.linkedin.com/in/eve-mallory", "eve@example.com", COMPANY,
                     POSITION + BREAKS, "24 Aug 2023"])
    writer.writerow(["[/]", "Trudy\x1b[31m", "https://www.linkedin.com/in/trudy", "", "[bold]Firma\u2029[/bold]",
                     "a\r\nb", "03 Feb 2021"])
    path.write_text(preamble + buffer.getvalue(), encoding="utf-8")
    return path


def invitations_csv(path: Path) -> Path:
    """An incoming request from the hostile person, so Heute lists it."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["From", "To", "Sent At", "Message", "Direction", "inviterProfileUrl", "inviteeProfileUrl"])
    writer.writerow([f"{FIRST} {LAST}", "Stefan Hofmann", "11/20/26, 3:43 PM", f"Hallo [/] {PASTE}", "INCOMING",
                     "https://www.linkedin.com/in/eve-mallory", "https://www.linkedin.com/in/stefan-hofmann"])
    path.write_text(buffer.getvalue(), encoding="utf-8")
    return path


def messages_csv(path: Path) -> Path:
    """A message from the hostile person that waits for an answer."""
    columns = ["CONVERSATION ID", "CONVERSATION TITLE", "FROM", "SENDER PROFILE URL", "TO", "RECIPIENT PROFILE URLS",
               "DATE", "SUBJECT", "CONTENT", "FOLDER", "ATTACHMENTS", "IS MESSAGE DRAFT", "IS CONVERSATION DRAFT"]
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n", quoting=csv.QUOTE_ALL)
    writer.writerow(columns)
    writer.writerow(["2-aG9zdGlsZQ==", f"Titel [/]{TITLE}", f"{FIRST} {LAST}", "https://www.linkedin.com/in/eve-mallory",
                     "Stefan Hofmann", "https://www.linkedin.com/in/stefan-hofmann", "2026-11-20 08:15:00 UTC", "",
                     f"<p>Guten Tag [/]{CLEAR}{PASTE}</p>", "INBOX", "", "No", "No"])
    path.write_text(buffer.getvalue(), encoding="utf-8")
    return path


def vcard(path: Path) -> Path:
    """The same person from an address book as a vCard 3.0 (CRLF): a duplicate (same e-mail) with its own escapes."""
    def text(value: str) -> str:
        return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")

    lines = ["BEGIN:VCARD", "VERSION:3.0", f"N:{text(LAST)};{text(FIRST)};;;", f"FN:{text(FIRST)} {text(LAST)}",
             f"ORG:{text(COMPANY)}", f"TITLE:{text(POSITION)}", "EMAIL;TYPE=INTERNET:eve@example.com",
             f"CATEGORIES:[/]{text(TITLE)},Messe",
             f"NOTE:Notiz [/]{CLEAR}\\nzweite Zeile", "END:VCARD", ""]
    path.write_text("\r\n".join(lines), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def hostile_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The hostile files imported through the command line (whose output must stay clean), built once."""
    folder = tmp_path_factory.mktemp("hostile")
    db = folder / "advisor.db"
    with pytest.MonkeyPatch.context() as monkeypatch:  # module scope: private_dirs is not set up yet
        make_private(monkeypatch, folder / "home")
        for kind, path in (("linkedin", connections_csv(folder / "Connections.csv")),
                           ("linkedin", invitations_csv(folder / "Invitations.csv")),
                           ("linkedin", messages_csv(folder / "messages.csv")),
                           ("vcard", vcard(folder / "xing.vcf"))):
            out = io.StringIO()
            with contextlib.redirect_stdout(out):
                assert main(["import", kind, str(path), "--db", str(db)]) == 0
            assert_clean(out.getvalue())
    store = Store.open(db)
    store.plan.add(Post(f"Beitrag [/]{TITLE}{CLEAR}", FIXED_NOW.isocalendar().year, FIXED_NOW.isocalendar().week,
                        body=f"Text [bold]{PASTE}", status=PostStatus.PLANNED, target_segment="[/]"))
    store.plan.add(Post(f"Idee [b]{PASTE}"))
    store.close()
    return db


@pytest.fixture
def hostile_db(hostile_template: Path, tmp_path: Path) -> Path:
    """A copy of the hostile store for one test (the command-line test forgets a contact)."""
    return Path(shutil.copy2(hostile_template, tmp_path / "advisor.db"))


def assert_clean(text: str) -> None:
    for bad in FORBIDDEN:
        assert bad not in text, f"{bad!r} reached the output"


def terminal_output(app) -> str:
    """What the app would write to the terminal for a full redraw of the current screen."""
    update = app.screen._compositor.render_full_update()
    console = Console(file=io.StringIO(), force_terminal=True, color_system="truecolor", legacy_windows=False)
    return "".join(update.render_segments(console))


def assert_screen_clean(app) -> None:
    out = terminal_output(app)
    assert "␛" in out  # the hostile text is on screen, its escapes made visible
    assert_clean(out)
    screenshot = app.export_screenshot()
    assert "\x1b" not in screenshot and "\x07" not in screenshot


def test_command_line_prints_no_control_character(hostile_db: Path, capsysbinary) -> None:
    assert main(["today", "--db", str(hostile_db)]) == 0
    out = capsysbinary.readouterr().out.decode("utf-8")
    assert "Eve" in out and "␛" in out
    assert_clean(out)
    for fmt in ("csv", "vcard"):
        assert main(["export", "contacts", "--format", fmt, "--db", str(hostile_db)]) == 0
        out = capsysbinary.readouterr().out.decode("utf-8")
        assert "ACME [/] Holding" in out and "\x1b" not in out
        assert_clean(out)
    for fmt in ("csv", "ics"):
        assert main(["export", "plan", "--format", fmt, "--db", str(hostile_db)]) == 0
        assert_clean(capsysbinary.readouterr().out.decode("utf-8"))
    draft = hostile_db.parent / "entwurf.txt"
    draft.write_text(f"Hallo {FIRST},\n\nhast du{PASTE} Zeit?", encoding="utf-8")  # du-form: the line is shown
    assert main(["check", str(draft), "--db", str(hostile_db)]) in (0, 1)
    out = capsysbinary.readouterr().out.decode("utf-8")
    assert "␛]52" in out
    assert_clean(out)
    assert main(["forget", "https://www.linkedin.com/in/eve-mallory", "--yes", "--db", str(hostile_db)]) == 0
    out = capsysbinary.readouterr().out.decode("utf-8")
    assert "Eve" in out
    assert_clean(out)


def test_error_messages_quote_file_names_without_controls(tmp_path: Path, capsys) -> None:
    missing = tmp_path / f"weg{TITLE}[/].csv"
    assert main(["import", "linkedin", str(missing), "--db", str(tmp_path / "a.db")]) == 2
    err = capsys.readouterr().err
    assert "weg" in err and "␛]0;title␇" in err
    assert_clean(err)


async def test_every_screen_and_dialog_shows_hostile_text_literally(hostile_db: Path) -> None:
    from advisor_tui.ui.dialogs.contact_detail import ContactDetailDialog
    from advisor_tui.ui.dialogs.duplicates import DuplicatesDialog
    from advisor_tui.ui.dialogs.export_contacts import ExportDialog
    from advisor_tui.ui.dialogs.post_editor import PostEditor
    from advisor_tui.ui.dialogs.quick_log import QuickLogDialog
    from tests.ui.kontakte_helpers import open_kontakte

    store = Store.open(hostile_db)
    try:
        app = make_app(store, now=FIXED_NOW)
        eve = next(c for c in store.contacts.list() if c.profile_url.endswith("eve-mallory"))
        async with app.run_test(size=SIZE) as pilot:
            await settle(pilot)
            assert_screen_clean(app)  # Heute: waiting conversation and open request of the hostile person

            await pilot.press("l")  # quick log, searching the hostile person
            await settle(pilot)
            assert isinstance(app.screen, QuickLogDialog)
            await enter_text(pilot, "Eve")
            await settle(pilot)
            assert_screen_clean(app)
            await pilot.press("escape")
            await settle(pilot)

            await open_kontakte(pilot)
            assert_screen_clean(app)
            app.screen.move_cursor_to(eve.id)
            await pilot.press("enter")
            await settle(pilot)
            assert isinstance(app.screen, ContactDetailDialog)
            assert_screen_clean(app)
            await pilot.press("ctrl+s")  # saved untouched: the fields showed symbols, the store keeps the data
            await settle(pilot)
            saved = store.contacts.get(eve.id)
            assert (saved.first_name, saved.last_name, saved.company) == (eve.first_name, eve.last_name, eve.company)
            assert saved.position == eve.position.strip()  # saving trims white space, as it always did

            await pilot.press("slash")
            await enter_text(pilot, "ACME")
            await pilot.press("enter")
            await settle(pilot)
            assert_screen_clean(app)
            await pilot.press("escape")
            await settle(pilot)

            await pilot.press("t")  # tagging queue shows the hostile contacts one by one
            await settle(pilot)
            assert_screen_clean(app)
            await pilot.press("escape")
            await settle(pilot)

            await pilot.press("e")
            await settle(pilot)
            assert isinstance(app.screen, ExportDialog)
            assert_screen_clean(app)
            await pilot.press("escape")
            await settle(pilot)

            app.screen.move_cursor_to(eve.id)
            await pilot.press("m")  # Nachricht to the hostile person: greeting and findings quote the name
            await settle(pilot)
            assert_screen_clean(app)

            await pilot.press("r")
            await settle(pilot)
            assert_screen_clean(app)
            post = next(p for p in store.plan.list() if p.title.startswith("Beitrag"))
            app.push_screen(PostEditor(post))
            await settle(pilot)
            assert_screen_clean(app)
            assert app.screen.edited_post() == post  # untouched fields keep the stored text
            await pilot.press("escape")
            await settle(pilot)

            app.action_merge_duplicates()
            await settle(pilot)
            assert isinstance(app.screen, DuplicatesDialog)
            assert_screen_clean(app)
            await pilot.press("enter")  # merge: the notice names both
            await settle(pilot)
            assert_screen_clean(app)
    finally:
        store.close()
