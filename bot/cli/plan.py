"""``nhacviec plan show|import|export``: the plan's tasks, and plan files in and out."""

from __future__ import annotations

import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape
from rich.table import Table

from bot.cli.base import (
    Command,
    CommandGroup,
    check_output,
    cli_translator,
    console,
    fail,
    os_reason,
    print_json,
    write_output,
)
from bot.cli.database import command_runtime, require_plan
from bot.cli.words import kind_label, short
from handlers.i18n import Translator
from handlers.planinfo import number_line, task_json
from models.db import session_scope
from models.deadline import parse_deadline
from models.planfile import ALL_UNITS_LABEL, MAX_FILE_BYTES, write_xlsx, write_yaml
from models.plans import export_plan, plan_period, plan_spec, task_views
from models.standing import StandingKind, StandingSchedule, standing_schedule
from models.text import N_

app = typer.Typer(
    cls=CommandGroup,
    help=N_("Show, import and export the plan."),
    no_args_is_help=True,
    add_completion=False,
)

PlanOption = Annotated[
    str | None, typer.Option("--plan", help=N_("Plan code (default: the latest)."))
]


class ExportFormat(StrEnum):
    """Formats ``plan export`` writes."""

    XLSX = "xlsx"
    YAML = "yaml"


@app.command(
    "show",
    cls=Command,
    help=N_(
        "Every task: code, short title, lead unit, deadline and its due dates. Deadlines "
        "that need a date stand out in yellow."
    ),
)
def plan_show(
    as_json: Annotated[bool, typer.Option("--json", help=N_("Print JSON."))] = False,
    plan_code: PlanOption = None,
) -> None:
    with command_runtime() as runtime, session_scope(runtime.engine) as session:
        tr = runtime.translator
        plan = require_plan(session, plan_code, tr)
        views = task_views(session, plan)
    period = plan_period(plan)
    schedules = [parse_deadline(view.deadline_text, period) for view in views]
    if as_json:
        print_json(
            [
                task_json(view, schedule, tr)
                for view, schedule in zip(views, schedules, strict=True)
            ]
        )
        return
    # Plan text is data, not Rich markup: a "[/]" in a title must print, not raise.
    table = Table(
        title=escape(plan.title),
        caption=escape(f"{plan.code} · {number_line(tr, plan_spec(plan))}"),
        show_lines=False,
        expand=True,
    )
    for header in (
        tr.gettext("Code"),
        tr.gettext("Task"),
        tr.gettext("Lead unit"),
        tr.gettext("Deadline"),
        tr.gettext("Due dates"),
        tr.gettext("Kind"),
    ):
        table.add_column(header, overflow="fold")
    for view, schedule in zip(views, schedules, strict=True):
        standing = standing_schedule(schedule, view.due_dates)
        unknown = standing.kind is StandingKind.UNKNOWN
        lead = (
            tr.gettext("All units")
            if view.lead_is_all_units
            else ", ".join(unit.code for unit in view.leads)
        )
        dates = ", ".join(tr.date(due) for due in standing.due_dates)
        table.add_row(
            escape(view.code),
            escape(short(view.title)),
            escape(lead),
            escape(view.deadline_text) or "—",
            tr.gettext("needs a date") if unknown else dates,
            _kind_cell(standing, tr),
            style="bold yellow" if unknown else None,
        )
    console().print(table)


def _kind_cell(standing: StandingSchedule, tr: Translator) -> str:
    """The kind as it stands: "set by the coordinator", or the text's kind, marked when moved."""
    kind = kind_label(standing.kind, tr)
    return tr.gettext("{kind}, extended", kind=kind) if standing.moved else kind


