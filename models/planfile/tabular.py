"""Plan tables: Excel, CSV, and the grid every other format (Word, PDF) is read into.

A clerk's table is read as a clerk writes it: title rows above the header (read into a
:class:`~models.planfile.model.PlanHeader`), a header under any of its usual names and
possibly on two rows, a "(1) (2) ... (6)" row of column numbers, section rows numbered
"I.", "A/" or "B." (two levels make "A.I"), sub-rows under a merged STT cell or numbered
"1.1", "a)", "1a" or "-", several units in one cell. Every problem of every row is collected;
nothing stops at the first.
"""

from __future__ import annotations

import csv
import io
import re
import zipfile
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from types import MappingProxyType

from models.deadline import MAX_DEADLINE_TEXT
from models.planfile.header import read_header
from models.planfile.model import (
    ALL_UNITS,
    COLUMN_TITLES,
    MAX_COLUMNS,
    MAX_PRODUCT,
    MAX_ROWS,
    MAX_TITLE,
    MAX_UNZIPPED_BYTES,
    SECTION_CODE,
    TOO_LONG,
    ParsedFile,
    PlanDocument,
    PlanFileError,
    Problems,
    SectionSpec,
    TaskSpec,
    fail,
)
from models.planfile.yaml import decode
from models.text import N_, Text, text
from models.vntext import clean_text, fold

TASK_CODE = re.compile(r"\d{1,3}(?:\.\d{1,3}){0,2}")
_SECTION = re.compile(rf"\s*({SECTION_CODE})\s*(?:[.)/:-]\s*(.*)|\s+(.+)|$)", re.DOTALL)
_LETTERS = "abcdđeghiklmnopqrstuvxy"
_SUB_LETTER = re.compile(rf"\s*([{_LETTERS}])\s*[.)/]?\s*$")
_TITLE_LETTER = re.compile(rf"\s*([{_LETTERS}])\s*[)/]\s+(.+)", re.DOTALL)
# A task's number and a letter: "7a", "7.a", "7-a", "7A", "7a)"; "7.1a" too. Parts run
# a, b, c, d, đ, e, g, h, i, k at most; a later letter after a number ("1x") is a typo.
_PART_LETTERS = _LETTERS[: _LETTERS.index("k") + 1]
_NUMBER_LETTER = re.compile(
    rf"(\d{{1,3}}(?:\.\d{{1,3}})?)\s*[.\-–]?\s*([{_PART_LETTERS}])\s*[.)/]?", re.IGNORECASE
)
_BULLET = re.compile(r"\s*[-–—+•*·]\s*")
_BULLET_LINE = re.compile(r"^\s*[-–—+•*·]\s*(.+)$")
_COLUMN_NUMBER = re.compile(r"\(?\s*(?:\d{1,2}|[A-Z])\s*\)?")
REQUIRED_COLUMNS = ("code", "title", "lead", "deadline")
HEADER_SEARCH_ROWS = 30


@dataclass(frozen=True)
class GridRow:
    """One row of a table as text; ``merged`` holds the columns whose text is a merged
    cell's, carried down from the row where the merge starts."""

    number: int
    cells: tuple[str, ...]
    merged: frozenset[int] = frozenset()


@dataclass(frozen=True)
class Grid:
    """A table of a file: a sheet, a CSV, one table of a Word document or of a PDF."""

    rows: tuple[GridRow, ...]
    table: int | None = None  # the table's number, when the file has several


# --- the header -------------------------------------------------------------------------

# Header words of each column, folded, tried in this order on each header cell: the
# first that matches names the column ("Cơ quan chủ trì" is "lead", not "coordinating").
_COLUMN_RULES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("coordinating", re.compile(r"\bphoi hop\b")),
    ("lead", re.compile(r"\bchu tri\b")),
    (
        "deadline",
        re.compile(
            r"\b(?:thoi gian|thoi han|han hoan thanh|tien do|thoi diem|moc thoi gian|han chot)\b"
        ),
    ),
    ("product", re.compile(r"\b(?:san pham|ket qua)\b")),
    ("title", re.compile(r"\b(?:noi dung|nhiem vu|cong viec|ten nhiem vu)\b")),
    ("code", re.compile(r"^(?:s?tt|so tt|so thu tu|thu tu|ma|ma so|ma nhiem vu|ma nv)$")),
    ("section", re.compile(r"^(?:muc|linh vuc|nhom nhiem vu)$")),
    ("lead", re.compile(r"^(?:co quan|don vi|bo phan)(?: .*)?$")),
)
# Among several deadline columns ("Thời gian bắt đầu", "Thời gian hoàn thành"), the end.
_DEADLINE_END = re.compile(r"\b(?:hoan thanh|ket thuc|han)\b")


