"""/baocao and the report as data, both read from the one aggregation of models.report.

A period is a quarter (``quy3``) or a half-year (``6thang2``, "6 tháng cuối năm"), cut as
the deployment's reporting windows say (CoreSettings.report_windows); the report counts
the tasks, then the milestones due in the period in the official states, and ranks the
units by them (models.scorecard).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, NamedTuple

from sqlmodel import Session

from handlers.access import sees_whole_plan
from handlers.choices import Action, Picked, encode
from handlers.context import Choices, Turn
from handlers.formatting import short_title
from handlers.i18n import Translator
from handlers.planinfo import lead_json, unit_json
from handlers.reporting.files import FileFormat, report_file
from handlers.reporting.periods import (
    awaiting_line,
    milestones_heading,
    official_states,
    period_code,
    period_line,
    period_of_code,
    period_span,
)
from handlers.scorecard import own_place_lines, ranking_lines
from handlers.types import Choice, Reply
from models.officers import units_of
from models.periods import Windows
from models.planfile import ALL_UNITS_LABEL
from models.plans import communes_of, latest_plans
from models.reminders import missed_by_task
from models.report import (
    Counts,
    GroupLine,
    MilestoneLine,
    Report,
    ReportError,
    Share,
    TaskLine,
    build_report,
    build_reports,
    sum_counts,
)
from models.scorecard import DEFAULT_WEIGHTS, Weights, scorecard
from models.standing import standing_kind
from models.status import TaskStatus
from models.tables import Organisation
from models.vntext import fold

_QUARTER = re.compile(r"^q(?:uy)?\s*([1-4]|iv|i{1,3})(?:\s*[/-]?\s*(\d{4}))?$")
_HALF = re.compile(r"^6thang([12])(?:[/-](\d{4}))?$")
_ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4}
# The half-year as officials write it, folded: "6 tháng đầu năm", "6 tháng cuối năm 2025",
# "6 tháng 2", "6t1": each becomes one word, 6thang1 or 6thang2.
_HALF_WORDS = (
    (re.compile(r"\b6\s*t(?:hang)?\s*dau(?:\s*nam)?\b"), "6thang1"),
    (re.compile(r"\b6\s*t(?:hang)?\s*cuoi(?:\s*nam)?\b"), "6thang2"),
    (re.compile(r"\b6\s*t(?:hang)?\s*([12])\b"), r"6thang\1"),
)
# "quý 4 năm 2025": the word "năm" before a year says nothing more.
_YEAR_WORD = re.compile(r"\bnam\s+(\d{4})\b")


class ReportArgs(NamedTuple):
    """What "/baocao" was asked for; the unit first, as callers read it."""

    unit: str | None = None
    quarter: int | None = None
    year: int | None = None
    half: int | None = None


def parse_report_args(args: str) -> ReportArgs | None:
    """Read "/baocao [unit] [quy4[/2025] | 6thang1|6thang2[/2025]]"; None when a word is not
    understood, or when both a quarter and a half-year are given."""
    unit: str | None = None
    quarter: int | None = None
    half: int | None = None
    year: int | None = None
    text = fold(args).replace("quy ", "quy").replace("q ", "q")
    for pattern, replacement in _HALF_WORDS:
        text = pattern.sub(replacement, text)
    for word in _YEAR_WORD.sub(r"\1", text).split():
        quarter_match, half_match = _QUARTER.match(word), _HALF.match(word)
        if quarter_match:
            quarter = _ROMAN.get(quarter_match.group(1)) or int(quarter_match.group(1))
            year = int(quarter_match.group(2)) if quarter_match.group(2) else year
        elif half_match:
            half = int(half_match.group(1))
            year = int(half_match.group(2)) if half_match.group(2) else year
        elif re.match(r"^q(?:uy)?\d|^6t", word):
            return None  # a quarter or a half-year that does not exist, such as "quy9"
        elif word.isdigit() and len(word) == 4 and (quarter or half) is not None:
            year = int(word)
        elif re.fullmatch(r"[a-z0-9_-]{1,32}", word) and unit is None:
            unit = word
        else:
            return None
    if quarter is not None and half is not None:
        return None
    return ReportArgs(unit, quarter, year, half)


def report_command(turn: Turn, args: str) -> None:
    """/baocao: the official picture; an officer gets their own unit's; a city, its communes."""
    tr = turn.tr
    assert turn.officer is not None
    organisation = turn.officer.organisation
    communes = city_reports(turn.session, organisation.id or 0, now=turn.now)
    if communes:
        turn.say(render_city(organisation.name, communes, tr))
        return
    plan = turn.plan()
    if plan is None:
        turn.say(tr.gettext("Your commune has no plan yet."))
        return
    parsed = parse_report_args(args)
    if parsed is None:
        turn.say(
            tr.gettext(
                "Type /baocao, or /baocao followed by a unit code and/or a period, "
                "e.g. /baocao kinhte, /baocao quy4, /baocao 6thang2 (6 tháng cuối năm)."
            )
        )
        return
    unit = parsed.unit
    if not sees_whole_plan(turn.officer):
        if unit not in (None, turn.officer.unit.code):
            turn.say(tr.gettext("You can see the report of your own unit only; here it is."))
        unit = turn.officer.unit.code
    try:
        report = build_report(
            turn.session,
            plan,
            now=turn.now,
            unit_code=unit,
            quarter=parsed.quarter,
            half=parsed.half,
            year=parsed.year,
            windows=turn.settings.report_windows,
        )
    except ReportError as error:
        turn.say(tr.render(error.message))
        return
    text = render_report(report, tr, weights=turn.settings.scorecard_weights)
    unit_id = next(
        (
            u.id
            for u in units_of(turn.session, plan.organisation_id)
            if report.unit is not None and u.code == report.unit.code
        ),
        None,
    )
    missed = missed_by_task(turn.session, plan.id or 0) if unit is None else {}
    if missed:
        text += "\n\n" + tr.gettext(
            "Reminders missed while the bot was down: {count} (tasks {codes}).",
            count=sum(missed.values()),
            codes=", ".join(sorted(missed)),
        )
    choices = file_choices(
        tr, quarter=report.quarter, half=report.half, year=report.year, unit_id=unit_id
    )
    turn.say(text, choices=(*choices, *dashboard_choice(turn)))


