"""Progress: reading what an officer writes about a task, and keeping its history.

Officers answer from their phones the way they talk: "50% đã gửi dự thảo", "xong",
"đã hoàn thành, số 31/BC-UBND". :func:`read_progress` turns such a line into a
percent, a note and, for a completion, the product's document number.

Each lead unit does its own part of a task (issue 13, "each unit's share"). An entry is
stored with the unit whose part it is (:func:`share_unit_id`, decided when it is written)
and counts for that part alone (:func:`parts_of`); the task's percent is the mean of its
parts' (:func:`whole_percent`), and it is done when every part is (:func:`completion`, the
rule of the reports and of the reminders alike).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, tzinfo
from typing import NamedTuple

from sqlalchemy import select as sa_select
from sqlalchemy.orm import aliased
from sqlmodel import Session, col, select

from models.milestones import NOTHING, Entry, Standing, entry_milestone, open_milestone
from models.milestones import fold as fold_entries
from models.tables import (
    DueDate,
    Officer,
    Organisation,
    Plan,
    ProgressKind,
    ProgressUpdate,
    Review,
    Role,
    Task,
    TaskUnit,
    Unit,
    UnitRole,
)
from models.text import N_, Text, text
from models.vntext import fold

MAX_NOTE = 1000
_LEADING_PERCENT = re.compile(
    r"^\s*(-?\d{1,6}(?:[.,]\d+)?)\s*(%|phan tram|phần trăm)?(?=\s|$|[,.;:])"
)
# Phrases that mean "finished" at the start of a reply, compared without diacritics.
# "Hoàn thành" may run straight into its note ("hoàn thành theo QĐ 120/QĐ-UBND");
# "xong" may not, since "xong phần 1, còn phần 2" is not a finished task.
_DONE_PHRASES = ("da hoan thanh", "hoan thanh")
_DONE_WORDS = ("xong roi", "da xong", "xong", "done")
_NOTE_SEPARATORS = ",;:.-"
# A document number as Vietnamese offices write it: 31/BC-UBND, 120/QĐ-UBND, 05/KH-VHXH.
_DOCUMENT_NUMBER = re.compile(r"\b(\d{1,5}/[A-ZĐ]{1,6}(?:-[A-ZĐ0-9]{1,12}){0,3})\b")


@dataclass(frozen=True)
class ProgressReading:
    """What a progress line says: a percent (None for a note alone), a note, a document."""

    percent: int | None
    note: str
    document_ref: str = ""


class ProgressError(ValueError):
    """A progress line that cannot be recorded; ``message`` says what to write instead."""

    def __init__(self, message: Text) -> None:
        super().__init__(message.msgid)
        self.message = message


def read_percent(written: str) -> int:
    """Read "50", "50%" or "50 %" as a whole percent from 0 to 100, or raise ProgressError."""
    match = _LEADING_PERCENT.match(written.strip())
    if match is None or match.end() != len(written.strip()):
        raise ProgressError(
            text(
                N_("“{value}” is not a percent: write a number from 0 to 100, e.g. 50 or 50%."),
                value=_clip(written),
            )
        )
    return _checked_percent(match.group(1))


def _checked_percent(number: str) -> int:
    value = float(number.replace(",", "."))
    if not value.is_integer() or not 0 <= value <= 100:
        raise ProgressError(
            text(
                N_("The percent must be a whole number from 0 to 100, not {value}."), value=number
            )
        )
    return int(value)


def read_progress(line: str) -> ProgressReading:
    """Read a free progress line: a leading percent or a word for "done", then a note."""
    stripped = line.strip()
    if not stripped:
        raise ProgressError(
            text(
                N_("The message is empty: write a percent and a note, e.g. “50% đã gửi dự thảo”.")
            )
        )
    percent_match = _LEADING_PERCENT.match(stripped)
    if percent_match is not None:
        percent = _checked_percent(percent_match.group(1))
        note = _tidy_note(stripped[percent_match.end() :])
        return ProgressReading(percent, note, _document(note) if percent == 100 else "")
    done_length = _done_prefix_length(stripped)
    if done_length:
        note = _tidy_note(stripped[done_length:])
        return ProgressReading(100, note, _document(note))
    return ProgressReading(None, _tidy_note(stripped))


def _done_prefix_length(line: str) -> int:
    folded = fold(line)
    for words in (*_DONE_PHRASES, *_DONE_WORDS):
        if not folded.startswith(words):
            continue
        rest = folded[len(words) :]
        separated = rest[:1] in _NOTE_SEPARATORS or rest.lstrip()[:1] in _NOTE_SEPARATORS
        # "xong số 45/BC-UBND": the product's number follows, so the work is finished.
        numbered = rest.lstrip().startswith("so ") and _DOCUMENT_NUMBER.search(line) is not None
        if not rest or separated or numbered or (words in _DONE_PHRASES and rest.startswith(" ")):
            # Folding keeps one character per Vietnamese letter, so the length carries over.
            return len(words)
    return 0


def _tidy_note(note: str) -> str:
    note = note.strip().lstrip(",.;:-–— ").strip()
    if len(note) > MAX_NOTE:
        raise ProgressError(
            text(
                N_("The note is too long ({length} characters); keep it under {limit}."),
                length=len(note),
                limit=MAX_NOTE,
            )
        )
    return note


def _document(note: str) -> str:
    match = _DOCUMENT_NUMBER.search(note)
    return match.group(1) if match else ""


def _clip(value: str, limit: int = 40) -> str:
    value = " ".join(value.split())
    return value if len(value) <= limit else value[: limit - 1] + "…"


def record_progress(
    session: Session,
    *,
    task_id: int,
    officer_id: int | None,
    now: datetime,
    reading: ProgressReading,
    kind: ProgressKind = ProgressKind.PROGRESS,
    file_id: str = "",
    file_name: str = "",
    due_on: date | None = None,
) -> ProgressUpdate:
    """Append one entry to a task's history, for the part :func:`share_unit_id` says.

    ``due_on`` is the milestone the entry reports on (a reply to a reminder: the
    reminder's date); without it, the milestone the writer's part owes now
    (:func:`milestone_to_report`). A completion awaits the coordinator's confirmation
    when :func:`needs_confirmation` says so, and is confirmed at once otherwise.
    """
    unit_id = share_unit_id(session, task_id=task_id, officer_id=officer_id)
    if due_on is None:
        assert now.tzinfo is not None
        due_on = milestone_to_report(session, task_id, unit_id, now.tzinfo)
    review = Review.NONE
    if reading.percent == 100:
        pending = needs_confirmation(session, task_id=task_id, officer_id=officer_id)
        review = Review.PENDING if pending else Review.CONFIRMED
    update = ProgressUpdate(
        task_id=task_id,
        officer_id=officer_id,
        unit_id=unit_id,
        created_at=now,
        kind=kind,
        percent=reading.percent,
        note=reading.note,
        document_ref=reading.document_ref,
        file_id=file_id,
        file_name=file_name,
        due_on=due_on,
        review=review,
        reviewed_at=now if review is Review.CONFIRMED else None,
        reviewed_by=officer_id if review is Review.CONFIRMED else None,
    )
    session.add(update)
    session.flush()
    return update


def needs_confirmation(session: Session, *, task_id: int, officer_id: int | None) -> bool:
    """Whether a completion written by ``officer_id`` waits for a coordinator's confirmation.

    It does when the commune confirms completions (Organisation.confirm_completion), has
    a coordinator to confirm it, and the writer is an officer of a lead unit who is not a
    coordinator: the coordinator's own word, a coordinating unit's 100% (it completes no
    part) and an entry of the system are confirmed as they are written.
    """
    if officer_id is None:
        return False
    officer = session.get(Officer, officer_id)
    if officer is None or officer.role == Role.COORDINATOR:
        return False
    leads = lead_unit_ids(session, task_id)
    if leads and officer.unit_id not in leads:
        # A coordinating unit's 100% completes no part: there is nothing to confirm.
        return False
    confirms = session.exec(
        select(Organisation.confirm_completion)
        .join(Plan, col(Plan.organisation_id) == Organisation.id)
        .join(Task, col(Task.plan_id) == Plan.id)
        .where(Task.id == task_id)
    ).first()
    return bool(confirms) and _has_coordinator(session, officer.organisation_id)


def _has_coordinator(session: Session, organisation_id: int) -> bool:
    """Whether anyone can confirm: a commune without an active coordinator counts a
    completion at once rather than leave it waiting for nobody."""
    return (
        session.exec(
            select(Officer.id).where(
                Officer.organisation_id == organisation_id,
                Officer.role == Role.COORDINATOR,
                col(Officer.active).is_(True),
            )
        ).first()
        is not None
    )


def due_dates_of(session: Session, task_id: int) -> tuple[date, ...]:
    """The task's due dates (its milestones), in date order."""
    rows = session.execute(
        sa_select(col(DueDate.due_on))
        .where(col(DueDate.task_id) == task_id)
        .order_by(col(DueDate.due_on))
    ).scalars()
    return tuple(rows)


def milestone_standings(
    session: Session, task_id: int, part: int | None, zone: tzinfo
) -> dict[date | None, Standing]:
    """Each milestone's standing now, for the lead unit ``part`` (None: the task as a
    whole, every entry that counts for any part)."""
    dates = due_dates_of(session, task_id)
    leads = lead_unit_ids(session, task_id)
    entries: dict[date | None, list[Entry]] = {}
    # More columns than sqlmodel's select() is typed for, so SQLAlchemy's own.
    for unit_id, due_on, created_at, percent, review, reviewed_at in session.execute(
        sa_select(
            col(ProgressUpdate.unit_id),
            col(ProgressUpdate.due_on),
            col(ProgressUpdate.created_at),
            col(ProgressUpdate.percent),
            col(ProgressUpdate.review),
            col(ProgressUpdate.reviewed_at),
        )
        .where(col(ProgressUpdate.task_id) == task_id)
        .order_by(col(ProgressUpdate.created_at), col(ProgressUpdate.id))
    ).all():
        counts_for = parts_of(unit_id, leads)
        if part in leads and part not in counts_for:
            continue
        milestone = entry_milestone(due_on, created_at.astimezone(zone).date(), dates)
        entries.setdefault(milestone, []).append(Entry(created_at, percent, review, reviewed_at))
    return {milestone: fold_entries(listed) for milestone, listed in entries.items()}


def milestone_to_report(
    session: Session, task_id: int, part: int | None, zone: tzinfo
) -> date | None:
    """The milestone an update of ``part`` is about when nothing names one: the earliest
    its part has not yet reported done (models.milestones.open_milestone)."""
    dates = due_dates_of(session, task_id)
    if not dates:
        return None
    leads = lead_unit_ids(session, task_id)
    # An entry for the task as a whole owes what any lead unit's part still owes.
    parts: Sequence[int | None] = leads if part is None and leads else (part,)
    reported = frozenset.intersection(
        *(_reported(milestone_standings(session, task_id, each, zone)) for each in parts)
    )
    return open_milestone(dates, reported)


def _reported(standings: Mapping[date | None, Standing]) -> frozenset[date]:
    return frozenset(
        milestone
        for milestone, standing in standings.items()
        if milestone is not None and standing.reported
    )


def share_unit_id(session: Session, *, task_id: int, officer_id: int | None) -> int | None:
    """The unit whose part of the task an entry by ``officer_id`` is; None: the whole task.

    - An officer whose unit leads the task writes for their own unit's part, whatever
      their role (the coordinator too, on a task their own unit leads).
    - A coordinator (cán bộ đầu mối) writing about a task their unit does not lead records
      what the lead units reported: the entry counts for every lead unit's part (the only
      one's, when the task has one lead unit).
    - An officer of a coordinating unit (phối hợp) writes for their own unit, which has no
      part: the entry stays in the task's history and completes nobody's part, since
      coordinating never counts as leading.
    - An entry without an officer (the system's) counts for the whole task.
    """
    officer = None if officer_id is None else session.get(Officer, officer_id)
    if officer is None:
        return None
    leads = lead_unit_ids(session, task_id)
    if officer.unit_id in leads or officer.role != Role.COORDINATOR:
        return officer.unit_id
    return None


def lead_unit_ids(session: Session, task_id: int) -> tuple[int, ...]:
    """The ids of the units that lead the task, in id order."""
    return tuple(
        session.exec(
            select(TaskUnit.unit_id)
            .where(TaskUnit.task_id == task_id, TaskUnit.role == UnitRole.LEAD.value)
            .order_by(col(TaskUnit.unit_id))
        )
    )


def parts_of(entry_unit_id: int | None, lead_ids: Collection[int]) -> Collection[int]:
    """The lead units whose part an entry stored for ``entry_unit_id`` counts for.

    None (the whole task) counts for every lead unit; a lead unit for its own part; any
    other unit (a coordinating unit's contribution) for none.
    """
    if entry_unit_id is None:
        return lead_ids
    return (entry_unit_id,) if entry_unit_id in lead_ids else ()


@dataclass(frozen=True)
class Completion:
    """Which lead units' parts of a task (or of one milestone) are done, and whether it is.

    For a task read by :func:`milestone_completion`, ``done`` and ``done_parts`` are its
    last milestone's (a task is done when its last milestone is), and ``milestones``
    holds each milestone's own, by due date (None: an undated task's single one).
    """

    done: bool
    done_parts: frozenset[int]
    milestones: Mapping[date | None, Completion] = field(default_factory=dict)

    def milestone(self, due_on: date | None) -> Completion:
        """The completion of the milestone due on ``due_on`` (nothing done: NOT_DONE)."""
        return self.milestones.get(due_on, NOT_DONE)


NOT_DONE = Completion(False, frozenset())


def milestone_completion(
    updates: Iterable[tuple[int | None, date | None, int]],
    lead_ids: Collection[int],
    due_dates: Sequence[date],
) -> Completion:
    """Fold a task's percents, oldest first, as ``(stored unit id, milestone, percent)``:
    each milestone on its own by :func:`completion`, the task by its last milestone."""
    by_milestone: dict[date | None, list[tuple[int | None, int]]] = {}
    for unit_id, milestone, percent in updates:
        by_milestone.setdefault(milestone, []).append((unit_id, percent))
    milestones = {
        milestone: completion(listed, lead_ids) for milestone, listed in by_milestone.items()
    }
    final = milestones.get(due_dates[-1] if due_dates else None, NOT_DONE)
    return Completion(final.done, final.done_parts, milestones)


def completion(updates: Iterable[tuple[int | None, int]], lead_ids: Collection[int]) -> Completion:
    """Fold a task's percents, oldest first, as ``(stored unit id, percent)``.

    A part is done when the latest percent counting for it (:func:`parts_of`) is 100; the
    task when every lead unit's part is (:func:`task_done`).
    """
    latest, whole = _latest_parts(updates, lead_ids)
    parts = frozenset(lead for lead, percent in latest.items() if percent == 100)
    return Completion(task_done(lead_ids, parts, whole_done=whole == 100), parts)


def task_done(lead_ids: Collection[int], done_parts: Collection[int], *, whole_done: bool) -> bool:
    """A task is done when every lead unit's part is done; one without a lead unit is its
    own single part (``whole_done``: its latest percent is 100)."""
    if not lead_ids:
        return whole_done
    return all(lead in done_parts for lead in lead_ids)


def _latest_parts(
    updates: Iterable[tuple[int | None, int]], lead_ids: Collection[int]
) -> tuple[dict[int, int], int]:
    """Each lead unit's part's latest percent, and the task's latest (0 before any)."""
    latest: dict[int, int] = {}
    whole = 0
    for entry_unit_id, percent in updates:
        whole = percent
        for lead in parts_of(entry_unit_id, lead_ids):
            latest[lead] = percent
    return latest, whole


def whole_percent(part_percents: Sequence[int]) -> int:
    """A task's percent from its lead units' parts: their mean, rounded down.

    Rounded down so that a task shows 100% only when every part is at 100%, that is done.
    """
    return sum(part_percents) // len(part_percents) if part_percents else 0


def latest_percent(
    session: Session, task_id: int, *, zone: tzinfo, unit_id: int | None = None
) -> int:
    """The task's percent now, as the report shows it (0 before any); ``unit_id``: that
    lead unit's part (a unit that does not lead the task gives the task's).

    By the report's rules (models.report), so that an archived task's details agree with
    what the report showed: each milestone is folded on its own
    (:func:`milestone_standings`: a percent below 100 reopens, a returned completion does
    not count), a milestone's percent is the mean of its lead units' parts, and the
    task stands as :func:`rolled_up_percent` says. ``zone`` places an entry without a
    date on the milestone of the local day it was written.
    """
    leads = lead_unit_ids(session, task_id)
    parts: Sequence[int | None] = (unit_id,) if unit_id in leads else (leads or (None,))
    by_part = [milestone_standings(session, task_id, part, zone) for part in parts]
    milestones = due_dates_of(session, task_id) or (None,)
    return rolled_up_percent(
        [[standings.get(milestone, NOTHING) for standings in by_part] for milestone in milestones]
    )


class _MilestoneMark(NamedTuple):
    percent: int
    done: bool
    awaiting: bool  # every part not done is reported done and awaits confirmation


def rolled_up_percent(milestones: Sequence[Sequence[Standing]]) -> int:
    """A task's percent from its milestones, in date order, each given as the standings
    of its parts (one part for a task without lead units), as the report rolls them up.

    A milestone is done when every part is, and its percent is the mean of the parts'
    (:func:`whole_percent`). The task stands as its last milestone when that is done,
    else as the milestone being worked on: the earliest neither done nor awaiting
    confirmation, else the earliest not done.
    """
    marks = [_milestone_mark(parts) for parts in milestones]
    last = marks[-1]
    if len(marks) == 1 or last.done:
        return last.percent
    open_marks = [mark for mark in marks if not mark.done]
    working = next((mark for mark in open_marks if not mark.awaiting), open_marks[0])
    return working.percent


def _milestone_mark(parts: Sequence[Standing]) -> _MilestoneMark:
    done = all(part.done_at is not None for part in parts)
    return _MilestoneMark(
        whole_percent([part.percent for part in parts]),
        done,
        not done and all(part.reported for part in parts),
    )


def history(session: Session, task_id: int, limit: int = 10) -> list[ProgressUpdate]:
    """Return the task's latest updates, newest first."""
    return list(
        session.exec(
            select(ProgressUpdate)
            .where(ProgressUpdate.task_id == task_id)
            .order_by(col(ProgressUpdate.created_at).desc(), col(ProgressUpdate.id).desc())
            .limit(limit)
        )
    )


@dataclass(frozen=True)
class HistoryRow:
    """One progress update of a plan, with the names a spreadsheet shows."""

    at: datetime
    task_code: str
    task_title: str
    officer: str
    unit: str  # the writer's unit: the one stored with the entry, else the officer's now
    kind: str
    percent: int | None
    note: str
    document_ref: str
    file_name: str
    # Whose part the entry counts for (parts_of): the name of the lead unit; None for
    # every lead unit's part (the whole task); "" for none (a coordinating unit's).
    part: str | None = None


def plan_history(session: Session, plan_id: int) -> list[HistoryRow]:
    """Every progress update of a plan's tasks, oldest first, in one query."""
    stored_unit = aliased(Unit)
    writer_unit = aliased(Unit)
    leads_it = (
        sa_select(col(TaskUnit.unit_id))
        .where(
            col(TaskUnit.task_id) == ProgressUpdate.task_id,
            col(TaskUnit.unit_id) == ProgressUpdate.unit_id,
            col(TaskUnit.role) == UnitRole.LEAD.value,
        )
        .exists()
    )
    # More columns than sqlmodel's select() is typed for, so SQLAlchemy's own.
    rows = session.execute(
        sa_select(
            ProgressUpdate,
            col(Task.code),
            col(Task.title),
            col(Officer.full_name),
            col(stored_unit.name),
            col(writer_unit.name),
            leads_it,
        )
        .join(Task, col(Task.id) == ProgressUpdate.task_id)
        .join(Officer, col(Officer.id) == ProgressUpdate.officer_id, isouter=True)
        .join(stored_unit, col(stored_unit.id) == ProgressUpdate.unit_id, isouter=True)
        .join(writer_unit, col(writer_unit.id) == Officer.unit_id, isouter=True)
        .where(col(Task.plan_id) == plan_id)
        .order_by(col(ProgressUpdate.created_at), col(ProgressUpdate.id))
    ).all()
    return [
        HistoryRow(
            update.created_at,
            code,
            title,
            officer or "",
            stored or writer or "",
            str(update.kind),
            update.percent,
            update.note,
            update.document_ref,
            update.file_name,
            None if update.unit_id is None else (stored if leads else ""),
        )
        for update, code, title, officer, stored, writer, leads in rows
    ]
