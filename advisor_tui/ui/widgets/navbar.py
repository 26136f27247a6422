"""The row of the views at the top, with the current one highlighted; it fits any width without wrapping."""

from __future__ import annotations

from collections.abc import Sequence

from rich.style import Style
from rich.text import Text
from textual.widget import Widget

from advisor_tui.ui.views import VIEWS, View

SHORT_FROM = 100  # below this many columns the views go by their short labels


def view_label(view: View, limit: int | None) -> str:
    """The label in at most `limit` characters: the view's short label, else the label cut with a dot."""
    if limit is None or len(view.label) <= limit:
        return view.label
    short = view.short or view.label
    if len(short) <= limit:
        return short
    return short[: max(limit - 1, 1)] + "." if limit > 1 else ""


def _items(views: Sequence[View], limit: int | None) -> list[tuple[str, str]]:
    return [(view.key, view_label(view, limit)) for view in views]


def _width(items: Sequence[tuple[str, str]]) -> int:
    # " k label " per view; a view without label is " k "
    return sum(len(key) + (len(label) + 1 if label else 0) + 2 for key, label in items)


def fitted_items(width: int, views: Sequence[View] = VIEWS) -> list[tuple[str, str]]:
    """(key, label) per view, as long as `width` allows: full labels from 100 columns, else short ones, else
    cut ones, else the keys alone. A key is never cut."""
    if width >= SHORT_FROM and _width(_items(views, None)) <= width:
        return _items(views, None)
    longest = max((len(view.short or view.label) for view in views), default=0)
    for limit in range(longest, 3, -1):
        items = _items(views, limit)
        if _width(items) <= width:
            return items
    return _items(views, 0)


class NavBar(Widget):
    """Shows where the advisor is and which key leads where."""

    DEFAULT_CSS = """
    NavBar { width: 1fr; }
    """

    def __init__(self, current: str) -> None:
        super().__init__(id="navbar")
        self.current = current

    def render(self) -> Text:
        """The views as they fit the bar's width (drawn anew on every resize)."""
        text = Text(no_wrap=True, overflow="crop")
        for (key, label), view in zip(fitted_items(self.content_size.width), VIEWS, strict=True):
            style = Style(reverse=True) if view.mode == self.current else Style()
            text.append(" ", style)
            text.append(key, style + Style(bold=True))
            text.append(f" {label} " if label else " ", style)
        return text
