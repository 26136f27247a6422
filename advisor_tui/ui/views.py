"""The main views: mode name, mnemonic key, German label (and a short one for narrow terminals)."""

from __future__ import annotations

from typing import NamedTuple


class View(NamedTuple):
    """One main view of the app."""

    mode: str
    key: str
    label: str
    short: str = ""  # the navbar's label below 100 columns; "" keeps the label (cut if it must)


VIEWS: tuple[View, ...] = (
    View("heute", "h", "Heute"),
    View("kontakte", "k", "Kontakte"),
    View("nachricht", "n", "Nachricht"),
    View("redaktionsplan", "r", "Redaktionsplan", "Plan"),
    View("publikum", "P", "Publikum"),
    View("aussenwirkung", "A", "Außenwirkung", "Wirkung"),
    View("ergebnisse", "E", "Ergebnisse", "Ergebnis"),
)
