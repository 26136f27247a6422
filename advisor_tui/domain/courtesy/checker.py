"""The courtesy checker's entry points: all rules, the fast rules only, or spelling only."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from advisor_tui.domain.channels import CHANNEL_BY_KEY
from advisor_tui.domain.courtesy.closing import closing_findings
from advisor_tui.domain.courtesy.content import (
    apology_findings,
    canned_reply_findings,
    sensitive_findings,
)
from advisor_tui.domain.courtesy.document import Context, Document
from advisor_tui.domain.courtesy.findings import Finding, finding
from advisor_tui.domain.courtesy.greeting_rules import greeting_findings
from advisor_tui.domain.courtesy.length import length_findings
from advisor_tui.domain.courtesy.live import LiveCheck
from advisor_tui.domain.courtesy.register import du_findings, sie_lowercase_findings
from advisor_tui.domain.courtesy.speller import DictionaryMissing
from advisor_tui.domain.courtesy.spelling import check_spelling
from advisor_tui.domain.courtesy.style import confusion_findings, style_findings
from advisor_tui.domain.messaging.greeting import Recipient

Rule = Callable[[Document], Iterable[Finding]]
RULES: tuple[Rule, ...] = (
    greeting_findings, du_findings, sie_lowercase_findings, closing_findings, apology_findings,
    sensitive_findings, length_findings, confusion_findings, style_findings,
)
# A bare canned reply makes the missing greeting and closing beside the point.
_IMPLIED_BY_CANNED = frozenset({"greeting-missing", "closing-missing", "closing-abbreviated"})
# A word already flagged as du-form or informal greeting needs no extra spelling finding ("Meld dich").
_WORD_LEVEL_CODES = frozenset({"du-form", "sie-lowercase", "greeting-informal", "greeting-casual",
                               "greeting-name", "confusion"})


def _sorted(findings: Iterable[Finding]) -> list[Finding]:
    """Findings in text order."""
    return sorted(findings, key=lambda f: (f.start, f.end, f.code))


def _document(text: str, recipient: Recipient | None, channel: str, premium: bool, sender_name: str) -> Document:
    """The text parsed once for every rule and the spelling check; ValueError for an unknown channel."""
    if channel not in CHANNEL_BY_KEY:
        raise ValueError(f"Unbekannter Kanal „{channel}“; möglich: {', '.join(CHANNEL_BY_KEY)}.")
    return Document(text, Context(recipient, channel, premium, sender_name))


def _rule_findings(doc: Document) -> list[Finding]:
    findings = [f for rule in RULES for f in rule(doc)]
    canned = list(canned_reply_findings(doc))
    if canned:
        findings = [f for f in findings if f.code not in _IMPLIED_BY_CANNED] + canned
    return findings


def check_rules(text: str, *, recipient: Recipient | None = None, channel: str = "linkedin-message",
                premium: bool = False, sender_name: str = "") -> list[Finding]:
    """Every rule but spelling (fast enough to run on each keystroke); ValueError for an unknown channel."""
    return _sorted(_rule_findings(_document(text, recipient, channel, premium, sender_name)))


def known_words_for(recipient: Recipient | None, sender_name: str,
                    known_words: Iterable[str] = ()) -> frozenset[str]:
    """Words the spelling check must accept, lowercased: recipient's and sender's names, and `known_words`."""
    words = list(recipient.name_words) if recipient else []
    words += sender_name.replace("-", " ").split()
    base = known_words if isinstance(known_words, frozenset) else frozenset(w.lower() for w in known_words)
    return base | {word.lower() for word in words}


def check(text: str, *, recipient: Recipient | None = None, channel: str = "linkedin-message",
          premium: bool = False, sender_name: str = "", spelling: bool = True,
          known_words: Iterable[str] = (), live: LiveCheck | None = None) -> list[Finding]:
    """All findings for a message, in text order; `known_words` (names in the store, the advisor's own
    dictionary) are never spelling findings — pass a lowercased frozenset to avoid rebuilding it; `live`: a
    check while typing (see LiveCheck)."""
    doc = _document(text, recipient, channel, premium, sender_name)
    findings = _rule_findings(doc)
    if spelling:
        flagged = [(f.start, f.end) for f in findings if f.code in _WORD_LEVEL_CODES]
        known = known_words_for(recipient, sender_name, known_words)
        try:
            spelled = check_spelling(text, known_words=known, parsed=doc, live=live)
        except DictionaryMissing as missing:
            spelled = [finding("spelling-unavailable", str(missing), 0, 0)]
        findings += [f for f in spelled if not any(start < f.end and f.start < end for start, end in flagged)]
    return _sorted(findings)