_FORMATS = (FileFormat.DOCX, FileFormat.XLSX, FileFormat.PNG)


def dashboard_choice(turn: Turn) -> Choices:
    """The dashboard under /baocao, when the web face serves one the writer can open."""
    web = turn.settings.web
    if web is None or web.dashboard_link(turn.me.id) is None:
        return ()
    label = turn.tr.gettext("🌐 Dashboard")
    return ((Choice(label, encode(Action.OPEN_DASHBOARD), opens_dashboard=True),),)


def file_choices(
    tr: Translator,
    *,
    quarter: int | None,
    year: int | None,
    unit_id: int | None,
    half: int | None = None,
) -> Choices:
    """Word, Excel, chart: the same report as a file (the period as one number,
    handlers.reporting.periods.period_code)."""
    labels = (tr.gettext("📄 Word"), tr.gettext("📊 Excel"), tr.gettext("📈 Chart"))
    period = period_code(quarter, half)
    return (
        tuple(
            Choice(label, encode(Action.REPORT_FILE, number, period, year or 0, unit_id or 0))
            for number, label in enumerate(labels, start=1)
        ),
    )


def report_file_choice(turn: Turn, picked: Picked) -> None:
    """Send the report as the file chosen under /baocao."""
    tr = turn.tr
    number, period, year, unit_id = (picked.number(i) for i in range(4))
    plan = turn.plan()
    asked = period_of_code(period)
    if plan is None or not 1 <= number <= len(_FORMATS) or asked is None:
        turn.say(tr.gettext("This choice is not valid or has expired."))
        return
    quarter, half = asked
    units = {u.id: u.code for u in units_of(turn.session, plan.organisation_id)}
    if unit_id and unit_id not in units:
        turn.say(tr.gettext("This choice is not valid or has expired."))
        return
    unit = units.get(unit_id) if unit_id else None
    if not sees_whole_plan(turn.me):
        unit = turn.me.unit.code  # an officer's file is their unit's, whatever the data says
    try:
        file = report_file(
            turn.session,
            plan,
            _FORMATS[number - 1],
            now=turn.now,
            tr=tr,
            unit_code=unit,
            quarter=quarter,
            half=half,
            year=year or None,
            windows=turn.settings.report_windows,
        )
    except ReportError as error:
        turn.say(tr.render(error.message))
        return
    turn.replies.append(
        Reply(tr.gettext("The report as of {day}.", day=tr.weekday_date(turn.today)), file=file)
    )


