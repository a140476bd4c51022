"""Digests: one message that sums up many tasks for a coordinator, a leader or a unit head.

- Every working day on which tasks are overdue, each coordinator gets one message of
  all overdue tasks grouped by lead unit, and each unit head one of their unit's;
  never a message per task. The coordinators' message also says how many completions
  await their confirmation, naming the oldest (handlers.confirmations); on a day with
  nothing overdue, that alone.
- On the first working day of each week, coordinators and leaders get the week's
  digest (what changed last week, what falls due this week, what is overdue), and
  coordinators the list of tasks whose deadline still needs a date.
- Five working days before each quarterly report is due (before the 20th of the
  quarter's last month), coordinators get the draft Word report of the quarter.
- On the first working day of each month, leaders get the units' scorecard
  (models.scorecard) of the quarter the month just ended belongs to: on 01/10 quarter
  III as it closed, on 03/11 quarter IV so far.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy.exc import SQLAlchemyError
from sqlmodel import Session, col, select

from handlers.confirmations import awaiting_completions, digest_lines
from handlers.formatting import short_title
from handlers.i18n import Translator
from handlers.reporting.files import FileFormat, report_file
from handlers.reports import rate_phrase
from handlers.scorecard import scorecard_message
from handlers.types import Reply
from models.calendar import WorkingCalendar
from models.clock import utc
from models.officers import units_of
from models.periods import Windows
from models.planfile import ALL_UNITS_LABEL
from models.plans import latest_plan
from models.progress import plan_history
from models.report import Report, ReportError, TaskLine, build_report
from models.scorecard import DEFAULT_WEIGHTS, Weights, scorecard
from models.status import DONE_STATUSES, TaskStatus
from models.tables import Digest, DigestKind, Officer, Organisation, Plan, Role
from scheduler.planning import Recipient
from scheduler.policy import ReminderPolicy, send_moment

log = logging.getLogger(__name__)

QUARTER_REPORT_DAY = 20  # reports are due "trước ngày 20 của tháng cuối quý"
DRAFT_LEAD_DAYS = 5  # working days before that


@dataclass(frozen=True)
class DigestRecipient:
    """A coordinator, a leader, or a unit head (for their unit)."""

    recipient: Recipient
    role: Role


def quarter_draft_days(
    start: date, end: date, calendar: WorkingCalendar
) -> dict[date, tuple[int, int]]:
    """The days the draft report of each quarter goes out, with the quarter and year."""
    days: dict[date, tuple[int, int]] = {}
    for year in range(start.year, end.year + 1):
        for quarter in range(1, 5):
            due = calendar.previous_working_day(
                date(year, quarter * 3, QUARTER_REPORT_DAY - 1), include_today=True
            )
            draft = calendar.add_working_days(due, -DRAFT_LEAD_DAYS)
            if start <= draft <= end:
                days[draft] = (quarter, year)
    return days


def digests_for_day(
    day: date,
    *,
    overdue_units: set[int],
    has_undated: bool,
    people: Sequence[DigestRecipient],
    calendar: WorkingCalendar,
    draft_days: Iterable[date] = (),
    awaiting: bool = False,
) -> list[tuple[DigestRecipient, DigestKind]]:
    """Who gets which digest on ``day``, given the lead units that have overdue tasks
    and whether completions await the coordinators' confirmation."""
    if not calendar.is_working_day(day):
        return []
    week_starts = calendar.first_working_day_of_week(day) == day
    month_starts = calendar.first_working_day_of_month(day.year, day.month) == day
    due: list[tuple[DigestRecipient, DigestKind]] = []
    for person in people:
        if person.role in (Role.COORDINATOR, Role.LEADER) and week_starts:
            due.append((person, DigestKind.WEEKLY))
        if person.role == Role.LEADER and month_starts:
            due.append((person, DigestKind.SCORECARD))
        if person.role == Role.COORDINATOR:
            if overdue_units or awaiting:
                due.append((person, DigestKind.OVERDUE))
            if has_undated and week_starts:
                due.append((person, DigestKind.UNDATED))
            if day in draft_days:
                due.append((person, DigestKind.DRAFT))
        elif person.role == Role.UNIT_HEAD and person.recipient.unit_id in overdue_units:
            due.append((person, DigestKind.OVERDUE))
    return due


