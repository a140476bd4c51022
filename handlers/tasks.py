"""A unit's tasks: the list, one task's details, and the deadlines ahead."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from datetime import date, timedelta

from handlers.access import change_refusal, may_change, sees_whole_plan, task_for
from handlers.choices import Action, encode
from handlers.context import Choices, Turn
from handlers.formatting import due_phrase, short_title
from handlers.i18n import Translator
from handlers.types import Choice
from models.deadline import ScheduleKind, parse_deadline
from models.officers import units_of
from models.plans import (
    archived_task_by_code,
    due_dates_of,
    latest_plan,
    plan_period,
    task_by_code,
    task_unit_roles,
)
from models.progress import history, latest_percent
from models.report import MilestoneLine, TaskLine, build_report
from models.status import TaskStatus
from models.tables import Officer, Plan, Section, Task, UnitRole
from models.vntext import fold

SOON_DAYS = 14
PERCENT_STEPS = (0, 25, 50, 75, 100)
_DONE = (TaskStatus.DONE_ON_TIME, TaskStatus.DONE_LATE)
# A whole message that is a task code: "12", "15.1", "#12", "nv 12" (folded: no marks, lower).
_TYPED_CODE = re.compile(r"^(?P<mark>#|nv\.?)?\s*(?P<code>[0-9]{1,3}(?:\.[0-9]{1,2})?)\.?$")


def status_label(tr: Translator, status: TaskStatus) -> str:
    """Name a status the way official reports do."""
    labels = {
        TaskStatus.DONE_ON_TIME: tr.gettext("Completed on time"),
        TaskStatus.DONE_LATE: tr.gettext("Completed late"),
        TaskStatus.IN_PROGRESS: tr.gettext("In progress"),
        TaskStatus.OVERDUE: tr.gettext("Overdue"),
        TaskStatus.NOT_STARTED: tr.gettext("Not started"),
        TaskStatus.NO_DEADLINE: tr.gettext("No deadline yet"),
    }
    return labels[status]


def line_label(tr: Translator, line: TaskLine | MilestoneLine) -> str:
    """A task's (or milestone's) status, or that its completion awaits confirmation."""
    if line.awaiting:
        return tr.gettext("Awaiting confirmation")
    return status_label(tr, line.status)


def visible_lines(turn: Turn, plan: Plan) -> list[TaskLine]:
    """The writer's tasks: their unit's, or every task for a coordinator or leader."""
    officer = turn.me
    unit_code = None if sees_whole_plan(officer) else officer.unit.code
    return list(build_report(turn.session, plan, now=turn.now, unit_code=unit_code).tasks)


def list_tasks(turn: Turn, _args: str) -> None:
    """/nhiemvu: the tasks grouped as overdue, due soon, in progress, completed."""
    tr = turn.tr
    plan = turn.plan()
    if plan is None:
        turn.say(tr.gettext("Your commune has no plan yet."))
        return
    lines = visible_lines(turn, plan)
    if not lines:
        turn.say(tr.gettext("Your unit has no task in the plan."))
        return
    groups = _grouped(lines, turn)
    parts = [_list_heading(turn)]
    for title, members in groups:
        if members:
            parts.append(f"\n{title} ({len(members)}):")
            parts.extend(_task_entry(turn, line) for line in members)
    ordered = [line for _, members in groups for line in members]
    # Keyed by the code: on a channel without buttons "12" picks task 12, never the
    # twelfth line of the list.
    choices = tuple(
        (
            Choice(
                f"{line.code} · {short_title(line.title, 28)}",
                encode(Action.OPEN_TASK, line.id),
                key=line.code,
            ),
        )
        for line in ordered
    )
    parts.append("\n" + tr.gettext("Choose a task to see its details and report progress."))
    turn.say("\n".join(parts), choices=choices)


def _list_heading(turn: Turn) -> str:
    officer = turn.me
    if sees_whole_plan(officer):
        return turn.tr.gettext(
            "Tasks of the plan, as of {day}:", day=turn.tr.weekday_date(turn.today)
        )
    return turn.tr.gettext(
        "Tasks of {unit}, as of {day}:",
        unit=officer.unit.name,
        day=turn.tr.weekday_date(turn.today),
    )


def _grouped(lines: list[TaskLine], turn: Turn) -> list[tuple[str, list[TaskLine]]]:
    """The groups of /nhiemvu, by each task's nearest open milestone: a missed 30/09
    puts the task under overdue even while its 31/12 is weeks away."""
    tr = turn.tr
    overdue, awaiting, soon, ongoing, done = [], [], [], [], []
    for line in lines:
        upcoming = open_due_date(line)
        if line.status in _DONE:
            done.append(line)
        elif line.awaiting:
            awaiting.append(line)
        elif _owes_overdue(line, turn.today):
            overdue.append(line)
        elif upcoming is not None and (upcoming - turn.today).days <= SOON_DAYS:
            soon.append(line)
        else:
            ongoing.append(line)
    soon.sort(key=lambda line: open_due_date(line) or turn.today)
    return [
        (tr.gettext("⛔ Overdue"), overdue),
        (tr.gettext("⏰ Due within {days} days", days=SOON_DAYS), soon),
        (tr.gettext("▶️ In progress"), ongoing),
        (tr.gettext("🕓 Awaiting confirmation"), awaiting),
        (tr.gettext("✅ Completed"), done),
    ]


def _owes_overdue(line: TaskLine, today: date) -> bool:
    """Whether the task's nearest open milestone is past its date (one reported done and
    awaiting confirmation is not owed by the unit any more)."""
    upcoming = open_due_date(line)
    if upcoming is None:
        return line.status is TaskStatus.OVERDUE and not line.milestones
    return upcoming < today


def open_due_date(line: TaskLine) -> date | None:
    """The date of the task's (or the unit's part's) nearest open milestone: the earliest
    one not done and not awaiting confirmation; None when every one is, or it has none."""
    return next(
        (
            milestone.due_on
            for milestone in line.milestones
            if milestone.due_on is not None
            and milestone.done_on is None
            and not milestone.awaiting
        ),
        None,
    )


def _task_entry(turn: Turn, line: TaskLine) -> str:
    role = _role_word(turn, line)
    heading = f"• {line.code} · {short_title(line.title)}" + (f" ({role})" if role else "")
    return f"{heading}\n   {_due_text(turn, line)} · {line.percent}%"


def _role_word(turn: Turn, line: TaskLine) -> str:
    unit = turn.me.unit.code
    if any(ref.code == unit for ref in line.leads):
        return turn.tr.gettext("lead")
    if any(ref.code == unit for ref in line.coordinating):
        return turn.tr.gettext("coordinating")
    return ""


def _due_text(turn: Turn, line: TaskLine) -> str:
    tr = turn.tr
    if not line.due_dates:
        if line.kind is ScheduleKind.ONGOING:
            return tr.gettext("Deadline: ongoing")
        return tr.gettext("Deadline: not set")
    upcoming = open_due_date(line)
    if upcoming is None:
        return tr.gettext("Deadline: {date}", date=tr.weekday_date(line.due_dates[-1]))
    return tr.gettext("Deadline: {date}", date=due_phrase(tr, upcoming, turn.today))


def show_task(turn: Turn, task_id: int) -> None:
    """Task details with the choices to report on it.

    The task is shown against its own plan, which need not be the commune's latest
    (a reminder's button may point to last half-year's plan); a task a revision
    removed is shown read-only.
    """
    task = task_for(turn, task_id, change=False)
    if task is None:
        return
    plan = turn.session.get(Plan, task.plan_id)
    assert plan is not None and task.id is not None
    line = task_line(turn, plan, task)
    if line is None:
        turn.say(_archived_details(turn, plan, task), task_id=task.id)
        return
    changeable = may_change(turn.session, turn.me, task)
    turn.say(
        _details(turn, plan, task, line, changeable),
        choices=task_choices(turn.tr, task) if changeable else (),
        task_id=task.id,
    )


def task_line(turn: Turn, plan: Plan, task: Task) -> TaskLine | None:
    """The task's line in its own plan's report; None for a task a revision removed."""
    report = build_report(turn.session, plan, now=turn.now)
    return next((line for line in report.tasks if line.id == task.id), None)


def task_choices(tr: Translator, task: Task) -> Choices:
    """The choices offered with a task: percents, done, blocker, extension."""
    assert task.id is not None
    return (
        percent_choices(tr, task.id, task.code, task.title),
        (completed_choice(tr, task.id, task.code, task.title),),
        (
            Choice(tr.gettext("⚠️ Report a problem"), encode(Action.REPORT_BLOCKER, task.id)),
            Choice(tr.gettext("📅 Ask for more time"), encode(Action.ASK_EXTENSION, task.id)),
        ),
    )


def completion_question(tr: Translator, code: str, title: str) -> str:
    """The question asked before a completion picked by typing is recorded, naming the task."""
    return tr.gettext(
        "Report task {code} ({title}) as completed?", code=code, title=short_title(title, 60)
    )


def completed_choice(tr: Translator, task_id: int, code: str, title: str) -> Choice:
    """The "✅ Completed" choice, confirmed by name when typed: a mistyped "6" must not do it."""
    return Choice(
        tr.gettext("✅ Completed"),
        encode(Action.COMPLETE, task_id),
        confirm=completion_question(tr, code, title),
    )


def percent_choices(tr: Translator, task_id: int, code: str, title: str) -> tuple[Choice, ...]:
    """0 % to 100 %; 100 % completes the task, so it is confirmed like "✅ Completed"."""
    return tuple(
        Choice(
            f"{step}%",
            encode(Action.SET_PERCENT, task_id, step),
            confirm=completion_question(tr, code, title) if step == 100 else "",
        )
        for step in PERCENT_STEPS
    )


def _details(turn: Turn, plan: Plan, task: Task, line: TaskLine, changeable: bool) -> str:
    tr = turn.tr
    schedule = parse_deadline(task.deadline_text, plan_period(plan))
    parts = [
        tr.gettext("Task {code} (section {section})", code=task.code, section=line.section),
        task.title,
        "",
        tr.gettext("Lead: {units}", units=_names(line.leads)),
    ]
    if not _is_latest(turn, plan):
        parts.insert(2, tr.gettext("From an earlier plan: {plan}", plan=plan.title))
    if line.coordinating:
        parts.append(tr.gettext("Coordinating: {units}", units=_names(line.coordinating)))
    if task.product:
        parts.append(tr.gettext("Product: {product}", product=task.product))
    parts.append(tr.gettext("Deadline in the plan: {text}", text=task.deadline_text or "—"))
    if len(line.milestones) > 1:
        # Each due date is done or not on its own (models.milestones).
        parts.append(tr.gettext("Milestones:"))
        parts.extend(_milestone_entry(turn, milestone) for milestone in line.milestones)
    elif line.due_dates:
        dates = "; ".join(due_phrase(tr, due, turn.today) for due in line.due_dates)
        parts.append(tr.gettext("Due: {dates}", dates=dates))
    else:
        parts.append(tr.render(schedule.explanation))
    parts.append(
        tr.gettext(
            "Progress: {percent}% — {status}",
            percent=line.percent,
            status=line_label(tr, line),
        )
    )
    parts.extend(_history_lines(turn, task))
    if changeable:
        parts.append("")
        parts.append(
            tr.gettext("Reply to this message to report progress, e.g. “75% đã trình ký”.")
        )
    return "\n".join(parts)


def _milestone_entry(turn: Turn, milestone: MilestoneLine) -> str:
    tr = turn.tr
    assert milestone.due_on is not None, "a task with several milestones has dates"
    state = line_label(tr, milestone)
    if milestone.done_on is None and not milestone.awaiting:
        day = due_phrase(tr, milestone.due_on, turn.today)
        state = f"{milestone.percent}% — {state}"
    else:
        day = tr.weekday_date(milestone.due_on)
    return f"   • {day}: {state}"


def _is_latest(turn: Turn, plan: Plan) -> bool:
    latest = latest_plan(turn.session, plan.organisation_id)
    return latest is None or latest.id == plan.id


def _archived_details(turn: Turn, plan: Plan, task: Task) -> str:
    """A task a revision removed: what it was, how far it got, and that it is closed."""
    tr = turn.tr
    assert task.id is not None and task.archived_at is not None
    section = turn.session.get(Section, task.section_id)
    roles = task_unit_roles(turn.session, task.id)
    units = {unit.id: unit for unit in units_of(turn.session, plan.organisation_id)}
    leads = [units[uid] for uid, role in roles.items() if role is UnitRole.LEAD and uid in units]
    dates = [due.due_on for due in due_dates_of(turn.session, task.id)]
    parts = [
        tr.gettext(
            "Task {code} (section {section})",
            code=task.code,
            section=section.code if section else "—",
        ),
        task.title,
        tr.gettext(
            "A revision of the plan on {date} removed this task; it is shown for reference "
            "and can no longer be changed.",
            date=tr.date(task.archived_at.astimezone(turn.now.tzinfo).date()),
        ),
        "",
        tr.gettext("Lead: {units}", units=_names(leads)),
        tr.gettext("Deadline in the plan: {text}", text=task.deadline_text or "—"),
    ]
    if dates:
        parts.append(tr.gettext("Due: {dates}", dates="; ".join(tr.date(due) for due in dates)))
    zone = turn.now.tzinfo
    assert zone is not None, "the clock is timezone-aware"
    percent = latest_percent(turn.session, task.id, zone=zone)
    parts.append(tr.gettext("Progress: {progress}", progress=str(percent) + "%"))
    parts.extend(_history_lines(turn, task))
    return "\n".join(parts)


def _names(units: Iterable[object]) -> str:
    return ", ".join(getattr(unit, "name", "") for unit in units) or "—"


def _history_lines(turn: Turn, task: Task) -> list[str]:
    tr = turn.tr
    assert task.id is not None
    entries = history(turn.session, task.id)
    if not entries:
        return [tr.gettext("No progress reported yet.")]
    names = {
        officer.id: officer.full_name
        for officer in (turn.session.get(Officer, e.officer_id) for e in entries if e.officer_id)
        if officer is not None
    }
    lines = ["", tr.gettext("History:")]
    for entry in entries:
        when = entry.created_at.astimezone(turn.now.tzinfo)
        who = names.get(entry.officer_id, "—") if entry.officer_id else "—"
        what = f"{entry.percent}%" if entry.percent is not None else ""
        if entry.kind == "blocker":
            what = tr.gettext("problem:")
        document = f"[{entry.document_ref}]" if entry.document_ref else ""
        note = " ".join(part for part in (what, entry.note, document) if part)
        lines.append(f"• {when:%d/%m/%Y %H:%M} — {who}: {note}")
    return lines


def deadlines_ahead(turn: Turn, _args: str) -> None:
    """/hanchot: the due dates of the next 14 days, the unit's or (coordinator) all."""
    tr = turn.tr
    plan = turn.plan()
    if plan is None:
        turn.say(tr.gettext("Your commune has no plan yet."))
        return
    horizon = turn.today + timedelta(days=SOON_DAYS)
    # Each milestone on its own: one done or reported done (awaiting confirmation) is
    # no longer a deadline ahead, while the task's other dates still are.
    items = [
        (milestone.due_on, line)
        for line in visible_lines(turn, plan)
        if line.status not in _DONE
        for milestone in line.milestones
        if milestone.due_on is not None
        and milestone.done_on is None
        and not milestone.awaiting
        and turn.today <= milestone.due_on <= horizon
    ]
    items.sort(key=lambda item: (item[0], item[1].code))
    if not items:
        turn.say(tr.gettext("No deadline in the next {days} days.", days=SOON_DAYS))
        return
    parts = [tr.gettext("Deadlines in the next {days} days:", days=SOON_DAYS)]
    for due, line in items:
        lead = tr.gettext("all units") if line.lead_is_all_units else _names(line.leads)
        parts.append(
            f"• {due_phrase(tr, due, turn.today)}\n   {line.code} · "
            f"{short_title(line.title)} — {lead} · {line.percent}%"
        )
    turn.say("\n".join(parts))


