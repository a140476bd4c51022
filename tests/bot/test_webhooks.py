"""Webhooks: a secret every worker shares, and a body cap checked before the body is read."""

from __future__ import annotations

import asyncio
import json
import socket
from collections.abc import AsyncIterator, Iterator
from datetime import datetime
from typing import Any

import pytest
from pydantic import SecretStr
from sqlalchemy import Engine

from bot.channels.router import Router
from bot.channels.telegram import SECRET_HEADER, TelegramChannel, WebhookConfig
from bot.channels.webhook import MAX_WEBHOOK_BODY, derived_secret
from bot.channels.zalo.channel import ZaloChannel, ZaloWebhook
from bot.channels.zalo.client import ZaloClient
from bot.runtime import Runtime
from bot.settings import Settings
from handlers.conversation import Conversation
from handlers.i18n import translator
from models.calendar import WorkingCalendar
from models.clock import VIETNAM, FixedClock
from tests.bot.test_telegram_adapter import OfflineRequest, message_update
from tests.bot.test_zalo_channel import free_port
from tests.support.zaloapi import ZaloBotApiFake, post_json

TOKEN = "42:OFFLINE"
ZALO_TOKEN = "1234567890:zalo-test-secret"
TWO_MEGABYTES = 2 * 1024 * 1024
ALPHABET = set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-")


def test_derived_secrets_agree_across_workers_and_differ_across_tokens() -> None:
    first = WebhookConfig.make("https://xa.vn/hook", "0.0.0.0", 8443, None, token=TOKEN)
    second = WebhookConfig.make("https://xa.vn/hook", "127.0.0.1", 9000, None, token=TOKEN)
    assert first.secret == second.secret  # two workers, one secret: neither answers 403
    assert set(first.secret) <= ALPHABET and 8 <= len(first.secret) <= 256
    assert TOKEN.split(":")[1] not in first.secret
    other = WebhookConfig.make("https://xa.vn/hook", "0.0.0.0", 8443, None, token="43:OTHER")
    assert other.secret != first.secret
    zalo = ZaloWebhook.make("https://xa.vn/zalo", "0.0.0.0", 8444, None, token=ZALO_TOKEN)
    zalo_again = ZaloWebhook.make("https://xa.vn/zalo", "0.0.0.0", 8444, None, token=ZALO_TOKEN)
    assert zalo.secret == zalo_again.secret and set(zalo.secret) <= ALPHABET
    # The same token on both platforms still gives each its own secret.
    assert zalo.secret != ZaloWebhook.make("u", "l", 1, None, token=TOKEN).secret != first.secret
    # A secret that is set wins.
    assert WebhookConfig.make("u", "l", 1, "set-by-hand", token=TOKEN).secret == "set-by-hand"
    assert ZaloWebhook.make("u", "l", 1, "set-by-hand-2", token=TOKEN).secret == "set-by-hand-2"
    assert derived_secret(TOKEN, "a") != derived_secret(TOKEN, "b")


def post(port: int, path: str, body: bytes, secret: str | None) -> int:
    """POSTs raw bytes; returns the HTTP status."""
    import http.client

    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
    headers = {"Content-Type": "application/json"}
    if secret is not None:
        headers[SECRET_HEADER] = secret
    try:
        connection.request("POST", path, body=body, headers=headers)
        response = connection.getresponse()
        response.read()
        return response.status
    finally:
        connection.close()


def announce_big_body(port: int, path: str, secret_header: str, secret: str) -> int:
    """Announces a 2 MB body, sends only its first 64 KB, and reads the status the server
    answers: it must refuse on the headers, without waiting for (or reading) the rest."""
    with socket.create_connection(("127.0.0.1", port), timeout=10) as connection:
        head = (
            f"POST {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
            f"{secret_header}: {secret}\r\nContent-Length: {TWO_MEGABYTES}\r\n\r\n"
        )
        connection.sendall(head.encode() + b"{" + b" " * 65535)
        status_line = connection.makefile("rb").readline().decode()
    return int(status_line.split()[1])


