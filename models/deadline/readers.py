"""The readers, one per rule family: each turns the match of one phrase
(:mod:`.phrases`) into a schedule, or refuses it."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from datetime import MAXYEAR, MINYEAR, date, timedelta

from models.deadline.dates import (
    _ENDS_BY_LENGTH,
    _QUARTER_NAMES,
    _UNIT_TOKEN,
    _before_day,
    _check_day_month,
    _checked_year,
    _date_or_none,
    _dated,
    _day_before,
    _day_of_month,
    _existing_date,
    _finest_unit,
    _format_day,
    _format_days,
    _in_written_order,
    _infer_year,
    _inside,
    _last_months_of,
    _listed_numbers,
    _milestones,
    _month_end,
    _month_number,
    _months_named,
    _months_of,
    _on_day,
    _once,
    _quarter_end,
    _quarter_number,
    _recurring,
    _recurring_on,
    _recurring_on_day,
    _year_written_or_implied,
)
from models.deadline.folding import _WEEKDAY
from models.deadline.messages import (
    _DAY_SPAN,
    _DEKAD_ENDS,
    _DUE_BEFORE,
    _DUE_ON,
    _EVERY_QUARTER_END,
    _HALF_MONTH_ENDS,
    _LAST_WEEK_END,
    _LEAP_DAY_EVERY_YEAR,
    _MONTH_END,
    _MONTH_ENDS,
    _MONTH_SPAN,
    _MONTHLY_BEFORE_DAYS,
    _MONTHLY_ON_DAYS,
    _NO_REPORTING_PERIOD,
    _NO_SUCH_DATE,
    _ONGOING,
    _PART_OF_DAY_NOTED,
    _PERIODS_DISAGREE,
    _QUARTER_END,
    _QUARTER_ENDS,
    _QUARTER_SPAN,
    _SPAN_IN_SEVERAL_YEARS,
    _SPAN_OUTSIDE_PERIOD,
    _UNREADABLE,
    _WEEKDAY_DISAGREES,
    _WEEKLY_ON,
    _WEEKLY_ON_DAYS,
    _WHICH_WEEK,
    _YEAR_END,
    _YEAR_SPAN,
    _YEARLY_BEFORE_DATE,
    _YEARLY_BEFORE_DATES,
    _YEARLY_DAY_SPAN,
    _YEARLY_MONTH_ENDS,
    _YEARLY_MONTH_SPAN,
    _YEARLY_ON_DATE,
    _YEARLY_ON_DATES,
    _YEARLY_QUARTER_ENDS,
    _YEARS_AFTER_PERIOD,
    _YEARS_IN_PERIOD,
    _Refusal,
)
from models.deadline.schedule import Period, Schedule, ScheduleKind, _followed_by
from models.text import text as explain

# --- Readers, one per rule family ------------------------------------------------------------

_Reader = Callable[[re.Match[str], Period], Schedule]


def _read_ongoing(_match: re.Match[str], _period: Period) -> Schedule:
    return Schedule(ScheduleKind.ONGOING, (), explain(_ONGOING))


def _read_with_quarterly_report(_match: re.Match[str], period: Period) -> Schedule:
    # Work reported along with the quarterly report is due when that report is.
    return _recurring(period, _last_months_of(period, 3), _month_end, _EVERY_QUARTER_END)


def _read_every(match: re.Match[str], period: Period) -> Schedule:
    length = _finest_unit(match["units"])
    return _recurring(period, _last_months_of(period, length), _month_end, _ENDS_BY_LENGTH[length])


def _read_monthly_day(match: re.Match[str], period: Period) -> Schedule:
    return _recurring_on_day(period, 1, _day_of_month(match["day"]), bool(match["before"]))


def _read_day_of_last_month(match: re.Match[str], period: Period) -> Schedule:
    """Day N of the last month of each quarter, or of each reporting period the text names."""
    day = _day_of_month(match["day"])
    units = match["units"]
    if match["tail"] == "quy":
        if units is not None and set(_UNIT_TOKEN.findall(units)) != {"quy"}:
            # "Hằng tháng, trước ngày 20 tháng cuối quý" contradicts itself.
            raise _Refusal(_PERIODS_DISAGREE)
        return _recurring_on_day(period, 3, day, bool(match["before"]))
    if units is None:
        # "Tháng cuối kỳ báo cáo" depends on a period the text does not name.
        raise _Refusal(_NO_REPORTING_PERIOD)
    return _recurring_on_day(period, _finest_unit(units), day, bool(match["before"]))


def _read_year(match: re.Match[str], period: Period) -> Schedule:
    year = _year_written_or_implied(match["year"], period, lambda year: date(year, 12, 31))
    return _once(date(year, 12, 31), _YEAR_END, year=year)


def _read_half_year(match: re.Match[str], period: Period) -> Schedule:
    if match["half"] == "cuoi":
        return _read_year(match, period)
    year = _year_written_or_implied(match["year"], period, lambda year: date(year, 6, 30))
    # The first half ends with June, which the month-end wording says exactly.
    return _once(date(year, 6, 30), _MONTH_END, month=6, year=year)


def _read_years(match: re.Match[str], period: Period) -> Schedule:
    """ "Năm 2025-2026": due at the end of each year named.

    A range of years may be a programme's whole span ("Giai đoạn 2021-2025"), so only the
    year ends inside the plan period count: a plan reminds within its period. When none
    falls inside, the end of the last year named is the deadline, as written.
    """
    first, last = _checked_year(match["first"]), _checked_year(match["last"])
    if last <= first:
        raise _Refusal(_UNREADABLE)
    inside = [
        date(year, 12, 31)
        for year in range(max(first, period.start.year), min(last, period.end.year) + 1)
        if _inside(date(year, 12, 31), period)
    ]
    if inside:
        return _dated(inside, _YEARS_IN_PERIOD, first=first, last=last)
    return _dated([date(last, 12, 31)], _YEARS_AFTER_PERIOD, first=first, last=last)


def _read_year_span(match: re.Match[str], _period: Period) -> Schedule:
    first, last = _checked_year(match["first"]), _checked_year(match["last"])
    if last < first:
        raise _Refusal(_UNREADABLE)
    return _once(date(last, 12, 31), _YEAR_SPAN, first=first, last=last)


def _read_months(match: re.Match[str], period: Period) -> Schedule:
    ends: list[date] = []
    for month in _listed_numbers(match["items"], _month_number):
        year = _year_written_or_implied(match["year"], period, _month_end_in(month))
        ends.append(_month_end(year, month))
    ends = _in_written_order(ends)
    if len(set(ends)) > 1:
        return _milestones(ends, _MONTH_ENDS)
    due = ends[0]
    return _once(due, _MONTH_END, month=due.month, year=due.year)


def _month_end_in(month: int) -> Callable[[int], date]:
    return lambda year: _month_end(year, month)


def _read_quarters(match: re.Match[str], period: Period) -> Schedule:
    ends: list[date] = []
    for quarter in _listed_numbers(match["items"], _quarter_number):
        year = _year_written_or_implied(match["year"], period, _quarter_end_in(quarter))
        ends.append(_quarter_end(year, quarter))
    ends = _in_written_order(ends)
    if len(set(ends)) > 1:
        return _milestones(ends, _QUARTER_ENDS)
    due = ends[0]
    return _once(due, _QUARTER_END, quarter=_QUARTER_NAMES[due.month // 3], year=due.year)


def _quarter_end_in(quarter: int) -> Callable[[int], date]:
    return lambda year: _quarter_end(year, quarter)


def _read_yearly_months(match: re.Match[str], period: Period) -> Schedule:
    months = sorted(set(_listed_numbers(match["items"], _month_number)))
    named = ", ".join(str(month) for month in months)
    return _recurring(
        period, _months_named(period, months), _month_end, _YEARLY_MONTH_ENDS, named=named
    )


def _read_yearly_quarters(match: re.Match[str], period: Period) -> Schedule:
    quarters = sorted(set(_listed_numbers(match["items"], _quarter_number)))
    named = ", ".join(_QUARTER_NAMES[quarter] for quarter in quarters)
    months = _months_named(period, (3 * quarter for quarter in quarters))
    return _recurring(period, months, _month_end, _YEARLY_QUARTER_ENDS, named=named)


def _read_yearly_date(match: re.Match[str], period: Period) -> Schedule:
    day, month = _check_day_month(match["day"], match["month"])
    if (day, month) == (29, 2):
        raise _Refusal(_LEAP_DAY_EVERY_YEAR)
    months = _months_named(period, [month])
    day_month = f"{day:02d}/{month:02d}"
    if match["before"]:

        def before(year: int, named_month: int) -> date | None:
            return _day_before(date(year, named_month, day))

        return _recurring(period, months, before, _YEARLY_BEFORE_DATE, day_month=day_month)
    return _recurring(period, months, _on_day(day), _YEARLY_ON_DATE, day_month=day_month)


def _read_yearly_day_span(match: re.Match[str], period: Period) -> Schedule:
    """ "Từ ngày 01/10 đến hết ngày 30/11 hằng năm": work each year, due on the span's end.

    The first day bears on no due date, but must exist; a span may cross the new year
    ("từ 15/12 đến 15/01 hằng năm"), so its two ends may come in either order.
    """
    first = _check_day_month(match["day1"], match["month1"])
    day, month = _check_day_month(match["day2"], match["month2"])
    if (day, month) == (29, 2):
        raise _Refusal(_LEAP_DAY_EVERY_YEAR)
    return _recurring(
        period,
        _months_named(period, [month]),
        _on_day(day),
        _YEARLY_DAY_SPAN,
        first=f"{first[0]:02d}/{first[1]:02d}",
        last=f"{day:02d}/{month:02d}",
    )


def _read_yearly_month_span(match: re.Match[str], period: Period) -> Schedule:
    """ "Từ tháng 10 đến tháng 11 hằng năm": work each year, due at the last month's end."""
    first, last = _month_number(match["first"]), _month_number(match["last"])
    months = _months_named(period, [last])
    return _recurring(period, months, _month_end, _YEARLY_MONTH_SPAN, first=first, last=last)


