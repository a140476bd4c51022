"""What every response carries and every request is held to: headers, a rate, a body size.

An ASGI middleware around the whole application:

- **Security headers.** A Content-Security-Policy with no inline script or style and no
  framing (``frame-ancestors 'none'``, and ``X-Frame-Options: DENY`` for older browsers),
  unless the page set its own policy (the Mini App's pages, which Telegram's web client
  frames); ``X-Content-Type-Options: nosniff``; ``Referrer-Policy: no-referrer`` (a
  signed link must not travel to another site in a Referer); ``Cache-Control: no-store``
  except for the static files.
- **A rate per client.** At most ``limit`` requests per ``window`` seconds from one
  address, counted in this process; past it, 429 with ``Retry-After``.
- **Request bodies capped.** A declared ``Content-Length`` over the cap is refused before
  the body is read; a body sent in chunks is read up to the cap and refused past it (the
  only body the application takes, the Mini App's ``initData``, is a few kilobytes).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field

from starlette.types import ASGIApp, Message, Receive, Scope, Send

DEFAULT_POLICY = (
    "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; "
    "base-uri 'none'; frame-ancestors 'none'"
)
STATIC_PREFIX = "/static/"
MAX_BODY_BYTES = 16 * 1024
RATE_LIMIT = 120  # requests per window and client
RATE_WINDOW = 60.0  # seconds
_BODILESS = ("GET", "HEAD", "OPTIONS")
# Beyond this many clients tracked at once, windows that ended are forgotten.
_MAX_TRACKED = 10_000


@dataclass
class RateLimiter:
    """Fixed windows per client: ``limit`` requests in each ``window`` seconds."""

    limit: int = RATE_LIMIT
    window: float = RATE_WINDOW
    clock: Callable[[], float] = time.monotonic
    _seen: dict[str, tuple[float, int]] = field(default_factory=dict)

    def allow(self, client: str) -> float:
        """0 when ``client`` may go on; otherwise the seconds until it may."""
        now = self.clock()
        start, count = self._seen.get(client, (now, 0))
        if now - start >= self.window:
            start, count = now, 0
        if count >= self.limit:
            return self.window - (now - start)
        if len(self._seen) >= _MAX_TRACKED and client not in self._seen:
            self._forget_ended(now)
        self._seen[client] = (start, count + 1)
        return 0.0

    def _forget_ended(self, now: float) -> None:
        self._seen = {
            client: seen for client, seen in self._seen.items() if now - seen[0] < self.window
        }


# The page of a refusal the guard answers by itself (413, 429): its body and headers,
# rendered by the application, which knows the pages' language and look.
RefusalPage = Callable[[int], tuple[bytes, dict[str, str]]]


class Guard:
    """The middleware; ``refusal`` renders the page of a 413 or 429."""

    def __init__(
        self,
        app: ASGIApp,
        *,
        refusal: RefusalPage,
        limiter: RateLimiter | None = None,
        max_body: int = MAX_BODY_BYTES,
    ) -> None:
        self.app = app
        self.refusal = refusal
        self.limiter = limiter or RateLimiter()
        self.max_body = max_body

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        static = str(scope.get("path", "")).startswith(STATIC_PREFIX)
        send = _with_headers(send, static=static)
        client = scope.get("client")
        wait = self.limiter.allow(client[0] if client else "?")
        if wait:
            await self._refuse(send, 429, {"retry-after": str(max(1, int(wait + 0.999)))})
            return
        if self._declared_length(scope) > self.max_body:
            await self._refuse(send, 413)
            return
        if scope.get("method", "GET") in _BODILESS:
            await self.app(scope, receive, send)
            return
        replay = await self._read_capped(receive, send)
        if replay is not None:  # otherwise refused (413), or the client went away
            await self.app(scope, replay, send)

    async def _read_capped(self, receive: Receive, send: Send) -> Receive | None:
        """Read the whole body (small by the cap), refusing it past the cap; then hand it
        to the application as one message."""
        body = b""
        more = True
        while more:
            message = await receive()
            if message["type"] == "http.disconnect":
                return None
            body += message.get("body", b"")
            if len(body) > self.max_body:
                await self._refuse(send, 413)
                return None
            more = bool(message.get("more_body", False))
        replayed = False

        async def replay() -> Message:
            nonlocal replayed
            if replayed:
                return await receive()
            replayed = True
            return {"type": "http.request", "body": body, "more_body": False}

        return replay

    def _declared_length(self, scope: Scope) -> int:
        for name, value in scope.get("headers", ()):
            if name == b"content-length":
                try:
                    return int(value)
                except ValueError:
                    return self.max_body + 1  # unreadable: refused as too large
        return 0

    async def _refuse(self, send: Send, status: int, extra: dict[str, str] | None = None) -> None:
        body, headers = self.refusal(status)
        headers = {**headers, **(extra or {}), "content-length": str(len(body))}
        await send(
            {
                "type": "http.response.start",
                "status": status,
                "headers": [
                    (k.encode("latin-1"), v.encode("latin-1")) for k, v in headers.items()
                ],
            }
        )
        await send({"type": "http.response.body", "body": body})


def _with_headers(send: Send, *, static: bool) -> Send:
    """``send`` adding the security headers to the response's start."""

    async def sending(message: Message) -> None:
        if message["type"] == "http.response.start":
            headers = list(message.get("headers", []))
            present = {name.lower() for name, _ in headers}
            wanted = [
                (b"x-content-type-options", b"nosniff"),
                (b"referrer-policy", b"no-referrer"),
                (b"cross-origin-opener-policy", b"same-origin"),
                (b"cache-control", b"public, max-age=3600" if static else b"no-store"),
            ]
            if b"content-security-policy" not in present:
                # A page that frames nothing: nobody may frame it either.
                wanted += [
                    (b"content-security-policy", DEFAULT_POLICY.encode()),
                    (b"x-frame-options", b"DENY"),
                ]
            headers += [(name, value) for name, value in wanted if name not in present]
            message = {**message, "headers": headers}
        await send(message)

    return sending