@app.command(
    "import",
    cls=Command,
    help=N_(
        "Import a plan file: the plan's Word document (.docx), an Excel or CSV copy of its "
        "appendix, a PDF with a text layer, or YAML. A file for a plan already there "
        "updates its tasks by code and keeps their history; a file for another period or "
        "commune becomes a new plan. Nothing changes while the file has a problem."
    ),
)
def plan_import(
    file: Annotated[
        Path,
        typer.Argument(metavar="FILE", help=N_("A .docx, .xlsx, .csv, .pdf or .yaml plan file.")),
    ],
    commune: Annotated[
        str | None,
        typer.Option(
            "--commune",
            help=N_(
                "Code of the commune the plan is for (default: the commune the file names, "
                "or the only one); a new code adds the commune the file names."
            ),
        ),
    ] = None,
    plan_code: Annotated[
        str | None,
        typer.Option(
            "--plan", help=N_("Code of the plan the file revises, or of the new plan it makes.")
        ),
    ] = None,
    title: Annotated[
        str | None, typer.Option("--title", help=N_("The plan's title, if the file lacks it."))
    ] = None,
    number: Annotated[
        str | None,
        typer.Option(
            "--number", help=N_("The plan's number (120/KH-UBND), if the file lacks it.")
        ),
    ] = None,
    issued_on: Annotated[
        str | None,
        typer.Option(
            "--issued-on",
            help=N_("The day the plan was signed (15/07/2025), if the file lacks it."),
        ),
    ] = None,
    start: Annotated[
        str | None,
        typer.Option(
            "--from",
            help=N_("First day of the plan's period (01/07/2025), if the file lacks it."),
        ),
    ] = None,
    end: Annotated[
        str | None,
        typer.Option(
            "--to", help=N_("Last day of the plan's period (31/12/2025), if the file lacks it.")
        ),
    ] = None,
    units: Annotated[
        list[str] | None,
        typer.Option(
            "--unit",
            help=N_(
                "NAME=CODE: the unit a name in the file means (repeatable); a code the "
                "commune lacks adds a unit of that name."
            ),
        ),
    ] = None,
    dry_run: Annotated[
        bool,
        typer.Option("--dry-run", help=N_("Show what would be imported, change nothing.")),
    ] = False,
) -> None:
    from bot.cli.planimport import import_file, read_options

    tr = cli_translator()
    data = _read_capped(file, tr)
    options = read_options(
        tr, title, number, start, end, plan_code, units or [], issued_on=issued_on
    )
    import_file(file, data, options, commune=commune, dry_run=dry_run)


def _read_capped(file: Path, tr: Translator) -> bytes:
    """The file's bytes, one past the size limit at most: /dev/zero is never read whole."""
    try:
        with file.open("rb") as handle:
            return handle.read(MAX_FILE_BYTES + 1)
    except OSError as error:
        fail(
            tr.gettext(
                "Cannot read {file}: {reason}.", file=str(file), reason=os_reason(error, tr)
            )
        )


@app.command(
    "export",
    cls=Command,
    help=N_("Export the plan as an Excel table or as YAML (to --out, or to the standard output)."),
)
def plan_export(
    export_format: Annotated[
        ExportFormat,
        typer.Option(
            "--format",
            help=N_(
                "xlsx (the table, by default <plan code>.xlsx) or yaml (to the standard output)."
            ),
        ),
    ],
    output: Annotated[Path | None, typer.Option("--out", help=N_("File to write."))] = None,
    plan_code: PlanOption = None,
) -> None:
    check_output(output, cli_translator())
    with command_runtime() as runtime, session_scope(runtime.engine) as session:
        tr = runtime.translator
        plan = require_plan(session, plan_code, tr)
        document = export_plan(session, plan)
    if export_format is ExportFormat.YAML:
        content = write_yaml(document).encode("utf-8")
    else:
        content = write_xlsx(document, tr.gettext(ALL_UNITS_LABEL))
    if output is None and export_format is ExportFormat.XLSX:
        output = Path(f"{plan.code}.xlsx")
    if output is None:
        sys.stdout.buffer.write(content)
        return
    write_output(output, content, tr)
