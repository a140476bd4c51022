"""The deadline families of issue 14, each in the forms officials write, and properties.

Every family is tried with diacritics, without them, in capitals and with odd spacing;
the properties check that a written date reads to exactly that date, that a date that
does not exist never reads at all, and that nothing recurring or implied falls outside
the plan period.
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta
from itertools import pairwise

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from models.deadline import (
    Period,
    ScheduleKind,
    names_impossible_date,
    parse_deadline,
)
from models.vntext import strip_marks
from tests.models.deadline_cases import (
    H2_2025,
    MILESTONES,
    NOV_2025,
    OCT_TO_SEP,
    ONCE,
    ONGOING,
    Q4_2025,
    QUARTER_ENDS_2026,
    RECURRING,
    TWO_YEARS,
    UNKNOWN,
    WINTER,
    YEAR_2026,
    Case,
    assert_well_formed,
    d,
    ddmmyyyy,
    periods,
    periods_and_days,
)

Q_2026 = QUARTER_ENDS_2026

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
    # Ongoing all year (see DESCRIBED_ONGOING); a year written makes it something else.
    ("Thường xuyên trong năm", YEAR_2026, ONGOING, []),
    ("Thường xuyên trong năm 2026", YEAR_2026, UNKNOWN, []),
    ("Thường xuyên; báo cáo trước ngày 32/12/2026", YEAR_2026, UNKNOWN, []),
]

# Deadline columns of real plans (the Government's Nghị quyết 03/NQ-CP appendix among them)
# often hold a bare year, and call an ongoing task "Nhiệm vụ thường xuyên".
BARE_YEARS_AND_ONGOING_TASKS: list[Case] = [
    ("2025", H2_2025, ONCE, ["2025-12-31"]),
    ("2027", H2_2025, ONCE, ["2027-12-31"]),
    (" 2026. ", YEAR_2026, ONCE, ["2026-12-31"]),
    ("Trong 2026", YEAR_2026, ONCE, ["2026-12-31"]),
    ("Cuối 2025", H2_2025, ONCE, ["2025-12-31"]),
    ("Đến hết 2025", H2_2025, ONCE, ["2025-12-31"]),
    ("2025 và 2026", TWO_YEARS, MILESTONES, ["2025-12-31", "2026-12-31"]),
    ("2025 - 2026", TWO_YEARS, MILESTONES, ["2025-12-31", "2026-12-31"]),
    ("Nhiệm vụ thường xuyên", YEAR_2026, ONGOING, []),
    ("NHIEM VU THUONG XUYEN", YEAR_2026, ONGOING, []),
    # A year that is not four digits, "before" a year, or years that go on: not certain.
    ("25", H2_2025, UNKNOWN, []),
    ("20255", H2_2025, UNKNOWN, []),
    ("Trước 2026", H2_2025, UNKNOWN, []),
    ("2025 và những năm tiếp theo", TWO_YEARS, UNKNOWN, []),
    ("Nhiệm vụ", YEAR_2026, UNKNOWN, []),
    ("Tháng 12, 2025", H2_2025, UNKNOWN, []),
]

# --- Forms officials write that the engine learnt after the first held-out sets -------------

# A span of days led by "Trong (khoảng) thời gian": due on its last day, as any span of days.
SPAN_LEADS: list[Case] = [
    (
        "Trong khoảng thời gian từ ngày 01/7/2025 đến ngày 31/12/2025",
        H2_2025,
        ONCE,
        ["2025-12-31"],
    ),
    ("trong khoang thoi gian tu ngay 01/9/2025 den ngay 30/9/2025", H2_2025, ONCE, ["2025-09-30"]),
    ("Trong thời gian từ 01 / 12 / 2025 đến 31 / 12 / 2025", H2_2025, ONCE, ["2025-12-31"]),
    ("TRONG THỜI GIAN TỪ NGÀY 15/11 ĐẾN NGÀY 15/01/2026", WINTER, ONCE, ["2026-01-15"]),
    ("Từ ngày 01/10/2025 đến hết ngày 31/10/2025", H2_2025, ONCE, ["2025-10-31"]),
    (
        "Từ ngày 01 tháng 02 năm 2026 đến hết ngày 28 tháng 02 năm 2026",
        YEAR_2026,
        ONCE,
        ["2026-02-28"],
    ),
    ("Thời gian: từ ngày 01/9/2025 đến ngày 30/9/2025", H2_2025, ONCE, ["2025-09-30"]),
    ("Kể từ ngày 01/9/2025 đến ngày 30/9/2025", H2_2025, ONCE, ["2025-09-30"]),
    ("Trong khoảng thời gian từ tháng 7 đến tháng 9/2025", H2_2025, ONCE, ["2025-09-30"]),
    # The first day alone, in the last day's month: "từ ngày 15 đến ngày 20/12/2025".
    ("Từ ngày 15 đến ngày 20/12/2025", H2_2025, ONCE, ["2025-12-20"]),
    ("Trong khoảng thời gian từ ngày 01 - 31/12/2025", H2_2025, ONCE, ["2025-12-31"]),
    ("Từ 15 đến 20 tháng 12 năm 2025", H2_2025, ONCE, ["2025-12-20"]),
    ("Chậm nhất đến hết ngày 30/9/2025", H2_2025, ONCE, ["2025-09-30"]),
    # No end, an end that is no date, a span running backwards, a length of time.
    ("Từ ngày 25 đến ngày 20/12/2025", H2_2025, UNKNOWN, []),
    # Months 7 to 12, without "tháng": not certain enough to read.
    ("Từ 7 đến 12/2025", H2_2025, UNKNOWN, []),
    ("Từ ngày 15 đến tháng 12/2025", H2_2025, UNKNOWN, []),
    ("Trong khoảng thời gian từ ngày 01/7/2025", H2_2025, UNKNOWN, []),
    ("Trong khoảng thời gian từ ngày 01/7/2025 đến khi hoàn thành", H2_2025, UNKNOWN, []),
    ("Trong thời gian từ ngày 31/12/2025 đến ngày 01/7/2025", H2_2025, UNKNOWN, []),
    ("Trong thời gian từ ngày 01/7/2025 đến ngày 31/6/2025", H2_2025, UNKNOWN, []),
    ("Trong thời gian 30 ngày", H2_2025, UNKNOWN, []),
    ("Thời hạn 30 ngày kể từ ngày 01/7/2025", H2_2025, UNKNOWN, []),
]

# A time of day names an hour of the day it stands with: due that day, "trước" included.
TIMES_OF_DAY: list[Case] = [
    ("Chậm nhất là 17 giờ 00 ngày 29/01/2026", YEAR_2026, ONCE, ["2026-01-29"]),
    ("Trước 17h00 ngày 23/9/2025", H2_2025, ONCE, ["2025-09-23"]),
    ("TRUOC 17H NGAY 22/9/2025", H2_2025, ONCE, ["2025-09-22"]),
    ("đến 17 giờ 00, ngày 01/02/2026", YEAR_2026, ONCE, ["2026-02-01"]),
    ("trước 16 giờ 30 phút ngày 15/10/2025", H2_2025, ONCE, ["2025-10-15"]),
    ("8h00 ngày 03/11/2025", H2_2025, ONCE, ["2025-11-03"]),
    ("Trước 10 giờ sáng ngày 05 tháng 12 năm 2025", H2_2025, ONCE, ["2025-12-05"]),
    ("Trước 17g30 ngày 22/9", H2_2025, ONCE, ["2025-09-22"]),
    ("Ngày 30/01/2026, trước 17:00", YEAR_2026, ONCE, ["2026-01-30"]),
    ("Ngày 30/01/2026, lúc 8 giờ 30", YEAR_2026, ONCE, ["2026-01-30"]),
    ("Hoàn thành trước 17h00 ngày 22/9/2025", H2_2025, ONCE, ["2025-09-22"]),
    (
        "Trước 17h00 ngày 20 hằng tháng",
        H2_2025,
        RECURRING,
        ["2025-07-20", "2025-08-20", "2025-09-20", "2025-10-20", "2025-11-20", "2025-12-20"],
    ),
    ("Từ 8h00 ngày 01/12/2025 đến 17h00 ngày 05/12/2025", H2_2025, ONCE, ["2025-12-05"]),
    # No such hour or minute, no date, a day that does not exist, no certain day.
    ("Trước 25h00 ngày 22/9/2025", H2_2025, UNKNOWN, []),
    ("Trước 16 giờ 75 ngày 22/9/2025", H2_2025, UNKNOWN, []),
    ("Trước 17h30", H2_2025, UNKNOWN, []),
    ("17h00 ngày 31/9/2025", H2_2025, UNKNOWN, []),
    ("Trước 17h00 ngày làm việc cuối cùng của tháng", H2_2025, UNKNOWN, []),
    ("Trước 17h00 thứ Sáu hằng tuần", H2_2025, UNKNOWN, []),
    # Before the day, or before that hour of it? Not certain.
    ("Trước ngày 30/01/2026, 17h00", YEAR_2026, UNKNOWN, []),
]

# Spans whose two ends are of different kinds: due at the end of the later end.
MIXED_SPANS: list[Case] = [
    ("Từ tháng 11/2025 đến quý II/2026", WINTER, ONCE, ["2026-06-30"]),
    ("tu thang 12/2025 den quy 1/2026", WINTER, ONCE, ["2026-03-31"]),
    ("Từ tháng 12/2025 đến hết Quí I/2026", WINTER, ONCE, ["2026-03-31"]),
    ("Từ quý II/2025 đến hết ngày 28/2/2027", TWO_YEARS, ONCE, ["2027-02-28"]),
    ("Từ quý IV/2025 đến tháng 02/2026", WINTER, ONCE, ["2026-02-28"]),
    ("Từ ngày 15/11/2025 đến tháng 3/2026", WINTER, ONCE, ["2026-03-31"]),
    ("Từ tháng 9/2025 đến hết năm 2025", H2_2025, ONCE, ["2025-12-31"]),
    ("Từ năm 2025 đến quý II/2026", TWO_YEARS, ONCE, ["2026-06-30"]),
    ("Từ 12/2025 đến 3/2026", WINTER, ONCE, ["2026-03-31"]),
    ("Từ tháng 01 đến tháng 6/2026", YEAR_2026, ONCE, ["2026-06-30"]),
    # A missing year follows from the other end, or from the plan period when neither has one.
    ("Từ tháng 12/2025 đến quý I", WINTER, ONCE, ["2026-03-31"]),
    ("Từ tháng 12 đến quý I", WINTER, ONCE, ["2026-03-31"]),
    ("Từ quý IV/2027 đến ngày 29/02", H2_2025, ONCE, ["2028-02-29"]),
    # An end that is no date; ends that overlap without a year to tell; backwards spans.
    ("Từ tháng 12/2025 đến ngày bầu cử", WINTER, UNKNOWN, []),
    ("Từ tháng 12/2025 đến khi hoàn thành", WINTER, UNKNOWN, []),
    ("Từ tháng 3/2025 đến quý I", TWO_YEARS, UNKNOWN, []),
    ("Từ tháng 3 đến quý I", TWO_YEARS, UNKNOWN, []),
    ("Từ quý II/2026 đến tháng 1/2026", TWO_YEARS, UNKNOWN, []),
    ("Từ quý I đến ngày 15/3/2026", YEAR_2026, UNKNOWN, []),
    ("Từ năm 2025 đến quý II/2025", TWO_YEARS, UNKNOWN, []),
    ("Từ quý V/2025 đến tháng 2/2026", WINTER, UNKNOWN, []),
    ("Từ quý IV/2025 đến ngày 29/02", WINTER, UNKNOWN, []),
]

# Numbers also spelt out in brackets, as legal texts write them: the words must agree.
SPELLED_NUMBERS: list[Case] = [
    ("Chậm nhất ngày 07 (bảy) tháng 06 (sáu)", YEAR_2026, ONCE, ["2026-06-07"]),
    ("Chậm nhất ngày 06 (sáu) tháng 06 (sáu) năm 2026", YEAR_2026, ONCE, ["2026-06-06"]),
    ("Ngày 25 (hai mươi lăm) tháng 11 (mười một) năm 2025", H2_2025, ONCE, ["2025-11-25"]),
    ("ngay 25 (hai muoi nham) thang 11 (muoi mot) nam 2025", H2_2025, ONCE, ["2025-11-25"]),
    ("Trước ngày 21 (hai mươi mốt) tháng 12 (mười hai) năm 2025", H2_2025, ONCE, ["2025-12-20"]),
    ("Ngày 24 ( hai mươi tư ) tháng 12", H2_2025, ONCE, ["2025-12-24"]),
    ("Ngày 10 (mười) tháng 10 (mười) năm 2025", H2_2025, ONCE, ["2025-10-10"]),
    ("Quý 4 (bốn) năm 2025", H2_2025, ONCE, ["2025-12-31"]),
    (
        "Chậm nhất ngày 15 (mười lăm) của tháng cuối quý",
        YEAR_2026,
        RECURRING,
        ["2026-03-15", "2026-06-15", "2026-09-15", "2026-12-15"],
    ),
    (
        "Ngày 31 (ba mươi mốt) tháng 12 (mười hai) hằng năm",
        TWO_YEARS,
        RECURRING,
        ["2025-12-31", "2026-12-31"],
    ),
    # Figures and words that disagree; words that spell no number; "the reporting month"
    # without saying whether reports are monthly, quarterly or yearly.
    ("Chậm nhất ngày 06 (bảy) tháng 06 (sáu)", YEAR_2026, UNKNOWN, []),
    ("Ngày 25 (hai mươi sáu) tháng 11 năm 2025", H2_2025, UNKNOWN, []),
    ("Ngày 15 (năm) tháng 12", H2_2025, UNKNOWN, []),
    ("Ngày 15 (thứ Hai)", H2_2025, UNKNOWN, []),
    ("ngày 15 (mười lăm) của tháng báo cáo", YEAR_2026, UNKNOWN, []),
]

# Lead words that add nothing to when: planned, "Thời gian:", "Thời hạn:", "Xong trước".
LEAD_WORDS: list[Case] = [
    ("Dự kiến tháng 10/2025", H2_2025, ONCE, ["2025-10-31"]),
    ("du kien thang 11/2025", H2_2025, ONCE, ["2025-11-30"]),
    ("Tháng 11/2025 (dự kiến)", H2_2025, ONCE, ["2025-11-30"]),
    ("Dự kiến hoàn thành trong quý IV/2025", H2_2025, ONCE, ["2025-12-31"]),
    ("Chậm nhất đến ngày 29/9/2025", H2_2025, ONCE, ["2025-09-29"]),
    ("Chậm nhất là đến ngày 30/9/2025", H2_2025, ONCE, ["2025-09-30"]),
    ("Hoàn thành trước ngày 30/9/2025", H2_2025, ONCE, ["2025-09-29"]),
    ("Xong trước 30/9/2025", H2_2025, ONCE, ["2025-09-29"]),
    ("Hoàn thành xong trước ngày 30/9/2025", H2_2025, ONCE, ["2025-09-29"]),
    ("Thời gian: tháng 9/2025", H2_2025, ONCE, ["2025-09-30"]),
    ("Thời gian thực hiện: Quý IV/2025", H2_2025, ONCE, ["2025-12-31"]),
    ("Thời hạn: trước ngày 30/9/2025", H2_2025, ONCE, ["2025-09-29"]),
    ("Thời hạn hoàn thành: 15/10/2025", H2_2025, ONCE, ["2025-10-15"]),
    ("THỜI HẠN: HẰNG QUÝ", H2_2025, RECURRING, ["2025-09-30", "2025-12-31"]),
    (
        "Thời gian: Thường xuyên; báo cáo trước ngày 15/12/2026",
        YEAR_2026,
        ONCE,
        ["2026-12-14"],
    ),
    ("Dự kiến tháng 11 và tháng 12/2025", H2_2025, MILESTONES, ["2025-11-30", "2025-12-31"]),
    # A lead word with nothing dated after it, or with something the engine does not read.
    ("Dự kiến", H2_2025, UNKNOWN, []),
    ("Thời hạn 30 ngày", H2_2025, UNKNOWN, []),
    ("Thời gian: 6 tháng", H2_2025, UNKNOWN, []),
    ("Dự kiến sau tháng 11/2025", H2_2025, UNKNOWN, []),
    ("Xong trước Tết Nguyên đán", H2_2025, UNKNOWN, []),
    ("Thời gian: theo kế hoạch của tỉnh", H2_2025, UNKNOWN, []),
]

# Ongoing work with words describing it; nothing that could date it or tie it to an event.
DESCRIBED_ONGOING: list[Case] = [
    ("Duy trì thường xuyên", YEAR_2026, ONGOING, []),
    ("duy tri thuong xuyen", YEAR_2026, ONGOING, []),
    ("Thực hiện thường xuyên trong năm", YEAR_2026, ONGOING, []),
    ("Thực hiện thường xuyên trong suốt năm", YEAR_2026, ONGOING, []),
    ("THƯỜNG XUYÊN, LIÊN TỤC", YEAR_2026, ONGOING, []),
    ("Duy trì thường xuyên, hiệu quả", YEAR_2026, ONGOING, []),
    ("Thường xuyên theo quy định", YEAR_2026, ONGOING, []),
    ("Tiếp tục duy trì thường xuyên", YEAR_2026, ONGOING, []),
    ("Thời gian: Thường xuyên", YEAR_2026, ONGOING, []),
    # A date after it follows the compound rule: dated by the report, or not read.
    ("Thường xuyên; báo cáo trước ngày 15/12/2026", YEAR_2026, ONCE, ["2026-12-14"]),
    ("Thực hiện thường xuyên trong năm 2026", YEAR_2026, UNKNOWN, []),
    ("Thường xuyên, trước ngày 15/12/2026", YEAR_2026, UNKNOWN, []),
    # Words that could date it, tie it to an event, or say it is not ongoing at all.
    ("Thường xuyên, hằng quý", YEAR_2026, UNKNOWN, []),
    ("Thường xuyên, báo cáo cuối năm", YEAR_2026, UNKNOWN, []),
    ("Thường xuyên đến khi hoàn thành", YEAR_2026, UNKNOWN, []),
    ("Thường xuyên và đột xuất", YEAR_2026, UNKNOWN, []),
    ("Thường xuyên trong kỳ họp", YEAR_2026, UNKNOWN, []),
    ("Thường xuyên, theo quý", YEAR_2026, UNKNOWN, []),
    ("Không thường xuyên", YEAR_2026, UNKNOWN, []),
    ("Chi thường xuyên", YEAR_2026, UNKNOWN, []),
]

NEW_FAMILIES = (
    SPAN_LEADS + TIMES_OF_DAY + MIXED_SPANS + SPELLED_NUMBERS + LEAD_WORDS + DESCRIBED_ONGOING
)

# --- Forms officials write, learnt for the fourth held-out round -----------------------------

# "Vào" (on, in, at) leads a deadline without changing it.
VAO_LEAD: list[Case] = [
    ("Vào ngày 18 hằng tháng", Q4_2025, RECURRING, ["2025-10-18", "2025-11-18", "2025-12-18"]),
    ("vao ngay 18 hang thang", Q4_2025, RECURRING, ["2025-10-18", "2025-11-18", "2025-12-18"]),
    # A day past a month's end falls on its last day, as "Ngày 31 hằng tháng" does.
    ("VÀO NGÀY 31 HẰNG THÁNG", Q4_2025, RECURRING, ["2025-10-31", "2025-11-30", "2025-12-31"]),
    ("Vào năm 2027", H2_2025, ONCE, ["2027-12-31"]),
    ("vào  năm 2027", H2_2025, ONCE, ["2027-12-31"]),
    ("Vào tháng 10/2025", H2_2025, ONCE, ["2025-10-31"]),
    ("Vào quý III/2025", H2_2025, ONCE, ["2025-09-30"]),
    ("Vào Quí IV/2025", H2_2025, ONCE, ["2025-12-31"]),
    ("Vào cuối năm 2025", H2_2025, ONCE, ["2025-12-31"]),
    ("Vào ngày 15/12/2025", H2_2025, ONCE, ["2025-12-15"]),
    ("Vào tháng 12 hằng năm", TWO_YEARS, RECURRING, ["2025-12-31", "2026-12-31"]),
    ("Hằng tháng vào ngày 20", Q4_2025, RECURRING, ["2025-10-20", "2025-11-20", "2025-12-20"]),
    # The first week of a month is its first seven days (see WEEKS_OF_A_MONTH).
    ("Vào tuần đầu tháng 10/2025", H2_2025, UNKNOWN, []),
    # "Vào" with nothing dated after it, or with what the engine does not read.
    ("Vào", H2_2025, UNKNOWN, []),
    ("Vào ngày 15", H2_2025, UNKNOWN, []),
    ("Vào dịp 2/9", H2_2025, UNKNOWN, []),
    ("Vào thứ Hai", H2_2025, UNKNOWN, []),
    ("Vào đầu tháng 12", H2_2025, UNKNOWN, []),
    ("Vào ngày 32 hằng tháng", H2_2025, UNKNOWN, []),
]

# Two days (or more) each month: a date on each, every month.
DAYS_EACH_MONTH: list[Case] = [
    (
        "Ngày 12 và 27 hằng tháng",
        Q4_2025,
        RECURRING,
        ["2025-10-12", "2025-10-27", "2025-11-12", "2025-11-27", "2025-12-12", "2025-12-27"],
    ),
    (
        "ngay 12 va 27 hang thang",
        Q4_2025,
        RECURRING,
        ["2025-10-12", "2025-10-27", "2025-11-12", "2025-11-27", "2025-12-12", "2025-12-27"],
    ),
    (
        "Vào ngày 5 và ngày 20 hàng tháng",
        Q4_2025,
        RECURRING,
        ["2025-10-05", "2025-10-20", "2025-11-05", "2025-11-20", "2025-12-05", "2025-12-20"],
    ),
    (
        "Trước ngày 8 và 22 hằng tháng",
        Q4_2025,
        RECURRING,
        ["2025-10-07", "2025-10-21", "2025-11-07", "2025-11-21", "2025-12-07", "2025-12-21"],
    ),
    (
        "TRƯỚC NGÀY 8 VÀ TRƯỚC NGÀY 22 HÀNG THÁNG",
        Q4_2025,
        RECURRING,
        ["2025-10-07", "2025-10-21", "2025-11-07", "2025-11-21", "2025-12-07", "2025-12-21"],
    ),
    (
        "Hằng tháng, ngày 10 và 25",
        Q4_2025,
        RECURRING,
        ["2025-10-10", "2025-10-25", "2025-11-10", "2025-11-25", "2025-12-10", "2025-12-25"],
    ),
    (
        "Ngày 15, 30 hằng tháng",
        Period(date(2026, 1, 1), date(2026, 3, 31)),
        RECURRING,
        ["2026-01-15", "2026-01-30", "2026-02-15", "2026-02-28", "2026-03-15", "2026-03-30"],
    ),
    (
        "Ngày 15 và 31 hằng tháng",
        Q4_2025,
        RECURRING,
        ["2025-10-15", "2025-10-31", "2025-11-15", "2025-11-30", "2025-12-15", "2025-12-31"],
    ),
    # Before the 1st is the last day of the month before; the month after the period counts.
    (
        "Trước ngày 1 và 15 hằng tháng",
        Q4_2025,
        RECURRING,
        ["2025-10-14", "2025-10-31", "2025-11-14", "2025-11-30", "2025-12-14", "2025-12-31"],
    ),
    # Either day, days of different kinds, a range, no "every month", no such day.
    ("Ngày 12 hoặc 27 hằng tháng", Q4_2025, UNKNOWN, []),
    ("Ngày 8 và trước ngày 22 hằng tháng", Q4_2025, UNKNOWN, []),
    ("Ngày 12-27 hằng tháng", Q4_2025, UNKNOWN, []),
    ("Ngày 12 và 27", Q4_2025, UNKNOWN, []),
    ("Ngày 12 và 32 hằng tháng", Q4_2025, UNKNOWN, []),
    ("Ngày 12 và 27 hằng tháng của Sở", Q4_2025, UNKNOWN, []),
]

TUESDAYS = ["2025-11-04", "2025-11-11", "2025-11-18", "2025-11-25"]
FRIDAYS = ["2025-11-07", "2025-11-14", "2025-11-21", "2025-11-28"]
MONDAYS = ["2025-11-03", "2025-11-10", "2025-11-17", "2025-11-24"]

# A weekday every week: each such weekday of the plan period.
WEEKLY: list[Case] = [
    ("Vào thứ 3 hằng tuần", NOV_2025, RECURRING, TUESDAYS),
    ("Thứ Sáu hàng tuần", NOV_2025, RECURRING, FRIDAYS),
    ("thu sau hang tuan", NOV_2025, RECURRING, FRIDAYS),
    ("THỨ SÁU HẰNG TUẦN", NOV_2025, RECURRING, FRIDAYS),
    ("Thứ 6  hằng  tuần", NOV_2025, RECURRING, FRIDAYS),
    ("T6 hằng tuần", NOV_2025, RECURRING, FRIDAYS),
    ("Hằng tuần vào thứ 6", NOV_2025, RECURRING, FRIDAYS),
    ("Chiều thứ Hai hằng tuần", NOV_2025, RECURRING, MONDAYS),
    ("Vào sáng thứ hai hàng tuần", NOV_2025, RECURRING, MONDAYS),
    ("Thứ 2 mỗi tuần", NOV_2025, RECURRING, MONDAYS),
    (
        "Chủ nhật hằng tuần",
        NOV_2025,
        RECURRING,
        ["2025-11-02", "2025-11-09", "2025-11-16", "2025-11-23", "2025-11-30"],
    ),
    (
        "thứ Năm hằng tuần",
        NOV_2025,
        RECURRING,
        ["2025-11-06", "2025-11-13", "2025-11-20", "2025-11-27"],
    ),
    (
        "Hằng tuần, thứ Tư",
        NOV_2025,
        RECURRING,
        ["2025-11-05", "2025-11-12", "2025-11-19", "2025-11-26"],
    ),
    (
        "Định kỳ vào thứ Bảy hằng tuần",
        NOV_2025,
        RECURRING,
        ["2025-11-01", "2025-11-08", "2025-11-15", "2025-11-22", "2025-11-29"],
    ),
    # Both days each week.
    (
        "Thứ Ba và thứ Năm hằng tuần",
        NOV_2025,
        RECURRING,
        [
            "2025-11-04",
            "2025-11-06",
            "2025-11-11",
            "2025-11-13",
            "2025-11-18",
            "2025-11-20",
            "2025-11-25",
            "2025-11-27",
        ],
    ),
    # Every week without a day, either of two days, no such day, a range, one weekday
    # alone, a week of the month, before a weekday, none in the period.
    ("Hằng tuần", NOV_2025, UNKNOWN, []),
    ("hàng tuần", NOV_2025, UNKNOWN, []),
    ("Thứ Ba hoặc thứ Năm hằng tuần", NOV_2025, UNKNOWN, []),
    ("Thứ 8 hằng tuần", NOV_2025, UNKNOWN, []),
    ("Thứ 2 - thứ 6 hằng tuần", NOV_2025, UNKNOWN, []),
    ("Thứ Hai", NOV_2025, UNKNOWN, []),
    ("Thứ Hai tuần đầu tiên hằng tháng", NOV_2025, UNKNOWN, []),
    ("Trước thứ Sáu hằng tuần", NOV_2025, UNKNOWN, []),
    ("Thứ Sáu hằng tuần", Period(date(2025, 11, 1), date(2025, 11, 6)), UNKNOWN, []),
]

# Yearly dates with a dash between day and month, or a clerk's stray "năm"; spans each year.
YEARLY_FORMS: list[Case] = [
    ("Vào ngày 2-9 hàng năm", TWO_YEARS, RECURRING, ["2025-09-02", "2026-09-02"]),
    ("Ngày 19-5 hằng năm", TWO_YEARS, RECURRING, ["2025-05-19", "2026-05-19"]),
    ("ngay 19 - 5 hang nam", TWO_YEARS, RECURRING, ["2025-05-19", "2026-05-19"]),
    ("Trước ngày 15 tháng 4 năm hằng năm", TWO_YEARS, RECURRING, ["2025-04-14", "2026-04-14"]),
    ("Ngày 30 tháng 6 năm hàng năm", TWO_YEARS, RECURRING, ["2025-06-30", "2026-06-30"]),
    ("Tháng 12 năm hằng năm", TWO_YEARS, RECURRING, ["2025-12-31", "2026-12-31"]),
    (
        "Từ ngày 01 tháng 10 đến hết ngày 30 tháng 11 hằng năm",
        TWO_YEARS,
        RECURRING,
        ["2025-11-30", "2026-11-30"],
    ),
    (
        "Từ ngày 01 tháng 10 đến hết ngày 30 tháng 11 năm hằng năm",
        TWO_YEARS,
        RECURRING,
        ["2025-11-30", "2026-11-30"],
    ),
    ("tu ngay 01/10 den ngay 30/11 hang nam", TWO_YEARS, RECURRING, ["2025-11-30", "2026-11-30"]),
    ("Từ 01/10 - 30/11 hằng năm", TWO_YEARS, RECURRING, ["2025-11-30", "2026-11-30"]),
    # Across the new year: due each January.
    ("Hằng năm, từ ngày 15/12 đến ngày 15/01", TWO_YEARS, RECURRING, ["2025-01-15", "2026-01-15"]),
    ("Từ tháng 10 đến tháng 11 hằng năm", TWO_YEARS, RECURRING, ["2025-11-30", "2026-11-30"]),
    ("ngày 2-9-2025", H2_2025, ONCE, ["2025-09-02"]),
    # A year beside "every year", no such day, a leap day, an end that is no date, words after.
    ("Ngày 2-9-2025 hằng năm", TWO_YEARS, UNKNOWN, []),
    ("Ngày 15 tháng 4 năm 2025 hằng năm", TWO_YEARS, UNKNOWN, []),
    ("Từ ngày 01/10/2025 đến ngày 30/11 hằng năm", TWO_YEARS, UNKNOWN, []),
    ("Từ ngày 01/10 đến ngày 31/11 hằng năm", TWO_YEARS, UNKNOWN, []),
    ("Từ ngày 01/02 đến ngày 29/02 hằng năm", TWO_YEARS, UNKNOWN, []),
    ("Từ ngày 01/10 đến khi hoàn thành hằng năm", TWO_YEARS, UNKNOWN, []),
    ("Ngày 2-9 hằng năm của Bộ", TWO_YEARS, UNKNOWN, []),
    ("Ngày 2-9 hằng năm", Period(date(2026, 1, 1), date(2026, 6, 30)), UNKNOWN, []),
]

# Two dates joined by a dash (or "đến") without "từ": a span, due on its last day.
DASHED_SPANS: list[Case] = [
    ("3/11/2025-28/11/2025", H2_2025, ONCE, ["2025-11-28"]),
    ("03/11/2025 - 28/11/2025", H2_2025, ONCE, ["2025-11-28"]),
    ("03/11/2025 – 28/11/2025", H2_2025, ONCE, ["2025-11-28"]),
    ("03-11-2025 - 28-11-2025", H2_2025, ONCE, ["2025-11-28"]),
    ("Ngày 03/11/2025 - ngày 28/11/2025", H2_2025, ONCE, ["2025-11-28"]),
    ("03/11/2025 đến 28/11/2025", H2_2025, ONCE, ["2025-11-28"]),
    ("Thời gian: 03/11/2025 - 28/11/2025", H2_2025, ONCE, ["2025-11-28"]),
    ("3/11 - 28/11/2025", H2_2025, ONCE, ["2025-11-28"]),
    ("15/12/2025-15/01/2026", WINTER, ONCE, ["2026-01-15"]),
    ("15/12-15/01/2026", WINTER, ONCE, ["2026-01-15"]),
    # Lists of months or quarters keep their milestones.
    ("Tháng 7-9", H2_2025, MILESTONES, ["2025-07-31", "2025-08-31", "2025-09-30"]),
    ("Quý III-IV", H2_2025, MILESTONES, ["2025-09-30", "2025-12-31"]),
    ("Tháng 7-9/2025", H2_2025, MILESTONES, ["2025-07-31", "2025-08-31", "2025-09-30"]),
    # Backwards, no such day, a year on the first date only.
    ("28/11/2025-3/11/2025", H2_2025, UNKNOWN, []),
    ("3/11/2025-31/11/2025", H2_2025, UNKNOWN, []),
    ("3/11/2025-28/11", H2_2025, UNKNOWN, []),
    # Without years, or days of one month: read since the seventh round (see DAY_WINDOWS).
    ("3/11-28/11", H2_2025, ONCE, ["2025-11-28"]),
    ("3-5/11/2025", H2_2025, ONCE, ["2025-11-05"]),
    # Months 7 to 9, or the 7th of September? Not certain without "tháng" or "ngày".
    ("7-9/2025", H2_2025, UNKNOWN, []),
]

# A part of the day before a date: due that day.
PARTS_OF_DAY: list[Case] = [
    ("sáng ngày 14/3/2026", YEAR_2026, ONCE, ["2026-03-14"]),
    ("Chậm nhất vào chiều ngày 14/3/2026", YEAR_2026, ONCE, ["2026-03-14"]),
    ("trưa ngày 14/3/2026", YEAR_2026, ONCE, ["2026-03-14"]),
    ("tối ngày 14/3/2026", YEAR_2026, ONCE, ["2026-03-14"]),
    ("trong ngày 14/3/2026", YEAR_2026, ONCE, ["2026-03-14"]),
    ("Buổi sáng ngày 14/3/2026", YEAR_2026, ONCE, ["2026-03-14"]),
    ("Vào sáng ngày 14/3/2026", YEAR_2026, ONCE, ["2026-03-14"]),
    ("SANG NGAY 14/3/2026", YEAR_2026, ONCE, ["2026-03-14"]),
    ("Chiều 14/3/2026", YEAR_2026, ONCE, ["2026-03-14"]),
    ("Trong buổi chiều ngày 14 tháng 3 năm 2026", YEAR_2026, ONCE, ["2026-03-14"]),
    ("Trước 16h00 chiều ngày 14/3/2026", YEAR_2026, ONCE, ["2026-03-14"]),
    # Before the noon, afternoon or evening of a day is on that day.
    ("Trước chiều ngày 14/3/2026", YEAR_2026, ONCE, ["2026-03-14"]),
    # With its weekday, when the two agree (14/3/2026 is a Saturday).
    ("Thứ Bảy, ngày 14/3/2026", YEAR_2026, ONCE, ["2026-03-14"]),
    ("Chậm nhất vào sáng thứ 7, ngày 14/3/2026", YEAR_2026, ONCE, ["2026-03-14"]),
    # Before the morning may mean the day before; no date; after; a weekday that disagrees.
    ("Trước sáng ngày 14/3/2026", YEAR_2026, UNKNOWN, []),
    ("Sáng", YEAR_2026, UNKNOWN, []),
    ("Chiều thứ Hai", YEAR_2026, UNKNOWN, []),
    ("Sau ngày 14/3/2026", YEAR_2026, UNKNOWN, []),
    ("Sáng ngày 31/2/2026", YEAR_2026, UNKNOWN, []),
    ("Đêm ngày 14/3/2026", YEAR_2026, UNKNOWN, []),
    ("Thứ Sáu, ngày 14/3/2026", YEAR_2026, UNKNOWN, []),
]

FOURTH_ROUND = VAO_LEAD + DAYS_EACH_MONTH + WEEKLY + YEARLY_FORMS + DASHED_SPANS + PARTS_OF_DAY

# --- Forms officials write, learnt for the fifth round -----------------------------------------

# Generic action words before a deadline: what is to be done by then, and whom it goes to.
ACTION_WORDS: list[Case] = [
    ("Dự kiến tổ chức trước ngày 18/11/2025", H2_2025, ONCE, ["2025-11-17"]),
    ("Đảm bảo hoàn thành trước ngày 12/12/2025", H2_2025, ONCE, ["2025-12-11"]),
    ("BẢO ĐẢM HOÀN THÀNH TRƯỚC NGÀY 12/12/2025", H2_2025, ONCE, ["2025-12-11"]),
    ("Dự kiến kết thúc vào ngày 20/01/2026", WINTER, ONCE, ["2026-01-20"]),
    ("Tổ chức thực hiện trong tháng 10/2025", H2_2025, ONCE, ["2025-10-31"]),
    ("Phấn đấu hoàn thành trong quý IV/2025", H2_2025, ONCE, ["2025-12-31"]),
    ("phan dau hoan thanh trong quy IV/2025", H2_2025, ONCE, ["2025-12-31"]),
    ("Triển khai, hoàn thành trước 30/11/2025", H2_2025, ONCE, ["2025-11-29"]),
    ("Cơ bản hoàn thành trong năm 2026", YEAR_2026, ONCE, ["2026-12-31"]),
    ("Tiếp tục thực hiện đến hết năm 2026", YEAR_2026, ONCE, ["2026-12-31"]),
    ("Ban hành trong quý IV/2025", H2_2025, ONCE, ["2025-12-31"]),
    ("Tổ chức từ ngày 01/12 đến ngày 15/12/2025", H2_2025, ONCE, ["2025-12-15"]),
    ("Triển khai thực hiện hằng quý", H2_2025, RECURRING, ["2025-09-30", "2025-12-31"]),
    ("Tổ chức thực hiện thường xuyên", H2_2025, ONGOING, []),
    # A report, or a file sent, to someone: the date is the deadline.
    ("Báo cáo kết quả về UBND xã trước ngày 25/11/2025", H2_2025, ONCE, ["2025-11-24"]),
    (
        "Báo cáo kết quả gửi Phòng Văn hóa - Xã hội trước ngày 25/11/2025",
        H2_2025,
        ONCE,
        ["2025-11-24"],
    ),
    ("Báo cáo kết quả về Sở Nội vụ trước ngày 25/11/2025", H2_2025, ONCE, ["2025-11-24"]),
    ("Hoàn thành, gửi về UBND xã trước ngày 25/11/2025", H2_2025, ONCE, ["2025-11-24"]),
    ("Trình UBND xã chậm nhất ngày 25/11/2025", H2_2025, ONCE, ["2025-11-25"]),
    ("Gửi Phòng Tư pháp trước ngày 25/11/2025", H2_2025, ONCE, ["2025-11-24"]),
    # A start alone, after, conditions, numbers that are not the date, a report named by the
    # period it covers, a recipient that does something, nothing dated, too many words.
    ("Bắt đầu từ ngày 01/12/2025", H2_2025, UNKNOWN, []),
    ("Triển khai từ ngày 01/12/2025", H2_2025, UNKNOWN, []),
    ("Dự kiến bắt đầu tháng 12/2025", H2_2025, UNKNOWN, []),
    ("Sau ngày 15/12/2025", H2_2025, UNKNOWN, []),
    ("Hoàn thành sau ngày 15/12/2025", H2_2025, UNKNOWN, []),
    ("Khi có văn bản của tỉnh, chậm nhất ngày 30/11/2025", H2_2025, UNKNOWN, []),
    ("Tổ chức 02 hội nghị trước ngày 30/11/2025", H2_2025, UNKNOWN, []),
    ("Hoàn thành 100% trước ngày 30/11/2025", H2_2025, UNKNOWN, []),
    ("Hoàn thành trước ngày 30/11/2025 (nếu có)", H2_2025, UNKNOWN, []),
    ("Hoàn thành báo cáo quý IV/2025", H2_2025, UNKNOWN, []),
    ("Tổng hợp năm 2025", H2_2025, UNKNOWN, []),
    ("Trình UBND xã ban hành trước ngày 25/11/2025", H2_2025, UNKNOWN, []),
    ("Gửi về UBND xã", H2_2025, UNKNOWN, []),
    ("Dự kiến tổ chức vào tháng 11 hoặc tháng 12/2025", H2_2025, UNKNOWN, []),
    (
        "Dự kiến tổ chức thực hiện triển khai hoàn thành xong đảm bảo trước ngày 18/11/2025",
        H2_2025,
        UNKNOWN,
        [],
    ),
]

# A month with a dashed or dotted year; a start and an end written apart.
DASHED_MONTH_YEARS: list[Case] = [
    ("Trong tháng 3-2026", YEAR_2026, ONCE, ["2026-03-31"]),
    ("Trong tháng 3 - 2026", YEAR_2026, ONCE, ["2026-03-31"]),
    ("Kết thúc trong tháng 9-2026", YEAR_2026, ONCE, ["2026-09-30"]),
    ("Tháng 11.2025", H2_2025, ONCE, ["2025-11-30"]),
    ("THÁNG 02-2026", YEAR_2026, ONCE, ["2026-02-28"]),
    ("Từ tháng 11-2025 đến tháng 02-2026", WINTER, ONCE, ["2026-02-28"]),
    ("Từ tháng 4 và kết thúc trong tháng 9-2026", YEAR_2026, ONCE, ["2026-09-30"]),
    ("tu thang 4 va ket thuc trong thang 9-2026", YEAR_2026, ONCE, ["2026-09-30"]),
    ("Bắt đầu từ tháng 4, kết thúc tháng 9/2026", YEAR_2026, ONCE, ["2026-09-30"]),
    (
        "Bắt đầu từ ngày 01/10/2025, kết thúc ngày 30/11/2025",
        H2_2025,
        ONCE,
        ["2025-11-30"],
    ),
    ("Từ quý III/2025, hoàn thành trong quý IV/2025", H2_2025, ONCE, ["2025-12-31"]),
    # No such month, backwards, a start alone, after, either of two months.
    ("Tháng 13-2026", YEAR_2026, UNKNOWN, []),
    ("Từ tháng 9/2026 và kết thúc trong tháng 4/2026", YEAR_2026, UNKNOWN, []),
    ("Bắt đầu từ tháng 4/2026", YEAR_2026, UNKNOWN, []),
    ("Từ tháng 4, kết thúc sau tháng 9-2026", YEAR_2026, UNKNOWN, []),
    ("Tháng 9-2026 hoặc tháng 10-2026", YEAR_2026, UNKNOWN, []),
]

# A count of months with the months it covers: read when the two agree.
COUNTED_MONTHS: list[Case] = [
    ("06 tháng (từ tháng 4 đến tháng 9)", YEAR_2026, ONCE, ["2026-09-30"]),
    ("6 tháng (từ tháng 4 đến tháng 9/2026)", YEAR_2026, ONCE, ["2026-09-30"]),
    ("Thời gian 06 tháng, từ tháng 7 đến tháng 12/2025", H2_2025, ONCE, ["2025-12-31"]),
    (
        "03 tháng (tháng 10, 11, 12/2025)",
        H2_2025,
        MILESTONES,
        ["2025-10-31", "2025-11-30", "2025-12-31"],
    ),
    (
        "Trong 03 tháng: tháng 10, 11 và 12/2025",
        H2_2025,
        MILESTONES,
        ["2025-10-31", "2025-11-30", "2025-12-31"],
    ),
    ("02 tháng (tháng 5 và tháng 9)", YEAR_2026, MILESTONES, ["2026-05-31", "2026-09-30"]),
    ("Từ tháng 10/2025 đến tháng 3/2026 (06 tháng)", WINTER, ONCE, ["2026-03-31"]),
    ("02 quý (quý III và quý IV/2025)", H2_2025, MILESTONES, ["2025-09-30", "2025-12-31"]),
    # The count and the months disagree; a count alone; days, not months.
    ("06 tháng (từ tháng 4 đến tháng 8)", YEAR_2026, UNKNOWN, []),
    ("03 tháng (tháng 5 và tháng 9)", YEAR_2026, UNKNOWN, []),
    ("02 tháng (tháng 10, 11, 12/2025)", H2_2025, UNKNOWN, []),
    ("Từ tháng 10/2025 đến tháng 3/2026 (05 tháng)", WINTER, UNKNOWN, []),
    ("06 tháng", YEAR_2026, UNKNOWN, []),
    ("06 tháng (từ tháng 4)", YEAR_2026, UNKNOWN, []),
    ("03 tháng (từ 01/10 đến 31/12/2025)", H2_2025, UNKNOWN, []),
]

# Two dates (or more) every year; "trước" before the first goes with each.
YEARLY_DATE_LISTS: list[Case] = [
    (
        "Trước ngày 15/6 và 30/11 hằng năm",
        TWO_YEARS,
        RECURRING,
        ["2025-06-14", "2025-11-29", "2026-06-14", "2026-11-29"],
    ),
    (
        "truoc ngay 15/6 va 30/11 hang nam",
        TWO_YEARS,
        RECURRING,
        ["2025-06-14", "2025-11-29", "2026-06-14", "2026-11-29"],
    ),
    (
        "Định kỳ ngày 10/4 và 10/10 hằng năm",
        TWO_YEARS,
        RECURRING,
        ["2025-04-10", "2025-10-10", "2026-04-10", "2026-10-10"],
    ),
    (
        "Ngày 15 tháng 6 và ngày 30 tháng 11 hàng năm",
        YEAR_2026,
        RECURRING,
        ["2026-06-15", "2026-11-30"],
    ),
    (
        "Hằng năm, trước ngày 15/6 và trước ngày 30/11",
        YEAR_2026,
        RECURRING,
        ["2026-06-14", "2026-11-29"],
    ),
    (
        "Trước ngày 15/3, 15/6, 15/9 và 15/12 hằng năm",
        YEAR_2026,
        RECURRING,
        ["2026-03-14", "2026-06-14", "2026-09-14", "2026-12-14"],
    ),
    # Before the 1st of January is the last day of the year before.
    (
        "Trước ngày 01/01 và 01/7 hằng năm",
        TWO_YEARS,
        RECURRING,
        ["2025-06-30", "2025-12-31", "2026-06-30", "2026-12-31"],
    ),
    ("Ngày 10/4 và 10/10 hằng năm", H2_2025, RECURRING, ["2025-10-10"]),
    # Dates of different kinds, either date, a year written, no such day, words after,
    # none in the period.
    ("Ngày 15/6 và trước ngày 30/11 hằng năm", TWO_YEARS, UNKNOWN, []),
    ("Ngày 15/6 hoặc 30/11 hằng năm", TWO_YEARS, UNKNOWN, []),
    ("Ngày 15/6/2026 và 30/11 hằng năm", TWO_YEARS, UNKNOWN, []),
    ("Ngày 15/6 và 31/11 hằng năm", TWO_YEARS, UNKNOWN, []),
    ("Ngày 15/6 và 29/02 hằng năm", TWO_YEARS, UNKNOWN, []),
    ("Ngày 15/6 và 30/11 hằng năm của Bộ", TWO_YEARS, UNKNOWN, []),
    ("Ngày 10/4 và 10/5 hằng năm", Period(d("2026-06-01"), d("2026-09-30")), UNKNOWN, []),
]

# A periodic form restated in brackets: the bracket, when it reads the same period.
RESTATED_PERIODS: list[Case] = [
    (
        "Định kỳ hàng tháng (trước ngày 18 hàng tháng)",
        Q4_2025,
        RECURRING,
        ["2025-10-17", "2025-11-17", "2025-12-17"],
    ),
    (
        "Hằng tháng (ngày 5 và ngày 20 hằng tháng)",
        Q4_2025,
        RECURRING,
        ["2025-10-05", "2025-10-20", "2025-11-05", "2025-11-20", "2025-12-05", "2025-12-20"],
    ),
    (
        "Hằng quý (trước ngày 20 tháng cuối quý)",
        YEAR_2026,
        RECURRING,
        ["2026-03-19", "2026-06-19", "2026-09-19", "2026-12-19"],
    ),
    (
        "Định kỳ 6 tháng (trước ngày 15/6 và 15/12)",
        YEAR_2026,
        RECURRING,
        ["2026-06-14", "2026-12-14"],
    ),
    (
        "Định kỳ 6 tháng, năm (trước ngày 15/6 và 15/12)",
        YEAR_2026,
        RECURRING,
        ["2026-06-14", "2026-12-14"],
    ),
    # A half-year's report due in the month after it: one date in each half still.
    (
        "Định kỳ 6 tháng: trước ngày 15/7 và 15/01",
        YEAR_2026,
        RECURRING,
        ["2026-01-14", "2026-07-14"],
    ),
    (
        "Định kỳ hằng quý (trước ngày 15/3, 15/6, 15/9 và 15/12)",
        YEAR_2026,
        RECURRING,
        ["2026-03-14", "2026-06-14", "2026-09-14", "2026-12-14"],
    ),
    ("Định kỳ 6 tháng (tháng 6 và tháng 12)", YEAR_2026, RECURRING, ["2026-06-30", "2026-12-31"]),
    (
        "Định kỳ hằng năm (trước ngày 15/12 hằng năm)",
        TWO_YEARS,
        RECURRING,
        ["2025-12-14", "2026-12-14"],
    ),
    # The bracket names another period, too few or too many dates, or a day of no month.
    ("Định kỳ hàng tháng (trước ngày 15/12 hằng năm)", YEAR_2026, UNKNOWN, []),
    ("Hằng năm (trước ngày 18 hằng tháng)", YEAR_2026, UNKNOWN, []),
    ("Hằng quý (trước ngày 18 hàng tháng)", YEAR_2026, UNKNOWN, []),
    ("Định kỳ 6 tháng (trước ngày 15/6)", YEAR_2026, UNKNOWN, []),
    ("Định kỳ 6 tháng (trước ngày 15/3 và 15/6)", YEAR_2026, UNKNOWN, []),
    ("Hằng quý (tháng 3, 6, 9)", YEAR_2026, UNKNOWN, []),
    ("Hằng quý (ngày 20)", YEAR_2026, UNKNOWN, []),
    ("Hằng tháng (trước ngày 5 của tháng sau)", YEAR_2026, UNKNOWN, []),
]

Q4_MONTH_ENDS = ["2025-10-31", "2025-11-30", "2025-12-31"]

# Ongoing work with a periodic report: the report's schedule, the work said to be ongoing.
ONGOING_WITH_PERIODIC_REPORT: list[Case] = [
    ("Thường xuyên, định kỳ hằng quý báo cáo về Sở Nội vụ", YEAR_2026, RECURRING, Q_2026),
    ("thuong xuyen, dinh ky hang quy bao cao ve So Noi vu", YEAR_2026, RECURRING, Q_2026),
    ("Thường xuyên; báo cáo hằng tháng", Q4_2025, RECURRING, Q4_MONTH_ENDS),
    ("Thường xuyên, báo cáo 6 tháng và năm", YEAR_2026, RECURRING, ["2026-06-30", "2026-12-31"]),
    ("Thường xuyên; báo cáo quý, 6 tháng, năm", YEAR_2026, RECURRING, Q_2026),
    ("Thường xuyên; báo cáo kết quả hằng quý về UBND xã", YEAR_2026, RECURRING, Q_2026),
    (
        "Thường xuyên, hằng tháng báo cáo UBND xã trước ngày 25 hằng tháng",
        Q4_2025,
        RECURRING,
        ["2025-10-24", "2025-11-24", "2025-12-24"],
    ),
    (
        "Thường xuyên; hằng quý báo cáo kết quả về UBND xã trước ngày 20 tháng cuối quý",
        YEAR_2026,
        RECURRING,
        ["2026-03-19", "2026-06-19", "2026-09-19", "2026-12-19"],
    ),
    (
        "Thường xuyên; báo cáo kết quả về Sở Nội vụ trước ngày 15/12/2026",
        YEAR_2026,
        ONCE,
        ["2026-12-14"],
    ),
    # Without the ongoing part, the periodic report alone.
    ("Định kỳ hằng quý báo cáo về Sở Nội vụ", YEAR_2026, RECURRING, Q_2026),
    ("Báo cáo 6 tháng và năm", YEAR_2026, RECURRING, ["2026-06-30", "2026-12-31"]),
    # One report named by its period, a year written, no period, periods that disagree.
    ("Thường xuyên; báo cáo năm", YEAR_2026, UNKNOWN, []),
    ("Thường xuyên, báo cáo 6 tháng và năm 2026", YEAR_2026, UNKNOWN, []),
    ("Thường xuyên, hằng quý", YEAR_2026, UNKNOWN, []),
    ("Thường xuyên; báo cáo về UBND xã", YEAR_2026, UNKNOWN, []),
    ("Thường xuyên; hằng tháng báo cáo trước ngày 15/12 hằng năm", YEAR_2026, UNKNOWN, []),
    ("Thường xuyên; hằng quý báo cáo 2 lần", YEAR_2026, UNKNOWN, []),
]

FIFTH_ROUND = (
    ACTION_WORDS
    + DASHED_MONTH_YEARS
    + COUNTED_MONTHS
    + YEARLY_DATE_LISTS
    + RESTATED_PERIODS
    + ONGOING_WITH_PERIODIC_REPORT
)

# --- Forms officials write, learnt for the sixth round ------------------------------------------

# A weekday in brackets after a full date, or after it with a comma: read only when it is the
# date's own (14/10/2025 is a Tuesday, 19/11/2025 a Wednesday, 16/11/2025 a Sunday).
WEEKDAYS_AFTER_DATES: list[Case] = [
    ("Ngày 14/10/2025 (thứ Ba)", H2_2025, ONCE, ["2025-10-14"]),
    ("14/10/2025 (Thứ ba)", H2_2025, ONCE, ["2025-10-14"]),
    ("ngày 19-11-2025 (thứ Tư)", H2_2025, ONCE, ["2025-11-19"]),
    ("NGAY 19.11.2025 (THU TU)", H2_2025, ONCE, ["2025-11-19"]),
    ("Ngày 19 tháng 11 năm 2025 (thứ 4)", H2_2025, ONCE, ["2025-11-19"]),
    ("16/11/2025, Chủ nhật", H2_2025, ONCE, ["2025-11-16"]),
    ("16/11/2025 (CN)", H2_2025, ONCE, ["2025-11-16"]),
    ("CN, 16/11/2025", H2_2025, ONCE, ["2025-11-16"]),
    ("Chủ nhật, 16/11/2025", H2_2025, ONCE, ["2025-11-16"]),
    ("Chậm nhất ngày 14/10/2025 (T3)", H2_2025, ONCE, ["2025-10-14"]),
    ("Sáng ngày 14/10/2025 (thứ Ba)", H2_2025, ONCE, ["2025-10-14"]),
    ("Hoàn thành trước ngày 14/10/2025 (thứ Ba)", H2_2025, ONCE, ["2025-10-13"]),
    (
        "CN hằng tuần",
        NOV_2025,
        RECURRING,
        ["2025-11-02", "2025-11-09", "2025-11-16", "2025-11-23", "2025-11-30"],
    ),
    # A weekday that is not the date's, one of two weekdays, a weekday every week.
    ("Ngày 14/10/2025 (thứ Tư)", H2_2025, UNKNOWN, []),
    ("16/11/2025 (T7)", H2_2025, UNKNOWN, []),
    ("14/10/2025 (CN)", H2_2025, UNKNOWN, []),
    ("Trước ngày 15/10/2025 (thứ Năm)", H2_2025, UNKNOWN, []),
    ("Ngày 14/10/2025 (thứ Ba hoặc thứ Tư)", H2_2025, UNKNOWN, []),
    ("Ngày 14/10/2025 (thứ Ba hằng tuần)", H2_2025, UNKNOWN, []),
]

# An hour before "Ngày" and a weekday after the date: that date, the hour noted.
TIMED_WITH_WEEKDAYS: list[Case] = [
    ("08 giờ 00 Ngày 14-10-2025 (Thứ Ba)", H2_2025, ONCE, ["2025-10-14"]),
    ("7 giờ 30 phút, ngày 15/10/2025 (thứ Tư)", H2_2025, ONCE, ["2025-10-15"]),
    ("14h ngày 16/10/2025 (thứ Năm)", H2_2025, ONCE, ["2025-10-16"]),
    ("Vào lúc 14h00, thứ Ba, ngày 14/10/2025", H2_2025, ONCE, ["2025-10-14"]),
    ("Ngày 14/10/2025 (thứ Ba), lúc 8h00", H2_2025, ONCE, ["2025-10-14"]),
    ("Chậm nhất 17h00 ngày 14/10/2025 (thứ Ba)", H2_2025, ONCE, ["2025-10-14"]),
    ("Trước 17 giờ ngày 14/10/2025 (thứ Ba)", H2_2025, ONCE, ["2025-10-14"]),
    # A weekday that disagrees; an hour that does not exist.
    ("08 giờ 00 Ngày 14-10-2025 (Thứ Tư)", H2_2025, UNKNOWN, []),
    ("25 giờ ngày 14/10/2025 (thứ Ba)", H2_2025, UNKNOWN, []),
]

# "Trước thời gian / thời hạn / thời điểm X" is "trước ngày X": the day before X.
BEFORE_THE_TIME: list[Case] = [
    ("Trước thời gian 15/10/2025", H2_2025, ONCE, ["2025-10-14"]),
    ("Trước thời hạn ngày 15/10/2025", H2_2025, ONCE, ["2025-10-14"]),
    ("TRƯỚC THỜI HẠN 15-10-2025", H2_2025, ONCE, ["2025-10-14"]),
    ("truoc thoi gian ngay 15 thang 10 nam 2025", H2_2025, ONCE, ["2025-10-14"]),
    ("Trước thời điểm 01/01/2026", H2_2025, ONCE, ["2025-12-31"]),
    ("Hoàn thành trước thời hạn 15/10/2025", H2_2025, ONCE, ["2025-10-14"]),
    # Before an hour of X is still on X.
    ("Trước thời hạn 17h ngày 15/10/2025", H2_2025, ONCE, ["2025-10-15"]),
    ("Trước thời hạn quy định", H2_2025, UNKNOWN, []),
    ("Sau thời hạn 15/10/2025", H2_2025, UNKNOWN, []),
    ("Trước thời hạn 32/10/2025", H2_2025, UNKNOWN, []),
]

# Windows of days without a year, as farm calendars and timetables write them: due on the last
# day, in the one year the plan period holds the whole window.
DAY_WINDOWS: list[Case] = [
    ("12-18/12", H2_2025, ONCE, ["2025-12-18"]),
    ("Ngày 12 - 18/12", H2_2025, ONCE, ["2025-12-18"]),
    ("Trong các ngày 12-18/12", H2_2025, ONCE, ["2025-12-18"]),
    ("Từ ngày 12 đến ngày 18/12", Q4_2025, ONCE, ["2025-12-18"]),
    ("28/12-6/1", WINTER, ONCE, ["2026-01-06"]),
    ("28/12 - 06/01", OCT_TO_SEP, ONCE, ["2026-01-06"]),
    ("10/3 - 25/3", YEAR_2026, ONCE, ["2026-03-25"]),
    ("10/3 – 25/3", WINTER, ONCE, ["2026-03-25"]),
    ("Từ 20/11-5/12", H2_2025, ONCE, ["2025-12-05"]),
    ("Từ ngày 20/11 đến ngày 05/12", H2_2025, ONCE, ["2025-12-05"]),
    ("29/2 - 5/3", Period(date(2028, 1, 1), date(2028, 12, 31)), ONCE, ["2028-03-05"]),
    # With the year written: days of one month are a span as well.
    ("Ngày 15-16/11/2025", H2_2025, ONCE, ["2025-11-16"]),
    ("Tổ chức ngày 15-16/11/2025", H2_2025, ONCE, ["2025-11-16"]),
    ("Ngày 12 - 18 tháng 12 năm 2025", H2_2025, ONCE, ["2025-12-18"]),
    ("Ngày 15-16/11/2025", YEAR_2026, ONCE, ["2025-11-16"]),
    # Lists of months or quarters and dashed dates keep their readings.
    ("Tháng 7-9", H2_2025, MILESTONES, ["2025-07-31", "2025-08-31", "2025-09-30"]),
    ("Quý III-IV", H2_2025, MILESTONES, ["2025-09-30", "2025-12-31"]),
    ("7-9-2025", H2_2025, ONCE, ["2025-09-07"]),
    ("7-9/2025", H2_2025, UNKNOWN, []),
    # In several years of the period, outside it, partly outside it, backwards, no such day.
    ("12-18/12", TWO_YEARS, UNKNOWN, []),
    ("Từ 20/11-5/12", TWO_YEARS, UNKNOWN, []),
    ("Từ ngày 01/10 đến ngày 30/11", TWO_YEARS, UNKNOWN, []),
    ("28/12-6/1", H2_2025, UNKNOWN, []),
    ("10/3 - 25/3", H2_2025, UNKNOWN, []),
    ("12-18/12", Period(date(2025, 12, 15), date(2026, 3, 31)), UNKNOWN, []),
    ("18-12/12", H2_2025, UNKNOWN, []),
    ("12-31/11", H2_2025, UNKNOWN, []),
    ("29/2 - 5/3", YEAR_2026, UNKNOWN, []),
    # Months 10 to 12 of (20)25, or days 10 to 12 of a 25th month? Neither is read.
    ("10-12/25", H2_2025, UNKNOWN, []),
]

# The ten days of a month: "thượng tuần" ends on the 10th, "trung tuần" on the 20th, "hạ
# tuần" with the month.
DEKADS: list[Case] = [
    ("Trong trung tuần tháng 11/2025", H2_2025, ONCE, ["2025-11-20"]),
    ("Hạ tuần tháng 12/2025", H2_2025, ONCE, ["2025-12-31"]),
    ("Thượng tuần tháng 1/2026", WINTER, ONCE, ["2026-01-10"]),
    ("THUONG TUAN THANG 01 NAM 2026", WINTER, ONCE, ["2026-01-10"]),
    ("Hạ tuần tháng 02/2028", Period(date(2028, 1, 1), date(2028, 12, 31)), ONCE, ["2028-02-29"]),
    ("Vào hạ tuần tháng 11", H2_2025, ONCE, ["2025-11-30"]),
    ("Dự kiến trung tuần tháng 11/2025", H2_2025, ONCE, ["2025-11-20"]),
    ("Từ trung tuần tháng 02 đến hết tháng 3/2026", YEAR_2026, ONCE, ["2026-03-31"]),
    ("Từ hạ tuần tháng 11 đến trung tuần tháng 12/2025", H2_2025, ONCE, ["2025-12-20"]),
    ("Từ tháng 11 đến thượng tuần tháng 1/2026", WINTER, ONCE, ["2026-01-10"]),
    (
        "Trung tuần tháng 11 và hạ tuần tháng 12/2025",
        H2_2025,
        MILESTONES,
        ["2025-11-20", "2025-12-31"],
    ),
    ("Cuối tháng 11/2025", H2_2025, ONCE, ["2025-11-30"]),
    # The start or the middle of a month is vague; before a tenth, a thirteenth month.
    ("Đầu tháng 11/2025", H2_2025, UNKNOWN, []),
    ("Giữa tháng 11/2025", H2_2025, UNKNOWN, []),
    ("Trước trung tuần tháng 11/2025", H2_2025, UNKNOWN, []),
    ("Trung tuần tháng 13/2025", H2_2025, UNKNOWN, []),
    ("Trung tuần và hạ tuần tháng 11/2025", H2_2025, UNKNOWN, []),
    ("Từ hạ tuần tháng 12/2025 đến trung tuần tháng 12/2025", H2_2025, UNKNOWN, []),
]

# A lunar date read by the solar date written with it; without one, not converted.
LUNAR_WITH_SOLAR: list[Case] = [
    ("Ngày mùng 4 tháng Giêng (tức ngày 21/02/2026)", YEAR_2026, ONCE, ["2026-02-21"]),
    ("Mùng 4 Tết (21/02/2026)", YEAR_2026, ONCE, ["2026-02-21"]),
    ("Rằm tháng Giêng (tức 03/3/2026)", YEAR_2026, ONCE, ["2026-03-03"]),
    ("Ngày 15 tháng 8 âm lịch (tức ngày 25/9/2026)", YEAR_2026, ONCE, ["2026-09-25"]),
    ("Trước mùng 4 tháng Giêng (tức ngày 21/02/2026)", YEAR_2026, ONCE, ["2026-02-20"]),
    (
        "Từ ngày 12 đến ngày 15 tháng Chạp (tức 30/01 - 02/02/2026)",
        WINTER,
        ONCE,
        ["2026-02-02"],
    ),
    ("Ngày 12-15 tháng Chạp năm Ất Tỵ (tức ngày 30/01-02/02/2026)", WINTER, ONCE, ["2026-02-02"]),
    (
        "Từ 23 tháng Chạp đến mùng 5 tháng Giêng (tức ngày 28/01 - 09/02/2019)",
        Period(date(2019, 1, 1), date(2019, 12, 31)),
        ONCE,
        ["2019-02-09"],
    ),
    (
        "Tết Nguyên đán Kỷ Hợi (tức ngày 8 - 16/2/2019)",
        Period(date(2019, 1, 1), date(2019, 12, 31)),
        ONCE,
        ["2019-02-16"],
    ),
    # No solar date; one date for a span or a span for one date; the weekday of a solar date.
    ("Ngày mùng 4 tháng Giêng", YEAR_2026, UNKNOWN, []),
    ("Rằm tháng 8 âm lịch hằng năm", YEAR_2026, UNKNOWN, []),
    ("Mùng 4 tháng Giêng (tức ngày 21 - 23/02/2026)", YEAR_2026, UNKNOWN, []),
    ("Từ mùng 4 đến mùng 6 tháng Giêng (tức ngày 21/02/2026)", YEAR_2026, UNKNOWN, []),
    ("Mùng 4 tháng Giêng (tức ngày 21/02/2026, thứ Hai)", YEAR_2026, UNKNOWN, []),
    # A date with no lunar word is not restated: "ngày 12 tháng 8" is itself solar.
    ("Ngày 12 tháng 8 (tức ngày 13/9/2026)", YEAR_2026, UNKNOWN, []),
]

SIXTH_ROUND = (
    WEEKDAYS_AFTER_DATES
    + TIMED_WITH_WEEKDAYS
    + BEFORE_THE_TIME
    + DAY_WINDOWS
    + DEKADS
    + LUNAR_WITH_SOLAR
)

# --- The seventh round: "from now" leads, "mùng" before solar days, a count of days with the
# days named, a comma between a span's ends, a named day with its date, weeks of a month ------

Y2028 = Period(date(2028, 1, 1), date(2028, 12, 31))
H1_2026 = Period(date(2026, 1, 1), date(2026, 6, 30))

# "Từ nay đến ...": from now adds nothing; "đến trước ngày X" is before X.
FROM_NOW: list[Case] = [
    ("Từ nay đến trước ngày 15/6/2026", YEAR_2026, ONCE, ["2026-06-14"]),
    ("Từ nay đến ngày 15/6/2026", YEAR_2026, ONCE, ["2026-06-15"]),
    ("Từ nay đến hết tháng 6/2026", YEAR_2026, ONCE, ["2026-06-30"]),
    ("Từ nay đến cuối năm 2026", YEAR_2026, ONCE, ["2026-12-31"]),
    ("tu nay den truoc 15/6/2026", YEAR_2026, ONCE, ["2026-06-14"]),
    ("TỪ NAY ĐẾN TRƯỚC NGÀY 15/6/2026", YEAR_2026, ONCE, ["2026-06-14"]),
    ("Từ nay tới hết tháng 6/2026", YEAR_2026, ONCE, ["2026-06-30"]),
    ("Từ nay cho đến hết năm 2026", YEAR_2026, ONCE, ["2026-12-31"]),
    ("Kể từ nay đến hết quý III/2026", YEAR_2026, ONCE, ["2026-09-30"]),
    ("Từ bây giờ đến ngày 30/11/2025", H2_2025, ONCE, ["2025-11-30"]),
    ("Thực hiện từ nay đến trước ngày 15/6/2026", YEAR_2026, ONCE, ["2026-06-14"]),
    ("Từ nay đến trước ngày 30/6", YEAR_2026, ONCE, ["2026-06-29"]),
    ("Từ nay đến trung tuần tháng 11/2025", H2_2025, ONCE, ["2025-11-20"]),
    # Before an hour of a day is on that day.
    ("Từ nay đến trước 17h ngày 15/6/2026", YEAR_2026, ONCE, ["2026-06-15"]),
    # Something recurring, no end, an end the engine does not read, a date that does not exist.
    ("Từ nay đến trước ngày 10 hằng tháng", YEAR_2026, UNKNOWN, []),
    ("Từ nay", YEAR_2026, UNKNOWN, []),
    ("Từ nay trở đi", YEAR_2026, UNKNOWN, []),
    ("Từ nay đến Tết", YEAR_2026, UNKNOWN, []),
    ("Từ nay đến khi có yêu cầu", YEAR_2026, UNKNOWN, []),
    ("Từ nay đến sau ngày 15/6/2026", YEAR_2026, UNKNOWN, []),
    ("Từ nay đến trước ngày 31/6/2026", YEAR_2026, UNKNOWN, []),
]

# "Mùng" (or "mồng") before a day 1 to 10 of a solar date: passed over where the month is
# certainly solar; otherwise the day may be lunar.
MUNG_DAYS: list[Case] = [
    ("Ngày mồng 2/9/2026", YEAR_2026, ONCE, ["2026-09-02"]),
    ("Ngày mùng 5/8/2026", YEAR_2026, ONCE, ["2026-08-05"]),
    ("mung 05-08-2026", YEAR_2026, ONCE, ["2026-08-05"]),
    ("Trước ngày mồng 2/9/2026", YEAR_2026, ONCE, ["2026-09-01"]),
    ("Sáng ngày mồng 2/9/2026", YEAR_2026, ONCE, ["2026-09-02"]),
    ("Dự kiến ngày mồng 10/10/2026", YEAR_2026, ONCE, ["2026-10-10"]),
    ("Từ nay đến ngày mồng 2/9/2026", YEAR_2026, ONCE, ["2026-09-02"]),
    ("Từ ngày mùng 5 đến hết ngày 12/8/2026", YEAR_2026, ONCE, ["2026-08-12"]),
    ("Từ mùng 5/8 đến mùng 9/8/2026", YEAR_2026, ONCE, ["2026-08-09"]),
    ("Từ mồng 1 - 10/10/2026", YEAR_2026, ONCE, ["2026-10-10"]),
    (
        "Trước ngày mùng 10 hằng tháng",
        Q4_2025,
        RECURRING,
        ["2025-10-09", "2025-11-09", "2025-12-09"],
    ),
    (
        "Hằng tháng, trước ngày mồng 5",
        Q4_2025,
        RECURRING,
        ["2025-10-04", "2025-11-04", "2025-12-04"],
    ),
    (
        "Chậm nhất ngày mùng 5 hằng tháng",
        Q4_2025,
        RECURRING,
        ["2025-10-05", "2025-11-05", "2025-12-05"],
    ),
    # The lunar family reads its dates as before.
    ("Ngày mùng 4 tháng Giêng (tức ngày 21/02/2026)", YEAR_2026, ONCE, ["2026-02-21"]),
    ("Mồng 10 tháng 3 (tức 26/4/2026)", YEAR_2026, ONCE, ["2026-04-26"]),
    # Maybe lunar: no year, a month in words, a day every month, a lunar word; no such "mùng".
    ("Ngày mồng 2/9", YEAR_2026, UNKNOWN, []),
    ("Mồng 10 tháng 3 năm 2026", YEAR_2026, UNKNOWN, []),
    ("Ngày mùng 5 hằng tháng", Q4_2025, UNKNOWN, []),
    ("Mùng 10/3/2026 âm lịch", YEAR_2026, UNKNOWN, []),
    ("Trước ngày mùng 1 và rằm hằng tháng", Q4_2025, UNKNOWN, []),
    ("Từ mùng 5 đến 12/8", YEAR_2026, UNKNOWN, []),
    ("Mùng 15/6/2026", YEAR_2026, UNKNOWN, []),
]

# A count of days with the days named: a window due on its last day, when the two agree.
COUNTED_DAYS: list[Case] = [
    ("Trong 02 ngày 16-17/3/2026", YEAR_2026, ONCE, ["2026-03-17"]),
    ("Trong 3 ngày (từ 12 đến 14/5/2026)", YEAR_2026, ONCE, ["2026-05-14"]),
    ("Trong hai ngày 20 và 21/6/2026", YEAR_2026, ONCE, ["2026-06-21"]),
    ("Trong 3 ngày 20, 21 và 22/6/2026", YEAR_2026, ONCE, ["2026-06-22"]),
    ("Trong 03 (ba) ngày, từ ngày 12/5 đến ngày 14/5/2026", YEAR_2026, ONCE, ["2026-05-14"]),
    ("16-17/3/2026 (02 ngày)", YEAR_2026, ONCE, ["2026-03-17"]),
    ("Từ 12 đến 14/5/2026 (trong 3 ngày)", YEAR_2026, ONCE, ["2026-05-14"]),
    ("Tổ chức trong 02 ngày 16-17/3/2026", YEAR_2026, ONCE, ["2026-03-17"]),
    ("Thời gian: 02 ngày, từ 16/3 đến 17/3/2026", YEAR_2026, ONCE, ["2026-03-17"]),
    ("Trong 2 ngày 30/4 - 1/5/2026", YEAR_2026, ONCE, ["2026-05-01"]),
    ("Trong 2 ngày 16-17/3", YEAR_2026, ONCE, ["2026-03-17"]),
    ("Trong 01 ngày, ngày 12/5/2026", YEAR_2026, ONCE, ["2026-05-12"]),
    ("Trong hai mươi mốt ngày từ 1/6 đến 21/6/2026", YEAR_2026, ONCE, ["2026-06-21"]),
    ("TRONG HAI NGAY 20 VA 21/6/2026", YEAR_2026, ONCE, ["2026-06-21"]),
    # The count disagrees; days that skip some; a count from a date; no days; in two years.
    ("Trong 02 ngày 16-18/3/2026", YEAR_2026, UNKNOWN, []),
    ("Trong 3 ngày (từ 12 đến 15/5/2026)", YEAR_2026, UNKNOWN, []),
    ("Trong hai ngày 20, 21 và 22/6/2026", YEAR_2026, UNKNOWN, []),
    ("Trong hai ngày 20 và 27/6/2026", YEAR_2026, UNKNOWN, []),
    ("Trong 3 ngày 12/5/2026", YEAR_2026, UNKNOWN, []),
    ("Trong 10 ngày kể từ ngày 15/6/2026", YEAR_2026, UNKNOWN, []),
    ("Trong 02 ngày, trước ngày 17/3/2026", YEAR_2026, UNKNOWN, []),
    ("Trong 02 ngày", YEAR_2026, UNKNOWN, []),
    ("Trong 2 ngày 16-17/3", TWO_YEARS, UNKNOWN, []),
]

# A comma (or "cho") before "đến" changes no span.
COMMA_SPANS: list[Case] = [
    ("Từ ngày 3/8, đến ngày 20/9/2026", YEAR_2026, ONCE, ["2026-09-20"]),
    ("Từ ngày 3/8/2026, đến hết ngày 20/9/2026", YEAR_2026, ONCE, ["2026-09-20"]),
    ("Từ tháng 4, đến tháng 9/2026", YEAR_2026, ONCE, ["2026-09-30"]),
    ("Từ quý II, đến quý III/2026", YEAR_2026, ONCE, ["2026-09-30"]),
    ("Từ ngày 3/8 , tới ngày 20/9/2026", YEAR_2026, ONCE, ["2026-09-20"]),
    ("Từ tháng 4 cho đến tháng 9/2026", YEAR_2026, ONCE, ["2026-09-30"]),
    ("Từ ngày 3/8 cho đến hết ngày 20/9/2026", YEAR_2026, ONCE, ["2026-09-20"]),
    ("Từ tháng 11/2025, đến quý I/2026", WINTER, ONCE, ["2026-03-31"]),
    ("Từ năm 2025, đến năm 2027", YEAR_2026, ONCE, ["2027-12-31"]),
    ("Từ ngày 01/10, đến ngày 30/11 hằng năm", TWO_YEARS, RECURRING, ["2025-11-30", "2026-11-30"]),
    # Backwards, or no "đến" after the comma.
    ("Từ ngày 3/8/2026, đến ngày 20/9/2025", YEAR_2026, UNKNOWN, []),
    ("Từ tháng 4, tháng 9/2026", YEAR_2026, UNKNOWN, []),
]

# A named day read by the date written with it; no table of holidays.
NAMED_DAYS: list[Case] = [
    ("Trước ngày Quốc khánh (2/9)", YEAR_2026, ONCE, ["2026-09-01"]),
    ("Trước Ngày sinh nhật Bác Hồ (19-5)", YEAR_2026, ONCE, ["2026-05-18"]),
    ("Nhân dịp Ngày Thương binh - Liệt sĩ (27/7/2026)", YEAR_2026, ONCE, ["2026-07-27"]),
    ("Trước Tết Trung thu (25/9/2026)", YEAR_2026, ONCE, ["2026-09-24"]),
    ("Ngày Nhà giáo Việt Nam (20/11)", H2_2025, ONCE, ["2025-11-20"]),
    ("Trước ngày Nhà giáo Việt Nam 20/11", H2_2025, ONCE, ["2025-11-19"]),
    ("Vào dịp Lễ Quốc khánh (tức ngày 2/9)", H2_2025, ONCE, ["2025-09-02"]),
    ("Trước Quốc khánh (2/9)", H2_2025, ONCE, ["2025-09-01"]),
    ("Chậm nhất trước ngày Quốc tế Phụ nữ (8/3/2026)", YEAR_2026, ONCE, ["2026-03-07"]),
    ("Hoàn thành trước ngày Quốc khánh 2/9/2026", YEAR_2026, ONCE, ["2026-09-01"]),
    ("Trước Tết Nguyên đán (17/02/2026)", YEAR_2026, ONCE, ["2026-02-16"]),
    (
        "Trước ngày Giải phóng miền Nam, thống nhất đất nước (30/4)",
        YEAR_2026,
        ONCE,
        ["2026-04-29"],
    ),
    ("Trước ngày Quốc khánh (2/9) hằng năm", TWO_YEARS, RECURRING, ["2025-09-01", "2026-09-01"]),
    ("truoc ngay quoc khanh (2/9)", YEAR_2026, ONCE, ["2026-09-01"]),
    # No date; after it; celebrating it; in two years or none of the period; maybe lunar;
    # the Lunar New Year's several days; the day's history; a part of a day.
    ("Trước ngày Quốc khánh", YEAR_2026, UNKNOWN, []),
    ("Sau ngày Quốc khánh (2/9)", YEAR_2026, UNKNOWN, []),
    ("Chào mừng ngày Quốc khánh (2/9)", YEAR_2026, UNKNOWN, []),
    ("Trước ngày Quốc khánh (2/9)", TWO_YEARS, UNKNOWN, []),
    ("Trước ngày Quốc khánh (2/9)", H1_2026, UNKNOWN, []),
    ("Tết Trung thu (15/8)", YEAR_2026, UNKNOWN, []),
    ("Trước Tết Trung thu (15/8) hằng năm", YEAR_2026, UNKNOWN, []),
    ("Lễ Vu Lan (15/7)", YEAR_2026, UNKNOWN, []),
    ("Nhân dịp Tết Nguyên đán (17/2/2026)", YEAR_2026, UNKNOWN, []),
    ("Ngày Quốc khánh 2/9/1945", YEAR_2026, UNKNOWN, []),
    ("Trước buổi chiều (14/3/2026)", YEAR_2026, UNKNOWN, []),
    ("Vào dịp 2/9", YEAR_2026, UNKNOWN, []),
]

# The last week of a month ends with the month; a week named by its number (the first seven
# days, or the first calendar week?) is never read.
WEEKS_OF_A_MONTH: list[Case] = [
    ("Trong tuần cuối của tháng 10/2026", YEAR_2026, ONCE, ["2026-10-31"]),
    ("Tuần cuối tháng 2/2028", Y2028, ONCE, ["2028-02-29"]),
    ("Tuần lễ cuối cùng của tháng 12 năm 2025", H2_2025, ONCE, ["2025-12-31"]),
    ("Dự kiến tuần cuối tháng 11/2025", H2_2025, ONCE, ["2025-11-30"]),
    ("TUAN CUOI THANG 10", H2_2025, ONCE, ["2025-10-31"]),
    ("Trong tuần đầu của tháng 10/2026", YEAR_2026, UNKNOWN, []),
    ("Tuần thứ hai của tháng 10/2026", YEAR_2026, UNKNOWN, []),
    ("Tuần thứ 3 tháng 2/2026", YEAR_2026, UNKNOWN, []),
    ("Tuần thứ tư tháng 2/2026", YEAR_2026, UNKNOWN, []),
    ("Tuần đầu tiên của tháng 01/2026", WINTER, UNKNOWN, []),
    ("TUAN DAU THANG 10", H2_2025, UNKNOWN, []),
    ("Đến hết tuần thứ nhất tháng 11/2025", H2_2025, UNKNOWN, []),
    ("Tuần đầu tháng 10 và tuần cuối tháng 11/2026", YEAR_2026, UNKNOWN, []),
    # No year the period settles; a fifth week; before a week; "tuần 2" (a week number?).
    ("Tuần đầu tháng 10", TWO_YEARS, UNKNOWN, []),
    ("Tuần đầu tháng 3", H2_2025, UNKNOWN, []),
    ("Tuần cuối tháng 12", Period(date(2025, 12, 1), date(2025, 12, 27)), UNKNOWN, []),
    ("Tuần thứ năm tháng 10/2026", YEAR_2026, UNKNOWN, []),
    ("Trước tuần cuối tháng 10/2026", YEAR_2026, UNKNOWN, []),
    ("Tuần 2 tháng 10/2026", YEAR_2026, UNKNOWN, []),
    ("Giữa tuần đầu tháng 10/2026", YEAR_2026, UNKNOWN, []),
]

SEVENTH_ROUND = FROM_NOW + MUNG_DAYS + COUNTED_DAYS + COMMA_SPANS + NAMED_DAYS + WEEKS_OF_A_MONTH

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
    ("Ngày 12 và 32 hằng tháng", H2_2025, "32"),
    ("3/11/2025-31/11/2025", H2_2025, "31/11/2025"),
    ("Từ ngày 01/10 đến ngày 31/11 hằng năm", YEAR_2026, "31/11"),
    ("Sáng ngày 31/02/2026", YEAR_2026, "31/02/2026"),
    ("Trước thời hạn 32/10/2025", H2_2025, "32/10/2025"),
    ("Ngày 30-31/11/2025", H2_2025, "31/11/2025"),
    ("Thượng tuần tháng 13/2025", H2_2025, "13"),
    ("Ngày mồng 31/2/2026", YEAR_2026, "31/02/2026"),
    ("Trước ngày Quốc khánh (31/2)", YEAR_2026, "31/02"),
    ("Tuần đầu tháng 13/2026", YEAR_2026, "13"),
    ("Trong 02 ngày 30-31/4/2026", YEAR_2026, "31/04/2026"),
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
    + BARE_YEARS_AND_ONGOING_TASKS
    + NEW_FAMILIES
    + FOURTH_ROUND
    + FIFTH_ROUND
    + SIXTH_ROUND
    + SEVENTH_ROUND
)


def said(text: str, period: Period) -> str:
    """The explanation ``text`` gets in ``period``, in English."""
    return parse_deadline(text, period).explanation.render()


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
@given(periods(), st.integers(1990, 2100), st.sampled_from(["{}", "Năm {}", "Trong {}", "{} ."]))
def test_a_bare_year_reads_as_its_last_day(period: Period, year: int, form: str) -> None:
    schedule = parse_deadline(form.format(year), period)
    assert (schedule.kind, schedule.due_dates) == (ONCE, (date(year, 12, 31),))


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


# --- The families learnt after the first held-out sets: explanations and properties ----------


def test_a_time_of_day_is_noted_in_the_explanation() -> None:
    schedule = parse_deadline("Chậm nhất là 17 giờ 00 ngày 29/01/2026", YEAR_2026)
    assert schedule.explanation.render() == (
        "Due on 29/01/2026. The time of day written (17:00) is noted; reminders go by the date."
    )


def test_a_span_with_ends_of_different_kinds_says_its_first_and_last_days() -> None:
    schedule = parse_deadline("Từ tháng 11/2025 đến quý II/2026", WINTER)
    assert schedule.explanation.render() == (
        "Work from 01/11/2025 to 30/06/2026, due on its last day."
    )


def test_figures_and_words_that_disagree_are_a_typo_named_with_both() -> None:
    schedule = parse_deadline("Chậm nhất ngày 06 (bảy) tháng 06 (sáu)", YEAR_2026)
    assert schedule.kind is UNKNOWN
    assert names_impossible_date(schedule)
    assert schedule.explanation.render() == (
        "“Chậm nhất ngày 06 (bảy) tháng 06 (sáu)” writes 6 in figures but 7 in words,"
        " so which is meant is not certain; the coordinator needs to set a date."
    )


def test_words_that_spell_no_number_are_no_typo() -> None:
    assert not names_impossible_date(parse_deadline("Ngày 15 (thứ Hai)", H2_2025))


def clock(hour: int, minute: int, style: int) -> tuple[str, str]:
    """A time of day as officials write it, and how the explanation notes it."""
    written = [
        f"{hour}h{minute:02d}",
        f"{hour} giờ {minute:02d}",
        f"{hour} giờ {minute:02d} phút",
        f"{hour:02d}:{minute:02d}",
        f"{hour}g{minute:02d}",
        f"{hour}h",
        f"{hour} giờ",
    ][style]
    noted_minute = minute if style < 5 else 0
    return written, f"{hour:02d}:{noted_minute:02d}"


TIMED_FORMS = [
    "Trước {time} ngày {date}",
    "Chậm nhất là {time} ngày {date}",
    "Đến {time}, ngày {date}",
    "{time} ngày {date}",
    "TRƯỚC {time} NGÀY {date}",
    "Ngày {date}, trước {time}",
    "Ngày {date} lúc {time}",
    "Hoàn thành trước {time} ngày {date}",
]


@settings(deadline=None)
@given(
    periods_and_days(),
    st.integers(0, 23),
    st.integers(0, 59),
    st.integers(0, 6),
    st.sampled_from(TIMED_FORMS),
    STYLES,
)
def test_any_date_with_any_time_of_day_reads_as_that_date(
    period_and_day: tuple[Period, date],
    hour: int,
    minute: int,
    clock_style: int,
    form: str,
    date_style: int,
) -> None:
    period, day = period_and_day
    written, noted = clock(hour, minute, clock_style)
    schedule = parse_deadline(form.format(time=written, date=dmy(day, date_style)), period)
    assert (schedule.kind, schedule.due_dates) == (ONCE, (day,))
    assert f"({noted})" in schedule.explanation.render()


_UNITS = ["", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"]


@st.composite
def spelt(draw: st.DrawFn, number: int) -> str:
    """``number`` (1 to 31) in Vietnamese words, in one of the spellings officials use."""
    tens, unit = divmod(number, 10)
    head = "" if tens == 0 else "mười" if tens == 1 else f"{_UNITS[tens]} mươi"
    if unit == 1 and tens >= 2:
        tail = "mốt"
    elif unit == 4 and tens >= 2:
        tail = draw(st.sampled_from(["tư", "bốn"]))
    elif unit == 5 and tens >= 1:
        tail = draw(st.sampled_from(["lăm", "nhăm"]))
    else:
        tail = _UNITS[unit]
    words = " ".join(part for part in (head, tail) if part)
    return strip_marks(words) if draw(st.booleans()) else words


@settings(deadline=None)
@given(periods_and_days(), st.data())
def test_numbers_spelt_out_alike_read_as_the_figures_alone(
    period_and_day: tuple[Period, date], data: st.DataObject
) -> None:
    period, day = period_and_day
    day_words, month_words = data.draw(spelt(day.day)), data.draw(spelt(day.month))
    text = f"Chậm nhất ngày {day.day:02d} ({day_words}) tháng {day.month:02d} ({month_words})"
    for form in (text, f"{text} năm {day.year}"):
        schedule = parse_deadline(form, period)
        plain = parse_deadline(
            form.replace(f" ({day_words})", "").replace(f" ({month_words})", ""), period
        )
        assert (schedule.kind, schedule.due_dates) == (plain.kind, plain.due_dates)
    assert parse_deadline(f"{text} năm {day.year}", period).due_dates == (day,)


@settings(deadline=None)
@given(periods(), DAY_MONTHS, st.integers(1, 31), st.booleans(), st.data())
def test_numbers_spelt_out_differently_never_read(
    period: Period, day_month: tuple[int, int], other: int, on_day: bool, data: st.DataObject
) -> None:
    day, month = day_month
    wrong = day if on_day else month
    assume(other != wrong)
    words = data.draw(spelt(other))
    day_words = words if on_day else data.draw(spelt(day))
    month_words = data.draw(spelt(month)) if on_day else words
    text = f"Ngày {day} ({day_words}) tháng {month} ({month_words}) năm 2026"
    schedule = parse_deadline(text, period)
    assert schedule.kind is UNKNOWN
    assert names_impossible_date(schedule)
    assert f"writes {wrong} in figures but {other} in words" in schedule.explanation.render()


ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV"}
# A span end of one kind: what it covers in a year, as (first, last) dates of ``year``.
SpanEnd = tuple[str, int, int, int]


@st.composite
def span_ends(draw: st.DrawFn) -> SpanEnd:
    """(kind, number, day, year) of a span end: a day, a month, a quarter or a year."""
    kind = draw(st.sampled_from(["day", "month", "quarter", "year"]))
    year = draw(st.integers(2000, 2040))
    if kind == "day":
        day = draw(st.dates(min_value=date(year, 1, 1), max_value=date(year, 12, 31)))
        return kind, day.month, day.day, year
    return kind, draw(st.integers(1, 12 if kind == "month" else 4)), 0, year


def written_end(end: SpanEnd) -> str:
    kind, number, day, year = end
    if kind == "day":
        return f"ngày {day}/{number}/{year}"
    if kind == "month":
        return f"tháng {number}/{year}"
    return f"quý {ROMAN[number]}/{year}" if kind == "quarter" else f"năm {year}"


def last_day_of(end: SpanEnd) -> date:
    kind, number, day, year = end
    month = {"day": number, "month": number, "quarter": 3 * number, "year": 12}[kind]
    if kind == "day":
        return date(year, month, day)
    return date(year, month, calendar.monthrange(year, month)[1])


@settings(deadline=None)
@given(periods(), span_ends(), span_ends(), st.sampled_from(["đến", "đến hết", "-"]))
def test_a_span_of_any_two_ends_is_due_at_the_end_of_the_last(
    period: Period, first: SpanEnd, last: SpanEnd, joiner: str
) -> None:
    text = f"Từ {written_end(first)} {joiner} {written_end(last)}"
    schedule = parse_deadline(text, period)
    if last_day_of(first) <= last_day_of(last):
        assert (schedule.kind, schedule.due_dates) == (ONCE, (last_day_of(last),)), text
    else:
        # A span that ends before its first end does is a typo; never read.
        assert schedule.kind is UNKNOWN, text


LEADS = [
    "Dự kiến",
    "Thời gian:",
    "Thời hạn:",
    "Thời hạn hoàn thành:",
    "Thời gian thực hiện:",
    "Hoàn thành",
    "Xong",
    "Chậm nhất",
    "Dự kiến hoàn thành",
]
LED = [
    "ngày {date}",
    "trước ngày {date}",
    "đến ngày {date}",
    "tháng {month}/{year}",
    "quý {quarter}/{year}",
    "trong năm {year}",
    "từ ngày 01/01/{year} đến ngày {date}",
]


@settings(deadline=None)
@given(periods_and_days(), st.sampled_from(LEADS), st.sampled_from(LED), STYLES)
def test_lead_words_change_no_reading(
    period_and_day: tuple[Period, date], lead: str, led: str, style: int
) -> None:
    period, day = period_and_day
    rest = led.format(
        date=dmy(day, style), month=day.month, quarter=ROMAN[(day.month + 2) // 3], year=day.year
    )
    plain = parse_deadline(rest, period)
    assert plain.kind is not UNKNOWN, rest
    led_schedule = parse_deadline(f"{lead} {rest}", period)
    assert (led_schedule.kind, led_schedule.due_dates) == (plain.kind, plain.due_dates)
    planned = parse_deadline(f"{rest} (dự kiến)", period)
    assert (planned.kind, planned.due_dates) == (plain.kind, plain.due_dates)


DESCRIPTIONS = ["hiệu quả", "liên tục", "trong năm", "kịp thời", "theo quy định", "đúng quy trình"]


@settings(deadline=None)
@given(
    periods(),
    st.sampled_from(["", "Duy trì ", "Thực hiện ", "Tiếp tục thực hiện ", "Triển khai "]),
    st.lists(st.sampled_from(DESCRIPTIONS), max_size=3),
    st.integers(1, 2100),
)
def test_ongoing_work_described_is_ongoing_unless_a_number_follows(
    period: Period, lead: str, described: list[str], number: int
) -> None:
    text = ", ".join([f"{lead}thường xuyên", *described])
    assert parse_deadline(text, period).kind is ONGOING, text
    assert parse_deadline(f"{text} {number}", period).kind is not ONGOING


NEW_KEYWORDS = [
    *KEYWORDS,
    "giờ",
    "h",
    "17h00",
    "8h",
    "phút",
    ":",
    "(sáu)",
    "(mười lăm)",
    "(hai mươi mốt)",
    "(thứ Hai)",
    "dự kiến",
    "thời gian",
    "thời hạn",
    "trong khoảng",
    "duy trì",
    "xong",
    "kể",
    "liên tục",
    "không",
]


# --- The fourth round: "vào", days each month, weekdays, yearly spans, dashed spans, parts
# of the day --------------------------------------------------------------------------------


def test_explanations_of_the_fourth_round() -> None:
    assert said("Thứ Sáu hàng tuần", NOV_2025) == (
        "Recurring every Friday in the plan period: 07/11/2025, 14/11/2025, 21/11/2025,"
        " 28/11/2025."
    )
    assert said("Thứ 3 và thứ 5 hằng tuần", Period(d("2025-11-03"), d("2025-11-09"))) == (
        "Recurring every week on each weekday named, in the plan period: 04/11/2025, 06/11/2025."
    )
    assert said("Ngày 27 và 12 hằng tháng", Period(d("2025-11-01"), d("2025-11-30"))) == (
        "Recurring on days 12, 27 of every month in the plan period: 12/11/2025, 27/11/2025."
    )
    assert said("Trước ngày 8 và 22 hằng tháng", NOV_2025) == (
        "Recurring before days 8, 22 of every month in the plan period: 07/11/2025, 21/11/2025."
    )
    assert said("Từ ngày 01 tháng 10 đến hết ngày 30 tháng 11 hằng năm", TWO_YEARS) == (
        "Work every year from 01/10 to 30/11, due on its last day; in the plan period:"
        " 30/11/2025, 30/11/2026."
    )
    assert said("Từ tháng 10 đến tháng 11 hằng năm", H2_2025) == (
        "Work every year from month 10 to month 11, due at the end of month 11;"
        " in the plan period: 30/11/2025."
    )
    assert said("3/11/2025-28/11/2025", H2_2025) == (
        "Work from 03/11/2025 to 28/11/2025, due on its last day."
    )
    assert said("Chậm nhất vào chiều ngày 14/3/2026", YEAR_2026) == (
        "Due on 14/03/2026. The part of the day written is noted; reminders go by the date."
    )
    # Folded, "tối" (evening) is also "tới" (up to): nothing is noted for it.
    assert said("Tới ngày 14/3/2026", YEAR_2026) == "Due on 14/03/2026."


def test_a_weekday_that_disagrees_with_its_date_is_a_typo_named() -> None:
    schedule = parse_deadline("Thứ Sáu, ngày 14/3/2026", YEAR_2026)
    assert schedule.kind is UNKNOWN
    assert names_impossible_date(schedule)
    assert schedule.explanation.render() == (
        "“Thứ Sáu, ngày 14/3/2026” gives a weekday that 14/03/2026 does not fall on, so which"
        " is meant is not certain; the coordinator needs to set a date."
    )


def test_a_weekly_deadline_over_three_years_gives_every_week() -> None:
    # Schedules have no cap on dates: a weekly task in a three-year plan has 156 Mondays.
    period = Period(d("2025-01-01"), d("2027-12-31"))
    schedule = parse_deadline("Thứ Hai hằng tuần", period)
    assert schedule.kind is RECURRING
    assert len(schedule.due_dates) == 156
    assert (schedule.due_dates[0], schedule.due_dates[-1]) == (d("2025-01-06"), d("2027-12-27"))
    assert all(day.weekday() == 0 for day in schedule.due_dates)
    assert all(
        later - earlier == timedelta(days=7) for earlier, later in pairwise(schedule.due_dates)
    )


WEEKDAY_SPELLINGS = [
    ["thứ Hai", "thứ 2", "Thứ hai", "THỨ HAI", "thu hai", "T2"],
    ["thứ Ba", "thứ 3", "Thứ ba", "THỨ BA", "thu ba", "T3"],
    ["thứ Tư", "thứ 4", "Thứ tư", "THỨ TƯ", "thu tu", "T4"],
    ["thứ Năm", "thứ 5", "Thứ năm", "THỨ NĂM", "thu nam", "T5"],
    ["thứ Sáu", "thứ 6", "Thứ sáu", "THỨ SÁU", "thu sau", "T6"],
    ["thứ Bảy", "thứ 7", "Thứ bảy", "THỨ BẢY", "thu bay", "T7"],
    ["Chủ nhật", "chủ nhật", "Chủ Nhật", "CHỦ NHẬT", "chu nhat"],
]
WEEKLY_FORMS = [
    "{w} hằng tuần",
    "{w} hàng tuần",
    "{w} mỗi tuần",
    "Vào {w} hằng tuần",
    "vao {w} hang tuan",
    "Hằng tuần vào {w}",
    "Hằng tuần, {w}",
    "Chiều {w} hằng tuần",
    "Vào sáng {w} hàng tuần",
    "Định kỳ {w} hằng tuần",
]


def every_day_of(period: Period) -> list[date]:
    return [period.start + timedelta(days=n) for n in range((period.end - period.start).days + 1)]


@settings(deadline=None)
@given(periods(), st.integers(0, 6), st.data(), st.sampled_from(WEEKLY_FORMS))
def test_any_weekday_every_week_gives_exactly_that_weekday_in_the_period(
    period: Period, weekday: int, data: st.DataObject, form: str
) -> None:
    written = data.draw(st.sampled_from(WEEKDAY_SPELLINGS[weekday]))
    schedule = parse_deadline(form.format(w=written), period)
    expected = tuple(day for day in every_day_of(period) if day.weekday() == weekday)
    assert schedule.due_dates == expected
    assert schedule.kind is (RECURRING if expected else UNKNOWN)


@settings(deadline=None)
@given(periods(), st.integers(0, 6), st.integers(0, 6), st.data())
def test_two_weekdays_are_both_with_va_and_neither_with_hoac(
    period: Period, one: int, other: int, data: st.DataObject
) -> None:
    first = data.draw(st.sampled_from(WEEKDAY_SPELLINGS[one]))
    second = data.draw(st.sampled_from(WEEKDAY_SPELLINGS[other]))
    both = parse_deadline(f"{first} và {second} hằng tuần", period)
    expected = tuple(day for day in every_day_of(period) if day.weekday() in (one, other))
    assert both.due_dates == expected
    assert parse_deadline(f"{first} hoặc {second} hằng tuần", period).kind is UNKNOWN


VAO_LED = [
    "ngày {date}",
    "trước ngày {date}",
    "chiều ngày {date}",
    "tháng {month}/{year}",
    "quý {quarter}/{year}",
    "năm {year}",
    "cuối năm {year}",
    "ngày {day} hằng tháng",
    "ngày {day} và {other} hằng tháng",
    "ngày {day}/{month} hằng năm",
    "tháng {month} hằng năm",
    "{weekday} hằng tuần",
]


@settings(deadline=None)
@given(
    periods_and_days(),
    st.integers(1, 31),
    st.sampled_from(["Vào", "vào", "VÀO", "vao"]),
    st.sampled_from(VAO_LED),
    STYLES,
)
def test_vao_never_changes_a_reading(
    period_and_day: tuple[Period, date], other: int, vao: str, led: str, style: int
) -> None:
    period, day = period_and_day
    rest = led.format(
        date=dmy(day, style),
        day=day.day,
        other=other,
        month=day.month,
        quarter=ROMAN[(day.month + 2) // 3],
        year=day.year,
        weekday=WEEKDAY_SPELLINGS[day.weekday()][0],
    )
    plain = parse_deadline(rest, period)
    led_schedule = parse_deadline(f"{vao} {rest}", period)
    assert (led_schedule.kind, led_schedule.due_dates) == (plain.kind, plain.due_dates), rest
    if "{date}" in led or "{year}" in led:
        assert plain.kind is not UNKNOWN, rest


DASH_JOINERS = st.sampled_from(["-", " - ", " – ", "–", " đến ", " đến hết "])


@settings(deadline=None)
@given(
    periods(),
    st.dates(min_value=date(1990, 1, 1), max_value=date(2100, 12, 31)),
    st.dates(min_value=date(1990, 1, 1), max_value=date(2100, 12, 31)),
    DASH_JOINERS,
    STYLES,
    STYLES,
)
def test_two_full_dates_joined_in_order_are_due_at_the_later(
    period: Period, first: date, last: date, joiner: str, style: int, other_style: int
) -> None:
    text = f"{dmy(first, style)}{joiner}{dmy(last, other_style)}"
    schedule = parse_deadline(text, period)
    if first <= last:
        assert (schedule.kind, schedule.due_dates) == (ONCE, (last,)), text
    else:
        assert schedule.kind is UNKNOWN, text


def months_from(period: Period, extra: int) -> list[tuple[int, int]]:
    """(year, month) from the period's first month to ``extra`` months past its last."""
    months = []
    year, month = period.start.year, period.start.month
    last = period.end.year * 12 + period.end.month - 1 + extra
    while year * 12 + month - 1 <= last:
        months.append((year, month))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months


