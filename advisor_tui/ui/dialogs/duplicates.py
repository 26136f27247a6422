"""Duplicates dialog: likely duplicate pairs, merged field by field; nothing of either contact is lost."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import DataTable, Footer, Static

from advisor_tui.domain.contacts.duplicates import DuplicatePair, find_duplicates, merge_contacts
from advisor_tui.domain.contacts.merge_view import (
    BOTH,
    FieldChoice,
    MergeRow,
    default_choices,
    keep_order,
    merge_choices,
    merge_rows,
    merged_text,
)
from advisor_tui.domain.models import Contact
from advisor_tui.domain.numbers import german_number
from advisor_tui.store.contacts import ForgetSummary
from advisor_tui.store.store import Store
from advisor_tui.ui.text import plain
from advisor_tui.ui.widgets.fitted_table import Column, FittedTable
from advisor_tui.ui.workers import background
from advisor_tui.usecases.contact_cache import ContactCache
from advisor_tui.usecases.merging import MergeFailed, merge_pair

PAIR_COLUMNS = (
    Column("Ähnl.", 0, 5), Column("Kontakt A", 2, 14), Column("Kontakt B", 2, 14), Column("Gründe", 4, 20),
)
_NEXT_CHOICE: dict[FieldChoice, FieldChoice] = {"keep": "other", "other": "keep", BOTH: "keep"}


@dataclass(slots=True)
class PairView:
    """The pair being merged: which contact stays, what each has attached, the choice per field."""

    pair: DuplicatePair
    keep: Contact
    other: Contact
    keep_id: int  # the pair's ids, as the store knows them (a domain Contact's id may be None)
    other_id: int
    keep_has: ForgetSummary | None
    other_has: ForgetSummary | None
    rows: list[MergeRow]
    choices: dict[str, FieldChoice]


def attached_text(view: PairView) -> str:
    """What comes along besides the fields: labels, messages, requests, and who stays."""
    labels = sorted({*view.keep.labels, *view.other.labels})
    parts = ["A bleibt, B wird in A eingefügt und gelöscht"]
    if labels:
        parts.append("Labels: " + ", ".join(labels))
    if view.keep_has and view.other_has:
        parts.append(f"Nachrichten {view.keep_has.messages} + {view.other_has.messages}")
        parts.append(f"Anfragen {view.keep_has.requests} + {view.other_has.requests}")
    if view.keep.blocked or view.other.blocked:
        parts.append("gesperrt (einer war gesperrt)")
    return " · ".join(parts)


def _cell(value: str, chosen: bool, same: bool) -> Text:
    """A value cell: the chosen side marked and bold, the other dimmed."""
    shown = value.replace("\n", " ⏎ ") or "—"
    if same:
        return plain("  " + shown)
    if chosen:
        return plain("▶ " + shown, style="bold")
    return plain("  " + shown, style="dim")


class MergeTable(FittedTable):
    """The field-by-field table; ← and → pick the side for the field under the cursor."""

    BINDINGS = [
        Binding("left", "screen.choose('keep')", "A nehmen", key_display="←", id="dup-take-a",
                tooltip="Für dieses Feld den Wert von Kontakt A übernehmen"),
        Binding("right", "screen.choose('other')", "B nehmen", key_display="→", id="dup-take-b",
                tooltip="Für dieses Feld den Wert von Kontakt B übernehmen"),
        Binding("space", "screen.cycle", "Wechseln", show=False, id="dup-cycle",
                tooltip="Für dieses Feld die andere Seite (bei Notizen auch beide) wählen"),
        Binding("enter", "screen.merge", "Zusammenführen", id="dup-merge-table",
                tooltip="Die beiden Kontakte mit den gewählten Werten zusammenführen"),
    ]


class DuplicatesDialog(ModalScreen[int]):
    """Finds likely duplicates and merges them pair by pair; dismisses with how many were merged."""

    CSS = """
    #dup-body { width: 95%; height: 90%; border: round $primary; background: $surface; padding: 1 2; }
    #dup-body.-empty { width: 100; height: auto; }
    #dup-status { text-style: bold; margin-bottom: 1; }
    #dup-pairs { height: auto; max-height: 8; }
    #dup-pair-title { margin: 1 0 0 0; }
    #dup-fields { height: 1fr; }
    #dup-attached { margin-top: 1; color: $text-muted; }
    """
    AUTO_FOCUS = "#dup-fields"
    BINDINGS = [
        Binding("escape", "dismiss_merged", "Schließen", id="dup-close", tooltip="Dubletten-Dialog schließen"),
        Binding("enter", "merge", "Zusammenführen", id="dup-merge",
                tooltip="Die beiden Kontakte mit den gewählten Werten zusammenführen"),
        Binding("s", "skip", "Überspringen", id="dup-skip",
                tooltip="Dieses Paar jetzt nicht zusammenführen; beim nächsten Suchen erscheint es wieder"),
        Binding("d", "distinct", "Keine Dublette", id="dup-distinct", show=False,
                tooltip="Zwei verschiedene Personen: das Paar wird nie wieder angeboten"),
    ]

    def __init__(self, store: Store, *, threshold: int = 90, contacts: ContactCache | None = None) -> None:
        super().__init__()
        self._store = store
        self._cache = contacts or ContactCache(store)
        self._threshold = threshold
        self._pairs: list[DuplicatePair] = []
        self._by_id: dict[int, Contact] = {}
        self._view: PairView | None = None
        self._busy = True
        self.merged = 0
        self.skipped = 0
        self.distinct = 0

    def compose(self) -> ComposeResult:
        with Vertical(id="dup-body"):
            yield Static("Dubletten zusammenführen", classes="dialog-title")
            yield Static("Dubletten werden gesucht …", id="dup-status")
            yield FittedTable(PAIR_COLUMNS, id="dup-pairs")
            yield Static("", id="dup-pair-title", classes="section-title")
            yield MergeTable((Column("Feld", 0, 16), Column("A", 1, 20), Column("B", 1, 20)), id="dup-fields",
                             zebra_stripes=False)
            yield Static("", id="dup-attached")
            yield Static("← → wählt die Seite je Feld · Enter führt zusammen · s überspringt · "
                         "d: keine Dublette · Tab: Paarliste · Esc schließt", classes="dialog-hint")
        yield Footer()

    def on_mount(self) -> None:
        self._show_merge_view(False)
        self.find_pairs()

    # --- loading ---------------------------------------------------------------------------------

    @background("Dubletten suchen", group="duplicates")
    def find_pairs(self) -> None:
        """Read every contact and find pairs off the UI thread."""
        snapshot = self._cache.snapshot()
        pairs = find_duplicates(snapshot.contacts, threshold=self._threshold,
                                distinct=self._store.contacts.distinct_pairs())
        self.app.call_from_thread(self._found, pairs, snapshot.by_id)

    def _found(self, pairs: list[DuplicatePair], by_id: Mapping[int, Contact]) -> None:
        self._pairs, self._by_id = pairs, dict(by_id)  # merges change this copy, never the shared contacts
        self._fill_pairs()
        self._open_first()

    @background("Dublette laden", group="duplicates")
    def load_pair(self, pair: DuplicatePair) -> None:
        """What each contact of the pair has attached (messages, requests)."""
        a, b = self._by_id[pair.a_id], self._by_id[pair.b_id]
        keep, other = keep_order(a, b)
        keep_id, other_id = (pair.a_id, pair.b_id) if keep is a else (pair.b_id, pair.a_id)
        view = PairView(pair, keep, other, keep_id, other_id, self._store.contacts.forget_summary(keep_id),
                        self._store.contacts.forget_summary(other_id), merge_rows(keep, other),
                        default_choices(keep, other))
        self.app.call_from_thread(self._show_pair, view)

    # --- showing ---------------------------------------------------------------------------------

    def _fill_pairs(self) -> None:
        rows = [(f"{p.score} %", self._by_id[p.a_id].full_name, self._by_id[p.b_id].full_name, ", ".join(p.reasons))
                for p in self._pairs]
        self.query_one("#dup-pairs", FittedTable).set_rows(rows, keys=[f"{p.a_id}-{p.b_id}" for p in self._pairs])

    def _open_first(self) -> None:
        self._view = None
        if not self._pairs:
            self._busy = False
            self._show_merge_view(False)
            self.query_one("#dup-pairs").display = False
            self.query_one("#dup-body").add_class("-empty")
            self._status(self._finished_text())
            self.refresh_bindings()
            return
        self._open(self._pairs[0])

    def _open(self, pair: DuplicatePair) -> None:
        self._busy = True
        self.refresh_bindings()
        self.load_pair(pair)

    def _show_pair(self, view: PairView) -> None:
        self._view = view
        self._busy = False
        index = self._pairs.index(view.pair)
        self.query_one("#dup-pairs", FittedTable).move_cursor(row=index)
        position = f"Paar {german_number(index + 1)} von {german_number(len(self._pairs))}"
        self._status(f"{position} · Ähnlichkeit {view.pair.score} % · " + ", ".join(view.pair.reasons))
        pair_title = f"A: {view.keep.full_name}  ·  B: {view.other.full_name}"
        self.query_one("#dup-pair-title", Static).update(plain(pair_title))
        self.query_one("#dup-attached", Static).update(plain(attached_text(view)))
        self._show_merge_view(True)
        self._draw_fields()
        self.query_one("#dup-fields").focus()
        self.refresh_bindings()

    def _draw_fields(self, cursor: int | None = None) -> None:
        view = self._view
        if view is None:
            return
        rows = []
        for row in view.rows:
            choice = view.choices[row.name]
            label = row.label + (" (beide)" if choice == BOTH else "")
            rows.append((Text(label), _cell(row.left, choice in ("keep", BOTH), row.same),
                         _cell(row.right, choice in ("other", BOTH), row.same)))
        table = self.query_one("#dup-fields", MergeTable)
        table.set_rows(rows, keys=[row.name for row in view.rows])
        if cursor is not None:
            table.move_cursor(row=cursor)

    def _show_merge_view(self, shown: bool) -> None:
        for selector in ("#dup-pair-title", "#dup-fields", "#dup-attached"):
            self.query_one(selector).display = shown

    def _status(self, text: str) -> None:
        self.query_one("#dup-status", Static).update(plain(text))

    def _finished_text(self) -> str:
        if not (self.merged or self.skipped or self.distinct):
            return "Keine Dubletten gefunden: jeder Kontakt ist nur einmal da."
        counts = [f"{german_number(self.merged)} zusammengeführt", f"{german_number(self.skipped)} übersprungen"]
        if self.distinct:
            counts.append(f"{german_number(self.distinct)} als verschiedene Personen vermerkt")
        return "Alle Paare bearbeitet: " + ", ".join(counts) + "."

    # --- acting ----------------------------------------------------------------------------------

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Merge, skip and field keys only while a pair is shown and nothing is being written."""
        if action in ("merge", "skip", "distinct", "choose", "cycle"):
            return self._view is not None and not self._busy
        return True

    def action_choose(self, choice: str) -> None:
        """Take the field under the cursor from A ("keep") or B ("other")."""
        self._set_choice(lambda _current: choice)

    def action_cycle(self) -> None:
        """Switch the field under the cursor to the other side (notes on both sides: also both)."""
        def following(current: FieldChoice) -> FieldChoice:
            nxt = _NEXT_CHOICE[current]
            return BOTH if self._can_keep_both(current) else nxt

        self._set_choice(following)

    def _can_keep_both(self, current: FieldChoice) -> bool:
        row = self._current_row()
        return bool(row and row.name == "notes" and row.left and row.right and not row.same and current == "other")

    def _current_row(self) -> MergeRow | None:
        if self._view is None or not self._view.rows:
            return None
        return self._view.rows[self.query_one("#dup-fields", MergeTable).cursor_row]

    def _set_choice(self, decide: Callable[[FieldChoice], FieldChoice]) -> None:
        view, row = self._view, self._current_row()
        if view is None or row is None or row.same or self._busy:
            return
        view.choices[row.name] = decide(view.choices[row.name])
        self._draw_fields(cursor=self.query_one("#dup-fields", MergeTable).cursor_row)

    def action_merge(self) -> None:
        """Merge the shown pair with the chosen values."""
        if self._view is None or self._busy:
            return
        self._busy = True
        self.refresh_bindings()
        view = self._view
        merged = merge_contacts(view.keep, view.other, merge_choices(view.choices))
        self.write_merge(view, merged)

    @background("Zusammenführen", group="duplicates-merge")
    def write_merge(self, view: PairView, merged: Contact) -> None:
        """One transaction; the stored result comes back for the pairs that follow."""
        try:
            stored = merge_pair(self._store, view.keep_id, view.other_id, merged)
        except MergeFailed as exc:
            self.app.call_from_thread(self._merge_failed, str(exc))
            return
        self.app.call_from_thread(self._merged, view, stored)

    def _merged(self, view: PairView, stored: Contact | None) -> None:
        self.merged += 1
        gone = view.other_id
        if stored is not None:
            self._by_id[view.keep_id] = stored
        self._by_id.pop(gone, None)
        self._pairs = [p for p in self._pairs if p is not view.pair and gone not in (p.a_id, p.b_id)]
        self.notify(merged_text(view.keep, view.other, stored), title="Zusammengeführt")
        self._fill_pairs()
        self._open_first()

    def _merge_failed(self, message: str) -> None:
        self._busy = False
        self._status(message)
        self.refresh_bindings()

    def action_skip(self) -> None:
        """Leave this pair as it is for now and show the next."""
        if self._view is None or self._busy:
            return
        self.skipped += 1
        self._leave_pair(self._view.pair)

    def action_distinct(self) -> None:
        """Remember the two as different people and show the next pair."""
        if self._view is None or self._busy:
            return
        pair = self._view.pair
        self._store.contacts.mark_distinct(pair.a_id, pair.b_id)
        self.distinct += 1
        self.notify(f"{self._view.keep.full_name} und {self._view.other.full_name} werden nicht mehr als "
                    "Dublette angeboten.", title="Keine Dublette")
        self._leave_pair(pair)

    def _leave_pair(self, pair: DuplicatePair) -> None:
        self._pairs.remove(pair)
        self._fill_pairs()
        self._open_first()

    @on(DataTable.RowSelected, "#dup-pairs")
    def _pair_chosen(self, event: DataTable.RowSelected) -> None:
        if not self._busy and 0 <= event.cursor_row < len(self._pairs):
            self._open(self._pairs[event.cursor_row])

    def action_dismiss_merged(self) -> None:
        """Close, reporting how many pairs were merged."""
        if not self._busy or self._view is None:
            self.dismiss(self.merged)