_DAY_MONTH_ITEM = re.compile(
    r"(?P<before>truoc )?(?:ngay )?(?P<day>[0-9]{1,2})(?:[/.-]| thang )(?P<month>[0-9]{1,2})",
    re.ASCII,
)


def _read_yearly_dates(match: re.Match[str], period: Period) -> Schedule:
    """ "Trước ngày 15/6 và 30/11 hằng năm", "Định kỳ ngày 10/4 và 10/10 hằng năm"."""
    return _yearly_dates(match["dates"], bool(match["before"]), period)


def _day_months_listed(written: str, before: bool) -> list[tuple[int, int]]:
    """The (day, month) pairs a list names, each checked to exist in some year.

    "Trước" goes with every date when it leads the list; standing before a later date
    only ("ngày 15/6 và trước ngày 30/11") it makes the dates differ in kind: refused.
    """
    items = list(_DAY_MONTH_ITEM.finditer(written))
    if any(item["before"] for item in items) and not before:
        raise _Refusal(_UNREADABLE)
    pairs = sorted(
        {_check_day_month(item["day"], item["month"]) for item in items},
        key=lambda pair: (pair[1], pair[0]),
    )
    if (29, 2) in pairs:
        raise _Refusal(_LEAP_DAY_EVERY_YEAR)
    return pairs