@dataclass(frozen=True)
class TableHeader:
    """Where the header is, how many rows it takes, and which column holds what."""

    index: int  # of its first row in the grid's rows
    height: int
    columns: Mapping[str, int]
    names: tuple[str, ...]  # each column's header text, spaces collapsed

    def name(self, key: str) -> str:
        """The file's own name of a column, or the project's."""
        index = self.columns.get(key)
        if index is None or index >= len(self.names) or not self.names[index]:
            return COLUMN_TITLES[key]
        return self.names[index]


def map_columns(header: Sequence[str]) -> dict[str, int]:
    """Which column holds what, by the header's words."""
    candidates: dict[str, list[int]] = {}
    for index, cell in enumerate(header):
        folded = fold(cell)
        if not folded:
            continue
        for key, rule in _COLUMN_RULES:
            if rule.search(folded):
                candidates.setdefault(key, []).append(index)
                break
    columns = {key: indexes[0] for key, indexes in candidates.items()}
    ends = [
        index
        for index in candidates.get("deadline", [])
        if _DEADLINE_END.search(fold(header[index]))
    ]
    if ends:
        columns["deadline"] = ends[0]
    return columns


def _looks_like_header(columns: Mapping[str, int]) -> bool:
    return (
        "title" in columns and ("lead" in columns or "deadline" in columns) and len(columns) >= 3
    )


def find_header(rows: Sequence[GridRow], search: int = HEADER_SEARCH_ROWS) -> TableHeader | None:
    """The header of a table: a row naming the content and the lead unit or the deadline,
    with the row under it when that row completes it ("Chủ trì | Phối hợp")."""
    for index, row in enumerate(rows[:search]):
        columns = map_columns(row.cells)
        if not _looks_like_header(columns):
            continue
        names = [" ".join(cell.split()) for cell in row.cells]
        height = 1
        if index + 1 < len(rows) and _continues_header(rows[index + 1]):
            below = rows[index + 1]
            names = [
                " ".join(
                    part
                    for part in (
                        name,
                        "" if column in below.merged else " ".join(below.cells[column].split()),
                    )
                    if part
                )
                if column < len(below.cells)
                else name
                for column, name in enumerate(names)
            ]
            columns = map_columns(names)
            height = 2
        return TableHeader(index, height, columns, tuple(names))
    return None


def _continues_header(row: GridRow) -> bool:
    own = [cell for column, cell in enumerate(row.cells) if column not in row.merged and cell]
    if not own or is_column_numbers(row):
        return False
    return (
        all(not TASK_CODE.fullmatch(cell.strip().rstrip(".")) for cell in own)
        and bool(map_columns(own))
        and not any(len(cell) > 60 for cell in own)
    )


def is_column_numbers(row: GridRow) -> bool:
    """A row such as "(1) (2) (3) (4) (5) (6)" that numbers the columns."""
    own = [cell for cell in row.cells if cell.strip()]
    return len(own) >= 3 and all(_COLUMN_NUMBER.fullmatch(cell.strip()) for cell in own)


def lines_above(rows: Sequence[GridRow]) -> list[str]:
    """The text of rows above a header, one line per cell line, for the plan's header."""
    return [
        line.strip()
        for row in rows
        for column, cell in enumerate(row.cells)
        if column not in row.merged
        for line in cell.split("\n")
        if line.strip()
    ]


# --- the rows ---------------------------------------------------------------------------


@dataclass
class _Row:
    """A row of a task, as read: its own cells and those carried down a merge."""

    number: int
    table: int | None
    code: str
    title: str
    lead: str
    coordinating: str
    deadline: str
    product: str
    section: str
    own_data: bool  # a lead, deadline, product or coordinating unit of its own
    title_merged: bool


