"""The Vietnamese working calendar of a commune government.

A working day (*ngày làm việc*) is Monday to Friday, minus public holidays and the
days off the government swaps in to make long breaks, plus the Saturdays it turns
into working days to pay those breaks back. Deadlines and reminders are counted in
working days (Civil Code 2015, Art. 147-148), so this module answers "is this a
working day?" and does the arithmetic on top of it.

The public holidays come from the ``holidays`` package; :data:`OFFICIAL_SWAPS` fills
the announced swaps it lacks, and each :class:`WorkingCalendar` may take its own
overrides (a commune's decision, or a swap announced after this release).
"""

from __future__ import annotations

import importlib.util
import sys
import threading
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache, partial
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from holidays import HolidayBase

_COUNTRY = "VN"
_LANGUAGE = "vi"
_SATURDAY = 5
_SUNDAY = 6
_WEEKEND_NAMES: Mapping[int, str] = MappingProxyType({_SATURDAY: "Thứ Bảy", _SUNDAY: "Chủ nhật"})
_ONE_DAY = timedelta(days=1)


@dataclass(frozen=True)
class CalendarOverride:
    """One day whose status differs from the ``holidays`` package's calendar."""

    day: date
    working: bool  # True: a working day (e.g. a make-up Saturday); False: a day off
    note: str  # Vietnamese, why; shown as the reason of a day off


OFFICIAL_SWAPS: tuple[CalendarOverride, ...] = (
    # Tết Dương lịch 2026: Fri 02/01 off, paid back by working Sat 10/01. Công văn
    # 12729/VPCP-KGVX of 25/12/2025; holidays 0.109 does not have it. Reported at
    # https://tracuuquyhoach.com/tin-tuc/tin-vui-cho-nguoi-lao-dong-chinh-phu-dong-y-nghi-tet-duong-lich-4-ngay-54100289
    CalendarOverride(
        day=date(2026, 1, 2),
        working=False,
        note="Nghỉ bù Tết Dương lịch 2026 (Công văn 12729/VPCP-KGVX)",
    ),
    CalendarOverride(
        day=date(2026, 1, 10),
        working=True,
        note="Làm bù cho ngày nghỉ 02/01/2026 (Công văn 12729/VPCP-KGVX)",
    ),
)


@dataclass(frozen=True)
class _PackageYear:
    """What the ``holidays`` package says about one year."""

    holiday_names: Mapping[date, str]
    working_saturdays: frozenset[date]


@dataclass(frozen=True)
class _CalendarYear:
    """One year of a calendar, precomputed so that lookups are a dict or a bisect."""

    days_off: Mapping[date, str]  # every non-working day of the year, with its reason
    working_days: tuple[date, ...]  # sorted, for counting and stepping with bisect


@cache
def _package_year(year: int) -> _PackageYear:
    """Load one year from the ``holidays`` package, once per process.

    Shared by every :class:`WorkingCalendar`: the package data does not depend on
    the overrides, and building it (lunar dates for Tết, Giỗ Tổ) is the slow part.
    """
    calendar = _vietnamese_calendar()(language=_LANGUAGE, years=year)
    names: dict[date, str] = dict(calendar.items())
    # ``weekend_workdays`` also lists other years' Saturdays whatever ``years`` says.
    saturdays = frozenset(day for day in calendar.weekend_workdays if day.year == year)
    return _PackageYear(MappingProxyType(names), saturdays)


@cache
def _vietnamese_calendar() -> Callable[..., HolidayBase]:
    """The ``holidays`` package's Vietnamese calendar class, imported at first use.

    ``holidays.country_holidays`` imports the package's index of every country (some
    250 modules, a tenth of a second or more, which every command counting working
    days would pay at start-up); the Vietnamese module alone is loaded from its file
    when the package lays it out as expected, and through the index otherwise.
    """
    # The planner builds calendars in worker threads: without the lock a second thread
    # would find the module registered but half executed (no ``Vietnam`` yet).
    with _CALENDAR_IMPORT:
        return _load_vietnamese_calendar()


_CALENDAR_IMPORT = threading.Lock()


def _load_vietnamese_calendar() -> Callable[..., HolidayBase]:
    import holidays

    name = "holidays.countries.vietnam"
    path = Path(holidays.__file__).parent / "countries" / "vietnam.py"
    spec = importlib.util.spec_from_file_location(name, path)
    if name in sys.modules or spec is None or spec.loader is None or not path.exists():
        return partial(holidays.country_holidays, _COUNTRY)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # the index, if imported later, finds it loaded
    try:
        spec.loader.exec_module(module)
        found: Callable[..., HolidayBase] = module.Vietnam
    except Exception:
        del sys.modules[name]
        return partial(holidays.country_holidays, _COUNTRY)
    return found


def _days_of_year(year: int) -> Iterable[date]:
    day = date(year, 1, 1)
    while day.year == year:
        yield day
        day += _ONE_DAY


