"""``nhacviec simulate``: every reminder and digest of a span, from the live planner."""

from __future__ import annotations

from typing import Annotated

import typer

from bot.cli.base import Command, print_json, say
from bot.cli.database import command_runtime, require_plan
from bot.cli.dates import read_period
from bot.cli.words import columns
from handlers.i18n import Translator
from models.clock import today
from models.db import session_scope
from models.plans import plan_period
from models.text import N_
from scheduler.simulate import Simulated, simulate, totals

app = typer.Typer(add_completion=False)


@app.command(
    "simulate",
    cls=Command,
    help=N_(
        "Every reminder and digest the bot would send over a span, from the planner the "
        "running bot uses. What leave, done tasks and approved extensions cancel is left out, "
        "as the bot leaves it out."
    ),
)
def simulate_command(
    start: Annotated[
        str | None,
        typer.Option(
            "--from",
            help=N_("First day: dd/mm/yyyy or YYYY-MM-DD (default: the plan's first day)."),
        ),
    ] = None,
    end: Annotated[
        str | None,
        typer.Option(
            "--to", help=N_("Last day: dd/mm/yyyy or YYYY-MM-DD (default: the plan's last day).")
        ),
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help=N_("Print JSON."))] = False,
    plan_code: Annotated[
        str | None, typer.Option("--plan", help=N_("Plan code (default: the latest)."))
    ] = None,
) -> None:
    with command_runtime() as runtime, session_scope(runtime.engine) as session:
        tr = runtime.translator
        plan = require_plan(session, plan_code, tr)
        period = read_period(start, end, lambda: plan_period(plan), today(runtime.clock), tr)
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
        print_json([message.as_json() for message in messages])
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
    # Plain aligned columns: a Rich table of a few hundred rows takes longer to lay out
    # (and Rich to import) than the whole simulation.
    header = [
        tr.gettext("When"),
        tr.gettext("Task"),
        tr.gettext("Unit"),
        tr.gettext("Recipient"),
        tr.gettext("Kind"),
        tr.gettext("Days"),
    ]
    # A few dozen moments for hundreds of messages: each is written once (Babel's
    # weekday names are slow to look up one by one).
    moments = {
        moment: f"{tr.weekday_date(moment.date())} {moment:%H:%M}"
        for moment in {message.at for message in messages}
    }
    rows = [
        [
            moments[message.at],
            message.task or "—",
            message.unit,
            message.recipient,
            kinds.get(message.kind, message.kind),
            _days(message, tr),
        ]
        for message in messages
    ]
    say("\n".join(columns([header, *rows], indent="")))
    per_unit, per_kind = totals(messages)
    say(tr.gettext("{count} messages in all.", count=len(messages)))
    say(
        tr.gettext(
            "By unit: {counts}.",
            counts=", ".join(f"{unit} {count}" for unit, count in sorted(per_unit.items())),
        )
    )
    say(
        tr.gettext(
            "By kind: {counts}.",
            counts=", ".join(
                f"{kinds.get(kind, kind)} {count}" for kind, count in sorted(per_kind.items())
            ),
        )
    )


def _days(message: Simulated, tr: Translator) -> str:
    """How far the due date is, for reminders about one (not digests and check-ins)."""
    if message.kind in ("digest", "checkin"):
        return ""
    if message.days > 0:
        return tr.gettext("{days} days left", days=message.days)
    if message.days == 0:
        return tr.gettext("due today")
    return tr.gettext("{days} days overdue", days=-message.days)