@pytest.fixture
async def telegram(seeded_engine: Engine) -> AsyncIterator[tuple[TelegramChannel, OfflineRequest]]:
    clock = FixedClock(datetime(2025, 12, 5, 8, 0, tzinfo=VIETNAM))
    settings = Settings(TELEGRAM_BOT_TOKEN=SecretStr(TOKEN))
    runtime = Runtime(settings, clock, seeded_engine, WorkingCalendar(), translator("vi"))
    conversation = Conversation(seeded_engine, clock, runtime.calendar)
    channel = TelegramChannel(runtime, conversation, Router())
    request = OfflineRequest()
    channel.application.bot._request = (request, request)
    yield channel, request


async def test_the_telegram_webhook_checks_the_secret_and_caps_the_body(
    telegram: tuple[TelegramChannel, OfflineRequest],
) -> None:
    channel, request = telegram
    port = free_port()
    config = WebhookConfig.make(
        "https://xa.example.vn/nhacviec/hook", "127.0.0.1", port, None, token=TOKEN
    )
    await channel.start(config)
    try:
        [registered] = request.sent("setWebhook")
        assert registered["url"] == "https://xa.example.vn/nhacviec/hook"
        assert registered["secret_token"] == config.secret
        assert json.loads(registered["allowed_updates"]) == ["message", "callback_query"]
        update = json.dumps(message_update("/trogiup", 7)).encode()
        path = "/nhacviec/hook"
        assert await asyncio.to_thread(post, port, path, update, "wrong") == 403
        assert await asyncio.to_thread(post, port, path, update, None) == 403
        assert await asyncio.to_thread(post, port, path, b"{not json", config.secret) == 400
        status = await asyncio.to_thread(
            announce_big_body, port, path, SECRET_HEADER, config.secret
        )
        assert status == 413
        assert await asyncio.to_thread(post, port, path, b"[1, 2]", config.secret) == 200
        assert await asyncio.to_thread(post, port, path, update, config.secret) == 200
        for _ in range(100):
            if request.sent():
                break
            await asyncio.sleep(0.05)
        [answer] = request.sent()
        assert "/dangky" in answer["text"]  # the help of someone not registered
    finally:
        await channel.stop()


@pytest.fixture
def zalo_fake() -> Iterator[ZaloBotApiFake]:
    with ZaloBotApiFake(token=ZALO_TOKEN) as running:
        yield running


async def test_the_zalo_webhook_refuses_a_big_body_before_reading_it(
    seeded_engine: Engine, zalo_fake: ZaloBotApiFake
) -> None:
    clock = FixedClock(datetime(2025, 12, 5, 9, 0, tzinfo=VIETNAM))
    runtime = Runtime(Settings(), clock, seeded_engine, WorkingCalendar(), translator("vi"))
    conversation = Conversation(seeded_engine, clock, runtime.calendar)
    client = ZaloClient(ZALO_TOKEN, zalo_fake.base_url, backoff=0.01)
    channel = ZaloChannel(runtime, conversation, client, Router())
    port = free_port()
    webhook = ZaloWebhook.make(
        f"http://127.0.0.1:{port}/zalo", "127.0.0.1", port, None, token=ZALO_TOKEN
    )
    await channel.start(webhook)
    try:
        status = await asyncio.to_thread(
            announce_big_body, port, "/zalo", "X-Bot-Api-Secret-Token", webhook.secret
        )
        assert status == 413
        # Just under the cap is read (and, being no update, dropped).
        padded: dict[str, Any] = {"padding": "x" * (MAX_WEBHOOK_BODY - 100)}
        url = f"http://127.0.0.1:{port}/zalo"
        assert await asyncio.to_thread(post_json, url, padded, webhook.secret) == 200
        lan = zalo_fake.user("Ngô Thị Lan")
        lan.send("tro giup")
        await asyncio.to_thread(lan.wait_for, "/dangky", 10)
    finally:
        await channel.stop()