def rate_phrase(counts: Counts, tr: Translator) -> str:
    """Write a completion rate the official way: ``20/32, đạt 62,5%``."""
    return tr.gettext(
        "{done}/{total}, {rate}",
        done=counts.done,
        total=counts.tasks,
        rate=tr.percent(counts.completion_rate),
    )


def render_report(report: Report, tr: Translator, *, weights: Weights = DEFAULT_WEIGHTS) -> str:
    """Write a report for a phone screen, in the order officials read it."""
    totals = report.totals
    lines = [tr.gettext("PROGRESS OF THE ADMINISTRATIVE-REFORM PLAN"), report.plan_title]
    if report.unit is not None:
        lines.append(tr.gettext("Unit: {unit}", unit=report.unit.name))
    period = period_line(report, tr)
    if period is not None:
        lines.append(period)
    lines.append(tr.gettext("As of {day}.", day=tr.weekday_date(report.as_of)))
    if report.unit is None:
        count = tr.gettext(
            "Tasks: {tasks}; due so far: {due}.", tasks=totals.tasks, due=totals.due
        )
    else:
        count = tr.gettext(
            "Tasks the unit leads: {tasks}; due so far: {due}.", tasks=totals.tasks, due=totals.due
        )
    lines += ["", count, *_completion_lines(totals, tr)]
    lines += ["", *milestone_lines(report.milestone_totals, tr)]
    lines += _coordinating_lines(report, tr)
    card = scorecard(report, weights)
    if report.unit is None:
        lines += ["", tr.gettext("By lead unit:")]
        lines += [_group_line(group.name, group.counts, tr) for group in report.units]
        lines += _parts_note(report, tr)
        lines += ranking_lines(card, tr)
    else:
        lines += own_place_lines(card, report.unit.code, tr)
    lines += ["", tr.gettext("By area:")]
    lines += [
        _group_line(f"{group.code}. {group.name}", group.counts, tr)
        for group in report.sections
        if group.counts.tasks
    ]
    lines += _task_list(tr.gettext("Overdue tasks:"), report.overdue, tr, overdue=True)
    lines += _task_list(tr.gettext("No progress report for 14 days:"), report.stale, tr)
    lines += _task_list(tr.gettext("Deadline still to be set:"), report.no_deadline, tr)
    late_elsewhere = tuple(
        line for line in report.coordinated if line.status is TaskStatus.OVERDUE
    )
    lines += _task_list(
        tr.gettext("Overdue tasks the unit coordinates:"), late_elsewhere, tr, overdue=True
    )
    return "\n".join(lines)


def milestone_lines(counts: Counts, tr: Translator) -> list[str]:
    """The period's milestones in the official states, a line each, then those awaiting
    confirmation on their own line when there are any."""
    lines = [milestones_heading(counts, tr)]
    lines += [f"• {state.label}: {state.count}" for state in official_states(counts, tr)]
    if counts.awaiting:
        lines.append("🕓 " + awaiting_line(counts, tr))
    return lines


