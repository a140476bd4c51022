"""Tests of the Vietnamese working calendar against the announced 2025-2026 holidays."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from models.calendar import OFFICIAL_SWAPS, CalendarOverride, WorkingCalendar

CALENDAR = WorkingCalendar()


def _days(first: date, last: date) -> list[date]:
    return [first + timedelta(days=offset) for offset in range((last - first).days + 1)]


# Weekdays off announced for civil servants (reference section 3.3).
DAYS_OFF_2025 = [
    date(2025, 1, 1),
    *_days(date(2025, 1, 27), date(2025, 1, 31)),  # Tết Ất Tỵ
    date(2025, 4, 7),  # Giỗ Tổ Hùng Vương, nghỉ bù for Sun 06/04
    date(2025, 4, 30),
    date(2025, 5, 1),
    date(2025, 5, 2),  # swapped with Sat 26/04
    date(2025, 9, 1),
    date(2025, 9, 2),
]
DAYS_OFF_2026 = [
    date(2026, 1, 1),
    date(2026, 1, 2),  # swapped with Sat 10/01 (Công văn 12729/VPCP-KGVX)
    *_days(date(2026, 2, 16), date(2026, 2, 20)),  # Tết Bính Ngọ
    date(2026, 4, 27),  # Giỗ Tổ falls on Sun 26/04
    date(2026, 4, 30),
    date(2026, 5, 1),
    date(2026, 8, 31),  # swapped with Sat 22/08
    date(2026, 9, 1),
    date(2026, 9, 2),
    date(2026, 11, 24),  # Ngày Văn hóa Việt Nam, the package's default
]
WORKING_SATURDAYS = [date(2025, 4, 26), date(2026, 1, 10), date(2026, 8, 22)]


@pytest.mark.parametrize("day", DAYS_OFF_2025 + DAYS_OFF_2026, ids=str)
def test_announced_weekdays_off_are_not_working_days(day: date) -> None:
    assert day.weekday() < 5, "the list should hold weekdays only"
    assert not CALENDAR.is_working_day(day)
    assert CALENDAR.day_off_reason(day) is not None


@pytest.mark.parametrize("day", WORKING_SATURDAYS, ids=str)
def test_make_up_saturdays_are_working_days(day: date) -> None:
    assert day.weekday() == 5
    assert CALENDAR.is_working_day(day)
    assert CALENDAR.day_off_reason(day) is None


@pytest.mark.parametrize("year", [2025, 2026])
def test_every_other_weekday_is_a_working_day(year: int) -> None:
    off = set(DAYS_OFF_2025 + DAYS_OFF_2026)
    weekdays = [d for d in _days(date(year, 1, 1), date(year, 12, 31)) if d.weekday() < 5]
    assert [d for d in weekdays if d not in off and not CALENDAR.is_working_day(d)] == []


@pytest.mark.parametrize("year", [2025, 2026])
def test_ordinary_weekends_are_off(year: int) -> None:
    weekends = [d for d in _days(date(year, 1, 1), date(year, 12, 31)) if d.weekday() >= 5]
    working = [d for d in weekends if CALENDAR.is_working_day(d)]
    assert working == [d for d in WORKING_SATURDAYS if d.year == year]


def test_quoc_khanh_2025_long_weekend_is_off() -> None:
    holiday = _days(date(2025, 8, 30), date(2025, 9, 2))
    assert [CALENDAR.is_working_day(d) for d in holiday] == [False] * 4
    assert CALENDAR.is_working_day(date(2025, 8, 29))
    assert CALENDAR.is_working_day(date(2025, 9, 3))


def test_day_off_reasons_are_in_vietnamese() -> None:
    assert CALENDAR.day_off_reason(date(2025, 9, 2)) == "Quốc khánh"
    assert CALENDAR.day_off_reason(date(2026, 1, 1)) == "Tết Dương lịch"
    assert CALENDAR.day_off_reason(date(2025, 8, 30)) == "Thứ Bảy"
    assert CALENDAR.day_off_reason(date(2025, 8, 31)) == "Chủ nhật"
    assert CALENDAR.day_off_reason(date(2026, 1, 2)) == (
        "Nghỉ bù Tết Dương lịch 2026 (Công văn 12729/VPCP-KGVX)"
    )
    assert CALENDAR.day_off_reason(date(2025, 9, 3)) is None


def test_a_holiday_on_a_weekend_gives_the_holiday_name() -> None:
    # Sun 26/04/2026 is Giỗ Tổ itself; the name says more than "Chủ nhật".
    reason = CALENDAR.day_off_reason(date(2026, 4, 26))
    assert reason is not None
    assert "Giỗ Tổ Hùng Vương" in reason


def test_official_swaps_are_the_new_year_2026_swap() -> None:
    assert {(s.day, s.working) for s in OFFICIAL_SWAPS} == {
        (date(2026, 1, 2), False),
        (date(2026, 1, 10), True),
    }
    assert all(s.note for s in OFFICIAL_SWAPS)


def test_override_turns_van_hoa_day_back_into_a_working_day() -> None:
    van_hoa = date(2026, 11, 24)
    calendar = WorkingCalendar([CalendarOverride(van_hoa, True, "Chưa có hiệu lực pháp lý")])
    assert calendar.is_working_day(van_hoa)
    assert calendar.day_off_reason(van_hoa) is None
    # Other calendars, sharing the package's data, are unaffected.
    assert not CALENDAR.is_working_day(van_hoa)
    assert not WorkingCalendar().is_working_day(van_hoa)


def test_overrides_win_over_official_swaps() -> None:
    calendar = WorkingCalendar(
        [
            CalendarOverride(date(2026, 1, 2), True, "Xã làm việc"),
            CalendarOverride(date(2026, 1, 10), False, "Xã không làm bù"),
        ]
    )
    assert calendar.is_working_day(date(2026, 1, 2))
    assert not calendar.is_working_day(date(2026, 1, 10))
    assert calendar.day_off_reason(date(2026, 1, 10)) == "Xã không làm bù"


def test_overrides_add_a_day_off_and_a_working_saturday() -> None:
    calendar = WorkingCalendar(
        [
            CalendarOverride(date(2027, 3, 10), False, "Nghỉ theo quyết định của UBND tỉnh"),
            CalendarOverride(date(2027, 3, 13), True, "Làm bù"),
        ]
    )
    assert calendar.day_off_reason(date(2027, 3, 10)) == "Nghỉ theo quyết định của UBND tỉnh"
    assert calendar.is_working_day(date(2027, 3, 13))
    assert calendar.next_working_day(date(2027, 3, 12)) == date(2027, 3, 13)


def test_later_override_of_the_same_day_wins() -> None:
    day = date(2025, 6, 4)
    calendar = WorkingCalendar(
        [CalendarOverride(day, False, "Nghỉ"), CalendarOverride(day, True, "Huỷ nghỉ")]
    )
    assert calendar.is_working_day(day)


def test_next_and_previous_working_day_across_quoc_khanh_2025() -> None:
    assert CALENDAR.previous_working_day(date(2025, 9, 2)) == date(2025, 8, 29)
    assert CALENDAR.next_working_day(date(2025, 8, 29)) == date(2025, 9, 3)
    assert CALENDAR.next_working_day(date(2025, 8, 30)) == date(2025, 9, 3)
    assert CALENDAR.previous_working_day(date(2025, 9, 3)) == date(2025, 8, 29)


def test_include_today_returns_a_working_day_itself_only() -> None:
    assert CALENDAR.next_working_day(date(2025, 9, 3), include_today=True) == date(2025, 9, 3)
    assert CALENDAR.next_working_day(date(2025, 9, 3)) == date(2025, 9, 4)
    assert CALENDAR.next_working_day(date(2025, 9, 1), include_today=True) == date(2025, 9, 3)
    assert CALENDAR.previous_working_day(date(2025, 8, 29), include_today=True) == date(
        2025, 8, 29
    )
    assert CALENDAR.previous_working_day(date(2025, 9, 1), include_today=True) == date(2025, 8, 29)


def test_add_working_days_forward_across_tet_2025() -> None:
    # Fri 24/01 is the last working day before Tết; Mon 03/02 the first after it.
    assert CALENDAR.add_working_days(date(2025, 1, 24), 1) == date(2025, 2, 3)
    assert CALENDAR.add_working_days(date(2025, 1, 23), 3) == date(2025, 2, 4)
    assert CALENDAR.add_working_days(date(2025, 1, 28), 1) == date(2025, 2, 3)


def test_add_working_days_backward_across_tet_2026() -> None:
    # Mon 23/02 is the first working day after Tết; Fri 13/02 the last before it.
    assert CALENDAR.add_working_days(date(2026, 2, 23), -1) == date(2026, 2, 13)
    assert CALENDAR.add_working_days(date(2026, 2, 24), -3) == date(2026, 2, 12)
    assert CALENDAR.add_working_days(date(2026, 2, 18), -1) == date(2026, 2, 13)


def test_add_working_days_zero_returns_the_day_itself() -> None:
    assert CALENDAR.add_working_days(date(2025, 9, 2), 0) == date(2025, 9, 2)


def test_add_working_days_across_the_new_year_swap() -> None:
    # Wed 31/12/2025 + 1 skips 01/01 and 02/01/2026 and the weekend: Mon 05/01.
    assert CALENDAR.add_working_days(date(2025, 12, 31), 1) == date(2026, 1, 5)
    # The make-up Saturday counts: Fri 09/01 + 1 is Sat 10/01.
    assert CALENDAR.add_working_days(date(2026, 1, 9), 1) == date(2026, 1, 10)
    assert CALENDAR.add_working_days(date(2026, 1, 5), -1) == date(2025, 12, 31)


def test_add_working_days_spans_several_years() -> None:
    start = date(2025, 12, 31)
    far = CALENDAR.add_working_days(start, 600)
    assert far.year == 2028
    assert CALENDAR.working_days_between(start, far) == 600
    assert CALENDAR.add_working_days(far, -600) == start


def test_working_days_between() -> None:
    # (29/08/2025, 03/09/2025] holds only Wed 03/09.
    assert CALENDAR.working_days_between(date(2025, 8, 29), date(2025, 9, 3)) == 1
    assert CALENDAR.working_days_between(date(2025, 9, 3), date(2025, 8, 29)) == -1
    assert CALENDAR.working_days_between(date(2025, 9, 3), date(2025, 9, 3)) == 0
    # Tết 2025: nothing between Fri 24/01 and Sun 02/02.
    assert CALENDAR.working_days_between(date(2025, 1, 24), date(2025, 2, 2)) == 0
    # April 2025: 22 weekdays, minus 07/04 and 30/04, plus Sat 26/04.
    assert CALENDAR.working_days_between(date(2025, 3, 31), date(2025, 4, 30)) == 21
    # Across the year end: Wed 31/12/2025 and Mon-Fri 05-09/01/2026, Sat 10/01.
    assert CALENDAR.working_days_between(date(2025, 12, 30), date(2026, 1, 10)) == 7


def test_first_working_day_of_month() -> None:
    assert CALENDAR.first_working_day_of_month(2025, 9) == date(2025, 9, 3)
    assert CALENDAR.first_working_day_of_month(2026, 1) == date(2026, 1, 5)
    assert CALENDAR.first_working_day_of_month(2025, 10) == date(2025, 10, 1)
    assert CALENDAR.first_working_day_of_month(2025, 2) == date(2025, 2, 3)


def test_first_working_day_of_week() -> None:
    assert CALENDAR.first_working_day_of_week(date(2025, 9, 1)) == date(2025, 9, 3)
    assert CALENDAR.first_working_day_of_week(date(2025, 9, 7)) == date(2025, 9, 3)
    assert CALENDAR.first_working_day_of_week(date(2025, 9, 10)) == date(2025, 9, 8)
    # Mon 27/04/2026 is the Giỗ Tổ make-up day off.
    assert CALENDAR.first_working_day_of_week(date(2026, 4, 29)) == date(2026, 4, 28)


def test_first_working_day_of_a_week_entirely_off_is_the_next_working_day() -> None:
    # Mon 16 - Fri 20/02/2026 is Tết Bính Ngọ.
    assert CALENDAR.first_working_day_of_week(date(2026, 2, 18)) == date(2026, 2, 23)


def test_datetime_is_rejected() -> None:
    with pytest.raises(TypeError):
        CALENDAR.is_working_day(datetime(2025, 9, 2, 8, 0))  # noqa: DTZ001 - the value is the point


def test_years_far_from_2025_still_answer() -> None:
    assert CALENDAR.is_working_day(date(2035, 3, 6))
    assert not CALENDAR.is_working_day(date(2020, 9, 2))
    assert not CALENDAR.is_working_day(date(2035, 3, 10))  # a Saturday


working_years = st.dates(min_value=date(2020, 1, 1), max_value=date(2035, 12, 31))


@settings(max_examples=300, deadline=None)
@given(start=working_years, count=st.integers(min_value=-400, max_value=400))
def test_add_working_days_lands_on_a_working_day_and_inverts(start: date, count: int) -> None:
    day = CALENDAR.next_working_day(start, include_today=True)
    moved = CALENDAR.add_working_days(day, count)
    if count != 0:
        assert CALENDAR.is_working_day(moved)
    assert CALENDAR.working_days_between(day, moved) == count


@settings(max_examples=200, deadline=None)
@given(start=working_years, count=st.integers(min_value=1, max_value=60))
def test_add_working_days_from_any_day_lands_on_a_working_day(start: date, count: int) -> None:
    assert CALENDAR.is_working_day(CALENDAR.add_working_days(start, count))
    assert CALENDAR.is_working_day(CALENDAR.add_working_days(start, -count))
    assert CALENDAR.working_days_between(start, CALENDAR.add_working_days(start, count)) == count


_FIRST_USE_IN_THREADS = """
from concurrent.futures import ThreadPoolExecutor
from datetime import date
from models.calendar import WorkingCalendar

def first_day_off(year: int) -> bool:
    return WorkingCalendar().is_working_day(date(year, 1, 1))

with ThreadPoolExecutor(8) as pool:
    assert not any(pool.map(first_day_off, range(2020, 2036)))
"""


def test_the_holiday_data_loads_safely_from_several_threads_at_once() -> None:
    # The planner builds calendars in worker threads; the first use loads the package's
    # Vietnamese module, which a second thread must never see half loaded.
    import subprocess
    import sys
    from pathlib import Path

    done = subprocess.run(
        [sys.executable, "-c", _FIRST_USE_IN_THREADS],
        cwd=Path(__file__).parents[2],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
