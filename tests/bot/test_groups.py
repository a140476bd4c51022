"""Group chats: no task, report or file shown there; commands for other bots ignored."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import replace
from datetime import datetime
from typing import Any

import pytest
from pydantic import SecretStr
from sqlalchemy import Engine

from bot.channels.router import Router
from bot.channels.telegram import TelegramChannel
from bot.channels.zalo.channel import ZaloChannel
from bot.channels.zalo.client import ZaloClient
from bot.runtime import Runtime
from bot.settings import Settings
from handlers.context import CoreSettings
from handlers.conversation import Conversation
from handlers.i18n import translator
from handlers.types import Incoming, Person
from models.calendar import WorkingCalendar
from models.clock import VIETNAM, FixedClock
from models.db import session_scope
from models.officers import add_officer, find_unit
from models.tables import Channel, Role
from tests.bot.test_telegram_adapter import OfflineRequest, feed, message_update

NOW = datetime(2025, 12, 5, 8, 0, tzinfo=VIETNAM)
PRIVATELY = "Trong nhóm chat, tôi không hiển thị nhiệm vụ, báo cáo hay tệp nào"
GROUP = "-100123456"


@pytest.fixture
def conversation(seeded_engine: Engine) -> Conversation:
    with session_scope(seeded_engine) as session:
        unit = find_unit(session, "vanphong")
        assert unit is not None
        for channel in (Channel.TELEGRAM, Channel.ZALO):
            add_officer(
                session,
                unit=unit,
                full_name="Lê Văn Cường",
                role=Role.COORDINATOR,
                channel=channel,
                external_id="2001",
                now=NOW,
                displace=False,
            )
    conversation = Conversation(seeded_engine, FixedClock(NOW), WorkingCalendar())
    conversation.settings = CoreSettings(bot_username="nhacviec_xa_bot")
    return conversation


def said(conversation: Conversation, text: str = "", **fields: Any) -> list[str]:
    channel = fields.pop("channel", Channel.TELEGRAM)
    incoming = Incoming(Person(channel, "2001", "Cường"), GROUP, text=text, **fields)
    replies = conversation.handle(incoming)
    if not incoming.private:
        assert all(reply.file is None and not reply.choices for reply in replies)
    return [reply.text for reply in replies]


def test_a_group_sees_no_task_report_or_file(conversation: Conversation) -> None:
    for command in ("/nhiemvu", "/baocao", "/baocao word", "/nhiemvu@nhacviec_xa_bot", "/moi"):
        [answer] = said(conversation, command, private=False)
        assert answer.startswith(PRIVATELY) and "https://t.me/nhacviec_xa_bot" in answer
        assert "tính đến" not in answer
    # A button pressed in a group (forged: the bot offers none there) is no way around it.
    [answer] = said(conversation, choice="t:13", private=False)
    assert answer.startswith(PRIVATELY)
    # On Zalo there is no t.me link to give.
    [answer] = said(conversation, "/nhiemvu", private=False, channel=Channel.ZALO)
    assert answer.startswith(PRIVATELY) and "t.me" not in answer


def test_group_chatter_and_other_bots_commands_get_no_answer(conversation: Conversation) -> None:
    for text in ("chào cả nhà", "nhiem vu", "12", "bao cao", "", "/nhiemvu@other_bot"):
        assert said(conversation, text, private=False) == []


def test_commands_addressed_to_us_work_and_a_private_chat_is_always_ours(
    conversation: Conversation,
) -> None:
    [ours] = said(conversation, "/nhiemvu@NhacViec_Xa_Bot")
    assert "tính đến" in ours
    # Only we read a private chat: a mistyped or copied address is no reason for silence.
    [also_ours] = said(conversation, "/nhiemvu@other_bot")
    assert "tính đến" in also_ours
    [unknown] = said(conversation, "/@")
    assert "/trogiup" in unknown
    # Before the bot knows its name (Zalo only), an addressed command is taken as ours.
    conversation.settings = replace(conversation.settings, bot_username="")
    [answer] = said(conversation, "/trogiup@whatever", channel=Channel.ZALO)
    assert "/nhiemvu" in answer


@pytest.fixture
async def telegram(
    seeded_engine: Engine, conversation: Conversation
) -> AsyncIterator[tuple[TelegramChannel, OfflineRequest]]:
    settings = Settings(TELEGRAM_BOT_TOKEN=SecretStr("42:OFFLINE"))
    runtime = Runtime(
        settings, FixedClock(NOW), seeded_engine, WorkingCalendar(), translator("vi")
    )
    channel = TelegramChannel(runtime, conversation, Router())
    request = OfflineRequest()
    channel.application.bot._request = (request, request)
    async with channel.application:
        await channel.prepare()
        yield channel, request


def in_group(update: dict[str, Any]) -> dict[str, Any]:
    update["message"]["chat"] = {"id": int(GROUP), "type": "supergroup", "title": "UBND xã"}
    return update


async def test_telegram_groups_are_told_to_write_privately(
    telegram: tuple[TelegramChannel, OfflineRequest],
) -> None:
    channel, request = telegram
    await feed(channel, in_group(message_update("/nhiemvu", 1)))
    [answer] = request.sent()
    assert str(answer["chat_id"]) == GROUP and answer["text"].startswith(PRIVATELY)
    assert "reply_markup" not in answer
    await feed(channel, in_group(message_update("chào cả nhà", 2)))
    await feed(channel, in_group(message_update("/nhiemvu@other_bot", 3)))
    assert len(request.sent()) == 1
    await feed(channel, message_update("/nhiemvu@nhacviec_bot", 4))  # private, to us
    assert "tính đến" in request.sent()[1]["text"]


async def test_zalo_reads_the_chat_type(seeded_engine: Engine) -> None:
    runtime = Runtime(
        Settings(), FixedClock(NOW), seeded_engine, WorkingCalendar(), translator("vi")
    )
    conversation = Conversation(seeded_engine, runtime.clock, runtime.calendar)
    channel = ZaloChannel(runtime, conversation, ZaloClient("1:x", "http://127.0.0.1:9"), Router())

    def update(chat_type: str, message_id: str) -> dict[str, Any]:
        return {
            "event_name": "message.text.received",
            "message": {
                "from": {"id": "u" * 20, "display_name": "Cường", "is_bot": False},
                "chat": {"id": "g" * 20, "chat_type": chat_type},
                "text": "/nhiemvu",
                "message_id": message_id,
            },
        }

    group = channel._incoming(update("GROUP", "m1"))
    private = channel._incoming(update("PRIVATE", "m2"))
    assert group is not None and not group.private and group.chat_id == "g" * 20
    assert private is not None and private.private
    await channel.client.aclose()
