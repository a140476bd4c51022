"""Reporting on a task: percents, completion and problems.

Officers report as they talk: "/capnhat 8 xong", a reply "50% đã gửi dự thảo", a
button. The problem's description is a question that keeps waiting after an answer
it cannot use (no words, too long): the bot says what is wrong and asks again, until
the person answers, cancels (/huy, or "huỷ" typed alone) or turns to another command.
Requests for more time are in :mod:`handlers.extensions`.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from handlers.access import task_for
from handlers.answers import cancel_question, is_cancel
from handlers.confirmations import decision_choices, open_completion, zone_of
from handlers.confirmations import notice as confirmation_notice
from handlers.context import Choices, Turn
from handlers.formatting import short_title
from handlers.i18n import Translator
from handlers.limits import within_limit
from handlers.tasks import find_task_for_change, line_label, task_choices, visible_lines
from models.limits import COMPLETION_NOTICES, PROBLEM_REPORTS
from models.officers import addresses
from models.progress import (
    MAX_NOTE,
    ProgressError,
    ProgressReading,
    read_progress,
    record_progress,
)
from models.report import MilestoneLine, TaskLine
from models.tables import MessageLink, Plan, ProgressKind, Review, Role, Task, UnitRole

# --- progress -------------------------------------------------------------------------------


def update_command(turn: Turn, args: str) -> None:
    """/capnhat <mã> <tiến độ>: what follows the code reads as a reply to the task does.

    "/capnhat 8 xong", "/capnhat 8 hoàn thành", "/capnhat 8 50% ghi chú",
    "/capnhat 8 đã gửi công văn 123/UBND" and the older "/capnhat 12 50 ghi chú".
    """
    tr = turn.tr
    parts = args.split(maxsplit=1)
    if len(parts) < 2:
        turn.say(
            tr.gettext(
                "Type /capnhat, the task code and the progress: a percent with a note, or "
                "“xong”, e.g. /capnhat 12 50 đã gửi dự thảo or /capnhat 12 xong."
            )
        )
        return
    task = find_task_for_change(turn, parts[0])
    if task is None:
        return
    try:
        reading = read_progress(parts[1])
    except ProgressError as error:
        turn.say(tr.render(error.message))
        return
    save_progress(turn, task, reading)


def set_percent(turn: Turn, task_id: int, percent: int) -> None:
    """A percent chosen with a button."""
    task = task_for(turn, change=True, task_id=task_id)
    if task is None:
        return
    if not 0 <= percent <= 100:
        turn.say(turn.tr.gettext("This choice is not valid."))
        return
    save_progress(turn, task, ProgressReading(percent, ""))


def complete(turn: Turn, task_id: int) -> None:
    """The "completed" button."""
    task = task_for(turn, change=True, task_id=task_id)
    if task is not None:
        save_progress(turn, task, ProgressReading(100, ""))


def reply_to_task_message(turn: Turn, link: MessageLink) -> None:
    """A reply to a message about a task: read it as progress on that task."""
    task = task_for(turn, change=True, task_id=link.task_id)
    if task is None:
        return
    try:
        reading = read_progress(turn.incoming.text)
    except ProgressError as error:
        if turn.incoming.attachment is None:
            turn.say(turn.tr.render(error.message))
            return
        reading = ProgressReading(None, "")
    save_progress(turn, task, reading, due_on=link.due_on)


def save_progress(
    turn: Turn, task: Task, reading: ProgressReading, *, due_on: date | None = None
) -> None:
    """Record an update (with the attachment, if any) and confirm it.

    ``due_on``: the milestone it reports on (a reply to a reminder); else the one the
    writer's part owes now (models.progress.milestone_to_report).
    """
    tr = turn.tr
    assert task.id is not None
    attachment = turn.incoming.attachment
    if attachment is not None and reading.percent is None and not reading.note:
        reading = ProgressReading(None, attachment.file_name)
    update = record_progress(
        turn.session,
        task_id=task.id,
        officer_id=turn.me.id,
        now=turn.now,
        reading=reading,
        file_id=attachment.file_id if attachment else "",
        file_name=attachment.file_name if attachment else "",
        due_on=due_on,
    )
    turn.task_changed(task.id)
    plan = turn.session.get(Plan, task.plan_id)
    assert plan is not None
    # As the writer's /nhiemvu shows it: on a task their unit leads, the unit's own part.
    line = next(line for line in visible_lines(turn, plan) if line.id == task.id)
    # On a task with several due dates, what is said back is the milestone the update
    # went to (its percent and state), not the task's roll-up of all of them.
    said = _milestone_of(line, update.due_on) or line
    percent = said.percent
    status = line_label(tr, said)
    # A coordinating unit (phối hợp) has no part of its own: its officer's percent is
    # kept in the history and said back as theirs, beside the lead units' progress.
    coordinating = line.role is UnitRole.COORDINATING
    if coordinating and reading.percent is not None:
        confirmation = tr.gettext(
            "Recorded for task {code}: {percent}% of your unit's coordinating work. The lead "
            "units' progress: {task_percent}% — {status}.",
            code=task.code,
            percent=reading.percent,
            task_percent=percent,
            status=status,
        )
    else:
        confirmation = tr.gettext(
            "Recorded for task {code}: {percent}% — {status}.",
            code=task.code,
            percent=percent,
            status=status,
        )
    if update.due_on is not None and len(line.due_dates) > 1:
        # Several due dates: say which one the update counts for (models.milestones).
        confirmation += "\n" + tr.gettext(
            "For the milestone due {date}.", date=tr.date(update.due_on)
        )
    if update.review is Review.PENDING:
        confirmation += "\n" + tr.gettext(
            "Awaiting the coordinator's confirmation: reports count it as done once confirmed."
        )
    if reading.note:
        confirmation += "\n" + tr.gettext("Note: {note}", note=reading.note)
    if reading.document_ref:
        confirmation += "\n" + tr.gettext("Product: {document}", document=reading.document_ref)
    turn.say(
        confirmation, choices=task_choices(tr, task) if percent < 100 else (), task_id=task.id
    )
    # The progress is saved whatever happens; only the notice to the coordinators is
    # capped, so that one person's burst of "completed" does not flood them.
    # Only a lead unit's completion is news to the coordinators: a coordinating unit's
    # 100% completes no part.
    if reading.percent == 100 and not coordinating and within_limit(turn, COMPLETION_NOTICES):
        # Awaiting their confirmation: the notice says what to check and offers Xác nhận
        # and Trả lại (handlers.confirmations). A milestone already done awaits nothing.
        waiting = open_completion(turn.session, update, zone_of(turn))
        if waiting is not None:
            _tell_coordinators(
                turn,
                task,
                confirmation_notice(waiting, zone_of(turn)),
                lambda tr: decision_choices(tr, waiting),
            )
            return
        _tell_coordinators(
            turn,
            task,
            lambda tr: tr.gettext(
                "{name} ({unit}) reported task {code} completed: {title}",
                name=turn.me.officer.full_name,
                unit=turn.me.unit.name,
                code=task.code,
                title=short_title(task.title),
            ),
        )


def _milestone_of(line: TaskLine, due_on: date | None) -> MilestoneLine | None:
    """The line's milestone due on ``due_on``, when the task has several."""
    if due_on is None or len(line.milestones) < 2:
        return None
    return next((milestone for milestone in line.milestones if milestone.due_on == due_on), None)


