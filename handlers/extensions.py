"""Requests for more time: asking, deciding, refusing with a reason, withdrawing.

Every question asked here (the new date and the reason, the reason for a refusal)
keeps waiting after an answer it cannot use: the bot says what is wrong, echoing the
date it read in full ("thứ Năm, 15/01/2026"), and asks again, until the person
answers, cancels (/huy) or turns to another command. A date given without a reason
is kept, and only the reason is asked for.

Nobody is stuck with a request: a coordinator's own request is decided at once (they
are the approver) and the other coordinators and the leaders are told; an officer's
goes to the coordinators, or to the leaders when no coordinator can be reached, and
is never filed when nobody at all could decide it; the officer may withdraw it while
it waits, and requests nobody decides expire (scheduler/expiry.py).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from sqlmodel import select

from handlers.access import may_decide, settle, task_for
from handlers.answers import MAX_REASON, cancel_question, is_cancel, take_reason
from handlers.choices import Action, encode
from handlers.context import Choices, Turn
from handlers.formatting import due_phrase, short_title
from handlers.i18n import Translator, translator
from handlers.limits import within_limit
from handlers.tasks import find_task_for_change
from handlers.types import Choice, Recipient, Reply
from models.chatdates import DateError, leading_day, read_day
from models.limits import EXTENSION_REQUESTS
from models.officers import Address, addresses, officer_card
from models.plans import due_dates_of
from models.progress import ProgressReading, record_progress
from models.requests import (
    Deciders,
    deciders,
    extension_organisation,
    may_decide_extension,
    withdraw_extension,
)
from models.status import current_due_date
from models.tables import (
    ChatIdentity,
    Decision,
    DueDate,
    ExtensionRequest,
    Plan,
    Role,
    Task,
    row_id,
)
from models.vntext import fold, in_sentence

# After "/giahan 12", these withdraw the writer's pending request on task 12.
_WITHDRAW_WORDS = frozenset({"huy", "rut", "rut lai", "withdraw"})


def _tell_all(
    turn: Turn,
    people: tuple[Address, ...] | list[Address],
    text: Callable[[Translator], str],
    choices: Callable[[Translator], Choices] | None = None,
) -> None:
    """Tell each of ``people`` (but the writer), in their own language."""
    for address in people:
        if address.officer_id != turn.me.id:
            tr = turn.translator_for(address)
            turn.tell(address, text(tr), choices=choices(tr) if choices else ())


# --- asking for more time --------------------------------------------------------------------


def ask_extension(turn: Turn, task_id: int) -> None:
    """The "ask for more time" button: ask for the new date and the reason."""
    task = task_for(turn, change=True, task_id=task_id)
    if task is not None and _may_ask(turn, task):
        _ask_date(turn, task)


def extension_command(turn: Turn, args: str) -> None:
    """/giahan <mã> [<ngày> <lý do>], or /giahan <mã> huy|rút to withdraw a request.

    Whatever is missing or wrong is asked for, and the next message answers it.
    """
    parts = args.split(maxsplit=1)
    if not parts:
        turn.say(
            turn.tr.gettext(
                "Type /giahan, the task code, the new date and the reason, e.g. "
                "/giahan 12 20/12/2025 chờ số liệu của các phòng."
            )
        )
        return
    task = find_task_for_change(turn, parts[0])
    if task is None:
        return
    rest = parts[1].strip() if len(parts) > 1 else ""
    if " ".join(fold(rest).split()) in _WITHDRAW_WORDS:
        _withdraw_on_task(turn, task)
    elif not _may_ask(turn, task):
        return
    elif not rest:
        _ask_date(turn, task)
    else:
        _answer_extension(turn, task, rest, kept=None)


def extension_given(turn: Turn, text: str) -> None:
    """The answer to the question about more time: a date and a reason, or the reason."""
    state = turn.state()
    task = task_for(turn, change=True, task_id=int(state.get("task_id", 0)))
    if task is None:
        turn.clear_state()
        return
    if is_cancel(text):
        cancel_question(turn)
        return
    kept = state.get("new_date")
    _answer_extension(
        turn, task, text, kept=date.fromisoformat(kept) if isinstance(kept, str) else None
    )


def _current_due(turn: Turn, task: Task) -> date | None:
    assert task.id is not None
    if task.archived_at is not None:
        return None
    dates = [due.due_on for due in due_dates_of(turn.session, task.id)]
    return current_due_date(dates, turn.today)


def _organisation_id(turn: Turn, task: Task) -> int:
    plan = turn.session.get(Plan, task.plan_id)
    assert plan is not None
    return plan.organisation_id


def _may_ask(turn: Turn, task: Task) -> bool:
    """Whether a request for more time on the task can go anywhere; says why not.

    A coordinator can always move a date: they decide at once. An officer cannot ask
    for a task without a date (the coordinator sets it), nor while a request on the
    task waits, nor when nobody could decide it.
    """
    tr = turn.tr
    if turn.me.role == Role.COORDINATOR:
        return True
    assert task.id is not None
    if _current_due(turn, task) is None:
        turn.say(
            tr.gettext("Task {code} has no deadline yet; the coordinator sets it.", code=task.code)
        )
        return False
    waiting = _pending_extension(turn, task.id)
    if waiting is not None:
        _tell_already_waiting(turn, task, waiting)
        return False
    if _route(turn, task).role is None:
        turn.say(
            tr.gettext(
                "Nobody can decide a request for more time in {commune} yet: the commune has "
                "no coordinator or leader using the bot. Please ask the People's Committee "
                "to register a coordinator (cán bộ đầu mối).",
                commune=in_sentence(turn.me.organisation.name),
            )
        )
        return False
    return True


def _route(turn: Turn, task: Task) -> Deciders:
    return deciders(turn.session, _organisation_id(turn, task), requester_id=turn.me.id)


def _tell_already_waiting(turn: Turn, task: Task, waiting: ExtensionRequest) -> None:
    tr = turn.tr
    if waiting.officer_id == turn.me.id:
        turn.say(
            tr.gettext(
                "Your request to move task {code} to {date} is already waiting for a decision "
                "(sent on {since}).",
                code=task.code,
                date=tr.weekday_date(waiting.requested_due_on),
                since=tr.weekday_date(_local_day(turn, waiting)),
            ),
            choices=((withdraw_choice(tr, waiting, task.code),),),
        )
        return
    asker = officer_card(turn.session, waiting.officer_id)
    turn.say(
        tr.gettext(
            "A request by {name} to move task {code} to {date} is already waiting for a decision.",
            name=asker.officer.full_name if asker else "?",
            code=task.code,
            date=tr.weekday_date(waiting.requested_due_on),
        )
    )


def _local_day(turn: Turn, request: ExtensionRequest) -> date:
    return request.created_at.astimezone(turn.now.tzinfo).date()


def _ask_date(turn: Turn, task: Task) -> None:
    """Ask the question: the new date and the reason, with the current deadline."""
    tr = turn.tr
    turn.set_state(step="extension", task_id=row_id(task.id))
    current = _current_due(turn, task)
    due = (
        tr.gettext("Task {code} is due on {date}.", code=task.code, date=tr.weekday_date(current))
        if current is not None
        else tr.gettext("Task {code} has no date yet.", code=task.code)
    )
    turn.say(due + "\n" + _question(tr))


def _question(tr: Translator) -> str:
    return tr.gettext(
        "Type the new date and the reason, e.g. “20/12/2025 chờ số liệu của các phòng” "
        "(or /huy to cancel)."
    )


def _answer_extension(turn: Turn, task: Task, text: str, *, kept: date | None) -> None:
    """Read an answer; file the request, or say what is wrong and ask again.

    ``kept`` is the date of an earlier answer that came without a reason: the
    question now waits for the reason alone (a date alone replaces it).
    """
    tr = turn.tr
    try:
        new_date, reason = _read_answer(text, turn.today, kept)
    except DateError as error:
        _ask_again(turn, task, tr.render(error.message), kept)
        return
    if new_date is None:
        written = " ".join(text.split())
        written = written if len(written) <= 40 else written[:39] + "…"
        no_date = tr.gettext("I found no date at the start of “{value}”.", value=written)
        _ask_again(turn, task, no_date, kept)
        return
    problem = _date_problem(turn, task, new_date)
    if problem is not None:
        _ask_again(turn, task, problem, kept if kept != new_date else None)
        return
    if not reason or len(reason) > MAX_REASON:
        turn.set_state(step="extension", task_id=row_id(task.id), new_date=new_date.isoformat())
        turn.say(_reason_wanted(tr, new_date, reason))
        return
    turn.clear_state()
    _file_extension(turn, task, new_date, reason)


def _read_answer(text: str, today: date, kept: date | None) -> tuple[date | None, str]:
    """The date and the reason an answer gives; DateError for an impossible date."""
    stripped = text.strip()
    if kept is not None:
        alone = read_day(stripped, today)
        return (alone, "") if alone is not None else (kept, " ".join(stripped.split()))
    found = leading_day(stripped, today)
    if found is None:
        return None, ""
    day, rest = found
    return day, " ".join(rest.split())


def _date_problem(turn: Turn, task: Task, new_date: date) -> str | None:
    """Why the date cannot be asked for (it echoes the date read), or None."""
    tr = turn.tr
    if new_date <= turn.today:
        return tr.gettext(
            "You wrote {date}; the new date must be after today ({today}).",
            date=tr.weekday_date(new_date),
            today=tr.weekday_date(turn.today),
        )
    current = _current_due(turn, task)
    if current is not None and new_date <= current:
        return tr.gettext(
            "You wrote {date}; task {code} is already due on {current}, so the new date "
            "must be later.",
            date=tr.weekday_date(new_date),
            code=task.code,
            current=tr.weekday_date(current),
        )
    return None


def _reason_wanted(tr: Translator, new_date: date, reason: str) -> str:
    if reason:
        return tr.gettext(
            "The reason is too long ({length} characters; at most {limit}). The new date "
            "{date} is kept: type a shorter reason (or /huy to cancel).",
            length=len(reason),
            limit=MAX_REASON,
            date=tr.weekday_date(new_date),
        )
    return tr.gettext(
        "New date: {date}. Now type the reason for the extension (or /huy to cancel).",
        date=tr.weekday_date(new_date),
    )


def _ask_again(turn: Turn, task: Task, problem: str, kept: date | None) -> None:
    """Say what is wrong and keep the question open (with the date already given)."""
    tr = turn.tr
    if kept is None:
        turn.set_state(step="extension", task_id=row_id(task.id))
        turn.say(problem + "\n" + _question(tr))
        return
    turn.set_state(step="extension", task_id=row_id(task.id), new_date=kept.isoformat())
    turn.say(
        problem
        + "\n"
        + tr.gettext(
            "The new date {date} is kept: type the reason, or another date (or /huy to cancel).",
            date=tr.weekday_date(kept),
        )
    )


def _file_extension(turn: Turn, task: Task, new_date: date, reason: str) -> None:
    """Move the date (a coordinator) or file the request with whoever decides it."""
    if not _may_ask(turn, task):
        return  # things changed while the question waited; _may_ask said how
    current = _current_due(turn, task)
    if turn.me.role == Role.COORDINATOR:
        if current is None:
            _set_first_date(turn, task, new_date, reason)
        else:
            _move_own(turn, task, current, new_date, reason)
        return
    assert current is not None  # _may_ask refuses a task without a date
    route = _route(turn, task)
    if not within_limit(turn, EXTENSION_REQUESTS):
        return
    request = ExtensionRequest(
        task_id=row_id(task.id),
        officer_id=turn.me.id,
        original_due_on=current,
        requested_due_on=new_date,
        reason=reason,
        created_at=turn.now,
    )
    turn.session.add(request)
    turn.session.flush()
    _confirm_filed(turn, task, request, route)
    _tell_all(
        turn,
        route.addresses,
        lambda tr: _request_notice(turn, tr, task, request, route),
        lambda tr: decision_choices(tr, request, task.code, turn.me.officer.full_name),
    )


def _confirm_filed(turn: Turn, task: Task, request: ExtensionRequest, route: Deciders) -> None:
    tr = turn.tr
    old, new = tr.weekday_date(request.original_due_on), tr.weekday_date(request.requested_due_on)
    text = (
        tr.gettext(
            "Your request to move task {code} from {old} to {new} was sent to the coordinators.",
            code=task.code,
            old=old,
            new=new,
        )
        if route.role == Role.COORDINATOR
        else tr.gettext(
            "Your request to move task {code} from {old} to {new} was sent to the commune's "
            "leaders, since no coordinator can be reached.",
            code=task.code,
            old=old,
            new=new,
        )
    )
    turn.say(text, task_id=task.id, choices=((withdraw_choice(tr, request, task.code),),))


def _request_notice(
    turn: Turn, tr: Translator, task: Task, request: ExtensionRequest, route: Deciders
) -> str:
    text = tr.gettext(
        "{name} ({unit}) asks to move task {code} ({title}) from {old} to {new}. Reason: {reason}",
        name=turn.me.officer.full_name,
        unit=turn.me.unit.name,
        code=task.code,
        title=short_title(task.title),
        old=tr.weekday_date(request.original_due_on),
        new=tr.weekday_date(request.requested_due_on),
        reason=request.reason,
    )
    if route.role == Role.LEADER:
        text += "\n" + tr.gettext(
            "The commune has no coordinator the bot can reach, so the request comes to you."
        )
    return text


def decision_choices(
    tr: Translator, request: ExtensionRequest, code: str, name: str, *, labels: str = ""
) -> Choices:
    """Approve and Refuse for a request for more time, each confirmed by name when typed.

    ``labels`` names the request on the buttons when several are listed together.
    """
    request_id = row_id(request.id)
    new = tr.weekday_date(request.requested_due_on)
    approve = tr.gettext("Approve") if not labels else tr.gettext("Approve: {who}", who=labels)
    refuse = tr.gettext("Refuse") if not labels else tr.gettext("Refuse: {who}", who=labels)
    return (
        (
            Choice(
                approve,
                encode(Action.APPROVE_EXTENSION, request_id),
                confirm=tr.gettext(
                    "Approve the extension of task {code} for {name} to {date}?",
                    code=code,
                    name=name,
                    date=new,
                ),
            ),
            Choice(
                refuse,
                encode(Action.REFUSE_EXTENSION, request_id),
                confirm=tr.gettext(
                    "Refuse the extension of task {code} for {name} to {date}?",
                    code=code,
                    name=name,
                    date=new,
                ),
            ),
        ),
    )


def withdraw_choice(
    tr: Translator, request: ExtensionRequest, code: str, label: str = ""
) -> Choice:
    """The requester's choice to withdraw a pending request, confirmed by name when typed."""
    return Choice(
        label or tr.gettext("Withdraw request"),
        encode(Action.WITHDRAW_EXTENSION, row_id(request.id)),
        confirm=tr.gettext(
            "Withdraw your request to move task {code} to {date}?",
            code=code,
            date=tr.weekday_date(request.requested_due_on),
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


def _move_own(turn: Turn, task: Task, current: date, new_date: date, reason: str) -> None:
    """A coordinator's own request: they are the approver, so it is decided at once.

    It is kept as an approved request (both dates stay in the history), and the
    other coordinators and the leaders of the commune are told.
    """
    request = ExtensionRequest(
        task_id=row_id(task.id),
        officer_id=turn.me.id,
        original_due_on=current,
        requested_due_on=new_date,
        reason=reason,
        status=Decision.APPROVED,
        created_at=turn.now,
        decided_at=turn.now,
        decided_by=turn.me.id,
    )
    turn.session.add(request)
    _move_due_date(turn, task, current, new_date)
    turn.task_changed(row_id(task.id))
    tr = turn.tr
    turn.say(
        tr.gettext(
            "Task {code} now moves from {old} to {new}. As a coordinator you decide your own "
            "request; the other coordinators and the leaders are told.",
            code=task.code,
            old=tr.weekday_date(current),
            new=tr.weekday_date(new_date),
        ),
        task_id=task.id,
    )
    if not within_limit(turn, EXTENSION_REQUESTS):
        return
    everyone = addresses(
        turn.session, _organisation_id(turn, task), roles=[Role.COORDINATOR, Role.LEADER]
    )
    _tell_all(
        turn,
        everyone,
        lambda tr: tr.gettext(
            "For your information: {name} (coordinator) moved task {code} ({title}) from "
            "{old} to {new}. Reason: {reason}",
            name=turn.me.officer.full_name,
            code=task.code,
            title=short_title(task.title),
            old=tr.weekday_date(current),
            new=tr.weekday_date(new_date),
            reason=reason,
        ),
    )


def _pending_extension(turn: Turn, task_id: int) -> ExtensionRequest | None:
    return turn.session.exec(
        select(ExtensionRequest).where(
            ExtensionRequest.task_id == task_id, ExtensionRequest.status == Decision.PENDING
        )
    ).first()


# --- withdrawing ------------------------------------------------------------------------------


def _withdraw_on_task(turn: Turn, task: Task) -> None:
    """/giahan 12 huy: withdraw the writer's pending request on task 12."""
    tr = turn.tr
    waiting = _pending_extension(turn, row_id(task.id))
    if waiting is None:
        turn.say(
            tr.gettext("You have no request for more time waiting on task {code}.", code=task.code)
        )
    elif waiting.officer_id != turn.me.id:
        asker = officer_card(turn.session, waiting.officer_id)
        turn.say(
            tr.gettext(
                "The request waiting on task {code} is {name}'s; only the person who asked "
                "can withdraw it.",
                code=task.code,
                name=asker.officer.full_name if asker else "?",
            )
        )
    else:
        _withdraw(turn, waiting, task)


def withdraw_request(turn: Turn, request_id: int) -> None:
    """The "withdraw request" choice: only the officer who asked, only while it waits."""
    request = turn.session.get(ExtensionRequest, request_id)
    task = turn.session.get(Task, request.task_id) if request else None
    if request is None or task is None or request.officer_id != turn.me.id:
        turn.say(turn.tr.gettext("Only the officer who asked can withdraw this request."))
        return
    _withdraw(turn, request, task)


def _withdraw(turn: Turn, request: ExtensionRequest, task: Task) -> None:
    """One conditional UPDATE: a coordinator deciding at the same moment wins or loses whole."""
    tr = turn.tr
    if not withdraw_extension(turn.session, row_id(request.id), turn.me.id, turn.now):
        turn.session.refresh(request)
        _tell_closed(turn, request, task)
        return
    stays = _current_due(turn, task)
    new = tr.weekday_date(request.requested_due_on)
    turn.say(
        tr.gettext(
            "Your request to move task {code} to {new} is withdrawn; the task stays due on {old}.",
            code=task.code,
            new=new,
            old=tr.weekday_date(stays),
        )
        if stays is not None
        else tr.gettext(
            "Your request to move task {code} to {new} is withdrawn.", code=task.code, new=new
        ),
        task_id=task.id,
    )
    _tell_all(
        turn,
        _route(turn, task).addresses,
        lambda tr: tr.gettext(
            "{name} ({unit}) withdrew the request to move task {code} to {new}; nothing to "
            "decide.",
            name=turn.me.officer.full_name,
            unit=turn.me.unit.name,
            code=task.code,
            new=tr.weekday_date(request.requested_due_on),
        ),
    )


def _tell_closed(turn: Turn, request: ExtensionRequest, task: Task) -> None:
    """Tell the requester their request is no longer pending, and how it ended."""
    tr = turn.tr
    decider = officer_card(turn.session, request.decided_by) if request.decided_by else None
    name = decider.officer.full_name if decider else "?"
    new = tr.weekday_date(request.requested_due_on)
    if request.status == Decision.APPROVED:
        text = tr.gettext(
            "Too late to withdraw: {name} already approved moving task {code} to {new}.",
            name=name,
            code=task.code,
            new=new,
        )
    elif request.status == Decision.REFUSED:
        text = tr.gettext(
            "Too late to withdraw: {name} already refused moving task {code} to {new}.",
            name=name,
            code=task.code,
            new=new,
        )
    elif request.status == Decision.EXPIRED:
        text = tr.gettext(
            "This request to move task {code} to {new} expired without a decision; you can "
            "ask again.",
            code=task.code,
            new=new,
        )
    else:
        text = tr.gettext(
            "This request to move task {code} to {new} is already withdrawn.",
            code=task.code,
            new=new,
        )
    turn.say(text)


# --- deciding -------------------------------------------------------------------------------


def _decider_roles(turn: Turn, request: ExtensionRequest | None) -> tuple[Role, ...]:
    """Coordinators decide; the leaders too when the request went to them."""
    if (
        request is not None
        and turn.officer is not None
        and turn.role == Role.LEADER
        and may_decide_extension(turn.session, request, turn.officer.officer)
    ):
        return (Role.COORDINATOR, Role.LEADER)
    return (Role.COORDINATOR,)


def decide_extension(turn: Turn, request_id: int, *, approve: bool) -> None:
    """A coordinator (or a leader the request went to) approves, or asks why they refuse.

    A plan revision may have changed the task's dates, or removed the task, since the
    request was filed. The request asked to move the deadline the officer had then to
    a later day, so an approval moves that date if it is still there; otherwise it
    moves the task's current deadline, provided the requested day is still later than
    it. When nothing sensible can move (the task was removed, it has no date any more,
    or the revised plan already gives at least the time asked for), the request is
    closed as refused, and both the coordinator and the requester are told why: the
    bot never reports a move that did not happen.

    Refusing first asks for the reason, which the requester is told; nothing is
    decided until it is given (or the coordinator refuses without one).
    """
    request = turn.session.get(ExtensionRequest, request_id)
    task = turn.session.get(Task, request.task_id) if request else None
    organisation_id = extension_organisation(turn.session, request) if request else None
    roles = _decider_roles(turn, request)
    if may_decide(turn, request, organisation_id, deciders=roles) is None:
        return
    assert request is not None and task is not None
    if request.officer_id == turn.me.id:
        turn.say(
            turn.tr.gettext(
                "This is your own request, so you cannot decide it; you can withdraw it with "
                "/giahan {code} huy.",
                code=task.code,
            )
        )
        return
    if not approve:
        _ask_refusal_reason(turn, request, task)
        return
    if turn.state().get("request_id") == request_id:
        turn.clear_state()  # they were asked why they refuse, then approved after all
    _approve(turn, request, task, organisation_id, roles)


def _approve(
    turn: Turn,
    request: ExtensionRequest,
    task: Task,
    organisation_id: int | None,
    roles: tuple[Role, ...],
) -> None:
    moves_from, why_not = _date_to_move(turn, task, request)
    if not settle(turn, request, organisation_id, approve=moves_from is not None, deciders=roles):
        return
    if moves_from is None:
        assert why_not is not None
        _tell_not_applied(turn, request, task, why_not)
        return
    _move_due_date(turn, task, moves_from, request.requested_due_on)
    turn.task_changed(request.task_id)
    tr = turn.tr
    old, new = tr.weekday_date(moves_from), tr.weekday_date(request.requested_due_on)
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
                asked=tr.weekday_date(request.original_due_on),
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


def _ask_refusal_reason(turn: Turn, request: ExtensionRequest, task: Task) -> None:
    tr = turn.tr
    asker = officer_card(turn.session, request.officer_id)
    turn.set_state(step="refuse_reason", request_id=row_id(request.id))
    turn.say(
        tr.gettext(
            "Why do you refuse {name}'s request to move task {code} to {date}? Type the "
            "reason in one message; {name} will be told (or /huy to decide later).",
            name=asker.officer.full_name if asker else "?",
            code=task.code,
            date=tr.weekday_date(request.requested_due_on),
        ),
        choices=(
            (
                Choice(
                    tr.gettext("Refuse without a reason"),
                    encode(Action.REFUSE_WITHOUT_REASON, row_id(request.id)),
                ),
            ),
        ),
    )


def refusal_reason_given(turn: Turn, text: str) -> None:
    """The reason for a refusal: refuse now, passing it on.

    A reason without a word, or too long to keep, is asked for again (handlers.answers).
    """
    request_id = int(turn.state().get("request_id", 0))
    reason = take_reason(turn, text)
    if reason is None:
        return
    turn.clear_state()
    _refuse(turn, request_id, reason)


def refuse_without_reason(turn: Turn, request_id: int) -> None:
    """The "refuse without a reason" choice."""
    if turn.state().get("request_id") == request_id:
        turn.clear_state()
    _refuse(turn, request_id, "")


def _refuse(turn: Turn, request_id: int, reason: str) -> None:
    request = turn.session.get(ExtensionRequest, request_id)
    task = turn.session.get(Task, request.task_id) if request else None
    organisation_id = extension_organisation(turn.session, request) if request else None
    roles = _decider_roles(turn, request)
    if request is not None and request.officer_id == turn.me.id:
        turn.say(turn.tr.gettext("This is your own request, so you cannot decide it."))
        return
    if settle(turn, request, organisation_id, approve=False, deciders=roles):
        assert request is not None and task is not None
        _tell_refused(turn, request, task, reason)


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
            date=tr.weekday_date(current),
        )
    return current, None


def _move_due_date(turn: Turn, task: Task, old: date, new: date) -> None:
    assert task.id is not None
    dates = {due.due_on: due for due in due_dates_of(turn.session, task.id)}
    moved = dates[old]  # checked by the caller in this same transaction
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
            date=tr.weekday_date(request.requested_due_on),
            reason=why_not(tr),
        ),
    )


def _tell_refused(turn: Turn, request: ExtensionRequest, task: Task, reason: str) -> None:
    """Tell the decider and the requester that the deadline stays, and why when given."""
    stays = _current_due(turn, task)
    tr = turn.tr
    new = tr.weekday_date(request.requested_due_on)
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
                old=tr.weekday_date(stays),
                new=new,
            )
        )
    decider = turn.me.officer.full_name

    def told(tr: Translator) -> str:
        text = (
            tr.gettext(
                "Your request to move task {code} to {date} was refused; the deadline "
                "stays {old}.",
                code=task.code,
                date=tr.weekday_date(request.requested_due_on),
                old=tr.weekday_date(stays),
            )
            if stays is not None
            else tr.gettext(
                "Your request to move task {code} to {date} was refused.",
                code=task.code,
                date=tr.weekday_date(request.requested_due_on),
            )
        )
        if reason:
            text += "\n" + tr.gettext(
                "Reason given by {name}: {reason}", name=decider, reason=reason
            )
        return text

    _tell_requester(turn, request, task, told)


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
