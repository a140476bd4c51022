"""The one reader of days as people type them in the chat.

Officers write ``15/1``, ``5/12/25``, ``05-12-2025``, ``mai``, ``thứ 6 tuần sau``,
``cuối tháng``, with or without diacritics, and ranges such as ``22-26/12`` or
``từ 22/12 đến 26/12``. Every question that takes a day reads it here, so the same
text means the same day everywhere.

Decisions (each one what a colleague at the next desk would understand):

- A day without a year (``15/1``) is, with ``future=True``, the next such day on or
  after today (typed on 20/12/2025: 15/01/2026); with ``future=False`` the nearest
  one, before or after. ``29/2`` without a year is the next 29 February that exists.
- A year of two digits is in this century: ``5/12/25`` is 05/12/2025.
- Dots and dashes are read only with a year (``5.12.2025``, ``05-12-2025``): ``15.1``
  is a task's code and ``22-26`` the start of a range, never a day.
- A weekday alone (``thứ Sáu``, ``T6``) is, with ``future=True``, the next one after
  today: named on a Friday, "thứ Sáu" is next Friday, since today is "hôm nay".
  With ``future=False`` it is the nearest one (today, or up to three days back).
  ``thứ 6 này`` / ``thứ 6 tuần này`` is the Friday of this week, ``thứ 6 tuần sau`` /
  ``thứ 6 tuần tới`` the Friday of next week; weeks start on Monday.
- ``cuối tuần`` is the Friday of this week: in an office "trước cuối tuần" is the
  last working day, and reminders never go out on a weekend. Typed on a Saturday or a
  Sunday it is ambiguous (this weekend? next Friday?) and reads as no day.
- ``tuần sau`` alone names no single day (it reads as none), but as a range it is the
  working week: Monday to Friday of next week.
- ``cuối tháng`` is the last day of this month (today when today is that day),
  ``cuối tháng sau`` of next month, ``đầu tháng sau`` the 1st of next month,
  ``cuối năm`` 31 December, ``cuối quý`` the last day of the quarter.
- ``thứ Sáu, 26/12/2025`` (the way the bot itself writes days) is that date; when the
  weekday and the date disagree the text is a :class:`DateError`.
- Words count only when spelt either with their right marks or with none: ``mãi``
  is no ``mai`` and ``một`` no ``mốt``.
- In a range, an end written without a year or week is the first such day on or after
  the start (``22/12-5/1`` ends in January; ``thứ 2 đến thứ 6`` is one week), and a
  week named at the end is the week of both (``thứ 2 đến thứ 6 tuần sau``). With
  ``future=True`` a range without years is the next one that has not ended, if it
  started in the last half year: ``22/12 - 26/12`` typed on 24/12 is the leave under way.
- Anything else that might be a day (``5-12``, ``thứ 6 sau``, ``tuần sau`` as one day)
  reads as none: a wrong guess costs more than asking again.
"""

from __future__ import annotations

import calendar
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TypeVar

from models.text import N_, Text, text
from models.vntext import fold, strip_marks


class DateError(ValueError):
    """Text that reads as a date but is none: 31/02, 32/12, a range that ends before it starts."""

    def __init__(self, message: Text) -> None:
        super().__init__(message.render())
        self.message = message


class _OutOfCalendar(Exception):
    """A day beyond what ``datetime.date`` can hold: no day at all."""


# --- Folding the text while remembering where each character came from ----------------

_DASHES = str.maketrans({"–": "-", "—": "-", "‐": "-", "‑": "-", "−": "-", "~": "-"})


@dataclass(frozen=True)
class _Folded:
    """``original`` folded character by character (unaccented, lower case).

    ``origin[i]`` is the index in ``original`` of folded character ``i``, so a match in
    the folded text gives back the text as the person wrote it.
    """

    original: str
    folded: str
    origin: tuple[int, ...]

    def source(self, start: int, end: int) -> str:
        return self.original[self.origin[start] : self.origin[end]]

    def rest(self, end: int) -> str:
        return self.original[self.origin[end] :].strip()


