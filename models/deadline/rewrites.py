"""Texts the engine reads once rewritten into a form it knows: a weekday right before its date
(after a dash, a comma, a space or in a bracket), "ngay" (right, very) before "trong" or "từ",
a day moved to another, a date restated by a count of days from a named day; and the first or
last weekday of every month."""

from __future__ import annotations

import re
from calendar import monthrange
from datetime import date, timedelta
from itertools import pairwise

from models.deadline.dates import _months_of, _recurring
from models.deadline.folding import _WEEKDAY
from models.deadline.messages import (
    _FIRST_MONTH_OF_QUARTER_ON_DAY,
    _FIRST_WEEKDAY_MONTHLY,
    _LAST_WEEKDAY_MONTHLY,
)
from models.deadline.readers import _WEEKDAY_NUMBERS
from models.deadline.schedule import Period, Schedule
from models.deadline.wrapping import _denied_word

# A day and month, maybe with a year, as a date is written.
_DAY_MONTH = r"[0-9]{1,2}[/.-][0-9]{1,2}(?:[/.-][0-9]{4})?"

# A weekday right before its date, in every arrangement officials write: "Vào ngày thứ Hai -
# 15/8", "Vào ngày Chủ nhật (ngày 01/11/2027)" (the bracket folded to a comma), "Vào ngày thứ
# bảy 05/5" (no comma), "ngày thứ Sáu, 03/10/2027" (an hour already taken out). All are read as
# "thứ Hai, ngày 15/8" is, so the one rule that checks the weekday against the date checks it.
# A dash only after a weekday in words: "thứ 2-5/8" might be days 2 to 5.
_WEEKDAY_BEFORE_DATE = re.compile(
    r"(?:vao )?(?:ngay )?(?:(?P<worded>thu (?:hai|ba|tu|nam|sau|bay)|chu nhat) ?[-–] ?"
    rf"|(?P<weekday>{_WEEKDAY})(?:,| |, ))(?:ngay )?(?P<date>{_DAY_MONTH})",
    re.ASCII,
)
# "Ngay trong năm 2027" (within that very year), "ngay từ ngày X đến ngày Y": "ngay" adds
# only emphasis there. "Ngay sau" (right after) and "ngay trước" (right before) are not here.
_INTENSIFIED = re.compile(r"ngay (?P<rest>(?:trong|tu) .+)", re.ASCII)
# "02 đến 04/6", "Dự kiến 14 đến 16/6", "Ngày 3 đến 5/7": a span of days with no lead word, as
# exam timetables and farm calendars write their cells; read as "Từ 02 đến 04/6" is. Only a
# day and a full date: "2 đến 3 lần/tuần" (a count of times) is not one.
_BARE_DAY_RANGE = re.compile(
    rf"(?P<expected>du kien )?(?:ngay )?(?P<first>[0-9]{{1,2}}) den (?P<last>{_DAY_MONTH})",
    re.ASCII,
)
# "Đêm 31 tháng 12 năm 2027 dl, đêm tết dương lịch": a date, then the same day named again
# after a comma. Only names of one fixed solar day, and only when they name the date written:
# "Đêm 30/12/2027, đêm tết dương lịch" says two days and is not read.
_SAME_DAY_NAMED = re.compile(
    r"(?P<base>.*?(?P<day>[0-9]{1,2})(?:[/.-]| thang )(?P<month>[0-9]{1,2})"
    r"(?:(?:[/.-]| nam )[0-9]{4})?(?: (?:dl|duong lich))?)"
    r", ?(?P<named>(?:ngay |dem )?(?:giao thua )?tet duong lich|dem giao thua duong lich)",
    re.ASCII,
)


