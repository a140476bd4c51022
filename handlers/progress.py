"""Reporting on a task: percents, completion, problems, and requests for more time."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from sqlmodel import select

from handlers.access import may_decide, settle, task_for
from handlers.choices import Action, encode
from handlers.context import Choices, Turn
from handlers.formatting import due_phrase, read_date, short_title
from handlers.i18n import Translator, translator
from handlers.limits import within_limit
from handlers.tasks import find_task_for_change, status_label, task_choices
from handlers.types import Choice, Recipient, Reply
from models.limits import COMPLETION_NOTICES, EXTENSION_REQUESTS, PROBLEM_REPORTS
from models.officers import addresses, officer_card
from models.plans import due_dates_of
from models.progress import (
    ProgressError,
    ProgressReading,
    latest_percent,
    read_percent,
    read_progress,
    record_progress,
)
from models.report import build_report
from models.status import current_due_date
from models.tables import (
    ChatIdentity,
    Decision,
    DueDate,
    ExtensionRequest,
    MessageLink,
    Plan,
    ProgressKind,
    Role,
    Task,
)

MAX_REASON = 500


def update_command(turn: Turn, args: str) -> None:
    """/capnhat <mã> <phần trăm> [ghi chú]."""
    tr = turn.tr
    parts = args.split(maxsplit=2)
    if len(parts) < 2:
        turn.say(
            tr.gettext(
                "Type /capnhat, the task code, the percent and a note, e.g. "
                "/capnhat 12 50 đã gửi dự thảo."
            )
        )
        return
    task = find_task_for_change(turn, parts[0])
    if task is None:
        return
    try:
        percent = read_percent(parts[1])
        reading = read_progress(f"{percent}% {parts[2] if len(parts) > 2 else ''}")
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
    save_progress(turn, task, reading)


def save_progress(turn: Turn, task: Task, reading: ProgressReading) -> None:
    """Record an update (with the attachment, if any) and confirm it."""
    tr = turn.tr
    assert task.id is not None
    attachment = turn.incoming.attachment
    if attachment is not None and reading.percent is None and not reading.note:
        reading = ProgressReading(None, attachment.file_name)
    record_progress(
        turn.session,
        task_id=task.id,
        officer_id=turn.me.id,
        now=turn.now,
        reading=reading,
        file_id=attachment.file_id if attachment else "",
        file_name=attachment.file_name if attachment else "",
    )
    turn.task_changed(task.id)
    percent = latest_percent(turn.session, task.id)
    plan = turn.session.get(Plan, task.plan_id)
    assert plan is not None
    line = next(
        line for line in build_report(turn.session, plan, now=turn.now).tasks if line.id == task.id
    )
    confirmation = tr.gettext(
        "Recorded for task {code}: {percent}% — {status}.",
        code=task.code,
        percent=percent,
        status=status_label(tr, line.status),
    )
    if reading.note:
        confirmation += "\n" + tr.gettext("Note: {note}", note=reading.note)
    if reading.document_ref:
        confirmation += "\n" + tr.gettext("Product: {document}", document=reading.document_ref)
    turn.say(
        confirmation, choices=task_choices(tr, task.id) if percent < 100 else (), task_id=task.id
    )
    # The progress is saved whatever happens; only the notice to the coordinators is
    # capped, so that one person's burst of "completed" does not flood them.
    if reading.percent == 100 and within_limit(turn, COMPLETION_NOTICES):
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
    """Record the problem and tell the coordinators."""
    tr = turn.tr
    task = task_for(turn, change=True, task_id=int(turn.state().get("task_id", 0)))
    turn.clear_state()
    if task is None:
        return
    try:
        reading = read_progress(description)
    except ProgressError as error:
        turn.say(tr.render(error.message))
        return
    note = description.strip() if reading.percent is None else reading.note
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


def ask_extension(turn: Turn, task_id: int) -> None:
    """The "ask for more time" button: ask for the new date and the reason."""
    task = task_for(turn, change=True, task_id=task_id)
    if task is None:
        return
    turn.set_state(step="extension", task_id=task_id)
    turn.say(
        turn.tr.gettext(
            "Type the new date and the reason, e.g. “20/12/2025 chờ số liệu "
            "của các phòng” (or /huy to cancel)."
        )
    )


def extension_command(turn: Turn, args: str) -> None:
    """/giahan <mã> <ngày> <lý do>."""
    parts = args.split(maxsplit=1)
    if len(parts) < 2:
        turn.say(
            turn.tr.gettext(
                "Type /giahan, the task code, the new date and the reason, e.g. "
                "/giahan 12 20/12/2025 chờ số liệu của các phòng."
            )
        )
        return
    task = find_task_for_change(turn, parts[0])
    if task is not None:
        request_extension(turn, task, parts[1])


def extension_given(turn: Turn, text: str) -> None:
    """The answer to the "ask for more time" button."""
    task = task_for(turn, change=True, task_id=int(turn.state().get("task_id", 0)))
    turn.clear_state()
    if task is not None:
        request_extension(turn, task, text)


def request_extension(turn: Turn, task: Task, text: str) -> None:
    """File a request to move the task's current due date, for the coordinators to decide."""
    tr = turn.tr
    assert task.id is not None
    written_date, _, reason = text.strip().partition(" ")
    new_date = read_date(written_date, turn.today)
    reason = " ".join(reason.split())
    if new_date is None:
        turn.say(
            tr.gettext(
                "“{value}” is not a date: write it as dd/mm/yyyy, e.g. 20/12/2025.",
                value=written_date[:20],
            )
        )
        return
    if not reason or len(reason) > MAX_REASON:
        turn.say(
            tr.gettext(
                "Give the reason after the date (at most {limit} characters).", limit=MAX_REASON
            )
        )
        return
    dates = [due.due_on for due in due_dates_of(turn.session, task.id)]
    current = current_due_date(dates, turn.today)
    if new_date <= turn.today or (current is not None and new_date <= current):
        turn.say(
            tr.gettext(
                "The new date must be after today and after the current deadline ({date}).",
                date=tr.date(current or turn.today),
            )
        )
        return
    if current is None and turn.me.role == Role.COORDINATOR:
        _set_first_date(turn, task, new_date, reason)
        return
    if current is None:
        turn.say(
            tr.gettext("Task {code} has no deadline yet; the coordinator sets it.", code=task.code)
        )
        return
    if _pending_extension(turn, task.id) is not None:
        turn.say(
            tr.gettext(
                "A request for more time on task {code} is already waiting.", code=task.code
            )
        )
        return
    if not within_limit(turn, EXTENSION_REQUESTS):
        return
    request = ExtensionRequest(
        task_id=task.id,
        officer_id=turn.me.id,
        original_due_on=current,
        requested_due_on=new_date,
        reason=reason,
        created_at=turn.now,
    )
    turn.session.add(request)
    turn.session.flush()
    request_id = request.id
    turn.say(
        tr.gettext(
            "Your request to move task {code} from {old} to {new} was sent to the coordinators.",
            code=task.code,
            old=tr.date(current),
            new=tr.date(new_date),
        ),
        task_id=task.id,
    )
    _tell_coordinators(
        turn,
        task,
        lambda tr: tr.gettext(
            "{name} ({unit}) asks to move task {code} ({title}) from {old} to {new}. Reason: "
            "{reason}",
            name=turn.me.officer.full_name,
            unit=turn.me.unit.name,
            code=task.code,
            title=short_title(task.title),
            old=tr.date(current),
            new=tr.date(new_date),
            reason=reason,
        ),
        lambda tr: (
            (
                Choice(tr.gettext("Approve"), encode(Action.APPROVE_EXTENSION, request_id or 0)),
                Choice(tr.gettext("Refuse"), encode(Action.REFUSE_EXTENSION, request_id or 0)),
            ),
        ),
    )


