"""The Zalo Bot API client against a MockTransport that plays Zalo (no network)."""

from __future__ import annotations

import json
import logging
from collections.abc import AsyncIterator, Callable
from typing import Any

import httpx
import pytest

from bot.channels.zalo.client import DEFAULT_API_URL, ZaloApiError, ZaloClient

TOKEN = "1459232241454765289:s3cr3t-Zalo-token"
CHAT = "6ede9afa66b88fe6d6a9"
SENT = {"message_id": "82599fa32f56d00e8941", "date": 1749632637199}
UPDATE = {
    "event_name": "message.text.received",
    "message": {
        "from": {"id": CHAT, "display_name": "Ted", "is_bot": False},
        "chat": {"id": CHAT, "chat_type": "PRIVATE"},
        "text": "Xin chào",
        "message_id": "2d758cb5e222177a4e35",
        "date": 1750316131602,
    },
}

Reply = httpx.Response | Exception | Callable[[httpx.Request], httpx.Response]


def ok(result: Any = None, *, bare: bool = False) -> httpx.Response:
    """Zalo's success envelope (``bare``: ``{"ok": true}`` without a result)."""
    return httpx.Response(200, json={"ok": True} if bare else {"ok": True, "result": result})


def fail(status: int, code: int | None, description: str) -> httpx.Response:
    """Zalo's failure envelope, on the given HTTP status."""
    body: dict[str, Any] = {"ok": False, "description": description}
    if code is not None:
        body["error_code"] = code
    return httpx.Response(status, json=body)


def read_timeout(request: httpx.Request) -> httpx.Response:
    raise httpx.ReadTimeout("timed out", request=request)


class FakeZalo:
    """Answers each request with the next scripted reply, and remembers the requests."""

    def __init__(self) -> None:
        self.script: list[Reply] = []
        self.requests: list[httpx.Request] = []

    def reply(self, *replies: Reply) -> None:
        self.script.extend(replies)

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        assert self.script, f"unexpected request {request.url.path}"
        reply = self.script.pop(0)
        if isinstance(reply, Exception):
            raise reply
        if callable(reply):
            return reply(request)
        return reply

    @property
    def methods(self) -> list[str]:
        return [request.url.path.rsplit("/", 1)[-1] for request in self.requests]

    def body(self, index: int = -1) -> Any:
        return json.loads(self.requests[index].content)


class FakeSleep:
    """Records the backoff delays instead of waiting."""

    def __init__(self) -> None:
        self.delays: list[float] = []

    async def __call__(self, delay: float) -> None:
        self.delays.append(delay)


@pytest.fixture
def zalo() -> FakeZalo:
    return FakeZalo()


@pytest.fixture
def sleep() -> FakeSleep:
    return FakeSleep()


@pytest.fixture
async def client(zalo: FakeZalo, sleep: FakeSleep) -> AsyncIterator[ZaloClient]:
    async with ZaloClient(
        TOKEN, "https://zalo.test/", transport=httpx.MockTransport(zalo), sleep=sleep
    ) as client:
        yield client


# Requests and the envelope.


async def test_send_message_posts_json_to_the_token_url(
    client: ZaloClient, zalo: FakeZalo
) -> None:
    zalo.reply(ok(SENT))
    result = await client.send_message(CHAT, "Hạn nộp báo cáo: 15/7")
    request = zalo.requests[0]
    assert request.method == "POST"
    assert str(request.url) == f"https://zalo.test/bot{TOKEN}/sendMessage"
    assert request.headers["content-type"] == "application/json"
    assert zalo.body() == {"chat_id": CHAT, "text": "Hạn nộp báo cáo: 15/7"}
    assert result == SENT
    assert isinstance(result["message_id"], str)
    assert result["date"] == 1749632637199


async def test_parse_mode_is_sent_only_when_given(client: ZaloClient, zalo: FakeZalo) -> None:
    zalo.reply(ok(SENT))
    await client.send_message(CHAT, "**XONG**", parse_mode="markdown")
    assert zalo.body() == {"chat_id": CHAT, "text": "**XONG**", "parse_mode": "markdown"}


def test_the_default_base_url_is_zalo_platforms() -> None:
    assert DEFAULT_API_URL == "https://bot-api.zaloplatforms.com"


