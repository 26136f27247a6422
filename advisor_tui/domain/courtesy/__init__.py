"""The courtesy checker: greeting, Sie-form, closing, content, spelling and length of a message."""

from advisor_tui.domain.courtesy.checker import check, check_rules, known_words_for
from advisor_tui.domain.courtesy.findings import (
    SEVERITY_BY_CODE,
    SEVERITY_LABELS,
    SPELLING_CODES,
    Finding,
    Severity,
)
from advisor_tui.domain.courtesy.spelling import check_spelling

__all__ = [
    "SEVERITY_BY_CODE", "SEVERITY_LABELS", "SPELLING_CODES", "Finding", "Severity",
    "check", "check_rules", "check_spelling",
    "known_words_for",
]
