"""SQLModel tables: the persistent shape of everything the product keeps."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Column, CursorResult, ForeignKey, Index, Integer, String, Table, UniqueConstraint, text
from sqlmodel import Field, SQLModel


def table_of(row: type[SQLModel]) -> Table:
    """The Core table of a row class, for statements that need no objects (bulk writes, long reads)."""
    return row.__table__  # type: ignore[attr-defined]  # set by SQLModel's metaclass, unknown to type checkers


def inserted_id(result: CursorResult) -> int:
    """The id of the one row an insert added."""
    key = result.inserted_primary_key
    if key is None:
        raise ValueError("the statement inserted no row")
    return key[0]


def _fk(target: str, *, nullable: bool = True) -> Column:
    """A foreign key that disappears with its parent row (DSGVO: forgetting removes everything)."""
    return Column(Integer, ForeignKey(target, ondelete="CASCADE"), nullable=nullable, index=True)


class RoleRow(SQLModel, table=True):
    """The role keys a contact may carry; labels and order are the domain's (vocabulary.ROLES). Keys never change."""

    __tablename__ = "role"
    key: str = Field(primary_key=True)


class SectorRow(SQLModel, table=True):
    """Sector vocabulary: WZ 2008 sections plus the advisor's own."""

    __tablename__ = "sector"
    code: str = Field(primary_key=True)
    name: str
    builtin: bool = True


class ContactRow(SQLModel, table=True):
    """A person in the network."""

    __tablename__ = "contact"
    # Partial: only contacts with a follow-up or a role (Heute's queries), so imports of untagged ones skip them.
    __table_args__ = (
        Index("ix_contact_follow_up_on", "follow_up_on", sqlite_where=text("follow_up_on IS NOT NULL")),
        Index("ix_contact_role_set", "role", sqlite_where=text("role IS NOT NULL")),
    )
    id: int | None = Field(default=None, primary_key=True)
    identity: str = Field(unique=True, index=True)
    first_name: str = ""
    last_name: str = ""
    salutation: str = ""
    title: str = ""
    company: str = ""
    position: str = ""
    email: str = ""
    profile_url: str = ""
    sector: str | None = Field(default=None, sa_column=Column(String, ForeignKey("sector.code"), nullable=True))
    role: str | None = Field(default=None, sa_column=Column(String, ForeignKey("role.key"), nullable=True))
    source: str = "manual"
    connected_on: date | None = None
    notes: str = ""
    follow_up_on: date | None = None
    blocked: bool = False
    last_contact_at: datetime | None = None
    # Comma-separated field names the advisor set by hand; imports never overwrite them.
    manual_fields: str = ""
    created_at: datetime
    updated_at: datetime


class LabelRow(SQLModel, table=True):
    """A free tag such as "Unternehmerabend 2026"."""

    __tablename__ = "label"
    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(unique=True)


class ContactLabelRow(SQLModel, table=True):
    """Which contact carries which label."""

    __tablename__ = "contact_label"
    contact_id: int = Field(sa_column=Column(Integer, ForeignKey("contact.id", ondelete="CASCADE"), primary_key=True))
    label_id: int = Field(sa_column=Column(Integer, ForeignKey("label.id", ondelete="CASCADE"), primary_key=True))


class ContactVersionRow(SQLModel, table=True):
    """One row counting changes to contacts and their labels, moved by triggers (migration 0010)."""

    __tablename__ = "contact_version"
    id: int | None = Field(default=None, primary_key=True)
    changes: int = 0


class DistinctPairRow(SQLModel, table=True):
    """Two contacts the advisor declared different people: never offered as duplicates again."""

    __tablename__ = "distinct_pair"
    first_id: int = Field(sa_column=Column(Integer, ForeignKey("contact.id", ondelete="CASCADE"), primary_key=True))
    second_id: int = Field(sa_column=Column(Integer, ForeignKey("contact.id", ondelete="CASCADE"), primary_key=True,
                                            index=True))


class ConversationRow(SQLModel, table=True):
    """A thread of messages with one contact."""

    __tablename__ = "conversation"
    id: int | None = Field(default=None, primary_key=True)
    contact_id: int | None = Field(default=None, sa_column=_fk("contact.id"))
    external_id: str = Field(default="", index=True)
    title: str = ""
    channel: str = "linkedin"


