"""The calendar the readers work with: days, month and quarter ends, years written or
implied by the plan period; schedules built with their explanations; lists of months or
quarters; periodic units ("hằng quý", "định kỳ 6 tháng, năm")."""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable, Iterable, Iterator
from datetime import MAXYEAR, MINYEAR, date, timedelta
from itertools import pairwise

from models.deadline.messages import (
    _EVERY_HALF_YEAR_END,
    _EVERY_MONTH_END,
    _EVERY_QUARTER_END,
    _EVERY_YEAR_END,
    _HALF_YEARLY_BEFORE_DAY,
    _HALF_YEARLY_ON_DAY,
    _MONTHLY_BEFORE_DAY,
    _MONTHLY_ON_DAY,
    _NO_SUCH_DAY,
    _NO_SUCH_DAY_OF_MONTH,
    _NO_SUCH_MONTH,
    _NO_SUCH_QUARTER,
    _NO_SUCH_YEAR,
    _NONE_IN_PERIOD,
    _OUT_OF_ORDER,
    _QUARTERLY_BEFORE_DAY,
    _QUARTERLY_ON_DAY,
    _UNREADABLE,
    _YEARLY_BEFORE_DATE,
    _YEARLY_ON_DATE,
    _Refusal,
)
from models.deadline.schedule import Period, Schedule, ScheduleKind
from models.text import text as explain

# --- Calendar ------------------------------------------------------------------------------


def _format_day(day: date) -> str:
    return f"{day.day:02d}/{day.month:02d}/{day.year:04d}"


def _format_days(days: Iterable[date]) -> str:
    return ", ".join(_format_day(day) for day in days)


def _inside(day: date, period: Period) -> bool:
    return period.start <= day <= period.end


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _quarter_end(year: int, quarter: int) -> date:
    return _month_end(year, 3 * quarter)


def _date_or_none(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _day_before(day: date) -> date | None:
    return None if day == date.min else day - timedelta(days=1)


def _checked_year(written: str) -> int:
    year = int(written)
    if not MINYEAR <= year <= MAXYEAR:
        raise _Refusal(_NO_SUCH_YEAR, year=written)
    return year


def _infer_year(period: Period, build: Callable[[int], date | None]) -> int:
    """The first year of the period that puts the built date inside it, else its start year."""
    for year in range(period.start.year, period.end.year + 1):
        candidate = build(year)
        if candidate is not None and _inside(candidate, period):
            return year
    return period.start.year


def _year_written_or_implied(
    written: str | None, period: Period, build: Callable[[int], date | None]
) -> int:
    """The year the text gives, or the one the plan period implies for the built date."""
    return _checked_year(written) if written is not None else _infer_year(period, build)


def _months_of(period: Period) -> Iterator[tuple[int, int]]:
    """Every (year, month) from the period's first month to the month after its last."""
    # The month after counts because "before day 1" of it is the period's last month end.
    year, month = period.start.year, period.start.month
    end = period.end
    stop = (end.year + 1, 1) if end.month == 12 else (end.year, end.month + 1)
    while (year, month) <= stop and year <= MAXYEAR:
        yield year, month
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)


def _last_months_of(period: Period, length: int) -> Iterator[tuple[int, int]]:
    """The months that end a run of ``length`` months (1, 3, 6 or 12) in the calendar year."""
    return ((year, month) for year, month in _months_of(period) if month % length == 0)


def _months_named(period: Period, months: Iterable[int]) -> Iterator[tuple[int, int]]:
    wanted = frozenset(months)
    return ((year, month) for year, month in _months_of(period) if month in wanted)


_DayPicker = Callable[[int, int], date | None]


def _on_day(day: int) -> _DayPicker:
    """Day ``day`` of a month, or its last day when the month is shorter."""

    def pick(year: int, month: int) -> date:
        return date(year, month, min(day, calendar.monthrange(year, month)[1]))

    return pick


def _before_day(day: int) -> _DayPicker:
    """The last day allowed by "before day ``day``" of a month."""
    if day == 1:
        # Before the 1st means by the end of the month before.
        return lambda year, month: _day_before(date(year, month, 1))
    return _on_day(day - 1)


# The most days each month can have, February in a leap year.
_LONGEST_MONTHS = {month: calendar.monthrange(2000, month)[1] for month in range(1, 13)}


def _written_day_month(day: str, month: str, year: str | None = None) -> str:
    written = f"{int(day):02d}/{int(month):02d}"
    return f"{written}/{year}" if year else written


def _check_day_month(day: str, month: str, year: str | None = None) -> tuple[int, int]:
    """The day and month as numbers, or a refusal naming the date when no year has it."""
    day_number, month_number = int(day), int(month)
    if not 1 <= month_number <= 12 or not 1 <= day_number <= _LONGEST_MONTHS[month_number]:
        raise _Refusal(_NO_SUCH_DAY, date=_written_day_month(day, month, year))
    return day_number, month_number


def _existing_date(year: int, month: int, day: int) -> date:
    """The date, or a refusal naming it (29/02 of a year that is not a leap year)."""
    found = _date_or_none(year, month, day)
    if found is None:
        raise _Refusal(_NO_SUCH_DAY, date=f"{day:02d}/{month:02d}/{year:04d}")
    return found


# --- Explained schedules -------------------------------------------------------------------


def _once(due: date, msgid: str, **args: str | int) -> Schedule:
    return Schedule(ScheduleKind.ONCE, (due,), explain(msgid, date=_format_day(due), **args))


def _dated(dues: Iterable[date], msgid: str, **args: str | int) -> Schedule:
    """Once for one date, milestones for several; ``msgid`` lists them as {dates}."""
    days = tuple(sorted(set(dues)))
    kind = ScheduleKind.ONCE if len(days) == 1 else ScheduleKind.MILESTONES
    return Schedule(kind, days, explain(msgid, dates=_format_days(days), **args))


