"""The migrations build exactly the schema the models describe, and walk both ways."""

from __future__ import annotations

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import Engine, inspect, text
from sqlmodel import SQLModel

import models.tables  # noqa: F401 - registers the tables
from models.db import alembic_config, migrate


def test_migrated_schema_equals_the_models(engine: Engine) -> None:
    with engine.connect() as connection:
        context = MigrationContext.configure(
            connection, opts={"compare_type": True, "render_as_batch": True}
        )
        differences = compare_metadata(context, SQLModel.metadata)
    assert differences == []


def test_every_table_is_created(engine: Engine) -> None:
    tables = set(inspect(engine).get_table_names())
    assert set(SQLModel.metadata.tables) <= tables


def test_downgrade_to_base_and_upgrade_again(engine: Engine) -> None:
    config = alembic_config(engine)
    command.downgrade(config, "base")
    assert set(inspect(engine).get_table_names()) <= {"alembic_version"}
    migrate(engine)
    assert set(SQLModel.metadata.tables) <= set(inspect(engine).get_table_names())


def test_postgresql_sessions_prefer_index_probes(engine: Engine) -> None:
    if engine.dialect.name != "postgresql":
        pytest.skip("a PostgreSQL planner setting")
    with engine.connect() as connection:
        # Set on every new connection (models.db): a city's report probes indexes.
        assert connection.execute(text("SHOW random_page_cost")).scalar() == "1.1"
