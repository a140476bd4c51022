"""The reminder policy: when each reminder of a due date goes out, and to whom.

Pure functions of a due date, the working calendar and the policy's settings; the
live planner and ``nhacviec simulate`` both call them, so what the simulation shows
is what the bot sends.

Defaults (all changeable in settings):

- 7, 3 and 1 days before a due date and on the day, at 08:00; a day that is a
  weekend or public holiday moves to the previous working day, and when two
  reminders of one due date land on the same day only the one closest to the
  deadline is kept;
- overdue: the next working day after the due date, then every 2 working days, 5
  times at most (done tasks and approved extensions stop them);
- a task with several due dates is reminded of one at a time (:func:`in_its_turn`);
- officers of the lead unit get every reminder; officers of coordinating units get
  the 3-day one and the overdue ones;
- ongoing tasks ("Thường xuyên"): a check-in on the first working day of each month;
- nothing is sent outside 07:30-17:00 or on a day off.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo

from models.calendar import WorkingCalendar
from models.periods import Windows
from models.scorecard import DEFAULT_WEIGHTS, Weights
from models.tables import ReminderKind, UnitRole


@dataclass(frozen=True)
class ReminderPolicy:
    """When reminders go out."""

    days_before: tuple[int, ...] = (7, 3, 1, 0)
    coordinating_days_before: tuple[int, ...] = (3,)
    send_time: time = time(8, 0)
    window_start: time = time(7, 30)
    window_end: time = time(17, 0)
    overdue_every: int = 2  # working days between overdue reminders
    overdue_max: int = 5
    late_limit: timedelta = timedelta(hours=12)  # older than this after downtime: missed
    snooze_days: tuple[int, ...] = (1, 3)
    pending_days: int = 7  # requests nobody decided close after this many days; 0: never
    # How the digests' reports count (the quarter's draft report, the leaders' monthly
    # scorecard): the reporting windows and the scorecard's weights of the settings.
    report_windows: Windows = Windows.CALENDAR
    scorecard_weights: Weights = DEFAULT_WEIGHTS


@dataclass(frozen=True)
class Planned:
    """One reminder of one due date, for the officers of one role in the task."""

    kind: ReminderKind
    due_on: date
    send_on: date
    days: int  # calendar days from send_on to due_on; negative when overdue
    audience: UnitRole


def reminders_for_due_date(
    due_on: date, policy: ReminderPolicy, calendar: WorkingCalendar
) -> list[Planned]:
    """Every reminder a due date calls for, before, on and after it."""
    return [*_before(due_on, policy, calendar), *_overdue(due_on, policy, calendar)]


def in_its_turn(planned: Planned, previous_due: date | None, next_due: date | None) -> bool:
    """Whether a reminder of one due date goes out among a task's other due dates.

    A weekly task ("Thứ Sáu hằng tuần") is due every 7 days: its 7-day reminder would land
    on the previous Friday and its overdue ones on the next week's. Each due date has the
    days after the one before it for its reminders, and its overdue reminders stop when
    the next one comes due, whose own reminders then speak for the task.
    """
    if planned.kind is ReminderKind.OVERDUE:
        return next_due is None or planned.send_on < next_due
    return previous_due is None or planned.send_on > previous_due


def _before(due_on: date, policy: ReminderPolicy, calendar: WorkingCalendar) -> list[Planned]:
    planned: dict[tuple[date, UnitRole], Planned] = {}
    # From the farthest to the nearest, so that a nearer reminder moved onto the same
    # working day replaces the farther one.
    for days in sorted(policy.days_before, reverse=True):
        send_on = calendar.previous_working_day(due_on - timedelta(days=days), include_today=True)
        kind = ReminderKind.DUE if days == 0 else ReminderKind.BEFORE
        audiences = [UnitRole.LEAD]
        if days in policy.coordinating_days_before:
            audiences.append(UnitRole.COORDINATING)
        for audience in audiences:
            planned[(send_on, audience)] = Planned(
                kind, due_on, send_on, (due_on - send_on).days, audience
            )
    return sorted(planned.values(), key=lambda item: (item.send_on, item.audience))


def _overdue(due_on: date, policy: ReminderPolicy, calendar: WorkingCalendar) -> Iterator[Planned]:
    send_on = calendar.next_working_day(due_on)
    for _ in range(policy.overdue_max):
        for audience in (UnitRole.LEAD, UnitRole.COORDINATING):
            yield Planned(ReminderKind.OVERDUE, due_on, send_on, (due_on - send_on).days, audience)
        send_on = calendar.add_working_days(send_on, policy.overdue_every)


def checkin_days(start: date, end: date, calendar: WorkingCalendar) -> list[date]:
    """The first working day of each month from ``start`` to ``end`` (ongoing tasks)."""
    days = []
    year, month = start.year, start.month
    while date(year, month, 1) <= end:
        day = calendar.first_working_day_of_month(year, month)
        if start <= day <= end:
            days.append(day)
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return days


def send_moment(day: date, policy: ReminderPolicy, tz: tzinfo) -> datetime:
    """The instant a reminder of ``day`` goes out."""
    return datetime.combine(day, policy.send_time, tzinfo=tz)


def in_sending_window(moment: datetime, policy: ReminderPolicy, calendar: WorkingCalendar) -> bool:
    """Tell whether messages may go out at ``moment`` (a working day, within working hours)."""
    local = moment.timetz()
    return (
        calendar.is_working_day(moment.date())
        and policy.window_start <= local.replace(tzinfo=None) < policy.window_end
    )
