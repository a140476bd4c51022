"""A held-out set copied from real documents: deadline cells and phrases as officials wrote them.

Unlike ``test_deadline_heldout.py``, whose phrases were written by us or taken from issue
14, every phrase here was copied verbatim (capitals, spacing and odd forms kept) from a
published document, each cited below with where it was read. The readings were written
down, as a careful clerk would take each phrase, before the engine was changed for them.

Measured on the engine as it stood (issue 14's families, before this set was built): 27 of
the 33 phrases read right (81.8%), 6 came back ``unknown`` (the bare years "2025", "2026",
"2027", "2028", "2030" and "Nhiệm vụ thường xuyên") and none read wrong. The engine then
learnt those two families (a bare four-digit year is the end of that year; "Nhiệm vụ
thường xuyên" is an ongoing task) and reads all 33 right.

The set is small, and most of it comes from one appendix: the stored public material this
was collected from keeps only the first part of each web page, so the appendix tables of
most plans (where the deadline column is) could not be read. It should grow as real plans
are imported: add each new plan's deadline cells here, with their source, before changing
the engine for them.
"""

from __future__ import annotations

from datetime import date

from models.deadline import Period
from tests.models.deadline_cases import (
    MILESTONES,
    ONCE,
    ONGOING,
    RECURRING,
    UNKNOWN,
    YEAR_2025,
    Case,
    readings,
    share_right,
)

# The Government's action programme for Nghị quyết 57-NQ/TW runs to 2030.
PROGRAMME_2025_2030 = Period(date(2025, 1, 1), date(2030, 12, 31))
YEAR_ENDS_2025_2030 = [f"{year}-12-31" for year in range(2025, 2031)]

# Nghị quyết số 03/NQ-CP ngày 09/01/2025 của Chính phủ (Chương trình hành động thực hiện
# Nghị quyết 57-NQ/TW), Phụ lục II "Danh mục các nhiệm vụ", column "Thời gian hoàn thành",
# 140 tasks. Transcribed at github.com/thetrungdtt/VNMasterplan, "NQCP03/NQ03 PL2 Nhiem vu.md".
NGHI_QUYET_03_NQ_CP: list[Case] = [
    ("6/2025", PROGRAMME_2025_2030, ONCE, ["2025-06-30"]),
    ("06/2025", PROGRAMME_2025_2030, ONCE, ["2025-06-30"]),
    ("01/2025", PROGRAMME_2025_2030, ONCE, ["2025-01-31"]),
    ("2/2025", PROGRAMME_2025_2030, ONCE, ["2025-02-28"]),
    ("03/2025", PROGRAMME_2025_2030, ONCE, ["2025-03-31"]),
    ("3/2025", PROGRAMME_2025_2030, ONCE, ["2025-03-31"]),
    ("7/2025", PROGRAMME_2025_2030, ONCE, ["2025-07-31"]),
    ("9/2025", PROGRAMME_2025_2030, ONCE, ["2025-09-30"]),
    ("12/2025", PROGRAMME_2025_2030, ONCE, ["2025-12-31"]),
    ("3/2026", PROGRAMME_2025_2030, ONCE, ["2026-03-31"]),
    ("9/2026", PROGRAMME_2025_2030, ONCE, ["2026-09-30"]),
    ("12/2026", PROGRAMME_2025_2030, ONCE, ["2026-12-31"]),
    ("12/2028", PROGRAMME_2025_2030, ONCE, ["2028-12-31"]),
    ("Tháng 5/2025", PROGRAMME_2025_2030, ONCE, ["2025-05-31"]),
    ("Tháng 10/2025", PROGRAMME_2025_2030, ONCE, ["2025-10-31"]),
    ("Quý II/2025", PROGRAMME_2025_2030, ONCE, ["2025-06-30"]),
    ("2025", PROGRAMME_2025_2030, ONCE, ["2025-12-31"]),
    ("2026", PROGRAMME_2025_2030, ONCE, ["2026-12-31"]),
    ("2027", PROGRAMME_2025_2030, ONCE, ["2027-12-31"]),
    ("2028", PROGRAMME_2025_2030, ONCE, ["2028-12-31"]),
    ("2030", PROGRAMME_2025_2030, ONCE, ["2030-12-31"]),
    ("2025-2026", PROGRAMME_2025_2030, MILESTONES, ["2025-12-31", "2026-12-31"]),
    ("2025 - 2026", PROGRAMME_2025_2030, MILESTONES, ["2025-12-31", "2026-12-31"]),
    ("Hằng năm", PROGRAMME_2025_2030, RECURRING, YEAR_ENDS_2025_2030),
    ("hằng năm", PROGRAMME_2025_2030, RECURRING, YEAR_ENDS_2025_2030),
    ("Thường xuyên", PROGRAMME_2025_2030, ONGOING, []),
    ("Nhiệm vụ thường xuyên", PROGRAMME_2025_2030, ONGOING, []),
    # Due by the end of 2025 and then every year after, for how long it does not say.
    ("2025 và những năm tiếp theo", PROGRAMME_2025_2030, UNKNOWN, []),
]

# Deadlines written in the running text of other documents: only the opening of each page
# is stored, so these come from the opening paragraphs.
OTHER_DOCUMENTS: list[Case] = [
    # Ban Chỉ đạo của Chính phủ, kết luận phiên họp thứ 5 (15/11/2025), as reported at
    # vietnamnet.vn/xay-dung-ho-so-hoc-tap-suot-doi-tich-hop-csdl-quan-ly-van-bang-2464335.html
    ("trong tháng 11/2025", YEAR_2025, ONCE, ["2025-11-30"]),
    ("trước ngày 10/12/2025", YEAR_2025, ONCE, ["2025-12-09"]),
    # Bộ Nội vụ's deadlines for the new communes' areas (2025), as reported at
    # thanhnienonline.com/tag/hanh-chinh
    ("trước 30/8", YEAR_2025, ONCE, ["2025-08-29"]),
    ("trước 30/9", YEAR_2025, ONCE, ["2025-09-29"]),
    # Kế hoạch 130/KH-UBND ngày 13/7/2022 của UBND tỉnh Ninh Bình (giám sát, đánh giá
    # Chương trình MTQG giảm nghèo bền vững 2021-2025), at hethongphapluat.vn/ke-hoach-130-
    # kh-ubnd-nam-2022-...-tinh-ninh-binh.html. "Đầu kỳ, giữa kỳ" of what the text does not
    # date, so no careful clerk would date the whole.
    (
        "định kỳ 6 tháng, hằng năm, đầu kỳ, giữa kỳ, cuối kỳ hoặc đột xuất khi cần thiết",
        Period(date(2022, 7, 13), date(2025, 12, 31)),
        UNKNOWN,
        [],
    ),
]

REAL_PLANS = NGHI_QUYET_03_NQ_CP + OTHER_DOCUMENTS


def test_the_real_plan_phrases_are_distinct_and_from_several_documents() -> None:
    texts = [text for text, *_ in REAL_PLANS]
    assert len(texts) == len(set(texts)) >= 30
    assert len(OTHER_DOCUMENTS) >= 5


def test_no_real_plan_phrase_reads_wrong() -> None:
    assert [text for text, _right, wrong in readings(REAL_PLANS) if wrong] == []


def test_at_least_95_percent_of_real_plan_phrases_read_right() -> None:
    results = readings(REAL_PLANS)
    missed = [text for text, right, _wrong in results if not right]
    assert share_right(results) >= 0.95, missed
