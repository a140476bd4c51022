"""What every report surface says alike: the period's name, and the milestones' states.

``/baocao``, the Word report, the workbook and the chart name the period and the official
states of the milestones with these words, so that a clerk copying a figure from one to
another finds the same label beside it. The numbers all come from the one
:class:`~models.report.Report`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from handlers.i18n import Translator
from handlers.tasks import status_label
from models.periods import Windows, half_span, quarter_span
from models.report import Counts, MilestoneLine, Report

ROMAN_QUARTERS = {1: "I", 2: "II", 3: "III", 4: "IV"}


@dataclass(frozen=True)
class State:
    """One official state of the milestones of a period, and how many stand in it."""

    key: str  # the Counts field and the JSON key
    label: str
    count: int


def official_states(counts: Counts, tr: Translator) -> tuple[State, ...]:
    """The four states an official report counts, then those without a deadline yet.

    Those awaiting confirmation are not a state: they are counted among the not
    completed, and said on a line of their own (:func:`awaiting_line`).
    """
    return (
        State("done_on_time", tr.gettext("Completed on time"), counts.done_on_time),
        State("done_late", tr.gettext("Completed late"), counts.done_late),
        State("in_progress", tr.gettext("Not completed, within the deadline"), counts.in_progress),
        State("overdue", tr.gettext("Not completed, overdue"), counts.overdue),
        State("no_deadline", tr.gettext("No deadline yet"), counts.no_deadline),
    )


def milestone_label(milestone: MilestoneLine, tr: Translator) -> str:
    """A milestone's status, or that its completion awaits confirmation."""
    if milestone.awaiting:
        return tr.gettext("Awaiting confirmation")
    return status_label(tr, milestone.status)


def milestone_state(milestone: MilestoneLine, tr: Translator) -> str:
    """``30/09/2025: Quá hạn (40%)``; without a date for the single milestone of a task
    that has none."""
    state = f"{milestone_label(milestone, tr)} ({tr.percent(milestone.percent / 100)})"
    if milestone.due_on is None:
        return state
    return tr.gettext("{due}: {state}", due=tr.date(milestone.due_on), state=state)


def awaiting_line(counts: Counts, tr: Translator) -> str:
    """The milestones reported done and awaiting confirmation, not yet counted as done."""
    return tr.gettext(
        "Awaiting confirmation: {count} (reported done, not counted as completed yet).",
        count=counts.awaiting,
    )


def milestones_heading(counts: Counts, tr: Translator) -> str:
    """``Mốc thời hạn trong kỳ: 23 (đã đến hạn: 16)``."""
    return tr.gettext(
        "Milestones due in the period: {count} (due so far: {due})",
        count=counts.tasks,
        due=counts.due,
    )


def period_name(report: Report, tr: Translator) -> str | None:
    """``Quý III/2025``, ``6 tháng cuối năm 2025``; None for the plan as a whole."""
    year = report.year or report.period_end.year
    if report.quarter is not None:
        return tr.gettext(
            "Quarter {quarter}/{year}", quarter=ROMAN_QUARTERS[report.quarter], year=year
        )
    if report.half == 1:
        return tr.gettext("First half of {year}", year=year)
    if report.half == 2:
        return tr.gettext("Second half of {year}", year=year)
    return None


def period_line(report: Report, tr: Translator) -> str | None:
    """The period with its days: ``Quý III/2025 (01/07/2025 - 30/09/2025)``; None for the
    plan as a whole. The days are those the report covers within the plan."""
    name = period_name(report, tr)
    if name is None:
        return None
    return tr.gettext(
        "{period} ({start} - {end})",
        period=name,
        start=tr.date(report.period_start),
        end=tr.date(report.period_end),
    )


def period_span(report: Report, windows: Windows) -> tuple[date, date]:
    """The period's own first and last day, as ``windows`` cut it (the Ministry's quarter
    III runs 15/06 to 14/09 even when the plan starts on 01/07); the plan's period for a
    report on the plan as a whole."""
    year = report.year or report.period_end.year
    if report.quarter is not None:
        return quarter_span(year, report.quarter, windows)
    if report.half is not None:
        return half_span(year, report.half, windows)
    return report.period_start, report.period_end


def period_code(quarter: int | None, half: int | None) -> int:
    """A period as one small number for a choice's data: 1-4 a quarter, 5-6 a half-year
    (5 the first), 0 the plan as a whole. Choices made before half-years existed carry a
    quarter or 0 in the same place, so they still read the same."""
    if quarter is not None:
        return quarter
    if half is not None:
        return 4 + half
    return 0


def period_of_code(code: int) -> tuple[int | None, int | None] | None:
    """The (quarter, half) a :func:`period_code` stands for; None for no period code."""
    if code == 0:
        return None, None
    if 1 <= code <= 4:
        return code, None
    if code in (5, 6):
        return None, code - 4
    return None