def _fold_keeping_places(original: str) -> _Folded:
    chars: list[str] = []
    origin: list[int] = []
    for index, char in enumerate(original):
        piece = strip_marks(char).casefold().translate(_DASHES)
        if char.isspace():
            piece = " "
        chars.append(piece)
        origin.extend([index] * len(piece))
    origin.append(len(original))
    return _Folded(original, "".join(chars), tuple(origin))


# Each word of a phrase is accepted bare ("thu sau") or with its right marks ("thứ sáu");
# a word with other marks is another word ("mãi" is "forever", not "mai").
_SPELLINGS: dict[str, frozenset[str]] = {
    key: frozenset(values.split())
    for key, values in {
        "thu": "thứ",
        "tu": "tư từ",
        "nam": "năm",
        "sau": "sáu",
        "bay": "bảy bẩy",
        "chu": "chủ",
        "nhat": "nhật",
        "hom": "hôm",
        "nay": "này",
        "ngay": "ngày",
        "mot": "mốt",
        "tuan": "tuần",
        "toi": "tới",
        "truoc": "trước",
        "cuoi": "cuối",
        "dau": "đầu",
        "thang": "tháng",
        "quy": "quý",
        "den": "đến",
        "het": "hết",
    }.items()
}


def _spelt_right(written: str) -> bool:
    for word in re.findall(r"\w+", unicodedata.normalize("NFC", written).lower()):
        bare = fold(word)
        if word != bare and word not in _SPELLINGS.get(bare, frozenset()):
            return False
    return True


# --- Calendar arithmetic ---------------------------------------------------------------


def _shift(day: date, days: int) -> date:
    try:
        return day + timedelta(days=days)
    except OverflowError as error:
        raise _OutOfCalendar from error


