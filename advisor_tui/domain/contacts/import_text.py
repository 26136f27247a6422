"""The German lines an import report is made of: its summary, and the notes the store adds to a batch."""

from __future__ import annotations

from datetime import date

from advisor_tui.domain.numbers import german_number


def forgotten_skipped(count: int, day: date) -> str:
    """Why records were passed over: they belong to people forgotten on that day."""
    entries = "1 Eintrag" if count == 1 else f"{german_number(count)} Einträge"
    return f"{entries} zu Personen, die am {day:%d.%m.%Y} vergessen wurden, übergangen"


def ambiguous_note(count: int, name: str) -> str:
    """Why a record was kept apart: several stored contacts carry its name."""
    return f"{count} Kontakte heißen „{name}“: nicht zugeordnet, getrennt geführt"


def _count(number: int, one: str, many: str) -> str:
    return f"{german_number(number)} {one if number == 1 else many}"


def own_activity_text(report: dict) -> str:
    """The advisor's own posts, comments and reactions an import brought: "Beiträge: 120 neu, 3 zugeordnet · …"."""
    posts = [
        f"{german_number(report[key])} {word}"
        for key, word in (
            ("posts_added", "neu"),
            ("posts_matched", "dem Plan zugeordnet"),
            ("posts_unchanged", "schon da"),
        )
        if report.get(key)
    ]
    parts = [f"Beiträge: {', '.join(posts)}"] if posts else []
    if report.get("comments_added"):
        parts.append(_count(report["comments_added"], "Kommentar", "Kommentare") + " neu")
    if report.get("reactions_added"):
        parts.append(_count(report["reactions_added"], "Reaktion", "Reaktionen") + " neu")
    return " · ".join(parts)


def summary_lines(report: dict) -> list[str]:
    """The German summary of an `import --json` object: the counts, then each skipped line and its reason."""
    added, updated, unchanged, skipped = (
        german_number(number)
        for number in (report["added"], report["updated"], report["unchanged"], len(report["skipped"]))
    )
    head = f"Neu: {added} · aktualisiert: {updated} · unverändert: {unchanged} · übersprungen: {skipped}"
    own = own_activity_text(report)
    if own:
        head += f" · {own}"
    ignored = report.get("ignored", [])
    if ignored:
        total = german_number(sum(item["count"] for item in ignored))
        parts = "; ".join(f"{german_number(item['count'])} × {item['reason']}" for item in ignored)
        head += f" · nicht übernommen: {total} ({parts})"
    rows = [
        f"Zeile {row['line']}: {row['reason']}" if row["line"] else row["reason"]
        for row in (*report["skipped"], *report.get("warnings", []))
    ]
    return [head, *report.get("notes", []), *rows]
