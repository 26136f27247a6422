"""The tagging keys of Kontakte: the queue, one key per role, the sector picker, marks, undo (state: TaggingQueue)."""

from __future__ import annotations

import threading
from collections import deque

from textual.binding import Binding

from advisor_tui.domain.network.tagging import ROLE_KEYS
from advisor_tui.domain.network.vocabulary import ROLE_BY_KEY
from advisor_tui.usecases.tagging_queue import TaggingQueue

TAGGING_BINDINGS = [
    Binding("t", "start_queue", "Taggen", id="kontakte-tag-queue",
            tooltip="Kontakte ohne Branche oder Rolle nacheinander taggen"),
    Binding("a", "accept", "Annehmen", id="kontakte-accept", tooltip="Den Vorschlag für Rolle und Branche übernehmen"),
    Binding("b", "pick_sector", "Branche", id="kontakte-sector",
            tooltip="Branche per Suche wählen (für den Kontakt im Taggen, die markierten oder den gewählten)"),
    Binding("space", "skip", "Überspringen", key_display="Leer", id="kontakte-skip",
            tooltip="Diesen Kontakt im Taggen auslassen"),
    Binding("space", "toggle_mark", "Markieren", key_display="Leer", id="kontakte-mark", show=False,
            tooltip="Zeile für das Taggen mehrerer Kontakte auf einmal markieren"),
    Binding("u", "undo", "Rückgängig", id="kontakte-undo", show=False,
            tooltip="Den letzten Tagging-Schritt zurücknehmen"),
    *(Binding(digit, f"set_role('{key}')", f"Rolle: {ROLE_BY_KEY[key].label}", show=False,
              id=f"kontakte-role-{digit}",
              tooltip=f"Rolle {ROLE_BY_KEY[key].label} setzen (Taggen, markierte oder gewählte Kontakte)")
      for digit, key in ROLE_KEYS),
]
TAGGING_ACTIONS = ("start_queue", "accept", "skip", "toggle_mark", "undo", "set_role", "pick_sector")


def tagging_allowed(queue: TaggingQueue, action: str, cursor: int | None) -> bool:
    """Whether a tagging key does something now (the footer shows only those)."""
    if action == "start_queue":
        return not queue.active
    if action in {"accept", "skip"}:
        return queue.active and queue.current is not None
    if action == "toggle_mark":
        return not queue.active
    if action == "undo":
        return bool(queue.history)
    return bool(queue.targets(cursor))  # set_role, pick_sector


class WriteQueue:
    """Tag changes waiting to be stored, in the order they were made: one worker drains them, so an undo never
    overtakes the step it takes back."""

    def __init__(self) -> None:
        self._pending: deque[dict[int, dict[str, object]]] = deque()
        self._lock = threading.Lock()
        self._draining = False

    def push(self, changes: dict[int, dict[str, object]]) -> bool:
        """Queue changes; True when no worker is draining yet (the caller starts one)."""
        with self._lock:
            self._pending.append(changes)
            start, self._draining = not self._draining, True
        return start

    def pop(self) -> dict[int, dict[str, object]] | None:
        """The next changes to store, or None (and the worker ends) when all are stored."""
        with self._lock:
            if self._pending:
                return self._pending.popleft()
            self._draining = False
            return None

    def drop(self) -> None:
        """Forget what is queued (a write failed: the view reads the store again)."""
        with self._lock:
            self._pending.clear()
            self._draining = False
