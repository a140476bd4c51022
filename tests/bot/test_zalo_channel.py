"""The Zalo channel in-process against the fake Zalo Bot API: webhook, dedupe, failures."""

from __future__ import annotations

import asyncio
import socket
from collections.abc import Iterator
from datetime import datetime

import pytest
from sqlalchemy import Engine

from bot.channels.router import Router
from bot.channels.zalo.channel import ZaloChannel, ZaloWebhook
from bot.channels.zalo.client import ZaloClient
from bot.runtime import Runtime
from bot.settings import Settings
from handlers.conversation import Conversation
from handlers.i18n import translator
from handlers.types import Person, Reply
from models.calendar import WorkingCalendar
from models.clock import VIETNAM, FixedClock
from scheduler.sweep import DeliveryFailed, Unreachable
from tests.support.zaloapi import ZaloBotApiFake

TOKEN = "1234567890:zalo-test-secret"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture
def fake() -> Iterator[ZaloBotApiFake]:
    with ZaloBotApiFake(token=TOKEN) as running:
        yield running


async def make_channel(engine: Engine, fake: ZaloBotApiFake) -> ZaloChannel:
    clock = FixedClock(datetime(2025, 12, 5, 9, 0, tzinfo=VIETNAM))
    runtime = Runtime(Settings(), clock, engine, WorkingCalendar(), translator("vi"))
    conversation = Conversation(engine, clock, runtime.calendar)
    client = ZaloClient(TOKEN, fake.base_url, backoff=0.01)
    return ZaloChannel(runtime, conversation, client, Router())


async def test_webhook_checks_the_secret_and_takes_both_body_shapes(
    seeded_engine: Engine, fake: ZaloBotApiFake
) -> None:
    channel = await make_channel(seeded_engine, fake)
    port = free_port()
    await channel.start(
        ZaloWebhook(f"http://127.0.0.1:{port}/zalo", "127.0.0.1", port, "s3cret-webhook-token")
    )
    try:
        lan = fake.user("Ngô Thị Lan")
        lan.send("tro giup")
        await asyncio.to_thread(lan.wait_for, "/dangky", 10)
        fake.webhook_body = "raw"
        lan.mark()
        lan.send("dang ky")
        # Any answer shows the raw shape was read (what /dangky says depends on the commune).
        await asyncio.to_thread(lan.wait_for, lambda _message: True, 10)
        forged = {
            "event_name": "message.text.received",
            "message": {
                "from": {"id": lan.id, "display_name": "x", "is_bot": False},
                "chat": {"id": lan.id, "chat_type": "PRIVATE"},
                "text": "nhiem vu",
                "message_id": "forged0000000000000a",
                "date": 1764900000000,
            },
        }
        status = await asyncio.to_thread(fake.webhook_post, forged, "wrong-secret-value")
        assert status == 403
        assert (
            await asyncio.to_thread(fake.webhook_post, {"nonsense": True}, "s3cret-webhook-token")
            == 200
        )
    finally:
        await channel.stop()


async def test_polling_answers_once_despite_replays_and_echoes(
    seeded_engine: Engine, fake: ZaloBotApiFake
) -> None:
    fake.replay = True
    fake.echo_own_sends = True
    channel = await make_channel(seeded_engine, fake)
    await channel.start()
    try:
        lan = fake.user("Ngô Thị Lan")
        lan.send("tro giup")
        await asyncio.to_thread(lan.wait_for, "/dangky", 10)
        await asyncio.sleep(2.5)  # a few more polls hand the same update back
        answers = [m for m in lan.messages() if "/dangky" in m.get("text", "")]
        assert len(answers) == 1
        fake.push_raw({"event_name": "message.text.received", "message": "not a dict"})
        fake.push_raw(["not", "an", "update"])  # type: ignore[arg-type]
        lan.mark()
        lan.send("baocao")
        await asyncio.to_thread(lan.wait_for, "chưa đăng ký", 10)
    finally:
        await channel.stop()


async def test_delivery_failures_become_retries_or_unreachable(
    seeded_engine: Engine, fake: ZaloBotApiFake
) -> None:
    channel = await make_channel(seeded_engine, fake)
    lan = fake.user("Ngô Thị Lan")
    fake.fail_next("sendMessage", 429, times=2)
    assert await channel.send(lan.id, Reply("Nhắc việc"))  # retried inside the client
    fake.fail_next("sendMessage", 500, times=5)
    with pytest.raises(DeliveryFailed):
        await channel.send(lan.id, Reply("Nhắc việc"))
    with pytest.raises(Unreachable):
        await channel.send("ffffffffffffffffffff", Reply("Nhắc việc"))  # a chat Zalo refuses
    long_text = "\n".join(f"• dòng số {number} của một báo cáo dài" for number in range(200))
    await channel.send(lan.id, Reply(long_text))
    parts = [m["text"] for m in lan.messages()][-3:]
    assert all(len(part) <= 2000 for part in parts) and len(parts) >= 2
    await channel.client.aclose()


async def test_the_person_carries_the_handle_only_when_zalo_sends_one(
    seeded_engine: Engine, fake: ZaloBotApiFake
) -> None:
    """Zalo documents no handle (from: id, display_name, is_bot): the username stays empty."""
    channel = await make_channel(seeded_engine, fake)

    def person_of(sender: dict[str, object], message_id: str) -> Person:
        update = {
            "event_name": "message.text.received",
            "message": {
                "from": sender,
                "chat": {"id": "a" * 20, "chat_type": "PRIVATE"},
                "text": "tro giup",
                "message_id": message_id,
            },
        }
        incoming = channel._incoming(update)
        assert incoming is not None
        return incoming.person

    documented = person_of({"id": "a" * 20, "display_name": "Lan", "is_bot": False}, "m1")
    assert (documented.display_name, documented.username) == ("Lan", "")
    handle = person_of({"id": "a" * 20, "display_name": "Lan", "username": "lan.kt"}, "m2")
    assert handle.username == "lan.kt"
    await channel.client.aclose()