@dataclass
class _Group:
    """A numbered task and the rows under it (merged STT cell, "1.1", "a)", "-")."""

    head: _Row
    subs: list[tuple[str | None, _Row]] = field(default_factory=list)  # explicit code, row
    section: str = ""


_BEFORE_SECTIONS = N_(
    "This task comes before any section heading (a row such as “I | Chỉ đạo điều hành”): "
    "put it under a section, or write the table without sections."
)
# The one section of a table written as a plain list of tasks, without section rows.
UNSECTIONED_CODE = "I"
UNSECTIONED_TITLE = "Nhiệm vụ"


class TableReader:
    """Reads the rows of one or more tables under one header's columns."""

    def __init__(self, header: TableHeader, problems: Problems) -> None:
        self.header = header
        self.problems = problems
        self.sections: list[SectionSpec] = []
        self.tasks: list[TaskSpec] = []
        self.seen: dict[str, tuple[int, int | None]] = {}
        self.group: _Group | None = None
        self.part: SectionSpec | None = None  # a lettered part (A, B) above Roman sections
        self.part_used = False
        # Tasks read before any section heading (row, table): a table without sections is
        # one section of its own, unless a heading comes later (then they were misplaced).
        self.unsectioned: list[tuple[int, int | None]] = []
        self.header_key = tuple(fold(name) for name in header.names)
        # Named columns that no task field reads, and those of them a row writes in.
        read = set(header.columns.values())
        self.other_columns = {
            index: name for index, name in enumerate(header.names) if name and index not in read
        }
        self.written_columns: set[int] = set()

    # -- cells

    def _cell(self, row: GridRow, key: str) -> str:
        index = self.header.columns.get(key)
        if index is None or index >= len(row.cells):
            return ""
        return row.cells[index].strip()

    def _merged(self, row: GridRow, key: str) -> bool:
        index = self.header.columns.get(key)
        return index is not None and index in row.merged

    def unread_columns(self) -> tuple[str, ...]:
        """The names of the columns with text that no task field holds, in file order."""
        return tuple(
            name
            for index, name in sorted(self.other_columns.items())
            if index in self.written_columns
        )

    def column(self, key: str) -> str:
        """The column's name as the file writes it."""
        return self.header.name(key)

    # -- rows

    def read(self, rows: Iterable[GridRow], table: int | None) -> None:
        """Read the rows of a table (the header's rows are left out by the caller)."""
        for row in rows:
            self.read_row(row, table)

    def read_row(self, row: GridRow, table: int | None) -> None:
        """Read one row: a section, a task, a row under a task, or nothing."""
        if not any(cell.strip() for cell in row.cells) or is_column_numbers(row):
            return
        if tuple(fold(" ".join(cell.split())) for cell in row.cells) == self.header_key:
            return  # the header repeated on the next page
        code = _lettered_as_numbered(self._cell(row, "code").rstrip(".").strip())
        code_merged = self._merged(row, "code")
        read = self._row(row, table, code)
        if not code_merged and self._section_row(code, read):
            return
        if code_merged or not code or self._sub_code(code) is not None:
            self._sub_row(read, None if code_merged else code)
            return
        self.finish()
        if not TASK_CODE.fullmatch(code):
            self.problems.add(
                text(N_("Task number “{code}” is not a number like 12 or 15.2."), code=code),
                row.number,
                self.column("code"),
                table,
            )
            return
        self.group = _Group(read, section=self._section_for(read))

    def _row(self, row: GridRow, table: int | None, code: str) -> _Row:
        self.written_columns.update(
            index
            for index in self.other_columns
            if index < len(row.cells) and index not in row.merged and row.cells[index].strip()
        )
        own = [
            self._cell(row, key)
            for key in ("lead", "deadline", "product", "coordinating")
            if not self._merged(row, key)
        ]
        return _Row(
            number=row.number,
            table=table,
            code=code,
            title=self._cell(row, "title"),
            lead=self._cell(row, "lead"),
            coordinating=self._cell(row, "coordinating"),
            deadline=self._cell(row, "deadline"),
            product=self._cell(row, "product"),
            section=self._cell(row, "section").upper(),
            own_data=any(own),
            title_merged=self._merged(row, "title"),
        )

    def _sub_code(self, code: str) -> str | None:
        """The sub-number a row's STT gives ("a" -> "1"), "" for a bullet, None otherwise."""
        if _BULLET.fullmatch(code):
            return ""
        letter = _SUB_LETTER.fullmatch(code)
        if letter:
            return str(_LETTERS.index(letter.group(1)) + 1)
        if self.group is not None and code.startswith(self.group.head.code + "."):
            return code[len(self.group.head.code) + 1 :]
        return None

    def _section_row(self, code: str, row: _Row) -> bool:
        """A row "I | Chỉ đạo điều hành", "A/ NHIỆM VỤ TRỌNG TÂM" or, in the content
        column alone, "II. Cải cách thủ tục hành chính"."""
        if row.lead or row.deadline:
            return False
        if code:
            heading = _SECTION.fullmatch(code)
            if heading is None:
                return False
            title = heading.group(2) or heading.group(3) or row.title
        else:
            heading = _SECTION.fullmatch(row.title) if row.title else None
            if heading is None or not heading.group(2):
                return False
            title = heading.group(2)
        self.finish()
        self._add_section(heading.group(1), " ".join(title.split()) or heading.group(1))
        return True

    def _add_section(self, code: str, title: str) -> None:
        for number, table in self.unsectioned:
            self.problems.add(text(_BEFORE_SECTIONS), number, self.column("code"), table)
        self.unsectioned = []
        if len(code) == 1 and not re.fullmatch(r"[IVXL]", code):
            self.part, self.part_used = SectionSpec(code, title), False
            return
        if self.part is not None:
            code = f"{self.part.code}.{code}"
        self.sections.append(SectionSpec(code, title))

    def _sub_row(self, row: _Row, code: str | None) -> None:
        if self.group is None:
            if row.own_data or row.title:
                self.problems.add(
                    text(N_("This row has no task number (TT), and no task above it.")),
                    row.number,
                    self.column("code"),
                    row.table,
                )
            return
        explicit = self._sub_code(code) if code else None
        if explicit is None and not code and not row.title_merged:
            lettered = _TITLE_LETTER.fullmatch(row.title)
            if lettered and row.own_data:
                explicit = str(_LETTERS.index(lettered.group(1)) + 1)
                row.title = lettered.group(2).strip()
        self.group.subs.append((explicit or None, row))

    def _section_for(self, row: _Row) -> str:
        if row.section:
            if not re.fullmatch(SECTION_CODE, row.section):
                self.problems.add(
                    text(
                        N_("Section “{code}” is not a Roman numeral (I, II, ...)."),
                        code=row.section,
                    ),
                    row.number,
                    self.column("section"),
                    row.table,
                )
            elif row.section not in {section.code for section in self.sections}:
                self.sections.append(SectionSpec(row.section, row.section))
            return row.section
        if self.part is not None and (
            not self.sections or not self.sections[-1].code.startswith(self.part.code + ".")
        ):
            if not self.part_used:
                self.sections.append(self.part)
                self.part_used = True
            return self.part.code
        if not self.sections or self.unsectioned:
            # A plain list of tasks, as short plans are written: one section holds them.
            if not self.sections:
                self.sections.append(SectionSpec(UNSECTIONED_CODE, UNSECTIONED_TITLE))
            self.unsectioned.append((row.number, row.table))
        return self.sections[-1].code

    # -- tasks

    def finish(self) -> None:
        """Turn the task being read, and the rows under it, into tasks."""
        group, self.group = self.group, None
        if group is None:
            return
        items = _group_tasks(group)
        for code, row, title in items:
            self._task(code, row, title, group.section)

    def _task(self, code: str, row: _Row, title: str, section: str) -> None:
        if code in self.seen:
            other, _table = self.seen[code]
            self.problems.add(
                text(
                    N_("Task {code} appears twice (also in row {other})."), code=code, other=other
                ),
                row.number,
                self.column("code"),
                row.table,
            )
            return
        self.seen[code] = (row.number, row.table)
        if not title:
            self._problem(row, "title", N_("Task {code} has no content."), code)
        if not row.lead:
            self._problem(row, "lead", N_("Task {code} has no lead unit."), code)
        self._check_length(row, "title", title, MAX_TITLE)
        self._check_length(row, "product", row.product, MAX_PRODUCT)
        self._check_length(row, "deadline", row.deadline, MAX_DEADLINE_TEXT)
        self.tasks.append(
            TaskSpec(
                code=code,
                section=section,
                title=title,
                lead=(row.lead,) if row.lead else (),
                coordinating=(row.coordinating,) if row.coordinating else (),
                deadline=" ".join(row.deadline.split()),
                product=row.product,
                row=row.number,
                table=row.table,
            )
        )

    def _problem(self, row: _Row, key: str, msgid: str, code: str) -> None:
        self.problems.add(text(msgid, code=code), row.number, self.column(key), row.table)

    def _check_length(self, row: _Row, key: str, value: str, limit: int) -> None:
        if len(value) > limit:
            self.problems.add(
                text(TOO_LONG, length=len(value), limit=limit),
                row.number,
                self.column(key),
                row.table,
            )


