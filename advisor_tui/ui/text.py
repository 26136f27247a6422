"""Text from the store in widgets: shown literally (never parsed as markup), without terminal controls."""

from __future__ import annotations

from collections.abc import Hashable
from typing import TypeVar

from rich.style import Style
from rich.text import Text
from textual.widgets import Select

from advisor_tui.domain.text_safety import printable

_WORD_JOINER = "\u2060"


def plain(value: str | Text, *, multiline: bool = False, style: str | Style = "") -> Text:
    """A widget's content (table cell, Static, option prompt) that is data: no markup, no controls."""
    if isinstance(value, Text):  # built by the caller from data already made plain
        return value
    return Text(printable(value, multiline=multiline), style=style, end="")


def literal(value: str, *, multiline: bool = False) -> str:
    """Data placed inside a markup template: every "[" escaped, controls shown as symbols."""
    # textual.markup.escape escapes only a "[" that starts a lower-case tag: "[$text-error]", "[Bold]", "[ b]" and
    # a "[" in front of an escaped one ("␛[2J (ACME \[/]") still act as markup or show the backslash. The parser
    # never reads a "[" after a backslash as a tag and shows "\[" as "[", so each one is escaped.
    text = printable(value, multiline=multiline).replace("[", "\\[")
    # A backslash at the end would hide the template's next tag from the parser: an invisible word joiner
    # (U+2060) keeps them apart.
    return text + _WORD_JOINER if text.endswith("\\") else text


def kept(original: str, shown: str, *, multiline: bool = False) -> str:
    """An editor's value: the stored original when the advisor left its `printable` form untouched."""
    return original if shown == printable(original, multiline=multiline) else shown


Choice = TypeVar("Choice", bound=Hashable)


def chosen(select: Select[Choice], original: Choice) -> Choice:
    """An editor's choice: the stored original while the Select shows none (it has no options yet)."""
    picked = select.selection
    return original if picked is None else picked
