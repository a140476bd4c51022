"""The Bot API emulator of tests/support, driven by the real python-telegram-bot in-process."""

from __future__ import annotations

import asyncio
import http.client
import json
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections import Counter
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

import pytest
from telegram import (
    BotCommand,
    BotCommandScopeAllPrivateChats,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    Update,
)
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter, TimedOut
from telegram.ext import (
    Application,
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    MessageHandler,
    TypeHandler,
    filters,
)

from tests.support import BotApiEmulator, FakeUser
from tests.support.botapi import InjectedFault

TOKEN = "123456:TEST"
AnyApplication = Application[Any, Any, Any, Any, Any, Any]


@dataclass
class RunningBot:
    application: AnyApplication
    update_ids: list[int] = field(default_factory=list)


@pytest.fixture
def emulator() -> Iterator[BotApiEmulator]:
    with BotApiEmulator(token=TOKEN) as emulator:
        yield emulator


@pytest.fixture
def lan(emulator: BotApiEmulator) -> FakeUser:
    return emulator.user(1001, "Lan", "Nguyễn", username="lan_nguyen")


def build_application(emulator: BotApiEmulator, running: list[RunningBot]) -> AnyApplication:
    application: AnyApplication = (
        Application.builder()
        .token(TOKEN)
        .base_url(emulator.base_url)
        .base_file_url(emulator.base_file_url)
        .job_queue(None)
        .build()
    )

    async def record(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        running[0].update_ids.append(update.update_id)

    async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        assert update.effective_message and update.effective_user
        keyboard = InlineKeyboardMarkup(
            [
                [
                    InlineKeyboardButton("Đồng ý", callback_data="yes"),
                    InlineKeyboardButton("Để sau", callback_data="later"),
                ]
            ]
        )
        await update.effective_message.reply_text(
            f"Xin chào <b>{update.effective_user.first_name}</b>! Bạn muốn nhận nhắc việc?",
            parse_mode="HTML",
            reply_markup=keyboard,
        )

    async def pressed(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        query = update.callback_query
        assert query is not None
        await query.answer("Đã ghi nhận")
        await query.edit_message_text(f"Bạn đã chọn: {query.data}")

    async def document(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        message = update.effective_message
        assert message is not None and message.document is not None
        file = await message.document.get_file()
        content = await file.download_as_bytearray()
        await message.reply_text(
            f"Đã nhận {message.document.file_name} ({len(content)} byte, "
            f"file_id={message.document.file_id}, caption={message.caption})"
        )

    async def echo(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        message = update.effective_message
        assert message is not None
        await message.reply_text(f"Bạn nói: {message.text}")

    application.add_handler(TypeHandler(Update, record), group=-1)
    application.add_handler(CommandHandler("start", start))
    application.add_handler(CallbackQueryHandler(pressed))
    application.add_handler(MessageHandler(filters.Document.ALL, document))
    application.add_handler(MessageHandler(filters.TEXT & ~filters.COMMAND, echo))
    return application


@pytest.fixture
async def bot(emulator: BotApiEmulator) -> AsyncIterator[RunningBot]:
    holder: list[RunningBot] = []
    application = build_application(emulator, holder)
    holder.append(RunningBot(application))
    async with application:
        await application.start()
        assert application.updater is not None
        await application.updater.start_polling(poll_interval=0, timeout=1)
        try:
            yield holder[0]
        finally:
            await application.updater.stop()
            await application.stop()


# ----------------------------------------------------------------------------------------------
# With python-telegram-bot


async def test_get_me_and_the_start_reply_with_its_keyboard(
    bot: RunningBot, emulator: BotApiEmulator, lan: FakeUser
) -> None:
    me = bot.application.bot
    assert (me.username, me.id, me.first_name) == ("nhacviec_test_bot", 123456, "Nhắc việc")

    sent = lan.send("/start")
    assert sent["entities"] == [{"type": "bot_command", "offset": 0, "length": 6}]
    reply = await asyncio.to_thread(lan.wait_for, "Xin chào")

    assert reply["text"] == "Xin chào Lan! Bạn muốn nhận nhắc việc?"
    assert reply["raw_text"] == "Xin chào <b>Lan</b>! Bạn muốn nhận nhắc việc?"
    assert reply["parse_mode"] == "HTML"
    assert reply["chat_id"] == reply["chat"]["id"] == lan.id
    assert reply["chat"]["type"] == "private"
    assert reply["from"]["is_bot"] is True
    assert "reply_to_message" not in reply  # PTB quotes by default only in groups
    assert reply["message_id"] == sent["message_id"] + 1
    assert abs(reply["date"] - time.time()) < 60  # seconds, not milliseconds
    buttons = [[b["text"] for b in row] for row in reply["reply_markup"]["inline_keyboard"]]
    assert buttons == [["Đồng ý", "Để sau"]]
    assert lan.messages()[-1]["message_id"] == reply["message_id"]


async def test_a_pressed_button_is_answered_and_its_message_edited(
    bot: RunningBot, emulator: BotApiEmulator, lan: FakeUser
) -> None:
    lan.send("/start")
    await asyncio.to_thread(lan.wait_for, "Xin chào")
    lan.mark()

    query = await asyncio.to_thread(lan.press_button, "Để sau")
    assert query["data"] == "later"
    assert query["chat_instance"]
    edited = await asyncio.to_thread(lan.wait_for, "Bạn đã chọn: later")

    assert edited["event"] == "edited"
    assert "reply_markup" not in edited  # editing the text without a keyboard drops it
    assert "edit_date" in edited
    assert emulator.callback_answers == [
        {
            "callback_query_id": query["id"],
            "chat_id": lan.id,
            "message_id": edited["message_id"],
            "data": "later",
            "text": "Đã ghi nhận",
            "show_alert": False,
            "url": None,
            "cache_time": None,
        }
    ]
    assert [m["text"] for m in lan.messages()] == ["Bạn đã chọn: later"]


async def test_telegram_limits_are_enforced(
    bot: RunningBot, emulator: BotApiEmulator, lan: FakeUser
) -> None:
    telegram = bot.application.bot
    await telegram.send_message(lan.id, "x" * 4096)
    with pytest.raises(BadRequest, match="too long"):
        await telegram.send_message(lan.id, "x" * 4097)
    with pytest.raises(BadRequest, match=r"(?i)can't parse entities: unsupported start tag"):
        await telegram.send_message(lan.id, "Xã <Tân Lập> đã xong", parse_mode="HTML")
    with pytest.raises(BadRequest, match="Button_data_invalid"):
        keyboard = InlineKeyboardMarkup([[InlineKeyboardButton("x", callback_data="đ" * 33)]])
        await telegram.send_message(lan.id, "x", reply_markup=keyboard)
    with pytest.raises(BadRequest, match="Chat not found"):
        await telegram.send_message(999, "ai đó?")
    assert [len(m["text"]) for m in emulator.sent] == [4096]


async def test_set_my_commands_is_recorded(bot: RunningBot, emulator: BotApiEmulator) -> None:
    telegram = bot.application.bot
    commands = [BotCommand("start", "Bắt đầu"), BotCommand("viec_cua_toi", "Việc của tôi")]
    scope = BotCommandScopeAllPrivateChats()
    assert await telegram.set_my_commands(commands, scope=scope, language_code="vi")

    assert emulator.commands == [
        {
            "commands": [
                {"command": "start", "description": "Bắt đầu"},
                {"command": "viec_cua_toi", "description": "Việc của tôi"},
            ],
            "scope": {"type": "all_private_chats"},
            "language_code": "vi",
        }
    ]
    assert await telegram.get_my_commands(scope=scope, language_code="vi") == tuple(commands)
    assert await telegram.get_my_commands() == ()
    with pytest.raises(BadRequest, match="Bot_command_invalid"):
        await telegram.set_my_commands([BotCommand("Việc", "có dấu")])
    assert await telegram.delete_my_commands(scope=scope, language_code="vi")
    assert await telegram.get_my_commands(scope=scope, language_code="vi") == ()


async def test_documents_travel_both_ways(
    bot: RunningBot, emulator: BotApiEmulator, lan: FakeUser
) -> None:
    workbook = b"PK\x03\x04 not really a workbook \r\n\x00\xff"
    lan.send_document("BQACdoc-1", "kế hoạch.xlsx", "Kế hoạch 2025", content=workbook)
    reply = await asyncio.to_thread(lan.wait_for, "Đã nhận kế hoạch.xlsx")
    assert reply["text"] == (
        f"Đã nhận kế hoạch.xlsx ({len(workbook)} byte, file_id=BQACdoc-1, caption=Kế hoạch 2025)"
    )

    telegram = bot.application.bot
    report = "Xã,Tiến độ\r\nTân Lập,80%\n".encode() + b"\x00\xff"
    message = await telegram.send_document(
        lan.id, document=report, filename="báo cáo.csv", caption="Báo cáo tuần"
    )
    assert message.document is not None
    assert message.document.file_name == "báo cáo.csv"
    assert message.caption == "Báo cáo tuần"
    upload = emulator.uploads[-1]
    assert (upload["file_name"], upload["content"]) == ("báo cáo.csv", report)
    assert emulator.sent[-1]["file_bytes"] == report
    assert emulator.file_content(message.document.file_id) == report

    again = await telegram.send_document(lan.id, document=message.document.file_id)
    assert again.document is not None and again.document.file_name == "báo cáo.csv"
    photo = await telegram.send_photo(lan.id, photo=b"\x89PNG fake", caption="Ảnh")
    assert photo.photo and photo.caption == "Ảnh"
    assert emulator.uploads[-1]["field"] == "photo"
    with pytest.raises(BadRequest, match="Wrong file identifier"):
        await telegram.send_document(lan.id, document="no-such-file-id")
    assert await telegram.send_chat_action(lan.id, "upload_document")
    assert emulator.chat_actions == [{"chat_id": lan.id, "action": "upload_document"}]


async def test_injected_faults_reach_the_bot_as_ptb_errors(
    bot: RunningBot, emulator: BotApiEmulator, lan: FakeUser, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Without it PTB 22 warns (an error here) as it builds RetryAfter from an int.
    monkeypatch.setenv("PTB_TIMEDELTA", "true")
    telegram = bot.application.bot

    emulator.fail_next("sendMessage", 429, retry_after=1)
    with pytest.raises(RetryAfter) as flood:
        await telegram.send_message(lan.id, "chào")
    assert flood.value.retry_after == timedelta(seconds=1)

    emulator.fail_next("sendMessage", 403)
    with pytest.raises(Forbidden, match="blocked by the user"):
        await telegram.send_message(lan.id, "chào")
    emulator.fail_next("sendMessage", 500)
    with pytest.raises(NetworkError, match="Internal Server Error"):
        await telegram.send_message(lan.id, "chào")

    await telegram.send_message(lan.id, "lần này được")
    assert [m["text"] for m in emulator.sent] == ["lần này được"]

    lan.block()
    with pytest.raises(Forbidden, match="blocked by the user"):
        await telegram.send_message(lan.id, "chào")
    lan.send("Mình đây")  # writing to the bot unblocks it
    await asyncio.to_thread(lan.wait_for, "Bạn nói: Mình đây")


async def test_random_faults_reach_the_bot_as_ptb_errors(
    bot: RunningBot, emulator: BotApiEmulator, lan: FakeUser, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PTB_TIMEDELTA", "true")
    telegram = bot.application.bot

    emulator.fail_randomly(1.0, {"sendMessage"}, kinds=["429"], retry_after=2)
    with pytest.raises(RetryAfter) as flood:
        await telegram.send_message(lan.id, "một")
    assert flood.value.retry_after == timedelta(seconds=2)
    emulator.fail_randomly(1.0, {"sendMessage"}, kinds=["500"])
    with pytest.raises(NetworkError, match="Internal Server Error"):
        await telegram.send_message(lan.id, "hai")
    assert emulator.sent == []

    # The answer never comes: the message was sent all the same, the bot only timed out.
    emulator.fail_randomly(1.0, {"sendMessage"}, kinds=["timeout"])
    started = time.monotonic()
    with pytest.raises(TimedOut):
        await telegram.send_message(lan.id, "ba", read_timeout=0.3)
    assert time.monotonic() - started < 2
    # The connection is dropped without an answer: a NetworkError, not a timeout.
    emulator.fail_randomly(1.0, {"sendMessage"}, kinds=["disconnect"])
    with pytest.raises(NetworkError) as dropped:
        await telegram.send_message(lan.id, "bốn")
    assert not isinstance(dropped.value, TimedOut)
    assert [m["text"] for m in emulator.sent] == ["ba", "bốn"]

    # fail_next comes first; other methods are untouched; stop_failing ends it.
    emulator.fail_next("sendMessage", 403)
    with pytest.raises(Forbidden):
        await telegram.send_message(lan.id, "năm")
    assert await telegram.get_me()
    emulator.stop_failing()
    await telegram.send_message(lan.id, "sáu")

    [three, four] = emulator.sent[:2]
    assert emulator.injected == [
        InjectedFault("sendMessage", "429", lan.id),
        InjectedFault("sendMessage", "500", lan.id),
        InjectedFault("sendMessage", "timeout", lan.id, three["message_id"]),
        InjectedFault("sendMessage", "disconnect", lan.id, four["message_id"]),
    ]
    assert emulator.injected_counts() == {"429": 1, "500": 1, "timeout": 1, "disconnect": 1}
    assert emulator.injected_counts("getUpdates") == {}
    # The bot's long poll went on through all of it.
    lan.send("còn đó không?")
    await asyncio.to_thread(lan.wait_for, "Bạn nói: còn đó không?")


async def test_every_update_is_delivered_once(
    bot: RunningBot, emulator: BotApiEmulator, lan: FakeUser
) -> None:
    binh = emulator.user(1002, "Bình", language_code="en")

    def talk() -> None:
        for number in range(6):
            user = lan if number % 2 == 0 else binh
            user.send(f"tin {number}")
            if number == 2:
                time.sleep(0.3)  # let the bot sit in a long poll, then wake it up

    await asyncio.to_thread(talk)
    for number in range(6):
        user = lan if number % 2 == 0 else binh
        await asyncio.to_thread(user.wait_for, f"Bạn nói: tin {number}")
    await asyncio.to_thread(
        emulator.wait_until, lambda: not emulator.pending_updates(), 5, "all updates confirmed"
    )

    queued = sorted(set(emulator.deliveries))
    assert bot.update_ids == queued
    assert len(bot.update_ids) == len(set(bot.update_ids)) == 6
    assert [m["text"] for m in binh.messages()] == [
        "Bạn nói: tin 1",
        "Bạn nói: tin 3",
        "Bạn nói: tin 5",
    ]


# ----------------------------------------------------------------------------------------------
# Over plain HTTP


def call(
    emulator: BotApiEmulator,
    method: str,
    *,
    form: bool = False,
    token: str = TOKEN,
    client_timeout: float = 10,
    **params: Any,
) -> tuple[int, dict[str, Any]]:
    url = f"{emulator.base_url.removesuffix('/bot')}/bot{token}/{method}"
    if form:
        body = urllib.parse.urlencode(params).encode()
        content_type = "application/x-www-form-urlencoded"
    else:
        body = json.dumps(params).encode()
        content_type = "application/json"
    request = urllib.request.Request(url, data=body, headers={"Content-Type": content_type})
    try:
        with urllib.request.urlopen(request, timeout=client_timeout) as response:
            return int(response.status), json.loads(response.read())
    except urllib.error.HTTPError as error:
        with error:
            return error.code, json.loads(error.read())


def test_get_updates_honours_offset_and_timeout(emulator: BotApiEmulator, lan: FakeUser) -> None:
    lan.send("một")
    lan.send("hai")
    status, answer = call(emulator, "getUpdates")
    assert status == 200 and answer["ok"] is True
    first, second = answer["result"]
    assert second["update_id"] == first["update_id"] + 1
    assert first["message"]["text"] == "một"

    _, again = call(emulator, "getUpdates", offset=first["update_id"])
    assert [u["update_id"] for u in again["result"]] == [first["update_id"], second["update_id"]]
    _, rest = call(emulator, "getUpdates", offset=second["update_id"], form=True, limit=1)
    assert [u["update_id"] for u in rest["result"]] == [second["update_id"]]

    started = time.monotonic()
    _, empty = call(emulator, "getUpdates", offset=second["update_id"] + 1, timeout=0.3)
    assert empty["result"] == []
    assert 0.25 <= time.monotonic() - started < 2

    timer = threading.Timer(0.2, lan.send, args=("ba",))
    timer.start()
    started = time.monotonic()
    _, woken = call(emulator, "getUpdates", offset=second["update_id"] + 1, timeout=30)
    timer.join()
    assert [u["message"]["text"] for u in woken["result"]] == ["ba"]
    assert woken["result"][0]["update_id"] == second["update_id"] + 1
    assert time.monotonic() - started < 1.5

    emulator.max_poll_seconds = 0.5  # a long poll is capped, so that tests stay fast
    started = time.monotonic()
    _, capped = call(
        emulator, "getUpdates", offset=woken["result"][0]["update_id"] + 1, timeout=60
    )
    assert capped["result"] == []
    assert 0.45 <= time.monotonic() - started < 1.5


def test_errors_look_like_telegram(emulator: BotApiEmulator, lan: FakeUser) -> None:
    assert call(emulator, "getMe", token="654321:WRONG") == (
        401,
        {"ok": False, "error_code": 401, "description": "Unauthorized"},
    )
    assert call(emulator, "sendSticker", chat_id=lan.id) == (
        404,
        {"ok": False, "error_code": 404, "description": "Not Found: method not implemented"},
    )
    status, me = call(emulator, "getme")
    assert status == 200 and me["result"]["is_bot"] is True
    assert call(emulator, "getWebhookInfo")[1]["result"] == {
        "url": "",
        "has_custom_certificate": False,
        "pending_update_count": 0,
    }
    emulator.fail_next("getMe", 429, retry_after=3)
    assert call(emulator, "getMe") == (
        429,
        {
            "ok": False,
            "error_code": 429,
            "description": "Too Many Requests: retry after 3",
            "parameters": {"retry_after": 3},
        },
    )
    status, sent = call(
        emulator,
        "sendMessage",
        form=True,
        chat_id=lan.id,
        text="chào",
        reply_markup=json.dumps({"inline_keyboard": [[{"text": "A", "callback_data": "a"}]]}),
    )
    assert status == 200
    assert sent["result"]["reply_markup"]["inline_keyboard"][0][0]["callback_data"] == "a"
    status, edited = call(
        emulator, "editMessageText", chat_id=lan.id, message_id=sent["result"]["message_id"]
    )
    assert (status, edited["description"]) == (400, "Bad Request: message text is empty")


def test_random_faults_are_seeded_and_counted(emulator: BotApiEmulator, lan: FakeUser) -> None:
    def statuses(seed: int, *, interleaved: bool = False) -> list[int]:
        emulator.fail_randomly(0.3, ["getMe"], kinds=["429", "500"], seed=seed)
        answers = []
        for number in range(60):
            if interleaved and number % 3 == 0:
                call(emulator, "getWebhookInfo")
            answers.append(call(emulator, "getMe")[0])
        return answers

    first = statuses(seed=11)
    assert statuses(seed=11) == first  # the same seed, the same faults in the same order
    # Each method draws apart: calls of another method in between change nothing.
    emulator.fail_randomly(0.5, ["getWebhookInfo"], kinds=["500"], seed=11)
    assert statuses(seed=11, interleaved=True) == first
    emulator.fail_randomly(0, ["getWebhookInfo"])
    counts = Counter(first)
    assert set(counts) == {200, 429, 500}
    assert emulator.injected_counts("getme") == {"429": 3 * counts[429], "500": 3 * counts[500]}
    assert emulator.injected_counts("getWebhookInfo")["500"] > 0
    assert call(emulator, "getWebhookInfo")[0] == 200
    assert call(emulator, "sendMessage", chat_id=lan.id, text="không bị lỗi")[0] == 200

    emulator.fail_randomly(1.0, ["sendMessage"], kinds=["429"], retry_after=1)
    assert call(emulator, "sendMessage", chat_id=lan.id, text="x") == (
        429,
        {
            "ok": False,
            "error_code": 429,
            "description": "Too Many Requests: retry after 1",
            "parameters": {"retry_after": 1},
        },
    )
    # A timeout holds the request until the client gives up ...
    emulator.fail_randomly(1.0, ["sendMessage"], kinds=["timeout"], hold_seconds=30)
    started = time.monotonic()
    with pytest.raises(TimeoutError):
        call(emulator, "sendMessage", chat_id=lan.id, text="chờ mãi", client_timeout=0.3)
    assert time.monotonic() - started < 2
    # ... or until hold_seconds pass, then closes the connection without an answer.
    emulator.fail_randomly(1.0, ["sendMessage"], kinds=["timeout"], hold_seconds=0.2)
    with pytest.raises(http.client.RemoteDisconnected):
        call(emulator, "sendMessage", chat_id=lan.id, text="chờ chút", client_timeout=5)
    emulator.stop_failing()
    assert [m["text"] for m in emulator.sent] == ["không bị lỗi", "chờ mãi", "chờ chút"]
    assert emulator.injected_counts("sendMessage") == {"429": 1, "timeout": 2}
    with pytest.raises(ValueError, match="fault kinds"):
        emulator.fail_randomly(0.1, kinds=["503"])


def test_wait_for_reports_what_it_saw(emulator: BotApiEmulator, lan: FakeUser) -> None:
    call(emulator, "sendMessage", chat_id=lan.id, text="Nhắc việc: nộp báo cáo")
    lan.send("ai đọc không?")
    assert lan.wait_for("nộp báo cáo", timeout=0.1)["text"] == "Nhắc việc: nộp báo cáo"
    lan.mark()
    with pytest.raises(AssertionError) as failure:
        lan.wait_for("nộp báo cáo", timeout=0.1)
    assert "(none)" in str(failure.value)
    assert "1 update(s) not yet confirmed" in str(failure.value)
    with pytest.raises(AssertionError, match="no inline button"):
        lan.press_button("Đồng ý", timeout=0.1)
