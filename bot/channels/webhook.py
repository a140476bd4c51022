"""The webhook endpoint both channels serve: secret checked and size capped before the body.

Telegram and Zalo post each update as a small JSON body with a secret header. Neither
the secret nor the size can wait for the body: a stranger who found the address could
otherwise make every worker read (and hold) megabytes per request. So the handler
streams: it sees the headers first, answers 403 to a wrong secret and 413 to a body
announced as too big, and only then reads at most ``max_body`` bytes (a body without a
length that grows past it is cut off by tornado with a 400 and a closed connection).

The secret is shared by every worker of an installation: either set explicitly, or
derived from the bot token (:func:`derived_secret`), so that behind a load balancer no
worker answers the platform with 403 because it drew a random secret of its own.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import logging
from collections.abc import Callable
from typing import Any

from tornado.httpserver import HTTPServer
from tornado.web import Application, RequestHandler, stream_request_body

log = logging.getLogger(__name__)

# An update is a few kilobytes (Telegram's texts stop at 4,096 characters, Zalo's at 2,000;
# a file is only referred to): a megabyte leaves room for any of them and no more.
MAX_WEBHOOK_BODY = 1024 * 1024


def derived_secret(token: str, label: str) -> str:
    """A webhook secret every worker with the same bot token computes alike.

    HMAC-SHA256 keyed by the token over a fixed ``label`` (one per channel), written in
    URL-safe base64 without padding: 43 characters of ``A-Za-z0-9_-``, which Telegram
    (1 to 256 of those) and Zalo (8 to 256) both accept. The token cannot be read back
    from it, and a new token gives a new secret.
    """
    digest = hmac.new(token.encode(), label.encode(), hashlib.sha256).digest()
    return base64.urlsafe_b64encode(digest).decode().rstrip("=")


@stream_request_body
class WebhookHandler(RequestHandler):
    """One platform's deliveries: secret, then size, then JSON, then ``accept``."""

    secret_header: str
    secret: str
    accept: Callable[[Any], None]
    max_body: int

    def initialize(
        self,
        secret_header: str,
        secret: str,
        accept: Callable[[Any], None],
        max_body: int = MAX_WEBHOOK_BODY,
    ) -> None:
        """Configured per route by :func:`serve_webhook`."""
        self.secret_header = secret_header
        self.secret = secret
        self.accept = accept
        self.max_body = max_body
        self.chunks: list[bytes] = []

    def prepare(self) -> None:
        """Refuse on the headers alone: a wrong secret (403), a body too big (413)."""
        if self.request.method != "POST":
            self.send_error(405)
            return
        presented = self.request.headers.get(self.secret_header, "")
        if not hmac.compare_digest(presented.encode(), self.secret.encode()):
            self.send_error(403)
            return
        length = self.request.headers.get("Content-Length")
        if length is not None and (not length.isdigit() or int(length) > self.max_body):
            self.send_error(413)
            return
        # A body sent in chunks, with no length announced, is cut off at the cap too.
        if self.request.connection is not None:
            self.request.connection.set_max_body_size(self.max_body)  # type: ignore[attr-defined]

    def data_received(self, chunk: bytes) -> None:
        """Collect the (capped) body."""
        self.chunks.append(chunk)

    def post(self) -> None:
        """Parse the body and hand it over; the update is answered in the background."""
        try:
            body = json.loads(b"".join(self.chunks) or b"{}")
        except ValueError:
            self.set_status(400)
            return
        self.accept(body)
        self.write({"ok": True})


def serve_webhook(
    path: str,
    port: int,
    listen: str,
    *,
    secret_header: str,
    secret: str,
    accept: Callable[[Any], None],
    max_body: int = MAX_WEBHOOK_BODY,
) -> HTTPServer:
    """Listen on ``listen:port`` and answer POSTs to ``/path`` (any path when it is empty)."""
    pattern = "/" + path.strip("/") if path.strip("/") else r"/.*"
    application = Application(
        [
            (
                pattern,
                WebhookHandler,
                {
                    "secret_header": secret_header,
                    "secret": secret,
                    "accept": accept,
                    "max_body": max_body,
                },
            )
        ]
    )
    # The server's own ceiling as well, in case a handler is ever added without the check.
    server = HTTPServer(application, max_body_size=max_body)
    server.listen(port, address=listen)
    return server