def day_of(year: int, month: int, day: int) -> date:
    return date(year, month, min(day, calendar.monthrange(year, month)[1]))


@settings(deadline=None)
@given(
    periods().filter(lambda period: period.end.year < 2100),
    st.lists(st.integers(1, 31), min_size=2, max_size=3),
    st.booleans(),
    st.sampled_from([" và ", ", ", " và ngày "]),
)
def test_days_each_month_fall_on_each_day_of_every_month_of_the_period(
    period: Period, days: list[int], before: bool, joiner: str
) -> None:
    lead = "Trước ngày" if before else "Ngày"
    text = f"{lead} {joiner.join(str(day) for day in days)} hằng tháng"
    schedule = parse_deadline(text, period)
    expected: set[date] = set()
    for year, month in months_from(period, 1):
        for day in days:
            if not before:
                expected.add(day_of(year, month, day))
            elif day == 1:
                expected.add(date(year, month, 1) - timedelta(days=1))
            else:
                expected.add(day_of(year, month, day - 1))
    inside = tuple(sorted(day for day in expected if period.start <= day <= period.end))
    assert schedule.due_dates == inside, text
    assert schedule.kind is (RECURRING if inside else UNKNOWN)


@settings(deadline=None)
@given(
    periods(),
    DAY_MONTHS,
    DAY_MONTHS.filter(lambda pair: pair != (29, 2)),
    st.sampled_from(["Từ ngày {a} đến hết ngày {b} hằng năm", "Hằng năm, từ {a} - {b}"]),
    st.sampled_from(["{d}/{m}", "{d:02d}/{m:02d}", "{d}-{m}", "{d} tháng {m}"]),
)
def test_a_span_each_year_is_due_each_year_on_its_last_day(
    period: Period, first: tuple[int, int], last: tuple[int, int], form: str, style: str
) -> None:
    a = style.format(d=first[0], m=first[1])
    b = style.format(d=last[0], m=last[1])
    text = form.format(a=a, b=b)
    schedule = parse_deadline(text, period)
    day, month = last
    expected = tuple(
        due
        for year in range(period.start.year, period.end.year + 1)
        if period.start <= (due := date(year, month, day)) <= period.end
    )
    assert schedule.due_dates == expected, text
    assert schedule.kind is (RECURRING if expected else UNKNOWN)


