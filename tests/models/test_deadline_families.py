"""The deadline families of issue 14, each in the forms officials write, and properties.

Every family is tried with diacritics, without them, in capitals and with odd spacing;
the properties check that a written date reads to exactly that date, that a date that
does not exist never reads at all, and that nothing recurring or implied falls outside
the plan period.
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from models.deadline import (
    Period,
    Schedule,
    ScheduleKind,
    names_impossible_date,
    parse_deadline,
)

ONCE = ScheduleKind.ONCE
MILESTONES = ScheduleKind.MILESTONES
RECURRING = ScheduleKind.RECURRING
ONGOING = ScheduleKind.ONGOING
UNKNOWN = ScheduleKind.UNKNOWN

H2_2025 = Period(date(2025, 7, 1), date(2025, 12, 31))
YEAR_2026 = Period(date(2026, 1, 1), date(2026, 12, 31))
WINTER = Period(date(2025, 11, 1), date(2026, 6, 30))
TWO_YEARS = Period(date(2025, 1, 1), date(2026, 12, 31))

Q_2026 = ["2026-03-31", "2026-06-30", "2026-09-30", "2026-12-31"]

# (text, plan period, expected kind, expected due dates in ISO form)
Case = tuple[str, Period, ScheduleKind, list[str]]

HALF_YEARLY: list[Case] = [
    ("Định kỳ 6 tháng", YEAR_2026, RECURRING, ["2026-06-30", "2026-12-31"]),
    ("dinh ky 6 thang", YEAR_2026, RECURRING, ["2026-06-30", "2026-12-31"]),
    ("ĐỊNH KỲ SÁU THÁNG", YEAR_2026, RECURRING, ["2026-06-30", "2026-12-31"]),
    ("Định kỳ 6 tháng, năm", YEAR_2026, RECURRING, ["2026-06-30", "2026-12-31"]),
    ("Định kỳ 6 tháng và hằng năm", YEAR_2026, RECURRING, ["2026-06-30", "2026-12-31"]),
    ("Định kỳ 6 tháng , hàng năm", YEAR_2026, RECURRING, ["2026-06-30", "2026-12-31"]),
    ("Định kỳ hằng năm", TWO_YEARS, RECURRING, ["2025-12-31", "2026-12-31"]),
    ("Định kỳ quý, 6 tháng, năm", YEAR_2026, RECURRING, Q_2026),
    # Across the new year: one half ends in each calendar year.
    ("Định kỳ 6 tháng", WINTER, RECURRING, ["2025-12-31", "2026-06-30"]),
    ("Định kỳ 6 tháng", Period(date(2026, 7, 1), date(2026, 12, 30)), UNKNOWN, []),
    # Without a word making them periodic, units name no deadline.
    ("6 tháng", YEAR_2026, UNKNOWN, []),
    ("Trong 6 tháng", YEAR_2026, UNKNOWN, []),
    ("Quý, năm", YEAR_2026, UNKNOWN, []),
]

EVERY_YEAR: list[Case] = [
    ("Quý I hằng năm", TWO_YEARS, RECURRING, ["2025-03-31", "2026-03-31"]),
    ("Quý I hàng năm", TWO_YEARS, RECURRING, ["2025-03-31", "2026-03-31"]),
    ("quy 1 hang nam", TWO_YEARS, RECURRING, ["2025-03-31", "2026-03-31"]),
    ("Trong quý I hằng năm", TWO_YEARS, RECURRING, ["2025-03-31", "2026-03-31"]),
    ("Hằng năm, quý I", TWO_YEARS, RECURRING, ["2025-03-31", "2026-03-31"]),
    ("Hằng năm vào quý I", TWO_YEARS, RECURRING, ["2025-03-31", "2026-03-31"]),
    (
        "Quý I, III hằng năm",
        TWO_YEARS,
        RECURRING,
        ["2025-03-31", "2025-09-30", "2026-03-31", "2026-09-30"],
    ),
    ("Quý I hằng năm", H2_2025, UNKNOWN, []),
    ("Quý V hằng năm", H2_2025, UNKNOWN, []),
    ("Tháng 12 hằng năm", TWO_YEARS, RECURRING, ["2025-12-31", "2026-12-31"]),
    ("THÁNG 12 HẰNG NĂM", TWO_YEARS, RECURRING, ["2025-12-31", "2026-12-31"]),
    ("Trong tháng 12 hàng năm", WINTER, RECURRING, ["2025-12-31"]),
    ("Hằng năm, tháng 12", TWO_YEARS, RECURRING, ["2025-12-31", "2026-12-31"]),
    (
        "Tháng 6 và tháng 12 hằng năm",
        TWO_YEARS,
        RECURRING,
        ["2025-06-30", "2025-12-31", "2026-06-30", "2026-12-31"],
    ),
    ("Trước ngày 30/6 hằng năm", TWO_YEARS, RECURRING, ["2025-06-29", "2026-06-29"]),
    ("Truoc ngay 30/6 hang nam", TWO_YEARS, RECURRING, ["2025-06-29", "2026-06-29"]),
    ("Trước ngày 30 / 6 hằng năm", TWO_YEARS, RECURRING, ["2025-06-29", "2026-06-29"]),
    ("Trước ngày 20/12 hằng năm", YEAR_2026, RECURRING, ["2026-12-19"]),
    ("Trước ngày 20/12 hằng năm", WINTER, RECURRING, ["2025-12-19"]),
    ("Chậm nhất ngày 20/12 hàng năm", YEAR_2026, RECURRING, ["2026-12-20"]),
    ("Ngày 15 tháng 12 hằng năm", YEAR_2026, RECURRING, ["2026-12-15"]),
    ("Hằng năm (trước ngày 15/12)", YEAR_2026, RECURRING, ["2026-12-14"]),
    ("Định kỳ hằng năm trước ngày 31/12", YEAR_2026, RECURRING, ["2026-12-30"]),
    # Before the 1st of January is the last day of the year before.
    ("Trước ngày 01/01 hằng năm", TWO_YEARS, RECURRING, ["2025-12-31", "2026-12-31"]),
    ("Trước ngày 30/6 hằng năm", H2_2025, UNKNOWN, []),
    # A year written beside "every year" contradicts it.
    ("Trước ngày 30/6/2026 hằng năm", YEAR_2026, UNKNOWN, []),
    ("Ngày 29/02 hằng năm", Period(date(2028, 1, 1), date(2028, 12, 31)), UNKNOWN, []),
    ("Ngày 15/12 hàng năm của Bộ Nội vụ", YEAR_2026, UNKNOWN, []),
]

YEARS: list[Case] = [
    # Each year's end inside the plan period; outside it, the end of the last year named.
    ("Năm 2025-2026", TWO_YEARS, MILESTONES, ["2025-12-31", "2026-12-31"]),
    ("Năm 2025 - 2026", TWO_YEARS, MILESTONES, ["2025-12-31", "2026-12-31"]),
    ("nam 2025–2026", TWO_YEARS, MILESTONES, ["2025-12-31", "2026-12-31"]),
    ("Năm 2025-2026", H2_2025, ONCE, ["2025-12-31"]),
    ("Năm 2025-2026", YEAR_2026, ONCE, ["2026-12-31"]),
    ("Giai đoạn 2021-2025", H2_2025, ONCE, ["2025-12-31"]),
    ("Năm 2027-2028", H2_2025, ONCE, ["2028-12-31"]),
    ("Trong năm 2025-2026", TWO_YEARS, MILESTONES, ["2025-12-31", "2026-12-31"]),
    ("Từ năm 2025 đến năm 2026", TWO_YEARS, ONCE, ["2026-12-31"]),
    ("Năm 2026-2025", TWO_YEARS, UNKNOWN, []),
    ("Năm học 2025-2026", TWO_YEARS, UNKNOWN, []),
    ("Trong năm 2026", YEAR_2026, ONCE, ["2026-12-31"]),
    ("trong nam 2026", YEAR_2026, ONCE, ["2026-12-31"]),
    ("Từ nay đến hết năm 2025", H2_2025, ONCE, ["2025-12-31"]),
    ("Từ nay đến ngày 30/11/2025", H2_2025, ONCE, ["2025-11-30"]),
]

QUARTER_AND_MONTH_FORMS: list[Case] = [
    ("Hết quý III/2025", H2_2025, ONCE, ["2025-09-30"]),
    ("het quy III/2025", H2_2025, ONCE, ["2025-09-30"]),
    ("HẾT QUÝ III / 2025", H2_2025, ONCE, ["2025-09-30"]),
    ("Hết tháng 10/2025", H2_2025, ONCE, ["2025-10-31"]),
    ("Quí IV/2025", H2_2025, ONCE, ["2025-12-31"]),
    ("qui iv/2025", H2_2025, ONCE, ["2025-12-31"]),
    ("Quí III, IV/2025", H2_2025, MILESTONES, ["2025-09-30", "2025-12-31"]),
    ("Hàng quí", H2_2025, RECURRING, ["2025-09-30", "2025-12-31"]),
    ("12/2025", H2_2025, ONCE, ["2025-12-31"]),
    ("12 / 2025", H2_2025, ONCE, ["2025-12-31"]),
    ("12-2025", H2_2025, ONCE, ["2025-12-31"]),
    ("02/2028", H2_2025, ONCE, ["2028-02-29"]),
    ("Hạn: 12/2025", H2_2025, ONCE, ["2025-12-31"]),
    ("Trong 12/2025", H2_2025, ONCE, ["2025-12-31"]),
    ("13/2025", H2_2025, UNKNOWN, []),
    # "Before month 12" or "day 12 of 2025": not certain.
    ("Trước 12/2025", H2_2025, UNKNOWN, []),
    ("Ngày 12/2025", H2_2025, UNKNOWN, []),
]

SPANS: list[Case] = [
    ("Từ tháng 7 đến tháng 12/2025", H2_2025, ONCE, ["2025-12-31"]),
    ("tu thang 7 den thang 12/2025", H2_2025, ONCE, ["2025-12-31"]),
    ("TỪ THÁNG 7 - THÁNG 12/2025", H2_2025, ONCE, ["2025-12-31"]),
    ("Từ tháng 7 đến hết tháng 12 năm 2025", H2_2025, ONCE, ["2025-12-31"]),
    ("Từ tháng 7 đến 12/2025", H2_2025, ONCE, ["2025-12-31"]),
    ("Từ tháng 10", H2_2025, UNKNOWN, []),
    # Across the new year, with the years written or not.
    ("Từ tháng 10/2025 đến tháng 3/2026", WINTER, ONCE, ["2026-03-31"]),
    ("Từ tháng 11 đến tháng 2/2026", WINTER, ONCE, ["2026-02-28"]),
    ("Từ tháng 11/2025 đến tháng 2", WINTER, ONCE, ["2026-02-28"]),
    ("Từ tháng 11 đến tháng 2", WINTER, ONCE, ["2026-02-28"]),
    ("Từ tháng 7/2025 đến tháng 6/2025", H2_2025, UNKNOWN, []),
    ("Từ tháng 7 đến tháng 13/2025", H2_2025, UNKNOWN, []),
    ("Từ quý III đến quý IV/2025", H2_2025, ONCE, ["2025-12-31"]),
    ("Từ quý IV/2025 đến quý II/2026", WINTER, ONCE, ["2026-06-30"]),
    ("Từ ngày 01/7/2025 đến ngày 31/12/2025", H2_2025, ONCE, ["2025-12-31"]),
    ("tu ngay 01/7/2025 den ngay 31/12/2025", H2_2025, ONCE, ["2025-12-31"]),
    ("Từ 01/7 - 31/12/2025", H2_2025, ONCE, ["2025-12-31"]),
    ("Từ ngày 01/7/2025 – 31/12/2025", H2_2025, ONCE, ["2025-12-31"]),
    (
        "Từ ngày 01 tháng 7 năm 2025 đến ngày 31 tháng 12 năm 2025",
        H2_2025,
        ONCE,
        ["2025-12-31"],
    ),
    ("Từ ngày 15/11 đến ngày 15/01/2026", WINTER, ONCE, ["2026-01-15"]),
    ("Từ ngày 15/11 đến ngày 15/01", WINTER, ONCE, ["2026-01-15"]),
    ("Từ ngày 31/12/2025 đến ngày 01/7/2025", H2_2025, UNKNOWN, []),
    ("Từ ngày 01/7/2025 đến ngày 31/02/2026", H2_2025, UNKNOWN, []),
]

JOINED: list[Case] = [
    ("Ngày 30/6/2026 và ngày 31/12/2026", YEAR_2026, MILESTONES, ["2026-06-30", "2026-12-31"]),
    ("30/6 và 31/12/2026", YEAR_2026, MILESTONES, ["2026-06-30", "2026-12-31"]),
    (
        "Trước ngày 30/6 và trước ngày 31/12/2026",
        YEAR_2026,
        MILESTONES,
        ["2026-06-29", "2026-12-30"],
    ),
    ("30/6/2026; 31/12/2026", YEAR_2026, MILESTONES, ["2026-06-30", "2026-12-31"]),
    ("30/6/2026, 31/12/2026", YEAR_2026, MILESTONES, ["2026-06-30", "2026-12-31"]),
    ("Quý II và quý IV/2026", YEAR_2026, MILESTONES, ["2026-06-30", "2026-12-31"]),
    ("Quý IV/2025 và quý I/2026", WINTER, MILESTONES, ["2025-12-31", "2026-03-31"]),
    ("Quí IV/2025 và Quí I/2026", WINTER, MILESTONES, ["2025-12-31", "2026-03-31"]),
    ("Tháng 12/2025 và tháng 01/2026", WINTER, MILESTONES, ["2025-12-31", "2026-01-31"]),
    ("Tháng 12/2025, 01/2026", WINTER, MILESTONES, ["2025-12-31", "2026-01-31"]),
    ("Quý IV/2025 và ngày 30/6/2026", WINTER, MILESTONES, ["2025-12-31", "2026-06-30"]),
    # Written in full, the order does not matter.
    ("31/12/2026 và 30/6/2026", YEAR_2026, MILESTONES, ["2026-06-30", "2026-12-31"]),
    # A year carried backwards makes the list go backwards: which year is meant is unsure.
    ("31/12 và 30/6/2026", YEAR_2026, UNKNOWN, []),
    ("Tháng 12, 1/2026", YEAR_2026, UNKNOWN, []),
    ("Quý IV, I/2026", YEAR_2026, UNKNOWN, []),
    # A comma may narrow what comes before it: one date, not two.
    ("Quý IV, trước ngày 15/12/2025", H2_2025, UNKNOWN, []),
    ("Quý IV/2025 và khi có yêu cầu", H2_2025, UNKNOWN, []),
    ("Quý IV/2025 và 32/12/2025", H2_2025, UNKNOWN, []),
]

LAST_MONTH_OF_PERIOD: list[Case] = [
    (
        "Hằng quý (trước ngày 15 tháng cuối quý)",
        YEAR_2026,
        RECURRING,
        ["2026-03-14", "2026-06-14", "2026-09-14", "2026-12-14"],
    ),
    (
        "hang quy ( truoc ngay 15 thang cuoi quy )",
        YEAR_2026,
        RECURRING,
        ["2026-03-14", "2026-06-14", "2026-09-14", "2026-12-14"],
    ),
    (
        "Hằng quý, chậm nhất là ngày 20 của tháng cuối kỳ báo cáo",
        YEAR_2026,
        RECURRING,
        ["2026-03-20", "2026-06-20", "2026-09-20", "2026-12-20"],
    ),
    (
        "Định kỳ 6 tháng, trước ngày 15 của tháng cuối kỳ báo cáo",
        YEAR_2026,
        RECURRING,
        ["2026-06-14", "2026-12-14"],
    ),
    (
        "Hằng năm, chậm nhất ngày 20 của tháng cuối kỳ báo cáo",
        YEAR_2026,
        RECURRING,
        ["2026-12-20"],
    ),
    ("Chậm nhất là ngày 20 tháng cuối quý", H2_2025, RECURRING, ["2025-09-20", "2025-12-20"]),
    # Which reporting period is meant the text does not say: month, quarter, half or year.
    ("Chậm nhất là ngày 20 của tháng cuối kỳ báo cáo", YEAR_2026, UNKNOWN, []),
    ("CHAM NHAT LA NGAY 20 CUA THANG CUOI KY BAO CAO", YEAR_2026, UNKNOWN, []),
    ("Hằng tháng, trước ngày 20 tháng cuối quý", YEAR_2026, UNKNOWN, []),
    # Before day 20 of which month of the quarter? Not said.
    ("Hằng quý, trước ngày 20", YEAR_2026, UNKNOWN, []),
    (
        "Hằng tháng, chậm nhất ngày 25",
        H2_2025,
        RECURRING,
        ["2025-07-25", "2025-08-25", "2025-09-25", "2025-10-25", "2025-11-25", "2025-12-25"],
    ),
    (
        "Hằng tháng (trước ngày 20)",
        H2_2025,
        RECURRING,
        ["2025-07-19", "2025-08-19", "2025-09-19", "2025-10-19", "2025-11-19", "2025-12-19"],
    ),
]

AD_HOC: list[Case] = [
    ("Định kỳ hàng quý, đột xuất", YEAR_2026, RECURRING, Q_2026),
    ("dinh ky hang quy, dot xuat", YEAR_2026, RECURRING, Q_2026),
    ("Hàng quý và đột xuất", YEAR_2026, RECURRING, Q_2026),
    ("Hằng quý; đột xuất khi có yêu cầu", YEAR_2026, RECURRING, Q_2026),
    ("Hàng quý hoặc khi có yêu cầu", YEAR_2026, RECURRING, Q_2026),
    ("Đột xuất, hằng quý", YEAR_2026, RECURRING, Q_2026),
    ("Định kỳ 6 tháng, năm và đột xuất", YEAR_2026, RECURRING, ["2026-06-30", "2026-12-31"]),
    # A one-off date "or when asked" may fall due earlier: not read.
    ("Quý IV/2025, đột xuất", H2_2025, UNKNOWN, []),
    ("Trước ngày 10/12/2025 hoặc khi có yêu cầu", H2_2025, UNKNOWN, []),
    ("Đột xuất", H2_2025, UNKNOWN, []),
    ("Khi có yêu cầu", H2_2025, UNKNOWN, []),
]

ONGOING_WITH_REPORT: list[Case] = [
    ("Thường xuyên; báo cáo kết quả trước ngày 15/12/2026", YEAR_2026, ONCE, ["2026-12-14"]),
    ("thuong xuyen; bao cao ket qua truoc ngay 15/12/2026", YEAR_2026, ONCE, ["2026-12-14"]),
    ("Thường xuyên, báo cáo kết quả trước ngày 15/12/2026", YEAR_2026, ONCE, ["2026-12-14"]),
    (
        "Thường xuyên. Báo cáo kết quả thực hiện về UBND xã trước ngày 15/12/2026",
        YEAR_2026,
        ONCE,
        ["2026-12-14"],
    ),
    ("Thường xuyên, liên tục; báo cáo trước 15/12/2026", YEAR_2026, ONCE, ["2026-12-14"]),
    ("Thường xuyên; báo cáo hằng quý", YEAR_2026, RECURRING, Q_2026),
    (
        "Thường xuyên; báo cáo ngày 30/6 và 31/12/2026",
        YEAR_2026,
        MILESTONES,
        ["2026-06-30", "2026-12-31"],
    ),
    ("Báo cáo kết quả trước ngày 15/12/2026", YEAR_2026, ONCE, ["2026-12-14"]),
    ("Báo cáo định kỳ hằng quý", YEAR_2026, RECURRING, Q_2026),
    # "After", and reports named by the period they cover, are no deadline.
    ("Thường xuyên; báo cáo sau ngày 15/12/2026", YEAR_2026, UNKNOWN, []),
    ("Thường xuyên; báo cáo năm", YEAR_2026, UNKNOWN, []),
    ("Báo cáo 6 tháng đầu năm 2026", YEAR_2026, UNKNOWN, []),
    ("Báo cáo quý IV/2026", YEAR_2026, UNKNOWN, []),
    ("Thường xuyên trong năm", YEAR_2026, UNKNOWN, []),
    ("Thường xuyên; báo cáo trước ngày 32/12/2026", YEAR_2026, UNKNOWN, []),
]

IMPOSSIBLE: list[tuple[str, Period, str]] = [
    ("Trước ngày 32/12/2025", H2_2025, "32/12/2025"),
    ("32/12/2025", H2_2025, "32/12/2025"),
    ("Ngày 31/02/2026", YEAR_2026, "31/02/2026"),
    ("31/02", H2_2025, "31/02"),
    ("Ngày 31/4/2026", YEAR_2026, "31/04/2026"),
    ("Ngày 29/02/2026", YEAR_2026, "29/02/2026"),
    ("Ngày 10/13/2025", H2_2025, "10/13/2025"),
    ("Trước ngày 31/02 hằng năm", YEAR_2026, "31/02"),
    ("Từ ngày 01/7/2025 đến ngày 32/12/2025", H2_2025, "32/12/2025"),
    ("Quý IV/2025 và 32/12/2025", H2_2025, "32/12/2025"),
    ("Thường xuyên; báo cáo trước ngày 31/02/2026", YEAR_2026, "31/02/2026"),
    ("Trước ngày 32/12/2025 hoặc khi có yêu cầu", H2_2025, "32/12/2025"),
    ("Kết hợp báo cáo quý, trước ngày 32/12/2025", H2_2025, "32/12/2025"),
    ("Tháng 13/2025", H2_2025, "13"),
    ("Quý V/2025", H2_2025, "V"),
    ("Ngày 32 hàng tháng", H2_2025, "32"),
]

FAMILIES = (
    HALF_YEARLY
    + EVERY_YEAR
    + YEARS
    + QUARTER_AND_MONTH_FORMS
    + SPANS
    + JOINED
    + LAST_MONTH_OF_PERIOD
    + AD_HOC
    + ONGOING_WITH_REPORT
)


def d(text: str) -> date:
    return date.fromisoformat(text)


def ddmmyyyy(day: date) -> str:
    return f"{day.day:02d}/{day.month:02d}/{day.year:04d}"


@pytest.mark.parametrize(("text", "period", "kind", "dates"), FAMILIES)
def test_families(text: str, period: Period, kind: ScheduleKind, dates: list[str]) -> None:
    schedule = parse_deadline(text, period)
    assert schedule.kind is kind, schedule.explanation.render()
    assert schedule.due_dates == tuple(d(day) for day in dates)
    rendered = schedule.explanation.render()
    for day in dates:
        assert ddmmyyyy(d(day)) in rendered
    if kind is UNKNOWN:
        assert f"“{' '.join(text.split())}”" in rendered


@pytest.mark.parametrize(("text", "period", "named"), IMPOSSIBLE)
def test_an_impossible_date_is_unknown_and_named(text: str, period: Period, named: str) -> None:
    schedule = parse_deadline(text, period)
    assert schedule.kind is UNKNOWN
    assert names_impossible_date(schedule)
    rendered = schedule.explanation.render()
    assert "does not exist" in rendered or "no month has" in rendered
    assert named in rendered


@pytest.mark.parametrize(
    "text",
    [
        "Khi có yêu cầu",
        "Thường xuyên",
        "",
        "Theo Công văn số 45/10-UBND",
        "Theo Nghị định 09/2019/NĐ-CP",
        "Chậm nhất là ngày 20 của tháng cuối kỳ báo cáo",
        "Hàng năm",
    ],
)
def test_other_refusals_are_not_impossible_dates(text: str) -> None:
    # "Hàng năm" in a half-year without a December is unknown, but names nothing impossible.
    assert not names_impossible_date(
        parse_deadline(text, Period(d("2026-01-01"), d("2026-06-30")))
    )


def test_the_ad_hoc_part_is_noted_in_the_explanation() -> None:
    explanation = parse_deadline("Định kỳ hàng quý, đột xuất", H2_2025).explanation
    assert explanation.render() == (
        "Recurring at the end of every quarter in the plan period: 30/09/2025, 31/12/2025."
        " Also whenever asked (ad hoc); such requests bring their own dates."
    )


def test_ongoing_work_with_a_dated_report_says_both() -> None:
    schedule = parse_deadline("Thường xuyên; báo cáo kết quả trước ngày 15/12/2026", YEAR_2026)
    assert schedule.explanation.render() == (
        "The work itself is ongoing; reminders follow the report the text dates."
        " Due before 15/12/2026, so the last day is 14/12/2026."
    )


def test_each_sentence_is_translated_on_its_own() -> None:
    explanation = parse_deadline("Hằng quý và đột xuất", H2_2025).explanation
    vietnamese = {
        "Recurring at the end of every quarter in the plan period: {dates}.": (
            "Định kỳ vào cuối mỗi quý: {dates}."
        ),
        "Also whenever asked (ad hoc); such requests bring their own dates.": (
            "Ngoài ra thực hiện đột xuất khi có yêu cầu."
        ),
    }
    assert explanation.render(vietnamese.__getitem__) == (
        "Định kỳ vào cuối mỗi quý: 30/09/2025, 31/12/2025."
        " Ngoài ra thực hiện đột xuất khi có yêu cầu."
    )


def test_explanations_of_new_families() -> None:
    def said(text: str, period: Period) -> str:
        return parse_deadline(text, period).explanation.render()

    assert said("Từ tháng 7 đến tháng 12/2025", H2_2025) == (
        "Work from month 7/2025 to month 12/2025, due at the end of month 12/2025: 31/12/2025."
    )
    assert said("Từ ngày 01/7/2025 đến ngày 31/12/2025", H2_2025) == (
        "Work from 01/07/2025 to 31/12/2025, due on its last day."
    )
    assert said("Năm 2025-2026", H2_2025) == (
        "Each year from 2025 to 2026 is due at its end; those in the plan period: 31/12/2025."
    )
    assert said("Trước ngày 30/6 hằng năm", TWO_YEARS) == (
        "Recurring before 30/06 every year in the plan period: 29/06/2025, 29/06/2026."
    )
    assert said("Quý I hằng năm", TWO_YEARS) == (
        "Recurring at the end of quarter I every year in the plan period: 31/03/2025, 31/03/2026."
    )
    assert said("Trước ngày 32/12/2025", H2_2025) == (
        "“Trước ngày 32/12/2025” names 32/12/2025, a date that does not exist;"
        " the coordinator needs to set a date."
    )
    assert "reporting period" in said("Chậm nhất là ngày 20 của tháng cuối kỳ báo cáo", H2_2025)
    assert "out of order" in said("31/12 và 30/6/2026", YEAR_2026)


# --- Properties -------------------------------------------------------------------------------


@st.composite
def periods(draw: st.DrawFn) -> Period:
    """Plan periods of up to three years."""
    start = draw(st.dates(min_value=date(1990, 1, 1), max_value=date(2100, 12, 31)))
    end = draw(st.dates(min_value=start, max_value=date(start.year + 3, start.month, 1)))
    return Period(start, end)


@st.composite
def periods_and_days(draw: st.DrawFn) -> tuple[Period, date]:
    period = draw(periods())
    return period, draw(st.dates(min_value=period.start, max_value=period.end))


def dmy(day: date, style: int) -> str:
    """A date as officials write it, in one of several styles."""
    return [
        f"{day.day}/{day.month}/{day.year}",
        f"{day.day:02d}/{day.month:02d}/{day.year}",
        f"{day.day:02d}-{day.month:02d}-{day.year}",
        f"{day.day}.{day.month}.{day.year}",
        f"{day.day} tháng {day.month} năm {day.year}",
        f"{day.day:02d} / {day.month:02d} / {day.year}",
    ][style]


ON_DATE_FORMS = ["Ngày {}", "Chậm nhất là ngày {}", "Hạn chót: {}", "{}", "NGÀY {}", "den ngay {}"]
STYLES = st.integers(0, 5)


@settings(deadline=None)
@given(periods_and_days(), st.sampled_from(ON_DATE_FORMS), STYLES)
def test_any_written_date_reads_to_exactly_that_date(
    period_and_day: tuple[Period, date], form: str, style: int
) -> None:
    period, day = period_and_day
    schedule = parse_deadline(form.format(dmy(day, style)), period)
    assert (schedule.kind, schedule.due_dates) == (ONCE, (day,))


@settings(deadline=None)
@given(periods_and_days(), STYLES)
def test_before_a_written_date_is_the_day_before(
    period_and_day: tuple[Period, date], style: int
) -> None:
    period, day = period_and_day
    schedule = parse_deadline(f"Trước ngày {dmy(day, style)}", period)
    assert schedule.due_dates == (day - timedelta(days=1),)


@settings(deadline=None)
@given(periods_and_days(), st.dates(min_value=date(1990, 1, 1), max_value=date(2100, 12, 31)))
def test_a_span_of_days_is_due_on_its_last_day(
    period_and_day: tuple[Period, date], first: date
) -> None:
    period, last = period_and_day
    assume(first <= last)
    text = f"Từ ngày {dmy(first, 1)} đến ngày {dmy(last, 1)}"
    assert parse_deadline(text, period).due_dates == (last,)
    if first.year == last.year:
        # The first date's year follows from the last one's.
        short = f"Từ {first.day}/{first.month} - {dmy(last, 0)}"
        assert parse_deadline(short, period).due_dates == (last,)


@settings(deadline=None)
@given(periods(), st.integers(1, 12), st.integers(0, 11), st.integers(1990, 2100))
def test_a_span_of_months_is_due_at_the_end_of_its_last(
    period: Period, first: int, length: int, year: int
) -> None:
    last_month = (first - 1 + length) % 12 + 1
    last_year = year + (first - 1 + length) // 12
    due = date(last_year, last_month, calendar.monthrange(last_year, last_month)[1])
    for text in (
        f"Từ tháng {first}/{year} đến tháng {last_month}/{last_year}",
        # Shorter than a year, the first month's year follows from the last one's.
        f"Từ tháng {first} đến tháng {last_month}/{last_year}",
    ):
        assert parse_deadline(text, period).due_dates == (due,), text


@settings(deadline=None)
@given(periods(), st.integers(1, 12), st.integers(1990, 2100))
def test_a_month_and_year_read_as_that_month_end(period: Period, month: int, year: int) -> None:
    due = date(year, month, calendar.monthrange(year, month)[1])
    for text in (f"{month}/{year}", f"{month:02d}/{year}", f"Hết tháng {month}/{year}"):
        assert parse_deadline(text, period).due_dates == (due,)


@settings(deadline=None)
@given(periods(), st.lists(st.sampled_from(["tháng", "quý", "6 tháng", "năm"]), min_size=1))
def test_periodic_units_recur_at_the_ends_of_the_finest(period: Period, units: list[str]) -> None:
    length = min({"tháng": 1, "quý": 3, "6 tháng": 6, "năm": 12}[unit] for unit in units)
    expected = tuple(
        day
        for year in range(period.start.year, period.end.year + 1)
        for month in range(length, 13, length)
        if period.start <= (day := date(year, month, calendar.monthrange(year, month)[1]))
        and day <= period.end
    )
    schedule = parse_deadline("Định kỳ " + ", ".join(units), period)
    assert schedule.due_dates == expected
    assert schedule.kind is (RECURRING if expected else UNKNOWN)


DAY_MONTHS = st.tuples(st.integers(1, 31), st.integers(1, 12)).filter(
    lambda pair: pair[0] <= calendar.monthrange(2001, pair[1])[1]
)


@settings(deadline=None)
@given(periods(), DAY_MONTHS, st.booleans())
def test_a_date_every_year_falls_on_it_inside_the_period(
    period: Period, day_month: tuple[int, int], before: bool
) -> None:
    day, month = day_month
    text = f"{'Trước ngày' if before else 'Ngày'} {day}/{month} hằng năm"
    schedule = parse_deadline(text, period)
    # The year after the period counts: "before 01/01" of it is the period's last day.
    years = range(period.start.year, period.end.year + 2)
    occurrences = [date(year, month, day) for year in years]
    shift = timedelta(days=1 if before else 0)
    expected = tuple(
        occurrence - shift
        for occurrence in occurrences
        if period.start <= occurrence - shift <= period.end
    )
    assert schedule.due_dates == expected
    assert schedule.kind is (RECURRING if expected else UNKNOWN)


@settings(deadline=None)
@given(periods_and_days(), periods_and_days())
def test_two_dates_joined_by_va_are_two_milestones(
    first: tuple[Period, date], second: tuple[Period, date]
) -> None:
    period, one = first
    _, other = second
    schedule = parse_deadline(f"Ngày {dmy(one, 1)} và ngày {dmy(other, 1)}", period)
    assert schedule.due_dates == tuple(sorted({one, other}))
    assert schedule.kind is (ONCE if one == other else MILESTONES)


@settings(deadline=None)
@given(periods(), st.dates(min_value=date(1990, 1, 2), max_value=date(2100, 12, 31)))
def test_ongoing_work_follows_its_dated_report(period: Period, day: date) -> None:
    schedule = parse_deadline(f"Thường xuyên; báo cáo kết quả trước ngày {dmy(day, 1)}", period)
    assert (schedule.kind, schedule.due_dates) == (ONCE, (day - timedelta(days=1),))
    assert "ongoing" in schedule.explanation.render()


def impossible_day_months() -> st.SearchStrategy[tuple[int, int]]:
    """A day and month no year has: 30/02, 31/04, 32/12, 15/13, 0/5."""
    too_long = st.integers(1, 12).flatmap(
        lambda month: st.tuples(
            st.integers(calendar.monthrange(2000, month)[1] + 1, 99), st.just(month)
        )
    )
    no_month = st.tuples(st.integers(1, 31), st.integers(13, 99))
    no_day = st.tuples(st.just(0), st.integers(1, 12))
    return st.one_of(too_long, no_month, no_day)


IMPOSSIBLE_FORMS = [
    "Ngày {dm}/{y}",
    "{dm}/{y}",
    "Trước ngày {dm}/{y}",
    "Chậm nhất là ngày {dm}/{y}",
    "Trước ngày {dm}",
    "Ngày {dm} hằng năm",
    "Trước ngày {dm} hàng năm",
    "Từ ngày 01/01/{y} đến ngày {dm}/{y}",
    "Từ ngày {dm} đến ngày 31/12/{y}",
    "Quý IV/{y} và ngày {dm}/{y}",
    "Thường xuyên; báo cáo trước ngày {dm}/{y}",
    "Hằng quý, trước ngày {dm}/{y}",
    "Trước ngày {dm}/{y} hoặc khi có yêu cầu",
]


@settings(deadline=None)
@given(
    periods(), impossible_day_months(), st.integers(1990, 2100), st.sampled_from(IMPOSSIBLE_FORMS)
)
def test_an_impossible_day_never_reads(
    period: Period, day_month: tuple[int, int], year: int, form: str
) -> None:
    day, month = day_month
    text = form.format(dm=f"{day:02d}/{month:02d}", y=year)
    schedule = parse_deadline(text, period)
    assert schedule.kind is UNKNOWN, text
    assert names_impossible_date(schedule), schedule.explanation.render()
    assert f"{day:02d}/{month:02d}" in schedule.explanation.render()


@settings(deadline=None)
@given(periods(), st.integers(1990, 2100).filter(lambda year: not calendar.isleap(year)))
def test_february_29_of_a_common_year_never_reads(period: Period, year: int) -> None:
    for text in (f"29/02/{year}", f"Trước ngày 29/02/{year}", f"Từ 01/02 đến 29/02/{year}"):
        schedule = parse_deadline(text, period)
        assert names_impossible_date(schedule), text


KEYWORDS = [
    "trước",
    "ngày",
    "quý",
    "quí",
    "tháng",
    "năm",
    "hằng",
    "hàng",
    "định kỳ",
    "6 tháng",
    "cuối",
    "của",
    "kỳ báo cáo",
    "và",
    "từ",
    "đến",
    "hết",
    "nay",
    "đột xuất",
    "khi có yêu cầu",
    "thường xuyên",
    "báo cáo",
    "kết quả",
    "chậm nhất",
    "là",
    "giai đoạn",
    "I",
    "IV",
    "V",
    "/",
    "-",
    ",",
    ";",
    "(",
    ")",
    " ",
]
PIECES = st.one_of(
    st.sampled_from(KEYWORDS),
    st.integers(0, 40).map(str),
    st.integers(1990, 2100).map(str),
)
DEADLINE_LIKE = st.lists(PIECES, max_size=12).map(" ".join)


def assert_well_formed(schedule: Schedule) -> None:
    assert list(schedule.due_dates) == sorted(set(schedule.due_dates))
    if schedule.kind in (ONGOING, UNKNOWN):
        assert schedule.due_dates == ()
    elif schedule.kind is ONCE:
        assert len(schedule.due_dates) == 1
    elif schedule.kind is MILESTONES:
        assert len(schedule.due_dates) >= 2
    assert isinstance(schedule.explanation.render(), str)


@settings(deadline=None, max_examples=300)
@given(DEADLINE_LIKE, periods())
def test_deadline_like_text_is_well_formed_and_recurs_inside_the_period(
    text: str, period: Period
) -> None:
    schedule = parse_deadline(text, period)
    assert_well_formed(schedule)
    if schedule.kind is RECURRING:
        assert all(period.start <= day <= period.end for day in schedule.due_dates)
    if names_impossible_date(schedule):
        assert schedule.kind is UNKNOWN


@settings(deadline=None)
@given(periods_and_days(), st.sampled_from(["Ngày {}", "{}", "chậm nhất ngày {}", "Đến {}"]))
def test_a_day_without_its_year_reads_to_its_first_occurrence_in_the_period(
    period_and_day: tuple[Period, date], form: str
) -> None:
    period, day = period_and_day
    schedule = parse_deadline(form.format(f"{day.day}/{day.month}"), period)
    [due] = schedule.due_dates
    assert (due.day, due.month) == (day.day, day.month)
    assert period.start <= due <= day


@settings(deadline=None)
@given(periods_and_days(), st.sampled_from(["Trong tháng {}", "Tháng {}", "Hết tháng {}"]))
def test_a_month_without_its_year_reads_inside_the_period_when_its_end_is(
    period_and_day: tuple[Period, date], form: str
) -> None:
    period, day = period_and_day
    month_end = date(day.year, day.month, calendar.monthrange(day.year, day.month)[1])
    assume(month_end <= period.end)
    [due] = parse_deadline(form.format(day.month), period).due_dates
    assert due.month == day.month
    assert period.start <= due <= month_end