class MessageRow(SQLModel, table=True):
    """One message; `answered` is set when the advisor replied to an incoming one."""

    __tablename__ = "message"
    __table_args__ = (UniqueConstraint("conversation_id", "sent_at", "direction", "text_hash"),)
    id: int | None = Field(default=None, primary_key=True)
    conversation_id: int | None = Field(default=None, sa_column=_fk("conversation.id"))
    contact_id: int | None = Field(default=None, sa_column=_fk("contact.id"))
    direction: str
    channel: str = "linkedin-message"
    sent_at: datetime = Field(index=True)
    text: str = ""
    text_hash: str = ""
    kind: str = "message"
    answered: bool = False


class ConnectionRequestRow(SQLModel, table=True):
    """A connection request sent or received."""

    __tablename__ = "connection_request"
    __table_args__ = (UniqueConstraint("contact_id", "direction", "sent_at"),)
    id: int | None = Field(default=None, primary_key=True)
    contact_id: int | None = Field(default=None, sa_column=_fk("contact.id"))
    direction: str
    sent_at: datetime
    note: str = ""
    state: str = "open"
    channel: str = "linkedin"


class PostRow(SQLModel, table=True):
    """A post in the content plan (or an unscheduled idea when it has no week)."""

    __tablename__ = "post"
    id: int | None = Field(default=None, primary_key=True)
    title: str
    body: str = ""
    channel: str = "linkedin"
    iso_year: int | None = Field(default=None, index=True)
    iso_week: int | None = None
    planned_on: date | None = None
    status: str = "idee"
    own_content: bool = True
    source: str = ""
    target_segment: str = ""
    published_url: str = ""
    published_on: date | None = Field(default=None, index=True)
    created_at: datetime
    updated_at: datetime


class SegmentRow(SQLModel, table=True):
    """A saved filter; lists are stored as JSON arrays."""

    __tablename__ = "segment"
    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(unique=True)
    roles: str = "[]"
    sectors: str = "[]"
    labels: str = "[]"
    text: str = ""


class CheckinRow(SQLModel, table=True):
    """One "Posteingang geprüft"."""

    __tablename__ = "checkin"
    id: int | None = Field(default=None, primary_key=True)
    at: datetime = Field(index=True)


class SettingRow(SQLModel, table=True):
    """One setting as a JSON value."""

    __tablename__ = "setting"
    key: str = Field(primary_key=True)
    value: str


class TemplateRow(SQLModel, table=True):
    """A message template; shipped ones can be edited, the advisor can add more."""

    __tablename__ = "template"
    key: str = Field(primary_key=True)
    name: str
    channel: str = "linkedin-message"
    body: str = ""
    blocks_contact: bool = False
    builtin: bool = True
    position: int = 0


class DraftRow(SQLModel, table=True):
    """The text being written in Nachricht, saved as it is typed so nothing is lost."""

    __tablename__ = "draft"
    id: int | None = Field(default=None, primary_key=True)
    contact_id: int | None = Field(default=None, sa_column=_fk("contact.id"))
    channel: str = "linkedin-message"
    template_key: str = ""
    text: str = ""
    updated_at: datetime


class ForgottenRow(SQLModel, table=True):
    """A keyed hash of a forgotten person's identity (profile, e-mail): imports skip them. Nothing readable."""

    __tablename__ = "forgotten"
    digest: str = Field(primary_key=True)
    forgotten_on: date


class ExportRecordRow(SQLModel, table=True):
    """A file of contacts the app wrote, so that forgetting can name the ones that may still hold a person."""

    __tablename__ = "export_record"
    id: int | None = Field(default=None, primary_key=True)
    path: str
    written_at: datetime
    count: int


class OwnWordRow(SQLModel, table=True):
    """A word of the advisor's own dictionary: never a spelling finding."""

    __tablename__ = "own_word"
    word: str = Field(primary_key=True)
    added_at: datetime



class FeedbackFactorRow(SQLModel, table=True):
    """A key factor of the advisor's own (the shipped ones are the domain's FACTORS). Keys never change."""

    __tablename__ = "feedback_factor"
    key: str = Field(primary_key=True)
    label: str


