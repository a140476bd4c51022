"""Reminders through the real planner and sweep, with a fake clock and a fake channel."""

from __future__ import annotations

import io
import time as timer
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

import docx
import pytest
from sqlalchemy import Engine, update
from sqlmodel import Session, col, select

from handlers.choices import Action, encode
from handlers.conversation import Conversation
from handlers.types import Incoming, Person, Reply
from models.calendar import WorkingCalendar
from models.clock import VIETNAM, FixedClock
from models.db import session_scope
from models.officers import add_officer, find_unit
from models.plans import find_plan, task_by_code
from models.tables import Channel, Officer, Reminder, ReminderState, Role
from scheduler.digests import quarter_draft_days
from scheduler.policy import ReminderPolicy
from scheduler.service import ReminderService
from scheduler.sweep import DeliveryFailed, Unreachable
from tests.builders import register_officers

CALENDAR = WorkingCalendar()


@dataclass
class FakeChannel:
    """Records what the sweep sends; can refuse some chats or fail for a while."""

    now: FixedClock
    sent: list[tuple[datetime, str, Reply]] = field(default_factory=list)
    blocked: set[str] = field(default_factory=set)
    failures_left: int = 0

    async def send(self, external_id: str, reply: Reply) -> str:
        if external_id in self.blocked:
            raise Unreachable("Forbidden: bot was blocked by the user")
        if self.failures_left:
            self.failures_left -= 1
            raise DeliveryFailed("Timed out")
        self.sent.append((self.now.now(), external_id, reply))
        return str(len(self.sent))

    def to(self, external_id: str) -> list[tuple[datetime, Reply]]:
        return [(at, reply) for at, chat, reply in self.sent if chat == external_id]


COORDINATOR, VANPHONG, KINHTE, HEAD = "100", "200", "300", "400"


@dataclass
class World:
    engine: Engine
    clock: FixedClock
    channel: FakeChannel
    service: ReminderService
    conversation: Conversation

    async def at(self, moment: datetime) -> None:
        self.clock.set(moment)
        await self.service.tick()

    def task_id(self, code: str) -> int:
        with Session(self.engine) as session:
            plan = find_plan(session, None)
            assert plan is not None and plan.id is not None
            task = task_by_code(session, plan.id, code)
            assert task is not None and task.id is not None
            return task.id

    def say(self, who: str, text: str = "", choice: str | None = None) -> list[Reply]:
        person = Person(Channel.TELEGRAM, who, who)
        return self.conversation.handle(Incoming(person, who, text=text, choice=choice))


@pytest.fixture
def world(seeded_engine: Engine) -> World:
    return make_world(seeded_engine, datetime(2025, 7, 1, 6, 0, tzinfo=VIETNAM))


def make_world(seeded_engine: Engine, start: datetime) -> World:
    """The bundled plan with a coordinator, two officers and a unit head, from ``start``."""
    clock = FixedClock(start)
    register_officers(
        seeded_engine,
        [
            (unit, f"Cán bộ {external_id}", role, external_id)
            for external_id, unit, role in (
                (COORDINATOR, "vhxh", Role.COORDINATOR),
                (VANPHONG, "vanphong", Role.OFFICER),
                (KINHTE, "kinhte", Role.OFFICER),
                (HEAD, "vanphong", Role.UNIT_HEAD),
            )
        ],
        now=clock.now(),
    )
    channel = FakeChannel(clock)
    service = ReminderService(
        seeded_engine, clock, CALENDAR, ReminderPolicy(), {Channel.TELEGRAM: channel}
    )
    conversation = Conversation(seeded_engine, clock, CALENDAR, on_task_changed=service.replan)
    return World(seeded_engine, clock, channel, service, conversation)


def at(day: date, hour: int = 8, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute), tzinfo=VIETNAM)


