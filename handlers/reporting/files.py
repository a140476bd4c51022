"""Reports as files (Word, Excel, chart), for the chat, the command line and the scheduler.

Every file comes from :func:`models.report.build_report`, the one aggregation that
``/baocao`` and ``nhacviec report --format json`` read too.
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from sqlmodel import Session

from handlers.i18n import Translator
from handlers.types import OutgoingFile
from models.progress import plan_history
from models.report import Report, ReportError, TaskLine, build_report
from models.status import DONE_STATUSES
from models.tables import Organisation, Plan


class FileFormat(StrEnum):
    """The files a report can be."""

    DOCX = "docx"
    XLSX = "xlsx"
    PNG = "png"


def report_file(
    session: Session,
    plan: Plan,
    file_format: FileFormat,
    *,
    now: datetime,
    tr: Translator,
    unit_code: str | None = None,
    quarter: int | None = None,
    year: int | None = None,
) -> OutgoingFile:
    """Build the report as a file; raises ReportError for a unit or quarter that does not fit."""
    # The writers are imported when a file is made: matplotlib, python-docx and openpyxl
    # take seconds to import, which every command and every worker would pay at start-up.
    from handlers.reporting.chart import chart_png
    from handlers.reporting.excel import excel_report
    from handlers.reporting.word import word_report

    report = build_report(session, plan, now=now, unit_code=unit_code, quarter=quarter, year=year)
    name = file_name(plan, report, file_format)
    if file_format is FileFormat.PNG:
        return OutgoingFile(name, chart_png(report, tr), is_image=True)
    if file_format is FileFormat.XLSX:
        assert plan.id is not None
        return OutgoingFile(name, excel_report(report, plan_history(session, plan.id), tr))
    organisation = session.get(Organisation, plan.organisation_id)
    assert organisation is not None
    upcoming = next_tasks(session, plan, report, now=now, unit_code=unit_code)
    content = word_report(
        report, organisation=organisation, next_tasks=upcoming, issued_on=now.date(), tr=tr
    )
    return OutgoingFile(name, content)


def next_tasks(
    session: Session, plan: Plan, report: Report, *, now: datetime, unit_code: str | None
) -> list[TaskLine]:
    """What falls due in the quarter after the report's; past the plan, what is left to finish."""
    quarter = report.quarter or (report.as_of.month - 1) // 3 + 1
    year = report.year or report.as_of.year
    quarter, year = (1, year + 1) if quarter == 4 else (quarter + 1, year)
    try:
        upcoming = build_report(
            session, plan, now=now, unit_code=unit_code, quarter=quarter, year=year
        )
    except ReportError:
        return [line for line in report.tasks if line.status not in DONE_STATUSES]
    return [line for line in upcoming.tasks if line.due_dates]


def file_name(plan: Plan, report: Report, file_format: FileFormat) -> str:
    """A file name that says what the file is: ``bao-cao-cchc-2025-h2-quy4-2025.docx``."""
    parts = ["bao-cao", plan.code]
    if report.unit is not None:
        parts.append(report.unit.code)
    if report.quarter is not None:
        parts.append(f"quy{report.quarter}-{report.year or report.period_end.year}")
    else:
        parts.append(report.as_of.strftime("%Y%m%d"))
    suffix = "-bieu-do" if file_format is FileFormat.PNG else ""
    return "-".join(parts) + suffix + "." + file_format.value
