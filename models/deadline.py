"""Read the free-text deadline column of a plan into a schedule.

Commune plans write deadlines the way officials speak: "Quý III, IV/2025",
"Trước ngày 20 của tháng cuối quý", "Thường xuyên". This module reads the forms the
product spec names and their everyday variants (case, diacritics, spacing,
separators, a missing year) and refuses everything else. A phrase is recognised only
when it explains the whole text; what cannot be read honestly becomes ``unknown``
with the reason, so that the coordinator sets a date rather than the bot reminding
people on a guess.
"""

from __future__ import annotations

import calendar
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import MAXYEAR, MINYEAR, date, timedelta
from enum import StrEnum

from models.text import N_, Text
from models.text import text as explain
from models.vntext import fold


class ScheduleKind(StrEnum):
    """How a deadline falls due: once, at milestones, repeatedly, never, or unread."""

    ONCE = "once"
    MILESTONES = "milestones"
    RECURRING = "recurring"
    ONGOING = "ongoing"
    UNKNOWN = "unknown"


@dataclass(frozen=True)
class Period:
    """An inclusive plan period, e.g. ``Period(date(2025, 7, 1), date(2025, 12, 31))``."""

    start: date
    end: date

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise ValueError(f"a period cannot end ({self.end}) before it starts ({self.start})")


@dataclass(frozen=True)
class Schedule:
    """The due dates read from a deadline text, and why they read that way."""

    kind: ScheduleKind
    due_dates: tuple[date, ...]
    explanation: Text

    def __post_init__(self) -> None:
        if list(self.due_dates) != sorted(set(self.due_dates)):
            raise ValueError("due dates must be sorted ascending without duplicates")
        if not _fits_kind(self.kind, len(self.due_dates)):
            raise ValueError(f"a {self.kind} schedule cannot have {len(self.due_dates)} dates")


def _fits_kind(kind: ScheduleKind, count: int) -> bool:
    if kind is ScheduleKind.ONCE:
        return count == 1
    if kind is ScheduleKind.MILESTONES:
        # A single milestone is a once schedule.
        return count >= 2
    if kind is ScheduleKind.RECURRING:
        return count >= 1
    return count == 0


# --- Explanations ------------------------------------------------------------------------
# One msgid per rule family. Dates go in as dd/mm/yyyy strings, lists joined by ", ".

_DUE_ON = N_("Due on {date}.")
_DUE_BEFORE = N_("Due before {limit}, so the last day is {date}.")
_MONTH_END = N_("Due at the end of month {month}/{year}: {date}.")
_MONTH_ENDS = N_("Due at the end of each month named: {dates}.")
_QUARTER_END = N_("Due at the end of quarter {quarter}/{year}: {date}.")
_QUARTER_ENDS = N_("Due at the end of each quarter named: {dates}.")
_YEAR_END = N_("Due at the end of {year}: {date}.")
_EVERY_MONTH_END = N_("Recurring at the end of every month in the plan period: {dates}.")
_EVERY_QUARTER_END = N_("Recurring at the end of every quarter in the plan period: {dates}.")
_EVERY_YEAR_END = N_("Recurring at the end of every year in the plan period: {dates}.")
_MONTHLY_ON_DAY = N_("Recurring on day {day} of every month in the plan period: {dates}.")
_MONTHLY_BEFORE_DAY = N_("Recurring before day {day} of every month in the plan period: {dates}.")
_QUARTERLY_ON_DAY = N_(
    "Recurring on day {day} of the last month of every quarter in the plan period: {dates}."
)
_QUARTERLY_BEFORE_DAY = N_(
    "Recurring before day {day} of the last month of every quarter in the plan period: {dates}."
)
_ONGOING = N_("Ongoing, with no due date.")
_NO_DEADLINE = N_("No deadline given; the coordinator needs to set a date.")
_UNREADABLE = N_("Cannot read “{text}” as a deadline; the coordinator needs to set a date.")
_NO_SUCH_DATE = N_(
    "“{text}” names a date, month or quarter that does not exist;"
    " the coordinator needs to set a date."
)
_NONE_IN_PERIOD = N_(
    "“{text}” recurs, but no occurrence falls inside the plan period {start} to {end};"
    " the coordinator needs to set a date."
)

# The longest deadline cell a plan file may hold.
MAX_DEADLINE_TEXT = 500
# A long cell would bury the reason it is quoted for.
_MAX_QUOTE = 100


