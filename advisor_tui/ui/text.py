"""Text from the store in widgets: shown literally (never parsed as markup), without terminal controls."""

from __future__ import annotations

from collections.abc import Hashable
from typing import TypeVar

from rich.style import Style
from rich.text import Text
from textual.markup import escape
from textual.widgets import Select

from advisor_tui.domain.text_safety import printable


def plain(value: str | Text, *, multiline: bool = False, style: str | Style = "") -> Text:
    """A widget's content (table cell, Static, option prompt) that is data: no markup, no controls."""
    if isinstance(value, Text):  # built by the caller from data already made plain
        return value
    return Text(printable(value, multiline=multiline), style=style, end="")


def literal(value: str, *, multiline: bool = False) -> str:
    """Data placed inside a markup template: markup characters escaped, controls shown as symbols."""
    return escape(printable(value, multiline=multiline))


def kept(original: str, shown: str, *, multiline: bool = False) -> str:
    """An editor's value: the stored original when the advisor left its `printable` form untouched."""
    return original if shown == printable(original, multiline=multiline) else shown


Choice = TypeVar("Choice", bound=Hashable)


def chosen(select: Select[Choice], original: Choice) -> Choice:
    """An editor's choice: the stored original while the Select shows none (it has no options yet)."""
    picked = select.selection
    return original if picked is None else picked
