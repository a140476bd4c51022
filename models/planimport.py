"""Importing a plan file into its commune: which commune, which plan, what changes.

A plan keeps its identity. A file goes into a plan it names (``--plan``, or the YAML's
``plan.code``) or matches: the same period and the same number, or the same period and
the same title when the numbers do not tell them apart (one of them has none). A file
for another period or another commune, or of the same period under another title and
no shared number, becomes a new plan of its own commune, never a revision of another;
the preview names the plans of its period it did not revise. A file naming a commune
is checked against the commune it goes into, so two communes' plans never mix. A
table that says nothing about its plan (no title, no period, no number) goes into its
commune's latest plan, as it always has; a file that gives a period but neither title
nor number revises the one plan of that period, as nothing tells it from that plan.

:func:`preview_file` works all of this out and diffs the file against the plan it
revises, reading the database but writing nothing; :func:`apply_preview` imports what
a preview showed. Both run in the caller's transaction.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from types import MappingProxyType

from sqlmodel import Session, col, select

from models.deadline import Period
from models.planfile import (
    EMPTY_DOCUMENT,
    OrganisationSpec,
    ParsedFile,
    PlanDocument,
    PlanFileError,
    PlanHeader,
    PlanReading,
    PlanSpec,
    Problem,
    ReadOptions,
    UnitSpec,
    deadline_warnings,
    parse_plan_file,
    validate_plan,
)
from models.planfile.model import MAX_NAME
from models.planfile.reading import merged_header
from models.planfile.units import UnitIndex
from models.plans import (
    ImportSummary,
    _apply_tasks,
    _current_assignments,
    _upsert_sections,
    plan_spec,
    plans_latest_first,
)
from models.tables import Organisation, Plan, Section, Task, Unit, UnitRole, row_id
from models.text import N_, text
from models.vntext import fold, in_sentence


@dataclass(frozen=True)
class PlanChanges:
    """What importing the file would do to the plan's tasks, by task code."""

    created: tuple[str, ...] = ()
    updated: tuple[str, ...] = ()
    unchanged: tuple[str, ...] = ()
    archived: tuple[str, ...] = ()


@dataclass(frozen=True)
class ImportPreview:
    """A file read for a commune and compared with the plan it would become or revise."""

    reading: PlanReading
    problems: tuple[Problem, ...]
    commune: OrganisationSpec | None = None
    new_commune: bool = False
    plan: PlanSpec | None = None
    new_plan: bool = False
    # The file names no plan at all, so it goes into the commune's latest plan.
    assumed_plan: bool = False
    # A new plan's neighbours: the commune's plans of the same period whose title differs
    # and whose number does not tell them apart, so that a coordinator who meant a revision
    # sees it and names the plan (--plan, or the chat's choice).
    same_period: tuple[PlanSpec, ...] = ()
    changes: PlanChanges = PlanChanges()
    lead_tasks: Mapping[str, int] = field(default_factory=lambda: MappingProxyType({}))
    unit_names: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    warnings: tuple[Problem, ...] = ()
    # The coordinator's answers: a name the file writes -> the unit code it means. Each
    # becomes an alias of its unit once imported, so the next file is matched unasked.
    named_units: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))

    @property
    def ok(self) -> bool:
        """Whether the file can be imported as it stands."""
        return not self.problems


def preview_file(
    session: Session,
    filename: str,
    data: bytes,
    options: ReadOptions | None = None,
    *,
    commune: str | None = None,
) -> ImportPreview:
    """Read a plan file for a commune (``commune`` is its code) and preview its import."""
    try:
        parsed = parse_plan_file(filename, data)
    except PlanFileError as error:
        return ImportPreview(PlanReading(filename, EMPTY_DOCUMENT, error.problems), error.problems)
    return preview_parsed(session, filename, parsed, options or ReadOptions(), commune=commune)


