"""Compound cells whose parts the phrase table reads: "từ nay" before a deadline, deadlines
joined by "và" or commas, ongoing work described, a periodic form restated, a start and an
end written apart, a count of months with the months named, a lunar date with its solar
date in brackets, and a solar date with its lunar date in brackets."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date

from models.deadline.bounds import _read_before_month, _read_before_quarter
from models.deadline.dates import (
    _dated,
    _finest_unit,
    _in_written_order,
    _listed_numbers,
    _month_number,
    _quarter_number,
)
from models.deadline.messages import (
    _COUNT_DISAGREES,
    _EACH_NAMED,
    _ONGOING,
    _PERIODS_DISAGREE,
    _UNREADABLE,
    _Refusal,
)
from models.deadline.phrases import (
    _DAY,
    _DAYS,
    _FILLER,
    _MONTHS,
    _ONGOING_WORDS,
    _PER_YEAR,
    _PERIODIC,
    _STRAY_YEAR,
    _day_months,
    _matching_rule,
    _read_phrase,
)
from models.deadline.readers import (
    _day_months_listed,
    _read_before_date,
    _read_day_of_last_month,
    _read_day_span,
    _read_days_of_a_month,
    _read_month_span,
    _read_monthly_day,
    _read_monthly_days,
    _read_months,
    _read_on_date,
    _read_quarter_span,
    _read_quarters,
    _read_year_span,
    _read_yearly_months,
    _Reader,
    _span_years,
    _yearly_dates,
)
from models.deadline.schedule import Period, Schedule, ScheduleKind
from models.deadline.spans import _read_mixed_span
from models.deadline.wrapping import _denied_word
from models.text import text as explain

_FROM_NOW = re.compile(
    r"(?:ke )?(?:tu nay|tu bay gio|ngay tu bay gio|tu thoi diem nay)(?:,| |, )(?:cho )?"
    r"(?:den|toi) (?P<rest>.+)",
    re.ASCII,
)


def _read_from_now(folded: str, period: Period) -> Schedule | None:
    """ "Từ nay đến hết năm 2025": from now adds nothing to "by the end of 2025".

    "Từ nay đến trước ngày 15/6/2026" is "trước ngày 15/6/2026", due the day before; "(cho)
    tới" is "đến". Only one deadline reads after "from now": "từ nay đến hằng quý" says no
    end.
    """
    match = _FROM_NOW.fullmatch(folded)
    if match is None:
        return None
    rest = match["rest"]
    schedule = _read_phrase(rest if rest.startswith("truoc ") else f"den {rest}", period)
    return schedule if schedule is not None and schedule.kind is ScheduleKind.ONCE else None


_BEFORE_PERIODS: frozenset[_Reader] = frozenset({_read_before_month, _read_before_quarter})
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
    if (same_kind or readers & _BEFORE_PERIODS) and len(readers) > 1:
        # "Trước tháng 10 và tháng 11/2026": is the second month before, or in?
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


# --- A start and an end: "Từ tháng 4 và kết thúc trong tháng 9-2026" -------------------------

# The start may stand without a lead word when it is a day ("Ngày 29/10/2027 và kéo dài đến
# hết ngày 3/11/2027"); a few words without figures may name what goes on until the end ("và
# trưng bày kéo dài đến hết ngày Y"), unless one of them may change it (:mod:`.wrapping`).
_START_AND_END = re.compile(
    r"(?:(?:bat dau (?:tu |vao |trong )?|tu )(?P<first>[^,;]+?)|(?P<day>(?:ngay )?[0-9][^,;]*?))"
    r"(?:,|;| |,va | va |;va )(?P<between>(?:[a-z]+ ){0,3}?)"
    r"(?:ket thuc|hoan thanh|keo dai (?:den|toi)(?: het)?)"
    r"(?: (?:cham nhat|muon nhat))?(?: (?:vao|trong|het|den het|vao cuoi|cuoi|la))? (?P<last>.+)",
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
    if match is None or _denied_word(match["between"]):
        return None
    matched = _matching_rule(f"tu {match['first'] or match['day']} den {match['last']}")
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


# --- A lunar date with the solar date in brackets: "Mùng 4 tháng Giêng (tức ngày 21/02/2026)" --
# Festivals and village events are set by the lunar calendar, and officials add the solar
# date ("tức", that is) for the plan. The engine converts no lunar date; it reads the solar
# one, as written, when the lunar part is a date (or a span of dates) and the solar part is
# the same: one date for one date, a span for a span.

# The name of a lunar year, "Bính Ngọ", after a day of Tết ("mùng 1 Tết Bính Ngọ").
_CAN_CHI = (
    r"(?:giap|at|binh|dinh|mau|ky|canh|tan|nham|quy)"
    r" (?:ty|suu|dan|mao|thin|ngo|mui|than|dau|tuat|hoi)"
)
_LUNAR_DAY = r"(?:(?:ngay )?(?:(?:mung|mong) )?[0-9]{1,2}|ram)"
_LUNAR_MONTH = (
    r"(?:thang (?:gieng|chap|[0-9]{1,2}|hai|ba|tu|nam|sau|bay|tam|chin|muoi(?: mot)?)"
    r"(?: (?:nhuan|am lich|al))*|tet(?: nguyen dan)?)"
    rf"(?: nam (?:[0-9]{{4}}|[a-z]+ [a-z]+)| {_CAN_CHI})?"
)
_LUNAR_DATE = rf"{_LUNAR_DAY} {_LUNAR_MONTH}"
_LUNAR_SPAN = (
    rf"tu {_LUNAR_DAY}(?: {_LUNAR_MONTH})?(?:-| den | toi )(?:het )?{_LUNAR_DATE}"
    rf"|(?:(?:cac )?ngay )?(?:(?:mung|mong) )?[0-9]{{1,2}}-[0-9]{{1,2}} {_LUNAR_MONTH}"
    r"|(?:(?:trong )?dip |nghi )?tet(?: nguyen dan)?(?: [a-z]+ [a-z]+)?"
)
# Words that mark the calendar as lunar: without one, "ngày 12 tháng 8" is a solar date.
_LUNAR_MARK = re.compile(r"\b(?:mung|mong|ram|gieng|chap|am lich|al|tet)\b", re.ASCII)
_SOLAR_LINK = r"(?:,| |, )(?:(?:tuc la|tuc|nham) )?(?P<solar>.+?)(?: (?:duong lich|dl))?"
_LUNAR_WITH_SOLAR = (
    re.compile(
        rf"{_FILLER}(?P<lead>(?:cham nhat |muon nhat )?truoc |(?:vao|trong|den|cham nhat) )?"
        rf"(?P<lunar>{_LUNAR_DATE}){_SOLAR_LINK}",
        re.ASCII,
    ),
    re.compile(rf"{_FILLER}(?:trong |vao )?(?P<lunar>{_LUNAR_SPAN}){_SOLAR_LINK}", re.ASCII),
)
_SOLAR_DAY_READERS: frozenset[_Reader] = frozenset({_read_on_date})
_SOLAR_SPAN_READERS: frozenset[_Reader] = frozenset(
    {_read_day_span, _read_days_of_a_month, _read_mixed_span}
)


def _read_lunar_with_solar(folded: str, period: Period) -> Schedule | None:
    """The solar date (or span) a lunar one is restated as; None when there is none."""
    for pattern, readers in zip(
        _LUNAR_WITH_SOLAR, (_SOLAR_DAY_READERS, _SOLAR_SPAN_READERS), strict=True
    ):
        match = pattern.fullmatch(folded)
        if match is None or not _LUNAR_MARK.search(match["lunar"]):
            continue
        before = (match.groupdict().get("lead") or "").endswith("truoc ")
        solar = f"truoc {match['solar']}" if before else match["solar"]
        matched = _matching_rule(solar)
        if matched is None and readers is _SOLAR_SPAN_READERS and not solar.startswith("tu "):
            # "Từ mùng 8 đến 15 tháng 4 âm lịch (24 đến 31-5-2026)": the bracket's span
            # leaves its "từ" to the lunar span before it.
            matched = _matching_rule(f"tu {solar}")
        wanted = frozenset({_read_before_date}) if before else readers
        if matched is None or matched[1] not in wanted:
            return None
        return matched[1](matched[0], period)
    return None


def _names_a_lunar_date(folded: str) -> bool:
    """Whether ``folded`` gives a lunar date ("mùng 4 tháng Giêng", "rằm tháng 8 âm lịch")."""
    return _LUNAR_MARK.search(folded) is not None and _LUNAR_DATE_SHAPE.search(folded) is not None


_LUNAR_DATE_SHAPE = re.compile(
    rf"(?:{_LUNAR_DATE}|{_LUNAR_SPAN}|thang (?:gieng|chap)\b|\bam lich\b)", re.ASCII
)


# --- A solar date with the lunar date in brackets: "Từ ngày 17/02/2026 (tức ngày mùng 01
# tháng Giêng năm Bính Ngọ) đến ngày 3/3/2026" --------------------------------------------
# The solar date is the one written for the plan; the lunar one restates it for those who
# keep that calendar. It is dropped unconverted, and the solar text read as if it were not
# there. Only a lunar date (one with a word marking it lunar) right after a solar date goes.

_LUNAR_AFTER_SOLAR = re.compile(
    r"(?<=[0-9])(?P<bracket>,(?:(?:tuc la|tuc|nham) )?"
    rf"(?P<lunar>{_LUNAR_DATE})(?: (?:nam )?{_CAN_CHI})?(?: (?:am lich|al))?)(?=$| |,)",
    re.ASCII,
)
_SOLAR_DATE_END = re.compile(
    r"[0-9]{1,2}(?:[/.-]| thang )[0-9]{1,2}(?:(?:[/.-]| nam )[0-9]{4})?$", re.ASCII
)


# A lunar span bracketed after the solar span it restates, ending the text: "Từ ngày 10/02 đến
# hết ngày 15/3/2027 (từ ngày 25 tháng Chạp năm Bính Ngọ đến ngày 8 tháng Hai năm Đinh Mùi)".
# The lunar span may also be written in figures, closed by "âm lịch": "(Tức ngày 24/3 đến 26/3
# Âm lịch)".
_SLASHED_LUNAR_DAY = r"(?:ngay )?(?:(?:mung|mong) )?[0-9]{1,2}[/.-][0-9]{1,2}"
_SLASHED_LUNAR_SPAN = (
    rf"(?:tu )?{_SLASHED_LUNAR_DAY}(?:-| den | toi )(?:het )?{_SLASHED_LUNAR_DAY} (?:am lich|al)"
)
_LUNAR_SPAN_AFTER_SOLAR = re.compile(
    r"(?P<solar>.+?[0-9](?:-| den | toi ).+[0-9]),(?:(?:tuc la|tuc|nham) )?"
    rf"(?P<lunar>tu {_LUNAR_DAY}(?: {_LUNAR_MONTH})?(?:-| den | toi )(?:het )?{_LUNAR_DATE}"
    rf"|{_SLASHED_LUNAR_SPAN})"
    r"(?: (?:am lich|al))?",
    re.ASCII,
)
_LUNAR_YEAR_NAME = re.compile(rf"\b{_CAN_CHI}\b", re.ASCII)


def _without_lunar_span_restated(folded: str) -> str | None:
    """``folded`` without the lunar span bracketed after its solar span, or None if none."""
    match = _LUNAR_SPAN_AFTER_SOLAR.fullmatch(folded)
    if match is None or not _SOLAR_DATE_END.search(match["solar"]):
        return None
    lunar = match["lunar"]
    if not (_LUNAR_MARK.search(lunar) or _LUNAR_YEAR_NAME.search(lunar)):
        return None
    return match["solar"]


def _without_lunar_restated(folded: str) -> str | None:
    """``folded`` without the lunar dates bracketed after its solar dates, or None if none."""
    span = _without_lunar_span_restated(folded)
    if span is not None:
        return span
    kept: list[str] = []
    last = 0
    for found in _LUNAR_AFTER_SOLAR.finditer(folded):
        before = folded[last : found.start()]
        if not _SOLAR_DATE_END.search(before) or not _LUNAR_MARK.search(found["lunar"]):
            return None
        kept.append(before)
        last = found.end()
    if not kept:
        return None
    kept.append(folded[last:])
    return "".join(kept)
