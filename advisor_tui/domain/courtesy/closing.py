"""Rules on the closing formula: missing, abbreviated, or followed by a comma."""

from __future__ import annotations

import re
from collections.abc import Iterator

from advisor_tui.domain.courtesy.closing_parse import find_abbreviated_closings
from advisor_tui.domain.courtesy.document import Document
from advisor_tui.domain.courtesy.findings import Finding, finding

DEFAULT_CLOSING = "Mit freundlichen Grüßen"
_SAME_LINE_NAME_RE = re.compile(r"[ \t,]+(?=[A-ZÄÖÜ][^\n]*$)", re.MULTILINE)


def closing_findings(doc: Document) -> Iterator[Finding]:
    """No closing formula, an abbreviation such as "MfG" or an inline "lg", or "Mit freundlichen Grüßen,"."""
    if not doc.context.is_letter:
        return
    abbreviations = find_abbreviated_closings(doc.text)
    for abbreviation in abbreviations:
        message = f"„{abbreviation.group()}“ wirkt nachlässig: schreiben Sie die Grußformel aus."
        end, suggestion = abbreviation.end(), DEFAULT_CLOSING
        name = _SAME_LINE_NAME_RE.match(doc.text, end)
        if name:  # "LG Thomas": the name goes on a line of its own below the closing
            end, suggestion = name.end(), DEFAULT_CLOSING + "\n"
        yield finding("closing-abbreviated", message, abbreviation.start(), end, suggestion)
    closing = doc.closing
    if closing is None:
        if not abbreviations:
            end = len(doc.text.rstrip())
            yield finding("closing-missing",
                          f"Es fehlt eine Grußformel am Schluss, z. B. „{DEFAULT_CLOSING}“ oder „Viele Grüße“.",
                          end, end, f"\n\n{DEFAULT_CLOSING}")
        return
    if closing.punct:
        yield finding("closing-comma",
                      f"Nach „{closing.formula}“ steht kein Satzzeichen (DIN 5008).",
                      closing.punct_start, closing.punct_start + 1, "")
