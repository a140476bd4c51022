"""The reminder policy as pure functions, against the bundled plan."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest
from sqlalchemy import Engine
from sqlmodel import Session

from models.calendar import WorkingCalendar
from models.clock import VIETNAM
from models.plans import find_plan
from models.tables import ReminderKind, UnitRole
from scheduler.policy import (
    ReminderPolicy,
    checkin_days,
    in_sending_window,
    reminders_for_due_date,
)
from scheduler.simulate import simulate

CALENDAR = WorkingCalendar()
POLICY = ReminderPolicy()


def schedule(due_on: date, audience: UnitRole) -> list[tuple[date, str, int]]:
    return [
        (item.send_on, item.kind.value, item.days)
        for item in reminders_for_due_date(due_on, POLICY, CALENDAR)
        if item.audience is audience
    ]


def test_task_12_is_reminded_as_the_issue_says() -> None:
    # Trước ngày 10/12/2025: due Tuesday 09/12; 3 days before is a Saturday.
    assert schedule(date(2025, 12, 9), UnitRole.LEAD)[:4] == [
        (date(2025, 12, 2), "before", 7),
        (date(2025, 12, 5), "before", 4),
        (date(2025, 12, 8), "before", 1),
        (date(2025, 12, 9), "due", 0),
    ]


def test_overdue_next_working_day_then_every_two_five_times() -> None:
    overdue = [
        day for day, kind, _ in schedule(date(2025, 12, 9), UnitRole.LEAD) if kind == "overdue"
    ]
    assert overdue == [
        date(2025, 12, 10),
        date(2025, 12, 12),
        date(2025, 12, 16),
        date(2025, 12, 18),
        date(2025, 12, 22),
    ]


def test_coordinating_units_get_the_three_day_and_the_overdue_ones() -> None:
    kinds = schedule(date(2025, 12, 9), UnitRole.COORDINATING)
    assert kinds[0] == (date(2025, 12, 5), "before", 4)
    assert [kind for _, kind, _ in kinds[1:]] == ["overdue"] * 5


def test_a_due_date_on_quoc_khanh_moves_back_and_keeps_one_reminder_a_day() -> None:
    # Due Tuesday 02/09/2025 (Quốc khánh, off from Saturday 30/08): every reminder that
    # would land on 30/08-02/09 moves to Friday 29/08; only the nearest one stays.
    lead = schedule(date(2025, 9, 2), UnitRole.LEAD)
    before = [(day, kind, days) for day, kind, days in lead if kind != "overdue"]
    assert before == [(date(2025, 8, 26), "before", 7), (date(2025, 8, 29), "due", 4)]
    assert lead[len(before)][0] == date(2025, 9, 3)


def test_checkins_fall_on_the_first_working_day_of_each_month() -> None:
    assert checkin_days(date(2025, 7, 1), date(2025, 12, 31), CALENDAR) == [
        date(2025, 7, 1),
        date(2025, 8, 1),
        date(2025, 9, 3),
        date(2025, 10, 1),
        date(2025, 11, 3),
        date(2025, 12, 1),
    ]


@pytest.mark.parametrize(
    ("moment", "open_"),
    [
        (datetime(2025, 12, 5, 8, 0, tzinfo=VIETNAM), True),
        (datetime(2025, 12, 5, 7, 29, tzinfo=VIETNAM), False),
        (datetime(2025, 12, 5, 17, 0, tzinfo=VIETNAM), False),
        (datetime(2025, 12, 6, 9, 0, tzinfo=VIETNAM), False),  # Saturday
        (datetime(2025, 9, 2, 9, 0, tzinfo=VIETNAM), False),  # Quốc khánh
    ],
)
def test_sending_window(moment: datetime, open_: bool) -> None:
    assert in_sending_window(moment, POLICY, CALENDAR) is open_


def test_a_settings_change_changes_the_schedule() -> None:
    policy = ReminderPolicy(days_before=(2, 0), send_time=time(7, 45), overdue_max=1)
    planned = reminders_for_due_date(date(2025, 12, 9), policy, CALENDAR)
    assert [(p.send_on, p.kind) for p in planned if p.audience is UnitRole.LEAD] == [
        (date(2025, 12, 5), ReminderKind.BEFORE),
        (date(2025, 12, 9), ReminderKind.DUE),
        (date(2025, 12, 10), ReminderKind.OVERDUE),
    ]


def test_the_whole_plan_never_reminds_on_a_day_off(seeded_engine: Engine) -> None:
    with Session(seeded_engine) as session:
        plan = find_plan(session, None)
        assert plan is not None
        messages = simulate(
            session,
            plan,
            start=date(2025, 7, 1),
            end=date(2025, 12, 31),
            policy=POLICY,
            calendar=CALENDAR,
            tz=VIETNAM,
        )
    days = {message.at.date() for message in messages}
    assert all(CALENDAR.is_working_day(day) for day in days)
    assert not days & {date(2025, 8, 30), date(2025, 8, 31), date(2025, 9, 1), date(2025, 9, 2)}
    assert {message.at.time() for message in messages} == {time(8, 0)}
    keys = [(m.at, m.task, m.recipient, m.kind, m.days, m.digest) for m in messages]
    assert len(keys) == len(set(keys))
    # Without officers every unit stands in; task 12 goes to Văn phòng as the lead.
    twelve = [(m.at.date(), m.unit, m.kind) for m in messages if m.task == "12"]
    assert (date(2025, 12, 2), "vanphong", "before") in twelve
    assert (date(2025, 12, 5), "kinhte", "before") in twelve
    assert not any(day == date(2025, 12, 2) and unit != "vanphong" for day, unit, _ in twelve)
    # Undated deadlines (tasks 5 and 17) reach the coordinators weekly, never the units.
    assert not any(m.task in ("5", "17") for m in messages)
    undated = [m.at.date() for m in messages if m.digest == "undated"]
    assert undated and all(
        day.weekday() == 0
        or not CALENDAR.is_working_day(day.fromordinal(day.toordinal() - day.weekday()))
        for day in undated
    )
