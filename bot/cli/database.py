"""What the commands that read the database share: the runtime, the plan, the commune."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

import typer
from sqlalchemy.exc import ArgumentError, DBAPIError
from sqlmodel import Session, select

from bot.cli.base import fail, os_reason, warn
from bot.runtime import Runtime, build_runtime
from bot.settings import Settings
from handlers.i18n import Translator, translator
from models.planfile import PlanFileError, Problem
from models.plans import find_plan
from models.tables import Organisation, Plan


@contextmanager
def command_runtime() -> Iterator[Runtime]:
    """The runtime of a command, or one clear line when it cannot be built.

    ``NHACVIEC_PLAN_FILE`` is loaded into an empty database on first use: a broken file
    ends the command with its problems listed, as ``plan import`` lists them, not a trace.
    """
    settings = Settings()
    tr = translator(settings.locale)
    try:
        runtime = build_runtime(settings)
    except PlanFileError as error:
        print_problems(error, settings.plan_file, tr)
        raise typer.Exit(2) from error
    except OSError as error:
        fail(
            tr.gettext(
                "Cannot read {file}: {reason}.",
                file=str(error.filename or settings.plan_file),
                reason=os_reason(error, tr),
            )
        )
    except (ArgumentError, DBAPIError):
        fail(
            tr.gettext(
                "Cannot open the database named by DATABASE_URL: check the address, and "
                "that the database server is running."
            )
        )
    try:
        yield runtime
    finally:
        runtime.engine.dispose()


def require_plan(session: Session, code: str | None, tr: Translator) -> Plan:
    """The plan of that code (the latest without one), or an end with one line."""
    plan = find_plan(session, code)
    if plan is None:
        fail(tr.gettext("No plan “{code}”.", code=code or ""), 1)
    return plan


def pick_organisation(session: Session, code: str | None, tr: Translator) -> Organisation:
    """The commune (or city) an officer joins: the one named, the only one, or the only
    one with a plan; otherwise an end naming the choices."""
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
        fail(
            tr.gettext(
                "Name the commune with --commune: {codes}.",
                codes=", ".join(org.code for org in organisations),
            )
        )
    return chosen


def print_problems(error: PlanFileError, file: Path, tr: Translator) -> None:
    """Every problem of a plan file, each with its row and column."""
    warn(
        tr.gettext(
            "The plan was not imported ({file}); nothing was changed. Problems:", file=file.name
        )
    )
    for problem in error.problems:
        warn(_problem_line(problem, tr))


def print_warnings(warnings: Sequence[Problem], tr: Translator) -> None:
    """What an imported plan still needs fixed, each with its row and column."""
    if not warnings:
        return
    warn(tr.gettext("Imported, but check these rows and import the file again once fixed:"))
    for problem in warnings:
        warn(_problem_line(problem, tr))


def _problem_line(problem: Problem, tr: Translator) -> str:
    where = []
    if problem.table is not None:
        where.append(tr.gettext("table {table}", table=problem.table))
    if problem.row is not None:
        where.append(tr.gettext("row {row}", row=problem.row))
    if problem.column and not problem.column.startswith("--"):
        # An option ("--title") is no column of the file; the message names it already.
        where.append(tr.gettext("column “{column}”", column=problem.column))
    prefix = ", ".join(where)
    prefix = f"{prefix[:1].upper()}{prefix[1:]}: " if prefix else ""
    return f"  - {prefix}{tr.render(problem.message)}"
