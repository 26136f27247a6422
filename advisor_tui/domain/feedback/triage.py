"""The shitstorm triage: where is the headwind, how many against how many reached, who — then a plain advice.

The rule (the issue's advice made countable): trolls, bots and propaganda are left out of the count — do not feed
them. What remains is headwind from real people. It is a storm only when enough real people (STORM_VOICES) make up
a noticeable share of the people reached (STORM_SHARE): 500 negative comments under a post that reached hundreds
of thousands are no storm. Without a reach the share cannot be judged, so a storm then needs many more voices
(STORM_VOICES_UNKNOWN_REACH). A storm calls for one clear statement (plus personal replies to clients among the
critics); otherwise clients among the critics get a personal reply, and everything else gets no reaction.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from advisor_tui.domain.numbers import german_number
from advisor_tui.domain.text_safety import printable
from advisor_tui.domain.today.dates import moment_text

STORM_VOICES = 20  # real critics needed before it can be a storm at all
STORM_SHARE = 0.01  # … and they must be at least this share of the people reached (1 %)
STORM_VOICES_UNKNOWN_REACH = 100  # without a reach, only this many real critics count as a storm


class Advice(StrEnum):
    """The triage's recommendation; the keys are stored with each decision and never change."""

    NONE = "keine-reaktion"
    STATEMENT = "statement"
    PERSONAL = "persoenlich"


ADVICE_LABELS: dict[Advice, str] = {
    Advice.NONE: "Keine Reaktion",
    Advice.STATEMENT: "Ein klares Statement",
    Advice.PERSONAL: "Persönliche Antworten an die echten Kunden",
}


@dataclass(frozen=True, slots=True)
class Headwind:
    """What the advisor counted: negative reactions per channel, the reach, and who the critics are."""

    channels: Mapping[str, int] = field(default_factory=dict)  # channel label → negative comments/reactions
    reach: int | None = None  # impressions (analytics) or the number the advisor entered; None: unknown
    known: int = 0  # critics who are contacts in the store
    clients: int = 0  # … of them target contacts (clients and prospects): they deserve a personal answer
    trolls: int = 0  # accounts the advisor judges to be trolls, bots or propaganda

    @property
    def negative(self) -> int:
        """All negative voices counted, on every channel."""
        return sum(max(count, 0) for count in self.channels.values())

    @property
    def real(self) -> int:
        """The negative voices from real people: trolls and bots do not count."""
        return max(self.negative - self.trolls, 0)

    @property
    def unknown(self) -> int:
        """Real critics the advisor does not know."""
        return max(self.real - self.known, 0)

    @property
    def share(self) -> float | None:
        """Real critics as a share of the people reached, or None without a reach."""
        return self.real / self.reach if self.reach else None

    @property
    def where(self) -> tuple[str, ...]:
        """The channels with headwind, most first."""
        return tuple(name for name, count in sorted(self.channels.items(), key=lambda item: -item[1]) if count > 0)


@dataclass(frozen=True, slots=True)
class Recommendation:
    """The advice and the reasons for it, in German."""

    advice: Advice
    storm: bool
    reasons: tuple[str, ...]

    @property
    def label(self) -> str:
        """The advice as the advisor reads it."""
        return ADVICE_LABELS[self.advice]


def is_storm(headwind: Headwind) -> bool:
    """Whether the real headwind is a storm: enough real critics, and a noticeable share of those reached."""
    share = headwind.share
    if share is None:
        return headwind.real >= STORM_VOICES_UNKNOWN_REACH
    return headwind.real >= STORM_VOICES and share >= STORM_SHARE


def percent(share: float) -> str:
    """A small share as a German reader writes it: „0,17 %“."""
    return f"{100 * share:.2f} %".replace(".", ",")