def _coordinating_lines(report: Report, tr: Translator) -> list[str]:
    """A unit's report: the tasks it coordinates, apart, since they are not its to count."""
    own = report.unit_line
    if own is None:
        return []
    counts = own.coordinating
    return [
        tr.gettext(
            "Tasks the unit coordinates (not counted above): {tasks}; the lead units have "
            "completed {rate}; overdue {overdue}.",
            tasks=counts.tasks,
            rate=rate_phrase(counts, tr),
            overdue=counts.overdue,
        )
    ]


def _parts_note(report: Report, tr: Translator) -> list[str]:
    """Why the units' lines add up to more than the tasks, when they do."""
    parts = report.parts
    if parts.tasks == report.totals.tasks:
        return []
    return [
        tr.gettext(
            "Each lead unit is counted for its own part: {parts} parts in {tasks} tasks, "
            "{done} of them done. A task led by several units is done when every one of "
            "them has done its part.",
            parts=parts.tasks,
            tasks=report.totals.tasks,
            done=parts.done,
        )
    ]


def _completion_lines(totals: Counts, tr: Translator) -> list[str]:
    """How many tasks are completed and how many not, as every report states them."""
    return [
        tr.gettext(
            "Completed {rate} (on time {on_time}, late {late}).",
            rate=rate_phrase(totals, tr),
            on_time=totals.done_on_time,
            late=totals.done_late,
        ),
        tr.gettext(
            "Not completed {count} (within the deadline {within}, overdue {overdue}).",
            count=totals.not_done,
            within=totals.within_deadline,
            overdue=totals.overdue,
        ),
    ]


def _roman(number: int) -> str:
    return {1: "I", 2: "II", 3: "III", 4: "IV"}[number]


def _group_line(name: str, counts: Counts, tr: Translator) -> str:
    return "• " + tr.gettext(
        "{name}: completed {rate}; overdue {overdue}",
        name=name,
        rate=rate_phrase(counts, tr),
        overdue=counts.overdue,
    )


def _task_list(
    title: str, tasks: tuple[TaskLine, ...], tr: Translator, *, overdue: bool = False
) -> list[str]:
    if not tasks:
        return []
    lines = ["", title]
    for line in tasks:
        lead = (
            tr.gettext(ALL_UNITS_LABEL)
            if line.lead_is_all_units
            else ", ".join(unit.name for unit in line.leads)
        )
        detail = _overdue_detail(line, tr) if overdue else ""
        suffix = f" — {detail}" if detail else ""
        lines.append(f"• {line.code} · {short_title(line.title, 50)} ({lead}){suffix}")
    return lines


def _overdue_detail(line: TaskLine, tr: Translator) -> str:
    """``hạn 30/09/2025, quá hạn 97 ngày``: the missed milestones of the period, then the
    longest delay."""
    missed = [
        milestone.due_on
        for milestone in line.milestones
        if milestone.status is TaskStatus.OVERDUE and milestone.due_on is not None
    ]
    days = tr.gettext("{days} days overdue", days=line.days_overdue)
    if not missed:
        return days
    dates = ", ".join(tr.date(day) for day in missed)
    return tr.gettext("due {dates}, {overdue}", dates=dates, overdue=days)


def report_json(
    report: Report, tr: Translator, *, windows: Windows = Windows.CALENDAR
) -> dict[str, Any]:
    """The report as ``nhacviec report --format json`` prints it (a promise: keep the keys).

    ``totals`` count tasks (in a unit's report, the unit's parts: its line in ``units``);
    each line of ``units`` counts the unit's parts, ``parts`` adds those lines up.
    ``milestone_totals`` count the milestones due in the period (a unit's report: its
    parts of them), each unit's and section's ``milestones`` likewise, and
    ``milestone_parts`` adds the units' up. ``windows`` is how the report was cut.
    """
    data: dict[str, Any] = {
        "generated_at": report.generated_at.isoformat(),
        "period": _period_json(report, windows),
        "as_of": report.as_of.isoformat(),
        "unit": None if report.unit is None else unit_json(report.unit),
        "totals": _counts_json(report.totals),
        "completion_rate": round(report.totals.completion_rate, 4),
        "milestone_totals": _milestone_counts_json(report.milestone_totals),
        "parts": _counts_json(report.parts),
        "milestone_parts": _milestone_counts_json(
            sum_counts(group.milestones for group in report.units)
        ),
        "units": [_unit_line_json(group) for group in report.units],
        "sections": [_section_line_json(group) for group in report.sections],
        "tasks": [_task_json(line, tr) for line in report.tasks],
    }
    own = report.unit_line
    if own is not None:
        data["coordinating"] = _unit_counts_json(own.coordinating)
    return data


