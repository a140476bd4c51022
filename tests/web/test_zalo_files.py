"""Report files on Zalo, against the fake Zalo Bot API and the web face on a real port.

Zalo's bots send a picture only by a public URL and no file at all: the chart goes out with
sendPhoto by a link signed for the reader, the Word and Excel reports as links in the text;
each link serves its file and nothing else, and an altered one serves nothing. Without a
web face at a public address the reader is told to ask on Telegram, as before.
"""

from __future__ import annotations

import asyncio
import io
import re
import socket
import zipfile
from collections.abc import AsyncIterator, Iterator
from typing import Any

import httpx
import pytest
from openpyxl import load_workbook
from sqlalchemy import Engine

from bot.channels.router import Router
from bot.channels.zalo.channel import ZaloChannel
from bot.channels.zalo.client import ZaloClient
from bot.runtime import Runtime
from bot.settings import Settings
from bot.web.server import start_web_face
from handlers.conversation import Conversation
from handlers.i18n import translator
from models.calendar import WorkingCalendar
from models.clock import FixedClock
from models.tables import Channel, Role
from tests.builders import register_officers
from tests.conftest import PLAN_IMPORTED_AT
from tests.support.zaloapi import FakeZaloUser, ZaloBotApiFake
from tests.web.conftest import NOW

TOKEN = "1234567890:zalo-test-secret"
WAIT = 60.0  # the first Word report imports python-docx and matplotlib
_FILE_LINK = re.compile(r"(http://127\.0\.0\.1:\d+/f/[A-Za-z0-9._-]+)")
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture
def fake() -> Iterator[ZaloBotApiFake]:
    with ZaloBotApiFake(token=TOKEN) as running:
        yield running


async def zalo_bot(
    engine: Engine, fake: ZaloBotApiFake, *, web_url: bool
) -> AsyncIterator[ZaloChannel]:
    """The Zalo channel polling the fake, with the web face served beside it on a real port;
    links are handed out only when NHACVIEC_WEB_URL says where people reach it."""
    port = free_port()
    settings: dict[str, Any] = {"NHACVIEC_WEB_PORT": port}
    if web_url:
        # The public address, here the loopback one, which the fake's "Zalo" accepts.
        settings["NHACVIEC_WEB_URL"] = f"http://127.0.0.1:{port}"
    clock = FixedClock(NOW)
    runtime = Runtime(Settings(**settings), clock, engine, WorkingCalendar(), translator("vi"))
    web = await start_web_face(runtime)
    assert web is not None
    conversation = Conversation(engine, clock, runtime.calendar, runtime.core_settings)
    channel = ZaloChannel(
        runtime, conversation, ZaloClient(TOKEN, fake.base_url, backoff=0.01), Router()
    )
    await channel.start()
    try:
        yield channel
    finally:
        await channel.stop()
        await web.stop()


@pytest.fixture
async def with_web(seeded_engine: Engine, fake: ZaloBotApiFake) -> AsyncIterator[ZaloChannel]:
    async for channel in zalo_bot(seeded_engine, fake, web_url=True):
        yield channel


@pytest.fixture
async def without_url(seeded_engine: Engine, fake: ZaloBotApiFake) -> AsyncIterator[ZaloChannel]:
    async for channel in zalo_bot(seeded_engine, fake, web_url=False):
        yield channel


def on_zalo(
    engine: Engine, fake: ZaloBotApiFake, unit: str, name: str, role: Role
) -> FakeZaloUser:
    """A Zalo-only officer."""
    person = fake.user(name)
    register_officers(
        engine, [(unit, name, role, person.id)], now=PLAN_IMPORTED_AT, channel=Channel.ZALO
    )
    return person


async def ask_for_file(person: FakeZaloUser, label: str) -> list[dict[str, Any]]:
    """/baocao, then the file ``label`` by its number; everything the bot sent for it."""
    person.mark()
    person.send("bao cao")
    offer = await asyncio.to_thread(person.wait_for, label, WAIT)
    found = re.search(rf"^  (\d+)\. {re.escape(label)}$", str(offer["text"]), re.M)
    assert found is not None, offer["text"]
    person.mark()
    sent_before = len(person.messages())
    person.send(found.group(1))
    await asyncio.to_thread(person.wait_for, "Báo cáo tính đến", WAIT)
    return person.messages()[sent_before:]


async def fetch(url: str) -> httpx.Response:
    async with httpx.AsyncClient(timeout=WAIT) as http:
        return await http.get(url)


