"""Completion is reported, then confirmed (issue 13): the coordinator's side of it.

An officer's "xong" awaits the confirmation of a coordinator (cán bộ đầu mối) of the
commune (models.progress.needs_confirmation). The coordinators' notice of it carries
two choices: Xác nhận (one tap: the milestone counts as done, on the day it was
reported) and Trả lại (asks the reason; the officer is told it, the completion no
longer counts and the reminders come back). ``/choduyet`` lists what awaits, and the
coordinators' daily digest counts it.

What awaits is read from the history, not from the review column alone: a completion
is awaiting when it is among the last unbroken run of completions of its unit's part
of its milestone, that part is not done, and nothing decided it (:func:`open_runs`, the
rule models.milestones.after folds by). A later percent below 100 reopens the part and
a confirmed completion finishes it, and either leaves the earlier pending entries moot.
A decision settles the whole run: an officer who wrote "xong" twice is confirmed once.

Every choice is checked again here, whatever its data says: only a coordinator of the
task's commune decides, only while the completion awaits; the decision is one
conditional UPDATE, so of two coordinators tapping at once exactly one decides and the
other is told who did.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, tzinfo

from sqlalchemy import update as sql_update
from sqlmodel import Session, col, select

from handlers.access import change_refusal
from handlers.answers import take_reason
from handlers.choices import Action, encode
from handlers.context import Choices, Turn
from handlers.formatting import short_title
from handlers.i18n import Translator, translator
from handlers.tasks import task_choices
from handlers.types import Choice, Recipient, Reply
from models.milestones import entry_milestone
from models.officers import officer_card
from models.progress import due_dates_of, lead_unit_ids, parts_of
from models.tables import (
    ChatIdentity,
    Plan,
    ProgressUpdate,
    Review,
    Role,
    Task,
    Unit,
    row_id,
)

# How many of the oldest awaiting completions the coordinators' digest names.
DIGEST_OLDEST = 3
RETURN_STEP = "return_reason"


@dataclass(frozen=True)
class Waiting:
    """A completion awaiting confirmation: one lead unit's part of one milestone."""

    task: Task
    latest: ProgressUpdate  # the last report of the run: its writer, product and note
    run: tuple[ProgressUpdate, ...]  # every pending report a decision settles, oldest first
    milestone: date | None
    several: bool  # the task has several milestones, so messages name this one
    officer: str  # who reported it
    unit: str  # whose part it is

    @property
    def reported_at(self) -> datetime:
        """When the completion was first reported: the day it counts as done on."""
        return self.run[0].created_at

    @property
    def officer_id(self) -> int | None:
        """The officer who reported it (the latest report's writer)."""
        return self.latest.officer_id


# --- what awaits ------------------------------------------------------------------------------

# (the lead unit's part, None for a task without lead units; the milestone)
_Key = tuple[int | None, date | None]


def open_runs(
    entries: Sequence[ProgressUpdate],
    leads: Sequence[int],
    due_dates: Sequence[date],
    zone: tzinfo,
) -> list[tuple[date | None, tuple[ProgressUpdate, ...]]]:
    """The completions of one task that await confirmation, as (milestone, run) pairs.

    ``entries`` are the task's entries with a percent, oldest first. Per lead unit's
    part (the whole task when it has no lead unit) and milestone, as
    models.milestones.after folds them: a percent below 100 reopens and drops what was
    pending; a completion confirmed (or from before reviews) finishes the part, and
    pending ones after it change nothing; a returned one is as if unwritten. What is
    left pending on a part that is not done awaits. A coordinating unit's entry counts
    for no part (models.progress.parts_of), so it never awaits anyone.
    """
    state: dict[_Key, tuple[bool, tuple[ProgressUpdate, ...]]] = {}
    for entry in entries:
        if entry.percent is None:
            continue
        written_on = entry.created_at.astimezone(zone).date()
        milestone = entry_milestone(entry.due_on, written_on, due_dates)
        parts: Sequence[int | None] = tuple(parts_of(entry.unit_id, leads)) if leads else (None,)
        for part in parts:
            done, run = state.get((part, milestone), (False, ()))
            if entry.percent < 100:
                done, run = False, ()
            elif entry.review == Review.PENDING:
                run = run if done else (*run, entry)
            elif entry.review != Review.RETURNED:
                done, run = True, ()
            state[(part, milestone)] = (done, run)
    found = [(key[1], run) for key, (done, run) in state.items() if run and not done]
    found.sort(key=lambda item: (item[1][0].created_at, row_id(item[1][0].id)))
    return found


