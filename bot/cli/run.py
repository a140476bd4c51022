"""``nhacviec run`` (and ``nhacviec`` alone): the bot on its channels, or the terminal chat."""

from __future__ import annotations

import asyncio
from datetime import timedelta
from typing import Annotated

import typer
from pydantic import SecretStr
from rich.markup import escape

from bot.cli.base import Command, console
from bot.cli.database import command_runtime, require_plan
from bot.cli.words import columns, short
from bot.runtime import Runtime
from models.clock import today
from models.db import session_scope
from models.plans import task_views
from models.standing import StandingKind
from models.text import N_

app = typer.Typer(add_completion=False)


@app.command(
    "run",
    cls=Command,
    help=N_(
        "Run the bot on every configured channel (Telegram, Zalo); without one, the chat "
        "in this terminal."
    ),
)
def run_command(
    webhook: Annotated[
        str | None,
        typer.Option("--webhook", help=N_("Public HTTPS URL: run a Telegram webhook there.")),
    ] = None,
    listen: Annotated[
        str, typer.Option("--listen", help=N_("Webhook: address to listen on."))
    ] = "0.0.0.0",
    port: Annotated[int, typer.Option("--port", help=N_("Webhook: port to listen on."))] = 8443,
    zalo_webhook: Annotated[
        str | None,
        typer.Option("--zalo-webhook", help=N_("Public HTTPS URL for Zalo's webhook.")),
    ] = None,
    zalo_port: Annotated[
        int, typer.Option("--zalo-port", help=N_("Zalo webhook: port to listen on."))
    ] = 8444,
) -> None:
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
    # The channels (python-telegram-bot, tornado, httpx) are imported only here: every
    # other command starts without them.
    from bot.channels.telegram import WebhookConfig
    from bot.channels.terminal import TerminalChat
    from bot.channels.zalo.channel import ZaloWebhook
    from bot.logs import configure_logging
    from bot.runner import RunOptions, serve
    from handlers.conversation import Conversation

    with command_runtime() as runtime:
        settings = runtime.settings
        if settings.telegram_bot_token is None and settings.zalo_bot_token is None:
            from bot.web.server import start_web_thread, terminal_links

            conversation = Conversation(
                runtime.engine, runtime.clock, runtime.calendar, runtime.core_settings
            )
            show_status(runtime)
            # The dashboard on this machine only, its link shown to each person played.
            web = start_web_thread(runtime)
            try:
                TerminalChat(
                    runtime,
                    conversation,
                    read=_read_line,
                    write=_write_plain,
                    dashboard_link=terminal_links(web) if web is not None else None,
                ).run()
            finally:
                if web is not None:
                    web.stop_thread()
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


def _read_line(prompt: str) -> str:
    return input(prompt)


def _write_plain(text: str) -> None:
    console().print(text, markup=False, highlight=False)
    console().print()


def show_status(runtime: Runtime) -> None:
    """The banner: the plan, its deadlines in the next 14 days, the deadlines to set."""
    tr = runtime.translator
    out = console()
    with session_scope(runtime.engine) as session:
        plan = require_plan(session, None, tr)
        views = task_views(session, plan)
    day = today(runtime.clock)
    out.print(f"[bold]{escape(plan.title)}[/bold]")
    out.print(
        tr.gettext(
            "Period: {start} - {end}; {count} tasks.",
            start=tr.date(plan.period_start),
            end=tr.date(plan.period_end),
            count=len(views),
        ),
        markup=False,
    )
    out.print(tr.gettext("Today: {day}.", day=tr.weekday_date(day)), markup=False)
    upcoming = sorted(
        (due, view.code, view.title)
        for view in views
        for due in view.due_dates
        if day <= due <= day + timedelta(days=14)
    )
    if upcoming:
        out.print(tr.gettext("Due in the next 14 days:"), markup=False)
        rows = [[tr.weekday_date(due), code, short(title)] for due, code, title in upcoming]
        for line in columns(rows):
            out.print(line, markup=False, highlight=False)
    else:
        out.print(tr.gettext("Nothing falls due in the next 14 days."), markup=False)
    # A date the coordinator set takes a task off this list (models.standing).
    unknown = [view for view in views if view.standing_kind is StandingKind.UNKNOWN]
    if unknown:
        out.print(tr.gettext("Deadlines the coordinator still has to set:"), markup=False)
        rows = [[view.code, short(view.title)] for view in unknown]
        for line, view in zip(columns(rows), unknown, strict=True):
            # The code stands out in yellow, as in `plan show`; the padding stays plain.
            code_width = len(line) - len(line.lstrip()) + len(view.code)
            out.print(
                f"[yellow]{escape(line[:code_width])}[/yellow]{escape(line[code_width:])}",
                highlight=False,
            )
    out.print(
        tr.gettext("See every task: nhacviec plan show. Help: nhacviec --help."), markup=False
    )