def _yearly_dates(written: str, before: bool, period: Period) -> Schedule:
    """Each (day, month) ``written`` names, or the day before it, every year of the period."""
    pairs = _day_months_listed(written, before)

    def due(year: int, month: int, day: int) -> date | None:
        named = date(year, month, day)
        return _day_before(named) if before else named

    candidates = (
        due(year, month, day)
        for year, month in _months_of(period)
        for day, named_month in pairs
        if named_month == month
    )
    day_months = ", ".join(f"{day:02d}/{month:02d}" for day, month in pairs)
    if len(pairs) == 1:
        msgid = _YEARLY_BEFORE_DATE if before else _YEARLY_ON_DATE
        return _recurring_on(period, candidates, msgid, day_month=day_months)
    msgid = _YEARLY_BEFORE_DATES if before else _YEARLY_ON_DATES
    return _recurring_on(period, candidates, msgid, day_months=day_months)


_DAY_LIST_ITEM = re.compile(r"(?P<before>truoc )?(?:ngay )?(?P<day>[0-9]{1,2})", re.ASCII)


def _read_monthly_days(match: re.Match[str], period: Period) -> Schedule:
    """ "Ngày 12 và 27 hằng tháng", "Trước ngày 8 và 22 hằng tháng": each day, every month.

    "Trước" goes with every day when it leads the list; standing before a later day
    only ("ngày 8 và trước ngày 22") it makes the days differ in kind, which is refused.
    """
    before = bool(match["before"])
    items = list(_DAY_LIST_ITEM.finditer(match["days"]))
    if any(item["before"] for item in items) and not before:
        raise _Refusal(_UNREADABLE)
    days = sorted({_day_of_month(item["day"]) for item in items})
    picks = [(_before_day if before else _on_day)(day) for day in days]
    candidates = (pick(year, month) for year, month in _months_of(period) for pick in picks)
    written = ", ".join(str(day) for day in days)
    msgid = _MONTHLY_BEFORE_DAYS if before else _MONTHLY_ON_DAYS
    return _recurring_on(period, candidates, msgid, days=written)


