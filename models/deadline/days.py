"""Cells about days whose parts the phrase table reads: a count of days with the days named
("Trong 02 ngày 16-17/3/2026"), a named day with its date in brackets ("Trước ngày Quốc khánh
(2/9)"), and "mùng" before the day of a solar date ("Ngày mồng 2/9/2026")."""

from __future__ import annotations

import re
from datetime import date

from models.deadline.dates import (
    _check_day_month,
    _day_before,
    _format_day,
    _once,
)
from models.deadline.folding import _spelled_number
from models.deadline.messages import (
    _DAY_COUNT_DISAGREES,
    _DAY_SPAN,
    _DUE_BEFORE,
    _DUE_ON,
    _MAY_BE_LUNAR,
    _NO_SUCH_DATE,
    _UNREADABLE,
    _Refusal,
)
from models.deadline.phrases import _FILLER, _SPAN_TO, _YEAR_SEPARATOR, _matching_rule
from models.deadline.readers import (
    _day_window,
    _only_span_in_period,
    _read_before_date,
    _read_day_span,
    _read_days_of_a_month,
    _read_dekad,
    _read_half_month,
    _read_months,
    _read_on_date,
    _read_week_of_month,
    _read_yearly_date,
    _Reader,
)
from models.deadline.schedule import Period, Schedule, ScheduleKind
from models.deadline.spans import _read_mixed_span
from models.deadline.wrapping import _denied_word

# --- A count of days with the days named: "Trong 02 ngày 16-17/3/2026" ---------------------------
# Officials give how long an event lasts and then its days: "Trong 3 ngày (từ 12 đến
# 14/5/2026)", "Trong hai ngày 20 và 21/6/2026", "16-17/3/2026 (02 ngày)". The days are a
# window due on its last day, read only when the count is the number of days named; a count
# that disagrees is a typo in one of the two, as a count of months that disagrees is.

_THEN = r"(?:,|;| |-)"
# A count in words starts with a number ("tư" and "lăm" only follow "mươi"), so that "từ
# ngày" is never taken for "tư ngày".
_FIRST_NUMBER_WORD = r"(?:mot|hai|ba|bon|nam|sau|bay|tam|chin|muoi)"
_NUMBER_WORD = r"(?:mot|hai|ba|bon|tu|nam|lam|nham|sau|bay|tam|chin|muoi|chuc)"
_DAY_COUNT = rf"(?P<count>[0-9]{{1,2}}|{_FIRST_NUMBER_WORD}(?: {_NUMBER_WORD}){{0,2}}) ngay"
_COUNT_LEAD = r"(?:(?:trong|trong vong|thoi gian|trong thoi gian|keo dai|dien ra trong) )?"
# The days named start as days do: "ngày 16-17/3", "từ 12 đến 14/5", "16-17/3"; a lead that
# bears on when ("cuối", "trước") makes them no window the count could be checked against.
# "Vào" may lead them ("Trong 1 ngày vào 28/7/2027"), and "vào cuối tháng" names a bound the
# days fall within ("Trong 2 ngày, vào cuối tháng 5/2027"; see _BOUNDS).
_NAMED_DAYS = r"(?P<rest>(?:(?:trong )?(?:cac )?ngay |tu |vao |[0-9]).*?)"
_COUNTED_DAYS = (
    re.compile(rf"{_COUNT_LEAD}{_DAY_COUNT}{_THEN}{_NAMED_DAYS}", re.ASCII),
    re.compile(rf"{_NAMED_DAYS}{_THEN}{_COUNT_LEAD}{_DAY_COUNT}", re.ASCII),
)
# Days of one month listed, the last with its month: "20 và 21/6/2026", "ngày 20, 21, 22/6".
_LISTED_DAYS = re.compile(
    r"(?:(?:cac )?ngay )?(?P<days>[0-9]{1,2}(?:(?:,va |,| va |;)(?:ngay )?[0-9]{1,2})*)"
    r"(?:,va |,| va |;)(?:ngay )?(?P<last>[0-9]{1,2})(?:[/.]| thang )(?P<month>[0-9]{1,2})"
    rf"(?:{_YEAR_SEPARATOR}(?P<year>[0-9]{{4}}))?",
    re.ASCII,
)
_SPAN_READERS: frozenset[_Reader] = frozenset(
    {_read_day_span, _read_days_of_a_month, _read_mixed_span}
)