PARTS = ["sáng", "trưa", "chiều", "tối", "buổi sáng", "buổi chiều", "trong", "Sáng", "CHIỀU"]


@settings(deadline=None)
@given(
    periods_and_days(),
    st.sampled_from(PARTS),
    st.sampled_from(
        ["{part} ngày {date}", "Chậm nhất vào {part} ngày {date}", "Vào {part} {date}"]
    ),
    STYLES,
)
def test_a_part_of_the_day_never_changes_the_date(
    period_and_day: tuple[Period, date], part: str, form: str, style: int
) -> None:
    period, day = period_and_day
    schedule = parse_deadline(form.format(part=part, date=dmy(day, style)), period)
    assert (schedule.kind, schedule.due_dates) == (ONCE, (day,))


@settings(deadline=None)
@given(periods_and_days(), st.integers(0, 6), st.data(), STYLES)
def test_a_weekday_before_a_date_must_be_its_weekday(
    period_and_day: tuple[Period, date], weekday: int, data: st.DataObject, style: int
) -> None:
    period, day = period_and_day
    written = data.draw(st.sampled_from(WEEKDAY_SPELLINGS[weekday]))
    schedule = parse_deadline(f"Chậm nhất vào {written}, ngày {dmy(day, style)}", period)
    if weekday == day.weekday():
        assert (schedule.kind, schedule.due_dates) == (ONCE, (day,))
    else:
        assert schedule.kind is UNKNOWN
        assert names_impossible_date(schedule)


