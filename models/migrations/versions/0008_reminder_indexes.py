"""reminder without the task and officer indexes and foreign keys

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-29 02:10:20.266481
"""
from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel.sql.sqltypes
from alembic import op

import models.types


revision: str = '0008'
down_revision: str | None = '0007'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


# SQLite keeps its foreign keys unnamed: batch mode names them by this convention when it
# reflects the table, so that they can be dropped by name.
NAMING = {"fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s"}


def _foreign_keys() -> tuple[str, str]:
    if op.get_bind().dialect.name == "postgresql":
        return "reminder_task_id_fkey", "reminder_officer_id_fkey"
    return "fk_reminder_task_id_task", "fk_reminder_officer_id_officer"


def upgrade() -> None:
    # Planning writes about a million reminder rows for a whole country: these indexes
    # and foreign keys cost it most of its time and nothing reads through them.
    task_key, officer_key = _foreign_keys()
    with op.batch_alter_table('reminder', schema=None, naming_convention=NAMING) as batch_op:
        batch_op.drop_index(batch_op.f('ix_reminder_officer_id'))
        batch_op.drop_index(batch_op.f('ix_reminder_task_id'))
        batch_op.drop_constraint(task_key, type_='foreignkey')
        batch_op.drop_constraint(officer_key, type_='foreignkey')


def downgrade() -> None:
    task_key, officer_key = _foreign_keys()
    with op.batch_alter_table('reminder', schema=None) as batch_op:
        batch_op.create_foreign_key(task_key, 'task', ['task_id'], ['id'])
        batch_op.create_foreign_key(officer_key, 'officer', ['officer_id'], ['id'])
        batch_op.create_index(batch_op.f('ix_reminder_task_id'), ['task_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_reminder_officer_id'), ['officer_id'], unique=False)
