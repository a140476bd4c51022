"""Each unit's share (issue 13, item 3): every lead unit does its own part of a task.

An officer's update counts for their own unit's part; the task is done when every lead
unit's part is, on the day of the last one; a unit's report counts the parts it leads and
keeps what it coordinates apart; the units' lines add up the same in ``/baocao``, a unit's
``/baocao``, the JSON, the Excel workbook and the chart. Examples on the bundled plan and
on small plans, then a property test on random small plans and random updates.
"""

from __future__ import annotations

import io
import itertools
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

import pytest
import yaml
from alembic import command
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook
from openpyxl.worksheet.worksheet import Worksheet
from sqlalchemy import Engine, text
from sqlmodel import Session, col, select

from handlers.context import CoreSettings
from handlers.conversation import Conversation
from handlers.i18n import Translator
from handlers.reporting.chart import chart_groups
from handlers.reporting.excel import excel_report
from handlers.reports import render_report, report_json
from models.calendar import WorkingCalendar
from models.clock import VIETNAM, FixedClock
from models.db import alembic_config, migrate, session_scope
from models.milestones import milestone_for
from models.planfile import read_plan_file
from models.plans import import_plan, latest_plan, task_by_code
from models.progress import (
    ProgressReading,
    latest_percent,
    plan_history,
    record_progress,
    share_unit_id,
)
from models.report import Counts, GroupLine, Report, TaskLine, build_report
from models.status import DONE_STATUSES, TaskStatus
from models.tables import Officer, Organisation, Plan, ProgressUpdate, Role, Task, Unit, UnitRole
from tests.builders import confirm_completions_at_once, register_officers
from tests.conftest import PLAN_IMPORTED_AT
from tests.handlers.conftest import COORDINATOR, FRIDAY_MORNING, KINHTE, VANPHONG, Chat, person

TR = Translator("vi")
UNITS = ("vhxh", "vanphong", "kinhte", "pvhcc", "snc")
PVHCC = person("600", "Đỗ Văn Tâm")
SNC = person("700", "Vũ Thị Mai")
VHXH = person("800", "Hoàng Văn Nam")


def at(day: str, clock: str = "09:00") -> datetime:
    return datetime.fromisoformat(f"{day}T{clock}").replace(tzinfo=VIETNAM)


@pytest.fixture
def chat(seeded_engine: Engine) -> Chat:
    """The bundled plan, a coordinator of vhxh and an officer of every unit."""
    clock = FixedClock(FRIDAY_MORNING)
    register_officers(
        seeded_engine,
        [
            (unit, who.display_name, role, who.external_id)
            for who, unit, role in (
                (COORDINATOR, "vhxh", Role.COORDINATOR),
                (VHXH, "vhxh", Role.OFFICER),
                (VANPHONG, "vanphong", Role.OFFICER),
                (KINHTE, "kinhte", Role.OFFICER),
                (PVHCC, "pvhcc", Role.OFFICER),
                (SNC, "snc", Role.OFFICER),
            )
        ],
        now=clock.now(),
    )
    # Completions count at once: this file is about parts (confirmation has its own tests).
    confirm_completions_at_once(seeded_engine)
    conversation = Conversation(
        seeded_engine, clock, WorkingCalendar(), CoreSettings(bot_username="nhacviec_test_bot")
    )
    return Chat(conversation, clock, seeded_engine)


def reports(chat: Chat, unit_code: str | None = None) -> Report:
    with Session(chat.engine) as session:
        plan = latest_plan(session)
        assert plan is not None
        return build_report(session, plan, now=chat.clock.now(), unit_code=unit_code)


def line_of(report: Report, code: str) -> TaskLine:
    return next(line for line in report.tasks if line.code == code)


def unit_line(report: Report, code: str) -> GroupLine:
    return next(group for group in report.units if group.code == code)


# --- One officer's 100% on an "all units" task ---------------------------------------------


