"""Plan files: the YAML kept in the repository and the table a coordinator keeps in Excel.

Reading turns a file into a :class:`PlanDocument` or raises :class:`PlanFileError`
listing every problem with its row and column, so that a coordinator can fix the
file in one pass. Nothing here touches the database: :mod:`models.plans` does,
after the whole file has been read and checked.
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, NoReturn

import yaml

from models.deadline import MAX_DEADLINE_TEXT
from models.text import N_, Text, text
from models.vntext import clean_text, fold

ALL_UNITS = "all"
# How plans write "every unit of the commune"; compared folded, with or without "có liên quan".
_ALL_UNITS_PHRASES = frozenset(
    fold(phrase)
    for phrase in (
        "Các phòng, ban, ngành; đơn vị có liên quan",
        "Các phòng, ban, ngành, đơn vị có liên quan",
        "Các phòng, ban, ngành; đơn vị",
        "Các phòng, ban, ngành, đơn vị",
        "Các phòng, ban, ngành và đơn vị có liên quan",
        "Các cơ quan, đơn vị có liên quan",
        "Các đơn vị có liên quan",
        "Tất cả các đơn vị",
        "All departments and units concerned",
        "all",
    )
)
ALL_UNITS_LABEL = N_("All departments and units concerned")

_TASK_CODE = re.compile(r"^\d{1,3}(\.\d{1,3}){0,2}$")
_SECTION_CODE = re.compile(r"^(?=[IVXL]+$)L?X{0,3}(IX|IV|V?I{0,3})$")
_SECTION_HEADING = re.compile(r"^\s*([IVXL]+)\s*[.)/:-]\s*(.+)$")
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
MAX_DEPTH = 20  # the plan format nests five levels; PyYAML recurses once per level
MAX_ALIASES = 100  # anchors (&a) and aliases (*a) are allowed, a billion laughs is not
# The longest text each YAML field may hold, as the database stores it.
_FIELD_LIMITS = {
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
_MAX_NAME = 200  # a unit's alias, or any other name
_TOO_LONG = N_("The text is too long ({length} characters, at most {limit}).")


@dataclass(frozen=True)
class Problem:
    """One thing wrong in a plan file, located as precisely as the format allows."""

    message: Text
    row: int | None = None
    column: str | None = None


class PlanFileError(Exception):
    """A plan file that cannot be imported; ``problems`` says why, row by row."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        super().__init__(f"{len(problems)} problem(s) in the plan file")
        self.problems = tuple(problems)


def fail(message: Text, row: int | None = None, column: str | None = None) -> NoReturn:
    """Stop reading a plan file at a problem that leaves nothing else worth checking."""
    raise PlanFileError([Problem(message, row, column)])


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
    """A plan's own data: what it is called and which period it covers."""

    code: str
    title: str
    decision: str
    start: date
    end: date


@dataclass(frozen=True)
class SectionSpec:
    """A part of the plan, numbered with a Roman numeral."""

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


@dataclass(frozen=True)
class PlanDocument:
    """Everything a plan file holds. Table files hold only sections and tasks."""

    sections: tuple[SectionSpec, ...]
    tasks: tuple[TaskSpec, ...]
    organisation: OrganisationSpec | None = None
    units: tuple[UnitSpec, ...] = ()
    plan: PlanSpec | None = None


@dataclass(frozen=True)
class Assignment:
    """The unit codes that lead and that coordinate one task, "all" already expanded."""

    lead: tuple[str, ...]
    coordinating: tuple[str, ...]


@dataclass
class _Problems:
    items: list[Problem] = field(default_factory=list)

    def add(self, message: Text, row: int | None = None, column: str | None = None) -> None:
        self.items.append(Problem(message, row, column))

    def raise_if_any(self) -> None:
        if self.items:
            raise PlanFileError(self.items)


# --- YAML -------------------------------------------------------------------------------


