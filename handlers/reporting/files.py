"""Reports as files (Word, Excel, chart), for the chat, the command line and the scheduler.

Every file comes from :func:`models.report.build_report`, the one aggregation that
``/baocao`` and ``nhacviec report --format json`` read too.
"""

from __future__ import annotations

from datetime import datetime
from enum import StrEnum

from sqlmodel import Session, col, select

from handlers.i18n import Translator
from handlers.reporting.issuer import Issuer, committee_issuer, unit_issuer
from handlers.reporting.outlook import outlook
from handlers.types import OutgoingFile, ReportOf
from models.periods import Windows
from models.progress import plan_history
from models.report import Report, build_report
from models.tables import Officer, Organisation, Plan, Role, Unit, row_id


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
    half: int | None = None,
    windows: Windows = Windows.CALENDAR,
) -> OutgoingFile:
    """Build the report as a file; raises ReportError for a unit or period that does not fit.

    ``windows`` cuts the quarter or half-year (NHACVIEC_REPORT_WINDOWS).
    """
    # The writers are imported when a file is made: matplotlib, python-docx and openpyxl
    # take seconds to import, which every command and every worker would pay at start-up.
    from handlers.reporting.chart import chart_png
    from handlers.reporting.excel import excel_report
    from handlers.reporting.word import word_report

    report = build_report(
        session,
        plan,
        now=now,
        unit_code=unit_code,
        quarter=quarter,
        half=half,
        year=year,
        windows=windows,
    )
    name = file_name(plan, report, file_format)
    made_from = report_of(report, file_format)
    if file_format is FileFormat.PNG:
        return OutgoingFile(name, chart_png(report, tr), is_image=True, report=made_from)
    if file_format is FileFormat.XLSX:
        assert plan.id is not None
        content = excel_report(report, plan_history(session, plan.id), tr)
        return OutgoingFile(name, content, report=made_from)
    organisation = session.get(Organisation, plan.organisation_id)
    assert organisation is not None
    # Section III looks ahead from the issue day, over the plan as it stands that day.
    plan_now = build_report(session, plan, now=now, unit_code=unit_code)
    content = word_report(
        report,
        organisation=organisation,
        issuer=report_issuer(session, organisation, report),
        outlook=outlook(report, plan_now, issued_on=now.date()),
        issued_on=now.date(),
        tr=tr,
    )
    return OutgoingFile(name, content, report=made_from)


def report_of(report: Report, file_format: FileFormat) -> ReportOf:
    """What ``report`` was asked for, with its year pinned: the same file made again later
    (from a link) is of the same period."""
    return ReportOf(
        file_format.value,
        unit=report.unit.code if report.unit is not None else None,
        quarter=report.quarter,
        half=report.half,
        year=report.year,
    )


def report_issuer(session: Session, organisation: Organisation, report: Report) -> Issuer:
    """The People's Committee for the commune's report, the unit itself for a unit's."""
    if report.unit is None:
        return committee_issuer(organisation.authority)
    organisation_id = row_id(organisation.id)
    return unit_issuer(
        organisation.authority,
        report.unit.code,
        report.unit.name,
        head=_unit_head(session, organisation_id, report.unit.code),
        compiler=_compiling_unit(session, organisation_id),
    )


def _unit_head(session: Session, organisation_id: int, unit_code: str) -> str | None:
    """The name of the unit's head, when exactly one active officer is registered as it.

    With several (a head and deputies registered alike) the report cannot tell who
    signs, so the name is left to be written by hand.
    """
    names = session.exec(
        select(Officer.full_name)
        .join(Unit, col(Unit.id) == Officer.unit_id)
        .where(
            Unit.organisation_id == organisation_id,
            Unit.code == unit_code,
            Officer.role == Role.UNIT_HEAD,
            col(Officer.active),
        )
    ).all()
    return names[0] if len(names) == 1 else None


def _compiling_unit(session: Session, organisation_id: int) -> str | None:
    """The unit of the commune's coordinators, who compile the units' reports; None when
    there is none or they sit in several units."""
    names = set(
        session.exec(
            select(Unit.name)
            .join(Officer, col(Officer.unit_id) == Unit.id)
            .where(
                Officer.organisation_id == organisation_id,
                Officer.role == Role.COORDINATOR,
                col(Officer.active),
            )
        ).all()
    )
    return names.pop() if len(names) == 1 else None


def file_name(plan: Plan, report: Report, file_format: FileFormat) -> str:
    """A file name that says what the file is: ``bao-cao-cchc-2025-h2-quy4-2025.docx``,
    ``...-6thang2-2025.xlsx`` for a half-year."""
    parts = ["bao-cao", plan.code]
    if report.unit is not None:
        parts.append(report.unit.code)
    year = report.year or report.period_end.year
    if report.quarter is not None:
        parts.append(f"quy{report.quarter}-{year}")
    elif report.half is not None:
        parts.append(f"6thang{report.half}-{year}")
    else:
        parts.append(report.as_of.strftime("%Y%m%d"))
    suffix = "-bieu-do" if file_format is FileFormat.PNG else ""
    return "-".join(parts) + suffix + "." + file_format.value
