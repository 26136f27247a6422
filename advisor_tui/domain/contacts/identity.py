"""How a contact is recognised again: the canonical profile URL, else name plus company."""

from __future__ import annotations

import re
import unicodedata
from urllib.parse import unquote, urlsplit

from advisor_tui.domain.models import Contact

_UMLAUT_SPELLINGS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})

_LINKEDIN_PREFIXES = ("https://www.linkedin.com/in/", "https://linkedin.com/in/")
_CANONICAL_PROFILE = "https://linkedin.com/in/"


def normalize_profile_url(url: str) -> str:
    """The canonical form of a profile URL; '' for an empty, malformed or slug-less value.

    Scheme, host (`www.`, country subdomains such as `de.`), trailing slash, query, fragment,
    percent-encoding and case (Unicode NFC, case-folded) never make two keys of one LinkedIn profile:
    Connections.csv writes `/in/linn%C3%A9a-…`, Invitations.csv the same slug raw (`/in/linnéa-…`).
    """
    url = (url or "").strip()
    if not url:
        return ""
    low = url.lower()
    # Exports hold plain profile URLs; only odd ones need urlsplit and unquote, the slow part of imports.
    plain = "%" not in low and "?" not in low and "#" not in low
    if plain and low.startswith(_LINKEDIN_PREFIXES) and low.isprintable():
        slug = low.split("/in/", 1)[1]
        if "/" in slug:
            slug = slug.split("/", 1)[0]
        if slug:
            return _CANONICAL_PROFILE + (slug if slug.isascii() else _fold(slug))
    if "://" not in url:
        url = "https://" + url
    try:
        parts = urlsplit(url)
        host = (parts.hostname or "").rstrip(".").removeprefix("www.")
    except ValueError:  # 'https://[x' and the like: not a URL at all
        return ""
    if not _is_host(host):  # 'NA', 'null' of a re-saved sheet is no address
        return ""
    path = _decoded(parts.path)
    if not path.isprintable():  # a control character is never part of a profile
        return ""
    if host == "linkedin.com" or host.endswith(".linkedin.com"):
        segments = [segment.strip() for segment in path.split("/") if segment.strip()]
        if segments and segments[0] == "in":
            return _CANONICAL_PROFILE + segments[1] if len(segments) > 1 else ""
        return "https://linkedin.com/" + "/".join(segments) if segments else ""
    return f"https://{host}{_TRAILING.sub('', path)}"


# Slashes and blanks at a path's end: the key never ends in one, so normalising it again changes nothing.
_TRAILING = re.compile(r"[\s/]+$")


def _is_host(host: str) -> bool:
    """A dotted host name: at least two labels, none empty, no blank or control character."""
    labels = host.split(".")
    return len(labels) > 1 and all(labels) and host.isprintable() and not any(c.isspace() for c in host)


def _decoded(path: str) -> str:
    """The folded path with percent-escapes decoded (twice-encoded ones too, so the key is stable)."""
    for _ in range(3):
        if "%" not in path:
            break
        try:
            decoded = unquote(path, errors="strict")
        except UnicodeDecodeError:  # not UTF-8 underneath: the escapes stay as they are
            break
        if decoded == path:
            break
        path = decoded
    # A query or fragment that only decoding revealed ('%3F') is cut off like a raw one.
    return _fold(path.split("?", 1)[0].split("#", 1)[0])


def _fold(text: str) -> str:
    return unicodedata.normalize("NFC", unicodedata.normalize("NFC", text).casefold())


def fold_name(text: str) -> str:
    """Case- and accent-folded text in which 'Müller' and 'Mueller' are equal."""
    text = text.casefold().translate(_UMLAUT_SPELLINGS)
    if text.isascii():
        # Most names and titles are plain ASCII by now; decomposing them is the slow part.
        return " ".join(text.split())
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(stripped.split())


def name_key(first_name: str, last_name: str, company: str = "") -> str:
    """The folded 'first last|company' a contact without profile URL is recognised by."""
    return fold_name(f"{first_name} {last_name}|{company}")


def identity_key(contact: Contact, *, normalized_url: str | None = None) -> str:
    """The key that makes two records the same contact (pass the normalised URL if already at hand)."""
    url = normalize_profile_url(contact.profile_url) if normalized_url is None else normalized_url
    if url:
        return "url:" + url
    return "name:" + name_key(contact.first_name, contact.last_name, contact.company)