async def test_the_whole_plan_period(world: World) -> None:
    started = timer.monotonic()
    day = date(2025, 7, 1)
    twelve = world.task_id("12")
    while day <= date(2025, 12, 31):
        await world.at(at(day, 8, 0))
        await world.at(at(day, 8, 1))  # a second sweep in the same minute sends nothing new
        if day == date(2025, 12, 8):
            world.say(VANPHONG, choice=encode(Action.COMPLETE, twelve))
        day += timedelta(days=1)
    elapsed = timer.monotonic() - started
    sent = world.channel.sent
    assert sent, "nothing was sent"
    assert all(CALENDAR.is_working_day(moment.date()) for moment, _, _ in sent)
    assert all(moment.time() == time(8, 0) for moment, _, _ in sent)
    # One reminder message per officer per sweep (digests are separate messages).
    per_sweep: dict[tuple[datetime, str], int] = {}
    for moment, chat, reply in sent:
        if reply.text.startswith("🔔"):
            per_sweep[(moment, chat)] = per_sweep.get((moment, chat), 0) + 1
    assert set(per_sweep.values()) == {1}
    with Session(world.engine) as session:
        rows = session.exec(select(Reminder)).all()
    keys = [(r.task_id, r.due_on, r.officer_id, r.kind, r.days) for r in rows]
    assert len(keys) == len(set(keys))
    assert not [
        r for r in rows if r.state == ReminderState.PLANNED and r.send_at < at(date(2025, 12, 31))
    ]
    # Task 12 was reminded on 02, 05, 08 and 09/12... until it was done on 08/12.
    about_12 = sorted(
        {
            moment.date()
            for moment, chat, reply in sent
            if chat == VANPHONG and "• 12 ·" in reply.text
        }
    )
    assert about_12 == [date(2025, 12, 2), date(2025, 12, 5), date(2025, 12, 8)]
    # Officers of coordinating units get the 3-day reminder, not the 7-day one.
    kinhte_12 = sorted(
        {m.date() for m, reply in world.channel.to(KINHTE) if "• 12 ·" in reply.text}
    )
    assert kinhte_12 == [date(2025, 12, 5)]
    # Escalation: a daily digest of overdue tasks from the first working day overdue.
    digests = [
        m.date() for m, reply in world.channel.to(COORDINATOR) if reply.text.startswith("⛔")
    ]
    assert digests[0] == date(2025, 8, 1)
    assert len(digests) == len(set(digests))
    head = [reply.text for _, reply in world.channel.to(HEAD) if reply.text.startswith("⛔")]
    assert head and all("Phòng Kinh tế" not in text.split("\n\n")[1] for text in head[:1])
    assert elapsed < 120


async def test_a_reminder_reads_as_a_colleague_would_write_it(world: World) -> None:
    await world.at(at(date(2025, 12, 2)))
    [(_, reply)] = [item for item in world.channel.to(VANPHONG) if "• 12 ·" in item[1].text]
    assert reply.text.startswith("🔔 Nhắc việc")
    assert "Hạn: thứ Ba, 09/12/2025 (còn 7 ngày)" in reply.text
    assert "Sản phẩm: Báo cáo theo dõi tình hình thi hành pháp luật" in reply.text
    assert "Tiến độ: 0%" in reply.text


async def test_late_after_downtime_and_missed_when_too_late(world: World) -> None:
    await world.at(at(date(2025, 12, 2), 6, 0))  # plans the day, before the window
    await world.at(at(date(2025, 12, 2), 11, 0))  # down since 08:00 on 02/12: 3 hours late
    late = [reply.text for _, reply in world.channel.to(VANPHONG)]
    assert late and "(nhắc muộn do hệ thống gián đoạn)" in late[-1]
    world.channel.sent.clear()
    await world.at(at(date(2025, 12, 5), 21, 0))  # 13 hours after 08:00 on 05/12
    await world.at(at(date(2025, 12, 8), 7, 45))
    assert not any(moment.date() == date(2025, 12, 5) for moment, _, _ in world.channel.sent)
    with Session(world.engine) as session:
        missed = session.exec(select(Reminder).where(Reminder.state == ReminderState.MISSED)).all()
    assert {row.send_at.astimezone(VIETNAM).date() for row in missed} == {date(2025, 12, 5)}
    report = world.say(COORDINATOR, "/baocao")
    assert "bị lỡ" in "\n".join(reply.text for reply in report)


async def test_an_unreachable_officer_is_reported_to_the_coordinator_once(world: World) -> None:
    world.channel.blocked.add(VANPHONG)
    await world.at(at(date(2025, 12, 2)))
    await world.at(at(date(2025, 12, 5)))
    notices = [
        reply.text
        for _, reply in world.channel.to(COORDINATOR)
        if "không nhận được nhắc việc" in reply.text
    ]
    assert len(notices) == 1 and "Cán bộ 200" in notices[0]
    with Session(world.engine) as session:
        officer = session.exec(select(Officer).where(Officer.full_name == "Cán bộ 200")).one()
        failed = session.exec(select(Reminder).where(Reminder.state == ReminderState.FAILED)).all()
    assert officer.unreachable_at is not None and failed
    world.say(VANPHONG, "/nhiemvu")  # they write again: reachable again
    with Session(world.engine) as session:
        assert session.get(Officer, officer.id).unreachable_at is None  # type: ignore[union-attr]


async def test_temporary_failures_are_retried(world: World) -> None:
    world.channel.failures_left = 2
    await world.at(at(date(2025, 12, 2)))
    await world.at(at(date(2025, 12, 2), 8, 1))
    await world.at(at(date(2025, 12, 2), 8, 2))
    assert any("• 12 ·" in reply.text for _, reply in world.channel.to(VANPHONG))
    with Session(world.engine) as session:
        assert not session.exec(
            select(Reminder).where(Reminder.state == ReminderState.FAILED)
        ).all()


async def test_rows_left_sending_by_a_dead_worker_are_sent_again(world: World) -> None:
    await world.at(at(date(2025, 12, 1), 6, 0))
    with session_scope(world.engine) as session:
        session.execute(
            update(Reminder)
            .where(col(Reminder.send_at) <= at(date(2025, 12, 2)))
            .values(state=ReminderState.SENDING, claimed_at=at(date(2025, 12, 2), 7, 59))
        )
    await world.at(at(date(2025, 12, 2), 8, 5))
    assert not world.channel.to(VANPHONG)  # still within the claim timeout
    await world.at(at(date(2025, 12, 2), 8, 15))
    assert any("• 12 ·" in reply.text for _, reply in world.channel.to(VANPHONG))