def preview_parsed(
    session: Session,
    filename: str,
    parsed: ParsedFile,
    options: ReadOptions,
    *,
    commune: str | None = None,
) -> ImportPreview:
    """Preview the import of a file already read in its format."""
    header = merged_header(parsed.document, options)
    organisation, spec, problems = _commune(session, parsed.document, header, commune)
    units = _units_of(session, organisation)
    reading = validate_plan(filename, parsed, units, options)
    if spec is None:
        # Without its commune the file's unit names cannot be matched: only the problems of
        # its rows are worth reporting with the commune's.
        return ImportPreview(reading, (*problems, *parsed.problems))
    target = _target(session, organisation, reading, options)
    problems.extend(target.problems)
    all_units = {unit.code: unit.name for unit in (*units, *reading.document.units)}
    lead_tasks = Counter(
        code for assignment in reading.assignments.values() for code in assignment.lead
    )
    warnings: tuple[Problem, ...] = ()
    if target.spec is not None:
        warnings = deadline_warnings(
            reading.document.tasks, Period(target.spec.start, target.spec.end)
        )
    return ImportPreview(
        reading=reading,
        problems=(*problems, *reading.problems),
        commune=spec,
        new_commune=organisation is None,
        plan=target.spec,
        new_plan=target.plan is None,
        assumed_plan=target.assumed,
        same_period=target.beside,
        changes=_changes(session, target.plan, reading, units),
        lead_tasks=MappingProxyType(dict(lead_tasks)),
        unit_names=MappingProxyType(all_units),
        warnings=warnings,
        named_units=MappingProxyType(dict(options.unit_names)),
    )


def apply_preview(session: Session, preview: ImportPreview, *, now: datetime) -> ImportSummary:
    """Import what ``preview`` showed, or raise :class:`PlanFileError` changing nothing."""
    if preview.problems or preview.commune is None or preview.plan is None:
        raise PlanFileError(preview.problems)
    document = preview.reading.document
    organisation = _save_commune(session, preview.commune, document, now)
    units = _save_units(session, organisation, document)
    plan = _save_plan(session, organisation, preview.plan, now)
    sections = _upsert_sections(session, plan, document.sections)
    unit_ids = {unit.code: row_id(unit.id) for unit in units}
    summary = ImportSummary(
        plan_code=plan.code,
        commune=organisation.code,
        new_plan=preview.new_plan,
        new_units=[unit.code for unit in preview.reading.new_units],
        aliases=_remember_names(session, units, preview.named_units),
    )
    _apply_tasks(
        session,
        plan,
        sections,
        unit_ids,
        document.tasks,
        dict(preview.reading.assignments),
        now,
        summary,
    )
    summary.warnings.extend(preview.warnings)
    return summary


def import_document(
    session: Session,
    document: PlanDocument,
    *,
    now: datetime,
    plan_code: str | None = None,
    commune: str | None = None,
) -> ImportSummary:
    """Import a document already read, or raise :class:`PlanFileError` with every problem."""
    preview = preview_parsed(
        session, "plan", ParsedFile(document), ReadOptions(plan_code=plan_code), commune=commune
    )
    return apply_preview(session, preview, now=now)


# --- which commune ----------------------------------------------------------------------


_OTHER_COMMUNE_FILE = N_(
    "The file is the plan of commune “{file}”, not of “{given}” named with --commune."
)
_OTHER_COMMUNE = N_(
    "The plan is issued by {issuer}, not by {commune} (“{code}”): a plan of another commune "
    "never goes into this one. Name its own commune with --commune."
)
_UNKNOWN_ISSUER = N_(
    "The plan is issued by {issuer}, which is not in the database: to add it, name a code "
    "for it with --commune (such as --commune {suggested})."
)
_NO_COMMUNE = N_(
    "The file does not say which commune it is for: name it with --commune ({codes})."
)
_NO_SUCH_COMMUNE = N_(
    "There is no commune “{code}”, and the file does not say which commune issues it, so it "
    "cannot be added: the first page (or the rows above the table) should name the "
    "committee, such as “ỦY BAN NHÂN DÂN XÃ ...”."
)


