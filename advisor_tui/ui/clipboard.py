"""Copy text to the clipboard: through the terminal (OSC 52, also over SSH) and a local tool if present."""

from __future__ import annotations

import os
import shutil
import subprocess

from textual.app import App

# Local clipboard programs, tried in order; the terminal route alone fails in terminals without OSC 52.
_LOCAL_TOOLS: tuple[tuple[str, ...], ...] = (
    ("wl-copy",), ("xclip", "-selection", "clipboard"), ("xsel", "--clipboard", "--input"), ("pbcopy",),
)


def _local_tool() -> tuple[str, ...] | None:
    """A local clipboard program, when this is a desktop session and not an SSH login."""
    if os.environ.get("SSH_CONNECTION") or os.environ.get("SSH_TTY"):
        return None
    has_display = os.environ.get("WAYLAND_DISPLAY") or os.environ.get("DISPLAY") or os.uname().sysname == "Darwin"
    if not has_display:
        return None
    return next((tool for tool in _LOCAL_TOOLS if shutil.which(tool[0])), None)


def copy_text(app: App, text: str) -> str:
    """Copy the text and return a German sentence saying how."""
    app.copy_to_clipboard(text)
    if app.is_web:  # `advisor-tui serve`: the page's terminal hands OSC 52 to the browser's clipboard
        return "In die Zwischenablage des Browsers kopiert."
    tool = _local_tool()
    if tool is not None:
        try:
            subprocess.run(tool, input=text.encode("utf-8"), timeout=2, check=True,
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            return f"In die Zwischenablage kopiert (über das Terminal und {tool[0]})."
        except (OSError, subprocess.SubprocessError):
            pass
    return ("Über das Terminal in die Zwischenablage kopiert (OSC 52, klappt auch über SSH). "
            "Falls nichts ankommt: OSC 52 in den Terminal-Einstellungen erlauben.")