def _set_first_date(turn: Turn, task: Task, new_date: date, reason: str) -> None:
    assert task.id is not None
    turn.session.add(DueDate(task_id=task.id, due_on=new_date))
    turn.task_changed(task.id)
    record_progress(
        turn.session,
        task_id=task.id,
        officer_id=turn.me.id,
        now=turn.now,
        reading=ProgressReading(None, reason),
    )
    turn.say(
        turn.tr.gettext(
            "Task {code} is now due on {date}.",
            code=task.code,
            date=due_phrase(turn.tr, new_date, turn.today),
        ),
        task_id=task.id,
    )


def _pending_extension(turn: Turn, task_id: int) -> ExtensionRequest | None:
    return turn.session.exec(
        select(ExtensionRequest).where(
            ExtensionRequest.task_id == task_id, ExtensionRequest.status == Decision.PENDING
        )
    ).first()


def decide_extension(turn: Turn, request_id: int, *, approve: bool) -> None:
    """A coordinator approves or refuses a request for more time.

    A plan revision may have changed the task's dates, or removed the task, since the
    request was filed. The request asked to move the deadline the officer had then to
    a later day, so an approval moves that date if it is still there; otherwise it
    moves the task's current deadline, provided the requested day is still later than
    it. When nothing sensible can move (the task was removed, it has no date any more,
    or the revised plan already gives at least the time asked for), the request is
    closed as refused, and both the coordinator and the requester are told why: the
    bot never reports a move that did not happen.
    """
    request = turn.session.get(ExtensionRequest, request_id)
    task = turn.session.get(Task, request.task_id) if request else None
    plan = turn.session.get(Plan, task.plan_id) if task else None
    organisation_id = plan.organisation_id if plan else None
    if may_decide(turn, request, organisation_id) is None:
        return
    assert request is not None and task is not None
    if not approve:
        if settle(turn, request, organisation_id, approve=False):
            _tell_refused(turn, request, task)
        return
    moves_from, why_not = _date_to_move(turn, task, request)
    if not settle(turn, request, organisation_id, approve=moves_from is not None):
        return
    if moves_from is None:
        assert why_not is not None
        _tell_not_applied(turn, request, task, why_not)
        return
    _move_due_date(turn, task, moves_from, request.requested_due_on)
    turn.task_changed(request.task_id)
    tr = turn.tr
    old, new = tr.date(moves_from), tr.date(request.requested_due_on)
    if moves_from == request.original_due_on:
        turn.say(
            tr.gettext(
                "Approved: task {code} moves from {old} to {new}.",
                code=task.code,
                old=old,
                new=new,
            )
        )
    else:
        turn.say(
            tr.gettext(
                "Approved. A plan revision had changed the deadline of task {code} from "
                "{asked} to {old}; the task now moves from {old} to {new}.",
                code=task.code,
                asked=tr.date(request.original_due_on),
                old=old,
                new=new,
            )
        )
    _tell_requester(
        turn,
        request,
        task,
        lambda tr: tr.gettext(
            "Your request is approved: task {code} is now due on {date}.",
            code=task.code,
            date=tr.weekday_date(request.requested_due_on),
        ),
    )


