"""Seeding thousands of communes in bulk, each with the bundled plan.

``import_plan`` is written for one plan at a time, row by row through the ORM; calling it
3,321 times would make seeding the slowest part of the run. Here the bundled YAML is read
and resolved once, and every commune's copy is generated as plain rows with ids assigned
up front, then written table by table: PostgreSQL ``COPY`` through psycopg, or SQLAlchemy
Core executemany in chunks elsewhere. The rows are the ones ``import_plan`` would write
(same positions, schedule kinds and due dates), plus one officer per unit with a Telegram
identity, a light progress history so that reports have something to fold, and cities
(``organisation.parent_id``) grouping the communes, as a city's ``/baocao`` reads them.
"""

from __future__ import annotations

import itertools
import json
import time
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any, cast

from sqlalchemy import Connection, Engine, Table, func, insert, select, text

from bench import PLANNING_NOW
from bot.settings import BUNDLED_PLAN
from models.clock import VIETNAM
from models.db import migrate
from models.deadline import Period, parse_deadline
from models.planfile import PlanDocument, read_plan_file, resolve_assignments
from models.tables import (
    Channel,
    ChatIdentity,
    DueDate,
    Officer,
    Organisation,
    Plan,
    ProgressKind,
    ProgressUpdate,
    Role,
    Section,
    Task,
    TaskUnit,
    UnitRole,
)
from models.tables import Unit as UnitTable

# When the plans were "imported": the start of the plan period, as for the bundled plan.
IMPORTED_AT = datetime(2025, 7, 1, 8, 0, tzinfo=VIETNAM)
# Two progress notes on every third task, both below 100 %, so that reports fold a history
# and the planner's "done" query has rows to rank, without any task being done (a done
# task gets no reminders, and the benchmark wants the full reminder load).
PROGRESS = (
    (datetime(2025, 9, 15, 9, 0, tzinfo=VIETNAM), 25),
    (PLANNING_NOW - timedelta(days=30), 50),
)
EVERY_NTH_TASK_HAS_PROGRESS = 3
# Telegram user ids of the seeded officers: this plus the officer id.
TELEGRAM_ID_BASE = 7_000_000_000
CHUNK = 5000


@dataclass(frozen=True)
class SeedSummary:
    """What was seeded."""

    communes: int
    cities: int
    units: int
    officers: int
    tasks: int
    task_units: int
    due_dates: int
    progress_updates: int
    seconds: float


def bundled_plan() -> PlanDocument:
    """The bundled Nghi Dương plan, read once."""
    return read_plan_file(BUNDLED_PLAN.name, BUNDLED_PLAN.read_bytes())


def migrate_empty(engine: Engine) -> None:
    """Bring the schema to the latest revision, and refuse a database that holds data."""
    migrate(engine)
    with engine.connect() as connection:
        count = connection.execute(select(func.count()).select_from(_table(Organisation)))
        if count.scalar_one():
            raise SystemExit(
                "The benchmark database already holds organisations; give an empty one."
            )


def seed(
    engine: Engine, communes: int, *, officers_per_unit: int = 1, city_size: int = 114
) -> SeedSummary:
    """Write ``communes`` copies of the bundled plan, grouped into cities, in one transaction."""
    started = time.perf_counter()
    generator = _Generator(bundled_plan(), communes, officers_per_unit, city_size)
    with engine.begin() as connection:
        writer = _writer(connection)
        writer(Organisation, generator.organisations())
        writer(UnitTable, generator.units())
        writer(Officer, generator.officers())
        writer(ChatIdentity, generator.identities())
        writer(Plan, generator.plans())
        writer(Section, generator.sections())
        writer(Task, generator.tasks())
        writer(TaskUnit, generator.task_units())
        writer(DueDate, generator.due_dates())
        writer(ProgressUpdate, generator.progress())
        if connection.dialect.name == "postgresql":
            _reset_sequences(connection)
    if engine.dialect.name == "postgresql":
        # Fresh statistics and visibility maps, as autovacuum would have them on a database
        # in service, so that the planner's query plans are the ones production would get;
        # and the seeding's writes flushed, so that the first benchmark does not pay for
        # them (nor for autovacuum starting on the new tables in the middle of it).
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
            connection.execute(text("VACUUM ANALYZE"))
            connection.execute(text("CHECKPOINT"))
    return SeedSummary(
        communes=communes,
        cities=generator.cities,
        units=communes * len(generator.units_spec),
        officers=communes * len(generator.units_spec) * officers_per_unit,
        tasks=communes * len(generator.tasks_spec),
        task_units=communes * sum(len(links) for links in generator.links),
        due_dates=communes * sum(len(dates) for dates in generator.dates),
        progress_updates=communes * len(generator.progressing) * len(PROGRESS),
        seconds=time.perf_counter() - started,
    )