def _same_day_named(folded: str) -> str | None:
    """``folded`` without the name after its date, when that name is the date's own."""
    match = _SAME_DAY_NAMED.fullmatch(folded)
    if match is None:
        return None
    eve = match["named"].startswith("dem")
    wanted = (31, 12) if eve else (1, 1)
    if (int(match["day"]), int(match["month"])) != wanted:
        return None
    # "Đêm 31/12" alone is not read (a night runs into the next day); named as the solar New
    # Year's night it is that of the 31st, an evening, as "Tối 31/12" is read.
    return re.sub(r"^dem ", "toi ", match["base"]) if eve else match["base"]


# "Từ ngày 12/8 sang ngày 10/9": a day moved to another, or work running over to it; either
# way due on the second, when both are dates.
_MOVED = re.compile(
    rf"tu (?:ngay )?(?P<old>{_DAY_MONTH}) sang (?:ngay )?(?P<new>{_DAY_MONTH})", re.ASCII
)
# "Chậm nhất đến ngày 13/4/2027 (40 ngày trước ngày bầu cử)": the written date stands, the
# bracket counts to it from a day it names in words, holding no date of its own.
_COUNTED_NOTE = re.compile(
    r"(?P<base>.+[0-9]),(?P<count>[0-9]{1,3}) ngay (?:truoc|sau)"
    r" (?P<named>[a-z]+(?: [a-z]+){0,5})",
    re.ASCII,
)


# "Dự kiến 3 ngày 25, 26, 27/10 (Thứ 6, Thứ 7 và CN)", "Trong 2 ngày 11 và 12-9-2027": a
# count of days, the days listed (one after another) and maybe their weekdays; one event
# due on its last day when the count, the days and the weekdays all agree.
_COUNT_WORDS = {"hai": 2, "ba": 3, "bon": 4, "nam": 5, "sau": 6, "bay": 7}
# "3 ngày, từ ngày 15, 16, 17/4/2027": a comma and "từ" may stand between the count and the days.
_LISTED_DAYS = re.compile(
    r"(?:trong )?(?P<count>[0-9]{1,2}|hai|ba|bon|nam|sau|bay) ngay"
    r"(?:,| |, )(?:tu )?(?:ngay )?(?P<days>[0-9]{1,2}(?:(?:,| va )[0-9]{1,2})*)"
    r"(?P<tail>[/.-][0-9]{1,2}(?:[/.-][0-9]{4})?)"
    r"(?:,(?P<weekdays>.+))?",
    re.ASCII,
)
_WEEKDAY_ITEM = re.compile(r"thu [2-7]|thu (?:hai|ba|tu|nam|sau|bay)|cn|chu nhat", re.ASCII)
_LIST_JOINER = re.compile(r",| va ", re.ASCII)


def _listed_days(folded: str) -> tuple[str, tuple[str, ...]] | None:
    """The last of the days a count lists, and the others to be checked one by one."""
    match = _LISTED_DAYS.fullmatch(folded)
    if match is None:
        return None
    count = match["count"]
    days = [int(day) for day in _LIST_JOINER.split(match["days"])]
    if (int(count) if count.isdigit() else _COUNT_WORDS[count]) != len(days):
        return None
    if len(days) < 2 or any(later != earlier + 1 for earlier, later in pairwise(days)):
        return None
    weekdays: list[str] = []
    if match["weekdays"] is not None:
        weekdays = [item.strip() for item in _LIST_JOINER.split(match["weekdays"])]
        if len(weekdays) != len(days) or not all(map(_WEEKDAY_ITEM.fullmatch, weekdays)):
            return None
    texts = [
        f"{weekdays[index]},ngay {day}{match['tail']}"
        if weekdays
        else f"ngay {day}{match['tail']}"
        for index, day in enumerate(days)
    ]
    return texts[-1], tuple(texts[:-1])