def task_waiting(session: Session, task: Task, zone: tzinfo) -> list[Waiting]:
    """The completions of one task awaiting confirmation, oldest first."""
    task_id = row_id(task.id)
    if task.archived_at is not None:
        return []  # a task a revision removed is closed for everyone
    dates = due_dates_of(session, task_id)
    entries = session.exec(
        select(ProgressUpdate)
        .where(ProgressUpdate.task_id == task_id, col(ProgressUpdate.percent).is_not(None))
        .order_by(col(ProgressUpdate.created_at), col(ProgressUpdate.id))
    ).all()
    waiting = []
    for milestone, run in open_runs(entries, lead_unit_ids(session, task_id), dates, zone):
        latest = run[-1]
        card = officer_card(session, latest.officer_id) if latest.officer_id else None
        unit = session.get(Unit, latest.unit_id) if latest.unit_id else None
        waiting.append(
            Waiting(
                task=task,
                latest=latest,
                run=run,
                milestone=milestone,
                several=len(dates) > 1,
                officer=card.officer.full_name if card else "?",
                unit=unit.name if unit else (card.unit.name if card else "?"),
            )
        )
    return waiting


def awaiting_completions(
    session: Session, organisation_id: int, zone: tzinfo, *, officer_id: int | None = None
) -> list[Waiting]:
    """Every completion of a commune awaiting confirmation, oldest first.

    ``officer_id``: only those that officer reported.
    """
    query = (
        select(Task)
        .join(Plan, col(Plan.id) == Task.plan_id)
        .where(
            Plan.organisation_id == organisation_id,
            col(Task.archived_at).is_(None),
            col(Task.id).in_(
                select(ProgressUpdate.task_id).where(ProgressUpdate.review == Review.PENDING)
            ),
        )
        .order_by(col(Task.id))
    )
    waiting = [item for task in session.exec(query) for item in task_waiting(session, task, zone)]
    if officer_id is not None:
        waiting = [item for item in waiting if item.officer_id == officer_id]
    waiting.sort(key=lambda item: (item.reported_at, row_id(item.latest.id)))
    return waiting


def open_completion(session: Session, update: ProgressUpdate, zone: tzinfo) -> Waiting | None:
    """The awaiting completion ``update`` belongs to, or None when it awaits nothing."""
    task = session.get(Task, update.task_id)
    if task is None or update.review != Review.PENDING:
        return None
    return next(
        (
            item
            for item in task_waiting(session, task, zone)
            if any(entry.id == update.id for entry in item.run)
        ),
        None,
    )


# --- how it is written ------------------------------------------------------------------------


def task_phrase(tr: Translator, waiting: Waiting) -> str:
    """The task as messages name it: "nhiệm vụ 12", or "nhiệm vụ 11 (mốc 30/09/2025)"
    when the task has several dates."""
    return _phrase(tr, waiting.task.code, waiting.milestone if waiting.several else None)


def _phrase(tr: Translator, code: str, milestone: date | None) -> str:
    if milestone is not None:
        return tr.gettext("task {code} (milestone {date})", code=code, date=tr.date(milestone))
    return tr.gettext("task {code}", code=code)


def _update_phrase(
    session: Session, tr: Translator, update: ProgressUpdate, task: Task, zone: tzinfo
) -> str:
    """The task phrase of any entry: its milestone named when the task has several."""
    dates = due_dates_of(session, row_id(task.id))
    written_on = update.created_at.astimezone(zone).date()
    milestone = entry_milestone(update.due_on, written_on, dates)
    return _phrase(tr, task.code, milestone if len(dates) > 1 else None)


