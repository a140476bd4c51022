"""The tables of nhacviec.

One organisation (a commune's People's Committee) has units, officers, and plans;
a plan has sections and tasks; a task is assigned to units (lead or coordinating),
has due dates, and collects an append-only history of progress updates.
"""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum
from typing import Any

from sqlalchemy import JSON, Column, Index, LargeBinary, String, UniqueConstraint
from sqlmodel import Field, SQLModel

from models.types import UTCDateTime


class Role(StrEnum):
    """What an officer may do."""

    OFFICER = "officer"
    UNIT_HEAD = "unit_head"
    COORDINATOR = "coordinator"
    LEADER = "leader"


class Channel(StrEnum):
    """A chat platform an officer can be reached on."""

    TELEGRAM = "telegram"
    ZALO = "zalo"
    # The interactive demo of `nhacviec` without a token: people played at the keyboard.
    TERMINAL = "terminal"


class UnitRole(StrEnum):
    """A unit's part in a task: it leads (chủ trì) or coordinates (phối hợp)."""

    LEAD = "lead"
    COORDINATING = "coordinating"


class ProgressKind(StrEnum):
    """What a progress update says."""

    PROGRESS = "progress"
    BLOCKER = "blocker"


class Review(StrEnum):
    """Where a reported completion stands with the coordinator (cán bộ đầu mối).

    Only an entry at 100% is reviewed; every other entry has NONE.
    """

    NONE = ""
    PENDING = "pending"  # reported done, awaiting confirmation (chờ xác nhận)
    CONFIRMED = "confirmed"  # counted as done from then on
    RETURNED = "returned"  # sent back with a reason: the entry no longer counts


class Decision(StrEnum):
    """Where a request waiting for a coordinator stands."""

    PENDING = "pending"
    APPROVED = "approved"
    REFUSED = "refused"
    WITHDRAWN = "withdrawn"  # by the person who asked, while it waited
    EXPIRED = "expired"  # nobody decided within NHACVIEC_PENDING_DAYS


def row_id(value: int | None) -> int:
    """The id of a row read from or flushed to the database (never None by then)."""
    assert value is not None, "rows read from or flushed to the database have ids"
    return value


def _timestamp(*, nullable: bool = False) -> Column[datetime]:
    return Column(UTCDateTime(), nullable=nullable)


class Organisation(SQLModel, table=True):
    """A commune (or ward) People's Committee: the tenant of a deployment."""

    id: int | None = Field(default=None, primary_key=True)
    code: str = Field(max_length=64, unique=True)
    name: str = Field(max_length=200)
    # The issuing body as a report header writes it, e.g. "Ủy ban nhân dân xã Nghi Dương".
    authority: str = Field(max_length=200)
    # The place name of the date line: "Nghi Dương, ngày 05 tháng 02 năm 2026".
    place: str = Field(max_length=100)
    created_at: datetime = Field(sa_column=_timestamp())
    # The city or province a commune belongs to: its officers see every commune under it.
    parent_id: int | None = Field(default=None, foreign_key="organisation.id", index=True)
    # Whether an officer's completion waits for the coordinator's confirmation before
    # reports count it as done (issue 13); a commune that does not want it turns it off.
    confirm_completion: bool = True


class Unit(SQLModel, table=True):
    """A department of the commune (phòng, ban, trung tâm)."""

    __table_args__ = (UniqueConstraint("organisation_id", "code"),)

    id: int | None = Field(default=None, primary_key=True)
    organisation_id: int = Field(foreign_key="organisation.id", index=True)
    code: str = Field(max_length=32)
    name: str = Field(max_length=200)
    # Other ways people write the unit's name in plan files ("Trung tâm PVHCC").
    aliases: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    position: int = 0


class Officer(SQLModel, table=True):
    """A person who uses the bot on behalf of a unit."""

    id: int | None = Field(default=None, primary_key=True)
    organisation_id: int = Field(foreign_key="organisation.id", index=True)
    unit_id: int = Field(foreign_key="unit.id", index=True)
    full_name: str = Field(max_length=120)
    role: Role = Field(default=Role.OFFICER, sa_type=String(16))
    active: bool = True
    locale: str = Field(default="vi", max_length=8)
    created_at: datetime = Field(sa_column=_timestamp())
    # Set when the platform refused a message (the person blocked the bot or never
    # started it); cleared as soon as they write again.
    unreachable_at: datetime | None = Field(default=None, sa_column=_timestamp(nullable=True))
    # Where reminders and digests go: a comma-separated list of channels; empty means
    # every channel the officer is linked on.
    notify_channels: str = Field(default="", max_length=64)


