"""plan issued on: the day a plan was signed, read from its first page or given

Revision ID: 0015
Revises: 0014
Create Date: 2026-12-07 09:00:00.000000
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '0015'
down_revision: str | None = '0014'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    # Not in batch mode: SQLite would rebuild the plan table, which every section and task
    # refers to. A nullable column needs no rebuild; plans already there have no date.
    op.add_column('plan', sa.Column('issued_on', sa.Date(), nullable=True))


def downgrade() -> None:
    op.drop_column('plan', 'issued_on')
