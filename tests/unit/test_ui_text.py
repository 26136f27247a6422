"""The UI's one way to show data: literal text without controls, and editors that keep untouched values."""

from __future__ import annotations

import pytest
from rich.text import Text
from textual.content import Content

from advisor_tui.domain.text_safety import printable
from advisor_tui.ui.text import kept, literal, plain


def test_plain_is_literal_text_without_controls() -> None:
    shown = plain("ACME [/] Holding\x1b]52;c;eA==\x07", style="bold")
    assert isinstance(shown, Text) and shown.plain == "ACME [/] Holding␛]52;c;eA==␇" and shown.style == "bold"
    assert plain(shown) is shown


def test_literal_survives_a_markup_template() -> None:
    content = Content.from_markup(f"[b]{literal('Eve [bold] [/] $x')}[/b]")
    assert content.plain == "Eve [bold] [/] $x"


@pytest.mark.parametrize("value", ["[$text-error]x[/]", "[Bold]x[/Bold]", "[ b]x", "[$x]", "\x1b[2J (ACME [/] Holding)",
                                   "[link=file:///etc/passwd]x[/link]", "[@click=app.quit]x[/]", "a\\[b]x", "C:\\",
                                   "x\\\\", "[[[", "]"])
def test_literal_keeps_every_bracket_and_backslash_and_the_template_tags(value: str) -> None:
    # textual.markup.escape leaves "[$…]", "[Bold]" and a "[" before an escaped one to the parser.
    content = Content.from_markup(f"[b]{literal(value)}[/b] [i]kursiv[/i]")
    assert content.plain.replace("\u2060", "") == f"{printable(value)} kursiv"
    assert [(span.start, span.end, span.style) for span in content.spans] == [
        (0, len(content.plain) - 7, "b"), (len(content.plain) - 6, len(content.plain), "i")]


def test_kept_returns_the_stored_value_for_an_untouched_field() -> None:
    assert kept("Mal\x1b[2Jlory", "Mal␛[2Jlory") == "Mal\x1b[2Jlory"
    assert kept("Mal\x1b[2Jlory", "Mallory") == "Mallory"
    assert kept("Zeile\r\nzwei", "Zeile\nzwei", multiline=True) == "Zeile\r\nzwei"