@pytest.mark.parametrize(
    ("call", "method", "body"),
    [
        (lambda c: c.get_me(), "getMe", {}),
        (lambda c: c.delete_webhook(), "deleteWebhook", {}),
        (
            lambda c: c.set_webhook("https://nhacviec.test/zalo", "secret-123"),
            "setWebhook",
            {"url": "https://nhacviec.test/zalo", "secret_token": "secret-123"},
        ),
        (
            lambda c: c.send_photo(CHAT, "https://nhacviec.test/chart.png", caption="Tiến độ"),
            "sendPhoto",
            {"chat_id": CHAT, "photo": "https://nhacviec.test/chart.png", "caption": "Tiến độ"},
        ),
        (
            lambda c: c.send_photo(CHAT, "https://nhacviec.test/chart.png"),
            "sendPhoto",
            {"chat_id": CHAT, "photo": "https://nhacviec.test/chart.png"},
        ),
        (
            lambda c: c.send_sticker(CHAT, "bfe458"),
            "sendSticker",
            {"chat_id": CHAT, "sticker": "bfe458"},
        ),
        (
            lambda c: c.send_voice(CHAT, "https://nhacviec.test/a.aac"),
            "sendVoice",
            {"chat_id": CHAT, "voice_url": "https://nhacviec.test/a.aac"},
        ),
    ],
)
async def test_each_method_posts_its_documented_body(
    client: ZaloClient, zalo: FakeZalo, call: Any, method: str, body: dict[str, Any]
) -> None:
    zalo.reply(ok({"id": "1459232241454765289", "url": "", "updated_at": 1749538250568}))
    result = await call(client)
    assert zalo.methods == [method]
    assert zalo.body() == body
    assert isinstance(result, dict)


async def test_get_me_keeps_the_bot_id_a_string(client: ZaloClient, zalo: FakeZalo) -> None:
    me = {"id": "1459232241454765289", "account_name": "bot.VDKyGxQvc", "can_join_groups": False}
    zalo.reply(ok(me))
    assert await client.get_me() == me


async def test_send_chat_action_accepts_a_bare_ok(client: ZaloClient, zalo: FakeZalo) -> None:
    zalo.reply(ok(bare=True))
    assert await client.send_chat_action(CHAT) is True
    assert zalo.body() == {"chat_id": CHAT, "action": "typing"}


async def test_ok_false_on_http_200_is_an_error(
    client: ZaloClient, zalo: FakeZalo, sleep: FakeSleep
) -> None:
    zalo.reply(fail(200, 400, "Bad request: chat_id is invalid"))
    with pytest.raises(ZaloApiError) as caught:
        await client.send_message("nobody", "hello")
    assert caught.value.code == 400
    assert caught.value.description == "Bad request: chat_id is invalid"
    assert caught.value.retryable is False
    assert sleep.delays == []


async def test_a_result_that_is_not_an_object_is_an_error(
    client: ZaloClient, zalo: FakeZalo
) -> None:
    zalo.reply(ok("sent"))
    with pytest.raises(ZaloApiError, match="unexpected result"):
        await client.send_message(CHAT, "hello")


async def test_a_non_json_gateway_error_keeps_its_status(
    client: ZaloClient, zalo: FakeZalo, sleep: FakeSleep
) -> None:
    zalo.reply(httpx.Response(502, text="<html>Bad Gateway</html>"), ok(SENT))
    assert await client.send_message(CHAT, "hello") == SENT
    assert sleep.delays == [0.5]


# getUpdates.


async def test_get_updates_wraps_the_single_object(client: ZaloClient, zalo: FakeZalo) -> None:
    zalo.reply(ok(UPDATE))
    updates = await client.get_updates()
    assert updates == [UPDATE]
    message = updates[0]["message"]
    assert message["chat"]["id"] == CHAT
    assert message["message_id"] == "2d758cb5e222177a4e35"
    assert message["date"] == 1750316131602


async def test_get_updates_keeps_an_array(client: ZaloClient, zalo: FakeZalo) -> None:
    second = {**UPDATE, "event_name": "message.sticker.received"}
    zalo.reply(ok([UPDATE, second]))
    assert await client.get_updates() == [UPDATE, second]


@pytest.mark.parametrize(
    "idle",
    [
        fail(408, None, "Request timeout"),
        fail(408, 408, "Request timeout"),
        httpx.Response(408, text="Request Timeout"),
        fail(200, 408, "Request timeout"),
    ],
    ids=["http-408", "http-408-code-408", "http-408-no-json", "code-408-in-200"],
)
async def test_an_idle_poll_is_an_empty_list_and_no_retry(
    client: ZaloClient, zalo: FakeZalo, sleep: FakeSleep, idle: httpx.Response
) -> None:
    zalo.reply(idle)
    assert await client.get_updates() == []
    assert len(zalo.requests) == 1
    assert sleep.delays == []


