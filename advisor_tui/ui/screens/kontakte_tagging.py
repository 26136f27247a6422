"""The tagging part of Kontakte: the queue, one key per role, the sector picker, bulk tagging, undo."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from textual.binding import Binding

from advisor_tui.domain.curation import sector_choices
from advisor_tui.domain.models import Contact
from advisor_tui.domain.numbers import german_number
from advisor_tui.domain.tagging import (
    ROLE_KEYS,
    TaggingHistory,
    needs_sector,
    next_in_queue,
    recount,
    suggestion_for,
    tag,
    tagged_fields,
    untagged_queue,
)
from advisor_tui.domain.vocabulary import ROLE_BY_KEY, role_label, sector_label
from advisor_tui.ui.dialogs.pick import PickDialog
from advisor_tui.ui.widgets.tagging import TaggingPanel

TAGGING_BINDINGS = [
    Binding("t", "start_queue", "Taggen", id="kontakte-tag-queue",
            tooltip="Kontakte ohne Branche oder Rolle nacheinander taggen"),
    Binding("a", "accept", "Annehmen", id="kontakte-accept", tooltip="Den Vorschlag für Rolle und Branche übernehmen"),
    Binding("b", "pick_sector", "Branche", id="kontakte-sector",
            tooltip="Branche per Suche wählen (für den Kontakt im Taggen, die markierten oder den gewählten)"),
    Binding("space", "skip", "Überspringen", key_display="Leer", id="kontakte-skip",
            tooltip="Diesen Kontakt im Taggen auslassen"),
    Binding("space", "toggle_mark", "Markieren", key_display="Leer", id="kontakte-mark",
            tooltip="Zeile für das Taggen mehrerer Kontakte auf einmal markieren"),
    Binding("u", "undo", "Rückgängig", id="kontakte-undo", tooltip="Den letzten Tagging-Schritt zurücknehmen"),
    *(Binding(digit, f"set_role('{key}')", f"Rolle: {ROLE_BY_KEY[key].label}", show=False,
              id=f"kontakte-role-{digit}",
              tooltip=f"Rolle {ROLE_BY_KEY[key].label} setzen (Taggen, markierte oder gewählte Kontakte)")
      for digit, key in ROLE_KEYS),
]


class TaggingMixin:
    """Queue, role keys, sector picker, bulk and undo; the screen provides the contacts and the table."""

    _by_id: dict[int, Contact]
    _counts: Counter[tuple[str | None, str | None]]
    _matching: list[int]
    _marked: set[int]

    def _init_tagging(self) -> None:
        self._queue: list[int] | None = None
        self._queue_set: frozenset[int] = frozenset()
        self._current: int | None = None
        self._done = self._left = 0
        self._history = TaggingHistory()

    @property
    def queue_active(self) -> bool:
        """Whether the tagging queue is running."""
        return self._queue is not None

    def tagging_allowed(self, action: str) -> bool | None:
        """check_action for the tagging keys."""
        if action == "start_queue":
            return not self.queue_active
        if action in {"accept", "skip"}:
            return self.queue_active and self._current is not None
        if action == "toggle_mark":
            return not self.queue_active
        if action == "undo":
            return bool(self._history)
        if action in {"set_role", "pick_sector"}:
            return bool(self._targets())
        return True

    def _targets(self) -> list[int]:
        """Whom a role or sector key tags: the queue's contact, else the marked rows, else the cursor row."""
        if self.queue_active:
            return [self._current] if self._current is not None else []
        if self._marked:
            return sorted(self._marked)
        cursor = self.cursor_id()
        return [cursor] if cursor is not None else []

    def action_start_queue(self) -> None:
        """Start tagging the untagged contacts of the current table, in its order."""
        queue = untagged_queue(self._by_id[i] for i in self._matching)
        if not queue:
            self.notify("Alle Kontakte dieser Auswahl haben Branche und Rolle.", title="Taggen")
            return
        self._queue, self._queue_set, self._done, self._left = queue, frozenset(queue), 0, len(queue)
        self._marked.clear()
        self._current = next_in_queue(queue, self._is_tagged)
        self.query_one(TaggingPanel).add_class("-active")
        self._show_current()

    def end_queue(self) -> None:
        """Stop tagging."""
        self._queue = self._current = None
        self._queue_set = frozenset()
        self.query_one(TaggingPanel).remove_class("-active")
        self.update_footer()
        self.notify(f"{self._done} Kontakte getaggt.", title="Taggen")

    def _is_tagged(self, contact_id: int) -> bool:
        contact = self._by_id.get(contact_id)
        return contact is None or contact.is_tagged

    def replace_contact(self, contact: Contact) -> None:
        """Put a changed contact in place and keep the counts behind the figures current."""
        old = self._by_id.get(contact.id)
        recount(self._counts, old, contact)
        self._by_id[contact.id] = contact
        if old is not None and contact.id in self._queue_set:
            self._left += (not contact.is_tagged) - (not old.is_tagged)

    def _show_current(self) -> None:
        panel = self.query_one(TaggingPanel)
        if self._current is None:
            panel.finish(self._done)
        else:
            contact = self._by_id[self._current]
            panel.show(contact, suggestion_for(contact, self.own_company), self._done, self._left)
            self.move_cursor_to(self._current)
        self.update_footer()

    def _advance(self) -> None:
        self._current = next_in_queue(self._queue or [], self._is_tagged, after=self._current)
        self._show_current()

    def action_accept(self) -> None:
        """Take the suggestion for the queue's contact."""
        if self._current is None:
            return
        suggestion = suggestion_for(self._by_id[self._current], self.own_company)
        if not suggestion.role:
            self.notify("Kein Vorschlag: Rolle mit 1–0 wählen.", severity="warning")
            return
        self._tag_step([self._current], role=suggestion.role, sector=suggestion.sector)

    def action_set_role(self, role: str) -> None:
        """Set a role; in the queue the suggested sector comes along."""
        targets = self._targets()
        sector = None
        if self.queue_active and self._current is not None:
            sector = suggestion_for(self._by_id[self._current], self.own_company).sector
        self._tag_step(targets, role=role, sector=sector)

    def action_pick_sector(self) -> None:
        """Choose a sector by fuzzy search for the current targets."""
        self._ask_sector(self._targets())

    def _ask_sector(self, targets: list[int]) -> None:
        if not targets:
            return
        who = self._by_id[targets[0]].full_name if len(targets) == 1 else f"{german_number(len(targets))} Kontakte"
        choices = sector_choices(self.sectors)

        def picked(code: str | None) -> None:
            if code:
                self._tag_step(targets, sector=code)

        self.open_dialog(PickDialog(f"Branche für {who}", choices), picked)

    def _tag_step(self, targets: Iterable[int], *, role: str | None = None, sector: str | None = None) -> None:
        """Tag contacts as one undoable step, save them, and move the queue on."""
        before = [self._by_id[i] for i in targets if i in self._by_id]
        after = [tag(contact, role=role, sector=sector) for contact in before]
        changed = [(old, new) for old, new in zip(before, after, strict=True) if tagged_fields(old, new)]
        marked = not self.queue_active and bool(self._marked)
        if marked:
            self._marked.clear()
            self.refresh_rows([c.id for c in before])
        if changed:
            self._history.record(old for old, _ in changed)
            self._save([(new, tagged_fields(old, new)) for old, new in changed])
        if marked:
            what = role_label(role) or sector_label(sector)
            self.notify(f"{german_number(len(changed))} von {german_number(len(before))} Kontakten: {what}",
                        title="Getaggt")
            self.contacts_changed([])
        if self.queue_active and self._current is not None:
            current = self._by_id[self._current]
            if needs_sector(current):
                self._ask_sector([self._current])
                return
            self._done += 1 if changed else 0
            self._advance()
        self.update_footer()

    def _save(self, contacts: list[tuple[Contact, set[str]]]) -> None:
        """Write only the tagged fields (an import elsewhere may have changed the rest), all in one transaction."""
        self._write({contact.id: {name: getattr(contact, name) for name in edited} for contact, edited in contacts})
        for contact, _edited in contacts:
            self.replace_contact(contact)
        self.contacts_changed([contact.id for contact, _ in contacts])

    def _write(self, changes: dict[int, dict[str, object]]) -> None:
        saved = self.advisor.store.contacts.update_many(changes)
        if saved < len(changes):
            self.notify(f"{german_number(len(changes) - saved)} Kontakte gibt es nicht mehr (in einem anderen "
                        "Fenster gelöscht).", title="Taggen", severity="warning")

    def action_skip(self) -> None:
        """Leave this contact untagged for now."""
        self._advance()

    def action_undo(self) -> None:
        """Take back the last tagging step."""
        before = list(self._history.undo())
        if not before:
            return
        self._write({contact.id: {"role": contact.role, "sector": contact.sector} for contact in before})
        for contact in before:
            self.replace_contact(contact)
        self.contacts_changed([contact.id for contact in before])
        if self.queue_active:
            self._done = max(self._done - 1, 0)
            self._current = before[0].id
            self._show_current()
        others = f" und {german_number(len(before) - 1)} weitere" if len(before) > 1 else ""
        self.notify(f"Rückgängig: {before[0].full_name}{others}", title="Taggen")
        self.update_footer()