def _month_start(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    if not 1 <= index // 12 <= 9999:
        raise _OutOfCalendar
    return date(index // 12, index % 12 + 1, 1)


def _month_end(day: date, months: int) -> date:
    first = _month_start(day, months)
    return first.replace(day=calendar.monthrange(first.year, first.month)[1])


def _monday(day: date, weeks: int = 0) -> date:
    return _shift(day, 7 * weeks - day.weekday())


def _as_typed(match: re.Match[str]) -> str:
    """The day of a numeric or worded match as the person typed its numbers: "31/02"."""
    sep = match.groupdict().get("sep") or "/"
    parts = [match.group("d"), match.group("m")] + ([match.group("y")] if match.group("y") else [])
    return sep.join(parts)


def _written(day: int, month: int, year: int | None = None) -> str:
    return f"{day:02d}/{month:02d}" + ("" if year is None else f"/{year:04d}")


def _no_such_day(written: str) -> DateError:
    return DateError(text(N_("There is no day “{date}” in the calendar."), date=written))


def _exact_day(match: re.Match[str], year: int) -> date:
    try:
        return date(year, int(match.group("m")), int(match.group("d")))
    except ValueError as error:
        raise _no_such_day(_as_typed(match)) from error


def _yearly_day(match: re.Match[str], today: date, future: bool) -> date:
    """The day and month of ``match`` in the year that makes sense from ``today``."""
    day, month = int(match.group("d")), int(match.group("m"))
    try:
        date(2000, month, day)  # a leap year: 29/2 is a day, 30/2 is none
    except ValueError as error:
        raise _no_such_day(_as_typed(match)) from error
    years = range(today.year - 8, today.year + 9)
    candidates = [
        date(year, month, day) for year in years if 1 <= year <= 9999 and _exists(year, month, day)
    ]
    if future:
        later = [candidate for candidate in candidates if candidate >= today]
        if not later:
            raise _OutOfCalendar
        return later[0]
    return min(candidates, key=lambda candidate: (abs((candidate - today).days), candidate))


def _monthly_day(day: int, today: date, future: bool) -> date:
    """The ``day`` of a month that makes sense from ``today`` ("ngày 15")."""
    if not 1 <= day <= 31:
        raise DateError(text(N_("There is no day “{date}” in the calendar."), date=str(day)))
    candidates = []
    for months in range(-12, 13):
        try:
            first = _month_start(today, months)
        except _OutOfCalendar:
            continue
        if _exists(first.year, first.month, day):
            candidates.append(first.replace(day=day))
    if future:
        later = [candidate for candidate in candidates if candidate >= today]
        if not later:
            raise _OutOfCalendar
        return later[0]
    return min(candidates, key=lambda candidate: (abs((candidate - today).days), candidate))


def _exists(year: int, month: int, day: int) -> bool:
    return 1 <= month <= 12 and 1 <= day <= calendar.monthrange(year, month)[1]


def _full_year(written: str) -> int:
    # "25" is 2025: nobody in the chat means 1925 or 2125.
    return 2000 + int(written) if len(written) == 2 else int(written)


# --- The phrases -----------------------------------------------------------------------


@dataclass(frozen=True)
class _Context:
    """What a phrase is read against.

    ``after``: the first day of a range; a day written without a year or week (the end
    of "22/12 - 5/1", "thứ 2 đến thứ 6") is the first one on or after it.
    """

    today: date
    future: bool
    after: date | None = None


@dataclass(frozen=True)
class _Found:
    """A phrase read at the start of some text."""

    first: date
    last: date  # the same day but for spans ("tuần sau")
    end: int  # where the phrase ends in the folded text
    weekday: int | None = None  # a weekday named without its week ("thứ 2")
    week_of: date | None = None  # the Monday of the week a phrase named ("thứ 6 tuần sau")
    yearly: bool = False  # a day and month without a year ("22/12")

    @property
    def is_span(self) -> bool:
        return self.first != self.last


_Reader = Callable[[re.Match[str], _Context], _Found | None]

# After a phrase: not inside a word, and not a date going on ("15/1/2" is no "15/1").
_END = r"(?!\w)"
_WEEK = r"(?:\s+(?P<week>tuan\s+(?:sau|toi|nay|truoc)|nay|toi))?"


def _day_of_week(match: re.Match[str]) -> int:
    digit = match.group("digit") or match.group("digit2")
    if digit is not None:
        return int(digit) - 2  # "thứ 2" is Monday (0)
    word = match.group("word")
    if word is not None:
        return ["hai", "ba", "tu", "nam", "sau", "bay"].index(word)
    return 6  # chủ nhật


def _read_weekday(match: re.Match[str], context: _Context) -> _Found | None:
    weekday = _day_of_week(match)
    week = " ".join((match.group("week") or "").split())
    today = context.today
    if week in {"tuan sau", "tuan toi"}:
        monday = _monday(today, 1)
    elif week in {"tuan nay", "nay"}:
        monday = _monday(today)
    elif week == "tuan truoc":
        monday = _monday(today, -1)
    else:
        start = context.after
        if start is not None:
            day = _shift(start, (weekday - start.weekday()) % 7)
        elif context.future:
            day = _shift(today, (weekday - today.weekday() - 1) % 7 + 1)
        else:
            back = (today.weekday() - weekday) % 7
            day = _shift(today, -back if back <= 3 else 7 - back)
        return _Found(day, day, match.end(), weekday=weekday)
    day = _shift(monday, weekday)
    return _Found(day, day, match.end(), week_of=monday)


def _read_numeric(match: re.Match[str], context: _Context) -> _Found | None:
    if match.group("y") is None and match.group("sep") != "/":
        return None  # "15.1" is a task's code, "22-26" a range: dots and dashes need a year
    return _read_dated(match, context)


def _read_dated(match: re.Match[str], context: _Context) -> _Found | None:
    """A day and month, with or without a year ("15/1", "15 tháng 1 năm 2026")."""
    year = match.group("y")
    if year is not None:
        found = _exact_day(match, _full_year(year))
        return _Found(found, found, match.end())
    reference = context.after or context.today
    found = _yearly_day(match, reference, context.future or context.after is not None)
    return _Found(found, found, match.end(), yearly=True)


def _read_day_of_month(match: re.Match[str], context: _Context) -> _Found | None:
    reference = context.after or context.today
    found = _monthly_day(int(match.group("d")), reference, context.future or bool(context.after))
    return _Found(found, found, match.end())


_RELATIVE = {"hom nay": 0, "mai": 1, "ngay mai": 1, "ngay kia": 2, "ngay mot": 2, "mot": 2}
_RELATIVE.update({"hom qua": -1, "hom kia": -2})


def _read_relative(match: re.Match[str], context: _Context) -> _Found | None:
    words = " ".join(match.group(0).split())
    day = _shift(context.today, _RELATIVE[words])
    return _Found(day, day, match.end())


def _read_landmark(match: re.Match[str], context: _Context) -> _Found | None:
    edge, unit = match.group("edge"), match.group("unit")
    later = match.group("next") is not None
    today = context.today
    day: date
    if unit == "tuan":
        if edge == "dau" and not later:
            return None  # "đầu tuần" alone: this Monday is gone, next is "đầu tuần sau"
        monday = _monday(today, 1 if later else 0)
        if edge == "dau":
            day = monday
        elif not later and context.future and today.weekday() >= 5:
            return None  # "cuối tuần" on a weekend: this one or next Friday? ask again
        else:
            day = _shift(monday, 4)
    elif unit == "thang":
        if edge == "dau" and not later:
            return None
        day = _month_start(today, 1) if edge == "dau" else _month_end(today, 1 if later else 0)
    elif unit == "quy":
        if edge == "dau" and not later:
            return None
        quarter_start = _month_start(today.replace(day=1), -((today.month - 1) % 3))
        day = (
            _month_start(quarter_start, 3)
            if edge == "dau"
            else _month_end(quarter_start, 5 if later else 2)
        )
    else:
        if edge == "dau" and not later:
            return None
        year = today.year + (1 if later else 0)
        if year > 9999:
            raise _OutOfCalendar
        day = date(year, 1, 1) if edge == "dau" else date(year, 12, 31)
    return _Found(day, day, match.end())


def _read_week(match: re.Match[str], context: _Context) -> _Found | None:
    """ "tuần sau": the working week, Monday to Friday (a span, no single day)."""
    monday = _monday(context.today, 1)
    return _Found(monday, _shift(monday, 4), match.end())


_DATED: tuple[tuple[re.Pattern[str], _Reader], ...] = (
    (
        re.compile(
            r"(?:ngay\s*)?(?P<d>\d{1,2})(?P<sep>[/.-])(?P<m>\d{1,2})"
            r"(?:(?P=sep)(?P<y>\d{4}|\d{2}))?(?!\w)(?!(?P=sep)\d)"
        ),
        _read_numeric,
    ),
    (
        re.compile(
            r"(?:ngay\s+)?(?P<d>\d{1,2})\s+thang\s+(?P<m>\d{1,2})"
            r"(?:\s*,?\s*nam\s+(?P<y>\d{4}))?" + _END
        ),
        _read_dated,
    ),
)
_WEEKDAY = re.compile(
    r"(?:thu\s*(?P<digit>[2-7])|t(?P<digit2>[2-7])"
    r"|thu\s+(?P<word>hai|ba|tu|nam|sau|bay)|chu\s*nhat|cn)" + _END + _WEEK + _END
)
_PHRASES: tuple[tuple[re.Pattern[str], _Reader], ...] = (
    *_DATED,
    (re.compile(r"ngay\s+(?P<d>\d{1,2})" + _END + r"(?![/.-]\d)"), _read_day_of_month),
    (_WEEKDAY, _read_weekday),
    (
        re.compile(r"(?:hom\s+(?:nay|qua|kia)|(?:ngay\s+)?mai|ngay\s+(?:kia|mot)|mot)" + _END),
        _read_relative,
    ),
    (
        re.compile(
            r"(?P<edge>cuoi|dau)\s+(?P<unit>tuan|thang|quy|nam)"
            r"(?:\s+(?P<next>sau|toi)|\s+nay)?" + _END
        ),
        _read_landmark,
    ),
    (re.compile(r"tuan\s+(?:sau|toi)" + _END), _read_week),
)
# Between a weekday and its date: "thứ Sáu, 26/12/2025", "thứ 6 ngày 26/12".
_COMMA = re.compile(r"\s*,?\s*")


def _phrase_at(folded: _Folded, pos: int, context: _Context) -> _Found | None:
    """The longest date phrase starting at ``pos``; None when there is none."""
    best = _longest_match(folded, pos, _PHRASES)
    if best is None:
        return None
    match, reader = best
    if reader is _read_weekday and match.group("week") is None:
        dated = _longest_match(folded, _COMMA.match(folded.folded, match.end()).end(), _DATED)  # type: ignore[union-attr]
        if dated is not None:
            return _weekday_and_date(folded, match, dated, context)
    return reader(match, context)


def _longest_match(
    folded: _Folded, pos: int, phrases: tuple[tuple[re.Pattern[str], _Reader], ...]
) -> tuple[re.Match[str], _Reader] | None:
    best: tuple[re.Match[str], _Reader] | None = None
    for pattern, reader in phrases:
        match = pattern.match(folded.folded, pos)
        if match is None or match.end() == pos:
            continue
        if not _spelt_right(folded.source(match.start(), match.end())):
            continue
        if match.group(0) == "mot" and "ố" not in folded.source(pos, match.end()).lower():
            continue  # bare "mot" is "một" (one) as often as "mốt"
        if best is None or match.end() > best[0].end():
            best = (match, reader)
    return best


def _weekday_and_date(
    folded: _Folded,
    weekday: re.Match[str],
    dated: tuple[re.Match[str], _Reader],
    context: _Context,
) -> _Found | None:
    """ "thứ Sáu, 26/12/2025", as the bot itself writes days: the date, if they agree."""
    match, reader = dated
    found = reader(match, context)
    if found is None:
        return None
    if found.first.weekday() != _day_of_week(weekday):
        raise DateError(
            text(
                N_("{date} is not {weekday}."),
                date=_written(found.first.day, found.first.month, found.first.year),
                weekday=folded.source(weekday.start(), weekday.end()).strip(),
            )
        )
    return found


# --- The public readers ----------------------------------------------------------------

_SPACE = re.compile(r"\s*")
_TRAILING = re.compile(r"\s*[.!]?\s*$")
_JOINER = re.compile(r"\s*(?:-+>?|(?:den|toi)(?:\s+het)?)\s*")
_FROM = re.compile(r"\s*(?:tu\s+)?")


_R = TypeVar("_R")


def _single(found: _Found | None) -> _Found | None:
    return None if found is None or found.is_span else found


def _guarded(read: Callable[[], _R]) -> _R | None:
    try:
        return read()
    except _OutOfCalendar:
        return None


def read_day(text: str, today: date, *, future: bool = True) -> date | None:
    """The whole text as one day: 15/1, 15/01/2026, 5/12/25, 05-12-2025, 5.12.2025, hôm nay,
    mai/ngày mai, ngày kia/mốt, thứ Sáu/thứ 6/T6, thứ 6 tuần sau, chủ nhật, cuối tháng,
    cuối tuần, đầu tháng sau, cuối năm ... With future=True a day written without a year is the
    next such day on or after today (15/1 typed on 20/12/2025 -> 15/01/2026). None when the text
    is no date; raises DateError when it looks like one but is impossible."""
    folded = _fold_keeping_places(text)
    start = _SPACE.match(folded.folded).end()  # type: ignore[union-attr]

    def read() -> date | None:
        found = _single(_phrase_at(folded, start, _Context(today, future)))
        if found is None or _TRAILING.fullmatch(folded.folded, found.end) is None:
            return None
        return found.first

    return _guarded(read)


def leading_day(text: str, today: date, *, future: bool = True) -> tuple[date, str] | None:
    """A day at the start of the text and the rest (stripped): "mai chờ số liệu" ->
    (tomorrow, "chờ số liệu"); "thứ 6 tuần sau chờ ký" -> (that Friday, "chờ ký").
    The longest date phrase wins. None when the text does not start with a date;
    DateError as above."""
    folded = _fold_keeping_places(text)
    start = _SPACE.match(folded.folded).end()  # type: ignore[union-attr]

    def read() -> tuple[date, str] | None:
        found = _single(_phrase_at(folded, start, _Context(today, future)))
        if found is None:
            return None
        # "15/01/2026: chờ ký", "mai, chờ ký": the rest starts after the punctuation.
        return found.first, folded.rest(found.end).lstrip(",:;").lstrip()

    return _guarded(read)


def read_range(text: str, today: date, *, future: bool = True) -> tuple[date, date] | None:
    """A range or a single day: "22/12 - 26/12", "từ 22/12 đến 26/12", "22-26/12",
    "22/12-5/1" (crosses the new year), "mai", "15/1" (a single day -> (d, d))."""
    folded = _fold_keeping_places(text)
    return _guarded(lambda: _read_range(folded, _Context(today, future)))


# "22-26/12", "từ 22 đến 26/12/2025": days of one month.
_DAYS_OF_A_MONTH = re.compile(
    r"\s*(?:tu\s+)?(?:ngay\s+)?(?P<first>\d{1,2})\s*(?:-|den|toi)\s*(?:ngay\s+)?"
    r"(?P<last>\d{1,2}/\d{1,2}(?:/\d{4}|/\d{2})?|\d{1,2}\.\d{1,2}\.(?:\d{4}|\d{2}))"
    r"\s*[.!]?\s*"
)


def _read_range(folded: _Folded, context: _Context) -> tuple[date, date] | None:
    month_days = _DAYS_OF_A_MONTH.fullmatch(folded.folded)
    if month_days is not None and _spelt_right(folded.original):
        last = read_day(month_days.group("last"), context.today, future=context.future)
        if last is None:
            return None
        first_day = int(month_days.group("first"))
        if not _exists(last.year, last.month, first_day):
            raise _no_such_day(_written(first_day, last.month, last.year))
        return _ordered(last.replace(day=first_day), last)
    pos = _FROM.match(folded.folded).end()  # type: ignore[union-attr]
    first = _phrase_at(folded, pos, context)
    if first is None:
        return None
    if _TRAILING.fullmatch(folded.folded, first.end):
        return first.first, first.last
    second = _second_day_at(folded, first.end)
    if second is None:
        return None
    if first.yearly and context.future:
        # "22/12 - 26/12" typed on 24/12 is the leave under way, not next year's: a range
        # is the next one that has not ended (and started within the last half year).
        started = _year_before(first.first)
        if started is not None and (context.today - started).days <= _HALF_YEAR:
            try:
                before = _up_to(folded, second, _Found(started, started, first.end), context)
            except DateError:
                before = None
            if before is not None and before[1] >= context.today:
                return before
    return _up_to(folded, second, first, context)


_HALF_YEAR = 183


def _year_before(day: date) -> date | None:
    year = day.year - 1
    return (
        date(year, day.month, day.day) if year >= 1 and _exists(year, day.month, day.day) else None
    )


def _second_day_at(folded: _Folded, end: int) -> int | None:
    """Where the second day of a range starts: after "-", "đến", "tới" or a space."""
    joiner = _JOINER.match(folded.folded, end)
    if joiner is not None and joiner.group(0).strip():
        if not _spelt_right(folded.source(joiner.start(), joiner.end())):
            return None
        return joiner.end()
    pos = _SPACE.match(folded.folded, end).end()  # type: ignore[union-attr]
    return None if pos == end else pos  # "15/1mai" holds no two days


def _up_to(
    folded: _Folded, pos: int, first: _Found, context: _Context
) -> tuple[date, date] | None:
    """The range from ``first`` to the day written at ``pos``."""
    last = _phrase_at(folded, pos, _Context(context.today, context.future, after=first.first))
    if last is None or _TRAILING.fullmatch(folded.folded, last.end) is None:
        return None
    start = first.first
    if first.weekday is not None and last.week_of is not None:
        # "thứ 2 đến thứ 6 tuần sau": the week named at the end is the week of both.
        start = _shift(last.week_of, first.weekday)
    return _ordered(start, last.last)


def _ordered(start: date, end: date) -> tuple[date, date]:
    if end < start:
        raise DateError(
            text(
                N_("The last day ({end}) comes before the first ({start})."),
                start=_written(start.day, start.month, start.year),
                end=_written(end.day, end.month, end.year),
            )
        )
    return start, end