def _rewritten(folded: str) -> tuple[str, tuple[str, ...]] | None:
    """The text ``folded`` says in a form the engine knows, and texts that must read as one
    date each for it to stand (the day a day was moved from); None when no rewriting fits."""
    beside = _WEEKDAY_BEFORE_DATE.fullmatch(folded)
    if beside is not None:
        return f"{beside['worded'] or beside['weekday']},ngay {beside['date']}", ()
    intensified = _INTENSIFIED.fullmatch(folded)
    if intensified is not None:
        return intensified["rest"], ()
    named = _same_day_named(folded)
    if named is not None:
        return named, ()
    bare = _BARE_DAY_RANGE.fullmatch(folded)
    if bare is not None:
        return f"{bare['expected'] or ''}tu {bare['first']} den {bare['last']}", ()
    moved = _MOVED.fullmatch(folded)
    if moved is not None:
        return f"ngay {moved['new']}", (f"ngay {moved['old']}",)
    listed = _listed_days(folded)
    if listed is not None:
        return listed
    note = _COUNTED_NOTE.fullmatch(folded)
    if note is not None and _denied_word(note["named"].removeprefix("ngay ")) is None:
        return note["base"], ()
    return None


# "Vào ngày Chủ nhật cuối cùng của tháng", "Thứ Sáu cuối cùng hằng tháng", "Thứ Hai đầu tiên
# của mỗi tháng": a weekday of every month, certain (unlike "tuần đầu", whose week may start
# in the month before).
_WEEKDAY_OF_EVERY_MONTH = re.compile(
    rf"(?:vao )?(?:ngay )?(?P<weekday>{_WEEKDAY}) (?P<which>cuoi cung|dau tien)"
    r" (?:(?:cua|trong) )?(?:(?:moi|hang|cac) )?thang",
    re.ASCII,
)


def _read_weekday_of_every_month(folded: str, period: Period) -> Schedule | None:
    match = _WEEKDAY_OF_EVERY_MONTH.fullmatch(folded)
    if match is None:
        return None
    weekday = _WEEKDAY_NUMBERS[match["weekday"]]
    last = match["which"] == "cuoi cung"

    def pick(year: int, month: int) -> date:
        if last:
            end = date(year, month, monthrange(year, month)[1])
            return end - timedelta(days=(end.weekday() - weekday) % 7)
        first = date(year, month, 1)
        return first + timedelta(days=(weekday - first.weekday()) % 7)

    msgid = _LAST_WEEKDAY_MONTHLY if last else _FIRST_WEEKDAY_MONTHLY
    return _recurring(period, _months_of(period), pick, msgid)


# "Tháng đầu tiên của quý, từ ngày 1 đến ngày 20": every quarter's first month, from its 1st to
# its 20th, due on the 20th of January, April, July and October. Only a day every such month
# holds (up to the 30th, April's last) is read.
_FIRST_MONTH_OF_EVERY_QUARTER = re.compile(
    r"(?:vao |trong )?thang dau(?: tien)?(?: cua)? (?:(?:moi|hang|cac|tung) )?quy(?:,| |, )"
    r"(?:bat dau )?tu ngay (?P<start>[0-9]{1,2}) (?:den|toi) (?:het )?ngay (?P<day>[0-9]{1,2})"
    r"(?: (?:cua quy do|cua quy|hang quy|moi quy))?",
    re.ASCII,
)


def _read_first_month_of_every_quarter(folded: str, period: Period) -> Schedule | None:
    match = _FIRST_MONTH_OF_EVERY_QUARTER.fullmatch(folded)
    if match is None:
        return None
    start, day = int(match["start"]), int(match["day"])
    if not 1 <= start < day <= 30:
        return None
    months = ((year, month) for year, month in _months_of(period) if month % 3 == 1)
    return _recurring(
        period,
        months,
        lambda year, month: date(year, month, day),
        _FIRST_MONTH_OF_QUARTER_ON_DAY,
        day=day,
    )


