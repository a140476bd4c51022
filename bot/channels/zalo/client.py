"""A thin async client for the ten methods of the Zalo Bot Platform API.

The API is Telegram-shaped (``POST {base}/bot{token}/{method}``, a ``{ok, result,
error_code, description}`` envelope) with its own habits, handled here once:

* an idle long poll ends with HTTP 408 (or ``error_code`` 408): "nothing new", not an error;
* ``getUpdates`` returns a single update object, sometimes an array: always a list here;
* ids are opaque strings and dates Unix milliseconds: passed through untouched;
* no ``retry_after`` is ever sent, so transient failures (429 quota, 403, which Zalo labels
  "internal server error", 5xx, timeouts) are retried with exponential backoff;
* the token sits in every URL path, so it is kept out of errors, ``repr`` and log records.

Sends are at-least-once: Zalo has no idempotency key, and a send that timed out may well
have been delivered before it is retried. The client stays pure (no import of our packages).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from types import TracebackType
from typing import Any, Self

import httpx

DEFAULT_API_URL = "https://bot-api.zaloplatforms.com"
TEXT_LIMIT = 2000
"""Zalo's limit for a message text or a photo caption (the channel splits longer texts)."""

_CALL_TIMEOUT = 15.0
# Zalo downloads the photo or voice file before it answers, so media sends get longer.
_MEDIA_TIMEOUT = 30.0
# The HTTP read must outlive the long poll, or every idle poll would end as a timeout.
_POLL_MARGIN = 10.0
_IDLE = 408
_NOT_FOUND = 404
# Zalo's 403 is its "internal server error" (sic) and 429 its quota: both pass with time.
_RETRYABLE_CODES = frozenset({403, 408, 429})
_REDACTED = "<token>"

logger = logging.getLogger(__name__)


class ZaloApiError(Exception):
    """A failed call: Zalo's ``error_code`` (or 0 when no answer came), and whether to retry."""

    def __init__(self, method: str, code: int, description: str, *, retryable: bool) -> None:
        super().__init__(f"Zalo {method} failed: {code} {description}".rstrip())
        self.method = method
        self.code = code
        self.description = description
        self.retryable = retryable


class _RedactToken(logging.Filter):
    """Hide the token in httpx's own records ("HTTP Request: POST <url> ...", at INFO).

    bot.logs silences httpx below WARNING, but this client must not rely on how (or
    whether) the process configured logging.
    """

    def __init__(self, token: str) -> None:
        super().__init__()
        self.token = token

    def filter(self, record: logging.LogRecord) -> bool:
        """Rewrite the message without the token; always keep the record."""
        message = record.getMessage()
        if self.token in message:
            record.msg, record.args = message.replace(self.token, _REDACTED), None
        return True


