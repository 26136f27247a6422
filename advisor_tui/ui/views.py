"""The four main views: mode name, mnemonic key, German label."""

from __future__ import annotations

from typing import NamedTuple


class View(NamedTuple):
    """One main view of the app."""

    mode: str
    key: str
    label: str


VIEWS: tuple[View, ...] = (
    View("heute", "h", "Heute"),
    View("kontakte", "k", "Kontakte"),
    View("nachricht", "n", "Nachricht"),
    View("redaktionsplan", "r", "Redaktionsplan"),
    View("aussenwirkung", "A", "Außenwirkung"),
)
