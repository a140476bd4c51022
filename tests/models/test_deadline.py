"""Tests of the Vietnamese deadline engine."""

from __future__ import annotations

import unicodedata
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from models.deadline import Period, ScheduleKind, parse_deadline
from tests.models.deadline_cases import (
    H2_2025,
    MILESTONES,
    ONCE,
    ONGOING,
    RECURRING,
    UNKNOWN,
    WINTER,
    YEAR_2026,
    Case,
    assert_well_formed,
    d,
    ddmmyyyy,
    periods,
)

# Every deadline phrase of the real plan, read within its period.
REAL_PLAN = [
    ("Trong tháng 7/2025", ONCE, ["2025-07-31"]),
    ("Trước ngày 20 của tháng cuối quý", RECURRING, ["2025-09-19", "2025-12-19"]),
    ("Quý IV/2025", ONCE, ["2025-12-31"]),
    ("Quý III, IV/2025", MILESTONES, ["2025-09-30", "2025-12-31"]),
    ("Theo thời gian đánh giá hàng năm của Bộ Y tế", UNKNOWN, []),
    ("Cả năm 2025", ONCE, ["2025-12-31"]),
    ("Quý III,IV/2025", MILESTONES, ["2025-09-30", "2025-12-31"]),
    ("Trước ngày 10/12/2025", ONCE, ["2025-12-09"]),
    ("Thường xuyên", ONGOING, []),
    ("Quý III-IV/2025", MILESTONES, ["2025-09-30", "2025-12-31"]),
    ("", UNKNOWN, []),
    ("Kết hợp báo cáo công tác KSTTHC quý, năm", RECURRING, ["2025-09-30", "2025-12-31"]),
    ("Hàng quý", RECURRING, ["2025-09-30", "2025-12-31"]),
    ("Theo lộ trình năm 2025", ONCE, ["2025-12-31"]),
]


@pytest.mark.parametrize(("text", "kind", "dates"), REAL_PLAN)
def test_real_plan_phrases(text: str, kind: ScheduleKind, dates: list[str]) -> None:
    schedule = parse_deadline(text, H2_2025)
    assert schedule.kind is kind
    assert schedule.due_dates == tuple(d(day) for day in dates)


MONTH_END_VARIANTS: list[Case] = [
    ("Trong tháng 7/2025", H2_2025, ONCE, ["2025-07-31"]),
    ("Tháng 7 năm 2025", H2_2025, ONCE, ["2025-07-31"]),
    ("tháng 07/2025", H2_2025, ONCE, ["2025-07-31"]),
    ("Trong tháng 7", H2_2025, ONCE, ["2025-07-31"]),
    ("TRONG THÁNG 7/2025.", H2_2025, ONCE, ["2025-07-31"]),
    ("trong thang 7 / 2025", H2_2025, ONCE, ["2025-07-31"]),
    ("Tháng 7-2025", H2_2025, ONCE, ["2025-07-31"]),
    # A month and a four-digit year cannot be a day and a month (issue 14).
    ("7/2025", H2_2025, ONCE, ["2025-07-31"]),
    ("Cuối tháng 9/2025", H2_2025, ONCE, ["2025-09-30"]),
    ("Hoàn thành trong tháng 11/2025", H2_2025, ONCE, ["2025-11-30"]),
    ("Đến hết tháng 10/2025", H2_2025, ONCE, ["2025-10-31"]),
    ("Tháng 2/2028", H2_2025, ONCE, ["2028-02-29"]),
    # No year: the one that puts the month inside the period.
    ("Trong tháng 2", WINTER, ONCE, ["2026-02-28"]),
    ("Tháng 12", WINTER, ONCE, ["2025-12-31"]),
    # No year fits: the period's start year.
    ("Tháng 3", H2_2025, ONCE, ["2025-03-31"]),
]

