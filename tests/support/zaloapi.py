"""A small, real HTTP fake of the Zalo Bot Platform API for end-to-end tests (stdlib only).

Bot side: ``http://127.0.0.1:PORT/bot<TOKEN>/<method>`` (GET or POST; parameters as JSON,
url-encoded form, multipart form or query string) answers the ten documented methods with
Zalo's ``{"ok": ..., "result": ...}`` envelope. Point a client at it with
``base_url=fake.base_url``.

People side: the test drives :class:`FakeZaloUser` objects in the same process. Everything is
guarded by one :class:`threading.Condition`, so a bot polling from another thread, process or
event loop and a test thread that queues updates and waits can run at the same time.

Where the public sources disagree about the real API, switches select either behaviour:
``replay`` (consumed updates reappear on every poll), ``array_results`` (getUpdates answers a
one-element list), ``webhook_body`` (wrapped or raw pushes), ``echo_own_sends`` (the bot's own
sends come back as updates) and ``bare_chat_action_ok`` (sendChatAction answers ``{"ok": true}``
without a ``result``). Only private chats exist: a chat id equals the id of its user.
"""

from __future__ import annotations

import copy
import http.client
import json
import secrets
import threading
import time
from collections import Counter, deque
from collections.abc import Callable
from email.parser import BytesParser
from email.policy import HTTP as HTTP_POLICY
from http.server import BaseHTTPRequestHandler
from typing import Any, Literal, cast
from urllib.parse import parse_qsl, unquote, urlsplit

from tests.support.loopback import LoopbackServer, StartsAndStops

JSON = dict[str, Any]
MessageMatcher = Callable[[JSON], bool] | str

MAX_TEXT_LENGTH = 2000
MIN_SECRET_LENGTH = 8
MAX_SECRET_LENGTH = 256
DEFAULT_POLL_TIMEOUT = 30.0
WEBHOOK_TIMEOUT = 5.0  # seconds the fake waits for the bot to answer one webhook push
SECRET_HEADER = "X-Bot-Api-Secret-Token"
LOOPBACK_HOSTS = frozenset({"127.0.0.1", "localhost", "::1"})
PARSE_MODES = frozenset({"markdown", "html"})
CHAT_ACTIONS = frozenset({"typing"})  # "upload_photo" is documented as "coming soon"
# Zalo's own labels (its error-code page calls 403 "Internal server error", sic).
DEFAULT_DESCRIPTIONS = {
    400: "Bad Request",
    401: "Unauthorized",
    403: "Internal server error",
    404: "Not Found",
    408: "Request timeout",
    429: "Quota exceeded",
    500: "Internal Server Error",
    502: "Bad Gateway",
    503: "Service Unavailable",
}
EVENT_OF_METHOD = {
    "sendMessage": "message.text.received",
    "sendPhoto": "message.image.received",
    "sendSticker": "message.sticker.received",
    "sendVoice": "message.voice.received",
}


class ZaloApiError(Exception):
    """A Bot API error answer: ``{"ok": false, "error_code": ..., "description": ...}``."""

    def __init__(self, error_code: int, description: str, http_status: int | None = None) -> None:
        super().__init__(description)
        self.error_code = error_code
        self.description = description
        self.http_status = error_code if http_status is None else http_status

    def payload(self) -> JSON:
        return {"ok": False, "error_code": self.error_code, "description": self.description}


def new_id() -> str:
    """A user, chat or message id as Zalo writes them: 20 lower-case hex digits."""
    return secrets.token_hex(10)


def now_ms() -> int:
    return int(time.time() * 1000)


def utf16_length(text: str) -> int:
    """Length in UTF-16 code units: Zalo does not say how it counts its 2000-character limit,
    so the fake uses the stricter count (text_styles offsets are UTF-16)."""
    return len(text.encode("utf-16-le")) // 2


# ----------------------------------------------------------------------------------------------
# Request parsing