class _Generator:
    """Every row of every commune, with ids numbered from 1 table by table."""

    def __init__(
        self, document: PlanDocument, communes: int, officers_per_unit: int, city_size: int
    ) -> None:
        assert document.organisation is not None and document.plan is not None
        self.organisation = document.organisation
        self.plan = document.plan
        self.units_spec = document.units
        self.sections_spec = document.sections
        self.tasks_spec = document.tasks
        self.communes = communes
        self.officers_per_unit = officers_per_unit
        # Communes are grouped into cities of city_size, in order: city 1 holds communes
        # 1..city_size (organisation.parent_id), the city picture of /baocao.
        self.city_size = city_size
        self.cities = -(-communes // city_size)
        period = Period(self.plan.start, self.plan.end)
        schedules = [parse_deadline(task.deadline, period) for task in self.tasks_spec]
        self.kinds = [schedule.kind.value for schedule in schedules]
        self.dates = [schedule.due_dates for schedule in schedules]
        assignments = resolve_assignments(self.tasks_spec, self.units_spec)
        unit_index = {unit.code: index for index, unit in enumerate(self.units_spec)}
        section_index = {section.code: index for index, section in enumerate(self.sections_spec)}
        self.section_of = [section_index[task.section] for task in self.tasks_spec]
        # (unit position, role) per task, as import_plan resolves "all" and names.
        self.links = [
            sorted(
                {(unit_index[code], UnitRole.LEAD.value) for code in assignments[task.code].lead}
                | {
                    (unit_index[code], UnitRole.COORDINATING.value)
                    for code in assignments[task.code].coordinating
                }
            )
            for task in self.tasks_spec
        ]
        self.lead_of = [unit_index[assignments[task.code].lead[0]] for task in self.tasks_spec]
        self.progressing = [
            index
            for index in range(len(self.tasks_spec))
            if index % EVERY_NTH_TASK_HAS_PROGRESS == 0
        ]

    # Ids: commune c (0-based) owns a fixed block of each table's ids.

    def _unit_id(self, commune: int, unit: int) -> int:
        return commune * len(self.units_spec) + unit + 1

    def _officer_id(self, commune: int, unit: int, number: int) -> int:
        return self._unit_id(commune, unit) * self.officers_per_unit - number

    def _task_id(self, commune: int, task: int) -> int:
        return commune * len(self.tasks_spec) + task + 1

    def city_id(self, commune: int) -> int:
        """The organisation id of the city (or province) commune ``commune`` belongs to."""
        return self.communes + commune // self.city_size + 1

    def organisations(self) -> Iterator[dict[str, Any]]:
        # Cities first: SQLite checks a foreign key row by row, so a parent must come first.
        # Communes keep ids 1..N, which the other tables' ids are computed from.
        for city in range(self.cities):
            yield {
                "id": self.communes + city + 1,
                "code": f"thanh-pho-{city + 1:02d}",
                "name": f"Thành phố {city + 1:02d}",
                "authority": f"Ủy ban nhân dân Thành phố {city + 1:02d}",
                "place": f"Thành phố {city + 1:02d}",
                "created_at": IMPORTED_AT,
                "parent_id": None,
            }
        spec = self.organisation
        for commune in range(self.communes):
            yield {
                "id": commune + 1,
                "code": f"{spec.code}-{commune + 1:04d}",
                "name": f"{spec.name} {commune + 1:04d}",
                "authority": f"{spec.authority} {commune + 1:04d}",
                "place": f"{spec.place} {commune + 1:04d}",
                "created_at": IMPORTED_AT,
                "parent_id": self.city_id(commune),
            }

    def units(self) -> Iterator[dict[str, Any]]:
        for commune in range(self.communes):
            for position, unit in enumerate(self.units_spec):
                yield {
                    "id": self._unit_id(commune, position),
                    "organisation_id": commune + 1,
                    "code": unit.code,
                    "name": unit.name,
                    "aliases": list(unit.aliases),
                    "position": position,
                }

    def officers(self) -> Iterator[dict[str, Any]]:
        for commune in range(self.communes):
            for unit in range(len(self.units_spec)):
                for number in range(self.officers_per_unit):
                    officer_id = self._officer_id(commune, unit, number)
                    yield {
                        "id": officer_id,
                        "organisation_id": commune + 1,
                        "unit_id": self._unit_id(commune, unit),
                        "full_name": f"Cán bộ {officer_id}",
                        "role": Role.OFFICER.value,
                        "active": True,
                        "locale": "vi",
                        "created_at": IMPORTED_AT,
                        "unreachable_at": None,
                        "notify_channels": "",
                    }

    def identities(self) -> Iterator[dict[str, Any]]:
        for officer in range(1, self.communes * len(self.units_spec) * self.officers_per_unit + 1):
            yield {
                "id": officer,
                "officer_id": officer,
                "channel": Channel.TELEGRAM.value,
                "external_id": str(TELEGRAM_ID_BASE + officer),
                "created_at": IMPORTED_AT,
            }

    def plans(self) -> Iterator[dict[str, Any]]:
        spec = self.plan
        for commune in range(self.communes):
            yield {
                "id": commune + 1,
                "organisation_id": commune + 1,
                "code": spec.code,
                "title": spec.title,
                "decision_number": spec.decision,
                "period_start": spec.start,
                "period_end": spec.end,
                "created_at": IMPORTED_AT,
                "updated_at": IMPORTED_AT,
            }

    def sections(self) -> Iterator[dict[str, Any]]:
        count = len(self.sections_spec)
        for commune in range(self.communes):
            for position, section in enumerate(self.sections_spec):
                yield {
                    "id": commune * count + position + 1,
                    "plan_id": commune + 1,
                    "code": section.code,
                    "title": section.title,
                    "position": position,
                }

    def tasks(self) -> Iterator[dict[str, Any]]:
        sections = len(self.sections_spec)
        for commune in range(self.communes):
            for position, task in enumerate(self.tasks_spec):
                yield {
                    "id": self._task_id(commune, position),
                    "plan_id": commune + 1,
                    "section_id": commune * sections + self.section_of[position] + 1,
                    "code": task.code,
                    "title": task.title,
                    "product": task.product,
                    "deadline_text": task.deadline,
                    "schedule_kind": self.kinds[position],
                    "position": position,
                    "archived_at": None,
                    "created_at": IMPORTED_AT,
                    "updated_at": IMPORTED_AT,
                }

    def task_units(self) -> Iterator[dict[str, Any]]:
        for commune in range(self.communes):
            for position, links in enumerate(self.links):
                for unit, role in links:
                    yield {
                        "task_id": self._task_id(commune, position),
                        "unit_id": self._unit_id(commune, unit),
                        "role": role,
                    }

    def due_dates(self) -> Iterator[dict[str, Any]]:
        number = 0
        for commune in range(self.communes):
            for position, dates in enumerate(self.dates):
                for due_on in dates:
                    number += 1
                    yield {
                        "id": number,
                        "task_id": self._task_id(commune, position),
                        "due_on": due_on,
                    }

    def progress(self) -> Iterator[dict[str, Any]]:
        number = 0
        for commune in range(self.communes):
            for position in self.progressing:
                officer = self._officer_id(commune, self.lead_of[position], 0)
                for at, percent in PROGRESS:
                    number += 1
                    yield {
                        "id": number,
                        "task_id": self._task_id(commune, position),
                        "officer_id": officer,
                        "created_at": at,
                        "kind": ProgressKind.PROGRESS.value,
                        "percent": percent,
                        "note": f"Đã thực hiện {percent}%",
                        "document_ref": "",
                        "file_id": "",
                        "file_name": "",
                    }


# --- writing --------------------------------------------------------------------------------


def _table(model: type[Any]) -> Table:
    return cast(Table, model.__table__)


class _Writer:
    """Writes rows of one table at a time."""

    def __init__(self, connection: Connection) -> None:
        self.connection = connection

    def __call__(self, model: type[Any], rows: Iterable[dict[str, Any]]) -> None:
        table = _table(model)
        for chunk in _chunks(rows, CHUNK):
            # One Core executemany per chunk, so that no list of every row is ever built.
            self.connection.execute(insert(table), chunk)


class _CopyWriter(_Writer):
    """PostgreSQL: ``COPY ... FROM STDIN`` on the connection's psycopg connection.

    It runs in the same transaction as everything else on ``connection``.
    """

    def __call__(self, model: type[Any], rows: Iterable[dict[str, Any]]) -> None:
        table = _table(model)
        iterator = iter(rows)
        first = next(iterator, None)
        if first is None:
            return
        # The columns the generator fills; any other (a column added by a newer migration)
        # takes its default, as it would through an INSERT naming the same columns.
        columns = list(first)
        statement = f'COPY "{table.name}" ({", ".join(columns)}) FROM STDIN'
        raw = self.connection.connection.driver_connection
        assert raw is not None
        with raw.cursor() as cursor, cursor.copy(statement) as copy:
            for row in itertools.chain([first], iterator):
                copy.write_row([_copy_value(row[column]) for column in columns])


def _copy_value(value: object) -> object:
    # The columns store naive UTC (models.types.UTCDateTime) and JSON as text.
    if isinstance(value, datetime):
        return value.astimezone(UTC).replace(tzinfo=None)
    if isinstance(value, list | dict):
        return json.dumps(value, ensure_ascii=False)
    return value


def _writer(connection: Connection) -> _Writer:
    if connection.dialect.name == "postgresql":
        return _CopyWriter(connection)
    return _Writer(connection)


def _chunks(rows: Iterable[dict[str, Any]], size: int) -> Iterator[Sequence[dict[str, Any]]]:
    chunk: list[dict[str, Any]] = []
    for row in rows:
        chunk.append(row)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _reset_sequences(connection: Connection) -> None:
    # Rows were written with explicit ids: move each serial on, so that later inserts
    # (reminders are not seeded, but an officer added by hand would be) get fresh ids.
    for model in (
        Organisation,
        UnitTable,
        Officer,
        ChatIdentity,
        Plan,
        Section,
        Task,
        DueDate,
        ProgressUpdate,
    ):
        name = _table(model).name
        connection.execute(
            text(
                f"SELECT setval(pg_get_serial_sequence('\"{name}\"', 'id'), "
                f'COALESCE((SELECT max(id) FROM "{name}"), 1))'
            )
        )
