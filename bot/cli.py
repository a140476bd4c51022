"""The ``nhacviec`` command."""

from __future__ import annotations

import asyncio
import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, timedelta
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer
from pydantic import SecretStr
from rich.console import Console
from rich.markup import escape
from rich.table import Table
from sqlmodel import Session, select

from bot.runtime import Runtime, build_runtime
from bot.settings import Settings
from handlers.i18n import Translator, translator
from handlers.planinfo import deadline_json, task_json
from handlers.reporting.files import FileFormat, report_file
from handlers.reports import city_json, city_reports, report_json
from models.clock import today
from models.db import session_scope
from models.deadline import Period, ScheduleKind, parse_deadline
from models.officers import (
    add_officer,
    deactivate_officer,
    find_unit,
    list_officers,
    officer_by_identity,
    units_of,
)
from models.planfile import (
    ALL_UNITS_LABEL,
    MAX_FILE_BYTES,
    PERIOD_REVERSED,
    PlanFileError,
    read_plan_file,
    write_xlsx,
    write_yaml,
)
from models.plans import communes_of, export_plan, find_plan, import_plan, plan_period, task_views
from models.report import ReportError, build_report
from models.tables import Channel, Officer, Organisation, Plan, Role, Unit
from models.text import text
from scheduler.simulate import Simulated, simulate, totals

_tr = translator(Settings().locale)
app = typer.Typer(
    help=_tr.gettext("Nhắc việc: deadline reminders and reports for a commune's plan."),
    no_args_is_help=False,
    add_completion=False,
    rich_markup_mode=None,
)
plan_app = typer.Typer(help=_tr.gettext("Show, import and export the plan."), no_args_is_help=True)
app.add_typer(plan_app, name="plan")
officer_app = typer.Typer(help=_tr.gettext("Register and remove officers."), no_args_is_help=True)
app.add_typer(officer_app, name="officer")

out = Console(soft_wrap=True)
err = Console(stderr=True, soft_wrap=True)


PlanOption = Annotated[str | None, typer.Option("--plan", help="Plan code (default: the latest).")]
JsonOption = Annotated[bool, typer.Option("--json", help="Print JSON.")]


class ExportFormat(StrEnum):
    """Formats ``plan export`` writes."""

    XLSX = "xlsx"
    YAML = "yaml"


@contextmanager
def _runtime() -> Iterator[Runtime]:
    """The runtime of a command, or a clear exit when the seed plan cannot be read.

    ``NHACVIEC_PLAN_FILE`` is loaded into an empty database on first use: a broken file
    ends the command with its problems listed, as ``plan import`` lists them, not a trace.
    """
    settings = Settings()
    tr = translator(settings.locale)
    try:
        runtime = build_runtime(settings)
    except PlanFileError as error:
        _print_problems(error, settings.plan_file, tr)
        raise typer.Exit(2) from error
    except OSError as error:
        err.print(
            tr.gettext(
                "Cannot read {file}: {error}", file=str(settings.plan_file), error=error.strerror
            ),
            markup=False,
        )
        raise typer.Exit(2) from error
    try:
        yield runtime
    finally:
        runtime.engine.dispose()


@app.callback(invoke_without_command=True)
def main_job(ctx: typer.Context) -> None:
    """Run the bot: on Telegram with TELEGRAM_BOT_TOKEN, otherwise the chat in this terminal."""
    if ctx.invoked_subcommand is not None:
        return
    run_bot(webhook=None, listen="0.0.0.0", port=8443)