class ChatIdentity(SQLModel, table=True):
    """An officer's account on one chat platform (a Telegram user id, a Zalo id)."""

    __table_args__ = (UniqueConstraint("channel", "external_id"),)

    id: int | None = Field(default=None, primary_key=True)
    officer_id: int = Field(foreign_key="officer.id", index=True)
    channel: Channel = Field(sa_type=String(16))
    # Strings, because Zalo ids are opaque strings; Telegram's integers are stored as text.
    external_id: str = Field(max_length=64)
    created_at: datetime = Field(sa_column=_timestamp())


class Plan(SQLModel, table=True):
    """A plan of tasks, e.g. the commune's administrative-reform plan for a half-year."""

    __table_args__ = (UniqueConstraint("organisation_id", "code"),)

    id: int | None = Field(default=None, primary_key=True)
    organisation_id: int = Field(foreign_key="organisation.id", index=True)
    code: str = Field(max_length=64)
    title: str = Field(max_length=500)
    decision_number: str = Field(default="", max_length=100)
    # The day the plan was signed ("ngày 15 tháng 7 năm 2025" on its first page), if known.
    issued_on: date | None = None
    period_start: date
    period_end: date
    created_at: datetime = Field(sa_column=_timestamp())
    updated_at: datetime = Field(sa_column=_timestamp())


class Section(SQLModel, table=True):
    """A part of a plan (I. Chỉ đạo điều hành ..., II. Cải cách thể chế, ...)."""

    __table_args__ = (UniqueConstraint("plan_id", "code"),)

    id: int | None = Field(default=None, primary_key=True)
    plan_id: int = Field(foreign_key="plan.id", index=True)
    code: str = Field(max_length=8)
    title: str = Field(max_length=500)
    position: int = 0


class Task(SQLModel, table=True):
    """One row of a plan's table of tasks."""

    __table_args__ = (UniqueConstraint("plan_id", "code"),)

    id: int | None = Field(default=None, primary_key=True)
    plan_id: int = Field(foreign_key="plan.id", index=True)
    section_id: int = Field(foreign_key="section.id", index=True)
    code: str = Field(max_length=16)
    title: str = Field(max_length=2000)
    product: str = Field(default="", max_length=1000)
    deadline_text: str = Field(default="", max_length=500)
    # How the deadline engine read deadline_text: once, milestones, recurring, ongoing, unknown.
    schedule_kind: str = Field(max_length=16)
    position: int = 0
    # A task dropped from a revised plan is archived, not deleted, so its history stays.
    archived_at: datetime | None = Field(default=None, sa_column=_timestamp(nullable=True))
    created_at: datetime = Field(sa_column=_timestamp())
    updated_at: datetime = Field(sa_column=_timestamp())


class TaskUnit(SQLModel, table=True):
    """A unit's assignment to a task, as lead (chủ trì) or coordinating (phối hợp)."""

    __table_args__ = (Index("ix_taskunit_unit_role", "unit_id", "role"),)

    task_id: int = Field(foreign_key="task.id", primary_key=True)
    unit_id: int = Field(foreign_key="unit.id", primary_key=True)
    role: UnitRole = Field(sa_type=String(16))


class DueDate(SQLModel, table=True):
    """One due date of a task; a recurring task has one per occurrence."""

    __table_args__ = (UniqueConstraint("task_id", "due_on"),)

    id: int | None = Field(default=None, primary_key=True)
    task_id: int = Field(foreign_key="task.id", index=True)
    due_on: date = Field(index=True)