def _commune(
    session: Session, document: PlanDocument, header: PlanHeader, code: str | None
) -> tuple[Organisation | None, OrganisationSpec | None, list[Problem]]:
    """The commune the file goes into (None if new), its data, and what is wrong."""
    if document.organisation is not None:
        spec = document.organisation
        problems = []
        if code and code != spec.code:
            problems.append(Problem(text(_OTHER_COMMUNE_FILE, file=spec.code, given=code)))
        return _by_code(session, spec.code), spec, problems
    if code:
        organisation = _by_code(session, code)
        if organisation is not None:
            if not _same_commune(organisation, header):
                return organisation, None, [_other_commune(organisation, header)]
            return organisation, _spec_of(organisation), []
        if header.commune and header.authority and header.place:
            return None, OrganisationSpec(code, header.commune, header.authority, header.place), []
        return None, None, [Problem(text(_NO_SUCH_COMMUNE, code=code))]
    organisations = list(session.exec(select(Organisation).order_by(col(Organisation.code))))
    if header.place:
        named = [org for org in organisations if _same_commune(org, header)]
        if len(named) == 1:
            return named[0], _spec_of(named[0]), []
        if not named:
            suggested = re.sub(r"[^a-z0-9]+", "-", fold(header.place)).strip("-")
            return (
                None,
                None,
                [
                    Problem(
                        text(
                            _UNKNOWN_ISSUER,
                            issuer=in_sentence(header.commune or ""),
                            suggested=suggested,
                        )
                    )
                ],
            )
    with_plans = {plan.organisation_id for plan in session.exec(select(Plan))}
    candidates = [org for org in organisations if org.id in with_plans]
    if len(candidates) == 1 and _same_commune(candidates[0], header):
        return candidates[0], _spec_of(candidates[0]), []
    codes = ", ".join(org.code for org in organisations) or "…"
    return None, None, [Problem(text(_NO_COMMUNE, codes=codes))]


def _by_code(session: Session, code: str) -> Organisation | None:
    return session.exec(select(Organisation).where(Organisation.code == code)).first()


def _same_commune(organisation: Organisation, header: PlanHeader) -> bool:
    """Whether the commune a file names (if it names one) is ``organisation``."""
    if not header.place:
        return True
    place = fold(header.place)
    return place == fold(organisation.place) or any(
        fold(name) == place or fold(name).endswith(" " + place)
        for name in (organisation.name, organisation.authority)
    )


def _other_commune(organisation: Organisation, header: PlanHeader) -> Problem:
    return Problem(
        text(
            _OTHER_COMMUNE,
            issuer=in_sentence(header.commune or header.place or ""),
            commune=in_sentence(organisation.name),
            code=organisation.code,
        )
    )


def _spec_of(organisation: Organisation) -> OrganisationSpec:
    return OrganisationSpec(
        organisation.code, organisation.name, organisation.authority, organisation.place
    )


def _units_of(session: Session, organisation: Organisation | None) -> list[UnitSpec]:
    if organisation is None:
        return []
    return [
        UnitSpec(unit.code, unit.name, tuple(unit.aliases))
        for unit in session.exec(
            select(Unit)
            .where(Unit.organisation_id == organisation.id)
            .order_by(col(Unit.position), col(Unit.code))
        )
    ]


# --- which plan -------------------------------------------------------------------------


@dataclass
class _Target:
    plan: Plan | None = None  # the plan revised; None for a new plan
    spec: PlanSpec | None = None
    assumed: bool = False
    problems: list[Problem] = field(default_factory=list)
    # For a new plan: the commune's plans of the same period it might have been meant to
    # revise (no number of its own tells them apart).
    beside: tuple[PlanSpec, ...] = ()


_OTHER_PERIOD = N_(
    "Plan “{code}” covers {start} to {end}; this file covers {file_start} to {file_end}. A file "
    "for another period is another plan: leave out --plan, or give a new plan code."
)
_OTHER_NUMBER = N_(
    "Plan “{code}” is number {number}; this file is number {file_number}, so it is another plan: "
    "leave out --plan, or give a new plan code."
)
_NO_TITLE = N_("The file does not give the plan's title: give it with --title.")
_NO_PERIOD = N_("The file does not give the period the plan covers: give it with --from and --to.")
_HALF_PERIOD = N_("Give the plan's period with both --from and --to.")
_NO_NUMBER = N_(
    "The document does not give the plan's number (Số: .../KH-UBND is blank or missing): "
    "give it with --number."
)
_NO_PLAN = N_(
    "The file does not say which plan it is (no title, no period) and its commune has no plan "
    "yet: give them with --title, --from and --to."
)