class _LineLoader(yaml.SafeLoader):
    """A safe loader that remembers the line of every mapping, for error messages.

    It also refuses, as a plan-file problem, what no plan needs and what would hurt
    the importer: nesting deeper than :data:`MAX_DEPTH` (PyYAML composes and builds
    recursively, so ten thousand ``[`` end in a RecursionError) and more than
    :data:`MAX_ALIASES` aliases (a "billion laughs" file).
    """

    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        self._depth = 0
        self._aliases = 0

    def compose_node(self, parent: yaml.Node | None, index: int) -> yaml.Node | None:
        """Compose one node, counting how deep it sits and how many aliases came so far."""
        event: yaml.Event = self.peek_event()  # type: ignore[no-untyped-call]
        line = event.start_mark.line + 1 if event.start_mark is not None else None
        if self.check_event(yaml.AliasEvent):
            self._aliases += 1
            if self._aliases > MAX_ALIASES:
                fail(text(_TOO_MANY_ALIASES, limit=MAX_ALIASES), line)
            return super().compose_node(parent, index)
        self._depth += 1
        try:
            if self._depth > MAX_DEPTH:
                fail(text(_TOO_DEEP, limit=MAX_DEPTH), line)
            return super().compose_node(parent, index)
        finally:
            self._depth -= 1


_TOO_DEEP = N_("The file nests lists or mappings more than {limit} levels deep.")
_TOO_MANY_ALIASES = N_("The file uses more than {limit} aliases (*name); write the values out.")


def _construct_mapping_with_line(loader: _LineLoader, node: yaml.MappingNode) -> dict[Any, Any]:
    mapping = loader.construct_mapping(node, deep=True)
    mapping["__line__"] = node.start_mark.line + 1
    return mapping


_LineLoader.add_constructor(
    yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG,
    _construct_mapping_with_line,
)


def read_yaml(data: bytes) -> PlanDocument:
    """Read a plan in the repository's YAML format."""
    problems = _Problems()
    try:
        raw = yaml.load(_decode(data), Loader=_LineLoader)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        fail(_yaml_problem(error), mark.line + 1 if mark is not None else None)
    except (ValueError, OverflowError, RecursionError) as error:
        # PyYAML's constructors raise these for values that look like YAML but are not
        # (a date 2025-13-45, an integer of ten thousand digits).
        fail(_unreadable_value(error))
    if not isinstance(raw, dict):
        fail(text(N_("The file must be a YAML mapping with “plan” and “sections”.")))
    document = _YamlReader(raw, problems).document()
    problems.raise_if_any()
    return document


# What PyYAML's problem says -> the explanation (PyYAML's own words are English and
# name its parser's states, which tell a coordinator nothing).
_YAML_PROBLEMS = (
    (
        "mapping values are not allowed",
        N_(
            "The file is not valid YAML: line {line}, column {column} has a “:” where none may "
            "stand; put a value that holds “: ” in quotes."
        ),
    ),
    (
        "could not find expected ':'",
        N_("The file is not valid YAML: line {line}, column {column}: a key lacks its “:”."),
    ),
    (
        "'\\t' that cannot start any token",
        N_(
            "The file is not valid YAML: line {line}, column {column} holds a tab; indent with "
            "spaces only."
        ),
    ),
    (
        "cannot start any token",
        N_(
            "The file is not valid YAML: line {line}, column {column}: a value starts with a "
            "character YAML keeps for itself (such as @); put the value in quotes."
        ),
    ),
    (
        "found unexpected end of stream",
        N_(
            "The file is not valid YAML: a text in quotes is not closed (the file ends at line "
            "{line}, column {column})."
        ),
    ),
    (
        "expected ',' or",
        N_(
            "The file is not valid YAML: line {line}, column {column}: a list in [ ] or a "
            "mapping in {{ }} is not closed, or lacks a comma."
        ),
    ),
    (
        "found undefined alias",
        N_(
            "The file is not valid YAML: line {line}, column {column} uses an alias (*name) "
            "that no anchor (&name) defines."
        ),
    ),
    (
        "found unknown escape character",
        N_(
            "The file is not valid YAML: line {line}, column {column}: a text in double quotes "
            "holds an unknown escape (\\…)."
        ),
    ),
    (
        "expected <block end>",
        N_(
            "The file is not valid YAML: the indentation of line {line}, column {column} does "
            "not match the lines above."
        ),
    ),
    (
        "did not find expected",
        N_(
            "The file is not valid YAML: the indentation of line {line}, column {column} does "
            "not match the lines above."
        ),
    ),
)
_YAML_ELSEWHERE = N_(
    "The file is not valid YAML: line {line}, column {column} cannot be read; check the "
    "quotes, the colons and the indentation there."
)