def zone_of(turn: Turn) -> tzinfo:
    """The commune's time zone: the turn's clock is local."""
    zone = turn.now.tzinfo
    assert zone is not None, "the clock is timezone-aware"
    return zone


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def product_phrase(tr: Translator, waiting: Waiting) -> str:
    """The product handed in with the run: document numbers and files, or that there is none."""
    documents = list(dict.fromkeys(e.document_ref for e in waiting.run if e.document_ref))
    files = list(dict.fromkeys(e.file_name or e.file_id for e in waiting.run if e.file_id))
    pieces = documents + [tr.gettext("file “{name}”", name=name) for name in files]
    return "; ".join(pieces) or tr.gettext("none given (no document number or file)")


def _since(tr: Translator, waiting: Waiting, zone: tzinfo) -> str:
    return tr.weekday_date(waiting.reported_at.astimezone(zone).date())


def notice(waiting: Waiting, zone: tzinfo) -> Callable[[Translator], str]:
    """The coordinators' notice of a completion awaiting their confirmation."""

    def written(tr: Translator) -> str:
        lines = [
            tr.gettext(
                "{name} ({unit}) reported {task} completed and asks for confirmation: {title}",
                name=waiting.officer,
                unit=waiting.unit,
                task=task_phrase(tr, waiting),
                title=short_title(waiting.task.title),
            ),
            tr.gettext("Product: {product}", product=product_phrase(tr, waiting)),
        ]
        if waiting.latest.note:
            lines.append(tr.gettext("Note: {note}", note=waiting.latest.note))
        lines.append(
            tr.gettext(
                "Reported on {since}. Check the product, then confirm the completion or return "
                "it with a reason.",
                since=_since(tr, waiting, zone),
            )
        )
        return "\n".join(lines)

    return written


def decision_choices(tr: Translator, waiting: Waiting, *, labels: str = "") -> Choices:
    """Xác nhận and Trả lại, each confirmed by name when picked by typing.

    ``labels`` names the completion on the buttons when several are listed together.
    """
    update_id = row_id(waiting.latest.id)
    task, name = task_phrase(tr, waiting), waiting.officer
    confirm = tr.gettext("Confirm") if not labels else tr.gettext("Confirm: {who}", who=labels)
    give_back = tr.gettext("Return") if not labels else tr.gettext("Return: {who}", who=labels)
    return (
        (
            Choice(
                confirm,
                encode(Action.CONFIRM_COMPLETION, update_id),
                confirm=tr.gettext(
                    "Confirm that {task} is completed, as {name} reported?", task=task, name=name
                ),
            ),
            Choice(
                give_back,
                encode(Action.RETURN_COMPLETION, update_id),
                confirm=tr.gettext(
                    "Return {name}'s report that {task} is completed?", task=task, name=name
                ),
            ),
        ),
    )


def listed_choices(tr: Translator, waiting: Waiting) -> Choices:
    """The choices of one completion in a list (/choduyet): named on the buttons."""
    who = tr.gettext("{name}, {task}", name=waiting.officer, task=task_phrase(tr, waiting))
    return decision_choices(tr, waiting, labels=who)


def list_line(tr: Translator, waiting: Waiting, zone: tzinfo) -> str:
    """One completion in /choduyet: who, what, the product, since when."""
    return tr.gettext(
        "{name} ({unit}) reported {task} completed: {title}; product: {product}. Waiting "
        "since {since}.",
        name=waiting.officer,
        unit=waiting.unit,
        task=task_phrase(tr, waiting),
        title=short_title(waiting.task.title, 40),
        product=product_phrase(tr, waiting).rstrip(" ."),
        since=_since(tr, waiting, zone),
    )


def own_line(tr: Translator, waiting: Waiting, zone: tzinfo) -> str:
    """One of an officer's own completions in their /choduyet."""
    return tr.gettext(
        "{task}: reported completed on {since}.",
        task=_capitalised(task_phrase(tr, waiting)),
        since=_since(tr, waiting, zone),
    )


def digest_lines(tr: Translator, waiting: Sequence[Waiting], zone: tzinfo) -> list[str]:
    """The coordinators' digest line: how many await, and the oldest few by task and unit."""
    if not waiting:
        return []
    oldest = "; ".join(
        tr.gettext(
            "{code} – {unit} (since {date})",
            code=item.task.code,
            unit=item.unit,
            date=tr.date(item.reported_at.astimezone(zone).date()),
        )
        for item in waiting[:DIGEST_OLDEST]
    )
    if len(waiting) > DIGEST_OLDEST:
        oldest += "; …"
    return [
        tr.gettext(
            "⏳ Completions awaiting your confirmation: {count}; the oldest: {oldest}. Type "
            "/choduyet to confirm or return them.",
            count=len(waiting),
            oldest=oldest,
        )
    ]


