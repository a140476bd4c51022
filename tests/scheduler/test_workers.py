"""Several workers on one database, a flaky Bot API, and a database that goes away."""

from __future__ import annotations

import asyncio
import random
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timedelta

import pytest
from sqlalchemy import Engine
from sqlalchemy.exc import OperationalError
from sqlmodel import Session, select

from handlers.conversation import Conversation
from handlers.types import Incoming, Person, Reply
from models.calendar import WorkingCalendar
from models.clock import VIETNAM, FixedClock
from models.tables import Channel, ProgressUpdate, Reminder, ReminderState, Role
from scheduler.policy import ReminderPolicy
from scheduler.service import ReminderService
from scheduler.sweep import IN_FLIGHT, DeliveryFailed
from tests.builders import register_officers

CALENDAR = WorkingCalendar()
OFFICERS = 40


@dataclass
class Recorder:
    """A channel shared by several workers: it counts what reached each chat."""

    received: Counter[str] = field(default_factory=Counter)
    failure_rate: float = 0.0
    random: random.Random = field(default_factory=lambda: random.Random(7))

    async def send(self, external_id: str, reply: Reply) -> str:
        await asyncio.sleep(0)  # let the other worker run in between
        if self.random.random() < self.failure_rate:
            raise DeliveryFailed("HTTP 500 / 429 / timed out")
        self.received[external_id] += 1
        return f"{external_id}-{self.received[external_id]}"


def add_officers(engine: Engine, clock: FixedClock) -> None:
    units = ["vhxh", "vanphong", "kinhte", "pvhcc", "snc"]
    register_officers(
        engine,
        [
            (units[number % len(units)], f"Cán bộ {number}", Role.OFFICER, str(7000 + number))
            for number in range(OFFICERS)
        ],
        now=clock.now(),
    )


async def test_two_workers_never_send_the_same_reminder(seeded_engine: Engine) -> None:
    clock = FixedClock(datetime(2025, 12, 5, 6, 0, tzinfo=VIETNAM))
    add_officers(seeded_engine, clock)
    channel = Recorder()
    senders = {Channel.TELEGRAM: channel}
    first = ReminderService(seeded_engine, clock, CALENDAR, ReminderPolicy(), senders)
    second = ReminderService(seeded_engine, clock, CALENDAR, ReminderPolicy(), senders)
    await asyncio.gather(
        asyncio.to_thread(first.plan_everything), asyncio.to_thread(second.plan_everything)
    )
    clock.set(datetime(2025, 12, 5, 8, 0, tzinfo=VIETNAM))
    for sweep in (first.sweep, second.sweep):
        sweep.batch = 7  # small claims, so that the two workers interleave
    for _ in range(12):
        await asyncio.gather(first.sweep.run(), second.sweep.run())
    assert set(channel.received.values()) == {1}, "an officer got the same reminder twice"
    assert len(channel.received) == OFFICERS
    with Session(seeded_engine) as session:
        states = Counter(
            str(r.state) for r in session.exec(select(Reminder)).all() if r.send_at <= clock.now()
        )
    assert set(states) == {"sent"}


async def test_a_flaky_bot_api_still_gets_everything_delivered(seeded_engine: Engine) -> None:
    clock = FixedClock(datetime(2025, 12, 5, 6, 0, tzinfo=VIETNAM))
    add_officers(seeded_engine, clock)
    channel = Recorder(failure_rate=0.10)
    service = ReminderService(
        seeded_engine, clock, CALENDAR, ReminderPolicy(), {Channel.TELEGRAM: channel}
    )
    service.plan_everything()
    clock.set(datetime(2025, 12, 5, 8, 0, tzinfo=VIETNAM))
    for _ in range(10):
        await service.sweep.run()
        clock.advance(timedelta(minutes=1))
    with Session(seeded_engine) as session:
        due = [
            r
            for r in session.exec(select(Reminder)).all()
            if r.send_at <= datetime(2025, 12, 5, 8, 0, tzinfo=VIETNAM)
        ]
    assert due and {str(r.state) for r in due} == {ReminderState.SENT.value}
    assert len(channel.received) == OFFICERS


def test_an_unreachable_database_gets_an_apology_then_recovers(
    seeded_engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    clock = FixedClock(datetime(2025, 12, 5, 9, 0, tzinfo=VIETNAM))
    add_officers(seeded_engine, clock)
    conversation = Conversation(seeded_engine, clock, CALENDAR)
    person = Person(Channel.TELEGRAM, "7001", "Cán bộ 1")
    original = Session.execute

    def unreachable(*args: object, **kwargs: object) -> object:
        raise OperationalError("SELECT", {}, ConnectionRefusedError("database unreachable"))

    monkeypatch.setattr(Session, "execute", unreachable)
    [apology] = conversation.handle(Incoming(person, "7001", text="/capnhat 12 50 đang làm"))
    assert apology.text.startswith("Xin lỗi, hệ thống vừa gặp sự cố")
    monkeypatch.setattr(Session, "execute", original)
    replies = conversation.handle(Incoming(person, "7001", text="/nhiemvu"))
    assert "Nhiệm vụ của" in replies[0].text
    with Session(seeded_engine) as session:
        assert session.exec(select(ProgressUpdate)).all() == []


@dataclass
class SlowChannel:
    """A channel whose every send takes a while; it notes how many were under way at once."""

    under_way: int = 0
    most_at_once: int = 0
    received: Counter[str] = field(default_factory=Counter)

    async def send(self, external_id: str, reply: Reply) -> str:
        self.under_way += 1
        self.most_at_once = max(self.most_at_once, self.under_way)
        await asyncio.sleep(0.05)
        self.under_way -= 1
        self.received[external_id] += 1
        return external_id


async def test_a_sweep_keeps_a_few_messages_in_flight_not_more(seeded_engine: Engine) -> None:
    clock = FixedClock(datetime(2025, 12, 5, 6, 0, tzinfo=VIETNAM))
    add_officers(seeded_engine, clock)
    channel = SlowChannel()
    service = ReminderService(
        seeded_engine, clock, CALENDAR, ReminderPolicy(), {Channel.TELEGRAM: channel}
    )
    service.plan_everything()
    clock.set(datetime(2025, 12, 5, 8, 0, tzinfo=VIETNAM))
    result = await service.sweep.run()
    # A slow send does not hold up the others, and no more than IN_FLIGHT are under way.
    assert channel.most_at_once == IN_FLIGHT
    assert result.sent >= OFFICERS and len(channel.received) == OFFICERS