@app.command("run")
def run_command(
    webhook: Annotated[
        str | None, typer.Option("--webhook", help="Public HTTPS URL: run a webhook there.")
    ] = None,
    listen: Annotated[str, typer.Option(help="Webhook: address to listen on.")] = "0.0.0.0",
    port: Annotated[int, typer.Option(help="Webhook: port to listen on.")] = 8443,
    zalo_webhook: Annotated[
        str | None, typer.Option("--zalo-webhook", help="Public HTTPS URL for Zalo's webhook.")
    ] = None,
    zalo_port: Annotated[int, typer.Option(help="Zalo webhook: port to listen on.")] = 8444,
) -> None:
    """Run the bot on every configured channel (Telegram, Zalo); the terminal chat without one."""
    run_bot(
        webhook=webhook, listen=listen, port=port, zalo_webhook=zalo_webhook, zalo_port=zalo_port
    )


def run_bot(
    *,
    webhook: str | None,
    listen: str,
    port: int,
    zalo_webhook: str | None = None,
    zalo_port: int = 8444,
) -> None:
    """Start every configured channel; the terminal chat when none is."""
    # The channels (python-telegram-bot, tornado, httpx) are imported only by the command
    # that runs them: `officer add` or `report` start in a fraction of the time.
    from bot.channels.telegram import WebhookConfig
    from bot.channels.terminal import TerminalChat
    from bot.channels.zalo.channel import ZaloWebhook
    from bot.logs import configure_logging
    from bot.runner import RunOptions, serve
    from handlers.conversation import Conversation

    with _runtime() as runtime:
        settings = runtime.settings
        if settings.telegram_bot_token is None and settings.zalo_bot_token is None:
            conversation = Conversation(runtime.engine, runtime.clock, runtime.calendar)
            show_status(runtime)
            TerminalChat(runtime, conversation, read=_read_line, write=_write_plain).run()
            return
        options = RunOptions(
            telegram_webhook=WebhookConfig.make(
                webhook,
                listen,
                port,
                _revealed(settings.webhook_secret),
                token=_revealed(settings.telegram_bot_token) or "",
            )
            if webhook
            else None,
            zalo_webhook=ZaloWebhook.make(
                zalo_webhook,
                listen,
                zalo_port,
                _revealed(settings.zalo_webhook_secret),
                token=_revealed(settings.zalo_bot_token) or "",
            )
            if zalo_webhook
            else None,
        )
        secrets = [
            secret
            for secret in (
                _revealed(settings.telegram_bot_token),
                _revealed(settings.zalo_bot_token),
                options.telegram_webhook.secret if options.telegram_webhook else None,
                options.zalo_webhook.secret if options.zalo_webhook else None,
            )
            if secret
        ]
        configure_logging(secrets)
        asyncio.run(serve(runtime, options))


def _revealed(secret: SecretStr | None) -> str | None:
    """The value of a secret setting, or None when it is unset."""
    return secret.get_secret_value() if secret is not None else None


class RoleOption(StrEnum):
    """Roles ``officer add`` accepts."""

    OFFICER = "officer"
    UNIT_HEAD = "unit_head"
    COORDINATOR = "coordinator"
    LEADER = "leader"


@officer_app.command("add")
def officer_add(
    telegram_id: Annotated[int, typer.Option("--telegram-id", help="The person's Telegram id.")],
    name: Annotated[str, typer.Option("--name", help="Full name.")],
    unit: Annotated[str, typer.Option("--unit", help="Unit code, e.g. vhxh.")],
    role: Annotated[RoleOption, typer.Option("--role", help="Role.")] = RoleOption.OFFICER,
    commune: Annotated[
        str | None,
        typer.Option("--commune", help="Commune (or city) code, when there are several."),
    ] = None,
) -> None:
    """Register an officer directly (the first coordinator is made this way)."""
    with _runtime() as runtime, session_scope(runtime.engine) as session:
        tr = runtime.translator
        organisation = _organisation(session, commune, tr)
        found = find_unit(session, unit, organisation.id)
        if found is None and not units_of(session, organisation.id or 0):
            # A city or province has no units of its own: its officers get one.
            found = Unit(
                organisation_id=organisation.id or 0,
                code=unit.strip().lower(),
                name=organisation.name,
            )
            session.add(found)
            session.flush()
        if found is None:
            codes = ", ".join(u.code for u in session.exec(select(Unit)))
            err.print(
                tr.gettext(
                    "Unknown unit “{unit}”; the units are: {codes}.", unit=unit, codes=codes
                )
            )
            raise typer.Exit(2)
        full_name = " ".join(name.split())
        if not full_name:
            err.print(tr.gettext("Give the officer's full name with --name."))
            raise typer.Exit(2)
        officer = add_officer(
            session,
            unit=found,
            full_name=full_name,
            role=Role(role.value),
            channel=Channel.TELEGRAM,
            external_id=str(telegram_id),
            now=runtime.clock.now(),
        )
        out.print(
            tr.gettext(
                "Registered {name} ({role}) in {unit}, officer number {id}.",
                name=full_name,
                role=role.value,
                unit=found.name,
                id=officer.id,
            ),
            markup=False,
        )