# Weekdays as officials write them, Monday being 0 as in ``date.weekday()``: "thứ Hai" or
# "thứ 2" (the second day, counting Sunday as the first), "T2", "Chủ nhật", "CN".
_WEEKDAY_NUMBERS = {
    "thu hai": 0,
    "thu ba": 1,
    "thu tu": 2,
    "thu nam": 3,
    "thu sau": 4,
    "thu bay": 5,
    "chu nhat": 6,
    "cn": 6,
    **{f"thu {number}": number - 2 for number in range(2, 8)},
    **{f"t{number}": number - 2 for number in range(2, 8)},
}
_WEEKDAY_NAME = re.compile(rf"\b{_WEEKDAY}\b", re.ASCII)


def _weekdays_in(period: Period, weekday: int) -> Iterator[date]:
    """Every date of ``period`` that falls on ``weekday``."""
    offset = (weekday - period.start.weekday()) % 7
    length = (period.end - period.start).days
    # Counted in days from the start, so that no date past the calendar's end is built.
    return (period.start + timedelta(days=days) for days in range(offset, length + 1, 7))


def _read_weekly(match: re.Match[str], period: Period) -> Schedule:
    """ "Thứ Sáu hằng tuần", "Hằng tuần vào thứ 3", "Thứ Ba và thứ Năm hằng tuần": every
    such weekday of the plan period. "Thứ Ba hoặc thứ Năm" (either one) reads nothing.
    """
    weekdays = sorted(
        {_WEEKDAY_NUMBERS[name] for name in _WEEKDAY_NAME.findall(match["weekdays"])}
    )
    candidates = (day for weekday in weekdays for day in _weekdays_in(period, weekday))
    msgid = _WEEKLY_ON[weekdays[0]] if len(weekdays) == 1 else _WEEKLY_ON_DAYS
    return _recurring_on(period, candidates, msgid)