def digest_people(session: Session, organisation_id: int) -> list[DigestRecipient]:
    """The coordinators, leaders and unit heads of a commune."""
    rows = session.exec(
        select(Officer)
        .where(
            Officer.organisation_id == organisation_id,
            col(Officer.active).is_(True),
            col(Officer.role).in_(
                [Role.COORDINATOR.value, Role.UNIT_HEAD.value, Role.LEADER.value]
            ),
        )
        .order_by(col(Officer.id))
    )
    return [
        DigestRecipient(
            Recipient(officer.unit_id, officer.full_name, officer.id), Role(officer.role)
        )
        for officer in rows
    ]


def overdue_lead_units(report: Report, unit_ids: dict[str, int]) -> set[int]:
    """The ids of the units whose own part of at least one task is overdue (a lead unit
    whose part is done is not chased for the others')."""
    return {
        unit_ids[share.unit.code]
        for line in report.overdue
        for share in line.shares
        if share.status is TaskStatus.OVERDUE and share.unit.code in unit_ids
    }


def plan_digests(
    session: Session, *, now: datetime, policy: ReminderPolicy, calendar: WorkingCalendar
) -> int:
    """Add today's digest rows for every commune (idempotent); return how many are due.

    A commune whose digests cannot be worked out (a fault in its data) is logged and
    skipped; the other communes get theirs.
    """
    day = now.date()
    tz = now.tzinfo
    assert tz is not None, "now must be timezone-aware"
    count = 0
    for organisation in session.exec(select(Organisation)).all():
        assert organisation.id is not None
        try:
            due = _digests_due(session, organisation.id, now=now, calendar=calendar)
        except SQLAlchemyError:
            raise  # the transaction itself is broken: nothing more can be written in it
        except Exception:
            log.exception("Could not plan the digests of organisation %s", organisation.id)
            continue
        for person, kind in due:
            officer_id = person.recipient.officer_id
            assert officer_id is not None
            exists = session.exec(
                select(Digest).where(
                    Digest.officer_id == officer_id, Digest.kind == kind, Digest.day == day
                )
            ).first()
            if exists is None:
                session.add(
                    Digest(
                        officer_id=officer_id,
                        kind=kind,
                        day=day,
                        send_at=utc(send_moment(day, policy, tz)),
                    )
                )
            count += 1
    return count


def _digests_due(
    session: Session, organisation_id: int, *, now: datetime, calendar: WorkingCalendar
) -> list[tuple[DigestRecipient, DigestKind]]:
    """Who in one commune gets which digest today (reads only)."""
    plan = latest_plan(session, organisation_id)
    if plan is None:
        return []
    day = now.date()
    report = build_report(session, plan, now=now)
    unit_ids = {unit.code: unit.id for unit in units_of(session, organisation_id) if unit.id}
    assert now.tzinfo is not None
    return digests_for_day(
        day,
        overdue_units=overdue_lead_units(report, unit_ids),
        has_undated=bool(report.no_deadline),
        people=digest_people(session, organisation_id),
        calendar=calendar,
        draft_days=quarter_draft_days(day, day, calendar),
        awaiting=bool(awaiting_completions(session, organisation_id, now.tzinfo)),
    )


