"""Small style and confusion rules: real words that are wrong here, a lowercase sentence start, "!!"."""

from __future__ import annotations

import re
from collections.abc import Iterator

from advisor_tui.domain.courtesy.document import Document
from advisor_tui.domain.courtesy.findings import Finding, finding

# "Fiele Grüße" (for "Viele"), "Fielen Dank".
_FIELE_RE = re.compile(r"\b([Ff])iele(n?)(?=\s+(?:Grüße|Grüsse|Gruß|Dank)\b)")
_EXCLAMATIONS_RE = re.compile(r"!{2,}|[!?]*\?![!?]*|[!?]*!\?[!?]*")
_SENTENCE_END = ".!?"
_OPENERS = " \t\"'„“”»«‚‘(–-*•"


def confusion_findings(doc: Document) -> Iterator[Finding]:
    """ "bei Innen" (for Ihnen) and "Fiele Grüße" (for Viele): real words, wrong here."""
    text = doc.text
    for token in doc.tokens:
        # Capitalised "Innen" inside a sentence is the polite pronoun mistyped; "Innen-" starts a compound.
        if token.text == "Innen" and not token.initial and not text.startswith("-", token.end):
            yield finding("confusion", "„Innen“ ist hier wohl „Ihnen“ (höfliche Anrede).", token.start, token.end,
                          "Ihnen")
    for match in _FIELE_RE.finditer(text):
        fixed = ("V" if match.group(1) == "F" else "v") + "iele" + match.group(2)
        yield finding("confusion", f"„{match.group()}“ schreibt man „{fixed}“.", match.start(), match.end(), fixed)


def _after_sentence_end(text: str, start: int) -> bool:
    """Whether a word follows a full stop, "!" or "?" on the same line (not a line start or a colon)."""
    i = start - 1
    while i >= 0 and text[i] in _OPENERS:
        i -= 1
    # "www.example.com": no space after the dot, no new sentence.
    return i >= 0 and i < start - 1 and text[i] in _SENTENCE_END and text[i + 1] in " \t"


def style_findings(doc: Document) -> Iterator[Finding]:
    """A sentence that starts lowercase, and "!!" or "?!" (hints)."""
    for token in doc.tokens:
        word = token.text
        if token.initial and word[0].islower() and not any(ch.isupper() for ch in word) and len(word) > 1 \
                and _after_sentence_end(doc.text, token.start):
            fixed = word[0].upper() + word[1:]
            yield finding("sentence-lowercase", f"Ein Satz beginnt groß: „{fixed}“.", token.start, token.end, fixed)
    for match in _EXCLAMATIONS_RE.finditer(doc.text):
        yield finding("exclamation-repeated", "Mehrere Ausrufe- oder Fragezeichen wirken laut; eines genügt.",
                      match.start(), match.end(), match.group()[-1] if match.group().endswith("?") else "!")
