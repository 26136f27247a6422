"""A fuzzy picker: type a few letters, pick with Enter (sectors, saved segments, contacts …)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

from advisor_tui.domain.contacts.curation import rank_choices
from advisor_tui.domain.models import Contact
from advisor_tui.ui.text import literal, plain

BLOCKED_NOTE = " · blockiert"


def unblocked_first(ids: Iterable[int], contacts: Mapping[int, Contact]) -> list[int]:
    """Contact candidates in their order, blocked ones moved to the end (shown, but not to be picked)."""
    ids = list(ids)
    return [i for i in ids if not contacts[i].blocked] + [i for i in ids if contacts[i].blocked]


def candidate(label: str, value: str, *, blocked: bool = False) -> Option:
    """One line of a picker, shown literally; a blocked contact's line says so and cannot be chosen."""
    return Option(plain(label + BLOCKED_NOTE if blocked else label), id=value, disabled=blocked)


def first_enabled(options: OptionList) -> int | None:
    """The index of the first option that can be chosen (None if none can)."""
    return next((i for i in range(options.option_count) if not options.get_option_at_index(i).disabled), None)


class PickDialog(ModalScreen[str | None]):
    """Choose one value from a list by typing part of its label; returns the value or None."""

    CSS = """
    .pick-dialog #pick-options { height: auto; max-height: 16; }
    """
    BINDINGS = [
        Binding("escape", "dismiss(None)", "Abbrechen", id="pick-cancel", tooltip="Nichts wählen und schließen"),
        Binding("enter", "pick", "Wählen", id="pick-choose", tooltip="Den markierten Eintrag übernehmen"),
        Binding("down", "move(1)", "Nächster", show=False, id="pick-down", tooltip="Nächster Eintrag"),
        Binding("up", "move(-1)", "Voriger", show=False, id="pick-up", tooltip="Voriger Eintrag"),
    ]

    def __init__(self, title: str, choices: Sequence[tuple[str, str]], *, hint: str = "") -> None:
        super().__init__()
        self._title = title
        self._choices = list(choices)
        self._hint = hint
        self._shown: list[int] = []

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog pick-dialog"):
            yield Static(literal(self._title), classes="dialog-title")
            yield Input(placeholder="Tippen zum Suchen …", id="pick-query")
            # above the list, where it stays on screen at 80x24 (the hint below may not); hidden until needed
            notice = Static("", id="pick-nothing")
            notice.display = False
            yield notice
            yield OptionList(id="pick-options")
            yield Static(self._hint or "↑↓ wählen · Enter übernehmen · Esc abbrechen", classes="dialog-hint")

    def on_mount(self) -> None:
        self._fill("")
        self.query_one("#pick-query", Input).focus()

    @on(Input.Changed, "#pick-query")
    def _query_changed(self, event: Input.Changed) -> None:
        self._fill(event.value)

    @on(Input.Submitted, "#pick-query")
    def _submitted(self) -> None:
        self.action_pick()

    @on(OptionList.OptionSelected, "#pick-options")
    def _selected(self) -> None:
        self.action_pick()

    def _fill(self, query: str) -> None:
        self._show(rank_choices(query, [label for label, _ in self._choices]))

    def _show(self, shown: list[int], *, highlight: bool = True) -> None:
        """List these choices (indexes into the choices), the first one highlighted unless told not to."""
        self._shown = shown
        self.show_options([Option(plain(self._choices[i][0])) for i in shown], highlight=highlight)

    def show_options(self, shown: Sequence[Option], *, highlight: bool = True) -> None:
        """Show these options (one per entry of `_shown`), the first one that can be chosen highlighted unless told
        not to."""
        options = self.query_one("#pick-options", OptionList)
        options.clear_options()
        options.add_options(shown)
        options.highlighted = first_enabled(options) if highlight else None

    def show_notice(self, text: str) -> None:
        """A line above the list (markup), e.g. why nothing matched; an empty text hides it."""
        notice = self.query_one("#pick-nothing", Static)
        notice.update(text)
        notice.display = bool(text)

    def action_move(self, step: int) -> None:
        """Move the highlight while the cursor stays in the search field (past options that cannot be chosen)."""
        options = self.query_one("#pick-options", OptionList)
        if first_enabled(options) is None:
            return
        # with nothing highlighted yet, ↓ goes to the first entry and ↑ to the last
        index = options.highlighted if options.highlighted is not None else (-1 if step > 0 else 0)
        for _ in range(options.option_count):
            index = (index + step) % options.option_count
            if not options.get_option_at_index(index).disabled:
                options.highlighted = index
                return

    def action_pick(self) -> None:
        """Return the highlighted value."""
        options = self.query_one("#pick-options", OptionList)
        highlighted = options.highlighted
        if highlighted is None or not self._shown:
            self.notify("Nichts passt zur Eingabe." if not self._shown else "Bitte mit ↑↓ einen Eintrag wählen.",
                        severity="warning")
            return
        if options.get_option_at_index(highlighted).disabled:
            self.notify("Blockierte Kontakte lassen sich nicht wählen (Sperre im Kontakt-Detail aufheben).",
                        severity="warning")
            return
        self.dismiss(self._choices[self._shown[highlighted]][1])