def test_one_officers_completion_of_an_all_units_task_is_their_units_part(chat: Chat) -> None:
    reply = chat.text(chat.send(KINHTE, "/capnhat 1.2 xong"))

    # The officer is told where their own part stands, not that the task is done.
    assert "Đã ghi nhận nhiệm vụ 1.2: 100% — Hoàn thành quá hạn." in reply
    commune = reports(chat)
    task = line_of(commune, "1.2")
    assert task.lead_is_all_units and len(task.shares) == 5
    assert task.status is TaskStatus.OVERDUE  # due 31/07, four parts still missing
    assert task.percent == 20  # the mean of 100, 0, 0, 0, 0
    assert {share.unit.code: share.status for share in task.shares} == {
        "vhxh": TaskStatus.OVERDUE,
        "vanphong": TaskStatus.OVERDUE,
        "kinhte": TaskStatus.DONE_LATE,
        "pvhcc": TaskStatus.OVERDUE,
        "snc": TaskStatus.OVERDUE,
    }
    assert commune.totals.done == 0
    assert unit_line(commune, "kinhte").counts.done_late == 1
    assert unit_line(commune, "vanphong").counts.done == 0
    # Each unit's report shows its own part; the task as a whole is beside it.
    own = line_of(reports(chat, "kinhte"), "1.2")
    assert (own.role, own.status, own.percent) == (UnitRole.LEAD, TaskStatus.DONE_LATE, 100)
    assert (own.task_status, own.task_percent) == (TaskStatus.OVERDUE, 20)
    other = line_of(reports(chat, "vanphong"), "1.2")
    assert (other.status, other.percent, other.last_update) == (TaskStatus.OVERDUE, 0, None)


def test_the_task_is_done_when_the_last_lead_unit_is_done_on_that_day(chat: Chat) -> None:
    days = {KINHTE: "2025-12-01", VANPHONG: "2025-12-02", VHXH: "2025-12-03", PVHCC: "2025-12-04"}
    for who, day in days.items():
        chat.clock.set(at(day))
        chat.send(who, "/capnhat 16 xong")  # "Thường xuyên", led by every unit
    assert line_of(reports(chat), "16").status is TaskStatus.IN_PROGRESS
    assert line_of(reports(chat), "16").percent == 80
    chat.clock.set(at("2025-12-05"))
    chat.send(SNC, "/capnhat 16 100 đã niêm yết")

    task = line_of(reports(chat), "16")
    assert task.status is TaskStatus.DONE_ON_TIME
    assert (task.done_on, task.percent) == (date(2025, 12, 5), 100)
    # Taken back by one unit: the task is open again, the other parts stay done.
    chat.send(VANPHONG, "/capnhat 16 60 còn thiếu phụ lục")
    reopened = line_of(reports(chat), "16")
    assert reopened.status is TaskStatus.IN_PROGRESS and reopened.done_on is None
    assert sum(share.status in DONE_STATUSES for share in reopened.shares) == 4


def test_a_task_done_by_its_last_part_after_the_deadline_is_late(session: Session) -> None:
    plan = small_plan(
        session, "late", [{"lead": ["pa", "pb"], "deadline": "Trước ngày 10/12/2025"}]
    )
    officers = small_officers(session, plan)
    write(session, plan, "1", officers["pa"], at("2025-12-05"), 100)
    write(session, plan, "1", officers["pb"], at("2025-12-12"), 100)

    report = build_report(session, plan, now=at("2025-12-20"))
    task = line_of(report, "1")
    assert [share.status for share in task.shares] == [
        TaskStatus.DONE_ON_TIME,
        TaskStatus.DONE_LATE,
    ]
    assert (task.status, task.done_on) == (TaskStatus.DONE_LATE, date(2025, 12, 12))
    assert report.totals.done_late == 1 and report.parts.done == 2


# --- Who writes for whose part ----------------------------------------------------------------


