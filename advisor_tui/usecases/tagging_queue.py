"""What the Kontakte screen edits while tagging: the contacts, the marks, the queue of untagged ones, undo.

A plain object without Textual or the store: the screen forwards keys to it, shows `panel()` and the rows the
returned step names, and hands `TagStep.changes()` to the `tag_contacts` use case off the UI thread.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from advisor_tui.domain.models import Contact
from advisor_tui.domain.network.tagging import (
    Suggestion,
    TaggingHistory,
    needs_sector,
    next_in_queue,
    recount,
    suggestion_for,
    tag,
    tag_counts,
    tagged_fields,
    untagged_queue,
)


@dataclass(frozen=True, slots=True)
class TagStep:
    """One tagging key's effect: the contacts it changed (before and after) out of how many it aimed at."""

    before: tuple[Contact, ...]
    after: tuple[Contact, ...]
    aimed: int
    bulk: bool  # the marked contacts were tagged (they stay marked for the next key, e.g. the sector)
    ask_sector: int | None = None  # the queue's contact still needs a sector: ask before moving on

    def changes(self) -> dict[int, dict[str, object]]:
        """What to store: per contact id, only the fields this step changed."""
        return {new.id: {name: getattr(new, name) for name in tagged_fields(old, new)}
                for old, new in zip(self.before, self.after, strict=True) if new.id is not None}

    @property
    def changed_ids(self) -> list[int]:
        """The ids of the contacts whose tags changed."""
        return [c.id for c in self.after if c.id is not None]


@dataclass(frozen=True, slots=True)
class PanelState:
    """What the tagging panel shows: the queue's contact with its suggestion, or the end of the queue."""

    contact: Contact | None
    suggestion: Suggestion | None
    done: int
    left: int

    @property
    def role_missing(self) -> bool:
        """The contact has its sector but still no role: the queue waits for the role."""
        return self.contact is not None and bool(self.contact.sector) and not self.contact.role


def tagged_text(count: int) -> str:
    """What leaving the queue reports: "Keine Kontakte getaggt.", "1 Kontakt getaggt.", "3 Kontakte getaggt."."""
    if count == 0:
        return "Keine Kontakte getaggt."
    return f"{count} {'Kontakt' if count == 1 else 'Kontakte'} getaggt."


