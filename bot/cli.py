"""The ``nhacviec`` command."""

from __future__ import annotations

import json
import sys
from datetime import date, timedelta
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.table import Table

from bot.runtime import Runtime, open_runtime
from bot.settings import Settings
from handlers.i18n import Translator, translator
from handlers.planinfo import deadline_json, task_json
from models.clock import today
from models.db import session_scope
from models.deadline import Period, ScheduleKind, parse_deadline
from models.planfile import (
    ALL_UNITS_LABEL,
    PERIOD_REVERSED,
    PlanFileError,
    read_plan_file,
    write_xlsx,
    write_yaml,
)
from models.plans import export_plan, find_plan, import_plan, plan_period, task_views
from models.tables import Plan
from models.text import text

_tr = translator(Settings().locale)
app = typer.Typer(
    help=_tr.gettext("Nhắc việc: deadline reminders and reports for a commune's plan."),
    no_args_is_help=False,
    add_completion=False,
    rich_markup_mode=None,
)
plan_app = typer.Typer(help=_tr.gettext("Show, import and export the plan."), no_args_is_help=True)
app.add_typer(plan_app, name="plan")

out = Console(soft_wrap=True)
err = Console(stderr=True, soft_wrap=True)


PlanOption = Annotated[str | None, typer.Option("--plan", help="Plan code (default: the latest).")]
JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON.")]


class ExportFormat(StrEnum):
    """Formats ``plan export`` writes."""

    XLSX = "xlsx"
    YAML = "yaml"


@app.callback(invoke_without_command=True)
def main_job(ctx: typer.Context) -> None:
    """Run the main job: for now, show where the plan stands."""
    if ctx.invoked_subcommand is not None:
        return
    with open_runtime() as runtime:
        show_status(runtime)


def show_status(runtime: Runtime) -> None:
    """Print the plan, its deadlines in the next 14 days, and the deadlines that need a date."""
    tr = runtime.translator
    with session_scope(runtime.engine) as session:
        plan = _require_plan(session, None, tr)
        views = task_views(session, plan)
    day = today(runtime.clock)
    out.print(f"[bold]{plan.title}[/bold]")
    out.print(
        tr.gettext(
            "Period: {start} - {end}; {count} tasks.",
            start=tr.date(plan.period_start),
            end=tr.date(plan.period_end),
            count=len(views),
        )
    )
    out.print(tr.gettext("Today: {day}.", day=tr.weekday_date(day)))
    upcoming = sorted(
        (due, view.code, view.title)
        for view in views
        for due in view.due_dates
        if day <= due <= day + timedelta(days=14)
    )
    if upcoming:
        out.print(tr.gettext("Due in the next 14 days:"))
        for due, code, title in upcoming:
            out.print(f"  {tr.weekday_date(due)}  {code}  {_short(title)}")
    else:
        out.print(tr.gettext("Nothing falls due in the next 14 days."))
    unknown = [view for view in views if view.schedule_kind == ScheduleKind.UNKNOWN]
    if unknown:
        out.print(tr.gettext("Deadlines the coordinator still has to set:"))
        for view in unknown:
            out.print(f"  [yellow]{view.code}[/yellow]  {_short(view.title)}")
    out.print(tr.gettext("See every task: nhacviec plan show. Help: nhacviec --help."))


@plan_app.command("show")
def plan_show(
    as_json: JsonOption = False,
    plan_code: PlanOption = None,
) -> None:
    """Show every task: code, short title, lead unit, deadline and its parsed due dates."""
    with open_runtime() as runtime, session_scope(runtime.engine) as session:
        tr = runtime.translator
        plan = _require_plan(session, plan_code, tr)
        views = task_views(session, plan)
    period = plan_period(plan)
    schedules = [parse_deadline(view.deadline_text, period) for view in views]
    if as_json:
        rows = [
            task_json(view, schedule, tr) for view, schedule in zip(views, schedules, strict=True)
        ]
        _print_json(rows)
        return
    table = Table(title=plan.title, show_lines=False, expand=True)
    for header in (
        tr.gettext("Code"),
        tr.gettext("Task"),
        tr.gettext("Lead unit"),
        tr.gettext("Deadline"),
        tr.gettext("Due dates"),
        tr.gettext("Kind"),
    ):
        table.add_column(header, overflow="fold")
    for view in views:
        unknown = view.schedule_kind == ScheduleKind.UNKNOWN
        lead = (
            tr.gettext("All units")
            if view.lead_is_all_units
            else ", ".join(unit.code for unit in view.leads)
        )
        dates = ", ".join(tr.date(due) for due in view.due_dates)
        if unknown:
            dates = tr.gettext("needs a date")
        table.add_row(
            view.code,
            _short(view.title),
            lead,
            view.deadline_text or "—",
            dates,
            _kind_label(view.schedule_kind, tr),
            style="bold yellow" if unknown else None,
        )
    out.print(table)


