"""The posting history joined with the plan: which planned post an exported post is, and how it is titled.

Decisions an advisor may ask about:
- A post of the export is found again by its key (re-importing changes nothing), else it becomes the planned
  post whose link names the same post, else the one in the same ISO week whose text is alike (the advisor
  planned it and then published it); only then is it added as a new published post.
- A plan post is taken by at most one exported post, and never one already carrying a different post's link.
- A repost has no text to compare: it takes a planned post of shared content in its week only when that is
  the only candidate.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from rapidfuzz import fuzz, utils

from advisor_tui.domain.activity.own import TITLE_LENGTH, PublishedPost
from advisor_tui.domain.models import Post
from advisor_tui.domain.plan.cadence import post_week
from advisor_tui.domain.plan.post_links import PostRef, post_ref
from advisor_tui.domain.plan.weeks import IsoWeek
from advisor_tui.domain.text_safety import printable

# token_set_ratio is 100 when every word of a plan post's title appears in the published text; a draft
# revised before publishing still scores well above this, a different topic of the same week well below.
SIMILAR_TEXT = 72
REPOST_TITLE = "Weitergeteilter Beitrag"


@dataclass(slots=True)
class HistoryMatch:
    """Exported posts sorted by what becomes of them in the plan."""

    known: list[tuple[PublishedPost, Post]] = field(default_factory=list)
    matched: list[tuple[PublishedPost, Post]] = field(default_factory=list)
    new: list[PublishedPost] = field(default_factory=list)


def post_title(text: str, shared_url: str = "") -> str:
    """A short one-line title: the first line of the text, cut at a word; a repost named after its source."""
    for line in text.splitlines():
        line = " ".join(printable(line).split())
        if line.strip('"„“ '):
            return _shorten(line)
    host = urlsplit(shared_url.strip()).hostname if shared_url.strip().startswith("http") else None
    return f"{REPOST_TITLE} ({host.removeprefix('www.')})" if host else REPOST_TITLE


def _shorten(line: str) -> str:
    if len(line) <= TITLE_LENGTH:
        return line
    cut = line[: TITLE_LENGTH - 1]
    word_end = cut.rfind(" ")
    return (cut[:word_end] if word_end > TITLE_LENGTH // 2 else cut).rstrip(" ,;:-–") + "…"


def match_history(
    exported: Iterable[PublishedPost],
    plan: Sequence[Post],
    keys: Mapping[int, str],
) -> HistoryMatch:
    """Each exported post as known (imported before), matched to a plan post, or new; `keys` are the
    export keys stored with plan posts (post id → key)."""
    by_key = {key: post for post in plan if post.id is not None and (key := keys.get(post.id))}
    free = [post for post in plan if post.id not in keys]
    by_ref: dict[PostRef, Post] = {}
    by_week: dict[IsoWeek, list[Post]] = {}
    for post in free:
        ref = post_ref(post.published_url) if post.published_url else None
        if ref is not None:
            by_ref.setdefault(ref, post)
        week = post_week(post)
        if week is not None and not (ref is None and post.published_url.strip()):
            by_week.setdefault(week, []).append(post)
    result = HistoryMatch()
    taken: set[int | None] = set()
    seen: set[str] = set()
    for item in sorted(exported, key=lambda p: p.at):
        if item.key in seen:
            continue
        seen.add(item.key)
        known = by_key.get(item.key)
        if known is not None:
            result.known.append((item, known))
            continue
        found = _plan_post(item, by_ref, by_week, taken)
        if found is None:
            result.new.append(item)
        else:
            taken.add(found.id)
            result.matched.append((item, found))
    return result


def _plan_post(
    item: PublishedPost,
    by_ref: Mapping[PostRef, Post],
    by_week: Mapping[IsoWeek, list[Post]],
    taken: set,
) -> Post | None:
    ref = post_ref(item.link) if item.link else None
    linked = by_ref.get(ref) if ref is not None else None
    if linked is not None and linked.id not in taken:
        return linked
    candidates = [
        post
        for post in by_week.get(IsoWeek.from_date(item.published_on), ())
        if post.id not in taken and not _names_other_post(post, ref)
    ]
    if not item.own_content:
        shared = [post for post in candidates if not post.own_content]
        return shared[0] if len(shared) == 1 else None
    scored = [(_similarity(item, post), post) for post in candidates]
    best = max(scored, key=lambda pair: pair[0], default=None)
    return best[1] if best is not None and best[0] >= SIMILAR_TEXT else None


def _names_other_post(post: Post, ref: PostRef | None) -> bool:
    own = post_ref(post.published_url) if post.published_url else None
    return own is not None and own != ref


def _similarity(item: PublishedPost, post: Post) -> float:
    text = f"{item.title}\n{item.text}"
    planned = [part for part in (post.title, post.body) if part.strip()]
    return max((fuzz.token_set_ratio(part, text, processor=utils.default_process) for part in planned), default=0.0)