def _lettered_as_numbered(code: str) -> str:
    """ "7a" (or "7.a", "7-a", "7A") as "7.1": a part of task 7 numbered by letter, read as
    the same part numbered "7.1" is (under a row "7", or as task 7.1 where none is)."""
    match = _NUMBER_LETTER.fullmatch(code)
    if match is None:
        return code
    return f"{match.group(1)}.{_LETTERS.index(match.group(2).lower()) + 1}"


def _group_tasks(group: _Group) -> list[tuple[str, _Row, str]]:
    """The tasks of a numbered row and its sub-rows: (code, row, title)."""
    head = group.head
    main, label = _split_label(head.title)
    items: list[tuple[str | None, _Row, str]] = []
    continuation: list[str] = []
    for explicit, row in group.subs:
        if explicit is None and not row.own_data:
            # Text alone under a task, in a cell of its own: more of the task's content.
            if row.title and not row.title_merged:
                continuation.append(row.title)
            continue
        items.append((explicit, row, _sub_title(main, row)))
    if not items:
        title = "\n".join([head.title, *continuation]) if continuation else head.title
        return [(head.code, head, title)]
    if head.lead or head.deadline:
        head_title = f"{main} ({label})" if label else main
        items.insert(0, (None, head, head_title))
    used = {explicit for explicit, _row, _title in items if explicit}
    tasks, number = [], 0
    for explicit, row, title in items:
        if explicit is None:
            number += 1
            while str(number) in used:
                number += 1
            explicit = str(number)
        tasks.append((f"{head.code}.{explicit}", row, title))
    return tasks