def _milestones(dues: Iterable[date], msgid: str) -> Schedule:
    days = tuple(sorted(set(dues)))
    return Schedule(ScheduleKind.MILESTONES, days, explain(msgid, dates=_format_days(days)))


def _recurring(
    period: Period,
    months: Iterable[tuple[int, int]],
    pick: _DayPicker,
    msgid: str,
    **args: str | int,
) -> Schedule:
    """The occurrences ``pick`` gives in ``months`` that fall inside ``period``."""
    picked = (pick(year, month) for year, month in months)
    return _recurring_on(period, picked, msgid, **args)


def _recurring_on(
    period: Period, candidates: Iterable[date | None], msgid: str, **args: str | int
) -> Schedule:
    """The ``candidates`` that fall inside ``period``, or a refusal when none does."""
    days = tuple(sorted({day for day in candidates if day is not None and _inside(day, period)}))
    if not days:
        start, end = _format_day(period.start), _format_day(period.end)
        raise _Refusal(_NONE_IN_PERIOD, start=start, end=end)
    return Schedule(ScheduleKind.RECURRING, days, explain(msgid, dates=_format_days(days), **args))


# --- Lists of months or quarters: "7, 8", "III-IV", "3 và 4" ---------------------------------

_ROMAN_QUARTERS = {"i": 1, "ii": 2, "iii": 3, "iv": 4}
_QUARTER_NAMES = {number: roman.upper() for roman, number in _ROMAN_QUARTERS.items()}
_RANGE_SEPARATORS = frozenset({"-", " den ", " toi "})
_LIST_ITEM = re.compile(
    r"(?P<sep>,va |,| va |;|-| den | toi )?(?:thang |quy )?(?P<item>[0-9]{1,2}|[ivx]+)",
    re.ASCII,
)


def _quarter_number(written: str) -> int:
    """The quarter a numeral names, or a refusal naming it ("V", "IIII", "5")."""
    number = int(written) if written.isdigit() else _ROMAN_QUARTERS.get(written, 0)
    if not 1 <= number <= 4:
        raise _Refusal(_NO_SUCH_QUARTER, quarter=written.upper())
    return number


def _month_number(written: str) -> int:
    """The month a number names, or a refusal naming it."""
    number = int(written)
    if not 1 <= number <= 12:
        raise _Refusal(_NO_SUCH_MONTH, month=number)
    return number


def _listed_numbers(items: str, value_of: Callable[[str], int]) -> list[int]:
    """The numbers a list names, ranges expanded; ``value_of`` refuses any that do not exist."""
    pieces = [(piece["sep"], value_of(piece["item"])) for piece in _LIST_ITEM.finditer(items)]
    numbers: list[int] = []
    for separator, value in pieces:
        if separator in _RANGE_SEPARATORS and numbers:
            if value < numbers[-1]:
                # A range running backwards ("tháng 9-7") is a typo not worth guessing at.
                raise _Refusal(_UNREADABLE)
            numbers.extend(range(numbers[-1] + 1, value + 1))
        else:
            numbers.append(value)
    return numbers


def _in_written_order(days: list[date]) -> list[date]:
    """``days`` as the text lists them, refused when they go backwards.

    A list whose years are implied ("Tháng 12, 1" in a plan that starts in July) going
    backwards means a year was guessed wrong; the engine does not pick another one.
    """
    if any(later < earlier for earlier, later in pairwise(days)):
        raise _Refusal(_OUT_OF_ORDER)
    return days


# --- Periodic units: "hằng quý", "định kỳ 6 tháng, năm" ---------------------------------------

# How many months each unit spans; a list of units falls due at the ends of the finest,
# since those include the ends of the others (every year end is a quarter end).
_UNIT_MONTHS = {"thang": 1, "quy": 3, "6 thang": 6, "sau thang": 6, "nam": 12}
_UNIT_TOKEN = re.compile(r"6 thang|sau thang|thang|quy|nam")
_ENDS_BY_LENGTH = {
    1: _EVERY_MONTH_END,
    3: _EVERY_QUARTER_END,
    6: _EVERY_HALF_YEAR_END,
    12: _EVERY_YEAR_END,
}
_ON_DAY_BY_LENGTH = {
    1: _MONTHLY_ON_DAY,
    3: _QUARTERLY_ON_DAY,
    6: _HALF_YEARLY_ON_DAY,
    12: _YEARLY_ON_DATE,
}
_BEFORE_DAY_BY_LENGTH = {
    1: _MONTHLY_BEFORE_DAY,
    3: _QUARTERLY_BEFORE_DAY,
    6: _HALF_YEARLY_BEFORE_DAY,
    12: _YEARLY_BEFORE_DATE,
}


def _finest_unit(units: str) -> int:
    return min(_UNIT_MONTHS[unit] for unit in _UNIT_TOKEN.findall(units))


def _day_of_month(written: str) -> int:
    day = int(written)
    if not 1 <= day <= 31:
        raise _Refusal(_NO_SUCH_DAY_OF_MONTH, day=day)
    return day


def _recurring_on_day(period: Period, length: int, day: int, before: bool) -> Schedule:
    """Day ``day`` (or the day before it) of the last month of every ``length``-month run."""
    months = _last_months_of(period, length)
    pick, msgids = (
        (_before_day(day), _BEFORE_DAY_BY_LENGTH) if before else (_on_day(day), _ON_DAY_BY_LENGTH)
    )
    # A yearly run ends in December, which the day/month wording says exactly.
    return _recurring(period, months, pick, msgids[length], day=day, day_month=f"{day:02d}/12")
