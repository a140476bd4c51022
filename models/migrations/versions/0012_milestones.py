"""milestones and confirmed completion: progress per due date, reviews of completions

Revision ID: 0012
Revises: 0011
Create Date: 2026-12-04 09:00:00.000000
"""
import os
from collections import defaultdict
from collections.abc import Sequence
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import sqlalchemy as sa
from alembic import op


revision: str = '0012'
down_revision: str | None = '0011'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Every completion recorded before this revision was taken as done: it becomes confirmed,
# on the day it was reported.
_CONFIRM_DONE = sa.text(
    "UPDATE progressupdate SET review = 'confirmed', reviewed_at = created_at"
    " WHERE percent = 100"
)
# A message about a task that a reminder sent is about that reminder's due date.
_LINK_MILESTONES = sa.text(
    "UPDATE messagelink SET due_on = ("
    " SELECT MIN(reminder.due_on) FROM reminder"
    " WHERE reminder.task_id = messagelink.task_id AND reminder.channel = messagelink.channel"
    " AND reminder.message_id = messagelink.message_id AND reminder.message_id <> ''"
    ")"
)


def upgrade() -> None:
    # Not in batch mode: SQLite would rebuild the table every other one refers to. The
    # server default stays (schema comparison ignores it) so the column needs no rebuild.
    op.add_column(
        'organisation',
        sa.Column('confirm_completion', sa.Boolean(), nullable=False, server_default=sa.true()),
    )
    with op.batch_alter_table('progressupdate', schema=None) as batch_op:
        batch_op.add_column(sa.Column('due_on', sa.Date(), nullable=True))
        batch_op.add_column(
            sa.Column('review', sa.String(length=16), nullable=False, server_default='')
        )
        batch_op.add_column(sa.Column('reviewed_at', sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column('reviewed_by', sa.Integer(), nullable=True))
        batch_op.add_column(
            sa.Column('review_note', sa.String(length=1000), nullable=False, server_default='')
        )
        batch_op.create_foreign_key(
            'fk_progressupdate_reviewed_by', 'officer', ['reviewed_by'], ['id']
        )
    with op.batch_alter_table('messagelink', schema=None) as batch_op:
        batch_op.add_column(sa.Column('due_on', sa.Date(), nullable=True))
    op.execute(_CONFIRM_DONE)
    op.execute(_LINK_MILESTONES)
    _place_progress_on_milestones(op.get_bind())


def _place_progress_on_milestones(connection: sa.Connection) -> None:
    """Each entry of a dated task goes to the milestone it belongs to by its local date:
    the first due date on or after the day it was written, else the task's last one (the
    rule of models.milestones.milestone_for, repeated here so the migration stays as it
    is when the code moves on)."""
    zone = ZoneInfo(os.environ.get('NHACVIEC_TIMEZONE') or 'Asia/Ho_Chi_Minh')
    due: dict[int, list[date]] = defaultdict(list)
    for task_id, due_on in connection.execute(
        sa.text('SELECT task_id, due_on FROM duedate ORDER BY task_id, due_on')
    ):
        due[task_id].append(_as_date(due_on))
    placed = []
    for entry_id, task_id, created_at in connection.execute(
        sa.text('SELECT id, task_id, created_at FROM progressupdate')
    ):
        dates = due.get(task_id)
        if not dates:
            continue
        day = _as_datetime(created_at).replace(tzinfo=UTC).astimezone(zone).date()
        milestone = next((due_on for due_on in dates if due_on >= day), dates[-1])
        placed.append({'id': entry_id, 'due_on': milestone})
    if placed:
        connection.execute(
            sa.text('UPDATE progressupdate SET due_on = :due_on WHERE id = :id'), placed
        )


def _as_date(value: date | str) -> date:
    return value if isinstance(value, date) else date.fromisoformat(value)


def _as_datetime(value: datetime | str) -> datetime:
    # SQLite hands back text, PostgreSQL a datetime; both are naive UTC (models.types).
    return value if isinstance(value, datetime) else datetime.fromisoformat(value)


def downgrade() -> None:
    with op.batch_alter_table('messagelink', schema=None) as batch_op:
        batch_op.drop_column('due_on')
    with op.batch_alter_table('progressupdate', schema=None) as batch_op:
        batch_op.drop_constraint('fk_progressupdate_reviewed_by', type_='foreignkey')
        batch_op.drop_column('review_note')
        batch_op.drop_column('reviewed_by')
        batch_op.drop_column('reviewed_at')
        batch_op.drop_column('review')
        batch_op.drop_column('due_on')
    op.drop_column('organisation', 'confirm_completion')