def test_a_coordinator_writes_for_the_lead_units_of_a_task_their_unit_does_not_lead(
    session: Session,
) -> None:
    plan = small_plan(
        session,
        "coord",
        [
            {"lead": ["pb", "pc"], "coordinating": ["pa"]},
            {"lead": ["pa", "pb"]},
            {"lead": "pc"},
        ],
    )
    officers = small_officers(session, plan)
    coordinator = officers["coordinator"]  # an officer of pa

    write(session, plan, "1", coordinator, at("2025-12-01"), 100)  # pa only coordinates
    write(session, plan, "2", coordinator, at("2025-12-01"), 100)  # pa leads it with pb
    write(session, plan, "3", coordinator, at("2025-12-01"), 40)  # pc alone leads it

    stored = stored_units(session, plan)
    assert stored == {"1": [None], "2": ["pa"], "3": [None]}
    report = build_report(session, plan, now=at("2025-12-05"))
    shares = {line.code: [(s.unit.code, s.percent) for s in line.shares] for line in report.tasks}
    assert shares == {
        "1": [("pb", 100), ("pc", 100)],
        "2": [("pa", 100), ("pb", 0)],
        "3": [("pc", 40)],
    }
    assert line_of(report, "1").status is TaskStatus.DONE_ON_TIME
    assert line_of(report, "2").status is TaskStatus.IN_PROGRESS


def test_a_coordinating_units_update_completes_nobodys_part(session: Session) -> None:
    plan = small_plan(session, "phoihop", [{"lead": "pb", "coordinating": ["pc"]}])
    officers = small_officers(session, plan)
    write(session, plan, "1", officers["pc"], at("2025-12-01"), 100, "đã gửi số liệu")

    report = build_report(session, plan, now=at("2025-12-05"))
    task = line_of(report, "1")
    assert (task.status, task.percent) == (TaskStatus.IN_PROGRESS, 0)
    assert task.last_update is not None and task.last_update.note == "đã gửi số liệu"
    assert task.shares[0].last_update is None
    assert unit_line(report, "pc").counts.tasks == 0
    assert unit_line(report, "pc").coordinating.tasks == 1
    [entry] = plan_history(session, row(plan.id))
    assert (entry.unit, entry.part) == ("Phòng pc", "")


def test_share_unit_id_and_latest_percent(session: Session) -> None:
    plan = small_plan(session, "rules", [{"lead": ["pa", "pb", "pc"]}, {"lead": "pb"}])
    officers = small_officers(session, plan)
    shared, single = (task_of(session, plan, code) for code in ("1", "2"))
    units = {unit.code: row(unit.id) for unit in session.exec(select(Unit))}

    assert share_unit_id(session, task_id=shared, officer_id=officers["pb"]) == units["pb"]
    assert (
        share_unit_id(session, task_id=shared, officer_id=officers["coordinator"]) == units["pa"]
    )
    assert share_unit_id(session, task_id=single, officer_id=officers["coordinator"]) is None
    assert share_unit_id(session, task_id=single, officer_id=officers["pc"]) == units["pc"]
    assert share_unit_id(session, task_id=single, officer_id=None) is None

    write(session, plan, "1", officers["pa"], at("2025-12-01"), 100)
    write(session, plan, "1", officers["pb"], at("2025-12-02"), 50)
    assert latest_percent(session, shared, zone=VIETNAM) == 50  # (100 + 50 + 0) // 3
    assert latest_percent(session, shared, zone=VIETNAM, unit_id=units["pa"]) == 100
    assert latest_percent(session, shared, zone=VIETNAM, unit_id=units["pc"]) == 0
    assert latest_percent(session, single, zone=VIETNAM) == 0
    write(session, plan, "2", None, at("2025-12-02"), 30)  # a system entry
    assert latest_percent(session, single, zone=VIETNAM) == 30
    assert line_of(build_report(session, plan, now=at("2025-12-03")), "1").percent == 50


# --- The 33 against 8 -------------------------------------------------------------------------


