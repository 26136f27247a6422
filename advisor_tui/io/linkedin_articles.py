"""Articles of the LinkedIn export (`Articles/*.html`, one file per article), read as data.

The HTML is parsed with the standard library's html.parser into plain text: no markup, script or style
survives, and nothing is ever fetched. The date comes from the file name ('2017-12-09 04:54:08.html'),
else from the article's own "Published on …"/"Created on …" line or a <time> element; an article with no
date at all is skipped with a reason.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import PurePosixPath

from advisor_tui.domain.activity.history import post_title
from advisor_tui.domain.activity.own import PublishedPost
from advisor_tui.domain.contacts.batch import ImportBatch, SkippedRow
from advisor_tui.io.errors import ImportFailed
from advisor_tui.io.fields import read_moment, too_long
from advisor_tui.io.textfile import decode_bytes

_DATE = r"(\d{4}-\d{2}-\d{2}(?:[ T_]\d{2}[:.]\d{2}(?:[:.]\d{2})?)?)"
_NAME_DATE = re.compile(_DATE)
_PUBLISHED = re.compile(r"(?:Published|Veröffentlicht|Publicado|Publicerad)[^\d]{0,20}" + _DATE, re.IGNORECASE)
_CREATED = re.compile(r"(?:Created|Erstellt|Creado|Skapad)[^\d]{0,20}" + _DATE, re.IGNORECASE)
_BLOCKS = frozenset({"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "pre", "tr", "ul", "ol"})
_HIDDEN = frozenset({"script", "style", "head", "noscript", "template", "svg", "iframe", "object"})
_BLANK_LINES = re.compile(r"\n{3,}")
REASON_NO_DATE = "kein Datum (weder im Dateinamen noch im Text)"


def is_article(name: str) -> bool:
    """Whether a zip member is one of the export's articles."""
    path = PurePosixPath(name)
    return path.suffix.casefold() in (".html", ".htm") and "articles" in (part.casefold() for part in path.parts[:-1])


class _ArticleText(HTMLParser):
    """Title, first pulse link, <time> value and visible text of one article."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.title = ""
        self.heading = ""
        self.link = ""
        self.time = ""
        self._hidden = 0
        self._in: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {key: value or "" for key, value in attrs}
        if tag in _HIDDEN:
            self._hidden += 1
        if tag in ("title", "h1"):
            self._in.append(tag)
        if tag == "a" and not self.link and "linkedin.com/pulse/" in values.get("href", ""):
            self.link = values["href"].strip()
        if tag == "time" and not self.time:
            self.time = values.get("datetime", "").strip()
        if tag in _BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _HIDDEN and self._hidden:
            self._hidden -= 1
        if self._in and self._in[-1] == tag:
            self._in.pop()
        if tag in _BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if "title" in self._in:
            self.title += data
            return
        if self._hidden:
            return
        if "h1" in self._in:
            self.heading += data
        self.parts.append(data)

    def text(self) -> str:
        lines = (" ".join(line.split()) for line in "".join(self.parts).replace("\xa0", " ").split("\n"))
        return _BLANK_LINES.sub("\n\n", "\n".join(lines)).strip()


def read_article(data: bytes, name: str) -> ImportBatch:
    """One article file as a published post, or a skipped entry when it is no readable text."""
    try:
        html = decode_bytes(data, name)
    except ImportFailed as failed:
        batch = ImportBatch(source=name)
        batch.skipped.append(SkippedRow(0, f"Artikel nicht übernommen: {failed.message}", name))
        return batch
    return parse_article(html, name)


def parse_article(html: str, name: str) -> ImportBatch:
    """One article as a published post (own content), or a skipped entry with the reason."""
    batch = ImportBatch(source=name)
    reader = _ArticleText()
    reader.feed(html)
    reader.close()
    text = reader.text()
    title = " ".join((reader.heading or reader.title).split())
    body = text.removeprefix(title).lstrip() if title else text
    # The export's own "Created on …"/"Published on …" lines are facts about the article, not its text.
    lines = body.split("\n")
    while lines and (not lines[0] or (len(lines[0]) < 60 and (_PUBLISHED.match(lines[0]) or _CREATED.match(lines[0])))):
        lines.pop(0)
    body = "\n".join(lines)
    stem = PurePosixPath(name).stem
    found = _NAME_DATE.match(stem) or _PUBLISHED.search(text) or _CREATED.search(text)
    cell = found.group(1) if found else reader.time
    moment = read_moment(cell.replace("_", " ").replace(".", ":")) if cell else REASON_NO_DATE
    reason = moment if isinstance(moment, str) else too_long({"article": body})
    if isinstance(moment, str) or reason:
        batch.skipped.append(SkippedRow(0, f"Artikel nicht übernommen: {reason}", name))
        return batch
    key = "article:" + PurePosixPath(name).name
    batch.posts.append(PublishedPost(key, moment, body, reader.link, post_title(title or body), article=True))
    return batch
