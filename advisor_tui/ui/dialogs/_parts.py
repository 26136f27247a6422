"""Small pieces the contact dialogs share: an Enter key the footer names, and a status line."""

from __future__ import annotations

from typing import TypeVar

from textual.binding import Binding
from textual.widgets import Input, OptionList, Static

from advisor_tui.ui.text import plain

W = TypeVar("W", Input, OptionList)


def with_enter(base: type[W], label: str, binding_id: str, tooltip: str) -> type[W]:
    """A subclass of Input or OptionList whose Enter (submit or select) shows in the footer as `label`."""
    action = "submit" if issubclass(base, Input) else "select"
    binding = Binding("enter", action, label, id=binding_id, tooltip=tooltip)
    name = "".join(part.capitalize() for part in binding_id.split("-"))
    return type(name, (base,), {"BINDINGS": [binding], "__doc__": f"{base.__name__}: Enter means {label}."})


def show_status(status: Static, text: str, *, error: bool = False) -> None:
    """Show one line in a dialog's status field, in the error colour when it is an error."""
    status.update(plain(text))  # messages quote file names and paths
    status.set_class(error, "error")
