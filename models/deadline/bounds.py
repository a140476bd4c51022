"""Before a month or a quarter: "Trước tháng 12/2026" is due on the last day of the month
before, as "trước ngày X" is due the day before X; "Trước quý IV/2026" at the end of the
quarter before."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta

from models.deadline.dates import (
    _QUARTER_NAMES,
    _checked_year,
    _format_day,
    _inside,
    _month_number,
    _once,
    _quarter_number,
)
from models.deadline.messages import (
    _BEFORE_MONTH,
    _BEFORE_QUARTER,
    _SPAN_OUTSIDE_PERIOD,
    _Refusal,
)
from models.deadline.schedule import Period, Schedule


def _end_before(first_month: int) -> Callable[[int], date]:
    """The last day before ``first_month`` of a year begins."""
    return lambda year: date(year, first_month, 1) - timedelta(days=1)


def _year_of(written: str | None, period: Period, due_in: Callable[[int], date]) -> int:
    """The year written, or the first that puts the due date inside the plan period.

    "Trước tháng 1" in a plan of 2026 may be before January 2026 or 2027; read only when a
    year of the period holds its due date, never by a year falling outside it.
    """
    if written is not None:
        return _checked_year(written)
    for year in range(period.start.year, period.end.year + 2):
        if _inside(due_in(year), period):
            return year
    start, end = _format_day(period.start), _format_day(period.end)
    raise _Refusal(_SPAN_OUTSIDE_PERIOD, start=start, end=end)


def _read_before_month(match: re.Match[str], period: Period) -> Schedule:
    """ "Trước tháng 12.2026": the last day of November 2026.

    Without a year, the year is the one that puts the due date inside the plan period.
    """
    month = _month_number(match["month"])
    due_in = _end_before(month)
    year = _year_of(match["year"], period, due_in)
    return _once(due_in(year), _BEFORE_MONTH, month=month, year=year)


def _read_before_quarter(match: re.Match[str], period: Period) -> Schedule:
    """ "Trước quý IV/2026": the last day of the third quarter, 30/09/2026."""
    quarter = _quarter_number(match["quarter"])
    due_in = _end_before(3 * quarter - 2)
    year = _year_of(match["year"], period, due_in)
    return _once(due_in(year), _BEFORE_QUARTER, quarter=_QUARTER_NAMES[quarter], year=year)