def _period_json(report: Report, windows: Windows) -> dict[str, Any]:
    """``from``/``to``: the days the report covers within the plan; ``start``/``end``: the
    period's own days as ``windows`` cut it (the plan's for the plan as a whole)."""
    start, end = period_span(report, windows)
    return {
        "from": report.period_start.isoformat(),
        "to": report.period_end.isoformat(),
        "quarter": report.quarter,
        "half": report.half,
        "year": report.year,
        "windows": windows.value,
        "start": start.isoformat(),
        "end": end.isoformat(),
    }


def _unit_line_json(group: GroupLine) -> dict[str, Any]:
    return {
        "code": group.code,
        "name": group.name,
        **_unit_counts_json(group.counts),
        "due": group.counts.due,
        "completion_rate": round(group.counts.completion_rate, 4),
        "coordinating": _unit_counts_json(group.coordinating),
        "milestones": _milestone_counts_json(group.milestones),
    }


def _section_line_json(group: GroupLine) -> dict[str, Any]:
    return {
        "code": group.code,
        "name": group.name,
        **_counts_json(group.counts),
        "completion_rate": round(group.counts.completion_rate, 4),
        "milestones": _milestone_counts_json(group.milestones),
    }


def _counts_json(counts: Counts) -> dict[str, int]:
    return {
        "tasks": counts.tasks,
        "due": counts.due,
        "done_on_time": counts.done_on_time,
        "done_late": counts.done_late,
        "in_progress": counts.in_progress,
        "overdue": counts.overdue,
        "no_deadline": counts.no_deadline,
        "awaiting_confirmation": counts.awaiting,
    }


def _milestone_counts_json(counts: Counts) -> dict[str, int | float]:
    """Milestones by official state: ``in_progress`` is "not completed, within the
    deadline" (the not started too), ``no_deadline`` apart; those awaiting confirmation
    are among the not completed."""
    return {
        "milestones": counts.tasks,
        "due": counts.due,
        "done_on_time": counts.done_on_time,
        "done_late": counts.done_late,
        "in_progress": counts.in_progress,
        "overdue": counts.overdue,
        "no_deadline": counts.no_deadline,
        "awaiting_confirmation": counts.awaiting,
        "completion_rate": round(counts.completion_rate, 4),
    }


def _unit_counts_json(counts: Counts) -> dict[str, int]:
    return {
        "tasks": counts.tasks,
        "done_on_time": counts.done_on_time,
        "done_late": counts.done_late,
        "in_progress": counts.in_progress + counts.no_deadline,
        "overdue": counts.overdue,
        "awaiting_confirmation": counts.awaiting,
    }


def _task_json(line: TaskLine, tr: Translator) -> dict[str, Any]:
    update = line.last_update
    return {
        "code": line.code,
        "title": line.title,
        "section": line.section,
        "lead": lead_json(line.leads, line.lead_is_all_units, tr),
        "coordinating": [unit_json(unit) for unit in line.coordinating],
        "due_dates": [due.isoformat() for due in line.due_dates],
        # As it stands (models.standing): never "unknown" beside a due date.
        "kind": standing_kind(line.kind, line.due_dates).value,
        "status": line.status.value,
        "percent": line.percent,
        "done_on": _day(line.done_on),
        "awaiting_confirmation": line.awaiting,
        **_role_json(line),
        "parts": [_share_json(share) for share in line.shares],
        "milestones": [_milestone_json(milestone) for milestone in line.milestones],
        "last_update": None
        if update is None
        else {
            "at": update.at.isoformat(),
            "percent": update.percent,
            "note": update.note,
            "officer": update.officer,
        },
    }


