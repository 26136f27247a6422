"""What bench/latency.py waits for on advisor-tui's screen: pure functions of the captured pane's lines.

Each says whether a frame shows the awaited change; they rely on the German texts the app draws (the Kontakte
status line, Heute's tiles and sections, the findings list's „Z. 15, Sp. 36“), not on its widgets.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

# Heute is filled when the contacts tile, someone waiting, an open request and this week's post are drawn.
HEUTE_WAITING, HEUTE_REQUEST = "Albrecht-Brandt", "Vollmer"


def german_number(number: int) -> str:
    """30000 → „30.000“, as the app writes counts."""
    return f"{number:,}".replace(",", ".")


def drawn(lines: Sequence[str]) -> bool:
    """Anything at all on the screen (the first frame)."""
    return any(line.strip() for line in lines)


def heute_filled(lines: Sequence[str], contacts: int) -> bool:
    """Heute shows its figures and lists: the contact count in a tile, who waits, a request, the week's post."""
    text = "\n".join(lines)
    tile = re.search(rf"│\s+{re.escape(german_number(contacts))}\s+│", text)
    return bool(tile) and HEUTE_WAITING in text and HEUTE_REQUEST in text and "KW " in text


def _rows_below(lines: Sequence[str], index: int) -> int:
    """Non-blank lines below a line, up to the footer (the last line)."""
    return sum(1 for line in lines[index + 1 : -1] if line.strip())


def kontakte_drawn(lines: Sequence[str], contacts: int) -> bool:
    """The Kontakte status line counts every contact („30.000 Kontakte · …“) and table rows are drawn below."""
    status = re.compile(rf"^\s*{re.escape(german_number(contacts))} Kontakte\b")
    for index, line in enumerate(lines):
        if status.search(line):
            return _rows_below(lines, index) >= 5
    return False


def search_hits(lines: Sequence[str], query: str) -> int | None:
    """The hit count the status line gives for this query („1.575 von 30.000 Kontakten passen zu „müller““),
    None while it shows another query; with hits, at least a header and one row must be drawn below it."""
    shown = re.compile(rf"([\d.]+) von [\d.]+ Kontakten passen zu „{re.escape(query.strip())}“")
    for index, line in enumerate(lines):
        found = shown.search(line)
        if found:
            hits = int(found.group(1).replace(".", ""))
            return hits if hits == 0 or _rows_below(lines, index) >= 2 else None
    return None


def finding_at(lines: Sequence[str], line: int, column: int, message: str) -> bool:
    """The findings list shows a finding at „Z. line, Sp. column“ whose message starts on the next line."""
    place = re.compile(rf"\bZ\. {line}, Sp\. {column}\b")
    return any(place.search(text) and message in following for text, following in zip(lines, lines[1:], strict=False))


def marker_place(text: str, marker: str) -> tuple[int, int]:
    """Line and column (1-based, as the findings list counts) of the first `marker` in a text."""
    offset = text.index(marker)
    before = text[:offset]
    return before.count("\n") + 1, offset - (before.rfind("\n") + 1) + 1