def _require_date(day: date) -> None:
    # A datetime is a date to the type checker but never equal to one, so it would
    # silently miss every holiday; and its calendar day depends on a time zone.
    if type(day) is not date:
        raise TypeError(f"expected a datetime.date, got {type(day).__name__}")


class WorkingCalendar:
    """Working days of Vietnamese state agencies: Monday-Friday minus holidays and swaps.

    Years are loaded on first use and kept; a calendar is safe to share between
    threads (at worst two threads build the same year twice, with equal results).
    """

    def __init__(self, overrides: Iterable[CalendarOverride] = ()) -> None:
        """Build a calendar; ``overrides`` win over :data:`OFFICIAL_SWAPS` and the package.

        When an iterable names the same day twice, the later entry wins.
        """
        merged = {override.day: override for override in OFFICIAL_SWAPS}
        merged.update((override.day, override) for override in overrides)
        self._overrides: Mapping[date, CalendarOverride] = MappingProxyType(merged)
        self._years: dict[int, _CalendarYear] = {}

    def is_working_day(self, day: date) -> bool:
        """Whether ``day`` is a working day."""
        _require_date(day)
        return day not in self._year(day.year).days_off

    def day_off_reason(self, day: date) -> str | None:
        """Why ``day`` is off, in Vietnamese; ``None`` on a working day.

        The override note, else the holiday name ("Quốc khánh"), else "Thứ Bảy" or
        "Chủ nhật".
        """
        _require_date(day)
        return self._year(day.year).days_off.get(day)

    def next_working_day(self, day: date, *, include_today: bool = False) -> date:
        """The first working day after ``day`` (or ``day`` itself if allowed and working)."""
        if include_today and self.is_working_day(day):
            return day
        return self.add_working_days(day, 1)

    def previous_working_day(self, day: date, *, include_today: bool = False) -> date:
        """The last working day before ``day`` (or ``day`` itself if allowed and working)."""
        if include_today and self.is_working_day(day):
            return day
        return self.add_working_days(day, -1)

    def add_working_days(self, day: date, count: int) -> date:
        """The ``count``-th working day after ``day`` (before it if ``count`` < 0).

        ``day`` itself is never counted, so it need not be a working day; ``count``
        0 returns ``day`` unchanged.
        """
        _require_date(day)
        if count > 0:
            return self._nth_working_day_after(day, count)
        if count < 0:
            return self._nth_working_day_before(day, -count)
        return day

    def working_days_between(self, start: date, end: date) -> int:
        """How many working days lie in ``(start, end]``; negative if ``end`` < ``start``.

        This is the inverse of :meth:`add_working_days` for a working ``start``.
        """
        _require_date(start)
        _require_date(end)
        if end < start:
            return -self.working_days_between(end, start)
        total = 0
        for year in range(start.year, end.year + 1):
            working = self._year(year).working_days
            low = bisect_right(working, start) if year == start.year else 0
            high = bisect_right(working, end) if year == end.year else len(working)
            total += high - low
        return total

    def first_working_day_of_month(self, year: int, month: int) -> date:
        """The first working day on or after the 1st of ``month``."""
        return self.next_working_day(date(year, month, 1), include_today=True)

    def first_working_day_of_week(self, day: date) -> date:
        """The first working day on or after the Monday of the ISO week of ``day``.

        When the whole week is off this is the next working day, in a later week.
        """
        _require_date(day)
        monday = day - timedelta(days=day.weekday())
        return self.next_working_day(monday, include_today=True)

    def _nth_working_day_after(self, day: date, count: int) -> date:
        year = day.year
        working = self._year(year).working_days
        index = bisect_right(working, day) + count - 1
        while index >= len(working):
            index -= len(working)
            year += 1
            working = self._year(year).working_days
        return working[index]

    def _nth_working_day_before(self, day: date, count: int) -> date:
        year = day.year
        working = self._year(year).working_days
        index = bisect_left(working, day) - count
        while index < 0:
            year -= 1
            working = self._year(year).working_days
            index += len(working)
        return working[index]

    def _year(self, year: int) -> _CalendarYear:
        # The hot path of is_working_day: one dict lookup once the year is built.
        calendar_year = self._years.get(year)
        if calendar_year is None:
            calendar_year = self._build_year(year)
            self._years[year] = calendar_year
        return calendar_year

    def _build_year(self, year: int) -> _CalendarYear:
        package = _package_year(year)
        days_off: dict[date, str] = {}
        working: list[date] = []
        for day in _days_of_year(year):
            reason = self._reason_off(day, package)
            if reason is None:
                working.append(day)
            else:
                days_off[day] = reason
        return _CalendarYear(MappingProxyType(days_off), tuple(working))

    def _reason_off(self, day: date, package: _PackageYear) -> str | None:
        """Decide one day: overrides first, then the package's holidays, then weekends."""
        override = self._overrides.get(day)
        if override is not None:
            return None if override.working else override.note
        holiday_name = package.holiday_names.get(day)
        if holiday_name is not None:
            return holiday_name
        if day in package.working_saturdays:
            return None
        return _WEEKEND_NAMES.get(day.weekday())
