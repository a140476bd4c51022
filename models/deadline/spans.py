"""Spans whose two ends are of different kinds: "Từ tháng 12/2025 đến quý I/2026", "Từ
quý II/2025 đến hết ngày 28/2/2027"."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import MAXYEAR, MINYEAR, date

from models.deadline.dates import (
    _check_day_month,
    _checked_year,
    _date_or_none,
    _existing_date,
    _format_day,
    _infer_year,
    _month_end,
    _month_number,
    _once,
    _quarter_number,
)
from models.deadline.messages import _DAY_SPAN, _UNREADABLE, _Refusal
from models.deadline.readers import _only_span_in_period
from models.deadline.schedule import Period, Schedule

# --- Spans whose ends are of different kinds: "Từ tháng 12/2025 đến quý I/2026" -----------

# A position in a year: (month, day).
_MonthDay = tuple[int, int]


@dataclass(frozen=True)
class _SpanEnd:
    """One end of a span, a day, month, quarter or year, with the year written or not.

    ``first`` and ``last`` are its first and last (month, day) in a year; a month's last
    day is written 31 and stands for however many days that month has.
    """

    first: _MonthDay
    last: _MonthDay
    year: str | None

    def first_day(self, year: int) -> date:
        return _existing_date(year, *self.first)

    def last_day_or_none(self, year: int) -> date | None:
        month, day = self.last
        return _month_end(year, month) if day == 31 else _date_or_none(year, month, day)

    def last_day(self, year: int) -> date:
        found = self.last_day_or_none(year)
        return found if found is not None else _existing_date(year, *self.last)

    def ends_before(self, other: _SpanEnd) -> bool:
        """Whether this end is over before ``other`` begins, in one same year."""
        return self.last < other.first


def _span_end(match: re.Match[str], suffix: str) -> _SpanEnd:
    """The end the groups with ``suffix`` name: a day, a month, a quarter or a year."""
    if match[f"day{suffix}"] is not None:
        year = match[f"dyear{suffix}"]
        day, month = _check_day_month(match[f"day{suffix}"], match[f"dmonth{suffix}"], year)
        return _SpanEnd((month, day), (month, day), year)
    if match[f"dekad{suffix}"] is not None:
        # "Trung tuần tháng 02": days 11 to 20; "hạ tuần" ends with the month (31 stands for it).
        month = _month_number(match[f"tmonth{suffix}"])
        first_day, last_day = _DEKAD_DAYS[match[f"dekad{suffix}"]]
        return _SpanEnd((month, first_day), (month, last_day), match[f"tyear{suffix}"])
    for group in ("month", "bmonth"):
        if match[f"{group}{suffix}"] is not None:
            month = _month_number(match[f"{group}{suffix}"])
            return _SpanEnd((month, 1), (month, 31), match[f"{group[0]}year{suffix}"])
    if match[f"quarter{suffix}"] is not None:
        quarter = _quarter_number(match[f"quarter{suffix}"])
        return _SpanEnd((3 * quarter - 2, 1), (3 * quarter, 31), match[f"qyear{suffix}"])
    return _SpanEnd((1, 1), (12, 31), match[f"year{suffix}"])


# The first and last day of each ten days of a month; 31 stands for the month's last day.
_DEKAD_DAYS = {"thuong": (1, 10), "trung": (11, 20), "ha": (21, 31)}


def _mixed_span_years(first: _SpanEnd, last: _SpanEnd, period: Period) -> tuple[int, int]:
    """The years the span's two ends fall in; a refusal when that is not certain.

    A missing year follows from the other end, as in spans of one kind, but only when the
    two ends do not overlap within a year: "Từ tháng 3/2025 đến quý I" could run to the
    first quarter of 2025 or of 2026. The due date rests on the last end's year alone, so
    with that year written the first end's may be either.
    """
    if last.year is not None:
        end = _checked_year(last.year)
    elif first.year is not None:
        end = _checked_year(first.year) + _wrap(first, last)
    else:
        _wrap(first, last)
        end = _infer_year(period, last.last_day_or_none)
    if first.year is not None:
        start = _checked_year(first.year)
    elif last.ends_before(first):
        start = end - 1
    else:
        start = end
    if not MINYEAR <= start <= end <= MAXYEAR or first.last_day(start) > last.last_day(end):
        # The span would end before its first end does ("Từ quý II/2025 đến tháng 4/2025").
        raise _Refusal(_UNREADABLE)
    return start, end


def _wrap(first: _SpanEnd, last: _SpanEnd) -> int:
    """1 if the span's last end falls in the year after its first, 0 if in the same year."""
    if first.ends_before(last):
        return 0
    if last.ends_before(first):
        return 1
    raise _Refusal(_UNREADABLE)


def _read_mixed_span(match: re.Match[str], period: Period) -> Schedule:
    """ "Từ tháng 12/2025 đến quý I/2026", "Từ quý II/2025 đến hết ngày 28/2/2027".

    Work over a span, due at the end of its last end, as spans of one kind are; the
    explanation gives the span's first and last days.
    """
    last = _span_end(match, "2")
    first = _span_end(match, "1") if match["bday1"] is None else _day_of(last, match["bday1"])
    if _days_without_a_year(first, last):
        # "Từ 12 đến 18/12": a window of days, in the one year the plan period holds it.
        begins, due = _only_span_in_period(
            (first.first[1], first.first[0]), (last.last[1], last.last[0]), period
        )
        return _once(due, _DAY_SPAN, first=_format_day(begins))
    start, end = _mixed_span_years(first, last, period)
    begins = first.first_day(start)
    return _once(last.last_day(end), _DAY_SPAN, first=_format_day(begins))


def _day_of(last: _SpanEnd, written: str) -> _SpanEnd:
    """The first end of "Từ ngày 15 đến ngày 20/12/2025": a day of the last end's month."""
    month, last_day = last.first
    if last.first != last.last or not 1 <= int(written) <= last_day:
        # "Từ 7 đến 12/2025" is months 7 to 12, not a day; "từ 25 đến 20/12" runs backwards.
        raise _Refusal(_UNREADABLE)
    return _SpanEnd((month, int(written)), (month, int(written)), last.year)


def _days_without_a_year(first: _SpanEnd, last: _SpanEnd) -> bool:
    """Whether both ends are single days and neither has its year written."""
    single = first.first == first.last and last.first == last.last
    return single and first.year is None and last.year is None