@officer_app.command("list")
def officer_list() -> None:
    """List the registered officers."""
    with _runtime() as runtime, session_scope(runtime.engine) as session:
        tr = runtime.translator
        rows = list_officers(session)
        table = Table(expand=False)
        for header in (
            tr.gettext("Number"),
            tr.gettext("Name"),
            tr.gettext("Unit"),
            tr.gettext("Role"),
            tr.gettext("Accounts"),
        ):
            table.add_column(header)
        for officer, unit, identities in rows:
            accounts = ", ".join(f"{i.channel}:{i.external_id}" for i in identities)
            # Names are data, not Rich markup: "[/]" in a name must print as typed.
            table.add_row(
                str(officer.id),
                escape(officer.full_name),
                escape(unit.code),
                str(officer.role),
                escape(accounts) or "—",
            )
    out.print(table)


@officer_app.command("remove")
def officer_remove(
    number: Annotated[
        int | None, typer.Argument(help="Officer number (see officer list).")
    ] = None,
    telegram_id: Annotated[int | None, typer.Option("--telegram-id")] = None,
) -> None:
    """Remove an officer from the bot; their history stays."""
    with _runtime() as runtime, session_scope(runtime.engine) as session:
        tr = runtime.translator
        officer = None
        if number is not None:
            officer = session.get(Officer, number)
        elif telegram_id is not None:
            card = officer_by_identity(session, Channel.TELEGRAM, str(telegram_id))
            officer = card.officer if card else None
        if officer is None or not officer.active:
            err.print(tr.gettext("No such officer; see nhacviec officer list."))
            raise typer.Exit(1)
        deactivate_officer(session, officer)
        out.print(tr.gettext("Removed {name}.", name=officer.full_name), markup=False)


class ReportFormat(StrEnum):
    """Formats ``report`` writes."""

    JSON = "json"
    DOCX = "docx"
    XLSX = "xlsx"
    PNG = "png"


@app.command("report")
def report_command(
    report_format: Annotated[
        ReportFormat, typer.Option("--format", help="json.")
    ] = ReportFormat.JSON,
    unit: Annotated[str | None, typer.Option("--unit", help="Unit code.")] = None,
    quarter: Annotated[int | None, typer.Option("--quarter", help="Quarter 1-4.")] = None,
    year: Annotated[int | None, typer.Option("--year", help="Year of the quarter.")] = None,
    output: Annotated[Path | None, typer.Option("--out", help="File to write.")] = None,
    plan_code: PlanOption = None,
    every_commune: Annotated[
        bool, typer.Option("--all", help="JSON of every commune under --commune (a city).")
    ] = False,
    commune: Annotated[
        str | None, typer.Option("--commune", help="City or province code.")
    ] = None,
) -> None:
    """The progress report: JSON data, a Word report, an Excel workbook or a chart."""
    if every_commune:
        _city_report(commune, output)
        return
    with _runtime() as runtime, session_scope(runtime.engine) as session:
        tr = runtime.translator
        plan = _require_plan(session, plan_code, tr)
        try:
            if report_format is ReportFormat.JSON:
                report = build_report(
                    session,
                    plan,
                    now=runtime.clock.now(),
                    unit_code=unit,
                    quarter=quarter,
                    year=year,
                )
                content = (
                    json.dumps(report_json(report, tr), ensure_ascii=False, indent=2) + "\n"
                ).encode()
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
                    year=year,
                )
                content, name = made.content, made.name
        except ReportError as error:
            err.print(tr.render(error.message))
            raise typer.Exit(2) from error
    if output is None and name is None:
        sys.stdout.buffer.write(content)
        return
    target = output or Path(name or "report")
    target.write_bytes(content)
    err.print(tr.gettext("Wrote {file}.", file=str(target)))


