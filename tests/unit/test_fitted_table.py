"""Cutting cells to their column: by the cells a text takes on screen, never by its number of characters."""

from __future__ import annotations

from rich.cells import cell_len
from rich.text import Text

from advisor_tui.ui.widgets.fitted_table import clip


def test_a_short_text_is_kept_as_it_is() -> None:
    assert clip("Müller GmbH", 11) == "Müller GmbH"


def test_a_long_text_ends_in_an_ellipsis_within_the_width() -> None:
    assert clip("Müller Logistik GmbH & Co. KG", 10) == "Müller Lo…"


def test_wide_letters_count_twice_so_a_cjk_name_stays_in_its_column() -> None:
    clipped = clip("株式会社トヨタ自動車", 9)
    assert isinstance(clipped, str) and cell_len(clipped) <= 9 and clipped.endswith("…")


def test_a_styled_cell_keeps_its_style_and_its_brackets_literal() -> None:
    clipped = clip(Text("ACME [/] Holding International", style="dim"), 12)
    assert isinstance(clipped, Text) and clipped.plain == "ACME [/] Ho…" and clipped.style == "dim"
