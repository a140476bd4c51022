"""Before any rule reads it, a deadline text is folded to one spelling: lower-case, without
marks, single-spaced, numbers spelt out in brackets checked and dropped, and times of day
taken out of it to be noted in the explanation."""

from __future__ import annotations

import re
import unicodedata

from models.deadline.messages import _SPELLED_DIFFERENTLY, _TIME_OF_DAY, _UNREADABLE, _Refusal
from models.deadline.schedule import Schedule, _followed_by
from models.text import text as explain
from models.vntext import fold

# --- Folding: one spelling to match against ----------------------------------------------

_DASHES = "‐‑‒–—―−"
# A colon ("Hạn: ...") separates nothing a rule cares about; a parenthesis opens a detail
# of what comes before it, as a comma does ("Hằng quý (trước ngày 15 tháng cuối quý)").
_SEPARATOR_FIXES = str.maketrans(":()" + _DASHES, " , " + "-" * len(_DASHES))
_SPACE_AROUND_SEPARATOR = re.compile(r" ?([/,.;-]) ?")
# "Quí" is the older spelling of "quý" (also in "qui định").
_OLD_SPELLINGS = re.compile(r"\bqui\b")
_LEADING_BULLETS = "-+*•·>, "
# Characters that show as nothing, pasted in from web pages and word processors: a zero-width
# space between "ngày" and its date must not hide the date.
_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"))
_TRAILING_PUNCTUATION = ".,;!? "


# A round numbered in figures, Roman numerals or words: "Đợt 1", "Lần thứ hai", "Giai đoạn
# II", "Bước 3", "Vòng 2", "Đợt cuối". "Năm" (five) and "tư" (fourth) are not read bare:
# folded, they are "năm" (year) and "từ" (from).
_ROUND_WORD = r"(?:dot|lan|giai doan|buoc|vong)"
_ROUND_NUMBER = (
    r"(?:[0-9]{1,2}(?![0-9]|[/.-][0-9])|(?:i{1,3}|iv|v|vi{1,3}|ix|x)\b"
    r"|(?:thu )?(?:nhat|hai|ba|bon|sau|bay|tam|chin|muoi)\b|thu (?:tu|nam)\b"
    r"|dau tien|dau|cuoi cung|cuoi)"
)
# The colon after a round ("Đợt 1: tháng 4/2027") is kept as a comma: as a space, "đợt 1 tháng
# 4/2027" could as well be the round of 1 April.
_ROUND_COLON = re.compile(rf"\b(?P<label>{_ROUND_WORD} {_ROUND_NUMBER}) ?:", re.ASCII)


# "17:00" is a time of day; the colon must not become a space the way "Hạn:" does.
_CLOCK_COLON = re.compile(r"(?<![0-9])([0-9]{1,2}):([0-9]{2})(?![0-9])", re.ASCII)


# Minutes are marked with a prime as often as with an apostrophe: "24 giờ 00’", "7h30′".
_PRIMES = str.maketrans("’′‘`´", "'" * 5)
# Words typed without a space after a date or before "ngày" ("03/06/2026đến hết ngày",
# "Trướcngày 15/7/2026"). Only a date's last figure glued to a linking word, or a lead
# word glued to "ngày", "tháng", "năm" or a figure, is split; figures are never split.
_GLUED_AFTER_DATE = re.compile(
    r"(?<=[0-9][/.-][0-9])(?=(?:den|va|toi|truoc|hoac)\b)"
    r"|(?<=[0-9][/.-][0-9]{2})(?=(?:den|va|toi|truoc|hoac)\b)"
    r"|(?<=[0-9][/.-][0-9]{4})(?=(?:den|va|toi|truoc|hoac)\b)"
    r"|(?<=\bnam [0-9]{4})(?=(?:den|va|toi|truoc|hoac)\b)",
    re.ASCII,
)
_GLUED_BEFORE_DATE = re.compile(
    r"\b(?:tu|den|het|truoc|vao|toi|va|cac)(?=(?:ngay|thang|nam)\b)"
    r"|\b(?:ngay|truoc|den)(?=[0-9])",
    re.ASCII,
)


# "Đúng" (sharp, exactly) leads a date or a time; folded, it is spelt as "dừng" (stop) and
# "dùng" (use) are, which lead none. Those are kept apart before the marks go.
_NOT_SHARP = re.compile(r"(?<!\w)(?!đúng(?!\w))[dđ][uúùủũụưứừửữự]ng(?!\w)", re.IGNORECASE)


def _sharp_kept_apart(text: str) -> str:
    """``text`` with words folding like "đúng" but not it turned into a word no rule reads."""
    return _NOT_SHARP.sub(
        lambda found: found.group() if found.group().lower() == "dung" else "dzung",
        unicodedata.normalize("NFC", text),
    )


def _unglued(marked: str) -> str:
    """``marked`` with a space put where a date and a word were typed together."""
    spaced = _GLUED_AFTER_DATE.sub(" ", marked)
    return _GLUED_BEFORE_DATE.sub(lambda found: found.group() + " ", spaced)