def _read_counted_days(folded: str, period: Period) -> Schedule | None:
    """A count of days with the days (a date, a window, a list) named: read when they agree."""
    for pattern in _COUNTED_DAYS:
        match = pattern.fullmatch(folded)
        if match is None:
            continue
        count = _count_of(match["count"])
        named = None if count is None else _days_named(match["rest"], count, period)
        if count is None or named is None:
            continue
        schedule, days = named
        if count != days:
            raise _Refusal(_DAY_COUNT_DISAGREES, count=count, named=days)
        return schedule
    return None


def _count_of(written: str) -> int | None:
    return int(written) if written.isdigit() else _spelled_number(written)


def _days_named(rest: str, count: int, period: Period) -> tuple[Schedule, int] | None:
    """The reading of ``rest`` and how many days it names, if it names a window of days (or
    the one day ``count`` says); else None."""
    listed = _LISTED_DAYS.fullmatch(rest)
    if listed is not None:
        return _listed_window(listed, period)
    matched = _matching_rule(rest)
    if matched is None:
        return None
    match, read = matched
    if read in _BOUNDS:
        return _days_within(read(match, period), count, _BOUNDS[read])
    if read is _read_on_date:
        # "Trong 3 ngày 12/5" may count three days from the 12th: no window to check.
        return (read(match, period), 1) if count == 1 else None
    if read not in _SPAN_READERS:
        return None
    schedule = read(match, period)
    first = _span_first_day(schedule)
    return None if first is None else (schedule, (schedule.due_dates[0] - first).days + 1)


# Periods that bound a few days without naming them, and the fewest days each holds: "Trong
# 2 ngày, vào cuối tháng 5" is due by the month's end, whichever two days they are.
_BOUNDS: dict[_Reader, int] = {
    _read_months: 28,
    _read_dekad: 8,
    _read_half_month: 13,
    _read_week_of_month: 7,
}


def _days_within(schedule: Schedule, count: int, room: int) -> tuple[Schedule, int] | None:
    """``schedule`` with ``count`` as the days it names, when one bound holds them all."""
    if schedule.kind is not ScheduleKind.ONCE or count > room:
        return None
    return schedule, count


def _span_first_day(schedule: Schedule) -> date | None:
    """The first day a span's explanation gives ("Work from {first} to ..."), if it is one."""
    if schedule.explanation.msgid != _DAY_SPAN:
        return None
    day, month, year = str(schedule.explanation.args["first"]).split("/")
    return date(int(year), int(month), int(day))


def _listed_window(listed: re.Match[str], period: Period) -> tuple[Schedule, int]:
    """ "20 và 21/6/2026": consecutive days of one month, a window due on the last.

    Days that skip some ("20 và 27/6") are not a window, and are refused.
    """
    numbers = [int(day) for day in re.findall(r"[0-9]{1,2}", listed["days"], re.ASCII)]
    numbers.append(int(listed["last"]))
    if numbers != list(range(numbers[0], numbers[0] + len(numbers))):
        raise _Refusal(_UNREADABLE)
    year = listed["year"]
    first = _check_day_month(str(numbers[0]), listed["month"], year)
    last = _check_day_month(listed["last"], listed["month"], year)
    return _day_window(first, last, year, period), len(numbers)


# --- A named day with its date: "Trước ngày Quốc khánh (2/9)", "Trước Tết Trung thu (25/9/2026)" -
# The engine keeps no table of holidays: a named day reads only by the date written with it,
# in brackets or right after its name. A date without a year takes the year the plan period
# holds it in, when it holds it exactly once. Festivals often counted by the lunar calendar
# ("Tết Trung thu (15/8)", "Lễ Vu Lan (15/7)") give their lunar date that way as often as their
# solar one, so for them only a date with its year is read as solar.

