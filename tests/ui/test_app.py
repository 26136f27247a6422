"""Pilot tests: the shell, its four views, the palette, help and search on a seeded store."""

from __future__ import annotations

import html
import re

from textual.command import CommandInput, CommandPalette
from textual.widgets import DataTable, Input

from advisor_tui.ui.app import make_app
from advisor_tui.ui.dialogs.confirm import ConfirmDialog
from advisor_tui.ui.dialogs.help import THIS_DIALOG, HelpDialog
from advisor_tui.ui.screens.heute import HeuteScreen
from advisor_tui.ui.screens.kontakte import KontakteScreen
from advisor_tui.ui.screens.kontakte_table import ContactTable
from advisor_tui.ui.screens.nachricht import NachrichtScreen
from advisor_tui.ui.screens.redaktionsplan import RedaktionsplanScreen
from tests.conftest import FIXED_NOW
from tests.ui.conftest import SIZE, enter_text, settle, text_of


async def test_starts_on_heute_with_real_figures_and_answers_keys_and_dialogs_in_german(demo_store) -> None:
    """Heute's figures, Strg+C, F1 and the view keys under a dialog: one app run, as none of them writes."""
    app = make_app(demo_store, now=FIXED_NOW)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        assert isinstance(app.screen, HeuteScreen)
        assert "150" in text_of(app, "#tile-contacts")
        assert "12" in text_of(app, "#tile-untagged")
        waiting = app.screen.query_one("#waiting", DataTable)
        names = [str(waiting.get_row_at(i)[0]) for i in range(waiting.row_count)]
        assert names[0] == "Silke Lange" and names[-1] == "Andrea Wolf"  # oldest first
        assert "Ralf Braun" not in names  # the advisor wrote last
        assert text_of(app, "#tile-waiting").startswith(str(len(names)))
        assert "Geplant" in text_of(app, "#tile-week")

        # Strg+C says in German how to quit.
        await pilot.press("ctrl+c")
        await pilot.pause()
        assert [(n.title, n.message) for n in app._notifications] == [
            ("Beenden?", "advisor-tui beenden Sie mit Strg+Q.")]

        # View keys do nothing while a dialog is open.
        await pilot.press("f1")
        await pilot.pause()
        await pilot.press("k")
        await pilot.pause()
        assert isinstance(app.screen, HelpDialog)
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, HeuteScreen)

        # F1 answers over a dialog with its keys and closes again.
        question = ConfirmDialog("Wirklich?", "Eine Frage.", "Ja")
        app.push_screen(question)
        await pilot.pause()
        await pilot.press("f1")
        await pilot.pause()
        assert isinstance(app.screen, HelpDialog)
        own = [row for row in app.screen.rows if row.group == THIS_DIALOG]
        assert {"Abbrechen", "Ja"} <= {row.description for row in own}
        await pilot.press("f1")
        await pilot.pause()
        assert app.screen is question


async def test_check_in_key_logs_and_updates(demo_store) -> None:
    app = make_app(demo_store, now=FIXED_NOW)
    before = len(demo_store.activity.checkins())
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        await pilot.press("p")
        await settle(pilot)
        assert len(demo_store.activity.checkins()) == before + 1
        assert "heute" in text_of(app, "#checkin")


async def test_mnemonic_keys_switch_views(demo_store) -> None:
    app = make_app(demo_store, now=FIXED_NOW)
    async with app.run_test(size=SIZE) as pilot:
        for key, screen_type in (("k", KontakteScreen), ("n", NachrichtScreen),
                                 ("r", RedaktionsplanScreen), ("h", HeuteScreen)):
            await pilot.press(key)
            await settle(pilot)
            assert isinstance(app.screen, screen_type), key


async def test_palette_reaches_every_view(demo_store) -> None:
    app = make_app(demo_store, now=FIXED_NOW)
    async with app.run_test(size=SIZE) as pilot:
        for label, screen_type in (("Kontakte", KontakteScreen), ("Nachricht", NachrichtScreen),
                                   ("Redaktionsplan", RedaktionsplanScreen), ("Heute", HeuteScreen)):
            await pilot.press("ctrl+p")
            await pilot.pause()
            assert isinstance(app.screen, CommandPalette)
            await enter_text(pilot, f"Ansicht: {label}")
            await pilot.pause(0.3)
            await pilot.press("enter")
            await settle(pilot)
            assert isinstance(app.screen, screen_type), label