def _written_date(match: re.Match[str], period: Period, suffix: str = "") -> date:
    """The date groups ``day``, ``month``, ``year`` (plus ``suffix``) name."""
    written_year = match[f"year{suffix}"]
    day, month = _check_day_month(match[f"day{suffix}"], match[f"month{suffix}"], written_year)
    year = _year_written_or_implied(
        written_year, period, lambda year: _date_or_none(year, month, day)
    )
    return _existing_date(year, month, day)


def _check_weekday(match: re.Match[str], day: date) -> None:
    """Refuse ``day`` when the weekday written with it ("thứ Ba", "CN") is not its own."""
    weekday = match.groupdict().get("weekday")
    if weekday is not None and _WEEKDAY_NUMBERS[weekday] != day.weekday():
        # "Thứ Sáu, ngày 13/11/2025" (a Thursday): the weekday or the date is a typo.
        raise _Refusal(_WEEKDAY_DISAGREES, date=_format_day(day))


def _read_before_date(match: re.Match[str], period: Period) -> Schedule:
    limit = _written_date(match, period)
    _check_weekday(match, limit)
    due = _day_before(limit)
    if due is None:
        raise _Refusal(_NO_SUCH_DATE)
    return _once(due, _DUE_BEFORE, limit=_format_day(limit))


def _read_on_date(match: re.Match[str], period: Period) -> Schedule:
    due = _written_date(match, period)
    _check_weekday(match, due)
    schedule = _once(due, _DUE_ON)
    part = match.groupdict().get("part")
    if part is None or part == "toi ":
        # Folded, "tối" (evening) is also "tới" (up to): "tới ngày 14/3" notes nothing.
        return schedule
    note = explain(_PART_OF_DAY_NOTED)
    return Schedule(schedule.kind, schedule.due_dates, _followed_by(schedule.explanation, note))


def _span_years(
    first_year: str | None,
    last_year: str | None,
    first: tuple[int, int],
    last: tuple[int, int],
    implied_last: Callable[[], int],
) -> tuple[int, int]:
    """The years a span starts and ends in, given the (month, day) of each end.

    A span never runs backwards, so a missing year follows from the other one:
    "Từ tháng 11 đến tháng 2/2026" starts in November 2025.
    """
    wraps = 1 if first > last else 0
    if last_year is not None:
        end = _checked_year(last_year)
    elif first_year is not None:
        end = _checked_year(first_year) + wraps
    else:
        end = implied_last()
    start = _checked_year(first_year) if first_year is not None else end - wraps
    if (start, *first) > (end, *last) or not MINYEAR <= start <= end <= MAXYEAR:
        raise _Refusal(_UNREADABLE)
    return start, end


def _read_month_span(match: re.Match[str], period: Period) -> Schedule:
    first, last = _month_number(match["first"]), _month_number(match["last"])

    def implied() -> int:
        return _infer_year(period, _month_end_in(last))

    start, end = _span_years(
        match["first_year"], match["last_year"], (first, 1), (last, 1), implied
    )
    return _once(
        _month_end(end, last), _MONTH_SPAN, first=f"{first}/{start}", last=f"{last}/{end}"
    )


def _read_quarter_span(match: re.Match[str], period: Period) -> Schedule:
    first, last = _quarter_number(match["first"]), _quarter_number(match["last"])

    def implied() -> int:
        return _infer_year(period, _quarter_end_in(last))

    start, end = _span_years(
        match["first_year"], match["last_year"], (first, 1), (last, 1), implied
    )
    first_name, last_name = _QUARTER_NAMES[first], _QUARTER_NAMES[last]
    return _once(
        _quarter_end(end, last),
        _QUARTER_SPAN,
        first=f"{first_name}/{start}",
        last=f"{last_name}/{end}",
    )