MONTH_LIST_VARIANTS: list[Case] = [
    ("Tháng 7, 8/2025", H2_2025, MILESTONES, ["2025-07-31", "2025-08-31"]),
    ("Tháng 7,8/2025", H2_2025, MILESTONES, ["2025-07-31", "2025-08-31"]),
    ("Tháng 7-9/2025", H2_2025, MILESTONES, ["2025-07-31", "2025-08-31", "2025-09-30"]),
    ("Tháng 7 – 9/2025", H2_2025, MILESTONES, ["2025-07-31", "2025-08-31", "2025-09-30"]),
    ("Tháng 7 và 8 năm 2025", H2_2025, MILESTONES, ["2025-07-31", "2025-08-31"]),
    ("Tháng 7 và tháng 8 năm 2025", H2_2025, MILESTONES, ["2025-07-31", "2025-08-31"]),
    # "Từ ... đến" is a span of work, due at its end (issue 14), not a milestone a month.
    ("Từ tháng 10 đến tháng 12/2025", H2_2025, ONCE, ["2025-12-31"]),
    (
        "Tháng 10 đến tháng 12/2025",
        H2_2025,
        MILESTONES,
        ["2025-10-31", "2025-11-30", "2025-12-31"],
    ),
    ("Tháng 12, 1", WINTER, MILESTONES, ["2025-12-31", "2026-01-31"]),
    ("Tháng 7, 7/2025", H2_2025, ONCE, ["2025-07-31"]),
]

BEFORE_DATE_VARIANTS: list[Case] = [
    ("Trước ngày 10/12/2025", H2_2025, ONCE, ["2025-12-09"]),
    ("Trước 10/12/2025", H2_2025, ONCE, ["2025-12-09"]),
    ("Hoàn thành trước ngày 10/12/2025", H2_2025, ONCE, ["2025-12-09"]),
    ("trước ngày 10-12-2025", H2_2025, ONCE, ["2025-12-09"]),
    ("Truoc ngay 10.12.2025", H2_2025, ONCE, ["2025-12-09"]),
    ("Trước ngày 10/12", H2_2025, ONCE, ["2025-12-09"]),
    ("Trước ngày 1/1/2026", H2_2025, ONCE, ["2025-12-31"]),
    ("Trước ngày 01 tháng 03 năm 2026", WINTER, ONCE, ["2026-02-28"]),
    ("Chậm nhất trước ngày 15/8/2025", H2_2025, ONCE, ["2025-08-14"]),
    ("Trước ngày 15/01", WINTER, ONCE, ["2026-01-14"]),
]

ON_DATE_VARIANTS: list[Case] = [
    ("Ngày 10/12/2025", H2_2025, ONCE, ["2025-12-10"]),
    ("Chậm nhất ngày 10/12/2025", H2_2025, ONCE, ["2025-12-10"]),
    ("Chậm nhất là ngày 10/12/2025", H2_2025, ONCE, ["2025-12-10"]),
    ("Đến ngày 10/12/2025", H2_2025, ONCE, ["2025-12-10"]),
    ("Hạn chót 10/12/2025", H2_2025, ONCE, ["2025-12-10"]),
    ("Hạn chót: 10/12/2025", H2_2025, ONCE, ["2025-12-10"]),
    ("Hạn 10/12/2025", H2_2025, ONCE, ["2025-12-10"]),
    ("10/12/2025", H2_2025, ONCE, ["2025-12-10"]),
    ("10-12-2025", H2_2025, ONCE, ["2025-12-10"]),
    ("10.12.2025", H2_2025, ONCE, ["2025-12-10"]),
    ("10 / 12 / 2025", H2_2025, ONCE, ["2025-12-10"]),
    ("10/12", H2_2025, ONCE, ["2025-12-10"]),
    ("10 tháng 12 năm 2025", H2_2025, ONCE, ["2025-12-10"]),
    ("ngày 10 tháng 12", H2_2025, ONCE, ["2025-12-10"]),
    ("NGÀY 5 THÁNG 3", WINTER, ONCE, ["2026-03-05"]),
    ("ngày 20/11", WINTER, ONCE, ["2025-11-20"]),
    ("29/02", Period(date(2027, 7, 1), date(2028, 6, 30)), ONCE, ["2028-02-29"]),
    ("31/02/2025", H2_2025, UNKNOWN, []),
    ("31/02", H2_2025, UNKNOWN, []),
    ("29/02", H2_2025, UNKNOWN, []),
    ("32/12/2025", H2_2025, UNKNOWN, []),
    ("10/13/2025", H2_2025, UNKNOWN, []),
    ("10/12/25", H2_2025, UNKNOWN, []),
    ("Trước ngày 20", H2_2025, UNKNOWN, []),
]

