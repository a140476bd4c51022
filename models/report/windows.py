"""The period a report covers and the day it looks from: the whole plan, or a quarter
or a half of a year cut as :class:`models.periods.Windows` says, checked against the
plan's own period."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo

from models.periods import Windows, half_span, quarter_span
from models.report.lines import ReportError
from models.tables import Plan
from models.text import N_, text

_NO_SUCH_QUARTER = N_("A quarter is a number from 1 to 4, not {quarter}.")
_NO_SUCH_HALF = N_("A half-year is 1 or 2, not {half}.")
_QUARTER_OUTSIDE_PLAN = N_(
    "Quarter {quarter}/{year} falls outside the plan period {start} to {end}."
)
_HALF_OUTSIDE_PLAN = N_("Half-year {half}/{year} falls outside the plan period {start} to {end}.")
_YEAR_WITHOUT_QUARTER = N_("A year can only be given together with a quarter or a half-year.")


@dataclass(frozen=True)
class _Window:
    """What the report covers: its period, the day it looks from, and the tasks' filter."""

    start: date
    end: date
    as_of: date
    tz: tzinfo
    year: int | None
    # The period's own first and last day (a quarter's, a half's): the milestones due
    # inside it are the ones reported. None for the plan as a whole.
    span: tuple[date, date] | None
    quarter: int | None = None
    half: int | None = None
    # The period ended before the report was made: see judged_on.
    closed: bool = False

    @property
    def judged_on(self) -> date:
        """The day statuses are judged on: ``as_of``, or for a period already over the day
        after it, the cutoff's. A milestone due on the period's last day and not done by
        the end of that day was missed: quarter III read in January shows its 30/09
        deadlines overdue, not in progress."""
        return self.as_of + timedelta(days=1) if self.closed else self.as_of

    @property
    def cutoff(self) -> datetime:
        """The first instant after ``as_of``: later updates are not part of the picture."""
        return datetime.combine(self.as_of + timedelta(days=1), time.min, tzinfo=self.tz)


@dataclass(frozen=True)
class PeriodAsked:
    """The period a report is asked for: a quarter or a half of a year, or the plan."""

    quarter: int | None = None
    half: int | None = None
    year: int | None = None
    windows: Windows = Windows.CALENDAR


def _window(plan: Plan, now: datetime, asked: PeriodAsked) -> _Window:
    assert now.tzinfo is not None
    today = now.date()
    quarter, half = asked.quarter, asked.half
    if quarter is None and half is None:
        if asked.year is not None:
            raise ReportError(text(_YEAR_WITHOUT_QUARTER))
        return _Window(plan.period_start, plan.period_end, today, now.tzinfo, None, None)
    if quarter is not None and not 1 <= quarter <= 4:
        raise ReportError(text(_NO_SUCH_QUARTER, quarter=quarter))
    if half is not None and not 1 <= half <= 2:
        raise ReportError(text(_NO_SUCH_HALF, half=half))
    year = plan.period_end.year if asked.year is None else asked.year
    if quarter is not None:
        first, last = quarter_span(year, quarter, asked.windows)
        outside = text(_QUARTER_OUTSIDE_PLAN, quarter=quarter, year=year)
    else:
        assert half is not None
        first, last = half_span(year, half, asked.windows)
        outside = text(_HALF_OUTSIDE_PLAN, half=half, year=year)
    start, end = max(first, plan.period_start), min(last, plan.period_end)
    if start > end:
        plan_period = {"start": _ddmmyyyy(plan.period_start), "end": _ddmmyyyy(plan.period_end)}
        raise ReportError(text(outside.msgid, **outside.args, **plan_period))
    return _Window(
        start, end, min(today, last), now.tzinfo, year, (first, last), quarter, half, today > last
    )


def _ddmmyyyy(day: date) -> str:
    return f"{day.day:02d}/{day.month:02d}/{day.year:04d}"
