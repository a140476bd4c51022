"""The ``nhacviec`` command.

Each sub-command lives in its own module, imported only when it is run (or its help is
asked for): ``nhacviec deadline`` never imports the database, ``nhacviec report
--format json`` never the Word, Excel or chart writers, and no command but ``run`` the
chat channels. ``COMMANDS`` lists them for ``nhacviec --help`` without importing them.
"""

from __future__ import annotations

import sys

# A command line started many times a day keeps its bytecode caches whatever
# PYTHONDONTWRITEBYTECODE says (set by some images and sandboxes): without them every
# start compiles SQLAlchemy, pydantic and the rest again, 2.3 s instead of 0.9 s. Set
# before the imports below; a cache that cannot be written is silently skipped.
sys.dont_write_bytecode = False

import typer  # noqa: E402 - after the bytecode setting above

from bot.cli.base import RootGroup  # noqa: E402
from models.text import N_  # noqa: E402

COMMANDS = {
    "run": (
        "bot.cli.run",
        N_(
            "Run the bot on every configured channel (Telegram, Zalo); without one, the "
            "chat in this terminal."
        ),
    ),
    "report": (
        "bot.cli.report",
        N_("The progress report: JSON data, a Word report, an Excel workbook or a chart."),
    ),
    "simulate": (
        "bot.cli.simulate",
        N_(
            "Every reminder and digest the bot would send over a span, from the planner the "
            "running bot uses. What leave, done tasks and approved extensions cancel is left "
            "out, as the bot leaves it out."
        ),
    ),
    "deadline": (
        "bot.cli.deadline",
        N_("Read a Vietnamese deadline (“Quý III,IV/2025”) the way the plan engine does."),
    ),
    "plan": ("bot.cli.plan", N_("Show, import and export the plan.")),
    "officer": ("bot.cli.officer", N_("Register, list and remove officers.")),
    "commune": (
        "bot.cli.commune",
        N_("A commune's settings: whether completions await the coordinator's confirmation."),
    ),
}


class _Nhacviec(RootGroup):
    entries = COMMANDS


app = typer.Typer(
    cls=_Nhacviec,
    help=N_("Nhắc việc: deadline reminders and reports for a commune's plan."),
    add_completion=False,
    rich_markup_mode=None,
)


@app.callback(invoke_without_command=True)
def main_job(ctx: typer.Context) -> None:
    """Without a command: run the bot, as ``nhacviec run`` does."""
    if ctx.invoked_subcommand is not None:
        return
    from bot.cli.run import run_bot

    run_bot(webhook=None, listen="0.0.0.0", port=8443)


def main() -> None:
    """Entry point of the ``nhacviec`` console script."""
    app()
