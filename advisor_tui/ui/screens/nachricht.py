"""Nachricht: drafting a message with live courtesy checks."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.widgets import Static

from advisor_tui.ui.screens.base import ViewScreen


class NachrichtScreen(ViewScreen):
    """Drafting view; the editor with live checks is not built yet and says so."""

    MODE = "nachricht"

    def compose_body(self) -> ComposeResult:
        yield Static(
            "[b]Nachricht[/b]\n\n"
            "Diese Ansicht ist noch nicht fertig.\n\n"
            "Hier entstehen Nachrichten an einen Kontakt aus Vorlagen (Vernetzungsanfrage mit Anschreiben, "
            "Antwort, Nachfassen, höfliche Absage, endgültige Ablehnung), mit korrekter Anrede und einer "
            "Prüfung auf Sie-Form, Grußformel und Rechtschreibung während des Schreibens.",
            classes="placeholder",
        )
