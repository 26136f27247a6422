"""Eigene Aktivität prüfen: the advisor's risky comments, posts and reactions, pushed over a view."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Header, Input, Label, Static

from advisor_tui.domain.courtesy.audit import (
    KIND_LABELS,
    AuditItem,
    AuditKind,
    item_when,
    reaction_label,
    summary_lines,
)
from advisor_tui.ui.clipboard import copy_text
from advisor_tui.ui.text import plain
from advisor_tui.ui.widgets.fitted_table import Column, FittedTable
from advisor_tui.ui.workers import background
from advisor_tui.usecases.audit import AuditReport, mark_seen, mark_unseen, read_audit
from advisor_tui.usecases.audit_browse import AuditBrowse

if TYPE_CHECKING:
    from advisor_tui.ui.app import AdvisorApp

TITLE = "Eigene Aktivität prüfen"
COLUMNS = (Column("Datum", 0, 16), Column("Art", 0, 11), Column("Text", 3, 14), Column("Befund", 2, 12))
SEEN_MARK = " ✓"


def _row(item: AuditItem) -> tuple[str, str, str, str]:
    """The list's cells: when, what (✓ when seen), the text on one line, the first finding."""
    kind = KIND_LABELS[item.kind] + (SEEN_MARK if item.seen else "")
    lines = summary_lines(item.text, item.findings)
    text = item.text if item.kind is not AuditKind.REACTION else f"Reaktion „{reaction_label(item.reaction)}“"
    return item_when(item), kind, " ".join(text.split()), lines[0] if lines else ""


def _detail(item: AuditItem) -> Text:
    """The selected item in full: its text as data, each finding, the link, and whether it was seen."""
    parts: list[Text | tuple[str, str] | str] = [(f"{KIND_LABELS[item.kind]} vom {item_when(item)}", "bold")]
    if item.seen:
        parts.append(("  · gesehen", "italic"))
    if item.text:
        parts += ["\n", plain(item.text, multiline=True)]
    for line in summary_lines(item.text, item.findings):
        parts += ["\n", ("• ", "bold"), plain(line)]
    parts += ["\n", ("Link: ", "bold"), plain(item.link or "(kein Link gespeichert)")]
    return Text.assemble(*parts)


