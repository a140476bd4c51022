"""The dashboard from the chat: /theodoi on any channel, and Telegram's menu button.

/theodoi asks the runtime's :class:`bot.web.links.WebLinks` for a link signed for the
writer, which opens their role's dashboard; while no web face serves at an address the
writer can open, it says so. Telegram's chat menu button opens the Mini App only when the
web face serves at an HTTPS address, which Telegram requires.
"""

from __future__ import annotations

import json
import re
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from pydantic import SecretStr
from sqlalchemy import Engine

from bot.channels.router import Router
from bot.channels.telegram import TelegramChannel
from bot.channels.terminal import TerminalChat
from bot.runtime import Runtime
from bot.settings import Settings
from bot.web.app import WebFace
from bot.web.links import WebLinks
from bot.web.server import build_face, start_web_thread
from handlers.context import CoreSettings
from handlers.conversation import Conversation
from handlers.help import menu_for
from handlers.i18n import translator
from handlers.types import Incoming, Person
from models.calendar import WorkingCalendar
from models.clock import FixedClock
from models.tables import Channel, Role
from tests.bot.test_telegram_adapter import OfflineRequest
from tests.bot.test_telegram_e2e import TOKEN, add_coordinator, bot_env, running_bot, step
from tests.support.botapi import BotApiEmulator, param_json
from tests.web.conftest import NOW, People, path_of

_DASHBOARD_LINK = re.compile(r"(http://testserver/d/[A-Za-z0-9._-]+)")
NOT_SET_UP = "Máy chủ này chưa bật bảng theo dõi trên web"


def ask(engine: Engine, settings: CoreSettings, telegram_id: str, text: str = "/theodoi") -> str:
    """What the bot answers ``text`` from a Telegram user, as one text."""
    conversation = Conversation(engine, FixedClock(NOW), WorkingCalendar(), settings)
    person = Person(Channel.TELEGRAM, telegram_id, "", "vi")
    replies = conversation.handle(Incoming(person, telegram_id, text=text))
    return "\n".join(reply.text for reply in replies)


def attached(face: WebFace) -> WebLinks:
    links = WebLinks()
    links.attach(face)
    return links


async def test_each_person_gets_their_own_dashboard_link(
    client: httpx.AsyncClient, face: WebFace, people: People
) -> None:
    settings = CoreSettings(web=attached(face))
    officer = ask(face.engine, settings, "1002")  # Phạm Thị Dung, Phòng Kinh tế
    assert "Bảng theo dõi của anh/chị" in officer and "24 giờ" in officer
    [link] = _DASHBOARD_LINK.findall(officer)
    page = await client.get(path_of(link))
    assert page.status_code == 200
    assert "Đơn vị: Phòng Kinh tế" in page.text

    [coordinator_link] = _DASHBOARD_LINK.findall(ask(face.engine, settings, "1001"))
    assert coordinator_link != link
    page = await client.get(path_of(coordinator_link))
    assert page.status_code == 200 and "Toàn xã" in page.text

    # Typed as people type it: no slash, no marks.
    assert _DASHBOARD_LINK.search(ask(face.engine, settings, "1004", "theo doi"))


def test_without_a_web_face_the_bot_says_so(face: WebFace, people: People) -> None:
    for settings in (CoreSettings(), CoreSettings(web=WebLinks())):
        answer = ask(face.engine, settings, "1002")
        assert NOT_SET_UP in answer and "/baocao" in answer
        assert "http" not in answer
    links = attached(face)
    links.detach()  # the web face stopped
    assert NOT_SET_UP in ask(face.engine, CoreSettings(web=links), "1002")


def test_strangers_get_no_link(face: WebFace, people: People) -> None:
    answer = ask(face.engine, CoreSettings(web=attached(face)), "9999")
    assert "/dangky" in answer and "http" not in answer


def test_the_menu_of_every_registered_role_lists_it() -> None:
    tr = translator("vi")
    for role in Role:
        assert ("theodoi", "Bảng theo dõi tiến độ, xem trên điện thoại") in menu_for(role, tr)
    assert "theodoi" not in dict(menu_for(None, tr))


# --- Telegram's chat menu button ---------------------------------------------------------------


