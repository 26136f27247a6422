"""Hostile text in imported contacts on every screen and dialog: drawn literally, never markup, never a control.

The assertions read what is drawn (the compositor's lines and the bytes a full redraw writes), not widget APIs.
"""

from __future__ import annotations

import contextlib
import io
from collections.abc import AsyncIterator
from pathlib import Path

from rich.console import Console
from textual.pilot import Pilot
from textual.widgets import Input

from advisor_tui.store.store import Store
from advisor_tui.ui.app import make_app
from tests.conftest import FIXED_NOW
from tests.robustness.hostile_files import assert_clean, assert_no_foreign_escape
from tests.ui.conftest import enter_text, settle

WIDE = (130, 40)
SMALL = (80, 24)


def terminal_output(app) -> str:
    """What the app would write to the terminal for a full redraw of the current screen."""
    update = app.screen._compositor.render_full_update()
    console = Console(file=io.StringIO(), force_terminal=True, color_system="truecolor", legacy_windows=False)
    return "".join(update.render_segments(console))


def drawn(app) -> str:
    """The current screen as plain lines of text, as the advisor reads it."""
    update = app.screen._compositor.render_full_update()
    return "\n".join("".join(strip.text for strip in line) for line in update.strips)


def assert_drawn_literally(app, *shown: str) -> None:
    """Nothing of the data reached the terminal raw, no markup of it took effect, and `shown` is on screen as typed."""
    assert_no_foreign_escape(terminal_output(app))
    text = drawn(app)
    assert_clean(text)
    assert "\r" not in text
    for expected in shown:
        assert expected in text, f"{expected!r} is not drawn literally:\n{text}"
    update = app.screen._compositor.render_full_update()
    for line in update.strips:
        for strip in line:
            for segment in strip:
                style = segment.style
                if style is not None:  # markup of the data would leave a link or an action on the screen
                    assert not (style.link or "").startswith("file:"), segment
                    assert "app.quit" not in str(style.meta.get("@click", "")), segment
    screenshot = app.export_screenshot()
    assert "\x1b" not in screenshot and "\x07" not in screenshot


@contextlib.asynccontextmanager
async def running(db: Path, size: tuple[int, int]) -> AsyncIterator[tuple[Pilot, Store]]:
    """The app on the hostile store with its data loaded; notices and tooltips drawn (`run_test` leaves them off)."""
    store = Store.open(db)
    try:
        async with make_app(store, now=FIXED_NOW).run_test(size=size, notifications=True, tooltips=True) as pilot:
            await settle(pilot)
            yield pilot, store
    finally:
        store.close()


async def open_by_search(pilot, query: str) -> None:
    """Kontakte narrowed to one contact by the search (what the advisor types), cursor on it."""
    await pilot.press("slash")
    await enter_text(pilot, query)
    await pilot.press("enter")
    await settle(pilot)


async def back(pilot, times: int = 1) -> None:
    for _ in range(times):
        await pilot.press("escape")
        await settle(pilot)