class AuditScreen(Screen):
    """The risky items newest first, the selected one in full; `g` marks it seen, `l` copies its link."""

    AUTO_FOCUS = "#audit-list"
    BINDINGS = [
        Binding(
            "g",
            "toggle_seen",
            "Gesehen",
            id="audit-seen",
            tooltip="Eintrag als gesehen markieren (oder wieder als offen zeigen)",
        ),
        Binding(
            "l",
            "copy_link",
            "Link",
            id="audit-link",
            tooltip="Link des Eintrags in die Zwischenablage, um ihn auf LinkedIn anzusehen",
        ),
        Binding("z", "focus_since", "Seit", id="audit-since", tooltip="Nur Einträge ab einem Tag zeigen (leer: alle)"),
        Binding(
            "a",
            "show_seen",
            "Gesehene",
            id="audit-show-seen",
            tooltip="Als gesehen markierte Einträge zeigen oder ausblenden",
        ),
        Binding("escape", "back", "Zurück", id="audit-back", tooltip="Zurück zur Ansicht"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.state = AuditBrowse()
        self._seen_version: int | None = None  # the store's data version the list was read at

    @property
    def advisor(self) -> AdvisorApp:
        """The app, typed."""
        return self.app  # type: ignore[return-value]

    def compose(self) -> ComposeResult:
        yield Header()
        yield Static(TITLE, id="audit-title", classes="section-title")
        with Horizontal(id="audit-filter"):
            yield Label("Seit", id="audit-since-label")
            yield Input(placeholder="TT.MM.JJJJ", id="audit-since-input", select_on_focus=False)
            yield Static("Wird geladen …", id="audit-status")
        yield Static("", id="audit-reactions")
        yield FittedTable(COLUMNS, id="audit-list")
        yield Static("", id="audit-empty")
        with VerticalScroll(id="audit-detail"):
            yield Static("", id="audit-detail-text")
        yield Footer(compact=True)

    def on_screen_resume(self) -> None:
        """Back from a dialog (an import, say): read again only if anyone committed meanwhile."""
        if self._seen_version is not None and self._seen_version != self.advisor.store.data_version():
            self.load()

    def on_mount(self) -> None:
        self.sub_title = TITLE
        self.load()

    @property
    def table(self) -> FittedTable:
        """The list of items."""
        return self.query_one("#audit-list", FittedTable)

    @background("Eigene Aktivität lesen", group="audit-load")
    def load(self) -> None:
        """Read and check the own activity off the UI thread."""
        self._seen_version = self.advisor.store.data_version()
        report = read_audit(self.advisor.store, self.state.since, include_seen=self.state.include_seen)
        self.app.call_from_thread(self.show, report)

    def show(self, report: AuditReport) -> None:
        """Fill the list, the status line and the detail from a fresh report."""
        row = self.state.show(report)
        items = self.state.items
        self.table.set_rows([_row(item) for item in items], keys=[item.key for item in items])
        self.table.display = bool(items)
        empty = self.query_one("#audit-empty", Static)
        empty.display = not items
        empty.update(plain(self.state.empty_text()))
        self.query_one("#audit-status", Static).update(plain(self.state.status()))
        reactions = self.query_one("#audit-reactions", Static)
        reactions.update(plain(self.state.reactions_line()))
        reactions.display = bool(self.state.reactions_line())
        if items:
            self.table.move_cursor(row=row)
        self._selected()

    @on(DataTable.RowHighlighted, "#audit-list")
    def _selected(self) -> None:
        self.state.row = self.table.cursor_row
        item = self.state.current()
        self.query_one("#audit-detail-text", Static).update(_detail(item) if item else "")
        self.query_one("#audit-detail").display = item is not None
        self.refresh_bindings()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Grey out `g` and `l` without an item (and `l` without a link)."""
        item = self.state.current()
        if action == "toggle_seen":
            return item is not None or None
        if action == "copy_link":
            return (item is not None and bool(item.link)) or None
        return True

    def action_toggle_seen(self) -> None:
        """Mark the item seen (it leaves the list unless seen ones are shown), or open again."""
        item = self.state.current()
        if item is not None:
            self.state.follow = item.key if self.state.include_seen else None  # it stays listed: keep the cursor
            self.write_mark(item)

    @background("Als gesehen markieren", group="audit-write")
    def write_mark(self, item: AuditItem) -> None:
        """Store the mark, then read the list again."""
        (mark_unseen if item.seen else mark_seen)(self.advisor.store, [item])
        done = "wieder offen" if item.seen else "als gesehen markiert"
        self.app.call_from_thread(self.notify, f"{KIND_LABELS[item.kind]} vom {item_when(item)} {done}.", title=TITLE)
        self.app.call_from_thread(self.load)

    def action_copy_link(self) -> None:
        """Copy the item's link to look at it on LinkedIn."""
        item = self.state.current()
        if item is not None and item.link:
            self.notify(copy_text(self.app, item.link), title="Link kopiert")

    def action_show_seen(self) -> None:
        """Show or hide the items marked as seen."""
        self.state.toggle_seen()
        self.load()

    def action_focus_since(self) -> None:
        """Put the cursor into the since field."""
        self.query_one("#audit-since-input", Input).focus()

    @on(Input.Submitted, "#audit-since-input")
    def _since_entered(self, event: Input.Submitted) -> None:
        try:
            self.state.set_since(event.value)
        except ValueError as error:
            self.notify(str(error), severity="warning", title=TITLE)
            return
        event.input.value = self.state.since_text
        self.table.focus()
        self.load()

    def action_back(self) -> None:
        """Leave the since field, or the screen."""
        if isinstance(self.focused, Input):
            self.focused.value = self.state.since_text
            self.table.focus()
        else:
            self.dismiss()