QUARTER_VARIANTS: list[Case] = [
    ("Quý IV/2025", H2_2025, ONCE, ["2025-12-31"]),
    ("Quý 4/2025", H2_2025, ONCE, ["2025-12-31"]),
    ("Quý IV năm 2025", H2_2025, ONCE, ["2025-12-31"]),
    ("quy iv/2025", H2_2025, ONCE, ["2025-12-31"]),
    ("QUÝ IV/2025", H2_2025, ONCE, ["2025-12-31"]),
    ("Quý  IV / 2025", H2_2025, ONCE, ["2025-12-31"]),
    ("Quý IV", H2_2025, ONCE, ["2025-12-31"]),
    ("Trong quý III/2025", H2_2025, ONCE, ["2025-09-30"]),
    ("Cuối quý III năm 2025", H2_2025, ONCE, ["2025-09-30"]),
    ("Quý Ⅳ/2025", H2_2025, ONCE, ["2025-12-31"]),
    ("Quý I", WINTER, ONCE, ["2026-03-31"]),
    ("Quý IV", WINTER, ONCE, ["2025-12-31"]),
    ("Quý V/2025", H2_2025, UNKNOWN, []),
    ("Quý 5/2025", H2_2025, UNKNOWN, []),
]

QUARTER_LIST_VARIANTS: list[Case] = [
    ("Quý III,IV/2025", H2_2025, MILESTONES, ["2025-09-30", "2025-12-31"]),
    ("Quý III, IV/2025", H2_2025, MILESTONES, ["2025-09-30", "2025-12-31"]),
    ("Quý III-IV/2025", H2_2025, MILESTONES, ["2025-09-30", "2025-12-31"]),
    ("Quý III và IV/2025", H2_2025, MILESTONES, ["2025-09-30", "2025-12-31"]),
    ("Quý 3,4/2025", H2_2025, MILESTONES, ["2025-09-30", "2025-12-31"]),
    ("Quý III và quý IV năm 2025", H2_2025, MILESTONES, ["2025-09-30", "2025-12-31"]),
    ("quy iii - iv / 2025", H2_2025, MILESTONES, ["2025-09-30", "2025-12-31"]),
    ("Quý I-III/2026", YEAR_2026, MILESTONES, ["2026-03-31", "2026-06-30", "2026-09-30"]),
    ("Quý IV, I", WINTER, MILESTONES, ["2025-12-31", "2026-03-31"]),
    ("Quý IV-III/2025", H2_2025, UNKNOWN, []),
]

YEAR_VARIANTS: list[Case] = [
    ("Cả năm 2025", H2_2025, ONCE, ["2025-12-31"]),
    ("Năm 2025", H2_2025, ONCE, ["2025-12-31"]),
    ("Trong năm 2025", H2_2025, ONCE, ["2025-12-31"]),
    ("Theo lộ trình năm 2025", H2_2025, ONCE, ["2025-12-31"]),
    ("Cuối năm 2025", H2_2025, ONCE, ["2025-12-31"]),
    ("Đến hết năm 2025", H2_2025, ONCE, ["2025-12-31"]),
    ("ca nam 2025", H2_2025, ONCE, ["2025-12-31"]),
    ("Cả năm", WINTER, ONCE, ["2025-12-31"]),
    ("6 tháng cuối năm 2025", H2_2025, ONCE, ["2025-12-31"]),
    ("6 tháng đầu năm 2025", H2_2025, ONCE, ["2025-06-30"]),
    ("6 tháng đầu năm", WINTER, ONCE, ["2026-06-30"]),
    ("Năm", H2_2025, UNKNOWN, []),
]