_NAMED_DAY = re.compile(
    rf"{_FILLER}(?P<lead>(?:cham nhat |muon nhat )?truoc "
    r"|(?:nhan dip|vao dip|trong dip|dip|nhan|vao|vao dung|dung vao|dung) )?"
    r"(?P<name>[a-z]+(?:(?: |-|,)[a-z]+)*?)"
    r"(?:,| |, )(?:(?:tuc la|tuc|la|nham) )?(?:ngay )?"
    r"(?P<day>[0-9]{1,2})[/.-](?P<month>[0-9]{1,2})(?:[/.-](?P<year>[0-9]{4}))?"
    r"(?P<yearly>(?: cua)? (?:hang|moi) nam)?",
    re.ASCII,
)
# A name starts with what names a day: "Ngày Quốc khánh", "Lễ Vu Lan", "Tết Trung thu", "Kỷ
# niệm ...", "Sinh nhật Bác", "Quốc khánh"; the first three need a word more.
_NAME_HEAD = re.compile(r"(?:(?:ngay|le|tet) (?=[a-z])|ky niem\b|sinh nhat\b|quoc khanh\b)")
_MAX_NAME_WORDS = 12
# Words that make a name no name of a day: when it falls is said otherwise ("sau", "hằng
# năm", "buổi chiều", "từ", "đến"), a word of the engine's own that has no place in a name
# ("nay", "trong", "báo cáo", a number), or a lunar date the lunar family reads ("rằm",
# "âm lịch"); a head again ("Lễ Lễ", "ngày ... ngày") is a list, not a name.
_NOT_IN_A_NAME = re.compile(
    r"\b(?:sau|khi|neu|hoac|hang|moi|dinh ky|truoc|cham|muon|sang|trua|chieu|toi(?! pham)|buoi"
    r"|tu(?! (?:phap|do|ve|quan))|den(?! hung)|cho|het|nay|trong|vao|dip|nhan|bao cao|tuc|nham"
    r"|ke|thuong xuyen|lien tuc|han|dau|cuoi|giua|tuan|thang|quy|ngay|le|tet"
    r"|mot|hai|ba|bon|(?<!viet )(?<!mien )nam|bay|tam|chin|muoi"
    r"|am lich|al|mung|mong|ram|nhuan|gieng|chap|cn)\b",
    re.ASCII,
)
# Festivals often counted by the lunar calendar; "tết" alone is the Lunar New Year.
_MAYBE_LUNAR_NAME = re.compile(
    r"\b(?:tet|trung thu|vu lan|doan ngo|hung vuong|phat dan|nguyen tieu|han thuc|giao thua"
    r"|ong cong|ong tao|via|gio|thuong nguyen|trung nguyen|ha nguyen|le hoi|chua|den hung|dinh"
    r"|mieu|cau an|ky yen|khai ha|tat nien|xa toi|thanh hoang)\b",
    re.ASCII,
)
# The Lunar New Year lasts several days; one date with it is its first only "before" it.
_NEW_YEAR = re.compile(
    r"tet(?: (?:nguyen dan|co truyen|ta|am lich))?"
    r"(?: (?:giap|at|binh|dinh|mau|ky|canh|tan|nham|quy) [a-z]+)?",
    re.ASCII,
)


def _read_named_day(folded: str, period: Period) -> Schedule | None:
    """The date written with a named day: on it, or (with "trước") the day before it."""
    match = _NAMED_DAY.fullmatch(folded)
    if match is None or not _is_a_name(match["name"]):
        return None
    before = (match["lead"] or "").startswith(("truoc", "cham nhat", "muon nhat"))
    if not before and _NEW_YEAR.fullmatch(match["name"]):
        return None
    if _MAYBE_LUNAR_NAME.search(match["name"]) and (match["year"] is None or match["yearly"]):
        raise _Refusal(_MAY_BE_LUNAR)
    if match["year"] is None and not match["yearly"]:
        return _named_day_in_period(match["day"], match["month"], before, period)
    # Said again as the phrase table reads it: "trước ngày 2/9/2026", "ngày 2/9 hằng năm".
    said = f"{'truoc ' if before else ''}ngay {match['day']}/{match['month']}"
    said += f"/{match['year']}" if match["year"] else match["yearly"]
    wanted = {_read_before_date if before else _read_on_date, _read_yearly_date}
    matched = _matching_rule(said)
    if matched is None or matched[1] not in wanted:
        return None
    schedule = matched[1](matched[0], period)
    if match["year"] is not None and not _year_near_period(int(match["year"]), period):
        # "Ngày Quốc khánh 2/9/1945" names the day's history, not this plan's date.
        raise _Refusal(_UNREADABLE)
    return schedule


_DEATH_ANNIVERSARY = re.compile(r"^gio\b|\bgio to\b", re.ASCII)


def _is_a_name(words: str) -> bool:
    """Whether ``words`` can only name a day: a head, then words that date nothing."""
    head = _NAME_HEAD.match(words)
    if head is None or len(words.split()) > _MAX_NAME_WORDS or words.endswith(" va"):
        return False
    name = words[head.end() :]
    # "Giỗ" (a death anniversary, "Giỗ Tổ") folds like "giờ" (an hour), which is denied.
    unnamed = _DEATH_ANNIVERSARY.sub(" ", name)
    return _NOT_IN_A_NAME.search(name) is None and _denied_word(unnamed) is None


def _year_near_period(year: int, period: Period) -> bool:
    """Whether ``year`` is one of the plan period's, or next to one."""
    return period.start.year - 1 <= year <= period.end.year + 1