def parse_params(content_type: str, body: bytes, query: str) -> JSON:
    """Parameters of one request: the query string, overridden by the body's."""
    params: JSON = dict(parse_qsl(query, keep_blank_values=True))
    if not body:
        return params
    header = BytesParser(policy=HTTP_POLICY).parsebytes(
        f"Content-Type: {content_type or 'application/octet-stream'}\r\n\r\n".encode("latin-1")
        + body
    )
    mime = header.get_content_type()
    if mime == "application/json":
        try:
            loaded = json.loads(body)
        except ValueError as error:
            raise ZaloApiError(400, "Bad Request: invalid JSON body") from error
        if not isinstance(loaded, dict):
            raise ZaloApiError(400, "Bad Request: the JSON body must be an object")
        params.update(loaded)
    elif mime == "application/x-www-form-urlencoded":
        params.update(parse_qsl(body.decode("utf-8"), keep_blank_values=True))
    elif mime == "multipart/form-data":
        for part in header.iter_parts():
            name = part.get_param("name", header="content-disposition")
            if isinstance(name, str):
                content = part.get_payload(decode=True)
                params[name] = content.decode("utf-8") if isinstance(content, bytes) else ""
    else:
        raise ZaloApiError(400, f"Bad Request: unsupported Content-Type {mime}")
    return params


def param_str(params: JSON, name: str) -> str | None:
    """A parameter as a string; clients may send ids or numbers as JSON numbers."""
    value = params.get(name)
    if value is None:
        return None
    if isinstance(value, bool):
        return "true" if value else "false"
    return value if isinstance(value, str) else str(value)


def required_str(params: JSON, name: str) -> str:
    value = param_str(params, name)
    if not value:
        raise ZaloApiError(400, f"Bad Request: {name} is required")
    return value


def poll_timeout(params: JSON) -> float:
    """getUpdates' ``timeout``: seconds as a number or a string (clients send both)."""
    value = params.get("timeout")
    if value is None or value == "":
        return DEFAULT_POLL_TIMEOUT
    if isinstance(value, bool):
        raise ZaloApiError(400, "Bad Request: timeout must be a number")
    try:
        return max(float(value), 0.0)
    except (TypeError, ValueError) as error:
        raise ZaloApiError(400, "Bad Request: timeout must be a number") from error


def is_http_url(value: str) -> bool:
    parts = urlsplit(value)
    return parts.scheme in {"http", "https"} and bool(parts.hostname)


def describe(record: JSON) -> str:
    """A one-line description of a recorded bot send for assertion errors."""
    if "text" in record:
        body = repr(record["text"])
    elif "photo" in record:
        body = f"[photo {record['photo']}] {record.get('caption', '')!r}"
    elif "sticker" in record:
        body = f"[sticker {record['sticker']}]"
    elif "voice_url" in record:
        body = f"[voice {record['voice_url']}]"
    else:
        body = "[message]"
    return f"{record.get('message_id')} {record.get('method')}: {body}"


def _contains(needle: str) -> Callable[[JSON], bool]:
    def match(record: JSON) -> bool:
        fields = ("text", "caption", "photo", "sticker", "voice_url")
        return any(needle in str(record[key]) for key in fields if key in record)

    return match


def _json_bytes(payload: Any) -> bytes:
    return json.dumps(payload, ensure_ascii=False).encode("utf-8")


def post_json(url: str, payload: Any, secret: str | None) -> int:
    """POSTs a JSON body as Zalo's webhook pushes do; returns the HTTP status answered."""
    parts = urlsplit(url)
    connection_type = (
        http.client.HTTPSConnection if parts.scheme == "https" else http.client.HTTPConnection
    )
    connection = connection_type(parts.netloc, timeout=WEBHOOK_TIMEOUT)
    headers = {"Content-Type": "application/json"}
    if secret is not None:
        headers[SECRET_HEADER] = secret
    path = parts.path or "/"
    if parts.query:
        path = f"{path}?{parts.query}"
    try:
        connection.request("POST", path, body=_json_bytes(payload), headers=headers)
        response = connection.getresponse()
        response.read()
        return response.status
    finally:
        connection.close()


# ----------------------------------------------------------------------------------------------
# HTTP plumbing