def _tell_coordinators(
    turn: Turn,
    task: Task,
    text: Callable[[Translator], str],
    choices: Callable[[Translator], Choices] | None = None,
) -> None:
    """Tell every other coordinator of the commune, each in their own language."""
    plan = turn.session.get(Plan, task.plan_id)
    assert plan is not None
    for coordinator in addresses(turn.session, plan.organisation_id, roles=[Role.COORDINATOR]):
        if coordinator.officer_id == turn.me.id:
            continue
        tr = turn.translator_for(coordinator)
        turn.tell(coordinator, text(tr), choices=choices(tr) if choices else ())


# --- problems -------------------------------------------------------------------------------


def ask_blocker(turn: Turn, task_id: int) -> None:
    """The "report a problem" button: ask for the description."""
    task = task_for(turn, change=True, task_id=task_id)
    if task is None:
        return
    turn.set_state(step="blocker", task_id=task_id)
    turn.say(
        turn.tr.gettext(
            "Describe the problem with task {code} in one message (or /huy to cancel).",
            code=task.code,
        )
    )


def blocker_given(turn: Turn, description: str) -> None:
    """Record the problem and tell the coordinators; ask again after an unusable answer.

    The whole message is the problem, numbers included ("3 hồ sơ chưa có số liệu"
    is a problem, not 3%). A message without a single letter ("50%", "?") or one
    too long to keep is not recorded: the question stays.
    """
    tr = turn.tr
    task = task_for(turn, change=True, task_id=int(turn.state().get("task_id", 0)))
    if task is None:
        turn.clear_state()
        return
    if is_cancel(description):
        cancel_question(turn)
        return
    note = description.strip()
    if len(note) > MAX_NOTE:
        turn.say(
            tr.gettext(
                "The description is too long ({length} characters); keep it under {limit} "
                "and send it again (or /huy to cancel).",
                length=len(note),
                limit=MAX_NOTE,
            )
        )
        return
    if not any(character.isalpha() for character in note):
        turn.say(
            tr.gettext(
                "Describe the problem with task {code} in words, e.g. “Chưa nhận đủ số liệu "
                "của các phòng” (or /huy to cancel).",
                code=task.code,
            )
        )
        return
    turn.clear_state()
    _record_blocker(turn, task, note)


def _record_blocker(turn: Turn, task: Task, note: str) -> None:
    tr = turn.tr
    assert task.id is not None
    record_progress(
        turn.session,
        task_id=task.id,
        officer_id=turn.me.id,
        now=turn.now,
        reading=ProgressReading(None, note),
        kind=ProgressKind.BLOCKER,
    )
    # Like progress, the problem is always kept in the task's history; past the cap it
    # is not passed on, and the writer is told so.
    if not within_limit(turn, PROBLEM_REPORTS):
        turn.say(
            tr.gettext("The problem with task {code} is recorded in its history.", code=task.code),
            task_id=task.id,
        )
        return
    turn.say(
        tr.gettext(
            "The problem with task {code} is recorded and the coordinators are told.",
            code=task.code,
        ),
        task_id=task.id,
    )
    _tell_coordinators(
        turn,
        task,
        lambda tr: tr.gettext(
            "⚠️ Problem reported on task {code} by {name} ({unit}): {note}",
            code=task.code,
            name=turn.me.officer.full_name,
            unit=turn.me.unit.name,
            note=note,
        ),
    )