@app.command("simulate")
def simulate_command(
    start: Annotated[str | None, typer.Option("--from", help="First day, YYYY-MM-DD.")] = None,
    end: Annotated[str | None, typer.Option("--to", help="Last day, YYYY-MM-DD.")] = None,
    as_json: JsonOption = False,
    plan_code: PlanOption = None,
) -> None:
    """Print every reminder and digest the policy would send over a span (the live planner)."""
    with _runtime() as runtime, session_scope(runtime.engine) as session:
        tr = runtime.translator
        plan = _require_plan(session, plan_code, tr)
        period = _period(
            start or plan.period_start.isoformat(), end or plan.period_end.isoformat(), tr
        )
        messages = simulate(
            session,
            plan,
            start=period.start,
            end=period.end,
            policy=runtime.policy,
            calendar=runtime.calendar,
            tz=runtime.settings.tz,
        )
    if as_json:
        _print_json([message.as_json() for message in messages])
        return
    _print_simulation(messages, tr)


def _print_simulation(messages: list[Simulated], tr: Translator) -> None:
    kinds = {
        "before": tr.gettext("before"),
        "due": tr.gettext("due day"),
        "overdue": tr.gettext("overdue"),
        "checkin": tr.gettext("check-in"),
        "digest": tr.gettext("digest"),
        "snoozed": tr.gettext("snoozed"),
    }
    table = Table(expand=True)
    for header in (
        tr.gettext("When"),
        tr.gettext("Task"),
        tr.gettext("Unit"),
        tr.gettext("Recipient"),
        tr.gettext("Kind"),
        tr.gettext("Days"),
    ):
        table.add_column(header, overflow="fold", no_wrap=header == tr.gettext("When"))
    for message in messages:
        when = f"{tr.weekday_date(message.at.date())} {message.at:%H:%M}"
        days = ""
        if message.kind not in ("digest", "checkin"):
            days = (
                tr.gettext("{days} days left", days=message.days)
                if message.days > 0
                else (
                    tr.gettext("due today")
                    if message.days == 0
                    else tr.gettext("{days} days overdue", days=-message.days)
                )
            )
        table.add_row(
            when,
            escape(message.task or "—"),
            escape(message.unit),
            escape(message.recipient),
            kinds.get(message.kind, message.kind),
            days,
        )
    out.print(table)
    per_unit, per_kind = totals(messages)
    out.print(tr.gettext("{count} messages in all.", count=len(messages)))
    out.print(
        tr.gettext(
            "By unit: {counts}.",
            counts=", ".join(f"{unit} {count}" for unit, count in sorted(per_unit.items())),
        )
    )
    out.print(
        tr.gettext(
            "By kind: {counts}.",
            counts=", ".join(
                f"{kinds.get(kind, kind)} {count}" for kind, count in sorted(per_kind.items())
            ),
        )
    )


def _city_report(city_code: str | None, output: Path | None) -> None:
    with _runtime() as runtime, session_scope(runtime.engine) as session:
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
            err.print(
                tr.gettext(
                    "Name the city with --commune: {codes}.",
                    codes=", ".join(org.code for org in cities) or "—",
                )
            )
            raise typer.Exit(2)
        data = city_json(
            city_reports(session, city.id or 0, now=runtime.clock.now()),
            tr,
            now=runtime.clock.now(),
        )
    content = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    if output is None:
        sys.stdout.write(content)
    else:
        output.write_text(content, encoding="utf-8")


