"""The phrase table: every pattern the engine knows, in the order they are tried, each
with its reader, and the loop that finds the one explaining a whole text."""

from __future__ import annotations

import re

from models.deadline.bounds import _read_before_month, _read_before_quarter
from models.deadline.folding import _WEEKDAY
from models.deadline.readers import (
    _read_before_date,
    _read_day_of_last_month,
    _read_day_span,
    _read_days_of_a_month,
    _read_dekad,
    _read_every,
    _read_half_month,
    _read_half_year,
    _read_month_span,
    _read_monthly_day,
    _read_monthly_days,
    _read_months,
    _read_on_date,
    _read_ongoing,
    _read_quarter_span,
    _read_quarters,
    _read_week_of_month,
    _read_weekly,
    _read_with_quarterly_report,
    _read_year,
    _read_year_span,
    _read_yearly_date,
    _read_yearly_dates,
    _read_yearly_day_span,
    _read_yearly_month_span,
    _read_yearly_months,
    _read_yearly_quarters,
    _read_years,
    _Reader,
)
from models.deadline.schedule import Period, Schedule
from models.deadline.spans import _read_mixed_span

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
# A comma may stand before "đến" ("Từ ngày 3/8, đến ngày 20/9/2026"), and "cho" before it
# ("từ tháng 4 cho đến tháng 9"); neither changes the span.
_SPAN_TO = r"(?:-|[, ](?:cho )?(?:den|toi) )(?:het |cuoi )?"
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


# The ten days of a month: "thượng tuần" (first), "trung tuần" (middle), "hạ tuần" (last).
_DEKAD = r"(?:thuong|trung|ha)"
# A month in figures, where a bare number could also be a two-digit year ("10-12/25").
_MONTH_NUMBER = r"(?:0?[1-9]|1[0-2])"


def _any_span_end(suffix: str) -> str:
    """A span end of any kind; the groups carry ``suffix`` so that two ends can be told apart."""
    year = r"[0-9]{4}"
    return (
        rf"(?:(?:ngay )?(?P<day{suffix}>[0-9]{{1,2}})(?:[/.-]| thang )(?P<dmonth{suffix}>{_MONTH})"
        rf"(?:{_YEAR_SEPARATOR}(?P<dyear{suffix}>{year}))?"
        rf"|thang (?P<month{suffix}>{_MONTH})(?:{_YEAR_SEPARATOR}(?P<myear{suffix}>{year}))?"
        rf"|(?P<bmonth{suffix}>{_MONTH})[/.-](?P<byear{suffix}>{year})"
        rf"|quy (?P<quarter{suffix}>{_QUARTER})(?:{_YEAR_SEPARATOR}(?P<qyear{suffix}>{year}))?"
        rf"|(?P<dekad{suffix}>{_DEKAD}) tuan thang (?P<tmonth{suffix}>{_MONTH})"
        rf"(?:{_YEAR_SEPARATOR}(?P<tyear{suffix}>{year}))?"
        rf"|(?:nam )?(?P<year{suffix}>{year}))"
    )


