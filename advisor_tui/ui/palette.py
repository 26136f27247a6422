"""The command palette in German: its search field, its keys, a "no match" line, and a theme picker."""

from __future__ import annotations

from functools import partial

from rich.align import Align
from rich.text import Text
from textual.binding import Binding
from textual.command import CommandList, CommandPalette, DiscoveryHit, Hit, Hits, Provider
from textual.theme import Theme
from textual.widgets.option_list import Option

COMMANDS_PLACEHOLDER = "Befehl suchen …"
THEMES_PLACEHOLDER = "Farbschema suchen …"
NO_MATCH = "Nichts gefunden"

# Black on white is what low-vision settings expect; the accents stay few and saturated.
HIGH_CONTRAST = Theme(
    name="hoher-kontrast", primary="#FFD700", secondary="#00E5FF", accent="#FFD700", warning="#FFB000",
    error="#FF5555", success="#55FF55", foreground="#FFFFFF", background="#000000", surface="#000000",
    panel="#1A1A1A", dark=True,
)

# Only themes that were looked at with our styles; Textual's other themes stay unlisted.
THEME_LABELS: dict[str, tuple[str, str]] = {
    "textual-dark": ("Dunkel", "Dunkler Hintergrund, blaue Akzente (Voreinstellung)"),
    "textual-light": ("Hell", "Heller Hintergrund, für helle Räume und Beamer"),
    "nord": ("Gedämpft", "Dunkles Blaugrau, ruhige Farben"),
    HIGH_CONTRAST.name: ("Hoher Kontrast", "Weiß und Gelb auf Schwarz, gut lesbar bei schwacher Sicht"),
    "ansi-dark": ("Terminalfarben", "Die Farben des Terminals, für Terminals ohne volle Farbtiefe"),
}


class GermanPalette(CommandPalette):
    """Textual's command palette with German placeholder, keys and "no match" line."""

    BINDINGS = [
        Binding("ctrl+end, shift+end", "command_list('last')", "Zum Ende", show=False, id="palette-last",
                tooltip="Zum letzten Befehl der Liste"),
        Binding("ctrl+home, shift+home", "command_list('first')", "Zum Anfang", show=False, id="palette-first",
                tooltip="Zum ersten Befehl der Liste"),
        Binding("down", "cursor_down", "Nächster Befehl", show=False, id="palette-down",
                tooltip="Eine Zeile nach unten"),
        Binding("escape", "escape", "Schließen", id="palette-close", tooltip="Befehlspalette schließen"),
        Binding("pagedown", "command_list('page_down')", "Seite weiter", show=False, id="palette-page-down",
                tooltip="Eine Seite nach unten"),
        Binding("pageup", "command_list('page_up')", "Seite zurück", show=False, id="palette-page-up",
                tooltip="Eine Seite nach oben"),
        Binding("up", "command_list('cursor_up')", "Voriger Befehl", show=False, id="palette-up",
                tooltip="Eine Zeile nach oben"),
    ]

    def _start_no_matches_countdown(self, search_value: str) -> None:
        """After a short wait without hits, say so in German (Textual's own line is English)."""
        self._stop_no_matches_countdown()

        def nothing_found() -> None:
            if not search_value:
                self._list_visible = False  # browsing an empty list needs no "nothing found"
                return
            line = Option(Align.center(Text(NO_MATCH, style="not bold")), disabled=True, id=self._NO_MATCHES)
            self.query_one(CommandList).add_option(line)
            self._list_visible = True

        self._no_matches_timer = self.set_timer(self._NO_MATCHES_COUNTDOWN, nothing_found)


class ThemeChoices(Provider):
    """The themes we offer, by German name; choosing one switches to it."""

    def _choices(self) -> list[tuple[str, str, str]]:
        available = self.app.available_themes
        return [(label, about, name) for name, (label, about) in THEME_LABELS.items() if name in available]

    def _choose(self, name: str) -> None:
        self.app.theme = name

    async def discover(self) -> Hits:
        for label, about, name in self._choices():
            yield DiscoveryHit(label, partial(self._choose, name), help=about)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for label, about, name in self._choices():
            if (score := matcher.match(label)) > 0:
                yield Hit(score, matcher.highlight(label), partial(self._choose, name), text=label, help=about)
