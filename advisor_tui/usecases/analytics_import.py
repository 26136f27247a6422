"""Import a LinkedIn analytics workbook: read it, then keep it in one transaction and say what changed.

What changed is counted on the merged picture (domain/audience/merging.py): a day of the file whose merged figure
stays as it was (a newer export already holds it) is unchanged, not updated.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TypeVar

from advisor_tui.domain.audience.merging import post_key
from advisor_tui.domain.audience.models import Period, WorkbookKind
from advisor_tui.domain.numbers import german_number
from advisor_tui.io.analytics import AnalyticsFile, read_analytics
from advisor_tui.store.store import Store

_KIND_NAMES = {WorkbookKind.AGGREGATE: "Gesamtexport", WorkbookKind.POST: "Export eines Beitrags"}
_T = TypeVar("_T")


@dataclass(slots=True)
class Changes:
    """How many things of one sort the import added, changed or found as they were."""

    added: int = 0
    updated: int = 0
    unchanged: int = 0

    def as_json(self) -> dict:
        """{"added", "updated", "unchanged"}."""
        return {"added": self.added, "updated": self.updated, "unchanged": self.unchanged}

    def german(self) -> str:
        """German counts such as „3 neu, 1 unverändert“ (zero counts left out; empty when all are zero)."""
        counts = ((self.added, "neu"), (self.updated, "aktualisiert"), (self.unchanged, "unverändert"))
        return ", ".join(f"{german_number(number)} {word}" for number, word in counts if number)


@dataclass(slots=True)
class AnalyticsImportResult:
    """What an analytics import changed, per sort (days, posts, demographics tables), and what it passed over."""

    file_name: str
    kind: WorkbookKind
    period: Period | None
    days: Changes = field(default_factory=Changes)
    posts: Changes = field(default_factory=Changes)
    demographics: Changes = field(default_factory=Changes)
    ignored: Counter[str] = field(default_factory=Counter)
    already_imported: bool = False

    def as_json(self) -> dict:
        """The documented `import --json` object (totals over all sorts), plus each sort's counts."""
        sorts = (self.days, self.posts, self.demographics)
        return {
            "added": sum(s.added for s in sorts),
            "updated": sum(s.updated for s in sorts),
            "unchanged": sum(s.unchanged for s in sorts),
            "skipped": [],
            "ignored": [{"reason": reason, "count": count} for reason, count in sorted(self.ignored.items())],
            "notes": self.notes(),
            "kind": str(self.kind),
            "period": {"start": self.period.start.isoformat(), "end": self.period.end.isoformat()}
            if self.period
            else None,
            "days": self.days.as_json(),
            "posts": self.posts.as_json(),
            "demographics": self.demographics.as_json(),
            "already_imported": self.already_imported,
        }

    def notes(self) -> list[str]:
        """The German lines that say what was read (under the counts' line)."""
        window = f", {self.period.start:%d.%m.%Y}–{self.period.end:%d.%m.%Y}" if self.period else ""
        head = f"LinkedIn-Analytics ({_KIND_NAMES[self.kind]}{window})"
        if self.already_imported:
            return [f"{head}: diese Datei wurde schon eingelesen, nichts geändert."]
        sorts = (("Tage", self.days), ("Beiträge", self.posts), ("Demografie-Tabellen", self.demographics))
        parts = [f"{label}: {changes.german()}" for label, changes in sorts if changes.german()]
        return [f"{head}: " + ("; ".join(parts) if parts else "keine Zahlen in der Datei")]


def read_analytics_file(path: Path) -> AnalyticsFile:
    """Parse the workbook; raises ImportFailed with one German line, and nothing is written."""
    return read_analytics(path)


def _changes(before: dict[object, _T], after: dict[object, _T], keys: set) -> Changes:
    changes = Changes()
    for key in keys:
        if key not in before:
            changes.added += 1
        elif before[key] != after.get(key):
            changes.updated += 1
        else:
            changes.unchanged += 1
    return changes


def import_analytics(store: Store, parsed: AnalyticsFile) -> AnalyticsImportResult:
    """Keep the workbook in one transaction (the same file twice changes nothing); count what changed."""
    workbook = parsed.workbook
    result = AnalyticsImportResult(
        workbook.file_name, workbook.kind, workbook.period, ignored=Counter(workbook.ignored)
    )
    day_keys: set = {d.day for d in workbook.days}
    post_keys: set = {post_key(p) for p in workbook.posts}
    start, end = (min(day_keys), max(day_keys)) if day_keys else (None, None)
    with store.transaction() as unit:
        repository = unit.analytics

        def merged() -> tuple[dict, dict]:
            days = {d.day: d for d in repository.days(start, end)} if day_keys else {}
            # the window a figure came from is no change of the figure itself
            figures = repository.post_figures()
            posts = {post_key(p): replace(p, period=None) for p in figures if post_key(p) in post_keys}
            return days, posts

        if repository.has_file(parsed.digest):
            result.already_imported = True
            result.days.unchanged, result.posts.unchanged = len(day_keys), len(post_keys)
            result.demographics.unchanged = len(workbook.demographics)
            return result
        days_before, posts_before = merged()
        saved = repository.save(workbook, parsed.digest)
        days_after, posts_after = merged()
    result.days = _changes(days_before, days_after, day_keys)
    result.posts = _changes(posts_before, posts_after, post_keys)
    tables = len(workbook.demographics)
    result.demographics = Changes(updated=tables) if saved.supersedes is not None else Changes(added=tables)
    return result
