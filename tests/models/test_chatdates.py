"""Tests of the one date reader of the conversation."""

from __future__ import annotations

import contextlib
import unicodedata
from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from models.chatdates import DateError, leading_day, read_day, read_range


def d(text: str) -> date:
    """Read an ISO date, to keep the tables short."""
    return date.fromisoformat(text)


SAT_20_DEC = d("2025-12-20")  # a Saturday, eleven days before the new year
WED_31_DEC = d("2025-12-31")
THU_1_JAN = d("2026-01-01")
WED_10_DEC = d("2025-12-10")


@pytest.mark.parametrize(
    ("written", "today", "expected"),
    [
        # Numbers: a slash needs no year; the next such day on or after today.
        ("15/1", SAT_20_DEC, "2026-01-15"),
        ("15/01", SAT_20_DEC, "2026-01-15"),
        ("25/12", SAT_20_DEC, "2025-12-25"),
        ("20/12", SAT_20_DEC, "2025-12-20"),
        ("19/12", SAT_20_DEC, "2026-12-19"),
        ("31/12", WED_31_DEC, "2025-12-31"),
        ("31/12", THU_1_JAN, "2026-12-31"),
        ("1/1", WED_31_DEC, "2026-01-01"),
        ("15/01/2026", SAT_20_DEC, "2026-01-15"),
        ("1/7/2025", SAT_20_DEC, "2025-07-01"),  # a year written is kept, even past
        ("5/12/25", SAT_20_DEC, "2025-12-05"),
        ("05-12-2025", SAT_20_DEC, "2025-12-05"),
        ("5-12-25", SAT_20_DEC, "2025-12-05"),
        ("5.12.2025", SAT_20_DEC, "2025-12-05"),
        ("ngày 15/1", SAT_20_DEC, "2026-01-15"),
        ("Ngày 15/01/2026.", SAT_20_DEC, "2026-01-15"),
        ("15 tháng 1", SAT_20_DEC, "2026-01-15"),
        ("ngày 15 tháng 1 năm 2026", SAT_20_DEC, "2026-01-15"),
        ("ngay 15 thang 1 nam 2026", SAT_20_DEC, "2026-01-15"),
        ("ngày 15", SAT_20_DEC, "2026-01-15"),
        ("ngày 31", d("2026-02-10"), "2026-03-31"),
        ("  15/1  ", SAT_20_DEC, "2026-01-15"),
        # Words.
        ("hôm nay", SAT_20_DEC, "2025-12-20"),
        ("Hom nay", SAT_20_DEC, "2025-12-20"),
        ("mai", SAT_20_DEC, "2025-12-21"),
        ("Mai", WED_31_DEC, "2026-01-01"),
        ("ngày mai", SAT_20_DEC, "2025-12-21"),
        ("NGAY MAI", SAT_20_DEC, "2025-12-21"),
        ("ngày kia", WED_31_DEC, "2026-01-02"),
        ("mốt", SAT_20_DEC, "2025-12-22"),
        ("ngày mốt", SAT_20_DEC, "2025-12-22"),
        ("ngay mot", SAT_20_DEC, "2025-12-22"),
        ("hôm qua", THU_1_JAN, "2025-12-31"),
        # Weekdays: the next one after today (Saturday 20/12).
        ("thứ Hai", SAT_20_DEC, "2025-12-22"),
        ("thứ ba", SAT_20_DEC, "2025-12-23"),
        ("thứ Tư", SAT_20_DEC, "2025-12-24"),
        ("thứ Năm", SAT_20_DEC, "2025-12-25"),
        ("thứ Sáu", SAT_20_DEC, "2025-12-26"),
        ("thứ Bảy", SAT_20_DEC, "2025-12-27"),  # today is a Saturday: next Saturday
        ("thứ bẩy", SAT_20_DEC, "2025-12-27"),
        ("chủ nhật", SAT_20_DEC, "2025-12-21"),
        ("Chủ Nhật", SAT_20_DEC, "2025-12-21"),
        ("CN", SAT_20_DEC, "2025-12-21"),
        ("thứ 2", SAT_20_DEC, "2025-12-22"),
        ("thu 6", SAT_20_DEC, "2025-12-26"),
        ("thứ 7", SAT_20_DEC, "2025-12-27"),
        ("T2", SAT_20_DEC, "2025-12-22"),
        ("t6", SAT_20_DEC, "2025-12-26"),
        ("thu sau", WED_31_DEC, "2026-01-02"),
        ("thứ 6 tới", WED_31_DEC, "2026-01-02"),
        ("thứ 6 tuần sau", WED_31_DEC, "2026-01-09"),
        ("thứ 6 tuần tới", WED_31_DEC, "2026-01-09"),
        ("thu 6 tuan sau", WED_31_DEC, "2026-01-09"),
        ("T6 tuần sau", WED_31_DEC, "2026-01-09"),
        ("thứ 6 này", WED_31_DEC, "2026-01-02"),
        ("thứ 2 tuần này", WED_31_DEC, "2025-12-29"),
        ("thứ 2 tuần trước", WED_31_DEC, "2025-12-22"),
        ("chủ nhật tuần sau", SAT_20_DEC, "2025-12-28"),
        # Landmarks.
        ("cuối tuần", WED_31_DEC, "2026-01-02"),
        ("cuối tuần sau", WED_31_DEC, "2026-01-09"),
        ("đầu tuần sau", WED_31_DEC, "2026-01-05"),
        ("cuối tháng", SAT_20_DEC, "2025-12-31"),
        ("cuối tháng", WED_31_DEC, "2025-12-31"),
        ("cuoi thang", d("2028-02-03"), "2028-02-29"),
        ("cuối tháng sau", SAT_20_DEC, "2026-01-31"),
        ("cuối tháng tới", d("2026-01-15"), "2026-02-28"),
        ("đầu tháng sau", SAT_20_DEC, "2026-01-01"),
        ("dau thang toi", THU_1_JAN, "2026-02-01"),
        ("cuối năm", SAT_20_DEC, "2025-12-31"),
        ("cuối năm", THU_1_JAN, "2026-12-31"),
        ("cuối năm sau", SAT_20_DEC, "2026-12-31"),
        ("đầu năm sau", SAT_20_DEC, "2026-01-01"),
        ("cuối quý", d("2026-02-10"), "2026-03-31"),
        ("cuối quý sau", SAT_20_DEC, "2026-03-31"),
        # A weekday with its date, as the bot itself writes days.
        ("thứ Sáu, 26/12/2025", SAT_20_DEC, "2025-12-26"),
        ("thu 6 ngay 26/12", SAT_20_DEC, "2025-12-26"),
        ("Chủ nhật, 21/12/2025", SAT_20_DEC, "2025-12-21"),
        ("T5 15 tháng 1", SAT_20_DEC, "2026-01-15"),
    ],
)
def test_a_day_is_read_as_people_write_it(written: str, today: date, expected: str) -> None:
    assert read_day(written, today) == d(expected)