def typed_code(text: str) -> tuple[str, bool] | None:
    """The task code a whole message stands for, and whether it was marked as one.

    "12", "15.1", "012." are bare codes; "#12", "# 12", "nv12", "NV 12" are marked (the
    writer certainly means a task). None when the text is anything else.
    """
    found = _TYPED_CODE.match(fold(unicodedata.normalize("NFKC", text)))
    if found is None:
        return None
    code = ".".join(str(int(part)) for part in found.group("code").split("."))
    return code, found.group("mark") is not None


def open_typed_code(turn: Turn, text: str) -> bool:
    """Show the task whose code is the whole text ("12", "15.1", "#12", "nv 12").

    Returns False, saying nothing, when the text is no task code of the writer's plan,
    so that the text can be read otherwise; a marked code ("#99") that names no task is
    answered here ("there is no task 99"), since nothing else can have been meant.
    """
    read = typed_code(text)
    if read is None or turn.officer is None:
        return False
    code, marked = read
    plan = turn.plan()
    task = task_by_code(turn.session, plan.id, code) if plan and plan.id else None
    if task is None and plan is not None and plan.id is not None:
        # A task a revision removed is still shown, read-only, as the preview promised.
        task = archived_task_by_code(turn.session, plan.id, code)
    if task is None or task.id is None:
        if marked:
            turn.say(
                turn.tr.gettext(
                    "There is no task “{code}”. Type /nhiemvu to see the codes.", code=code
                )
            )
        return marked
    show_task(turn, task.id)
    return True


def find_task_for_change(turn: Turn, code: str) -> Task | None:
    """Return the task a typed code names, if the writer may change it; say why not otherwise."""
    tr = turn.tr
    plan = turn.plan()
    task = task_by_code(turn.session, plan.id, code) if plan and plan.id else None
    if task is None:
        removed = archived_task_by_code(turn.session, plan.id, code) if plan and plan.id else None
        if removed is not None and removed.id is not None:
            # Not "no such task": the writer saw it; its details say a revision removed it.
            show_task(turn, removed.id)
            return None
        turn.say(
            tr.gettext(
                "There is no task “{code}”. Type /nhiemvu to see the codes.", code=code[:20]
            )
        )
        return None
    if not may_change(turn.session, turn.me, task):
        turn.say(change_refusal(turn, task))
        return None
    return task