def parse_deadline(text: str, period: Period) -> Schedule:
    """Read a plan's deadline ``text`` into a schedule within ``period``; never raises."""
    if len(text) > MAX_DEADLINE_TEXT:
        # No real deadline is this long; refusing early also bounds the rules' regex work.
        return Schedule(ScheduleKind.UNKNOWN, (), explain(_UNREADABLE, text=_quote(text)))
    folded = _fold(text)
    if not folded:
        return Schedule(ScheduleKind.UNKNOWN, (), explain(_NO_DEADLINE))
    try:
        return _read(folded, period)
    except _Refusal as refusal:
        reason = explain(refusal.msgid, text=_quote(text), **refusal.details)
        return Schedule(ScheduleKind.UNKNOWN, (), reason)


def _read(folded: str, period: Period) -> Schedule:
    for pattern, read in _RULES:
        match = pattern.fullmatch(folded)
        if match is not None:
            return read(match, period)
    raise _Refusal(_UNREADABLE)


class _Refusal(Exception):
    """A rule recognised the phrase but cannot honestly turn it into dates."""

    def __init__(self, msgid: str, **details: str | int) -> None:
        super().__init__(msgid)
        self.msgid = msgid
        self.details = details


def _quote(text: str) -> str:
    flat = " ".join(unicodedata.normalize("NFC", text).split())
    return flat if len(flat) <= _MAX_QUOTE else flat[: _MAX_QUOTE - 1] + "…"


# --- Folding: one spelling to match against ----------------------------------------------

_DASHES = "‐‑‒–—―−"
# A colon ("Hạn: ...") separates nothing a rule cares about.
_SEPARATOR_FIXES = str.maketrans(":" + _DASHES, " " + "-" * len(_DASHES))
_SPACE_AROUND_SEPARATOR = re.compile(r" ?([/,.;-]) ?")
_LEADING_BULLETS = "-+*•·> "
_TRAILING_PUNCTUATION = ".,;!? "


def _fold(text: str) -> str:
    """Lower-case, mark-free, single-spaced text with no spaces around separators."""
    spaced = " ".join(fold(text).translate(_SEPARATOR_FIXES).split())
    tight = _SPACE_AROUND_SEPARATOR.sub(r"\1", spaced)
    return tight.lstrip(_LEADING_BULLETS).rstrip(_TRAILING_PUNCTUATION)


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
        raise _Refusal(_NO_SUCH_DATE)
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


def _quarter_last_months_of(period: Period) -> Iterator[tuple[int, int]]:
    return ((year, month) for year, month in _months_of(period) if month % 3 == 0)


def _decembers_of(period: Period) -> Iterator[tuple[int, int]]:
    return ((year, month) for year, month in _months_of(period) if month == 12)


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


# --- Explained schedules -------------------------------------------------------------------


def _once(due: date, msgid: str, **args: str | int) -> Schedule:
    return Schedule(ScheduleKind.ONCE, (due,), explain(msgid, date=_format_day(due), **args))


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
    days = tuple(sorted({day for day in picked if day is not None and _inside(day, period)}))
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
    # 0 stands for a numeral that is no quarter ("V", "IIII"), refused as nonexistent.
    return int(written) if written.isdigit() else _ROMAN_QUARTERS.get(written, 0)


def _listed_numbers(items: str, value_of: Callable[[str], int], highest: int) -> list[int]:
    """The numbers a list names, ranges expanded; refuses any outside 1..``highest``."""
    pieces = [(piece["sep"], value_of(piece["item"])) for piece in _LIST_ITEM.finditer(items)]
    if any(not 1 <= value <= highest for _, value in pieces):
        raise _Refusal(_NO_SUCH_DATE)
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


# --- Readers, one per rule family ------------------------------------------------------------

_Reader = Callable[[re.Match[str], Period], Schedule]


def _read_ongoing(_match: re.Match[str], _period: Period) -> Schedule:
    return Schedule(ScheduleKind.ONGOING, (), explain(_ONGOING))


def _read_with_quarterly_report(_match: re.Match[str], period: Period) -> Schedule:
    # Work reported along with the quarterly report is due when that report is.
    return _recurring(period, _quarter_last_months_of(period), _month_end, _EVERY_QUARTER_END)


