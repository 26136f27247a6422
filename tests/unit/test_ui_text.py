"""The UI's one way to show data: literal text without controls, and editors that keep untouched values."""

from __future__ import annotations

from rich.text import Text
from textual.content import Content

from advisor_tui.ui.text import kept, literal, plain


def test_plain_is_literal_text_without_controls() -> None:
    shown = plain("ACME [/] Holding\x1b]52;c;eA==\x07", style="bold")
    assert isinstance(shown, Text) and shown.plain == "ACME [/] Holding␛]52;c;eA==␇" and shown.style == "bold"
    assert plain(shown) is shown


def test_literal_survives_a_markup_template() -> None:
    content = Content.from_markup(f"[b]{literal('Eve [bold] [/] $x')}[/b]")
    assert content.plain == "Eve [bold] [/] $x"


def test_kept_returns_the_stored_value_for_an_untouched_field() -> None:
    assert kept("Mal\x1b[2Jlory", "Mal␛[2Jlory") == "Mal\x1b[2Jlory"
    assert kept("Mal\x1b[2Jlory", "Mallory") == "Mallory"
    assert kept("Zeile\r\nzwei", "Zeile\nzwei", multiline=True) == "Zeile\r\nzwei"