async def test_get_updates_sends_the_poll_timeout_and_reads_longer(
    zalo: FakeZalo, sleep: FakeSleep
) -> None:
    async with ZaloClient(
        TOKEN, poll_timeout=25, transport=httpx.MockTransport(zalo), sleep=sleep
    ) as client:
        zalo.reply(ok(UPDATE), ok(UPDATE), ok(SENT))
        await client.get_updates()
        await client.get_updates(timeout=5)
        await client.send_message(CHAT, "hello")
    assert [zalo.body(0), zalo.body(1)] == [{"timeout": 25}, {"timeout": 5}]
    reads = [request.extensions["timeout"]["read"] for request in zalo.requests]
    assert reads == [35, 15, 15]
    assert str(zalo.requests[0].url) == f"{DEFAULT_API_URL}/bot{TOKEN}/getUpdates"


async def test_get_updates_rejected_while_a_webhook_is_set(
    client: ZaloClient, zalo: FakeZalo
) -> None:
    zalo.reply(fail(400, 400, "Webhook is active"))
    with pytest.raises(ZaloApiError) as caught:
        await client.get_updates()
    assert (caught.value.code, caught.value.retryable) == (400, False)


# Retries.


@pytest.mark.parametrize(
    "failure",
    [
        fail(429, 429, "Quota exceeded"),
        fail(403, 403, "Internal server error"),
        fail(200, 403, "Internal server error"),
        fail(500, None, "Internal Server Error"),
        fail(503, 503, "Service Unavailable"),
        read_timeout,
        httpx.ConnectError("Connection refused"),
    ],
    ids=["429", "403", "403-in-200", "500", "503", "read-timeout", "connect-error"],
)
async def test_a_transient_failure_is_retried_with_backoff(
    client: ZaloClient, zalo: FakeZalo, sleep: FakeSleep, failure: Reply
) -> None:
    zalo.reply(failure, failure, failure, ok(SENT))
    assert await client.send_message(CHAT, "hello") == SENT
    assert sleep.delays == [0.5, 1.0, 2.0]
    assert zalo.methods == ["sendMessage"] * 4


async def test_mixed_failures_share_one_backoff_sequence(zalo: FakeZalo, sleep: FakeSleep) -> None:
    async with ZaloClient(
        TOKEN, retries=4, backoff=1.5, transport=httpx.MockTransport(zalo), sleep=sleep
    ) as client:
        zalo.reply(
            fail(429, 429, "Quota exceeded"),
            fail(403, 403, "Internal server error"),
            fail(500, 500, "oops"),
            read_timeout,
            ok(UPDATE),
        )
        assert await client.get_updates() == [UPDATE]
    assert sleep.delays == [1.5, 3.0, 6.0, 12.0]


async def test_giving_up_after_the_retries_is_retryable(
    client: ZaloClient, zalo: FakeZalo, sleep: FakeSleep
) -> None:
    zalo.reply(*[fail(500, 500, "Internal Server Error")] * 4)
    with pytest.raises(ZaloApiError) as caught:
        await client.send_message(CHAT, "hello")
    assert caught.value.retryable is True
    assert caught.value.code == 500
    assert "4 attempts" in caught.value.description
    assert len(zalo.requests) == 4
    assert sleep.delays == [0.5, 1.0, 2.0]


async def test_a_timeout_that_never_ends_is_a_transport_failure(
    client: ZaloClient, zalo: FakeZalo, sleep: FakeSleep
) -> None:
    zalo.reply(*[read_timeout] * 4)
    with pytest.raises(ZaloApiError) as caught:
        await client.send_message(CHAT, "hello")
    assert (caught.value.code, caught.value.retryable) == (0, True)
    assert "ReadTimeout" in caught.value.description


async def test_no_retries_when_asked_for_none(zalo: FakeZalo, sleep: FakeSleep) -> None:
    async with ZaloClient(
        TOKEN, retries=0, transport=httpx.MockTransport(zalo), sleep=sleep
    ) as client:
        zalo.reply(fail(429, 429, "Quota exceeded"))
        with pytest.raises(ZaloApiError) as caught:
            await client.send_message(CHAT, "hello")
    assert caught.value.retryable is True
    assert sleep.delays == []


@pytest.mark.parametrize(
    ("status", "description"),
    [(400, "Bad request"), (401, "Unauthorized"), (404, "Not Found")],
)
async def test_a_refusal_is_raised_at_once(
    client: ZaloClient, zalo: FakeZalo, sleep: FakeSleep, status: int, description: str
) -> None:
    zalo.reply(fail(status, status, description))
    with pytest.raises(ZaloApiError) as caught:
        await client.send_message(CHAT, "hello")
    assert (caught.value.code, caught.value.retryable) == (status, False)
    assert caught.value.description == description
    assert len(zalo.requests) == 1
    assert sleep.delays == []


