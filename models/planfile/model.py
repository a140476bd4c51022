"""The plan model every reader produces, and the problems reading finds.

A plan file, whatever its format, becomes a :class:`PlanDocument`: what the file says
about itself (:class:`PlanHeader`, :class:`PlanSpec` for YAML), its sections and tasks,
and for YAML its commune and units. Tasks still name their units as the file writes
them; :mod:`models.planfile.units` turns those names into the commune's unit codes.
Problems are :class:`Problem` values naming the row (and table) and the column, each
message an English msgid marked with :func:`N_` and rendered in Vietnamese.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from types import MappingProxyType
from typing import NoReturn

from models.deadline import MAX_DEADLINE_TEXT
from models.text import N_, Text

ALL_UNITS = "all"
ALL_UNITS_LABEL = N_("All departments and units concerned")
PERIOD_REVERSED = N_("The plan period ends before it starts.")
MAX_TITLE = 2000
MAX_PRODUCT = 1000
# What one plan file may hold. A commune's half-year plan is a few dozen kilobytes and
# under a hundred tasks; the limits leave room for a province-sized table while keeping
# a hostile or broken file (a YAML bomb, a zip bomb, a million rows) from tying up the
# importer's memory and time.
MAX_FILE_BYTES = 5 * 1024 * 1024
MAX_UNZIPPED_BYTES = 50 * 1024 * 1024
MAX_ROWS = 5000
MAX_COLUMNS = 50
MAX_PDF_PAGES = 200
MAX_DEPTH = 20  # the plan format nests five levels; PyYAML recurses once per level
MAX_ALIASES = 100  # anchors (&a) and aliases (*a) are allowed, a billion laughs is not
# The longest text each field may hold, as the database stores it.
FIELD_LIMITS = {
    "organisation.code": 64,
    "organisation.name": 200,
    "organisation.authority": 200,
    "organisation.place": 100,
    "organisation.parent": 64,
    "organisation.parent_name": 200,
    "unit.code": 32,
    "unit.name": 200,
    "plan.code": 64,
    "plan.title": 500,
    "plan.decision": 100,
    "section.code": 8,
    "section.title": 500,
    "task.code": 16,
    "task.title": MAX_TITLE,
    "task.deadline": MAX_DEADLINE_TEXT,
    "task.product": MAX_PRODUCT,
}
MAX_NAME = 200  # a unit's alias, or any other name
TOO_LONG = N_("The text is too long ({length} characters, at most {limit}).")

# The columns of a plan table as the project writes them; problems name a column by the
# file's own header when it has one, by these otherwise.
COLUMN_TITLES = {
    "code": "TT",
    "section": "Mục",
    "title": "Nội dung nhiệm vụ",
    "lead": "Cơ quan chủ trì",
    "coordinating": "Cơ quan phối hợp",
    "deadline": "Thời gian thực hiện/hoàn thành",
    "product": "Sản phẩm",
}


@dataclass(frozen=True)
class Problem:
    """One thing wrong in a plan file, located as precisely as the format allows.

    ``table`` is the table's number in a document holding several (a Word appendix
    split in parts); ``row`` is the row in that table, or the line of a YAML file.
    """

    message: Text
    row: int | None = None
    column: str | None = None
    table: int | None = None


class PlanFileError(Exception):
    """A plan file that cannot be imported; ``problems`` says why, row by row."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        super().__init__(f"{len(problems)} problem(s) in the plan file")
        self.problems = tuple(problems)


def fail(message: Text, row: int | None = None, column: str | None = None) -> NoReturn:
    """Stop reading a plan file at a problem that leaves nothing else worth checking."""
    raise PlanFileError([Problem(message, row, column)])


