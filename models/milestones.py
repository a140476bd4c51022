"""Milestones: a task's due dates, each done or not on its own.

A task with several due dates ("Quý III,IV/2025", "Hàng quý", "Trước ngày 20 của tháng
cuối quý") has one milestone per due date, with its own progress and product. A unit
reports on the milestone that is due: a reply to a reminder on that reminder's date, any
other update on the earliest milestone its part has not yet completed
(:func:`open_milestone`). An entry keeps the date it was written for; when the date moves
since (an approved extension, a revised plan), it counts for the milestone that date
became (:func:`milestone_for`). A task without dates ("Thường xuyên", a deadline nobody
has set yet) is a single milestone without a date, ``None``.

A completion is reported, then confirmed (:class:`models.tables.Review`): an officer's
100% awaits the coordinator's confirmation, unless the commune turned confirmation off.
:func:`fold` reads a milestone's (or a part's) entries as they stood at a moment: what
was confirmed by then is done, on the day it was *reported*; what was reported and not
yet confirmed awaits; what was returned by then no longer counts.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import NamedTuple

from models.tables import Review


def milestone_for(day: date | None, due_dates: Sequence[date]) -> date | None:
    """The milestone an entry written for ``day`` counts for, among ``due_dates`` (sorted).

    The first due date on or after ``day``, else the last one: an entry for a date that
    has moved later counts for the date it moved to, one written after every date for
    the last. ``None`` when the task has no dates (its one undated milestone).
    """
    if not due_dates:
        return None
    if day is None:
        return due_dates[-1]
    return next((due for due in due_dates if due >= day), due_dates[-1])


def entry_milestone(
    due_on: date | None, written_on: date, due_dates: Sequence[date]
) -> date | None:
    """The milestone of an entry stored for ``due_on`` (None: not tied to a date) and
    written on the local day ``written_on``: by its date, else by the day it was written."""
    return milestone_for(written_on if due_on is None else due_on, due_dates)


def open_milestone(due_dates: Sequence[date], finished: frozenset[date]) -> date | None:
    """The milestone a unit reports on now: the earliest one not ``finished`` (reported
    or done), else the last. A missed 30/09 comes before 31/12: it is still owed."""
    if not due_dates:
        return None
    return next((due for due in due_dates if due not in finished), due_dates[-1])


class Entry(NamedTuple):
    """One progress entry as the fold reads it."""

    at: datetime  # when it was written
    percent: int | None  # None: a note, a blocker or a file alone
    review: str  # a models.tables.Review value
    reviewed_at: datetime | None


class Standing(NamedTuple):
    """What a milestone's (or a part's) entries add up to at a moment."""

    percent: int = 0
    done_at: datetime | None = None  # when the completion that counts was reported
    awaiting_at: datetime | None = None  # a completion reported and not yet confirmed

    @property
    def reported(self) -> bool:
        """Done, or reported done and awaiting confirmation: nobody needs reminding."""
        return self.done_at is not None or self.awaiting_at is not None


NOTHING = Standing()


def after(standing: Standing, entry: Entry, cutoff: datetime | None = None) -> Standing:
    """The standing once ``entry`` is added, as of ``cutoff`` (None: as things are now).

    - A note moves nothing.
    - A percent below 100 sets the percent and reopens: an earlier completion no longer
      counts, confirmed or not.
    - A completion confirmed by the cutoff is done on the day it was reported (the first
      of an unbroken run of completions); one still awaiting (or confirmed only after the
      cutoff, or returned after it) awaits; one returned by the cutoff is as if unwritten.
    """
    if entry.percent is None:
        return standing
    if entry.percent < 100:
        return Standing(entry.percent)
    decided = entry.reviewed_at is None or cutoff is None or entry.reviewed_at < cutoff
    review = entry.review if decided else Review.PENDING.value
    if review == Review.RETURNED.value:
        return standing
    if review == Review.PENDING.value:
        return Standing(100, standing.done_at, standing.awaiting_at or entry.at)
    # Confirmed, or a completion from before reviews existed (Review.NONE).
    return Standing(100, standing.done_at or standing.awaiting_at or entry.at, None)


def fold(entries: Sequence[Entry], cutoff: datetime | None = None) -> Standing:
    """Fold entries, oldest first, as of ``cutoff``."""
    standing = NOTHING
    for entry in entries:
        standing = after(standing, entry, cutoff)
    return standing