def _yaml_problem(error: yaml.YAMLError) -> Text:
    """What is wrong with the YAML and where, as a coordinator can act on it."""
    if isinstance(error, yaml.reader.ReaderError):
        return text(
            N_(
                "The file is not valid YAML: it holds a control character (code {code}); is "
                "it another kind of file named .yaml?"
            ),
            code=error.character if isinstance(error.character, int) else ord(error.character),
        )
    mark = getattr(error, "problem_mark", None)
    if mark is None:
        return text(N_("The file is not valid YAML; check its quotes, colons and indentation."))
    problem = str(getattr(error, "problem", "") or "")
    msgid = next((said for found, said in _YAML_PROBLEMS if found in problem), _YAML_ELSEWHERE)
    return text(msgid, line=mark.line + 1, column=mark.column + 1)


def _unreadable_value(error: Exception) -> Text:
    """A value PyYAML parsed but could not build, named by its kind."""
    said = str(error)
    if isinstance(error, ValueError) and any(
        word in said for word in ("month", "day is out of range", "year")
    ):
        return text(
            N_(
                "The file holds a value that cannot be read: a date that does not exist "
                "(such as 2025-13-45)."
            )
        )
    if isinstance(error, OverflowError) or "digits" in said:
        return text(N_("The file holds a value that cannot be read: a number far too long."))
    return text(
        N_("The file holds a value that cannot be read; check its dates (YYYY-MM-DD) and numbers.")
    )


def _day(value: object) -> object:
    """A YAML date as a date; a timestamp (2025-07-01 08:00) counts for its day."""
    return value.date() if isinstance(value, datetime) else value


