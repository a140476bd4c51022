"""``nhacviec officer add|list|remove``: officers registered from the command line."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated

import typer
from rich.markup import escape
from rich.table import Table
from sqlmodel import Session

from bot.cli.base import Command, CommandGroup, console, fail, say
from bot.cli.database import command_runtime, pick_organisation
from bot.cli.words import role_label
from handlers.i18n import Translator
from models.db import session_scope
from models.officers import (
    OfficerCard,
    add_officer,
    deactivate_officer,
    find_unit,
    list_officers,
    officer_by_identity,
    units_of,
)
from models.tables import Channel, Officer, Organisation, Role, Unit
from models.text import N_

app = typer.Typer(
    cls=CommandGroup,
    help=N_("Register, list and remove officers."),
    no_args_is_help=True,
    add_completion=False,
)


class RoleOption(StrEnum):
    """Roles ``officer add`` accepts."""

    OFFICER = "officer"
    UNIT_HEAD = "unit_head"
    COORDINATOR = "coordinator"
    LEADER = "leader"


@app.command(
    "add",
    cls=Command,
    help=N_(
        "Register an officer directly (the first coordinator is made this way). A Telegram "
        "id already registered is refused, with what would change; --update changes it."
    ),
)
def officer_add(
    telegram_id: Annotated[
        int, typer.Option("--telegram-id", help=N_("The person's Telegram id."))
    ],
    name: Annotated[str, typer.Option("--name", help=N_("Full name."))],
    unit: Annotated[str, typer.Option("--unit", help=N_("Unit code, e.g. vhxh."))],
    role: Annotated[
        RoleOption,
        typer.Option(
            "--role",
            help=N_(
                "Role: officer (cán bộ), unit_head (trưởng đơn vị), coordinator (cán bộ "
                "đầu mối) or leader (lãnh đạo)."
            ),
        ),
    ] = RoleOption.OFFICER,
    commune: Annotated[
        str | None,
        typer.Option("--commune", help=N_("Commune (or city) code, when there are several.")),
    ] = None,
    update: Annotated[
        bool,
        typer.Option("--update", help=N_("Change the officer who already has this Telegram id.")),
    ] = False,
) -> None:
    with command_runtime() as runtime, session_scope(runtime.engine) as session:
        tr = runtime.translator
        full_name = " ".join(name.split())
        if not full_name:
            fail(tr.gettext("Give the officer's full name with --name."))
        organisation = pick_organisation(session, commune, tr)
        found = _unit(session, organisation, unit, tr)
        holder = officer_by_identity(session, Channel.TELEGRAM, str(telegram_id))
        if holder is not None:
            _change_holder(session, holder, found, full_name, Role(role.value), update, tr)
            return
        officer = add_officer(
            session,
            unit=found,
            full_name=full_name,
            role=Role(role.value),
            channel=Channel.TELEGRAM,
            external_id=str(telegram_id),
            now=runtime.clock.now(),
        )
        say(
            tr.gettext(
                "Registered {name} ({role}) in {unit}, officer number {id}.",
                name=full_name,
                role=role_label(role.value, tr),
                unit=found.name,
                id=officer.id,
            )
        )


def _unit(session: Session, organisation: Organisation, code: str, tr: Translator) -> Unit:
    """The unit the officer joins; a city or province, which has none, gets one."""
    found = find_unit(session, code, organisation.id)
    if found is None and not units_of(session, organisation.id or 0):
        found = Unit(
            organisation_id=organisation.id or 0, code=code.strip().lower(), name=organisation.name
        )
        session.add(found)
        session.flush()
    if found is None:
        codes = ", ".join(u.code for u in units_of(session, organisation.id or 0))
        fail(tr.gettext("Unknown unit “{unit}”; the units are: {codes}.", unit=code, codes=codes))
    return found


def _change_holder(
    session: Session,
    holder: OfficerCard,
    unit: Unit,
    full_name: str,
    role: Role,
    update: bool,
    tr: Translator,
) -> None:
    """The Telegram id is an officer's already: say what would change, or change it."""
    officer = holder.officer
    changes = _changes(holder, unit, full_name, role, tr)
    if not changes:
        say(
            tr.gettext(
                "{name} is already registered so (officer number {id}); nothing to change.",
                name=officer.full_name,
                id=holder.id,
            )
        )
        return
    if not update:
        fail(
            tr.gettext(
                "This Telegram id is already {name}'s (officer number {id}); adding would "
                "change {changes}. Add --update to change it.",
                name=officer.full_name,
                id=holder.id,
                changes="; ".join(changes),
            ),
            1,
        )
    officer.full_name, officer.role = full_name, role
    officer.unit_id, officer.organisation_id = unit.id or 0, unit.organisation_id
    session.add(officer)
    say(
        tr.gettext(
            "Updated officer number {id}: {changes}.", id=holder.id, changes="; ".join(changes)
        )
    )


def _changes(
    holder: OfficerCard, unit: Unit, full_name: str, role: Role, tr: Translator
) -> list[str]:
    """What registering again would change, each as "name: old → new"."""
    changes = []
    if holder.officer.full_name != full_name:
        changes.append(
            tr.gettext("name “{old}” → “{new}”", old=holder.officer.full_name, new=full_name)
        )
    if holder.unit.id != unit.id:
        changes.append(tr.gettext("unit {old} → {new}", old=holder.unit.code, new=unit.code))
    if holder.role != role:
        changes.append(
            tr.gettext(
                "role {old} → {new}",
                old=role_label(holder.role.value, tr),
                new=role_label(role.value, tr),
            )
        )
    return changes


@app.command("list", cls=Command, help=N_("List the registered officers."))
def officer_list() -> None:
    with command_runtime() as runtime, session_scope(runtime.engine) as session:
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
                role_label(str(officer.role), tr),
                escape(accounts) or "—",
            )
    console().print(table)


@app.command(
    "remove", cls=Command, help=N_("Remove an officer from the bot; their history stays.")
)
def officer_remove(
    number: Annotated[
        int | None,
        typer.Argument(metavar="NUMBER", help=N_("Officer number (see officer list).")),
    ] = None,
    telegram_id: Annotated[
        int | None, typer.Option("--telegram-id", help=N_("The person's Telegram id."))
    ] = None,
) -> None:
    with command_runtime() as runtime, session_scope(runtime.engine) as session:
        tr = runtime.translator
        officer = None
        if number is not None:
            officer = session.get(Officer, number)
        elif telegram_id is not None:
            card = officer_by_identity(session, Channel.TELEGRAM, str(telegram_id))
            officer = card.officer if card else None
        if officer is None or not officer.active:
            fail(tr.gettext("No such officer; see nhacviec officer list."), 1)
        deactivate_officer(session, officer)
        say(tr.gettext("Removed {name}.", name=officer.full_name))