def test_a_units_report_counts_what_it_leads_and_lists_what_it_coordinates_apart(
    chat: Chat,
) -> None:
    chat.send(KINHTE, "/capnhat 8 xong")
    chat.send(VANPHONG, "/capnhat 1.1 50 đã góp ý")  # 1.1 is vhxh's; vanphong coordinates

    own = chat.text(chat.send(KINHTE, "/baocao"))
    whole = chat.text(chat.send(COORDINATOR, "/baocao"))

    commune, unit = reports(chat), reports(chat, "kinhte")
    line = unit_line(commune, "kinhte")
    # Two overdue: 1.2 (due 31/07) and 26, whose 30/09 milestone was missed while its
    # 31/12 one is still ahead; both have come due.
    assert unit.totals == line.counts == Counts(8, 2, 1, 0, 5, 2, 0)
    assert len(unit.led) == 8 and len(unit.coordinated) == line.coordinating.tasks == 25
    assert "Số nhiệm vụ đơn vị chủ trì: 8; đã đến hạn: 2." in own
    assert "Đã hoàn thành 1/8, đạt 12,5% (đúng hạn 1, quá hạn 0)." in own
    assert "Nhiệm vụ đơn vị phối hợp (không tính ở trên): 25;" in own
    assert "• Phòng Kinh tế: hoàn thành 1/8, đạt 12,5%; quá hạn 2" in whole
    # The units' lines add up to the parts, and the commune says why that is not 35.
    assert commune.parts.tasks == sum(len(line.leads) for line in commune.tasks) == 50
    assert "50 phần việc trong 35 nhiệm vụ" in whole
    # Coordinating is not leading: vanphong's note moved nobody's part of task 1.1.
    assert line_of(commune, "1.1").percent == 0
    assert line_of(reports(chat, "vanphong"), "1.1").role is UnitRole.COORDINATING


def test_the_json_of_a_unit_report_is_its_line_in_the_communes(chat: Chat) -> None:
    chat.send(KINHTE, "/capnhat 1.2 xong")
    commune = report_json(reports(chat), TR)
    unit = report_json(reports(chat, "kinhte"), TR)

    [kinhte] = [line for line in commune["units"] if line["code"] == "kinhte"]
    assert unit["unit"] == {"code": "kinhte", "name": "Phòng Kinh tế"}
    assert commune["unit"] is None and "coordinating" not in commune
    assert {key: unit["totals"][key] for key in ("tasks", "done_on_time", "done_late")} == {
        key: kinhte[key] for key in ("tasks", "done_on_time", "done_late")
    }
    assert unit["coordinating"] == kinhte["coordinating"]
    assert unit["units"] == commune["units"]
    [shared] = [task for task in unit["tasks"] if task["code"] == "1.2"]
    assert (shared["role"], shared["status"], shared["percent"]) == ("lead", "done_late", 100)
    assert (shared["task_status"], shared["task_percent"]) == ("overdue", 20)
    assert [part["unit"] for part in shared["parts"]] == list(UNITS)
    assert shared["parts"][2] == {
        "unit": "kinhte",
        "status": "done_late",
        "percent": 100,
        "done_on": "2025-12-05",
        "awaiting_confirmation": False,
    }


def test_a_units_workbook_and_chart_show_its_line(chat: Chat) -> None:
    chat.send(KINHTE, "/capnhat 8 xong")
    report = reports(chat, "kinhte")
    with Session(chat.engine) as session:
        plan = latest_plan(session)
        assert plan is not None
        history = plan_history(session, row(plan.id))
    workbook = load_workbook(io.BytesIO(excel_report(report, history, TR)))
    units = workbook["Theo đơn vị"]
    assert isinstance(units, Worksheet)
    assert [cell.value for cell in units[4]][:2] == ["Phòng Kinh tế", 8]
    assert units.cell(4, 8).value == 25 and units.cell(5, 1).value is None
    tasks = workbook["Nhiệm vụ"]
    assert isinstance(tasks, Worksheet)
    assert [cell.value for cell in tasks[3]][-2:] == [
        "Vai trò của đơn vị",
        "Trạng thái nhiệm vụ (tất cả cơ quan chủ trì)",
    ]
    # The unit's parts of the milestones it leads, and the tasks it coordinates.
    bars = chart_groups(report, TR)
    assert [bar.counts for bar in bars] == [report.milestone_totals, report.unit_line.coordinating]  # type: ignore[union-attr]


