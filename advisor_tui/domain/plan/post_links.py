"""Which LinkedIn post a link points at: the kind of id (activity, share, ugcPost) and its number.

The same post appears under different links: the data export's Shares.csv names it by a share or ugcPost id
(often percent-encoded), the analytics workbook by an activity id or a /posts/ slug ending in one of the three.
A share or ugcPost id is not the activity id of the same post, so two references are equal only when both the
kind and the number agree; where they cannot agree, posts are matched by their publish date instead.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import unquote

_KINDS = {"activity": "activity", "share": "share", "ugcpost": "ugcPost"}
# urn:li:activity:7406535690785632256 (also percent-encoded), or a /posts/ slug ending in -share-<id>-AbCd
_URN = re.compile(r"urn:li:(activity|share|ugcPost):(\d{15,20})", re.IGNORECASE)
_SLUG = re.compile(r"[-_](activity|share|ugcPost)-(\d{15,20})(?:-[A-Za-z0-9_-]{1,8})?/?(?:[?#]|$)", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class PostRef:
    """A post's id as LinkedIn writes it in a link: kind ("activity", "share", "ugcPost") and number."""

    kind: str
    number: str

    def __str__(self) -> str:
        return f"urn:li:{self.kind}:{self.number}"


def post_ref(link: str) -> PostRef | None:
    """The post a LinkedIn link points at, or None when the link names no post."""
    text = unquote(unquote(link.strip()))
    found = _URN.search(text) or _SLUG.search(text)
    if found is None:
        return None
    return PostRef(_KINDS[found.group(1).casefold()], found.group(2))