class _Server(LoopbackServer):
    def __init__(self, fake: ZaloBotApiFake) -> None:
        self.fake = fake
        super().__init__(_Handler)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "ZaloBotApiFake/1.0"
    timeout = 30  # seconds an idle keep-alive connection may stay open
    # Headers and body go out in two writes; with Nagle on, delayed ACKs add ~40 ms to each.
    disable_nagle_algorithm = True

    def do_GET(self) -> None:
        self._handle()

    def do_POST(self) -> None:
        self._handle()

    def log_message(self, format: str, *args: Any) -> None:
        """Quiet: tests read the fake's records instead."""

    def _handle(self) -> None:
        fake = cast(_Server, self.server).fake
        url = urlsplit(self.path)
        try:
            body = self._read_body()
        except (OSError, ValueError):
            self.close_connection = True
            return
        status, payload = fake._serve(
            url.path, url.query, self.headers.get("Content-Type", ""), body
        )
        data = _json_bytes(payload)
        try:
            self.send_response(status)
            self.send_header("Content-Type", "application/json; charset=utf-8")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)
            self.wfile.flush()
        except OSError:  # the client gave up (e.g. its read timeout was shorter than a stall)
            self.close_connection = True

    def _read_body(self) -> bytes:
        if self.headers.get("Transfer-Encoding", "").lower() == "chunked":
            chunks: list[bytes] = []
            while True:
                size = int(self.rfile.readline().split(b";")[0].strip() or b"0", 16)
                if size == 0:
                    while self.rfile.readline().strip():
                        pass
                    return b"".join(chunks)
                chunks.append(self.rfile.read(size))
                self.rfile.readline()
        return self.rfile.read(int(self.headers.get("Content-Length") or 0))


# ----------------------------------------------------------------------------------------------
# The fake


