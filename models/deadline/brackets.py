"""Brackets after a complete solar date that add nothing to when it falls due, dropped before
the text is folded: a lunar restatement of the date ("(mùng 2/5 ÂL)", "(nhằm ngày mùng Một
Tết Giáp Thìn)", "(tức ngày 24, 25, 26 tháng Giêng năm Giáp Thìn)"), the parts of the day
("(buổi sáng và chiều)", "(cả ngày)") and how the end is counted ("(tính theo dấu bưu điện)").

Only the brackets are seen here, before folding turns them into commas. A bracket is dropped
only right after a written solar date, and a lunar one only when it holds a day of its own
with a lunar mark: a bare "(ÂL)" says that the date before it is lunar, so it stays, and the
engine refuses the date as a lunar one. A bracket holding a date with no lunar mark may be
another solar date ("(tức ngày 14/02/2026)") and stays too.
"""

from __future__ import annotations

import re

from models.vntext import fold

_BRACKET = re.compile(r"\((?P<inside>[^()]*)\)")
# A solar date right before the bracket: "17/6/2015", "6-5-2018", "ngày 10 tháng 02 năm 2024".
_SOLAR_DATE_BEFORE = re.compile(
    r"[0-9]{1,2}(?:[/.-]| thang )[0-9]{1,2}(?:(?:[/.-]| nam )[0-9]{4})? *$", re.ASCII
)
_CAN_CHI = (
    r"(?:giap|at|binh|dinh|mau|ky|canh|tan|nham|quy)"
    r" (?:ty|suu|dan|mao|thin|tij|ngo|mui|than|dau|tuat|hoi)"
)
# Marks of the lunar calendar: "ÂL", "âm lịch", Tết, the first and last lunar months, a year
# named by its stem and branch.
_LUNAR_MARK = re.compile(rf"\b(?:al|am lich|tet|gieng|chap|{_CAN_CHI})\b", re.ASCII)
# The only words a lunar restatement is made of: a bracket with any other word ("25 ngày
# trước Tết", a count to the festival) says more than the date again.
_LUNAR_WORD_LIST = (
    "tuc la nham ngay mung mong ram thang nam am lich al tet tu den toi het va gieng chap"
    " giap at binh dinh mau ky canh tan quy ty suu dan mao thin tij ngo mui than dau"
    " tuat hoi mot hai ba bon bay tam chin muoi lam"
)
_LUNAR_WORDS = frozenset(_LUNAR_WORD_LIST.split())
_LUNAR_TOKEN = re.compile(r"[a-z]+", re.ASCII)
# A day of its own: a figure, or a day spelled after "mùng" ("mùng Một") or "rằm".
_OWN_DAY = re.compile(r"[0-9]|\b(?:mung|mong) [a-z]+|\bram\b", re.ASCII)
# A solar date inside: marked so, with a year in figures (lunar years go by their names), or
# restated again after the lunar mark ("(mùng 2 ÂL, tức 2/1)").
_SOLAR_MARK = re.compile(
    r"\b(?:duong lich|dl)\b|[0-9]{4}|\b(?:al|am lich)\b.*\b(?:tuc|nham|la)\b", re.ASCII
)
# Parts of the day, and how the end is counted: nothing else may stand in such a bracket.
_PART = r"(?:buoi )?(?:sang|trua|chieu|toi|dem)"
_DAY_PARTS = re.compile(rf"(?:ca ngay|{_PART}(?:(?:,| va | ?- ?){_PART})*)", re.ASCII)
_COUNTED_BY = re.compile(r"(?:tinh )?theo dau buu (?:dien|chinh)", re.ASCII)


# A lunar date falls on another solar date each year: beside "(mùng 1 Tết) hằng năm" the
# bracket stays, and the solar date does not recur.
_REPEATED = re.compile(r"\b(?:hang|moi|dinh ky|thuong nien|tung|cac)\b", re.ASCII)


_BEFORE_OR_AFTER = re.compile(r"\b(?:truoc|sau)\b", re.ASCII)


def _folded(text: str) -> str:
    return " ".join(fold(text).split())


def _adds_nothing(before: str, inside: str, after: str) -> bool:
    """Whether a bracket holding ``inside`` between ``before`` (ending in a solar date) and
    ``after`` adds nothing to when."""
    folded = _folded(inside).strip(" ,.;")
    if _COUNTED_BY.fullmatch(folded):
        return True
    if _DAY_PARTS.fullmatch(folded):
        # "Trước ngày 15/10 (buổi chiều)": before the afternoon, or before the day?
        return not _BEFORE_OR_AFTER.search(before)
    return bool(
        _LUNAR_MARK.search(folded)
        and _OWN_DAY.search(folded)
        and not _SOLAR_MARK.search(folded)
        and set(_LUNAR_TOKEN.findall(folded)) <= _LUNAR_WORDS
        and not _REPEATED.search(f"{before} {_folded(after)}")
    )