def _read_day_span(match: re.Match[str], period: Period) -> Schedule:
    written = match.groupdict()
    first = _check_day_month(match["day1"], match["month1"], written.get("year1"))
    last = _check_day_month(match["day2"], match["month2"], written.get("year2"))
    if written.get("year1") is None and written.get("year2") is None:
        begins, due = _only_span_in_period(first, last, period)
        return _once(due, _DAY_SPAN, first=_format_day(begins))

    def implied() -> int:
        day, month = last
        return _infer_year(period, lambda year: _date_or_none(year, month, day))

    first_md, last_md = (first[1], first[0]), (last[1], last[0])
    start, end = _span_years(match["year1"], match["year2"], first_md, last_md, implied)
    begins = _existing_date(start, first[1], first[0])
    due = _existing_date(end, last[1], last[0])
    return _once(due, _DAY_SPAN, first=_format_day(begins))


# --- Days without a year: "12-18/12", "28/12-6/1", "Từ 20/11 đến 5/12" -----------------------


def _only_span_in_period(
    first: tuple[int, int], last: tuple[int, int], period: Period
) -> tuple[date, date]:
    """The first and last day of the one span of these (day, month) ends inside ``period``.

    Farm calendars and timetables write windows without a year; the plan period gives it
    only when exactly one such span lies wholly inside the period. A span that ends in an
    earlier month than it starts crosses the new year ("28/12-6/1"); one that runs
    backwards within a month ("18-12/12") is a typo.
    """
    (day1, month1), (day2, month2) = first, last
    if month1 == month2 and day1 > day2:
        raise _Refusal(_UNREADABLE)
    wraps = 1 if (month1, day1) > (month2, day2) else 0
    found: list[tuple[date, date]] = []
    for year in range(period.start.year - wraps, period.end.year + 1):
        begins = _date_or_none(year, month1, day1)
        ends = _date_or_none(year + wraps, month2, day2)
        if begins is None or ends is None:
            # 29/02 in a year without it.
            continue
        if _inside(begins, period) and _inside(ends, period):
            found.append((begins, ends))
    if len(found) == 1:
        return found[0]
    if found:
        raise _Refusal(_SPAN_IN_SEVERAL_YEARS, dates=_format_days(end for _begin, end in found))
    start, end = _format_day(period.start), _format_day(period.end)
    raise _Refusal(_SPAN_OUTSIDE_PERIOD, start=start, end=end)


def _read_days_of_a_month(match: re.Match[str], period: Period) -> Schedule:
    """ "Ngày 15-16/11/2025", "12-18/12": days of one month, a span due on the last."""
    year = match["year"]
    first = _check_day_month(match["day1"], match["month"], year)
    last = _check_day_month(match["day2"], match["month"], year)
    if first[0] >= last[0]:
        # "16-15/11" runs backwards; "15-15/11" is no span.
        raise _Refusal(_UNREADABLE)
    return _day_window(first, last, year, period)


def _day_window(
    first: tuple[int, int], last: tuple[int, int], year: str | None, period: Period
) -> Schedule:
    """A window of (day, month) ``first`` to ``last``, due on its last day: in ``year`` when
    written, else in the one year the plan period holds it wholly."""
    if year is None:
        begins, due = _only_span_in_period(first, last, period)
    else:
        number = _checked_year(year)
        begins = _existing_date(number, first[1], first[0])
        due = _existing_date(number, last[1], last[0])
    return _once(due, _DAY_SPAN, first=_format_day(begins))


# --- Ten days of a month: "Trung tuần tháng 11/2025" ---------------------------------------
# A month is counted in three tens of days: "thượng tuần" (1 to 10), "trung tuần" (11 to
# 20) and "hạ tuần" (21 to the month's end). Work "in" one of them is due at its end.

_DEKADS = ("thuong", "trung", "ha")


def _dekad_last_day(year: int, month: int, dekad: str) -> date:
    index = _DEKADS.index(dekad)
    return _month_end(year, month) if index == 2 else date(year, month, 10 * (index + 1))


