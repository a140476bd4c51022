"""Building reports: read every plan's units, sections and tasks at once, then work out
each report's lines and counts."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlmodel import Session

from models.periods import Windows
from models.plans import UnitRef
from models.report.counting import (
    _group_lines,
    _section_code,
    _unit_lines,
    count_milestones,
    count_tasks,
)
from models.report.lines import Report
from models.report.marks import _task_line
from models.report.reading import (
    _chosen_unit,
    _OrderedUnit,
    _organisation_names,
    _organisation_units,
    _plan_sections,
    _read_tasks,
)
from models.report.seen import _seen_by
from models.report.windows import PeriodAsked, _Window, _window
from models.tables import Plan, UnitRole, row_id


def build_report(
    session: Session,
    plan: Plan,
    *,
    now: datetime,
    unit_code: str | None = None,
    quarter: int | None = None,
    year: int | None = None,
    half: int | None = None,
    windows: Windows = Windows.CALENDAR,
) -> Report:
    """Build the report of ``plan`` at ``now`` (aware), for a unit and a period if given.

    The period is a quarter or a half of ``year`` (the plan's last year by default), cut
    as ``windows`` says (models.periods). Raises :class:`ReportError` for an unknown
    unit code, a quarter outside 1..4, a half outside 1..2, a period outside the plan's,
    or a year without a period.
    """
    if now.tzinfo is None:
        raise ValueError("now must be timezone-aware")
    asked = PeriodAsked(quarter, half, year, windows)
    [report] = _build(session, [plan], _window(plan, now, asked), now, unit_code)
    return report


def build_reports(session: Session, plans: Sequence[Plan], *, now: datetime) -> list[Report]:
    """The whole-period reports of many plans (a city's communes), in the order given.

    The same handful of queries as one report, whatever the number of plans: a city's
    picture costs about what one commune's does, plus the Python that counts its tasks.
    """
    if now.tzinfo is None:
        raise ValueError("now must be timezone-aware")
    return _build(session, plans, None, now, None)


def _build(
    session: Session,
    plans: Sequence[Plan],
    quarter_window: _Window | None,
    now: datetime,
    unit_code: str | None,
) -> list[Report]:
    """Read every plan's units, sections and tasks at once, then build each report.

    ``quarter_window`` is the window of a single plan's report (it may cover a quarter);
    without it every plan is seen over its whole period as of ``now``, so that every
    plan shares one cutoff and one task scope.
    """
    if not plans:
        return []
    whole = PeriodAsked()
    windows = {row_id(plan.id): quarter_window or _window(plan, now, whole) for plan in plans}
    organisations = {plan.organisation_id for plan in plans}
    units = _organisation_units(session, organisations)
    names = _organisation_names(session, organisations)
    sections = _plan_sections(session, list(windows))
    unit = _chosen_unit(units[plans[0].organisation_id], unit_code)
    refs = {
        row.id: _OrderedUnit(rank, UnitRef(row.code, row.name))
        for rows in units.values()
        for rank, row in enumerate(rows)
    }
    # A unit's report reads the whole commune, so that its numbers are its line there.
    tasks = _read_tasks(session, list(windows), next(iter(windows.values())), refs)
    reports = []
    for plan in plans:
        plan_id, window = row_id(plan.id), windows[row_id(plan.id)]
        own_units = units[plan.organisation_id]
        all_codes = [row.code for row in own_units]
        read = tasks.get(plan_id, ())
        lines = tuple(_task_line(task, window, all_codes) for task in read)
        unit_lines = _unit_lines([refs[row.id].ref for row in own_units], lines, window.as_of)
        if unit is not None:
            lines = _seen_by(unit.code, read, lines, window)
        led = tuple(line for line in lines if line.role is not UnitRole.COORDINATING)
        own = (
            next((group for group in unit_lines if group.code == unit.code), None)
            if unit
            else None
        )
        reports.append(
            Report(
                generated_at=now,
                period_start=window.start,
                period_end=window.end,
                as_of=window.as_of,
                plan_title=plan.title,
                plan_number=plan.decision_number,
                plan_issued_on=plan.issued_on,
                organisation_name=names[plan.organisation_id],
                unit=None if unit is None else UnitRef(unit.code, unit.name),
                quarter=window.quarter,
                year=window.year,
                totals=count_tasks(led, window.as_of),
                units=unit_lines,
                sections=_group_lines(sections[plan_id], led, window.as_of, _section_code),
                tasks=lines,
                milestone_totals=(
                    count_milestones(led, window.as_of) if own is None else own.milestones
                ),
                half=window.half,
            )
        )
    return reports