@pytest.mark.parametrize(
    "written",
    [
        "",
        "xong",
        "15.1",  # a task's code
        "12",  # a code or a percent
        "22-26",  # the start of a range
        "5-12",  # 5 December, or 5 to 12?
        "15/1/202",
        "15/1/20255",
        "15/1 chờ ký",  # more than a day
        "mãi",  # "forever", not "mai"
        "mái",
        "một",  # "one", not "mốt"
        "mot",
        "thứ 8",
        "thứ 1",
        "thứ 6 sau",  # next week's or the coming one?
        "tuần sau",  # a week, not a day
        "cuối tuần",  # on a Saturday: this weekend or next Friday?
        "đầu tháng",  # this month's 1st is gone
        "22/12 - 26/12",
        "mai mai",
    ],
)
def test_what_is_no_day_reads_as_none(written: str) -> None:
    assert read_day(written, SAT_20_DEC) is None


@pytest.mark.parametrize(
    ("written", "named"),
    [
        ("31/02", "31/02"),
        ("32/12", "32/12"),
        ("0/5", "0/5"),
        ("15/13", "15/13"),
        ("29/02/2027", "29/02/2027"),
        ("30-02-2026", "30-02-2026"),
        ("ngày 32", "32"),
        ("30 tháng 2", "30/2"),
    ],
)
def test_an_impossible_day_says_which(written: str, named: str) -> None:
    with pytest.raises(DateError) as raised:
        read_day(written, SAT_20_DEC)
    assert raised.value.message.args["date"] == named
    assert named in str(raised.value)


