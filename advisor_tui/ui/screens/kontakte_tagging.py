"""The tagging keys of Kontakte: the queue, one key per role, the sector picker, marks, undo (state: TaggingQueue)."""

from __future__ import annotations

from textual.binding import Binding

from advisor_tui.domain.tagging import ROLE_KEYS
from advisor_tui.domain.vocabulary import ROLE_BY_KEY

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
TAGGING_ACTIONS = ("start_queue", "accept", "skip", "toggle_mark", "undo", "set_role", "pick_sector")