# --- The migration ----------------------------------------------------------------------------


def test_the_migration_gives_old_entries_the_writers_unit_where_it_leads(engine: Engine) -> None:
    with session_scope(engine) as session:
        plan = small_plan(session, "cu", [{"lead": ["pa", "pb"], "coordinating": ["pc"]}])
        officers = small_officers(session, plan)
        task = task_of(session, plan, "1")
    config = alembic_config(engine)
    command.downgrade(config, "0010")
    writers = [officers["pb"], officers["pc"], officers["coordinator"], None]
    with engine.begin() as connection:
        for number, officer_id in enumerate(writers):
            connection.execute(
                text(
                    "INSERT INTO progressupdate (task_id, officer_id, created_at, kind, percent,"
                    " note, document_ref, file_id, file_name)"
                    " VALUES (:task, :officer, :at, 'progress', 100, '', '', '', '')"
                ),
                {
                    "task": task,
                    "officer": officer_id,
                    "at": at("2025-12-01") + timedelta(hours=number),
                },
            )
    migrate(engine)

    with Session(engine) as session:
        plan = session.exec(select(Plan).where(Plan.code == "kh-cu")).one()
        # pb's own part; what pc (coordinating), the coordinator of pa (who now leads it)
        # and the system wrote counted for the whole task then, and still does.
        assert stored_units(session, plan) == {"1": ["pb", None, "pa", None]}


# --- Random plans, random updates ------------------------------------------------------------

SMALL_UNITS = ("pa", "pb", "pc", "pd")
DEADLINES = ("Trước ngày 10/12/2025", "Quý IV/2025", "Quý III,IV/2025", "Thường xuyên", "")


@st.composite
def task_specs(draw: st.DrawFn) -> dict[str, Any]:
    """A task: its lead units (some, or all), coordinating units, deadline."""
    if draw(st.booleans()):
        leads: Any = "all"
        coordinating = draw(st.lists(st.sampled_from(SMALL_UNITS), max_size=1, unique=True))
    else:
        leads = draw(st.lists(st.sampled_from(SMALL_UNITS), min_size=1, max_size=3, unique=True))
        free = [unit for unit in SMALL_UNITS if unit not in leads]
        coordinating = (
            draw(st.lists(st.sampled_from(free), max_size=2, unique=True)) if free else []
        )
    return {
        "lead": leads,
        "coordinating": coordinating,
        "deadline": draw(st.sampled_from(DEADLINES)),
    }


@dataclass(frozen=True)
class Write:
    task: int  # index into the plan's tasks
    writer: str  # a unit code, "coordinator" or "system"
    day: int  # days after 01/10/2025
    percent: int | None


writes = st.builds(
    Write,
    task=st.integers(0, 4),
    writer=st.sampled_from((*SMALL_UNITS, "coordinator", "system")),
    day=st.integers(0, 100),
    percent=st.one_of(st.none(), st.sampled_from((0, 30, 50, 100, 100))),
)
_plans = itertools.count()


@settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    specs=st.lists(task_specs(), min_size=1, max_size=5),
    sequence=st.lists(writes, max_size=12),
    report_day=st.integers(30, 110),
)
def test_every_report_adds_up_on_random_plans_and_updates(
    session: Session, specs: list[dict[str, Any]], sequence: list[Write], report_day: int
) -> None:
    plan = small_plan(session, f"r{next(_plans)}", specs)
    officers = small_officers(session, plan)
    start = datetime(2025, 10, 1, 9, 0, tzinfo=VIETNAM)
    made: list[Made] = []
    for number, step in enumerate(sorted(sequence, key=lambda step: step.day)):
        code = str(step.task % len(specs) + 1)
        when = start + timedelta(days=step.day, minutes=number)
        officer = None if step.writer == "system" else officers[step.writer]
        if step.writer in SMALL_UNITS and step.writer not in involved(session, plan, code):
            continue  # the chat lets officers write only on their units' tasks
        due_on = write(session, plan, code, officer, when, step.percent)
        made.append(Made(code, step.writer, when, step.percent, due_on))
    now = start + timedelta(days=report_day)
    commune = build_report(session, plan, now=now)

    check_parts_add_up(commune)
    check_against_a_hand_count(session, plan, commune, made)
    check_json(commune)
    for unit in SMALL_UNITS:
        own = build_report(session, plan, now=now, unit_code=unit)
        check_unit_report(own, commune, unit)
        check_json(own)
    check_latest_percent(session, plan, start + timedelta(days=101))