def test_a_weekday_and_a_date_that_disagree_say_so() -> None:
    with pytest.raises(DateError) as raised:
        read_day("thứ 5, 26/12/2025", SAT_20_DEC)
    assert raised.value.message.args == {"date": "26/12/2025", "weekday": "thứ 5"}
    assert str(raised.value) == "26/12/2025 is not thứ 5."


def test_a_29_february_without_a_year_is_the_next_that_exists() -> None:
    assert read_day("29/2", d("2027-03-01")) == d("2028-02-29")
    assert read_day("29/2", d("2028-01-10")) == d("2028-02-29")
    assert read_day("29/2", d("2028-03-01")) == d("2032-02-29")
    assert read_day("29/2", d("2027-03-01"), future=False) == d("2028-02-29")


def test_without_future_the_nearest_day_is_read() -> None:
    assert read_day("15/12", THU_1_JAN, future=False) == d("2025-12-15")
    assert read_day("15/1", WED_31_DEC, future=False) == d("2026-01-15")
    assert read_day("19/12", SAT_20_DEC, future=False) == d("2025-12-19")
    assert read_day("thứ 6", SAT_20_DEC, future=False) == d("2025-12-19")
    assert read_day("thứ 7", SAT_20_DEC, future=False) == d("2025-12-20")
    assert read_day("thứ 3", SAT_20_DEC, future=False) == d("2025-12-23")
    assert read_day("cuối tuần", SAT_20_DEC, future=False) == d("2025-12-19")
    assert read_day("ngày 18", SAT_20_DEC, future=False) == d("2025-12-18")


def test_nfd_text_and_odd_spaces_read_the_same() -> None:
    written = unicodedata.normalize("NFD", "thứ  Sáu\u00a0tuần sau")
    assert read_day(written, WED_31_DEC) == d("2026-01-09")


@pytest.mark.parametrize(
    ("written", "today", "expected"),
    [
        ("mai chờ số liệu", SAT_20_DEC, ("2025-12-21", "chờ số liệu")),
        ("thứ 6 tuần sau chờ ký", WED_31_DEC, ("2026-01-09", "chờ ký")),
        ("thứ 6 chờ ký", WED_31_DEC, ("2026-01-02", "chờ ký")),
        ("15/1 đợi Sở phê duyệt", SAT_20_DEC, ("2026-01-15", "đợi Sở phê duyệt")),
        ("15/01/2026: đợi Sở", SAT_20_DEC, ("2026-01-15", "đợi Sở")),
        ("mai, chờ ký", SAT_20_DEC, ("2025-12-21", "chờ ký")),
        ("thứ Sáu, 26/12/2025 chờ ký", SAT_20_DEC, ("2025-12-26", "chờ ký")),
        ("ngày mai", SAT_20_DEC, ("2025-12-21", "")),
        ("cuối tháng sau vì chờ", SAT_20_DEC, ("2026-01-31", "vì chờ")),
        ("Ngày 15 tháng 1 năm 2026 chờ ký", SAT_20_DEC, ("2026-01-15", "chờ ký")),
    ],
)
def test_a_leading_day_gives_back_the_rest_as_written(
    written: str, today: date, expected: tuple[str, str]
) -> None:
    assert leading_day(written, today) == (d(expected[0]), expected[1])


@pytest.mark.parametrize(
    "written", ["chờ ký", "mãi chưa xong", "một tuần nữa", "15.1 xong", "12 50 đã gửi", ""]
)
def test_text_not_starting_with_a_day_has_no_leading_day(written: str) -> None:
    assert leading_day(written, SAT_20_DEC) is None


