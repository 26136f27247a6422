"""German key names, one definition for the footer and the F1 help: "Strg+Q", "F1", "Leertaste"."""

from __future__ import annotations

from textual.binding import Binding

_KEY_NAMES = {"escape": "Esc", "slash": "/", "enter": "Enter", "space": "Leertaste", "delete": "Entf",
              "pageup": "Bild↑", "pagedown": "Bild↓", "up": "↑", "down": "↓", "left": "←", "right": "→",
              "minus": "-", "plus": "+", "tab": "Tab"}
_MODIFIERS = {"ctrl": "Strg", "shift": "Umschalt", "alt": "Alt"}


def key_label(binding: Binding) -> str:
    """A German key name: "Strg+Q", "F1", "/"."""
    if binding.key_display:
        return binding.key_display
    *modifiers, key = binding.key.split(",")[0].split("+")
    key = _KEY_NAMES.get(key, key)
    if key[:1] == "f" and key[1:].isdigit():
        key = key.upper()
    elif modifiers:
        key = key[:1].upper() + key[1:]
    return "+".join([*(_MODIFIERS.get(modifier, modifier) for modifier in modifiers), key])