# --- deciding ---------------------------------------------------------------------------------


def confirm_completion(turn: Turn, update_id: int) -> None:
    """Xác nhận: one tap; the milestone's part counts as done on the day it was reported."""
    waiting = _decidable(turn, update_id)
    if waiting is None:
        return
    if turn.state().get("update_id") == update_id:
        turn.clear_state()  # they were asked why they return it, then confirmed after all
    if not _settle(turn, waiting, Review.CONFIRMED, ""):
        return
    tr = turn.tr
    day = waiting.reported_at.astimezone(zone_of(turn)).date()
    turn.say(
        tr.gettext(
            "Confirmed: {task} is completed on {date}, as {name} reported; {name} is told.",
            task=task_phrase(tr, waiting),
            date=tr.date(day),
            name=waiting.officer,
        )
    )
    decider = turn.me.officer.full_name
    _tell_officer(
        turn,
        waiting,
        lambda tr: tr.gettext(
            "✅ {name} confirmed that {task} is completed: {title}\nIt counts as completed "
            "on the day you reported it: {date}.",
            name=decider,
            task=task_phrase(tr, waiting),
            title=short_title(waiting.task.title),
            date=tr.date(day),
        ),
        choices=False,
    )


def return_completion(turn: Turn, update_id: int) -> None:
    """Trả lại: ask the reason first; nothing changes until it is given."""
    waiting = _decidable(turn, update_id)
    if waiting is None:
        return
    tr = turn.tr
    turn.set_state(step=RETURN_STEP, update_id=update_id)
    turn.say(
        tr.gettext(
            "Why do you return {name}'s report that {task} is completed? Type the reason in "
            "one message; {name} will be told (or /huy to decide later).",
            name=waiting.officer,
            task=task_phrase(tr, waiting),
        )
    )


def return_reason_given(turn: Turn, text: str) -> None:
    """The reason for returning a completion: return it now, passing the reason on.

    A reason without a word, or too long to keep, is asked for again (handlers.answers).
    """
    tr = turn.tr
    update_id = int(turn.state().get("update_id", 0))
    reason = take_reason(turn, text)
    if reason is None:
        return
    turn.clear_state()
    waiting = _decidable(turn, update_id)
    if waiting is None or not _settle(turn, waiting, Review.RETURNED, reason):
        return
    # The milestone is owed again: re-planning brings its reminders back.
    turn.task_changed(row_id(waiting.task.id))
    turn.say(
        tr.gettext(
            "Returned: {name}'s report that {task} is completed does not count; {name} is "
            "told the reason and reminded again.",
            name=waiting.officer,
            task=task_phrase(tr, waiting),
        )
    )
    decider = turn.me.officer.full_name
    _tell_officer(
        turn,
        waiting,
        lambda tr: tr.gettext(
            "↩️ {name} returned your report that {task} is completed: {title}\nReason: "
            "{reason}\nIt does not count as completed: finish what is asked and report again.",
            name=decider,
            task=task_phrase(tr, waiting),
            title=short_title(waiting.task.title),
            reason=reason,
        ),
        choices=True,
    )


def _decidable(turn: Turn, update_id: int) -> Waiting | None:
    """The completion the writer may decide now; otherwise say why not, change nothing."""
    tr = turn.tr
    update = turn.session.get(ProgressUpdate, update_id)
    task = turn.session.get(Task, update.task_id) if update else None
    plan = turn.session.get(Plan, task.plan_id) if task else None
    if (
        update is None
        or task is None
        or plan is None
        or turn.role != Role.COORDINATOR
        or plan.organisation_id != turn.me.organisation.id
    ):
        turn.say(
            tr.gettext(
                "Only a coordinator (cán bộ đầu mối) of the commune can confirm or return a "
                "reported completion."
            )
        )
        return None
    if _decided_by_review(update):
        _tell_decided(turn, update, task)
        return None
    waiting = open_completion(turn.session, update, zone_of(turn))
    if waiting is not None:
        return waiting
    if task.archived_at is not None:
        turn.say(change_refusal(turn, task))
        return None
    if update.percent == 100 and update.review == Review.PENDING:
        turn.say(
            tr.gettext(
                "The completion of {task} reported on {date} no longer awaits confirmation: "
                "the task's progress has changed since. Type /choduyet to see what awaits.",
                task=_update_phrase(turn.session, tr, update, task, zone_of(turn)),
                date=tr.weekday_date(update.created_at.astimezone(zone_of(turn)).date()),
            )
        )
    else:
        turn.say(
            tr.gettext(
                "This is not a completion awaiting confirmation. Type /choduyet to see what "
                "awaits."
            )
        )
    return None


