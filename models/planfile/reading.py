"""One pass over a plan file: the validated plan and every problem, nothing written.

:func:`read_plan` takes the file's name and bytes, the commune's units and the
coordinator's options (what the file does not say: title, number, period, names of
units), and returns a :class:`PlanReading`: the document, each task's units, the
standard units to create, the names matched nowhere, and every problem by row and
column. It touches no database, so the command line and the chat can show it, and
:mod:`models.plans` applies it once confirmed.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from types import MappingProxyType

from models.deadline import Period, names_impossible_date, parse_deadline
from models.planfile.model import (
    COLUMN_TITLES,
    EMPTY_DOCUMENT,
    MAX_FILE_BYTES,
    PERIOD_REVERSED,
    Assignment,
    ParsedFile,
    PlanDocument,
    PlanFileError,
    PlanHeader,
    PlanSpec,
    Problem,
    TaskSpec,
    UnitSpec,
    fail,
)
from models.planfile.units import UnknownUnit, match_units
from models.text import N_, text

SUFFIXES = ("yaml", "yml", "csv", "xlsx", "docx", "pdf")


@dataclass(frozen=True)
class ReadOptions:
    """What the coordinator says about a file beyond what it says itself.

    Each given value wins over the file's. ``unit_names`` maps a name the file uses to a
    unit code: the commune's unit it means, or a new unit of that name and code.
    """

    title: str | None = None
    number: str | None = None
    issued_on: date | None = None
    start: date | None = None
    end: date | None = None
    plan_code: str | None = None
    unit_names: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))


@dataclass(frozen=True)
class PlanReading:
    """A plan file read and checked against the commune's units, before any import."""

    filename: str
    document: PlanDocument
    problems: tuple[Problem, ...]
    header: PlanHeader = field(default_factory=PlanHeader)
    assignments: Mapping[str, Assignment] = field(default_factory=lambda: MappingProxyType({}))
    new_units: tuple[UnitSpec, ...] = ()
    unknown_units: tuple[UnknownUnit, ...] = ()

    @property
    def ok(self) -> bool:
        """Whether the file can be imported as it stands."""
        return not self.problems

    @property
    def kind(self) -> str:
        """The file's format, by its name's ending ("docx", "xlsx", "yaml" ...)."""
        return suffix(self.filename)


def suffix(filename: str) -> str:
    """The lower-case ending of a file name, without its dot."""
    return filename.rsplit(".", 1)[-1].lower() if "." in filename else ""


def parse_plan_file(filename: str, data: bytes) -> ParsedFile:
    """Read a file in its format (by its name's ending): the document and its row problems.

    Raises :class:`PlanFileError` only when the file cannot be read at all.
    """
    from models.planfile.pdf import parse_pdf
    from models.planfile.tabular import parse_csv, parse_xlsx
    from models.planfile.word import parse_docx
    from models.planfile.yaml import parse_yaml

    if len(data) > MAX_FILE_BYTES:
        fail(
            text(
                N_("The file is larger than {limit} MB; a plan file is far smaller."),
                limit=MAX_FILE_BYTES // (1024 * 1024),
            )
        )
    if not data.strip():
        # A phone that lost the file on the way sends nothing: say so, rather than that
        # the file is not a Word document or holds no task.
        fail(
            text(
                N_(
                    "The file is empty: there is nothing in it to read. It may not have "
                    "been saved or sent whole; open it to check it, then send it again."
                )
            )
        )
    readers = {
        "yaml": parse_yaml,
        "yml": parse_yaml,
        "csv": parse_csv,
        "xlsx": parse_xlsx,
        "docx": parse_docx,
        "pdf": parse_pdf,
    }
    reader = readers.get(suffix(filename))
    if reader is None:
        fail(
            text(
                N_("Unsupported file type “{suffix}”: use .docx, .xlsx, .csv, .pdf or .yaml."),
                suffix=suffix(filename),
            )
        )
    return reader(data)


