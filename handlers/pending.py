"""/choduyet: what waits for a decision.

A coordinator (or a leader, when requests for more time come to the leaders) sees
the commune's pending requests for more time and registrations, oldest first, each
with who asked, their unit, what they ask and since when, and choices to approve or
refuse it (confirmed by name when picked by typing). Then the completions awaiting
confirmation (handlers.confirmations), each with who reported it, the product and since
when, and the choices Xác nhận / Trả lại for a coordinator. A leader whose commune has
coordinators sees the same list without choices. An officer sees their own pending
requests, each with a choice to withdraw it, and their completions awaiting confirmation.
"""

from __future__ import annotations

from datetime import datetime

from handlers import confirmations
from handlers.choices import Action, encode
from handlers.context import Choices, Turn
from handlers.extensions import decision_choices, withdraw_choice
from handlers.formatting import short_title
from handlers.i18n import Translator
from handlers.types import Choice
from models.requests import (
    PendingExtension,
    PendingRegistration,
    deciders,
    pending_extensions,
    pending_registrations,
)
from models.tables import Role, row_id

# The oldest requests a list shows; the rest are counted.
MAX_LISTED = 15
Pending = PendingExtension | PendingRegistration


def pending_command(turn: Turn, _args: str) -> None:
    """/choduyet: the requests waiting for the writer's decision, or their own."""
    if turn.role in (Role.COORDINATOR, Role.LEADER):
        _for_deciders(turn)
    else:
        _own_requests(turn)


def _for_deciders(turn: Turn) -> None:
    tr = turn.tr
    organisation_id = row_id(turn.me.organisation.id)
    waiting: list[Pending] = [
        *pending_extensions(turn.session, organisation_id=organisation_id),
        *pending_registrations(turn.session, organisation_id),
    ]
    completions = confirmations.awaiting_completions(
        turn.session, organisation_id, confirmations.zone_of(turn)
    )
    if not waiting and not completions:
        turn.say(tr.gettext("Nothing is waiting for a decision."))
        return
    lines: list[str] = []
    choices: Choices = ()
    if waiting:
        lines, choices = _requests(turn, waiting)
    if completions:
        listed, offered = _completions(turn, completions, after=min(len(waiting), MAX_LISTED))
        lines += [""] * bool(lines) + listed
        choices += offered
    turn.say("\n".join(lines), choices=choices)


def _requests(turn: Turn, waiting: list[Pending]) -> tuple[list[str], Choices]:
    """Requests for more time and registrations, numbered from 1, with their choices."""
    tr = turn.tr
    waiting.sort(key=lambda item: (_created(item), row_id(item.request.id)))
    shown = waiting[:MAX_LISTED]
    decidable = [item for item in shown if _writer_decides(turn, item)]
    header = tr.gettext("Waiting for a decision ({count}), oldest first:", count=len(waiting))
    if not decidable:
        header += "\n" + tr.gettext("The coordinators decide them; this list is for reading.")
    lines = [header]
    lines += [f"{number}. {_line(turn, item)}" for number, item in enumerate(shown, start=1)]
    if len(waiting) > len(shown):
        lines.append(tr.gettext("… and {count} more.", count=len(waiting) - len(shown)))
    choices = tuple(row for item in decidable for row in _decisions(turn, item))
    return lines, choices


def _completions(
    turn: Turn, waiting: list[confirmations.Waiting], *, after: int
) -> tuple[list[str], Choices]:
    """Completions awaiting confirmation, numbered on after the ``after`` requests listed
    above them; only a coordinator gets the choices."""
    tr = turn.tr
    zone = confirmations.zone_of(turn)
    shown = waiting[:MAX_LISTED]
    header = tr.gettext(
        "Completions awaiting confirmation ({count}), oldest first:", count=len(waiting)
    )
    decides = turn.role == Role.COORDINATOR
    if not decides:
        header += "\n" + tr.gettext("The coordinators confirm them; this list is for reading.")
    lines = [header]
    lines += [
        f"{number}. {confirmations.list_line(tr, item, zone)}"
        for number, item in enumerate(shown, start=after + 1)
    ]
    if len(waiting) > len(shown):
        lines.append(
            tr.gettext("… and {count} more completions.", count=len(waiting) - len(shown))
        )
    choices: Choices = ()
    if decides:
        choices = tuple(row for item in shown for row in confirmations.listed_choices(tr, item))
    return lines, choices