async def test_heute_and_kontakte_show_hostile_text_literally(hostile_db: Path) -> None:
    from advisor_tui.ui.dialogs.contact_detail import ContactDetailDialog
    from advisor_tui.ui.dialogs.export_contacts import ExportDialog
    from advisor_tui.ui.dialogs.filter import FilterDialog
    from advisor_tui.ui.dialogs.pick import PickDialog
    from advisor_tui.ui.dialogs.quick_log import QuickLogDialog
    from advisor_tui.ui.dialogs.segment_save import SegmentSaveDialog

    async with running(hostile_db, WIDE) as (pilot, store):
        app = pilot.app
        eve = next(c for c in store.contacts.list() if c.profile_url.endswith("eve-mallory"))
        # Heute: waiting conversations, the open request, the due follow-up, losing touch, this week's post.
        assert_drawn_literally(app, "Eve [bold]␛]0;title␇ Mal[/]␛[2Jlory", "ACME [/] Holding",
                               "[@click=app.quit]Click[/]", "[link=file:", "[/]Rex [b]Anfrage",
                               "Bitte [bold]annehmen[/bold]", "[bold]Firma [/bold]", "„Beitrag [/]␛]0;title␇")

        await pilot.press("l")  # quick log, searching the hostile person
        await settle(pilot)
        assert isinstance(app.screen, QuickLogDialog)
        await enter_text(pilot, "Eve")
        await settle(pilot)
        assert_drawn_literally(app, "Eve [bold]␛]0;title␇ Mal[/]")
        await back(pilot)

        await pilot.press("j")  # accept Rex's request: the notice names him
        await settle(pilot)
        assert_drawn_literally(app, "Anfrage von [/]Rex [b]Anfrage␛]0;title␇ angenommen")

        await pilot.press("k")
        await settle(pilot)
        assert_drawn_literally(app, "ACME [/] Holding", "[@click=app.quit]Cl", "[link=file:", "[bold]Firma")

        await pilot.press("f")
        await settle(pilot)
        assert isinstance(app.screen, FilterDialog)
        assert_drawn_literally(app, "[red]Messe[/red]␛]0;title␇", "[link=file:///etc/passwd]x")
        await back(pilot)

        await pilot.press("g")  # the saved segment: its name and filter in the picker and in the notice
        await settle(pilot)
        assert isinstance(app.screen, PickDialog)
        assert_drawn_literally(app, "[bold]Messe[/]␛[2J")
        await pilot.press("down", "enter")
        await settle(pilot)
        assert_drawn_literally(app, "Segment „[bold]Messe[/]␛[2J“", "Label [red]Messe[/red]␛]0;title␇")
        await pilot.press("s")  # saving the filter as a segment describes it
        await settle(pilot)
        assert isinstance(app.screen, SegmentSaveDialog)
        assert_drawn_literally(app, "[red]Messe[/red]␛]0;title␇")
        await back(pilot)
        await pilot.press("x")
        await settle(pilot)

        await pilot.press("t")  # tagging queue shows the hostile contacts one by one
        await settle(pilot)
        assert_drawn_literally(app)
        await pilot.press("b")  # the sector picker names the contact and lists the own hostile sector
        await settle(pilot)
        assert isinstance(app.screen, PickDialog)
        assert_drawn_literally(app, "Branche für ")
        await back(pilot, 2)

        await pilot.press("e")
        await settle(pilot)
        assert isinstance(app.screen, ExportDialog)
        assert_drawn_literally(app)
        await back(pilot)

        await open_by_search(pilot, "ACME")
        assert_drawn_literally(app, "ACME [/] Holding")
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, ContactDetailDialog)
        assert_drawn_literally(app, "Eve [bold]␛]0;title␇ Mal[/]␛[2Jlory", "Notiz [/]␛[2J", "[/]␛[2J␛]52;c;")
        await pilot.press("ctrl+s")  # saved untouched: the fields showed symbols, the store keeps the data
        await settle(pilot)
        saved = store.contacts.get(eve.id)
        assert (saved.first_name, saved.last_name, saved.company) == (eve.first_name, eve.last_name, eve.company)
        assert (saved.labels, saved.notes) == (eve.labels, eve.notes)


