"""Tests of the report aggregation (models/report/) on the bundled Nghi Dương plan."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from typing import Any

import pytest
import yaml
from sqlalchemy import Engine, event
from sqlmodel import Session, col, select

from bot.settings import BUNDLED_PLAN
from models.clock import VIETNAM
from models.planfile import read_plan_file
from models.plans import import_plan, latest_plan, task_views
from models.report import (
    Counts,
    GroupLine,
    Report,
    ReportError,
    TaskLine,
    build_report,
    build_reports,
)
from models.status import TaskStatus
from models.tables import Officer, Plan, ProgressUpdate, Task, Unit, UnitRole
from tests.conftest import PLAN_IMPORTED_AT

NOW = datetime(2026, 1, 5, 8, 0, tzinfo=VIETNAM)
AS_OF = date(2026, 1, 5)

ONGOING = {"15.2", "16", "20", "29", "30"}
UNREAD = {"5", "17"}
ALL_CODES = {
    *("1.1", "1.2", *(str(n) for n in range(2, 15)), "15.1", "15.2", "15.3"),
    *(str(n) for n in range(16, 33)),
}
DATED = ALL_CODES - ONGOING - UNREAD
# Tasks "Các phòng, ban, ngành" lead count for vanphong too, except 15.1 which it coordinates.
VANPHONG_LEADS = {"11", "12", "13", "14", "15.2", "15.3", "19", "29", "32", "1.2", "16", "30"}
ONLY_DUE_IN_Q4 = {"3", "6", "8", "9", "12", "13", "14", "15.1", "23", "27", "28", "31"}


def at(day: str, clock: str = "09:00") -> datetime:
    """A Hanoi-time instant, to keep the tests short."""
    return datetime.fromisoformat(f"{day}T{clock}").replace(tzinfo=VIETNAM)


def the_plan(session: Session) -> Plan:
    plan = latest_plan(session)
    assert plan is not None
    return plan


def add_officer(session: Session, unit_code: str, full_name: str) -> Officer:
    unit = session.exec(select(Unit).where(Unit.code == unit_code)).one()
    officer = Officer(
        organisation_id=unit.organisation_id,
        unit_id=unit.id or 0,
        full_name=full_name,
        created_at=PLAN_IMPORTED_AT,
    )
    session.add(officer)
    session.commit()
    return officer


def add_update(
    session: Session,
    code: str,
    when: datetime,
    percent: int | None,
    note: str = "",
    officer: Officer | None = None,
) -> None:
    task = session.exec(select(Task).where(Task.code == code)).one()
    session.add(
        ProgressUpdate(
            task_id=task.id or 0,
            officer_id=None if officer is None else officer.id,
            created_at=when,
            percent=percent,
            note=note,
        )
    )
    session.commit()


def report(session: Session, **kwargs: Any) -> Report:
    return build_report(session, the_plan(session), now=kwargs.pop("now", NOW), **kwargs)


def by_code(result: Report) -> dict[str, TaskLine]:
    return {line.code: line for line in result.tasks}


def codes_with(result: Report, status: TaskStatus) -> set[str]:
    return {line.code for line in result.tasks if line.status is status}


def group(lines: tuple[GroupLine, ...], code: str) -> Counts:
    return group_line(lines, code).counts


def group_line(lines: tuple[GroupLine, ...], code: str) -> GroupLine:
    [line] = [line for line in lines if line.code == code]
    return line


@pytest.fixture
def progressed(session: Session) -> Session:
    """The plan with 12 done on time, 3 done late, 13 half done and 14 quiet for 20 days."""
    lan = add_officer(session, "vanphong", "Nguyễn Thị Lan")
    hung = add_officer(session, "vhxh", "Trần Văn Hùng")
    add_update(session, "12", at("2025-11-20"), 40, "Đã lập dự thảo", lan)
    add_update(session, "12", at("2025-12-08", "16:30"), 100, "Báo cáo số 31/BC-UBND", lan)
    add_update(session, "3", at("2025-12-15"), 60, "", hung)
    add_update(session, "3", at("2026-01-02"), 100, "Đã ban hành", hung)
    add_update(session, "13", at("2025-12-20"), 20, "Bắt đầu rà soát", lan)
    add_update(session, "13", at("2026-01-02", "10:15"), 50, "Đang tổng hợp ý kiến", lan)
    add_update(session, "14", at("2025-12-16"), 30, "Chờ số liệu")
    return session


# --- No progress at all ---------------------------------------------------------------------


def test_without_progress_every_dated_task_is_overdue(session: Session) -> None:
    result = report(session)

    assert {line.code for line in result.tasks} == ALL_CODES
    assert codes_with(result, TaskStatus.OVERDUE) == DATED
    assert codes_with(result, TaskStatus.NOT_STARTED) == ONGOING
    assert codes_with(result, TaskStatus.NO_DEADLINE) == UNREAD
    assert result.totals == Counts(
        tasks=35, due=28, done_on_time=0, done_late=0, in_progress=5, overdue=28, no_deadline=2
    )
    assert result.totals.completion_rate == 0.0
    assert all(line.percent == 0 and line.last_update is None for line in result.tasks)
    # Untouched since the import on 01/07/2025: every task is stale.
    assert {line.code for line in result.stale} == ALL_CODES


def test_report_header(session: Session) -> None:
    result = report(session)

    assert result.generated_at == NOW
    assert (result.period_start, result.period_end) == (date(2025, 7, 1), date(2025, 12, 31))
    assert result.as_of == AS_OF
    assert result.organisation_name == "Xã Nghi Dương"
    assert result.plan_title == the_plan(session).title
    assert (result.unit, result.quarter, result.year) == (None, None, None)


def test_task_lines_carry_the_plan_rows(session: Session) -> None:
    views = {view.code: view for view in task_views(session, the_plan(session))}
    lines = by_code(report(session))

    assert [line.code for line in report(session).tasks] == list(views)
    for code, line in lines.items():
        view = views[code]
        assert (line.id, line.title, line.section, line.product) == (
            view.id,
            view.title,
            view.section,
            view.product,
        )
        assert (line.deadline_text, line.kind, line.due_dates) == (
            view.deadline_text,
            view.schedule_kind,
            view.due_dates,
        )
        assert (line.leads, line.coordinating, line.lead_is_all_units) == (
            view.leads,
            view.coordinating,
            view.lead_is_all_units,
        )
    assert lines["1.2"].lead_is_all_units
    assert not lines["12"].lead_is_all_units


def test_overdue_tasks_come_longest_overdue_first(session: Session) -> None:
    result = report(session)

    overdue = result.overdue
    assert [line.code for line in overdue[:2]] == ["1.1", "1.2"]
    assert overdue[0].days_overdue == (AS_OF - date(2025, 7, 31)).days
    assert [line.days_overdue for line in overdue] == sorted(
        (line.days_overdue for line in overdue), reverse=True
    )
    assert by_code(result)["12"].days_overdue == (AS_OF - date(2025, 12, 9)).days
    assert all(line.days_overdue == 0 for line in result.tasks if line.code not in DATED)
    assert {line.code for line in result.no_deadline} == UNREAD


# --- With progress --------------------------------------------------------------------------


def test_statuses_and_totals_with_progress(progressed: Session) -> None:
    result = report(progressed)
    lines = by_code(result)

    assert lines["12"].status is TaskStatus.DONE_ON_TIME
    assert lines["12"].done_on == date(2025, 12, 8)
    assert lines["3"].status is TaskStatus.DONE_LATE
    assert lines["3"].done_on == date(2026, 1, 2)
    assert lines["13"].status is TaskStatus.OVERDUE
    assert (lines["12"].percent, lines["3"].percent, lines["13"].percent) == (100, 100, 50)
    assert result.totals == Counts(
        tasks=35, due=28, done_on_time=1, done_late=1, in_progress=5, overdue=26, no_deadline=2
    )
    assert result.totals.done == 2
    assert result.totals.not_done == 33
    assert result.totals.within_deadline == 7
    assert result.totals.completion_rate == pytest.approx(2 / 35)


def test_last_update_names_the_officer_and_note(progressed: Session) -> None:
    lines = by_code(report(progressed))

    last = lines["13"].last_update
    assert last is not None
    assert last.at == at("2026-01-02", "10:15")
    assert last.at.utcoffset() == VIETNAM.utcoffset(last.at)
    assert (last.percent, last.note, last.officer) == (
        50,
        "Đang tổng hợp ý kiến",
        "Nguyễn Thị Lan",
    )
    system_entry = lines["14"].last_update
    assert system_entry is not None
    assert (system_entry.percent, system_entry.officer) == (30, None)


def test_stale_means_no_update_for_more_than_14_days(progressed: Session) -> None:
    add_update(progressed, "21", at("2025-12-22"), 10)  # exactly 14 days before 05/01
    add_update(progressed, "22", at("2025-12-21"), 10)  # 15 days before
    lines = by_code(report(progressed))

    assert lines["14"].stale  # updated 20 days before
    assert not lines["13"].stale  # updated 3 days before
    assert not lines["21"].stale
    assert lines["22"].stale
    assert not lines["12"].stale  # done tasks are never stale
    assert not lines["3"].stale


def test_units_count_the_tasks_they_lead(progressed: Session) -> None:
    result = report(progressed)

    assert [line.code for line in result.units] == ["vhxh", "vanphong", "kinhte", "pvhcc", "snc"]
    led = {line.code for line in result.tasks if "vanphong" in {u.code for u in line.leads}}
    assert led == VANPHONG_LEADS
    assert group(result.units, "vanphong") == Counts(
        tasks=12, due=8, done_on_time=1, done_late=0, in_progress=4, overdue=7, no_deadline=0
    )
    # A task every unit leads counts once for each of them.
    assert sum(line.counts.tasks for line in result.units) > result.totals.tasks


def test_archived_tasks_are_left_out_and_idle_units_listed_with_zeros(session: Session) -> None:
    # snc leads only the tasks every unit leads; archive them and it leads nothing.
    for task in session.exec(select(Task).where(col(Task.code).in_(["1.2", "15.1", "16", "30"]))):
        task.archived_at = PLAN_IMPORTED_AT
        session.add(task)
    session.commit()

    result = report(session)

    assert {line.code for line in result.tasks} == ALL_CODES - {"1.2", "15.1", "16", "30"}
    assert [line.code for line in result.units] == ["vhxh", "vanphong", "kinhte", "pvhcc", "snc"]
    assert group(result.units, "snc") == Counts(0, 0, 0, 0, 0, 0, 0)
    assert group(result.units, "snc").completion_rate == 0.0


def test_sections_in_plan_order(progressed: Session) -> None:
    result = report(progressed)

    assert [line.code for line in result.sections] == ["I", "II", "III", "IV", "V", "VI", "VII"]
    assert result.sections[1].name == "Cải cách thể chế"
    assert group(result.sections, "I") == Counts(
        tasks=11, due=10, done_on_time=0, done_late=1, in_progress=0, overdue=9, no_deadline=1
    )
    assert group(result.sections, "II") == Counts(
        tasks=4, due=4, done_on_time=1, done_late=0, in_progress=0, overdue=3, no_deadline=0
    )
    assert sum(line.counts.tasks for line in result.sections) == result.totals.tasks


def test_completion_timezone_is_local(session: Session) -> None:
    # 06:00 on 10/12 in Hanoi is still 09/12 in UTC: the local day makes it late.
    add_update(session, "12", at("2025-12-10", "06:00"), 100)
    add_update(session, "14", at("2025-12-31", "23:30"), 100)

    lines = by_code(report(session))
    assert lines["12"].status is TaskStatus.DONE_LATE
    assert lines["12"].done_on == date(2025, 12, 10)
    assert lines["14"].status is TaskStatus.DONE_ON_TIME


def test_a_completion_taken_back_reopens_the_task(session: Session) -> None:
    add_update(session, "14", at("2025-12-01"), 100, "Xong")
    add_update(session, "14", at("2025-12-03"), 80, "Còn thiếu phụ lục")
    add_update(session, "14", at("2026-01-03"), None, "Vướng mắc: chờ ký")
    add_update(session, "23", at("2025-12-01"), 100)
    add_update(session, "23", at("2025-12-02"), 70)
    add_update(session, "23", at("2026-01-04"), 100)
    add_update(session, "23", at("2026-01-04", "10:00"), 100)

    lines = by_code(report(session))
    reopened = lines["14"]
    assert reopened.status is TaskStatus.OVERDUE
    # A note without a percentage keeps the last one and is the latest update.
    assert reopened.percent == 80
    assert reopened.last_update is not None
    assert reopened.last_update.note == "Vướng mắc: chờ ký"
    # Done again later: the completion counts from the first 100% of the final run.
    assert lines["23"].status is TaskStatus.DONE_LATE
    assert lines["23"].done_on == date(2026, 1, 4)


def test_progress_without_completion_on_an_ongoing_task(session: Session) -> None:
    add_update(session, "16", at("2026-01-02"), None, "Đã niêm yết")
    lines = by_code(report(session))

    assert lines["16"].status is TaskStatus.IN_PROGRESS
    assert lines["16"].percent == 0
    assert lines["20"].status is TaskStatus.NOT_STARTED


# --- Filters --------------------------------------------------------------------------------


def test_unit_filter_keeps_tasks_the_unit_leads_or_coordinates(progressed: Session) -> None:
    views = task_views(progressed, the_plan(progressed))
    involved = {
        view.code
        for view in views
        if "kinhte" in {unit.code for unit in (*view.leads, *view.coordinating)}
    }
    result = report(progressed, unit_code="kinhte")

    assert {line.code for line in result.tasks} == involved
    assert ALL_CODES - involved == {"15.2", "18"}
    assert result.unit is not None
    assert (result.unit.code, result.unit.name) == ("kinhte", "Phòng Kinh tế")
    # It leads 8 of them and coordinates 25: coordinating never counts as leading, so its
    # totals are its line in the commune's report (it used to count all 33).
    led = {line.code for line in result.tasks if "kinhte" in {u.code for u in line.leads}}
    assert {line.code for line in result.led} == led
    assert len(led) == 8 and len(result.coordinated) == 25
    assert all(line.role is UnitRole.LEAD for line in result.led)
    commune = report(progressed)
    assert result.units == commune.units
    assert result.unit_line == group_line(commune.units, "kinhte")
    assert result.totals == group(commune.units, "kinhte")
    assert result.totals.tasks == 8
    assert group_line(commune.units, "kinhte").coordinating.tasks == 25


def test_quarter_filter_looks_from_the_end_of_the_quarter(session: Session) -> None:
    add_update(session, "4", at("2025-09-20"), 40, "Quý III")
    add_update(session, "7", at("2025-09-30", "23:59"), 100, "Kịp cuối quý")
    add_update(session, "10", at("2025-10-01", "00:00"), 100, "Sang quý IV")
    add_update(session, "4", at("2025-10-05"), 90, "Sau quý III")

    result = report(session, quarter=3, year=2025)
    lines = by_code(result)

    assert (result.period_start, result.period_end) == (date(2025, 7, 1), date(2025, 9, 30))
    assert result.as_of == date(2025, 9, 30)
    assert (result.quarter, result.year) == (3, 2025)
    assert set(lines) == ALL_CODES - ONLY_DUE_IN_Q4
    # Task 2 ("Trước ngày 20 của tháng cuối quý") missed its 20/09 milestone, and the
    # quarter is over: every 30/09 milestone not done by the end of that day was missed
    # too (judged at the cutoff, one day late), however far off the task's 31/12 is.
    missed_30_09 = {
        code
        for code, line in lines.items()
        if any(m.due_on == date(2025, 9, 30) for m in line.milestones)
    } - {"7"}
    assert len(missed_30_09) == 12
    assert codes_with(result, TaskStatus.OVERDUE) == {"1.1", "1.2", "2", *missed_30_09}
    assert lines["4"].percent == 40
    assert (lines["4"].status, lines["4"].days_overdue) == (TaskStatus.OVERDUE, 1)
    assert lines["7"].status is TaskStatus.DONE_ON_TIME
    assert lines["10"].status is TaskStatus.OVERDUE
    assert lines["10"].last_update is None


def test_quarter_year_defaults_to_the_plan_end_year(session: Session) -> None:
    result = report(session, quarter=4, now=at("2025-11-15"))

    assert (result.quarter, result.year) == (4, 2025)
    assert result.as_of == date(2025, 11, 15)
    assert (result.period_start, result.period_end) == (date(2025, 10, 1), date(2025, 12, 31))
    # Only 1.1 and 1.2 are due in July alone, so quarter IV leaves them out.
    assert {line.code for line in result.tasks} == ALL_CODES - {"1.1", "1.2"}


@pytest.mark.parametrize(
    ("kwargs", "msgid_start", "args"),
    [
        ({"unit_code": "khongco"}, "There is no unit", {"code": "khongco"}),
        ({"quarter": 5}, "A quarter is a number", {"quarter": 5}),
        ({"quarter": 0}, "A quarter is a number", {"quarter": 0}),
        (
            {"quarter": 1, "year": 2025},
            "Quarter {quarter}/{year} falls outside",
            {"quarter": 1, "year": 2025, "start": "01/07/2025", "end": "31/12/2025"},
        ),
        ({"quarter": 3}, "Quarter {quarter}/{year} falls outside", None),
        ({"year": 2025}, "A year can only be given", {}),
    ],
)
def test_bad_requests_raise_report_error(
    session: Session, kwargs: dict[str, Any], msgid_start: str, args: dict[str, Any] | None
) -> None:
    plan = the_plan(session)
    if kwargs == {"quarter": 3}:
        # Quarter III of the plan's end year, for a plan moved to 2026, falls outside it.
        plan.period_start, plan.period_end = date(2026, 1, 1), date(2026, 6, 30)
        session.add(plan)
        session.commit()
    with pytest.raises(ReportError) as raised:
        build_report(session, plan, now=NOW, **kwargs)

    assert raised.value.message.msgid.startswith(msgid_start)
    if args is not None:
        assert dict(raised.value.message.args) == args
    assert str(raised.value) == raised.value.message.render()


def test_naive_now_is_refused(session: Session) -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        build_report(session, the_plan(session), now=datetime(2026, 1, 5, 8, 0))  # noqa: DTZ001


# --- Cost -----------------------------------------------------------------------------------


@pytest.fixture
def statements(seeded_engine: Engine) -> Iterator[list[str]]:
    """The SQL statements the engine runs from now on."""
    seen: list[str] = []

    def record(*args: Any) -> None:
        seen.append(args[2])

    event.listen(seeded_engine, "before_cursor_execute", record)
    yield seen
    event.remove(seeded_engine, "before_cursor_execute", record)


def test_query_count_does_not_grow_with_the_tasks(
    progressed: Session, statements: list[str]
) -> None:
    plan = the_plan(progressed)

    def cost(**kwargs: Any) -> int:
        # Commits expire the plan; reloading it is the caller's query, not the report's.
        progressed.refresh(plan)
        statements.clear()
        build_report(progressed, plan, now=NOW, **kwargs)
        return len(statements)

    whole_plan = cost()
    for code in ALL_CODES:
        add_update(progressed, code, at("2025-12-01"), 10)
    assert cost() == whole_plan
    assert cost(unit_code="kinhte") == whole_plan
    assert cost(unit_code="snc", quarter=3, year=2025) == whole_plan
    assert whole_plan < 10


def import_commune(session: Session, code: str, name: str) -> Plan:
    """The bundled plan imported again for another commune of the same city."""
    data = yaml.safe_load(BUNDLED_PLAN.read_text(encoding="utf-8"))
    data["organisation"].update(code=code, name=name, parent="hai-phong")
    data["plan"]["code"] = f"{data['plan']['code']}-{code}"
    document = read_plan_file("plan.yaml", yaml.safe_dump(data, allow_unicode=True).encode())
    import_plan(session, document, now=PLAN_IMPORTED_AT)
    session.commit()
    plan = session.exec(select(Plan).where(Plan.code == data["plan"]["code"])).one()
    return plan


def test_many_plans_at_once_equal_each_plan_alone(
    progressed: Session, statements: list[str]
) -> None:
    first = the_plan(progressed)
    others = [import_commune(progressed, f"xa-{n}", f"Xã Thử {n}") for n in (1, 2, 3)]
    other_task = progressed.exec(
        select(Task).where(Task.plan_id == others[1].id, Task.code == "13")
    ).one()
    progressed.add(
        ProgressUpdate(task_id=other_task.id or 0, created_at=at("2025-12-05"), percent=100)
    )
    progressed.commit()
    plans = [others[2], first, *others[:2]]
    for plan in plans:
        progressed.refresh(plan)
    alone = [build_report(progressed, plan, now=NOW) for plan in plans]
    statements.clear()
    together = build_reports(progressed, plans, now=NOW)
    assert together == alone
    assert [item.organisation_name for item in together][:2] == ["Xã Thử 3", "Xã Nghi Dương"]
    assert by_code(together[3])["13"].status is TaskStatus.DONE_ON_TIME
    assert by_code(together[0])["13"].status is not TaskStatus.DONE_ON_TIME
    # One commune's report and four communes' cost the same number of queries.
    together_cost = len(statements)
    statements.clear()
    build_reports(progressed, plans[:1], now=NOW)
    assert together_cost == len(statements) < 10