class ZaloBotApiFake(StartsAndStops):
    """An in-memory Zalo Bot API server on ``127.0.0.1`` with a port chosen by the OS.

    Records, for assertions (append-only, safe to read from any thread):

    * ``sent``: every bot send (sendMessage, sendPhoto, sendSticker, sendVoice) as
      ``{"method", "chat_id", <content>, "message_id", "date"}``.
    * ``calls``: every request with a valid token, as (method, parameters).
    * ``deliveries``: every update getUpdates answered, in order (replays included).
    * ``webhook_deliveries``: (HTTP status the bot answered, body) of every webhook push;
      status 0 when the push could not be made at all.
    * ``chat_actions``: every accepted sendChatAction, as ``{"chat_id", "action"}``.

    ``send_delays[chat_id] = seconds`` makes every later send to that chat wait that long
    before it runs and answers (a slow path to one chat); other chats' sends go on meanwhile.
    ``most_concurrent_sends[chat_id]``: the most sends to that chat ever in flight at once
    (1 for a bot that waits for one answer before sending the next).
    """

    def __init__(
        self,
        token: str = "1234567890:zalo-test-secret",
        bot_id: str = "1459232241454765289",
        *,
        max_poll_seconds: float = 1.0,
    ) -> None:
        self.token = token
        self.bot_id = bot_id
        self.account_name = "bot.NhacViec"
        self.max_poll_seconds = max_poll_seconds
        self.replay = False
        self.echo_own_sends = False
        self.array_results = False
        self.webhook_body: Literal["wrapped", "raw"] = "wrapped"
        self.bare_chat_action_ok = False
        self.send_quota: int | None = None  # sends allowed before 429 "Quota exceeded"
        self.send_delays: dict[str, float] = {}  # chat id -> seconds every send to it waits
        self.most_concurrent_sends: dict[str, int] = {}  # chat id -> most sends in flight

        self.sent: list[JSON] = []
        self.calls: list[tuple[str, JSON]] = []
        self.deliveries: list[Any] = []
        self.webhook_deliveries: list[tuple[int, JSON]] = []
        self.chat_actions: list[JSON] = []

        self._cond = threading.Condition()
        self._users: dict[str, FakeZaloUser] = {}
        self._pending: deque[Any] = deque()  # updates not yet answered by getUpdates
        self._consumed: list[Any] = []  # what replay mode hands out again
        self._replay_index = 0
        self._pushes: deque[tuple[str, str, JSON]] = deque()  # (url, secret, body) to POST
        self._webhook_url: str | None = None  # None: never set; "": deleted
        self._webhook_secret = ""
        self._webhook_updated_at = 0
        self._faults: dict[str, deque[ZaloApiError]] = {}
        self._stalls: dict[str, deque[float]] = {}
        self._sending: Counter[str] = Counter()  # sends in flight, by chat id
        self._stopping = False
        self._server: _Server | None = None
        self._threads: list[threading.Thread] = []
        self._methods: dict[str, Callable[[JSON], Any]] = {
            "getMe": self._get_me,
            "getUpdates": self._get_updates,
            "setWebhook": self._set_webhook,
            "deleteWebhook": self._delete_webhook,
            "getWebhookInfo": self._get_webhook_info,
            "sendMessage": self._send_message,
            "sendPhoto": self._send_photo,
            "sendSticker": self._send_sticker,
            "sendVoice": self._send_voice,
            "sendChatAction": self._send_chat_action,
        }

    # -- life cycle ----------------------------------------------------------------------------

    def start(self) -> None:
        if self._server is not None:
            raise RuntimeError("the fake is already running")
        self._stopping = False
        self._server = _Server(self)
        self._threads = [
            threading.Thread(
                target=self._server.serve_forever,
                kwargs={"poll_interval": 0.05},
                name="zalo-api-fake",
                daemon=True,
            ),
            threading.Thread(target=self._push_worker, name="zalo-api-fake-webhook", daemon=True),
        ]
        for thread in self._threads:
            thread.start()

    def stop(self) -> None:
        server = self._server
        if server is None:
            return
        with self._cond:
            self._stopping = True  # ends long polls, stalls and the webhook worker
            self._cond.notify_all()
        server.shutdown()
        server.close_connections()
        server.server_close()
        for thread in self._threads:
            thread.join()
        self._server = None
        self._threads = []

    @property
    def port(self) -> int:
        if self._server is None:
            raise RuntimeError("the fake is not running")
        return int(self._server.server_address[1])

    @property
    def base_url(self) -> str:
        """``http://127.0.0.1:PORT``: the client calls ``f"{base_url}/bot{token}/{method}"``."""
        return f"http://127.0.0.1:{self.port}"

    @property
    def webhook_url(self) -> str | None:
        """The webhook the bot registered: None if it never set one, "" once deleted."""
        with self._cond:
            return self._webhook_url

    # -- test side -----------------------------------------------------------------------------

    def user(self, display_name: str, *, user_id: str | None = None) -> FakeZaloUser:
        """A person who talks to the bot in a private chat (chat id == user id)."""
        with self._cond:
            user = FakeZaloUser(self, user_id or new_id(), display_name)
            self._users[user.id] = user
            return user

    def fail_next(
        self,
        method: str,
        error_code: int,
        description: str | None = None,
        *,
        times: int = 1,
        http_status: int | None = None,
    ) -> None:
        """The next ``times`` calls of ``method`` fail with this error instead of running.

        ``http_status`` defaults to ``error_code``; pass 200 for an ``ok: false`` body on a
        successful HTTP status (Zalo's docs warn that HTTP 2xx alone is not success).
        """
        text = description or DEFAULT_DESCRIPTIONS.get(error_code, f"Error {error_code}")
        with self._cond:
            faults = self._faults.setdefault(method, deque())
            faults.extend(ZaloApiError(error_code, text, http_status) for _ in range(times))

    def stall_next(self, method: str, seconds: float, *, times: int = 1) -> None:
        """The next ``times`` calls of ``method`` wait ``seconds`` before running and answering.

        The call still runs after the wait, so a send whose client timed out is recorded all
        the same (Zalo has no idempotency key: a timed-out send may have been delivered).
        """
        with self._cond:
            self._stalls.setdefault(method, deque()).extend([seconds] * times)

    def push_raw(self, payload: JSON) -> None:
        """Queues an arbitrary (possibly malformed) update as given, for getUpdates or, while a
        webhook is set, for a push (shaped by ``webhook_body`` like any other update)."""
        with self._cond:
            self._queue_update(copy.deepcopy(payload))

    def pending_updates(self) -> list[Any]:
        """Updates queued for getUpdates and not yet answered."""
        with self._cond:
            return copy.deepcopy(list(self._pending))

    def webhook_post(self, payload: JSON, secret: str | None) -> int:
        """POSTs ``payload`` as-is to the registered webhook with this secret header (none when
        ``secret`` is None); returns the HTTP status. Not recorded in ``webhook_deliveries``."""
        with self._cond:
            url = self._webhook_url
        if not url:
            raise RuntimeError("no webhook is set")
        return post_json(url, payload, secret)

    def wait_until(
        self, condition: Callable[[], bool], timeout: float = 10.0, what: str = "condition"
    ) -> None:
        """Waits (no polling) until ``condition()`` holds; it is checked after every change."""
        deadline = time.monotonic() + timeout
        with self._cond:
            while not condition():
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise AssertionError(f"timed out after {timeout} s waiting for {what}")
                self._cond.wait(remaining)

    # -- HTTP entry points ---------------------------------------------------------------------

    def _serve(self, path: str, query: str, content_type: str, body: bytes) -> tuple[int, Any]:
        path = unquote(path)  # clients may percent-encode the token's ":"
        if not path.startswith("/bot"):
            return 404, ZaloApiError(404, "Not Found").payload()
        token, _, method = path.removeprefix("/bot").partition("/")
        if token != self.token:
            return 401, ZaloApiError(401, "Unauthorized").payload()
        try:
            params = parse_params(content_type, body, query)
        except ZaloApiError as error:
            return error.http_status, error.payload()
        return self._call(method, params)

    def _call(self, method: str, params: JSON) -> tuple[int, Any]:
        chat = (param_str(params, "chat_id") or "") if method in EVENT_OF_METHOD else None
        with self._cond:
            self.calls.append((method, copy.deepcopy(params)))
            self._cond.notify_all()
            stalls = self._stalls.get(method)
            if stalls:
                self._hold(stalls.popleft())
            if chat is not None:
                self._sending[chat] += 1
                most = max(self.most_concurrent_sends.get(chat, 0), self._sending[chat])
                self.most_concurrent_sends[chat] = most
                self._hold(self.send_delays.get(chat, 0.0))
            faults = self._faults.get(method)
            fault = faults.popleft() if faults else None
        handler = self._methods.get(method)  # method names are case-sensitive on Zalo
        try:
            if fault is not None:
                raise fault
            if handler is None:
                raise ZaloApiError(404, "Not Found")
            result = handler(params)
        except ZaloApiError as error:
            return error.http_status, error.payload()
        finally:
            with self._cond:
                if chat is not None:
                    self._sending[chat] -= 1
                self._cond.notify_all()
        if method == "sendChatAction" and self.bare_chat_action_ok:
            return 200, {"ok": True}
        return 200, {"ok": True, "result": result}

    # -- helpers (call with the lock held) -------------------------------------------------------

    def _hold(self, seconds: float) -> None:
        """Waits ``seconds`` (less when the fake stops), letting other requests run meanwhile."""
        deadline = time.monotonic() + seconds
        while not self._stopping and (remaining := deadline - time.monotonic()) > 0:
            self._cond.wait(remaining)

    def _chat_of(self, params: JSON) -> FakeZaloUser:
        chat_id = required_str(params, "chat_id")
        user = self._users.get(chat_id)
        if user is None:
            raise ZaloApiError(400, "Bad Request: chat not found")
        return user

    def _checked_text(self, params: JSON, name: str, *, required: bool) -> str | None:
        value = param_str(params, name)
        if value is None or value == "":
            if required:
                raise ZaloApiError(400, f"Bad Request: {name} is required")
            return None
        if utf16_length(value) > MAX_TEXT_LENGTH:
            raise ZaloApiError(400, f"Bad Request: {name} too long")
        return value

    def _checked_url(self, params: JSON, name: str) -> str:
        value = required_str(params, name)
        if not is_http_url(value):
            raise ZaloApiError(400, f"Bad Request: {name} must be an http(s) URL")
        return value

    def _record_send(self, user: FakeZaloUser, method: str, content: JSON) -> JSON:
        if self.send_quota is not None:
            if self.send_quota <= 0:
                raise ZaloApiError(429, "Quota exceeded")
            self.send_quota -= 1
        result: JSON = {"message_id": new_id(), "date": now_ms()}
        self.sent.append({"method": method, "chat_id": user.id, **content, **result})
        if self.echo_own_sends:
            # Zalo redelivers the bot's own sends (measured by GoClaw). What it puts in is_bot
            # is unknown, so the echo leaves False: only the documented from.id check drops it.
            bot = {"id": self.bot_id, "display_name": self.account_name, "is_bot": False}
            message = {"from": bot, "chat": user.as_chat(), **content, **result}
            self._queue_update({"event_name": EVENT_OF_METHOD[method], "message": message})
        return result

    def _queue_update(self, update: Any) -> None:
        """Hands an update to the webhook when one is set, else to getUpdates."""
        if self._webhook_url:
            body = {"ok": True, "result": update} if self.webhook_body == "wrapped" else update
            self._pushes.append((self._webhook_url, self._webhook_secret, body))
        else:
            self._pending.append(update)
        self._cond.notify_all()

    def _push_worker(self) -> None:
        """Delivers webhook pushes one at a time, in order, outside the lock."""
        while True:
            with self._cond:
                while not self._pushes and not self._stopping:
                    self._cond.wait()
                if self._stopping:
                    return
                url, secret, body = self._pushes.popleft()
            try:
                status = post_json(url, body, secret)
            except OSError:
                status = 0
            with self._cond:
                self.webhook_deliveries.append((status, body))
                self._cond.notify_all()

    # -- bot methods ---------------------------------------------------------------------------

    def _get_me(self, params: JSON) -> JSON:
        return {
            "id": self.bot_id,
            "account_name": self.account_name,
            "account_type": "BASIC",
            "can_join_groups": False,
        }

    def _get_updates(self, params: JSON) -> Any:
        deadline = time.monotonic() + min(poll_timeout(params), self.max_poll_seconds)
        with self._cond:
            while True:
                if self._webhook_url:
                    raise ZaloApiError(
                        400, "Bad Request: webhook is set; call deleteWebhook to use getUpdates"
                    )
                if self._stopping:
                    raise ZaloApiError(408, "Request timeout")
                if self._pending:
                    update = self._pending.popleft()
                    self._consumed.append(update)
                    break
                if self.replay and self._consumed:
                    # Measured: consumed updates come back, and at once, on every poll.
                    update = self._consumed[self._replay_index % len(self._consumed)]
                    self._replay_index += 1
                    break
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise ZaloApiError(408, "Request timeout")
                self._cond.wait(remaining)
            update = copy.deepcopy(update)
            self.deliveries.append(copy.deepcopy(update))
            return [update] if self.array_results else update

    def _set_webhook(self, params: JSON) -> JSON:
        url = required_str(params, "url")
        secret = required_str(params, "secret_token")
        parts = urlsplit(url)
        # Zalo wants public HTTPS; the fake also takes loopback http so tests need no TLS.
        loopback = parts.scheme == "http" and parts.hostname in LOOPBACK_HOSTS
        if not (parts.scheme == "https" and parts.hostname) and not loopback:
            raise ZaloApiError(400, "Bad Request: url must be a public HTTPS URL")
        if not MIN_SECRET_LENGTH <= len(secret) <= MAX_SECRET_LENGTH:
            raise ZaloApiError(400, "Bad Request: secret_token must be 8-256 characters")
        with self._cond:
            self._webhook_url, self._webhook_secret = url, secret
            self._webhook_updated_at = now_ms()
            return {"url": url, "updated_at": self._webhook_updated_at}

    def _delete_webhook(self, params: JSON) -> JSON:
        with self._cond:
            self._webhook_url, self._webhook_secret = "", ""
            self._webhook_updated_at = now_ms()
            return {"url": "", "updated_at": self._webhook_updated_at}

    def _get_webhook_info(self, params: JSON) -> JSON:
        with self._cond:
            if self._webhook_url is None:  # measured: a bot that never had one gets 404
                raise ZaloApiError(404, "Not Found")
            return {"url": self._webhook_url, "updated_at": self._webhook_updated_at}

    def _send_message(self, params: JSON) -> JSON:
        with self._cond:
            user = self._chat_of(params)
            content: JSON = {"text": self._checked_text(params, "text", required=True)}
            parse_mode = param_str(params, "parse_mode")
            if parse_mode is not None:
                if parse_mode not in PARSE_MODES:
                    raise ZaloApiError(400, "Bad Request: parse_mode must be markdown or html")
                content["parse_mode"] = parse_mode
            if params.get("text_styles") is not None:
                content["text_styles"] = copy.deepcopy(params["text_styles"])
            return self._record_send(user, "sendMessage", content)

    def _send_photo(self, params: JSON) -> JSON:
        with self._cond:
            user = self._chat_of(params)
            content: JSON = {"photo": self._checked_url(params, "photo")}
            caption = self._checked_text(params, "caption", required=False)
            if caption is not None:
                content["caption"] = caption
            return self._record_send(user, "sendPhoto", content)

    def _send_sticker(self, params: JSON) -> JSON:
        with self._cond:
            user = self._chat_of(params)
            content = {"sticker": required_str(params, "sticker")}
            return self._record_send(user, "sendSticker", content)

    def _send_voice(self, params: JSON) -> JSON:
        with self._cond:
            user = self._chat_of(params)
            content = {"voice_url": self._checked_url(params, "voice_url")}
            return self._record_send(user, "sendVoice", content)

    def _send_chat_action(self, params: JSON) -> bool:
        with self._cond:
            user = self._chat_of(params)
            action = required_str(params, "action")
            if action not in CHAT_ACTIONS:
                raise ZaloApiError(400, "Bad Request: unsupported action")
            self.chat_actions.append({"chat_id": user.id, "action": action})
            return True

    # -- people side internals (called by FakeZaloUser) ------------------------------------------

    def _user_message(self, user: FakeZaloUser, event_name: str, content: JSON) -> JSON:
        with self._cond:
            message: JSON = {
                "from": user.as_from(),
                "chat": user.as_chat(),
                **content,
                "message_id": new_id(),
                "date": now_ms(),
            }
            self._queue_update({"event_name": event_name, "message": copy.deepcopy(message)})
            return message

    def _records_of(self, user: FakeZaloUser, start: int = 0) -> list[JSON]:
        return [record for record in self.sent[start:] if record["chat_id"] == user.id]

    def _wait_for(self, user: FakeZaloUser, matcher: MessageMatcher, timeout: float) -> JSON:
        match = matcher if callable(matcher) else _contains(matcher)
        deadline = time.monotonic() + timeout
        with self._cond:
            checked = user._mark
            while True:
                for record in self._records_of(user, checked):
                    if match(record):
                        return copy.deepcopy(record)
                checked = len(self.sent)
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    break
                self._cond.wait(remaining)
            seen = [f"  {describe(record)}" for record in self._records_of(user, user._mark)]
            raise AssertionError(
                f"no bot send to {user} matched {matcher!r} within {timeout} s; "
                "sends since mark:\n" + ("\n".join(seen) or "  (none)") + "\n"
                f"{len(self._pending)} update(s) not yet fetched through getUpdates"
            )


