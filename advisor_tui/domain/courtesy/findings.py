"""The result type of the courtesy checker: a finding with a stable code and a severity."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Severity(StrEnum):
    """How serious a finding is; `error` makes `advisor-tui check` exit 1."""

    ERROR = "error"
    WARNING = "warning"
    HINT = "hint"


SEVERITY_BY_CODE: dict[str, Severity] = {
    "greeting-missing": Severity.ERROR,
    "greeting-agreement": Severity.ERROR,
    "greeting-name": Severity.ERROR,
    "greeting-informal": Severity.WARNING,
    "greeting-casual": Severity.HINT,
    "greeting-title": Severity.HINT,
    "greeting-comma": Severity.HINT,
    "du-form": Severity.ERROR,
    "sie-lowercase": Severity.ERROR,
    "closing-missing": Severity.WARNING,
    "closing-comma": Severity.HINT,
    "closing-abbreviated": Severity.HINT,
    "canned-reply": Severity.ERROR,
    "draft-empty": Severity.HINT,
    "apology-absence": Severity.WARNING,
    "sensitive-topic": Severity.WARNING,
    "spelling": Severity.WARNING,
    "spelling-unknown": Severity.HINT,
    "spelling-unavailable": Severity.HINT,
    "confusion": Severity.WARNING,
    "sentence-lowercase": Severity.HINT,
    "exclamation-repeated": Severity.HINT,
    "length-limit": Severity.ERROR,
    "reaction-look": Severity.HINT,
}

# Findings about a single word that the advisor may add to the own dictionary.
SPELLING_CODES = frozenset({"spelling", "spelling-unknown"})

SEVERITY_LABELS: dict[Severity, str] = {
    Severity.ERROR: "Fehler",
    Severity.WARNING: "Warnung",
    Severity.HINT: "Hinweis",
}


@dataclass(frozen=True, slots=True)
class Finding:
    """One problem in a text; `start == end` marks a place where `suggestion` is to be inserted."""

    code: str
    severity: Severity
    message: str
    start: int
    end: int
    suggestion: str | None = None

    def as_dict(self) -> dict[str, object]:
        """The JSON shape of DESIGN.md section 4."""
        return {
            "code": self.code,
            "severity": str(self.severity),
            "message": self.message,
            "start": self.start,
            "end": self.end,
            "suggestion": self.suggestion,
        }


def finding(code: str, message: str, start: int, end: int, suggestion: str | None = None) -> Finding:
    """A finding whose severity comes from the one code table."""
    return Finding(code, SEVERITY_BY_CODE[code], message, start, end, suggestion)
