"""unit shares: the unit whose part of the task a progress entry is

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-03 09:00:00.000000
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '0011'
down_revision: str | None = '0010'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Entries written before this revision counted for the task as a whole. An entry by an
# officer whose (current) unit leads the task becomes that unit's part; every other entry
# (a coordinator's, a coordinating unit's, a system entry) keeps counting for the whole
# task, i.e. every lead unit's part: NULL (models.progress.share_unit_id).
_FILL = sa.text(
    "UPDATE progressupdate SET unit_id = ("
    " SELECT officer.unit_id FROM officer"
    " JOIN taskunit ON taskunit.unit_id = officer.unit_id"
    " AND taskunit.task_id = progressupdate.task_id AND taskunit.role = 'lead'"
    " WHERE officer.id = progressupdate.officer_id"
    ") WHERE officer_id IS NOT NULL"
)


def upgrade() -> None:
    with op.batch_alter_table('progressupdate', schema=None) as batch_op:
        batch_op.add_column(sa.Column('unit_id', sa.Integer(), nullable=True))
        batch_op.create_foreign_key('fk_progressupdate_unit_id', 'unit', ['unit_id'], ['id'])
    op.execute(_FILL)


def downgrade() -> None:
    with op.batch_alter_table('progressupdate', schema=None) as batch_op:
        batch_op.drop_constraint('fk_progressupdate_unit_id', type_='foreignkey')
        batch_op.drop_column('unit_id')
