"""Shared helpers for the deadline engine's table-driven tests.

The deadline test modules read tables of (text, plan period, kind, ISO dates); the
periods, month-end lists, strategies and reading helpers they share live here, so that
every module means the same thing by "the second half of 2025" or "read right".
"""

from __future__ import annotations

from datetime import date

from hypothesis import strategies as st

from models.deadline import Period, Schedule, ScheduleKind, parse_deadline

ONCE = ScheduleKind.ONCE
MILESTONES = ScheduleKind.MILESTONES
RECURRING = ScheduleKind.RECURRING
ONGOING = ScheduleKind.ONGOING
UNKNOWN = ScheduleKind.UNKNOWN

H2_2025 = Period(date(2025, 7, 1), date(2025, 12, 31))
YEAR_2025 = Period(date(2025, 1, 1), date(2025, 12, 31))
YEAR_2026 = Period(date(2026, 1, 1), date(2026, 12, 31))
# Periods that cross the new year.
WINTER = Period(date(2025, 11, 1), date(2026, 6, 30))
OCT_TO_SEP = Period(date(2025, 10, 1), date(2026, 9, 30))
TWO_YEARS = Period(date(2025, 1, 1), date(2026, 12, 31))
# Short periods, to keep weekly and twice-monthly tables readable. 1 November 2025 is a
# Saturday.
Q4_2025 = Period(date(2025, 10, 1), date(2025, 12, 31))
NOV_2025 = Period(date(2025, 11, 1), date(2025, 11, 30))

MONTH_ENDS_2026 = [
    "2026-01-31",
    "2026-02-28",
    "2026-03-31",
    "2026-04-30",
    "2026-05-31",
    "2026-06-30",
    "2026-07-31",
    "2026-08-31",
    "2026-09-30",
    "2026-10-31",
    "2026-11-30",
    "2026-12-31",
]
QUARTER_ENDS_2026 = ["2026-03-31", "2026-06-30", "2026-09-30", "2026-12-31"]

# (text, plan period, expected kind, expected due dates in ISO form)
Case = tuple[str, Period, ScheduleKind, list[str]]


def d(text: str) -> date:
    """Read an ISO date, to keep the tables short."""
    return date.fromisoformat(text)


def ddmmyyyy(day: date) -> str:
    """A date as the explanations write it."""
    return f"{day.day:02d}/{day.month:02d}/{day.year:04d}"


def reads_as(schedule: Schedule, kind: ScheduleKind, dates: list[str]) -> bool:
    """Whether ``schedule`` has exactly the expected kind and due dates."""
    return schedule.kind is kind and schedule.due_dates == tuple(d(day) for day in dates)


def readings(cases: list[Case]) -> list[tuple[str, bool, bool]]:
    """(text, read right, read wrong) for every case of a held-out set.

    Not reading a phrase (``unknown``) is allowed, rarely; reading it to other dates, or
    to another kind, never is.
    """
    results = []
    for text, period, kind, dates in cases:
        schedule = parse_deadline(text, period)
        right = reads_as(schedule, kind, dates)
        results.append((text, right, not right and schedule.kind is not UNKNOWN))
    return results


def share_right(results: list[tuple[str, bool, bool]]) -> float:
    """The share of a held-out set read right."""
    return sum(1 for _text, right, _wrong in results if right) / len(results)


@st.composite
def periods(draw: st.DrawFn) -> Period:
    """Plan periods of up to three years, short enough to keep examples fast."""
    start = draw(st.dates(min_value=date(1990, 1, 1), max_value=date(2100, 12, 31)))
    end = draw(st.dates(min_value=start, max_value=date(start.year + 3, start.month, 1)))
    return Period(start, end)


@st.composite
def periods_and_days(draw: st.DrawFn) -> tuple[Period, date]:
    """A plan period and a day inside it."""
    period = draw(periods())
    return period, draw(st.dates(min_value=period.start, max_value=period.end))


def assert_well_formed(schedule: Schedule) -> None:
    """The schedule's kind and dates agree, and its explanation renders."""
    assert isinstance(schedule.kind, ScheduleKind)
    assert list(schedule.due_dates) == sorted(set(schedule.due_dates))
    if schedule.kind in (ONGOING, UNKNOWN):
        assert schedule.due_dates == ()
    elif schedule.kind is ONCE:
        assert len(schedule.due_dates) == 1
    elif schedule.kind is MILESTONES:
        assert len(schedule.due_dates) >= 2
    else:
        assert len(schedule.due_dates) >= 1
    assert isinstance(schedule.explanation.render(), str)
