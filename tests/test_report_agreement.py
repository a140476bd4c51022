"""Every report surface counts the period's milestones alike, and as an inspector would.

On the bundled plan, random progress updates (by officers of every unit, the coordinator
and the system; replies to a reminder's date or not; completions left awaiting,
confirmed or returned, at random times) and a random report day: for a quarter, the
half-year and the whole plan, cut by calendar or by the Ministry's windows,

    JSON milestone_totals == the Word report's figures == the workbook's total row
    == a hand count of the milestones due in the period, by state,

and each unit's milestone line, in the JSON, the Word report and the workbook, is the
hand count of its parts; the units' lines add up to the JSON's ``milestone_parts`` and
the workbook's sum row.

The hand count is written here from the ProgressUpdate rows and the due dates alone,
the simple way: which milestone a row counts for (by the date it was written for, else
the day it was written), whose part (its unit's, or every lead unit's when it has none),
and what the rows of a part add up to at the cutoff.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

import docx
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook
from openpyxl.worksheet.worksheet import Worksheet
from sqlalchemy import Engine, delete
from sqlmodel import Session, col, select

from handlers.i18n import Translator
from handlers.reporting.files import FileFormat, report_file
from handlers.reports import report_json
from models.clock import VIETNAM
from models.periods import Windows
from models.plans import latest_plan
from models.progress import ProgressReading, record_progress
from models.report import build_report
from models.tables import (
    DueDate,
    ProgressUpdate,
    Review,
    Role,
    Task,
    TaskUnit,
    Unit,
    UnitRole,
)
from tests.builders import register_officers

TR = Translator("vi")
UNITS = ("vhxh", "vanphong", "kinhte", "pvhcc", "snc")
PLAN_START = date(2025, 7, 1)
FIELDS = (
    "milestones",
    "due",
    "done_on_time",
    "done_late",
    "in_progress",
    "overdue",
    "no_deadline",
    "awaiting_confirmation",
)
Tally = dict[str, int]


def empty() -> Tally:
    return dict.fromkeys(FIELDS, 0)


# --- Random updates ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Write:
    task: int  # index into the plan's tasks
    writer: str  # a unit code (its officer), "coordinator" or "system"
    day: int  # days after 01/07/2025
    percent: int | None
    reply: int | None  # a reply to the reminder of this due date (index), or None
    review: str  # what the coordinator does with a pending completion
    review_after: int  # days after it was written


@st.composite
def sequences(draw: st.DrawFn) -> list[Write]:
    """Updates on a few tasks, so that a part gets several: runs of completions,
    reviews before and after the report day, entries for earlier milestones."""
    tasks = draw(st.lists(st.integers(0, 34), min_size=1, max_size=5, unique=True))
    write = st.builds(
        Write,
        task=st.sampled_from(tasks),
        writer=st.sampled_from((*UNITS, "coordinator", "coordinator", "system")),
        day=st.integers(0, 240),
        percent=st.one_of(st.none(), st.sampled_from((0, 30, 60, 100, 100, 100))),
        reply=st.one_of(st.none(), st.integers(0, 3)),
        review=st.sampled_from(("leave", "confirm", "confirm", "return")),
        review_after=st.integers(0, 90),
    )
    return draw(st.lists(write, max_size=30))


@pytest.fixture
def officers(seeded_engine: Engine) -> dict[str, int]:
    """An officer of every unit, and a coordinator (of Phòng Văn hoá - Xã hội)."""
    people = [(unit, f"Cán bộ {unit}", Role.OFFICER, str(300 + n)) for n, unit in enumerate(UNITS)]
    people.append(("vhxh", "Trần Thị Hoa", Role.COORDINATOR, "100"))
    ids = register_officers(seeded_engine, people, now=datetime(2025, 7, 1, 8, tzinfo=VIETNAM))
    return dict(zip((*UNITS, "coordinator"), ids, strict=True))


def apply(session: Session, officers: dict[str, int], sequence: Sequence[Write]) -> None:
    """Write the updates in time order, each review right after its completion."""
    session.execute(delete(ProgressUpdate))
    tasks = session.exec(select(Task).order_by(col(Task.position), col(Task.id))).all()
    due = due_dates(session)
    start = datetime.combine(PLAN_START, time(8, 0), tzinfo=VIETNAM)
    for number, step in enumerate(sorted(sequence, key=lambda step: step.day)):
        task = tasks[step.task % len(tasks)]
        task_id = row(task.id)
        dates = due.get(task_id, [])
        when = start + timedelta(days=step.day, minutes=number)
        reply = dates[step.reply % len(dates)] if dates and step.reply is not None else None
        entry = record_progress(
            session,
            task_id=task_id,
            officer_id=None if step.writer == "system" else officers[step.writer],
            now=when,
            reading=ProgressReading(step.percent, ""),
            due_on=reply,
        )
        if entry.review == Review.PENDING and step.review != "leave":
            entry.review = Review.CONFIRMED if step.review == "confirm" else Review.RETURNED
            entry.reviewed_at = when + timedelta(days=step.review_after, hours=1)
            session.add(entry)
    session.commit()


# --- The hand count ---------------------------------------------------------------------------


def span(windows: Windows, kind: str, number: int, year: int = 2025) -> tuple[date, date] | None:
    """The period's days: calendar months, or the Ministry's 15th-to-14th windows."""
    if kind == "whole":
        return None
    months = 3 if kind == "quarter" else 6
    last_month = months * number
    first_month = last_month - months + 1
    if windows is Windows.MOHA:
        before = date(year, first_month, 1) - timedelta(days=1)
        return date(before.year, before.month, 15), date(year, last_month, 14)
    after = date(year + 1, 1, 1) if last_month == 12 else date(year, last_month + 1, 1)
    return date(year, first_month, 1), after - timedelta(days=1)


def due_dates(session: Session) -> dict[int, list[date]]:
    dates: dict[int, list[date]] = {}
    for task_id, day in session.exec(select(col(DueDate.task_id), col(DueDate.due_on))):
        dates.setdefault(task_id, []).append(day)
    return {task_id: sorted(days) for task_id, days in dates.items()}


@dataclass(frozen=True)
class Mark:
    done_on: date | None
    awaiting: bool


def part_mark(rows: Iterable[ProgressUpdate], cutoff: datetime) -> Mark:
    """What a part's rows add up to at the cutoff: the run of 100% after the last lower
    percent counts as done (on its first day) once one of them is confirmed; reported
    and not yet confirmed, it awaits; a completion returned by then does not count."""
    run: list[ProgressUpdate] = []
    for entry in rows:
        if entry.percent is None:
            continue
        decided = entry.reviewed_at is not None and entry.reviewed_at < cutoff
        if entry.percent == 100 and entry.review == Review.RETURNED and decided:
            continue
        run = [*run, entry] if entry.percent == 100 else []
    if not run:
        return Mark(None, False)
    confirmed = any(
        entry.review in (Review.CONFIRMED, Review.NONE)
        and (entry.reviewed_at is None or entry.reviewed_at < cutoff)
        for entry in run
    )
    if confirmed:
        return Mark(run[0].created_at.astimezone(VIETNAM).date(), False)
    return Mark(None, True)


def tally(
    counts: Tally, mark: Mark, due: date | None, kind: str, judged: date, as_of: date
) -> None:
    """Count one milestone (or part) where an inspector would: done on time or late, else
    overdue once its day has passed, else without a deadline, else within it."""
    counts["milestones"] += 1
    counts["due"] += due is not None and due <= as_of
    if mark.done_on is not None:
        on_time = due is None or mark.done_on <= due
        counts["done_on_time" if on_time else "done_late"] += 1
        return
    counts["awaiting_confirmation"] += mark.awaiting
    if due is not None and judged > due:
        counts["overdue"] += 1
    elif due is None and kind != "ongoing":
        counts["no_deadline"] += 1
    else:
        counts["in_progress"] += 1


def hand_count(
    session: Session, now: datetime, period: tuple[date, date] | None
) -> tuple[Tally, dict[str, Tally]]:
    """The period's milestones by state, and each unit's parts of them."""
    today = now.date()
    as_of = today if period is None else min(today, period[1])
    judged = as_of + timedelta(days=1) if period and today > period[1] else as_of
    cutoff = datetime.combine(as_of + timedelta(days=1), time.min, tzinfo=VIETNAM)
    codes = {row(unit.id): unit.code for unit in session.exec(select(Unit))}
    leads: dict[int, list[int]] = {}
    for task_id, unit_id, role in session.exec(
        select(TaskUnit.task_id, TaskUnit.unit_id, TaskUnit.role)
    ):
        if role == UnitRole.LEAD:
            leads.setdefault(task_id, []).append(unit_id)
    dates = due_dates(session)
    rows = session.exec(
        select(ProgressUpdate).order_by(col(ProgressUpdate.created_at), col(ProgressUpdate.id))
    ).all()
    total, units = empty(), {code: empty() for code in UNITS}
    for task in session.exec(select(Task).where(col(Task.archived_at).is_(None))):
        task_id, kind = row(task.id), task.schedule_kind
        days = dates.get(task_id, [])
        counted: list[date | None] = (
            [None]
            if not days
            else [day for day in days if period is None or period[0] <= day <= period[1]]
        )
        mine = [entry for entry in rows if entry.task_id == task_id and entry.created_at < cutoff]
        for due in counted:
            on_it = [entry for entry in mine if milestone_of(entry, days) == due]
            parts = {
                lead: part_mark(
                    (e for e in on_it if e.unit_id is None or e.unit_id == lead), cutoff
                )
                for lead in leads.get(task_id, [])
            }
            for lead, mark in parts.items():
                tally(units[codes[lead]], mark, due, kind, judged, as_of)
            if parts:
                done = all(mark.done_on for mark in parts.values())
                whole = Mark(
                    max(mark.done_on for mark in parts.values() if mark.done_on) if done else None,
                    not done and all(mark.done_on or mark.awaiting for mark in parts.values()),
                )
            else:
                whole = part_mark(on_it, cutoff)
            tally(total, whole, due, kind, judged, as_of)
    return total, units


def milestone_of(entry: ProgressUpdate, days: Sequence[date]) -> date | None:
    """The first due date on or after the day the row was written for, else the last."""
    if not days:
        return None
    day = entry.due_on or entry.created_at.astimezone(VIETNAM).date()
    return next((due for due in days if due >= day), days[-1])


# --- What the surfaces say --------------------------------------------------------------------

STATES = (
    "hoàn thành đúng hạn: (\\d+); hoàn thành quá hạn: (\\d+); chưa hoàn thành, trong hạn: "
    "(\\d+); chưa hoàn thành, quá hạn: (\\d+); chưa có thời hạn: (\\d+)"
)
WORD_TOTAL = re.compile(
    "^Số mốc thời hạn trong kỳ: (\\d+), trong đó đã đến hạn (\\d+)\\. "
    f"Theo tình trạng: {STATES}\\.$"
)
WORD_UNIT = re.compile(f"^- (.+): (\\d+) mốc, đã đến hạn (\\d+); {STATES}\\.$")
WORD_AWAITING = re.compile("^Chờ xác nhận: (\\d+) ")


def word_numbers(content: bytes) -> tuple[Tally, dict[str, Tally]]:
    """The Word report's milestone figures: the total, and each unit's line by name."""
    paragraphs = [p.text for p in docx.Document(io.BytesIO(content)).paragraphs]
    [total] = [found for text in paragraphs if (found := WORD_TOTAL.match(text))]
    awaiting = [int(found[1]) for text in paragraphs if (found := WORD_AWAITING.match(text))]
    counts = dict(zip(FIELDS, [*map(int, total.groups()), sum(awaiting)], strict=True))
    units = {}
    for text in paragraphs:
        if found := WORD_UNIT.match(text):
            numbers = list(map(int, found.groups()[1:]))
            units[found[1]] = dict(zip(FIELDS[:-1], numbers, strict=True))
    return counts, units


def excel_numbers(content: bytes) -> dict[str, Tally]:
    """The workbook's milestone sheet, by the first cell of each row."""
    sheet = load_workbook(io.BytesIO(content))["Mốc thời hạn"]
    assert isinstance(sheet, Worksheet)
    found = {}
    for values in sheet.iter_rows(min_row=4, values_only=True):
        if isinstance(values[0], str) and isinstance(values[1], int):
            found[values[0]] = dict(zip(FIELDS, map(whole, values[1:9]), strict=True))
    return found