def _decode(data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        fail(text(N_("The file is not UTF-8 text (byte {position})."), position=error.start))


class _YamlReader:
    def __init__(self, raw: Mapping[str, Any], problems: _Problems) -> None:
        self.raw = raw
        self.problems = problems

    def document(self) -> PlanDocument:
        sections: list[SectionSpec] = []
        tasks: list[TaskSpec] = []
        for raw_section in self._list(self.raw, "sections", required=True):
            section = self._section(raw_section)
            if section is None:
                continue
            sections.append(section)
            for raw_task in self._list(raw_section, "tasks", required=True):
                task = self._task(raw_task, section.code)
                if task is not None:
                    tasks.append(task)
        return PlanDocument(
            sections=tuple(sections),
            tasks=tuple(tasks),
            organisation=self._organisation(),
            units=self._units(),
            plan=self._plan(),
        )

    def _organisation(self) -> OrganisationSpec | None:
        raw = self.raw.get("organisation")
        if raw is None:
            return None
        if not isinstance(raw, dict):
            self.problems.add(text(N_("“organisation” must be a mapping.")), column="organisation")
            return None
        return OrganisationSpec(
            code=self._string("organisation", raw, "code", required=True),
            name=self._string("organisation", raw, "name", required=True),
            authority=self._string("organisation", raw, "authority", required=True),
            place=self._string("organisation", raw, "place", required=True),
            parent=self._string("organisation", raw, "parent", required=False) or None,
            parent_name=self._string("organisation", raw, "parent_name", required=False) or None,
        )

    def _units(self) -> tuple[UnitSpec, ...]:
        units = []
        for raw in self._list(self.raw, "units", required=False):
            if not isinstance(raw, dict):
                self.problems.add(text(N_("Each unit must be a mapping.")), column="units")
                continue
            aliases = raw.get("aliases") or []
            if (
                not isinstance(aliases, list)
                or not all(isinstance(a, str) and len(a) <= _MAX_NAME for a in aliases)
                or len(aliases) > _MAX_NAME
            ):
                self.problems.add(
                    text(N_("“aliases” must be a list of names.")), raw.get("__line__"), "aliases"
                )
                aliases = []
            aliases = [clean_text(alias).strip() for alias in aliases]
            units.append(
                UnitSpec(
                    code=self._string("unit", raw, "code", required=True),
                    name=self._string("unit", raw, "name", required=True),
                    aliases=tuple(aliases),
                )
            )
        return tuple(units)

    def _plan(self) -> PlanSpec | None:
        raw = self.raw.get("plan")
        if raw is None:
            return None
        if not isinstance(raw, dict):
            self.problems.add(text(N_("“plan” must be a mapping.")), column="plan")
            return None
        period = raw.get("period")
        line = raw.get("__line__")
        start = end = None
        if isinstance(period, dict):
            start, end = _day(period.get("from")), _day(period.get("to"))
        if not isinstance(start, date) or not isinstance(end, date):
            self.problems.add(
                text(N_("“plan.period” needs “from” and “to” dates written YYYY-MM-DD.")),
                line,
                "period",
            )
            return None
        if start > end:
            self.problems.add(text(N_("The plan period ends before it starts.")), line, "period")
        return PlanSpec(
            code=self._string("plan", raw, "code", required=True),
            title=self._string("plan", raw, "title", required=True),
            decision=self._string("plan", raw, "decision", required=False),
            start=start,
            end=end,
        )

    def _section(self, raw: Any) -> SectionSpec | None:
        if not isinstance(raw, dict):
            self.problems.add(text(N_("Each section must be a mapping.")), column="sections")
            return None
        code = self._string("section", raw, "code", required=True).upper()
        if code and not _SECTION_CODE.match(code):
            self.problems.add(
                text(N_("Section “{code}” is not a Roman numeral (I, II, ...)."), code=code),
                raw.get("__line__"),
                "code",
            )
        return SectionSpec(code=code, title=self._string("section", raw, "title", required=True))

    def _task(self, raw: Any, section: str) -> TaskSpec | None:
        if not isinstance(raw, dict):
            self.problems.add(text(N_("Each task must be a mapping.")), column="tasks")
            return None
        line = raw.get("__line__")
        return TaskSpec(
            code=self._string("task", raw, "code", required=True),
            section=section,
            title=self._string("task", raw, "title", required=True),
            lead=self._unit_refs(raw, "lead"),
            coordinating=self._unit_refs(raw, "coordinating"),
            deadline=self._string("task", raw, "deadline", required=False),
            product=self._string("task", raw, "product", required=False),
            row=line,
        )

    def _unit_refs(self, raw: Mapping[str, Any], key: str) -> tuple[str, ...]:
        value = raw.get(key)
        if value is None:
            return ()
        if isinstance(value, str) and len(value) <= _MAX_NAME:
            return (clean_text(value),) if clean_text(value).strip() else ()
        if (
            isinstance(value, list)
            and len(value) <= _MAX_NAME
            and all(isinstance(item, str) and len(item) <= _MAX_NAME for item in value)
        ):
            return tuple(clean_text(item) for item in value)
        self.problems.add(
            text(N_("“{key}” must be a unit code, “all”, or a list of unit codes."), key=key),
            raw.get("__line__"),
            key,
        )
        return ()

    def _list(self, raw: Mapping[str, Any], key: str, *, required: bool) -> list[Any]:
        value = raw.get(key)
        if value is None and not required:
            return []
        if not isinstance(value, list):
            self.problems.add(
                text(N_("“{key}” must be a list."), key=key), raw.get("__line__"), key
            )
            return []
        return value

    def _string(self, scope: str, raw: Mapping[str, Any], key: str, *, required: bool) -> str:
        """The cleaned text of ``scope.key``, its presence and length checked."""
        value = raw.get(key)
        if value is None or (isinstance(value, str) and not clean_text(value).strip()):
            if required:
                self.problems.add(
                    text(N_("“{key}” is missing or empty."), key=key), raw.get("__line__"), key
                )
            return ""
        if isinstance(value, bool) or not isinstance(value, str | int | float | date):
            self.problems.add(text(N_("“{key}” must be text."), key=key), raw.get("__line__"), key)
            return ""
        written = clean_text(str(value)).strip()
        limit = _FIELD_LIMITS.get(f"{scope}.{key}", _MAX_NAME)
        if len(written) > limit:
            self.problems.add(
                text(_TOO_LONG, length=len(written), limit=limit), raw.get("__line__"), key
            )
            return written[:limit]
        return written


# --- tables (CSV, Excel) ----------------------------------------------------------------

# Header words of each column, folded; the first column whose header contains one wins.
_COLUMN_KEYS: dict[str, tuple[str, ...]] = {
    "code": ("tt", "stt", "ma nhiem vu", "ma nv", "ma"),
    "section": ("muc", "linh vuc"),
    "title": ("noi dung", "nhiem vu", "ten nhiem vu"),
    "lead": ("chu tri",),
    "coordinating": ("phoi hop",),
    "deadline": ("thoi gian", "thoi han", "han hoan thanh"),
    "product": ("san pham", "ket qua"),
}
_REQUIRED_COLUMNS = ("code", "title", "lead", "deadline")


def read_csv(data: bytes) -> PlanDocument:
    """Read a plan table saved as CSV (comma or semicolon separated, UTF-8)."""
    content = _decode(data)
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(content[:4096], ",;\t")
    except csv.Error:
        dialect = csv.excel
    try:
        rows = _capped_rows(
            [clean_text(cell).strip() for cell in row[:MAX_COLUMNS]]
            for row in csv.reader(io.StringIO(content), dialect)
        )
    except csv.Error as error:
        # A cell over the csv module's field limit (128 KiB), a NUL, a stray quote.
        fail(_csv_problem(error))
    return _read_table(rows)


def _csv_problem(error: csv.Error) -> Text:
    """What the csv module found, as a coordinator can act on it."""
    said = str(error)
    if "field limit" in said:
        return text(
            N_("The file is not a valid CSV table: a cell is longer than {limit} characters."),
            limit=csv.field_size_limit(),
        )
    if "NUL" in said:
        return text(
            N_(
                "The file is not a valid CSV table: it holds NUL characters; is it another "
                "kind of file named .csv?"
            )
        )
    return text(
        N_(
            "The file is not a valid CSV table: a quote is not closed or a row is broken; "
            "save it again as CSV (UTF-8)."
        )
    )


def read_xlsx(data: bytes) -> PlanDocument:
    """Read a plan table from the first sheet of an Excel workbook."""
    # openpyxl is imported when a workbook is read or written: it takes a quarter of a
    # second, which every command would otherwise pay at start-up.
    from openpyxl import load_workbook

    _check_unzipped_size(data)
    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        try:
            rows = _capped_rows(
                [_cell_text(value) for value in row]
                for row in workbook.worksheets[0].iter_rows(values_only=True, max_col=MAX_COLUMNS)
            )
        finally:
            workbook.close()
    except PlanFileError:
        raise
    except zipfile.BadZipFile:
        fail(
            text(
                N_(
                    "The file is not an Excel workbook (.xlsx): an .xlsx file is a zip archive "
                    "and this one is not. An old .xls, or another file renamed? Open it in "
                    "Excel and save it as .xlsx."
                )
            )
        )
    except Exception:
        # openpyxl reads the sheet lazily and has many ways to fail on bytes that are
        # not a workbook (broken XML, a missing part, a sheet-less book); whichever it
        # is, the coordinator's answer is the same.
        fail(
            text(
                N_(
                    "The file is not a valid Excel workbook (.xlsx): a part of it is missing "
                    "or broken. Open it in Excel and save it again as .xlsx."
                )
            )
        )
    return _read_table(rows)


def _check_unzipped_size(data: bytes) -> None:
    """Refuse a workbook that would unpack to far more than any plan (a zip bomb)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            unzipped = sum(member.file_size for member in archive.infolist())
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        return  # not a zip at all: the reader says so
    if unzipped > MAX_UNZIPPED_BYTES:
        fail(
            text(
                N_("The workbook unpacks to {size} MB, more than a plan can hold ({limit} MB)."),
                size=unzipped // (1024 * 1024),
                limit=MAX_UNZIPPED_BYTES // (1024 * 1024),
            )
        )


def _capped_rows(rows: Iterable[list[str]]) -> list[tuple[int, list[str]]]:
    """Number the rows from 1, stopping with a plan-file error past :data:`MAX_ROWS`."""
    numbered = []
    for number, cells in enumerate(rows, start=1):
        if number > MAX_ROWS:
            fail(text(N_("The table has more than {limit} rows."), limit=MAX_ROWS), number)
        numbered.append((number, cells))
    return numbered


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, date):
        return value.strftime("%d/%m/%Y")
    return clean_text(str(value)).strip()


def _read_table(rows: Sequence[tuple[int, list[str]]]) -> PlanDocument:
    problems = _Problems()
    header_index = _find_header(rows)
    if header_index is None:
        fail(
            text(
                N_(
                    "No header row found: the table needs the columns TT, Nội dung nhiệm vụ, "
                    "Cơ quan chủ trì, Cơ quan phối hợp, Thời gian thực hiện, Sản phẩm."
                )
            )
        )
    header_row, header = rows[header_index]
    columns = _map_columns(header)
    for key in _REQUIRED_COLUMNS:
        if key not in columns:
            problems.add(
                text(N_("Column “{column}” is missing."), column=_COLUMN_TITLES[key]), header_row
            )
    problems.raise_if_any()
    reader = _TableReader(columns, header, problems)
    for number, cells in rows[header_index + 1 :]:
        reader.read_row(number, cells)
    problems.raise_if_any()
    return PlanDocument(sections=tuple(reader.sections), tasks=tuple(reader.tasks))


_COLUMN_TITLES = {
    "code": "TT",
    "section": "Mục",
    "title": "Nội dung nhiệm vụ",
    "lead": "Cơ quan chủ trì",
    "coordinating": "Cơ quan phối hợp",
    "deadline": "Thời gian thực hiện/hoàn thành",
    "product": "Sản phẩm",
}


def _find_header(rows: Sequence[tuple[int, list[str]]]) -> int | None:
    for index, (_number, cells) in enumerate(rows[:30]):
        folded = [fold(cell) for cell in cells]
        if any("noi dung" in cell for cell in folded) and any("chu tri" in c for c in folded):
            return index
    return None


def _map_columns(header: Sequence[str]) -> dict[str, int]:
    columns: dict[str, int] = {}
    folded = [fold(cell) for cell in header]
    for key, words in _COLUMN_KEYS.items():
        for index, cell in enumerate(folded):
            if index in columns.values():
                continue
            if any(
                cell == word or cell.startswith(word + " ") or (len(word) > 3 and word in cell)
                for word in words
            ):
                columns[key] = index
                break
    return columns


class _TableReader:
    def __init__(self, columns: dict[str, int], header: Sequence[str], problems: _Problems):
        self.columns = columns
        self.header = header
        self.problems = problems
        self.sections: list[SectionSpec] = []
        self.tasks: list[TaskSpec] = []
        self.seen_codes: dict[str, int] = {}

    def cell(self, cells: Sequence[str], key: str) -> str:
        index = self.columns.get(key)
        if index is None or index >= len(cells):
            return ""
        return cells[index].strip()

    def column_name(self, key: str) -> str:
        index = self.columns.get(key)
        if index is None:
            return _COLUMN_TITLES[key]
        return " ".join(self.header[index].split()) or _COLUMN_TITLES[key]

    def read_row(self, number: int, cells: Sequence[str]) -> None:
        if not any(cell.strip() for cell in cells):
            return
        code = self.cell(cells, "code").rstrip(".").strip()
        if self._read_section_heading(code, cells):
            return
        self._read_task(number, code, cells)

    def _read_section_heading(self, code: str, cells: Sequence[str]) -> bool:
        heading = _SECTION_HEADING.match(code)
        if heading and _SECTION_CODE.match(heading.group(1)):
            self.sections.append(SectionSpec(heading.group(1), heading.group(2).strip()))
            return True
        title = self.cell(cells, "title")
        if code.upper() and _SECTION_CODE.match(code.upper()) and not self.cell(cells, "lead"):
            self.sections.append(SectionSpec(code.upper(), title))
            return True
        if not code and title and not self.cell(cells, "lead"):
            heading = _SECTION_HEADING.match(title)
            if heading and _SECTION_CODE.match(heading.group(1)):
                self.sections.append(SectionSpec(heading.group(1), heading.group(2).strip()))
                return True
        return False

    def _read_task(self, number: int, code: str, cells: Sequence[str]) -> None:
        if not _TASK_CODE.match(code):
            self.problems.add(
                text(N_("Task number “{code}” is not a number like 12 or 15.2."), code=code),
                number,
                self.column_name("code"),
            )
            return
        if code in self.seen_codes:
            self.problems.add(
                text(
                    N_("Task {code} appears twice (also in row {other})."),
                    code=code,
                    other=self.seen_codes[code],
                ),
                number,
                self.column_name("code"),
            )
            return
        self.seen_codes[code] = number
        section = self._section_of(number, cells)
        title = self.cell(cells, "title")
        if not title:
            self.problems.add(
                text(N_("Task {code} has no content."), code=code),
                number,
                self.column_name("title"),
            )
        lead = self.cell(cells, "lead")
        if not lead:
            self.problems.add(
                text(N_("Task {code} has no lead unit."), code=code),
                number,
                self.column_name("lead"),
            )
        self._check_length(number, "title", title, MAX_TITLE)
        self._check_length(number, "product", self.cell(cells, "product"), MAX_PRODUCT)
        self._check_length(number, "deadline", self.cell(cells, "deadline"), MAX_DEADLINE_TEXT)
        coordinating = self.cell(cells, "coordinating")
        self.tasks.append(
            TaskSpec(
                code=code,
                section=section,
                title=title,
                lead=(lead,) if lead else (),
                coordinating=(coordinating,) if coordinating else (),
                deadline=self.cell(cells, "deadline"),
                product=self.cell(cells, "product"),
                row=number,
            )
        )

    def _section_of(self, number: int, cells: Sequence[str]) -> str:
        explicit = self.cell(cells, "section").upper()
        if explicit:
            if not _SECTION_CODE.match(explicit):
                self.problems.add(
                    text(
                        N_("Section “{code}” is not a Roman numeral (I, II, ...)."), code=explicit
                    ),
                    number,
                    self.column_name("section"),
                )
            elif explicit not in {section.code for section in self.sections}:
                self.sections.append(SectionSpec(explicit, explicit))
            return explicit
        if not self.sections:
            self.problems.add(
                text(
                    N_(
                        "This task comes before any section heading (a row such as "
                        '"I | Chỉ đạo điều hành").'
                    )
                ),
                number,
                self.column_name("code"),
            )
            return ""
        return self.sections[-1].code

    def _check_length(self, number: int, key: str, value: str, limit: int) -> None:
        if len(value) > limit:
            self.problems.add(
                text(_TOO_LONG, length=len(value), limit=limit),
                number,
                self.column_name(key),
            )


# --- units ----------------------------------------------------------------------------


def resolve_assignments(
    tasks: Iterable[TaskSpec], units: Sequence[UnitSpec]
) -> dict[str, Assignment]:
    """Turn each task's unit references into unit codes, or raise with every unknown name."""
    index = _unit_index(units)
    all_codes = tuple(unit.code for unit in units)
    problems = _Problems()
    assignments: dict[str, Assignment] = {}
    for task in tasks:
        lead = _resolve_refs(task, "lead", task.lead, index, problems)
        coordinating = _resolve_refs(task, "coordinating", task.coordinating, index, problems)
        assignments[task.code] = _expand_all(lead, coordinating, all_codes)
        if lead and not assignments[task.code].lead:
            problems.add(
                text(
                    N_(
                        "Task {code} has no lead unit left once the coordinating units are "
                        "taken out."
                    ),
                    code=task.code,
                ),
                task.row,
                "lead",
            )
    problems.raise_if_any()
    return assignments


def _unit_index(units: Sequence[UnitSpec]) -> dict[str, str]:
    index: dict[str, str] = {}
    for unit in units:
        for name in (unit.code, unit.name, *unit.aliases):
            index.setdefault(fold(name), unit.code)
    return index


def _resolve_refs(
    task: TaskSpec, key: str, refs: Sequence[str], index: Mapping[str, str], problems: _Problems
) -> tuple[str, ...]:
    codes: list[str] = []
    for ref in refs:
        resolved = _resolve_ref(ref, index)
        if resolved is None:
            problems.add(
                text(
                    N_(
                        "Task {code}: unknown unit “{unit}”; write a unit code ({codes}), "
                        "a unit name, or “all”."
                    ),
                    code=task.code,
                    unit=ref,
                    codes=", ".join(sorted(set(index.values()))),
                ),
                task.row,
                _COLUMN_TITLES[key] if task.row is not None and key in _COLUMN_TITLES else key,
            )
            continue
        codes.extend(code for code in resolved if code not in codes)
    return tuple(codes)


def _resolve_ref(ref: str, index: Mapping[str, str]) -> tuple[str, ...] | None:
    key = fold(ref).rstrip(".;, ")
    if key in _ALL_UNITS_PHRASES:
        return (ALL_UNITS,)
    if key in index:
        return (index[key],)
    # A cell may list several units: "Phòng Kinh tế; Trung tâm PVHCC".
    parts = [part.strip() for part in re.split(r"[;\n]|,(?!\s*ban)", ref) if part.strip()]
    if len(parts) < 2:
        return None
    codes: list[str] = []
    for part in parts:
        resolved = _resolve_ref(part, index)
        if resolved is None:
            return None
        codes.extend(resolved)
    return tuple(codes)


def _expand_all(
    lead: tuple[str, ...], coordinating: tuple[str, ...], all_codes: tuple[str, ...]
) -> Assignment:
    # "All units" means every unit not named explicitly in the other role.
    explicit_lead = [code for code in lead if code != ALL_UNITS]
    explicit_coordinating = [code for code in coordinating if code != ALL_UNITS]
    if ALL_UNITS in lead:
        explicit_lead = [code for code in all_codes if code not in explicit_coordinating]
    if ALL_UNITS in coordinating:
        explicit_coordinating = [code for code in all_codes if code not in explicit_lead]
    explicit_coordinating = [code for code in explicit_coordinating if code not in explicit_lead]
    return Assignment(tuple(explicit_lead), tuple(explicit_coordinating))


# --- writing ----------------------------------------------------------------------------


def write_yaml(document: PlanDocument, header_comment: str = "") -> str:
    """Write ``document`` in the repository's YAML format."""
    data: dict[str, Any] = {}
    if document.organisation is not None:
        org = document.organisation
        data["organisation"] = {
            "code": org.code,
            "name": org.name,
            "authority": org.authority,
            "place": org.place,
        }
        if org.parent:
            data["organisation"].update(parent=org.parent, parent_name=org.parent_name or "")
    if document.units:
        data["units"] = [
            {"code": unit.code, "name": unit.name, "aliases": list(unit.aliases)}
            for unit in document.units
        ]
    if document.plan is not None:
        plan = document.plan
        data["plan"] = {
            "code": plan.code,
            "title": plan.title,
            "decision": plan.decision,
            "period": {"from": plan.start, "to": plan.end},
        }
    data["sections"] = [
        {
            "code": section.code,
            "title": section.title,
            "tasks": [_task_yaml(task) for task in document.tasks if task.section == section.code],
        }
        for section in document.sections
    ]
    body = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=100)
    return header_comment + body