class FeedbackRow(SQLModel, table=True):
    """One piece of feedback; a contact's or conversation's entry goes with them (DSGVO), a post's stays."""

    __tablename__ = "feedback"
    id: int | None = Field(default=None, primary_key=True)
    kind: str
    received_on: date = Field(index=True)
    note: str = ""
    factors: str = "[]"  # JSON list of factor keys
    source_kind: str = "text"
    post_id: int | None = Field(default=None, sa_column=Column(Integer, ForeignKey("post.id", ondelete="SET NULL"),
                                                               nullable=True, index=True))
    contact_id: int | None = Field(default=None, sa_column=_fk("contact.id"))
    conversation_id: int | None = Field(default=None, sa_column=_fk("conversation.id"))
    source_text: str = ""  # free-text source, or the post's title (kept when the post is deleted)
    needs_answer: bool = False
    answered_on: date | None = None
    created_at: datetime


class TriageDecisionRow(SQLModel, table=True):
    """A decision of the shitstorm triage with its time: the counts, the advice, the choice, the statement."""

    __tablename__ = "triage_decision"
    id: int | None = Field(default=None, primary_key=True)
    decided_at: datetime = Field(index=True)
    post_id: int | None = Field(default=None, sa_column=Column(Integer, ForeignKey("post.id", ondelete="SET NULL"),
                                                               nullable=True, index=True))
    post_title: str = ""
    channels: str = "{}"  # JSON: channel label → negative voices
    reach: int | None = None
    reach_source: str = ""
    known: int = 0
    clients: int = 0
    trolls: int = 0
    advised: str
    chosen: str
    statement: str = ""


class TriageCriticRow(SQLModel, table=True):
    """A contact the advisor named among a triage's critics: removed with the contact when it is forgotten."""

    __tablename__ = "triage_critic"
    decision_id: int = Field(sa_column=Column(Integer, ForeignKey("triage_decision.id", ondelete="CASCADE"),
                                              primary_key=True))
    contact_id: int = Field(sa_column=Column(Integer, ForeignKey("contact.id", ondelete="CASCADE"), primary_key=True,
                                             index=True))
class AnalyticsWorkbookRow(SQLModel, table=True):
    """One imported LinkedIn analytics workbook; its figures hang off it and go with it."""

    __tablename__ = "analytics_workbook"
    id: int | None = Field(default=None, primary_key=True)
    file_name: str
    digest: str = Field(unique=True, index=True)  # SHA-256 of the file: the same file twice changes nothing
    kind: str
    language: str = "en"
    period_start: date | None = None
    period_end: date | None = None
    as_of: date | None = None
    post_kind: str = ""
    post_number: str = ""
    post_url: str = ""
    impressions: int | None = None
    members_reached: int | None = None
    followers_total: int | None = None
    followers_on: date | None = None
    ignored: int = 0
    imported_at: datetime


class AnalyticsDayRow(SQLModel, table=True):
    """One day of one workbook's ENGAGEMENT and FOLLOWERS sheets (merged across workbooks when read)."""

    __tablename__ = "analytics_day"
    __table_args__ = (UniqueConstraint("workbook_id", "day"),)
    id: int | None = Field(default=None, primary_key=True)
    workbook_id: int = Field(sa_column=_fk("analytics_workbook.id", nullable=False))
    day: date = Field(index=True)
    impressions: int | None = None
    engagements: int | None = None
    new_followers: int | None = None


class AnalyticsPostRow(SQLModel, table=True):
    """What one post collected in one workbook's window (TOP POSTS rows or a per-post export)."""

    __tablename__ = "analytics_post"
    __table_args__ = (UniqueConstraint("workbook_id", "post_key"),)
    id: int | None = Field(default=None, primary_key=True)
    workbook_id: int = Field(sa_column=_fk("analytics_workbook.id", nullable=False))
    post_key: str = Field(index=True)  # urn:li:<kind>:<number>, else the URL
    url: str = ""
    published_on: date | None = None
    impressions: int | None = None
    engagements: int | None = None
    members_reached: int | None = None
    reactions: int | None = None
    comments: int | None = None
    reposts: int | None = None
    saves: int | None = None
    sends: int | None = None
    social_engagements: int | None = None
    profile_viewers: int | None = None
    followers_gained: int | None = None
    impressions_rank: int | None = None
    engagements_rank: int | None = None


