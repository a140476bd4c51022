"""registration identity: the asker's username and shown name

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-02 09:00:00.000000
"""
from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel.sql.sqltypes
from alembic import op


revision: str = '0010'
down_revision: str | None = '0009'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Requests filed before this revision keep empty values: the coordinator then sees
    # "none" for the handle and the shown name.
    with op.batch_alter_table('registrationrequest', schema=None) as batch_op:
        batch_op.add_column(sa.Column('username', sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False, server_default=''))
        batch_op.add_column(sa.Column('display_name', sqlmodel.sql.sqltypes.AutoString(length=120), nullable=False, server_default=''))


def downgrade() -> None:
    with op.batch_alter_table('registrationrequest', schema=None) as batch_op:
        batch_op.drop_column('display_name')
        batch_op.drop_column('username')
