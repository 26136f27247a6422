"""What the audit screen holds: the report shown, its filters and the selected item (no Textual)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from advisor_tui.domain.courtesy.audit import AuditItem
from advisor_tui.domain.days import format_day, parse_day
from advisor_tui.domain.numbers import counted
from advisor_tui.usecases.audit import AuditReport

EMPTY_IMPORT = (
    "Noch keine eigene Aktivität eingelesen. So kommt sie herein: bei LinkedIn unter „Einstellungen & Datenschutz "
    "→ Datenschutz → Kopie Ihrer Daten abrufen“ das vollständige Archiv anfordern; darin liegen Comments.csv "
    "(Kommentare), Reactions.csv (Reaktionen) und Shares.csv (Beiträge). Die ZIP-Datei oder die einzelnen Dateien "
    "dann über die Befehlspalette „Kontakte importieren“ (Strg+P) oder mit „advisor-tui import linkedin DATEI“ "
    "einlesen."
)

MONTHS_SHOWN = 6


@dataclass(slots=True)
class AuditBrowse:
    """The audit's filters (since, seen items shown), the loaded report and the row under the cursor."""

    since: date | None = None
    include_seen: bool = False
    report: AuditReport | None = None
    row: int = 0
    # The item to keep the cursor on after a reload (by key), e.g. the one just marked.
    follow: str | None = field(default=None)

    def set_since(self, text: str) -> None:
        """The since filter from what the advisor typed (empty: everything); ValueError with a German reason."""
        self.since = parse_day(text)

    @property
    def since_text(self) -> str:
        """The since filter as the field shows it."""
        return format_day(self.since)

    def toggle_seen(self) -> None:
        """Show the items marked as seen, or hide them again."""
        self.include_seen = not self.include_seen

    def show(self, report: AuditReport) -> int:
        """Take a freshly read report; returns the row to put the cursor on."""
        self.report = report
        keys = [item.key for item in report.items]
        if self.follow in keys:
            self.row = keys.index(self.follow)
        self.follow = None
        self.row = max(0, min(self.row, len(keys) - 1))
        return self.row

    @property
    def items(self) -> list[AuditItem]:
        """The items shown."""
        return self.report.items if self.report else []

    def current(self) -> AuditItem | None:
        """The item under the cursor."""
        items = self.items
        return items[self.row] if 0 <= self.row < len(items) else None

    def status(self) -> str:
        """One German line: what was read, how many are open and seen, and the filters."""
        report = self.report
        if report is None:
            return "Wird geladen …"
        since = f"seit {self.since_text}" if self.since else "gesamter Zeitraum"
        read = ", ".join(
            (
                counted(report.comments, "Kommentar", "Kommentare"),
                counted(report.posts, "Beitrag", "Beiträge"),
                counted(report.reactions, "Reaktion", "Reaktionen"),
            )
        )
        seen = f"{report.seen_count} gesehen" + (" (angezeigt)" if self.include_seen else " (ausgeblendet)")
        return f"{counted(report.open_count, 'offener Eintrag', 'offene Einträge')} · {seen} · {read} · {since}"

    def reactions_line(self) -> str:
        """Reactions per month, newest first (at most MONTHS_SHOWN): all the export tells about them."""
        report = self.report
        if report is None or not report.reaction_months:
            return ""
        months = " · ".join(f"{m.month[5:]}/{m.month[:4]}: {m.total}" for m in report.reaction_months[:MONTHS_SHOWN])
        return f"Reaktionen je Monat – {months} (der Export kennt nur Art, Tag und Link)"

    def empty_text(self) -> str:
        """What the empty list says: how to import, or that nothing is risky."""
        report = self.report
        if report is None:
            return ""
        if report.nothing_imported:
            return EMPTY_IMPORT
        hidden = (
            f" {counted(report.seen_count, 'Eintrag ist', 'Einträge sind')} als gesehen ausgeblendet (a)."
            if report.seen_count and not self.include_seen
            else ""
        )
        return f"Nichts Heikles gefunden.{hidden}"