def render_digest(
    session: Session,
    plan: Plan,
    kind: DigestKind,
    *,
    now: datetime,
    tr: Translator,
    unit_code: str | None,
    calendar: WorkingCalendar,
    windows: Windows = Windows.CALENDAR,
    weights: Weights = DEFAULT_WEIGHTS,
) -> Reply | None:
    """Write a digest from a fresh report; None when there is nothing left to say.

    ``windows`` cuts the quarter of the draft report and of the scorecard, ``weights``
    score the units (the policy's, from the settings).
    """
    report = build_report(session, plan, now=now)
    if kind is DigestKind.UNDATED:
        return _undated(report, tr)
    if kind is DigestKind.WEEKLY:
        return _weekly(session, plan, report, now, tr)
    if kind is DigestKind.DRAFT:
        return _draft(session, plan, now, tr, calendar, windows)
    if kind is DigestKind.SCORECARD:
        return _scorecard(session, plan, now, tr, windows, weights)
    zone = now.tzinfo
    assert zone is not None, "now must be timezone-aware"
    # A coordinator's (no unit): they are the ones who confirm completions.
    awaiting = [] if unit_code else awaiting_completions(session, plan.organisation_id, zone)
    return _overdue(report, tr, unit_code, digest_lines(tr, awaiting, zone))


def _undated(report: Report, tr: Translator) -> Reply | None:
    lines = list(report.no_deadline)
    if not lines:
        return None
    parts = [tr.gettext("📌 Tasks whose deadline still needs a date ({count}):", count=len(lines))]
    parts += [
        f"• {line.code} · {short_title(line.title)} — {line.deadline_text or '—'}"
        for line in lines
    ]
    parts.append(tr.gettext("A coordinator sets a date with /giahan <code> <date> <reason>."))
    return Reply("\n".join(parts))


def _overdue(
    report: Report, tr: Translator, unit_code: str | None, waiting: Sequence[str]
) -> Reply | None:
    # A unit head's digest: the tasks whose part of their unit is overdue, as that part
    # stands (its own delay and percent).
    overdue = (
        list(report.overdue)
        if unit_code is None
        else [
            line._replace(percent=share.percent, days_overdue=share.days_overdue)
            for line in report.overdue
            for share in line.shares
            if share.unit.code == unit_code and share.status is TaskStatus.OVERDUE
        ]
    )
    if not overdue:
        return Reply("\n".join(waiting)) if waiting else None
    parts = [
        tr.gettext(
            "⛔ Overdue tasks as of {day} ({count}):",
            day=tr.weekday_date(report.as_of),
            count=len(overdue),
        )
    ]
    for unit_name, lines in _by_lead_unit(overdue, tr):
        parts.append("")
        parts.append(unit_name)
        parts += [
            f"• {line.code} · {short_title(line.title)} — "
            + tr.gettext("{days} days overdue", days=line.days_overdue)
            + f" · {line.percent}%"
            for line in lines
        ]
    parts.append("")
    if waiting:
        parts += [*waiting, ""]
    parts.append(tr.gettext("Overall: completed {rate}.", rate=rate_phrase(report.totals, tr)))
    return Reply("\n".join(parts))


