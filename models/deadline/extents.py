"""Spans and counts the phrase table reads once rewritten: a span whose end is "trước ngày Y"
or the end of a month after a bare first day, a count of days from a start, and months listed
after "các"."""

from __future__ import annotations

import re
from datetime import date, timedelta

from models.deadline.dates import _format_day, _inside, _month_end, _once
from models.deadline.folding import _spelled_number
from models.deadline.messages import _COUNTED_FROM_START, _DAY_SPAN, _UNREADABLE, _Refusal
from models.deadline.phrases import _matching_rule
from models.deadline.readers import (
    _read_day_span,
    _read_days_of_a_month,
    _read_months,
    _read_on_date,
    _Reader,
)
from models.deadline.schedule import Period, Schedule, ScheduleKind
from models.deadline.spans import _read_mixed_span

_DAY_SPAN_READERS: frozenset[_Reader] = frozenset(
    {_read_day_span, _read_days_of_a_month, _read_mixed_span}
)


def _span_read(rewritten: str, period: Period) -> Schedule | None:
    """The reading of ``rewritten`` when the phrase table reads it as a span of days."""
    matched = _matching_rule(rewritten)
    if matched is None or matched[1] not in _DAY_SPAN_READERS:
        return None
    return matched[1](matched[0], period)


def _first_day(schedule: Schedule) -> date:
    day, month, year = str(schedule.explanation.args["first"]).split("/")
    return date(int(year), int(month), int(day))


# --- "Từ tháng 1/2027 đến trước ngày 30/5/2027": the span's last day is the day before ---------
_SPAN_TO_BEFORE = re.compile(
    r"(?P<head>tu .+?)(?: den| toi|-) ?truoc (?P<end>(?:ngay )?[0-9].*)", re.ASCII
)


def _read_span_to_before(folded: str, period: Period) -> Schedule | None:
    match = _SPAN_TO_BEFORE.fullmatch(folded)
    if match is None:
        return None
    span = _span_read(f"{match['head']} den {match['end']}", period)
    if span is None or span.explanation.msgid != _DAY_SPAN:
        return None
    first, due = _first_day(span), span.due_dates[0] - timedelta(days=1)
    if due < first:
        # "Từ ngày 5/3 đến trước ngày 5/3" holds no day.
        raise _Refusal(_UNREADABLE)
    return _once(due, _DAY_SPAN, first=_format_day(first))


# --- "Từ ngày 5 đến cuối tháng 9/2027": a bare first day of the month whose end closes the span -
_DAY_TO_MONTH_END = re.compile(
    r"tu (?:ngay )?(?P<day>[0-9]{1,2}) (?:den|toi) (?:het )?cuoi (?P<month>thang (?P<m>[0-9]{1,2})"
    r"(?![0-9]).*)",
    re.ASCII,
)


def _read_day_to_month_end(folded: str, period: Period) -> Schedule | None:
    match = _DAY_TO_MONTH_END.fullmatch(folded)
    matched = None if match is None else _matching_rule(match["month"])
    if match is None or matched is None or matched[1] is not _read_months:
        return None
    month_end = _read_months(matched[0], period)
    if month_end.kind is not ScheduleKind.ONCE:
        return None
    due = month_end.due_dates[0]
    day = int(match["day"])
    if not 1 <= day <= due.day:
        raise _Refusal(_UNREADABLE)
    return _once(due, _DAY_SPAN, first=_format_day(due.replace(day=day)))


# --- "30 ngày bắt đầu từ ngày 1/7/2027": the 30th day, counting the first ---------------------
# "Kể từ ngày X" is left alone: the Civil Code counts a period of days from the day after X,
# so whether X is the first day is not certain.
_COUNT_FROM_START = re.compile(
    r"(?:(?:trong|trong vong|trong thoi gian) )?(?P<count>[0-9]{1,3}|[a-z]+(?: [a-z]+){0,2}) ngay"
    r"(?:,| |, )(?:bat dau|khoi dau)(?: tu)? (?P<start>(?:ngay )?[0-9].*)",
    re.ASCII,
)


def _read_counted_from_start(folded: str, period: Period) -> Schedule | None:
    match = _COUNT_FROM_START.fullmatch(folded)
    if match is None:
        return None
    written = match["count"]
    count = int(written) if written.isdigit() else _spelled_number(written)
    matched = _matching_rule(match["start"])
    if count is None or count < 1 or matched is None or matched[1] is not _read_on_date:
        return None
    start = _read_on_date(matched[0], period).due_dates[0]
    try:
        due = start + timedelta(days=count - 1)
    except OverflowError:
        raise _Refusal(_UNREADABLE) from None
    return _once(due, _COUNTED_FROM_START, count=count, first=_format_day(start))


# --- "Vào các tháng 2, 4, 7 và tháng 11": a milestone at each month's end --------------------
# "Các" may mean those months of every year: without a year, read only when the plan period
# holds each month's end in one year alone.
_MONTHS_LISTED = re.compile(r"(?:(?:vao|trong) )?(?:cac|nhung) (?P<months>thang .+)", re.ASCII)
_YEAR_WRITTEN = re.compile(r"(?<![0-9])[0-9]{4}(?![0-9])", re.ASCII)


def _read_months_listed(folded: str, period: Period) -> Schedule | None:
    match = _MONTHS_LISTED.fullmatch(folded)
    matched = None if match is None else _matching_rule(match["months"])
    if match is None or matched is None or matched[1] is not _read_months:
        return None
    schedule = _read_months(matched[0], period)
    if schedule.kind is not ScheduleKind.MILESTONES:
        return None
    if not _YEAR_WRITTEN.search(match["months"]) and not all(
        _held_once(period, day.month) for day in schedule.due_dates
    ):
        return None
    return schedule


def _held_once(period: Period, month: int) -> bool:
    years = range(period.start.year, period.end.year + 1)
    return sum(1 for year in years if _inside(_month_end(year, month), period)) == 1
