"""``nhacviec deadline``: read a Vietnamese deadline as the plan engine does (no database)."""

from __future__ import annotations

from typing import Annotated

import typer

from bot.cli.base import Command, cli_translator, print_json, say
from bot.cli.dates import bundled_period, read_period, settings_today
from bot.cli.words import kind_label
from bot.settings import Settings
from handlers.planinfo import deadline_json
from models.deadline import parse_deadline
from models.text import N_

app = typer.Typer(add_completion=False)


@app.command(
    "deadline",
    cls=Command,
    help=N_("Read a Vietnamese deadline (“Quý III,IV/2025”) the way the plan engine does."),
)
def deadline(
    deadline_text: Annotated[
        str, typer.Argument(metavar="TEXT", help=N_("A Vietnamese deadline."))
    ],
    start: Annotated[
        str | None,
        typer.Option("--from", help=N_("Start of the plan period (default: the bundled plan's).")),
    ] = None,
    end: Annotated[
        str | None,
        typer.Option("--to", help=N_("End of the plan period (default: the bundled plan's).")),
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help=N_("Print JSON."))] = False,
) -> None:
    settings = Settings()
    tr = cli_translator()
    period = read_period(
        start, end, lambda: bundled_period(settings, tr), settings_today(settings), tr
    )
    schedule = parse_deadline(deadline_text, period)
    if as_json:
        print_json(deadline_json(deadline_text, schedule, tr))
        return
    say(f"{kind_label(schedule.kind, tr)}: {tr.render(schedule.explanation)}")
    for due in schedule.due_dates:
        say(f"  {tr.weekday_date(due)}")