def _target(
    session: Session, organisation: Organisation | None, reading: PlanReading, options: ReadOptions
) -> _Target:
    """The plan the file revises, or the new plan it becomes."""
    header = reading.header
    plans = (
        plans_latest_first(session, row_id(organisation.id)) if organisation is not None else []
    )
    document = reading.document
    code = options.plan_code or (document.plan.code if document.plan else None)
    if code:
        plan = next((plan for plan in plans if plan.code == code), None)
        return _revision(plan, header) if plan else _new(code, plans, reading)
    if header.start and header.end:
        same = [
            plan
            for plan in plans
            if (plan.period_start, plan.period_end) == (header.start, header.end)
            and not _numbers_differ(header.number, plan.decision_number)
        ]
        revised = _revised_of(same, header)
        if revised is not None:
            return _revision(revised, header)
        target = _new(None, plans, reading)
        # Plans of the period the file might have meant: a revision whose title was
        # reworded names its plan (--plan, or the chat's choice) rather than being guessed.
        target.beside = tuple(plan_spec(plan) for plan in same)
        return target
    if header.title:
        key = _title_key(header.title)
        titled = [plan for plan in plans if _title_key(plan.title) == key]
        return _revision(titled[0], header) if titled else _new(None, plans, reading)
    if header.number:
        numbered = [
            plan
            for plan in plans
            if not _numbers_differ(header.number, plan.decision_number)
            and _digits(plan.decision_number)
        ]
        if numbered:
            return _revision(numbered[0], header)
    if plans:
        target = _revision(plans[0], header)
        target.assumed = True
        return target
    return _Target(problems=[Problem(text(_NO_PLAN))])


def _revised_of(same_period: Sequence[Plan], header: PlanHeader) -> Plan | None:
    """The plan of the file's period the file revises: the one sharing its number, else
    the one with its title. A period alone is no match: a commune runs several plans a
    year (administrative reform, digital transformation), and a file taken for another
    plan's revision would archive that plan's tasks. Only a file that gives neither a
    title nor a number, and so says nothing to tell plans apart, revises the one plan of
    its period."""
    numbered = [plan for plan in same_period if _same_number(header.number, plan.decision_number)]
    if numbered:
        return numbered[0]
    if header.title:
        key = _title_key(header.title)
        return next((plan for plan in same_period if _title_key(plan.title) == key), None)
    if not _digits(header.number or "") and len(same_period) == 1:
        return same_period[0]
    return None


def _title_key(title: str) -> str:
    """A title as compared: without marks, case, spaces and punctuation ("năm 2026." is
    "Năm 2026")."""
    return re.sub(r"[\W_]+", " ", fold(title)).strip()


def _revision(plan: Plan, header: PlanHeader) -> _Target:
    target = _Target(plan=plan)
    period = (plan.period_start, plan.period_end)
    if header.start and header.end and (header.start, header.end) != period:
        target.problems.append(
            Problem(
                text(
                    _OTHER_PERIOD,
                    code=plan.code,
                    start=_day(plan.period_start),
                    end=_day(plan.period_end),
                    file_start=_day(header.start),
                    file_end=_day(header.end),
                )
            )
        )
    elif _numbers_differ(header.number, plan.decision_number):
        target.problems.append(
            Problem(
                text(
                    _OTHER_NUMBER,
                    code=plan.code,
                    number=plan.decision_number,
                    file_number=header.number or "",
                )
            )
        )
    target.spec = PlanSpec(
        plan.code,
        header.title or plan.title,
        header.number or plan.decision_number,
        plan.period_start,
        plan.period_end,
        # A revision that does not say when it was signed keeps the date already known.
        header.issued_on or plan.issued_on,
    )
    return target


def _new(code: str | None, plans: Sequence[Plan], reading: PlanReading) -> _Target:
    header = reading.header
    target = _Target()
    if not header.title:
        target.problems.append(Problem(text(_NO_TITLE), column="--title"))
    if (header.start is None) != (header.end is None):
        target.problems.append(Problem(text(_HALF_PERIOD), column="--from/--to"))
    elif header.start is None:
        target.problems.append(Problem(text(_NO_PERIOD), column="--from/--to"))
    if reading.kind in {"docx", "pdf"} and not _digits(header.number or ""):
        target.problems.append(Problem(text(_NO_NUMBER), column="--number"))
    if header.title and header.start and header.end:
        code = code or _new_code(header, {plan.code for plan in plans})
        target.spec = PlanSpec(
            code, header.title, header.number or "", header.start, header.end, header.issued_on
        )
    return target


