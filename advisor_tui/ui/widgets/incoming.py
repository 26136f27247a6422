"""The message being answered, above the Nachricht editor: who wrote it when, and its start; `i` shows it all."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from advisor_tui.domain.channels import channel_label
from advisor_tui.domain.messaging.facts import Incoming, without_greeting
from advisor_tui.ui.text import plain

SHORT_CHARS = 160  # about two lines at 80 columns: the start says what it is about, `i` shows the rest


def incoming_head(incoming: Incoming, name: str) -> str:
    """"Letzte Nachricht von Anna Müller · 12.11.2026 · LinkedIn-Nachricht · „Titel“" (plain text, not markup)."""
    parts = [f"Letzte Nachricht von {name}" if name else "Letzte Nachricht",
             f"{incoming.sent_at:%d.%m.%Y}", channel_label(incoming.channel)]
    title = " ".join(incoming.conversation_title.split())
    if title and title.casefold() != name.casefold():
        parts.append(f"„{title}“")
    return " · ".join(parts)


def shortened(text: str, limit: int = SHORT_CHARS) -> tuple[str, bool]:
    """The text on one line, cut at a word before `limit` characters; True if something was cut."""
    flat = " ".join(text.split())
    if len(flat) <= limit:
        return flat, False
    cut = flat[:limit].rsplit(" ", 1)[0] or flat[:limit]
    return cut + " …", True


class IncomingPanel(Static):
    """The recipient's last message, shortened; hidden when they wrote none. Imported text is shown as data."""

    DEFAULT_CSS = """
    IncomingPanel { height: auto; max-height: 4; padding: 0 1; background: $boost; display: none; }
    IncomingPanel.-shown { display: block; }
    """

    def show_message(self, incoming: Incoming | None, name: str) -> None:
        """Show the message (or hide the panel when there is none)."""
        self.set_class(incoming is not None, "-shown")
        if incoming is None:
            self.update("")
            return
        text, cut = shortened(without_greeting(incoming.text) or incoming.text)  # the greeting says nothing new
        content = Text.assemble(plain(incoming_head(incoming, name), style="bold"), "\n", plain(text))
        if cut:
            content.append("  i: ganze Nachricht", style="italic")
        self.update(content)


class IncomingDialog(ModalScreen[None]):
    """The whole last message of a contact, scrollable; Esc closes."""

    CSS = """
    .incoming-dialog { width: 100; height: auto; max-height: 90%; }
    .incoming-dialog #incoming-full { height: auto; max-height: 30; }
    """
    BINDINGS = [
        Binding("escape", "dismiss(None)", "Schließen", id="incoming-close", tooltip="Zurück zum Entwurf"),
        Binding("i", "dismiss(None)", "Schließen", id="incoming-close-i", show=False, tooltip="Zurück zum Entwurf"),
    ]

    def __init__(self, incoming: Incoming, name: str) -> None:
        super().__init__()
        self._incoming, self._sender = incoming, name

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog incoming-dialog"):
            yield Static(plain(incoming_head(self._incoming, self._sender)), classes="dialog-title")
            with VerticalScroll(id="incoming-full", can_focus=True):
                yield Static(plain(self._incoming.text.strip(), multiline=True), id="incoming-text")
            yield Static("↑/↓ blättern · Esc zurück zum Entwurf", classes="dialog-hint")

    def on_mount(self) -> None:
        self.query_one("#incoming-full").focus()
