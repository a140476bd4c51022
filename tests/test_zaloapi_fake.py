"""The Zalo Bot API fake of tests/support, driven over real HTTP with httpx."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, cast

import httpx
import pytest

from tests.support.zaloapi import FakeZaloUser, ZaloBotApiFake

TOKEN = "1234567890:zalo-test-secret"
BOT_ID = "1459232241454765289"
SECRET = "s3cret-token"
JSON = dict[str, Any]


@pytest.fixture
def fake() -> Iterator[ZaloBotApiFake]:
    # A short long-poll cap keeps the idle-poll tests fast.
    with ZaloBotApiFake(max_poll_seconds=0.2) as fake:
        yield fake


@pytest.fixture
def api(fake: ZaloBotApiFake) -> Iterator[httpx.Client]:
    with httpx.Client(base_url=f"{fake.base_url}/bot{TOKEN}/", timeout=5.0) as client:
        yield client


@pytest.fixture
def lan(fake: ZaloBotApiFake) -> FakeZaloUser:
    return fake.user("Lan Nguyễn")


def is_hex20(value: object) -> bool:
    return isinstance(value, str) and len(value) == 20 and int(value, 16) >= 0


def recent_ms(value: object) -> bool:
    return isinstance(value, int) and abs(value - time.time() * 1000) < 60_000


# ----------------------------------------------------------------------------------------------
# A receiver for webhook pushes


@dataclass
class Receiver:
    """Records the pushes it gets; answers 403 to a wrong secret, as Zalo's sample does."""

    secret: str
    status: int = 200
    received: list[tuple[dict[str, str], JSON]] = field(default_factory=list)
    cond: threading.Condition = field(default_factory=threading.Condition)

    def wait_for(self, count: int) -> None:
        with self.cond:
            assert self.cond.wait_for(lambda: len(self.received) >= count, timeout=5)


class _ReceiverHandler(BaseHTTPRequestHandler):
    disable_nagle_algorithm = True

    def do_POST(self) -> None:
        receiver = cast(Any, self.server).receiver
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
        headers = {key.lower(): value for key, value in self.headers.items()}
        ok = headers.get("x-bot-api-secret-token") == receiver.secret
        with receiver.cond:
            receiver.received.append((headers, body))
            receiver.cond.notify_all()
        self.send_response(receiver.status if ok else 403)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, format: str, *args: Any) -> None:
        """Quiet."""


@pytest.fixture
def receiver() -> Iterator[tuple[Receiver, str]]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _ReceiverHandler)
    receiver = Receiver(SECRET)
    cast(Any, server).receiver = receiver
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05})
    thread.start()
    try:
        yield receiver, f"http://127.0.0.1:{server.server_address[1]}/zalo/webhook"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


# ----------------------------------------------------------------------------------------------
# Envelope, routing and parameters


def test_get_me_envelope_and_routing(fake: ZaloBotApiFake, api: httpx.Client) -> None:
    response = api.post("getMe", json={})
    assert response.status_code == 200
    assert response.json() == {
        "ok": True,
        "result": {
            "id": BOT_ID,
            "account_name": "bot.NhacViec",
            "account_type": "BASIC",
            "can_join_groups": False,
        },
    }
    assert api.get("getMe").json()["ok"] is True

    wrong = httpx.post(f"{fake.base_url}/bot1234567890:wrong/getMe", json={})
    assert (wrong.status_code, wrong.json()) == (
        401,
        {"ok": False, "error_code": 401, "description": "Unauthorized"},
    )
    not_found = {"ok": False, "error_code": 404, "description": "Not Found"}
    for method in ("getme", "editMessageText", "testWebhook"):  # case-sensitive, 10 methods
        response = api.post(method, json={})
        assert (response.status_code, response.json()) == (404, not_found)
    assert [method for method, _ in fake.calls] == [
        "getMe",
        "getMe",
        "getme",
        "editMessageText",
        "testWebhook",
    ]


def test_parameters_as_json_form_multipart_or_query(
    fake: ZaloBotApiFake, api: httpx.Client, lan: FakeZaloUser
) -> None:
    assert api.post("sendMessage", json={"chat_id": lan.id, "text": "json"}).json()["ok"]
    assert api.post("sendMessage", data={"chat_id": lan.id, "text": "form"}).json()["ok"]
    multipart = api.post("sendMessage", files={"chat_id": (None, lan.id), "text": (None, "mp")})
    assert multipart.json()["ok"]
    assert api.get("sendMessage", params={"chat_id": lan.id, "text": "query"}).json()["ok"]
    assert [m["text"] for m in lan.messages()] == ["json", "form", "mp", "query"]
    assert fake.calls[0] == ("sendMessage", {"chat_id": lan.id, "text": "json"})

    broken = api.post("sendMessage", content=b"{", headers={"Content-Type": "application/json"})
    assert broken.status_code == 400 and broken.json()["error_code"] == 400


