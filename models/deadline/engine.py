"""The engine itself: :func:`parse_deadline`, the order its readers are tried in, and the
compound cells whose parts the whole engine reads again (reports, work also done when
asked, generic action words and lead words before a deadline)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from datetime import date

from models.deadline.brackets import _without_empty_brackets
from models.deadline.compound import (
    _names_a_lunar_date,
    _read_counted_months,
    _read_described_ongoing,
    _read_from_now,
    _read_joined,
    _read_lunar_with_solar,
    _read_periodic_restated,
    _read_start_and_end,
    _restated,
    _without_lunar_restated,
)
from models.deadline.dates import _check_day_month, _dated, _existing_date, _in_written_order
from models.deadline.days import (
    _gives_a_mung_day,
    _read_counted_days,
    _read_named_day,
    _read_span_to_named_day,
    _without_solar_mung,
)
from models.deadline.extents import (
    _read_counted_from_start,
    _read_day_to_month_end,
    _read_months_listed,
    _read_span_to_before,
)
from models.deadline.folding import _fold, _with_times_noted, _without_times_of_day
from models.deadline.labels import (
    _after_label,
    _after_periodic_lead,
    _rounds_listed,
    _without_note,
)
from models.deadline.messages import (
    _AD_HOC,
    _EACH_NAMED,
    _IMPOSSIBLE,
    _LUNAR_NOT_CONVERTED,
    _MAY_BE_LUNAR,
    _NO_DEADLINE,
    _ONGOING_WITH_REPORT,
    _UNREADABLE,
    _WRAPPED_IN_DOUBT,
    _Refusal,
)
from models.deadline.phrases import (
    _FILLER,
    _ONGOING_WORDS,
    _PERIODIC,
    _UNIT,
    _UNIT_JOIN,
    _matching_rule,
    _read_phrase,
)
from models.deadline.readers import _read_day_span, _read_days_of_a_month
from models.deadline.recipients import (
    _past_recipient,
    _split_recipient,
    _without_trailing_recipient,
)
from models.deadline.rewrites import (
    _once_rewritten,
    _read_first_month_of_every_quarter,
    _read_weekday_of_every_month,
    _rewritten,
)
from models.deadline.schedule import Period, Schedule, ScheduleKind, _followed_by
from models.deadline.spans import _read_mixed_span
from models.deadline.wrapping import (
    _EDGES,
    _cores,
    _denied_across,
    _denied_word,
    _wrap_denied,
    _wrap_fits,
)
from models.text import text as explain

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
        folded, times = _without_times_of_day(_from_an_hour(_fold(_without_empty_brackets(text))))
    except _Refusal as refusal:
        return _unknown(text, refusal)
    if not folded:
        return Schedule(ScheduleKind.UNKNOWN, (), explain(_NO_DEADLINE))
    try:
        schedule = _read(folded, period)
    except _Refusal as refusal:
        said = refusal if refusal.msgid not in _VAGUE else _impossible_date_in(folded) or refusal
        if said.msgid in _VAGUE and _names_a_lunar_date(folded):
            said = _Refusal(_LUNAR_NOT_CONVERTED)
        elif said.msgid in _VAGUE and _gives_a_mung_day(folded):
            # "Ngày mùng 5 hằng tháng", "mồng 10 tháng 3 năm 2026": maybe lunar days.
            said = _Refusal(_MAY_BE_LUNAR)
        return _unknown(text, said)
    return _with_times_noted(schedule, times)


# "Bắt đầu từ 19h30 ngày 29/10/2027": the start of one day's event, read as "Từ 19h30 ngày
# 29/10/2027" is (that day); before a date alone, "bắt đầu" stays a start with no end.
_STARTING_AT_AN_HOUR = re.compile(r"^bat dau (?=tu [0-9]{1,2} ?(?:h|g|gio)(?![a-z]))", re.ASCII)


def _from_an_hour(folded: str) -> str:
    return _STARTING_AT_AN_HOUR.sub("", folded)


# Refusals that say less than a lunar date, a "mùng" day or a date that does not exist.
_VAGUE = frozenset({_UNREADABLE, _WRAPPED_IN_DOUBT})


def _unknown(text: str, refusal: _Refusal) -> Schedule:
    reason = explain(refusal.msgid, text=_quote(text), **refusal.details)
    return Schedule(ScheduleKind.UNKNOWN, (), reason)


def _quote(text: str) -> str:
    flat = " ".join(unicodedata.normalize("NFC", text).split())
    return flat if len(flat) <= _MAX_QUOTE else flat[: _MAX_QUOTE - 1] + "…"


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


# --- Compound cells --------------------------------------------------------------------------
# Tried in order when no single phrase explains the whole text. Each part is read by the
# whole engine, and every part must read: a cell is never half read.


def _read(folded: str, period: Period) -> Schedule:
    return _read_with(_WRAPPED_READERS, folded, period)


def _read_with(
    readers: tuple[Callable[[str, Period], Schedule | None], ...], folded: str, period: Period
) -> Schedule:
    for read in readers:
        schedule = read(folded, period)
        if schedule is not None:
            return schedule
    raise _Refusal(_UNREADABLE)


# --- Reports: "báo cáo kết quả về UBND xã trước ngày 25/11/2025", "hằng quý báo cáo" ---------

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
    if _denied_word(match["rest"][: len(match["rest"]) - len(" ".join(words))]):
        # Syllables of the list may spell a word that changes the date: "số liệu" (data as
        # of the date), "công văn" (a document of that date).
        return None
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


# --- Labels and notes: "Khai mạc 8h ngày 2/9/2026", "Đợt 1: từ 3/8 - 5/8/2026", "... (có văn
# bản riêng)", "Định kỳ vào ngày 15 hằng tháng" (their vocabularies are in :mod:`.labels`) -----


def _read_after_label(folded: str, period: Period) -> Schedule | None:
    """The deadline after an event, a review or a numbered round that leads it."""
    rest = _after_label(folded)
    return None if rest is None else _read(rest, period)


def _read_rounds(folded: str, period: Period) -> Schedule | None:
    """ "Đợt 1: tháng 3/2026; đợt 2: tháng 9/2026": a milestone at each round's deadline.

    Each round must read to dates, and the rounds follow each other: a list going backwards
    means a year was guessed wrong.
    """
    rests = _rounds_listed(folded)
    if rests is None:
        return None
    days: list[date] = []
    for rest in rests:
        schedule = _read(rest, period)
        if schedule.kind not in (ScheduleKind.ONCE, ScheduleKind.MILESTONES):
            return None
        days.extend(schedule.due_dates)
    return _dated(_in_written_order(days), _EACH_NAMED)


def _read_with_note(folded: str, period: Period) -> Schedule | None:
    """The deadline before a note saying where its details come from ("có văn bản riêng")."""
    base = _without_note(folded)
    if base is None or _denied_across(folded, len(base)):
        # "... tiếp theo kế hoạch" is "tiếp theo" (next), not a note "theo kế hoạch".
        return None
    return _read(base, period)


def _read_after_periodic_lead(folded: str, period: Period) -> Schedule | None:
    """ "Định kỳ vào ngày 15 hằng tháng": read only when what follows recurs by itself."""
    rest = _after_periodic_lead(folded)
    if rest is None:
        return None
    schedule = _read(rest, period)
    return schedule if schedule.kind is ScheduleKind.RECURRING else None


# Words that lead a deadline without changing it: "Dự kiến tháng 11/2025" (planned),
# "Thời gian: ...", "Thời hạn hoàn thành: ...", "Chậm nhất đến ngày 30/9/2025", "Xong trước
# 30/9", "Trong khoảng thời gian từ ngày X đến ngày Y", "Kể từ ngày X đến ngày Y", "Vào
# năm 2027", "Vào ngày 18 hằng tháng" ("vào": on, in, at), "Đúng ngày 15/11/2026" (on that
# very day; "dừng", "dùng" folded alike make no sense before "ngày"). Longer
# leads come first, so that "hạn chót" is not taken for "hạn" followed by "chót".
_LEAD_WORDS = re.compile(
    r"(?:trong khoang thoi gian|trong thoi gian|khoang thoi gian|thoi gian|thoi han|thoi diem"
    r"|han chot|han|du kien|hoan thanh|xong|thuc hien|trien khai|cham nhat|muon nhat|tre nhat"
    r"|vao"
    r"|khong (?:qua|muon hon|cham hon|tre hon)(?= (?:ngay|thang|quy|nam|[0-9]))"
    r"|ke(?= tu )|trong(?= tu )|dung(?= (?:ngay|vao) ))(?: la)?[ ,](?P<rest>.+)",
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
    if _denied_word(match["rest"][: len(match["rest"]) - len(rest)]):
        # A recipient's words may spell one that changes the date ("số liệu" is no Sở).
        return None
    if _REPORTING.intersection(actions) and not _REPORT_WHEN.match(rest):
        return None
    return _read(rest, period)


def _read_solar_mung(folded: str, period: Period) -> Schedule | None:
    """ "Ngày mồng 2/9/2026" is "ngày 2/9/2026": the whole engine reads it without "mùng"."""
    plain = _without_solar_mung(folded)
    return None if plain is None else _read(plain, period)


def _read_solar_with_lunar(folded: str, period: Period) -> Schedule | None:
    """ "Ngày 17/02/2026 (tức mùng 1 Tết)": the solar text read without its lunar restatement."""
    plain = _without_lunar_restated(folded)
    if plain is None:
        return None
    schedule = _read(plain, period)
    # A lunar date falls on another solar date each year: "17/02 (mùng 1 Tết) hằng năm"
    # does not recur on 17/02.
    return None if schedule.kind is ScheduleKind.RECURRING else schedule


# "Trong các ngày từ 10 đến 12/11/2026", "Những ngày 10 đến 12/11", "Các ngày từ ... đến ...":
# the days named are a span of work, due at its end.
_DAYS_OF_SPAN = re.compile(
    r"(?:(?:trong|vao) )?(?:cac|nhung) ngay (?:tu (?:ngay )?)?(?P<span>[0-9].*)", re.ASCII
)
_SPAN_READERS = frozenset({_read_day_span, _read_mixed_span, _read_days_of_a_month})


def _read_days_of_span(folded: str, period: Period) -> Schedule | None:
    """A span of days led by "trong các ngày" or "những ngày"; nothing else after them."""
    match = _DAYS_OF_SPAN.fullmatch(folded)
    if match is None:
        return None
    matched = _matching_rule(f"tu {match['span']}")
    if matched is None or matched[1] not in _SPAN_READERS:
        return None
    return matched[1](matched[0], period)


def _read_rewritten(folded: str, period: Period) -> Schedule | None:
    """A text the engine knows once rewritten (see :mod:`.rewrites`), when the dates its
    rewriting drops (the day a day was moved from) read as one date each."""
    found = _rewritten(folded)
    if found is None:
        return None
    text, dropped = found
    if any(_read(other, period).kind is not ScheduleKind.ONCE for other in dropped):
        return None
    return _read(text, period)


def _read_once_rewritten(folded: str, period: Period) -> Schedule | None:
    """A text the engine knows once rewritten (see :func:`.rewrites._once_rewritten`), when
    it reads to a single date."""
    text = _once_rewritten(folded)
    if text is None:
        return None
    schedule = _read(text, period)
    return schedule if schedule.kind is ScheduleKind.ONCE else None


_READERS: tuple[Callable[[str, Period], Schedule | None], ...] = (
    # Before the phrase table, which refuses a bare day before a month as a span's first end.
    _read_day_to_month_end,
    _read_phrase,
    _read_solar_mung,
    _read_from_now,
    _read_periodic_restated,
    _read_counted_months,
    _read_counted_days,
    _read_counted_from_start,
    _read_span_to_before,
    _read_months_listed,
    _read_start_and_end,
    _read_lunar_with_solar,
    _read_solar_with_lunar,
    _read_days_of_span,
    _read_named_day,
    _read_span_to_named_day,
    _read_ongoing_with_report,
    _read_report,
    _read_periodic_report,
    _read_with_ad_hoc,
    _read_rounds,
    _read_joined,
    _read_after_label,
    _read_with_note,
    _read_after_periodic_lead,
    _read_described_ongoing,
    _read_rewritten,
    _read_once_rewritten,
    _read_weekday_of_every_month,
    _read_first_month_of_every_quarter,
    # Last: what follows action or lead words is read by the whole engine, refusals included.
    _read_after_action_words,
    _read_after_lead_words,
)


# --- Words wrapped around a readable core: "Bắt đầu tiêm từ ngày X đến ngày Y", "... dứt
# điểm" (the rule and its words are in :mod:`.wrapping`) -------------------------------------


def _read_wrapped(folded: str, period: Period) -> Schedule | None:
    """The reading of the longest core of ``folded`` that reads and fits among the words
    around it, when none of those words may change it; a refusal when every core that reads
    has such a word around it.

    The core is read by every other rule, but not by this one again. Every core holds all
    the text's figures; a core that reads but does not fit where it stands ("Kế hoạch năm
    2028", a bare period after other words) leaves the shorter cores to try. A word denied
    around one core may belong to a longer one's grammar ("ngày" of "ngày 5/3/2027"), so a
    denial counts only when no core is free of one.
    """
    denied = False
    for start, end in _cores(folded):
        before, core, after = (
            folded[:start].strip(_EDGES),
            folded[start:end].strip(_EDGES),
            folded[end:].strip(_EDGES),
        )
        if not core:
            continue
        around_denied = _wrap_denied(folded, start, end)
        try:
            schedule = _read_with(_READERS, core, period)
        except _Refusal as refusal:
            # A date that does not exist, or a weekday that disagrees, is a typo worth naming
            # whatever surrounds it; any other refusal of the core matters only when the
            # words around it change nothing.
            if refusal.msgid in _IMPOSSIBLE or (refusal.msgid not in _VAGUE and not around_denied):
                raise
            denied = denied or refusal.msgid == _WRAPPED_IN_DOUBT or around_denied
            continue
        if around_denied:
            denied = True
        elif _wrap_fits(before, core, after):
            return schedule
    if denied:
        raise _Refusal(_WRAPPED_IN_DOUBT)
    return None


_WRAPPED_READERS = (*_READERS, _read_wrapped)
