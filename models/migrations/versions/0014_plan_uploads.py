"""plan uploads: a plan file sent in the chat, kept until the coordinator confirms it

Revision ID: 0014
Revises: 0013
Create Date: 2026-12-06 09:00:00.000000
"""
from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel.sql.sqltypes
from alembic import op

import models.types


revision: str = '0014'
down_revision: str | None = '0013'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('planupload',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('officer_id', sa.Integer(), nullable=False),
    sa.Column('file_name', sqlmodel.sql.sqltypes.AutoString(length=255), nullable=False),
    sa.Column('content', sa.LargeBinary(), nullable=False),
    sa.Column('answers', sa.JSON(), nullable=False),
    sa.Column('token', sa.Integer(), nullable=False),
    sa.Column('created_at', models.types.UTCDateTime(), nullable=False),
    sa.ForeignKeyConstraint(['officer_id'], ['officer.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('planupload', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_planupload_officer_id'), ['officer_id'], unique=False)


def downgrade() -> None:
    with op.batch_alter_table('planupload', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_planupload_officer_id'))

    op.drop_table('planupload')
