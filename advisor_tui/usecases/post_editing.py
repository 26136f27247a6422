"""What the post editor holds: the post, its body and channel, the latest check asked for and its findings."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass

from advisor_tui.domain.courtesy import SEVERITY_LABELS, SPELLING_CODES, Finding, Severity
from advisor_tui.domain.days import parse_day
from advisor_tui.domain.models import Post, PostStatus
from advisor_tui.domain.plan.cadence import post_week
from advisor_tui.domain.plan.post_body import (
    BodyFigures,
    body_figures,
    fold_text,
    post_findings,
    post_problems,
    with_day,
)

SHOWN_FINDINGS = 6
SHOWN_SEGMENTS = 8


@dataclass(frozen=True, slots=True)
class PostForm:
    """The editor's fields as entered (controls already restored where the advisor left a field untouched)."""

    title: str
    body: str
    channel: str
    status: PostStatus
    own_content: bool
    target_segment: str
    day: str
    source: str
    published_url: str


@dataclass(frozen=True, slots=True)
class CheckRequest:
    """One run of the courtesy checker asked for: the body and channel at that moment."""

    number: int
    text: str
    platform: str


class PostEditing:
    """One post being edited; the editor shows this state and forwards what the advisor types."""

    def __init__(self, post: Post, *, segment_names: Sequence[str] = (), is_new: bool = False) -> None:
        self.post = post
        self.is_new = is_new
        self.segments = list(dict.fromkeys(name for name in segment_names if name))
        self.body = post.body
        self.platform = post.channel
        self.known_words: frozenset[str] | None = None  # read from the store with the first check
        self.findings: list[Finding] = []
        self.checked_text = ""
        self.unknown_word = ""  # the word of the first spelling finding: what Strg+B adds
        self._asked = 0

    @property
    def heading(self) -> str:
        """`Neuer Beitrag – KW 50 · …` or `Beitrag bearbeiten – Ideenspeicher (ohne Woche)`."""
        week = post_week(self.post)
        where = week.label if week else "Ideenspeicher (ohne Woche)"
        return f"{'Neuer Beitrag' if self.is_new else 'Beitrag bearbeiten'} – {where}"

    @property
    def segment_hint(self) -> str:
        """The saved segments the target group may name."""
        if not self.segments:
            return "Noch keine gespeicherten Segmente – die Zielgruppe ist freier Text."
        more = " …" if len(self.segments) > SHOWN_SEGMENTS else ""
        return "Segmente: " + ", ".join(self.segments[:SHOWN_SEGMENTS]) + more

    # -- the body ------------------------------------------------------------------------------

    def edit_body(self, text: str) -> CheckRequest:
        """The body changed; returns the check to run for it."""
        self.body = text
        return self.ask_check()

    def choose_platform(self, platform: str) -> CheckRequest:
        """The channel changed (and with it the limit); returns the check to run."""
        self.platform = platform
        return self.ask_check()

    @property
    def figures(self) -> BodyFigures:
        """Length, limit and fold of the body on its channel."""
        return body_figures(self.body, self.platform)

    @property
    def count_line(self) -> str:
        """`159 / 3.000 Zeichen · Falz …` under the body."""
        return f"{self.figures.counted} · {fold_text(self.figures, self.body)}"

    # -- the check -----------------------------------------------------------------------------

    def ask_check(self) -> CheckRequest:
        """A new check of the body as it is now; any older one still running is out of date."""
        self._asked += 1
        return CheckRequest(self._asked, self.body, self.platform)

    def take_findings(self, request: CheckRequest, findings: Sequence[Finding]) -> bool:
        """Keep the findings of the latest check; False (and nothing kept) for an outdated one."""
        if request.number != self._asked:
            return False
        self.findings = list(findings)
        self.checked_text = request.text
        words = [request.text[f.start : f.end] for f in findings if f.code in SPELLING_CODES]
        self.unknown_word = words[0] if words else ""
        return True

    def word_added(self) -> CheckRequest:
        """The marked word is in the dictionary now: read the known words again and check again."""
        self.known_words = None
        self.unknown_word = ""
        return self.ask_check()

    @property
    def finding_lines(self) -> list[str]:
        """The findings as German lines, at most six, and what Strg+B would do."""
        lines = [f"{SEVERITY_LABELS[f.severity]}: {f.message}" for f in self.findings[:SHOWN_FINDINGS]]
        if len(self.findings) > SHOWN_FINDINGS:
            lines.append(f"… und {len(self.findings) - SHOWN_FINDINGS} weitere Hinweise")
        if self.unknown_word:
            lines.append(f"Strg+B nimmt „{self.unknown_word}“ ins Wörterbuch auf.")
        return lines

    # -- saving --------------------------------------------------------------------------------

    def edited(self, form: PostForm) -> Post:
        """The post as the form has it; ValueError for an unreadable day."""
        post = dataclasses.replace(
            self.post, title=form.title.strip(), body=form.body.rstrip(), channel=form.channel, status=form.status,
            own_content=form.own_content, target_segment=form.target_segment.strip(), source=form.source.strip(),
            published_url=form.published_url.strip(),
        )
        return with_day(post, parse_day(form.day))

    def finish(self, form: PostForm) -> Post | list[str]:
        """The edited post when it can be saved, else the German problems."""
        try:
            post = self.edited(form)
        except ValueError as exc:
            return [str(exc)]
        return post_problems(post) or post

    @staticmethod
    def errors_to_confirm(post: Post) -> int:
        """How many error-level findings the body to save has: the advisor confirms before saving those.

        Only the rules run (at once, on the text being saved): spelling findings are warnings, never errors.
        """
        findings = post_findings(post.body, post.channel, spelling=False)
        return sum(1 for finding in findings if finding.severity is Severity.ERROR)