# "Liên tục từ tháng 5 đến tháng 12 năm 2027": continuous work over a span, due at its end.
# "Liên tục" alone means ongoing (it is denied around a core); only right before a span is it
# read, and only to a single date.
_CONTINUOUS_SPAN = re.compile(r"lien tuc (?P<span>tu .+ (?:den|toi) (?:het )?.*[0-9])", re.ASCII)
# "Kể từ khi triển khai kế hoạch đến hết ngày 28/2": a start named by an event, an end dated.
_FROM_AN_EVENT = re.compile(
    r"(?:ke )?tu khi (?P<event>[a-z]+(?: [a-z]+){0,7}) (?P<end>(?:den|toi) het ngay [0-9].*)",
    re.ASCII,
)
# "Trong tháng 9 đến hết ngày 28/9/2027": a month, then the day in it the work ends on.
_MONTH_TO_ITS_DAY = re.compile(
    r"trong thang (?P<month>[0-9]{1,2})(?:[/.-](?P<year>[0-9]{4}))?"
    r" (?P<end>(?:den|toi) het ngay [0-9]{1,2}[/.-](?P<day_month>[0-9]{1,2})"
    r"(?:[/.-](?P<day_year>[0-9]{4}))?)",
    re.ASCII,
)


# "Trong một ngày (trong khoảng thời gian từ 15 – 21/12/2027)": one day somewhere in a
# window, due at the window's end.
_ONE_DAY_IN_A_WINDOW = re.compile(
    r"trong (?:mot|1|01) ngay,(?P<window>(?:trong )?(?:khoang )?(?:thoi gian )?tu [0-9].*[0-9])",
    re.ASCII,
)


# "Trong 2 tháng, từ ngày 23/4 đến ngày 23/6": a count of months before a span, due at the span's
# end only when the span is that many months, from a day to the same day of a later month
# (from the 23rd to the 23rd two months on is "2 tháng"). "Đến ngày 22/6" (the day before)
# is also said; it is left unread, the count then being only nearly right.
_MONTHS_COUNTED = re.compile(
    r"trong (?P<count>[0-9]{1,2}|hai|ba|bon|nam|sau|bay) thang(?:,| |, )"
    r"(?P<span>tu (?:ngay )?(?P<day>[0-9]{1,2})[/.-](?P<month>[0-9]{1,2})"
    r"(?:[/.-](?P<year>[0-9]{4}))?"
    r" (?:den|toi) (?:het )?(?:ngay )?(?P<end_day>[0-9]{1,2})[/.-](?P<end_month>[0-9]{1,2})"
    r"(?:[/.-](?P<end_year>[0-9]{4}))?)",
    re.ASCII,
)


def _months_counted_span(folded: str) -> str | None:
    """The span a count of months stands before, when the span is that many months."""
    match = _MONTHS_COUNTED.fullmatch(folded)
    if match is None or int(match["day"]) != int(match["end_day"]):
        return None
    count = match["count"]
    months = int(count) if count.isdigit() else _COUNT_WORDS[count]
    apart = int(match["end_month"]) - int(match["month"])
    if match["year"] is not None and match["end_year"] is not None:
        apart += 12 * (int(match["end_year"]) - int(match["year"]))
    elif match["year"] is not None:
        # A year at the start only: which year the end is in is not written.
        return None
    else:
        apart %= 12
    return match["span"] if 0 < months == apart else None


def _once_rewritten(folded: str) -> str | None:
    """The text ``folded`` says in a form the engine knows, to be read only as one date; None
    when no such rewriting fits."""
    counted = _months_counted_span(folded)
    if counted is not None:
        return counted
    window = _ONE_DAY_IN_A_WINDOW.fullmatch(folded)
    if window is not None:
        return window["window"]
    continuous = _CONTINUOUS_SPAN.fullmatch(folded)
    if continuous is not None:
        return continuous["span"]
    event = _FROM_AN_EVENT.fullmatch(folded)
    if event is not None and _denied_word(event["event"]) is None:
        return event["end"]
    month = _MONTH_TO_ITS_DAY.fullmatch(folded)
    if (
        month is not None
        and int(month["month"]) == int(month["day_month"])
        and (month["year"] is None or month["year"] == month["day_year"])
    ):
        return month["end"]
    return None