def _read_dekad(match: re.Match[str], period: Period) -> Schedule:
    month, dekad = _month_number(match["month"]), match["dekad"]
    year = _year_written_or_implied(
        match["year"], period, lambda year: _dekad_last_day(year, month, dekad)
    )
    due = _dekad_last_day(year, month, dekad)
    return _once(due, _DEKAD_ENDS[_DEKADS.index(dekad)], month=month, year=year)


# --- Weeks of a month: "Tuần cuối tháng 12/2026" -------------------------------------------
# "The last week" of a month ends with the month, whatever weekday that is: work in it is due
# on the month's last day. A week named by its number ("tuần đầu", "tuần thứ hai") is read
# whole and refused: it may be the first seven days or the first calendar week from Monday,
# days apart, and the engine never guesses a date.

_WEEKS = {
    "cuoi": 0,
    "cuoi cung": 0,
    "dau": 1,
    "dau tien": 1,
    "thu nhat": 1,
    "thu 1": 1,
    "thu hai": 2,
    "thu 2": 2,
    "thu ba": 3,
    "thu 3": 3,
    "thu tu": 4,
    "thu 4": 4,
}


def _week_of_month(year: int, month: int, week: int) -> tuple[date, date]:
    """The first and last day of ``week`` (0 for the last) of the month."""
    if week == 0:
        end = _month_end(year, month)
        return end - timedelta(days=6), end
    return date(year, month, 7 * week - 6), date(year, month, 7 * week)


def _only_year_holding(period: Period, days_in: Callable[[int], tuple[date, date]]) -> int:
    """The one year whose days ``days_in`` gives lie wholly inside ``period``, or a refusal.

    A week written without its year is read only when the plan period settles the year:
    it holds that week in exactly one year.
    """
    found = [
        year
        for year in range(period.start.year, period.end.year + 1)
        if all(_inside(day, period) for day in days_in(year))
    ]
    if len(found) == 1:
        return found[0]
    if found:
        raise _Refusal(
            _SPAN_IN_SEVERAL_YEARS, dates=_format_days(days_in(year)[1] for year in found)
        )
    start, end = _format_day(period.start), _format_day(period.end)
    raise _Refusal(_SPAN_OUTSIDE_PERIOD, start=start, end=end)


def _read_week_of_month(match: re.Match[str], period: Period) -> Schedule:
    """ "Tuần cuối tháng 2/2026" is due on 28/2/2026; a numbered week is refused."""
    month, week = _month_number(match["month"]), _WEEKS[match["week"]]
    if week != 0:
        raise _Refusal(_WHICH_WEEK)

    def days_in(year: int) -> tuple[date, date]:
        return _week_of_month(year, month, week)

    written = match["year"]
    year = _checked_year(written) if written is not None else _only_year_holding(period, days_in)
    return _once(days_in(year)[1], _LAST_WEEK_END, month=month, year=year)


# --- Half a month: "Nửa đầu tháng 8/2026", "nửa cuối (nửa sau) tháng 8" ----------------------
# The first half of a month runs to the 15th, the second to the month's last day. Without a
# year, read only when the plan period settles it, as weeks of a month are.

_HALVES = {"dau": 0, "cuoi": 1, "sau": 1}


def _half_of_month(year: int, month: int, half: int) -> tuple[date, date]:
    """The first and last day of the first (0) or second (1) half of the month."""
    if half == 0:
        return date(year, month, 1), date(year, month, 15)
    return date(year, month, 16), _month_end(year, month)


def _read_half_month(match: re.Match[str], period: Period) -> Schedule:
    """ "Nửa đầu tháng 8/2026" is due on 15/8/2026, "nửa cuối tháng 8/2026" on 31/8/2026."""
    month, half = _month_number(match["month"]), _HALVES[match["half"]]

    def days_in(year: int) -> tuple[date, date]:
        return _half_of_month(year, month, half)

    written = match["year"]
    year = _checked_year(written) if written is not None else _only_year_holding(period, days_in)
    return _once(days_in(year)[1], _HALF_MONTH_ENDS[half], month=month, year=year)