RECURRING_VARIANTS: list[Case] = [
    ("Hàng quý", H2_2025, RECURRING, ["2025-09-30", "2025-12-31"]),
    ("Hằng quý", H2_2025, RECURRING, ["2025-09-30", "2025-12-31"]),
    ("Định kỳ hàng quý", H2_2025, RECURRING, ["2025-09-30", "2025-12-31"]),
    ("hang quy", WINTER, RECURRING, ["2025-12-31", "2026-03-31", "2026-06-30"]),
    (
        "Hàng tháng",
        H2_2025,
        RECURRING,
        ["2025-07-31", "2025-08-31", "2025-09-30", "2025-10-31", "2025-11-30", "2025-12-31"],
    ),
    (
        "Hằng tháng",
        WINTER,
        RECURRING,
        [
            "2025-11-30",
            "2025-12-31",
            "2026-01-31",
            "2026-02-28",
            "2026-03-31",
            "2026-04-30",
            "2026-05-31",
            "2026-06-30",
        ],
    ),
    ("Hàng năm", H2_2025, RECURRING, ["2025-12-31"]),
    (
        "Hằng năm",
        Period(date(2025, 1, 1), date(2026, 12, 31)),
        RECURRING,
        ["2025-12-31", "2026-12-31"],
    ),
    ("Hàng năm", Period(date(2026, 1, 1), date(2026, 6, 30)), UNKNOWN, []),
    ("Hàng quý", Period(date(2025, 7, 1), date(2025, 7, 31)), UNKNOWN, []),
    ("Thực hiện hàng quý", H2_2025, RECURRING, ["2025-09-30", "2025-12-31"]),
]

DAY_OF_QUARTER_VARIANTS: list[Case] = [
    ("Trước ngày 20 của tháng cuối quý", H2_2025, RECURRING, ["2025-09-19", "2025-12-19"]),
    ("Trước ngày 20 tháng cuối quý", H2_2025, RECURRING, ["2025-09-19", "2025-12-19"]),
    ("trước ngày 20 của tháng cuối mỗi quý", H2_2025, RECURRING, ["2025-09-19", "2025-12-19"]),
    ("Hàng quý, trước ngày 20 tháng cuối quý", H2_2025, RECURRING, ["2025-09-19", "2025-12-19"]),
    ("Ngày 20 của tháng cuối quý", H2_2025, RECURRING, ["2025-09-20", "2025-12-20"]),
    (
        "Trước ngày 20 của tháng cuối quý",
        WINTER,
        RECURRING,
        ["2025-12-19", "2026-03-19", "2026-06-19"],
    ),
    (
        "Trước ngày 20 của tháng cuối quý",
        Period(date(2025, 10, 1), date(2025, 12, 10)),
        UNKNOWN,
        [],
    ),
    ("Trước ngày 40 của tháng cuối quý", H2_2025, UNKNOWN, []),
]

DAY_OF_MONTH_VARIANTS: list[Case] = [
    (
        "Trước ngày 5 hàng tháng",
        WINTER,
        RECURRING,
        [
            "2025-11-04",
            "2025-12-04",
            "2026-01-04",
            "2026-02-04",
            "2026-03-04",
            "2026-04-04",
            "2026-05-04",
            "2026-06-04",
        ],
    ),
    (
        "Ngày 25 hằng tháng",
        H2_2025,
        RECURRING,
        ["2025-07-25", "2025-08-25", "2025-09-25", "2025-10-25", "2025-11-25", "2025-12-25"],
    ),
    (
        "Hàng tháng, trước ngày 10",
        H2_2025,
        RECURRING,
        ["2025-07-09", "2025-08-09", "2025-09-09", "2025-10-09", "2025-11-09", "2025-12-09"],
    ),
    # Day 30 does not exist in February: the month's last day stands in for it.
    (
        "Trước ngày 31 hàng tháng",
        Period(date(2026, 1, 1), date(2026, 3, 31)),
        RECURRING,
        ["2026-01-30", "2026-02-28", "2026-03-30"],
    ),
    (
        "Ngày 31 hằng tháng",
        Period(date(2028, 1, 1), date(2028, 4, 30)),
        RECURRING,
        ["2028-01-31", "2028-02-29", "2028-03-31", "2028-04-30"],
    ),
    # Before the 1st is the end of the month before.
    (
        "Trước ngày 1 hàng tháng",
        Period(date(2025, 10, 1), date(2025, 12, 31)),
        RECURRING,
        ["2025-10-31", "2025-11-30", "2025-12-31"],
    ),
    ("Ngày 32 hàng tháng", H2_2025, UNKNOWN, []),
    ("Ngày 0 hàng tháng", H2_2025, UNKNOWN, []),
]

