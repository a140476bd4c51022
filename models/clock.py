"""The one clock every part of nhacviec reads time from.

Reminders, reports and "còn 3 ngày" all depend on *now*; if each module asked the
system for it, a demonstration of the 2025 plan in 2026 would be impossible and
tests would depend on the day they run. So time is injected: the runtime builds a
:class:`Clock` once (from ``NHACVIEC_CLOCK_START`` / ``NHACVIEC_CLOCK_SPEED``) and
passes it on.
"""

from __future__ import annotations

import time
from datetime import UTC, date, datetime, timedelta, tzinfo
from typing import Protocol
from zoneinfo import ZoneInfo

VIETNAM = ZoneInfo("Asia/Ho_Chi_Minh")


class Clock(Protocol):
    """Anything that tells the current instant, always timezone-aware."""

    tz: tzinfo

    def now(self) -> datetime:
        """Return the current instant in the clock's time zone."""
        ...


def today(clock: Clock) -> date:
    """Return the local calendar day of ``clock``."""
    return clock.now().date()


class SystemClock:
    """The wall clock."""

    def __init__(self, tz: tzinfo = VIETNAM) -> None:
        self.tz = tz

    def now(self) -> datetime:
        """Return the wall-clock instant."""
        return datetime.now(self.tz)


class ScaledClock:
    """A clock that starts at a chosen instant and runs ``speed`` times faster than real time.

    It lets the 2025 plan be demonstrated or tested end to end today: start it at
    07:55 on a reminder day with speed 60 and the 08:00 sweep happens five real
    seconds later.
    """

    def __init__(self, start: datetime, speed: float = 1.0, tz: tzinfo = VIETNAM) -> None:
        if start.tzinfo is None:
            raise ValueError("start must be timezone-aware")
        if speed <= 0:
            raise ValueError("speed must be positive")
        self.tz = tz
        self._start = start
        self._speed = speed
        self._origin = time.monotonic()

    def now(self) -> datetime:
        """Return the scaled instant."""
        elapsed = (time.monotonic() - self._origin) * self._speed
        return (self._start + timedelta(seconds=elapsed)).astimezone(self.tz)


class FixedClock:
    """A clock that stands still until moved; for tests and simulations."""

    def __init__(self, at: datetime, tz: tzinfo = VIETNAM) -> None:
        if at.tzinfo is None:
            raise ValueError("at must be timezone-aware")
        self.tz = tz
        self._at = at

    def now(self) -> datetime:
        """Return the instant the clock was set to."""
        return self._at.astimezone(self.tz)

    def set(self, at: datetime) -> None:
        """Move the clock to ``at``."""
        if at.tzinfo is None:
            raise ValueError("at must be timezone-aware")
        self._at = at

    def advance(self, delta: timedelta) -> None:
        """Move the clock forward by ``delta``."""
        self._at += delta


def utc(moment: datetime) -> datetime:
    """Return ``moment`` in UTC, the form every timestamp is stored in."""
    return moment.astimezone(UTC)
