"""A table that draws only the lines on screen (Textual's line API), so a key costs the same at 100 or 100,000 rows.

It holds the row keys only; a subclass turns a key into cells (`row_cells`), and only for the rows that are drawn.
Columns share the width by weight like `FittedTable`; the look (header, zebra stripes, cursor, focus) is DataTable's.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable, Sequence
from typing import Any, ClassVar, NamedTuple

from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual import events
from textual.binding import Binding, BindingType
from textual.cache import LRUCache
from textual.geometry import Region, Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip

from advisor_tui.ui.text import plain
from advisor_tui.ui.widgets.fitted_table import CELL_PADDING, Cell, Column, clip, fit_widths

HEADER_LINES = 1
CACHED_ROWS = 512  # cells kept for rows drawn lately: several screens' worth, never the whole table
NO_MARK = Style()  # a row neither under the cursor nor under the mouse


def scroll_to_show(row: int, top: int, body: int) -> int:
    """The first visible row that brings `row` on screen with the least scrolling (`body` rows fit)."""
    if row < top or body <= 0:
        return row
    if row >= top + body:
        return row - body + 1
    return top


def clamp(value: int, count: int) -> int:
    """`value` within 0 … count - 1 (0 for no rows)."""
    return max(0, min(value, count - 1))


def row_at(line: int, top: int, count: int) -> int | None:
    """The row drawn on a widget line (below the header), or None for the header and the empty space below."""
    row = line - HEADER_LINES + top
    return row if line >= HEADER_LINES and 0 <= row < count else None


class RowCache:
    """The cells of recently drawn rows by key, each with the version of the data it was built from."""

    def __init__(self, size: int = CACHED_ROWS) -> None:
        self._rows: LRUCache[Hashable, tuple[object, tuple[Text, ...]]] = LRUCache(size)

    def get(self, key: Hashable, version: object) -> tuple[Text, ...] | None:
        """The cached cells of a row, unless its data changed since (another version)."""
        cached = self._rows.get(key)
        return cached[1] if cached is not None and cached[0] == version else None

    def put(self, key: Hashable, version: object, cells: tuple[Text, ...]) -> None:
        """Keep the cells of a row built from `version` of its data."""
        self._rows[key] = (version, cells)

    def forget(self, keys: Iterable[Hashable]) -> None:
        """Drop some rows (their data changed)."""
        for key in keys:
            self._rows.discard(key)

    def clear(self) -> None:
        """Drop every row (the column widths changed)."""
        self._rows.clear()

    def __len__(self) -> int:
        return len(self._rows)


class Look(NamedTuple):
    """The table's styles for one frame: the widget's own, the header's, the stripes', cursor and mouse."""

    base: Style
    header: Style
    even: Style
    odd: Style
    cursor: Style
    hover: Style


class RowMessage(Message):
    """Something happened to a row of a VirtualTable: which table, which row, and the row's key."""

    def __init__(self, table: VirtualTable, cursor_row: int, key: Hashable) -> None:
        super().__init__()
        self.table, self.cursor_row, self.key = table, cursor_row, key

    @property
    def control(self) -> VirtualTable:
        """The table (for `@on(..., selector)`)."""
        return self.table