class ZaloClient:
    """The ten documented methods, as coroutines returning Zalo's ``result``."""

    def __init__(
        self,
        token: str,
        base_url: str = DEFAULT_API_URL,
        *,
        poll_timeout: int = 30,
        retries: int = 3,
        backoff: float = 0.5,
        transport: httpx.AsyncBaseTransport | None = None,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    ) -> None:
        if not token:
            raise ValueError("the Zalo bot token is empty")
        if retries < 0 or backoff < 0 or poll_timeout < 0:
            raise ValueError("retries, backoff and poll_timeout must not be negative")
        self._token = token
        self.base_url = base_url.rstrip("/")
        self.poll_timeout = poll_timeout
        self.retries = retries
        self.backoff = backoff
        self._sleep = sleep
        self._http = httpx.AsyncClient(transport=transport, timeout=_CALL_TIMEOUT)
        self._log_filter = _RedactToken(token)
        logging.getLogger("httpx").addFilter(self._log_filter)

    def __repr__(self) -> str:
        return f"ZaloClient(base_url={self.base_url!r})"

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        """Close the connections (and stop watching httpx's log records)."""
        await self._http.aclose()
        logging.getLogger("httpx").removeFilter(self._log_filter)

    # The ten methods.

    async def get_me(self) -> dict[str, Any]:
        """The bot itself: ``id`` (a numeric string), ``account_name``, ``account_type``..."""
        return _as_dict("getMe", await self._call("getMe", {}))

    # The name is the brief's and Zalo's: seconds the server holds the poll, not a deadline
    # on this coroutine.
    async def get_updates(self, timeout: int | None = None) -> list[dict[str, Any]]:  # noqa: ASYNC109
        """Long-poll for updates: ``[]`` when the poll ended idle (Zalo's 408).

        Zalo has no offset: it answers one update object (sometimes an array), and may
        answer the same update again; deduplicating is the channel's work.
        """
        wait = self.poll_timeout if timeout is None else timeout
        limits = httpx.Timeout(_CALL_TIMEOUT, read=wait + _POLL_MARGIN)
        try:
            result = await self._call("getUpdates", {"timeout": wait}, limits)
        except ZaloApiError as error:
            if error.code == _IDLE:
                return []
            raise
        return _as_updates(result)

    async def set_webhook(self, url: str, secret_token: str) -> dict[str, Any]:
        """Have Zalo POST updates to ``url`` with ``X-Bot-Api-Secret-Token: secret_token``."""
        if not 8 <= len(secret_token) <= 256:
            raise ValueError("Zalo wants a webhook secret of 8 to 256 characters")
        payload = {"url": url, "secret_token": secret_token}
        return _as_dict("setWebhook", await self._call("setWebhook", payload))

    async def delete_webhook(self) -> dict[str, Any]:
        """Stop the webhook (getUpdates answers 400 while one is set)."""
        return _as_dict("deleteWebhook", await self._call("deleteWebhook", {}))

    async def get_webhook_info(self) -> dict[str, Any] | None:
        """The webhook's ``url`` and ``updated_at``; ``None`` if none was ever set."""
        try:
            result = await self._call("getWebhookInfo", {})
        except ZaloApiError as error:
            # Zalo answers 404 "Not Found" for a bot that never had a webhook.
            if error.code == _NOT_FOUND:
                return None
            raise
        return _as_dict("getWebhookInfo", result)

    async def send_message(
        self, chat_id: str, text: str, parse_mode: str | None = None
    ) -> dict[str, Any]:
        """Send a text of 1 to 2000 characters; ``{"message_id", "date"}`` back."""
        _check_text("text", text)
        payload = {"chat_id": chat_id, "text": text}
        if parse_mode is not None:
            payload["parse_mode"] = parse_mode
        return _as_dict("sendMessage", await self._call("sendMessage", payload))

    async def send_photo(
        self, chat_id: str, photo_url: str, caption: str | None = None
    ) -> dict[str, Any]:
        """Send a photo that Zalo fetches from ``photo_url`` (no upload exists)."""
        payload = {"chat_id": chat_id, "photo": photo_url}
        if caption is not None:
            _check_text("caption", caption)
            payload["caption"] = caption
        result = await self._call("sendPhoto", payload, _MEDIA_TIMEOUT)
        return _as_dict("sendPhoto", result)

    async def send_sticker(self, chat_id: str, sticker: str) -> dict[str, Any]:
        """Send a sticker by its id (from stickers.zaloapp.com)."""
        payload = {"chat_id": chat_id, "sticker": sticker}
        return _as_dict("sendSticker", await self._call("sendSticker", payload))

    async def send_voice(self, chat_id: str, voice_url: str) -> dict[str, Any]:
        """Send a voice message from an ``.aac`` URL (delivered in private chats only)."""
        payload = {"chat_id": chat_id, "voice_url": voice_url}
        result = await self._call("sendVoice", payload, _MEDIA_TIMEOUT)
        return _as_dict("sendVoice", result)

    async def send_chat_action(self, chat_id: str, action: str = "typing") -> bool:
        """Show "typing..." in the chat; Zalo answers a bare ``{"ok": true}``."""
        result = await self._call("sendChatAction", {"chat_id": chat_id, "action": action})
        return result if isinstance(result, bool) else True

    # Transport, envelope and retries.

    async def _call(
        self,
        method: str,
        payload: dict[str, Any],
        limits: float | httpx.Timeout = _CALL_TIMEOUT,
    ) -> Any:
        """POST one method, retrying transient failures with exponential backoff.

        Retrying a send is at-least-once: Zalo has no idempotency key, so a send whose
        answer timed out may have been delivered, and its retry then delivers it twice.
        """
        for attempt in range(self.retries + 1):
            try:
                return await self._call_once(method, payload, limits)
            except ZaloApiError as error:
                if not error.retryable:
                    raise
                if attempt == self.retries:
                    raise ZaloApiError(
                        method,
                        error.code,
                        f"{error.description} (gave up after {attempt + 1} attempts)",
                        retryable=True,
                    ) from None
                delay = self.backoff * 2**attempt
                logger.warning(
                    "Zalo %s failed (%d %s), retry %d of %d in %.1f s",
                    method,
                    error.code,
                    error.description,
                    attempt + 1,
                    self.retries,
                    delay,
                )
                await self._sleep(delay)
        raise AssertionError("unreachable: the last attempt returns or raises")

    async def _call_once(
        self, method: str, payload: dict[str, Any], limits: float | httpx.Timeout
    ) -> Any:
        """POST one method once: Zalo's ``result``, or a :class:`ZaloApiError`."""
        url = f"{self.base_url}/bot{self._token}/{method}"
        try:
            response = await self._http.post(url, json=payload, timeout=limits)
        except httpx.HTTPError as exc:
            # No answer: the description names the failure, never the URL (which holds
            # the token); "from None" keeps httpx's exception, and its request, out of
            # tracebacks.
            description = self._redact(f"{type(exc).__name__}: {exc}".rstrip(": "))
            raise ZaloApiError(method, 0, description, retryable=True) from None
        return self._unwrap(method, response)

    def _unwrap(self, method: str, response: httpx.Response) -> Any:
        """Zalo's ``result`` from the envelope: ``ok`` decides, not only the HTTP status."""
        try:
            body = response.json()
        except ValueError:
            body = None
        if isinstance(body, dict) and body.get("ok") is True and response.is_success:
            return body.get("result")
        code = _error_code(response.status_code, body)
        description = "no JSON envelope"
        if isinstance(body, dict):
            description = str(body.get("description") or "")
        description = self._redact(description or response.reason_phrase)
        raise ZaloApiError(method, code, description, retryable=_retryable(method, code))

    def _redact(self, text: str) -> str:
        """The text without the token (servers and proxies may echo the URL back)."""
        return text.replace(self._token, _REDACTED)