class FakeZaloUser:
    """A person in a private chat with the bot (chat id == user id, both 20-hex strings)."""

    def __init__(self, fake: ZaloBotApiFake, user_id: str, display_name: str) -> None:
        self.fake = fake
        self.id = user_id
        self.display_name = display_name
        self._mark = len(fake.sent)

    def __repr__(self) -> str:
        return f"FakeZaloUser({self.id!r}, {self.display_name!r})"

    @property
    def chat_id(self) -> str:
        return self.id

    def as_from(self) -> JSON:
        return {"id": self.id, "display_name": self.display_name, "is_bot": False}

    def as_chat(self) -> JSON:
        return {"id": self.id, "chat_type": "PRIVATE"}

    def send(self, text: str) -> JSON:
        """Queues a ``message.text.received`` update; returns its message."""
        return self.fake._user_message(self, "message.text.received", {"text": text})

    def send_image(self, url: str, caption: str = "") -> JSON:
        """Queues ``message.image.received``; the URL is under both names seen in the wild."""
        content: JSON = {"photo": url, "photo_url": url}
        if caption:
            content["caption"] = caption
        return self.fake._user_message(self, "message.image.received", content)

    def send_sticker(self, sticker: str, url: str = "") -> JSON:
        content: JSON = {"sticker": sticker}
        if url:
            content["url"] = url
        return self.fake._user_message(self, "message.sticker.received", content)

    def send_voice(self, voice_url: str) -> JSON:
        content = {"voice_url": voice_url}
        return self.fake._user_message(self, "message.voice.received", content)

    def send_unsupported(self) -> JSON:
        """Queues ``message.unsupported.received``: Zalo withholds the content of protected
        users (children, people with disabilities...), so the message has none."""
        return self.fake._user_message(self, "message.unsupported.received", {})

    def messages(self) -> list[JSON]:
        """The bot's sends to this chat, in order."""
        with self.fake._cond:
            return copy.deepcopy(self.fake._records_of(self))

    def mark(self) -> None:
        """Later :meth:`wait_for` calls only look at sends made after now."""
        with self.fake._cond:
            self._mark = len(self.fake.sent)

    def wait_for(self, predicate_or_substring: MessageMatcher, timeout: float = 10.0) -> JSON:
        """The first bot send to this chat since :meth:`mark` that matches (a substring of its
        text, caption or URL, or a predicate on the record), waiting up to ``timeout``."""
        return self.fake._wait_for(self, predicate_or_substring, timeout)