def _digits(number: str) -> str:
    return "".join(ch for ch in number if ch.isdigit())


def _same_number(number: str | None, other: str) -> bool:
    """Whether two plan numbers are both given and the same ("45/KH-UBND", "45/KH-UBND ")."""
    return bool(number and _digits(number) and _digits(other)) and not _numbers_differ(
        number, other
    )


def _numbers_differ(number: str | None, other: str) -> bool:
    """Whether two plan numbers are both given and differ ("…/QĐ-UBND" is not given)."""
    if not number or not _digits(number) or not _digits(other):
        return False
    return _number_key(number) != _number_key(other)


def _number_key(number: str) -> str:
    return re.sub(r"\s+", "", fold(number))


def _new_code(header: PlanHeader, taken: set[str]) -> str:
    """A code for a new plan: "kh" with its number and period ("kh-120-2026-h1")."""
    assert header.start is not None and header.end is not None
    start, end = header.start, header.end
    parts = ["kh"]
    number = (header.number or "").split("/")[0]
    if _digits(number):
        parts.append(_digits(number))
    parts.append(_period_slug(start, end))
    base = "-".join(parts)[:60]
    code, counter = base, 2
    while code in taken:
        code, counter = f"{base}-{counter}", counter + 1
    return code


def _period_slug(start: date, end: date) -> str:
    if start.year == end.year and (start.month, start.day) == (1, 1):
        if (end.month, end.day) == (12, 31):
            return str(start.year)
        if (end.month, end.day) == (6, 30):
            return f"{start.year}-h1"
    if start.year == end.year and (start.month, start.day, end.month, end.day) == (7, 1, 12, 31):
        return f"{start.year}-h2"
    if start.day == 1 and start.month % 3 == 1 and end.month == start.month + 2:
        return f"{start.year}-q{start.month // 3 + 1}"
    return f"{start:%Y%m%d}-{end:%Y%m%d}"


def _day(day: date) -> str:
    return day.strftime("%d/%m/%Y")


# --- what changes -----------------------------------------------------------------------


def _changes(
    session: Session, plan: Plan | None, reading: PlanReading, units: Sequence[UnitSpec]
) -> PlanChanges:
    """The tasks the file adds, changes, leaves and archives in ``plan``."""
    tasks = reading.document.tasks
    if plan is None:
        return PlanChanges(created=tuple(task.code for task in tasks))
    existing = {
        task.code: (task, section_code)
        for task, section_code in session.exec(
            select(Task, Section.code)
            .join(Section, col(Section.id) == Task.section_id)
            .where(Task.plan_id == plan.id)
        )
    }
    unit_codes = {
        unit.id: unit.code
        for unit in session.exec(select(Unit).where(Unit.organisation_id == plan.organisation_id))
    }
    links = _current_assignments(session, [row_id(task.id) for task, _ in existing.values()])
    created: list[str] = []
    updated: list[str] = []
    unchanged: list[str] = []
    for spec in tasks:
        found = existing.get(spec.code)
        if found is None:
            created.append(spec.code)
            continue
        task, section_code = found
        assignment = reading.assignments.get(spec.code)
        wanted = (
            {(code, UnitRole.LEAD) for code in assignment.lead}
            | {(code, UnitRole.COORDINATING) for code in assignment.coordinating}
            if assignment
            else set()
        )
        current = {
            (unit_codes.get(unit_id, ""), role)
            for unit_id, role in links.get(row_id(task.id), set())
        }
        same = (task.title, task.product, task.deadline_text, section_code, task.archived_at) == (
            spec.title,
            spec.product,
            spec.deadline,
            spec.section,
            None,
        ) and wanted == current
        (unchanged if same else updated).append(spec.code)
    kept = {task.code for task in tasks}
    # In the plan's order: sorted as text, "10" came before "4".
    archived = [
        task.code
        for task, _section in sorted(
            existing.values(), key=lambda row: (row[0].position, row[0].id)
        )
        if task.code not in kept and task.archived_at is None
    ]
    del units
    return PlanChanges(tuple(created), tuple(updated), tuple(unchanged), tuple(archived))


