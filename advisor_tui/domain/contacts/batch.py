"""What an importer hands to the store: plain domain objects, written in one transaction."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from advisor_tui.domain.activity.own import OwnComment, OwnReaction, PublishedPost
from advisor_tui.domain.models import ConnectionRequest, Contact, Message


@dataclass(frozen=True, slots=True)
class SkippedRow:
    """A row or card that could not be used, with its line number and a German reason."""

    line: int
    reason: str
    file: str = ""


@dataclass(slots=True)
class ImportedConversation:
    """A conversation with one counterpart, identified by the counterpart's profile URL."""

    external_id: str
    title: str
    counterpart: Contact
    messages: list[Message] = field(default_factory=list)
    channel: str = "linkedin"


@dataclass(slots=True)
class ImportedRequest:
    """A connection request and the person on the other side of it."""

    counterpart: Contact
    request: ConnectionRequest


@dataclass(slots=True)
class ImportBatch:
    """Everything one import file yielded.

    `ignored` counts rows passed over on purpose, by German reason; `warnings` are rows taken in with one
    value left out (an unreadable date); `notes` are single summary lines (the advisor's profile not found).
    """

    source: str
    contacts: list[Contact] = field(default_factory=list)
    conversations: list[ImportedConversation] = field(default_factory=list)
    requests: list[ImportedRequest] = field(default_factory=list)
    skipped: list[SkippedRow] = field(default_factory=list)
    ignored: Counter[str] = field(default_factory=Counter)
    warnings: list[SkippedRow] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    own_profile_url: str = ""
    own_name: str = ""
    # The advisor's name as Profile.csv gives it (own_name may come from invitations or messages as well).
    profile_name: str = ""
    # The advisor's own activity (Shares.csv, Articles/*.html, Comments.csv, Reactions.csv).
    posts: list[PublishedPost] = field(default_factory=list)
    comments: list[OwnComment] = field(default_factory=list)
    reactions: list[OwnReaction] = field(default_factory=list)

    def extend(self, other: ImportBatch) -> None:
        """Add another batch's records (e.g. one CSV of a zip) to this one."""
        self.contacts.extend(other.contacts)
        self.conversations.extend(other.conversations)
        self.requests.extend(other.requests)
        self.posts.extend(other.posts)
        self.comments.extend(other.comments)
        self.reactions.extend(other.reactions)
        self.skipped.extend(other.skipped)
        self.ignored.update(other.ignored)
        self.warnings.extend(other.warnings)
        self.notes.extend(note for note in other.notes if note not in self.notes)
        self.own_profile_url = self.own_profile_url or other.own_profile_url
        self.own_name = self.own_name or other.own_name
        self.profile_name = self.profile_name or other.profile_name
