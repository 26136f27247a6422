"""The feedback log's use cases: record, edit, answer, delete, add a factor, read a quarter — one transaction each."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from advisor_tui.domain.feedback.models import Factor, FeedbackEntry, SourceKind, clean_note, find_factor
from advisor_tui.domain.feedback.quarters import Quarter, QuarterFigures, quarter_figures
from advisor_tui.domain.feedback.triage import TriageDecision
from advisor_tui.domain.text_safety import printable
from advisor_tui.store.store import Store, UnitOfWork

GONE = "Der Eintrag ist nicht mehr da (in einem anderen Fenster gelöscht?)."
MAX_SOURCE = 200


def _checked(unit: UnitOfWork, entry: FeedbackEntry) -> FeedbackEntry:
    """The entry as it may be stored: a clean note, known factors by key, a source that exists. German ValueError."""
    factors = unit.feedback.factors()
    keys = tuple(dict.fromkeys(find_factor(factors, key).key for key in entry.factors))
    source_text = printable(" ".join(entry.source_text.split()))[:MAX_SOURCE]
    checked = replace(
        entry, note=printable(clean_note(entry.note), multiline=True), factors=keys, source_text=source_text
    )
    kind = entry.source_kind
    if kind is SourceKind.POST:
        if entry.post_id is None and entry.id is not None and source_text:
            return replace(checked, contact_id=None, conversation_id=None)  # its post was deleted: the title stays
        post = unit.plan.get(entry.post_id) if entry.post_id is not None else None
        if post is None:
            raise ValueError("Diesen Beitrag gibt es nicht (mehr) im Redaktionsplan.")
        # The title is kept too: the entry still says which post it was about when the post is deleted.
        return replace(checked, contact_id=None, conversation_id=None, source_text=post.title)
    if kind in (SourceKind.CONTACT, SourceKind.CONVERSATION):
        if entry.contact_id is None or unit.contacts.get(entry.contact_id) is None:
            raise ValueError("Diesen Kontakt gibt es nicht (mehr).")
        conversation = entry.conversation_id if kind is SourceKind.CONVERSATION else None
        return replace(checked, post_id=None, conversation_id=conversation, source_text="")
    if not source_text:
        raise ValueError("Bitte angeben, woher die Rückmeldung kam (Beitrag, Kontakt oder ein kurzer Text).")
    return replace(checked, post_id=None, contact_id=None, conversation_id=None)


def record_feedback(store: Store, entry: FeedbackEntry) -> FeedbackEntry:
    """Check and store a new entry; returns it as stored (with id and source label)."""
    with store.transaction() as unit:
        entry_id = unit.feedback.add(_checked(unit, entry))
        stored = unit.feedback.get(entry_id)
    assert stored is not None  # written in this very transaction
    return stored


def edit_feedback(store: Store, entry: FeedbackEntry) -> FeedbackEntry:
    """Save an edited entry; LookupError when it is gone meanwhile."""
    if entry.id is None:
        raise ValueError("Nur ein gespeicherter Eintrag lässt sich ändern.")
    with store.transaction() as unit:
        if not unit.feedback.update(_checked(unit, entry)):
            raise LookupError(GONE)
        stored = unit.feedback.get(entry.id)
    assert stored is not None
    return stored


def mark_answered(store: Store, entry_id: int, on: date | None) -> FeedbackEntry:
    """Mark an entry answered on a day, or open again (None); LookupError when it is gone."""
    with store.transaction() as unit:
        if not unit.feedback.set_answered(entry_id, on):
            raise LookupError(GONE)
        stored = unit.feedback.get(entry_id)
    assert stored is not None
    return stored


def delete_feedback(store: Store, entry_id: int) -> FeedbackEntry:
    """Remove an entry; returns what was removed (LookupError when it was gone already)."""
    with store.transaction() as unit:
        entry = unit.feedback.get(entry_id)
        if entry is None or not unit.feedback.delete(entry_id):
            raise LookupError(GONE)
    return entry


def add_factor(store: Store, label: str) -> Factor:
    """Add a key factor of the advisor's own (German ValueError when empty or taken)."""
    label = printable(" ".join(label.split()))
    if not label:
        raise ValueError("Bitte einen Namen für den Faktor angeben.")
    with store.transaction() as unit:
        return unit.feedback.add_factor(label)


@dataclass(frozen=True, slots=True)
class FeedbackView:
    """A quarter's figures with the vocabulary the entry dialog offers and the quarter's triage decisions."""

    figures: QuarterFigures
    factors: tuple[Factor, ...]
    decisions: tuple[TriageDecision, ...] = ()


def read_quarter(store: Store, quarter: Quarter) -> FeedbackView:
    """The quarter's figures (with the trend and every open item) and its triage decisions, newest first."""
    factors = store.feedback.factors()
    entries = store.feedback.list()
    decisions = tuple(d for d in store.feedback.decisions() if d.decided_at.date() in quarter)
    return FeedbackView(quarter_figures(entries, quarter, factors), tuple(factors), decisions)


def latest_conversation(store: Store, contact_id: int) -> int | None:
    """The contact's most recent conversation (feedback from Nachricht is about it), or None."""
    conversations = store.activity.conversations(contact_id)
    dated = [(max((m.sent_at for m in c.messages), default=None), c.id) for c in conversations if c.id is not None]
    dated = [(at, cid) for at, cid in dated if at is not None]
    return max(dated)[1] if dated else None
