"""The shitstorm triage: what the screen starts from (the post, its reach), the critics, and the decision log."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime

from advisor_tui.domain.audience.joining import figures_by_post
from advisor_tui.domain.feedback.triage import Advice, Headwind, Recommendation, TriageDecision, recommend
from advisor_tui.domain.models import Contact, Post
from advisor_tui.domain.network.vocabulary import TARGET_ROLE_KEYS, role_label
from advisor_tui.domain.text_safety import printable
from advisor_tui.domain.today.dates import age_text
from advisor_tui.store.store import Store

CHANNELS = ("LinkedIn", "XING")  # always offered; the advisor names others
MAX_STATEMENT = 3000  # a LinkedIn comment or post


@dataclass(frozen=True, slots=True)
class TriageStart:
    """What the triage opens with: the post (if any), its reach from the analytics, the signature, the log."""

    post: Post | None
    reach: int | None
    signature: str
    decisions: tuple[TriageDecision, ...]


def analytics_reach(store: Store, post: Post | None) -> int | None:
    """The post's impressions from the imported analytics (members reached when no impressions), or None."""
    if post is None or post.id is None:
        return None
    # All posts, not this one alone: a publish day only identifies a post when no other post has it.
    figures = figures_by_post(store.plan.list(), store.analytics.post_figures()).get(post.id)
    if figures is None:
        return None
    return figures.impressions if figures.impressions is not None else figures.members_reached


def open_triage(store: Store, post_id: int | None) -> TriageStart:
    """Read what the triage of a post (or of no particular post) starts from."""
    post = store.plan.get(post_id) if post_id is not None else None
    settings = store.settings.load()
    return TriageStart(
        post,
        analytics_reach(store, post),
        settings.signature or settings.advisor_name,
        tuple(store.feedback.decisions(post.id if post else None)),
    )


def log_decision(store: Store, decision: TriageDecision) -> TriageDecision:
    """Log a decision with its time, in one transaction; returns it with its id."""
    statement = printable(decision.statement, multiline=True).strip()
    if len(statement) > MAX_STATEMENT:
        raise ValueError(f"Das Statement ist {len(statement)} Zeichen lang; höchstens {MAX_STATEMENT}.")
    with store.transaction() as unit:
        post_id = decision.post_id if decision.post_id is not None and unit.plan.get(decision.post_id) else None
        logged = replace(decision, statement=statement, post_id=post_id)
        return replace(logged, id=unit.feedback.add_decision(logged))


def decision_log(store: Store, post_id: int | None = None) -> list[TriageDecision]:
    """Every decision logged (the post's only, when given), newest first."""
    return store.feedback.decisions(post_id)


@dataclass(frozen=True, slots=True)
class Critic:
    """A contact among the critics, as the triage shows them."""

    contact: Contact
    role: str
    connected: str
    client: bool


def critic(contact: Contact, today: date) -> Critic:
    """Who the critic is: role, how long connected, and whether a client or prospect (a target role)."""
    connected = f"vernetzt {age_text(contact.connected_on, today)}" if contact.connected_on else "Vernetzung unbekannt"
    return Critic(contact, role_label(contact.role) or "ohne Rolle", connected, contact.role in TARGET_ROLE_KEYS)


@dataclass
class TriageState:
    """What the triage screen edits: counts per channel, reach, critics, trolls, the statement. No Textual."""

    post: Post | None = None
    analytics_reach: int | None = None
    channels: dict[str, int] = field(default_factory=lambda: dict.fromkeys(CHANNELS, 0))
    entered_reach: int | None = None
    critics: dict[int, Critic] = field(default_factory=dict)
    trolls: int = 0  # accounts the advisor judges to be trolls, bots or propaganda
    statement: str = ""

    @property
    def reach(self) -> int | None:
        """The number the advisor entered wins over the analytics (they may know a newer figure)."""
        return self.entered_reach if self.entered_reach is not None else self.analytics_reach

    @property
    def reach_source(self) -> str:
        """Where the reach came from, for the log."""
        if self.entered_reach is not None:
            return "eingegeben"
        return "analytics" if self.analytics_reach is not None else ""

    def set_count(self, channel: str, count: int) -> None:
        """Set a channel's negative voices (a new channel name adds it; 0 removes an added one)."""
        name = " ".join(channel.split())
        if not name:
            raise ValueError("Bitte den Kanal benennen.")
        if count < 0:
            raise ValueError("Bitte eine Zahl ab 0 angeben.")
        if count == 0 and name not in CHANNELS:
            self.channels.pop(name, None)
        else:
            self.channels[name] = count

    def add_critic(self, contact: Contact, today: date) -> None:
        """Name a contact among the critics."""
        if contact.id is not None:
            self.critics[contact.id] = critic(contact, today)

    def remove_critic(self, contact_id: int) -> None:
        """Take a contact off the critics."""
        self.critics.pop(contact_id, None)

    @property
    def headwind(self) -> Headwind:
        """The counted headwind. Named critics count at least once: the counts never fall below the names."""
        channels: Mapping[str, int] = dict(self.channels)
        known = len(self.critics)
        counted = sum(channels.values())
        voices = known + self.trolls
        if voices > counted:  # the advisor named more people than counted: they are headwind somewhere
            channels = {**channels, "ohne Kanal": voices - counted}
        clients = sum(1 for c in self.critics.values() if c.client)
        return Headwind(channels, self.reach, known, clients, self.trolls)

    @property
    def recommendation(self) -> Recommendation:
        """The plain advice for what is counted now."""
        return recommend(self.headwind)

    def decision(self, chosen: Advice, at: datetime) -> TriageDecision:
        """The decision to log: counts, advice and the advisor's choice with its time."""
        post = self.post
        return TriageDecision(
            at,
            self.headwind,
            self.recommendation.advice,
            chosen,
            self.statement,
            post.id if post else None,
            post.title if post else "",
            self.reach_source,
            tuple(self.critics),
        )


def critics_of(contacts: Mapping[int, Contact], decision: TriageDecision) -> Sequence[Contact]:
    """The contacts a logged decision named (those still in the store)."""
    return [contacts[i] for i in decision.critic_ids if i in contacts]
