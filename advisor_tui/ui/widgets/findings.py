"""The list of courtesy findings beside the editor, coloured by severity."""

from __future__ import annotations

from collections.abc import Sequence

from textual.content import Content
from textual.dom import DOMNode
from textual.widget import Widget
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from advisor_tui.domain.courtesy import SEVERITY_LABELS, Finding, Severity
from advisor_tui.domain.courtesy.lexicon import clean_own_word
from advisor_tui.domain.messaging.drafting import line_and_column
from advisor_tui.domain.text_safety import printable

SEVERITY_STYLES: dict[Severity, str] = {
    Severity.ERROR: "bold $text-error",
    Severity.WARNING: "bold $text-warning",
    Severity.HINT: "bold $text-accent",
}


def finding_prompt(finding: Finding, text: str) -> Content:
    """One finding as a list entry: severity, place, message, and the suggestion if there is one."""
    line, column = line_and_column(text, finding.start)
    label = SEVERITY_LABELS[finding.severity]
    style = SEVERITY_STYLES[finding.severity]
    prompt = Content.from_markup(f"[{style}]$label[/] [dim]Z. $line, Sp. $column[/]\n$message",
                                 label=label, line=line, column=column, message=printable(finding.message))
    if finding.suggestion is not None:
        shown = printable(finding.suggestion.replace("\n", "↵")) or "(löschen)"
        prompt += Content.from_markup("\n[$text-success]Vorschlag: $shown (a)[/]", shown=shown)
    return prompt


def known_words_of(node: DOMNode) -> frozenset[str]:
    """The store's known words (own dictionary, contact and company names); none in an app without a store."""
    store = getattr(node.app, "store", None)
    return store.words.known_words() if store is not None else frozenset()


def add_own_word(node: Widget, text: str) -> str | None:
    """Put a word into the advisor's own dictionary and say so; None (with a notice) when it cannot be added."""
    store = getattr(node.app, "store", None)
    try:
        word = clean_own_word(text)
        if store is None:
            raise ValueError("Kein Wörterbuch verfügbar.")
    except ValueError as exc:
        node.notify(str(exc), title="Wörterbuch", severity="warning")
        return None
    added = store.words.add(word)
    node.notify(f"„{word}“ ins Wörterbuch aufgenommen." if added else f"„{word}“ steht schon im Wörterbuch.",
                title="Wörterbuch", timeout=3)
    return word


class FindingsList(OptionList):
    """Findings in text order; the highlighted one is the one the keys act on."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.findings: list[Finding] = []
        self._shown: tuple[object, ...] | None = None

    def show(self, findings: Sequence[Finding], text: str) -> None:
        """Replace the entries, keeping the highlight on the same place where possible; entries that would
        read the same stay (a keystroke moves the offsets of the findings after it, rarely their line)."""
        shown = (bool(text.strip()), *((f.severity, f.message, f.suggestion, line_and_column(text, f.start))
                                      for f in findings))
        current = self.current
        self.findings = list(findings)
        if shown == self._shown:
            return
        self._shown = shown
        self.clear_options()
        if not text.strip():
            self.add_option(Option("Noch kein Text: e schreibt, v setzt eine Vorlage ein.", disabled=True))
            return
        if not self.findings:
            self.add_option(Option(Content.from_markup("[$text-success]✓ Keine Beanstandungen.[/]"), disabled=True))
            return
        entries: list[Option | None] = []
        for finding in self.findings:
            entries += [Option(finding_prompt(finding, text)), None]  # None: a separator line
        self.add_options(entries[:-1])
        self.highlighted = self._nearest(current) if current else 0

    def _nearest(self, previous: Finding) -> int:
        """The entry of the same kind at or after the previous one's place, else the last."""
        for index, finding in enumerate(self.findings):
            if (finding.start, finding.code) >= (previous.start, previous.code):
                return index
        return len(self.findings) - 1

    @property
    def current(self) -> Finding | None:
        """The highlighted finding."""
        index = self.highlighted
        return self.findings[index] if index is not None and 0 <= index < len(self.findings) else None
