"""Plan files: the Word document a commune receives, a clerk's Excel or CSV copy of its
appendix, a PDF with a text layer, and the YAML kept in the repository.

Each format has its reader (:mod:`.word`, :mod:`.tabular`, :mod:`.pdf`, :mod:`.yaml`),
all producing the one model of :mod:`.model`; :func:`read_plan` reads and checks a file
against the commune's units in one pass (:mod:`.reading`), every problem with its row
and column, without touching the database. :mod:`models.plans` imports what was read.
"""

from models.planfile.model import (
    ALL_UNITS,
    ALL_UNITS_LABEL,
    COLUMN_TITLES,
    EMPTY_DOCUMENT,
    MAX_ALIASES,
    MAX_COLUMNS,
    MAX_DEPTH,
    MAX_FILE_BYTES,
    MAX_PDF_PAGES,
    MAX_PRODUCT,
    MAX_ROWS,
    MAX_TITLE,
    MAX_UNZIPPED_BYTES,
    PERIOD_REVERSED,
    Assignment,
    OrganisationSpec,
    ParsedFile,
    PlanDocument,
    PlanFileError,
    PlanHeader,
    PlanSpec,
    Problem,
    SectionSpec,
    TaskSpec,
    UnitSpec,
    fail,
)
from models.planfile.reading import (
    PlanReading,
    ReadOptions,
    deadline_warnings,
    parse_plan_file,
    read_plan,
    read_plan_file,
    validate_plan,
)
from models.planfile.tabular import parse_csv, parse_xlsx, refs_label, write_xlsx
from models.planfile.units import (
    STANDARD_UNITS,
    StandardUnit,
    UnknownUnit,
    expand_all,
    is_all_units,
    resolve_assignments,
    split_units,
)
from models.planfile.yaml import parse_yaml, read_yaml, write_yaml


def read_csv(data: bytes) -> PlanDocument:
    """Read a plan table saved as CSV, or raise with every problem of its rows."""
    return _or_raise(parse_csv(data))


def read_xlsx(data: bytes) -> PlanDocument:
    """Read a plan table from an Excel workbook, or raise with every problem of its rows."""
    return _or_raise(parse_xlsx(data))


def _or_raise(parsed: ParsedFile) -> PlanDocument:
    if parsed.problems:
        raise PlanFileError(parsed.problems)
    return parsed.document


__all__ = [
    "ALL_UNITS",
    "ALL_UNITS_LABEL",
    "COLUMN_TITLES",
    "EMPTY_DOCUMENT",
    "MAX_ALIASES",
    "MAX_COLUMNS",
    "MAX_DEPTH",
    "MAX_FILE_BYTES",
    "MAX_PDF_PAGES",
    "MAX_PRODUCT",
    "MAX_ROWS",
    "MAX_TITLE",
    "MAX_UNZIPPED_BYTES",
    "PERIOD_REVERSED",
    "STANDARD_UNITS",
    "Assignment",
    "OrganisationSpec",
    "ParsedFile",
    "PlanDocument",
    "PlanFileError",
    "PlanHeader",
    "PlanReading",
    "PlanSpec",
    "Problem",
    "ReadOptions",
    "SectionSpec",
    "StandardUnit",
    "TaskSpec",
    "UnitSpec",
    "UnknownUnit",
    "deadline_warnings",
    "expand_all",
    "fail",
    "is_all_units",
    "parse_plan_file",
    "parse_yaml",
    "read_csv",
    "read_plan",
    "read_plan_file",
    "read_xlsx",
    "read_yaml",
    "refs_label",
    "resolve_assignments",
    "split_units",
    "validate_plan",
    "write_xlsx",
    "write_yaml",
]
