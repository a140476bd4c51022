"""Putting a plan into the database and reading it back out.

:func:`import_plan` applies a whole :class:`~models.planfile.PlanDocument` inside the
caller's transaction: tasks are matched by code, so a revised plan updates them in
place and their progress history stays attached; a task missing from the revision
is archived, not deleted.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime

from sqlalchemy import delete, func
from sqlmodel import Session, col, select
from sqlmodel.sql.expression import SelectOfScalar

from models import standing
from models.deadline import Period, Schedule, ScheduleKind, parse_deadline
from models.planfile import (
    ALL_UNITS,
    Assignment,
    OrganisationSpec,
    PlanDocument,
    PlanSpec,
    Problem,
    SectionSpec,
    TaskSpec,
    UnitSpec,
)
from models.tables import (
    DueDate,
    Organisation,
    Plan,
    Section,
    Task,
    TaskUnit,
    Unit,
    UnitRole,
    row_id,
)


@dataclass
class ImportSummary:
    """What an import changed, for the person who ran it."""

    plan_code: str
    created: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    archived: list[str] = field(default_factory=list)
    # What was imported but needs fixing: a deadline naming a date that does not exist.
    warnings: list[Problem] = field(default_factory=list)
    commune: str = ""
    new_plan: bool = False
    new_units: list[str] = field(default_factory=list)  # standard units the file set up
    # Names the coordinator matched to a unit, kept as its aliases: (name, unit code).
    aliases: list[tuple[str, str]] = field(default_factory=list)


@dataclass(frozen=True)
class UnitRef:
    """A unit as shown to people: its code and its name."""

    code: str
    name: str


@dataclass(frozen=True)
class TaskView:
    """One task with everything a listing shows, read in bulk."""

    id: int
    code: str
    section: str
    title: str
    product: str
    deadline_text: str
    schedule_kind: ScheduleKind  # the engine's reading of deadline_text
    due_dates: tuple[date, ...]
    leads: tuple[UnitRef, ...]
    coordinating: tuple[UnitRef, ...]
    lead_is_all_units: bool

    @property
    def standing_kind(self) -> standing.StandingKind:
        """The kind of the schedule as it stands (models.standing), not as the text reads."""
        return standing.standing_kind(self.schedule_kind, self.due_dates)


def plan_period(plan: Plan) -> Period:
    """Return the period a plan covers."""
    return Period(plan.period_start, plan.period_end)


def organisation_count(session: Session) -> int:
    """Return how many organisations the database holds (0 on a new installation)."""
    return session.exec(select(func.count()).select_from(Organisation)).one()


def latest_plan(session: Session, organisation_id: int | None = None) -> Plan | None:
    """Return the most recently created plan, of one organisation if given.

    By the order rows were inserted (the id), not by ``created_at``: a clock started again
    at the same moment (the terminal chat's ``NHACVIEC_CLOCK_START``) or a worker whose
    clock is behind would stamp a plan imported later as older, and the chat would go on
    working on the plan it replaced.
    """
    query = _latest_first()
    if organisation_id is not None:
        query = query.where(Plan.organisation_id == organisation_id)
    return session.exec(query).first()


def plans_latest_first(session: Session, organisation_id: int) -> list[Plan]:
    """Every plan of one organisation, the one ``latest_plan`` gives first."""
    return list(session.exec(_latest_first().where(Plan.organisation_id == organisation_id)))


def _latest_first() -> SelectOfScalar[Plan]:
    return select(Plan).order_by(col(Plan.id).desc())


def latest_plans(session: Session, organisation_ids: Sequence[int]) -> dict[int, Plan]:
    """The most recently created plan of each of these organisations, in one query."""
    ranked = (
        select(
            col(Plan.id).label("plan_id"),
            func.row_number()
            .over(
                partition_by=col(Plan.organisation_id),
                order_by=col(Plan.id).desc(),  # insertion order: see latest_plan
            )
            .label("rank"),
        )
        .where(col(Plan.organisation_id).in_(organisation_ids))
        .subquery()
    )
    plans = session.exec(
        select(Plan).join(ranked, ranked.c.plan_id == Plan.id).where(ranked.c.rank == 1)
    )
    return {plan.organisation_id: plan for plan in plans}


def find_plan(session: Session, code: str | None) -> Plan | None:
    """Return the plan with ``code``, or the latest plan when ``code`` is None."""
    if code is None:
        return latest_plan(session)
    return session.exec(select(Plan).where(Plan.code == code)).first()


def import_plan(
    session: Session,
    document: PlanDocument,
    *,
    now: datetime,
    plan_code: str | None = None,
    commune: str | None = None,
) -> ImportSummary:
    """Apply ``document`` to the database, or raise :class:`PlanFileError` changing nothing.

    A YAML document carries its organisation, units and plan. A table (CSV, Excel) or a
    Word document goes into its commune (``commune``, the one it names, or the only one)
    and into the plan it names or matches (``plan_code``, or the same period), or becomes
    a new plan; see :mod:`models.planimport`. The caller owns the transaction: on an
    error it must roll back.
    """
    from models.planimport import import_document

    return import_document(session, document, now=now, plan_code=plan_code, commune=commune)


def _upsert_sections(
    session: Session, plan: Plan, specs: Sequence[SectionSpec]
) -> dict[str, Section]:
    sections = {
        section.code: section
        for section in session.exec(select(Section).where(Section.plan_id == plan.id))
    }
    for position, spec in enumerate(specs):
        section = sections.get(spec.code) or Section(
            plan_id=row_id(plan.id), code=spec.code, title=spec.title
        )
        section.title, section.position = spec.title, position
        session.add(section)
        sections[spec.code] = section
    session.flush()
    return sections


def _apply_tasks(
    session: Session,
    plan: Plan,
    sections: dict[str, Section],
    unit_ids: dict[str, int],
    specs: Sequence[TaskSpec],
    assignments: dict[str, Assignment],
    now: datetime,
    summary: ImportSummary,
) -> None:
    existing = {
        task.code: task for task in session.exec(select(Task).where(Task.plan_id == plan.id))
    }
    current_units = _current_assignments(session, [row_id(task.id) for task in existing.values()])
    period = plan_period(plan)
    for position, spec in enumerate(specs):
        wanted_units = {
            (unit_ids[code], role)
            for role, codes in (
                (UnitRole.LEAD, assignments[spec.code].lead),
                (UnitRole.COORDINATING, assignments[spec.code].coordinating),
            )
            for code in codes
        }
        task = existing.get(spec.code)
        schedule = parse_deadline(spec.deadline, period)
        if task is None:
            task = Task(
                plan_id=row_id(plan.id),
                section_id=0,
                code=spec.code,
                title=spec.title,
                schedule_kind=schedule.kind,
                created_at=now,
                updated_at=now,
            )
            summary.created.append(spec.code)
        before = _task_fields(task), current_units.get(task.id or 0, set())
        dates_changed = task.id is None or task.deadline_text != spec.deadline
        task.section_id = row_id(sections[spec.section].id)
        task.title, task.product, task.deadline_text = spec.title, spec.product, spec.deadline
        task.schedule_kind, task.position, task.archived_at = schedule.kind, position, None
        if task.id is not None:
            changed = (_task_fields(task), wanted_units) != before
            (summary.updated if changed else summary.unchanged).append(spec.code)
            if changed:
                task.updated_at = now
        session.add(task)
        session.flush()
        if wanted_units != before[1]:
            _replace_assignments(session, row_id(task.id), wanted_units)
        if dates_changed:
            _replace_due_dates(session, row_id(task.id), schedule)
    kept = {spec.code for spec in specs}
    for code, task in existing.items():
        if code not in kept and task.archived_at is None:
            task.archived_at = now
            session.add(task)
            summary.archived.append(code)


def _task_fields(task: Task) -> tuple[object, ...]:
    # Position is left out: dropping one row moves the ones after it, which is no change to them.
    return (task.section_id, task.title, task.product, task.deadline_text, task.archived_at)


def _current_assignments(
    session: Session, task_ids: Sequence[int]
) -> dict[int, set[tuple[int, UnitRole]]]:
    current: dict[int, set[tuple[int, UnitRole]]] = defaultdict(set)
    for link in session.exec(select(TaskUnit).where(col(TaskUnit.task_id).in_(task_ids))):
        current[link.task_id].add((link.unit_id, UnitRole(link.role)))
    return current


def _replace_assignments(session: Session, task_id: int, links: set[tuple[int, UnitRole]]) -> None:
    session.execute(delete(TaskUnit).where(col(TaskUnit.task_id) == task_id))
    for unit_id, role in sorted(links):
        session.add(TaskUnit(task_id=task_id, unit_id=unit_id, role=role))


def _replace_due_dates(session: Session, task_id: int, schedule: Schedule) -> None:
    # Called only when the deadline text changed, so that a date set by hand (an approved
    # extension) survives re-importing an unchanged row.
    session.execute(delete(DueDate).where(col(DueDate.task_id) == task_id))
    for due_on in schedule.due_dates:
        session.add(DueDate(task_id=task_id, due_on=due_on))


def task_views(session: Session, plan: Plan) -> list[TaskView]:
    """Return every active task of ``plan`` in plan order, in three queries."""
    rows = session.exec(
        select(Task, Section.code)
        .join(Section, col(Section.id) == Task.section_id)
        .where(Task.plan_id == plan.id, col(Task.archived_at).is_(None))
        .order_by(col(Section.position), col(Task.position))
    ).all()
    task_ids = [row_id(task.id) for task, _ in rows]
    units = _units_by_task(session, task_ids)
    all_codes = session.exec(
        select(Unit.code).where(Unit.organisation_id == plan.organisation_id)
    ).all()
    dates: dict[int, list[date]] = defaultdict(list)
    for task_id, due_on in session.exec(
        select(col(DueDate.task_id), col(DueDate.due_on))
        .where(col(DueDate.task_id).in_(task_ids))
        .order_by(col(DueDate.due_on))
    ):
        dates[task_id].append(due_on)
    views = []
    for task, section_code in rows:
        task_id = row_id(task.id)
        leads = tuple(units[task_id][UnitRole.LEAD])
        views.append(
            TaskView(
                id=task_id,
                code=task.code,
                section=section_code,
                title=task.title,
                product=task.product,
                deadline_text=task.deadline_text,
                schedule_kind=ScheduleKind(task.schedule_kind),
                due_dates=tuple(dates[task_id]),
                leads=leads,
                coordinating=tuple(units[task_id][UnitRole.COORDINATING]),
                lead_is_all_units=covers_all_units(
                    leads, units[task_id][UnitRole.COORDINATING], all_codes
                ),
            )
        )
    return views


def _units_by_task(
    session: Session, task_ids: Sequence[int]
) -> dict[int, dict[UnitRole, list[UnitRef]]]:
    result: dict[int, dict[UnitRole, list[UnitRef]]] = defaultdict(
        lambda: {UnitRole.LEAD: [], UnitRole.COORDINATING: []}
    )
    for task_id, role, code, name in session.exec(
        select(TaskUnit.task_id, TaskUnit.role, Unit.code, Unit.name)
        .join(Unit, col(Unit.id) == TaskUnit.unit_id)
        .where(col(TaskUnit.task_id).in_(task_ids))
        .order_by(col(Unit.position))
    ):
        result[task_id][UnitRole(role)].append(UnitRef(code, name))
    return result


def export_plan(session: Session, plan: Plan) -> PlanDocument:
    """Read ``plan`` back as a document that :func:`import_plan` would accept unchanged."""
    organisation = session.get(Organisation, plan.organisation_id)
    assert organisation is not None
    units = session.exec(
        select(Unit).where(Unit.organisation_id == organisation.id).order_by(col(Unit.position))
    ).all()
    sections = session.exec(
        select(Section).where(Section.plan_id == plan.id).order_by(col(Section.position))
    ).all()
    all_codes = [unit.code for unit in units]
    tasks = [
        TaskSpec(
            code=view.code,
            section=view.section,
            title=view.title,
            lead=_refs(view.leads, view.coordinating, all_codes, other_is_all=False),
            coordinating=_refs(
                view.coordinating,
                view.leads,
                all_codes,
                other_is_all=covers_all_units(view.leads, view.coordinating, all_codes),
            ),
            deadline=view.deadline_text,
            product=view.product,
        )
        for view in task_views(session, plan)
    ]
    return PlanDocument(
        organisation=_organisation_spec(session, organisation),
        units=tuple(UnitSpec(unit.code, unit.name, tuple(unit.aliases)) for unit in units),
        plan=plan_spec(plan),
        sections=tuple(SectionSpec(section.code, section.title) for section in sections),
        tasks=tuple(tasks),
    )


def plan_spec(plan: Plan) -> PlanSpec:
    """The plan's own data (title, number, day signed, period) as a plan file holds it."""
    return PlanSpec(
        plan.code,
        plan.title,
        plan.decision_number,
        plan.period_start,
        plan.period_end,
        plan.issued_on,
    )


def _organisation_spec(session: Session, organisation: Organisation) -> OrganisationSpec:
    parent = session.get(Organisation, organisation.parent_id) if organisation.parent_id else None
    return OrganisationSpec(
        organisation.code,
        organisation.name,
        organisation.authority,
        organisation.place,
        parent.code if parent else None,
        parent.name if parent else None,
    )


def communes_of(session: Session, organisation_id: int) -> list[Organisation]:
    """The communes directly under a city or province, by name."""
    return list(
        session.exec(
            select(Organisation)
            .where(Organisation.parent_id == organisation_id)
            .order_by(col(Organisation.name))
        )
    )


def _refs(
    mine: Sequence[UnitRef],
    other: Sequence[UnitRef],
    all_codes: Sequence[str],
    *,
    other_is_all: bool,
) -> tuple[str, ...]:
    # Write "all" back so that an exported plan keeps meaning "every unit" once a
    # unit is added to the commune; but in one role only: "all" in both would read
    # back as every unit leading and none coordinating.
    if not other_is_all and covers_all_units(mine, other, all_codes):
        return (ALL_UNITS,)
    return tuple(unit.code for unit in mine)


def covers_all_units(
    mine: Sequence[UnitRef], other: Sequence[UnitRef], all_codes: Sequence[str]
) -> bool:
    """Tell whether ``mine`` is "every unit" of the plan: all units the other role leaves free.

    A single unit is never read as "all", even in a commune of two units.
    """
    taken = {unit.code for unit in other}
    rest = {code for code in all_codes if code not in taken}
    return len(mine) > 1 and {unit.code for unit in mine} == rest


def task_by_code(session: Session, plan_id: int, code: str) -> Task | None:
    """Return the plan's active task with ``code`` ("12", "15.2"), if any."""
    return session.exec(
        select(Task).where(
            Task.plan_id == plan_id, Task.code == code.strip(), col(Task.archived_at).is_(None)
        )
    ).first()


def archived_task_by_code(session: Session, plan_id: int, code: str) -> Task | None:
    """Return the plan's task with ``code`` that a revision removed (the latest, if the
    code was removed more than once), if any: it stays readable."""
    return session.exec(
        select(Task)
        .where(
            Task.plan_id == plan_id, Task.code == code.strip(), col(Task.archived_at).is_not(None)
        )
        .order_by(col(Task.id).desc())
    ).first()


def task_unit_roles(session: Session, task_id: int) -> dict[int, UnitRole]:
    """Return each assigned unit's role in a task, by unit id."""
    return {
        link.unit_id: UnitRole(link.role)
        for link in session.exec(select(TaskUnit).where(TaskUnit.task_id == task_id))
    }


def due_dates_of(session: Session, task_id: int) -> list[DueDate]:
    """Return a task's due dates in order."""
    return list(
        session.exec(
            select(DueDate).where(DueDate.task_id == task_id).order_by(col(DueDate.due_on))
        )
    )