def test_a_leading_impossible_day_is_an_error() -> None:
    with pytest.raises(DateError):
        leading_day("31/02 chờ ký", SAT_20_DEC)


@pytest.mark.parametrize(
    ("written", "today", "expected"),
    [
        ("22/12 - 26/12", SAT_20_DEC, ("2025-12-22", "2025-12-26")),
        ("22/12-26/12", SAT_20_DEC, ("2025-12-22", "2025-12-26")),
        ("22/12 – 26/12", SAT_20_DEC, ("2025-12-22", "2025-12-26")),
        ("từ 22/12 đến 26/12", SAT_20_DEC, ("2025-12-22", "2025-12-26")),
        ("Từ ngày 22/12 đến ngày 26/12", SAT_20_DEC, ("2025-12-22", "2025-12-26")),
        ("tu ngay 22/12 den ngay 26/12", SAT_20_DEC, ("2025-12-22", "2025-12-26")),
        ("22/12 đến 26/12", SAT_20_DEC, ("2025-12-22", "2025-12-26")),
        ("22/12 tới hết 26/12", SAT_20_DEC, ("2025-12-22", "2025-12-26")),
        ("22-26/12", SAT_20_DEC, ("2025-12-22", "2025-12-26")),
        ("22 - 26/12/2025", SAT_20_DEC, ("2025-12-22", "2025-12-26")),
        ("từ 22 đến 26/12", SAT_20_DEC, ("2025-12-22", "2025-12-26")),
        ("15/12/2025 19/12/2025", SAT_20_DEC, ("2025-12-15", "2025-12-19")),
        ("22/12/2025 26/12/2025", SAT_20_DEC, ("2025-12-22", "2025-12-26")),
        ("22/12-5/1", SAT_20_DEC, ("2025-12-22", "2026-01-05")),
        ("29/12 - 2/1", WED_31_DEC, ("2025-12-29", "2026-01-02")),  # under way
        ("22/12 - 26/12", d("2025-12-24"), ("2025-12-22", "2025-12-26")),  # under way
        ("22/12 - 26/12", d("2025-12-27"), ("2026-12-22", "2026-12-26")),  # over: next year's
        ("22/12-5/1", THU_1_JAN, ("2025-12-22", "2026-01-05")),
        ("5/1 - 9/1", SAT_20_DEC, ("2026-01-05", "2026-01-09")),
        ("mai", SAT_20_DEC, ("2025-12-21", "2025-12-21")),
        ("15/1", SAT_20_DEC, ("2026-01-15", "2026-01-15")),
        ("mai đến thứ 6", SAT_20_DEC, ("2025-12-21", "2025-12-26")),
        ("thứ 2 đến thứ 6", SAT_20_DEC, ("2025-12-22", "2025-12-26")),
        ("thứ 2 đến thứ 6 tuần sau", WED_31_DEC, ("2026-01-05", "2026-01-09")),
        ("thu 2 - thu 6 tuan sau", WED_31_DEC, ("2026-01-05", "2026-01-09")),
        ("T2-T6", WED_31_DEC, ("2026-01-05", "2026-01-09")),
        ("tuần sau", WED_31_DEC, ("2026-01-05", "2026-01-09")),
        ("từ mai đến cuối tháng", SAT_20_DEC, ("2025-12-21", "2025-12-31")),
        (  # the bot's own echo, pasted back
            "từ thứ Hai, 22/12/2025 đến thứ Sáu, 26/12/2025",
            SAT_20_DEC,
            ("2025-12-22", "2025-12-26"),
        ),
    ],
)
def test_a_range_is_read_as_people_write_it(
    written: str, today: date, expected: tuple[str, str]
) -> None:
    assert read_range(written, today) == (d(expected[0]), d(expected[1]))


@pytest.mark.parametrize(
    "written", ["", "nghỉ", "22/12 26/12 ốm", "22/12 -", "- 26/12", "22/12 đến", "mai mai mai"]
)
def test_what_is_no_range_reads_as_none(written: str) -> None:
    assert read_range(written, SAT_20_DEC) is None