def _date_to_move(
    turn: Turn, task: Task, request: ExtensionRequest
) -> tuple[date | None, Callable[[Translator], str] | None]:
    """The due date an approval moves, or None and why nothing can move."""
    assert task.id is not None
    if task.archived_at is not None:
        return None, lambda tr: tr.gettext("a revision of the plan removed the task.")
    dates = [due.due_on for due in due_dates_of(turn.session, task.id)]
    if request.original_due_on in dates:
        return request.original_due_on, None
    current = current_due_date(dates, turn.today)
    if current is None:
        return None, lambda tr: tr.gettext("the revised plan gives the task no dated deadline.")
    if current >= request.requested_due_on:
        return None, lambda tr: tr.gettext(
            "the revised plan already has the task due on {date}, no earlier than the day "
            "asked for.",
            date=tr.date(current),
        )
    return current, None


def _move_due_date(turn: Turn, task: Task, old: date, new: date) -> None:
    assert task.id is not None
    dates = {due.due_on: due for due in due_dates_of(turn.session, task.id)}
    moved = dates[old]  # checked by _date_to_move in this same transaction
    if new in dates:
        turn.session.delete(moved)
    else:
        moved.due_on = new
        turn.session.add(moved)


def _tell_not_applied(
    turn: Turn, request: ExtensionRequest, task: Task, why_not: Callable[[Translator], str]
) -> None:
    """An approval that could not move anything: closed as refused, with the reason."""
    tr = turn.tr
    requester = officer_card(turn.session, request.officer_id)
    turn.say(
        tr.gettext(
            "Task {code} was not moved: {reason} The request is closed as refused and "
            "{name} is told.",
            code=task.code,
            reason=why_not(tr),
            name=requester.officer.full_name if requester else "?",
        )
    )
    _tell_requester(
        turn,
        request,
        task,
        lambda tr: tr.gettext(
            "Your request to move task {code} to {date} could not be applied: {reason}",
            code=task.code,
            date=tr.date(request.requested_due_on),
            reason=why_not(tr),
        ),
    )


def _tell_refused(turn: Turn, request: ExtensionRequest, task: Task) -> None:
    """Tell the coordinator and the requester that the deadline stays where it is now."""
    assert task.id is not None
    dates = [due.due_on for due in due_dates_of(turn.session, task.id)]
    stays = None if task.archived_at is not None else current_due_date(dates, turn.today)
    tr = turn.tr
    new = tr.date(request.requested_due_on)
    if stays is None:
        turn.say(
            tr.gettext(
                "Refused: task {code} does not move (asked: {new}).", code=task.code, new=new
            )
        )
    else:
        turn.say(
            tr.gettext(
                "Refused: task {code} stays due on {old} (asked: {new}).",
                code=task.code,
                old=tr.date(stays),
                new=new,
            )
        )
    _tell_requester(
        turn,
        request,
        task,
        lambda tr: (
            tr.gettext(
                "Your request to move task {code} to {date} was refused; the deadline "
                "stays {old}.",
                code=task.code,
                date=tr.date(request.requested_due_on),
                old=tr.date(stays),
            )
            if stays is not None
            else tr.gettext(
                "Your request to move task {code} to {date} was refused.",
                code=task.code,
                date=tr.date(request.requested_due_on),
            )
        ),
    )


def _tell_requester(
    turn: Turn, request: ExtensionRequest, task: Task, text: Callable[[Translator], str]
) -> None:
    """Tell the officer who asked, on each of their chats, in their own language."""
    card = officer_card(turn.session, request.officer_id)
    tr = translator(card.officer.locale if card else None)
    for identity in turn.session.exec(
        select(ChatIdentity).where(ChatIdentity.officer_id == request.officer_id)
    ):
        turn.replies.append(
            Reply(text(tr), to=Recipient(identity.channel, identity.external_id), task_id=task.id)
        )
