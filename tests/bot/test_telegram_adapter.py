"""The Telegram adapter with the real PTB Application and an offline request double."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from datetime import datetime
from typing import Any

import pytest
from pydantic import SecretStr
from sqlalchemy import Engine
from telegram import Update
from telegram.request import BaseRequest, RequestData

from bot.channels.router import Router
from bot.channels.telegram import TelegramChannel
from bot.runtime import Runtime
from bot.settings import Settings
from handlers.conversation import Conversation
from handlers.i18n import translator
from handlers.types import Incoming, Reply
from models.calendar import WorkingCalendar
from models.clock import VIETNAM, FixedClock
from models.db import session_scope
from models.officers import add_officer, find_unit
from models.tables import Channel, Role

BOT = {
    "id": 42,
    "is_bot": True,
    "first_name": "Nhắc việc",
    "username": "nhacviec_bot",
    "can_join_groups": False,
    "can_read_all_group_messages": False,
    "supports_inline_queries": False,
}


class OfflineRequest(BaseRequest):
    """Answers the Bot API methods the adapter uses, and records every call."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, dict[str, Any]]] = []
        self.message_id = 500

    async def initialize(self) -> None:
        """Nothing to open."""

    async def shutdown(self) -> None:
        """Nothing to close."""

    @property
    def read_timeout(self) -> float | None:
        return 1.0

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: Any = None,
        write_timeout: Any = None,
        connect_timeout: Any = None,
        pool_timeout: Any = None,
    ) -> tuple[int, bytes]:
        name = url.rsplit("/", 1)[-1]
        params = request_data.json_parameters if request_data else {}
        self.calls.append((name, dict(params)))
        result: Any = True
        if name == "getMe":
            result = BOT
        elif name in ("sendMessage", "sendDocument", "sendPhoto"):
            self.message_id += 1
            result = {
                "message_id": self.message_id,
                "date": 1764896400,
                "chat": {"id": int(params["chat_id"]), "type": "private"},
                "from": BOT,
                "text": params.get("text", ""),
            }
        return 200, json.dumps({"ok": True, "result": result}).encode()

    def sent(self, method: str = "sendMessage") -> list[dict[str, Any]]:
        return [params for name, params in self.calls if name == method]


@pytest.fixture
async def adapter(seeded_engine: Engine) -> AsyncIterator[tuple[TelegramChannel, OfflineRequest]]:
    clock = FixedClock(datetime(2025, 12, 5, 8, 0, tzinfo=VIETNAM))
    with session_scope(seeded_engine) as session:
        unit = find_unit(session, "vanphong")
        assert unit is not None
        add_officer(
            session,
            unit=unit,
            full_name="Lê Văn Cường",
            role=Role.OFFICER,
            channel=Channel.TELEGRAM,
            external_id="2001",
            now=clock.now(),
        )
    settings = Settings(TELEGRAM_BOT_TOKEN=SecretStr("42:OFFLINE"))
    runtime = Runtime(settings, clock, seeded_engine, WorkingCalendar(), translator("vi"))
    conversation = Conversation(seeded_engine, clock, runtime.calendar)
    channel = TelegramChannel(runtime, conversation, Router())
    request = OfflineRequest()
    channel.application.bot._request = (request, request)  # both the polling and the API request
    async with channel.application:
        await channel.prepare()
        yield channel, request


def message_update(
    text: str,
    update_id: int = 1,
    reply_to: int | None = None,
    document: dict[str, Any] | None = None,
) -> dict[str, Any]:
    message: dict[str, Any] = {
        "message_id": update_id + 10,
        "date": 1764896400,
        "chat": {"id": 2001, "type": "private", "first_name": "Cường"},
        "from": {
            "id": 2001,
            "is_bot": False,
            "first_name": "Cường",
            "last_name": "Lê Văn",
            "language_code": "vi",
        },
    }
    if document is not None:
        message["document"] = document
        message["caption"] = text
    else:
        message["text"] = text
    if text.startswith("/"):
        message["entities"] = [
            {"type": "bot_command", "offset": 0, "length": len(text.split()[0])}
        ]
    if reply_to is not None:
        message["reply_to_message"] = {
            "message_id": reply_to,
            "date": 1764896400,
            "chat": message["chat"],
            "from": BOT,
            "text": "...",
        }
    return {"update_id": update_id, "message": message}


async def feed(channel: TelegramChannel, data: dict[str, Any]) -> None:
    update = Update.de_json(data, channel.application.bot)
    await channel.application.process_update(update)