# ----------------------------------------------------------------------------------------------
# Long polling


def test_get_updates_returns_one_update_then_408(
    fake: ZaloBotApiFake, api: httpx.Client, lan: FakeZaloUser
) -> None:
    first = lan.send("Xin chào")
    second = lan.send("Báo cáo")

    answer = api.post("getUpdates", json={"timeout": 30}).json()
    assert answer == {
        "ok": True,
        "result": {"event_name": "message.text.received", "message": first},
    }
    message = answer["result"]["message"]
    assert message["from"] == {"id": lan.id, "display_name": "Lan Nguyễn", "is_bot": False}
    assert message["chat"] == {"id": lan.id, "chat_type": "PRIVATE"}
    assert is_hex20(lan.id) and is_hex20(message["message_id"]) and recent_ms(message["date"])
    assert api.post("getUpdates", json={}).json()["result"]["message"] == second

    started = time.monotonic()
    idle = api.post("getUpdates", json={"timeout": 30})  # capped at max_poll_seconds (0.2 s)
    assert (idle.status_code, idle.json()) == (
        408,
        {"ok": False, "error_code": 408, "description": "Request timeout"},
    )
    assert 0.15 <= time.monotonic() - started < 2
    fake.max_poll_seconds = 5.0  # so that honouring a short timeout is told apart from the cap
    started = time.monotonic()
    assert api.post("getUpdates", json={"timeout": 0}).status_code == 408
    assert time.monotonic() - started < 2
    assert fake.deliveries == [
        {"event_name": "message.text.received", "message": first},
        {"event_name": "message.text.received", "message": second},
    ]


def test_a_waiting_poll_wakes_up_and_string_timeouts(
    fake: ZaloBotApiFake, api: httpx.Client, lan: FakeZaloUser
) -> None:
    fake.max_poll_seconds = 5.0  # the poll must outlast the timer even on a loaded machine
    timer = threading.Timer(0.1, lan.send, args=("muộn",))
    timer.start()
    try:
        answer = api.post("getUpdates", json={"timeout": "30"})  # OpenClaw sends a string
    finally:
        timer.join()
    assert answer.json()["result"]["message"]["text"] == "muộn"

    started = time.monotonic()
    assert api.post("getUpdates", data={"timeout": "0.05"}).status_code == 408
    assert time.monotonic() - started < 2
    bad = api.post("getUpdates", json={"timeout": "soon"})
    assert bad.status_code == 400


def test_replay_redelivers_consumed_updates(
    fake: ZaloBotApiFake, api: httpx.Client, lan: FakeZaloUser
) -> None:
    fake.replay = True
    fake.max_poll_seconds = 5.0
    first, second = lan.send("một"), lan.send("hai")
    ids = [api.post("getUpdates", json={"timeout": 30}).json()["result"]["message"]["message_id"]]
    started = time.monotonic()
    ids += [
        api.post("getUpdates", json={"timeout": 30}).json()["result"]["message"]["message_id"]
        for _ in range(4)
    ]
    assert time.monotonic() - started < 2  # replays are answered at once, not after a wait
    assert ids == [first["message_id"], second["message_id"]] * 2 + [first["message_id"]]
    third = lan.send("ba")  # a fresh update goes before the replays
    assert api.post("getUpdates", json={}).json()["result"]["message"] == third


def test_array_results_wraps_the_update_in_a_list(
    fake: ZaloBotApiFake, api: httpx.Client, lan: FakeZaloUser
) -> None:
    fake.array_results = True
    sent = lan.send("mảng")
    result = api.post("getUpdates", json={}).json()["result"]
    assert result == [{"event_name": "message.text.received", "message": sent}]


def test_echo_own_sends_and_other_events(
    fake: ZaloBotApiFake, api: httpx.Client, lan: FakeZaloUser
) -> None:
    fake.echo_own_sends = True
    sent = api.post("sendMessage", json={"chat_id": lan.id, "text": "Đã nhận"}).json()["result"]
    echo = api.post("getUpdates", json={}).json()["result"]
    assert echo["event_name"] == "message.text.received"
    assert echo["message"]["from"]["id"] == BOT_ID
    assert echo["message"]["chat"] == {"id": lan.id, "chat_type": "PRIVATE"}
    assert (echo["message"]["message_id"], echo["message"]["text"]) == (
        sent["message_id"],
        "Đã nhận",
    )

    image = lan.send_image("https://example.test/a.jpg", caption="ảnh")
    assert image["photo"] == image["photo_url"] == "https://example.test/a.jpg"
    unsupported = lan.send_unsupported()
    assert "text" not in unsupported and "photo" not in unsupported
    fake.push_raw({"event_name": "message.text.received"})  # no message at all
    events = [api.post("getUpdates", json={}).json()["result"] for _ in range(3)]
    assert [e["event_name"] for e in events] == [
        "message.image.received",
        "message.unsupported.received",
        "message.text.received",
    ]
    assert events[0]["message"]["caption"] == "ảnh"
    assert events[2] == {"event_name": "message.text.received"}