REPORT_AND_ONGOING_VARIANTS: list[Case] = [
    ("Kết hợp báo cáo công tác KSTTHC quý, năm", H2_2025, RECURRING, ["2025-09-30", "2025-12-31"]),
    ("Kết hợp trong báo cáo quý", WINTER, RECURRING, ["2025-12-31", "2026-03-31", "2026-06-30"]),
    ("kết hợp báo cáo CCHC hàng quý", H2_2025, RECURRING, ["2025-09-30", "2025-12-31"]),
    ("Kết hợp báo cáo theo quy định", H2_2025, UNKNOWN, []),
    ("Kết hợp báo cáo năm", H2_2025, UNKNOWN, []),
    ("Thường xuyên", H2_2025, ONGOING, []),
    ("Thường xuyên, liên tục", H2_2025, ONGOING, []),
    ("Liên tục", H2_2025, ONGOING, []),
    ("THUONG XUYEN", H2_2025, ONGOING, []),
    ("Thực hiện thường xuyên.", H2_2025, ONGOING, []),
    # Ongoing all year (issue 14); with a year written it is no longer plainly ongoing.
    ("Thường xuyên trong năm", H2_2025, ONGOING, []),
    ("Thường xuyên trong năm 2025", H2_2025, UNKNOWN, []),
]

UNREADABLE_VARIANTS: list[Case] = [
    ("", H2_2025, UNKNOWN, []),
    ("   \t\n ", H2_2025, UNKNOWN, []),
    ("Theo thời gian đánh giá hàng năm của Bộ Y tế", H2_2025, UNKNOWN, []),
    ("Khi có yêu cầu", H2_2025, UNKNOWN, []),
    ("abc", H2_2025, UNKNOWN, []),
    ("Tháng 9-7/2025", H2_2025, UNKNOWN, []),
    ("Tháng 13/2025", H2_2025, UNKNOWN, []),
    ("Quý IV/2025 của Sở Nội vụ", H2_2025, UNKNOWN, []),
    ("Trước ngày 10/12/2025 hoặc khi có yêu cầu", H2_2025, UNKNOWN, []),
    ("7/2025 của Sở Nội vụ", H2_2025, UNKNOWN, []),
]

VARIANTS = (
    MONTH_END_VARIANTS
    + MONTH_LIST_VARIANTS
    + BEFORE_DATE_VARIANTS
    + ON_DATE_VARIANTS
    + QUARTER_VARIANTS
    + QUARTER_LIST_VARIANTS
    + YEAR_VARIANTS
    + RECURRING_VARIANTS
    + DAY_OF_QUARTER_VARIANTS
    + DAY_OF_MONTH_VARIANTS
    + REPORT_AND_ONGOING_VARIANTS
    + UNREADABLE_VARIANTS
)


@pytest.mark.parametrize(("text", "period", "kind", "dates"), VARIANTS)
def test_variants(text: str, period: Period, kind: ScheduleKind, dates: list[str]) -> None:
    schedule = parse_deadline(text, period)
    assert schedule.kind is kind, schedule.explanation.render()
    assert schedule.due_dates == tuple(d(day) for day in dates)


@pytest.mark.parametrize(
    "text",
    [
        "Trước ngày 20 của tháng cuối quý",
        "Quý III, IV/2025",
        "Trong tháng 7/2025",
        "Thường xuyên, liên tục",
        "Kết hợp báo cáo công tác KSTTHC quý, năm",
    ],
)
def test_reads_the_same_whatever_the_unicode_form(text: str) -> None:
    composed = parse_deadline(unicodedata.normalize("NFC", text), H2_2025)
    decomposed = parse_deadline(unicodedata.normalize("NFD", text), H2_2025)
    assert decomposed.kind is composed.kind
    assert decomposed.due_dates == composed.due_dates


def test_capital_d_and_eth_read_as_d() -> None:
    for text in ("ĐẾN NGÀY 10/12/2025", "Ðến ngày 10/12/2025", "den ngay 10/12/2025"):
        assert parse_deadline(text, H2_2025).due_dates == (date(2025, 12, 10),)


@pytest.mark.parametrize(("text", "period", "kind", "dates"), VARIANTS)
def test_explanation_names_the_dates_or_quotes_the_text(
    text: str, period: Period, kind: ScheduleKind, dates: list[str]
) -> None:
    rendered = parse_deadline(text, period).explanation.render()
    for day in dates:
        assert ddmmyyyy(d(day)) in rendered
    if kind is UNKNOWN and text.strip():
        assert f"“{' '.join(text.split())}”" in rendered