def _split_label(title: str) -> tuple[str, str]:
    """ "Ban hành kế hoạch\\n- Uỷ ban nhân dân xã" -> the content and the sub-row's label."""
    lines = [line for line in title.split("\n") if line.strip()]
    if len(lines) >= 2:
        bullet = _BULLET_LINE.match(lines[-1])
        if bullet:
            return " ".join(" ".join(lines[:-1]).split()), bullet.group(1).strip()
    return title, ""


def _sub_title(main: str, row: _Row) -> str:
    if row.title_merged or not row.title:
        return main
    bullet = _BULLET_LINE.match(row.title)
    if bullet:
        return f"{main} ({' '.join(bullet.group(1).split())})"
    return row.title


# --- reading a file's tables --------------------------------------------------------------


def read_grids(grids: Sequence[Grid], lines_before: Sequence[str] = ()) -> ParsedFile:
    """Read the task tables among ``grids``: the first with a header, and each one after
    it that has a header too or the same number of columns (an appendix cut in parts)."""
    problems = Problems()
    reader: TableReader | None = None
    lines = list(lines_before)
    width = 0
    for grid in grids:
        header = find_header(grid.rows)
        if header is None and reader is None:
            lines.extend(lines_above(grid.rows))
            continue
        if header is not None:
            if reader is None:
                lines.extend(lines_above(grid.rows[: header.index]))
                _check_columns(header, grid, problems)
                if problems.items:
                    break
                reader = TableReader(header, problems)
            else:
                reader.finish()
            body = grid.rows[header.index + header.height :]
            width = len(grid.rows[header.index].cells)
        elif grid.rows and len(grid.rows[0].cells) == width:
            body = grid.rows
        else:
            continue
        assert reader is not None
        reader.read(body, grid.table)
    if reader is None:
        if not problems.items:
            fail(
                text(
                    N_(
                        "No header row found: the table needs the columns TT, Nội dung nhiệm vụ, "
                        "Cơ quan chủ trì, Cơ quan phối hợp, Thời gian thực hiện, Sản phẩm."
                    )
                )
            )
        raise PlanFileError(problems.items)
    reader.finish()
    header = reader.header
    return ParsedFile(
        PlanDocument(
            sections=tuple(reader.sections),
            tasks=tuple(reader.tasks),
            header=read_header(lines),
            columns=MappingProxyType({key: header.name(key) for key in header.columns}),
            unread_columns=reader.unread_columns(),
        ),
        tuple(problems.items),
    )


