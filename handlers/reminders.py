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
from handlers.formatting import due_phrase, short_title
from handlers.i18n import Translator
from handlers.limits import within_limit
from handlers.tasks import completed_choice, percent_choices
from handlers.types import Choice, Reply
from models.chatdates import DateError, read_range
from models.limits import LEAVE_NOTICES
from models.officers import addresses
from models.plans import due_dates_of
from models.reminders import add_leave, cancel_leave, colleagues_available, leave_ahead, snooze
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
            choices=single_task_choices(tr, lines[0]),
            task_id=lines[0].task_id,
        )
    parts.append(tr.gettext("Choose a task to report on it."))
    choices = tuple(
        (
            Choice(
                f"{line.code} · {short_title(line.title, 30)}",
                encode(Action.OPEN_TASK, line.task_id),
                key=line.code,
            ),
        )
        for line in lines
    )
    return Reply("\n".join(parts), choices=choices)


def single_task_choices(tr: Translator, line: ReminderLine) -> Choices:
    """Done, progress, later (1 or 3 working days), problem."""
    task_id = line.task_id
    return (
        (
            completed_choice(tr, task_id, line.code, line.title),
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
    choices = (percent_choices(turn.tr, task_id, task.code, task.title),)
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


# Longer than this reads as a slip ("22/12 - 21/12" is a year): six months of maternity
# leave fit, a year does not.
MAX_LEAVE_DAYS = 186


def leave_span(tr: Translator, start: date, end: date) -> str:
    """The days of a leave in full: "từ thứ Hai, 22/12/2025 đến thứ Sáu, 26/12/2025"."""
    if start == end:
        return tr.gettext("on {day}", day=tr.weekday_date(start))
    return tr.gettext(
        "from {start} to {end}", start=tr.weekday_date(start), end=tr.weekday_date(end)
    )


def leave_command(turn: Turn, args: str) -> None:
    """/nghiphep <ngày>: no reminders for the officer over those days; alone, the leave ahead.

    The days are read as people write them: "22/12 - 26/12", "từ 22/12 đến 26/12",
    "22-26/12", "mai", "thứ 2 đến thứ 6 tuần sau", "15/12/2025 19/12/2025".
    """
    if not args.strip():
        _show_leave(turn)
        return
    tr = turn.tr
    try:
        days = read_range(args, turn.today)
    except DateError as error:
        turn.say(tr.render(error.message) + "\n" + _how_to_take_leave(tr))
        return
    if days is None:
        turn.say(
            tr.gettext("I could not read “{text}” as days of leave.", text=args[:60])
            + "\n"
            + _how_to_take_leave(tr)
        )
        return
    start, end = days
    span = leave_span(tr, start, end)
    if end < turn.today:
        turn.say(
            tr.gettext(
                "I read the leave as {span}: that is over already. A leave must end "
                "today or later.",
                span=span,
            )
            + "\n"
            + _how_to_take_leave(tr)
        )
        return
    if (end - start).days >= MAX_LEAVE_DAYS:
        turn.say(
            tr.gettext(
                "I read the leave as {span}: that is more than six months. Please check "
                "the days and type them with the year, e.g. /nghiphep 22/12/2025 - "
                "26/12/2025.",
                span=span,
            )
        )
        return
    _take_leave(turn, start, end)


def _take_leave(turn: Turn, start: date, end: date) -> None:
    tr = turn.tr
    officer = turn.session.get(Officer, turn.me.officer.id)
    assert officer is not None and officer.id is not None
    leave, joined = add_leave(turn.session, officer.id, start, end, turn.now)
    recorded = tr.gettext(
        "Leave recorded {span}: no reminders will reach you then.",
        span=leave_span(tr, start, end),
    )
    if joined:
        recorded += "\n" + tr.gettext(
            "It joins the leave you had already given: you are on leave {span}.",
            span=leave_span(tr, leave.start, leave.end),
        )
    turn.say(recorded + "\n" + tr.gettext("Type /nghiphep to see or cancel your leave."))
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
                    unit=turn.me.unit.name,
                    name=officer.full_name,
                ),
            )


def _how_to_take_leave(tr: Translator) -> str:
    return tr.gettext(
        "Type /nghiphep with the days of the leave, e.g. /nghiphep 22/12 - 26/12, "
        "/nghiphep từ 22/12 đến 26/12, /nghiphep 22-26/12 or /nghiphep mai."
    )


def _show_leave(turn: Turn) -> None:
    """/nghiphep alone: the leave under way and to come, each with a choice to cancel it."""
    tr = turn.tr
    ahead = leave_ahead(turn.session, turn.me.officer.id or 0, turn.today)
    if not ahead:
        turn.say(tr.gettext("You have no leave ahead.") + "\n" + _how_to_take_leave(tr))
        return
    lines = [tr.gettext("Your leave:")]
    choices = []
    for leave in ahead:
        span = leave_span(tr, leave.start, leave.end)
        confirm = tr.gettext("Cancel the leave {span}?", span=span)
        if leave.start <= turn.today:
            span = tr.gettext("{span} (under way)", span=span)
        lines.append(f"• {span[:1].upper()}{span[1:]}")
        dates = _short_span(leave.start, leave.end)
        choices.append(
            (
                Choice(
                    tr.gettext("❌ Cancel the leave {dates}", dates=dates),
                    encode(Action.CANCEL_LEAVE, leave.id or 0),
                    confirm=confirm,
                ),
            )
        )
    lines.append("")
    lines.append(_how_to_take_leave(tr))
    turn.say("\n".join(lines), choices=tuple(choices))


def _short_span(start: date, end: date) -> str:
    """A leave on a button, where a phone has room for little: "22/12 – 26/12/2025"."""
    if start == end:
        return start.strftime("%d/%m/%Y")
    first = start.strftime("%d/%m") if start.year == end.year else start.strftime("%d/%m/%Y")
    return f"{first} – {end.strftime('%d/%m/%Y')}"


def cancel_leave_choice(turn: Turn, leave_id: int) -> None:
    """Cancel one of the writer's own leaves: reminders reach them again from today."""
    tr = turn.tr
    leave = turn.session.get(Leave, leave_id)
    if leave is None or leave.officer_id != turn.me.officer.id:
        turn.say(tr.gettext("This leave no longer exists.") + "\n" + _see_leave(tr))
        return
    span = leave_span(tr, leave.start, leave.end)
    if leave.end < turn.today:
        turn.say(tr.gettext("The leave {span} is over already.", span=span))
        return
    kept = cancel_leave(turn.session, leave, turn.today)
    if kept is None:
        turn.say(
            tr.gettext("Cancelled the leave {span}: reminders will reach you as usual.", span=span)
        )
        return
    turn.say(
        tr.gettext(
            "Your leave now ends on {day} (yesterday): reminders reach you again from today.",
            day=tr.weekday_date(kept.end),
        )
    )


def _see_leave(tr: Translator) -> str:
    return tr.gettext("Type /nghiphep to see your leave.")
