"""A DataTable whose columns share the available width by weight, so nothing scrolls sideways."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, NamedTuple, TypeAlias, overload

from rich.text import Text
from textual import events
from textual.widgets import DataTable

from advisor_tui.ui.text import plain

# A cell: a string from the data (shown literally), or a Text the caller built from data already made plain.
Cell: TypeAlias = str | Text

CELL_PADDING = 2  # DataTable's default padding: one cell left and right
SCROLLBAR = 2


class Column(NamedTuple):
    """A column: header, share of the spare width, and the least it may get."""

    label: str
    weight: int
    min_width: int


def fit_widths(columns: Sequence[Column], total: int) -> list[int]:
    """Widths that fill `total` cells: each column its minimum, the rest by weight."""
    content = max(total - SCROLLBAR - CELL_PADDING * len(columns), 0)
    widths = [column.min_width for column in columns]
    spare = content - sum(widths)
    weights = sum(column.weight for column in columns)
    if spare > 0 and weights:
        widths = [w + spare * column.weight // weights for w, column in zip(widths, columns, strict=True)]
    return widths


@overload
def clip(text: str, width: int) -> str: ...
@overload
def clip(text: Text, width: int) -> Text: ...
def clip(text: Cell, width: int) -> Cell:
    """Cut text to the column width with an ellipsis, by the cells it takes on screen (a CJK letter takes two)."""
    whole = text if isinstance(text, Text) else Text(text)  # Text(str) parses nothing: data stays data
    if whole.cell_len <= width:
        return text
    cut = whole.copy()
    cut.truncate(width, overflow="ellipsis")
    return cut if isinstance(text, Text) else cut.plain


class FittedTable(DataTable):
    """Rows of data (strings, shown literally) in columns that always fit the widget's width."""

    def __init__(self, columns: Sequence[Column], **kwargs: Any) -> None:
        kwargs.setdefault("cursor_type", "row")
        kwargs.setdefault("zebra_stripes", True)
        super().__init__(**kwargs)
        self._columns_spec = tuple(columns)
        self._rows: list[tuple[Cell, ...]] = []
        self._keys: list[str | None] = []
        self._widths: list[int] = []

    def set_rows(self, rows: Sequence[Sequence[Cell]], keys: Sequence[str | None] | None = None) -> None:
        """Replace every row; `keys` become the row keys (e.g. contact ids)."""
        self._rows = [tuple(row) for row in rows]
        self._keys = list(keys) if keys is not None else [None] * len(self._rows)
        self._redraw()

    def on_resize(self, event: events.Resize) -> None:
        widths = fit_widths(self._columns_spec, event.size.width)
        if widths != self._widths:
            self._widths = widths
            self._redraw(columns=True)

    def _redraw(self, *, columns: bool = False) -> None:
        if not self._widths:
            return
        cursor = self.cursor_row
        self.clear(columns=columns)
        if columns or not self.columns:
            for column, width in zip(self._columns_spec, self._widths, strict=True):
                self.add_column(clip(column.label, width), width=width)
        for row, key in zip(self._rows, self._keys, strict=True):
            self.add_row(*(plain(clip(cell, w)) for cell, w in zip(row, self._widths, strict=True)), key=key)
        if self._rows:
            self.move_cursor(row=min(cursor, len(self._rows) - 1))