def _check_columns(header: TableHeader, grid: Grid, problems: Problems) -> None:
    for key in REQUIRED_COLUMNS:
        if key not in header.columns:
            problems.add(
                text(N_("Column “{column}” is missing."), column=COLUMN_TITLES[key]),
                grid.rows[header.index].number,
                table=grid.table,
            )


# --- CSV --------------------------------------------------------------------------------


def parse_csv(data: bytes) -> ParsedFile:
    """Read a plan table saved as CSV (comma or semicolon separated, UTF-8)."""
    content = decode(data)
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(content[:4096], ",;\t")
    except csv.Error:
        dialect = csv.excel
    try:
        rows = capped_rows(
            tuple(clean_text(cell).strip() for cell in row[:MAX_COLUMNS])
            for row in csv.reader(io.StringIO(content), dialect)
        )
    except csv.Error as error:
        # A cell over the csv module's field limit (128 KiB), a NUL, a stray quote.
        fail(_csv_problem(error))
    return read_grids([Grid(tuple(rows))])


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


def capped_rows(rows: Iterable[tuple[str, ...]]) -> list[GridRow]:
    """Number the rows from 1, stopping with a plan-file error past :data:`MAX_ROWS`."""
    numbered = []
    for number, cells in enumerate(rows, start=1):
        if number > MAX_ROWS:
            fail(text(N_("The table has more than {limit} rows."), limit=MAX_ROWS), number)
        numbered.append(GridRow(number, cells))
    return numbered


# --- Excel ------------------------------------------------------------------------------


def parse_xlsx(data: bytes) -> ParsedFile:
    """Read a plan table from the first sheet of an Excel workbook that holds one."""
    check_unzipped_size(data)
    grids = _workbook_grids(data)
    # The appendix may sit on a later sheet, after a cover sheet: the first sheet with a
    # header is read, the first sheet's problems reported when none has one.
    for grid in grids:
        if find_header(grid.rows) is not None:
            return read_grids([grid])
    return read_grids(grids[:1])


def _workbook_grids(data: bytes) -> list[Grid]:
    # openpyxl is imported when a workbook is read or written: it takes a quarter of a
    # second, which every command would otherwise pay at start-up.
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(io.BytesIO(data), data_only=True)
        try:
            return [_sheet_grid(sheet) for sheet in workbook.worksheets]
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
        # openpyxl has many ways to fail on bytes that are not a workbook (broken XML, a
        # missing part, a sheet-less book); whichever it is, the coordinator's answer is
        # the same.
        fail(
            text(
                N_(
                    "The file is not a valid Excel workbook (.xlsx): a part of it is missing "
                    "or broken. Open it in Excel and save it again as .xlsx."
                )
            )
        )