@pytest.fixture
async def telegram(
    seeded_engine: Engine, request: pytest.FixtureRequest
) -> AsyncIterator[tuple[TelegramChannel, OfflineRequest]]:
    web_url: str | None = request.param
    settings = Settings(
        TELEGRAM_BOT_TOKEN=SecretStr("42:OFFLINE"),
        **({"NHACVIEC_WEB_URL": web_url} if web_url else {}),  # type: ignore[arg-type]
    )
    runtime = Runtime(
        settings, FixedClock(NOW), seeded_engine, WorkingCalendar(), translator("vi")
    )
    if web_url:
        runtime.web.attach(build_face(runtime, port=8080))  # as start_web_face does
    conversation = Conversation(seeded_engine, runtime.clock, runtime.calendar)
    channel = TelegramChannel(runtime, conversation, Router())
    offline = OfflineRequest()
    channel.application.bot._request = (offline, offline)
    async with channel.application:
        await channel.prepare()
        yield channel, offline


def menu_button(offline: OfflineRequest) -> dict[str, Any]:
    [call] = offline.sent("setChatMenuButton")
    assert "chat_id" not in call  # every private chat's button
    button = call["menu_button"]
    return dict(json.loads(button) if isinstance(button, str) else button)


@pytest.mark.parametrize("telegram", ["https://xa.example.vn/nhacviec"], indirect=True)
async def test_an_https_web_face_puts_the_mini_app_in_the_menu(
    telegram: tuple[TelegramChannel, OfflineRequest],
) -> None:
    _channel, offline = telegram
    assert menu_button(offline) == {
        "type": "web_app",
        "text": "Bảng theo dõi",
        "web_app": {"url": "https://xa.example.vn/nhacviec/app"},
    }


@pytest.mark.parametrize("telegram", ["http://127.0.0.1:8080", None], indirect=True)
async def test_without_https_the_menu_is_telegrams_own(
    telegram: tuple[TelegramChannel, OfflineRequest],
) -> None:
    _channel, offline = telegram
    # Set back to the default: a button left from an earlier start would open nothing.
    assert menu_button(offline) == {"type": "default"}


# --- as installed: the terminal chat, and `nhacviec run` beside Telegram ----------------------


def test_the_terminal_chat_answers_theodoi_with_a_local_link(seeded_engine: Engine) -> None:
    runtime = Runtime(
        Settings(NHACVIEC_WEB_PORT=0),
        FixedClock(NOW),
        seeded_engine,
        WorkingCalendar(),
        translator("vi"),
    )
    conversation = Conversation(
        seeded_engine, runtime.clock, runtime.calendar, runtime.core_settings
    )
    running = start_web_thread(runtime)  # after the conversation, as `nhacviec run` does
    assert running is not None
    screen: list[str] = []
    typed = iter(["1", "/theodoi", "/thoat"])  # the coordinator of the demo
    try:
        TerminalChat(
            runtime, conversation, read=lambda _prompt: next(typed), write=screen.append
        ).run()
        answer = next(line for line in screen if "Bảng theo dõi của anh/chị (liên kết" in line)
        [link] = re.findall(r"http://127\.0\.0\.1:\d+/d/[A-Za-z0-9._-]+", answer)
        page = httpx.get(link)
        assert page.status_code == 200 and "Toàn xã" in page.text
    finally:
        running.stop_thread()
    # Once the web face stopped, the chat hands out no more links.
    assert runtime.web.dashboard_link(1) is None


def test_nhacviec_run_puts_the_dashboard_in_telegrams_menu(
    database_url: str, tmp_path: Path
) -> None:
    add_coordinator(database_url)
    with BotApiEmulator(token=TOKEN, username="nhacviec_xa_bot") as emulator:
        env = bot_env(database_url, emulator)  # NHACVIEC_WEB_PORT=0: any free port
        env["NHACVIEC_WEB_URL"] = "https://xa.example.vn/nhacviec"
        with running_bot(env, tmp_path / "bot.log", emulator):
            emulator.wait_until(
                lambda: "setChatMenuButton" in emulator.bot_settings,
                timeout=30,
                what="the menu button",
            )
            button = param_json(emulator.bot_settings["setChatMenuButton"], "menu_button")
            assert button == {
                "type": "web_app",
                "text": "Bảng theo dõi",
                "web_app": {"url": "https://xa.example.vn/nhacviec/app"},
            }
            coordinator = emulator.user(1001, "Hoa", "Trần Thị")
            answer = str(step(coordinator, "/theodoi", "Bảng theo dõi của anh/chị")["text"])
            assert re.search(r"https://xa\.example\.vn/nhacviec/d/1\.\d+\.d\.\d+\.\S+$", answer)
