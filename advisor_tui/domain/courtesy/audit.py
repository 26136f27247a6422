"""The own-activity audit: which of the advisor's comments, posts and reactions deserve a second look.

Comments and posts are text: they go through the checker's sensitive-topic and Sie-form rules. A reaction is only
its type, day and link (LinkedIn exports no text of the post reacted to), so it gets no verdict on content; only a
laughing reaction is put forward for a look, since on a post about a person it may read as mockery.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from advisor_tui.domain.activity.own import ADVISOR_ZONE, local_day
from advisor_tui.domain.courtesy.content import sensitive_findings
from advisor_tui.domain.courtesy.document import Context, Document
from advisor_tui.domain.courtesy.findings import Finding, finding
from advisor_tui.domain.courtesy.register import du_findings, sie_lowercase_findings
from advisor_tui.domain.models import Post, PostStatus
from advisor_tui.domain.plan.cadence import post_week
from advisor_tui.domain.text_safety import printable

# Comments and posts are public and have no greeting or closing: checked like a post.
_PUBLIC = Context(channel="linkedin-post")
AUDIT_CODES = frozenset({"sensitive-topic", "du-form", "sie-lowercase"})
# LinkedIn's reaction types as the export spells them, with the German button label.
REACTION_LABELS: dict[str, str] = {
    "LIKE": "Gefällt mir",
    "PRAISE": "Applaus",
    "APPRECIATION": "Unterstützung",
    "EMPATHY": "Wunderbar",
    "INTEREST": "Interessant",
    "ENTERTAINMENT": "Lustig",
    "FUNNY": "Lustig",
    "MAYBE": "Neugierig",
}
# Reactions that laugh: shown for a look, because nobody can tell from the export what was laughed at.
LOOK_AT_REACTIONS = frozenset({"ENTERTAINMENT", "FUNNY"})


# Codes found once per word: one sentence for all their words instead of a message each.
_FOLDED = {
    "du-form": "Du-Form ({}): öffentlich und gegenüber Kunden wirkt die Sie-Form professioneller.",
    "sie-lowercase": "Höfliche Anrede kleingeschrieben ({}): „Sie“, „Ihnen“, „Ihr“ schreibt man groß.",
}


class AuditKind(StrEnum):
    """What an audited item is; the value is its stable key part."""

    COMMENT = "kommentar"
    POST = "beitrag"
    REACTION = "reaktion"


KIND_LABELS: dict[AuditKind, str] = {
    AuditKind.COMMENT: "Kommentar",
    AuditKind.POST: "Beitrag",
    AuditKind.REACTION: "Reaktion",
}


@dataclass(frozen=True, slots=True)
class AuditItem:
    """One own item worth a look: what it is, when, its text (empty for a reaction), the findings and the link."""

    kind: AuditKind
    on: date
    at: datetime | None
    text: str
    link: str
    findings: tuple[Finding, ...]
    seen: bool = False
    reaction: str = ""  # a reaction's type as exported (LIKE, ENTERTAINMENT …)

    @property
    def key(self) -> str:
        """A stable identity that survives re-imports: kind, link and moment (posts without a link: their text)."""
        moment = self.at.isoformat(timespec="seconds") if self.at else self.on.isoformat()
        anchor = self.link or f"text:{hash_text(self.text)}"
        return f"{self.kind}|{anchor}|{moment}"

    @property
    def summary(self) -> str:
        """The findings as one German line: each message once, the Sie-form findings folded into one sentence."""
        return summarise(self.text, self.findings)


def summary_lines(text: str, findings: Sequence[Finding]) -> list[str]:
    """Findings on `text` as German sentences: each message once, du-forms and lowercase "sie" one sentence each."""
    parts: dict[str, None] = {}
    for code, sentence in _FOLDED.items():
        words = dict.fromkeys(f"„{text[f.start : f.end]}“" for f in findings if f.code == code)
        if words:
            parts[sentence.format(", ".join(words))] = None
    parts.update(dict.fromkeys(f.message for f in findings if f.code not in _FOLDED))
    return list(parts)


def summarise(text: str, findings: Sequence[Finding]) -> str:
    """`summary_lines` as one line."""
    return " ".join(summary_lines(text, findings))


def hash_text(text: str) -> str:
    """A short, stable fingerprint of a text (Python's hash() changes between runs)."""
    return hashlib.sha256(text.strip().encode("utf-8")).hexdigest()[:16]


def text_findings(text: str) -> list[Finding]:
    """Sensitive topics and Sie-form problems in an own comment or post, in text order."""
    doc = Document(text, _PUBLIC)
    found = [*sensitive_findings(doc), *du_findings(doc), *sie_lowercase_findings(doc)]
    return sorted(found, key=lambda f: (f.start, f.end, f.code))


def comment_item(at: datetime, link: str, text: str) -> AuditItem | None:
    """An own comment with findings, or None when it reads fine."""
    found = text_findings(text)
    return AuditItem(AuditKind.COMMENT, local_day(at), at, text, link, tuple(found)) if found else None


def post_item(post: Post) -> AuditItem | None:
    """A published post with findings, or None (not published, or fine)."""
    if post.status is not PostStatus.PUBLISHED:
        return None
    day = post_day(post)
    found = text_findings(post.body)  # the title is the plan's own label; LinkedIn shows only the text
    if day is None or not found:
        return None
    return AuditItem(AuditKind.POST, day, None, post.body, post.published_url, tuple(found))


def post_day(post: Post) -> date | None:
    """The day a post went online: its publish day, else its planned day, else the Monday of its week."""
    week = post_week(post)
    return post.published_on or post.planned_on or (week.monday if week else None)


def publish_findings(post: Post) -> list[Finding]:
    """What to look at before a post goes online: the same check the audit runs on published posts."""
    return text_findings(post.body)


def reaction_label(kind: str) -> str:
    """The German label of a reaction type; an unknown type as exported."""
    return REACTION_LABELS.get(kind.upper(), kind)


def reaction_item(at: datetime, kind: str, link: str) -> AuditItem | None:
    """A laughing reaction, put forward for a look (no verdict: the post's text is not in the export)."""
    if kind.upper() not in LOOK_AT_REACTIONS:
        return None
    note = finding(
        "reaction-look",
        f"Gelacht („{reaction_label(kind)}“) über einen Beitrag, dessen Text der Export nicht enthält: "
        "auf LinkedIn nachsehen, worüber.",
        0,
        0,
    )
    return AuditItem(AuditKind.REACTION, local_day(at), at, "", link, (note,), reaction=kind.upper())


@dataclass(frozen=True, slots=True)
class ReactionMonth:
    """How many reactions of each type the advisor gave in one month ("2026-11")."""

    month: str
    counts: dict[str, int]

    @property
    def total(self) -> int:
        """All reactions of the month."""
        return sum(self.counts.values())


def reactions_per_month(reactions: Iterable[tuple[datetime, str]]) -> list[ReactionMonth]:
    """(moment, type) pairs counted per month of the advisor's calendar and type, newest month first."""
    months: dict[str, Counter[str]] = {}
    for at, kind in reactions:
        day = local_day(at)
        months.setdefault(f"{day.year:04d}-{day.month:02d}", Counter())[kind.upper()] += 1
    return [ReactionMonth(month, dict(counts.most_common())) for month, counts in sorted(months.items(), reverse=True)]


def newest_first(items: Sequence[AuditItem]) -> list[AuditItem]:
    """Items by day and moment, newest first."""
    return sorted(items, key=lambda item: (item.on, item.at.timestamp() if item.at else 0.0), reverse=True)


def item_when(item: AuditItem) -> str:
    """When it happened as the advisor reads it: `20.11.2026 19:34` (Berlin time), or the day of a post."""
    if item.at is None:
        return f"{item.on:%d.%m.%Y}"
    moment = item.at.astimezone(ADVISOR_ZONE) if item.at.tzinfo else item.at
    return f"{moment:%d.%m.%Y %H:%M}"


def excerpt(text: str, limit: int) -> str:
    """The text on one line, safe for a terminal, cut at a word with "…" to at most `limit` characters."""
    line = " ".join(printable(text).split())
    if len(line) <= limit:
        return line
    cut = line[: limit - 1]
    return (cut.rsplit(" ", 1)[0] if " " in cut[limit // 2 :] else cut) + "…"