def altered(link: str) -> str:
    """The link with one character of its signature changed."""
    return link[:-1] + ("A" if link[-1] != "A" else "B")


async def test_the_chart_arrives_by_its_signed_url_which_serves_the_png(
    with_web: ZaloChannel, seeded_engine: Engine, fake: ZaloBotApiFake
) -> None:
    hoa = on_zalo(seeded_engine, fake, "vhxh", "Trần Thị Hoa", Role.COORDINATOR)
    sent = await ask_for_file(hoa, "📈 Biểu đồ")
    # The text first ("the report as of ..."), then the photo, by its URL.
    await asyncio.to_thread(hoa.wait_for, lambda message: "photo" in message, WAIT)
    sent = hoa.messages()[-len(sent) - 1 :]
    photos = [message["photo"] for message in sent if "photo" in message]
    assert len(photos) == 1 and "photo" in sent[-1]
    assert not any("không gửi được qua Zalo" in m.get("text", "") for m in sent)
    [url] = photos
    assert _FILE_LINK.fullmatch(url), url
    chart = await fetch(url)
    assert chart.status_code == 200
    assert chart.headers["content-type"] == "image/png"
    assert chart.content.startswith(PNG_MAGIC)

    for wrong in (altered(url), url.replace(".png.", ".docx.", 1)):
        refused = await fetch(wrong)
        assert refused.status_code == 403
        assert refused.headers["content-type"].startswith("text/html")
        assert not refused.content.startswith(PNG_MAGIC)
        assert "Liên kết không hợp lệ" in refused.text


async def test_word_and_excel_come_as_links_for_the_reader_alone(
    with_web: ZaloChannel, seeded_engine: Engine, fake: ZaloBotApiFake
) -> None:
    dung = on_zalo(seeded_engine, fake, "kinhte", "Phạm Thị Dung", Role.OFFICER)
    word_messages = await ask_for_file(dung, "📄 Word")
    text = "\n".join(str(message.get("text", "")) for message in word_messages)
    assert "dùng được trong 24 giờ" in text
    [word_link] = _FILE_LINK.findall(text)
    assert not any("photo" in message for message in word_messages)
    word = await fetch(word_link)
    assert word.status_code == 200
    assert word.headers["content-disposition"].startswith("attachment;")
    # An officer's report is their unit's.
    assert "-kinhte-" in word.headers["content-disposition"]
    assert zipfile.ZipFile(io.BytesIO(word.content)).read("word/document.xml")

    excel_messages = await ask_for_file(dung, "📊 Excel")
    [excel_link] = _FILE_LINK.findall("\n".join(m.get("text", "") for m in excel_messages))
    excel = await fetch(excel_link)
    assert excel.status_code == 200 and load_workbook(io.BytesIO(excel.content)).sheetnames

    # One file per link: the Word link is not the Excel one, and neither survives a change.
    assert word_link != excel_link
    assert (await fetch(altered(excel_link))).status_code == 403


async def test_without_a_public_address_the_reader_is_told_to_ask_on_telegram(
    without_url: ZaloChannel, seeded_engine: Engine, fake: ZaloBotApiFake
) -> None:
    hoa = on_zalo(seeded_engine, fake, "vhxh", "Trần Thị Hoa", Role.COORDINATOR)
    sent = await ask_for_file(hoa, "📈 Biểu đồ")
    text = "\n".join(str(message.get("text", "")) for message in sent)
    assert "không gửi được qua Zalo" in text
    assert not _FILE_LINK.search(text)
    await asyncio.sleep(0.5)  # nothing more comes: no photo
    assert not any("photo" in message for message in hoa.messages())


async def test_a_chart_zalo_cannot_fetch_comes_as_a_link(
    with_web: ZaloChannel, seeded_engine: Engine, fake: ZaloBotApiFake
) -> None:
    hoa = on_zalo(seeded_engine, fake, "vhxh", "Trần Thị Hoa", Role.COORDINATOR)
    fake.fail_next("sendPhoto", 400)  # as Zalo answers when it cannot fetch the picture
    await ask_for_file(hoa, "📈 Biểu đồ")
    fallback = await asyncio.to_thread(hoa.wait_for, "Mở biểu đồ:", WAIT)
    [url] = _FILE_LINK.findall(str(fallback["text"]))
    chart = await fetch(url)
    assert chart.status_code == 200 and chart.content.startswith(PNG_MAGIC)