def _read_every(match: re.Match[str], period: Period) -> Schedule:
    unit = match["unit"]
    if unit == "thang":
        return _recurring(period, _months_of(period), _month_end, _EVERY_MONTH_END)
    if unit == "quy":
        return _recurring(period, _quarter_last_months_of(period), _month_end, _EVERY_QUARTER_END)
    return _recurring(period, _decembers_of(period), _month_end, _EVERY_YEAR_END)


def _day_of_month(written: str) -> int:
    day = int(written)
    if not 1 <= day <= 31:
        raise _Refusal(_NO_SUCH_DATE)
    return day


def _read_monthly_day(match: re.Match[str], period: Period) -> Schedule:
    day = _day_of_month(match["day"])
    if match["before"]:
        return _recurring(
            period, _months_of(period), _before_day(day), _MONTHLY_BEFORE_DAY, day=day
        )
    return _recurring(period, _months_of(period), _on_day(day), _MONTHLY_ON_DAY, day=day)


def _read_quarterly_day(match: re.Match[str], period: Period) -> Schedule:
    day = _day_of_month(match["day"])
    months = _quarter_last_months_of(period)
    if match["before"]:
        return _recurring(period, months, _before_day(day), _QUARTERLY_BEFORE_DAY, day=day)
    return _recurring(period, months, _on_day(day), _QUARTERLY_ON_DAY, day=day)


def _read_year(match: re.Match[str], period: Period) -> Schedule:
    year = _year_written_or_implied(match["year"], period, lambda year: date(year, 12, 31))
    return _once(date(year, 12, 31), _YEAR_END, year=year)


def _read_half_year(match: re.Match[str], period: Period) -> Schedule:
    if match["half"] == "cuoi":
        return _read_year(match, period)
    year = _year_written_or_implied(match["year"], period, lambda year: date(year, 6, 30))
    # The first half ends with June, which the month-end wording says exactly.
    return _once(date(year, 6, 30), _MONTH_END, month=6, year=year)


def _read_months(match: re.Match[str], period: Period) -> Schedule:
    ends: dict[date, tuple[int, int]] = {}
    for month in _listed_numbers(match["items"], int, 12):
        year = _year_written_or_implied(match["year"], period, _month_end_in(month))
        ends[_month_end(year, month)] = (month, year)
    if len(ends) > 1:
        return _milestones(ends, _MONTH_ENDS)
    [(due, (month, year))] = ends.items()
    return _once(due, _MONTH_END, month=month, year=year)


def _month_end_in(month: int) -> Callable[[int], date]:
    return lambda year: _month_end(year, month)


def _read_quarters(match: re.Match[str], period: Period) -> Schedule:
    ends: dict[date, tuple[int, int]] = {}
    for quarter in _listed_numbers(match["items"], _quarter_number, 4):
        year = _year_written_or_implied(match["year"], period, _quarter_end_in(quarter))
        ends[_quarter_end(year, quarter)] = (quarter, year)
    if len(ends) > 1:
        return _milestones(ends, _QUARTER_ENDS)
    [(due, (quarter, year))] = ends.items()
    return _once(due, _QUARTER_END, quarter=_QUARTER_NAMES[quarter], year=year)


def _quarter_end_in(quarter: int) -> Callable[[int], date]:
    return lambda year: _quarter_end(year, quarter)


def _written_date(match: re.Match[str], period: Period) -> date:
    day, month = int(match["day"]), int(match["month"])
    year = _year_written_or_implied(
        match["year"], period, lambda year: _date_or_none(year, month, day)
    )
    written = _date_or_none(year, month, day)
    if written is None:
        raise _Refusal(_NO_SUCH_DATE)
    return written


def _read_before_date(match: re.Match[str], period: Period) -> Schedule:
    limit = _written_date(match, period)
    due = _day_before(limit)
    if due is None:
        raise _Refusal(_NO_SUCH_DATE)
    return _once(due, _DUE_BEFORE, limit=_format_day(limit))


def _read_on_date(match: re.Match[str], period: Period) -> Schedule:
    return _once(_written_date(match, period), _DUE_ON)


# --- Phrases -----------------------------------------------------------------------------
# Patterns run on folded text (see _fold) and must match all of it, so that words the
# engine does not understand ("... hàng năm của Bộ Y tế") leave the text unknown.
# Order matters only where two could match; the more specific phrase comes first.