def check_latest_percent(session: Session, plan: Plan, after_every_write: datetime) -> None:
    """models.progress.latest_percent (an archived task's details) reads the task and
    each lead unit's part as the report does once every update is written."""
    units = {
        unit.code: row(unit.id)
        for unit in session.exec(select(Unit).where(Unit.organisation_id == plan.organisation_id))
    }
    for line in build_report(session, plan, now=after_every_write).tasks:
        assert latest_percent(session, line.id, zone=VIETNAM) == line.task_percent, line.code
        for share in line.shares:
            mine = latest_percent(session, line.id, zone=VIETNAM, unit_id=units[share.unit.code])
            assert mine == share.percent, (line.code, share.unit.code)


def check_parts_add_up(report: Report) -> None:
    """Units' lines count parts; tasks are done when every part is, on the last part's day."""
    assert sum(group.counts.tasks for group in report.units) == sum(
        len(line.leads) for line in report.tasks
    )
    shares = [share for line in report.tasks for share in line.shares]
    assert report.parts.tasks == len(shares)
    assert report.parts.done == sum(share.status in DONE_STATUSES for share in shares)
    for group in report.units:
        mine = [share.status for share in shares if share.unit.code == group.code]
        assert group.counts.tasks == len(mine)
        assert group.counts.done_on_time == mine.count(TaskStatus.DONE_ON_TIME)
        assert group.counts.done_late == mine.count(TaskStatus.DONE_LATE)
        assert group.counts.overdue == mine.count(TaskStatus.OVERDUE)
        assert group.counts.no_deadline == mine.count(TaskStatus.NO_DEADLINE)
    assert sum(group.counts.tasks for group in report.sections) == report.totals.tasks
    for line in report.tasks:
        done = [share.done_on for share in line.shares]
        if all(day is not None for day in done):
            assert line.status in DONE_STATUSES
            assert line.done_on == max(day for day in done if day is not None)
        else:
            assert line.status not in DONE_STATUSES and line.done_on is None
        for milestone in line.milestones:
            # Each milestone: the mean of its parts, done when every part is.
            parts = milestone.shares
            assert milestone.percent == sum(part.percent for part in parts) // len(parts)
            assert (milestone.done_on is not None) == all(part.done_on for part in parts)
        # The task stands as its last milestone once that is done, else as the milestone
        # being worked on: the earliest not done.
        last = line.milestones[-1]
        current = (
            last
            if last.done_on is not None
            else next(m for m in line.milestones if m.done_on is None)
        )
        assert line.percent == current.percent
        assert line.percent < 100 or line.status in DONE_STATUSES


@dataclass(frozen=True)
class Made:
    """An update as written, and the milestone (due date) it was stored for."""

    code: str
    writer: str
    when: datetime
    percent: int | None
    due_on: date | None


def check_against_a_hand_count(
    session: Session,
    plan: Plan,
    report: Report,
    made: Sequence[Made],
) -> None:
    """Count each part of each milestone as an inspector would, from the list of updates
    alone: the latest percent written for that part and that due date."""
    del session, plan
    for line in report.tasks:
        leads = [unit.code for unit in line.leads]
        dates = [m.due_on for m in line.milestones if m.due_on is not None]
        for milestone in line.milestones:
            for share in milestone.shares:
                mine = [
                    (entry.when, entry.percent)
                    for entry in made
                    if entry.code == line.code
                    and entry.when < report_cutoff(report)
                    and entry.percent is not None
                    and counts_for(entry.writer, share.unit.code, leads)
                    and milestone_for(entry.due_on, dates) == milestone.due_on
                ]
                expected = mine[-1][1] if mine else 0
                assert share.percent == expected, (line.code, share.unit.code, mine)
                assert (share.status in DONE_STATUSES) == (expected == 100)
        # A part of the task is done when its part of the last milestone is.
        for share, last in zip(line.shares, line.milestones[-1].shares, strict=True):
            assert (share.status in DONE_STATUSES) == (last.status in DONE_STATUSES)


