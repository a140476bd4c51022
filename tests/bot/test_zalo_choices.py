"""Numbered choices on Zalo, against the fake Zalo Bot API: stable numbers, confirmation by name.

A coordinator who uses only Zalo gets two registration requests; each keeps its own
numbers, a number typed from the older message is asked about (it is a task code as
well), and an approval is carried out only after a "có" that follows a question naming
the person.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from datetime import datetime

import pytest
from sqlalchemy import Engine
from sqlmodel import Session

from handlers.types import Choice, Incoming, Person, Reply
from models.clock import VIETNAM
from models.db import session_scope
from models.officers import add_officer, find_unit, officer_by_identity
from models.tables import Channel, Role
from tests.bot.test_zalo_channel import TOKEN, make_channel
from tests.support.zaloapi import FakeZaloUser, ZaloBotApiFake

WAIT = 10.0


@pytest.fixture
def fake() -> Iterator[ZaloBotApiFake]:
    with ZaloBotApiFake(token=TOKEN) as running:
        yield running


def zalo_coordinator(engine: Engine, fake: ZaloBotApiFake) -> FakeZaloUser:
    hoa = fake.user("Hoa VHXH")
    with session_scope(engine) as session:
        unit = find_unit(session, "vhxh")
        assert unit is not None
        add_officer(
            session,
            unit=unit,
            full_name="Trần Thị Hoa",
            role=Role.COORDINATOR,
            channel=Channel.ZALO,
            external_id=hoa.id,
            now=datetime(2025, 12, 1, 8, 0, tzinfo=VIETNAM),
        )
    return hoa


async def ask_to_register(person: FakeZaloUser) -> None:
    """The newcomer's side: dang ky, the unit by its number, the name the app shows."""
    person.send("dang ky")
    await asyncio.to_thread(person.wait_for, "Trả lời 1, 2, 3, 4 hoặc 5.", WAIT)
    person.mark()
    person.send("3")  # Phòng Kinh tế
    await asyncio.to_thread(person.wait_for, "Dùng tên", WAIT)
    person.mark()
    person.send("1")
    await asyncio.to_thread(person.wait_for, "đã được gửi tới cán bộ đầu mối", WAIT)


async def answer(person: FakeZaloUser, text: str, expected: str) -> str:
    person.mark()
    person.send(text)
    message = await asyncio.to_thread(person.wait_for, expected, WAIT)
    return str(message["text"])


def registered(engine: Engine, person: FakeZaloUser) -> bool:
    with Session(engine) as session:
        return officer_by_identity(session, Channel.ZALO, person.id) is not None


async def test_two_registration_requests_keep_their_numbers_and_are_approved_by_name(
    seeded_engine: Engine, fake: ZaloBotApiFake
) -> None:
    hoa = zalo_coordinator(seeded_engine, fake)
    channel = await make_channel(seeded_engine, fake)
    await channel.start()
    try:
        lan, nam = fake.user("Ngô Thị Lan"), fake.user("Vũ Văn Nam")
        await ask_to_register(lan)
        first = await asyncio.to_thread(hoa.wait_for, "Ngô Thị Lan", WAIT)
        assert "1. Duyệt" in first["text"] and "2. Từ chối" in first["text"]
        hoa.mark()
        await ask_to_register(nam)
        second = await asyncio.to_thread(hoa.wait_for, "Vũ Văn Nam", WAIT)
        # The second request numbers on after the first, which keeps its 1 and 2.
        assert "3. Duyệt" in second["text"] and "4. Từ chối" in second["text"]

        # "2" is the first request's refusal, and task 2 as well: asked, never done at once.
        asked = await answer(hoa, "2", "Trả lời CÓ để xác nhận, KHÔNG để bỏ qua.")
        assert "Ngô Thị Lan" in asked and "#2" in asked
        await answer(hoa, "không", "Đã bỏ qua")

        asked = await answer(hoa, "3", "Trả lời CÓ để xác nhận, KHÔNG để bỏ qua.")
        assert asked.startswith("Duyệt đăng ký của Vũ Văn Nam")
        assert not registered(seeded_engine, nam)
        done = await answer(hoa, "có", "Vũ Văn Nam")
        assert "Đã duyệt" in done
        assert registered(seeded_engine, nam) and not registered(seeded_engine, lan)

        # The first request still answers to its own number.
        asked = await answer(hoa, "1", "Trả lời CÓ để xác nhận, KHÔNG để bỏ qua.")
        assert asked.startswith("Duyệt đăng ký của Ngô Thị Lan")
        await answer(hoa, "ok ạ", "Ngô Thị Lan")
        assert registered(seeded_engine, lan)
    finally:
        await channel.stop()


async def test_a_confirmed_choice_is_asked_about_on_zalo_and_hints_follow_the_language(
    seeded_engine: Engine, fake: ZaloBotApiFake
) -> None:
    """The channel's own part, with a choice this test controls: no core rule involved."""
    channel = await make_channel(seeded_engine, fake)
    lan = fake.user("Ngô Thị Lan")
    offer = Reply(
        "Chọn ngôn ngữ",
        choices=((Choice("English", "l:en", confirm="Chuyển sang tiếng Anh?"),),),
    )
    await channel.send(lan.id, offer)
    assert lan.messages()[-1]["text"].endswith("  1. English\nTrả lời 1.")
    replies = await asyncio.to_thread(channel._replies_to, typed(lan, "1"))
    assert [reply.text for reply in replies] == [
        "Chuyển sang tiếng Anh?\nTrả lời CÓ để xác nhận, KHÔNG để bỏ qua."
    ]
    replies = await asyncio.to_thread(channel._replies_to, typed(lan, "có"))
    assert replies[0].text == "I will write to you in English from now on."
    # From now on the hints under the choices are English too.
    await channel.send(lan.id, Reply("Choose", choices=((Choice("A", "c"), Choice("B", "c")),)))
    assert lan.messages()[-1]["text"].endswith("Reply 1 or 2.")
    await channel.send(lan.id, offer)
    replies = await asyncio.to_thread(channel._replies_to, typed(lan, "3"))
    assert replies[0].text.endswith("Reply YES to confirm, NO to skip.")
    await channel.client.aclose()


def typed(person: FakeZaloUser, text: str) -> Incoming:
    return Incoming(
        Person(Channel.ZALO, person.id, person.display_name, "vi"), person.id, text=text
    )