def _sheet_grid(sheet: object) -> Grid:
    from openpyxl.worksheet.worksheet import Worksheet

    if not isinstance(sheet, Worksheet):
        return Grid(())
    cells: dict[tuple[int, int], object] = getattr(sheet, "_cells", {})
    filled = [
        row for (row, _column), cell in cells.items() if getattr(cell, "value", None) is not None
    ]
    last_row = max(filled, default=0)
    if last_row > MAX_ROWS:
        fail(text(N_("The table has more than {limit} rows."), limit=MAX_ROWS), MAX_ROWS + 1)
    width = min(sheet.max_column, MAX_COLUMNS)
    values = [
        [_cell_text(value) for value in row]
        for row in sheet.iter_rows(min_row=1, max_row=last_row, max_col=width, values_only=True)
    ]
    merged: dict[int, set[int]] = {}
    for merge in sheet.merged_cells.ranges:
        top, left = merge.min_row, merge.min_col
        if left > width or top > last_row:
            continue
        # Carried down only: a merged STT, content or unit cell spans the rows of one task;
        # a row merged across (a section's title) keeps its text in its first cell.
        for row in range(top + 1, min(merge.max_row, last_row) + 1):
            values[row - 1][left - 1] = values[top - 1][left - 1]
            merged.setdefault(row, set()).add(left - 1)
    return Grid(
        tuple(
            GridRow(number, tuple(row), frozenset(merged.get(number, ())))
            for number, row in enumerate(values, start=1)
        )
    )


def check_unzipped_size(data: bytes, *, document: bool = False) -> None:
    """Refuse a workbook or document that would unpack to far more than any plan (a zip bomb)."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            unzipped = sum(member.file_size for member in archive.infolist())
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        return  # not a zip at all: the reader says so
    if unzipped > MAX_UNZIPPED_BYTES:
        fail(
            text(
                N_("The document unpacks to {size} MB, more than a plan can hold ({limit} MB).")
                if document
                else N_(
                    "The workbook unpacks to {size} MB, more than a plan can hold ({limit} MB)."
                ),
                size=unzipped // (1024 * 1024),
                limit=MAX_UNZIPPED_BYTES // (1024 * 1024),
            )
        )


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime | date):
        return value.strftime("%d/%m/%Y")
    return clean_text(str(value)).strip()


# --- writing ----------------------------------------------------------------------------


def write_xlsx(document: PlanDocument, all_units_label: str) -> bytes:
    """Write ``document`` as the table a coordinator keeps: one row per task under its section.

    Above the header: the issuing committee, the plan's number and date, its title and its
    period, so that the table read back names its plan and its commune.
    """
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    names = {unit.code: unit.name for unit in document.units}
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.title = "Nhiệm vụ"
    for line in _title_lines(document):
        sheet.append([line])
        sheet[sheet.max_row][0].font = Font(bold=True)
    sheet.append([])
    columns = ("code", "title", "lead", "coordinating", "deadline", "product")
    sheet.append([COLUMN_TITLES[key] for key in columns])
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
                    refs_label(task.lead, names, all_units_label),
                    refs_label(task.coordinating, names, all_units_label),
                    task.deadline,
                    task.product,
                ]
            )
    for cell in sheet[header_row]:
        cell.font = Font(bold=True)
    for letter, width in zip("ABCDEF", (7, 60, 28, 28, 22, 32), strict=True):
        sheet.column_dimensions[letter].width = width
    for row in sheet.iter_rows(min_row=header_row):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    sheet.freeze_panes = f"A{header_row + 1}"
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _title_lines(document: PlanDocument) -> Iterator[str]:
    if document.organisation is not None:
        yield document.organisation.authority.upper()
    if document.plan is None:
        return
    plan = document.plan
    # The number and the date stand above the title, as on a plan's first page: the
    # header reader takes them only from there.
    if plan.decision:
        yield f"Số: {plan.decision}"
    if plan.issued_on is not None:
        place = f"{document.organisation.place}, " if document.organisation else ""
        day = plan.issued_on
        yield f"{place}ngày {day.day:02d} tháng {day.month:02d} năm {day.year}"
    yield plan.title
    yield (
        f"Thời gian thực hiện: từ ngày {plan.start.strftime('%d/%m/%Y')} "
        f"đến ngày {plan.end.strftime('%d/%m/%Y')}"
    )


def refs_label(refs: tuple[str, ...], names: Mapping[str, str], all_label: str) -> str:
    """Units as a cell writes them: names separated by semicolons, "all" as the label."""
    return "; ".join(all_label if ref == ALL_UNITS else names.get(ref, ref) for ref in refs)
