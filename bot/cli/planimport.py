"""``nhacviec plan import``: a plan file read, previewed and imported in one transaction.

Every problem of the file (its rows, its units, which commune and which plan it is)
is printed at once, by row and column, and nothing changes; otherwise the plan is
imported, or with ``--dry-run`` only shown.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from types import MappingProxyType

import typer

from bot.cli.base import fail, say, warn
from bot.cli.database import command_runtime, print_problems, print_warnings
from bot.cli.dates import read_option_day, settings_today
from bot.settings import Settings
from handlers.i18n import Translator
from handlers.planupload import unread_column_lines
from models.db import session_scope
from models.planfile import PlanFileError, ReadOptions
from models.planimport import ImportPreview, apply_preview, preview_file
from models.plans import ImportSummary
from models.vntext import in_sentence

_UNIT_CODE_CHARACTERS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789-_")


def read_options(
    tr: Translator,
    title: str | None,
    number: str | None,
    start: str | None,
    end: str | None,
    plan_code: str | None,
    units: Sequence[str],
    *,
    issued_on: str | None = None,
) -> ReadOptions:
    """The options as the reader takes them, or an end with one line naming the bad one."""
    today = settings_today(Settings()) if start or end or issued_on else None
    return ReadOptions(
        title=title,
        number=number,
        issued_on=(
            read_option_day(issued_on, "--issued-on", today, tr) if issued_on and today else None
        ),
        start=read_option_day(start, "--from", today, tr) if start and today else None,
        end=read_option_day(end, "--to", today, tr) if end and today else None,
        plan_code=plan_code,
        unit_names=MappingProxyType(dict(_unit_name(value, tr) for value in units)),
    )


def _unit_name(value: str, tr: Translator) -> tuple[str, str]:
    name, _, code = value.rpartition("=")
    code = code.strip()
    if not name.strip() or not code or not set(code) <= _UNIT_CODE_CHARACTERS or len(code) > 32:
        fail(
            tr.gettext(
                "--unit “{value}”: write the name, “=” and a unit code of lower-case letters, "
                "digits and “-”, e.g. --unit “Phòng Tư pháp=tuphap”.",
                value=value,
            )
        )
    return " ".join(name.split()), code


def import_file(
    file: Path, data: bytes, options: ReadOptions, *, commune: str | None, dry_run: bool
) -> None:
    """Preview the file for its commune; import it unless it has problems or ``dry_run``."""
    preview: ImportPreview | None = None
    with command_runtime() as runtime:
        tr = runtime.translator
        try:
            with session_scope(runtime.engine) as session:
                preview = preview_file(session, file.name, data, options, commune=commune)
                if not preview.ok:
                    raise PlanFileError(preview.problems)
                if dry_run:
                    print_preview(preview, tr)
                    return
                summary = apply_preview(session, preview, now=runtime.clock.now())
        except PlanFileError as error:
            print_problems(error, file, tr)
            _hint_units(preview, tr)
            raise typer.Exit(1) from error
    assert preview is not None
    _print_summary(summary, preview, tr)


def _print_summary(summary: ImportSummary, preview: ImportPreview, tr: Translator) -> None:
    if preview.new_commune and preview.commune is not None:
        name, code = preview.commune.name, preview.commune.code
        named = in_sentence(name)
        # "Phường Hòa Xuân" says what it is: "Đã thêm phường Hòa Xuân", not "Đã thêm xã,
        # phường Phường Hòa Xuân"; a bare name keeps the noun of the message.
        say(
            tr.gettext("Added {name} ({code}).", name=named, code=code)
            if named != name
            else tr.gettext("Added commune {name} ({code}).", name=name, code=code)
        )
    if summary.new_units:
        say(
            tr.gettext(
                "Added units: {units}.",
                units=", ".join(
                    f"{preview.unit_names.get(code, code)} ({code})" for code in summary.new_units
                ),
            )
        )
    if summary.new_plan:
        say(tr.gettext("New plan {plan}.", plan=summary.plan_code))
        if preview.same_period:
            say(
                tr.gettext(
                    "The commune already has a plan for the same period: {plans}. This file "
                    "has another title and does not share its number, so it became a new plan "
                    "beside it. If it was meant as a revision, import the revision with --plan "
                    "CODE.",
                    plans=_plans(preview),
                )
            )
    elif preview.assumed_plan:
        say(
            tr.gettext(
                "The file names no plan (no title, no period): it went into the commune's "
                "latest plan, {plan}.",
                plan=summary.plan_code,
            )
        )
    say(
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
    for line in unread_column_lines(tr, preview):
        say(line)
    for name, code in summary.aliases:
        say(
            tr.gettext(
                "Remembered: from now on “{name}” in a plan file means {unit}.",
                name=name,
                unit=preview.unit_names.get(code, code),
            )
        )
    print_warnings(summary.warnings, tr)


def print_preview(preview: ImportPreview, tr: Translator) -> None:
    """What importing the file would do, changing nothing."""
    plan, commune = preview.plan, preview.commune
    assert plan is not None and commune is not None
    kind = tr.gettext("new") if preview.new_plan else tr.gettext("revision")
    number, start, end = plan.decision or "—", tr.date(plan.start), tr.date(plan.end)
    say(
        tr.gettext(
            "Plan: {title} ({code}, {kind}), number {number} of {day}, from {start} to {end}.",
            title=plan.title,
            code=plan.code,
            kind=kind,
            number=number,
            day=tr.date(plan.issued_on),
            start=start,
            end=end,
        )
        if plan.issued_on
        else tr.gettext(
            "Plan: {title} ({code}, {kind}), number {number}, from {start} to {end}.",
            title=plan.title,
            code=plan.code,
            kind=kind,
            number=number,
            start=start,
            end=end,
        )
    )
    say(
        tr.gettext(
            "Commune: {name} ({code}{new}).",
            name=commune.name,
            code=commune.code,
            new=tr.gettext(", new") if preview.new_commune else "",
        )
    )
    changes = preview.changes
    say(
        tr.gettext(
            "Tasks: {created} new, {updated} changed, {unchanged} unchanged, {archived} archived.",
            created=len(changes.created),
            updated=len(changes.updated),
            unchanged=len(changes.unchanged),
            archived=len(changes.archived),
        )
    )
    for code, count in sorted(preview.lead_tasks.items(), key=lambda item: -item[1]):
        say(
            tr.gettext(
                "  {unit}: leads {count} tasks",
                unit=preview.unit_names.get(code, code),
                count=count,
            )
        )
    if preview.new_plan and preview.same_period:
        say(
            tr.gettext(
                "The commune already has a plan for the same period: {plans}. This file has "
                "another title and does not share its number, so it would be a new plan beside "
                "it. If the file revises that plan, import it with --plan CODE.",
                plans=_plans(preview),
            )
        )
    for line in unread_column_lines(tr, preview):
        say(line)
    print_warnings(list(preview.warnings), tr)
    say(tr.gettext("Nothing was changed (--dry-run)."))


def _plans(preview: ImportPreview) -> str:
    return "; ".join(f"“{plan.title}” ({plan.code})" for plan in preview.same_period)


def _hint_units(preview: ImportPreview | None, tr: Translator) -> None:
    if preview is None or not preview.reading.unknown_units:
        return
    warn(
        tr.gettext(
            "Units the commune does not have: {names}. Name the unit each means with "
            "--unit “NAME=CODE” (a new code adds the unit).",
            names="; ".join(f"“{unit.name}”" for unit in preview.reading.unknown_units),
        )
    )
