"""Read the free-text deadline column of a plan into a schedule.

Commune plans write deadlines the way officials speak: "Quý III, IV/2025", "Trước ngày 20 của
tháng cuối quý", "Thường xuyên", "Định kỳ 6 tháng, năm", "Trước ngày 30/6 hằng năm", "Từ tháng
7 đến tháng 12/2025", "Thường xuyên; báo cáo kết quả trước ngày 15/12/2026". This module reads
the forms the product spec and issue 14 name, the forms real plans' deadline columns hold
("2025", "Nhiệm vụ thường xuyên"), and their everyday variants (case, diacritics, spacing,
separators, parentheses, the older spelling "quí", a missing year, lead words such as "Dự kiến"
or "Thời hạn:", a time of day beside a date, numbers also spelt out in brackets, spans whose
ends are of different kinds, "Vào" before a deadline, a part of the day or a weekday before a
date, a few generic action words and a recipient before a deadline as in "Dự kiến tổ chức
trước ngày ..." or "Báo cáo kết quả về UBND xã trước ngày ...", a month with a dashed year,
a start and an end written apart, a count of months with the months named, a period restated
in brackets) and the recurring forms "Ngày 12 và 27 hằng tháng", "Thứ Sáu hằng tuần", "Từ
ngày 01/10 đến ngày 30/11 hằng năm", "Trước ngày 15/6 và 30/11 hằng năm", "Thường xuyên, định
kỳ hằng quý báo cáo về Sở Nội vụ", and refuses everything else. A phrase is recognised only when it
explains the whole text; what cannot be read honestly becomes ``unknown`` with the reason, so
that the coordinator sets a date rather than the bot reminding people on a guess. A date that
does not exist (32/12, 31/02) is refused with a reason naming it
(:func:`names_impossible_date`), so that an import can warn about it.
"""

from __future__ import annotations

import calendar
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import MAXYEAR, MINYEAR, date, timedelta
from enum import StrEnum
from itertools import pairwise

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


def _same(msgid: str) -> str:
    return msgid


@dataclass(frozen=True)
class _Sentences(Text):
    """An explanation of several sentences, each its own msgid, translated one by one.

    Compound cells say two things ("Định kỳ hàng quý, đột xuất": quarterly, and also when
    asked): the first sentence is the reading, the ones after it note the rest.
    """

    more: tuple[Text, ...] = ()

    def render(self, gettext: Callable[[str], str] = _same) -> str:
        """Translate and fill in every sentence, joined by spaces."""
        first = gettext(self.msgid).format(**self.args)
        return " ".join([first, *(sentence.render(gettext) for sentence in self.more)])


def _followed_by(first: Text, *more: Text) -> Text:
    earlier = first.more if isinstance(first, _Sentences) else ()
    return _Sentences(first.msgid, first.args, (*earlier, *more))


# --- Explanations ------------------------------------------------------------------------
# One msgid per rule family. Dates go in as dd/mm/yyyy strings, lists joined by ", ".

_DUE_ON = N_("Due on {date}.")
_DUE_BEFORE = N_("Due before {limit}, so the last day is {date}.")
_MONTH_END = N_("Due at the end of month {month}/{year}: {date}.")
_MONTH_ENDS = N_("Due at the end of each month named: {dates}.")
_QUARTER_END = N_("Due at the end of quarter {quarter}/{year}: {date}.")
_QUARTER_ENDS = N_("Due at the end of each quarter named: {dates}.")
_YEAR_END = N_("Due at the end of {year}: {date}.")
_EACH_NAMED = N_("Due at each deadline named: {dates}.")
_MONTH_SPAN = N_(
    "Work from month {first} to month {last}, due at the end of month {last}: {date}."
)
_QUARTER_SPAN = N_(
    "Work from quarter {first} to quarter {last}, due at the end of quarter {last}: {date}."
)
_DAY_SPAN = N_("Work from {first} to {date}, due on its last day.")
_YEAR_SPAN = N_("Work from {first} to {last}, due at the end of {last}: {date}.")
_YEARS_IN_PERIOD = N_(
    "Each year from {first} to {last} is due at its end; those in the plan period: {dates}."
)
_YEARS_AFTER_PERIOD = N_(
    "Each year from {first} to {last} is due at its end; none ends in the plan period,"
    " so the last one counts: {dates}."
)
_EVERY_MONTH_END = N_("Recurring at the end of every month in the plan period: {dates}.")
_EVERY_QUARTER_END = N_("Recurring at the end of every quarter in the plan period: {dates}.")
_EVERY_HALF_YEAR_END = N_(
    "Recurring at the end of every half-year (30/06 and 31/12) in the plan period: {dates}."
)
_EVERY_YEAR_END = N_("Recurring at the end of every year in the plan period: {dates}.")
_MONTHLY_ON_DAY = N_("Recurring on day {day} of every month in the plan period: {dates}.")
_MONTHLY_BEFORE_DAY = N_("Recurring before day {day} of every month in the plan period: {dates}.")
_QUARTERLY_ON_DAY = N_(
    "Recurring on day {day} of the last month of every quarter in the plan period: {dates}."
)
_QUARTERLY_BEFORE_DAY = N_(
    "Recurring before day {day} of the last month of every quarter in the plan period: {dates}."
)
_HALF_YEARLY_ON_DAY = N_(
    "Recurring on day {day} of the last month of every half-year (June and December)"
    " in the plan period: {dates}."
)
_HALF_YEARLY_BEFORE_DAY = N_(
    "Recurring before day {day} of the last month of every half-year (June and December)"
    " in the plan period: {dates}."
)
_YEARLY_ON_DATE = N_("Recurring on {day_month} every year in the plan period: {dates}.")
_YEARLY_BEFORE_DATE = N_("Recurring before {day_month} every year in the plan period: {dates}.")
_YEARLY_MONTH_ENDS = N_(
    "Recurring at the end of month {named} every year in the plan period: {dates}."
)
_YEARLY_QUARTER_ENDS = N_(
    "Recurring at the end of quarter {named} every year in the plan period: {dates}."
)
_YEARLY_DAY_SPAN = N_(
    "Work every year from {first} to {last}, due on its last day; in the plan period: {dates}."
)
_YEARLY_MONTH_SPAN = N_(
    "Work every year from month {first} to month {last}, due at the end of month {last};"
    " in the plan period: {dates}."
)
_MONTHLY_ON_DAYS = N_("Recurring on days {days} of every month in the plan period: {dates}.")
_MONTHLY_BEFORE_DAYS = N_(
    "Recurring before days {days} of every month in the plan period: {dates}."
)
# One msgid per weekday, so that each translation names the day in its own words.
_WEEKLY_ON = (
    N_("Recurring every Monday in the plan period: {dates}."),
    N_("Recurring every Tuesday in the plan period: {dates}."),
    N_("Recurring every Wednesday in the plan period: {dates}."),
    N_("Recurring every Thursday in the plan period: {dates}."),
    N_("Recurring every Friday in the plan period: {dates}."),
    N_("Recurring every Saturday in the plan period: {dates}."),
    N_("Recurring every Sunday in the plan period: {dates}."),
)
_WEEKLY_ON_DAYS = N_("Recurring every week on each weekday named, in the plan period: {dates}.")
_WEEKDAY_DISAGREES = N_(
    "“{text}” gives a weekday that {date} does not fall on, so which is meant is not certain;"
    " the coordinator needs to set a date."
)
_PART_OF_DAY_NOTED = N_("The part of the day written is noted; reminders go by the date.")
_YEARLY_ON_DATES = N_("Recurring on each of {day_months} every year in the plan period: {dates}.")
_YEARLY_BEFORE_DATES = N_(
    "Recurring before each of {day_months} every year in the plan period: {dates}."
)
_PERIODS_DISAGREE = N_(
    "“{text}” gives a period and then dates that do not fit it, so which is meant is not"
    " certain; the coordinator needs to set a date."
)
_COUNT_DISAGREES = N_(
    "“{text}” gives {count} months but names {named} months, so which is meant is not certain;"
    " the coordinator needs to set a date."
)
_AD_HOC = N_("Also whenever asked (ad hoc); such requests bring their own dates.")
_ONGOING_WITH_REPORT = N_(
    "The work itself is ongoing; reminders follow the report the text dates."
)
_ONGOING = N_("Ongoing, with no due date.")
_NO_DEADLINE = N_("No deadline given; the coordinator needs to set a date.")
_UNREADABLE = N_("Cannot read “{text}” as a deadline; the coordinator needs to set a date.")
_NO_SUCH_DATE = N_(
    "“{text}” names a date, month or quarter that does not exist;"
    " the coordinator needs to set a date."
)
_NO_SUCH_DAY = N_(
    "“{text}” names {date}, a date that does not exist; the coordinator needs to set a date."
)
_NO_SUCH_DAY_OF_MONTH = N_(
    "“{text}” names day {day} of a month, which no month has; the coordinator needs to set a date."
)
_NO_SUCH_MONTH = N_(
    "“{text}” names month {month}, which does not exist; the coordinator needs to set a date."
)
_NO_SUCH_QUARTER = N_(
    "“{text}” names quarter {quarter}, which does not exist; the coordinator needs to set a date."
)
_NO_SUCH_YEAR = N_(
    "“{text}” names the year {year}, which the calendar cannot hold;"
    " the coordinator needs to set a date."
)
_LEAP_DAY_EVERY_YEAR = N_(
    "“{text}” names 29/02 every year, a day most years lack; the coordinator needs to set a date."
)
_OUT_OF_ORDER = N_(
    "“{text}” lists its deadlines out of order, so which year each belongs to is not certain;"
    " the coordinator needs to set a date."
)
_NO_REPORTING_PERIOD = N_(
    "“{text}” names a day of the last month of the reporting period, but not whether that"
    " period is a month, a quarter, a half-year or a year; the coordinator needs to set a date."
)
_SPELLED_DIFFERENTLY = N_(
    "“{text}” writes {figures} in figures but {words} in words, so which is meant is not"
    " certain; the coordinator needs to set a date."
)
_TIME_OF_DAY = N_("The time of day written ({time}) is noted; reminders go by the date.")
_NONE_IN_PERIOD = N_(
    "“{text}” recurs, but no occurrence falls inside the plan period {start} to {end};"
    " the coordinator needs to set a date."
)

