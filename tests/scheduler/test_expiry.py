"""Requests nobody decided close as expired, with a notice, through the real sweep.

The clock moves: requests are filed on Monday 01/12/2025 and the default limit is 7
days, so they close at the first sweep in working hours after Monday 08/12/2025.
"""

from __future__ import annotations

import asyncio
from dataclasses import replace
from datetime import datetime

from sqlalchemy import Engine
from sqlmodel import Session, col, select

from handlers.types import Incoming, Person
from models.clock import VIETNAM
from models.tables import Channel, Decision, ExtensionRequest, RegistrationRequest
from scheduler.policy import ReminderPolicy
from scheduler.service import ReminderService
from scheduler.sweep import Sweep
from tests.handlers.test_conversation import choice_data
from tests.scheduler.test_sweep import CALENDAR, COORDINATOR, KINHTE, VANPHONG, World, make_world

NEWCOMER = "500"
FILED = datetime(2025, 12, 1, 9, 0, tzinfo=VIETNAM)  # a Monday


def file_both(world: World) -> None:
    """Văn phòng asks to move task 12; a newcomer asks to join Phòng Kinh tế."""
    asked = world.say(VANPHONG, "/giahan 12 19/12 chờ số liệu")
    assert any(reply.to for reply in asked), asked
    person = Person(Channel.TELEGRAM, NEWCOMER, "Ngô Thị Lan")
    units = world.conversation.handle(Incoming(person, NEWCOMER, text="/dangky"))
    unit = choice_data(units, "Phòng Kinh tế")
    world.conversation.handle(Incoming(person, NEWCOMER, choice=unit))
    world.conversation.handle(Incoming(person, NEWCOMER, text="Ngô Thị Lan"))


def statuses(engine: Engine) -> tuple[list[str], list[str]]:
    with Session(engine) as session:
        extensions = session.exec(select(ExtensionRequest.status)).all()
        registrations = session.exec(select(RegistrationRequest.status)).all()
    return [str(s) for s in extensions], [str(s) for s in registrations]


def texts(world: World, chat: str) -> list[str]:
    return [reply.text for _, reply in world.channel.to(chat)]


async def test_requests_expire_after_the_setting_with_notices(seeded_engine: Engine) -> None:
    world = make_world(seeded_engine, FILED)
    file_both(world)
    await world.at(datetime(2025, 12, 8, 8, 0, tzinfo=VIETNAM))  # 6 days 23 hours
    assert statuses(seeded_engine) == (["pending"], ["pending"])
    await world.at(datetime(2025, 12, 8, 18, 0, tzinfo=VIETNAM))  # after working hours
    assert statuses(seeded_engine) == (["pending"], ["pending"])
    assert not [t for t in texts(world, VANPHONG) if "hết hạn" in t]

    await world.at(datetime(2025, 12, 9, 8, 0, tzinfo=VIETNAM))
    assert statuses(seeded_engine) == (["expired"], ["expired"])
    assert (
        "Đề nghị gia hạn nhiệm vụ 12 từ thứ Ba, 09/12/2025 đến thứ Sáu, 19/12/2025 đã hết hạn "
        "vì sau 7 ngày chưa ai quyết định. Anh/chị có thể gửi lại bằng lệnh /giahan 12."
    ) in texts(world, VANPHONG)
    assert (
        "Yêu cầu tham gia Phòng Kinh tế của anh/chị đã hết hạn vì sau 7 ngày chưa có cán bộ đầu "
        "mối nào quyết định. Anh/chị có thể đăng ký lại bằng lệnh /dangky."
    ) in texts(world, NEWCOMER)
    closed = [t for t in texts(world, COORDINATOR) if t.startswith("Các đề nghị sau đã đóng")]
    assert closed == [
        "Các đề nghị sau đã đóng vì quá 7 ngày chưa được quyết định (người gửi có thể gửi lại):\n"
        "• Cán bộ 200 (Văn phòng HĐND và UBND xã): xin gia hạn nhiệm vụ 12 đến thứ Sáu, "
        "19/12/2025\n"
        "• Ngô Thị Lan (Phòng Kinh tế): đăng ký"
    ]
    assert not [t for t in texts(world, KINHTE) if "hết hạn" in t or "đã đóng" in t]

    # Idempotent: a later sweep closes nothing more and says nothing more.
    sent = len(world.channel.sent)
    await world.at(datetime(2025, 12, 9, 8, 1, tzinfo=VIETNAM))
    assert len(world.channel.sent) == sent

    # Expired, the officer may ask again, and the request is no longer in /choduyet.
    assert "Không có đề nghị nào đang chờ duyệt." in [
        r.text for r in world.say(COORDINATOR, "/choduyet")
    ]
    again = world.say(VANPHONG, "/giahan 12 19/12 chờ số liệu")
    assert any(reply.to for reply in again)


async def test_a_decided_request_never_expires(seeded_engine: Engine) -> None:
    world = make_world(seeded_engine, FILED)
    asked = world.say(VANPHONG, "/giahan 12 19/12 chờ số liệu")
    world.say(COORDINATOR, choice=choice_data(asked, "Duyệt"))
    await world.at(datetime(2025, 12, 15, 8, 0, tzinfo=VIETNAM))
    assert statuses(seeded_engine)[0] == ["approved"]


async def test_zero_days_keeps_requests_waiting(seeded_engine: Engine) -> None:
    world = make_world(seeded_engine, FILED)
    world.service.sweep = Sweep(
        seeded_engine,
        world.clock,
        CALENDAR,
        replace(ReminderPolicy(), pending_days=0),
        {Channel.TELEGRAM: world.channel},
    )
    file_both(world)
    await world.at(datetime(2026, 3, 2, 8, 0, tzinfo=VIETNAM))
    assert statuses(seeded_engine) == (["pending"], ["pending"])


async def test_a_shorter_setting_closes_sooner(seeded_engine: Engine) -> None:
    world = make_world(seeded_engine, FILED)
    world.service.sweep = Sweep(
        seeded_engine,
        world.clock,
        CALENDAR,
        replace(ReminderPolicy(), pending_days=2),
        {Channel.TELEGRAM: world.channel},
    )
    file_both(world)
    await world.at(datetime(2025, 12, 3, 10, 0, tzinfo=VIETNAM))
    assert statuses(seeded_engine) == (["expired"], ["expired"])
    assert any("sau 2 ngày" in t for t in texts(world, VANPHONG))


async def test_several_workers_close_each_request_once(seeded_engine: Engine) -> None:
    world = make_world(seeded_engine, FILED)
    file_both(world)
    senders = {Channel.TELEGRAM: world.channel}
    workers = [
        ReminderService(seeded_engine, world.clock, CALENDAR, ReminderPolicy(), senders)
        for _ in range(3)
    ]
    world.clock.set(datetime(2025, 12, 9, 8, 0, tzinfo=VIETNAM))
    closed = await asyncio.gather(*(w.sweep.expiry.run(world.clock.now()) for w in workers))
    assert sum(closed) == 2
    assert len([t for t in texts(world, VANPHONG) if "hết hạn" in t]) == 1
    assert len([t for t in texts(world, NEWCOMER) if "hết hạn" in t]) == 1
    lines = [t.count("\n• ") for t in texts(world, COORDINATOR) if "đã đóng" in t]
    assert sum(lines) == 2
    with Session(seeded_engine) as session:
        expired = session.exec(
            select(ExtensionRequest).where(col(ExtensionRequest.status) == Decision.EXPIRED)
        ).all()
    assert len(expired) == 1