def test_explanations_say_why() -> None:
    assert (
        parse_deadline("Trong tháng 7/2025", H2_2025).explanation.render()
        == "Due at the end of month 7/2025: 31/07/2025."
    )
    assert (
        parse_deadline("Trước ngày 10/12/2025", H2_2025).explanation.render()
        == "Due before 10/12/2025, so the last day is 09/12/2025."
    )
    assert (
        parse_deadline("Quý III, IV/2025", H2_2025).explanation.render()
        == "Due at the end of each quarter named: 30/09/2025, 31/12/2025."
    )
    assert "does not exist" in parse_deadline("31/02/2025", H2_2025).explanation.render()
    assert "No deadline given" in parse_deadline(" ", H2_2025).explanation.render()
    outside = parse_deadline("Hàng năm", Period(date(2026, 1, 1), date(2026, 6, 30)))
    assert "01/01/2026 to 30/06/2026" in outside.explanation.render()


def test_explanation_is_translatable() -> None:
    explanation = parse_deadline("Trong tháng 7/2025", H2_2025).explanation
    vietnamese = {explanation.msgid: "Hạn cuối tháng {month}/{year}: {date}."}
    assert explanation.render(vietnamese.__getitem__) == "Hạn cuối tháng 7/2025: 31/07/2025."


def test_long_text_is_quoted_shortened() -> None:
    rendered = parse_deadline("khi có yêu cầu " * 40, H2_2025).explanation.render()
    assert "…" in rendered
    assert len(rendered) < 250


def test_period_must_not_end_before_it_starts() -> None:
    with pytest.raises(ValueError, match="before it starts"):
        Period(date(2025, 12, 31), date(2025, 7, 1))


def test_calendar_edges_do_not_break_the_engine() -> None:
    first_days = Period(date.min, date(1, 3, 31))
    last_days = Period(date(9999, 10, 1), date.max)
    assert parse_deadline("Trước ngày 01/01/0001", first_days).kind is UNKNOWN
    assert parse_deadline("Trước ngày 1 hàng tháng", first_days).due_dates == (
        date(1, 1, 31),
        date(1, 2, 28),
        date(1, 3, 31),
    )
    assert parse_deadline("Hàng tháng", last_days).due_dates[-1] == date.max
    # Python's calendar has no January 10000 whose "before day 1" would be 31/12/9999.
    assert parse_deadline("Trước ngày 1 hàng tháng", last_days).due_dates[-1] == date(9999, 11, 30)
    assert parse_deadline("Năm 0000", H2_2025).kind is UNKNOWN


# --- Properties -----------------------------------------------------------------------------

KEYWORDS = [
    "trước",
    "Trước",
    "ngày",
    "quý",
    "Quý",
    "tháng",
    "năm",
    "hàng",
    "hằng",
    "cuối",
    "của",
    "và",
    "đến",
    "thường xuyên",
    "liên tục",
    "kết hợp",
    "báo cáo",
    "chậm nhất",
    "hạn",
    "I",
    "II",
    "III",
    "IV",
    "V",
    "iv",
    "/",
    "-",
    ",",
    ".",
    " ",
    "  ",
    "6",
    "đầu",
]
PIECES = st.one_of(
    st.sampled_from(KEYWORDS),
    st.integers(0, 40).map(str),
    st.integers(0, 9999).map(str),
    st.integers(1990, 2100).map(str),
)
DEADLINE_LIKE = st.lists(PIECES, max_size=10).map(" ".join) | st.lists(PIECES, max_size=10).map(
    "".join
)


@settings(deadline=None)
@given(st.text())
def test_any_text_gives_a_well_formed_schedule(text: str) -> None:
    assert_well_formed(parse_deadline(text, H2_2025))


@settings(deadline=None)
@given(DEADLINE_LIKE, periods())
def test_deadline_like_text_gives_a_well_formed_schedule(text: str, period: Period) -> None:
    assert_well_formed(parse_deadline(text, period))


@settings(deadline=None)
@given(DEADLINE_LIKE)
def test_recurring_dates_stay_inside_the_period(text: str) -> None:
    schedule = parse_deadline(text, WINTER)
    if schedule.kind is RECURRING:
        assert all(WINTER.start <= day <= WINTER.end for day in schedule.due_dates)