def counts_for(writer: str, unit: str, leads: Sequence[str]) -> bool:
    """The rule as the issue states it: own unit's part; the coordinator (of pa) and the
    system for every lead unit unless pa leads the task; a coordinating unit for none."""
    if writer == "system":
        return True
    if writer == "coordinator":
        return unit == "pa" if "pa" in leads else True
    return writer == unit


def report_cutoff(report: Report) -> datetime:
    return datetime.combine(report.as_of + timedelta(days=1), datetime.min.time(), tzinfo=VIETNAM)


def check_unit_report(own: Report, commune: Report, unit: str) -> None:
    line = unit_line(commune, unit)
    assert own.unit_line == line
    assert own.totals == line.counts
    assert own.units == commune.units
    assert sum(group.counts.tasks for group in own.sections) == own.totals.tasks
    led = {task.code: task for task in commune.tasks if unit in {u.code for u in task.leads}}
    coordinated = {
        task.code for task in commune.tasks if unit in {u.code for u in task.coordinating}
    }
    assert {task.code for task in own.led} == set(led)
    assert {task.code for task in own.coordinated} == coordinated
    assert len(own.coordinated) == line.coordinating.tasks
    for task in own.led:
        [share] = [share for share in led[task.code].shares if share.unit.code == unit]
        assert (task.status, task.percent, task.done_on) == (
            share.status,
            share.percent,
            share.done_on,
        )
        assert task.task_status is led[task.code].status
    text = render_report(own, TR)
    assert f"Số nhiệm vụ đơn vị chủ trì: {line.counts.tasks};" in text
    assert f"Nhiệm vụ đơn vị phối hợp (không tính ở trên): {line.coordinating.tasks};" in text


def check_json(report: Report) -> None:
    data = report_json(report, TR)
    assert data["totals"]["tasks"] == report.totals.tasks
    assert data["totals"]["done_on_time"] == report.totals.done_on_time
    assert data["parts"]["tasks"] == sum(line["tasks"] for line in data["units"])
    for group, line in zip(report.units, data["units"], strict=True):
        assert (line["code"], line["tasks"], line["overdue"]) == (
            group.code,
            group.counts.tasks,
            group.counts.overdue,
        )
        assert line["coordinating"]["tasks"] == group.coordinating.tasks
    for task, item in zip(report.tasks, data["tasks"], strict=True):
        assert (item["code"], item["status"], item["percent"]) == (
            task.code,
            task.status.value,
            task.percent,
        )
        assert [(part["unit"], part["status"]) for part in item["parts"]] == [
            (share.unit.code, share.status.value) for share in task.shares
        ]


# --- Small plans ------------------------------------------------------------------------------