FOURTH_KEYWORDS = [
    *NEW_KEYWORDS,
    "vào",
    "thứ",
    "Hai",
    "Bảy",
    "bảy",
    "sáu",
    "Chủ nhật",
    "T6",
    "tuần",
    "hằng tuần",
    "mỗi",
    "hoặc",
    "sáng",
    "chiều",
    "tối",
    "buổi",
    "tới",
    "3/11/2025",
    "28/11",
    "2-9",
]


# --- The fifth round: action words, dashed month years, counted months, dates each year,
# restated periods, ongoing work with a periodic report --------------------------------------


def test_explanations_of_the_fifth_round() -> None:
    assert said("Trước ngày 15/6 và 30/11 hằng năm", YEAR_2026) == (
        "Recurring before each of 15/06, 30/11 every year in the plan period:"
        " 14/06/2026, 29/11/2026."
    )
    assert said("Định kỳ ngày 10/4 và 10/10 hằng năm", YEAR_2026) == (
        "Recurring on each of 10/04, 10/10 every year in the plan period: 10/04/2026, 10/10/2026."
    )
    assert said("Định kỳ hằng năm (trước ngày 15/12 hằng năm)", YEAR_2026) == (
        "Recurring before 15/12 every year in the plan period: 14/12/2026."
    )
    assert said("Thường xuyên, định kỳ hằng quý báo cáo về Sở Nội vụ", H2_2025) == (
        "The work itself is ongoing; reminders follow the report the text dates."
        " Recurring at the end of every quarter in the plan period: 30/09/2025, 31/12/2025."
    )
    assert said("Từ tháng 4 và kết thúc trong tháng 9-2026", YEAR_2026) == (
        "Work from month 4/2026 to month 9/2026, due at the end of month 9/2026: 30/09/2026."
    )


@pytest.mark.parametrize(
    ("text", "period", "said"),
    [
        ("06 tháng (từ tháng 4 đến tháng 8)", YEAR_2026, "gives 6 months but names 5 months"),
        ("03 tháng (tháng 5 và tháng 9)", YEAR_2026, "gives 3 months but names 2 months"),
        ("02 quý (quý IV/2025)", H2_2025, "gives 6 months but names 3 months"),
        ("Định kỳ hàng tháng (trước ngày 15/12 hằng năm)", YEAR_2026, "dates that do not fit"),
        ("Định kỳ 6 tháng (trước ngày 15/6)", YEAR_2026, "dates that do not fit"),
        ("Hằng năm (trước ngày 18 hằng tháng)", YEAR_2026, "dates that do not fit"),
        ("Hằng tháng, trước ngày 20 tháng cuối quý", YEAR_2026, "dates that do not fit"),
    ],
)
def test_a_text_that_contradicts_itself_is_a_typo_named(
    text: str, period: Period, said: str
) -> None:
    # Like figures and words that disagree, an import warns about these by row.
    schedule = parse_deadline(text, period)
    assert schedule.kind is UNKNOWN
    assert names_impossible_date(schedule)
    rendered = schedule.explanation.render()
    assert said in rendered
    assert f"“{text}”" in rendered


@pytest.mark.parametrize(
    "text",
    [
        "Tổ chức ngày 15-16/11/2025 hoặc sau đó",
        "Lễ hội (tức ngày 8 - 16/2/2019)",
        "ngày 8-16/2 và",
    ],
)
def test_an_unread_day_range_names_no_impossible_month(text: str) -> None:
    # "Ngày 15-16/11/2025" names days 15 and 16 of November, not a sixteenth month; read
    # alone it is a span (see DAY_WINDOWS), and unread it names no impossible date.
    schedule = parse_deadline(text, Period(d("2019-01-01"), d("2025-12-31")))
    assert schedule.kind is UNKNOWN
    assert not names_impossible_date(schedule)
    assert "16/" not in schedule.explanation.render().replace(f"“{text}”", "")


ACTIONS = [
    "Dự kiến",
    "Tổ chức",
    "Hoàn thành",
    "Kết thúc",
    "Triển khai",
    "Thực hiện",
    "Đảm bảo",
    "Bảo đảm",
    "Phấn đấu",
    "Cơ bản",
    "Xong",
    "Tiếp tục",
    "Ban hành",
    "hoàn tất",
]
ACTION_LED = [
    "ngày {date}",
    "trước ngày {date}",
    "đến ngày {date}",
    "vào ngày {date}",
    "chậm nhất ngày {date}",
    "tháng {month}/{year}",
    "trong tháng {month}-{year}",
    "quý {quarter}/{year}",
    "trong năm {year}",
    "từ ngày 01/01/{year} đến ngày {date}",
]


