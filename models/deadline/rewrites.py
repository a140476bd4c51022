"""Texts the engine reads once rewritten into a form it knows: a weekday joined to its date by
a dash, "ngay" (right, very) before "trong" or "từ", a day moved to another, a date restated by
a count of days from a named day; and the first or last weekday of every month."""

from __future__ import annotations

import re
from calendar import monthrange
from datetime import date, timedelta

from models.deadline.dates import _months_of, _recurring
from models.deadline.folding import _WEEKDAY
from models.deadline.messages import _FIRST_WEEKDAY_MONTHLY, _LAST_WEEKDAY_MONTHLY
from models.deadline.readers import _WEEKDAY_NUMBERS
from models.deadline.schedule import Period, Schedule
from models.deadline.wrapping import _denied_word

# A day and month, maybe with a year, as a date is written.
_DAY_MONTH = r"[0-9]{1,2}[/.-][0-9]{1,2}(?:[/.-][0-9]{4})?"

# "Vào ngày thứ Hai - 15/8": the weekday beside its date, checked as "thứ Hai, 15/8" is. Only
# a weekday in words: "thứ 2-5/8" might be days 2 to 5.
_WEEKDAY_DASH = re.compile(
    r"(?:vao )?(?:ngay )?(?P<weekday>thu (?:hai|ba|tu|nam|sau|bay)|chu nhat) ?[-–] ?"
    rf"(?:ngay )?(?P<date>{_DAY_MONTH})",
    re.ASCII,
)
# "Ngay trong năm 2027" (within that very year), "ngay từ ngày X đến ngày Y": "ngay" adds
# only emphasis there. "Ngay sau" (right after) and "ngay trước" (right before) are not here.
_INTENSIFIED = re.compile(r"ngay (?P<rest>(?:trong|tu) .+)", re.ASCII)
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


def _rewritten(folded: str) -> tuple[str, tuple[str, ...]] | None:
    """The text ``folded`` says in a form the engine knows, and texts that must read as one
    date each for it to stand (the day a day was moved from); None when no rewriting fits."""
    dash = _WEEKDAY_DASH.fullmatch(folded)
    if dash is not None:
        return f"{dash['weekday']},ngay {dash['date']}", ()
    intensified = _INTENSIFIED.fullmatch(folded)
    if intensified is not None:
        return intensified["rest"], ()
    moved = _MOVED.fullmatch(folded)
    if moved is not None:
        return f"ngay {moved['new']}", (f"ngay {moved['old']}",)
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
