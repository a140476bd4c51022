"""``nhacviec commune confirm [on|off]``: a commune's own settings.

Whether an officer's completion waits for a coordinator's confirmation before reports
count it as done (Organisation.confirm_completion, on by default; issue 13). Turning it
off changes what comes next: completions reported from then on count at once, as before
confirmation existed. Those already awaiting stay for the coordinators to decide
(/choduyet), since nobody checked their products; the command says how many there are.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated

import typer

from bot.cli.base import Command, CommandGroup, say
from bot.cli.database import command_runtime, pick_organisation
from handlers.confirmations import awaiting_completions
from handlers.i18n import Translator
from models.db import session_scope
from models.tables import Organisation, row_id
from models.text import N_

app = typer.Typer(
    cls=CommandGroup,
    help=N_("A commune's settings: whether completions await the coordinator's confirmation."),
    no_args_is_help=True,
    add_completion=False,
)


@app.callback()
def commune_group() -> None:
    # A callback keeps ``commune`` a group with ``confirm`` under it (Typer would make a
    # group of one command that command itself), so that more settings can join it.
    pass


class Switch(StrEnum):
    """What ``commune confirm`` sets."""

    ON = "on"
    OFF = "off"


@app.command(
    "confirm",
    cls=Command,
    help=N_(
        "Whether an officer's completion counts as done only once a coordinator (cán bộ "
        "đầu mối) confirms it (on, the default) or at once (off). Without on or off, say "
        "which it is."
    ),
)
def confirm_command(
    switch: Annotated[
        Switch | None,
        typer.Argument(
            metavar="on|off",
            help=N_("on: completions await confirmation; off: they count at once."),
        ),
    ] = None,
    commune: Annotated[
        str | None,
        typer.Option("--commune", help=N_("Commune code, when there are several.")),
    ] = None,
) -> None:
    with command_runtime() as runtime, session_scope(runtime.engine) as session:
        tr = runtime.translator
        organisation = pick_organisation(session, commune, tr)
        zone = runtime.clock.now().tzinfo
        assert zone is not None, "the clock is timezone-aware"
        awaiting = len(awaiting_completions(session, row_id(organisation.id), zone))
        if switch is None:
            say(_state(organisation, tr))
            if awaiting:
                say(
                    tr.gettext(
                        "{count} completions await confirmation (/choduyet in the chat).",
                        count=awaiting,
                    )
                )
            return
        wanted = switch is Switch.ON
        if organisation.confirm_completion == wanted:
            say(_unchanged(organisation, tr))
            return
        organisation.confirm_completion = wanted
        session.add(organisation)
        say(_changed(organisation, tr))
        if not wanted and awaiting:
            say(
                tr.gettext(
                    "{count} completions reported earlier still await confirmation; the "
                    "coordinators confirm or return them with /choduyet.",
                    count=awaiting,
                )
            )


def _state(organisation: Organisation, tr: Translator) -> str:
    if organisation.confirm_completion:
        return tr.gettext(
            "{commune}: completion confirmation is on: an officer's completion counts as done "
            "once a coordinator (cán bộ đầu mối) confirms it.",
            commune=organisation.name,
        )
    return tr.gettext(
        "{commune}: completion confirmation is off: an officer's completion counts as done "
        "at once.",
        commune=organisation.name,
    )


def _unchanged(organisation: Organisation, tr: Translator) -> str:
    if organisation.confirm_completion:
        return tr.gettext(
            "{commune}: completion confirmation was already on; nothing changed.",
            commune=organisation.name,
        )
    return tr.gettext(
        "{commune}: completion confirmation was already off; nothing changed.",
        commune=organisation.name,
    )


def _changed(organisation: Organisation, tr: Translator) -> str:
    if organisation.confirm_completion:
        return tr.gettext(
            "{commune}: completion confirmation is now on; from now on an officer's "
            "completion counts as done once a coordinator confirms it.",
            commune=organisation.name,
        )
    return tr.gettext(
        "{commune}: completion confirmation is now off; from now on an officer's "
        "completion counts as done at once.",
        commune=organisation.name,
    )
