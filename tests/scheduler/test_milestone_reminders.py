"""Reminders follow milestones (issue 13, item 1): a milestone reported done is reminded
no more, while the task's other due dates still are; a returned completion brings its
reminders back. The planner, the sweep and ``nhacviec simulate`` share the rule.

Task 11 ("Quý III,IV/2025") is led by Văn phòng, due 30/09/2025 and 31/12/2025.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Engine
from sqlmodel import Session, col, select

from handlers.choices import Action, encode
from models.clock import VIETNAM
from models.db import session_scope
from models.deadline import ScheduleKind
from models.progress import NOT_DONE, Completion
from models.tables import ProgressUpdate, Reminder, ReminderKind, ReminderState, Review
from scheduler.planning import Recipient, TaskForPlanning, plan_items
from scheduler.policy import ReminderPolicy
from tests.scheduler.test_sweep import CALENDAR, COORDINATOR, VANPHONG, World, at, make_world
from tests.scheduler.test_unit_parts import officer_id, run_days

Q3, Q4 = date(2025, 9, 30), date(2025, 12, 31)


def planned_dates(world: World, code: str) -> set[tuple[date, str]]:
    """The milestones (and kinds) of the task's planned reminders to Văn phòng's officer."""
    with Session(world.engine) as session:
        rows = session.exec(
            select(Reminder).where(
                Reminder.task_id == world.task_id(code),
                Reminder.officer_id == officer_id(world, VANPHONG),
                col(Reminder.state) == ReminderState.PLANNED.value,
            )
        ).all()
    return {(row.due_on, str(row.kind)) for row in rows}


def test_the_planner_skips_a_done_milestone_and_keeps_the_next() -> None:
    task = TaskForPlanning(
        id=1,
        code="11",
        kind=ScheduleKind.MILESTONES,
        due_dates=(date(2025, 12, 10), date(2025, 12, 20)),
        lead_units=(1,),
        coordinating_units=(),
        period_start=date(2025, 7, 1),
        period_end=date(2025, 12, 31),
        milestones={date(2025, 12, 10): Completion(True, frozenset({1})), None: NOT_DONE},
    )
    items = list(
        plan_items(
            [task],
            {1: [Recipient(1, "Cán bộ", 7)]},
            policy=ReminderPolicy(),
            calendar=CALENDAR,
            tz=VIETNAM,
            start=date(2025, 12, 1),
            end=date(2025, 12, 31),
        )
    )
    assert {item.due_on for item in items} == {date(2025, 12, 20)}


async def test_reporting_the_missed_milestone_stops_its_reminders_only(
    seeded_engine: Engine,
) -> None:
    # 02/10: the 30/09 milestone was just missed, its overdue reminders lie ahead.
    world = make_world(seeded_engine, datetime(2025, 10, 2, 6, 0, tzinfo=VIETNAM))
    await world.at(at(date(2025, 10, 2)))
    before = planned_dates(world, "11")
    assert any(due == Q3 and kind == ReminderKind.OVERDUE.value for due, kind in before)
    world.say(VANPHONG, "#11 xong, số 10/BC-UBND")
    # Reported (awaiting confirmation): no more reminders about 30/09.
    assert Q3 not in {due for due, _ in planned_dates(world, "11")}
    sent_before = len(world.channel.to(VANPHONG))
    await run_days(world, date(2025, 10, 3), date(2025, 10, 20))
    texts = [
        reply.text
        for _, reply in world.channel.to(VANPHONG)[sent_before:]
        if "• 11 ·" in reply.text
    ]
    assert all("30/09/2025" not in text for text in texts)
    # The 31/12 milestone is still reminded when its days come.
    await run_days(world, date(2025, 12, 20), date(2025, 12, 24))
    later = [reply.text for _, reply in world.channel.to(VANPHONG) if "• 11 ·" in reply.text]
    assert any("31/12/2025" in text for text in later)


async def test_a_returned_completion_brings_its_reminders_back(seeded_engine: Engine) -> None:
    world = make_world(seeded_engine, datetime(2025, 10, 2, 6, 0, tzinfo=VIETNAM))
    await world.at(at(date(2025, 10, 2)))
    world.say(VANPHONG, "#11 xong, số 10/BC-UBND")
    assert Q3 not in {due for due, _ in planned_dates(world, "11")}
    with session_scope(world.engine) as session:
        update = session.exec(
            select(ProgressUpdate).where(ProgressUpdate.review == Review.PENDING)
        ).one()
        update.review = Review.RETURNED
        update.reviewed_at = world.clock.now()
        session.add(update)
        task_id = update.task_id
    with session_scope(world.engine) as session:
        world.service.replan(session, task_id)
    assert Q3 in {due for due, _ in planned_dates(world, "11")}


async def test_a_change_to_the_task_keeps_an_officers_snooze(seeded_engine: Engine) -> None:
    """Reminders come back when a task reopens, but not those an officer put off."""
    world = make_world(seeded_engine, datetime(2025, 12, 5, 6, 0, tzinfo=VIETNAM))
    await world.at(at(date(2025, 12, 5)))
    twelve = world.task_id("12")
    world.say(VANPHONG, choice=encode(Action.SNOOZE, twelve, 3))
    put_off = planned_kinds(world, "12")
    [snoozed_at] = [at for at, kind in put_off if kind == ReminderKind.SNOOZED.value]
    # Nothing before the snoozed reminder: the 08/12 and 09/12 ones were put off.
    assert min(at for at, _ in put_off) == snoozed_at
    world.say(COORDINATOR, "/capnhat 12 20 đang theo dõi")
    assert planned_kinds(world, "12") == put_off


def planned_kinds(world: World, code: str) -> set[tuple[datetime, str]]:
    with Session(world.engine) as session:
        rows = session.exec(
            select(Reminder.send_at, Reminder.kind).where(
                Reminder.task_id == world.task_id(code),
                Reminder.officer_id == officer_id(world, VANPHONG),
                col(Reminder.state) == ReminderState.PLANNED.value,
            )
        ).all()
    return {(send_at, str(kind)) for send_at, kind in rows}


def _weekly_items(done: frozenset[date] = frozenset()) -> list[tuple[date, date, str]]:
    """(send day, due day, kind) of a task due every Friday of December 2025."""
    fridays = (date(2025, 12, 5), date(2025, 12, 12), date(2025, 12, 19), date(2025, 12, 26))
    task = TaskForPlanning(
        id=1,
        code="7",
        kind=ScheduleKind.RECURRING,
        due_dates=fridays,
        lead_units=(1,),
        coordinating_units=(),
        period_start=date(2025, 12, 1),
        period_end=date(2025, 12, 31),
        milestones={day: Completion(True, frozenset({1})) for day in done},
    )
    items = plan_items(
        [task],
        {1: [Recipient(1, "Cán bộ", 7)]},
        policy=ReminderPolicy(),
        calendar=CALENDAR,
        tz=VIETNAM,
        start=date(2025, 11, 20),
        end=date(2026, 1, 31),
    )
    return sorted((item.send_at.date(), item.due_on, str(item.kind)) for item in items)


def test_a_weekly_task_is_reminded_of_one_friday_at_a_time() -> None:
    items = _weekly_items()
    # The 7-day reminder of the 12th would fall on the 5th, the first Friday's own day:
    # each Friday has the days after the one before for its reminders.
    assert [
        (send, due)
        for send, due, kind in items
        if due == date(2025, 12, 12) and kind != ReminderKind.OVERDUE.value
    ] == [
        (date(2025, 12, 9), date(2025, 12, 12)),
        (date(2025, 12, 11), date(2025, 12, 12)),
        (date(2025, 12, 12), date(2025, 12, 12)),
    ]
    # A missed Friday is chased until the next one comes due, not into its week.
    overdue_12 = [
        send
        for send, due, kind in items
        if due == date(2025, 12, 12) and kind == ReminderKind.OVERDUE.value
    ]
    assert overdue_12 and all(send < date(2025, 12, 19) for send in overdue_12)
    # Never two reminders about two Fridays on one day.
    days = [send for send, *_ in items]
    assert len(days) == len(set(days))
    # The first Friday keeps its 7-day reminder; the last its overdue series into January.
    assert (date(2025, 11, 28), date(2025, 12, 5), ReminderKind.BEFORE.value) in items
    assert max(send for send, due, _ in items if due == date(2025, 12, 26)) > date(2026, 1, 1)


def test_a_done_friday_leaves_the_next_its_own_turn_only() -> None:
    items = _weekly_items(done=frozenset({date(2025, 12, 12)}))
    assert all(due != date(2025, 12, 12) for _, due, _ in items)
    assert min(send for send, due, _ in items if due == date(2025, 12, 19)) == date(2025, 12, 16)