def _named_day_in_period(day: str, month: str, before: bool, period: Period) -> Schedule:
    """The named day without a year, in the one year the plan period holds it."""
    named, _same = _only_span_in_period(
        _check_day_month(day, month), _check_day_month(day, month), period
    )
    if not before:
        return _once(named, _DUE_ON)
    due = _day_before(named)
    if due is None:
        raise _Refusal(_NO_SUCH_DATE)
    return _once(due, _DUE_BEFORE, limit=_format_day(named))


# A span ending on a named day with its date: "Từ tháng 01 đến ngày bầu cử 15/3/2027". The
# name adds nothing once the date is written with its year; the span is read without it.
_SPAN_TO_NAMED_DAY = re.compile(
    rf"{_FILLER}tu (?P<first>.+?){_SPAN_TO}(?P<name>(?:ngay|le) [a-z]+(?: [a-z]+)*?)(?:,| |, )"
    r"(?:(?:tuc la|tuc|la) )?(?:ngay )?(?P<date>[0-9]{1,2}[/.-][0-9]{1,2}[/.-][0-9]{4})",
    re.ASCII,
)


def _read_span_to_named_day(folded: str, period: Period) -> Schedule | None:
    """A span read as if its end were written as a date alone; None for any other text."""
    match = _SPAN_TO_NAMED_DAY.fullmatch(folded)
    if match is None or not _is_a_name(match["name"]):
        return None
    matched = _matching_rule(f"tu {match['first']} den ngay {match['date']}")
    if matched is None or matched[1] not in _SPAN_READERS:
        return None
    return matched[1](matched[0], period)


# --- "Mùng" before the day of a solar date: "Ngày mồng 2/9/2026" ---------------------------------
# "Mùng" (or "mồng") leads the days 1 to 10 of a lunar month, and of a solar one as often:
# "ngày mồng 2/9/2026". It is passed over only where the month is certainly solar: a date
# in figures with its year, the start of a span whose end is such a date, or a deadline
# before a day of every month ("trước ngày mùng 10 hằng tháng", as reports are due). With any
# lunar word in the text it stays, for the lunar rules; "mùng 10 tháng 3 năm 2026" may be
# the lunar date of Giỗ Tổ, and is not read.

_MUNG = r"(?:mung|mong) "
# "Mùng" leads the days 1 to 10 only.
_MUNG_DAY_NUMBER = r"(?:0?[1-9]|10)"
_MUNG_SOLAR_DATE = rf"{_MUNG_DAY_NUMBER}[/.-][0-9]{{1,2}}[/.-][0-9]{{4}}(?![0-9])"
_OTHER_LUNAR_WORDS = re.compile(r"\b(?:ram|gieng|chap|am lich|al|tet|nhuan)\b", re.ASCII)
_MUNG_BEFORE_SOLAR_DATE = re.compile(rf"\b{_MUNG}(?={_MUNG_SOLAR_DATE})", re.ASCII)
_MUNG_STARTING_SPAN = re.compile(
    rf"(?<=\btu )(?P<day>(?:ngay )?){_MUNG}(?={_MUNG_DAY_NUMBER}(?:[/.][0-9]{{1,2}})?{_SPAN_TO}"
    rf"(?:ngay )?(?:{_MUNG})?[0-9]{{1,2}}[/.-][0-9]{{1,2}}[/.-][0-9]{{4}}(?![0-9]))",
    re.ASCII,
)
_MUNG_BEFORE_MONTHLY_DAY = re.compile(
    rf"\b(?P<lead>(?:truoc|cham nhat|muon nhat)(?: la)?(?: vao)? (?:ngay )?){_MUNG}"
    rf"(?={_MUNG_DAY_NUMBER}\b)",
    re.ASCII,
)
_EVERY_MONTH = re.compile(r"\b(?:hang|moi) thang\b", re.ASCII)
_MUNG_DAY = re.compile(rf"\b{_MUNG}[0-9]", re.ASCII)


def _without_solar_mung(folded: str) -> str | None:
    """``folded`` without the "mùng" its solar dates are written with; None if none goes."""
    if _OTHER_LUNAR_WORDS.search(folded) or not _MUNG_DAY.search(folded):
        return None
    plain = _MUNG_STARTING_SPAN.sub(r"\g<day>", folded)
    plain = _MUNG_BEFORE_SOLAR_DATE.sub("", plain)
    if _EVERY_MONTH.search(plain):
        plain = _MUNG_BEFORE_MONTHLY_DAY.sub(r"\g<lead>", plain)
    return None if plain == folded else plain


def _gives_a_mung_day(folded: str) -> bool:
    """Whether ``folded`` writes "mùng" before a day, which may be a lunar one."""
    return _MUNG_DAY.search(folded) is not None