class VirtualTable(ScrollView, can_focus=True):
    """Rows of data in columns that fit the width; only the visible rows are ever turned into cells."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "select_cursor", "Öffnen", show=False, id="table-select", tooltip="Zeile öffnen"),
        Binding("up", "cursor_up", "Hoch", show=False, id="table-up", tooltip="Eine Zeile nach oben"),
        Binding("down", "cursor_down", "Runter", show=False, id="table-down", tooltip="Eine Zeile nach unten"),
        Binding("pageup", "page_up", "Seite hoch", show=False, id="table-page-up", tooltip="Eine Seite nach oben"),
        Binding(
            "pagedown", "page_down", "Seite runter", show=False, id="table-page-down", tooltip="Eine Seite nach unten"
        ),
        Binding(
            "left",
            "scroll_left",
            "Links",
            show=False,
            id="table-left",
            tooltip="Nach links schieben, wenn die Spalten nicht in die Breite passen",
        ),
        Binding(
            "right",
            "scroll_right",
            "Rechts",
            show=False,
            id="table-right",
            tooltip="Nach rechts schieben, wenn die Spalten nicht in die Breite passen",
        ),
        Binding("home,ctrl+home", "first", "Anfang", show=False, id="table-first", tooltip="Zur ersten Zeile"),
        Binding("end,ctrl+end", "last", "Ende", show=False, id="table-last", tooltip="Zur letzten Zeile"),
    ]

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "virtual-table--header",
        "virtual-table--cursor",
        "virtual-table--hover",
        "virtual-table--even-row",
        "virtual-table--odd-row",
    }

    # DataTable's own look, so the contacts look as they did in a DataTable
    DEFAULT_CSS = """
    VirtualTable {
        background: $surface;
        color: $foreground;
        height: auto;
        max-height: 100%;
        &:focus {
            background-tint: $foreground 5%;
            & > .virtual-table--cursor {
                background: $block-cursor-background;
                color: $block-cursor-foreground;
                text-style: $block-cursor-text-style;
            }
            & > .virtual-table--header {
                background-tint: $foreground 5%;
            }
        }
        &:dark > .virtual-table--even-row {
            background: $surface-darken-1 40%;
        }
        & > .virtual-table--header {
            text-style: bold;
            background: $panel;
            color: $foreground;
        }
        &:ansi > .virtual-table--header {
            background: ansi_bright_blue;
            color: ansi_default;
        }
        & > .virtual-table--even-row {
            background: $surface-lighten-1 50%;
        }
        & > .virtual-table--cursor {
            background: $block-cursor-blurred-background;
            color: $block-cursor-blurred-foreground;
            text-style: $block-cursor-blurred-text-style;
        }
        & > .virtual-table--hover {
            background: $block-hover-background;
        }
    }
    """

    class RowHighlighted(RowMessage):
        """The cursor moved to another row."""

    class RowSelected(RowMessage):
        """Enter, or a click on the cursor row."""

    def __init__(self, columns: Sequence[Column], **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self._columns = tuple(columns)
        self._widths: list[int] = []
        self._labels: tuple[Text, ...] = ()
        self.rows: list[Hashable] = []
        self._cursor = 0
        self._hover: int | None = None
        self._cells = RowCache()
        self._look: Look | None = None
        self._strips: LRUCache[tuple, tuple[Sequence[Text], Strip]] = LRUCache(256)

    # --- what a subclass provides -------------------------------------------------------------------------

    def row_cells(self, key: Any) -> Sequence[Cell]:
        """The cells of one row (data: strings are shown literally)."""
        raise NotImplementedError

    def row_version(self, key: Any) -> object:
        """What the cells of a row are built from: when it changes, the row is built again."""
        return None

    # --- rows and cursor ----------------------------------------------------------------------------------

    @property
    def row_count(self) -> int:
        """How many rows the table holds (drawn or not)."""
        return len(self.rows)

    @property
    def cursor_row(self) -> int:
        """The row under the cursor."""
        return self._cursor

    def get_row_at(self, row: int) -> tuple[Text, ...]:
        """The cells of a row as drawn (cut to the column widths), like DataTable's."""
        return self._cells_of(self.rows[row])

    def set_rows(self, keys: Sequence[Hashable]) -> None:
        """Replace the rows (keys only); the cursor stays on its row number as far as there are rows."""
        self.rows = list(keys)
        self.virtual_size = Size(self.virtual_size.width, len(self.rows) + HEADER_LINES)
        self._strips.clear()
        self.move_cursor(row=self._cursor)
        self.refresh()

    def forget(self, keys: Iterable[Hashable]) -> None:
        """The data of these rows changed: build their cells again when they are drawn."""
        self._cells.forget(keys)
        self._strips.clear()
        self.refresh()

    def move_cursor(self, *, row: int, scroll: bool = True) -> None:
        """Put the cursor on a row (clamped) and scroll it into view."""
        old, self._cursor = self._cursor, clamp(row, self.row_count)
        if scroll:
            self._show_cursor()
        if old != self._cursor:
            self.refresh_line(old + HEADER_LINES)
            self.refresh_line(self._cursor + HEADER_LINES)
            if self.row_count:
                self.post_message(self.RowHighlighted(self, self._cursor, self.rows[self._cursor]))

    @property
    def _body_height(self) -> int:
        return self.scrollable_content_region.height - HEADER_LINES

    def _show_cursor(self) -> None:
        top = scroll_to_show(self._cursor, int(self.scroll_y), self._body_height)
        if top != int(self.scroll_y):
            self.scroll_to(y=top, animate=False, force=True)

    def _keyed(self, row: int) -> None:
        """A key moved the cursor: the mouse's hover mark goes."""
        self._set_hover(None)
        self.move_cursor(row=row)

    def action_cursor_up(self) -> None:
        """One row up."""
        self._keyed(self._cursor - 1)

    def action_cursor_down(self) -> None:
        """One row down."""
        self._keyed(self._cursor + 1)

    def action_page_down(self) -> None:
        """One page down: the view and the cursor move by the rows on screen."""
        self._page(max(self._body_height, 1))

    def action_page_up(self) -> None:
        """One page up."""
        self._page(-max(self._body_height, 1))

    def _page(self, rows: int) -> None:
        self.scroll_to(y=int(self.scroll_y) + rows, animate=False, force=True)
        self._keyed(self._cursor + rows)

    def action_first(self) -> None:
        """The first row."""
        self._keyed(0)

    def action_last(self) -> None:
        """The last row."""
        self._keyed(self.row_count - 1)

    def action_select_cursor(self) -> None:
        """Enter: say which row was chosen."""
        if self.row_count:
            self.post_message(self.RowSelected(self, self._cursor, self.rows[self._cursor]))

    # --- mouse ----------------------------------------------------------------------------------------------

    def _row_under(self, event: events.MouseEvent) -> int | None:
        offset = event.get_content_offset(self)
        return None if offset is None else row_at(offset.y, int(self.scroll_y), self.row_count)

    def on_click(self, event: events.Click) -> None:
        row = self._row_under(event)
        if row is None:
            return
        event.stop()
        if row == self._cursor:
            self.action_select_cursor()
        else:
            self.move_cursor(row=row)

    def on_mouse_move(self, event: events.MouseMove) -> None:
        self._set_hover(self._row_under(event))

    def on_leave(self, _: events.Leave) -> None:
        self._set_hover(None)

    def _set_hover(self, row: int | None) -> None:
        if row != self._hover:
            for line in (self._hover, row):
                if line is not None:
                    self.refresh_line(line + HEADER_LINES)
            self._hover = row

    # --- drawing: one line at a time ------------------------------------------------------------------------

    def on_resize(self, event: events.Resize) -> None:
        widths = fit_widths(self._columns, event.size.width)
        if widths != self._widths:
            self._widths = widths
            self._labels = tuple(plain(clip(c.label, w)) for c, w in zip(self._columns, widths, strict=True))
            self._cells.clear()
            self._strips.clear()
            self.virtual_size = Size(sum(w + CELL_PADDING for w in widths), self.row_count + HEADER_LINES)
            self._show_cursor()
            self.refresh()

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._strips.clear()

    def _cells_of(self, key: Hashable) -> tuple[Text, ...]:
        version = self.row_version(key)
        cells = self._cells.get(key, version)
        if cells is None:
            cells = tuple(
                plain(clip(cell, width)) for cell, width in zip(self.row_cells(key), self._widths, strict=False)
            )
            self._cells.put(key, version, cells)
        return cells

    def render_lines(self, crop: Region) -> list[Strip]:
        get = self.get_component_rich_style  # looked up once per frame, not per line
        self._look = Look(
            self.rich_style,
            get("virtual-table--header"),
            get("virtual-table--even-row"),
            get("virtual-table--odd-row"),
            get("virtual-table--cursor"),
            get("virtual-table--hover"),
        )
        return super().render_lines(crop)

    def render_line(self, y: int) -> Strip:
        look, width = self._look, self.size.width
        row = row_at(y, self.scroll_offset.y, self.row_count)
        if not self._widths or look is None or (row is None and y >= HEADER_LINES):
            return Strip.blank(width, look.base if look else None)
        if row is None:
            return self._strip(("header", look.header, width), self._labels, look.header)
        key = self.rows[row]
        zebra = look.odd if row % 2 else look.even
        mark = NO_MARK
        if row == self._hover:
            mark += look.hover
        if row == self._cursor:
            mark += look.cursor
        return self._strip((key, zebra, mark, width), self._cells_of(key), zebra, mark)

    def _strip(self, cache_key: tuple, cells: Sequence[Text], row_style: Style, mark: Style = NO_MARK) -> Strip:
        """One line: the cells padded like DataTable's, the cursor's colours over the cells' own."""
        cached = self._strips.get(cache_key)
        if cached is not None and cached[0] is cells:  # the same cells: the row's data did not change
            return self._cropped(cached[1])
        console, pre = self.app.console, row_style + mark
        post = Style.from_color(mark.color, mark.bgcolor)
        pad = CELL_PADDING // 2
        segments: list[Segment] = []
        for cell, width in zip(cells, self._widths, strict=False):
            line = [Segment(" " * pad), *cell.render(console), Segment(" " * pad)]
            segments += Segment.apply_style(Segment.adjust_line_length(line, width + CELL_PADDING), pre, post)
        filled = sum(w + CELL_PADDING for w in self._widths)
        segments.append(Segment(" " * max(self.size.width - filled, 0), pre))
        strip = Strip(segments).simplify()
        self._strips[cache_key] = (cells, strip)
        return self._cropped(strip)

    def _cropped(self, strip: Strip) -> Strip:
        """The part of a line in view: columns wider than a narrow terminal scroll sideways, as in a DataTable."""
        left, width = self.scroll_offset.x, self.size.width
        return strip.crop(left, left + width).adjust_cell_length(width, self._look.base if self._look else None)