@pytest.mark.parametrize(
    "written",
    ["26/12/2025 - 22/12/2025", "31/02 - 5/3", "22/12 - 31/02", "30-31/2", "mai đến hôm nay"],
)
def test_an_impossible_range_is_an_error(written: str) -> None:
    with pytest.raises(DateError):
        read_range(written, SAT_20_DEC)


def test_a_backward_range_names_both_days() -> None:
    with pytest.raises(DateError) as raised:
        read_range("26/12/2025 - 22/12/2025", SAT_20_DEC)
    assert raised.value.message.args == {"start": "26/12/2025", "end": "22/12/2025"}


# --- Properties -------------------------------------------------------------------------

days = st.dates(min_value=date(1900, 1, 1), max_value=date(2200, 12, 31))
todays = st.dates(min_value=date(2000, 1, 1), max_value=date(2100, 12, 31))


@given(day=days, today=todays)
def test_a_full_date_is_itself_whatever_the_day(day: date, today: date) -> None:
    assert read_day(f"{day:%d/%m/%Y}", today) == day
    assert read_day(f"{day:%d/%m/%Y}", today, future=False) == day
    assert read_day(f"{day.day}-{day.month}-{day.year}", today) == day


@given(day=days, today=todays)
def test_a_day_and_month_is_the_next_one_within_a_year(day: date, today: date) -> None:
    if (day.month, day.day) == (2, 29):
        day = day - timedelta(days=1)
    found = read_day(f"{day.day}/{day.month}", today)
    assert found is not None
    assert (found.day, found.month) == (day.day, day.month)
    assert today <= found < today + timedelta(days=366)


@given(day=days, today=todays)
def test_without_future_a_day_and_month_is_within_half_a_year(day: date, today: date) -> None:
    if (day.month, day.day) == (2, 29):
        day = day - timedelta(days=1)
    found = read_day(f"{day.day}/{day.month}", today, future=False)
    assert found is not None
    assert (found.day, found.month) == (day.day, day.month)
    assert abs((found - today).days) <= 183


@given(first=days, last=days, today=todays, dash=st.sampled_from([" - ", "-", " – ", " đến "]))
def test_a_range_starts_before_it_ends(first: date, last: date, today: date, dash: str) -> None:
    written = f"{first:%d/%m/%Y}{dash}{last:%d/%m/%Y}"
    if last < first:
        with pytest.raises(DateError):
            read_range(written, today)
    else:
        assert read_range(written, today) == (first, last)


@given(first=days, last=days, today=todays)
def test_a_range_without_years_is_ordered(first: date, last: date, today: date) -> None:
    try:
        found = read_range(f"{first.day}/{first.month} - {last.day}/{last.month}", today)
    except DateError:
        return  # 29/2 - 28/2 and the like
    assert found is not None
    assert found[0] <= found[1]
    assert found[1] >= today


_PIECES = st.sampled_from(
    [*"0123456789/.-– ,:", "thứ ", "tuần ", "sau", "mai", "ngày ", "đến ", "cuối ", "tháng"]
)
_DATELIKE = st.lists(_PIECES, max_size=12).map("".join)


@settings(max_examples=400)
@given(written=_DATELIKE | st.text(max_size=30), today=todays)
def test_any_text_gives_a_day_none_or_a_date_error(written: str, today: date) -> None:
    for read in (read_day, leading_day, read_range):
        for future in (True, False):
            with contextlib.suppress(DateError):
                read(written, today, future=future)


@given(written=st.text(max_size=20))
def test_the_edges_of_the_calendar_are_no_crash(written: str) -> None:
    for today in (date.min, date.max):
        for future in (True, False):
            with contextlib.suppress(DateError):
                read_range("mai " + written, today, future=future)
            with contextlib.suppress(DateError):
                read_day(written + " 31/12", today, future=future)
            with contextlib.suppress(DateError):
                leading_day("cuối năm sau " + written, today, future=future)
