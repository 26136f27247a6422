"""Hostile contacts in real export layouts, and what may never reach the terminal: shared by the hostile-text tests.

`python -m tests.robustness.hostile_files FOLDER` writes the files, to import them by hand and look (tmux).
"""

from __future__ import annotations

import re
import sys
from datetime import date, datetime, time, timedelta
from pathlib import Path

from advisor_tui.domain.models import Post, PostStatus, Segment
from advisor_tui.store.store import Store

LINKEDIN = Path(__file__).resolve().parents[1] / "data" / "linkedin"
CLEAR = "\x1b[2J"
TITLE = "\x1b]0;title\x07"  # sets the terminal's window title
PASTE = "\x1b]52;c;ZWNobyBwd25lZA==\x07"  # writes the clipboard
C1_TITLE = "\x9d0;c1title\x9c"  # the same as an 8-bit OSC … ST
LINK = "[link=file:///etc/passwd]x[/link]"
CLICK = "[@click=app.quit]x[/]"
LONG_WORD = "Donaudampfschifffahrtsgesellschaftskapitän" * 8  # 336 letters without a break
FIRST = f"Eve [bold]{TITLE}"
LAST = f"Mal[/]{CLEAR}lory"
COMPANY = f"ACME [/] Holding{PASTE}"
POSITION = "Chef [ \x9b31m\x7f\u202ein [b]x[/i]\x01"
# Line breaks inside a CSV cell are quoted; in a vCard they are the importer's business, not this test's.
BREAKS = "\u2028\x85\x0b"
# The third person: click and link markup, zero-width and bidi characters, a bare CR, a very long word.
ZOE_FIRST = "Zoe\u200b\u202e"
ZOE_LAST = "[@click=app.quit]Click[/]"
ZOE_COMPANY = f"{LINK} AG{C1_TITLE}"
ZOE_POSITION = f"Vorstand\rGeheim {LONG_WORD}"
ZOE_MESSAGE = f"Guten Tag, {CLICK} {LINK} [bold]fett[/bold]{TITLE} " + "und noch viel mehr Text " * 12 + LONG_WORD
REX = f"[/]Rex [b]Anfrage{TITLE}"  # not connected yet: an open request in Heute
LABEL = f"[red]Messe[/red]{TITLE}"
# What no frame, line or export may carry: the data's escapes, BEL, C1 controls, line separators, bidi overrides.
FORBIDDEN = ("\x1b]", CLEAR, "\x07", "\x9b", "\x9c", "\x9d", "\x85", "\u2028", "\u202e", "\x0b", "\x01")
# What the screens must show as written: brackets are text, never markup.
LITERAL = ("ACME [/] Holding", "Eve [bold]", "Mal[/]", "[@click=app.quit]Click[/]", "[link=file:")
CONNECTED = ("24 Aug 2023", "03 Feb 2021", "16 Dec 2024")
PREAMBLE = (LINKEDIN / "Connections.csv").read_text(encoding="utf-8").split("First Name,")[0]


def _cell(value: str, quote_all: bool) -> str:
    # Quoted by need as LinkedIn does: a comma, a quote or any line break (Python's csv writer leaves a bare CR
    # unquoted when the line ends in LF).
    if quote_all or any(char in value for char in ',"\r\n'):
        return '"' + value.replace('"', '""') + '"'
    return value


def _csv(rows: list[list[str]], *, quote_all: bool = False) -> str:
    return "".join(",".join(_cell(value, quote_all) for value in row) + "\n" for row in rows)


def connections_csv(path: Path) -> Path:
    """A Connections.csv as LinkedIn writes it (notes preamble, LF, quoting by need) with three hostile people."""
    rows = [["First Name", "Last Name", "URL", "Email Address", "Company", "Position", "Connected On"],
            [FIRST, LAST, "https://www.linkedin.com/in/eve-mallory", "eve@example.com", COMPANY, POSITION + BREAKS,
             CONNECTED[0]],
            ["[/]", "Trudy\x1b[31m", "https://www.linkedin.com/in/trudy", "", "[bold]Firma\u2029[/bold]", "a\r\nb",
             CONNECTED[1]],
            [ZOE_FIRST, ZOE_LAST, "https://www.linkedin.com/in/zoe-click", "", ZOE_COMPANY, ZOE_POSITION,
             CONNECTED[2]]]
    path.write_text(PREAMBLE + _csv(rows), encoding="utf-8")
    return path


def invitations_csv(path: Path) -> Path:
    """Requests from the hostile people: two connected since (accepted), Rex's still open."""
    rows = [["From", "To", "Sent At", "Message", "Direction", "inviterProfileUrl", "inviteeProfileUrl"],
            [f"{FIRST} {LAST}", "Stefan Hofmann", "11/20/26, 3:43 PM", f"Hallo [/] {PASTE}", "INCOMING",
             "https://www.linkedin.com/in/eve-mallory", "https://www.linkedin.com/in/stefan-hofmann"],
            [f"{ZOE_FIRST} {ZOE_LAST}", "Stefan Hofmann", "11/21/26, 9:05 AM", f"{LINK} {CLICK}\r{TITLE}", "INCOMING",
             "https://www.linkedin.com/in/zoe-click", "https://www.linkedin.com/in/stefan-hofmann"],
            [REX, "Stefan Hofmann", "11/22/26, 7:30 PM", f"Bitte [bold]annehmen[/bold]{CLEAR}", "INCOMING",
             "https://www.linkedin.com/in/rex-request", "https://www.linkedin.com/in/stefan-hofmann"]]
    path.write_text(_csv(rows), encoding="utf-8")
    return path