def read_plan_file(filename: str, data: bytes) -> PlanDocument:
    """Read a plan file, or raise :class:`PlanFileError` with every problem of its rows."""
    parsed = parse_plan_file(filename, data)
    if parsed.problems:
        raise PlanFileError(parsed.problems)
    return parsed.document


def read_plan(
    filename: str,
    data: bytes,
    units: Sequence[UnitSpec],
    options: ReadOptions | None = None,
) -> PlanReading:
    """Read and check a plan file in one pass; see :class:`PlanReading`."""
    try:
        parsed = parse_plan_file(filename, data)
    except PlanFileError as error:
        return PlanReading(filename, EMPTY_DOCUMENT, error.problems)
    return validate_plan(filename, parsed, units, options or ReadOptions())


def validate_plan(
    filename: str, parsed: ParsedFile, units: Sequence[UnitSpec], options: ReadOptions
) -> PlanReading:
    """Check a read file against the commune's units and the coordinator's options."""
    document = parsed.document
    header = merged_header(document, options)
    problems = list(parsed.problems)
    if header.start and header.end and header.start > header.end:
        problems.append(Problem(text(PERIOD_REVERSED), column="period"))
    if not document.tasks and not parsed.problems:
        problems.append(Problem(text(N_("The file holds no task."))))
    own = {unit.code: unit for unit in units}
    own.update({unit.code: unit for unit in document.units})
    matching = match_units(
        document.tasks, list(own.values()), columns=document.columns, named=options.unit_names
    )
    problems.extend(matching.problems)
    document = replace(
        document,
        header=header,
        plan=_plan(document, header),
        units=(*document.units, *matching.new_units),
    )
    return PlanReading(
        filename=filename,
        document=document,
        problems=_in_file_order(problems),
        header=header,
        assignments=matching.assignments,
        new_units=matching.new_units,
        unknown_units=matching.unknown,
    )


def merged_header(document: PlanDocument, options: ReadOptions) -> PlanHeader:
    """What the file says about its plan, with what the coordinator said instead."""
    header = document.header or PlanHeader()
    if document.plan is not None:
        plan = document.plan
        header = replace(
            header,
            title=plan.title,
            number=plan.decision or None,
            issued_on=plan.issued_on,
            start=plan.start,
            end=plan.end,
        )
    if document.organisation is not None:
        organisation = document.organisation
        header = replace(
            header,
            commune=organisation.name,
            authority=organisation.authority,
            place=organisation.place,
        )
    return replace(
        header,
        title=_given(options.title) or header.title,
        number=_given(options.number) or header.number,
        issued_on=options.issued_on or header.issued_on,
        start=options.start or header.start,
        end=options.end or header.end,
    )


def _given(value: str | None) -> str | None:
    return " ".join(value.split()) if value and value.strip() else None


def _plan(document: PlanDocument, header: PlanHeader) -> PlanSpec | None:
    """A YAML plan's own data with the coordinator's corrections."""
    if document.plan is None:
        return None
    return replace(
        document.plan,
        title=header.title or document.plan.title,
        decision=header.number or document.plan.decision,
        issued_on=header.issued_on or document.plan.issued_on,
        start=header.start or document.plan.start,
        end=header.end or document.plan.end,
    )


def _in_file_order(problems: Iterable[Problem]) -> tuple[Problem, ...]:
    """Problems by table and row, those of the whole file first."""
    return tuple(sorted(problems, key=lambda problem: (problem.table or 0, problem.row or 0)))


def deadline_warnings(tasks: Iterable[TaskSpec], period: Period) -> tuple[Problem, ...]:
    """The tasks whose deadline names a date that does not exist ("32/12/2025"), by row.

    Such a task still imports, without dates, like any deadline the engine cannot read;
    but a typo is worth a warning naming the row, or the coordinator learns of it only
    when no reminder comes.
    """
    schedules = ((task, parse_deadline(task.deadline, period)) for task in tasks)
    return tuple(
        Problem(schedule.explanation, task.row, COLUMN_TITLES["deadline"], task.table)
        for task, schedule in schedules
        if names_impossible_date(schedule)
    )