# "(tức ngày 14/8/2027 Âm lịch – thứ Sáu)": a lunar date with its lunar year, "Âm lịch" right
# after it, and maybe the day's weekday. The lunar mark right after the figures makes their
# year lunar, so the bracket holds no solar date; it is dropped, and its weekday kept after the
# solar date, where the rules check it. The lunar year must be the solar date's year or the one
# before (lunar months 11 and 12 fall in the next solar year's first weeks); lunar days are
# not converted, so the lunar day and month are not checked.
_LUNAR_WITH_YEAR = re.compile(
    r"(?:tuc|nham) (?:la )?(?:ngay )?(?:mung |mong )?[0-9]{1,2}[/.-][0-9]{1,2}[/.-]"
    r"(?P<year>[0-9]{4}) (?:am lich|al)(?: ?[-–,] ?(?P<weekday>(?:thu|chu) [a-z0-9]+|cn))?",
    re.ASCII,
)
_SOLAR_YEAR_BEFORE = re.compile(r"(?P<year>[0-9]{4}) *$", re.ASCII)
# "(Ngày 13/12/2026 Tháng chạp)", "(Từ ngày 09 - 11/12/2026 Tháng chạp)", "(ngày 5/1/2027
# tháng Giêng)": a lunar date or span written like a solar one, with its lunar year, named
# lunar by the word after it. The month named must be the month written (Chạp the twelfth,
# Giêng the first); "âm lịch" and "ÂL" name none.
_LUNAR_NAMED_BY_MONTH = re.compile(
    r"(?:tu )?(?:ngay )?(?:mung |mong )?(?:(?P<first>[0-9]{1,2}) ?(?:-|–|den|toi) ?(?:ngay )?)?"
    r"(?P<last>[0-9]{1,2})[/.-](?P<month>[0-9]{1,2})[/.-](?P<year>[0-9]{4})"
    r" (?P<mark>thang chap|thang gieng|am lich|al)",
    re.ASCII,
)
_NAMED_MONTHS = {"thang chap": 12, "thang gieng": 1}
# The solar span before such a bracket: "Ngày 14 - 16/01/2027".
_SOLAR_SPAN_BEFORE = re.compile(
    r"(?P<first>[0-9]{1,2}) ?(?:-|–|den|toi) ?(?:ngay )?(?P<last>[0-9]{1,2})[/.-][0-9]{1,2}"
    r"[/.-][0-9]{4} *$",
    re.ASCII,
)


def _lunar_with_year_left(leading: str, inside: str) -> str | None:
    """What stays of a bracket ``inside`` holding a lunar date with its year after the solar
    date ending ``leading``: its weekday, or nothing; None when the bracket is no such one."""
    folded = _folded(inside).strip(" ,.;")
    lunar = _LUNAR_WITH_YEAR.fullmatch(folded)
    solar = _SOLAR_YEAR_BEFORE.search(leading)
    if lunar is None and solar is not None:
        named = _LUNAR_NAMED_BY_MONTH.fullmatch(folded)
        return "" if named is not None and _restates(leading, named, solar) else None
    if lunar is None or solar is None:
        return None
    if int(solar["year"]) - int(lunar["year"]) not in (0, 1):
        return None
    # The weekday goes back folded: folding it again leaves it as it is.
    return "" if lunar["weekday"] is None else f"({lunar['weekday']})"


def _restates(leading: str, lunar: re.Match[str], solar: re.Match[str]) -> bool:
    """Whether the lunar date or span ``lunar``, named by its month word, may restate the
    solar date or span ending ``leading``: its year the solar one's or the one before, its
    month the one its word names, and a span after a span of as many days (a span after a
    single day, or a day after a span, is written wrong)."""
    if int(solar["year"]) - int(lunar["year"]) not in (0, 1):
        return False
    named = _NAMED_MONTHS.get(lunar["mark"])
    if named is not None and int(lunar["month"]) != named:
        return False
    span = _SOLAR_SPAN_BEFORE.search(leading)
    if (span is None) != (lunar["first"] is None):
        return False
    if span is None or lunar["first"] is None:
        return True
    solar_days = int(span["last"]) - int(span["first"])
    return 0 < solar_days == int(lunar["last"]) - int(lunar["first"])


def _without_empty_brackets(text: str) -> str:
    """``text`` without the brackets after a solar date that add nothing to when."""
    kept: list[str] = []
    last = 0
    for found in _BRACKET.finditer(text):
        before = text[last : found.start()]
        leading = _folded(text[: found.start()])
        if _SOLAR_DATE_BEFORE.search(leading) is None:
            continue
        left = _lunar_with_year_left(leading, found["inside"])
        if left is not None:
            kept.append(f"{before.rstrip()} {left}".rstrip() + " ")
            last = found.end()
            continue
        if not _adds_nothing(leading, found["inside"], text[found.end() :]):
            continue
        kept.append(before.rstrip() + " ")
        last = found.end()
    kept.append(text[last:])
    return "".join(kept).strip()