def _fold(text: str) -> str:
    """Lower-case, mark-free, single-spaced text with no spaces around separators.

    Numbers also spelt out in brackets ("ngày 06 (sáu) tháng 06 (sáu)") keep the figures
    only, once the words are checked to say the same (see :func:`_without_spelled_numbers`).
    """
    visible = text.translate(_INVISIBLE).translate(_PRIMES)
    plain = _without_spelled_numbers(fold(_sharp_kept_apart(visible)))
    marked = _CLOCK_COLON.sub(r"\1h\2", _ROUND_COLON.sub(r"\g<label>,", plain))
    spaced = " ".join(marked.translate(_SEPARATOR_FIXES).split())
    tight = _unglued(_SPACE_AROUND_SEPARATOR.sub(r"\1", _OLD_SPELLINGS.sub("quy", spaced)))
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

# "Thứ Hai", "thứ 2", "T2", "Chủ nhật", "CN" (as timetables write Sunday).
_WEEKDAY = r"(?:thu (?:hai|bay|ba|tu|nam|sau|[2-7])|chu nhat|cn|t[2-7])"
# What may stand between a date and its time: its weekday, "ngày 14/10/2025 (thứ Ba), lúc 8h".
_THEN_ITS_WEEKDAY = rf"(?:(?:,| |, ){_WEEKDAY})?"


def _clock(suffix: str = "") -> str:
    """An hour of the day, "8h", "8 giờ 30", "07h30'", "20h00 phút", "8h sáng"."""
    return (
        rf"(?P<hour{suffix}>[0-9]{{1,2}}) ?(?:gio|h|g)(?: ?(?P<minute{suffix}>[0-9]{{1,2}}))?"
        r"(?: ?(?:phut|p|'))?(?: (?:sang|trua|chieu|toi))?"
    )


# "Từ 7h30 đến 11h00", "8h-11h": hours of one day; the first may stand for the whole.
_CLOCK = rf"(?:(?:tu )?{_clock('0')}(?:-| den | toi ))?{_clock()}"
# "Trước thời hạn 17h ngày X" is before five on X, as "trước 17h ngày X" is; "đúng 20h ngày
# X" (at eight sharp) is on X; "từ 14 giờ 30 ngày X" (from that hour) is on X too, when no
# end follows ("từ 8h ngày X đến ngày Y" is a span of days, and keeps its "từ").
_FROM_AN_HOUR = r"tu(?!.*\b(?:den|toi|sang|het|keo dai|ket thuc|tro di|ve sau)\b)"
_TIME_BEFORE_DATE = re.compile(
    r"(?<![0-9a-z/.-])(?:(?:truoc|luc|vao luc|vao hoi|hoi|vao|(?:vao )?dung(?: vao)?(?: luc)?"
    rf"|{_FROM_AN_HOUR})"
    r"(?: (?:thoi han|thoi gian|thoi diem))? )?"
    rf"{_CLOCK}(?: (?:cua|vao))?(?:,| |, )"
    rf"(?=ngay |[0-9]{{1,2}}[/.-][0-9]|{_WEEKDAY}(?:,| |, )(?:ngay )?[0-9])",
    re.ASCII,
)
_TIME_AFTER_DATE = re.compile(
    rf"(?<=[0-9])(?P<keep>{_THEN_ITS_WEEKDAY})(?:,| |, )"
    r"(?:(?:truoc|luc|vao luc|vao hoi|hoi|vao|den|cham nhat|cham nhat la|dung|vao dung"
    rf"|dung luc) )?{_CLOCK}(?=$|[,;.]| va )",
    re.ASCII,
)
# A part of the day after a date, "Ngày 20/12/2026 (buổi chiều)"; "tối" only where it ends a
# part, since folded it is also "tới" (up to) before another date.
_PART_AFTER_DATE = re.compile(
    rf"(?<=[0-9])(?P<keep>{_THEN_ITS_WEEKDAY})(?:,| |, )(?:buoi )?(?:sang|trua|chieu|toi)"
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
        first = _noted_time(found, "0", times) if found["hour0"] is not None else None
        last = _noted_time(found, "", times)
        if first is not None and first >= last:
            # "Từ 11h đến 8h ngày X" runs backwards: a typo in one of the hours.
            raise _Refusal(_UNREADABLE)
        # A weekday between the date and the time stays, for the rules to check.
        return found.groupdict().get("keep") or ""

    before_dates = _TIME_BEFORE_DATE.sub(noted, folded)
    timed = _TIME_AFTER_DATE.sub(noted, before_dates)
    without = _PART_AFTER_DATE.sub(lambda found: found["keep"], timed)
    if without != before_dates and _BEFORE.search(without):
        # "Trước ngày 30/01/2026, 17h00": before the day, or before that hour of it?
        raise _Refusal(_UNREADABLE)
    return without, tuple(times)


def _noted_time(found: re.Match[str], suffix: str, times: list[str]) -> str:
    """The time ``found`` gives (groups ending in ``suffix``), added to ``times``; a refusal
    for an hour or a minute no clock shows."""
    hour, minute = int(found[f"hour{suffix}"]), int(found[f"minute{suffix}"] or 0)
    if not (0 <= hour <= 23 and minute <= 59) and (hour, minute) != (24, 0):
        raise _Refusal(_UNREADABLE)
    time = f"{hour:02d}:{minute:02d}"
    if time not in times:
        times.append(time)
    return time


def _with_times_noted(schedule: Schedule, times: tuple[str, ...]) -> Schedule:
    if not times or not schedule.due_dates:
        return schedule
    note = explain(_TIME_OF_DAY, time=", ".join(times))
    return Schedule(schedule.kind, schedule.due_dates, _followed_by(schedule.explanation, note))
