"""The milestone rules: which due date an entry counts for, and what entries add up to."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from itertools import pairwise

from hypothesis import given
from hypothesis import strategies as st

from models.milestones import Entry, after, fold, milestone_for, open_milestone
from models.periods import Windows, half_span, quarter_span
from models.tables import Review

Q3, Q4 = date(2025, 9, 30), date(2025, 12, 31)
T0 = datetime(2025, 9, 1, 2, 0, tzinfo=UTC)


def entry(
    hours: int, percent: int | None, review: Review = Review.NONE, reviewed: int | None = None
) -> Entry:
    at = T0 + timedelta(hours=hours)
    return Entry(
        at, percent, review.value, None if reviewed is None else T0 + timedelta(hours=reviewed)
    )


def test_an_entry_counts_for_the_first_due_date_on_or_after_its_day() -> None:
    assert milestone_for(date(2025, 9, 1), (Q3, Q4)) == Q3
    assert milestone_for(Q3, (Q3, Q4)) == Q3
    assert milestone_for(date(2025, 10, 1), (Q3, Q4)) == Q4
    # After every date, or a moved date later than all: the last one.
    assert milestone_for(date(2026, 1, 5), (Q3, Q4)) == Q4
    assert milestone_for(date(2025, 9, 1), ()) is None


@given(st.dates(), st.lists(st.dates(), min_size=1, unique=True))
def test_the_milestone_is_always_one_of_the_dates(day: date, dates: list[date]) -> None:
    dates.sort()
    chosen = milestone_for(day, dates)
    assert chosen in dates
    assert chosen >= day or chosen == dates[-1]


def test_the_open_milestone_is_the_earliest_not_reported() -> None:
    assert open_milestone((Q3, Q4), frozenset()) == Q3
    assert open_milestone((Q3, Q4), frozenset({Q3})) == Q4
    # A missed 30/09 is still owed before 31/12.
    assert open_milestone((Q3, Q4), frozenset({Q4})) == Q3
    assert open_milestone((Q3, Q4), frozenset({Q3, Q4})) == Q4
    assert open_milestone((), frozenset()) is None


def test_a_confirmed_completion_is_done_on_the_day_it_was_reported() -> None:
    reported = entry(10, 100, Review.CONFIRMED, reviewed=50)
    standing = fold([entry(0, 40), reported])
    assert standing.done_at == reported.at
    assert standing.percent == 100


def test_a_pending_completion_awaits_and_is_not_done() -> None:
    standing = fold([entry(0, 40), entry(10, 100, Review.PENDING)])
    assert standing.done_at is None
    assert standing.awaiting_at == T0 + timedelta(hours=10)
    assert standing.reported


def test_a_confirmation_after_the_cutoff_still_awaits_as_of_the_cutoff() -> None:
    entries = [entry(10, 100, Review.CONFIRMED, reviewed=100)]
    as_of_before = fold(entries, cutoff=T0 + timedelta(hours=50))
    assert as_of_before.done_at is None and as_of_before.awaiting_at is not None
    assert fold(entries, cutoff=T0 + timedelta(hours=200)).done_at == T0 + timedelta(hours=10)


def test_a_returned_completion_no_longer_counts() -> None:
    standing = fold([entry(0, 60), entry(10, 100, Review.RETURNED, reviewed=20)])
    assert standing.percent == 60
    assert not standing.reported
    # Before it was returned, it awaited.
    assert fold(
        [entry(10, 100, Review.RETURNED, reviewed=20)], cutoff=T0 + timedelta(hours=15)
    ).reported


def test_falling_below_100_reopens() -> None:
    standing = fold([entry(0, 100, Review.CONFIRMED, reviewed=1), entry(5, 80)])
    assert standing.done_at is None and standing.percent == 80


def test_a_note_moves_nothing() -> None:
    done = fold([entry(0, 100)])
    assert after(done, entry(5, None)) == done


def test_calendar_and_ministry_periods() -> None:
    assert quarter_span(2025, 3, Windows.CALENDAR) == (date(2025, 7, 1), date(2025, 9, 30))
    assert quarter_span(2025, 4, Windows.CALENDAR) == (date(2025, 10, 1), date(2025, 12, 31))
    assert quarter_span(2025, 3, Windows.MOHA) == (date(2025, 6, 15), date(2025, 9, 14))
    assert quarter_span(2026, 1, Windows.MOHA) == (date(2025, 12, 15), date(2026, 3, 14))
    assert half_span(2025, 2, Windows.CALENDAR) == (date(2025, 7, 1), date(2025, 12, 31))
    assert half_span(2025, 1, Windows.MOHA) == (date(2024, 12, 15), date(2025, 6, 14))
    assert half_span(2025, 2, Windows.MOHA) == (date(2025, 6, 15), date(2025, 12, 14))


@given(st.integers(2000, 2100), st.sampled_from(list(Windows)))
def test_the_quarters_of_a_year_tile_it(year: int, windows: Windows) -> None:
    spans = [quarter_span(year, quarter, windows) for quarter in (1, 2, 3, 4)]
    for (_, end), (start, _) in pairwise(spans):
        assert start == end + timedelta(days=1)
    assert spans[0][0] == half_span(year, 1, windows)[0]
    assert spans[3][1] == half_span(year, 2, windows)[1]