def whole(value: object) -> int:
    assert isinstance(value, int), value
    return value


def json_counts(counts: dict[str, Any]) -> Tally:
    return {key: counts[key] for key in FIELDS}


# --- The property ------------------------------------------------------------------------------


@settings(
    max_examples=15,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
# Task 1.1 (index 0) is Phòng Văn hoá - Xã hội's alone, due 31/07/2025 (day 30).
# A completion reported on 21/07 and returned only on 20/08: on 26/07 it still awaits.
@example(
    sequence=[Write(0, "vhxh", 20, 100, None, "return", 30)],
    report_day=25,
    quarter=3,
    windows=Windows.CALENDAR,
)
# Reported done on 29/07, again on 03/08, the second confirmed: done on 29/07, on time.
@example(
    sequence=[
        Write(0, "vhxh", 28, 100, None, "leave", 0),
        Write(0, "vhxh", 33, 100, None, "confirm", 0),
    ],
    report_day=60,
    quarter=3,
    windows=Windows.MOHA,
)
# Confirmed only after quarter III closed: the quarter counts it as awaiting, and missed.
@example(
    sequence=[Write(0, "vhxh", 29, 100, None, "confirm", 70)],
    report_day=200,
    quarter=3,
    windows=Windows.CALENDAR,
)
@given(
    sequence=sequences(),
    report_day=st.integers(14, 240),
    quarter=st.sampled_from((3, 4)),
    windows=st.sampled_from(tuple(Windows)),
)
def test_every_surface_agrees_with_a_hand_count_of_the_periods_milestones(
    session: Session,
    officers: dict[str, int],
    sequence: list[Write],
    report_day: int,
    quarter: int,
    windows: Windows,
) -> None:
    apply(session, officers, sequence)
    plan = latest_plan(session)
    assert plan is not None
    now = datetime.combine(PLAN_START + timedelta(days=report_day), time(8, 0), tzinfo=VIETNAM)
    names = {row(unit.id): unit for unit in session.exec(select(Unit))}
    by_name = {unit.name: unit.code for unit in names.values()}
    for kind, number in (("quarter", quarter), ("half", 2), ("whole", 0)):
        asked: dict[str, Any] = {"windows": windows}
        if kind == "quarter":
            asked["quarter"] = number
        elif kind == "half":
            asked["half"] = number
        expected, expected_units = hand_count(session, now, span(windows, kind, number))
        report = build_report(session, plan, now=now, **asked)
        data = report_json(report, TR, windows=windows)
        where = (kind, number, windows.value, now.date())

        assert json_counts(data["milestone_totals"]) == expected, where
        for line in data["units"]:
            assert json_counts(line["milestones"]) == expected_units[line["code"]], where
        parts = {key: sum(tally[key] for tally in expected_units.values()) for key in FIELDS}
        assert json_counts(data["milestone_parts"]) == parts, where
        assert (
            sum(len(task["milestones"]) * len(task["parts"]) for task in data["tasks"])
            == (parts["milestones"])
        )

        word = report_file(session, plan, FileFormat.DOCX, now=now, tr=TR, **asked)
        word_total, word_units = word_numbers(word.content)
        assert word_total == expected, where
        for name, numbers in word_units.items():
            unit_expected = expected_units[by_name[name]]
            assert numbers == {key: unit_expected[key] for key in FIELDS[:-1]}, where
        assert len(word_units) == sum(tally["milestones"] > 0 for tally in expected_units.values())

        excel = excel_numbers(
            report_file(session, plan, FileFormat.XLSX, now=now, tr=TR, **asked).content
        )
        assert excel["Tổng cộng"] == expected, where
        assert excel["Cộng các phần việc"] == parts, where
        for name, code in by_name.items():
            assert excel[name] == expected_units[code], where


def row(value: int | None) -> int:
    assert value is not None
    return value
