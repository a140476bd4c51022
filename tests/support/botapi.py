"""A small, real HTTP Telegram Bot API emulator for end-to-end tests (standard library only).

Bot side: ``http://127.0.0.1:PORT/bot<TOKEN>/<method>`` answers what python-telegram-bot 22
asks of the real Bot API (parameters as JSON, url-encoded form or multipart/form-data), and
``http://127.0.0.1:PORT/file/bot<TOKEN>/<file_path>`` serves files a test registered.
Point a bot at it with ``base_url=emulator.base_url`` and ``base_file_url=emulator.base_file_url``
(for the ``nhacviec`` process: ``TELEGRAM_API_URL=emulator.base_url``).

People side: the test drives :class:`FakeUser` objects in the same process. Everything is
guarded by one :class:`threading.Condition`, so a bot polling from another process or from an
event loop and a test thread that queues updates and waits can run at the same time.

Only private chats exist: a chat id equals the id of its user, and sending to a chat whose user
was never created with :meth:`BotApiEmulator.user` fails with "chat not found", as on Telegram.

Faults: :meth:`BotApiEmulator.fail_next` fails the next calls of a method with a chosen error;
:meth:`BotApiEmulator.fail_randomly` fails a seeded random share of the calls with a 429, a 500,
an answer that never comes (the client times out) or a dropped connection, and counts them.
"""

from __future__ import annotations

import contextlib
import copy
import functools
import html
import itertools
import json
import random
import re
import select
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from email.message import Message as EmailMessage
from html.parser import HTMLParser
from http.server import BaseHTTPRequestHandler
from pathlib import PurePosixPath
from typing import Any, cast
from urllib.parse import parse_qsl, unquote, urlsplit

from tests.support.loopback import LoopbackServer, StartsAndStops

JSON = dict[str, Any]
MessageMatcher = Callable[[JSON], bool] | str

MAX_MESSAGE_LENGTH = 4096
MAX_CAPTION_LENGTH = 1024
MAX_CALLBACK_DATA_BYTES = 64
MAX_COMMANDS = 100
MAX_POLL_SECONDS = 2.0