async def test_start_up_sets_the_default_menu(
    adapter: tuple[TelegramChannel, OfflineRequest],
) -> None:
    channel, request = adapter
    [menu] = request.sent("setMyCommands")
    commands = [command["command"] for command in json.loads(menu["commands"])]
    assert commands == ["start", "dangky", "trogiup", "ngonngu"]
    assert channel.conversation.settings.bot_username == "nhacviec_bot"


async def test_a_long_list_is_split_and_choices_become_a_keyboard(
    adapter: tuple[TelegramChannel, OfflineRequest],
) -> None:
    channel, request = adapter
    await feed(channel, message_update("/nhiemvu"))
    sent = request.sent()
    assert sum(len(params["text"]) for params in sent) > 4096
    assert all(len(params["text"]) <= 4096 for params in sent)
    assert all("reply_markup" not in params for params in sent[:-1])
    keyboard = json.loads(sent[-1]["reply_markup"])["inline_keyboard"]
    assert keyboard[0][0]["callback_data"].startswith("t:")


async def test_a_button_press_becomes_a_choice_and_its_message_is_remembered(
    adapter: tuple[TelegramChannel, OfflineRequest],
) -> None:
    channel, request = adapter
    query = {
        "update_id": 5,
        "callback_query": {
            "id": "q1",
            "chat_instance": "c1",
            "data": "t:13",
            "from": {"id": 2001, "is_bot": False, "first_name": "Cường"},
            "message": {
                "message_id": 77,
                "date": 1764896400,
                "chat": {"id": 2001, "type": "private"},
                "from": BOT,
                "text": "...",
            },
        },
    }
    await feed(channel, query)
    assert [name for name, _ in request.calls if name == "answerCallbackQuery"]
    [details] = request.sent()
    assert details["text"].startswith("Nhiệm vụ 12 (mục II)")
    await feed(channel, message_update("60% đã gửi dự thảo", 6, reply_to=request.message_id))
    assert "Đã ghi nhận nhiệm vụ 12: 60%" in request.sent()[-1]["text"]


async def test_a_document_sent_as_a_reply_is_kept(
    adapter: tuple[TelegramChannel, OfflineRequest],
) -> None:
    channel, request = adapter
    reply_to = await remembered_message(channel, request)
    await feed(
        channel,
        message_update(
            "xong",
            8,
            reply_to=reply_to,
            document={"file_id": "DOC-1", "file_unique_id": "u1", "file_name": "bao-cao.pdf"},
        ),
    )
    # The commune has no coordinator yet to confirm it: the completion counts at once.
    assert "100% — Hoàn thành đúng hạn" in request.sent()[-1]["text"]


async def remembered_message(channel: TelegramChannel, request: OfflineRequest) -> int:
    await channel.deliver("2001", Reply("Nhiệm vụ 12", task_id=13))
    return request.message_id


async def test_a_menu_reply_sets_the_chat_menu(
    adapter: tuple[TelegramChannel, OfflineRequest],
) -> None:
    channel, request = adapter
    await feed(channel, message_update("/start", 9))
    scoped = [
        params
        for params in request.sent("setMyCommands")
        if "scope" in params and json.loads(params["scope"])["type"] == "chat"
    ]
    assert scoped and "nhiemvu" in scoped[-1]["commands"]


async def test_the_platform_handle_reaches_the_core(
    adapter: tuple[TelegramChannel, OfflineRequest], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A coordinator checks a registration against the handle: messages and presses carry it."""
    channel, _request = adapter
    seen: list[Incoming] = []

    def handle(incoming: Incoming) -> list[Reply]:
        seen.append(incoming)
        return []

    monkeypatch.setattr(channel.conversation, "handle", handle)
    with_handle = message_update("/trogiup", 11)
    with_handle["message"]["from"]["username"] = "cuong_vanphong"
    await feed(channel, with_handle)
    await feed(channel, message_update("/trogiup", 12))  # no handle set on the account
    press = {
        "update_id": 13,
        "callback_query": {
            "id": "q2",
            "chat_instance": "c1",
            "data": "t:13",
            "from": {"id": 2001, "is_bot": False, "first_name": "Cường", "username": "cuong_vp"},
            "message": {
                "message_id": 78,
                "date": 1764896400,
                "chat": {"id": 2001, "type": "private"},
                "from": BOT,
                "text": "...",
            },
        },
    }
    await feed(channel, press)
    assert [incoming.person.username for incoming in seen] == ["cuong_vanphong", "", "cuong_vp"]