def _decided_by_review(update: ProgressUpdate) -> bool:
    """Confirmed or returned by a coordinator's review (not confirmed as it was written)."""
    return (
        update.percent == 100
        and update.review in (Review.CONFIRMED, Review.RETURNED)
        and update.reviewed_by is not None
        and update.reviewed_by != update.officer_id
    )


def _settle(turn: Turn, waiting: Waiting, review: Review, note: str) -> bool:
    """Record the decision on the whole run; False (and who decided) when someone was first.

    The tapped report is the token: one conditional UPDATE on it decides who wins
    (PostgreSQL re-checks the row after the winner commits; SQLite has one writer at a
    time). The winner then settles the run's other pending reports.
    """
    values = {
        "review": review.value,
        "reviewed_at": turn.now,
        "reviewed_by": turn.me.id,
        "review_note": note,
    }
    token = waiting.latest
    outcome = turn.session.execute(
        sql_update(ProgressUpdate)
        .where(col(ProgressUpdate.id) == token.id, col(ProgressUpdate.review) == Review.PENDING)
        .values(**values)
        .execution_options(synchronize_session=False)
    )
    won = int(outcome.rowcount or 0) == 1  # type: ignore[attr-defined]
    turn.session.refresh(token)
    if not won:
        task = turn.session.get(Task, token.task_id)
        assert task is not None
        _tell_decided(turn, token, task)
        return False
    others = [row_id(entry.id) for entry in waiting.run if entry.id != token.id]
    if others:
        turn.session.execute(
            sql_update(ProgressUpdate)
            .where(
                col(ProgressUpdate.id).in_(others), col(ProgressUpdate.review) == Review.PENDING
            )
            .values(**values)
            .execution_options(synchronize_session=False)
        )
    return True


def _tell_decided(turn: Turn, update: ProgressUpdate, task: Task) -> None:
    """Tell the writer that the completion was decided already: how, by whom, when."""
    tr = turn.tr
    decider = officer_card(turn.session, update.reviewed_by) if update.reviewed_by else None
    name = decider.officer.full_name if decider else "?"
    reviewed = update.reviewed_at
    day = tr.date(reviewed.astimezone(zone_of(turn)).date()) if reviewed else "?"
    phrase = _update_phrase(turn.session, tr, update, task, zone_of(turn))
    if update.review == Review.CONFIRMED:
        text = tr.gettext(
            "The completion of {task} was already confirmed by {name} on {date}.",
            task=phrase,
            name=name,
            date=day,
        )
    else:
        text = tr.gettext(
            "The completion of {task} was already returned by {name} on {date}.",
            task=phrase,
            name=name,
            date=day,
        )
    turn.say(text)


def _tell_officer(
    turn: Turn, waiting: Waiting, text: Callable[[Translator], str], *, choices: bool
) -> None:
    """Tell the officer who reported, on each of their chats, in their own language.

    A returned completion comes with the task's choices, and a reply to it is read as
    progress on the task, so that the officer can report again at once.
    """
    officer_id = waiting.officer_id
    if officer_id is None:
        return
    card = officer_card(turn.session, officer_id)
    if card is None or not card.officer.active:
        return
    tr = translator(card.officer.locale)
    offered = task_choices(tr, waiting.task) if choices else ()
    for identity in turn.session.exec(
        select(ChatIdentity).where(ChatIdentity.officer_id == officer_id)
    ):
        turn.replies.append(
            Reply(
                text(tr),
                choices=offered,
                to=Recipient(identity.channel, identity.external_id),
                task_id=waiting.task.id,
            )
        )
