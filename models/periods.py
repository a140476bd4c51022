"""Reporting periods: calendar quarters and halves, or the Ministry's reporting windows.

A quarter's report counts the milestones due in that quarter. Communes report either by
calendar period (Quý III = 01/7 to 30/9) or by the data windows of Nghị định
09/2019/NĐ-CP that the Ministry of Home Affairs (Bộ Nội vụ) applies to periodic reports:
a period runs from the 15th of the last month of the previous period to the 14th of the
last month of this one (Quý III = 15/6 to 14/9; the first half = 15/12 of the year
before to 14/6; the year = 15/12 to 14/12). ``NHACVIEC_REPORT_WINDOWS`` chooses.
"""

from __future__ import annotations

from datetime import date, timedelta
from enum import StrEnum


class Windows(StrEnum):
    """How reporting periods are cut."""

    CALENDAR = "calendar"
    MOHA = "moha"


def quarter_span(year: int, quarter: int, windows: Windows) -> tuple[date, date]:
    """The first and last day of quarter ``quarter`` (1..4) of ``year``."""
    return _span(year, 3 * quarter, 3, windows)


def half_span(year: int, half: int, windows: Windows) -> tuple[date, date]:
    """The first and last day of half ``half`` (1..2) of ``year``."""
    return _span(year, 6 * half, 6, windows)


def _span(year: int, last_month: int, months: int, windows: Windows) -> tuple[date, date]:
    """A period of ``months`` months ending with month ``last_month`` of ``year``."""
    first_month = last_month - months + 1
    if windows is Windows.MOHA:
        # From the 15th of the month before the period's first month.
        before_year, before_month = (year, first_month - 1) if first_month > 1 else (year - 1, 12)
        return date(before_year, before_month, 15), date(year, last_month, 14)
    following = date(year + 1, 1, 1) if last_month == 12 else date(year, last_month + 1, 1)
    return date(year, first_month, 1), following - timedelta(days=1)