async def test_search_finds_mueller_and_narrows_the_table(demo_store) -> None:
    app = make_app(demo_store, now=FIXED_NOW)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("k")
        await settle(pilot)
        table = app.screen.query_one("#contacts", ContactTable)
        assert table.row_count == 150
        await pilot.press("slash")
        assert app.focused is app.screen.query_one("#search", Input)
        await enter_text(pilot, "Müller")  # one paste: the narrowing is under test, not the typing
        await pilot.pause()
        names = [str(table.get_row_at(i)[0]) for i in range(table.row_count)]
        assert names[:3] and all("Müller" in name for name in names[:3])
        assert {"Müller, Anna", "Müller, Thomas", "Müller, Jonas"} <= set(names)
        assert table.row_count < 150
        assert "passen zu „Müller“" in text_of(app, "#contacts-status")
        await pilot.press("escape")
        assert app.focused is table


async def test_f1_lists_the_keys_and_escape_closes(demo_store) -> None:
    app = make_app(demo_store, now=FIXED_NOW)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("k")
        await settle(pilot)
        await pilot.press("f1")
        await pilot.pause()
        assert isinstance(app.screen, HelpDialog)
        actions = {row.description for row in app.screen.rows}
        assert {"Suchen", "Heute", "Kontakte", "Nachricht", "Redaktionsplan", "Hilfe", "Beenden"} <= actions
        await pilot.press("escape")
        assert isinstance(app.screen, KontakteScreen)


async def test_ctrl_q_quits(demo_store) -> None:
    app = make_app(demo_store, now=FIXED_NOW)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("ctrl+q")
        await pilot.pause()
    assert app.return_code == 0


def screen_words(app) -> str:
    """Everything the terminal shows, as plain text (from the screenshot Textual would save)."""
    svg = app.export_screenshot()
    return html.unescape(re.sub(r"<[^>]+>", "", svg.split("</style>")[-1])).replace("\xa0", " ")


async def shown_once(pilot, text: str) -> str:
    """The screen's text as soon as it shows `text` (the palette fills its list a moment after opening)."""
    for _ in range(40):
        await pilot.pause(0.1)
        if text in (shown := screen_words(pilot.app)):
            return shown
    return shown


async def test_palette_speaks_german_and_says_when_nothing_matches(demo_store) -> None:
    app = make_app(demo_store, now=FIXED_NOW)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("ctrl+p")
        await pilot.pause(0.3)
        assert isinstance(app.screen, CommandPalette)
        assert app.screen.query_one(CommandInput).placeholder == "Befehl suchen …"
        shown = await shown_once(pilot, "Farbschema wechseln")
        assert "Befehl suchen" in shown and "Farbschema wechseln" in shown
        # whole words: "heikle Themen" (the audit's description) is German
        assert not re.search(r"\b(Search|Quit|Keys|Screenshot|Theme|Maximize)\b", shown)
        await enter_text(pilot, "xyzzy")
        shown = await shown_once(pilot, "Nichts gefunden")  # said after a moment without hits
        assert "Nichts gefunden" in shown and "No matches" not in shown


async def test_theme_picker_offers_german_names_and_switches(demo_store) -> None:
    app = make_app(demo_store, now=FIXED_NOW)
    async with app.run_test(size=SIZE) as pilot:
        app.action_change_theme()
        await pilot.pause(0.6)
        assert app.screen.query_one(CommandInput).placeholder == "Farbschema suchen …"
        shown = await shown_once(pilot, "Terminalfarben")
        assert all(name in shown for name in ("Dunkel", "Hell", "Gedämpft", "Hoher Kontrast", "Terminalfarben"))
        assert not any(word in shown for word in ("Search", "textual-", "dracula", "gruvbox", "monokai"))
        await enter_text(pilot, "Kontrast")
        for _ in range(40):  # until the list is narrowed to the one hit
            await pilot.pause(0.1)
            if "Gedämpft" not in screen_words(app):
                break
        await pilot.press("enter")
        await pilot.pause()
        assert app.theme == "hoher-kontrast"


async def test_a_view_opened_after_a_theme_change_wears_the_new_theme(demo_store) -> None:
    """Views are built when first opened, without Textual's full restyle: they must still take the current theme."""
    from textual.color import Color

    from advisor_tui.ui.palette import HIGH_CONTRAST

    app = make_app(demo_store, now=FIXED_NOW)
    async with app.run_test(size=SIZE) as pilot:
        await settle(pilot)
        app.theme = HIGH_CONTRAST.name
        await settle(pilot)
        await pilot.press("k")
        await settle(pilot)
        assert app.screen.query_one("#contacts").styles.background == Color.parse(HIGH_CONTRAST.background or "")
