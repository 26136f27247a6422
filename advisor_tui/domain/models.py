"""Plain domain objects: what the UI, the importers and the domain functions pass around."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum

from advisor_tui.domain.network.vocabulary import is_fully_tagged


class Salutation(StrEnum):
    """How a contact is addressed; NONE means the neutral form ("Guten Tag Kim Mayer,")."""

    FRAU = "Frau"
    HERR = "Herr"
    NONE = ""


class Direction(StrEnum):
    """Who sent a message or a connection request."""

    INCOMING = "in"
    OUTGOING = "out"


class MessageKind(StrEnum):
    """A real message from a person, or something that is not a conversation."""

    MESSAGE = "message"
    SPONSORED = "sponsored"
    SYSTEM = "system"


class RequestState(StrEnum):
    """The state of a connection request."""

    OPEN = "open"
    ACCEPTED = "accepted"
    DECLINED = "declined"
    BLOCKED = "blocked"
    WITHDRAWN = "withdrawn"


class PostStatus(StrEnum):
    """The life of a post: Idee → Entwurf → Geplant → Veröffentlicht."""

    IDEA = "idee"
    DRAFT = "entwurf"
    PLANNED = "geplant"
    PUBLISHED = "veroeffentlicht"


POST_STATUS_LABELS: dict[PostStatus, str] = {
    PostStatus.IDEA: "Idee",
    PostStatus.DRAFT: "Entwurf",
    PostStatus.PLANNED: "Geplant",
    PostStatus.PUBLISHED: "Veröffentlicht",
}


@dataclass(slots=True)
class Contact:
    """A person in the advisor's network."""

    first_name: str
    last_name: str
    salutation: Salutation = Salutation.NONE
    title: str = ""
    company: str = ""
    position: str = ""
    email: str = ""
    profile_url: str = ""
    sector: str | None = None
    role: str | None = None
    source: str = "manual"
    connected_on: date | None = None
    notes: str = ""
    follow_up_on: date | None = None
    blocked: bool = False
    labels: tuple[str, ...] = ()
    last_contact_at: datetime | None = None
    id: int | None = None

    @property
    def full_name(self) -> str:
        """First and last name, as one would write them."""
        return " ".join(part for part in (self.first_name, self.last_name) if part)

    @property
    def is_tagged(self) -> bool:
        """Whether the contact has a role and, where it matters, a sector."""
        return is_fully_tagged(self.role, self.sector)


@dataclass(slots=True)
class Message:
    """One message in a conversation."""

    contact_id: int | None
    direction: Direction
    sent_at: datetime
    text: str
    channel: str = "linkedin-message"
    kind: MessageKind = MessageKind.MESSAGE
    answered: bool = False
    conversation_id: int | None = None
    id: int | None = None


@dataclass(slots=True)
class Conversation:
    """A thread of messages with one contact."""

    contact_id: int | None
    title: str = ""
    channel: str = "linkedin"
    external_id: str = ""
    messages: list[Message] = field(default_factory=list)
    id: int | None = None


@dataclass(slots=True)
class ConnectionRequest:
    """A connection request sent or received."""

    contact_id: int | None
    direction: Direction
    sent_at: datetime
    note: str = ""
    state: RequestState = RequestState.OPEN
    channel: str = "linkedin"
    id: int | None = None


@dataclass(slots=True)
class Segment:
    """A filter over roles × sectors × labels (+ text); OR within a kind, AND across kinds."""

    name: str = ""
    roles: tuple[str, ...] = ()
    sectors: tuple[str, ...] = ()
    labels: tuple[str, ...] = ()
    text: str = ""
    id: int | None = None


@dataclass(slots=True)
class Post:
    """A planned or published piece of content."""

    title: str
    iso_year: int | None = None
    iso_week: int | None = None
    body: str = ""
    channel: str = "linkedin"
    status: PostStatus = PostStatus.IDEA
    own_content: bool = True
    source: str = ""
    target_segment: str = ""
    planned_on: date | None = None
    published_url: str = ""
    # The day it went online (from the export's timestamp or the day it was marked Veröffentlicht).
    published_on: date | None = None
    id: int | None = None


LOSING_TOUCH_DAYS = 90  # how long a target contact may stay silent before Heute lists them (the setting's default)


@dataclass(slots=True)
class Settings:
    """The advisor's own settings, kept in the store."""

    advisor_name: str = ""
    signature: str = ""
    own_institution: str = ""
    linkedin_premium: bool = False
    losing_touch_days: int = LOSING_TOUCH_DAYS
    weekly_post_goal: int = 1
    # The advisor's LinkedIn profile, for exports that do not reveal it (learnt on import or given by hand).
    own_profile_url: str = ""