# A part of the day before a date: "sáng ngày 14/3", "chậm nhất vào chiều ngày 14/3".
_PART_OF_DAY = r"(?P<part>(?:buoi )?(?:sang|trua|chieu|toi) )"
# Weekdays (:data:`.folding._WEEKDAY`); several joined by "và" or commas, never "hoặc".
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
    # "Cuối mỗi tháng", "vào cuối hằng quý", "định kỳ cuối tháng": the end of every one.
    (rf"{_FILLER}(?:(?:vao|den) )?cuoi (?P<units>(?:hang|moi) {_UNIT})", _read_every),
    (rf"{_FILLER}(?:theo )?dinh ky (?:vao )?cuoi (?P<units>{_UNIT})", _read_every),
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
    # Days of one month: "Ngày 15-16/11/2025", "12-18/12" (the year from the plan period).
    (
        rf"{_FILLER}{_BY}(?:tu )?(?:(?:cac )?ngay )?(?P<day1>[0-9]{{1,2}})-(?P<day2>[0-9]{{1,2}})"
        rf"(?:[/.]| thang )(?P<month>{_MONTH_NUMBER})(?:{_YEAR_SEPARATOR}(?P<year>[0-9]{{4}}))?",
        _read_days_of_a_month,
    ),
    # Two dates without a year: "28/12-6/1", "10/3 - 25/3", as farm calendars write windows.
    (
        rf"{_FILLER}{_BY}(?:(?:cac )?ngay )?(?P<day1>[0-9]{{1,2}})(?:[/.]| thang )"
        rf"(?P<month1>{_MONTH_NUMBER}){_SPAN_TO}(?:ngay )?(?P<day2>[0-9]{{1,2}})(?:[/.]| thang )"
        rf"(?P<month2>{_MONTH_NUMBER})",
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
    # "Trước tháng 12.2026" is due at the end of November, "trước quý IV" at the end of the
    # third quarter, as "trước ngày X" is due the day before X.
    (
        rf"{_FILLER}{_LATEST}truoc (?:thoi han |thoi gian )?thang (?P<month>{_MONTH})"
        rf"(?:{_YEAR_SEPARATOR}(?P<year>[0-9]{{4}}))?",
        _read_before_month,
    ),
    (
        rf"{_FILLER}{_LATEST}truoc (?:thoi han |thoi gian )?quy (?P<quarter>{_QUARTER})"
        rf"(?:{_YEAR_SEPARATOR}(?P<year>[0-9]{{4}}))?",
        _read_before_quarter,
    ),
    # "Trước thời hạn 15/10/2025" is "trước ngày 15/10/2025"; a weekday after it must agree.
    (
        rf"{_FILLER}(?:cham nhat |muon nhat )?truoc (?:(?:thoi han|thoi gian|thoi diem) )?"
        rf"{_DAY_MONTH_YEAR}(?:(?:,| |, )(?:ngay )?(?P<weekday>{_WEEKDAY}))?",
        _read_before_date,
    ),
    # "Thượng tuần tháng 1/2026", "Trong trung tuần tháng 11", "Hạ tuần tháng 12/2025".
    (
        rf"{_FILLER}{_WITHIN}(?P<dekad>{_DEKAD}) tuan thang (?P<month>{_MONTH})"
        rf"(?:{_YEAR_SEPARATOR}(?P<year>[0-9]{{4}}))?",
        _read_dekad,
    ),
    # "Trong tuần đầu của tháng 10/2026", "Tuần thứ hai tháng 10", "Tuần cuối tháng 12/2026".
    (
        rf"{_FILLER}{_WITHIN}tuan (?:le )?(?P<week>dau tien|dau|cuoi cung|cuoi"
        rf"|thu (?:nhat|hai|ba|tu|[1-4]))(?: cua)? thang (?P<month>{_MONTH})"
        rf"(?:{_YEAR_SEPARATOR}(?P<year>[0-9]{{4}}))?",
        _read_week_of_month,
    ),
    # "Vào nửa đầu tháng 8/2026" (to the 15th), "Nửa cuối tháng 8", "nửa sau tháng 8".
    (
        rf"{_FILLER}{_WITHIN}nua (?P<half>dau|cuoi|sau)(?: cua)? thang (?P<month>{_MONTH})"
        rf"(?:{_YEAR_SEPARATOR}(?P<year>[0-9]{{4}}))?",
        _read_half_month,
    ),
    # A bare "7-9/2025" may be months 7 to 9 as well as 07/09: not read without "ngày".
    (rf"{_FILLER}{_BY}{_PART_OF_DAY}?(?!{_MIXED_SEPARATORS}){_DAY_MONTH_YEAR}", _read_on_date),
    # "Ngày 14/10/2025 (thứ Ba)", "16/11/2025, Chủ nhật": the weekday must be the date's.
    (
        rf"{_FILLER}{_BY}{_PART_OF_DAY}?(?![0-9]{{1,2}}-[0-9]{{1,2}}[/.][0-9]{{4}}\b)"
        rf"{_DAY_MONTH_YEAR}(?:,| |, )(?:ngay )?(?P<weekday>{_WEEKDAY})",
        _read_on_date,
    ),
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


def _read_phrase(folded: str, period: Period) -> Schedule | None:
    matched = _matching_rule(folded)
    return None if matched is None else matched[1](matched[0], period)


def _matching_rule(folded: str) -> tuple[re.Match[str], _Reader] | None:
    for pattern, read in _RULES:
        match = pattern.fullmatch(folded)
        if match is not None:
            return match, read
    return None
