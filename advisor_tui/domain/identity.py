"""How a contact is recognised again: normalised profile URL, else name plus company."""

from __future__ import annotations

import unicodedata
from urllib.parse import urlsplit

from advisor_tui.domain.models import Contact

_UMLAUT_SPELLINGS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"})


_LINKEDIN_PREFIXES = ("https://www.linkedin.com/", "https://linkedin.com/")


def normalize_profile_url(url: str) -> str:
    """Lower case, https, no query or fragment, no trailing slash; '' for an empty or odd value."""
    url = (url or "").strip()
    if not url:
        return ""
    low = url.lower()
    # Exports and the store hold plain LinkedIn URLs; only odd ones need urlsplit, the slow part of imports.
    if low.startswith(_LINKEDIN_PREFIXES) and "?" not in low and "#" not in low and low.isprintable():
        return "https://linkedin.com/" + low.split(".com/", 1)[1].rstrip("/")
    if "://" not in url:
        url = "https://" + url
    parts = urlsplit(url.lower())
    if not parts.netloc:
        return ""
    host = parts.netloc.removeprefix("www.")
    if host.endswith("linkedin.com"):
        host = "linkedin.com"
    path = parts.path.rstrip("/")
    return f"https://{host}{path}"


def fold_name(text: str) -> str:
    """Case- and accent-folded text in which 'Müller' and 'Mueller' are equal."""
    text = text.casefold().translate(_UMLAUT_SPELLINGS)
    if text.isascii():
        # Most names and titles are plain ASCII by now; decomposing them is the slow part.
        return " ".join(text.split())
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(stripped.split())


def identity_key(contact: Contact, *, normalized_url: str | None = None) -> str:
    """The key that makes two records the same contact (pass the normalised URL if already at hand)."""
    url = normalize_profile_url(contact.profile_url) if normalized_url is None else normalized_url
    if url:
        return "url:" + url
    return "name:" + fold_name(f"{contact.first_name} {contact.last_name}|{contact.company}")