# ----------------------------------------------------------------------------------------------
# Sending


def test_send_validation_and_records(
    fake: ZaloBotApiFake, api: httpx.Client, lan: FakeZaloUser
) -> None:
    result = api.post("sendMessage", json={"chat_id": lan.id, "text": "x" * 2000}).json()["result"]
    assert set(result) == {"message_id", "date"}
    assert is_hex20(result["message_id"]) and recent_ms(result["date"])
    assert fake.sent[-1] == {
        "method": "sendMessage",
        "chat_id": lan.id,
        "text": "x" * 2000,
        **result,
    }

    too_long = api.post("sendMessage", json={"chat_id": lan.id, "text": "x" * 2001})
    assert (too_long.status_code, too_long.json()) == (
        400,
        {"ok": False, "error_code": 400, "description": "Bad Request: text too long"},
    )
    # Counted in UTF-16 units, the stricter reading of an unspecified limit.
    assert (
        api.post("sendMessage", json={"chat_id": lan.id, "text": "😀" * 1001}).status_code == 400
    )
    for params in (
        {"chat_id": lan.id, "text": ""},
        {"chat_id": lan.id},
        {"text": "ai?"},
        {"chat_id": "0" * 20, "text": "không có ai"},
        {"chat_id": lan.id, "text": "x", "parse_mode": "HTML"},
    ):
        answer = api.post("sendMessage", json=params)
        assert (answer.status_code, answer.json()["ok"]) == (400, False), params
    ok = {"chat_id": lan.id, "text": "**đậm**", "parse_mode": "markdown"}
    assert api.post("sendMessage", json=ok).status_code == 200

    photo = {"chat_id": lan.id, "photo": "https://example.test/p.png", "caption": "c" * 2000}
    assert api.post("sendPhoto", json=photo).status_code == 200
    assert api.post("sendPhoto", json={**photo, "caption": "c" * 2001}).status_code == 400
    assert api.post("sendPhoto", json={**photo, "photo": "/tmp/p.png"}).status_code == 400
    assert api.post("sendSticker", json={"chat_id": lan.id, "sticker": "abc"}).status_code == 200
    voice = {"chat_id": lan.id, "voice_url": "https://example.test/v.aac"}
    assert api.post("sendVoice", json=voice).status_code == 200
    typing = api.post("sendChatAction", json={"chat_id": lan.id, "action": "typing"})
    assert typing.json() == {"ok": True, "result": True}
    assert api.post("sendChatAction", json={"chat_id": lan.id, "action": "x"}).status_code == 400
    fake.bare_chat_action_ok = True
    typing = api.post("sendChatAction", json={"chat_id": lan.id, "action": "typing"})
    assert typing.json() == {"ok": True}
    assert fake.chat_actions == [{"chat_id": lan.id, "action": "typing"}] * 2
    assert [m["method"] for m in lan.messages()] == [
        "sendMessage",
        "sendMessage",
        "sendPhoto",
        "sendSticker",
        "sendVoice",
    ]


def test_wait_for_mark_and_its_failure_report(
    fake: ZaloBotApiFake, api: httpx.Client, lan: FakeZaloUser
) -> None:
    other = fake.user("Minh", user_id="a" * 20)
    assert other.id == "a" * 20
    api.post("sendMessage", json={"chat_id": lan.id, "text": "cũ"})
    lan.mark()
    timer = threading.Timer(
        0.05, api.post, args=("sendMessage",), kwargs={"json": {"chat_id": lan.id, "text": "mới"}}
    )
    timer.start()
    try:
        assert lan.wait_for("mới")["text"] == "mới"
    finally:
        timer.join()
    assert lan.wait_for(lambda m: m["text"].startswith("m"))["text"] == "mới"
    with pytest.raises(AssertionError, match=r"(?s)'cũ'.*none"):
        other.wait_for("cũ", timeout=0.05)
    with pytest.raises(AssertionError, match="'mới'"):
        lan.wait_for("cũ", timeout=0.05)  # sent before the mark, listed: only "mới"
    fake.send_quota = 0
    quota = api.post("sendMessage", json={"chat_id": lan.id, "text": "hết"})
    assert (quota.status_code, quota.json()["description"]) == (429, "Quota exceeded")