class TaggingQueue:
    """Contacts by id with their tag counts, marked rows, the running queue and the undo history."""

    def __init__(self) -> None:
        self.contacts: dict[int, Contact] = {}
        self.counts = tag_counts(())
        self.marked: set[int] = set()
        self.own_company = ""
        self.history = TaggingHistory()
        self._queue: list[int] | None = None
        self._queue_set: frozenset[int] = frozenset()
        self.current: int | None = None
        self.done = self.left = 0

    def load(self, contacts: Iterable[Contact] | Mapping[int, Contact], own_company: str = "",
             counts: Counter[tuple[str | None, str | None]] | None = None) -> None:
        """Take freshly read contacts (a list, or a mapping by id, which is copied) and, when a worker counted
        them already, their tag counts; marks of contacts that are gone disappear."""
        if isinstance(contacts, Mapping):
            self.contacts = dict(contacts)
        else:
            self.contacts = {c.id: c for c in contacts if c.id is not None}
        self.counts = counts if counts is not None else tag_counts(self.contacts.values())
        self.own_company = own_company
        self.marked &= self.contacts.keys()

    # --- marks ---------------------------------------------------------------------------------------

    def toggle_mark(self, contact_id: int) -> None:
        """Mark or unmark one row for bulk tagging."""
        self.marked ^= {contact_id}

    def mark(self, ids: Iterable[int]) -> None:
        """Mark several rows."""
        self.marked.update(i for i in ids if i in self.contacts)

    def clear_marks(self) -> list[int]:
        """Drop every mark; returns the rows that were marked."""
        marked, self.marked = sorted(self.marked), set()
        return marked

    def targets(self, cursor: int | None) -> list[int]:
        """Whom a role or sector key tags: the queue's contact, else the marked rows, else the cursor row."""
        if self.active:
            return [self.current] if self.current is not None else []
        if self.marked:
            return sorted(self.marked)
        return [cursor] if cursor is not None else []

    # --- the queue -----------------------------------------------------------------------------------

    @property
    def active(self) -> bool:
        """Whether the queue is running."""
        return self._queue is not None

    def start(self, order: Iterable[int]) -> bool:
        """Queue the untagged contacts among `order` (the table's order); False when none is untagged."""
        queue = untagged_queue(self.contacts[i] for i in order if i in self.contacts)
        if not queue:
            return False
        # The marks stay: the queue tags one contact at a time, the marks wait for the advisor's Esc.
        self._queue, self._queue_set, self.done, self.left = queue, frozenset(queue), 0, len(queue)
        self.current = next_in_queue(queue, self._is_tagged)
        return True

    def end(self) -> int:
        """Stop the queue; returns how many contacts were tagged in it."""
        self._queue = self.current = None
        self._queue_set = frozenset()
        return self.done

    def skip(self) -> None:
        """Leave the queue's contact untagged for now and go to the next."""
        self.current = next_in_queue(self._queue or [], self._is_tagged, after=self.current)

    def suggestion(self) -> Suggestion | None:
        """What the queue proposes for its contact."""
        contact = self.contacts.get(self.current) if self.current is not None else None
        return suggestion_for(contact, self.own_company) if contact is not None else None

    def panel(self) -> PanelState:
        """What the tagging panel shows now."""
        contact = self.contacts.get(self.current) if self.current is not None else None
        return PanelState(contact, self.suggestion(), self.done, self.left)

    def _is_tagged(self, contact_id: int) -> bool:
        contact = self.contacts.get(contact_id)
        return contact is None or contact.is_tagged

    # --- tagging -------------------------------------------------------------------------------------

    def accept(self) -> TagStep | None:
        """Take the suggestion for the queue's contact; None when there is no suggested role."""
        suggestion = self.suggestion()
        if self.current is None or suggestion is None or not suggestion.role:
            return None
        return self.tag([self.current], role=suggestion.role, sector=suggestion.sector)

    def set_role(self, role: str, cursor: int | None) -> TagStep:
        """Set a role on the targets; in the queue the suggested sector comes along."""
        suggestion = self.suggestion() if self.active else None
        return self.tag(self.targets(cursor), role=role, sector=suggestion.sector if suggestion else None)

    def tag(self, targets: Iterable[int], *, role: str | None = None, sector: str | None = None) -> TagStep:
        """Tag contacts as one undoable step and move the queue on once its contact has role and sector (or ask
        for the sector first; without a role it stays)."""
        before = [self.contacts[i] for i in targets if i in self.contacts]
        after = [tag(old, role=role, sector=sector) for old in before]
        pairs = [(old, new) for old, new in zip(before, after, strict=True) if tagged_fields(old, new)]
        bulk = not self.active and bool(self.marked)  # marks stay until the advisor clears them (Esc)
        if pairs:
            self.history.record(old for old, _ in pairs)
            for _old, new in pairs:
                self.replace(new)
        step = TagStep(tuple(old for old, _ in pairs), tuple(new for _, new in pairs), len(before), bulk)
        if self.active and self.current is not None:
            if needs_sector(self.contacts[self.current]):
                return TagStep(step.before, step.after, step.aimed, bulk, ask_sector=self.current)
            if not self.contacts[self.current].is_tagged:  # a sector but no role yet: done only with both
                return step
            self.done += 1 if pairs else 0
            self.skip()
        return step

    def undo(self) -> tuple[Contact, ...]:
        """Take back the last step: the contacts as they were (to store again); empty when nothing to undo."""
        before = self.history.undo()
        now = self.contacts.get(before[0].id) if before and before[0].id is not None else None
        completed = now is not None and now.is_tagged and not before[0].is_tagged
        for contact in before:
            self.replace(contact)
        if before and self.active:
            self.done -= 1 if completed and self.done else 0  # only a step that finished a contact counted
            self.current = before[0].id
        return before

    def replace(self, contact: Contact) -> None:
        """Put a changed contact in place and keep the counts and the queue's figures current."""
        if contact.id is None:
            return
        old = self.contacts.get(contact.id)
        recount(self.counts, old, contact)
        self.contacts[contact.id] = contact
        if old is not None and contact.id in self._queue_set:
            self.left += (not contact.is_tagged) - (not old.is_tagged)
