"""The secret in the address: every request and the websocket must carry it, else a German 403 page."""

from __future__ import annotations

import hmac
import secrets
from collections.abc import Awaitable, Callable

from aiohttp import web
from aiohttp.typedefs import Middleware

# The only address served on: any local user can reach a loopback port, so the token guards it; other
# interfaces would hand the advisor's clients to the whole network.
LOOPBACK = "127.0.0.1"

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]

FORBIDDEN_PAGE = """<!DOCTYPE html>
<html lang="de">
<head><meta charset="utf-8"><title>Zugriff verweigert – advisor-tui</title><link rel="icon" href="data:,"></head>
<body style="font-family: sans-serif; max-width: 40em; margin: 4em auto; line-height: 1.5">
<h1>Zugriff verweigert</h1>
<p>Diese Adresse braucht den geheimen Schlüssel, den <code>advisor-tui serve</code> beim Start im Terminal
ausgibt. Bitte die dort gezeigte Adresse vollständig öffnen (mit dem langen Teil nach dem Port).</p>
<p>Läuft der Server nicht mehr, erzeugt ein neuer Start einen neuen Schlüssel und damit eine neue Adresse.</p>
</body>
</html>
"""

# Nothing of the page is cached, leaks the address in a Referer, or is framed by another page.
PRIVATE_HEADERS = {
    "Cache-Control": "no-store",
    "Referrer-Policy": "no-referrer",
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
}


def new_token() -> str:
    """A fresh secret for one server run (256 bits, URL-safe)."""
    return secrets.token_urlsafe(32)


def carries_token(path: str, token: str) -> bool:
    """Whether the path's first segment is the token, compared in constant time."""
    first = path.lstrip("/").split("/", 1)[0]
    return hmac.compare_digest(first.encode("utf-8"), token.encode("utf-8"))


def forbidden() -> web.Response:
    """The German refusal for a request without the right token."""
    return web.Response(status=403, text=FORBIDDEN_PAGE, content_type="text/html", charset="utf-8")


def token_guard(token: str) -> Middleware:
    """An aiohttp middleware that refuses every request whose path does not start with the token."""

    @web.middleware
    async def guard(request: web.Request, handler: Handler) -> web.StreamResponse:
        # Before routing's result is used: a wrong path gets the same answer as a wrong token, so nothing is probed.
        if not carries_token(request.path, token):
            return forbidden()
        return await handler(request)

    return guard


async def add_private_headers(request: web.Request, response: web.StreamResponse) -> None:
    """`on_response_prepare` hook: the private headers on every answer, the websocket's and static files' too."""
    for name, value in PRIVATE_HEADERS.items():
        response.headers.setdefault(name, value)