# ----------------------------------------------------------------------------------------------
# Webhook


def test_set_webhook_validation_and_polling_conflict(
    fake: ZaloBotApiFake, api: httpx.Client, lan: FakeZaloUser
) -> None:
    never = api.post("getWebhookInfo", json={})
    assert (never.status_code, never.json()) == (
        404,
        {"ok": False, "error_code": 404, "description": "Not Found"},
    )
    url = "https://bot.example.test/zalo"
    for params in (
        {"url": url},
        {"secret_token": SECRET},
        {"url": url, "secret_token": "short"},
        {"url": url, "secret_token": "x" * 257},
        {"url": "ftp://bot.example.test/zalo", "secret_token": SECRET},
        {"url": "http://bot.example.test/zalo", "secret_token": SECRET},
    ):
        assert api.post("setWebhook", json=params).status_code == 400, params

    result = api.post("setWebhook", json={"url": url, "secret_token": "x" * 8}).json()["result"]
    assert result["url"] == url and recent_ms(result["updated_at"])
    info = api.post("getWebhookInfo", json={}).json()["result"]
    assert info == {"url": url, "updated_at": result["updated_at"]}  # never the secret
    conflict = api.post("getUpdates", json={"timeout": 0})
    assert conflict.status_code == 400 and conflict.json()["error_code"] == 400

    deleted = api.post("deleteWebhook", json={}).json()["result"]
    assert deleted["url"] == "" and recent_ms(deleted["updated_at"])
    assert api.post("getWebhookInfo", json={}).json()["result"]["url"] == ""
    lan.send("lại polling")
    assert api.post("getUpdates", json={}).json()["result"]["message"]["text"] == "lại polling"


@pytest.mark.parametrize("shape", ["wrapped", "raw"])
def test_webhook_pushes_with_the_secret(
    fake: ZaloBotApiFake,
    api: httpx.Client,
    lan: FakeZaloUser,
    receiver: tuple[Receiver, str],
    shape: str,
) -> None:
    server, url = receiver
    fake.webhook_body = "raw" if shape == "raw" else "wrapped"
    lan.send("trước webhook")  # stays queued for getUpdates
    assert api.post("setWebhook", json={"url": url, "secret_token": SECRET}).json()["ok"]

    sent = lan.send("qua webhook")
    fake.wait_until(lambda: len(fake.webhook_deliveries) == 1, 5, "a webhook push")
    update = {"event_name": "message.text.received", "message": sent}
    body = {"ok": True, "result": update} if shape == "wrapped" else update
    assert fake.webhook_deliveries == [(200, body)]
    headers, received = server.received[0]
    assert received == body
    assert headers["x-bot-api-secret-token"] == SECRET
    assert headers["content-type"] == "application/json"
    assert fake.pending_updates()[0]["message"]["text"] == "trước webhook"

    server.status = 500
    lan.send("lỗi")
    fake.wait_until(lambda: len(fake.webhook_deliveries) == 2, 5, "a second push")
    assert fake.webhook_deliveries[1][0] == 500
    assert fake.webhook_post(update, "wrong-secret") == 403
    assert fake.webhook_post(update, None) == 403
    server.wait_for(4)


# ----------------------------------------------------------------------------------------------
# Fault injection


def test_fail_next_and_stall_next(
    fake: ZaloBotApiFake, api: httpx.Client, lan: FakeZaloUser
) -> None:
    params = {"chat_id": lan.id, "text": "nhắc"}
    fake.fail_next("sendMessage", 429)
    fake.fail_next("sendMessage", 403)
    fake.fail_next("sendMessage", 500, "Oops", times=2)
    fake.fail_next("sendMessage", 400, http_status=200)
    answers = [api.post("sendMessage", json=params) for _ in range(6)]
    assert [(a.status_code, a.json().get("description")) for a in answers] == [
        (429, "Quota exceeded"),
        (403, "Internal server error"),
        (500, "Oops"),
        (500, "Oops"),
        (200, "Bad Request"),
        (200, None),
    ]
    assert answers[0].json() == {"ok": False, "error_code": 429, "description": "Quota exceeded"}
    assert answers[4].json()["ok"] is False
    assert len(fake.sent) == 1

    fake.stall_next("sendMessage", 0.3)
    with (
        httpx.Client(base_url=f"{fake.base_url}/bot{TOKEN}/", timeout=0.1) as impatient,
        pytest.raises(httpx.ReadTimeout),
    ):
        impatient.post("sendMessage", json=params)
    # The stalled send still happens: a timed-out send may have been delivered.
    fake.wait_until(lambda: len(fake.sent) == 2, 5, "the stalled send")
    assert api.post("sendMessage", json=params).status_code == 200  # only the next call stalls
