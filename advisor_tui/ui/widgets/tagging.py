"""The tagging queue panel: the contact to tag, the pre-selected suggestion, and the keys."""

from __future__ import annotations

from typing import Any

from textual.widgets import Static

from advisor_tui.domain.contacts.curation import contact_summary
from advisor_tui.domain.models import Contact
from advisor_tui.domain.network.tagging import ROLE_KEYS, Suggestion
from advisor_tui.domain.network.vocabulary import role_label, sector_label
from advisor_tui.ui.text import literal

ROLE_SHORT = {
    "unternehmer": "Untern.", "nachfolger": "Nachf.", "kaufm-leitung": "Kaufm. Ltg.",
    "umfeld": "Umfeld", "multiplikator": "Multipl.", "kollege": "Kollege", "ex-kollege": "Ex-Koll.",
    "privat": "Privat", "wettbewerb": "Wettbew.", "dienstleister": "Dienstl.",
}


def keys_line() -> str:
    """The role keys in one line: "1 Unternehmer  2 Nachfolger …"."""
    return " ".join(f"[b]{digit}[/b] {ROLE_SHORT.get(key, key)}" for digit, key in ROLE_KEYS)


def suggestion_text(suggestion: Suggestion) -> str:
    """The pre-selected role and sector, or what is still missing."""
    missing = "[$warning]keine erkannt ({} wählen)[/]"
    role = f"[b]{literal(role_label(suggestion.role))}[/b]" if suggestion.role else missing.format("1–0")
    sector = f"[b]{literal(sector_label(suggestion.sector))}[/b]" if suggestion.sector else missing.format("b")
    return f"Vorschlag: Rolle {role} · Branche {sector}"


class TaggingPanel(Static):
    """Shows one untagged contact after another while the queue runs."""

    DEFAULT_CSS = """
    TaggingPanel { height: auto; border: round $success; padding: 0 1; margin: 0 1; display: none; }
    TaggingPanel.-active { display: block; }
    """

    def __init__(self, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.border_title = "Taggen"

    def show(self, contact: Contact, suggestion: Suggestion, done: int, left: int, role_missing: bool = False) -> None:
        """Present the current contact with its suggestion (and that its role is still missing, if so)."""
        self.border_title = f"Taggen · {done} erledigt · noch {left} ohne Branche oder Rolle"
        accept = "[b]a[/b] Vorschlag annehmen · " if suggestion.role else ""
        missing = " · [$warning]Rolle fehlt noch (1–0): erst mit Rolle geht es weiter[/]" if role_missing else ""
        self.update("\n".join((
            f"[b]{literal(contact_summary(contact))}[/b]",
            suggestion_text(suggestion) + missing,
            f"{accept}[b]b[/b] Branche wählen · [b]Leertaste[/b] überspringen · [b]u[/b] rückgängig · "
            + "[b]Esc[/b] Taggen beenden",
            keys_line(),
        )))

    def finish(self, done: int) -> None:
        """Say that the queue is empty."""
        self.border_title = f"Taggen · {done} erledigt"
        self.update("Alle Kontakte dieser Auswahl haben Branche und Rolle. [b]Esc[/b] beendet das Taggen.")