# --- writing ----------------------------------------------------------------------------


def _save_commune(
    session: Session, spec: OrganisationSpec, document: PlanDocument, now: datetime
) -> Organisation:
    """The commune, created when new; a YAML file's data replaces what was stored."""
    organisation = _by_code(session, spec.code)
    if organisation is not None and document.organisation is None:
        return organisation
    if organisation is None:
        organisation = Organisation(
            code=spec.code, created_at=now, name="", authority="", place=""
        )
    organisation.name, organisation.authority, organisation.place = (
        spec.name,
        spec.authority,
        spec.place,
    )
    if spec.parent:
        organisation.parent_id = row_id(_parent(session, spec, now).id)
    session.add(organisation)
    session.flush()
    return organisation


def _parent(session: Session, spec: OrganisationSpec, now: datetime) -> Organisation:
    parent = _by_code(session, spec.parent or "")
    if parent is None:
        name = spec.parent_name or spec.parent or ""
        parent = Organisation(
            code=spec.parent or "", name=name, authority=name, place="", created_at=now
        )
        session.add(parent)
        session.flush()
    return parent


def _save_units(
    session: Session, organisation: Organisation, document: PlanDocument
) -> list[Unit]:
    """The commune's units with the file's: a YAML file orders them, new units go last."""
    existing = {
        unit.code: unit
        for unit in session.exec(select(Unit).where(Unit.organisation_id == organisation.id))
    }
    ordered = document.organisation is not None
    last = max((unit.position for unit in existing.values()), default=-1)
    for position, spec in enumerate(document.units):
        unit = existing.get(spec.code)
        if unit is None:
            unit = Unit(organisation_id=row_id(organisation.id), code=spec.code, name=spec.name)
            if not ordered:
                last += 1
                unit.position = last
        elif not ordered:
            continue
        unit.name, unit.aliases = spec.name, list(spec.aliases)
        if ordered:
            unit.position = position
        session.add(unit)
        existing[spec.code] = unit
    session.flush()
    return sorted(existing.values(), key=lambda unit: (unit.position, unit.code))


def _remember_names(
    session: Session, units: Sequence[Unit], named: Mapping[str, str]
) -> list[tuple[str, str]]:
    """Keep each name the coordinator matched to a unit as one of the unit's aliases.

    A name is left out when the commune's units already find a unit by it (its own name,
    code or alias, or another unit's, by the matcher's own normalised key): an alias never
    takes a name another unit is known by, and a unit never gets the same name twice.
    Returns the (name, unit code) pairs added.
    """
    by_code = {unit.code: unit for unit in units}
    added: list[tuple[str, str]] = []
    for written, code in named.items():
        name = " ".join(written.split())
        unit = by_code.get(code)
        if unit is None or not name or len(name) > MAX_NAME:
            continue
        known = UnitIndex(
            [UnitSpec(each.code, each.name, tuple(each.aliases)) for each in units],
            standard=False,
        )
        found = known.find(name)
        if found is not None and not found.unknown:
            continue
        unit.aliases = [*unit.aliases, name]
        session.add(unit)
        added.append((name, code))
    session.flush()
    return added


def _save_plan(
    session: Session, organisation: Organisation, spec: PlanSpec, now: datetime
) -> Plan:
    plan = session.exec(
        select(Plan).where(Plan.organisation_id == organisation.id, Plan.code == spec.code)
    ).first()
    if plan is None:
        plan = Plan(
            organisation_id=row_id(organisation.id),
            code=spec.code,
            title=spec.title,
            period_start=spec.start,
            period_end=spec.end,
            created_at=now,
            updated_at=now,
        )
    plan.title, plan.decision_number, plan.issued_on = spec.title, spec.decision, spec.issued_on
    plan.period_start, plan.period_end, plan.updated_at = spec.start, spec.end, now
    session.add(plan)
    session.flush()
    return plan
