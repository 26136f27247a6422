"""The row of the four views at the top, with the current one highlighted."""

from __future__ import annotations

from textual.widgets import Static

from advisor_tui.ui.views import VIEWS


class NavBar(Static):
    """Shows where the advisor is and which key leads where."""

    def __init__(self, current: str) -> None:
        super().__init__(self._markup(current), id="navbar")

    @staticmethod
    def _markup(current: str) -> str:
        parts = []
        for view in VIEWS:
            text = f" [b]{view.key}[/b] {view.label} "
            parts.append(f"[reverse]{text}[/reverse]" if view.mode == current else text)
        return " ".join(parts)