def messages_csv(path: Path) -> Path:
    """Messages from two hostile people that wait for an answer (the 2026 layout, every cell quoted)."""
    rows = [["CONVERSATION ID", "CONVERSATION TITLE", "FROM", "SENDER PROFILE URL", "TO", "RECIPIENT PROFILE URLS",
             "DATE", "SUBJECT", "CONTENT", "FOLDER", "ATTACHMENTS", "IS MESSAGE DRAFT", "IS CONVERSATION DRAFT"],
            ["2-aG9zdGlsZQ==", f"Titel [/]{TITLE}", f"{FIRST} {LAST}", "https://www.linkedin.com/in/eve-mallory",
             "Stefan Hofmann", "https://www.linkedin.com/in/stefan-hofmann", "2026-11-20 08:15:00 UTC", "",
             f"<p>Guten Tag [/]{CLEAR}{PASTE}</p>", "INBOX", "", "No", "No"],
            ["2-Y2xpY2s=", f"{CLICK}{C1_TITLE}", f"{ZOE_FIRST} {ZOE_LAST}", "https://www.linkedin.com/in/zoe-click",
             "Stefan Hofmann", "https://www.linkedin.com/in/stefan-hofmann", "2026-11-21 10:00:00 UTC", "",
             ZOE_MESSAGE, "INBOX", "", "No", "No"]]
    path.write_text(_csv(rows, quote_all=True), encoding="utf-8")
    return path


def vcard(path: Path) -> Path:
    """vCards 3.0 (CRLF) from an address book: Eve again (same e-mail) with labels and a note, Zoe as a duplicate."""
    def text(value: str) -> str:
        return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")

    lines = ["BEGIN:VCARD", "VERSION:3.0", f"N:{text(LAST)};{text(FIRST)};;;", f"FN:{text(FIRST)} {text(LAST)}",
             f"ORG:{text(COMPANY)}", f"TITLE:{text(POSITION)}", "EMAIL;TYPE=INTERNET:eve@example.com",
             f"CATEGORIES:[/]{text(TITLE)},{text(LABEL)},{text(LINK)}",
             f"NOTE:Notiz [/]{CLEAR}\\nzweite Zeile {text(CLICK)}", "END:VCARD",
             # Zoe again from XING, spelt otherwise, without e-mail or profile: a duplicate to merge by hand.
             "BEGIN:VCARD", "VERSION:3.0", f"N:{text(ZOE_LAST)};Zoey;;;", f"FN:Zoey {text(ZOE_LAST)}",
             f"ORG:{text(ZOE_COMPANY)}", f"NOTE:{text(CLICK)}", "END:VCARD", ""]
    path.write_text("\r\n".join(lines), encoding="utf-8")
    return path


IMPORTS = (("linkedin", connections_csv, "Connections.csv"), ("linkedin", invitations_csv, "Invitations.csv"),
           ("linkedin", messages_csv, "messages.csv"), ("vcard", vcard, "xing.vcf"))


def write_all(folder: Path) -> list[tuple[str, Path]]:
    """Every hostile file in `folder`, with the importer (`linkedin`/`vcard`) that reads it, in import order."""
    folder.mkdir(parents=True, exist_ok=True)
    return [(kind, write(folder / name)) for kind, write, name in IMPORTS]


def add_hostile_data(store: Store, today: date) -> None:
    """What no importer brings: a due follow-up (Trudy), a target contact losing touch (Zoe), posts, a segment and
    a sector of the advisor's own, all with hostile text (typed or pasted by the advisor, shown the same way)."""
    store.settings.add_sector("X1", f"[/]Sonderbranche{TITLE}")
    by_url = {contact.profile_url.rsplit("/", 1)[-1]: contact for contact in store.contacts.list()}
    store.contacts.update_fields(by_url["trudy"].id, follow_up_on=today - timedelta(days=3))
    store.contacts.update_fields(by_url["zoe-click"].id, role="unternehmer", sector="X1",
                                 last_contact_at=datetime.combine(today - timedelta(days=200), time(9)))
    store.settings.save_segment(Segment(f"[bold]Messe[/]{CLEAR}", labels=(LABEL,)))
    year, week, _ = today.isocalendar()
    store.plan.add(Post(f"Beitrag [/]{TITLE}{CLEAR}", year, week, body=f"Text [bold]{PASTE}\n{LINK}",
                        status=PostStatus.PLANNED, target_segment="[/]"))
    store.plan.add(Post(f"Idee [b]{PASTE}{CLICK}"))


def assert_clean(text: str) -> None:
    """No control character or escape of the data reached this output."""
    for bad in FORBIDDEN:
        assert bad not in text, f"{bad!r} reached the output"


_OUR_ESCAPES = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")


def assert_no_foreign_escape(raw: str) -> None:
    """Raw terminal output: only the CSI sequences the renderer writes itself (colours, cursor moves)."""
    assert_clean(_OUR_ESCAPES.sub("", raw))
    assert "\x1b" not in _OUR_ESCAPES.sub("", raw)


if __name__ == "__main__":  # write the files; with a store path as well, add the rest to that store
    for kind, written in write_all(Path(sys.argv[1])):
        print(kind, written)
    if len(sys.argv) > 2:
        opened = Store.open(Path(sys.argv[2]))
        add_hostile_data(opened, date.today())
        opened.close()