def _task_yaml(task: TaskSpec) -> dict[str, Any]:
    return {
        "code": task.code,
        "title": task.title,
        "lead": _refs_yaml(task.lead),
        "coordinating": _refs_yaml(task.coordinating),
        "deadline": task.deadline,
        "product": task.product,
    }


def _refs_yaml(refs: tuple[str, ...]) -> str | list[str]:
    return refs[0] if len(refs) == 1 else list(refs)


def write_xlsx(document: PlanDocument, all_units_label: str) -> bytes:
    """Write ``document`` as the table a coordinator keeps: one row per task under its section."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    names = {unit.code: unit.name for unit in document.units}
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "Nhiệm vụ"
    title = document.plan.title if document.plan else ""
    sheet.append([title])
    sheet.append([])
    columns = ("code", "title", "lead", "coordinating", "deadline", "product")
    sheet.append([_COLUMN_TITLES[key] for key in columns])
    header_row = sheet.max_row
    for section in document.sections:
        sheet.append([section.code, section.title])
        for cell in sheet[sheet.max_row]:
            cell.font = Font(bold=True)
        for task in document.tasks:
            if task.section != section.code:
                continue
            sheet.append(
                [
                    task.code,
                    task.title,
                    _refs_label(task.lead, names, all_units_label),
                    _refs_label(task.coordinating, names, all_units_label),
                    task.deadline,
                    task.product,
                ]
            )
    for cell in sheet[header_row]:
        cell.font = Font(bold=True)
    sheet[1][0].font = Font(bold=True, size=13)
    for letter, width in zip("ABCDEF", (7, 60, 28, 28, 22, 32), strict=True):
        sheet.column_dimensions[letter].width = width
    for row in sheet.iter_rows(min_row=header_row):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    sheet.freeze_panes = f"A{header_row + 1}"
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _refs_label(refs: tuple[str, ...], names: Mapping[str, str], all_label: str) -> str:
    return "; ".join(all_label if ref == ALL_UNITS else names.get(ref, ref) for ref in refs)


def read_plan_file(filename: str, data: bytes) -> PlanDocument:
    """Read a plan file, choosing the reader by its extension (.yaml, .yml, .csv, .xlsx)."""
    if len(data) > MAX_FILE_BYTES:
        fail(
            text(
                N_("The file is larger than {limit} MB; a plan file is far smaller."),
                limit=MAX_FILE_BYTES // (1024 * 1024),
            )
        )
    suffix = filename.rsplit(".", 1)[-1].lower() if "." in filename else ""
    readers = {"yaml": read_yaml, "yml": read_yaml, "csv": read_csv, "xlsx": read_xlsx}
    reader = readers.get(suffix)
    if reader is None:
        fail(
            text(
                N_("Unsupported file type “{suffix}”: use .yaml, .csv or .xlsx."),
                suffix=suffix,
            )
        )
    return reader(data)