class ProgressUpdate(SQLModel, table=True):
    """One entry of a task's append-only progress history."""

    __table_args__ = (Index("ix_progressupdate_task_created", "task_id", "created_at"),)

    id: int | None = Field(default=None, primary_key=True)
    task_id: int = Field(foreign_key="task.id")
    # None when the entry was written by the system or an import, not a person.
    officer_id: int | None = Field(default=None, foreign_key="officer.id", index=True)
    # Whose part of the task the entry is (models.progress.share_unit_id): the writer's
    # unit at the time; None for the task as a whole, i.e. every lead unit's part (a
    # coordinator writing for the lead units, a system entry).
    unit_id: int | None = Field(default=None, foreign_key="unit.id")
    created_at: datetime = Field(sa_column=_timestamp())
    kind: ProgressKind = Field(default=ProgressKind.PROGRESS, sa_type=String(16))
    percent: int | None = Field(default=None, ge=0, le=100)
    note: str = Field(default="", max_length=2000)
    # The product handed in with a completion: a document number ("31/BC-UBND") or a
    # file kept on the chat platform by its file id.
    document_ref: str = Field(default="", max_length=200)
    file_id: str = Field(default="", max_length=300)
    file_name: str = Field(default="", max_length=300)
    # The milestone the entry is about: the due date it was written for (a reply to a
    # reminder: that reminder's date). None for a task without dates. A date that has
    # moved since counts for the milestone it became (models.milestones.milestone_for).
    due_on: date | None = None
    # A completion's review by the coordinator; the report day decides what counted then.
    review: Review = Field(default=Review.NONE, sa_type=String(16))
    reviewed_at: datetime | None = Field(default=None, sa_column=_timestamp(nullable=True))
    reviewed_by: int | None = Field(default=None, foreign_key="officer.id")
    review_note: str = Field(default="", max_length=1000)


class RegistrationRequest(SQLModel, table=True):
    """A person asking to join a unit; every coordinator may approve or refuse it."""

    id: int | None = Field(default=None, primary_key=True)
    organisation_id: int = Field(foreign_key="organisation.id", index=True)
    unit_id: int = Field(foreign_key="unit.id")
    channel: Channel = Field(sa_type=String(16))
    external_id: str = Field(max_length=64, index=True)
    full_name: str = Field(max_length=120)
    # Who asked, as the platform showed them: the coordinator checks the typed name
    # against the account's handle and shown name before approving.
    username: str = Field(default="", max_length=64)
    display_name: str = Field(default="", max_length=120)
    status: Decision = Field(default=Decision.PENDING, sa_type=String(16))
    created_at: datetime = Field(sa_column=_timestamp())
    decided_at: datetime | None = Field(default=None, sa_column=_timestamp(nullable=True))
    decided_by: int | None = Field(default=None, foreign_key="officer.id")


class Invite(SQLModel, table=True):
    """A one-time code that registers whoever opens it into a unit, without approval."""

    id: int | None = Field(default=None, primary_key=True)
    organisation_id: int = Field(foreign_key="organisation.id", index=True)
    unit_id: int = Field(foreign_key="unit.id")
    code: str = Field(max_length=32, unique=True)
    created_by: int | None = Field(default=None, foreign_key="officer.id")
    created_at: datetime = Field(sa_column=_timestamp())
    expires_at: datetime = Field(sa_column=_timestamp())
    used_at: datetime | None = Field(default=None, sa_column=_timestamp(nullable=True))
    used_by: int | None = Field(default=None, foreign_key="officer.id")


class ChatState(SQLModel, table=True):
    """Where a person is in a multi-step exchange (registration, a blocker note...).

    Kept in the database so that a restart in the middle of a question loses nothing.
    """

    __table_args__ = (UniqueConstraint("channel", "external_id"),)

    id: int | None = Field(default=None, primary_key=True)
    channel: Channel = Field(sa_type=String(16))
    external_id: str = Field(max_length=64)
    state: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    updated_at: datetime = Field(sa_column=_timestamp())


class MessageLink(SQLModel, table=True):
    """A message the bot sent about a task, so that a reply to it is read as progress."""

    __table_args__ = (UniqueConstraint("channel", "chat_id", "message_id"),)

    id: int | None = Field(default=None, primary_key=True)
    channel: Channel = Field(sa_type=String(16))
    chat_id: str = Field(max_length=64)
    message_id: str = Field(max_length=64)
    task_id: int = Field(foreign_key="task.id")
    created_at: datetime = Field(sa_column=_timestamp())
    # The milestone the message was about (a reminder's due date): a reply reports on it.
    due_on: date | None = None


