"""Running every configured channel in one process, with the reminder service beside them.

Telegram when ``TELEGRAM_BOT_TOKEN`` is set, Zalo when ``ZALO_BOT_TOKEN`` is set, both when
both are: one asyncio loop, one conversation core, one reminder service whose sweep sends
through whichever channels run. SIGTERM or Ctrl-C stops everything cleanly.
"""

from __future__ import annotations

import asyncio
import logging
import signal
from dataclasses import dataclass

from bot.channels.router import Router
from bot.channels.telegram import TelegramChannel, WebhookConfig
from bot.channels.zalo.channel import ZaloChannel, ZaloWebhook
from bot.channels.zalo.client import ZaloClient
from bot.runtime import Runtime, settle_heap
from bot.web.server import start_web_face
from handlers.conversation import Conversation
from scheduler.service import ReminderService

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class RunOptions:
    """How the channels receive updates."""

    telegram_webhook: WebhookConfig | None = None
    zalo_webhook: ZaloWebhook | None = None


async def serve(runtime: Runtime, options: RunOptions) -> None:
    """Run the configured channels and the reminders until SIGTERM or SIGINT."""
    settings = runtime.settings
    conversation = Conversation(
        runtime.engine, runtime.clock, runtime.calendar, runtime.core_settings
    )
    router = Router()
    reminders = ReminderService(
        runtime.engine, runtime.clock, runtime.calendar, runtime.policy, router.channels
    )
    conversation.on_task_changed = reminders.replan
    conversation.on_officer_added = reminders.replan_unit
    telegram = (
        TelegramChannel(runtime, conversation, router) if settings.telegram_bot_token else None
    )
    zalo = None
    if settings.zalo_bot_token is not None:
        client = ZaloClient(settings.zalo_bot_token.get_secret_value(), settings.zalo_api_url)
        zalo = ZaloChannel(runtime, conversation, client, router)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for signal_number in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(signal_number, stop.set)
    web = None
    try:
        # The dashboard and the signed file links; the bot runs without them when the
        # port is taken (a warning says so).
        web = await start_web_face(runtime)
        if telegram is not None:
            await telegram.start(options.telegram_webhook)
        if zalo is not None:
            await zalo.start(options.zalo_webhook)
        speed = settings.clock_speed if settings.clock_start else 1.0
        reminders.start(speed)
        settle_heap()
        # Plan and sweep at once rather than a minute after start-up.
        first_tick = asyncio.create_task(reminders.tick())
        await stop.wait()
        first_tick.cancel()
    finally:
        reminders.stop()
        if zalo is not None:
            await zalo.stop()
        if telegram is not None:
            await telegram.stop()
        if web is not None:
            await web.stop()
        log.info("Stopped")
