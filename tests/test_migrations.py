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


def test_milestones_migration_places_progress_by_date_and_confirms_done(
    seeded_engine: Engine,
) -> None:
    """0012 carries today's data over: each entry goes to the milestone it belongs to by
    its (Hanoi) date, and every completion already recorded becomes confirmed."""
    config = alembic_config(seeded_engine)
    command.downgrade(config, "0011")
    with seeded_engine.begin() as connection:
        # Task 4 is due 30/09/2025 and 31/12/2025 ("Quý III, IV/2025").
        task_id = connection.execute(text("SELECT id FROM task WHERE code = '4'")).scalar_one()
        rows = [
            # 20/09 09:00 Hanoi: the 30/09 milestone.
            ("2025-09-20 02:00:00", 40),
            # 30/09 23:30 Hanoi is still 30/09 there, though 16:30 UTC: the 30/09 one.
            ("2025-09-30 16:30:00", 100),
            # 30/09 17:30 UTC is 01/10 in Hanoi: the 31/12 milestone.
            ("2025-09-30 17:30:00", 50),
            # After every date: the last one.
            ("2026-01-10 02:00:00", 100),
        ]
        for created_at, percent in rows:
            connection.execute(
                text(
                    "INSERT INTO progressupdate (task_id, created_at, kind, percent, note,"
                    " document_ref, file_id, file_name) VALUES (:task, :at, 'progress',"
                    " :percent, '', '', '', '')"
                ),
                {"task": task_id, "at": created_at, "percent": percent},
            )
    migrate(seeded_engine)
    with seeded_engine.connect() as connection:
        migrated = connection.execute(
            text(
                "SELECT percent, due_on, review, reviewed_at IS NOT NULL FROM progressupdate"
                " WHERE task_id = :task ORDER BY id"
            ),
            {"task": task_id},
        ).all()
    assert [
        (percent, str(due_on), review, reviewed) for percent, due_on, review, reviewed in migrated
    ] == [
        (40, "2025-09-30", "", False),
        (100, "2025-09-30", "confirmed", True),
        (50, "2025-12-31", "", False),
        (100, "2025-12-31", "confirmed", True),
    ]


def test_plan_issued_on_migration_adds_an_empty_day_and_takes_it_away(
    seeded_engine: Engine,
) -> None:
    """0015 adds the day a plan was signed: plans already there have none (NULL), a day
    stored afterwards reads back, and the downgrade drops the column, keeping the plans."""
    config = alembic_config(seeded_engine)
    command.downgrade(config, "0014")
    columns = {column["name"] for column in inspect(seeded_engine).get_columns("plan")}
    assert "issued_on" not in columns and "decision_number" in columns
    migrate(seeded_engine)
    with seeded_engine.begin() as connection:
        assert connection.execute(text("SELECT code, issued_on FROM plan")).all() == [
            ("cchc-2025-h2", None)
        ]
        connection.execute(text("UPDATE plan SET issued_on = '2025-07-15'"))
        day = connection.execute(text("SELECT issued_on FROM plan")).scalar_one()
    assert str(day) == "2025-07-15"
    command.downgrade(config, "0014")
    with seeded_engine.connect() as connection:
        assert connection.execute(text("SELECT code FROM plan")).scalars().all() == [
            "cchc-2025-h2"
        ]
    migrate(seeded_engine)