@dataclass
class Problems:
    """The problems found so far; reading goes on after each, to report them all."""

    items: list[Problem] = field(default_factory=list)

    def add(
        self,
        message: Text,
        row: int | None = None,
        column: str | None = None,
        table: int | None = None,
    ) -> None:
        """Note one problem."""
        self.items.append(Problem(message, row, column, table))

    def raise_if_any(self) -> None:
        """Raise :class:`PlanFileError` with every problem noted, if there is one."""
        if self.items:
            raise PlanFileError(self.items)


@dataclass(frozen=True)
class OrganisationSpec:
    """The commune a plan belongs to."""

    code: str
    name: str
    authority: str
    place: str
    parent: str | None = None  # the code of the city or province it belongs to
    parent_name: str | None = None


@dataclass(frozen=True)
class UnitSpec:
    """A unit of the commune, with the other names plan files give it."""

    code: str
    name: str
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class PlanSpec:
    """A plan's own data: what it is called, which period it covers, and its number and
    issue date ("Số: 120/KH-UBND", "ngày 15 tháng 7 năm 2025") when known."""

    code: str
    title: str
    decision: str
    start: date
    end: date
    issued_on: date | None = None


@dataclass(frozen=True)
class PlanHeader:
    """What a document says about itself on its first page (or a table above its header).

    Every field is what was found, or None: nothing here is guessed. ``commune`` is the
    commune's name as a title ("Xã Nghi Dương"), ``authority`` the committee that
    issues the plan ("Ủy ban nhân dân xã Nghi Dương").
    """

    title: str | None = None
    number: str | None = None
    issued_on: date | None = None
    commune: str | None = None
    authority: str | None = None
    place: str | None = None
    start: date | None = None
    end: date | None = None


@dataclass(frozen=True)
class SectionSpec:
    """A part of the plan: a Roman numeral (I, II), a letter (A, B) or both (A.I)."""

    code: str
    title: str


@dataclass(frozen=True)
class TaskSpec:
    """A task as the file writes it; units are still references (codes, names or "all")."""

    code: str
    section: str
    title: str
    lead: tuple[str, ...]
    coordinating: tuple[str, ...]
    deadline: str
    product: str
    row: int | None = None
    table: int | None = None  # the Word table the row is in, when the appendix has several


@dataclass(frozen=True)
class PlanDocument:
    """Everything a plan file holds. Table files hold sections, tasks and their header."""

    sections: tuple[SectionSpec, ...]
    tasks: tuple[TaskSpec, ...]
    organisation: OrganisationSpec | None = None
    units: tuple[UnitSpec, ...] = ()
    plan: PlanSpec | None = None
    header: PlanHeader | None = None
    # The file's own names of its columns, for problems found after reading ("lead" ->
    # "Đơn vị chủ trì"); empty for YAML, whose problems name the key.
    columns: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    # The file's columns no task field holds ("Ghi chú", "Kinh phí") that have text in
    # some row: not imported, and said so, so that nobody takes them for kept.
    unread_columns: tuple[str, ...] = ()


@dataclass(frozen=True)
class Assignment:
    """The unit codes that lead and that coordinate one task, "all" already expanded."""

    lead: tuple[str, ...]
    coordinating: tuple[str, ...]


@dataclass(frozen=True)
class ParsedFile:
    """A file read in its format: the document, and the problems of its rows and cells."""

    document: PlanDocument
    problems: tuple[Problem, ...] = ()


EMPTY_DOCUMENT = PlanDocument(sections=(), tasks=())

# A section's code: a Roman numeral (I to XXXIX), a capital letter (A, B: the parts of
# plans written in two levels), or both (A.II).
SECTION_CODE = (
    r"(?:[A-HJ-KMNO-UWYZ]"  # a letter that is no Roman numeral
    r"|[A-HJ-KMNO-UWYZ]\.(?:X{0,3}(?:IX|IV|V?I{1,3}|V)|X{1,3})"  # a letter and a numeral
    r"|L?X{0,3}(?:IX|IV|V?I{1,3}|V)|L?X{1,3}|L)"  # a Roman numeral
)
