"""Einstellungen: the advisor's name, signature, institution and the figures the routine is measured by."""

from __future__ import annotations

from dataclasses import replace

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Button, Checkbox, Input, Label, Static, TextArea

from advisor_tui.domain.contacts.identity import normalize_profile_url
from advisor_tui.domain.models import Settings
from advisor_tui.ui.text import plain

# field → (label, smallest, largest)
NUMBER_FIELDS = {
    "losing_touch_days": ("Tage ohne Kontakt, bis ein Zielkontakt als „lange kein Kontakt“ gilt", 7, 730),
    "weekly_post_goal": ("Beiträge pro Woche (Ziel)", 1, 7),
}


def parse_number(text: str, label: str, low: int, high: int) -> int:
    """A whole number within bounds, or ValueError with a German message."""
    try:
        value = int(text.strip())
    except ValueError:
        raise ValueError(f"{label}: bitte eine ganze Zahl eingeben.") from None
    if not low <= value <= high:
        raise ValueError(f"{label}: bitte eine Zahl von {low} bis {high} eingeben.")
    return value


def parse_profile_url(text: str) -> str:
    """The canonical profile URL, '' for an empty field, or ValueError with a German message."""
    if not text.strip():
        return ""
    url = normalize_profile_url(text)
    if "/in/" not in url:
        raise ValueError("Ihr LinkedIn-Profil: bitte eine Adresse wie https://www.linkedin.com/in/ihr-name eingeben.")
    return url


class SettingsDialog(ModalScreen[Settings | None]):
    """Edit and save the settings; returns the saved settings or None."""

    CSS = """
    #settings-frame { width: 84; }
    #settings-error { width: 1fr; color: $text-error; }
    #settings-body Label { width: 100%; }
    #signature { height: 5; }
    """
    AUTO_FOCUS = "#advisor_name"
    BINDINGS = [
        Binding("escape", "dismiss(None)", "Abbrechen", id="settings-cancel", tooltip="Ohne Speichern schließen"),
        Binding("ctrl+s", "save", "Speichern", id="settings-save", tooltip="Einstellungen speichern"),
    ]

    def __init__(self, settings: Settings) -> None:
        super().__init__()
        self._settings = settings

    def compose(self) -> ComposeResult:
        s = self._settings
        with Vertical(id="settings-frame", classes="dialog"):
            yield Static("Einstellungen", classes="dialog-title")
            yield from self._fields(s)
            with Horizontal(classes="dialog-buttons"):
                yield Button("Speichern", variant="primary", id="save")
                yield Button("Abbrechen", id="cancel")
                yield Static(id="settings-error")  # beside the buttons: in view however far the body scrolled

    @staticmethod
    def _fields(s: Settings) -> ComposeResult:
        # the body scrolls between the fixed title and buttons; it is no focus stop: typed text must always land
        # in a field, and focus moving scrolls anyway
        with VerticalScroll(id="settings-body", classes="dialog-body", can_focus=False):
            yield Label("Ihr Name")
            yield Input(s.advisor_name, id="advisor_name", placeholder="z. B. Julia Hoffmann")
            yield Label("Ihr LinkedIn-Profil (damit der Import erkennt, welche Nachrichten Sie geschrieben haben)")
            yield Input(s.own_profile_url, id="own_profile_url", placeholder="https://www.linkedin.com/in/…")
            yield Label("Eigenes Institut (dessen Mitarbeiter gelten als Kolleginnen und Kollegen)")
            yield Input(s.own_institution, id="own_institution", placeholder="z. B. Bankhaus Lindner & Co.")
            yield Label("Signatur unter Nachrichten")
            yield TextArea(s.signature, id="signature")
            yield Checkbox("LinkedIn Premium (Vernetzungsnotiz bis 300 statt 200 Zeichen)", s.linkedin_premium,
                           id="linkedin_premium")
            for name, (label, _low, _high) in NUMBER_FIELDS.items():
                yield Label(label)
                yield Input(str(getattr(s, name)), id=name, type="integer")

    def on_mount(self) -> None:
        # focusing the first field scrolls it into view without its label: start at the top instead
        self.call_after_refresh(self.query_one("#settings-body", VerticalScroll).scroll_home, animate=False)

    @on(Button.Pressed, "#save")
    def action_save(self) -> None:
        """Validate and return the new settings."""
        try:
            numbers = {
                name: parse_number(self.query_one(f"#{name}", Input).value, label, low, high)
                for name, (label, low, high) in NUMBER_FIELDS.items()
            }
            profile = parse_profile_url(self.query_one("#own_profile_url", Input).value)
        except ValueError as exc:
            self.query_one("#settings-error", Static).update(plain(str(exc)))
            return
        self.dismiss(replace(
            self._settings,
            advisor_name=self.query_one("#advisor_name", Input).value.strip(),
            own_profile_url=profile,
            own_institution=self.query_one("#own_institution", Input).value.strip(),
            signature=self.query_one("#signature", TextArea).text.strip(),
            linkedin_premium=self.query_one("#linkedin_premium", Checkbox).value,
            **numbers,
        ))

    @on(Button.Pressed, "#cancel")
    def _cancel(self) -> None:
        self.dismiss(None)