BOT_COMMAND = re.compile(r"[a-z0-9_]{1,32}")
LEADING_COMMAND = re.compile(r"/[A-Za-z0-9_]{1,32}(?:@[A-Za-z0-9_]{1,64})?")
DISPOSITION_PARAM = re.compile(r';\s*([A-Za-z0-9_*-]+)\s*=\s*("(?:[^"\\]|\\.)*"|[^;]*)')
HTML5_ESCAPE = re.compile(r"%(22|[01][0-9A-Fa-f])")
# Tags Telegram accepts with parse_mode=HTML (https://core.telegram.org/bots/api#html-style).
HTML_TAGS = frozenset(
    {"b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "span", "tg-spoiler", "a"}
    | {"tg-emoji", "code", "pre", "blockquote", "tg-time"}
)
BUTTON_ACTIONS = frozenset(
    {"url", "callback_data", "web_app", "login_url", "switch_inline_query", "pay"}
    | {"switch_inline_query_current_chat", "switch_inline_query_chosen_chat", "copy_text"}
    | {"callback_game"}
)
CHAT_ACTIONS = frozenset(
    {"typing", "upload_photo", "record_video", "upload_video", "record_voice", "upload_voice"}
    | {"upload_document", "choose_sticker", "find_location", "record_video_note"}
    | {"upload_video_note"}
)
# Keys the emulator keeps on its records of messages that Telegram itself does not send.
PRIVATE_KEYS = frozenset(
    {"chat_id", "method", "parse_mode", "raw_text", "raw_caption", "deleted", "file_bytes"}
    | {"event"}
)
DEFAULT_DESCRIPTIONS = {
    400: "Bad Request",
    401: "Unauthorized",
    403: "Forbidden: bot was blocked by the user",
    404: "Not Found",
    409: "Conflict",
    429: "Too Many Requests: retry after {retry_after}",
    500: "Internal Server Error",
    502: "Bad Gateway",
}
# What :meth:`BotApiEmulator.fail_randomly` can inject, and what python-telegram-bot makes of it:
# "429": HTTP 429 with parameters.retry_after (RetryAfter); "500": HTTP 500 Internal Server
# Error (NetworkError); "timeout": the call is carried out (a message is sent) but no answer
# comes until the client gives up (httpx ReadTimeout, TimedOut); "disconnect": the call is
# carried out, then the connection closes without an answer (httpx RemoteProtocolError,
# NetworkError).
FAULT_KINDS = ("429", "500", "timeout")
ALL_FAULT_KINDS = frozenset({*FAULT_KINDS, "disconnect"})
NOT_MODIFIED = (
    "Bad Request: message is not modified: specified new message content and reply markup "
    "are exactly the same as a current content and reply markup of the message"
)


class ApiError(Exception):
    """A Bot API error answer: ``{"ok": false, "error_code": ..., "description": ...}``."""

    def __init__(self, error_code: int, description: str, retry_after: int | None = None) -> None:
        super().__init__(description)
        self.error_code = error_code
        self.description = description
        self.retry_after = retry_after

    def payload(self) -> JSON:
        body: JSON = {"ok": False, "error_code": self.error_code, "description": self.description}
        if self.retry_after is not None:
            body["parameters"] = {"retry_after": self.retry_after}
        return body


@dataclass(frozen=True)
class InjectedFault:
    """One call that :meth:`BotApiEmulator.fail_randomly` made fail.

    ``message_id`` is set when a "timeout" or "disconnect" call still sent its message: the
    person got it though the bot never heard so (the bot may well send it again).
    """

    method: str
    kind: str
    chat_id: int | None
    message_id: int | None = None


class Withheld(Exception):
    """Raised by ``_call`` for no answer to a request: hold it until the client gives up (or
    ``hold_seconds``) for a "timeout", close the connection at once for a "disconnect"."""

    def __init__(self, kind: str, hold_seconds: float) -> None:
        super().__init__(kind)
        self.kind = kind
        self.hold_seconds = hold_seconds


@dataclass
class RandomFaults:
    """The settings of :meth:`BotApiEmulator.fail_randomly` for one method."""

    ratio: float
    kinds: tuple[str, ...]
    rng: random.Random  # one per method: its faults do not depend on the other methods' calls
    retry_after: int
    hold_seconds: float


@dataclass(frozen=True)
class Upload:
    """One file part of a multipart/form-data request."""

    field: str
    filename: str
    content_type: str
    content: bytes


@dataclass
class StoredFile:
    """A file the emulator knows by file_id (uploaded by the bot or registered by a test)."""

    file_id: str
    file_unique_id: str
    file_name: str
    file_path: str
    mime_type: str | None
    content: bytes | None

    def document(self) -> JSON:
        document: JSON = {
            "file_id": self.file_id,
            "file_unique_id": self.file_unique_id,
            "file_name": self.file_name,
        }
        if self.mime_type:
            document["mime_type"] = self.mime_type
        if self.content is not None:
            document["file_size"] = len(self.content)
        return document


# ----------------------------------------------------------------------------------------------
# Request parsing


def utf16_length(text: str) -> int:
    """Length as Telegram counts it: in UTF-16 code units."""
    return len(text.encode("utf-16-le")) // 2


def parse_request(content_type: str, body: bytes, query: str) -> tuple[JSON, dict[str, Upload]]:
    """Parameters (query string plus body) and uploaded files of one Bot API request."""
    params: JSON = dict(parse_qsl(query, keep_blank_values=True))
    files: dict[str, Upload] = {}
    if not body:
        return params, files
    header = EmailMessage()
    header["Content-Type"] = content_type or "application/octet-stream"
    mime = header.get_content_type()
    if mime == "application/json":
        try:
            loaded = json.loads(body)
        except ValueError as error:
            raise ApiError(400, "Bad Request: can't parse JSON request body") from error
        if not isinstance(loaded, dict):
            raise ApiError(400, "Bad Request: the JSON request body must be an object")
        params.update(loaded)
    elif mime == "application/x-www-form-urlencoded":
        params.update(parse_qsl(body.decode("utf-8"), keep_blank_values=True))
    elif mime == "multipart/form-data":
        boundary = header.get_boundary()
        if not boundary:
            raise ApiError(400, "Bad Request: multipart request without a boundary")
        for name, filename, part_type, content in multipart_parts(body, boundary):
            if filename is None:
                params[name] = content.decode("utf-8")
            else:
                files[name] = Upload(name, filename, part_type, content)
    else:
        raise ApiError(400, f"Bad Request: unsupported Content-Type {mime}")
    return params, files


def multipart_parts(body: bytes, boundary: str) -> Iterator[tuple[str, str | None, str, bytes]]:
    """(name, filename or None, content type, content) for each part of a multipart body."""
    for chunk in body.split(b"--" + boundary.encode("latin-1"))[1:]:
        if chunk.startswith(b"--"):
            return
        head, separator, content = chunk.removeprefix(b"\r\n").partition(b"\r\n\r\n")
        if not separator:
            raise ApiError(400, "Bad Request: malformed multipart part")
        content = content.removesuffix(b"\r\n")
        headers: dict[str, str] = {}
        for line in head.decode("utf-8", errors="replace").split("\r\n"):
            key, _, value = line.partition(":")
            headers[key.strip().lower()] = value.strip()
        disposition = disposition_params(headers.get("content-disposition", ""))
        name = disposition.get("name")
        if name:
            part_type = headers.get("content-type", "application/octet-stream")
            yield name, disposition.get("filename"), part_type, content


def disposition_params(value: str) -> dict[str, str]:
    """The parameters of a Content-Disposition header as httpx (HTML5 form encoding) writes it."""
    params: dict[str, str] = {}
    for key, raw in DISPOSITION_PARAM.findall(value):
        text = raw.strip()
        if text.startswith('"') and text.endswith('"') and len(text) >= 2:
            text = text[1:-1].replace('\\"', '"').replace("\\\\", "\\")
            text = HTML5_ESCAPE.sub(lambda match: chr(int(match.group(1), 16)), text)
        key = key.lower()
        if key.endswith("*"):  # RFC 5987: charset'language'percent-encoded
            _, _, encoded = text.partition("''")
            params[key[:-1]] = unquote(encoded)
        else:
            params.setdefault(key, text)
    return params


def param_str(params: JSON, name: str) -> str | None:
    value = params.get(name)
    if value is None:
        return None
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def param_int(params: JSON, name: str) -> int | None:
    value = params.get(name)
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        raise ApiError(400, f"Bad Request: {name} must be an integer")
    if isinstance(value, int):
        return value
    try:
        return int(str(value))
    except ValueError as error:
        raise ApiError(400, f"Bad Request: {name} must be an integer") from error


def param_float(params: JSON, name: str) -> float | None:
    value = params.get(name)
    if value is None or value == "":
        return None
    try:
        return float(value)
    except (TypeError, ValueError) as error:
        raise ApiError(400, f"Bad Request: {name} must be a number") from error


def param_bool(params: JSON, name: str) -> bool:
    value = params.get(name)
    if isinstance(value, str):
        return value.strip().lower() in {"true", "1"}
    return bool(value)


def param_json(params: JSON, name: str) -> Any:
    """A JSON-valued parameter: already decoded (JSON body) or a JSON string (forms)."""
    value = params.get(name)
    if not isinstance(value, str):
        return value
    if value == "":
        return None
    try:
        return json.loads(value)
    except ValueError as error:
        raise ApiError(400, f"Bad Request: can't parse {name} JSON object") from error


class TelegramHtml(HTMLParser):
    """Checks a parse_mode=HTML text as Telegram does and collects the text the user sees."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.open_tags: list[str] = []
        self.error: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self.error is None:
            if tag in HTML_TAGS:
                self.open_tags.append(tag)
            else:
                self.error = f'Unsupported start tag "{tag}"'

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if self.error is None:
            self.error = f'Unsupported start tag "{tag}"'

    def handle_endtag(self, tag: str) -> None:
        if self.error is not None:
            return
        if not self.open_tags:
            self.error = f'Unexpected end tag "{tag}"'
        elif self.open_tags[-1] != tag:
            self.error = f'Unmatched end tag "{tag}", expected "</{self.open_tags[-1]}>"'
        else:
            self.open_tags.pop()

    def handle_data(self, data: str) -> None:
        self.parts.append(data)

    def handle_comment(self, data: str) -> None:
        self.error = self.error or "Unsupported HTML comment"

    def handle_decl(self, decl: str) -> None:
        self.error = self.error or "Unsupported HTML declaration"

    def unknown_decl(self, data: str) -> None:
        self.error = self.error or "Unsupported HTML declaration"

    def handle_pi(self, data: str) -> None:
        self.error = self.error or "Unsupported HTML processing instruction"


def html_to_text(text: str) -> str:
    """The visible text of a parse_mode=HTML message, or a Telegram-like 400 error."""
    parser = TelegramHtml()
    parser.feed(text)
    parser.close()
    if parser.error is None and parser.open_tags:
        parser.error = f'Can\'t find end tag corresponding to start tag "{parser.open_tags[-1]}"'
    if parser.error is not None:
        raise ApiError(400, f"Bad Request: can't parse entities: {parser.error}")
    return html.unescape("".join(parser.parts))


def describe(message: JSON) -> str:
    """A one-line description of a recorded message for assertion errors."""
    if "text" in message:
        body = repr(message["text"])
    elif "document" in message:
        name = message["document"].get("file_name")
        body = f"[document {name!r}] {message.get('caption', '')!r}"
    elif "photo" in message:
        body = f"[photo] {message.get('caption', '')!r}"
    else:
        body = "[message]"
    buttons = [
        button.get("text")
        for row in (message.get("reply_markup") or {}).get("inline_keyboard", [])
        for button in row
    ]
    suffix = f" buttons={buttons}" if buttons else ""
    event = f" ({message['event']})" if message.get("event") == "edited" else ""
    return f"#{message.get('message_id')}{event} {body}{suffix}"


# ----------------------------------------------------------------------------------------------
# HTTP plumbing


class _Server(LoopbackServer):
    def __init__(self, emulator: BotApiEmulator) -> None:
        self.emulator = emulator
        super().__init__(_Handler)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "BotApiEmulator/1.0"
    timeout = 30  # seconds an idle keep-alive connection may stay open

    def do_GET(self) -> None:
        self._handle()

    def do_POST(self) -> None:
        self._handle()

    def log_message(self, format: str, *args: Any) -> None:
        """Quiet: tests read the emulator's records instead."""

    def _handle(self) -> None:
        emulator = cast(_Server, self.server).emulator
        url = urlsplit(self.path)
        try:
            body = self._read_body()
        except (OSError, ValueError):
            self.close_connection = True
            return
        answer = emulator._serve(url.path, url.query, self.headers.get("Content-Type", ""), body)
        if isinstance(answer, Withheld):
            if answer.kind == "timeout":
                self._hold(answer.hold_seconds)
            self.close_connection = True  # closed without a response
            return
        status, content_type, payload = answer
        try:
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            self.wfile.write(payload)
            self.wfile.flush()
        except OSError:  # the client gave up on the request (e.g. a cancelled long poll)
            self.close_connection = True

    def _hold(self, seconds: float) -> None:
        """Keep the request unanswered until the client closes the connection (it timed out),
        the emulator stops (which shuts the socket) or ``seconds`` pass."""
        with contextlib.suppress(OSError, ValueError):  # the socket is already closed
            select.select([self.connection], [], [], seconds)

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


def _json_bytes(payload: JSON) -> bytes:
    return json.dumps(payload, ensure_ascii=False).encode("utf-8")


# ----------------------------------------------------------------------------------------------
# The emulator


class BotApiEmulator(StartsAndStops):
    """An in-memory Telegram Bot API server on ``127.0.0.1`` with a port chosen by the OS.

    Records, for assertions (append-only lists of dicts, safe to read from any thread):

    * ``sent``: every message the bot sent (sendMessage, sendDocument, sendPhoto), as the
      Message Telegram returned plus ``chat_id``, ``method``, ``parse_mode``, ``raw_text`` (the
      text before HTML parsing) and, once edited or deleted, the current state.
    * ``commands``: the parsed parameters of every setMyCommands call.
    * ``callback_answers``: every answerCallbackQuery call (with the ``chat_id`` of its query).
    * ``uploads``: every file the bot uploaded, with its bytes.
    * ``chat_actions``, ``calls`` (every request: method and parameters), ``deliveries``
      (update ids in the order getUpdates answers returned them).
    * ``injected``: every fault :meth:`fail_randomly` injected (see :meth:`injected_counts`).
    """

    def __init__(
        self,
        token: str = "123456:TEST",
        username: str = "nhacviec_test_bot",
        first_name: str = "Nhắc việc",
        *,
        max_poll_seconds: float = MAX_POLL_SECONDS,
    ) -> None:
        self.token = token
        self.username = username
        bot_id = token.partition(":")[0]
        self.bot_user: JSON = {
            "id": int(bot_id) if bot_id.isdigit() else 123456,
            "is_bot": True,
            "first_name": first_name,
            "username": username,
        }
        self.max_poll_seconds = max_poll_seconds
        self.sent: list[JSON] = []
        self.commands: list[JSON] = []
        self.callback_answers: list[JSON] = []
        self.uploads: list[JSON] = []
        self.chat_actions: list[JSON] = []
        self.calls: list[tuple[str, JSON]] = []
        self.deliveries: list[int] = []
        self.bot_settings: dict[str, JSON] = {}

        self._cond = threading.Condition()
        self._users: dict[int, FakeUser] = {}
        self._messages: dict[tuple[int, int], JSON] = {}
        self._last_message_id: dict[int, int] = {}
        self._events: list[JSON] = []  # snapshots of bot messages when sent or edited
        self._updates: list[JSON] = []  # not yet confirmed through getUpdates' offset
        self._next_update_id = 100_000_001
        self._allowed_updates: list[str] = []
        self._poll_generation = 0
        self._faults: dict[str, list[ApiError]] = {}
        self._random_faults: dict[str, RandomFaults] = {}  # by method, lower case
        self.injected: list[InjectedFault] = []
        self._files: dict[str, StoredFile] = {}
        self._file_paths: dict[str, str] = {}
        self._file_numbers = itertools.count(1)
        self._query_ids = itertools.count(4_000_000_000_001)
        self._queries: dict[str, JSON] = {}
        self._command_sets: dict[tuple[str, str], list[JSON]] = {}
        self._webhook_url = ""
        self._stopping = False
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None
        self._methods: dict[str, Callable[[JSON, dict[str, Upload]], Any]] = {
            "getme": self._get_me,
            "getupdates": self._get_updates,
            "sendmessage": self._send_message,
            "editmessagetext": self._edit_message_text,
            "editmessagecaption": self._edit_message_caption,
            "editmessagereplymarkup": self._edit_message_reply_markup,
            "deletemessage": self._delete_message,
            "answercallbackquery": self._answer_callback_query,
            "setmycommands": self._set_my_commands,
            "getmycommands": self._get_my_commands,
            "deletemycommands": self._delete_my_commands,
            "setwebhook": self._set_webhook,
            "deletewebhook": self._delete_webhook,
            "getwebhookinfo": self._get_webhook_info,
            "sendchataction": self._send_chat_action,
            "senddocument": self._send_document,
            "sendphoto": self._send_photo,
            "getfile": self._get_file,
            "setmydescription": functools.partial(self._remember_setting, "setMyDescription"),
            "setmyshortdescription": functools.partial(
                self._remember_setting, "setMyShortDescription"
            ),
            "setchatmenubutton": functools.partial(self._remember_setting, "setChatMenuButton"),
            "getchatmenubutton": self._get_chat_menu_button,
        }

    # -- life cycle ----------------------------------------------------------------------------

    def start(self) -> None:
        if self._server is not None:
            raise RuntimeError("the emulator is already running")
        self._stopping = False
        self._server = _Server(self)
        self._thread = threading.Thread(
            target=self._server.serve_forever,
            kwargs={"poll_interval": 0.05},
            name="bot-api-emulator",
            daemon=True,
        )
        self._thread.start()

    def stop(self) -> None:
        server, thread = self._server, self._thread
        if server is None or thread is None:
            return
        with self._cond:
            self._stopping = True
            self._cond.notify_all()
        server.shutdown()
        server.close_connections()
        server.server_close()
        thread.join()
        self._server = self._thread = None

    @property
    def port(self) -> int:
        if self._server is None:
            raise RuntimeError("the emulator is not running")
        return int(self._server.server_address[1])

    @property
    def base_url(self) -> str:
        """What PTB's ``base_url`` (and ``TELEGRAM_API_URL``) should be: the token is appended."""
        return f"http://127.0.0.1:{self.port}/bot"

    @property
    def base_file_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/file/bot"

    # -- people side -----------------------------------------------------------------------------

    def user(
        self,
        user_id: int,
        first_name: str,
        last_name: str = "",
        username: str | None = None,
        language_code: str = "vi",
    ) -> FakeUser:
        """A person who talks to the bot in a private chat (chat id == user id)."""
        with self._cond:
            user = FakeUser(self, user_id, first_name, last_name, username, language_code)
            self._users[user_id] = user
            return user

    def fail_next(
        self,
        method: str,
        error_code: int,
        description: str | None = None,
        retry_after: int | None = None,
        times: int = 1,
    ) -> None:
        """The next ``times`` calls of ``method`` fail with this error instead of running.

        A 429 with ``retry_after`` answers ``parameters: {"retry_after": N}`` (PTB: RetryAfter);
        403 (Forbidden), 400 (BadRequest) and 500 (NetworkError) are other useful faults.
        """
        if description is None:
            template = DEFAULT_DESCRIPTIONS.get(error_code, f"Error {error_code}")
            description = template.format(retry_after=retry_after or 1)
        with self._cond:
            faults = self._faults.setdefault(method.lower(), [])
            faults.extend(ApiError(error_code, description, retry_after) for _ in range(times))

    def fail_randomly(
        self,
        ratio: float,
        methods: Iterable[str] = ("sendMessage",),
        *,
        kinds: Iterable[str] = FAULT_KINDS,
        seed: int = 0,
        retry_after: int = 1,
        hold_seconds: float = 60.0,
    ) -> None:
        """From now on, each call of one of ``methods`` fails with probability ``ratio``.

        A failing call gets one of ``kinds``, chosen at random (see ``FAULT_KINDS``): "429"
        (``retry_after`` seconds; PTB: RetryAfter), "500" (NetworkError), "timeout" (the call
        is carried out but its answer is held until the client gives up, at most
        ``hold_seconds``: TimedOut) or "disconnect" (carried out, then the connection closes
        without an answer: NetworkError).

        Each method draws from its own ``random.Random``, seeded from ``seed`` and its name, in
        the order its calls arrive: the n-th call of a method always meets the same fault,
        however the calls of other methods interleave. Another call for other methods adds to
        these settings; for the same method it replaces them. ``fail_next`` faults come first.
        Every injected fault is appended to ``injected``. A ``ratio`` of 0 stops the faults of
        ``methods``, :meth:`stop_failing` all of them.
        """
        chosen = tuple(kinds)
        unknown = set(chosen) - ALL_FAULT_KINDS
        if unknown or not chosen:
            raise ValueError(f"fault kinds must be among {sorted(ALL_FAULT_KINDS)}: {chosen}")
        if not 0 <= ratio <= 1:
            raise ValueError(f"ratio must be between 0 and 1: {ratio}")
        with self._cond:
            for method in methods:
                key = method.lower()
                if ratio == 0:
                    self._random_faults.pop(key, None)
                    continue
                self._random_faults[key] = RandomFaults(
                    ratio=ratio,
                    kinds=chosen,
                    rng=random.Random(f"{seed}:{key}"),
                    retry_after=retry_after,
                    hold_seconds=hold_seconds,
                )

    def stop_failing(self) -> None:
        """No more random faults (``fail_next`` faults already queued still happen)."""
        with self._cond:
            self._random_faults.clear()

    def injected_counts(self, method: str | None = None) -> Counter[str]:
        """How many faults of each kind :meth:`fail_randomly` injected (into ``method``)."""
        with self._cond:
            return Counter(
                fault.kind
                for fault in self.injected
                if method is None or fault.method.lower() == method.lower()
            )

    def add_file(
        self,
        file_id: str,
        file_name: str,
        content: bytes | None = None,
        mime_type: str | None = None,
    ) -> JSON:
        """Registers a file a user could send; with ``content`` the bot can also download it."""
        with self._cond:
            stored = self._store_file(file_name, mime_type, content, file_id=file_id)
            return stored.document()

    def file_content(self, file_id: str) -> bytes | None:
        with self._cond:
            stored = self._files.get(file_id)
            return None if stored is None else stored.content

    def pending_updates(self) -> list[JSON]:
        """Updates queued but not yet confirmed by the bot (through getUpdates' offset)."""
        with self._cond:
            return copy.deepcopy(self._updates)

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

    def _serve(
        self, path: str, query: str, content_type: str, body: bytes
    ) -> tuple[int, str, bytes] | Withheld:
        json_type = "application/json"
        path = unquote(path)  # PTB percent-encodes file paths, the token's ":" included
        if path.startswith("/file/bot"):
            token, _, file_path = path.removeprefix("/file/bot").partition("/")
            if token != self.token:
                return 401, json_type, _json_bytes(ApiError(401, "Unauthorized").payload())
            with self._cond:
                file_id = self._file_paths.get(file_path)
                stored = self._files.get(file_id) if file_id else None
                if stored is None or stored.content is None:
                    return 404, json_type, _json_bytes(ApiError(404, "Not Found").payload())
                return 200, stored.mime_type or "application/octet-stream", stored.content
        if not path.startswith("/bot"):
            return 404, json_type, _json_bytes(ApiError(404, "Not Found").payload())
        token, _, method = path.removeprefix("/bot").partition("/")
        if token != self.token:
            return 401, json_type, _json_bytes(ApiError(401, "Unauthorized").payload())
        if not method or "/" in method:
            return 404, json_type, _json_bytes(ApiError(404, "Not Found").payload())
        try:
            params, files = parse_request(content_type, body, query)
        except ApiError as error:
            return error.error_code, json_type, _json_bytes(error.payload())
        try:
            status, payload = self._call(method, params, files)
        except Withheld as withheld:
            return withheld
        return status, json_type, _json_bytes(payload)

    def _call(self, method: str, params: JSON, files: dict[str, Upload]) -> tuple[int, JSON]:
        key = method.lower()
        withheld: Withheld | None = None
        with self._cond:
            self.calls.append((method, dict(params)))
            faults = self._faults.get(key)
            fault = faults.pop(0) if faults else None
            if fault is None:
                fault, withheld = self._draw_fault(method, params)
        handler = self._methods.get(key)
        try:
            if fault is not None:
                raise fault
            if handler is None:
                raise ApiError(404, "Not Found: method not implemented")
            result = handler(params, files)
        except ApiError as error:
            if withheld is not None:
                self._record_fault(method, withheld.kind, params, None)
                raise withheld from None
            return error.error_code, error.payload()
        finally:
            with self._cond:
                self._cond.notify_all()
        if withheld is not None:
            message_id = result.get("message_id") if isinstance(result, dict) else None
            self._record_fault(method, withheld.kind, params, message_id)
            raise withheld
        return 200, {"ok": True, "result": result}

    def _draw_fault(self, method: str, params: JSON) -> tuple[ApiError | None, Withheld | None]:
        """A random fault for this call, if ``fail_randomly`` wants one (lock held)."""
        faults = self._random_faults.get(method.lower())
        if faults is None:
            return None, None
        if faults.rng.random() >= faults.ratio:
            return None, None
        kind = faults.rng.choice(faults.kinds)
        if kind in ("timeout", "disconnect"):
            return None, Withheld(kind, faults.hold_seconds)
        self._record_fault(method, kind, params, None)
        if kind == "429":
            retry = faults.retry_after
            return ApiError(429, f"Too Many Requests: retry after {retry}", retry), None
        return ApiError(500, "Internal Server Error"), None

    def _record_fault(self, method: str, kind: str, params: JSON, message_id: int | None) -> None:
        try:
            chat_id = param_int(params, "chat_id")
        except ApiError:
            chat_id = None
        with self._cond:
            self.injected.append(InjectedFault(method, kind, chat_id, message_id))
            self._cond.notify_all()

    # -- helpers (call with the lock held) -------------------------------------------------------

    def _chat_of(self, params: JSON) -> FakeUser:
        raw = params.get("chat_id")
        if raw is None or raw == "":
            raise ApiError(400, "Bad Request: chat_id is empty")
        try:
            chat_id = int(raw)
        except (TypeError, ValueError) as error:
            raise ApiError(400, "Bad Request: chat not found") from error
        user = self._users.get(chat_id)
        if user is None:
            raise ApiError(400, "Bad Request: chat not found")
        if user.blocked:
            raise ApiError(403, "Forbidden: bot was blocked by the user")
        return user

    def _new_message_id(self, chat_id: int) -> int:
        message_id = self._last_message_id.get(chat_id, 0) + 1
        self._last_message_id[chat_id] = message_id
        return message_id

    @staticmethod
    def _public(record: JSON) -> JSON:
        """A record as Telegram shows it: no emulator keys, only inline keyboards as markup."""
        message = {
            key: copy.deepcopy(value) for key, value in record.items() if key not in PRIVATE_KEYS
        }
        markup = message.get("reply_markup")
        if not isinstance(markup, dict) or "inline_keyboard" not in markup:
            message.pop("reply_markup", None)
        return message

    def _record_event(self, record: JSON, event: str) -> None:
        snapshot = copy.deepcopy(record)
        snapshot["event"] = event
        self._events.append(snapshot)

    def _parse_text(
        self, params: JSON, name: str, limit: int, too_long: str, *, required: bool
    ) -> tuple[str, str, str | None]:
        """(visible text, text as sent, parse_mode) of a text or caption parameter."""
        raw = param_str(params, name) or ""
        parse_mode = param_str(params, "parse_mode") or None
        visible = html_to_text(raw) if parse_mode and parse_mode.lower() == "html" else raw
        if required and not visible.strip():
            raise ApiError(400, "Bad Request: message text is empty")
        if utf16_length(visible) > limit:
            raise ApiError(400, f"Bad Request: {too_long}")
        return visible, raw, parse_mode

    def _reply_markup(self, params: JSON) -> JSON | None:
        markup = param_json(params, "reply_markup")
        if markup is None:
            return None
        if not isinstance(markup, dict):
            raise ApiError(400, "Bad Request: can't parse reply keyboard markup JSON object")
        rows = markup.get("inline_keyboard")
        if rows is None:
            return markup
        if not isinstance(rows, list) or not all(isinstance(row, list) for row in rows):
            raise ApiError(400, 'Bad Request: field "inline_keyboard" must be an Array of Array')
        for row in rows:
            for button in row:
                if not isinstance(button, dict) or not button.get("text"):
                    raise ApiError(400, "Bad Request: can't parse inline keyboard button")
                if not BUTTON_ACTIONS & button.keys():
                    raise ApiError(
                        400,
                        "Bad Request: can't parse inline keyboard button: "
                        "Text buttons are unallowed in the inline keyboard",
                    )
                data = button.get("callback_data")
                if data is not None and not (
                    1 <= len(str(data).encode("utf-8")) <= MAX_CALLBACK_DATA_BYTES
                ):
                    raise ApiError(400, "Bad Request: BUTTON_DATA_INVALID")
        return markup

    def _reply_target(self, chat_id: int, params: JSON) -> JSON | None:
        reply_parameters = param_json(params, "reply_parameters")
        allow_without = param_bool(params, "allow_sending_without_reply")
        if isinstance(reply_parameters, dict):
            message_id = param_int(reply_parameters, "message_id")
            allow_without = allow_without or param_bool(
                reply_parameters, "allow_sending_without_reply"
            )
        else:
            message_id = param_int(params, "reply_to_message_id")
        if message_id is None:
            return None
        target = self._messages.get((chat_id, message_id))
        if target is None or target.get("deleted"):
            if allow_without:
                return None
            raise ApiError(400, "Bad Request: message to be replied not found")
        return target

    def _new_bot_message(self, user: FakeUser, method: str, params: JSON, content: JSON) -> JSON:
        markup = self._reply_markup(params)
        reply_to = self._reply_target(user.id, params)
        message_id = self._new_message_id(user.id)
        record: JSON = {
            "message_id": message_id,
            "from": dict(self.bot_user),
            "chat": user.as_chat(),
            "date": int(time.time()),
        }
        if reply_to is not None:
            record["reply_to_message"] = self._public(reply_to)
        record.update(content)
        if markup is not None:
            record["reply_markup"] = markup
        record["chat_id"] = user.id
        record["method"] = method
        self._messages[(user.id, message_id)] = record
        self.sent.append(record)
        self._record_event(record, "sent")
        return self._public(record)

    def _editable(self, params: JSON) -> JSON:
        if params.get("inline_message_id"):
            raise ApiError(400, "Bad Request: inline messages are not supported by the emulator")
        user = self._chat_of(params)
        message_id = param_int(params, "message_id")
        if message_id is None:
            raise ApiError(400, "Bad Request: message identifier is not specified")
        record = self._messages.get((user.id, message_id))
        if record is None or record.get("deleted"):
            raise ApiError(400, "Bad Request: message to edit not found")
        if "method" not in record:
            raise ApiError(400, "Bad Request: message can't be edited")
        return record

    def _store_file(
        self,
        file_name: str,
        mime_type: str | None,
        content: bytes | None,
        *,
        file_id: str | None = None,
        folder: str = "documents",
    ) -> StoredFile:
        number = next(self._file_numbers)
        suffix = re.sub(r"[^A-Za-z0-9.]", "", PurePosixPath(file_name).suffix)
        stored = StoredFile(
            file_id=file_id or f"BQACAgIAAxkBAAI{number:08d}",
            file_unique_id=f"AgADem{number:06d}",
            file_name=file_name,
            file_path=f"{folder}/file_{number}{suffix}",
            mime_type=mime_type,
            content=content,
        )
        self._files[stored.file_id] = stored
        self._file_paths[stored.file_path] = stored.file_id
        return stored

    def _input_file(
        self, user: FakeUser, method: str, params: JSON, files: dict[str, Upload], field: str
    ) -> tuple[StoredFile, bytes | None]:
        """The file of a sendDocument/sendPhoto call: an upload, a known file_id or a URL."""
        value = params.get(field)
        upload = files.get(field)
        if upload is None and isinstance(value, str) and value.startswith("attach://"):
            upload = files.get(value.removeprefix("attach://"))
            if upload is None:
                raise ApiError(400, "Bad Request: wrong file identifier/HTTP URL specified")
        folder = "photos" if field == "photo" else "documents"
        if upload is not None:
            stored = self._store_file(
                upload.filename, upload.content_type, upload.content, folder=folder
            )
            self.uploads.append(
                {
                    "chat_id": user.id,
                    "method": method,
                    "field": field,
                    "file_id": stored.file_id,
                    "file_name": upload.filename,
                    "mime_type": upload.content_type,
                    "content": upload.content,
                }
            )
            return stored, upload.content
        if not isinstance(value, str) or not value:
            raise ApiError(400, f"Bad Request: there is no {field} in the request")
        if value.startswith(("http://", "https://")):
            name = PurePosixPath(urlsplit(value).path).name or field
            return self._store_file(name, None, None, folder=folder), None
        stored_file = self._files.get(value)
        if stored_file is None:
            raise ApiError(400, "Bad Request: wrong file identifier/HTTP URL specified")
        return stored_file, None

    def _caption(self, params: JSON) -> JSON:
        caption, raw, parse_mode = self._parse_text(
            params, "caption", MAX_CAPTION_LENGTH, "message caption is too long", required=False
        )
        content: JSON = {}
        if caption:
            content["caption"] = caption
            content["raw_caption"] = raw
        if parse_mode:
            content["parse_mode"] = parse_mode
        return content

    # -- bot methods ---------------------------------------------------------------------------

    def _get_me(self, params: JSON, files: dict[str, Upload]) -> JSON:
        return {
            **self.bot_user,
            "can_join_groups": True,
            "can_read_all_group_messages": False,
            "supports_inline_queries": False,
            "can_connect_to_business": False,
            "has_main_web_app": False,
        }

    def _get_updates(self, params: JSON, files: dict[str, Upload]) -> list[JSON]:
        offset = param_int(params, "offset")
        limit = min(max(param_int(params, "limit") or 100, 1), 100)
        timeout = min(max(param_float(params, "timeout") or 0.0, 0.0), self.max_poll_seconds)
        allowed = param_json(params, "allowed_updates")
        deadline = time.monotonic() + timeout
        with self._cond:
            if self._webhook_url:
                raise ApiError(
                    409,
                    "Conflict: can't use getUpdates method while webhook is active; "
                    "use deleteWebhook to delete the webhook first",
                )
            if isinstance(allowed, list):
                self._allowed_updates = [str(kind) for kind in allowed]
            self._poll_generation += 1
            generation = self._poll_generation
            self._cond.notify_all()  # an older long poll still waiting is now terminated
            if offset is not None and offset > 0:
                self._updates = [u for u in self._updates if u["update_id"] >= offset]
            elif offset is not None and offset < 0:
                self._updates = self._updates[offset:]
            if self._allowed_updates:
                self._updates = [
                    update
                    for update in self._updates
                    if update.keys() - {"update_id"} <= set(self._allowed_updates)
                ]
            while not self._updates and not self._stopping:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    break
                self._cond.wait(remaining)
                if self._poll_generation != generation:
                    raise ApiError(
                        409,
                        "Conflict: terminated by other getUpdates request; "
                        "make sure that only one bot instance is running",
                    )
            batch = [] if self._stopping else copy.deepcopy(self._updates[:limit])
            self.deliveries.extend(update["update_id"] for update in batch)
            return batch

    def _send_message(self, params: JSON, files: dict[str, Upload]) -> JSON:
        with self._cond:
            user = self._chat_of(params)
            text, raw, parse_mode = self._parse_text(
                params, "text", MAX_MESSAGE_LENGTH, "message is too long", required=True
            )
            content: JSON = {"text": text, "raw_text": raw}
            if parse_mode:
                content["parse_mode"] = parse_mode
            return self._new_bot_message(user, "sendMessage", params, content)

    def _edit_message_text(self, params: JSON, files: dict[str, Upload]) -> JSON:
        with self._cond:
            record = self._editable(params)
            if "text" not in record:
                raise ApiError(400, "Bad Request: there is no text in the message to edit")
            text, raw, parse_mode = self._parse_text(
                params, "text", MAX_MESSAGE_LENGTH, "MESSAGE_TOO_LONG", required=True
            )
            markup = self._reply_markup(params)
            unchanged = (
                raw == record.get("raw_text")
                and parse_mode == record.get("parse_mode")
                and markup == record.get("reply_markup")
            )
            if unchanged:
                raise ApiError(400, NOT_MODIFIED)
            record.update(text=text, raw_text=raw, edit_date=int(time.time()))
            self._set_optional(record, "parse_mode", parse_mode)
            self._set_optional(record, "reply_markup", markup)
            self._record_event(record, "edited")
            return self._public(record)

    def _edit_message_caption(self, params: JSON, files: dict[str, Upload]) -> JSON:
        with self._cond:
            record = self._editable(params)
            if "text" in record:
                raise ApiError(400, "Bad Request: there is no caption in the message to edit")
            content = self._caption(params)
            markup = self._reply_markup(params)
            if content.get("raw_caption") == record.get("raw_caption") and markup == record.get(
                "reply_markup"
            ):
                raise ApiError(400, NOT_MODIFIED)
            for key in ("caption", "raw_caption", "parse_mode"):
                self._set_optional(record, key, content.get(key))
            self._set_optional(record, "reply_markup", markup)
            record["edit_date"] = int(time.time())
            self._record_event(record, "edited")
            return self._public(record)

    def _edit_message_reply_markup(self, params: JSON, files: dict[str, Upload]) -> JSON:
        with self._cond:
            record = self._editable(params)
            markup = self._reply_markup(params)
            if markup == record.get("reply_markup"):
                raise ApiError(400, NOT_MODIFIED)
            self._set_optional(record, "reply_markup", markup)
            record["edit_date"] = int(time.time())
            self._record_event(record, "edited")
            return self._public(record)

    @staticmethod
    def _set_optional(record: JSON, key: str, value: Any) -> None:
        if value is None:
            record.pop(key, None)
        else:
            record[key] = value

    def _delete_message(self, params: JSON, files: dict[str, Upload]) -> bool:
        with self._cond:
            user = self._chat_of(params)
            message_id = param_int(params, "message_id")
            record = self._messages.get((user.id, message_id or 0))
            if record is None or record.get("deleted"):
                raise ApiError(400, "Bad Request: message to delete not found")
            record["deleted"] = True
            return True

    def _answer_callback_query(self, params: JSON, files: dict[str, Upload]) -> bool:
        with self._cond:
            query_id = param_str(params, "callback_query_id") or ""
            query = self._queries.get(query_id)
            if query is None or query["answered"]:
                raise ApiError(
                    400,
                    "Bad Request: query is too old and response timeout expired "
                    "or query ID is invalid",
                )
            query["answered"] = True
            self.callback_answers.append(
                {
                    "callback_query_id": query_id,
                    "chat_id": query["chat_id"],
                    "message_id": query["message_id"],
                    "data": query["data"],
                    "text": param_str(params, "text"),
                    "show_alert": param_bool(params, "show_alert"),
                    "url": param_str(params, "url"),
                    "cache_time": param_int(params, "cache_time"),
                }
            )
            return True

    @staticmethod
    def _commands_key(params: JSON) -> tuple[str, str]:
        scope = param_json(params, "scope") or {"type": "default"}
        return json.dumps(scope, sort_keys=True), param_str(params, "language_code") or ""

    def _set_my_commands(self, params: JSON, files: dict[str, Upload]) -> bool:
        commands = param_json(params, "commands")
        if not isinstance(commands, list):
            raise ApiError(400, "Bad Request: commands must be an Array")
        if len(commands) > MAX_COMMANDS:
            raise ApiError(400, "Bad Request: too many commands specified")
        for command in commands:
            if not isinstance(command, dict):
                raise ApiError(400, "Bad Request: can't parse BotCommand")
            if not BOT_COMMAND.fullmatch(str(command.get("command", ""))):
                raise ApiError(400, "Bad Request: BOT_COMMAND_INVALID")
            if not 1 <= len(str(command.get("description", "")).strip()) <= 256:
                raise ApiError(400, "Bad Request: BOT_COMMAND_DESCRIPTION_INVALID")
        with self._cond:
            self.commands.append(
                {
                    "commands": commands,
                    "scope": param_json(params, "scope"),
                    "language_code": param_str(params, "language_code"),
                }
            )
            self._command_sets[self._commands_key(params)] = copy.deepcopy(commands)
            return True

    def _get_my_commands(self, params: JSON, files: dict[str, Upload]) -> list[JSON]:
        with self._cond:
            return copy.deepcopy(self._command_sets.get(self._commands_key(params), []))

    def _delete_my_commands(self, params: JSON, files: dict[str, Upload]) -> bool:
        with self._cond:
            self._command_sets.pop(self._commands_key(params), None)
            return True

    def _set_webhook(self, params: JSON, files: dict[str, Upload]) -> bool:
        with self._cond:
            self._webhook_url = param_str(params, "url") or ""
            return True

    def _delete_webhook(self, params: JSON, files: dict[str, Upload]) -> bool:
        with self._cond:
            self._webhook_url = ""
            if param_bool(params, "drop_pending_updates"):
                self._updates.clear()
            return True

    def _get_webhook_info(self, params: JSON, files: dict[str, Upload]) -> JSON:
        with self._cond:
            return {
                "url": self._webhook_url,
                "has_custom_certificate": False,
                "pending_update_count": len(self._updates),
            }

    def _send_chat_action(self, params: JSON, files: dict[str, Upload]) -> bool:
        with self._cond:
            user = self._chat_of(params)
            action = param_str(params, "action")
            if action not in CHAT_ACTIONS:
                raise ApiError(400, "Bad Request: wrong parameter action in request")
            self.chat_actions.append({"chat_id": user.id, "action": action})
            return True

    def _send_document(self, params: JSON, files: dict[str, Upload]) -> JSON:
        with self._cond:
            user = self._chat_of(params)
            caption = self._caption(params)
            stored, content = self._input_file(user, "sendDocument", params, files, "document")
            message: JSON = {"document": stored.document(), **caption}
            if content is not None:
                message["file_bytes"] = content
            return self._new_bot_message(user, "sendDocument", params, message)

    def _send_photo(self, params: JSON, files: dict[str, Upload]) -> JSON:
        with self._cond:
            user = self._chat_of(params)
            caption = self._caption(params)
            stored, content = self._input_file(user, "sendPhoto", params, files, "photo")
            size: JSON = {
                "file_id": stored.file_id,
                "file_unique_id": stored.file_unique_id,
                "width": 1280,
                "height": 720,
            }
            if stored.content is not None:
                size["file_size"] = len(stored.content)
            message: JSON = {"photo": [size], **caption}
            if content is not None:
                message["file_bytes"] = content
            return self._new_bot_message(user, "sendPhoto", params, message)

    def _get_file(self, params: JSON, files: dict[str, Upload]) -> JSON:
        with self._cond:
            stored = self._files.get(param_str(params, "file_id") or "")
            if stored is None:
                raise ApiError(400, "Bad Request: invalid file_id")
            if stored.content is None:
                raise ApiError(400, "Bad Request: the emulator holds no content for this file")
            return {
                "file_id": stored.file_id,
                "file_unique_id": stored.file_unique_id,
                "file_size": len(stored.content),
                "file_path": stored.file_path,
            }

    def _remember_setting(self, method: str, params: JSON, files: dict[str, Upload]) -> bool:
        with self._cond:
            self.bot_settings[method] = dict(params)
            return True

    def _get_chat_menu_button(self, params: JSON, files: dict[str, Upload]) -> JSON:
        with self._cond:
            stored = self.bot_settings.get("setChatMenuButton", {})
            button = param_json(stored, "menu_button")
            return button if isinstance(button, dict) else {"type": "commands"}

    # -- people side internals (called by FakeUser) ----------------------------------------------

    def _queue_update(self, kind: str, payload: JSON) -> None:
        self._updates.append({"update_id": self._next_update_id, kind: copy.deepcopy(payload)})
        self._next_update_id += 1
        self._cond.notify_all()

    def _user_message(self, user: FakeUser, content: JSON, reply_to: int | None) -> JSON:
        with self._cond:
            user.blocked = False  # writing to a bot unblocks it, as in the Telegram apps
            message: JSON = {
                "message_id": self._new_message_id(user.id),
                "from": user.as_user(),
                "chat": user.as_chat(),
                "date": int(time.time()),
            }
            if reply_to is not None:
                target = self._messages.get((user.id, reply_to))
                if target is None:
                    raise ValueError(f"there is no message {reply_to} in the chat with {user}")
                message["reply_to_message"] = self._public(target)
            message.update(content)
            self._messages[(user.id, message["message_id"])] = {**message, "chat_id": user.id}
            self._queue_update("message", message)
            return copy.deepcopy(message)

    def _press(self, user: FakeUser, message: JSON, data: str) -> JSON:
        with self._cond:
            message_id = int(message["message_id"])
            current = self._messages.get((user.id, message_id))
            query_id = str(next(self._query_ids))
            query: JSON = {
                "id": query_id,
                "from": user.as_user(),
                "message": self._public(current if current is not None else message),
                "chat_instance": user.chat_instance,
                "data": data,
            }
            self._queries[query_id] = {
                "chat_id": user.id,
                "message_id": message_id,
                "data": data,
                "answered": False,
            }
            self._queue_update("callback_query", query)
            return copy.deepcopy(query)

    def _bot_records(self, chat_id: int) -> list[JSON]:
        records = [
            record
            for (chat, _), record in self._messages.items()
            if chat == chat_id and "method" in record and not record.get("deleted")
        ]
        return sorted(records, key=lambda record: int(record["message_id"]))

    def _press_button(self, user: FakeUser, text_contains: str, timeout: float) -> JSON:
        deadline = time.monotonic() + timeout
        with self._cond:
            while True:
                for record in reversed(self._bot_records(user.id)):
                    for row in (record.get("reply_markup") or {}).get("inline_keyboard", []):
                        for button in row:
                            if text_contains in str(button.get("text", "")):
                                data = button.get("callback_data")
                                if data is None:
                                    raise AssertionError(
                                        f"button {button.get('text')!r} has no callback_data"
                                    )
                                return self._press(user, record, str(data))
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    seen = "\n".join(f"  {describe(r)}" for r in self._bot_records(user.id))
                    raise AssertionError(
                        f"no inline button containing {text_contains!r} in the bot's messages "
                        f"to {user} within {timeout} s; messages:\n{seen or '  (none)'}"
                    )
                self._cond.wait(remaining)

    def _wait_for(self, user: FakeUser, matcher: MessageMatcher, timeout: float) -> JSON:
        match = matcher if callable(matcher) else _contains(matcher)
        deadline = time.monotonic() + timeout
        with self._cond:
            checked = user._mark
            while True:
                for event in self._events[checked:]:
                    if event["chat_id"] == user.id and match(event):
                        return copy.deepcopy(event)
                checked = len(self._events)
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    break
                self._cond.wait(remaining)
            seen = [
                f"  {describe(event)}"
                for event in self._events[user._mark :]
                if event["chat_id"] == user.id
            ]
            pending = len(self._updates)
            raise AssertionError(
                f"no bot message to {user} matched {matcher!r} within {timeout} s; "
                f"messages since mark:\n" + ("\n".join(seen) or "  (none)") + "\n"
                f"{pending} update(s) not yet confirmed by the bot through getUpdates"
            )


def _contains(needle: str) -> Callable[[JSON], bool]:
    def match(message: JSON) -> bool:
        haystacks = [
            message.get("text"),
            message.get("raw_text"),
            message.get("caption"),
            (message.get("document") or {}).get("file_name"),
        ]
        return any(needle in haystack for haystack in haystacks if isinstance(haystack, str))

    return match


class FakeUser:
    """A person in a private chat with the bot (chat id == user id)."""

    def __init__(
        self,
        emulator: BotApiEmulator,
        user_id: int,
        first_name: str,
        last_name: str = "",
        username: str | None = None,
        language_code: str = "vi",
    ) -> None:
        self.emulator = emulator
        self.id = user_id
        self.first_name = first_name
        self.last_name = last_name
        self.username = username
        self.language_code = language_code
        self.blocked = False  # while True, the bot's calls to this chat fail with 403
        self.chat_instance = str(-7_000_000_000_000_000 - user_id)
        self._mark = len(emulator._events)

    def __repr__(self) -> str:
        return f"FakeUser({self.id}, {self.first_name!r})"

    @property
    def chat_id(self) -> int:
        return self.id

    def as_user(self) -> JSON:
        user: JSON = {"id": self.id, "is_bot": False, "first_name": self.first_name}
        if self.last_name:
            user["last_name"] = self.last_name
        if self.username:
            user["username"] = self.username
        user["language_code"] = self.language_code
        return user

    def as_chat(self) -> JSON:
        chat: JSON = {"id": self.id, "type": "private", "first_name": self.first_name}
        if self.last_name:
            chat["last_name"] = self.last_name
        if self.username:
            chat["username"] = self.username
        return chat

    def send(self, text: str, reply_to: int | None = None) -> JSON:
        """Queues a text message update; a leading /command gets its bot_command entity."""
        content: JSON = {"text": text}
        command = LEADING_COMMAND.match(text)
        if command:
            length = utf16_length(command.group())
            content["entities"] = [{"type": "bot_command", "offset": 0, "length": length}]
        return self.emulator._user_message(self, content, reply_to)

    def send_document(
        self,
        file_id: str,
        file_name: str,
        caption: str = "",
        reply_to: int | None = None,
        *,
        content: bytes | None = None,
        mime_type: str | None = None,
    ) -> JSON:
        """Queues a document message; with ``content`` the bot can getFile and download it."""
        document = self.emulator.add_file(file_id, file_name, content, mime_type)
        message: JSON = {"document": document}
        if caption:
            message["caption"] = caption
        return self.emulator._user_message(self, message, reply_to)

    def press(self, message: JSON, data: str) -> JSON:
        """Queues a callback_query for ``data`` on a bot message; returns the CallbackQuery."""
        return self.emulator._press(self, message, data)

    def press_button(self, text_contains: str, timeout: float = 10) -> JSON:
        """Presses the inline button whose text contains the string, on the newest bot message
        that has one (waiting up to ``timeout`` for it to appear); returns the CallbackQuery."""
        return self.emulator._press_button(self, text_contains, timeout)

    def messages(self) -> list[JSON]:
        """The bot's messages in this chat as they are now (edited, not deleted), in order."""
        with self.emulator._cond:
            return copy.deepcopy(self.emulator._bot_records(self.id))

    def wait_for(self, predicate_or_substring: MessageMatcher, timeout: float = 10.0) -> JSON:
        """The first bot message sent or edited in this chat since :meth:`mark` that matches
        (a substring of its text, caption or file name, or a predicate on the message dict);
        the returned snapshot has ``event`` "sent" or "edited"."""
        return self.emulator._wait_for(self, predicate_or_substring, timeout)

    def mark(self) -> None:
        """Later :meth:`wait_for` calls only look at messages sent or edited after now."""
        with self.emulator._cond:
            self._mark = len(self.emulator._events)

    def block(self) -> None:
        """The user blocks the bot: its calls to this chat fail with 403 until they write."""
        with self.emulator._cond:
            self.blocked = True

    def unblock(self) -> None:
        with self.emulator._cond:
            self.blocked = False