def _error_code(status: int, body: Any) -> int:
    """Zalo's ``error_code`` when it gave one, else the HTTP status when it is a failure."""
    code = body.get("error_code") if isinstance(body, dict) else None
    if isinstance(code, int) and not isinstance(code, bool):
        return code
    # HTTP 2xx with ok=false and no code: a refusal without a number.
    return status if status >= 300 else 0


def _retryable(method: str, code: int) -> bool:
    """Whether waiting may help: quota, Zalo's 403, 5xx, and a timed-out call.

    getUpdates' 408 is an idle poll, "nothing new", which the caller turns into ``[]``;
    400/401/404 and the other refusals would fail the same way again.
    """
    if code == _IDLE and method == "getUpdates":
        return False
    return code in _RETRYABLE_CODES or code >= 500


def _check_text(field: str, text: str) -> None:
    """Refuse before sending what Zalo would refuse (1 to 2000 characters)."""
    if not text:
        raise ValueError(f"Zalo refuses an empty {field}")
    if len(text) > TEXT_LIMIT:
        raise ValueError(f"Zalo takes at most {TEXT_LIMIT} characters of {field}, got {len(text)}")


def _as_dict(method: str, result: Any) -> dict[str, Any]:
    """The result as the object the method documents, or an error saying it was not."""
    if not isinstance(result, dict):
        raise ZaloApiError(
            method, 0, f"unexpected result {type(result).__name__}", retryable=False
        )
    return result


def _as_updates(result: Any) -> list[dict[str, Any]]:
    """One update object (Zalo's habit) or an array of them, as a list."""
    if result is None:
        return []
    if isinstance(result, dict):
        return [result]
    if isinstance(result, list):
        # A malformed item is dropped, not allowed to stop polling for everything after it.
        return [update for update in result if isinstance(update, dict)]
    raise ZaloApiError(
        "getUpdates", 0, f"unexpected result {type(result).__name__}", retryable=False
    )