class AnalyticsShareRow(SQLModel, table=True):
    """One row of one workbook's demographics table, in the workbook's order."""

    __tablename__ = "analytics_share"
    id: int | None = Field(default=None, primary_key=True)
    workbook_id: int = Field(sa_column=_fk("analytics_workbook.id", nullable=False))
    scope: str
    position: int
    category: str
    value: str
    share: float | None = None
    below_one_percent: bool = False
class PostExportRow(SQLModel, table=True):
    """Which post of the LinkedIn export a plan post is: re-importing finds it again instead of adding a copy."""

    __tablename__ = "post_export"
    post_id: int = Field(sa_column=Column(Integer, ForeignKey("post.id", ondelete="CASCADE"), primary_key=True))
    import_key: str = Field(unique=True)
    visibility: str = ""
    # The moment it went online: the same post keeps it when a later export names it by another link.
    published_at: datetime | None = Field(default=None, index=True)


class OwnCommentRow(SQLModel, table=True):
    """A comment the advisor wrote on LinkedIn (Comments.csv); the same moment and post is the same comment."""

    __tablename__ = "own_comment"
    # Also the index for "since": its first column is the moment.
    __table_args__ = (UniqueConstraint("at", "link"),)
    id: int | None = Field(default=None, primary_key=True)
    at: datetime
    link: str = ""
    text: str = ""


class OwnReactionRow(SQLModel, table=True):
    """A reaction the advisor gave on LinkedIn (Reactions.csv)."""

    __tablename__ = "own_reaction"
    __table_args__ = (UniqueConstraint("at", "link"),)
    id: int | None = Field(default=None, primary_key=True)
    at: datetime
    kind: str = ""
    link: str = ""


class AuditSeenRow(SQLModel, table=True):
    """An own comment, post or reaction the advisor looked at in the audit ("gesehen"), by its stable key."""

    __tablename__ = "audit_seen"
    key: str = Field(primary_key=True)
    kind: str
    seen_at: datetime
class ContactStageRow(SQLModel, table=True):
    """One step of a relationship (Kontakt → Gespräch → Termin → Mandat, or kein Bedarf), kept with its day."""

    __tablename__ = "contact_stage"
    id: int | None = Field(default=None, primary_key=True)
    contact_id: int = Field(sa_column=_fk("contact.id", nullable=False))
    stage: str
    on: date = Field(index=True)
    volume_eur: int | None = None
    product: str | None = None
    note: str = ""
    recorded_at: datetime


# The Core tables, for statements that need no row objects (bulk writes, long reads, single-column queries).
ROLE = table_of(RoleRow)
SECTOR = table_of(SectorRow)
CONTACT = table_of(ContactRow)
LABEL = table_of(LabelRow)
CONTACT_LABEL = table_of(ContactLabelRow)
CONTACT_VERSION = table_of(ContactVersionRow)
DISTINCT_PAIR = table_of(DistinctPairRow)
CONVERSATION = table_of(ConversationRow)
MESSAGE = table_of(MessageRow)
REQUEST = table_of(ConnectionRequestRow)
POST = table_of(PostRow)
SEGMENT = table_of(SegmentRow)
CHECKIN = table_of(CheckinRow)
SETTING = table_of(SettingRow)
TEMPLATE = table_of(TemplateRow)
DRAFT = table_of(DraftRow)
FORGOTTEN = table_of(ForgottenRow)
EXPORT_RECORD = table_of(ExportRecordRow)
OWN_WORD = table_of(OwnWordRow)
FEEDBACK_FACTOR = table_of(FeedbackFactorRow)
FEEDBACK = table_of(FeedbackRow)
TRIAGE_DECISION = table_of(TriageDecisionRow)
TRIAGE_CRITIC = table_of(TriageCriticRow)
ANALYTICS_WORKBOOK = table_of(AnalyticsWorkbookRow)
ANALYTICS_DAY = table_of(AnalyticsDayRow)
ANALYTICS_POST = table_of(AnalyticsPostRow)
ANALYTICS_SHARE = table_of(AnalyticsShareRow)
POST_EXPORT = table_of(PostExportRow)
OWN_COMMENT = table_of(OwnCommentRow)
OWN_REACTION = table_of(OwnReactionRow)
AUDIT_SEEN = table_of(AuditSeenRow)
CONTACT_STAGE = table_of(ContactStageRow)