# Words that add nothing to a deadline when they lead it: "Hoàn thành trước ngày ...".
_FILLER = r"(?:(?:hoan thanh|thuc hien|trien khai) )?"
# "Trong", "đến hết", "cuối" before a month or quarter all mean "by its end".
_WITHIN = r"(?:(?:trong|vao|den|den het|cuoi|vao cuoi|den cuoi) )?"
_YEAR_QUALIFIER = (
    r"(?:trong |trong ca |trong suot |ca |cuoi |vao cuoi |den cuoi |den het |den |het "
    r"|theo lo trinh )"
)
_LIST_SEPARATOR = r"(?:,va |,| va |;|-| den | toi )"
_YEAR_AFTER_LIST = r"(?:(?:[/.-]| nam )(?P<year>[0-9]{4}))?"
_MONTH = r"[0-9]{1,2}"
_QUARTER = r"(?:[ivx]+|[0-9]{1,2})"
_EVERY = r"(?:dinh ky )?(?:hang|moi) "
_DAY = r"(?P<before>truoc )?ngay (?P<day>[0-9]{1,2})"
_DAY_MONTH_YEAR = (
    r"(?:ngay )?(?P<day>[0-9]{1,2})(?:[/.-]| thang )(?P<month>[0-9]{1,2})"
    r"(?:(?:[/.-]| nam )(?P<year>[0-9]{4}))?"
)
_ONGOING_WORDS = r"(?:thuong xuyen|lien tuc)"
# "quý" the quarter, not the first syllable of "quy định", "quy chế", "quy trình".
_QUARTER_WORD = r"\bquy(?=$|[,;/.-]| (?:nam|va|hoac|cua|[ivx]+\b|[0-9]))"

_PHRASES: tuple[tuple[str, _Reader], ...] = (
    (rf"{_FILLER}{_ONGOING_WORDS}(?:(?:,va |,| va | |-){_ONGOING_WORDS})*", _read_ongoing),
    (rf"{_FILLER}ket hop .*\bbao cao\b.*{_QUARTER_WORD}.*", _read_with_quarterly_report),
    (
        rf"{_FILLER}(?:{_EVERY}quy[, ])?(?:dinh ky )?{_DAY}"
        r" (?:cua )?thang cuoi (?:cung )?(?:cua )?(?:moi |hang |cac )?quy",
        _read_quarterly_day,
    ),
    (rf"{_FILLER}(?:dinh ky )?{_DAY} (?:cua )?(?:hang|moi) thang", _read_monthly_day),
    (rf"{_FILLER}{_EVERY}thang[, ]{_DAY}", _read_monthly_day),
    (rf"{_FILLER}(?:dinh ky (?:hang |moi )?|hang |moi )(?P<unit>thang|quy|nam)", _read_every),
    (
        rf"{_FILLER}{_WITHIN}(?:6|sau) thang (?P<half>dau|cuoi) nam(?: (?P<year>[0-9]{{4}}))?",
        _read_half_year,
    ),
    # A bare "năm" is also the number five, so it needs a qualifier or a year.
    (rf"{_FILLER}(?!nam$){_YEAR_QUALIFIER}?nam(?: (?P<year>[0-9]{{4}}))?", _read_year),
    (
        rf"{_FILLER}{_WITHIN}quy (?P<items>{_QUARTER}(?:{_LIST_SEPARATOR}(?:quy )?{_QUARTER})*)"
        rf"{_YEAR_AFTER_LIST}",
        _read_quarters,
    ),
    (
        rf"{_FILLER}{_WITHIN}thang (?P<items>{_MONTH}(?:{_LIST_SEPARATOR}(?:thang )?{_MONTH})*)"
        rf"{_YEAR_AFTER_LIST}",
        _read_months,
    ),
    (rf"{_FILLER}(?:cham nhat |muon nhat )?truoc {_DAY_MONTH_YEAR}", _read_before_date),
    (
        rf"{_FILLER}(?:(?:cham nhat|muon nhat|han chot|thoi han|han|den het|den|trong|vao)"
        rf"(?: la| vao)? )?{_DAY_MONTH_YEAR}",
        _read_on_date,
    ),
)

_RULES: tuple[tuple[re.Pattern[str], _Reader], ...] = tuple(
    (re.compile(phrase, re.ASCII), read) for phrase, read in _PHRASES
)