def _weekly(session: Session, plan: Plan, report: Report, now: datetime, tr: Translator) -> Reply:
    assert plan.id is not None
    today = now.date()
    last_week = [
        row
        for row in plan_history(session, plan.id)
        if today - timedelta(days=7) <= row.at.astimezone(now.tzinfo).date() < today
    ]
    # Milestones, each on its own: one done or reported done is not due any more.
    this_week = [
        (milestone.due_on, line)
        for line in report.tasks
        if line.status not in DONE_STATUSES
        for milestone in line.milestones
        if milestone.due_on is not None
        and milestone.done_on is None
        and not milestone.awaiting
        and today <= milestone.due_on < today + timedelta(days=7)
    ]
    this_week.sort(key=lambda item: (item[0], item[1].code))
    parts = [tr.gettext("📅 The week from {day}", day=tr.weekday_date(today)), ""]
    # Completed as the report counts it: a milestone whose completion that counts (every
    # lead unit's part, confirmed) was reported last week.
    week_start = today - timedelta(days=7)
    completed = sorted(
        {
            line.code
            for line in report.tasks
            for milestone in line.milestones
            if milestone.done_on is not None and week_start <= milestone.done_on < today
        },
        key=_code_order,
    )
    parts.append(
        tr.gettext(
            "Last week: {count} progress reports; completed: {codes}.",
            count=len(last_week),
            codes=", ".join(completed) or "—",
        )
    )
    parts.append("")
    parts.append(tr.gettext("Due this week ({count}):", count=len(this_week)))
    parts += [
        f"• {tr.weekday_date(due)} — {line.code} · {short_title(line.title)} · {line.percent}%"
        for due, line in this_week
    ] or ["—"]
    parts.append("")
    parts.append(tr.gettext("Overdue ({count}):", count=len(report.overdue)))
    parts += [
        f"• {line.code} · {short_title(line.title)} — "
        + tr.gettext("{days} days overdue", days=line.days_overdue)
        for line in report.overdue
    ] or ["—"]
    parts.append("")
    parts.append(tr.gettext("Overall: completed {rate}.", rate=rate_phrase(report.totals, tr)))
    return Reply("\n".join(parts))


def _draft(
    session: Session,
    plan: Plan,
    now: datetime,
    tr: Translator,
    calendar: WorkingCalendar,
    windows: Windows,
) -> Reply | None:
    today = now.date()
    quarter_year = next(
        (
            qy
            for day, qy in quarter_draft_days(
                today - timedelta(days=14), today + timedelta(days=14), calendar
            ).items()
            if day == today
        ),
        None,
    )
    if quarter_year is None:
        return None
    quarter, year = quarter_year
    file = report_file(
        session,
        plan,
        FileFormat.DOCX,
        now=now,
        tr=tr,
        quarter=quarter,
        year=year,
        windows=windows,
    )
    due = calendar.previous_working_day(
        date(year, quarter * 3, QUARTER_REPORT_DAY - 1), include_today=True
    )
    return Reply(
        tr.gettext(
            "Draft report for quarter {quarter}/{year}, due {due}: fill in the number, check the "
            "figures and present it for signature.",
            quarter=quarter,
            year=year,
            due=tr.weekday_date(due),
        ),
        file=file,
    )


def scorecard_quarter(day: date) -> tuple[int, int]:
    """The quarter (and its year) the monthly scorecard sent on ``day`` covers: that of the
    month just ended, as it closed or so far (01/10: quarter III; 03/11: quarter IV)."""
    last_month = day.replace(day=1) - timedelta(days=1)
    return (last_month.month - 1) // 3 + 1, last_month.year


def _scorecard(
    session: Session,
    plan: Plan,
    now: datetime,
    tr: Translator,
    windows: Windows,
    weights: Weights,
) -> Reply | None:
    """The units ranked by their milestones of the quarter; None when the quarter lies
    outside the plan or no unit has a milestone in it."""
    quarter, year = scorecard_quarter(now.date())
    try:
        report = build_report(session, plan, now=now, quarter=quarter, year=year, windows=windows)
    except ReportError:
        return None  # before the plan starts, or after it ended
    text = scorecard_message(report, scorecard(report, weights), tr)
    return None if text is None else Reply(text)


def _code_order(code: str) -> tuple[int, ...]:
    """Task codes in plan order: 2 before 10, 15.1 before 15.2."""
    return tuple(int(part) if part.isdecimal() else 0 for part in code.split("."))


def _by_lead_unit(lines: Iterable[TaskLine], tr: Translator) -> list[tuple[str, list[TaskLine]]]:
    groups: dict[str, list[TaskLine]] = defaultdict(list)
    for line in lines:
        name = (
            tr.gettext(ALL_UNITS_LABEL)
            if line.lead_is_all_units
            else ", ".join(unit.name for unit in line.leads)
        )
        groups[name].append(line)
    return list(groups.items())