def recommend(headwind: Headwind) -> Recommendation:
    """The plain advice for the counted headwind, with the reasons that led to it."""
    reasons: list[str] = []
    where = headwind.where
    if where:
        reasons.append(f"Gegenwind auf {', '.join(where)}" + (" – nur auf einem Kanal." if len(where) == 1 else "."))
    if headwind.trolls:
        reasons.append(
            f"{german_number(headwind.trolls)} von {german_number(headwind.negative)} Stimmen sind "
            "Trolle, Bots oder Propaganda: nicht füttern, nicht antworten."
        )
    share = headwind.share
    if share is not None and share > 1:
        reasons.append("Mehr echte Gegenstimmen als erreichte Personen: bitte die Reichweite prüfen.")
    elif share is not None:
        reasons.append(
            f"{german_number(headwind.real)} echte Gegenstimmen bei {german_number(headwind.reach or 0)} "
            f"erreichten Personen: {percent(share)}."
        )
    elif headwind.real:
        reasons.append(f"{german_number(headwind.real)} echte Gegenstimmen; die Reichweite ist unbekannt.")
    storm = is_storm(headwind)
    if storm:
        reasons.append("Das ist ein Sturm: viele echte Menschen, ein spürbarer Anteil der Erreichten.")
        advice = Advice.STATEMENT
    elif headwind.real == 0:
        reasons.append("Keine echte Gegenstimme." if headwind.negative else "Kein Gegenwind gezählt.")
        advice = Advice.NONE
    else:
        reasons.append("Kein Sturm: wenige echte Stimmen im Verhältnis zur Reichweite.")
        advice = Advice.PERSONAL if headwind.clients else Advice.NONE
    if headwind.clients:
        reasons.append(
            f"{headwind.clients} Kund{'en' if headwind.clients > 1 else 'e'} oder Interessent"
            f"{'en' if headwind.clients > 1 else ''} darunter: persönlich antworten, nicht öffentlich."
        )
    return Recommendation(advice, storm, tuple(reasons))


def statement_draft(advice: Advice, post_title: str, signature: str) -> str:
    """A Sie-form statement (or reply) to start from; the advisor edits it, the courtesy checker reads it."""
    title = printable(post_title)  # the draft goes into a text field, which draws what it holds as is
    about = f" zu meinem Beitrag „{title}“" if title else ""
    closing = f"Mit freundlichen Grüßen\n{printable(signature, multiline=True)}".rstrip()
    if advice is Advice.STATEMENT:
        return (
            "Sehr geehrte Damen und Herren,\n\n"
            f"vielen Dank für Ihre zahlreichen Rückmeldungen{about}. Ich nehme Ihre Kritik ernst. "
            "Mein Beitrag war nicht so klar, wie er hätte sein sollen: [was Sie klarstellen]. "
            "Wer Fragen zu seinen eigenen Verträgen hat, erreicht mich gern persönlich.\n\n" + closing
        )
    return (
        "Guten Tag,\n\n"
        f"vielen Dank für Ihre Rückmeldung{about}. Ihr Hinweis ist mir wichtig, und ich möchte ihn gern mit "
        "Ihnen persönlich besprechen. Wann passt Ihnen ein kurzes Telefonat?\n\n" + closing
    )


@dataclass(frozen=True, slots=True)
class TriageDecision:
    """One decision of the triage, logged with its time: what was counted, advised and chosen, and the text."""

    decided_at: datetime
    headwind: Headwind
    advised: Advice
    chosen: Advice
    statement: str = ""
    post_id: int | None = None
    post_title: str = ""
    reach_source: str = ""  # "analytics" or "eingegeben" (or "" when unknown)
    critic_ids: tuple[int, ...] = ()  # the contacts among the critics (gone when a contact is forgotten)
    id: int | None = None


def decision_text(decision: TriageDecision, now: datetime) -> str:
    """One logged decision in a line: when, about which post, what was chosen (and advised), what was counted."""
    headwind = decision.headwind
    reach = f" bei {german_number(headwind.reach)} Erreichten" if headwind.reach else ""
    chosen = ADVICE_LABELS[decision.chosen]
    differs = "" if decision.chosen is decision.advised else f" (empfohlen: {ADVICE_LABELS[decision.advised]})"
    about = f" · „{decision.post_title}“" if decision.post_title else ""
    return (
        f"{moment_text(decision.decided_at, now)}{about}: {chosen}{differs} · "
        f"{german_number(headwind.negative)} Gegenstimmen{reach}"
    )