async def test_nachricht_plan_and_merge_show_hostile_text_literally(hostile_db: Path) -> None:
    from advisor_tui.ui.dialogs.confirm import ConfirmDialog
    from advisor_tui.ui.dialogs.duplicates import DuplicatesDialog
    from advisor_tui.ui.dialogs.help import HelpDialog
    from advisor_tui.ui.dialogs.pick import PickDialog
    from advisor_tui.ui.dialogs.post_editor import PostEditor
    from advisor_tui.ui.widgets.incoming import IncomingDialog

    async with running(hostile_db, WIDE) as (pilot, store):
        app = pilot.app
        app.action_merge_duplicates()  # Zoe from LinkedIn and Zoey from XING
        await settle(pilot)
        assert isinstance(app.screen, DuplicatesDialog)
        assert_drawn_literally(app, "[link=file:///etc/passwd]x[/link] AG", "[@click=app.quit]Click[/]")
        await pilot.press("enter")  # merge: the notice names her
        await settle(pilot)
        assert_drawn_literally(app, "Zoey [@click=app.quit]Click[/]", "jetzt ein Eintrag: Zoe")
        await back(pilot)

        await pilot.press("k")
        await settle(pilot)
        await open_by_search(pilot, "ACME")
        await pilot.press("m")  # Nachricht to Eve: head, greeting, findings and her last message quote her
        await settle(pilot)
        assert_drawn_literally(app, "An: Eve [bold]␛]0;title␇ Mal[/]", "ACME [/] Holding", "Guten Tag [/]␛[2J")
        await pilot.press("c")  # the recipient picker lists everybody as written
        await settle(pilot)
        assert isinstance(app.screen, PickDialog)
        assert_drawn_literally(app, "[@click=app.quit]Click[/]")
        await enter_text(pilot, "Click")
        await settle(pilot)
        await pilot.press("enter")
        await settle(pilot)
        assert_drawn_literally(app, "[@click=app.quit]x[/]", "[link=file:///etc/passwd]x[/link]")
        await pilot.press("i")  # the whole message, long word and all
        await settle(pilot)
        assert isinstance(app.screen, IncomingDialog)
        assert_drawn_literally(app, "[bold]fett[/bold]␛]0;title␇", "Donaudampf")
        await back(pilot)
        await pilot.press("s")  # logged as sent: the notice names Zoe
        await settle(pilot)
        if isinstance(app.screen, ConfirmDialog):
            assert_drawn_literally(app)
            await pilot.press("j")
            await settle(pilot)
        assert_drawn_literally(app, "[@click=app.quit]Click[/] vermerkt")

        await pilot.press("r")
        await settle(pilot)
        assert_drawn_literally(app, "Beitrag [/]␛]0;title␇", "Idee [b]␛]52")
        await pilot.press("s")  # the planned post moves on: the notice quotes its title
        await settle(pilot)
        assert_drawn_literally(app, "„Beitrag [/]␛]0;title␇␛[2J“")
        post = next(p for p in store.plan.list() if p.title.startswith("Beitrag"))
        await pilot.press("e")  # the editor on the post under the cursor, with the saved segments
        await settle(pilot)
        assert isinstance(app.screen, PostEditor)
        assert_drawn_literally(app)
        assert app.screen.edited_post() == post  # untouched fields keep the stored text
        segment = app.screen.query_one("#post-segment", Input)
        segment.focus()
        segment.value = "[b"  # the saved segment is suggested as the advisor types
        await settle(pilot)
        assert_drawn_literally(app, "[bold]Messe[/]␛[2J")
        await back(pilot)

        await pilot.press("f1")
        await settle(pilot)
        assert isinstance(app.screen, HelpDialog)
        assert_drawn_literally(app)
        await back(pilot)
        await pilot.press("ctrl+p")
        await enter_text(pilot, "Eve [/]")
        await settle(pilot)
        assert_drawn_literally(app)


async def test_small_terminal_shows_hostile_text_without_controls(hostile_db: Path) -> None:
    async with running(hostile_db, SMALL) as (pilot, store):
        app = pilot.app
        assert_drawn_literally(app, "Eve [bold]")
        await pilot.press("k")
        await settle(pilot)
        assert_drawn_literally(app, "ACME [/]")
        await open_by_search(pilot, "ACME\x1b]0;title\x07[/]")  # a paste holding an escape: the field shows it
        assert_drawn_literally(app, "ACME␛]0;title␇[/]")
        await pilot.press("x")
        await settle(pilot)
        await open_by_search(pilot, "Click")
        await pilot.press("enter")
        await settle(pilot)
        assert_drawn_literally(app, "[@click=app.quit]Click[/]")
        await back(pilot)
        await pilot.press("m")
        await settle(pilot)
        assert_drawn_literally(app, "[@click=app.quit]")
        await pilot.press("r")
        await settle(pilot)
        assert_drawn_literally(app, "Beitrag [/]")


async def test_header_shows_the_store_path_without_controls(hostile_db: Path) -> None:
    folder = hostile_db.parent / "Ordner\x1b]0;title\x07[b]"
    folder.mkdir()
    async with running(hostile_db.rename(folder / "advisor.db"), WIDE) as (pilot, _store):
        assert_drawn_literally(pilot.app, "Ordner␛]0;title␇[b]")
