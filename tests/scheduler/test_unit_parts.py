"""Reminders follow each unit's share (issue 13, item 3), by the reports' own rule.

A task led by several units is done by each of them for its own part: a lead unit whose
part is done is reminded no more, the other lead units still are, coordinating units
until the whole task is done. The planner, the sweep and ``nhacviec simulate`` agree.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from sqlalchemy import Engine
from sqlmodel import Session, col, select

from models.clock import VIETNAM
from models.db import session_scope
from models.deadline import ScheduleKind
from models.officers import officer_by_identity
from models.plans import latest_plan
from models.progress import ProgressReading, record_progress
from models.report import build_report
from models.tables import Channel, ProgressUpdate, Reminder, ReminderState, Role, UnitRole
from scheduler.planning import Recipient, TaskForPlanning, plan_items
from scheduler.policy import ReminderPolicy
from tests.bot.test_cli_simulate import _reminders, _sent_by_the_sweep, _simulated
from tests.builders import confirm_completions_at_once, register_officers
from tests.scheduler.test_sweep import (
    CALENDAR,
    COORDINATOR,
    KINHTE,
    VANPHONG,
    World,
    at,
    make_world,
)

# Led by every unit but Văn phòng, which coordinates it; due 31/12/2025.
ALL_UNITS_TASK = "15.1"
PVHCC, SNC = "600", "700"


def officer_id(world: World, external_id: str) -> int:
    with Session(world.engine) as session:
        card = officer_by_identity(session, Channel.TELEGRAM, external_id)
        assert card is not None
        return card.id


def complete_quietly(world: World, external_id: str | None, code: str) -> None:
    """Record a 100% as the chat would, but without replanning: only the sweep's own
    check at send time can then hold the reminders back."""
    with session_scope(world.engine) as session:
        record_progress(
            session,
            task_id=world.task_id(code),
            officer_id=None if external_id is None else officer_id(world, external_id),
            now=world.clock.now(),
            reading=ProgressReading(100, "xong"),
        )


async def run_days(world: World, first: date, last: date) -> None:
    day = first
    while day <= last:
        await world.at(at(day))
        day += timedelta(days=1)


def reminded_about(world: World, external_id: str, code: str) -> list[date]:
    return sorted(
        {
            moment.date()
            for moment, reply in world.channel.to(external_id)
            if f"• {code} ·" in reply.text
        }
    )


def planned_for(world: World, code: str) -> set[int]:
    with Session(world.engine) as session:
        return set(
            session.exec(
                select(Reminder.officer_id).where(
                    Reminder.task_id == world.task_id(code),
                    col(Reminder.state) == ReminderState.PLANNED.value,
                )
            )
        )


def report_done(world: World, code: str) -> bool:
    with Session(world.engine) as session:
        plan = latest_plan(session)
        assert plan is not None
        report = build_report(session, plan, now=world.clock.now())
        return next(line for line in report.tasks if line.code == code).done_on is not None


def test_a_done_part_leaves_out_its_unit_and_only_its_unit() -> None:
    task = TaskForPlanning(
        id=1,
        code="1",
        kind=ScheduleKind.ONCE,
        due_dates=(date(2025, 12, 31),),
        lead_units=(1, 2),
        coordinating_units=(3,),
        period_start=date(2025, 7, 1),
        period_end=date(2025, 12, 31),
        done_parts=frozenset({1}),
    )
    recipients = {unit: [Recipient(unit, f"unit {unit}", unit * 10)] for unit in (1, 2, 3)}
    items = list(
        plan_items(
            [task],
            recipients,
            policy=ReminderPolicy(),
            calendar=CALENDAR,
            tz=VIETNAM,
            start=date(2025, 12, 1),
            end=date(2025, 12, 31),
        )
    )
    assert {item.recipient.unit_id for item in items} == {2, 3}
    assert task.units_reminded(UnitRole.LEAD) == (2,)
    assert task.units_reminded(UnitRole.COORDINATING) == (3,)


async def test_one_units_completion_of_an_all_units_task_stops_its_reminders_only(
    seeded_engine: Engine,
) -> None:
    world = make_world(seeded_engine, datetime(2025, 12, 15, 6, 0, tzinfo=VIETNAM))
    await world.at(at(date(2025, 12, 15)))
    kinhte, vanphong = officer_id(world, KINHTE), officer_id(world, VANPHONG)
    coordinator = officer_id(world, COORDINATOR)
    assert {kinhte, vanphong, coordinator} <= planned_for(world, ALL_UNITS_TASK)
    # Planned before the 100%: the sweep drops Kinh tế's reminders as their day comes.
    complete_quietly(world, KINHTE, ALL_UNITS_TASK)
    await run_days(world, date(2025, 12, 16), date(2025, 12, 31))
    assert reminded_about(world, KINHTE, ALL_UNITS_TASK) == []
    assert reminded_about(world, COORDINATOR, ALL_UNITS_TASK) != []  # VH-XH's own part
    assert reminded_about(world, VANPHONG, ALL_UNITS_TASK) != []  # coordinating
    assert not report_done(world, ALL_UNITS_TASK)


async def test_replanning_leaves_out_a_done_part_and_all_parts_done_silence_the_task(
    seeded_engine: Engine,
) -> None:
    world = make_world(seeded_engine, datetime(2025, 12, 15, 6, 0, tzinfo=VIETNAM))
    # Completions count at once: this test is about parts (confirmation has its own).
    confirm_completions_at_once(world.engine)
    register_officers(
        world.engine,
        [("pvhcc", "Cán bộ 600", Role.OFFICER, PVHCC), ("snc", "Cán bộ 700", Role.OFFICER, SNC)],
        now=world.clock.now(),
    )
    await world.at(at(date(2025, 12, 15)))
    world.say(KINHTE, f"/capnhat {ALL_UNITS_TASK} xong")
    planned = planned_for(world, ALL_UNITS_TASK)
    assert officer_id(world, KINHTE) not in planned
    assert officer_id(world, COORDINATOR) in planned
    for who in (COORDINATOR, PVHCC):
        world.say(who, f"/capnhat {ALL_UNITS_TASK} xong")
    # Văn phòng coordinates: its officer and head are reminded until the task is done.
    head = "400"
    still = {officer_id(world, who) for who in (SNC, VANPHONG, head)}
    assert planned_for(world, ALL_UNITS_TASK) == still
    assert not report_done(world, ALL_UNITS_TASK)
    world.say(SNC, f"/capnhat {ALL_UNITS_TASK} xong")
    assert planned_for(world, ALL_UNITS_TASK) == set()
    assert report_done(world, ALL_UNITS_TASK)
    await run_days(world, date(2025, 12, 16), date(2025, 12, 31))
    for who in (KINHTE, VANPHONG, COORDINATOR, PVHCC, SNC, head):
        assert reminded_about(world, who, ALL_UNITS_TASK) == []


async def test_a_coordinators_completion_for_the_whole_task_silences_it(
    seeded_engine: Engine,
) -> None:
    # Task 12: Văn phòng leads, Kinh tế coordinates, due 09/12. The coordinator (of
    # VH-XH, which does not lead it) records what Văn phòng reported: the whole task.
    world = make_world(seeded_engine, datetime(2025, 12, 1, 6, 0, tzinfo=VIETNAM))
    await world.at(at(date(2025, 12, 1)))
    complete_quietly(world, COORDINATOR, "12")
    with Session(world.engine) as session:
        stored = session.exec(
            select(ProgressUpdate.unit_id).where(ProgressUpdate.task_id == world.task_id("12"))
        ).all()
    assert stored == [None]
    await run_days(world, date(2025, 12, 2), date(2025, 12, 9))
    assert reminded_about(world, VANPHONG, "12") == []
    assert reminded_about(world, KINHTE, "12") == []
    assert report_done(world, "12")


async def test_simulate_leaves_out_a_done_part_as_the_sweep_does(seeded_engine: Engine) -> None:
    world = make_world(seeded_engine, datetime(2025, 12, 15, 6, 0, tzinfo=VIETNAM))
    await world.at(at(date(2025, 12, 15)))
    complete_quietly(world, KINHTE, ALL_UNITS_TASK)
    simulated = _reminders(_simulated(world.engine))
    about_task = {sent for sent in simulated if sent[1] == ALL_UNITS_TASK}
    assert about_task and all(sent[2] != f"Cán bộ {KINHTE}" for sent in about_task)
    assert any(sent[2] == f"Cán bộ {COORDINATOR}" for sent in about_task)
    await run_days(world, date(2025, 12, 15), date(2026, 1, 9))
    sent, _ = _sent_by_the_sweep(world.engine)
    officers = {f"Cán bộ {who}" for who in (COORDINATOR, VANPHONG, KINHTE, "400")}
    assert sent == {entry for entry in simulated if entry[2] in officers}


def test_the_overdue_digest_chases_each_unit_for_its_own_part(seeded_engine: Engine) -> None:
    """After 31/12, Phòng Kinh tế's part of the all-units task is done: its head is not
    chased for the others' parts, while theirs are, each with its own part's figures."""
    from handlers.i18n import translator
    from models.tables import DigestKind
    from scheduler.digests import render_digest

    confirm_completions_at_once(seeded_engine)
    register_officers(
        seeded_engine,
        [("pvhcc", "Cán bộ 600", Role.OFFICER, PVHCC)],
        now=datetime(2025, 12, 1, 8, 0, tzinfo=VIETNAM),
    )
    world_task = 0
    with session_scope(seeded_engine) as session:
        plan = latest_plan(session)
        assert plan is not None
        world_task = next(
            line.id
            for line in build_report(
                session, plan, now=datetime(2025, 12, 1, tzinfo=VIETNAM)
            ).tasks
            if line.code == ALL_UNITS_TASK
        )
    register_officers(
        seeded_engine,
        [("kinhte", "Cán bộ 300", Role.OFFICER, KINHTE)],
        now=datetime(2025, 12, 1, 8, 0, tzinfo=VIETNAM),
    )
    with session_scope(seeded_engine) as session:
        for external_id, percent in ((KINHTE, 100), (PVHCC, 40)):
            officer = officer_by_identity(session, Channel.TELEGRAM, external_id)
            assert officer is not None
            record_progress(
                session,
                task_id=world_task,
                officer_id=officer.id,
                now=datetime(2025, 12, 20, 9, 0, tzinfo=VIETNAM),
                reading=ProgressReading(percent, ""),
            )
    now = datetime(2026, 1, 5, 8, 0, tzinfo=VIETNAM)

    def digest_line(unit_code: str) -> str | None:
        with Session(seeded_engine) as session:
            plan = latest_plan(session)
            assert plan is not None
            digest = render_digest(
                session,
                plan,
                DigestKind.OVERDUE,
                now=now,
                tr=translator("vi"),
                unit_code=unit_code,
                calendar=CALENDAR,
            )
        rows = [] if digest is None else digest.text.split("\n")
        return next((row for row in rows if row.startswith(f"• {ALL_UNITS_TASK} ·")), None)

    assert digest_line("kinhte") is None
    # Its own part: 40%, five days after 31/12.
    pvhcc = digest_line("pvhcc")
    assert pvhcc is not None and pvhcc.endswith("quá hạn 5 ngày · 40%")
    # A unit with nothing written is chased at 0%.
    snc = digest_line("snc")
    assert snc is not None and snc.endswith("· 0%")