# Webhook info and text limits.


async def test_webhook_info_is_none_when_never_set(client: ZaloClient, zalo: FakeZalo) -> None:
    zalo.reply(fail(404, None, "Not Found"))
    assert await client.get_webhook_info() is None
    assert len(zalo.requests) == 1


async def test_webhook_info_when_set(client: ZaloClient, zalo: FakeZalo) -> None:
    info = {"url": "https://nhacviec.test/zalo", "updated_at": 1749633372026}
    zalo.reply(ok(info))
    assert await client.get_webhook_info() == info


async def test_webhook_info_other_errors_still_raise(client: ZaloClient, zalo: FakeZalo) -> None:
    zalo.reply(fail(401, 401, "Unauthorized"))
    with pytest.raises(ZaloApiError):
        await client.get_webhook_info()


async def test_a_short_webhook_secret_is_refused_before_sending(
    client: ZaloClient, zalo: FakeZalo
) -> None:
    with pytest.raises(ValueError, match="8 to 256"):
        await client.set_webhook("https://nhacviec.test/zalo", "short")
    assert zalo.requests == []


async def test_text_over_2000_characters_is_refused_without_a_request(
    client: ZaloClient, zalo: FakeZalo
) -> None:
    with pytest.raises(ValueError, match="2000"):
        await client.send_message(CHAT, "ạ" * 2001)
    with pytest.raises(ValueError, match="2000"):
        await client.send_photo(CHAT, "https://nhacviec.test/a.png", caption="x" * 2001)
    with pytest.raises(ValueError, match="empty"):
        await client.send_message(CHAT, "")
    assert zalo.requests == []


async def test_exactly_2000_characters_go_out(client: ZaloClient, zalo: FakeZalo) -> None:
    zalo.reply(ok(SENT))
    await client.send_message(CHAT, "ạ" * 2000)
    assert len(zalo.body()["text"]) == 2000


# The token stays secret.


async def test_the_token_is_not_in_the_repr(client: ZaloClient) -> None:
    assert TOKEN not in repr(client)
    assert "zalo.test" in repr(client)


async def test_the_token_is_not_in_errors_that_echo_the_url(
    client: ZaloClient, zalo: FakeZalo
) -> None:
    def echo(request: httpx.Request) -> httpx.Response:
        return fail(404, 404, f"Not Found: {request.url}")

    zalo.reply(echo)
    with pytest.raises(ZaloApiError) as caught:
        await client.send_message(CHAT, "hello")
    assert "<token>" in str(caught.value)
    assert TOKEN not in str(caught.value)
    assert TOKEN not in repr(caught.value)
    assert caught.value.__cause__ is None


async def test_the_token_is_not_in_transport_errors(client: ZaloClient, zalo: FakeZalo) -> None:
    def refuse(request: httpx.Request) -> httpx.Response:
        raise httpx.ConnectError(f"cannot reach {request.url}", request=request)

    zalo.reply(*[refuse] * 4)
    with pytest.raises(ZaloApiError) as caught:
        await client.get_me()
    error = caught.value
    assert (error.code, error.retryable) == (0, True)
    assert "ConnectError" in str(error)
    assert TOKEN not in str(error)
    assert TOKEN not in error.description
    # Neither the cause nor the context is shown in a traceback.
    assert error.__cause__ is None
    assert error.__suppress_context__


async def test_the_token_is_not_in_log_records(
    client: ZaloClient, zalo: FakeZalo, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    zalo.reply(fail(429, 429, f"Quota exceeded for bot{TOKEN}"), ok(SENT))
    await client.send_message(CHAT, "hello")
    assert "HTTP Request: POST" in caplog.text  # httpx did log the URL...
    assert "/bot<token>/sendMessage" in caplog.text  # ...without the token
    assert "retry 1 of 3" in caplog.text
    assert TOKEN not in caplog.text
    assert all(TOKEN not in record.getMessage() for record in caplog.records)


async def test_a_closed_client_sends_nothing(zalo: FakeZalo, sleep: FakeSleep) -> None:
    client = ZaloClient(TOKEN, transport=httpx.MockTransport(zalo), sleep=sleep)
    await client.aclose()
    with pytest.raises(RuntimeError):
        await client.get_me()
    assert zalo.requests == []


def test_an_empty_token_is_refused() -> None:
    with pytest.raises(ValueError, match="token"):
        ZaloClient("")