def _read_line(prompt: str) -> str:
    return input(prompt)


def _write_plain(text: str) -> None:
    out.print(text, markup=False, highlight=False)
    out.print()


def show_status(runtime: Runtime) -> None:
    """Print the plan, its deadlines in the next 14 days, and the deadlines that need a date."""
    tr = runtime.translator
    with session_scope(runtime.engine) as session:
        plan = _require_plan(session, None, tr)
        views = task_views(session, plan)
    day = today(runtime.clock)
    out.print(f"[bold]{escape(plan.title)}[/bold]")
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
            out.print(f"  {tr.weekday_date(due)}  {code}  {escape(_short(title))}")
    else:
        out.print(tr.gettext("Nothing falls due in the next 14 days."))
    unknown = [view for view in views if view.schedule_kind == ScheduleKind.UNKNOWN]
    if unknown:
        out.print(tr.gettext("Deadlines the coordinator still has to set:"))
        for view in unknown:
            out.print(f"  [yellow]{escape(view.code)}[/yellow]  {escape(_short(view.title))}")
    out.print(tr.gettext("See every task: nhacviec plan show. Help: nhacviec --help."))


@plan_app.command("show")
def plan_show(
    as_json: JsonOption = False,
    plan_code: PlanOption = None,
) -> None:
    """Show every task: code, short title, lead unit, deadline and its parsed due dates."""
    with _runtime() as runtime, session_scope(runtime.engine) as session:
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
    # Plan text is data, not Rich markup: a "[/]" in a title must print, not raise.
    table = Table(title=escape(plan.title), show_lines=False, expand=True)
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
            escape(view.code),
            escape(_short(view.title)),
            escape(lead),
            escape(view.deadline_text) or "—",
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
    with _runtime() as runtime:
        tr = runtime.translator
        try:
            # One byte past the limit is enough to refuse the file; /dev/zero or a
            # 10 GB file is never read whole.
            with file.open("rb") as handle:
                data = handle.read(MAX_FILE_BYTES + 1)
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
        ),
        markup=False,
    )


@plan_app.command("export")
def plan_export(
    export_format: Annotated[ExportFormat, typer.Option("--format", help="xlsx or yaml.")],
    output: Annotated[Path | None, typer.Option("--out", help="File to write.")] = None,
    plan_code: PlanOption = None,
) -> None:
    """Export the plan as an Excel table or as YAML (to --out, or to the standard output)."""
    with _runtime() as runtime, session_scope(runtime.engine) as session:
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


def _organisation(session: Session, code: str | None, tr: Translator) -> Organisation:
    organisations = list(session.exec(select(Organisation).order_by(Organisation.code)))
    if code is not None:
        chosen = next((org for org in organisations if org.code == code), None)
    elif len(organisations) == 1:
        chosen = organisations[0]
    else:
        with_plans = {plan.organisation_id for plan in session.exec(select(Plan))}
        candidates = [org for org in organisations if org.id in with_plans]
        chosen = candidates[0] if len(candidates) == 1 else None
    if chosen is None:
        err.print(
            tr.gettext(
                "Name the commune with --commune: {codes}.",
                codes=", ".join(org.code for org in organisations),
            )
        )
        raise typer.Exit(2)
    return chosen


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
        ),
        markup=False,
    )
    for problem in error.problems:
        where = []
        if problem.row is not None:
            where.append(tr.gettext("row {row}", row=problem.row))
        if problem.column:
            where.append(tr.gettext("column “{column}”", column=problem.column))
        prefix = ", ".join(where)
        prefix = f"{prefix[:1].upper()}{prefix[1:]}: " if prefix else ""
        err.print(f"  - {prefix}{tr.render(problem.message)}", markup=False, highlight=False)


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
