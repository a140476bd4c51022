"""What the engine reads a deadline into: the plan period, the schedule and its kind, and
the explanation of several sentences a compound cell gives."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from models.text import Text


class ScheduleKind(StrEnum):
    """How a deadline falls due: once, at milestones, repeatedly, never, or unread."""

    ONCE = "once"
    MILESTONES = "milestones"
    RECURRING = "recurring"
    ONGOING = "ongoing"
    UNKNOWN = "unknown"


@dataclass(frozen=True)
class Period:
    """An inclusive plan period, e.g. ``Period(date(2025, 7, 1), date(2025, 12, 31))``."""

    start: date
    end: date

    def __post_init__(self) -> None:
        if self.end < self.start:
            raise ValueError(f"a period cannot end ({self.end}) before it starts ({self.start})")


@dataclass(frozen=True)
class Schedule:
    """The due dates read from a deadline text, and why they read that way."""

    kind: ScheduleKind
    due_dates: tuple[date, ...]
    explanation: Text

    def __post_init__(self) -> None:
        if list(self.due_dates) != sorted(set(self.due_dates)):
            raise ValueError("due dates must be sorted ascending without duplicates")
        if not _fits_kind(self.kind, len(self.due_dates)):
            raise ValueError(f"a {self.kind} schedule cannot have {len(self.due_dates)} dates")


def _fits_kind(kind: ScheduleKind, count: int) -> bool:
    if kind is ScheduleKind.ONCE:
        return count == 1
    if kind is ScheduleKind.MILESTONES:
        # A single milestone is a once schedule.
        return count >= 2
    if kind is ScheduleKind.RECURRING:
        return count >= 1
    return count == 0


def _same(msgid: str) -> str:
    return msgid


@dataclass(frozen=True)
class _Sentences(Text):
    """An explanation of several sentences, each its own msgid, translated one by one.

    Compound cells say two things ("Định kỳ hàng quý, đột xuất": quarterly, and also when
    asked): the first sentence is the reading, the ones after it note the rest.
    """

    more: tuple[Text, ...] = ()

    def render(self, gettext: Callable[[str], str] = _same) -> str:
        """Translate and fill in every sentence, joined by spaces."""
        first = gettext(self.msgid).format(**self.args)
        return " ".join([first, *(sentence.render(gettext) for sentence in self.more)])


def _followed_by(first: Text, *more: Text) -> Text:
    earlier = first.more if isinstance(first, _Sentences) else ()
    return _Sentences(first.msgid, first.args, (*earlier, *more))
