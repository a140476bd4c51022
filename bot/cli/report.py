"""``nhacviec report``: the progress report as JSON, a Word report, a workbook or a chart.

The Word, Excel and chart writers (python-docx, openpyxl, matplotlib) are imported by
:func:`handlers.reporting.files.report_file` when a file is made, so ``--format json``
starts without them.
"""

from __future__ import annotations

import json
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from sqlmodel import select

from bot.cli.base import Command, check_output, cli_translator, fail, write_output
from bot.cli.database import command_runtime, require_plan
from handlers.reporting.files import FileFormat, report_file
from handlers.reports import city_json, city_reports, report_json
from models.db import session_scope
from models.plans import communes_of
from models.report import ReportError, build_report
from models.tables import Organisation
from models.text import N_

app = typer.Typer(add_completion=False)


class ReportFormat(StrEnum):
    """Formats ``report`` writes."""

    JSON = "json"
    DOCX = "docx"
    XLSX = "xlsx"
    PNG = "png"


@app.command(
    "report",
    cls=Command,
    help=N_("The progress report: JSON data, a Word report, an Excel workbook or a chart."),
)
def report_command(
    report_format: Annotated[
        ReportFormat,
        typer.Option(
            "--format",
            help=N_(
                "json (data, to the standard output), docx (the Word report), xlsx (the "
                "Excel workbook) or png (the chart)."
            ),
        ),
    ] = ReportFormat.JSON,
    unit: Annotated[str | None, typer.Option("--unit", help=N_("Unit code."))] = None,
    quarter: Annotated[int | None, typer.Option("--quarter", help=N_("Quarter 1-4."))] = None,
    half: Annotated[
        int | None,
        typer.Option("--half", help=N_("Half-year: 1 (the first six months) or 2 (the last).")),
    ] = None,
    year: Annotated[
        int | None, typer.Option("--year", help=N_("Year of the quarter or half-year."))
    ] = None,
    output: Annotated[
        Path | None,
        typer.Option(
            "--out",
            help=N_("File to write (default: JSON to the standard output, files by name here)."),
        ),
    ] = None,
    plan_code: Annotated[
        str | None, typer.Option("--plan", help=N_("Plan code (default: the latest)."))
    ] = None,
    every_commune: Annotated[
        bool, typer.Option("--all", help=N_("JSON of every commune under --commune (a city)."))
    ] = False,
    commune: Annotated[
        str | None, typer.Option("--commune", help=N_("City or province code."))
    ] = None,
) -> None:
    check_output(output, cli_translator())
    if quarter is not None and half is not None:
        fail(cli_translator().gettext("Give --quarter or --half, not both."))
    if every_commune:
        _city_report(commune, output)
        return
    with command_runtime() as runtime, session_scope(runtime.engine) as session:
        tr = runtime.translator
        plan = require_plan(session, plan_code, tr)
        # Quarters and halves are cut as NHACVIEC_REPORT_WINDOWS says, as in the chat.
        windows = runtime.settings.report_windows
        try:
            if report_format is ReportFormat.JSON:
                report = build_report(
                    session,
                    plan,
                    now=runtime.clock.now(),
                    unit_code=unit,
                    quarter=quarter,
                    half=half,
                    year=year,
                    windows=windows,
                )
                data = report_json(report, tr, windows=windows)
                content = (json.dumps(data, ensure_ascii=False, indent=2) + "\n").encode()
                name = None
            else:
                made = report_file(
                    session,
                    plan,
                    FileFormat(report_format.value),
                    now=runtime.clock.now(),
                    tr=tr,
                    unit_code=unit,
                    quarter=quarter,
                    half=half,
                    year=year,
                    windows=windows,
                )
                content, name = made.content, made.name
        except ReportError as error:
            fail(tr.render(error.message))
    if output is None and name is None:
        sys.stdout.buffer.write(content)
        return
    write_output(output or Path(name or "report"), content, tr)


def _city_report(city_code: str | None, output: Path | None) -> None:
    """Every commune's report under a city, with their sum, as JSON."""
    with command_runtime() as runtime, session_scope(runtime.engine) as session:
        tr = runtime.translator
        cities = [
            org for org in session.exec(select(Organisation)) if communes_of(session, org.id or 0)
        ]
        city = (
            next((org for org in cities if org.code == city_code), None)
            if city_code
            else (cities[0] if len(cities) == 1 else None)
        )
        if city is None:
            fail(
                tr.gettext(
                    "Name the city with --commune: {codes}.",
                    codes=", ".join(org.code for org in cities) or "—",
                )
            )
        data = city_json(
            city_reports(session, city.id or 0, now=runtime.clock.now()),
            tr,
            now=runtime.clock.now(),
        )
    content = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    if output is None:
        sys.stdout.write(content)
    else:
        write_output(output, content.encode("utf-8"), tr)
