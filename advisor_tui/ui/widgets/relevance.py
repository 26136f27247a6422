"""The network's relevance at a glance: target share, a bar per role, untagged, top sectors, verdict."""

from __future__ import annotations

from typing import Any

from textual.widgets import Static

from advisor_tui.domain.network.relevance import NetworkComposition, bar, percent_text
from advisor_tui.domain.network.vocabulary import ROLES, RoleGroup, sector_label
from advisor_tui.domain.numbers import german_number
from advisor_tui.ui.text import literal

_COLOURS = {RoleGroup.TARGET: "$success", RoleGroup.NETWORK: "$accent", RoleGroup.OTHER: "$warning"}
LABEL_WIDTH = 12
COUNT_WIDTH = 6
MIN_BAR = 6
SHORT_LABELS = {
    "unternehmer": "Unternehmer", "nachfolger": "Nachfolger", "kaufm-leitung": "Kaufm. Ltg.",
    "umfeld": "Umfeld", "multiplikator": "Multiplik.", "kollege": "Kollegen", "ex-kollege": "Ex-Kollegen",
    "privat": "Privat", "wettbewerb": "Wettbewerb", "dienstleister": "Dienstleist.",
}



def headline(network: NetworkComposition, width: int) -> str:
    """The first line: the target share as a big bar, the counts and the untagged contacts."""
    bar_width = max(min(width - 70, 30), 8)
    untagged = f"{german_number(network.untagged)} ohne Branche oder Rolle"
    if network.untagged:
        untagged = f"[$warning]{untagged}[/]"
    return (f"[b]Zielkunden {network.target_share_text}[/b] [$success]{bar(network.target_share, bar_width)}[/] "
            f"{german_number(network.target)} von {german_number(network.total)} · {untagged}")


def role_lines(network: NetworkComposition, width: int) -> list[str]:
    """The split by role as a compact bar chart (bars relative to the largest role), in columns."""
    columns = max(1, min(len(ROLES) // 2, (width + 3) // (LABEL_WIDTH + MIN_BAR + COUNT_WIDTH + 4)))
    bar_width = max((width + 3) // columns - LABEL_WIDTH - COUNT_WIDTH - 4, 4)
    cells = []
    largest = max(network.role_counts.values(), default=0)
    for role in ROLES:
        count = network.role_counts.get(role.key, 0)
        colour = _COLOURS[role.group]
        label = SHORT_LABELS.get(role.key, role.label)[:LABEL_WIDTH]
        share = bar(100 * count / largest if largest else 0, bar_width)
        cells.append(f"{literal(label):<{LABEL_WIDTH}} [{colour}]{share}[/]{german_number(count):>{COUNT_WIDTH}}")
    rows = -(-len(cells) // columns)
    return ["   ".join(cells[r + c * rows] for c in range(columns) if r + c * rows < len(cells)) for r in range(rows)]


def sectors_line(network: NetworkComposition) -> str:
    """The sectors most target contacts come from."""
    if not network.top_target_sectors:
        return "Top-Zielbranchen: noch keine (Zielkunden mit Branche taggen)"
    return "Top-Zielbranchen: " + " · ".join(
        f"{literal(sector_label(code))} {german_number(count)}" for code, count in network.top_target_sectors)


class RelevancePanel(Static):
    """A compact, always visible picture of how many contacts are potential clients."""

    DEFAULT_CSS = """
    RelevancePanel { height: auto; border: round $primary; padding: 0 1; margin: 0 1; }
    """

    def __init__(self, **kwargs: Any) -> None:
        super().__init__("Netzwerk wird ausgewertet …", **kwargs)
        self.border_title = "Netzwerk-Relevanz"
        self._network: NetworkComposition | None = None

    def show(self, network: NetworkComposition) -> None:
        """Draw the figures of a freshly composed network."""
        self._network = network
        self._draw()

    def on_resize(self) -> None:
        self._draw()

    def _draw(self) -> None:
        network = self._network
        if network is None:
            return
        width = max(self.content_region.width, 40)
        lines = [headline(network, width), *role_lines(network, width), sectors_line(network),
                 f"[i]{literal(network.verdict)}[/i]"]
        self.update("\n".join(lines))

    @property
    def share_text(self) -> str:
        """The target share as shown (for tests and the status line)."""
        return percent_text(self._network.target_share) if self._network else ""