class ExtensionRequest(SQLModel, table=True):
    """A request to move a due date; the history keeps the original and the new date."""

    id: int | None = Field(default=None, primary_key=True)
    task_id: int = Field(foreign_key="task.id", index=True)
    officer_id: int = Field(foreign_key="officer.id")
    original_due_on: date
    requested_due_on: date
    reason: str = Field(max_length=1000)
    status: Decision = Field(default=Decision.PENDING, sa_type=String(16))
    created_at: datetime = Field(sa_column=_timestamp())
    decided_at: datetime | None = Field(default=None, sa_column=_timestamp(nullable=True))
    decided_by: int | None = Field(default=None, foreign_key="officer.id")


class ReminderKind(StrEnum):
    """What a reminder is about."""

    BEFORE = "before"  # days before a due date
    DUE = "due"  # on the due date
    OVERDUE = "overdue"  # after it, until done
    CHECKIN = "checkin"  # monthly progress note on an ongoing task
    SNOOZED = "snoozed"  # asked again later by the officer


class ReminderState(StrEnum):
    """Where a reminder stands; the database is the one source of truth."""

    PLANNED = "planned"
    SENDING = "sending"  # claimed by a sweep; sent or not is unknown until it records
    SENT = "sent"
    FAILED = "failed"
    MISSED = "missed"  # found too late after downtime to be worth sending
    CANCELLED = "cancelled"


class Reminder(SQLModel, table=True):
    """One reminder to one officer about one due date of one task.

    Unique per (task, due date, officer, kind, days), so that planning twice, or two
    workers planning at once, never makes a second copy.
    """

    __table_args__ = (
        UniqueConstraint("task_id", "due_on", "officer_id", "kind", "days"),
        # The claim filters on state and send time and takes rows in (send_at, id) order;
        # a day's reminders share one send time, so the id must be in the index too.
        Index("ix_reminder_state_send_at_id", "state", "send_at", "id"),
    )

    id: int | None = Field(default=None, primary_key=True)
    # Planning writes about a million of these rows for a whole country, and pays for
    # every index and every foreign key check on each (the two checks cost more than all
    # the indexes together). So neither id has an index of its own (the unique key starts
    # with task_id, every query by officer names the task too) nor a foreign key: the
    # planner takes both ids from rows it has just read, and tasks are archived and
    # officers deactivated, never deleted.
    task_id: int
    due_on: date
    officer_id: int
    kind: ReminderKind = Field(sa_type=String(16))
    # Calendar days from the send day to the due date; negative once overdue.
    days: int
    send_at: datetime = Field(sa_column=_timestamp())
    state: ReminderState = Field(default=ReminderState.PLANNED, sa_type=String(16))
    attempts: int = 0
    claimed_at: datetime | None = Field(default=None, sa_column=_timestamp(nullable=True))
    sent_at: datetime | None = Field(default=None, sa_column=_timestamp(nullable=True))
    channel: str = Field(default="", max_length=16)
    message_id: str = Field(default="", max_length=64)
    error: str = Field(default="", max_length=300)


class DigestKind(StrEnum):
    """Messages that sum up many tasks for one person."""

    OVERDUE = "overdue"  # daily, to coordinators (all units) and unit heads (their unit)
    UNDATED = "undated"  # weekly, to coordinators: deadlines that still need a date
    WEEKLY = "weekly"  # first working day of the week, to coordinators and leaders
    DRAFT = "draft"  # the quarter's draft Word report, 5 working days before it is due
    SCORECARD = "scorecard"  # first working day of the month, to leaders: units ranked


class Digest(SQLModel, table=True):
    """One digest to one officer on one day."""

    __table_args__ = (UniqueConstraint("officer_id", "kind", "day"),)

    id: int | None = Field(default=None, primary_key=True)
    officer_id: int = Field(foreign_key="officer.id", index=True)
    kind: DigestKind = Field(sa_type=String(16))
    day: date
    send_at: datetime = Field(sa_column=_timestamp())
    state: ReminderState = Field(default=ReminderState.PLANNED, sa_type=String(16))
    attempts: int = 0
    claimed_at: datetime | None = Field(default=None, sa_column=_timestamp(nullable=True))
    sent_at: datetime | None = Field(default=None, sa_column=_timestamp(nullable=True))
    message_id: str = Field(default="", max_length=64)
    error: str = Field(default="", max_length=300)