def _writer_decides(turn: Turn, item: Pending) -> bool:
    """Coordinators decide everything; a leader only requests for more time sent to them."""
    if turn.role == Role.COORDINATOR:
        return True
    if not isinstance(item, PendingExtension):
        return False
    route = deciders(
        turn.session, row_id(turn.me.organisation.id), requester_id=item.request.officer_id
    )
    return route.role == Role.LEADER


def _created(item: Pending) -> datetime:
    return item.request.created_at


def _since(turn: Turn, item: Pending) -> str:
    return turn.tr.weekday_date(_created(item).astimezone(turn.now.tzinfo).date())


def _line(turn: Turn, item: Pending) -> str:
    tr = turn.tr
    if isinstance(item, PendingRegistration):
        return tr.gettext(
            "{name} ({unit}) asks to register; waiting since {since}.",
            name=item.request.full_name,
            unit=item.unit_name,
            since=_since(turn, item),
        )
    request = item.request
    return tr.gettext(
        "{name} ({unit}) asks to move task {code} ({title}) from {old} to {new}. Reason: "
        "{reason}. Waiting since {since}.",
        name=item.officer_name,
        unit=item.unit_name,
        code=item.task_code,
        title=short_title(item.task_title, 40),
        old=tr.weekday_date(request.original_due_on),
        new=tr.weekday_date(request.requested_due_on),
        reason=request.reason.rstrip(" ."),
        since=_since(turn, item),
    )


def _decisions(turn: Turn, item: Pending) -> Choices:
    tr = turn.tr
    if isinstance(item, PendingExtension):
        who = tr.gettext("{name}, task {code}", name=item.officer_name, code=item.task_code)
        return decision_choices(tr, item.request, item.task_code, item.officer_name, labels=who)
    return _registration_choices(tr, item)


def _registration_choices(tr: Translator, item: PendingRegistration) -> Choices:
    request_id = row_id(item.request.id)
    name, unit = item.request.full_name, item.unit_name
    return (
        (
            Choice(
                tr.gettext("Approve: {who}", who=name),
                encode(Action.APPROVE_REGISTRATION, request_id),
                confirm=tr.gettext(
                    "Approve the registration of {name} in {unit}?", name=name, unit=unit
                ),
            ),
            Choice(
                tr.gettext("Refuse: {who}", who=name),
                encode(Action.REFUSE_REGISTRATION, request_id),
                confirm=tr.gettext(
                    "Refuse the registration of {name} in {unit}?", name=name, unit=unit
                ),
            ),
        ),
    )


def _own_requests(turn: Turn) -> None:
    """An officer's own pending requests for more time, each with a choice to withdraw it,
    then their completions awaiting confirmation."""
    tr = turn.tr
    mine = pending_extensions(turn.session, officer_id=turn.me.id)
    completions = _own_completions(turn)
    if not mine:
        no_request = tr.gettext(
            "You have no request waiting for a decision. To ask for more time on a task, "
            "type /giahan, the code, the new date and the reason."
        )
        turn.say("\n\n".join([no_request, *completions]))
        return
    lines = [tr.gettext("Your requests waiting for a decision:")]
    for number, item in enumerate(mine, start=1):
        lines.append(
            f"{number}. "
            + tr.gettext(
                "Task {code}: from {old} to {new}, sent on {since}.",
                code=item.task_code,
                old=tr.weekday_date(item.request.original_due_on),
                new=tr.weekday_date(item.request.requested_due_on),
                since=_since(turn, item),
            )
        )
    choices = tuple(
        (
            withdraw_choice(
                tr,
                item.request,
                item.task_code,
                tr.gettext("Withdraw: task {code}", code=item.task_code),
            ),
        )
        for item in mine
    )
    turn.say("\n\n".join(["\n".join(lines), *completions]), choices=choices)


def _own_completions(turn: Turn) -> list[str]:
    """The writer's completions awaiting confirmation, as one paragraph (none: nothing)."""
    tr = turn.tr
    zone = confirmations.zone_of(turn)
    mine = confirmations.awaiting_completions(
        turn.session, row_id(turn.me.organisation.id), zone, officer_id=turn.me.id
    )
    if not mine:
        return []
    lines = [tr.gettext("Your completions awaiting the coordinator's confirmation:")]
    lines += [f"• {confirmations.own_line(tr, item, zone)}" for item in mine]
    return ["\n".join(lines)]