def small_plan(session: Session, code: str, tasks: Sequence[dict[str, Any]]) -> Plan:
    """A commune of four units (pa..pd) with ``tasks`` numbered 1, 2, ... in one section."""
    data = {
        "organisation": {
            "code": f"xa-{code}",
            "name": f"Xã {code}",
            "authority": "UBND",
            "place": code,
        },
        "units": [{"code": unit, "name": f"Phòng {unit}", "aliases": []} for unit in SMALL_UNITS],
        "plan": {
            "code": f"kh-{code}",
            "title": f"Kế hoạch {code}",
            "period": {"from": date(2025, 7, 1), "to": date(2025, 12, 31)},
        },
        "sections": [
            {
                "code": "I",
                "title": "Nhiệm vụ",
                "tasks": [
                    {
                        "code": str(number),
                        "title": f"Nhiệm vụ {number}",
                        "coordinating": [],
                        "deadline": "Trước ngày 10/12/2025",
                        "product": "Báo cáo",
                        **spec,
                    }
                    for number, spec in enumerate(tasks, start=1)
                ],
            }
        ],
    }
    document = read_plan_file("plan.yaml", yaml.safe_dump(data, allow_unicode=True).encode())
    import_plan(session, document, now=PLAN_IMPORTED_AT)
    session.commit()
    plan = session.exec(select(Plan).where(Plan.code == f"kh-{code}")).one()
    # Completions count at once: these plans test parts, not confirmation.
    commune = session.get(Organisation, plan.organisation_id)
    assert commune is not None
    commune.confirm_completion = False
    session.add(commune)
    session.commit()
    return plan


def small_officers(session: Session, plan: Plan) -> dict[str, int]:
    """An officer of each unit, and a coordinator who belongs to pa."""
    units = {
        unit.code: unit
        for unit in session.exec(select(Unit).where(Unit.organisation_id == plan.organisation_id))
    }
    people = [(code, code, Role.OFFICER) for code in SMALL_UNITS] + [
        ("coordinator", "pa", Role.COORDINATOR)
    ]
    officers = {}
    for key, unit, role in people:
        officer = Officer(
            organisation_id=plan.organisation_id,
            unit_id=row(units[unit].id),
            full_name=f"Cán bộ {key}",
            role=role,
            created_at=PLAN_IMPORTED_AT,
        )
        session.add(officer)
        session.flush()
        officers[key] = row(officer.id)
    session.commit()
    return officers


def write(
    session: Session,
    plan: Plan,
    code: str,
    officer_id: int | None,
    when: datetime,
    percent: int | None,
    note: str = "",
) -> date | None:
    """Record an update as the chat would; return the milestone it was stored for."""
    update = record_progress(
        session,
        task_id=task_of(session, plan, code),
        officer_id=officer_id,
        now=when,
        reading=ProgressReading(percent, note),
    )
    session.commit()
    return update.due_on


def task_of(session: Session, plan: Plan, code: str) -> int:
    task = task_by_code(session, row(plan.id), code)
    assert task is not None
    return row(task.id)


def involved(session: Session, plan: Plan, code: str) -> set[str]:
    report = build_report(session, plan, now=at("2025-10-01"))
    line = line_of(report, code)
    return {unit.code for unit in (*line.leads, *line.coordinating)}


def stored_units(session: Session, plan: Plan) -> dict[str, list[str | None]]:
    """Each task's entries, oldest first, as the code of the unit stored with them."""
    codes = {row(unit.id): unit.code for unit in session.exec(select(Unit))}
    stored: dict[str, list[str | None]] = {}
    for code, unit_id in session.exec(
        select(Task.code, ProgressUpdate.unit_id)
        .join(ProgressUpdate, col(ProgressUpdate.task_id) == Task.id)
        .where(Task.plan_id == plan.id)
        .order_by(col(ProgressUpdate.created_at), col(ProgressUpdate.id))
    ):
        stored.setdefault(code, []).append(None if unit_id is None else codes[unit_id])
    return stored


def row(value: int | None) -> int:
    assert value is not None
    return value


def test_an_entry_for_the_whole_task_goes_to_what_any_part_still_owes(session: Session) -> None:
    """pa reported 30/09 done; pb has not: the system's 100% for every lead unit is about
    30/09 still, not 31/12."""
    plan = small_plan(session, "owed", [{"lead": ["pa", "pb"], "deadline": "Quý III,IV/2025"}])
    officers = small_officers(session, plan)
    first = write(session, plan, "1", officers["pa"], at("2025-10-01"), 100)
    whole = write(session, plan, "1", None, at("2025-10-01", "10:00"), 100)
    assert first == whole == date(2025, 9, 30)
    line = line_of(build_report(session, plan, now=at("2025-10-31")), "1")
    assert [m.percent for m in line.milestones] == [100, 0]