# The reasons that mean the text names a date, day, month or quarter that does not exist.
_IMPOSSIBLE = frozenset(
    {
        _NO_SUCH_DATE,
        _NO_SUCH_DAY,
        _NO_SUCH_DAY_OF_MONTH,
        _NO_SUCH_MONTH,
        _NO_SUCH_QUARTER,
        _NO_SUCH_YEAR,
        # Figures and words that disagree are a typo as surely as 32/12 is; so are a
        # weekday and a date that disagree.
        _SPELLED_DIFFERENTLY,
        _WEEKDAY_DISAGREES,
        # A period restated as dates of another period, or a count of months that the
        # months named do not make up, contradicts itself the same way.
        _PERIODS_DISAGREE,
        _COUNT_DISAGREES,
    }
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
    try:
        folded, times = _without_times_of_day(_fold(text))
    except _Refusal as refusal:
        return _unknown(text, refusal)
    if not folded:
        return Schedule(ScheduleKind.UNKNOWN, (), explain(_NO_DEADLINE))
    try:
        schedule = _read(folded, period)
    except _Refusal as refusal:
        said = refusal if refusal.msgid != _UNREADABLE else _impossible_date_in(folded) or refusal
        return _unknown(text, said)
    return _with_times_noted(schedule, times)


def _unknown(text: str, refusal: _Refusal) -> Schedule:
    reason = explain(refusal.msgid, text=_quote(text), **refusal.details)
    return Schedule(ScheduleKind.UNKNOWN, (), reason)


def names_impossible_date(schedule: Schedule) -> bool:
    """Whether ``schedule`` is unknown because its text names a date that does not exist.

    Such a text is a typo ("32/12/2025", "31/02"), not a way of writing a deadline: an
    import reports it as a warning naming the row, while a phrase merely not understood
    ("Khi có yêu cầu") is left to the coordinator quietly.
    """
    return schedule.kind is ScheduleKind.UNKNOWN and schedule.explanation.msgid in _IMPOSSIBLE


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
# A colon ("Hạn: ...") separates nothing a rule cares about; a parenthesis opens a detail
# of what comes before it, as a comma does ("Hằng quý (trước ngày 15 tháng cuối quý)").
_SEPARATOR_FIXES = str.maketrans(":()" + _DASHES, " , " + "-" * len(_DASHES))
_SPACE_AROUND_SEPARATOR = re.compile(r" ?([/,.;-]) ?")
# "Quí" is the older spelling of "quý" (also in "qui định").
_OLD_SPELLINGS = re.compile(r"\bqui\b")
_LEADING_BULLETS = "-+*•·>, "
_TRAILING_PUNCTUATION = ".,;!? "


# "17:00" is a time of day; the colon must not become a space the way "Hạn:" does.
_CLOCK_COLON = re.compile(r"(?<![0-9])([0-9]{1,2}):([0-9]{2})(?![0-9])", re.ASCII)


def _fold(text: str) -> str:
    """Lower-case, mark-free, single-spaced text with no spaces around separators.

    Numbers also spelt out in brackets ("ngày 06 (sáu) tháng 06 (sáu)") keep the figures
    only, once the words are checked to say the same (see :func:`_without_spelled_numbers`).
    """
    marked = _CLOCK_COLON.sub(r"\1h\2", _without_spelled_numbers(fold(text)))
    spaced = " ".join(marked.translate(_SEPARATOR_FIXES).split())
    tight = _SPACE_AROUND_SEPARATOR.sub(r"\1", _OLD_SPELLINGS.sub("quy", spaced))
    return tight.lstrip(_LEADING_BULLETS).rstrip(_TRAILING_PUNCTUATION)


# --- Numbers spelt out in brackets: "ngày 25 (hai mươi lăm) tháng 11 (mười một)" ------------
# Legal texts write a number in figures and then in words, so that neither can be altered
# alone. The words are read (folded, so with or without marks) and must say the same.

_SPELLED_IN_BRACKETS = re.compile(
    r"(?<![0-9])(?P<figures>[0-9]{1,2}) ?\( ?(?P<words>[a-z]+(?: [a-z]+){0,3}) ?\)", re.ASCII
)
# Units as they are said alone and after "mươi": "mốt" (21), "tư" (24), "lăm"/"nhăm" (15, 25).
_UNIT_WORDS = {
    "mot": 1,
    "hai": 2,
    "ba": 3,
    "bon": 4,
    "tu": 4,
    "nam": 5,
    "lam": 5,
    "nham": 5,
    "sau": 6,
    "bay": 7,
    "tam": 8,
    "chin": 9,
}
_TENS_WORDS = frozenset({"muoi", "chuc"})


def _spelled_number(words: str) -> int | None:
    """The number Vietnamese words name ("hai muoi lam" is 25), or None if they name none."""
    tokens = words.split(" ")
    if tokens[0] == "muoi":
        tens, rest = 1, tokens[1:]
    elif len(tokens) >= 2 and tokens[1] in _TENS_WORDS and _UNIT_WORDS.get(tokens[0], 0) >= 2:
        tens, rest = _UNIT_WORDS[tokens[0]], tokens[2:]
    else:
        tens, rest = 0, tokens
    if len(rest) > 1 or (not rest and not tens):
        return None
    unit = _UNIT_WORDS.get(rest[0]) if rest else 0
    return None if unit is None else 10 * tens + unit


def _without_spelled_numbers(marked: str) -> str:
    """``marked`` with each number's words in brackets dropped, once checked to agree.

    Words in brackets that spell no number ("ngày 15 (thứ Hai)") stay, for the rules to
    refuse; words that spell another number than the figures are a typo, and which of the
    two is meant is not certain.
    """

    def checked(found: re.Match[str]) -> str:
        spelled = _spelled_number(found["words"])
        if spelled is None:
            return found.group()
        if spelled != int(found["figures"]):
            raise _Refusal(_SPELLED_DIFFERENTLY, figures=int(found["figures"]), words=spelled)
        return found["figures"]

    return _SPELLED_IN_BRACKETS.sub(checked, marked)


# --- Times of day: "Chậm nhất là 17 giờ 00 ngày 30/01/2026", "Trước 17h00 ngày 22/9/2025" -----
# A time of day names an hour of the day it stands with: "trước 17h ngày X" is on X, before
# five in the afternoon, not the day before X. Schedules hold dates only, so the time is
# taken out before the rules read the text, and noted in the explanation.

_CLOCK = (
    r"(?P<hour>[0-9]{1,2}) ?(?:gio|h|g)(?: ?(?P<minute>[0-9]{1,2}))?(?: ?(?:phut|p|'))?"
    r"(?: (?:sang|trua|chieu|toi))?"
)
_TIME_BEFORE_DATE = re.compile(
    rf"(?<![0-9a-z/.-])(?:(?:truoc|luc|vao luc|vao) )?{_CLOCK}(?: (?:cua|vao))?(?:,| |, )"
    r"(?=ngay |[0-9]{1,2}[/.-][0-9])",
    re.ASCII,
)
_TIME_AFTER_DATE = re.compile(
    rf"(?<=[0-9])(?:,| |, )(?:(?:truoc|luc|vao luc|vao|den|cham nhat|cham nhat la) )?{_CLOCK}"
    r"(?=$|[,;.]| va )",
    re.ASCII,
)

_BEFORE = re.compile(r"\btruoc\b", re.ASCII)


def _without_times_of_day(folded: str) -> tuple[str, tuple[str, ...]]:
    """``folded`` without the times of day written with its dates, and those times.

    Only a time that stands right before a date ("17h00 ngày 30/01/2026", "8 giờ,
    01/02/2026") or right after one ("ngày 30/01/2026 trước 17h") is taken out; a "trước"
    or "lúc" before it goes with it, since it bears on the hour, not the day.
    """
    times: list[str] = []

    def noted(found: re.Match[str]) -> str:
        hour, minute = int(found["hour"]), int(found["minute"] or 0)
        if not (0 <= hour <= 23 and minute <= 59) and (hour, minute) != (24, 0):
            raise _Refusal(_UNREADABLE)
        time = f"{hour:02d}:{minute:02d}"
        if time not in times:
            times.append(time)
        return ""

    before_dates = _TIME_BEFORE_DATE.sub(noted, folded)
    without = _TIME_AFTER_DATE.sub(noted, before_dates)
    if without != before_dates and _BEFORE.search(without):
        # "Trước ngày 30/01/2026, 17h00": before the day, or before that hour of it?
        raise _Refusal(_UNREADABLE)
    return without, tuple(times)


def _with_times_noted(schedule: Schedule, times: tuple[str, ...]) -> Schedule:
    if not times or not schedule.due_dates:
        return schedule
    note = explain(_TIME_OF_DAY, time=", ".join(times))
    return Schedule(schedule.kind, schedule.due_dates, _followed_by(schedule.explanation, note))


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
# "thứ 2" (the second day, counting Sunday as the first), "T2", "Chủ nhật".
_WEEKDAY_NUMBERS = {
    "thu hai": 0,
    "thu ba": 1,
    "thu tu": 2,
    "thu nam": 3,
    "thu sau": 4,
    "thu bay": 5,
    "chu nhat": 6,
    **{f"thu {number}": number - 2 for number in range(2, 8)},
    **{f"t{number}": number - 2 for number in range(2, 8)},
}
_WEEKDAY_NAME = re.compile(
    r"\b(?:thu (?:hai|bay|ba|tu|nam|sau|[2-7])|chu nhat|t[2-7])\b", re.ASCII
)


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


def _read_before_date(match: re.Match[str], period: Period) -> Schedule:
    limit = _written_date(match, period)
    due = _day_before(limit)
    if due is None:
        raise _Refusal(_NO_SUCH_DATE)
    return _once(due, _DUE_BEFORE, limit=_format_day(limit))


def _read_on_date(match: re.Match[str], period: Period) -> Schedule:
    due = _written_date(match, period)
    weekday = match.groupdict().get("weekday")
    if weekday is not None and _WEEKDAY_NUMBERS[weekday] != due.weekday():
        # "Thứ Sáu, ngày 13/11/2025" (a Thursday): the weekday or the date is a typo.
        raise _Refusal(_WEEKDAY_DISAGREES, date=_format_day(due))
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
    first = _check_day_month(match["day1"], match["month1"], match["year1"])
    last = _check_day_month(match["day2"], match["month2"], match["year2"])

    def implied() -> int:
        day, month = last
        return _infer_year(period, lambda year: _date_or_none(year, month, day))

    first_md, last_md = (first[1], first[0]), (last[1], last[0])
    start, end = _span_years(match["year1"], match["year2"], first_md, last_md, implied)
    begins = _existing_date(start, first[1], first[0])
    due = _existing_date(end, last[1], last[0])
    return _once(due, _DAY_SPAN, first=_format_day(begins))


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
    for group in ("month", "bmonth"):
        if match[f"{group}{suffix}"] is not None:
            month = _month_number(match[f"{group}{suffix}"])
            return _SpanEnd((month, 1), (month, 31), match[f"{group[0]}year{suffix}"])
    if match[f"quarter{suffix}"] is not None:
        quarter = _quarter_number(match[f"quarter{suffix}"])
        return _SpanEnd((3 * quarter - 2, 1), (3 * quarter, 31), match[f"qyear{suffix}"])
    return _SpanEnd((1, 1), (12, 31), match[f"year{suffix}"])


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


def _any_span_end(suffix: str) -> str:
    """A span end of any kind; the groups carry ``suffix`` so that two ends can be told apart."""
    year = r"[0-9]{4}"
    return (
        rf"(?:(?:ngay )?(?P<day{suffix}>[0-9]{{1,2}})(?:[/.-]| thang )(?P<dmonth{suffix}>{_MONTH})"
        rf"(?:{_YEAR_SEPARATOR}(?P<dyear{suffix}>{year}))?"
        rf"|thang (?P<month{suffix}>{_MONTH})(?:{_YEAR_SEPARATOR}(?P<myear{suffix}>{year}))?"
        rf"|(?P<bmonth{suffix}>{_MONTH})[/.-](?P<byear{suffix}>{year})"
        rf"|quy (?P<quarter{suffix}>{_QUARTER})(?:{_YEAR_SEPARATOR}(?P<qyear{suffix}>{year}))?"
        rf"|(?:nam )?(?P<year{suffix}>{year}))"
    )


# --- Phrases -----------------------------------------------------------------------------
# Patterns run on folded text (see _fold) and must match all of it, so that words the
# engine does not understand ("... hàng năm của Bộ Y tế") leave the text unknown.
# Order matters only where two could match; the more specific phrase comes first.

# Words that add nothing to a deadline when they lead it: "Hoàn thành trước ngày ...".
_FILLER = r"(?:(?:hoan thanh|thuc hien|trien khai) )?"
# "Trong", "đến hết", "cuối" before a month or quarter all mean "by its end".
_WITHIN = r"(?:(?:trong|vao|den|den het|het|cuoi|vao cuoi|den cuoi) )?"
# What may lead a bare date or month/year: "Chậm nhất là ngày ...", "Hạn: 12/2025".
_BY = (
    r"(?:(?:cham nhat|muon nhat|han chot|thoi han|han|den het|den|trong|vao|het|cuoi)"
    r"(?: la| vao)? )?"
)
_YEAR_QUALIFIER = (
    r"(?:trong |trong ca |trong suot |ca |cuoi |vao cuoi |den cuoi |den het |den |het "
    r"|theo lo trinh )"
)
_LIST_SEPARATOR = r"(?:,va |,| va |;|-| den | toi )"
_YEAR_SEPARATOR = r"(?:[/.-]| nam )"
_YEAR_AFTER_LIST = rf"(?:{_YEAR_SEPARATOR}(?P<year>[0-9]{{4}}))?"
_MONTH = r"[0-9]{1,2}"
_QUARTER = r"(?:[ivx]+|[0-9]{1,2})"
_MONTHS = rf"(?P<items>{_MONTH}(?:{_LIST_SEPARATOR}(?:thang )?{_MONTH})*)"
_QUARTERS = rf"(?P<items>{_QUARTER}(?:{_LIST_SEPARATOR}(?:quy )?{_QUARTER})*)"
_EVERY = r"(?:dinh ky )?(?:hang|moi) "
_EVERY_YEAR = r"(?:dinh ky )?(?:hang|moi) nam(?:,| |,vao |,trong | vao | trong )"
_PER_YEAR = r"(?: cua)? (?:hang|moi) nam"
# "Chậm nhất là ngày 20", "trước ngày 20", "trước 20", "ngày 20".
_LATEST = r"(?:(?:cham nhat|muon nhat)(?: la)?(?: vao)? )?"
_DAY = rf"{_LATEST}(?:(?P<before>truoc )(?:ngay )?|ngay )(?P<day>[0-9]{{1,2}})"
_DAY_MONTH = (
    rf"{_LATEST}(?:(?P<before>truoc )(?:ngay )?|(?:ngay )?)"
    r"(?P<day>[0-9]{1,2})(?:[/.-]| thang )(?P<month>[0-9]{1,2})"
)


def _day_month_year(suffix: str = "") -> str:
    return (
        rf"(?P<day{suffix}>[0-9]{{1,2}})(?:[/.-]| thang )(?P<month{suffix}>[0-9]{{1,2}})"
        rf"(?:{_YEAR_SEPARATOR}(?P<year{suffix}>[0-9]{{4}}))?"
    )


_DAY_MONTH_YEAR = rf"(?:ngay )?{_day_month_year()}"

# A span's two ends: "từ tháng 7 đến (hết) tháng 12/2025", "từ 01/7 - 31/12/2025".
_SPAN_TO = r"(?:-| den | toi )(?:het |cuoi )?"
_ONGOING_WORDS = r"(?:thuong xuyen|lien tuc)"
# "quý" the quarter, not the first syllable of "quy định", "quy chế", "quy trình".
_QUARTER_WORD = r"\bquy(?=$|[,;/.-]| (?:nam|va|hoac|cua|[ivx]+\b|[0-9]))"
# Periodic units, led by a word that makes them periodic: "hằng quý", "định kỳ 6 tháng,
# năm", "định kỳ hàng quý và năm". A bare "quý, năm" names no deadline.
_UNIT = r"(?:thang|quy|6 thang|sau thang|nam)"
_UNIT_JOIN = r"(?:,va |,| va |;)"
_PERIODIC = (
    rf"(?P<units>(?:(?:theo )?dinh ky (?:(?:hang|moi) )?|(?:hang|moi) ){_UNIT}"
    rf"(?:{_UNIT_JOIN}(?:(?:hang|moi) )?{_UNIT})*)"
)


def _full_date(suffix: str) -> str:
    """A date with its year written: "3/11/2025", "03-11-2025", "3 tháng 11 năm 2025"."""
    return (
        rf"(?P<day{suffix}>[0-9]{{1,2}})(?:[/.-]| thang )(?P<month{suffix}>[0-9]{{1,2}})"
        rf"{_YEAR_SEPARATOR}(?P<year{suffix}>[0-9]{{4}})"
    )


# A part of the day before a date: "sáng ngày 14/3", "chậm nhất vào chiều ngày 14/3".
_PART_OF_DAY = r"(?P<part>(?:buoi )?(?:sang|trua|chieu|toi) )"
# "Thứ Hai", "thứ 2", "T2", "Chủ nhật"; several joined by "và" or commas, never "hoặc".
_WEEKDAY = r"(?:thu (?:hai|bay|ba|tu|nam|sau|[2-7])|chu nhat|t[2-7])"
_WEEKDAYS = (
    r"(?:(?:buoi )?(?:sang|trua|chieu|toi) )?(?:(?:cac )?ngay )?"
    rf"(?P<weekdays>{_WEEKDAY}(?:(?:,va |,| va |;)(?:ngay )?{_WEEKDAY})*)"
)
_EVERY_WEEK = r"(?: cua)? (?:hang|moi) tuan"
# Two days or more of each month: "ngày 12 và 27", "trước ngày 8 và 22".
_DAYS = (
    rf"{_LATEST}(?:(?P<before>truoc )(?:ngay )?|(?:(?:cac )?ngay )?)"
    r"(?P<days>[0-9]{1,2}(?:(?:,va |,| va |;)(?:truoc )?(?:ngay )?[0-9]{1,2})+)"
)
# Two dates or more each year: "trước ngày 15/6 và 30/11", "ngày 10 tháng 4 và ngày 10 tháng 10".
_DAY_MONTH_IN_LIST = r"[0-9]{1,2}(?:[/.-]| thang )[0-9]{1,2}"


def _day_months(more: str) -> str:
    """A list of dates without years; ``more`` is "+" for two or more, "*" for one or more."""
    return (
        rf"{_LATEST}(?:(?P<before>truoc )(?:ngay )?|(?:(?:cac )?ngay )?)"
        rf"(?P<dates>{_DAY_MONTH_IN_LIST}"
        rf"(?:(?:,va |,| va |;)(?:truoc )?(?:ngay )?{_DAY_MONTH_IN_LIST}){more})"
    )


# The two ends of a span each year: "từ ngày 01 tháng 10 đến hết ngày 30 tháng 11".
_YEARLY_DAY_SPAN_ENDS = (
    r"tu (?:ngay )?(?P<day1>[0-9]{1,2})(?:[/.-]| thang )(?P<month1>[0-9]{1,2})"
    rf"{_SPAN_TO}(?:ngay )?(?P<day2>[0-9]{{1,2}})(?:[/.-]| thang )(?P<month2>[0-9]{{1,2}})"
)
_YEARLY_MONTH_SPAN_ENDS = (
    rf"tu (?:dau )?thang (?P<first>{_MONTH}){_SPAN_TO}(?:thang )?(?P<last>{_MONTH})"
)
# A day and a month joined by a dash but the year by a slash: "7-9/2025".
_MIXED_SEPARATORS = r"[0-9]{1,2}-[0-9]{1,2}[/.][0-9]{4}$"
# A clerk's stray "năm" before "hằng năm": "trước ngày 15 tháng 4 năm hằng năm".
_STRAY_YEAR = r"(?: nam)?"

_PHRASES: tuple[tuple[str, _Reader], ...] = (
    # "Nhiệm vụ thường xuyên": the task is an ongoing one.
    (
        rf"{_FILLER}(?:nhiem vu )?{_ONGOING_WORDS}(?:(?:,va |,| va | |-){_ONGOING_WORDS})*",
        _read_ongoing,
    ),
    # The words around "báo cáo ... quý" name the report ("công tác KSTTHC"); a number
    # there ("quý III/2025", "trước ngày 15/12") would be a date this rule does not read.
    (
        rf"{_FILLER}ket hop [^0-9]*\bbao cao\b[^0-9]*{_QUARTER_WORD}[^0-9]*",
        _read_with_quarterly_report,
    ),
    (
        rf"{_FILLER}(?:{_PERIODIC}[, ])?(?:dinh ky )?{_DAY}"
        r" (?:cua )?thang cuoi (?:cung )?(?:cua )?(?:moi |hang |cac )?(?P<tail>quy|ky bao cao|ky)",
        _read_day_of_last_month,
    ),
    (rf"{_FILLER}(?:dinh ky )?{_DAY} (?:cua )?(?:hang|moi) thang", _read_monthly_day),
    (rf"{_FILLER}{_EVERY}thang(?:,| |,vao | vao ){_DAY}", _read_monthly_day),
    (rf"{_FILLER}(?:dinh ky )?{_DAYS} (?:cua )?(?:hang|moi) thang", _read_monthly_days),
    (rf"{_FILLER}{_EVERY}thang(?:,| |,vao | vao ){_DAYS}", _read_monthly_days),
    # "Thứ Sáu hằng tuần": every such weekday; "hằng tuần" alone names no day.
    (rf"{_FILLER}(?:dinh ky )?(?:vao )?{_WEEKDAYS}{_EVERY_WEEK}", _read_weekly),
    (rf"{_FILLER}{_EVERY}tuan(?:,| |,vao | vao ){_WEEKDAYS}", _read_weekly),
    (rf"{_FILLER}{_PERIODIC}", _read_every),
    (rf"{_FILLER}(?:dinh ky )?{_DAY_MONTH}{_STRAY_YEAR}{_PER_YEAR}", _read_yearly_date),
    (rf"{_FILLER}{_EVERY_YEAR}{_DAY_MONTH}", _read_yearly_date),
    (rf"{_FILLER}(?:dinh ky )?{_day_months('+')}{_STRAY_YEAR}{_PER_YEAR}", _read_yearly_dates),
    (rf"{_FILLER}{_EVERY_YEAR}{_day_months('+')}", _read_yearly_dates),
    # A span each year is due each year at its end.
    (rf"{_FILLER}{_YEARLY_DAY_SPAN_ENDS}{_STRAY_YEAR}{_PER_YEAR}", _read_yearly_day_span),
    (rf"{_FILLER}{_EVERY_YEAR}{_YEARLY_DAY_SPAN_ENDS}", _read_yearly_day_span),
    (rf"{_FILLER}{_YEARLY_MONTH_SPAN_ENDS}{_STRAY_YEAR}{_PER_YEAR}", _read_yearly_month_span),
    (rf"{_FILLER}{_EVERY_YEAR}{_YEARLY_MONTH_SPAN_ENDS}", _read_yearly_month_span),
    (rf"{_FILLER}{_WITHIN}thang {_MONTHS}{_STRAY_YEAR}{_PER_YEAR}", _read_yearly_months),
    (rf"{_FILLER}{_EVERY_YEAR}(?:cuoi )?thang {_MONTHS}", _read_yearly_months),
    (rf"{_FILLER}{_WITHIN}quy {_QUARTERS}{_PER_YEAR}", _read_yearly_quarters),
    (rf"{_FILLER}{_EVERY_YEAR}(?:cuoi )?quy {_QUARTERS}", _read_yearly_quarters),
    (
        rf"{_FILLER}{_WITHIN}(?:6|sau) thang (?P<half>dau|cuoi) nam(?: (?P<year>[0-9]{{4}}))?",
        _read_half_year,
    ),
    (
        rf"{_FILLER}tu nam (?P<first>[0-9]{{4}}){_SPAN_TO}(?:nam )?(?P<last>[0-9]{{4}})",
        _read_year_span,
    ),
    (
        rf"{_FILLER}{_YEAR_QUALIFIER}?(?:(?:cac )?nam |giai doan )?"
        r"(?P<first>[0-9]{4})(?:-| den | toi )(?:nam )?(?P<last>[0-9]{4})",
        _read_years,
    ),
    # A bare "năm" is also the number five, so it needs a qualifier or a year.
    (rf"{_FILLER}(?!nam$){_YEAR_QUALIFIER}?nam(?: (?P<year>[0-9]{{4}}))?", _read_year),
    # A bare four-digit year, as deadline columns often hold ("2025"): the end of that year.
    (rf"{_FILLER}{_YEAR_QUALIFIER}?(?P<year>[0-9]{{4}})", _read_year),
    # "Từ ... đến ..." is a span of work, due at its end; a list without "từ" ("Tháng 7-9",
    # "Quý III-IV") has a milestone at each month or quarter it names.
    (
        rf"{_FILLER}tu (?:dau )?thang (?P<first>{_MONTH})"
        rf"(?:{_YEAR_SEPARATOR}(?P<first_year>[0-9]{{4}}))?{_SPAN_TO}(?:thang )?"
        rf"(?P<last>{_MONTH})(?:{_YEAR_SEPARATOR}(?P<last_year>[0-9]{{4}}))?",
        _read_month_span,
    ),
    (
        rf"{_FILLER}tu (?:dau )?quy (?P<first>{_QUARTER})"
        rf"(?:{_YEAR_SEPARATOR}(?P<first_year>[0-9]{{4}}))?{_SPAN_TO}(?:quy )?"
        rf"(?P<last>{_QUARTER})(?:{_YEAR_SEPARATOR}(?P<last_year>[0-9]{{4}}))?",
        _read_quarter_span,
    ),
    (
        rf"{_FILLER}tu (?:ngay )?{_day_month_year('1')}{_SPAN_TO}(?:ngay )?{_day_month_year('2')}",
        _read_day_span,
    ),
    # Two dates joined without "từ", the last with its year: "3/11/2025-28/11/2025",
    # "03/11 - 28/11/2025" are spans as well.
    (
        rf"{_FILLER}(?:trong )?(?:ngay )?{_day_month_year('1')}{_SPAN_TO}"
        rf"(?:ngay )?{_full_date('2')}",
        _read_day_span,
    ),
    # Spans whose two ends are of different kinds; spans of one kind are read above.
    (
        rf"{_FILLER}tu (?:dau )?(?:(?:ngay )?(?P<bday1>[0-9]{{1,2}})|{_any_span_end('1')})"
        rf"{_SPAN_TO}{_any_span_end('2')}",
        _read_mixed_span,
    ),
    (
        rf"{_FILLER}{_WITHIN}quy {_QUARTERS}{_YEAR_AFTER_LIST}",
        _read_quarters,
    ),
    (
        rf"{_FILLER}{_WITHIN}thang {_MONTHS}{_YEAR_AFTER_LIST}",
        _read_months,
    ),
    # "12/2025": a month and a four-digit year cannot be a day and a month.
    (rf"{_FILLER}{_BY}(?P<items>{_MONTH})[/.-](?P<year>[0-9]{{4}})", _read_months),
    (rf"{_FILLER}(?:cham nhat |muon nhat )?truoc {_DAY_MONTH_YEAR}", _read_before_date),
    # A bare "7-9/2025" may be months 7 to 9 as well as 07/09: not read without "ngày".
    (rf"{_FILLER}{_BY}{_PART_OF_DAY}?(?!{_MIXED_SEPARATORS}){_DAY_MONTH_YEAR}", _read_on_date),
    # "Chậm nhất vào thứ Sáu, ngày 14/11/2025": the weekday must be the date's.
    (
        rf"{_FILLER}{_BY}{_PART_OF_DAY}?(?P<weekday>{_WEEKDAY})(?:,| |, ){_DAY_MONTH_YEAR}",
        _read_on_date,
    ),
    # Before the noon, afternoon or evening of a day is still on that day; "before the
    # morning of" it may mean the day before, and is left unread.
    (
        rf"{_FILLER}{_LATEST}truoc (?P<part>(?:buoi )?(?:trua|chieu|toi) ){_DAY_MONTH_YEAR}",
        _read_on_date,
    ),
)

_RULES: tuple[tuple[re.Pattern[str], _Reader], ...] = tuple(
    (re.compile(phrase, re.ASCII), read) for phrase, read in _PHRASES
)


# --- Compound cells --------------------------------------------------------------------------
# Tried in order when no single phrase explains the whole text. Each part is read by the
# whole engine, and every part must read: a cell is never half read.


def _read(folded: str, period: Period) -> Schedule:
    for read in _READERS:
        schedule = read(folded, period)
        if schedule is not None:
            return schedule
    raise _Refusal(_UNREADABLE)


# Date-shaped pieces of a text no rule reads: a full dd/mm/yyyy, or dd/mm after "ngày" or
# "trước". A document number ("Công văn số 45/10-UBND") is neither.
_DATE_SHAPES = (
    re.compile(
        r"(?<![0-9/.-])(?P<day>[0-9]{1,2})[/.-](?P<month>[0-9]{1,2})[/.-](?P<year>[0-9]{4})"
        r"(?![0-9/.-])",
        re.ASCII,
    ),
    re.compile(
        # "Ngày 15-16/11/2025" names days 15 and 16 of November, not a 16th month.
        r"\b(?:ngay|truoc) (?P<day>[0-9]{1,2})[/.-](?P<month>[0-9]{1,2})(?P<year>)"
        r"(?![0-9]|[/.-][0-9])",
        re.ASCII,
    ),
)


def _impossible_date_in(folded: str) -> _Refusal | None:
    """The refusal naming a date that does not exist, wherever it stands in an unread text.

    "Trước ngày 32/12/2025 hoặc khi có yêu cầu" is unknown either way, but the typo is
    worth naming: an import warns about it.
    """
    try:
        for shape in _DATE_SHAPES:
            for found in shape.finditer(folded):
                year = found["year"] or None
                day, month = _check_day_month(found["day"], found["month"], year)
                if year is not None:
                    _existing_date(int(year), month, day)
    except _Refusal as refusal:
        return refusal
    return None


def _read_phrase(folded: str, period: Period) -> Schedule | None:
    matched = _matching_rule(folded)
    return None if matched is None else matched[1](matched[0], period)


def _matching_rule(folded: str) -> tuple[re.Match[str], _Reader] | None:
    for pattern, read in _RULES:
        match = pattern.fullmatch(folded)
        if match is not None:
            return match, read
    return None


_FROM_NOW = re.compile(r"(?:tu nay|tu bay gio|ngay tu bay gio) (?P<rest>den .+)", re.ASCII)


def _read_from_now(folded: str, period: Period) -> Schedule | None:
    """ "Từ nay đến hết năm 2025": from now adds nothing to "by the end of 2025"."""
    match = _FROM_NOW.fullmatch(folded)
    return None if match is None else _read_phrase(match["rest"], period)


# Syllables that may stand between "báo cáo" and the date: what is reported and to whom
# ("báo cáo kết quả thực hiện về UBND xã"). None of them bears on when.
_REPORT_WORD_LIST = (
    "ket qua thuc hien tinh hinh so tong danh gia cong tac nhiem vu trien khai ve gui len "
    "cho ubnd hdnd uy ban nhan dan chu tich dang xa phuong thi tran huyen quan tinh thanh "
    "pho cap tren van phong noi"
)
_REPORT_WORDS = frozenset(_REPORT_WORD_LIST.split())
_REPORT = re.compile(r"(?:(?:dinh ky|dong thoi) )?bao cao (?P<rest>.+)", re.ASCII)
# After "báo cáo", only a phrase saying when: "báo cáo quý IV/2025", "báo cáo 6 tháng đầu
# năm", "báo cáo năm 2025" name the period reported on, and such reports often fall due
# before that period ends (the data windows of Nghị định 09/2019/NĐ-CP).
_REPORT_WHEN = re.compile(
    r"(?:truoc|cham nhat|muon nhat|han|thoi han|ngay|vao|trong|den|dinh ky|theo dinh ky"
    r"|hang|moi|[0-9]{1,2}[/.-][0-9]{1,2}[/.-])\b",
    re.ASCII,
)


# --- Recipients: "về UBND xã", "gửi Phòng Văn hóa - Xã hội", "lên Sở Nội vụ" -------------------
# Whom a report or a file goes to bears on nothing but where it goes. A recipient is a run of
# words without a figure or any word that could date the work or make it conditional; it
# ends where the date expression begins, or at the end of the text.

_RECIPIENT_LEAD = re.compile(r"(?:gui |nop )?(?:ve|len|cho)[ ,]|gui(?: den| toi)?[ ,]", re.ASCII)
# A recipient starts with an office, a body or a post ("UBND", "Phòng", "Sở", "Ban", "Chủ
# tịch", "Văn phòng", "Công an"...), so that "về tình hình" or "gửi hồ sơ" are not taken
# for one.
_RECIPIENT_HEAD = re.compile(
    r"(?:ubnd|hdnd|ubmttq|mttq|uy ban|mat tran|van phong|phong|so|ban|dang uy|dang bo|chi bo"
    r"|tinh uy|huyen uy|thanh uy|thi uy|bi thu|pho bi thu|chu tich|pho chu tich|lanh dao"
    r"|thuong truc|cong an|chi huy|tram|truong|hoi dong|hoi|doan|bo|cuc|chi cuc|trung tam"
    r"|cap tren|co quan|don vi|bo phan|cong chuc|can bo|thanh tra|kho bac|bao hiem|chi nhanh"
    r"|to|doi|nganh|cac|tinh|huyen|xa|phuong|thi tran)\b",
    re.ASCII,
)
# Words that end a recipient: a figure, a word that could date the work or make it
# conditional, or a verb ("Trình UBND xã ban hành trước ngày ...": the date may be the
# issuing's). "Phòng Tư pháp" is a recipient; "từ" (from) is not.
_RECIPIENT_STOP = re.compile(
    r"[0-9]|\b(?:truoc|sau|khi|neu|hoac|cham|muon|han|ngay|thang|tuan|quy|nam|trong|vao|den"
    r"|toi|tu(?! phap)|hang|moi|dinh|ky|dot|yeu cau|dip|le|tet|khong|chua|het|cuoi|dau|giua"
    r"|bat dau|ket thuc|thuong xuyen|lien tuc|ban hanh|to chuc|thuc hien|trien khai"
    r"|hoan thanh|phe duyet|xem xet|quyet dinh|tham dinh|y kien)\b",
    re.ASCII,
)
_MAX_RECIPIENT_WORDS = 14


def _is_recipient(words: str) -> bool:
    """Whether ``words`` can only name whom something goes to."""
    flat = words.strip(" ,;-")
    return (
        _RECIPIENT_HEAD.match(flat) is not None
        and len(flat.split()) <= _MAX_RECIPIENT_WORDS
        and _RECIPIENT_STOP.search(flat) is None
    )


def _split_recipient(text: str, direct: bool) -> tuple[str, str] | None:
    """(recipient, what follows it) when ``text`` starts with a recipient, else None.

    The recipient follows "về", "lên", "cho", "gửi (đến)", or directly a verb of sending
    (``direct``: "gửi Phòng Văn hóa - Xã hội trước ngày ..."); it ends where a word that
    cannot be part of it begins, or with the text.
    """
    lead = _RECIPIENT_LEAD.match(text)
    if lead is None and not direct:
        return None
    body = text[lead.end() :] if lead is not None else text
    stop = _RECIPIENT_STOP.search(body)
    end = len(body) if stop is None else stop.start()
    if not _is_recipient(body[:end]):
        return None
    return body[:end].strip(" ,;-"), body[end:].lstrip(" ,;")


def _past_recipient(text: str, direct: bool) -> str:
    """``text`` from where its date expression begins, past a recipient leading it.

    Without a recipient, or with words that cannot be one, ``text`` comes back as it is,
    for the rules to judge.
    """
    split = _split_recipient(text, direct)
    return split[1] if split is not None and split[1] else text


_TRAILING_RECIPIENT = re.compile(
    r"(?P<head>.+?)[ ,;](?:(?:gui|nop) )?(?:ve|len|cho) (?P<recipient>.+)"
    r"|(?P<sent>.+?)[ ,;]gui(?: den| toi)? (?P<sent_to>.+)",
    re.ASCII,
)


def _without_trailing_recipient(text: str) -> str:
    """``text`` without a recipient ending it: "hằng quý về Sở Nội vụ" is "hằng quý"."""
    match = _TRAILING_RECIPIENT.fullmatch(text)
    if match is None:
        return text
    head, recipient = (
        (match["head"], match["recipient"])
        if match["head"] is not None
        else (match["sent"], match["sent_to"])
    )
    return head if _is_recipient(recipient) else text


# --- Reports: "báo cáo kết quả về UBND xã trước ngày 25/11/2025", "hằng quý báo cáo" ---------

# Reports of several standard periods at once ("báo cáo 6 tháng và năm", "báo cáo quý, 6
# tháng, năm") name a reporting regime, so they recur; one period alone ("báo cáo năm")
# may name a single report, which often falls due before its period ends.
_REPORT_UNITS = re.compile(rf"{_UNIT}(?:{_UNIT_JOIN}{_UNIT})+", re.ASCII)


def _read_report(folded: str, period: Period) -> Schedule | None:
    """ "Báo cáo kết quả trước ngày 15/12/2026": the report's date is the deadline."""
    match = _REPORT.fullmatch(folded)
    if match is None:
        return None
    words = match["rest"].split(" ")
    while words and words[0] in _REPORT_WORDS:
        words.pop(0)
    rest = _without_trailing_recipient(" ".join(words).lstrip(",;"))
    if _REPORT_UNITS.fullmatch(rest):
        return _read_phrase(f"dinh ky {rest}", period)
    return _read(rest, period) if _REPORT_WHEN.match(rest) else None


# "Định kỳ hằng quý báo cáo kết quả về Sở Nội vụ": the periodic unit comes first.
_PERIODIC_REPORT = re.compile(
    rf"{_PERIODIC}(?:,| )(?:(?:thuc hien|gui|lap|co) )?bao cao(?P<tail>(?:[ ,;].*)?)",
    re.ASCII,
)


# What a report is, which bears on nothing: "báo cáo kết quả thực hiện", "báo cáo tình hình".
_REPORT_OBJECT_LIST = "ket qua thuc hien tinh hinh danh gia cong tac nhiem vu trien khai tien do"
_REPORT_OBJECT_WORDS = frozenset(_REPORT_OBJECT_LIST.split())


def _read_periodic_report(folded: str, period: Period) -> Schedule | None:
    """ "Hằng quý báo cáo về Sở Nội vụ": recurring as the periodic unit says.

    What the report is and whom it goes to bear on nothing; a date expression after them
    ("..., trước ngày 20 tháng cuối quý") must restate the same period.
    """
    match = _PERIODIC_REPORT.fullmatch(folded)
    if match is None:
        return None
    words = _without_trailing_recipient(match["tail"].strip(" ,;")).split(" ")
    while words and words[0] in _REPORT_OBJECT_WORDS:
        words.pop(0)
    rest = " ".join(words).strip(" ,;")
    split = _split_recipient(rest, direct=True)
    if split is not None:
        rest = split[1]
    if not rest:
        return _read_phrase(match["units"], period)
    return _restated(match["units"], rest, period)


_ONGOING_THEN_REPORT = re.compile(
    rf"{_FILLER}{_ONGOING_WORDS}(?:(?:,va |,| va | |-){_ONGOING_WORDS})*"
    r"(?:,|;|\.| |,va | va |;va )"
    rf"(?P<report>(?:(?:dinh ky|dong thoi) )?bao cao .+|{_PERIODIC}(?:,| ).*\bbao cao\b.*)",
    re.ASCII,
)


def _read_ongoing_with_report(folded: str, period: Period) -> Schedule | None:
    """ "Thường xuyên; báo cáo kết quả trước ngày 15/12/2026", "Thường xuyên, hằng quý báo cáo".

    The work goes on without end, but the report is dated: the schedule is the report's
    (once, milestones or recurring), so that reminders and statuses follow it, and the
    explanation says that the work itself is ongoing.
    """
    match = _ONGOING_THEN_REPORT.fullmatch(folded)
    if match is None:
        return None
    said = match["report"]
    report = (
        _read_report(said, period)
        or _read_periodic_report(said, period)
        or _read_after_action_words(said, period)
    )
    if report is None or not report.due_dates:
        return None
    explanation = _followed_by(explain(_ONGOING_WITH_REPORT), report.explanation)
    return Schedule(report.kind, report.due_dates, explanation)


_AD_HOC_WORDS = (
    r"(?:dot xuat(?: khi co yeu cau| theo yeu cau)?|khi co yeu cau|theo yeu cau(?: cua cap tren)?)"
)
_AD_HOC_PATTERNS = (
    re.compile(rf"(?P<base>.+?)(?:,|;| )(?:va |hoac )?{_AD_HOC_WORDS}", re.ASCII),
    re.compile(rf"{_AD_HOC_WORDS}(?:,|;| )(?:va |hoac )?(?P<base>.+)", re.ASCII),
)


def _read_with_ad_hoc(folded: str, period: Period) -> Schedule | None:
    """ "Định kỳ hàng quý, đột xuất": the periodic dates hold; ad hoc requests come on top.

    Only a recurring reading keeps its dates: "Trước ngày 10/12 hoặc khi có yêu cầu" may
    fall due earlier than the date it names, so it stays unknown.
    """
    for pattern in _AD_HOC_PATTERNS:
        match = pattern.fullmatch(folded)
        if match is not None:
            base = _read(match["base"], period)
            if base.kind is not ScheduleKind.RECURRING:
                return None
            return Schedule(
                base.kind, base.due_dates, _followed_by(base.explanation, explain(_AD_HOC))
            )
    return None


_AND = re.compile(r"(?:[,;] ?| )va ", re.ASCII)
_COMMA = re.compile(r"[,;]", re.ASCII)
_YEAR_IN = re.compile(r"(?<![0-9])[0-9]{4}(?![0-9])", re.ASCII)


def _read_joined(folded: str, period: Period) -> Schedule | None:
    """Deadlines joined by "và", or listed with commas: a milestone at each.

    "Ngày 30/6/2026 và ngày 31/12/2026", "Tháng 12/2025 và tháng 01/2026", "Quý IV/2025 và
    quý I/2026". A part without a year takes the next year written ("30/6 và 31/12/2025").
    Parts listed with commas must all be of one kind (all dates, all quarters), since a
    comma may also narrow what comes before it ("Quý IV, trước ngày 15/12" is one date).
    """
    if _AND.search(folded):
        parts, same_kind = _AND.split(folded), False
    else:
        parts, same_kind = _COMMA.split(folded), True
    if len(parts) < 2 or not all(parts):
        return None
    years = [_YEAR_IN.search(part) for part in parts]
    readers: set[_Reader] = set()
    days: list[date] = []
    carried = False
    for index, part in enumerate(parts):
        text = part
        if years[index] is None:
            following = next((found for found in years[index + 1 :] if found), None)
            if following is not None:
                text, carried = f"{part}/{following.group()}", True
        matched = _matching_rule(text)
        if matched is None:
            return None
        match, read = matched
        readers.add(read)
        schedule = read(match, period)
        if schedule.kind not in (ScheduleKind.ONCE, ScheduleKind.MILESTONES):
            return None
        days.extend(schedule.due_dates)
    if same_kind and len(readers) > 1:
        return None
    if carried or not all(years):
        days = _in_written_order(days)
    return _dated(days, _EACH_NAMED)


# "Duy trì thường xuyên", "Thực hiện thường xuyên trong năm": ongoing work, described. Any
# word that could date it or tie it to an event ("hằng quý", "báo cáo", "đến", "khi",
# "kỳ họp") leaves it to the other rules, and a negation ("không thường xuyên") or a
# budget line ("chi thường xuyên") is not ongoing work at all.
_ONGOING_WORD = re.compile(rf"\b{_ONGOING_WORDS}\b", re.ASCII)
_DATING_WORDS = re.compile(
    r"[0-9]|\b(?:thang|tuan|ngay|truoc|sau|den|toi|tu|han|cham|muon|cuoi|dau|giua|ket thuc"
    r"|bao cao|dinh ky|hang|moi|dot xuat|yeu cau|chi dao|khi|ky|dip|tet|le|bau cu|giai doan"
    r"|lo trinh|khong|chua|chi|it|hoac"
    r"|quy(?! (?:dinh|che|trinh|hoach|mo|tac|chuan|uoc|luat)\b)"
    r"|(?<!trong )(?<!ca )(?<!suot )(?<!quanh )nam)\b",
    re.ASCII,
)
# At most this many words may come before "thường xuyên": "Tiếp tục duy trì thường xuyên".
_MAX_WORDS_BEFORE_ONGOING = 4


def _read_described_ongoing(folded: str, _period: Period) -> Schedule | None:
    found = _ONGOING_WORD.search(folded)
    if found is None or _DATING_WORDS.search(folded):
        return None
    if len(folded[: found.start()].split()) > _MAX_WORDS_BEFORE_ONGOING:
        return None
    return Schedule(ScheduleKind.ONGOING, (), explain(_ONGOING))


# Words that lead a deadline without changing it: "Dự kiến tháng 11/2025" (planned),
# "Thời gian: ...", "Thời hạn hoàn thành: ...", "Chậm nhất đến ngày 30/9/2025", "Xong trước
# 30/9", "Trong khoảng thời gian từ ngày X đến ngày Y", "Kể từ ngày X đến ngày Y", "Vào
# năm 2027", "Vào ngày 18 hằng tháng" ("vào": on, in, at). Longer
# leads come first, so that "hạn chót" is not taken for "hạn" followed by "chót".
_LEAD_WORDS = re.compile(
    r"(?:trong khoang thoi gian|trong thoi gian|khoang thoi gian|thoi gian|thoi han"
    r"|han chot|han|du kien|hoan thanh|xong|thuc hien|trien khai|cham nhat|muon nhat|vao"
    r"|ke(?= tu ))(?: la)?[ ,](?P<rest>.+)",
    re.ASCII,
)
_PLANNED_AFTER = re.compile(r"(?P<rest>.+?)(?:,| )du kien", re.ASCII)


def _read_after_lead_words(folded: str, period: Period) -> Schedule | None:
    """The deadline that follows (or precedes "(dự kiến)") words adding nothing to when."""
    for pattern in (_LEAD_WORDS, _PLANNED_AFTER):
        match = pattern.fullmatch(folded)
        if match is None:
            continue
        rest = match["rest"].lstrip(" ,")
        if _ACTION_AT_START.match(folded) and _ACTION_AT_START.match(rest):
            # A run of action words is read, up to its bound, by _read_after_action_words;
            # a verb taken as a lead word must not start another run.
            return None
        return _read(rest, period)
    return None


# --- A periodic form restated: "Định kỳ hàng tháng (trước ngày 18 hàng tháng)" --------------
# A clerk names the period, then in brackets the day it falls due. When the bracket reads
# the same period more precisely, the bracket is the reading; when it names another
# period ("Hằng tháng (trước ngày 15/12 hằng năm)"), which is meant is not certain.

_THEN = r"(?:,|;| |-)"
# What a restatement starts with; a bare number after the units ("Hằng quý, tháng 3, 6")
# must not be split off them as days of a month.
_RESTATEMENT = (
    r"(?:(?:vao|trong|cuoi|cham nhat|muon nhat|cham nhat la|muon nhat la|truoc|ngay|cac ngay"
    r"|thang) .+)"
)
_PERIODIC_RESTATED = re.compile(rf"{_PERIODIC}{_THEN}(?P<rest>{_RESTATEMENT})", re.ASCII)
_RESTATEMENT_START = re.compile(_RESTATEMENT, re.ASCII)
_EVERY_MONTH_AFTER = r"(?P<every>(?: cua)? (?:hang|moi) thang)?"
_EVERY_YEAR_AFTER = rf"(?P<every>{_STRAY_YEAR}{_PER_YEAR})?"
_RESTATED_MONTHLY_DAY = re.compile(rf"(?:vao )?{_DAY}{_EVERY_MONTH_AFTER}", re.ASCII)
_RESTATED_MONTHLY_DAYS = re.compile(rf"(?:vao )?{_DAYS}{_EVERY_MONTH_AFTER}", re.ASCII)
_RESTATED_DATES = re.compile(rf"(?:vao )?{_day_months('*')}{_EVERY_YEAR_AFTER}", re.ASCII)
_RESTATED_MONTHS = re.compile(
    rf"(?:vao |trong )?(?:cuoi )?thang {_MONTHS}{_EVERY_YEAR_AFTER}", re.ASCII
)


def _read_periodic_restated(folded: str, period: Period) -> Schedule | None:
    match = _PERIODIC_RESTATED.fullmatch(folded)
    return None if match is None else _restated(match["units"], match["rest"], period)


def _fits_runs(months: Iterable[int], length: int) -> bool:
    """Whether ``months`` name exactly one month in each run of ``length`` months of a year."""
    return sorted((month - 1) // length for month in months) == list(range(12 // length))


def _restated(units: str, rest: str, period: Period) -> Schedule | None:
    """The reading of ``rest`` when it restates the periodic ``units``; None if it says no date.

    Days of every month restate "hằng tháng"; dates without a year ("trước ngày 15/6 và
    15/12") or months ("tháng 6 và tháng 12") restate a period when they name one in each
    of its runs in a year: one date a year, two for six months (one in each half), four
    for a quarter (one in each). A day of no named month ("Hằng quý (ngày 20)") is not
    certain: which month of the quarter?
    """
    if not _RESTATEMENT_START.fullmatch(rest):
        return None
    matched = _matching_rule(rest)
    if matched is not None and matched[1] is _read_day_of_last_month:
        # "Trước ngày 20 tháng cuối quý": the rule for it checks the units agree.
        return _read_phrase(f"{units},{rest}", period)
    length = _finest_unit(units)
    for pattern, read in (
        (_RESTATED_MONTHLY_DAY, _read_monthly_day),
        (_RESTATED_MONTHLY_DAYS, _read_monthly_days),
    ):
        monthly = pattern.fullmatch(rest)
        if monthly is not None:
            if length != 1:
                raise _Refusal(_PERIODS_DISAGREE if monthly["every"] else _UNREADABLE)
            return read(monthly, period)
    dates = _RESTATED_DATES.fullmatch(rest)
    if dates is not None:
        pairs = _day_months_listed(dates["dates"], bool(dates["before"]))
        if not _fits_runs((month for _day, month in pairs), length):
            raise _Refusal(_PERIODS_DISAGREE)
        return _yearly_dates(dates["dates"], bool(dates["before"]), period)
    months = _RESTATED_MONTHS.fullmatch(rest)
    if months is not None:
        if not _fits_runs(set(_listed_numbers(months["items"], _month_number)), length):
            raise _Refusal(_PERIODS_DISAGREE)
        return _read_yearly_months(months, period)
    return None


# --- Generic action words before a deadline: "Dự kiến tổ chức trước ngày 18/11/2025" ----------
# Officials lead a deadline with what is to be done by then. A closed list of generic verbs
# and helpers, at most six of them, is passed over; "bắt đầu" (start) is not among them,
# since a start date alone is no deadline, and neither is any word naming what is done
# ("Tổ chức 02 hội nghị"), which leaves the text to the other rules.

_ACTION_PHRASES = (
    "du kien",
    "to chuc",
    "hoan thanh",
    "hoan tat",
    "hoan thien",
    "ket thuc",
    "trien khai",
    "thuc hien",
    "dam bao",
    "bao dam",
    "phan dau",
    "co ban",
    "xong",
    "tiep tuc",
    "ban hanh",
    "bao cao",
    "ket qua",
    "tong hop",
    "nop",
    "gui",
    "trinh",
    "va",
)
_MAX_ACTIONS = 6
_ACTION = rf"(?:{'|'.join(_ACTION_PHRASES)})"
_ACTION_RUN = re.compile(
    rf"(?P<run>{_ACTION}(?:[ ,]{_ACTION}){{0,{_MAX_ACTIONS - 1}}})[ ,](?P<rest>.+)", re.ASCII
)
_ACTION_AT_START = re.compile(rf"{_ACTION}(?:[ ,]|$)", re.ASCII)
_ACTION_WORD = re.compile(rf"\b{_ACTION}\b", re.ASCII)
# Verbs whose object may be a period reported on ("báo cáo quý IV/2025", "tổng hợp năm
# 2025"): after them, only a phrase that says when.
_REPORTING = frozenset({"bao cao", "ket qua", "tong hop", "nop", "gui", "trinh"})
# Verbs of sending, which a recipient may follow directly ("gửi UBND xã", "trình HĐND").
_SENDING = frozenset({"gui", "nop", "trinh", "bao cao", "ket qua"})


def _read_after_action_words(folded: str, period: Period) -> Schedule | None:
    """The deadline after a few generic action words and, maybe, whom the work goes to."""
    match = _ACTION_RUN.fullmatch(folded)
    if match is None or _ACTION_AT_START.match(match["rest"]):
        return None
    actions = _ACTION_WORD.findall(match["run"])
    rest = _past_recipient(match["rest"], direct=actions[-1] in _SENDING)
    if _REPORTING.intersection(actions) and not _REPORT_WHEN.match(rest):
        return None
    return _read(rest, period)


# --- A start and an end: "Từ tháng 4 và kết thúc trong tháng 9-2026" -------------------------

_START_AND_END = re.compile(
    r"(?:bat dau (?:tu |vao |trong )?|tu )(?P<first>[^,;]+?)(?:,|;| |,va | va |;va )"
    r"(?:ket thuc|hoan thanh)(?: (?:vao|trong|het|den het|vao cuoi|cuoi|la))? (?P<last>.+)",
    re.ASCII,
)
_SPAN_READERS: frozenset[_Reader] = frozenset(
    {_read_month_span, _read_quarter_span, _read_day_span, _read_mixed_span, _read_year_span}
)


def _read_start_and_end(folded: str, period: Period) -> Schedule | None:
    """Work from a start to an end written apart: a span, due at its end.

    "Bắt đầu từ ngày 01/10/2025, kết thúc ngày 30/11/2025" is "Từ ngày 01/10/2025 đến ngày
    30/11/2025"; a start alone ("Bắt đầu từ ngày 01/12/2025") reads nothing.
    """
    match = _START_AND_END.fullmatch(folded)
    if match is None:
        return None
    matched = _matching_rule(f"tu {match['first']} den {match['last']}")
    if matched is None or matched[1] not in _SPAN_READERS:
        return None
    return matched[1](matched[0], period)


# --- A count of months with the months named: "06 tháng (từ tháng 4 đến tháng 9)" ------------

_COUNT = r"(?P<count>[0-9]{1,2}) (?P<unit>thang|quy)"
_COUNTED_MONTHS = (
    re.compile(
        rf"(?:(?:trong|thoi gian|trong thoi gian|keo dai) )?{_COUNT}{_THEN}(?P<rest>.+)", re.ASCII
    ),
    re.compile(rf"(?P<rest>.+?){_THEN}(?:trong |thoi gian |keo dai )?{_COUNT}", re.ASCII),
)


def _read_counted_months(folded: str, period: Period) -> Schedule | None:
    """A duration with the months (or quarters) it covers: read those, when they agree.

    "06 tháng (từ tháng 4 đến tháng 9)" is a span due at the end of September; "02 tháng
    (tháng 5 và tháng 9)" has a milestone at the end of each month named. The count must
    be the number of months named; otherwise one of the two is a typo.
    """
    for pattern in _COUNTED_MONTHS:
        match = pattern.fullmatch(folded)
        if match is None:
            continue
        matched = _matching_rule(match["rest"])
        named = None if matched is None else _months_covered(*matched)
        if matched is None or named is None:
            continue
        count = int(match["count"]) * (3 if match["unit"] == "quy" else 1)
        if count != named:
            raise _Refusal(_COUNT_DISAGREES, count=count, named=named)
        return matched[1](matched[0], period)
    return None


def _months_covered(match: re.Match[str], read: _Reader) -> int | None:
    """How many months the months or quarters a phrase names cover; None for other phrases."""
    if read in (_read_months, _read_quarters):
        value_of = _month_number if read is _read_months else _quarter_number
        listed = _listed_numbers(match["items"], value_of)
        return len(set(listed)) * (1 if read is _read_months else 3)
    if read in (_read_month_span, _read_quarter_span):
        span = 1 if read is _read_month_span else 3
        value_of = _month_number if read is _read_month_span else _quarter_number
        first, last = value_of(match["first"]), value_of(match["last"])
        # Any year will do when none is written: only the distance between the ends counts.
        start, end = _span_years(
            match["first_year"], match["last_year"], (first, 1), (last, 1), lambda: 2000
        )
        return span * ((end - start) * 12 // span + last - first + 1)
    return None


_READERS: tuple[Callable[[str, Period], Schedule | None], ...] = (
    _read_phrase,
    _read_from_now,
    _read_periodic_restated,
    _read_counted_months,
    _read_start_and_end,
    _read_ongoing_with_report,
    _read_report,
    _read_periodic_report,
    _read_with_ad_hoc,
    _read_joined,
    _read_described_ongoing,
    # Last: what follows action or lead words is read by the whole engine, refusals included.
    _read_after_action_words,
    _read_after_lead_words,
)
