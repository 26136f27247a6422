"""Channels and their length limits: the one table every length check reads."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Channel:
    """A place a text is sent to, with its character limit (None: no published limit)."""

    key: str
    label: str
    platform: str
    limit: int | None


LINKEDIN_NOTE_LIMIT_FREE = 200
LINKEDIN_NOTE_LIMIT_PREMIUM = 300
LINKEDIN_POST_FOLD = 140  # characters shown before "mehr anzeigen"

CHANNELS: tuple[Channel, ...] = (
    Channel("linkedin-note", "LinkedIn-Vernetzungsnotiz", "linkedin", LINKEDIN_NOTE_LIMIT_FREE),
    Channel("linkedin-message", "LinkedIn-Nachricht", "linkedin", 8000),
    Channel("linkedin-inmail", "LinkedIn-InMail", "linkedin", 2000),
    Channel("linkedin-post", "LinkedIn-Beitrag", "linkedin", 3000),
    Channel("xing-message", "XING-Nachricht", "xing", None),
    Channel("xing-post", "XING-Beitrag", "xing", None),
)

CHANNEL_BY_KEY: dict[str, Channel] = {channel.key: channel for channel in CHANNELS}
PLATFORMS: dict[str, str] = {"linkedin": "LinkedIn", "xing": "XING"}


def channel_label(key: str) -> str:
    """The German name of a channel or of a platform (a post's channel), or the key itself if unknown."""
    if key in PLATFORMS:
        return PLATFORMS[key]
    known = CHANNEL_BY_KEY.get(key)
    return known.label if known else key


def channel_limit(key: str, *, premium: bool = False) -> int | None:
    """The character limit of a channel; the LinkedIn note limit depends on Premium."""
    if key == "linkedin-note":
        return LINKEDIN_NOTE_LIMIT_PREMIUM if premium else LINKEDIN_NOTE_LIMIT_FREE
    channel = CHANNEL_BY_KEY.get(key)
    if channel is None:
        raise KeyError(key)
    return channel.limit
