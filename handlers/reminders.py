"""Reminders as a colleague would write them, and what an officer can answer to one.

The scheduler decides when; this module decides what the message says (one message
per officer per sweep, listing all their due items) and handles its choices:
done, a percent, "remind me later", a problem, and ``/nghiphep`` for a leave.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from handlers.access import task_for
from handlers.choices import Action, encode
from handlers.context import Choices, Turn
from handlers.formatting import due_phrase, read_date, short_title
from handlers.i18n import Translator
from handlers.limits import within_limit
from handlers.tasks import PERCENT_STEPS
from handlers.types import Choice, Reply
from models.limits import LEAVE_NOTICES
from models.officers import addresses
from models.plans import due_dates_of
from models.reminders import colleagues_available, snooze
from models.status import current_due_date
from models.tables import Leave, Officer, ReminderKind, Role


@dataclass(frozen=True)
class ReminderLine:
    """One task in a reminder."""

    task_id: int
    code: str
    title: str
    product: str
    kind: ReminderKind
    due_on: date
    percent: int
    last_note: str


def render_reminder(
    lines: list[ReminderLine], tr: Translator, today: date, *, late: bool
) -> Reply:
    """One message listing every item due for one officer, with the choices to answer."""
    heading = (
        tr.gettext("🔔 Reminder")
        if len(lines) == 1
        else tr.gettext("🔔 Reminder: {count} tasks", count=len(lines))
    )
    if late:
        heading += " " + tr.gettext("(late: the bot was interrupted)")
    parts = [heading]
    for line in lines:
        parts.append("")
        parts.append(f"• {line.code} · {line.title}")
        if line.kind is ReminderKind.CHECKIN:
            parts.append(
                "   " + tr.gettext("Ongoing task: please send this month's progress note.")
            )
        else:
            parts.append(
                "   " + tr.gettext("Deadline: {date}", date=due_phrase(tr, line.due_on, today))
            )
        if line.product:
            parts.append("   " + tr.gettext("Product: {product}", product=line.product))
        progress = f"{line.percent}%" + (f" — {line.last_note}" if line.last_note else "")
        parts.append("   " + tr.gettext("Progress: {progress}", progress=progress))
    parts.append("")
    if len(lines) == 1:
        parts.append(
            tr.gettext("Reply to this message to report progress, e.g. “75% đã trình ký”.")
        )
        return Reply(
            "\n".join(parts),
            choices=single_task_choices(tr, lines[0].task_id),
            task_id=lines[0].task_id,
        )
    parts.append(tr.gettext("Choose a task to report on it."))
    choices = tuple(
        (
            Choice(
                f"{line.code} · {short_title(line.title, 30)}",
                encode(Action.OPEN_TASK, line.task_id),
            ),
        )
        for line in lines
    )
    return Reply("\n".join(parts), choices=choices)


def single_task_choices(tr: Translator, task_id: int) -> Choices:
    """Done, progress, later (1 or 3 working days), problem."""
    return (
        (
            Choice(tr.gettext("✅ Completed"), encode(Action.COMPLETE, task_id)),
            Choice(tr.gettext("📝 Update progress"), encode(Action.PERCENT_MENU, task_id)),
        ),
        (
            Choice(tr.gettext("⏰ Later: 1 day"), encode(Action.SNOOZE, task_id, 1)),
            Choice(tr.gettext("⏰ Later: 3 days"), encode(Action.SNOOZE, task_id, 3)),
        ),
        (Choice(tr.gettext("⚠️ Report a problem"), encode(Action.REPORT_BLOCKER, task_id)),),
    )


def percent_menu(turn: Turn, task_id: int) -> None:
    """The "update progress" choice: offer the percents."""
    task = task_for(turn, task_id, change=True)
    if task is None:
        return
    choices = (
        tuple(
            Choice(f"{step}%", encode(Action.SET_PERCENT, task_id, step)) for step in PERCENT_STEPS
        ),
    )
    turn.say(
        turn.tr.gettext(
            "Task {code}: how far along is it? Or reply to this message with a "
            "percent and a note.",
            code=task.code,
        ),
        choices=choices,
        task_id=task_id,
    )


def snooze_task(turn: Turn, task_id: int, days: int) -> None:
    """Put off ("remind me later") this officer's reminders of the task off by working days."""
    tr = turn.tr
    if not 1 <= days <= 10:
        turn.say(tr.gettext("This choice is not valid or has expired."))
        return
    # As for a change: a task a revision removed gets no reminder to put off, and the
    # answer says so rather than promise one.
    task = task_for(turn, task_id, change=True)
    if task is None:
        return
    day = turn.calendar.add_working_days(turn.today, days)
    until = datetime.combine(day, turn.settings.reminder_time, tzinfo=turn.now.tzinfo)
    dates = [due.due_on for due in due_dates_of(turn.session, task_id)]
    due_on = current_due_date(dates, turn.today) or turn.today
    snooze(turn.session, officer_id=turn.me.id, task_id=task_id, due_on=due_on, until=until)
    turn.say(
        tr.gettext(
            "I will remind you of task {code} again on {date}.",
            code=task.code,
            date=tr.weekday_date(day),
        )
    )


def leave_command(turn: Turn, args: str) -> None:
    """/nghiphep <từ ngày> <đến ngày>: no reminders for the officer over those days."""
    tr = turn.tr
    assert turn.officer is not None
    words = args.split()
    dates = [read_date(word, turn.today) for word in words[:2]]
    if len(words) != 2 or None in dates:
        turn.say(
            tr.gettext(
                "Type /nghiphep with the first and last day of the leave, e.g. "
                "/nghiphep 15/12/2025 19/12/2025."
            )
        )
        return
    start, end = dates[0], dates[1]
    assert start is not None and end is not None
    if end < start or end < turn.today:
        turn.say(tr.gettext("The leave must end on or after its first day, and not in the past."))
        return
    turn.session.add(Leave(officer_id=turn.officer.id, start=start, end=end, created_at=turn.now))
    turn.say(
        tr.gettext(
            "No reminders will reach you from {start} to {end}.",
            start=tr.date(start),
            end=tr.date(end),
        )
    )
    officer = turn.session.get(Officer, turn.officer.id)
    assert officer is not None
    # The leave is saved whatever happens; only the notice to the coordinators is capped.
    if colleagues_available(turn.session, officer, start, end) == 0 and within_limit(
        turn, LEAVE_NOTICES
    ):
        for coordinator in addresses(
            turn.session, officer.organisation_id, roles=[Role.COORDINATOR]
        ):
            ctr = turn.translator_for(coordinator)
            turn.tell(
                coordinator,
                ctr.gettext(
                    "From {start} to {end} nobody of {unit} receives reminders: "
                    "{name} is on leave.",
                    start=ctr.date(start),
                    end=ctr.date(end),
                    unit=turn.officer.unit.name,
                    name=officer.full_name,
                ),
            )