async def test_snooze_and_done_replan_at_once(world: World) -> None:
    twelve = world.task_id("12")
    await world.at(at(date(2025, 12, 2)))
    answer = world.say(VANPHONG, choice=encode(Action.SNOOZE, twelve, 3))
    assert "thứ Sáu, 05/12/2025" in answer[0].text
    world.channel.sent.clear()
    await world.at(at(date(2025, 12, 5)))
    texts = [reply.text for _, reply in world.channel.to(VANPHONG)]
    assert sum("• 12 ·" in text for text in texts) == 1
    world.say(VANPHONG, choice=encode(Action.COMPLETE, twelve))
    with Session(world.engine) as session:
        planned = session.exec(
            select(Reminder).where(
                Reminder.task_id == twelve, Reminder.state == ReminderState.PLANNED
            )
        ).all()
    assert planned == []


async def test_an_approved_extension_moves_the_reminders(world: World) -> None:
    twelve = world.task_id("12")
    await world.at(at(date(2025, 12, 1)))
    asked = world.say(VANPHONG, "/giahan 12 19/12/2025 chờ số liệu")
    request = next(reply for reply in asked if reply.to)
    approve = next(
        choice.data for row in request.choices for choice in row if choice.label == "Duyệt"
    )
    world.say(COORDINATOR, choice=approve)
    with Session(world.engine) as session:
        planned = session.exec(
            select(Reminder).where(
                Reminder.task_id == twelve, Reminder.state == ReminderState.PLANNED
            )
        ).all()
    assert {row.due_on for row in planned} == {date(2025, 12, 19)}


async def test_leave_pauses_reminders_and_warns_when_a_unit_is_left_alone(world: World) -> None:
    await world.at(at(date(2025, 12, 1), 6, 0))
    answer = world.say(KINHTE, "/nghiphep 01/12/2025 12/12/2025")
    assert "từ thứ Hai, 01/12/2025 đến thứ Sáu, 12/12/2025: anh/chị sẽ không" in answer[0].text
    [warning] = [reply for reply in answer if reply.to]
    assert warning.to is not None and warning.to.external_id == COORDINATOR
    assert warning.text == (
        "Từ 01/12/2025 đến 12/12/2025, Phòng Kinh tế không còn cán bộ nào "
        "nhận nhắc việc: Cán bộ 300 nghỉ phép."
    )
    await world.at(at(date(2025, 12, 5)))
    assert not world.channel.to(KINHTE)


def test_draft_report_days_follow_the_calendar() -> None:
    days = quarter_draft_days(date(2025, 7, 1), date(2026, 12, 31), CALENDAR)
    assert days == {
        date(2025, 9, 12): (3, 2025),  # due Friday 19/09
        date(2025, 12, 12): (4, 2025),
        date(2026, 3, 12): (1, 2026),
        date(2026, 6, 12): (2, 2026),
        date(2026, 9, 11): (3, 2026),  # 19/09/2026 is a Saturday: due Friday 18/09
        date(2026, 12, 11): (4, 2026),  # 19/12/2026 is a Saturday
    }


async def test_weekly_digest_and_draft_report_reach_the_coordinator(world: World) -> None:
    with session_scope(world.engine) as session:
        unit = find_unit(session, "vanphong")
        assert unit is not None
        add_officer(
            session,
            unit=unit,
            full_name="Lãnh đạo",
            role=Role.LEADER,
            channel=Channel.TELEGRAM,
            external_id="900",
            now=world.clock.now(),
        )
    for day in (date(2025, 9, 1), date(2025, 9, 2), date(2025, 9, 3), date(2025, 9, 8)):
        await world.at(at(day))
    weekly = [
        m.date() for m, reply in world.channel.to(COORDINATOR) if reply.text.startswith("📅")
    ]
    # Monday 01/09 and Tuesday 02/09 are Quốc khánh: the week starts on Wednesday 03/09.
    assert weekly == [date(2025, 9, 3), date(2025, 9, 8)]
    leader = [reply.text for _, reply in world.channel.to("900") if reply.text.startswith("📅")]
    assert len(leader) == 2 and "Đến hạn trong tuần" in leader[0]
    assert not [r for _, r in world.channel.to("900") if r.text.startswith("🔔")]
    await world.at(at(date(2025, 9, 12)))
    [draft] = [reply for _, reply in world.channel.to(COORDINATOR) if reply.file is not None]
    assert draft.file is not None and draft.file.name.endswith("quy3-2025.docx")
    assert "Dự thảo báo cáo quý 3/2025" in draft.text and "thứ Sáu, 19/09/2025" in draft.text
    document = docx.Document(io.BytesIO(draft.file.content))
    assert any("quý III năm 2025" in paragraph.text for paragraph in document.paragraphs)