def _milestone_json(milestone: MilestoneLine) -> dict[str, Any]:
    return {
        "due_on": _day(milestone.due_on),
        "status": milestone.status.value,
        "percent": milestone.percent,
        "done_on": _day(milestone.done_on),
        "awaiting_confirmation": milestone.awaiting,
        "days_overdue": milestone.days_overdue,
        "parts": [_share_json(share) for share in milestone.shares],
    }


def _day(day: date | None) -> str | None:
    return None if day is None else day.isoformat()


def _role_json(line: TaskLine) -> dict[str, Any]:
    """In a unit's report: its role, and the task as a whole beside the unit's own part."""
    if line.role is None:
        return {}
    return {
        "role": line.role.value,
        "task_status": line.task_status.value,
        "task_percent": line.task_percent,
    }


def _share_json(share: Share) -> dict[str, Any]:
    return {
        "unit": share.unit.code,
        "status": share.status.value,
        "percent": share.percent,
        "done_on": _day(share.done_on),
        "awaiting_confirmation": share.awaiting,
    }


@dataclass(frozen=True)
class CommuneReport:
    """One commune's report, in a city's picture."""

    organisation: Organisation
    report: Report


def city_reports(session: Session, city_id: int, *, now: datetime) -> list[CommuneReport]:
    """The report of every commune under a city or province that has a plan, by name."""
    communes = communes_of(session, city_id)
    plans = latest_plans(session, [commune.id or 0 for commune in communes])
    planned = [commune for commune in communes if commune.id in plans]
    reports = build_reports(session, [plans[commune.id or 0] for commune in planned], now=now)
    return [
        CommuneReport(commune, report) for commune, report in zip(planned, reports, strict=True)
    ]


def render_city(city: str, communes: list[CommuneReport], tr: Translator) -> str:
    """A city's picture: the sum over its communes, then a line per commune."""
    totals = sum_counts(item.report.totals for item in communes)
    milestones = sum_counts(item.report.milestone_totals for item in communes)
    as_of = communes[0].report.as_of
    lines = [
        tr.gettext("PROGRESS OF THE ADMINISTRATIVE-REFORM PLANS OF THE COMMUNES"),
        city,
        tr.gettext("As of {day}.", day=tr.weekday_date(as_of)),
        "",
        tr.gettext(
            "Communes: {count}; tasks: {tasks}; due so far: {due}.",
            count=len(communes),
            tasks=totals.tasks,
            due=totals.due,
        ),
        *_completion_lines(totals, tr),
        "",
        *milestone_lines(milestones, tr),
        "",
        tr.gettext("By commune:"),
    ]
    ranked = sorted(communes, key=lambda item: item.report.totals.completion_rate)
    lines += [_group_line(item.organisation.name, item.report.totals, tr) for item in ranked]
    return "\n".join(lines)


def city_json(communes: list[CommuneReport], tr: Translator, *, now: datetime) -> dict[str, Any]:
    """Every commune's report and their sum, for ``nhacviec report --format json --all``."""
    totals = sum_counts(item.report.totals for item in communes)
    milestones = sum_counts(item.report.milestone_totals for item in communes)
    return {
        "generated_at": now.isoformat(),
        "totals": _counts_json(totals),
        "completion_rate": round(totals.completion_rate, 4),
        "milestone_totals": _milestone_counts_json(milestones),
        "communes": [
            {
                "code": item.organisation.code,
                "name": item.organisation.name,
                **report_json(item.report, tr),
            }
            for item in communes
        ],
    }