@plan_app.command("import")
def plan_import(
    file: Annotated[Path, typer.Argument(help="A .yaml, .csv or .xlsx plan file.")],
    plan_code: Annotated[
        str | None, typer.Option("--plan", help="Plan to put a table into.")
    ] = None,
) -> None:
    """Import a plan file; a revised plan updates tasks by code and keeps their history."""
    with open_runtime() as runtime:
        tr = runtime.translator
        try:
            data = file.read_bytes()
        except OSError as error:
            err.print(
                tr.gettext("Cannot read {file}: {error}", file=str(file), error=error.strerror)
            )
            raise typer.Exit(2) from error
        try:
            document = read_plan_file(file.name, data)
            with session_scope(runtime.engine) as session:
                summary = import_plan(
                    session, document, now=runtime.clock.now(), plan_code=plan_code
                )
        except PlanFileError as error:
            _print_problems(error, file, tr)
            raise typer.Exit(1) from error
    out.print(
        tr.gettext(
            "Imported plan {plan}: {created} new, {updated} updated, {unchanged} unchanged, "
            "{archived} archived tasks.",
            plan=summary.plan_code,
            created=len(summary.created),
            updated=len(summary.updated),
            unchanged=len(summary.unchanged),
            archived=len(summary.archived),
        )
    )


@plan_app.command("export")
def plan_export(
    export_format: Annotated[ExportFormat, typer.Option("--format", help="xlsx or yaml.")],
    output: Annotated[Path | None, typer.Option("--out", help="File to write.")] = None,
    plan_code: PlanOption = None,
) -> None:
    """Export the plan as an Excel table or as YAML (to --out, or to the standard output)."""
    with open_runtime() as runtime, session_scope(runtime.engine) as session:
        tr = runtime.translator
        plan = _require_plan(session, plan_code, tr)
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
    output.write_bytes(content)
    err.print(tr.gettext("Wrote {file}.", file=str(output)))


@app.command("deadline")
def deadline(
    deadline_text: Annotated[str, typer.Argument(metavar="TEXT", help="A Vietnamese deadline.")],
    start: Annotated[
        str | None, typer.Option("--from", help="Plan period start, YYYY-MM-DD.")
    ] = None,
    end: Annotated[str | None, typer.Option("--to", help="Plan period end, YYYY-MM-DD.")] = None,
    as_json: JsonOption = False,
) -> None:
    """Read a Vietnamese deadline ("Quý III,IV/2025") the way the plan engine does."""
    tr = translator(Settings().locale)
    period = _period(start, end, tr)
    schedule = parse_deadline(deadline_text, period)
    if as_json:
        _print_json(deadline_json(deadline_text, schedule, tr))
        return
    out.print(f"{_kind_label(schedule.kind, tr)}: {tr.render(schedule.explanation)}")
    for due in schedule.due_dates:
        out.print(f"  {tr.weekday_date(due)}")


def _period(start: str | None, end: str | None, tr: Translator) -> Period:
    default = _bundled_period() if start is None or end is None else None
    try:
        first = date.fromisoformat(start) if start else None
        last = date.fromisoformat(end) if end else None
    except ValueError as error:
        err.print(tr.gettext("Write dates as YYYY-MM-DD, e.g. 2025-07-01."))
        raise typer.Exit(2) from error
    first = first or (default.start if default else None)
    last = last or (default.end if default else None)
    assert first is not None and last is not None
    if first > last:
        err.print(tr.render(text(PERIOD_REVERSED)))
        raise typer.Exit(2)
    return Period(first, last)


def _bundled_period() -> Period:
    # The default period is the bundled plan's, read from its file: no database needed.
    settings = Settings()
    document = read_plan_file(settings.plan_file.name, settings.plan_file.read_bytes())
    assert document.plan is not None
    return Period(document.plan.start, document.plan.end)


def _require_plan(session: Any, code: str | None, tr: Translator) -> Plan:
    plan = find_plan(session, code)
    if plan is None:
        err.print(tr.gettext("No plan “{code}”.", code=code or ""))
        raise typer.Exit(1)
    return plan


def _print_problems(error: PlanFileError, file: Path, tr: Translator) -> None:
    err.print(
        tr.gettext(
            "The plan was not imported ({file}); nothing was changed. Problems:", file=file.name
        )
    )
    for problem in error.problems:
        where = []
        if problem.row is not None:
            where.append(tr.gettext("row {row}", row=problem.row))
        if problem.column:
            where.append(tr.gettext("column “{column}”", column=problem.column))
        prefix = ", ".join(where)
        prefix = f"{prefix[:1].upper()}{prefix[1:]}: " if prefix else ""
        err.print(f"  - {prefix}{tr.render(problem.message)}", highlight=False)


def _kind_label(kind: ScheduleKind, tr: Translator) -> str:
    labels = {
        ScheduleKind.ONCE: tr.gettext("once"),
        ScheduleKind.MILESTONES: tr.gettext("milestones"),
        ScheduleKind.RECURRING: tr.gettext("recurring"),
        ScheduleKind.ONGOING: tr.gettext("ongoing"),
        ScheduleKind.UNKNOWN: tr.gettext("unknown"),
    }
    return labels[kind]


def _short(title: str, limit: int = 70) -> str:
    return title if len(title) <= limit else title[: limit - 1].rstrip() + "…"


def _print_json(value: object) -> None:
    sys.stdout.write(json.dumps(value, ensure_ascii=False, indent=2) + "\n")


def main() -> None:
    """Entry point of the ``nhacviec`` console script."""
    app()