class Leave(SQLModel, table=True):
    """An officer's absence: no reminder reaches them from ``start`` to ``end``."""

    id: int | None = Field(default=None, primary_key=True)
    officer_id: int = Field(foreign_key="officer.id", index=True)
    start: date
    end: date
    created_at: datetime = Field(sa_column=_timestamp())


class LinkCode(SQLModel, table=True):
    """A one-time code that links another chat account (Zalo) to an officer."""

    id: int | None = Field(default=None, primary_key=True)
    officer_id: int = Field(foreign_key="officer.id", index=True)
    code: str = Field(max_length=16, unique=True)
    created_at: datetime = Field(sa_column=_timestamp())
    expires_at: datetime = Field(sa_column=_timestamp())
    used_at: datetime | None = Field(default=None, sa_column=_timestamp(nullable=True))


class OfferedChoices(SQLModel, table=True):
    """The choices still open in a chat without buttons (Zalo), typed back by number or key.

    Kept in the database so that "1" still picks the right choice after a restart or
    when the answer reaches another worker behind a load balancer. ``choices`` holds
    the live offers (bot/channels/numbered.py reads and writes its shape; a row of
    older versions holds a bare list of choice data, read as one offer).
    """

    __table_args__ = (UniqueConstraint("channel", "chat_id"),)

    id: int | None = Field(default=None, primary_key=True)
    channel: Channel = Field(sa_type=String(16))
    chat_id: str = Field(max_length=64)
    choices: list[Any] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    offered_at: datetime = Field(sa_column=_timestamp())


class RateEvent(SQLModel, table=True):
    """One counted action, for the limits of models/limits.py.

    A failed code redemption, a registration request, a problem report: whatever one
    person (or the whole deployment) may do only so many times an hour. ``subject``
    is who did it ("telegram:123", "zalo:abc", or "*" for the deployment). Rows older
    than a day are pruned by the daily planning.
    """

    __table_args__ = (Index("ix_rateevent_kind_subject_at", "kind", "subject", "created_at"),)

    id: int | None = Field(default=None, primary_key=True)
    kind: str = Field(max_length=32)
    subject: str = Field(max_length=96)
    created_at: datetime = Field(sa_column=_timestamp())


class ServerSecret(SQLModel, table=True):
    """A secret the server makes once and every worker shares (the web face's signing key).

    Used when the setting (``NHACVIEC_WEB_SECRET``) is not given: the first worker to
    start stores a random one, and the others read it, so a link signed by one worker
    opens on any other.
    """

    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(max_length=32, unique=True)
    value: str = Field(max_length=128)
    created_at: datetime = Field(sa_column=_timestamp())


class PlanUpload(SQLModel, table=True):
    """A plan file a coordinator sent in the chat, previewed and awaiting their confirmation.

    In the database rather than the chat state, so that a restart (or another worker)
    between the preview and the confirmation loses nothing, and a command typed meanwhile
    does not drop it. Nothing of the plan changes until it is confirmed; the row goes once
    the plan is imported or the preview is cancelled, replaced by a newer file or a day old.
    """

    id: int | None = Field(default=None, primary_key=True)
    officer_id: int = Field(foreign_key="officer.id", index=True)
    file_name: str = Field(max_length=255)
    # Up to 5 MB: kept out of the row's repr, so that no log line carries the file.
    content: bytes = Field(sa_column=Column(LargeBinary, nullable=False), repr=False)
    # What the coordinator added to the file: the title, number and period it lacks, the
    # unit each unmatched name means (handlers/planupload.py reads and writes the shape).
    answers: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    # A random number drawn for each preview shown, which its choices carry: a button of an
    # earlier preview (or of an earlier file whose row id SQLite gave out again) never
    # confirms what the coordinator has not seen.
    token: int = 0
    created_at: datetime = Field(sa_column=_timestamp())