@settings(deadline=None)
@given(
    periods_and_days(),
    st.lists(st.sampled_from(ACTIONS), min_size=1, max_size=3),
    st.sampled_from([" ", ", "]),
    st.sampled_from(ACTION_LED),
    STYLES,
)
def test_generic_action_words_change_no_reading(
    period_and_day: tuple[Period, date],
    actions: list[str],
    joiner: str,
    led: str,
    style: int,
) -> None:
    period, day = period_and_day
    rest = led.format(
        date=dmy(day, style), month=day.month, quarter=ROMAN[(day.month + 2) // 3], year=day.year
    )
    plain = parse_deadline(rest, period)
    assert plain.kind is not UNKNOWN, rest
    text = f"{joiner.join(actions)} {rest}"
    schedule = parse_deadline(text, period)
    assert (schedule.kind, schedule.due_dates) == (plain.kind, plain.due_dates), text
    # A number that is not part of the date, or a start, leaves it unread.
    assert parse_deadline(f"{joiner.join(actions)} 02 hội nghị {rest}", period).kind is UNKNOWN
    started = parse_deadline(f"{joiner.join(actions)} bắt đầu từ ngày {dmy(day, style)}", period)
    assert started.kind is UNKNOWN


RECIPIENTS = [
    "UBND xã",
    "Ủy ban nhân dân phường",
    "Phòng Văn hóa - Xã hội",
    "Sở Nội vụ",
    "Văn phòng HĐND và UBND xã",
    "Phòng Tư pháp",
    "Ban Chỉ huy Quân sự xã",
    "Chủ tịch UBND xã",
]


@settings(deadline=None)
@given(
    periods_and_days(),
    st.sampled_from(["Báo cáo kết quả về", "Báo cáo gửi", "Gửi về", "Trình", "Nộp về"]),
    st.sampled_from(RECIPIENTS),
    st.sampled_from(["trước ngày {}", "chậm nhất ngày {}", "ngày {}"]),
    STYLES,
)
def test_whom_a_report_goes_to_changes_no_reading(
    period_and_day: tuple[Period, date], verb: str, recipient: str, led: str, style: int
) -> None:
    period, day = period_and_day
    rest = led.format(dmy(day, style))
    plain = parse_deadline(rest, period)
    schedule = parse_deadline(f"{verb} {recipient} {rest}", period)
    assert (schedule.kind, schedule.due_dates) == (plain.kind, plain.due_dates)
    assert schedule.kind is ONCE
    # A report named by the period it covers is no deadline.
    named = f"{verb} {recipient} quý {ROMAN[(day.month + 2) // 3]}/{day.year}"
    assert parse_deadline(named, period).kind is UNKNOWN


@settings(deadline=None)
@given(
    periods(),
    st.integers(1, 12),
    st.integers(1990, 2100),
    st.sampled_from(["-", ".", " - ", "/", " năm "]),
    st.sampled_from(["Tháng {}", "Trong tháng {}", "Kết thúc trong tháng {}", "Hết tháng {}"]),
)
def test_a_month_with_a_dashed_or_dotted_year_reads_as_its_end(
    period: Period, month: int, year: int, separator: str, form: str
) -> None:
    schedule = parse_deadline(form.format(f"{month}{separator}{year}"), period)
    end = date(year, month, calendar.monthrange(year, month)[1])
    assert (schedule.kind, schedule.due_dates) == (ONCE, (end,))


@settings(deadline=None)
@given(periods(), st.integers(1, 12), st.integers(1, 12), st.integers(1990, 2100), st.data())
def test_a_start_and_an_end_written_apart_are_a_span(
    period: Period, first: int, last: int, year: int, data: st.DataObject
) -> None:
    joiner = data.draw(
        st.sampled_from([" và kết thúc trong", ", kết thúc", " và hoàn thành trong"])
    )
    start = data.draw(st.sampled_from(["Từ", "Bắt đầu từ", "Bắt đầu"]))
    text = f"{start} tháng {first}{joiner} tháng {last}-{year}"
    span = parse_deadline(f"Từ tháng {first} đến tháng {last}/{year}", period)
    schedule = parse_deadline(text, period)
    assert (schedule.kind, schedule.due_dates) == (span.kind, span.due_dates), text
    assert schedule.kind is ONCE
    assert parse_deadline(f"{start} tháng {first}/{year}", period).kind is UNKNOWN


@settings(deadline=None)
@given(
    periods(),
    st.integers(2000, 2040),
    st.integers(1, 12),
    st.integers(0, 14),
    st.integers(1, 24),
    st.sampled_from(["{count} tháng (từ {span})", "Từ {span} ({count} tháng)"]),
)
def test_a_count_of_months_reads_only_when_the_span_makes_it_up(
    period: Period, year: int, first: int, extra: int, count: int, form: str
) -> None:
    last_index = year * 12 + first - 1 + extra
    last_year, last = divmod(last_index, 12)
    last += 1
    span = f"tháng {first}/{year} đến tháng {last}/{last_year}"
    text = form.format(count=f"{count:02d}", span=span)
    schedule = parse_deadline(text, period)
    if count == extra + 1:
        end = date(last_year, last, calendar.monthrange(last_year, last)[1])
        assert (schedule.kind, schedule.due_dates) == (ONCE, (end,)), text
    else:
        assert schedule.kind is UNKNOWN, text
        assert names_impossible_date(schedule)


@settings(deadline=None)
@given(
    periods(),
    st.sets(st.integers(1, 12), min_size=1, max_size=6),
    st.integers(1, 12),
    st.integers(2000, 2040),
)
def test_a_count_of_months_listed_reads_a_milestone_at_each_when_they_agree(
    period: Period, months: set[int], count: int, year: int
) -> None:
    ordered = sorted(months)
    text = f"{count:02d} tháng (tháng {', '.join(str(month) for month in ordered)}/{year})"
    schedule = parse_deadline(text, period)
    if count == len(ordered):
        ends = tuple(date(year, m, calendar.monthrange(year, m)[1]) for m in ordered)
        assert schedule.due_dates == ends, text
    else:
        assert schedule.kind is UNKNOWN, text


def yearly_occurrences(
    period: Period, pairs: list[tuple[int, int]], before: bool
) -> tuple[date, ...]:
    """Each (day, month), or the day before it, every year, inside the period."""
    found = set()
    for year in range(period.start.year, period.end.year + 2):
        for day, month in pairs:
            named = date(year, month, day)
            due = named - timedelta(days=1) if before else named
            if period.start <= due <= period.end:
                found.add(due)
    return tuple(sorted(found))


@settings(deadline=None)
@given(
    periods().filter(lambda period: period.end.year < 2100),
    st.lists(DAY_MONTHS, min_size=2, max_size=4),
    st.booleans(),
    st.sampled_from([" và ", ", ", " và ngày "]),
    st.sampled_from(
        ["{lead} {dates} hằng năm", "Hằng năm, {lead} {dates}", "Định kỳ {lead} {dates} hàng năm"]
    ),
)
def test_dates_each_year_fall_on_each_of_them_every_year_in_the_period(
    period: Period, pairs: list[tuple[int, int]], before: bool, joiner: str, form: str
) -> None:
    dates = joiner.join(f"{day}/{month}" for day, month in pairs)
    text = form.format(lead="trước ngày" if before else "ngày", dates=dates)
    schedule = parse_deadline(text, period)
    expected = yearly_occurrences(period, pairs, before)
    assert schedule.due_dates == expected, text
    assert schedule.kind is (RECURRING if expected else UNKNOWN)


PERIODS_BY_LENGTH = {
    1: ["Định kỳ hàng tháng", "Hằng tháng"],
    3: ["Hằng quý", "Định kỳ hằng quý"],
    6: ["Định kỳ 6 tháng", "Định kỳ 6 tháng, năm"],
    12: ["Hằng năm", "Định kỳ hằng năm"],
}


@settings(deadline=None)
@given(
    periods().filter(lambda period: period.end.year < 2100),
    # "Hằng năm" before several dates says each falls every year (see YEARLY_DATE_LISTS).
    st.sampled_from([3, 6]),
    st.lists(DAY_MONTHS, min_size=1, max_size=4, unique_by=lambda pair: pair[1]),
    st.booleans(),
    st.data(),
)
def test_dates_restating_a_period_read_only_when_one_falls_in_each_of_its_runs(
    period: Period,
    length: int,
    pairs: list[tuple[int, int]],
    before: bool,
    data: st.DataObject,
) -> None:
    written = data.draw(st.sampled_from(PERIODS_BY_LENGTH[length]))
    dates = " và ".join(f"{day}/{month}" for day, month in pairs)
    text = f"{written} ({'trước ngày' if before else 'ngày'} {dates})"
    schedule = parse_deadline(text, period)
    runs = sorted((month - 1) // length for _day, month in pairs)
    if runs == list(range(12 // length)):
        expected = yearly_occurrences(period, pairs, before)
        assert schedule.due_dates == expected, text
        assert schedule.kind is (RECURRING if expected else UNKNOWN)
    else:
        assert schedule.kind is UNKNOWN, text


@settings(deadline=None)
@given(periods(), st.integers(1, 28), st.sampled_from([1, 3, 6, 12]), st.booleans())
def test_days_of_every_month_restate_only_a_monthly_period(
    period: Period, day: int, length: int, before: bool
) -> None:
    written = PERIODS_BY_LENGTH[length][0]
    lead = "trước ngày" if before else "ngày"
    schedule = parse_deadline(f"{written} ({lead} {day} hằng tháng)", period)
    monthly = parse_deadline(f"{lead} {day} hằng tháng", period)
    if length == 1:
        assert (schedule.kind, schedule.due_dates) == (monthly.kind, monthly.due_dates)
    else:
        assert schedule.kind is UNKNOWN
        assert names_impossible_date(schedule)


@settings(deadline=None)
@given(
    periods(),
    st.lists(st.sampled_from(["tháng", "quý", "6 tháng", "năm"]), min_size=1, max_size=3),
    st.sampled_from(
        [
            "Thường xuyên, định kỳ {units} báo cáo về Sở Nội vụ",
            "Thường xuyên; báo cáo hằng {units}",
            "Thường xuyên. Hằng {units} báo cáo kết quả về UBND xã",
            "Thường xuyên, liên tục; báo cáo kết quả định kỳ {units} gửi Phòng Văn hóa - Xã hội",
        ]
    ),
)
def test_ongoing_work_follows_its_periodic_report(
    period: Period, units: list[str], form: str
) -> None:
    joined = ", ".join(units)
    plain = parse_deadline(f"Định kỳ {joined}", period)
    schedule = parse_deadline(form.format(units=joined), period)
    assert (schedule.kind, schedule.due_dates) == (plain.kind, plain.due_dates)
    if plain.due_dates:
        assert schedule.explanation.render().startswith("The work itself is ongoing")


FIFTH_KEYWORDS = [
    *FOURTH_KEYWORDS,
    "tổ chức",
    "hoàn thành",
    "kết thúc",
    "bắt đầu",
    "đảm bảo",
    "phấn đấu",
    "báo cáo",
    "kết quả",
    "gửi",
    "về",
    "UBND xã",
    "Phòng Tư pháp",
    "Sở Nội vụ",
    "trình",
    "(",
    ")",
    "06 tháng",
    "3-2026",
    "11.2025",
    "15/6",
    "30/11",
    "thường xuyên",
    "sau",
    "khi",
]


# --- The sixth round: weekdays after dates, "trước thời hạn", windows of days without a
# year, the ten days of a month, lunar dates restated in solar ones ---------------------------


def test_explanations_of_the_sixth_round() -> None:
    assert said("08 giờ 00 Ngày 14-10-2025 (Thứ Ba)", H2_2025) == (
        "Due on 14/10/2025. The time of day written (08:00) is noted; reminders go by the date."
    )
    assert said("Trung tuần tháng 11/2025", H2_2025) == (
        "Due by the end of the middle ten days of month 11/2025: 20/11/2025."
    )
    assert said("Hạ tuần tháng 2/2026", WINTER) == (
        "Due by the end of the last ten days of month 2/2026: 28/02/2026."
    )
    assert said("Thượng tuần tháng 1/2026", WINTER) == (
        "Due by the end of the first ten days of month 1/2026: 10/01/2026."
    )
    assert said("28/12-6/1", WINTER) == "Work from 28/12/2025 to 06/01/2026, due on its last day."
    assert said("12-18/12", TWO_YEARS) == (
        "“12-18/12” names days without a year, and the plan period holds them in more than one"
        " year (18/12/2025, 18/12/2026); the coordinator needs to set a date."
    )
    assert said("10/3 - 25/3", H2_2025) == (
        "“10/3 - 25/3” names days without a year, and they do not fall wholly inside the plan"
        " period 01/07/2025 to 31/12/2025; the coordinator needs to set a date."
    )
    assert said("Ngày mùng 4 tháng Giêng", YEAR_2026) == (
        "“Ngày mùng 4 tháng Giêng” gives a date of the lunar calendar, which is not converted;"
        " the coordinator needs to set the solar date."
    )


def test_refusals_of_the_sixth_round_are_no_typos_but_a_wrong_weekday_is() -> None:
    for text, period in [
        ("12-18/12", TWO_YEARS),
        ("28/12-6/1", H2_2025),
        ("Ngày mùng 4 tháng Giêng", YEAR_2026),
        ("Đầu tháng 11/2025", H2_2025),
    ]:
        schedule = parse_deadline(text, period)
        assert schedule.kind is UNKNOWN
        assert not names_impossible_date(schedule), text
    wrong = parse_deadline("Ngày 14/10/2025 (thứ Tư)", H2_2025)
    assert names_impossible_date(wrong)
    assert "14/10/2025 does not fall on" in wrong.explanation.render()


WEEKDAY_AFTER_FORMS = [
    ("Ngày {date} ({w})", 0),
    ("{date} ({w})", 0),
    ("{date}, {w}", 0),
    ("NGÀY {date} ({w})", 0),
    ("Chậm nhất ngày {date} ({w})", 0),
    ("08 giờ 00 Ngày {date} ({w})", 0),
    ("7 giờ 30 phút, ngày {date} ({w})", 0),
    ("Sáng ngày {date} ({w})", 0),
    ("Trước ngày {date} ({w})", 1),
    ("Trước thời hạn {date} ({w})", 1),
]


@settings(deadline=None)
@given(
    periods_and_days(), st.integers(0, 6), st.data(), st.sampled_from(WEEKDAY_AFTER_FORMS), STYLES
)
def test_a_weekday_after_a_date_must_be_its_weekday(
    period_and_day: tuple[Period, date],
    weekday: int,
    data: st.DataObject,
    form: tuple[str, int],
    style: int,
) -> None:
    period, day = period_and_day
    spellings = [*WEEKDAY_SPELLINGS[weekday], *(["CN"] if weekday == 6 else [])]
    written = data.draw(st.sampled_from(spellings))
    text = form[0].format(date=dmy(day, style), w=written)
    schedule = parse_deadline(text, period)
    if weekday == day.weekday():
        assert (schedule.kind, schedule.due_dates) == (ONCE, (day - timedelta(days=form[1]),)), (
            text
        )
    else:
        assert schedule.kind is UNKNOWN, text
        assert names_impossible_date(schedule)


@settings(deadline=None)
@given(
    periods_and_days(),
    st.sampled_from(["thời gian", "thời hạn", "thời điểm", "THỜI HẠN", "thoi gian"]),
    st.sampled_from(["", "ngày "]),
    STYLES,
)
def test_before_the_time_of_a_date_is_before_that_date(
    period_and_day: tuple[Period, date], words: str, day_word: str, style: int
) -> None:
    period, day = period_and_day
    schedule = parse_deadline(f"Trước {words} {day_word}{dmy(day, style)}", period)
    assert (schedule.kind, schedule.due_dates) == (ONCE, (day - timedelta(days=1),))
    # Before an hour of the date is still on it.
    timed = parse_deadline(f"Trước {words} 17h00 ngày {dmy(day, style)}", period)
    assert (timed.kind, timed.due_dates) == (ONCE, (day,))


def window_ends_inside(period: Period, first: date, last: date) -> list[date]:
    """The last days of the windows from ``first``'s day and month to ``last``'s inside
    ``period``, found day by day: each start day, then the first day after it that has the
    last day and month."""
    ends = []
    days = every_day_of(Period(period.start, period.end))
    for index, begins in enumerate(days):
        if (begins.day, begins.month) != (first.day, first.month):
            continue
        ending = next(
            (day for day in days[index:] if (day.day, day.month) == (last.day, last.month)), None
        )
        if ending is not None and ending - begins < timedelta(days=366):
            ends.append(ending)
    return ends


YEARLESS_DAYS = st.dates(min_value=date(2000, 1, 1), max_value=date(2000, 12, 31))


@settings(deadline=None, max_examples=150)
@given(periods(), YEARLESS_DAYS, YEARLESS_DAYS, st.data())
def test_a_window_without_a_year_reads_only_in_the_one_year_the_period_holds_it(
    period: Period, first: date, last: date, data: st.DataObject
) -> None:
    forms = [
        "{d1}/{m1}-{d2}/{m2}",
        "{d1:02d}/{m1:02d} - {d2:02d}/{m2:02d}",
        "Từ {d1}/{m1} đến {d2}/{m2}",
        "Từ ngày {d1}/{m1} đến hết ngày {d2}/{m2}",
        "Ngày {d1}/{m1} – {d2}/{m2}",
    ]
    same_month = first.month == last.month
    if same_month and first.day < last.day:
        forms += ["{d1}-{d2}/{m2}", "Ngày {d1} - {d2}/{m2}", "Từ ngày {d1} đến ngày {d2}/{m2}"]
    form = data.draw(st.sampled_from(forms))
    text = form.format(d1=first.day, m1=first.month, d2=last.day, m2=last.month)
    schedule = parse_deadline(text, period)
    ends = window_ends_inside(period, first, last)
    backwards = same_month and first.day > last.day
    if len(ends) == 1 and not backwards:
        assert (schedule.kind, schedule.due_dates) == (ONCE, (ends[0],)), text
    else:
        assert schedule.kind is UNKNOWN, text
        assert not names_impossible_date(schedule)


@settings(deadline=None)
@given(periods(), st.dates(min_value=date(1990, 1, 1), max_value=date(2100, 12, 31)), st.data())
def test_days_of_one_month_with_their_year_are_due_on_the_last(
    period: Period, day: date, data: st.DataObject
) -> None:
    assume(day.day > 1)
    first = data.draw(st.integers(1, day.day - 1))
    form = data.draw(
        st.sampled_from(["Ngày {a}-{b}/{m}/{y}", "{a} - {b}/{m:02d}/{y}", "ngay {a}-{b}.{m}.{y}"])
    )
    text = form.format(a=first, b=day.day, m=day.month, y=day.year)
    schedule = parse_deadline(text, period)
    assert (schedule.kind, schedule.due_dates) == (ONCE, (day,)), text
    assert f"Work from {ddmmyyyy(day.replace(day=first))}" in schedule.explanation.render()


DEKAD_WORDS = [("Thượng", 10), ("Trung", 20), ("Hạ", 31), ("thuong", 10), ("TRUNG", 20)]


@settings(deadline=None)
@given(
    periods(),
    st.integers(1990, 2100),
    st.integers(1, 12),
    st.sampled_from(DEKAD_WORDS),
    st.sampled_from(
        [
            "{w} tuần tháng {m}/{y}",
            "Trong {w} tuần tháng {m:02d} năm {y}",
            "Vào {w} tuần tháng {m}-{y}",
            "Đến hết {w} tuần tháng {m}/{y}",
        ]
    ),
)
def test_ten_days_of_a_month_are_due_on_their_last_day(
    period: Period, year: int, month: int, dekad: tuple[str, int], form: str
) -> None:
    words, last = dekad
    due = date(year, month, min(last, calendar.monthrange(year, month)[1]))
    schedule = parse_deadline(form.format(w=words, m=month, y=year), period)
    assert (schedule.kind, schedule.due_dates) == (ONCE, (due,))
    span = parse_deadline(
        f"Từ ngày 1/{month}/{year} đến {words} tuần tháng {month}/{year}", period
    )
    assert (span.kind, span.due_dates) == (ONCE, (due,))


LUNAR_DATES = [
    "Ngày mùng 4 tháng Giêng",
    "Mồng 10 tháng 3 âm lịch",
    "Rằm tháng Bảy âm lịch",
    "Mùng 5 tháng Mười một âm lịch",
    "Ngày 23 tháng Chạp",
    "Mùng 1 Tết",
    "ngay 15 thang 8 am lich",
]
LUNAR_LINKS = [" (tức ngày {date})", " (tức {date})", " (nhằm ngày {date})", ", tức ngày {date}"]


@settings(deadline=None)
@given(periods_and_days(), st.sampled_from(LUNAR_DATES), st.sampled_from(LUNAR_LINKS), STYLES)
def test_a_lunar_date_reads_as_the_solar_date_written_with_it(
    period_and_day: tuple[Period, date], lunar: str, link: str, style: int
) -> None:
    period, day = period_and_day
    schedule = parse_deadline(lunar + link.format(date=dmy(day, style)), period)
    assert (schedule.kind, schedule.due_dates) == (ONCE, (day,))
    alone = parse_deadline(lunar, period)
    assert alone.kind is UNKNOWN
    assert not names_impossible_date(alone)
    assert "lunar calendar" in alone.explanation.render()


SIXTH_KEYWORDS = [
    *FIFTH_KEYWORDS,
    "(thứ Ba)",
    "(CN)",
    "CN",
    "thời hạn",
    "thời gian",
    "Trước thời hạn",
    "thượng tuần",
    "trung tuần",
    "hạ tuần",
    "tuần",
    "tháng Giêng",
    "tháng Chạp",
    "mùng",
    "Rằm",
    "âm lịch",
    "(tức ngày",
    "tức",
    "Tết",
    "12-18/12",
    "28/12-6/1",
    "15-16/11/2025",
    "8 - 16/2/2019",
]


# --- The seventh round: "from now", "mùng", counted days, commas in spans, named days, weeks ---


def test_explanations_of_the_seventh_round() -> None:
    assert said("Từ nay đến trước ngày 15/6/2026", YEAR_2026) == (
        "Due before 15/06/2026, so the last day is 14/06/2026."
    )
    assert said("Trong 3 ngày (từ 12 đến 14/5/2026)", YEAR_2026) == (
        "Work from 12/05/2026 to 14/05/2026, due on its last day."
    )
    assert said("Trong 02 ngày 16-18/3/2026", YEAR_2026) == (
        "“Trong 02 ngày 16-18/3/2026” gives a count of days (2) other than the number of days"
        " it names (3), so which is meant is not certain; the coordinator needs to set a date."
    )
    assert said("Ngày mùng 5 hằng tháng", Q4_2025) == (
        "“Ngày mùng 5 hằng tháng” gives a day that may count by the lunar calendar, without a"
        " solar date and its year; the coordinator needs to set a date."
    )
    assert said("Tết Trung thu (15/8)", YEAR_2026) == (
        "“Tết Trung thu (15/8)” gives a day that may count by the lunar calendar, without a"
        " solar date and its year; the coordinator needs to set a date."
    )
    assert said("Trước ngày Quốc khánh (2/9)", TWO_YEARS) == (
        "“Trước ngày Quốc khánh (2/9)” names days without a year, and the plan period holds them"
        " in more than one year (02/09/2025, 02/09/2026); the coordinator needs to set a date."
    )
    assert said("Tuần đầu tháng 10/2026", YEAR_2026) == (
        "“Tuần đầu tháng 10/2026” names a week of the month by its number, and which days make"
        " that week (the first seven days, or a calendar week from Monday) is not certain; the"
        " coordinator needs to set a date."
    )
    assert said("Tuần cuối tháng 2/2026", YEAR_2026) == (
        "Due by the end of the last week of month 2/2026: 28/02/2026."
    )


def test_a_count_of_days_that_disagrees_is_a_typo_but_a_maybe_lunar_day_is_not() -> None:
    disagrees = parse_deadline("Trong 3 ngày (từ 12 đến 15/5/2026)", YEAR_2026)
    assert disagrees.kind is UNKNOWN
    assert names_impossible_date(disagrees)
    for text, period in [
        ("Ngày mùng 5 hằng tháng", Q4_2025),
        ("Tết Trung thu (15/8)", YEAR_2026),
        ("Trong hai ngày 20 và 27/6/2026", YEAR_2026),
        ("Trước ngày Quốc khánh (2/9)", TWO_YEARS),
        ("Tuần đầu tháng 10", TWO_YEARS),
    ]:
        schedule = parse_deadline(text, period)
        assert schedule.kind is UNKNOWN, text
        assert not names_impossible_date(schedule), text


FROM_NOW_LEADS = ["Từ nay đến", "Từ nay tới", "Từ nay cho đến", "Kể từ nay đến", "tu nay den"]


@settings(deadline=None)
@given(periods_and_days(), st.sampled_from(FROM_NOW_LEADS), STYLES)
def test_from_now_changes_no_reading_of_a_date(
    period_and_day: tuple[Period, date], lead: str, style: int
) -> None:
    period, day = period_and_day
    written = dmy(day, style)
    on = parse_deadline(f"{lead} ngày {written}", period)
    assert (on.kind, on.due_dates) == (ONCE, (day,))
    before = parse_deadline(f"{lead} trước ngày {written}", period)
    assert before.due_dates == parse_deadline(f"Trước ngày {written}", period).due_dates
    assert (before.kind, before.due_dates) == (ONCE, (day - timedelta(days=1),))


@settings(deadline=None)
@given(periods(), st.integers(1990, 2100), st.integers(1, 12), st.sampled_from(FROM_NOW_LEADS))
def test_from_now_to_a_month_or_year_end_reads_as_that_end(
    period: Period, year: int, month: int, lead: str
) -> None:
    month_end = date(year, month, calendar.monthrange(year, month)[1])
    for text, due in [
        (f"{lead} hết tháng {month}/{year}", month_end),
        (f"{lead} cuối năm {year}", date(year, 12, 31)),
    ]:
        schedule = parse_deadline(text, period)
        assert (schedule.kind, schedule.due_dates) == (ONCE, (due,)), text


MUNG_FORMS = ["Ngày mùng {date}", "Ngày mồng {date}", "mung {date}", "Trước ngày mồng {date}"]


@settings(deadline=None)
@given(periods_and_days(), st.sampled_from(MUNG_FORMS), st.sampled_from([0, 1, 2, 3]))
def test_mung_before_a_solar_date_changes_nothing_and_only_days_1_to_10_take_it(
    period_and_day: tuple[Period, date], form: str, style: int
) -> None:
    period, day = period_and_day
    text = form.format(date=dmy(day, style))
    schedule = parse_deadline(text, period)
    without = parse_deadline(
        text.replace("mùng ", "").replace("mồng ", "").replace("mung ", ""), period
    )
    if day.day <= 10:
        assert (schedule.kind, schedule.due_dates) == (without.kind, without.due_dates), text
        assert schedule.kind is ONCE
    else:
        assert schedule.kind is UNKNOWN, text
    # A lunar word anywhere leaves the day to the lunar rules, which read no such text.
    lunar = parse_deadline(f"{text} âm lịch", period)
    assert lunar.kind is UNKNOWN
    assert not names_impossible_date(lunar)


@settings(deadline=None)
@given(periods(), st.integers(1, 10), st.sampled_from(["mùng", "mồng", "MÙNG"]))
def test_before_mung_n_every_month_is_before_day_n_but_on_it_is_not_read(
    period: Period, day: int, mung: str
) -> None:
    before = parse_deadline(f"Trước ngày {mung} {day} hằng tháng", period)
    plain = parse_deadline(f"Trước ngày {day} hằng tháng", period)
    assert (before.kind, before.due_dates) == (plain.kind, plain.due_dates)
    on = parse_deadline(f"Ngày {mung} {day} hằng tháng", period)
    assert on.kind is UNKNOWN
    assert not names_impossible_date(on)


COUNTED_WINDOW_FORMS = [
    "Trong {k} ngày, từ ngày {a} đến ngày {b}",
    "Trong {k} ngày ({a} - {b})",
    "Từ {a} đến {b} ({k} ngày)",
    "Thời gian: {k:02d} ngày, từ {a} đến {b}",
    "Tổ chức trong {k} ngày {a} - {b}",
]


@settings(deadline=None)
@given(
    periods(),
    st.dates(min_value=date(1990, 1, 1), max_value=date(2100, 12, 1)),
    st.integers(0, 12),
    st.integers(1, 14),
    st.sampled_from(COUNTED_WINDOW_FORMS),
)
def test_a_count_of_days_reads_its_window_only_when_they_agree(
    period: Period, first: date, extra: int, count: int, form: str
) -> None:
    last = first + timedelta(days=extra)
    text = form.format(k=count, a=dmy(first, 1), b=dmy(last, 1))
    schedule = parse_deadline(text, period)
    if count == extra + 1:
        assert (schedule.kind, schedule.due_dates) == (ONCE, (last,)), text
    else:
        assert schedule.kind is UNKNOWN, text
        assert names_impossible_date(schedule), text


@settings(deadline=None)
@given(
    periods(),
    st.dates(min_value=date(1990, 1, 1), max_value=date(2100, 12, 31)),
    st.integers(2, 4),
    st.integers(1, 5),
)
def test_a_count_of_days_listed_reads_when_they_follow_each_other(
    period: Period, last: date, length: int, count: int
) -> None:
    assume(last.day > length)
    days = [last.day - length + 1 + offset for offset in range(length)]
    listed = ", ".join(str(day) for day in days[:-1]) + f" và {last.day}/{last.month}/{last.year}"
    schedule = parse_deadline(f"Trong {count} ngày {listed}", period)
    if count == length:
        assert (schedule.kind, schedule.due_dates) == (ONCE, (last,))
    else:
        assert schedule.kind is UNKNOWN
    words = ["", "một", "hai", "ba", "bốn", "năm"][count]
    spelt_out = parse_deadline(f"Trong {words} ngày {listed}", period)
    assert (spelt_out.kind, spelt_out.due_dates) == (schedule.kind, schedule.due_dates)


@settings(deadline=None)
@given(
    periods(),
    span_ends(),
    span_ends(),
    st.sampled_from([", đến", " , đến", ", đến hết", " cho đến", ", tới", ", cho đến hết"]),
)
def test_a_comma_or_cho_before_den_changes_no_span(
    period: Period, first: SpanEnd, last: SpanEnd, joiner: str
) -> None:
    plain = parse_deadline(f"Từ {written_end(first)} đến {written_end(last)}", period)
    text = f"Từ {written_end(first)}{joiner} {written_end(last)}"
    schedule = parse_deadline(text, period)
    assert (schedule.kind, schedule.due_dates) == (plain.kind, plain.due_dates), text


NAMED_DAY_NAMES = [
    "ngày Quốc khánh",
    "Ngày Sinh nhật Bác",
    "Ngày Thương binh - Liệt sĩ",
    "ngày Nhà giáo Việt Nam",
    "Lễ Quốc khánh",
    "Quốc khánh",
]
NAMED_DAY_FORMS = [
    ("Trước {name} ({date})", 1),
    ("Trước {name} {date}", 1),
    ("Nhân dịp {name} ({date})", 0),
    ("{name} (tức ngày {date})", 0),
    ("Vào dịp {name} ({date})", 0),
    ("Chậm nhất trước {name} ({date})", 1),
]


@settings(deadline=None)
@given(
    periods_and_days(),
    st.sampled_from(NAMED_DAY_NAMES),
    st.sampled_from(NAMED_DAY_FORMS),
    st.sampled_from([0, 1, 3]),
)
def test_a_named_day_reads_as_the_date_written_with_it(
    period_and_day: tuple[Period, date], name: str, form: tuple[str, int], style: int
) -> None:
    period, day = period_and_day
    text = form[0].format(name=name, date=dmy(day, style))
    schedule = parse_deadline(text, period)
    assert (schedule.kind, schedule.due_dates) == (ONCE, (day - timedelta(days=form[1]),)), text


@settings(deadline=None)
@given(
    periods(),
    YEARLESS_DAYS,
    st.sampled_from(NAMED_DAY_NAMES),
    st.sampled_from(NAMED_DAY_FORMS),
)
def test_a_named_day_without_a_year_reads_only_when_the_period_holds_it_once(
    period: Period, day: date, name: str, form: tuple[str, int]
) -> None:
    assume((day.month, day.day) != (2, 29))
    text = form[0].format(name=name, date=f"{day.day}/{day.month}")
    schedule = parse_deadline(text, period)
    held = [
        date(year, day.month, day.day)
        for year in range(period.start.year, period.end.year + 1)
        if period.start <= date(year, day.month, day.day) <= period.end
    ]
    if len(held) == 1:
        expected = held[0] - timedelta(days=form[1])
        assert (schedule.kind, schedule.due_dates) == (ONCE, (expected,)), text
    else:
        assert schedule.kind is UNKNOWN, text
        assert not names_impossible_date(schedule)


@settings(deadline=None)
@given(
    periods_and_days(),
    st.sampled_from(["Tết Trung thu", "Lễ Vu Lan", "Tết Đoan ngọ", "ngày Giỗ Tổ Hùng Vương"]),
)
def test_a_festival_often_lunar_reads_only_with_its_year(
    period_and_day: tuple[Period, date], name: str
) -> None:
    period, day = period_and_day
    without = parse_deadline(f"Trước {name} ({day.day}/{day.month})", period)
    assert without.kind is UNKNOWN
    assert "lunar calendar" in without.explanation.render()
    with_year = parse_deadline(f"Trước {name} ({dmy(day, 0)})", period)
    assert (with_year.kind, with_year.due_dates) == (ONCE, (day - timedelta(days=1),))


WEEK_WORDS = [
    ("đầu", 1),
    ("đầu tiên", 1),
    ("thứ nhất", 1),
    ("thứ hai", 2),
    ("thứ 2", 2),
    ("thứ ba", 3),
    ("thứ tư", 4),
    ("thứ 4", 4),
    ("cuối", 0),
    ("cuối cùng", 0),
]


@settings(deadline=None)
@given(
    periods(),
    st.integers(1990, 2100),
    st.integers(1, 12),
    st.sampled_from(WEEK_WORDS),
    st.sampled_from(
        [
            "Tuần {w} tháng {m}/{y}",
            "Trong tuần {w} của tháng {m:02d}/{y}",
            "Vào tuần lễ {w} tháng {m} năm {y}",
            "Đến hết tuần {w} của tháng {m}-{y}",
        ]
    ),
)
def test_a_week_of_a_month_is_due_on_its_last_day(
    period: Period, year: int, month: int, week: tuple[str, int], form: str
) -> None:
    """The last week ends with the month; a numbered one is refused, and no typo."""
    words, number = week
    schedule = parse_deadline(form.format(w=words, m=month, y=year), period)
    if number:
        assert schedule.kind is UNKNOWN and not names_impossible_date(schedule)
        return
    due = date(year, month, calendar.monthrange(year, month)[1])
    assert (schedule.kind, schedule.due_dates) == (ONCE, (due,))


@settings(deadline=None, max_examples=150)
@given(periods(), st.integers(1, 12), st.sampled_from(WEEK_WORDS))
def test_a_week_without_a_year_reads_only_in_the_one_year_the_period_holds_it(
    period: Period, month: int, week: tuple[str, int]
) -> None:
    words, number = week

    def days_of(year: int) -> tuple[date, date]:
        end = calendar.monthrange(year, month)[1]
        return date(year, month, end - 6), date(year, month, end)

    held = [
        days_of(year)[1]
        for year in range(period.start.year, period.end.year + 1)
        if period.start <= days_of(year)[0] and days_of(year)[1] <= period.end
    ]
    schedule = parse_deadline(f"Tuần {words} tháng {month}", period)
    if len(held) == 1 and number == 0:
        assert (schedule.kind, schedule.due_dates) == (ONCE, (held[0],))
    else:
        assert schedule.kind is UNKNOWN
        assert not names_impossible_date(schedule)


SEVENTH_KEYWORDS = [
    *SIXTH_KEYWORDS,
    "Từ nay",
    "tới",
    "cho đến",
    "mùng",
    "mồng",
    "ngày",
    "hai ngày",
    "02 ngày",
    "Quốc khánh",
    "Ngày Quốc khánh",
    "Lễ",
    "Tết Trung thu",
    "Nhân dịp",
    "tuần đầu",
    "tuần cuối",
    "tuần thứ hai",
    "của",
    ", đến",
    "2/9",
    "16-17/3/2026",
    "(2/9)",
]


# --- Eighth round: glued words, minutes with primes, lunar dates restated after solar ones,
# half a month, "đúng", "trong các ngày từ ... đến ..." --------------------------------------

H1_2027 = Period(date(2027, 1, 1), date(2027, 6, 30))

GLUED_WORDS: list[Case] = [
    ("Từ ngày 04/05/2026đến hết ngày 27/5/2026", YEAR_2026, ONCE, ["2026-05-27"]),
    ("Trướcngày 16/7/2026", YEAR_2026, ONCE, ["2026-07-15"]),
    ("TRƯỚCNGÀY 16/7/2026", YEAR_2026, ONCE, ["2026-07-15"]),
    ("Từngày 02/3/2026 đếnngày 19/3/2026", YEAR_2026, ONCE, ["2026-03-19"]),
    ("Từ ngày 02/3/2026 đến ngày19/3/2026", YEAR_2026, ONCE, ["2026-03-19"]),
    ("tu ngay 02/3/2026den ngay 19/3/2026", YEAR_2026, ONCE, ["2026-03-19"]),
    ("Ngày 14/4/2026và ngày 21/9/2026", YEAR_2026, MILESTONES, ["2026-04-14", "2026-09-21"]),
    ("Từ 11/8đến 26/8/2026", YEAR_2026, ONCE, ["2026-08-26"]),
    ("Hạn: trước ngày   16/7/2026", YEAR_2026, ONCE, ["2026-07-15"]),
    # Figures are never split, nor are words glued to other words.
    ("Trước ngày 167/2026", YEAR_2026, UNKNOWN, []),
    ("Từ ngày 04/05/2026đếnhết ngày 27/5/2026", YEAR_2026, UNKNOWN, []),
    ("Trướcngay hạn 16/7/2026", YEAR_2026, UNKNOWN, []),
]

MINUTES_WITH_PRIMES: list[Case] = [
    ("Từ 0 giờ 00’ ngày 11/3 đến 24 giờ 00’ ngày 16/3/2026", YEAR_2026, ONCE, ["2026-03-16"]),
    ("từ 7h30' ngày 12/10/2026 đến 17h00' ngày 23/10/2026", YEAR_2026, ONCE, ["2026-10-23"]),
    ("Từ 8h15′ ngày 12/10/2026 đến 16h45′ ngày 23/10/2026", YEAR_2026, ONCE, ["2026-10-23"]),
    ("Trước 24 giờ 00 ngày 29/4/2026", YEAR_2026, ONCE, ["2026-04-29"]),
    ("24 giờ 00’ ngày 29/4/2026", YEAR_2026, ONCE, ["2026-04-29"]),
    ("Chậm nhất 16 giờ 30’ ngày 07/12/2026", YEAR_2026, ONCE, ["2026-12-07"]),
    ("Ngày 07/12/2026, lúc 9h05’", YEAR_2026, ONCE, ["2026-12-07"]),
    # No hour 25, no minute 60; "trước ngày X, 17h00’" may be the day before or that hour.
    ("25 giờ 00’ ngày 29/4/2026", YEAR_2026, UNKNOWN, []),
    ("Từ 7h60’ ngày 12/10/2026 đến 17h00’ ngày 23/10/2026", YEAR_2026, UNKNOWN, []),
    ("Trước ngày 29/4/2026, 17h00’", YEAR_2026, UNKNOWN, []),
]

LUNAR_AFTER_SOLAR: list[Case] = [
    (
        "Từ ngày 17/02/2026 (tức ngày mùng 01 tháng Giêng năm Bính Ngọ) đến ngày 4/3/2026",
        YEAR_2026,
        ONCE,
        ["2026-03-04"],
    ),
    ("Ngày 17/02/2026 (tức mùng 1 Tết Bính Ngọ)", YEAR_2026, ONCE, ["2026-02-17"]),
    (
        "Trước ngày 03/3/2026 (tức ngày 15 tháng Giêng năm 2026 âm lịch)",
        YEAR_2026,
        ONCE,
        ["2026-03-02"],
    ),
    (
        "Từ 17/02 (mồng 1 tháng Giêng) đến 04/3/2026 (tức 16 tháng Giêng)",
        YEAR_2026,
        ONCE,
        ["2026-03-04"],
    ),
    (
        "Từ ngày mùng 9 đến 14 tháng 4 âm lịch (25 đến 30-5-2026)",
        YEAR_2026,
        ONCE,
        ["2026-05-30"],
    ),
    (
        "Từ mùng 9 đến 14 tháng 4 âm lịch (ngày 25 đến 30/5/2026)",
        YEAR_2026,
        ONCE,
        ["2026-05-30"],
    ),
    (
        "từ mung 9 den 14 thang 4 al (25/5 den 30/5/2026)",
        YEAR_2026,
        ONCE,
        ["2026-05-30"],
    ),
    # A lunar date falls on another solar date each year: no yearly reading.
    ("Ngày 17/02 (tức mùng 1 Tết) hằng năm", TWO_YEARS, UNKNOWN, []),
    # A bracket that is no lunar date, or a solar bracket without its month, is not dropped.
    ("Ngày 17/02/2026 (tức ngày 01 tháng 3)", YEAR_2026, UNKNOWN, []),
    ("Từ mùng 9 đến 14 tháng 4 âm lịch (25 đến 30)", YEAR_2026, UNKNOWN, []),
    ("Từ mùng 9 đến 14 tháng 4 âm lịch", YEAR_2026, UNKNOWN, []),
]

HALF_A_MONTH: list[Case] = [
    ("Vào nửa đầu tháng 9/2026", YEAR_2026, ONCE, ["2026-09-15"]),
    ("Nửa cuối tháng 9/2026", YEAR_2026, ONCE, ["2026-09-30"]),
    ("nửa sau tháng 2 năm 2027", YEAR_2026, ONCE, ["2027-02-28"]),
    ("Trong nửa đầu của tháng 02/2028", YEAR_2026, ONCE, ["2028-02-15"]),
    ("NUA CUOI THANG 2-2028", YEAR_2026, ONCE, ["2028-02-29"]),
    # Without a year: only in the one year the plan period holds the half month.
    ("Nửa cuối tháng 9", YEAR_2026, ONCE, ["2026-09-30"]),
    ("Nửa đầu tháng 1", OCT_TO_SEP, ONCE, ["2026-01-15"]),
    ("Nửa cuối tháng 9", TWO_YEARS, UNKNOWN, []),
    ("Nửa đầu tháng 9", H1_2027, UNKNOWN, []),
    ("Nửa đầu tháng 13/2026", YEAR_2026, UNKNOWN, []),
    # "Nửa tháng" alone names no half.
    ("Nửa tháng 9/2026", YEAR_2026, UNKNOWN, []),
    ("Nửa năm 2026", YEAR_2026, UNKNOWN, []),
]

SHARP: list[Case] = [
    ("Đúng 20h ngày 08/11/2026", YEAR_2026, ONCE, ["2026-11-08"]),
    ("Đúng ngày 16/11/2026", YEAR_2026, ONCE, ["2026-11-16"]),
    ("ĐÚNG 7 GIỜ 30’ NGÀY 16/11/2026", YEAR_2026, ONCE, ["2026-11-16"]),
    ("dung ngay 16/11/2026", YEAR_2026, ONCE, ["2026-11-16"]),
    ("Đúng vào ngày 16/11/2026", YEAR_2026, ONCE, ["2026-11-16"]),
    ("Ngày 16/11/2026, đúng 14h", YEAR_2026, ONCE, ["2026-11-16"]),
    ("Vào đúng 9h00 ngày 08/11/2026", YEAR_2026, ONCE, ["2026-11-08"]),
    # "Dừng" (stop) and "dùng" (use) fold alike and lead no deadline; "đúng hạn" names none.
    ("Dừng ngày 16/11/2026", YEAR_2026, UNKNOWN, []),
    ("Dùng ngày 16/11/2026", YEAR_2026, UNKNOWN, []),
    ("Đúng hạn", YEAR_2026, UNKNOWN, []),
    ("Đúng 20h", YEAR_2026, UNKNOWN, []),
]

DAYS_OF_A_SPAN: list[Case] = [
    ("Trong các ngày từ 11 đến 13/11/2026", YEAR_2026, ONCE, ["2026-11-13"]),
    ("Trong những ngày từ 11/11 đến 13/11/2026", YEAR_2026, ONCE, ["2026-11-13"]),
    ("Các ngày từ 11/11/2026 đến 13/11/2026", YEAR_2026, ONCE, ["2026-11-13"]),
    ("Những ngày 11 đến 13/11/2026", YEAR_2026, ONCE, ["2026-11-13"]),
    ("trong cac ngay tu 29/11 den 02/12/2026", YEAR_2026, ONCE, ["2026-12-02"]),
    ("Trong các ngày từ ngày 11 đến hết ngày 13/11/2026", YEAR_2026, ONCE, ["2026-11-13"]),
    ("Trong các ngày từ 29/12 đến 04/01", WINTER, ONCE, ["2026-01-04"]),
    # Months are not days; a list is not a span; a yearless window outside the period.
    ("Trong các ngày từ 7 đến 11/2026", YEAR_2026, UNKNOWN, []),
    ("Trong các ngày từ tháng 7 đến tháng 11/2026", YEAR_2026, UNKNOWN, []),
    ("Các ngày 11 và 13/11/2026", YEAR_2026, UNKNOWN, []),
    ("Trong các ngày từ 29/12 đến 04/01", YEAR_2026, UNKNOWN, []),
    ("Trong các ngày từ 13 đến 11/11/2026", YEAR_2026, UNKNOWN, []),
]

EIGHTH_ROUND = (
    GLUED_WORDS + MINUTES_WITH_PRIMES + LUNAR_AFTER_SOLAR + HALF_A_MONTH + SHARP + DAYS_OF_A_SPAN
)


@pytest.mark.parametrize(("text", "period", "kind", "dates"), EIGHTH_ROUND)
def test_eighth_round(text: str, period: Period, kind: ScheduleKind, dates: list[str]) -> None:
    test_families(text, period, kind, dates)


SLASHED_STYLES = st.integers(0, 5).filter(lambda style: style != 4)


@settings(deadline=None)
@given(periods_and_days(), st.integers(0, 40), SLASHED_STYLES, st.sampled_from(["đến", "tới"]))
def test_a_word_glued_to_a_date_changes_no_span(
    period_and_day: tuple[Period, date], days_before: int, style: int, to: str
) -> None:
    """ "Từ ngày Xđến ngày Y" and "Từngày X đếnngày Y" read as the spaced text does."""
    period, last = period_and_day
    assume(last - timedelta(days=days_before) >= date(1990, 1, 1))
    first = last - timedelta(days=days_before)
    spaced = parse_deadline(f"Từ ngày {dmy(first, style)} {to} ngày {dmy(last, style)}", period)
    assert (spaced.kind, spaced.due_dates) == (ONCE, (last,))
    for glued in (
        f"Từ ngày {dmy(first, style)}{to} ngày {dmy(last, style)}",
        f"Từngày {dmy(first, style)} {to}ngày {dmy(last, style)}",
    ):
        schedule = parse_deadline(glued, period)
        assert (schedule.kind, schedule.due_dates) == (ONCE, (last,)), glued
    before = parse_deadline(f"Trướcngày {dmy(last, style)}", period)
    assert before.due_dates == parse_deadline(f"Trước ngày {dmy(last, style)}", period).due_dates


@settings(deadline=None)
@given(
    periods_and_days(),
    st.integers(0, 24),
    st.integers(0, 59),
    st.sampled_from(["’", "'", "′", " phút", ""]),
    st.sampled_from(
        ["{h} giờ {m:02d}{p} ngày {d}", "Đúng {h}h{m:02d}{p} ngày {d}", "{h}h{m}{p}, {d}"]
    ),
)
def test_minutes_marked_with_a_prime_leave_the_date(
    period_and_day: tuple[Period, date], hour: int, minute: int, prime: str, form: str
) -> None:
    """A time of day, "24 giờ 00’" included, never moves its date; hour 24 takes no minutes."""
    period, day = period_and_day
    text = form.format(h=hour, m=minute, p=prime, d=dmy(day, 1))
    schedule = parse_deadline(text, period)
    if hour == 24 and minute:
        assert schedule.kind is UNKNOWN
    else:
        assert (schedule.kind, schedule.due_dates) == (ONCE, (day,)), text


LUNAR_RESTATEMENTS = [
    "(tức ngày mùng 01 tháng Giêng năm Bính Ngọ)",
    "(mồng 5 tháng 5 âm lịch)",
    "(tức rằm tháng Tám)",
    "(nhằm ngày 10 tháng 3 al)",
    "(tức mùng 3 Tết)",
]


@settings(deadline=None)
@given(periods_and_days(), st.sampled_from(LUNAR_RESTATEMENTS), st.integers(0, 20), STYLES)
def test_a_lunar_date_after_a_solar_one_is_dropped_unconverted(
    period_and_day: tuple[Period, date], lunar: str, days_before: int, style: int
) -> None:
    period, day = period_and_day
    alone = parse_deadline(f"Ngày {dmy(day, style)} {lunar}", period)
    assert (alone.kind, alone.due_dates) == (ONCE, (day,))
    first = day - timedelta(days=days_before)
    assume(first.year >= 1990)
    span = parse_deadline(
        f"Từ ngày {dmy(first, style)} {lunar} đến ngày {dmy(day, style)}", period
    )
    assert (span.kind, span.due_dates) == (ONCE, (day,))
    yearly = parse_deadline(f"Ngày {day.day}/{day.month} {lunar} hằng năm", period)
    assert yearly.kind is UNKNOWN


@settings(deadline=None, max_examples=150)
@given(
    periods(),
    st.integers(1990, 2100),
    st.integers(1, 12),
    st.sampled_from([("đầu", 0), ("cuối", 1), ("sau", 1)]),
    st.booleans(),
)
def test_half_a_month_is_due_on_the_15th_or_the_month_end(
    period: Period, year: int, month: int, half: tuple[str, int], with_year: bool
) -> None:
    """With its year, always; without, only in the one year the plan period holds it."""
    words, second = half

    def days_of(year: int) -> tuple[date, date]:
        end = calendar.monthrange(year, month)[1]
        return (
            (date(year, month, 16), date(year, month, end))
            if second
            else (
                date(year, month, 1),
                date(year, month, 15),
            )
        )

    if with_year:
        schedule = parse_deadline(f"Vào nửa {words} tháng {month}/{year}", period)
        assert (schedule.kind, schedule.due_dates) == (ONCE, (days_of(year)[1],))
        return
    held = [
        days_of(year)[1]
        for year in range(period.start.year, period.end.year + 1)
        if period.start <= days_of(year)[0] and days_of(year)[1] <= period.end
    ]
    schedule = parse_deadline(f"Nửa {words} tháng {month}", period)
    if len(held) == 1:
        assert (schedule.kind, schedule.due_dates) == (ONCE, (held[0],))
    else:
        assert schedule.kind is UNKNOWN and not names_impossible_date(schedule)


@settings(deadline=None)
@given(
    periods_and_days(),
    st.integers(0, 9),
    st.sampled_from(["Trong các ngày từ", "Trong những ngày từ", "Các ngày từ", "Những ngày"]),
)
def test_the_days_of_a_span_are_due_on_its_last(
    period_and_day: tuple[Period, date], days_before: int, lead: str
) -> None:
    period, last = period_and_day
    first = last - timedelta(days=days_before)
    assume(first.year >= 1990)
    for text in (
        f"{lead} {dmy(first, 0)} đến {dmy(last, 0)}",
        f"{lead} {first.day} đến {dmy(last, 1)}" if first.month == last.month else "",
    ):
        if text:
            schedule = parse_deadline(text, period)
            assert (schedule.kind, schedule.due_dates) == (ONCE, (last,)), text
    sharp = parse_deadline(f"Đúng ngày {dmy(last, 0)}", period)
    assert (sharp.kind, sharp.due_dates) == (ONCE, (last,))


EIGHTH_KEYWORDS = [
    *SEVENTH_KEYWORDS,
    "đúng",
    "Đúng",
    "dừng",
    "nửa đầu",
    "nửa cuối",
    "nửa sau",
    "tháng",
    "các ngày từ",
    "những ngày",
    "(tức",
    "mùng 1 Tết)",
    "âm lịch",
    "giờ 00’",
    "24 giờ",
    "đến",
    "Trướcngày",
    "2026đến",
    "15/7/2026",
]


# --- Ninth round: before a month or a quarter, a lunar span after a solar span, labels that
# lead a deadline (events, reviews, numbered rounds), notes after it, "định kỳ vào", "không
# quá", "hồi" and hours of one day, a part of the day after a date, invisible characters ----

Y2027 = Period(date(2027, 1, 1), date(2027, 12, 31))

# "Trước tháng X" is due on the last day of the month before, as "trước ngày X" is the day
# before X; "trước quý X" at the end of the quarter before.
BEFORE_A_MONTH: list[Case] = [
    ("Trước tháng 11.2027", Y2027, ONCE, ["2027-10-31"]),
    ("Trước tháng 3/2028", Y2028, ONCE, ["2028-02-29"]),
    ("trước tháng 01-2028", Y2027, ONCE, ["2027-12-31"]),
    ("Chậm nhất trước tháng 7 năm 2027", Y2027, ONCE, ["2027-06-30"]),
    ("Hoàn thành trước tháng 10", Y2027, ONCE, ["2027-09-30"]),
    ("Trước quý III/2027", Y2027, ONCE, ["2027-06-30"]),
    ("Trước quí 1 năm 2028", Y2027, ONCE, ["2027-12-31"]),
    ("TRUOC THANG 5.2027", Y2027, ONCE, ["2027-04-30"]),
    # No year of the period holds the month before; no such month; one "trước" for two months.
    ("Trước tháng 1", H1_2026, UNKNOWN, []),
    ("Trước tháng 13/2027", Y2027, UNKNOWN, []),
    ("Trước quý V/2027", Y2027, UNKNOWN, []),
    ("Trước tháng 10 và tháng 11/2027", Y2027, UNKNOWN, []),
    ("Sau tháng 10/2027", Y2027, UNKNOWN, []),
]

# A lunar span in brackets after the solar span it restates: read by the solar span.
LUNAR_SPAN_AFTER_SOLAR: list[Case] = [
    (
        "Từ ngày 01/02/2027 đến hết ngày 12/02/2027 (từ ngày 24 tháng Chạp năm Bính Ngọ đến"
        " ngày 7 tháng Giêng năm Đinh Mùi)",
        Y2027,
        ONCE,
        ["2027-02-12"],
    ),
    (
        "Từ 13/6 - 20/6/2027 (từ ngày 9 đến ngày 16 tháng 5 âm lịch)",
        Y2027,
        ONCE,
        ["2027-06-20"],
    ),
    (
        "Từ mùng 3 đến 10 tháng 5 Đinh Mùi (7 đến 14-6-2027)",
        Y2027,
        ONCE,
        ["2027-06-14"],
    ),
    # The bracket names no lunar day; a span each year; a solar start alone.
    ("Từ 13/6 - 20/6/2027 (từ ngày 9 đến ngày 16 tháng 5)", Y2027, UNKNOWN, []),
    ("Từ 13/6 - 20/6 hằng năm (từ mùng 9 đến 16 tháng 5 âm lịch)", Y2027, UNKNOWN, []),
    ("Từ ngày 13/6/2027 (từ mùng 9 đến 16 tháng 5 âm lịch)", Y2027, UNKNOWN, []),
]

# An event, a review or a numbered round leading a deadline adds nothing to when; a review
# ("Tổng kết năm 2027") or a round ("Đợt 1 năm 2027") before a period names the period.
LABELS: list[Case] = [
    ("Khai mạc 7h30 ngày 12/9/2027", Y2027, ONCE, ["2027-09-12"]),
    ("Bế mạc: 16 giờ ngày 14/9/2027", Y2027, ONCE, ["2027-09-14"]),
    ("Lễ ra quân sáng ngày 6/3/2027", Y2027, ONCE, ["2027-03-06"]),
    ("Tổ chức khai mạc vào ngày 12/9/2027", Y2027, ONCE, ["2027-09-12"]),
    ("KHAI MẠC NGÀY 12/9/2027 (CHỦ NHẬT)", Y2027, ONCE, ["2027-09-12"]),
    ("Phát động ngày 26/3/2027 (thứ Sáu)", Y2027, ONCE, ["2027-03-26"]),
    ("Tổng kết trước ngày 18/12/2027", Y2027, ONCE, ["2027-12-17"]),
    ("Sơ kết chậm nhất ngày 25/7/2027", Y2027, ONCE, ["2027-07-25"]),
    ("Đợt 1 từ 14/6 - 18/6/2027", Y2027, ONCE, ["2027-06-18"]),
    ("Đợt 2: từ ngày 9/8 đến ngày 13/8/2027", Y2027, ONCE, ["2027-08-13"]),
    ("Lần 3: ngày 22/11/2027", Y2027, ONCE, ["2027-11-22"]),
    ("Lần thứ hai, trước ngày 15/10/2027", Y2027, ONCE, ["2027-10-14"]),
    ("Giai đoạn II: quý III/2027", Y2027, ONCE, ["2027-09-30"]),
    ("Bước 2 - tháng 5/2027", Y2027, ONCE, ["2027-05-31"]),
    ("Vòng 1: ngày 4/4/2027", Y2027, ONCE, ["2027-04-04"]),
    ("Bước 4. Trước ngày 30/4/2027", Y2027, ONCE, ["2027-04-29"]),
    ("Đợt cuối tháng 11/2027", Y2027, ONCE, ["2027-11-30"]),
    # A word outside the labels' vocabulary: read since round 8, whose rule accepts any words
    # without figures around a date unless one of them may change it (see wrapping.py).
    ("Khai trương ngày 12/9/2027", Y2027, ONCE, ["2027-09-12"]),
    ("Đợt 1: tháng 4/2027; đợt 2: tháng 10/2027", Y2027, MILESTONES, ["2027-04-30", "2027-10-31"]),
    (
        "Lần 1 ngày 3/5/2027 và lần 2 ngày 3/11/2027",
        Y2027,
        MILESTONES,
        ["2027-05-03", "2027-11-03"],
    ),
    ("Đợt I: 15/3; đợt II: 15/9/2027", Y2027, MILESTONES, ["2027-03-15", "2027-09-15"]),
    # The period reviewed; a round of a year; a wrong weekday; no date; after a date; a word
    # outside the vocabulary; rounds out of order; ongoing rounds; an event's two days.
    ("Tổng kết năm 2027", Y2027, UNKNOWN, []),
    ("Sơ kết 6 tháng đầu năm 2027", Y2027, UNKNOWN, []),
    ("Đợt 1 năm 2027", Y2027, UNKNOWN, []),
    ("Đợt 2/2027", Y2027, UNKNOWN, []),
    ("Đợt 1 tháng 4 năm 2027", Y2027, UNKNOWN, []),
    ("Lần 2 tháng 6/2027", Y2027, UNKNOWN, []),
    ("Khai mạc ngày 12/9/2027 (thứ Hai)", Y2027, UNKNOWN, []),
    ("Khai mạc", Y2027, UNKNOWN, []),
    ("Khai mạc sau ngày 12/9/2027", Y2027, UNKNOWN, []),
    ("Đợt 1: tháng 10/2027; đợt 2: tháng 4/2027", Y2027, UNKNOWN, []),
    ("Giai đoạn 1: thường xuyên", Y2027, UNKNOWN, []),
    ("Khai mạc ngày 10/9/2027, bế mạc ngày 12/9/2027", Y2027, UNKNOWN, []),
]

# Notes after a deadline that say where its details come from add nothing to when.
NOTES: list[Case] = [
    ("Trước ngày 19/11/2027 (có văn bản hướng dẫn riêng)", Y2027, ONCE, ["2027-11-18"]),
    ("Quý III/2027 (theo hướng dẫn của UBND huyện)", Y2027, ONCE, ["2027-09-30"]),
    ("Ngày 19/11/2027, có kế hoạch riêng", Y2027, ONCE, ["2027-11-19"]),
    ("Tháng 8/2027 (theo kế hoạch)", Y2027, ONCE, ["2027-08-31"]),
    (
        "Hằng tháng (theo hướng dẫn của cấp trên)",
        Q4_2025,
        RECURRING,
        ["2025-10-31", "2025-11-30", "2025-12-31"],
    ),
    # A bracket that may move the date, or that says nothing listed.
    ("Trước ngày 19/11/2027 (hoặc sớm hơn)", Y2027, UNKNOWN, []),
    ("Trước ngày 19/11/2027 (theo hướng dẫn sau)", Y2027, UNKNOWN, []),
    ("Trước ngày 19/11/2027 (nếu có)", Y2027, UNKNOWN, []),
]

# "Định kỳ" before what recurs by itself, the end of every month or quarter, "không quá".
PERIODIC_LEADS_AND_LIMITS: list[Case] = [
    (
        "Định kỳ vào ngày 20 hằng tháng",
        Q4_2025,
        RECURRING,
        ["2025-10-20", "2025-11-20", "2025-12-20"],
    ),
    (
        "Định kỳ: thứ Tư hằng tuần",
        NOV_2025,
        RECURRING,
        ["2025-11-05", "2025-11-12", "2025-11-19", "2025-11-26"],
    ),
    ("Định kỳ vào cuối tháng", Q4_2025, RECURRING, ["2025-10-31", "2025-11-30", "2025-12-31"]),
    ("Cuối mỗi quý", YEAR_2026, RECURRING, QUARTER_ENDS_2026),
    ("Vào cuối hằng tháng", Q4_2025, RECURRING, ["2025-10-31", "2025-11-30", "2025-12-31"]),
    ("Không quá ngày 28/2/2027", Y2027, ONCE, ["2027-02-28"]),
    ("Không muộn hơn 15/10/2027", Y2027, ONCE, ["2027-10-15"]),
    ("KHÔNG QUÁ THÁNG 9/2027", Y2027, ONCE, ["2027-09-30"]),
    ("Thời điểm: ngày 15/10/2027", Y2027, ONCE, ["2027-10-15"]),
    # "Định kỳ" before one date; a count, not a date; the start of a month.
    ("Định kỳ vào ngày 20/10/2027", Y2027, UNKNOWN, []),
    ("Không quá 20 ngày", Y2027, UNKNOWN, []),
    ("Định kỳ vào đầu tháng", Q4_2025, UNKNOWN, []),
]

# "Hồi" before an hour, hours of one day, a part of the day after a date, characters that
# show as nothing.
HOURS_AND_PARTS: list[Case] = [
    ("Vào hồi 14 giờ 00 ngày 15/10/2027", Y2027, ONCE, ["2027-10-15"]),
    ("Hồi 8h30 ngày 15/10/2027", Y2027, ONCE, ["2027-10-15"]),
    ("Từ 7h30 đến 11h30 ngày 15/10/2027", Y2027, ONCE, ["2027-10-15"]),
    ("Ngày 15/10/2027, từ 13h30-17h", Y2027, ONCE, ["2027-10-15"]),
    ("Ngày 15/10/2027 (buổi chiều)", Y2027, ONCE, ["2027-10-15"]),
    ("Ngày 15/10/2027 (thứ Sáu, buổi sáng)", Y2027, ONCE, ["2027-10-15"]),
    ("Trước ngày\u200b 15/10/2027", Y2027, ONCE, ["2027-10-14"]),
    ("Trước\u00a0ngày\u00a015/10/2027", Y2027, ONCE, ["2027-10-14"]),
    # Hours running backwards; before a part of the day; a wrong weekday.
    ("Từ 11h đến 7h30 ngày 15/10/2027", Y2027, UNKNOWN, []),
    ("Trước ngày 15/10/2027 (buổi chiều)", Y2027, UNKNOWN, []),
    ("Ngày 15/10/2027 (thứ Hai, buổi sáng)", Y2027, UNKNOWN, []),
]

# A span ending on a named day written with its date: read by the date.
SPAN_TO_A_NAMED_DAY: list[Case] = [
    ("Từ tháng 02 đến ngày bầu cử 21/3/2027", Y2027, ONCE, ["2027-03-21"]),
    ("Từ ngày 1/10 đến Ngày hội Đại đoàn kết 18/11/2027", Y2027, ONCE, ["2027-11-18"]),
    ("Từ tháng 9 đến hết ngày Nhà giáo Việt Nam (20/11/2027)", Y2027, ONCE, ["2027-11-20"]),
    # No year with the named day; after it; a name that dates.
    ("Từ tháng 3 đến ngày hội 18/11", Y2027, UNKNOWN, []),
    ("Từ tháng 3 đến sau ngày bầu cử 21/3/2027", Y2027, UNKNOWN, []),
    ("Từ tháng 3 đến ngày cuối tháng 21/3/2027", Y2027, UNKNOWN, []),
]

NINTH_ROUND = (
    SPAN_TO_A_NAMED_DAY
    + BEFORE_A_MONTH
    + LUNAR_SPAN_AFTER_SOLAR
    + LABELS
    + NOTES
    + PERIODIC_LEADS_AND_LIMITS
    + HOURS_AND_PARTS
)


@pytest.mark.parametrize(("text", "period", "kind", "dates"), NINTH_ROUND)
def test_ninth_round(text: str, period: Period, kind: ScheduleKind, dates: list[str]) -> None:
    test_families(text, period, kind, dates)


def test_explanations_of_the_ninth_round() -> None:
    assert said("Trước tháng 11.2027", Y2027) == (
        "Due before month 11/2027 begins, so the last day is 31/10/2027."
    )
    assert said("Trước quý III/2027", Y2027) == (
        "Due before quarter III/2027 begins, so the last day is 30/06/2027."
    )
    assert said("Đợt 1: tháng 4/2027; đợt 2: tháng 10/2027", Y2027) == (
        "Due at each deadline named: 30/04/2027, 31/10/2027."
    )
    assert said("Từ 7h30 đến 11h30 ngày 15/10/2027", Y2027) == (
        "Due on 15/10/2027. The time of day written (07:30, 11:30) is noted; reminders go by"
        " the date."
    )
    assert said("Đợt 1 tháng 4 năm 2027", Y2027) == (
        "“Đợt 1 tháng 4 năm 2027” writes a round's number right before a month, so whether it"
        " numbers the round or gives the day is not certain; the coordinator needs to set a date."
    )
    assert names_impossible_date(parse_deadline("Khai mạc ngày 12/9/2027 (thứ Hai)", Y2027))
    assert not names_impossible_date(parse_deadline("Tổng kết năm 2027", Y2027))


# Labels that lead a deadline, notes that follow it and parts of the day: none may move the
# date written. "Trước ngày" before the date makes it the day before; anything else, the day.
NINTH_LEADS = [
    "Khai mạc",
    "Bế mạc:",
    "Lễ khai mạc",
    "Tổng kết",
    "Sơ kết",
    "Đợt 1",
    "Đợt 2:",
    "Lần thứ hai,",
    "Giai đoạn II:",
    "Bước 3 -",
    "Vòng 2",
    "Thời điểm:",
    "Không quá",
    "Vào hồi 9 giờ 00",
    "Hồi 14h30",
    "Từ 7h30 đến 11h",
    "8h-10h30",
    "Tổ chức khai mạc",
    "",
]
NINTH_LINKS = ["ngày {}", "{}", "trước ngày {}", "sáng ngày {}", "chiều {}"]
NINTH_NOTES = [
    "",
    " (dự kiến)",
    " (có văn bản riêng)",
    " (theo hướng dẫn của cấp trên)",
    ", theo kế hoạch",
    " (buổi chiều)",
    " (buổi sáng)",
    ".",
    ";",
    " (hoặc sớm hơn)",
    " (nếu có)",
]


@settings(deadline=None, max_examples=400)
@given(
    periods_and_days(),
    st.sampled_from(NINTH_LEADS),
    st.sampled_from(NINTH_LINKS),
    st.sampled_from(NINTH_NOTES),
    STYLES,
    st.sampled_from(["", " ", "\u00a0", "\u200b"]),
)
def test_labels_notes_and_parts_of_the_day_never_move_the_date(
    period_and_day: tuple[Period, date],
    lead: str,
    link: str,
    note: str,
    style: int,
    space: str,
) -> None:
    period, day = period_and_day
    text = f"{lead}{space} {link.format(dmy(day, style))}{note}".strip()
    schedule = parse_deadline(text, period)
    assert_well_formed(schedule)
    before = "trước ngày" in text.lower()
    if schedule.kind is not UNKNOWN:
        assert schedule.kind is ONCE, text
        assert schedule.due_dates == ((day - timedelta(days=1)) if before else day,), text
    if note in (" (hoặc sớm hơn)", " (nếu có)") or (before and "buổi" in note):
        assert schedule.kind is UNKNOWN, text


@settings(deadline=None, max_examples=200)
@given(periods_and_days(), st.integers(0, 6), st.sampled_from(NINTH_LEADS), STYLES)
def test_a_label_before_a_date_with_a_weekday_reads_only_when_they_agree(
    period_and_day: tuple[Period, date], weekday: int, lead: str, style: int
) -> None:
    period, day = period_and_day
    names = ["thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy", "Chủ nhật"]
    text = f"{lead} ngày {dmy(day, style)} ({names[weekday]})".strip()
    schedule = parse_deadline(text, period)
    if weekday != day.weekday():
        assert schedule.kind is UNKNOWN, text
    elif schedule.kind is not UNKNOWN:
        assert (schedule.kind, schedule.due_dates) == (ONCE, (day,)), text


@settings(deadline=None, max_examples=200)
@given(periods(), st.data(), st.sampled_from(["Đợt", "Lần", "Giai đoạn"]), STYLES)
def test_rounds_listed_are_milestones_at_their_dates_only_in_order(
    period: Period, data: st.DataObject, word: str, style: int
) -> None:
    first = data.draw(st.dates(min_value=date(1990, 1, 1), max_value=date(2100, 12, 31)))
    second = data.draw(st.dates(min_value=date(1990, 1, 1), max_value=date(2100, 12, 31)))
    text = f"{word} 1: ngày {dmy(first, style)}; {word.lower()} 2: ngày {dmy(second, style)}"
    schedule = parse_deadline(text, period)
    if first < second:
        assert (schedule.kind, schedule.due_dates) == (MILESTONES, (first, second)), text
    elif first == second:
        assert (schedule.kind, schedule.due_dates) == (ONCE, (first,)), text
    else:
        assert schedule.kind is UNKNOWN, text


@settings(deadline=None, max_examples=150)
@given(
    periods(),
    st.integers(1, 12),
    st.integers(1990, 2100),
    st.sampled_from(["Trước tháng {m}/{y}", "trước tháng {m}.{y}", "Trước tháng {m} năm {y}"]),
)
def test_before_a_month_is_the_last_day_of_the_month_before(
    period: Period, month: int, year: int, form: str
) -> None:
    schedule = parse_deadline(form.format(m=month, y=year), period)
    assert (schedule.kind, schedule.due_dates) == (ONCE, (date(year, month, 1) - timedelta(1),))


NINTH_KEYWORDS = [
    *EIGHTH_KEYWORDS,
    "khai mạc",
    "bế mạc",
    "tổng kết",
    "sơ kết",
    "đợt",
    "lần",
    "giai đoạn",
    "bước",
    "vòng",
    "hồi",
    "không quá",
    "thời điểm",
    "định kỳ vào",
    "cuối mỗi",
    "(có văn bản riêng)",
    "(theo hướng dẫn của cấp trên)",
    "(buổi chiều)",
    "tháng Chạp",
    "tháng Giêng",
    "Đinh Mùi",
    "7h30",
    "11h",
    "\u200b",
]

# Words of this round only, with one full date and no other figure: whatever they make, a
# reading is that date or the day before it, never a date the text does not write.
NINTH_WORDS = [
    *NINTH_KEYWORDS[len(EIGHTH_KEYWORDS) :],
    "trước",
    "ngày",
    "sáng",
    "chiều",
    "thứ Hai",
    "thứ Sáu",
    "Chủ nhật",
    "(dự kiến)",
    "(hoặc sớm hơn)",
    ":",
    ",",
    ";",
    "-",
    "và",
    "từ",
    "đến",
]


@settings(deadline=None, max_examples=600)
@given(
    st.lists(st.sampled_from(NINTH_WORDS), max_size=6).map(" ".join),
    st.lists(st.sampled_from(NINTH_WORDS), max_size=4).map(" ".join),
    periods_and_days(),
    STYLES,
)
def test_the_ninth_rounds_words_never_read_a_date_not_written(
    head: str, tail: str, period_and_day: tuple[Period, date], style: int
) -> None:
    period, day = period_and_day
    text = f"{head} {dmy(day, style)} {tail}"
    schedule = parse_deadline(text, period)
    assert_well_formed(schedule)
    assert set(schedule.due_dates) <= {day, day - timedelta(days=1)}, text
    if schedule.due_dates == (day - timedelta(days=1),):
        assert "trước" in head, text


# --- Tenth round: words wrapped around a readable deadline by a rule, not a list (any words
# without figures, unless one of them may change the reading: see models/deadline/wrapping.py),
# a count of days before its date or bound, a count of days from a start, a span ending
# "trước ngày" or at a month's end, months listed after "các", a lunar span in figures closed
# by "âm lịch", hours with minutes before a date ------------------------------------------

# Any verb or noun of a plan may lead or close a date or a span; a word that may change it
# (negation, alternative, condition, after, repetition, vagueness, another time, a pause, whose
# period it is) makes it unknown, as does a start alone or a period that may be what the words
# are about ("kế hoạch năm 2028").
WRAPPED: list[Case] = [
    ("Dự kiến bắt đầu thu hoạch từ ngày 03/8 đến ngày 21/8/2027", Y2027, ONCE, ["2027-08-21"]),
    ("Bắt đầu phun thuốc từ ngày 7/10 đến ngày 12/10/2027", Y2027, ONCE, ["2027-10-12"]),
    ("Trong khoảng từ ngày 4 đến 19/10/2027", Y2027, ONCE, ["2027-10-19"]),
    ("Từ ngày 2/11/2027 đến ngày 16/11/2027 xong dứt điểm", Y2027, ONCE, ["2027-11-16"]),
    ("Ra quân tổng vệ sinh môi trường ngày 17/4/2027", Y2027, ONCE, ["2027-04-17"]),
    ("Tiêm phòng dại cho chó mèo từ ngày 6/9 đến ngày 26/9/2027", Y2027, ONCE, ["2027-09-26"]),
    ("UBND xã kiểm tra thực tế trước ngày 22/10/2027", Y2027, ONCE, ["2027-10-21"]),
    ("Ngày 9/12/2027 tổng hợp gửi phòng Nội vụ", Y2027, ONCE, ["2027-12-09"]),
    ("Phường tuyên truyền lưu động vào ngày 5/6/2027", Y2027, ONCE, ["2027-06-05"]),
    ("Hội thi phòng cháy chữa cháy ngày 18/9/2027", Y2027, ONCE, ["2027-09-18"]),
    ("Tháng 7/2027 hoàn thành dứt điểm", Y2027, ONCE, ["2027-07-31"]),
    # A pause, a postponement, a rest: no work falls due.
    ("Tạm dừng thu phí từ ngày 1/6 đến 30/6/2027", Y2027, UNKNOWN, []),
    ("Tạm hoãn tổ chức ngày 8/5/2027", Y2027, UNKNOWN, []),
    ("Nghỉ lễ từ ngày 30/4 đến ngày 3/5/2027", Y2027, UNKNOWN, []),
    # A start alone; after; either; not yet; a condition; onwards; the days after.
    ("Bắt đầu thu hoạch ngày 3/8/2027", Y2027, UNKNOWN, []),
    ("Tổ chức sau ngày 20/5/2027", Y2027, UNKNOWN, []),
    ("Kiểm tra ngày 20/5/2027 hoặc sớm hơn", Y2027, UNKNOWN, []),
    ("Chưa tổ chức ngày 20/5/2027", Y2027, UNKNOWN, []),
    ("Nếu thuận lợi thì khai mạc ngày 20/5/2027", Y2027, UNKNOWN, []),
    ("Triển khai từ ngày 20/5/2027 trở đi", Y2027, UNKNOWN, []),
    ("Tổ chức ngày 20/5/2027 và các ngày tiếp theo", Y2027, UNKNOWN, []),
    # The period a plan or a report is about; data as of a day; a span reported on.
    ("Xây dựng kế hoạch năm 2028", Y2027, UNKNOWN, []),
    ("Tổng hợp số liệu tính đến ngày 30/6/2027", Y2027, UNKNOWN, []),
    ("Theo công văn ngày 14/5/2027", Y2027, UNKNOWN, []),
    ("Có hiệu lực ngày 1/7/2027", Y2027, UNKNOWN, []),
    ("Tổng hợp từ ngày 1/6 đến 30/6/2027", Y2027, UNKNOWN, []),
    # About a month; the middle of it; whose date; a lunar date.
    ("Khoảng tháng 5/2027", Y2027, UNKNOWN, []),
    ("Kiểm tra khoảng giữa tháng 5/2027", Y2027, UNKNOWN, []),
    ("Tiêm vét ngày 20/5/2027 của xã bạn", Y2027, UNKNOWN, []),
    ("Giỗ tổ ngày 10/3/2027 âm lịch", Y2027, UNKNOWN, []),
]

# A count of days before the day, the window or the bound they fall in: read when they agree.
COUNT_BEFORE_WHEN: list[Case] = [
    ("Trong 1 ngày vào 14/9/2027", Y2027, ONCE, ["2027-09-14"]),
    ("Trong 2 ngày, vào cuối tháng 10/2027", Y2027, ONCE, ["2027-10-31"]),
    ("Trong 3 ngày vào trung tuần tháng 6/2027", Y2027, ONCE, ["2027-06-20"]),
    ("Trong 3 ngày, vào 12-14/8/2027", Y2027, ONCE, ["2027-08-14"]),
    ("Trong 2 ngày vào 14/9/2027", Y2027, UNKNOWN, []),
    ("Trong 40 ngày, vào cuối tháng 10/2027", Y2027, UNKNOWN, []),
    ("Trong 4 ngày, vào 12-14/8/2027", Y2027, UNKNOWN, []),
]

# A count of days from its first: the last of them. "Kể từ" may count from the day after.
COUNT_FROM_A_START: list[Case] = [
    ("45 ngày bắt đầu từ ngày 10/3/2027", Y2027, ONCE, ["2027-04-23"]),
    ("Trong 10 ngày, bắt đầu từ 5/6/2027", Y2027, ONCE, ["2027-06-14"]),
    ("Mười ngày bắt đầu ngày 25/2/2028", Y2028, ONCE, ["2028-03-05"]),
    ("30 ngày kể từ ngày 10/3/2027", Y2027, UNKNOWN, []),
    ("30 ngày bắt đầu từ tháng 3/2027", Y2027, UNKNOWN, []),
    ("0 ngày bắt đầu từ ngày 10/3/2027", Y2027, UNKNOWN, []),
]

# A span ending "trước ngày Y" ends the day before Y; "đến cuối tháng M" at the month's end.
SPAN_ENDS_BEFORE_OR_AT_MONTH_END: list[Case] = [
    ("Từ tháng 2/2027 đến trước ngày 15-4-2027", Y2027, ONCE, ["2027-04-14"]),
    ("Từ ngày 3/1 đến trước ngày 1/3/2028", Y2028, ONCE, ["2028-02-29"]),
    ("Từ ngày 9 đến cuối tháng 11/2027", Y2027, ONCE, ["2027-11-30"]),
    ("Từ 16 đến hết cuối tháng 2/2028", Y2028, ONCE, ["2028-02-29"]),
    ("Từ ngày 5/3/2027 đến trước ngày 5/3/2027", Y2027, UNKNOWN, []),
    ("Từ ngày 31 đến cuối tháng 11/2027", Y2027, UNKNOWN, []),
]

# Months listed after "các": a milestone at each month's end, when the period holds each once.
TWO_YEARS_2027 = Period(date(2026, 7, 1), date(2027, 12, 31))
MONTHS_AFTER_CAC: list[Case] = [
    (
        "Vào các tháng 3,5,8 và tháng 10",
        Y2027,
        MILESTONES,
        ["2027-03-31", "2027-05-31", "2027-08-31", "2027-10-31"],
    ),
    ("Trong các tháng 4 và 9/2027", Y2027, MILESTONES, ["2027-04-30", "2027-09-30"]),
    (
        "Các tháng 2, 3 và 5",
        TWO_YEARS_2027,
        MILESTONES,
        ["2027-02-28", "2027-03-31", "2027-05-31"],
    ),
    ("Vào các tháng 3, 8 và tháng 10", TWO_YEARS_2027, UNKNOWN, []),
]

# A lunar span in figures closed by "âm lịch" after its solar span; hours with minutes.
LUNAR_IN_FIGURES_AND_MINUTES: list[Case] = [
    (
        "Từ ngày 10/5/2027 đến 12/5/2027 (Tức ngày 5/4 đến 7/4 Âm lịch)",
        Y2027,
        ONCE,
        ["2027-05-12"],
    ),
    ("Từ 10/5 - 12/5/2027 (tức 5/4-7/4 âm lịch)", Y2027, ONCE, ["2027-05-12"]),
    ("Từ 13 giờ 30 phút đến 17 giờ 00 phút ngày 4/11/2027", Y2027, ONCE, ["2027-11-04"]),
    ("Vào khoảng 7 giờ 45 phút ngày 4/11/2027", Y2027, ONCE, ["2027-11-04"]),
    ("Từ 10/5 - 12/5/2027 (tức 5/4-7/4)", Y2027, UNKNOWN, []),
    ("Từ 17 giờ 30 phút đến 8 giờ 00 phút ngày 4/11/2027", Y2027, UNKNOWN, []),
]

TENTH_ROUND = (
    WRAPPED
    + COUNT_BEFORE_WHEN
    + COUNT_FROM_A_START
    + SPAN_ENDS_BEFORE_OR_AT_MONTH_END
    + MONTHS_AFTER_CAC
    + LUNAR_IN_FIGURES_AND_MINUTES
)


@pytest.mark.parametrize(("text", "period", "kind", "dates"), TENTH_ROUND)
def test_tenth_round(text: str, period: Period, kind: ScheduleKind, dates: list[str]) -> None:
    test_families(text, period, kind, dates)


def test_explanations_of_the_tenth_round() -> None:
    assert said("45 ngày bắt đầu từ ngày 10/3/2027", Y2027) == (
        "Work for 45 days from 10/03/2027, due on the last of them: 23/04/2027."
    )
    assert said("Từ tháng 2/2027 đến trước ngày 15-4-2027", Y2027) == (
        "Work from 01/02/2027 to 14/04/2027, due on its last day."
    )
    assert said("Tổ chức sau ngày 20/5/2027", Y2027) == (
        "“Tổ chức sau ngày 20/5/2027” gives a date with words around it that may change when"
        " it falls due (a negation, an alternative, a condition, “after”, a repetition, a vague"
        " part of a period or another time); the coordinator needs to set a date."
    )
    # A typo in the core is named whatever surrounds it; a lunar date says it is lunar.
    assert names_impossible_date(parse_deadline("Tạm dừng ngày 31/4/2027", Y2027))
    assert "lunar calendar" in said("Giỗ tổ ngày 10/3/2027 âm lịch", Y2027)


# Words of plans that may stand around a date without changing it, and words that may change
# it. A denied word is kept apart from the core by a harmless word, so that it cannot join the
# core's own grammar ("trước" right before "ngày X" is the core "trước ngày X").
PLAN_WORDS = [
    "tổ chức",
    "triển khai",
    "tiêm",
    "tiêm phòng",
    "ra quân",
    "kiểm tra",
    "tổng hợp",
    "nộp",
    "gửi",
    "hoàn thành",
    "dứt điểm",
    "dự kiến",
    "bắt đầu",
    "thực hiện",
    "báo cáo",
    "đợt",
    "lần",
    "giai đoạn",
    "xã",
    "phường",
    "UBND",
    "UBND tỉnh",
    "khoảng",
    "phun thuốc",
    "tuyên truyền",
    "hội nghị",
    "Hội Liên hiệp Phụ nữ Việt Nam",
    "phòng cháy chữa cháy",
    "diễn tập",
    "thu hoạch",
    "xong",
    "kết thúc",
    "đánh giá",
    "(dự kiến)",
    "chiến dịch",
    "kế hoạch",
    "vệ sinh môi trường",
    "khử trùng",
    "Ban Chỉ đạo",
    "cán bộ",
    "nhân dân",
    "hộ gia đình",
    "trường học",
    "thôn",
    "tổ dân phố",
    "đoàn viên thanh niên",
    "cựu chiến binh",
    "nông dân",
    "trẻ em",
    "người cao tuổi",
    "Mặt trận Tổ quốc",
    "Công an xã",
    "Trạm Y tế",
    "hiến máu tình nguyện",
    "thể dục thể thao",
    "lễ hội",
    "xây dựng",
    "sử dụng",
    ",",
]
DENY_WORDS = [
    "không",
    "chưa",
    "trừ",
    "ngoài",
    "miễn",
    "hoặc",
    "hay",
    "hoặc là",
    "nếu",
    "khi",
    "trường hợp",
    "sau",
    "kể từ sau",
    "tiếp theo",
    "hằng",
    "hàng",
    "mỗi",
    "định kỳ",
    "các",
    "những",
    "thường xuyên",
    "liên tục",
    "duy trì",
    "đầu",
    "giữa",
    "khoảng giữa",
    "cuối",
    "trở đi",
    "về sau",
    "ngày",
    "tuần",
    "tháng",
    "quý",
    "năm",
    "giờ",
    "trước",
    "từ",
    "tạm dừng",
    "tạm hoãn",
    "nghỉ",
    "âm lịch",
    "đột xuất",
    "của",
    "sớm hơn",
    "công văn",
    "quyết định",
    "có hiệu lực",
]


# Words that keep a denied word apart from the core. Reports are left out: "Thường xuyên, báo
# cáo ngày X" is ongoing work with a dated report, a family of its own.
# Round words are left out too: folded, "đợt sau" (the next round) is "đợt sáu" (round six),
# a label whose date the round rule reads; and so is "lễ hội", which names the day after it
# ("Trước lễ hội ngày X" is before that festival), and "trường học", since "mỗi trường"
# (each school) folds like "môi trường" (the environment), harmless either way.
APART_WORDS = [
    word
    for word in PLAN_WORDS
    if word
    not in {",", "báo cáo", "nộp", "gửi", "tổng hợp", "đợt", "lần", "giai đoạn", "lễ hội"}
    | {"trường học"}
]


@st.composite
def readable_cores(draw: st.DrawFn) -> tuple[Period, str, bool]:
    """A plan period, a core that reads in it, and whether the core is a bare period."""
    period, day = draw(periods_and_days())
    style = draw(STYLES)
    later = draw(st.dates(min_value=day, max_value=date(day.year, 12, 31)))
    forms = [
        (f"ngày {dmy(day, style)}", False),
        (dmy(day, style), False),
        (f"trước ngày {dmy(day, style)}", False),
        (f"vào ngày {dmy(day, style)}", False),
        (f"chậm nhất ngày {dmy(day, style)}", False),
        (f"từ ngày {dmy(day, style)} đến ngày {dmy(later, style)}", False),
        (f"từ {dmy(day, 0)} - {dmy(later, 0)}", False),
        (f"vào cuối tháng {day.month}/{day.year}", False),
        (f"tháng {day.month}/{day.year}", True),
        (f"năm {day.year}", True),
    ]
    core, bare = draw(st.sampled_from(forms))
    return period, core, bare


@settings(deadline=None, max_examples=500)
@given(
    readable_cores(),
    st.lists(st.sampled_from(PLAN_WORDS), max_size=4),
    st.lists(st.sampled_from(PLAN_WORDS), max_size=3),
)
def test_words_without_figures_around_a_core_read_as_the_core_or_not_at_all(
    period_core: tuple[Period, str, bool], before: list[str], after: list[str]
) -> None:
    period, core, bare = period_core
    alone = parse_deadline(core, period)
    assume(alone.kind is not UNKNOWN)
    text = " ".join([*before, core, *after]).strip(" ,")
    schedule = parse_deadline(text, period)
    assert_well_formed(schedule)
    if schedule.kind is not UNKNOWN:
        assert (schedule.kind, schedule.due_dates) == (alone.kind, alone.due_dates), text
    if bare and {"báo cáo", "tổng hợp", "đánh giá", "kế hoạch"}.intersection(before):
        # "Kế hoạch năm 2028": a plan or a report before a bare period may be about it.
        assert schedule.kind is UNKNOWN, text


@settings(deadline=None, max_examples=500)
@given(
    readable_cores(),
    st.sampled_from(DENY_WORDS),
    st.sampled_from(APART_WORDS),
    st.booleans(),
    st.lists(st.sampled_from(APART_WORDS), max_size=3),
)
def test_a_word_that_may_change_a_core_outside_it_leaves_it_unknown(
    period_core: tuple[Period, str, bool],
    denied: str,
    apart: str,
    before_core: bool,
    others: list[str],
) -> None:
    period, core, _bare = period_core
    # "Ngày <name> <date>" names a day ("ngày tổ chức ngày X"): the named-day rule reads it.
    assume(not (denied == "ngày" and before_core))
    words = [denied, apart, core] if before_core else [core, apart, denied]
    text = " ".join([*others, *words] if before_core else [*words, *others])
    schedule = parse_deadline(text, period)
    assert_well_formed(schedule)
    assert schedule.kind is UNKNOWN, text


@settings(deadline=None, max_examples=200)
@given(periods_and_days(), st.integers(1, 60), STYLES)
def test_a_count_of_days_from_a_start_is_due_on_the_last_of_them(
    period_and_day: tuple[Period, date], count: int, style: int
) -> None:
    period, day = period_and_day
    schedule = parse_deadline(f"{count} ngày bắt đầu từ ngày {dmy(day, style)}", period)
    assert (schedule.kind, schedule.due_dates) == (ONCE, (day + timedelta(days=count - 1),))
    counted = parse_deadline(f"{count} ngày kể từ ngày {dmy(day, style)}", period)
    assert counted.kind is UNKNOWN


@settings(deadline=None, max_examples=200)
@given(periods_and_days(), st.integers(1, 40), STYLES)
def test_a_span_to_before_a_day_ends_the_day_before_it(
    period_and_day: tuple[Period, date], length: int, style: int
) -> None:
    period, first = period_and_day
    limit = first + timedelta(days=length)
    text = f"Từ ngày {dmy(first, style)} đến trước ngày {dmy(limit, style)}"
    schedule = parse_deadline(text, period)
    assert (schedule.kind, schedule.due_dates) == (ONCE, (limit - timedelta(days=1),)), text


TENTH_KEYWORDS = [
    *NINTH_KEYWORDS,
    "bắt đầu",
    "khoảng",
    "dứt điểm",
    "(Tức",
    "Âm lịch)",
    "phút",
    "cuối tháng",
    "các tháng",
    "tạm dừng",
    "hoặc",
    "sau",
    "kiểm tra",
    "tiêm",
    "ra quân",
    "của",
    "trước ngày",
    "bắt đầu từ",
]


# --- Eleventh round: a start and an end joined by "và" (an opening hour and day, then "kéo dài
# đến hết ngày Y" or "kết thúc vào" a later day; "hoàn thành chậm nhất trong" a month), "từ"
# before the hour of a single day -------------------------------------------------------------

# A start, maybe with its hour, and an end joined by "và": a span, due at the end when the end
# comes after the start; a few words may name what goes on ("trưng bày"), unless one of them
# may change it.
START_THEN_END: list[Case] = [
    (
        "Khai mạc lúc 19 giờ 30, ngày 14/5/2027 và kết thúc vào 16 giờ 00, ngày 20/5/2027",
        Y2027,
        ONCE,
        ["2027-05-20"],
    ),
    ("Ngày 6/9/2027 và kéo dài đến hết ngày 12/9/2027", Y2027, ONCE, ["2027-09-12"]),
    (
        "07 giờ 30, ngày 3/4/2027 và triển lãm kéo dài đến hết ngày 9/4/2027",
        Y2027,
        ONCE,
        ["2027-04-09"],
    ),
    (
        "Bắt đầu từ tháng 2/2027 và hoàn thành chậm nhất trong tháng 5/2027",
        Y2027,
        ONCE,
        ["2027-05-31"],
    ),
    ("Từ tháng 8.2027 và kết thúc muộn nhất vào tháng 10.2027", Y2027, ONCE, ["2027-10-31"]),
    ("Ngày 9/4/2027 và kéo dài đến hết ngày 3/4/2027", Y2027, UNKNOWN, []),
    ("Ngày 3/4/2027 và các xã kéo dài đến hết ngày 9/4/2027", Y2027, UNKNOWN, []),
    ("Ngày 3/4/2027 và kết thúc sau ngày 9/4/2027", Y2027, UNKNOWN, []),
]

# "Từ" before the hour of a single day is that day; with an end after it, a span of days.
FROM_AN_HOUR: list[Case] = [
    ("Từ 15 giờ 45 phút ngày 19/10/2027", Y2027, ONCE, ["2027-10-19"]),
    ("Dự kiến từ 06 giờ 30’ ngày 14/03/2027 (Chủ nhật)", Y2027, ONCE, ["2027-03-14"]),
    ("Từ 8h ngày 5/3/2027 đến ngày 9/3/2027", Y2027, ONCE, ["2027-03-09"]),
    ("Dự kiến từ 06 giờ 30’ ngày 14/03/2027 (thứ Hai)", Y2027, UNKNOWN, []),
    ("Từ 8h ngày 5/3/2027 trở đi", Y2027, UNKNOWN, []),
]

# A weekday joined to its date by a dash is checked; "ngay" (very) before "trong" or "từ" adds
# nothing, "ngay sau" (right after) is after; a day moved to another is the new day; a count
# of days from a day named in words, in brackets, leaves the written date.
REWRITTEN: list[Case] = [
    ("Vào ngày thứ Ba - 7/9", Y2027, ONCE, ["2027-09-07"]),
    ("Vào ngày thứ Tư - 7/9", Y2027, UNKNOWN, []),
    ("Ngay trong năm 2027", Y2027, ONCE, ["2027-12-31"]),
    ("Ngay trong tháng 4/2027", Y2027, ONCE, ["2027-04-30"]),
    ("Ngay sau ngày 5/3/2027", Y2027, UNKNOWN, []),
    ("Từ ngày 3/5 sang ngày 21/6", Y2027, ONCE, ["2027-06-21"]),
    ("Từ ngày 31/4 sang ngày 21/6", Y2027, UNKNOWN, []),
    ("Hoãn từ ngày 3/5 sang ngày 21/6", Y2027, UNKNOWN, []),
    ("Chậm nhất ngày 2/3/2027 (25 ngày trước ngày khai giảng)", Y2027, ONCE, ["2027-03-02"]),
    ("Ngày 2/3/2027 (25 ngày trước ngày 27/3/2027)", Y2027, UNKNOWN, []),
    ("Ngày 2/3/2027 (25 ngày trước Tết)", Y2027, UNKNOWN, []),
]

# The first or last weekday of every month: recurring on it, inside the plan period.
Q3_2027 = Period(date(2027, 7, 1), date(2027, 9, 30))
WEEKDAY_OF_EVERY_MONTH: list[Case] = [
    (
        "Thứ Năm cuối cùng hằng tháng",
        Q3_2027,
        RECURRING,
        ["2027-07-29", "2027-08-26", "2027-09-30"],
    ),
    (
        "Vào thứ Hai đầu tiên của mỗi tháng",
        Q3_2027,
        RECURRING,
        ["2027-07-05", "2027-08-02", "2027-09-06"],
    ),
    ("Thứ Hai đầu tiên tháng sau", Q3_2027, UNKNOWN, []),
]

ELEVENTH_ROUND = START_THEN_END + FROM_AN_HOUR + REWRITTEN + WEEKDAY_OF_EVERY_MONTH


@pytest.mark.parametrize(("text", "period", "kind", "dates"), ELEVENTH_ROUND)
def test_eleventh_round(text: str, period: Period, kind: ScheduleKind, dates: list[str]) -> None:
    test_families(text, period, kind, dates)


@settings(deadline=None, max_examples=300)
@given(
    periods_and_days(),
    st.integers(-5, 40),
    STYLES,
    st.sampled_from(["kéo dài đến hết", "kết thúc vào", "kéo dài tới", "hoàn thành chậm nhất"]),
    st.sampled_from(["", "trưng bày ", "hội chợ ", "các xã ", "tạm dừng "]),
    st.integers(0, 23),
)
def test_a_start_and_an_end_joined_by_va_are_due_at_the_end_or_not_at_all(
    period_and_day: tuple[Period, date],
    length: int,
    style: int,
    end_words: str,
    between: str,
    hour: int,
) -> None:
    period, first = period_and_day
    last = first + timedelta(days=length)
    text = f"{hour} giờ, ngày {dmy(first, style)} và {between}{end_words} ngày {dmy(last, style)}"
    schedule = parse_deadline(text, period)
    assert_well_formed(schedule)
    if schedule.kind is not UNKNOWN:
        assert (schedule.kind, schedule.due_dates) == (ONCE, (last,)), text
    if length < 0 or between in {"các xã ", "tạm dừng "}:
        assert schedule.kind is UNKNOWN, text


@settings(deadline=None, max_examples=200)
@given(periods_and_days(), st.integers(0, 23), st.integers(0, 59), STYLES)
def test_from_an_hour_of_a_day_is_that_day(
    period_and_day: tuple[Period, date], hour: int, minute: int, style: int
) -> None:
    period, day = period_and_day
    text = f"Từ {hour} giờ {minute} phút ngày {dmy(day, style)}"
    schedule = parse_deadline(text, period)
    assert (schedule.kind, schedule.due_dates) == (ONCE, (day,)), text
    onwards = parse_deadline(f"{text} trở đi", period)
    assert onwards.kind is UNKNOWN, text


@settings(deadline=None, max_examples=200)
@given(periods(), st.integers(0, 6), st.sampled_from(["cuối cùng", "đầu tiên"]))
def test_a_weekday_of_every_month_is_that_weekday_first_or_last_in_its_month(
    period: Period, weekday: int, which: str
) -> None:
    names = ["thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy", "Chủ nhật"]
    schedule = parse_deadline(f"{names[weekday]} {which} của tháng", period)
    assert_well_formed(schedule)
    for day in schedule.due_dates:
        assert day.weekday() == weekday
        assert period.start <= day <= period.end
        other = day + timedelta(days=7 if which == "cuối cùng" else -7)
        assert other.month != day.month


@settings(deadline=None, max_examples=200)
@given(periods_and_days(), st.integers(-60, 60), STYLES)
def test_a_day_moved_to_another_is_the_new_day(
    period_and_day: tuple[Period, date], shift: int, style: int
) -> None:
    period, new = period_and_day
    old = new + timedelta(days=shift)
    text = f"Từ ngày {dmy(old, style)} sang ngày {dmy(new, style)}"
    schedule = parse_deadline(text, period)
    assert_well_formed(schedule)
    if schedule.kind is not UNKNOWN:
        assert (schedule.kind, schedule.due_dates) == (ONCE, (new,)), text


ELEVENTH_KEYWORDS = [
    *TENTH_KEYWORDS,
    "Ngay trong",
    "sang ngày",
    "(40 ngày trước ngày bầu cử)",
    "thứ Hai -",
    "cuối cùng của tháng",
    "đầu tiên hằng tháng",
    "và kéo dài đến hết",
    "kết thúc vào",
    "trưng bày",
    "chậm nhất trong",
    "từ 14 giờ 30 phút",
    "(Chủ nhật)",
]


# --- Twelfth round: brackets after a solar date that add nothing to when (a lunar
# restatement holding a day of its own, the parts of the day, how the end is counted), lead
# words and counts of days (invented phrases; the twelfth held-out set measures them).

Q4_2027 = Period(date(2027, 10, 1), date(2027, 12, 31))

EMPTY_BRACKETS: list[Case] = [
    ("Ngày 14/10/2027 (mùng 9/9 ÂL)", Q4_2027, ONCE, ["2027-10-14"]),
    ("20 giờ ngày 14/10/2027 (mùng 9/9 ÂL)", Q4_2027, ONCE, ["2027-10-14"]),
    ("Từ 7 giờ ngày 15/10/2027 (mồng 10 tháng 9 âm lịch)", Q4_2027, ONCE, ["2027-10-15"]),
    (
        "Từ ngày 3 đến ngày 9 tháng 11 năm 2027 (nhằm ngày 5 đến ngày 11 tháng 10 Âm lịch)",
        Q4_2027,
        ONCE,
        ["2027-11-09"],
    ),
    (
        "Trong 02 ngày, từ ngày 07 – 08/12/2027 (tức ngày 10, 11 tháng 11 năm Đinh Mùi)",
        Q4_2027,
        ONCE,
        ["2027-12-08"],
    ),
    ("Ngày 20 tháng 10 năm 2027 (nhằm ngày rằm tháng 9 Âm lịch)", Q4_2027, ONCE, ["2027-10-20"]),
    ("Ngày 16/10/2027 (cả ngày)", Q4_2027, ONCE, ["2027-10-16"]),
    ("Từ ngày 8 đến 10-11-2027 (buổi sáng và chiều)", Q4_2027, ONCE, ["2027-11-10"]),
    ("Ngày 22/11/2027 (sáng)", Q4_2027, ONCE, ["2027-11-22"]),
    (
        "Từ ngày 01/11/2027 đến hết ngày 25/11/2027 (theo dấu bưu điện)",
        Q4_2027,
        ONCE,
        ["2027-11-25"],
    ),
    # A bare "(ÂL)" says the date before it is lunar: not read as a solar date.
    ("Vào ngày 12/10 (ÂL)", Q4_2027, UNKNOWN, []),
    ("Ngày 12/10/2027 (âm lịch)", Q4_2027, UNKNOWN, []),
    # A bracket holding a date with no lunar mark may be another solar date.
    ("Ngày 12/10/2027 (tức ngày 14/10/2027)", Q4_2027, UNKNOWN, []),
    ("Ngày 12/10/2027 (mùng 6/9 ÂL, tức 13/10 dương lịch)", Q4_2027, UNKNOWN, []),
    # A lunar date falls on another solar date each year: the solar one does not recur.
    ("Hằng năm vào ngày 15/10 (mùng 9/9 ÂL)", Q4_2027, UNKNOWN, []),
    ("Ngày 15/10 (mùng 9/9 ÂL) hằng năm", Q4_2027, UNKNOWN, []),
    # A bracket after a bare day is no restatement of a solar date.
    ("Ngày 12 (mùng 6 Tết)", Q4_2027, UNKNOWN, []),
]


@settings(deadline=None, max_examples=300)
@given(
    periods_and_days(),
    STYLES,
    st.sampled_from(
        [
            "(mùng 3/4 ÂL)",
            "(nhằm ngày mùng Hai Tết)",
            "(tức ngày 5 tháng Chạp năm Ất Tỵ)",
            "(buổi sáng và chiều)",
            "(cả ngày)",
            "(tính theo dấu bưu điện)",
            "(mồng 7 Tết)",
        ]
    ),
    st.sampled_from(["Ngày ", "Từ 8 giờ ngày ", "Đến hết ngày ", ""]),
)
def test_a_bracket_adding_nothing_keeps_the_written_solar_date(
    period_and_day: tuple[Period, date], style: int, bracket: str, lead: str
) -> None:
    period, day = period_and_day
    text = f"{lead}{dmy(day, style)} {bracket}"
    schedule = parse_deadline(text, period)
    assert_well_formed(schedule)
    if schedule.kind is not UNKNOWN:
        assert (schedule.kind, schedule.due_dates) == (ONCE, (day,)), text


@settings(deadline=None, max_examples=300)
@given(
    periods_and_days(),
    st.integers(-40, 40),
    STYLES,
    st.sampled_from(
        ["(tức ngày {})", "(nhằm {})", "(mùng 2 ÂL, tức {})", "(tức là ngày {} dương lịch)"]
    ),
)
def test_a_bracket_holding_another_solar_date_never_reads_another_day(
    period_and_day: tuple[Period, date], shift: int, style: int, bracket: str
) -> None:
    period, day = period_and_day
    other = day + timedelta(days=shift)
    text = f"Ngày {dmy(day, style)} {bracket.format(dmy(other, style))}"
    schedule = parse_deadline(text, period)
    assert_well_formed(schedule)
    if shift:
        assert schedule.kind is UNKNOWN, text
    elif schedule.kind is not UNKNOWN:
        assert schedule.due_dates == (day,), text


LEADS_AND_SPANS_NAMED: list[Case] = [
    ("Trễ nhất là đến tháng 11-2027", Q4_2027, ONCE, ["2027-11-30"]),
    ("Muộn nhất là đến ngày 12/11/2027", Q4_2027, ONCE, ["2027-11-12"]),
    ("Chậm nhất là đến 3/12/2027", Q4_2027, ONCE, ["2027-12-03"]),
    ("Bắt đầu từ 8h15 ngày 6/11/2027", Q4_2027, ONCE, ["2027-11-06"]),
    ("Bắt đầu từ 14 giờ 30 phút ngày 9/12/2027", Q4_2027, ONCE, ["2027-12-09"]),
    # A start with no end stays unread, with an hour or without one.
    ("Bắt đầu từ 8 giờ ngày 6/11/2027 trở đi", Q4_2027, UNKNOWN, []),
    ("Bắt đầu từ ngày 6/11/2027", Q4_2027, UNKNOWN, []),
    ("Liên tục từ tháng 10 đến tháng 12 năm 2027", Q4_2027, ONCE, ["2027-12-31"]),
    ("Liên tục từ ngày 2/10 đến hết ngày 19/10/2027", Q4_2027, ONCE, ["2027-10-19"]),
    ("Liên tục từ ngày 2/10/2027", Q4_2027, UNKNOWN, []),
    ("Liên tục", Q4_2027, ONGOING, []),
    ("Kể từ khi phát động phong trào đến hết ngày 15/12", Q4_2027, ONCE, ["2027-12-15"]),
    ("Từ khi khởi công đến hết ngày 20/11/2027", Q4_2027, ONCE, ["2027-11-20"]),
    # An event that may never come is no start.
    ("Kể từ khi có yêu cầu đến hết ngày 15/12/2027", Q4_2027, UNKNOWN, []),
    ("Trong tháng 11 đến hết ngày 24/11/2027", Q4_2027, ONCE, ["2027-11-24"]),
    # The day must lie in the month named.
    ("Trong tháng 11 đến hết ngày 24/12/2027", Q4_2027, UNKNOWN, []),
]

COUNTED_DAYS_LISTED: list[Case] = [
    # 12, 13 and 14 November 2027 are a Friday, a Saturday and a Sunday.
    ("Dự kiến 3 ngày 12, 13, 14/11 (Thứ 6, Thứ 7 và CN)", Q4_2027, ONCE, ["2027-11-14"]),
    ("Trong 2 ngày 4 và 5-12-2027", Q4_2027, ONCE, ["2027-12-05"]),
    ("Trong hai ngày 4 và 5/12/2027", Q4_2027, ONCE, ["2027-12-05"]),
    # A weekday that disagrees, a count that disagrees, days that are not one after another.
    ("Dự kiến 3 ngày 12, 13, 14/11 (Thứ 5, Thứ 7 và CN)", Q4_2027, UNKNOWN, []),
    ("Dự kiến 3 ngày 12, 13/11/2027", Q4_2027, UNKNOWN, []),
    ("Trong 2 ngày 4 và 6-12-2027", Q4_2027, UNKNOWN, []),
    ("Dự kiến 3 ngày 12, 13, 14/11 (Thứ 6 và Thứ 7)", Q4_2027, UNKNOWN, []),
    (
        "Trong một ngày (trong khoảng thời gian từ 6 – 10/12/2027)",
        Q4_2027,
        ONCE,
        ["2027-12-10"],
    ),
    ("Trong một ngày (từ 6 – 10/12/2027 trở đi)", Q4_2027, UNKNOWN, []),
]

TWELFTH_ROUND = EMPTY_BRACKETS + LEADS_AND_SPANS_NAMED + COUNTED_DAYS_LISTED


@pytest.mark.parametrize(("text", "period", "kind", "dates"), TWELFTH_ROUND)
def test_twelfth_round(text: str, period: Period, kind: ScheduleKind, dates: list[str]) -> None:
    test_families(text, period, kind, dates)


@settings(deadline=None, max_examples=300)
@given(
    periods_and_days(),
    STYLES,
    st.integers(0, 23),
    st.sampled_from(["Trễ nhất là đến ngày ", "Muộn nhất là ", "Kể từ khi ra quân đến hết ngày "]),
)
def test_new_lead_words_and_an_hour_of_a_day_keep_the_written_date(
    period_and_day: tuple[Period, date], style: int, hour: int, lead: str
) -> None:
    period, day = period_and_day
    for text in (f"{lead}{dmy(day, style)}", f"Bắt đầu từ {hour} giờ ngày {dmy(day, style)}"):
        schedule = parse_deadline(text, period)
        assert_well_formed(schedule)
        if schedule.kind is not UNKNOWN:
            assert (schedule.kind, schedule.due_dates) == (ONCE, (day,)), text


@settings(deadline=None, max_examples=300)
@given(periods_and_days(), st.integers(1, 12), STYLES)
def test_a_month_then_a_day_reads_the_day_only_inside_that_month(
    period_and_day: tuple[Period, date], month: int, style: int
) -> None:
    period, day = period_and_day
    text = f"Trong tháng {month} đến hết ngày {dmy(day, style)}"
    schedule = parse_deadline(text, period)
    assert_well_formed(schedule)
    if month != day.month:
        assert schedule.kind is UNKNOWN, text
    elif schedule.kind is not UNKNOWN:
        assert (schedule.kind, schedule.due_dates) == (ONCE, (day,)), text


WEEKDAY_NAMES = ["Thứ 2", "Thứ 3", "Thứ 4", "Thứ 5", "Thứ 6", "Thứ 7", "CN"]


@settings(deadline=None, max_examples=300)
@given(periods_and_days(), st.integers(1, 4), st.integers(1, 4), st.integers(0, 6), STYLES)
def test_a_count_of_listed_days_is_due_on_the_last_only_when_all_agree(
    period_and_day: tuple[Period, date], count: int, listed: int, shift: int, style: int
) -> None:
    period, first = period_and_day
    days = [first + timedelta(days=offset) for offset in range(listed)]
    assume(days[-1].month == first.month)
    last = days[-1]
    weekdays = [
        WEEKDAY_NAMES[(day.weekday() + (shift if i == 0 else 0)) % 7] for i, day in enumerate(days)
    ]
    numbers = ", ".join(str(day.day) for day in days[:-1])
    text = f"Dự kiến {count} ngày {numbers}, {dmy(last, style)} ({', '.join(weekdays)})"
    schedule = parse_deadline(text, period)
    assert_well_formed(schedule)
    if schedule.kind is not UNKNOWN:
        assert (schedule.kind, schedule.due_dates) == (ONCE, (last,)), text
    if count != listed or shift:
        assert schedule.kind is UNKNOWN, text


TWELFTH_KEYWORDS = [
    *ELEVENTH_KEYWORDS,
    "(mùng 2/5 ÂL)",
    "(ÂL)",
    "(nhằm ngày mùng Một Tết Ất Tỵ)",
    "(tức ngày",
    "tháng Giêng)",
    "(buổi sáng và chiều)",
    "(cả ngày)",
    "(theo dấu bưu điện)",
    "Trễ nhất là đến",
    "Muộn nhất là",
    "Bắt đầu từ 8h",
    "Liên tục từ",
    "Kể từ khi phát động",
    "đến hết ngày",
    "Trong tháng",
    "Dự kiến 3 ngày",
    "(Thứ 6, Thứ 7 và CN)",
    "Trong 2 ngày",
    "Trong một ngày (trong khoảng thời gian từ",
]


# --- Thirteenth round: a weekday right before its date in every arrangement, a lunar bracket
# holding a lunar date with its year (and a weekday), counts before listed days and before a
# span of months, and the first month of every quarter (invented phrases; the thirteenth and
# fourteenth held-out sets measure them).

WINTER_2027 = Period(date(2027, 10, 1), date(2028, 3, 31))

WEEKDAY_BEFORE_DATE: list[Case] = [
    # 7 November 2027 is a Sunday, 8 October a Friday, 4 December a Saturday.
    ("Vào ngày Chủ nhật (ngày 07/11/2027)", Q4_2027, ONCE, ["2027-11-07"]),
    ("Ngày Chủ nhật (7/11/2027)", Q4_2027, ONCE, ["2027-11-07"]),
    ("Vào ngày thứ bảy 04/12", Q4_2027, ONCE, ["2027-12-04"]),
    ("Vào 19h ngày thứ Sáu, 08/10/2027", Q4_2027, ONCE, ["2027-10-08"]),
    ("Vào ngày thứ Sáu, ngày 8/10/2027", Q4_2027, ONCE, ["2027-10-08"]),
    ("Ngày thứ 7 04/12/2027", Q4_2027, ONCE, ["2027-12-04"]),
    # A weekday the date does not fall on: the weekday or the date is a typo.
    ("Vào ngày Chủ nhật (ngày 08/11/2027)", Q4_2027, UNKNOWN, []),
    ("Vào ngày thứ bảy 05/12", Q4_2027, UNKNOWN, []),
    ("Vào 19h ngày thứ Năm, 08/10/2027", Q4_2027, UNKNOWN, []),
]

LUNAR_WITH_YEAR: list[Case] = [
    # 15 October 2027 is a Friday; the lunar date in the bracket carries its lunar year.
    (
        "Vào 19h30, ngày 15/10/2027 (tức ngày 10/9/2027 Âm lịch – thứ Sáu)",
        Q4_2027,
        ONCE,
        ["2027-10-15"],
    ),
    ("Ngày 15/10/2027 (tức ngày 10/9/2027 âm lịch)", Q4_2027, ONCE, ["2027-10-15"]),
    ("Ngày 15/10/2027 (tức ngày 10/9/2027 ÂL, thứ Sáu)", Q4_2027, ONCE, ["2027-10-15"]),
    # The weekday disagrees with the solar date; the lunar year is not the solar one's or the
    # one before; no lunar mark (another solar date?); a solar date restated after it.
    ("Ngày 15/10/2027 (tức ngày 10/9/2027 Âm lịch – thứ Năm)", Q4_2027, UNKNOWN, []),
    ("Ngày 15/10/2027 (tức ngày 10/9/2025 Âm lịch)", Q4_2027, UNKNOWN, []),
    ("Ngày 15/10/2027 (tức ngày 10/9/2027)", Q4_2027, UNKNOWN, []),
    ("Ngày 15/10/2027 (tức ngày 10/9/2027 âm lịch, tức 16/10/2027)", Q4_2027, UNKNOWN, []),
]

COUNTS_BEFORE_DAYS_AND_MONTHS: list[Case] = [
    ("3 ngày, từ ngày 9, 10, 11/11/2027", Q4_2027, ONCE, ["2027-11-11"]),
    ("Trong 2 ngày, từ ngày 6 và 7/12/2027", Q4_2027, ONCE, ["2027-12-07"]),
    # The count disagrees with the days listed, or the days are not one after another.
    ("3 ngày, từ ngày 9, 10/11/2027", Q4_2027, UNKNOWN, []),
    ("3 ngày, từ ngày 9, 11, 12/11/2027", Q4_2027, UNKNOWN, []),
    ("Trong 2 tháng, từ ngày 12/10 đến ngày 12/12", Q4_2027, ONCE, ["2027-12-12"]),
    ("Trong 1 tháng, từ ngày 5/11/2027 đến ngày 5/12/2027", Q4_2027, ONCE, ["2027-12-05"]),
    ("Trong 3 tháng, từ ngày 12/10/2027 đến ngày 12/1/2028", WINTER_2027, ONCE, ["2028-01-12"]),
    # Not that many months: the count or the span is a typo.
    ("Trong 2 tháng, từ ngày 12/10 đến ngày 12/11", Q4_2027, UNKNOWN, []),
    ("Trong 2 tháng, từ ngày 12/10 đến ngày 20/12", Q4_2027, UNKNOWN, []),
    ("Trong 2 tháng, từ ngày 12/10 đến ngày 11/12", Q4_2027, UNKNOWN, []),
]

YEAR_2027 = Period(date(2027, 1, 1), date(2027, 12, 31))

FIRST_MONTH_OF_EVERY_QUARTER: list[Case] = [
    (
        "Tháng đầu tiên của quý, từ ngày 1 đến ngày 15",
        YEAR_2027,
        RECURRING,
        ["2027-01-15", "2027-04-15", "2027-07-15", "2027-10-15"],
    ),
    (
        "Trong tháng đầu của mỗi quý từ ngày 5 đến hết ngày 25 của quý đó",
        Q4_2027,
        RECURRING,
        ["2027-10-25"],
    ),
    # A day not every such month holds, and a span running backwards.
    ("Tháng đầu tiên của quý, từ ngày 1 đến ngày 31", YEAR_2027, UNKNOWN, []),
    ("Tháng đầu tiên của quý, từ ngày 20 đến ngày 10", YEAR_2027, UNKNOWN, []),
]

THIRTEENTH_ROUND = (
    WEEKDAY_BEFORE_DATE
    + LUNAR_WITH_YEAR
    + COUNTS_BEFORE_DAYS_AND_MONTHS
    + FIRST_MONTH_OF_EVERY_QUARTER
)


@pytest.mark.parametrize(("text", "period", "kind", "dates"), THIRTEENTH_ROUND)
def test_thirteenth_round(text: str, period: Period, kind: ScheduleKind, dates: list[str]) -> None:
    test_families(text, period, kind, dates)


WEEKDAY_WORDS = ["thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ bảy", "Chủ nhật"]


@settings(deadline=None, max_examples=300)
@given(
    periods_and_days(),
    st.integers(0, 6),
    STYLES,
    st.sampled_from(
        [
            "Vào ngày {weekday} (ngày {date})",
            "Vào ngày {weekday} {date}",
            "Vào 20h ngày {weekday}, {date}",
            "Ngày {weekday}, ngày {date}",
            "Vào ngày {weekday} - {date}",
            "Ngày {date} (tức ngày 3/4/{year} Âm lịch – {weekday})",
        ]
    ),
)
def test_a_weekday_beside_a_date_reads_the_date_only_when_it_agrees(
    period_and_day: tuple[Period, date], shift: int, style: int, shape: str
) -> None:
    period, day = period_and_day
    weekday = WEEKDAY_WORDS[(day.weekday() + shift) % 7]
    text = shape.format(weekday=weekday, date=dmy(day, style), year=day.year)
    schedule = parse_deadline(text, period)
    assert_well_formed(schedule)
    if shift:
        assert schedule.kind is UNKNOWN, text
    elif schedule.kind is not UNKNOWN:
        assert (schedule.kind, schedule.due_dates) == (ONCE, (day,)), text


@settings(deadline=None, max_examples=300)
@given(periods_and_days(), st.integers(-3, 3), STYLES)
def test_a_lunar_bracket_with_a_year_never_reads_another_day(
    period_and_day: tuple[Period, date], year_shift: int, style: int
) -> None:
    period, day = period_and_day
    text = f"Ngày {dmy(day, style)} (tức ngày 5/6/{day.year + year_shift} Âm lịch)"
    schedule = parse_deadline(text, period)
    assert_well_formed(schedule)
    if year_shift not in (0, -1):
        assert schedule.kind is UNKNOWN, text
    elif schedule.kind is not UNKNOWN:
        assert (schedule.kind, schedule.due_dates) == (ONCE, (day,)), text


@settings(deadline=None, max_examples=300)
@given(periods_and_days(), st.integers(1, 11), st.integers(-1, 1), st.integers(1, 5))
def test_a_count_of_months_before_a_span_reads_its_end_only_when_they_agree(
    period_and_day: tuple[Period, date], months: int, miss: int, end_shift: int
) -> None:
    period, end = period_and_day
    month_index = end.year * 12 + end.month - 1 - months
    start_year, start_month = divmod(month_index, 12)
    assume(start_year >= 1)
    start_day = min(end.day, calendar.monthrange(start_year, start_month + 1)[1])
    start = date(start_year, start_month + 1, start_day)
    text = (
        f"Trong {months + miss} tháng, từ ngày {start.day}/{start.month}/{start.year}"
        f" đến ngày {end.day}/{end.month}/{end.year}"
    )
    schedule = parse_deadline(text, period)
    assert_well_formed(schedule)
    if schedule.kind is not UNKNOWN:
        assert (schedule.kind, schedule.due_dates) == (ONCE, (end,)), text
    if miss or start.day != end.day:
        assert schedule.kind is UNKNOWN, text
    shifted = end - timedelta(days=end_shift)
    text = (
        f"Trong {months} tháng, từ ngày {start.day}/{start.month}"
        f" đến ngày {shifted.day}/{shifted.month}"
    )
    schedule = parse_deadline(text, period)
    assert_well_formed(schedule)
    if schedule.kind is not UNKNOWN:
        # With no year written, the year is the period's; the day and month are the end's.
        (due,) = schedule.due_dates
        assert (due.day, due.month) == (shifted.day, shifted.month), text
        assert shifted.day == start.day, text


@settings(deadline=None, max_examples=200)
@given(periods(), st.integers(1, 31), st.integers(1, 31))
def test_the_first_month_of_every_quarter_is_due_on_its_end_day_in_those_months_only(
    period: Period, start: int, end: int
) -> None:
    text = f"Tháng đầu tiên của quý, từ ngày {start} đến ngày {end}"
    schedule = parse_deadline(text, period)
    assert_well_formed(schedule)
    if schedule.kind is not UNKNOWN:
        assert schedule.kind is RECURRING, text
        assert start < end <= 30, text
        assert all(
            day.day == end and day.month in (1, 4, 7, 10) and period.start <= day <= period.end
            for day in schedule.due_dates
        ), text


THIRTEENTH_KEYWORDS = [
    *TWELFTH_KEYWORDS,
    "Vào ngày Chủ nhật",
    "(ngày",
    "thứ bảy",
    "Vào 20h ngày thứ Sáu,",
    "(tức ngày 3/4/2027 Âm lịch – thứ Sáu)",
    "Âm lịch",
    "3 ngày, từ ngày",
    "Trong 2 tháng, từ ngày",
    "đến ngày",
    "Tháng đầu tiên của quý, từ ngày 1",
    "của quý đó",
]


# --- Round fourteen ----------------------------------------------------------------------------
# A bare span of days with no lead word, as exam timetables and farm calendars write it: due on
# its last day, the year from the period only when it holds that day in exactly one year.
BARE_DAY_SPANS: list[Case] = [
    ("07 đến 09/6", YEAR_2027, ONCE, ["2027-06-09"]),
    ("Dự kiến 21 đến 23/5", YEAR_2027, ONCE, ["2027-05-23"]),
    ("Ngày 8 đến 10/8", YEAR_2027, ONCE, ["2027-08-10"]),
    ("Ngày 11 đến 12/3/2027", YEAR_2027, ONCE, ["2027-03-12"]),
    ("Dự kiến 04 đến 06/3", TWO_YEARS_2027, ONCE, ["2027-03-06"]),
    # The period holds 06/12 in two years; a count of times; a span running backwards.
    ("Dự kiến 04 đến 06/12", TWO_YEARS_2027, UNKNOWN, []),
    ("3 đến 4 lần/tháng", YEAR_2027, UNKNOWN, []),
    ("2 đến 3 lần/tuần", YEAR_2027, UNKNOWN, []),
    ("25 đến 05/6", YEAR_2027, UNKNOWN, []),
    ("Ngày 3 đến 5", YEAR_2027, UNKNOWN, []),
]

# A lunar restatement written like a date with its lunar year, named lunar by its month word
# ("tháng Chạp", "tháng Giêng", "âm lịch", "ÂL") after a solar date or span: dropped when its
# year is the solar one or the one before, its month the one the word names, and a span after
# a span of as many days.
LUNAR_NAMED_BY_MONTH: list[Case] = [
    ("Họp tổng kết ngày 22/01/2027 (Ngày 15/12/2026 Tháng chạp)", YEAR_2027, ONCE, ["2027-01-22"]),
    (
        "Từ ngày 27 - 29/01/2027 (Từ ngày 20 - 22/12/2026 Tháng chạp)",
        YEAR_2027,
        ONCE,
        ["2027-01-29"],
    ),
    ("Ngày 14/02/2027 (ngày 8/1/2027 tháng Giêng)", YEAR_2027, ONCE, ["2027-02-14"]),
    ("Ngày 14/02/2027 (ngày 8/1/2027 âm lịch)", YEAR_2027, ONCE, ["2027-02-14"]),
    # A lunar year two back, a month its word does not name, a span after a single day, spans
    # of different lengths.
    ("Ngày 22/01/2027 (Ngày 15/12/2025 Tháng chạp)", YEAR_2027, UNKNOWN, []),
    ("Ngày 22/01/2027 (Ngày 15/11/2026 Tháng chạp)", YEAR_2027, UNKNOWN, []),
    ("Ngày 14/02/2027 (ngày 8/2/2027 tháng Giêng)", YEAR_2027, UNKNOWN, []),
    ("Ngày 22/01/2027 (Ngày 15 - 17/12/2026 Tháng chạp)", YEAR_2027, UNKNOWN, []),
    ("Ngày 27 - 29/01/2027 (Ngày 20 - 23/12/2026 Tháng chạp)", YEAR_2027, UNKNOWN, []),
    ("Ngày 27 - 29/01/2027 (Ngày 20/12/2026 Tháng chạp)", YEAR_2027, UNKNOWN, []),
]

# A date marked solar ("dl", "DL", "dương lịch"), and the same day named again after a comma:
# read only when the name is that date's own. "Đêm" before a date stays unread, as round one
# taught ("Đêm ngày 14/3/2026": a night runs into the next day), except when the name says
# the night is the solar New Year's, that of 31 December.
SOLAR_MARKED_AND_NAMED: list[Case] = [
    ("Ngày 20/4/2027 DL", YEAR_2027, ONCE, ["2027-04-20"]),
    ("Hoàn thành ngày 20 tháng 4 năm 2027 dương lịch", YEAR_2027, ONCE, ["2027-04-20"]),
    ("Tối 31 tháng 12 năm 2027 dl, đêm tết dương lịch", YEAR_2027, ONCE, ["2027-12-31"]),
    ("Ngày 01/01/2027, Tết dương lịch", YEAR_2027, ONCE, ["2027-01-01"]),
    ("Vào tối 31/12, đêm giao thừa tết dương lịch", YEAR_2027, ONCE, ["2027-12-31"]),
    # Two days named; "giao thừa" alone is the lunar New Year's Eve as often; before a night.
    ("Tối 30 tháng 12 năm 2027 dl, đêm tết dương lịch", YEAR_2027, UNKNOWN, []),
    ("Đêm 31 tháng 12 năm 2027 dl, đêm tết dương lịch", YEAR_2027, ONCE, ["2027-12-31"]),
    ("Đêm 31/12/2027 dl", YEAR_2027, UNKNOWN, []),
    ("Đêm 01/01/2027, Tết dương lịch", YEAR_2027, UNKNOWN, []),
    ("Ngày 31/12/2027, Tết dương lịch", YEAR_2027, UNKNOWN, []),
    ("Tối 31/12/2027, đêm giao thừa", YEAR_2027, UNKNOWN, []),
    ("Trước đêm 15/3/2027", YEAR_2027, UNKNOWN, []),
]

FOURTEENTH_ROUND = BARE_DAY_SPANS + LUNAR_NAMED_BY_MONTH + SOLAR_MARKED_AND_NAMED


@pytest.mark.parametrize(("text", "period", "kind", "dates"), FOURTEENTH_ROUND)
def test_fourteenth_round(text: str, period: Period, kind: ScheduleKind, dates: list[str]) -> None:
    test_families(text, period, kind, dates)


@settings(deadline=None, max_examples=300)
@given(
    periods_and_days(),
    st.integers(-5, 5),
    st.sampled_from(["{a} đến {b}", "Dự kiến {a} đến {b}", "Ngày {a} đến {b}"]),
)
def test_a_bare_span_of_days_reads_its_last_day_or_nothing(
    period_and_day: tuple[Period, date], back: int, shape: str
) -> None:
    period, end = period_and_day
    # A negative step writes a span running backwards ("25 đến 05/6"), never read.
    first = end.day - back if end.day - back >= 1 else end.day + 1
    text = shape.format(a=f"{first:02}", b=f"{end.day:02}/{end.month:02}")
    schedule = parse_deadline(text, period)
    assert_well_formed(schedule)
    if first > end.day:
        assert schedule.kind is UNKNOWN, text
    if schedule.kind is not UNKNOWN:
        (due,) = schedule.due_dates
        assert (schedule.kind, due.day, due.month) == (ONCE, end.day, end.month), text
        # The existing rule for spans without a year: the one year whose span the period holds.
        holding = [
            year
            for year in range(period.start.year, period.end.year + 1)
            if _holds(period, year, end.month, first) and _holds(period, year, end.month, end.day)
        ]
        assert holding == [due.year], text


@settings(deadline=None, max_examples=300)
@given(
    periods_and_days(),
    st.integers(-3, 3),
    st.integers(1, 12),
    st.sampled_from(["Tháng chạp", "tháng Giêng", "Âm lịch", "ÂL"]),
    STYLES,
)
def test_a_lunar_date_named_by_its_month_never_reads_another_day(
    period_and_day: tuple[Period, date], year_shift: int, month: int, mark: str, style: int
) -> None:
    period, day = period_and_day
    text = f"Ngày {dmy(day, style)} (Ngày 13/{month}/{day.year + year_shift} {mark})"
    schedule = parse_deadline(text, period)
    assert_well_formed(schedule)
    named = {"Tháng chạp": 12, "tháng Giêng": 1}.get(mark, month)
    if year_shift not in (0, -1) or month != named:
        assert schedule.kind is UNKNOWN, text
    elif schedule.kind is not UNKNOWN:
        assert (schedule.kind, schedule.due_dates) == (ONCE, (day,)), text


@settings(deadline=None, max_examples=300)
@given(
    periods_and_days(),
    STYLES,
    st.sampled_from(
        ["Ngày {date} dl", "Tối {date} DL", "Vào ngày {date} dương lịch", "Đêm {date} dl"]
    ),
    st.sampled_from(["", ", đêm tết dương lịch", ", Tết dương lịch", ", ngày tết dương lịch"]),
)
def test_a_solar_mark_or_the_days_own_name_never_moves_the_date(
    period_and_day: tuple[Period, date], style: int, shape: str, name: str
) -> None:
    period, day = period_and_day
    text = shape.format(date=dmy(day, style)) + name
    schedule = parse_deadline(text, period)
    assert_well_formed(schedule)
    own = (12, 31) if "đêm" in name else (1, 1)
    if name and (day.month, day.day) != own:
        assert schedule.kind is UNKNOWN, text
    elif schedule.kind is not UNKNOWN:
        assert (schedule.kind, schedule.due_dates) == (ONCE, (day,)), text


def _holds(period: Period, year: int, month: int, day: int) -> bool:
    try:
        return period.start <= date(year, month, day) <= period.end
    except ValueError:
        return False


FOURTEENTH_KEYWORDS = [
    *THIRTEENTH_KEYWORDS,
    "đến",
    "Dự kiến",
    "lần/tuần",
    "04/6",
    "(Ngày 13/12/2026 Tháng chạp)",
    "(Từ ngày 09 - 11/12/2026",
    "tháng Giêng)",
    "Tháng chạp)",
    "Đêm",
    "dl,",
    "đêm tết dương lịch",
    ", Tết dương lịch",
    "DL",
]


# Each round's words join the ones before (FOURTEENTH_KEYWORDS holds them all): text made of
# them, with numbers, is always read to a well-formed schedule, never an error. One test for
# every round: a round adds its words to the list rather than a test of its own.
@settings(deadline=None, max_examples=1000)
@given(
    st.lists(
        st.one_of(
            st.sampled_from(FOURTEENTH_KEYWORDS),
            st.integers(0, 40).map(str),
            st.integers(1990, 2100).map(str),
        ),
        max_size=12,
    ).map(" ".join),
    periods(),
)
def test_text_made_of_the_families_words_is_well_formed(text: str, period: Period) -> None:
    schedule = parse_deadline(text, period)
    assert_well_formed(schedule)
    if schedule.kind is RECURRING:
        assert all(period.start <= day <= period.end for day in schedule.due_dates)
