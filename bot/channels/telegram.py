"""The Telegram channel: python-telegram-bot 22 in front of the conversation core.

Updates become :class:`~handlers.types.Incoming`, the core answers in a worker thread
(its database work is synchronous), and replies go out with choices as inline
keyboards, long texts split at Telegram's 4,096 characters, and per-chat command
menus.

Updates are handled concurrently across chats and in order within one
(:class:`~bot.channels.supervision.ChatTurns`), so one person's burst slows nobody else;
whatever fails while answering is logged, apologised for, and the next update comes.
In webhook mode the endpoint is our own (:mod:`bot.channels.webhook`) rather than PTB's,
whose tornado server reads bodies of up to 100 MB with no way to pass a smaller limit.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, replace
from typing import Any
from urllib.parse import urlsplit

from telegram import (
    BotCommand,
    BotCommandScopeChat,
    BotCommandScopeDefault,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    InputFile,
    MenuButton,
    MenuButtonDefault,
    MenuButtonWebApp,
    Message,
    Update,
    WebAppInfo,
)
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter, TelegramError, TimedOut
from telegram.ext import Application, CallbackQueryHandler, ContextTypes, MessageHandler, filters
from tornado.httpserver import HTTPServer

from bot.channels.pacing import flood_control
from bot.channels.router import Router
from bot.channels.supervision import MAX_PENDING_UPDATES, ChatTurns, apology, contained
from bot.channels.webhook import derived_secret, serve_webhook
from bot.runtime import Runtime
from handlers.conversation import Conversation
from handlers.formatting import split_text
from handlers.help import menu_for
from handlers.i18n import translator
from handlers.planupload import MAX_PLAN_FILE_BYTES
from handlers.types import Attachment, Choice, Incoming, Person, Reply
from models.tables import Channel
from scheduler.sweep import DeliveryFailed, Unreachable

log = logging.getLogger(__name__)
MESSAGE_LIMIT = 4096
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
SECRET_LABEL = "nhacviec telegram webhook"
ALLOWED_UPDATES = ["message", "callback_query"]


@dataclass(frozen=True)
class WebhookConfig:
    """Where Telegram delivers updates: ``url`` is public; we listen on ``listen:port``."""

    url: str
    listen: str
    port: int
    secret: str

    @property
    def path(self) -> str:
        """The URL path we answer on, the same as the public URL's."""
        return urlsplit(self.url).path.strip("/") or "telegram"

    @classmethod
    def make(
        cls, url: str, listen: str, port: int, secret: str | None, *, token: str
    ) -> WebhookConfig:
        """A webhook configuration; without a set secret, one derived from the bot token.

        Derived, not random: every worker behind the same address must check the same
        secret, or Telegram's deliveries meet a 403 at every worker but the last to start.
        """
        return cls(url, listen, port, secret or derived_secret(token, SECRET_LABEL))


class TelegramChannel:
    """The bot on Telegram, by long polling or behind a webhook."""

    def __init__(self, runtime: Runtime, conversation: Conversation, router: Router) -> None:
        token = runtime.settings.telegram_bot_token
        assert token is not None, "the Telegram channel needs TELEGRAM_BOT_TOKEN"
        self.runtime = runtime
        self.conversation = conversation
        self.router = router
        api_url = runtime.settings.telegram_api_url.rstrip("/")
        self.application = (
            Application.builder()
            .token(token.get_secret_value())
            .base_url(api_url)
            .base_file_url(_file_url(api_url))
            .rate_limiter(flood_control())
            # PTB only bounds the updates in flight; ChatTurns orders each chat's and bounds
            # the work. A chat's waiting updates hold PTB's slots, so the bound is generous.
            .concurrent_updates(MAX_PENDING_UPDATES)
            .build()
        )
        self._turns = ChatTurns()
        self._server: HTTPServer | None = None
        self.application.add_handler(CallbackQueryHandler(self._on_choice))
        self.application.add_handler(MessageHandler(filters.UpdateType.MESSAGE, self._on_message))
        self.application.add_error_handler(self._on_error)
        router.add(Channel.TELEGRAM, self)

    async def start(self, webhook: WebhookConfig | None = None) -> None:
        """Connect, set the default menu, and start receiving updates."""
        application = self.application
        await application.initialize()
        await self.prepare()
        await application.start()
        updater = application.updater
        assert updater is not None
        if webhook is None:
            await updater.start_polling(allowed_updates=ALLOWED_UPDATES)
        else:
            self._server = serve_webhook(
                webhook.path,
                webhook.port,
                webhook.listen,
                secret_header=SECRET_HEADER,
                secret=webhook.secret,
                accept=self.accept_webhook_body,
            )
            await application.bot.set_webhook(
                webhook.url, secret_token=webhook.secret, allowed_updates=ALLOWED_UPDATES
            )
        log.info("Telegram bot @%s is running", application.bot.username)

    async def prepare(self) -> None:
        """Learn the bot's name (for invite links), set the menu of people not registered and
        the chat menu button (the dashboard as a Mini App, when it is served)."""
        bot = self.application.bot
        self.conversation.settings = replace(self.conversation.settings, bot_username=bot.username)
        commands = [BotCommand(name, text) for name, text in menu_for(None, translator(None))]
        try:
            await bot.set_my_commands(commands, scope=BotCommandScopeDefault())
        except TelegramError as error:
            log.warning("Could not set the default command menu: %s", error)
        try:
            await bot.set_chat_menu_button(menu_button=self._menu_button())
        except TelegramError as error:
            log.warning("Could not set the chat menu button: %s", error)

    def _menu_button(self) -> MenuButton:
        """The Mini App (the dashboard) when the web face serves at an HTTPS address, as
        Telegram requires of a Mini App; otherwise Telegram's own button, the commands (a
        button left from an earlier start would open a page that is not served)."""
        mini_app = self._mini_app()
        if mini_app is None:
            return MenuButtonDefault()
        label = translator(self.runtime.settings.locale).gettext("Dashboard")
        return MenuButtonWebApp(label, WebAppInfo(mini_app))

    def _mini_app(self) -> str | None:
        """The Mini App's address, when the web face serves at an HTTPS one."""
        face = self.runtime.web.face
        if face is None or not face.base_url.startswith("https://"):
            return None
        return f"{face.base_url}/app"

    def accept_webhook_body(self, body: Any) -> None:
        """Queue one webhook delivery for the application, which answers it in the background."""
        try:
            update = Update.de_json(body, self.application.bot)
        except Exception:
            # Answered 200 all the same: Telegram would deliver the same body again forever.
            log.exception("Dropped a webhook delivery that is no update")
            return
        self.application.update_queue.put_nowait(update)

    async def stop(self) -> None:
        """Stop receiving updates and disconnect."""
        application = self.application
        if self._server is not None:
            self._server.stop()
        if application.updater is not None and application.updater.running:
            await application.updater.stop()
        if application.running:
            await application.stop()
        await application.shutdown()

    async def _on_message(self, update: Update, _context: ContextTypes.DEFAULT_TYPE) -> None:
        message = update.effective_message
        user = update.effective_user
        chat = update.effective_chat
        if message is None or user is None or chat is None:
            return
        # The chat's turn is taken before anything is awaited: that keeps its order.
        await self._in_turn(update, lambda: self._answer_message(update))

    async def _answer_message(self, update: Update) -> None:
        message, user = update.effective_message, update.effective_user
        chat = update.effective_chat
        assert message is not None and user is not None and chat is not None
        incoming = Incoming(
            person=_person(user.id, user.full_name, user.language_code, user.username),
            chat_id=str(chat.id),
            text=message.text or message.caption or "",
            reply_to_message_id=(
                str(message.reply_to_message.message_id) if message.reply_to_message else None
            ),
            attachment=_attachment(message),
            private=chat.type == chat.PRIVATE,
        )
        await self._answer(await self._with_content(incoming))

    async def _with_content(self, incoming: Incoming) -> Incoming:
        """The document's bytes, fetched when the core reads it (a coordinator's plan file)
        and Telegram says it is small enough; otherwise the core says what is wrong."""
        attachment = incoming.attachment
        if attachment is None or (attachment.size or 0) > MAX_PLAN_FILE_BYTES:
            return incoming
        if not await asyncio.to_thread(self.conversation.wants_file, incoming):
            return incoming
        try:
            file = await self.application.bot.get_file(attachment.file_id)
            content = bytes(await file.download_as_bytearray())
        except TelegramError as error:
            log.warning("Could not fetch a document in chat %s: %s", incoming.chat_id, error)
            return incoming
        return replace(incoming, attachment=replace(attachment, content=content))

    async def _on_choice(self, update: Update, _context: ContextTypes.DEFAULT_TYPE) -> None:
        query = update.callback_query
        chat = update.effective_chat
        if query is None or chat is None:
            return
        await self._in_turn(update, lambda: self._answer_choice(update))

    async def _answer_choice(self, update: Update) -> None:
        query, chat = update.callback_query, update.effective_chat
        assert query is not None and chat is not None
        try:
            await query.answer()  # stops the button's spinner; the answer matters more
        except TelegramError as error:
            log.warning("Could not answer a button press in chat %s: %s", chat.id, error)
        incoming = Incoming(
            person=_person(
                query.from_user.id,
                query.from_user.full_name,
                query.from_user.language_code,
                query.from_user.username,
            ),
            chat_id=str(chat.id),
            choice=query.data or "",
            private=chat.type == chat.PRIVATE,
        )
        await self._answer(incoming)

    async def _in_turn(self, update: Update, work: Callable[[], Awaitable[None]]) -> None:
        """Handle an update in its chat's turn; any failure is logged and apologised for."""
        assert update.effective_chat is not None
        chat_id = update.effective_chat.id
        user = update.effective_user
        language = user.language_code if user is not None else None

        async def apologise() -> None:
            await self.deliver(str(chat_id), apology(language))

        async def guarded() -> None:
            await contained(f"a Telegram update in chat {chat_id}", work, apologise)

        await self._turns.run(chat_id, guarded)

    async def _answer(self, incoming: Incoming) -> None:
        replies = await asyncio.to_thread(self.conversation.handle, incoming)
        await self.router.route(incoming, replies)

    async def deliver(self, chat_id: str, reply: Reply) -> None:
        """Send one reply to a chat; a failure is logged and does not stop the others."""
        try:
            await self._deliver(chat_id, reply)
        except Forbidden:
            log.warning("Chat %s blocked the bot or never started it", chat_id)
        except Exception:
            # Telegram's refusal or our own database (remembering the message) alike.
            log.exception("Could not deliver a message to chat %s", chat_id)

    async def send(self, external_id: str, reply: Reply) -> str:
        """Deliver a reminder or digest (the scheduler's Sender); return the message id."""
        try:
            # The sweep records its own message links, with the reminder rows.
            message_id = await self._deliver(external_id, reply, remember=False)
        except (Forbidden, BadRequest) as error:
            # Blocked, never started, or a chat Telegram does not know.
            raise Unreachable(str(error)) from error
        except (RetryAfter, TimedOut, NetworkError) as error:
            raise DeliveryFailed(str(error)) from error
        return message_id or ""

    async def _deliver(self, chat_id: str, reply: Reply, *, remember: bool = True) -> str | None:
        bot = self.application.bot
        if reply.menu is not None:
            commands = [BotCommand(name, text) for name, text in reply.menu]
            await bot.set_my_commands(commands, scope=BotCommandScopeChat(int(chat_id)))
        sent: Message | None = None
        if reply.text:
            parts = split_text(reply.text, MESSAGE_LIMIT)
            for index, part in enumerate(parts):
                last = index == len(parts) - 1
                sent = await bot.send_message(
                    chat_id,
                    part,
                    reply_markup=_keyboard(reply, self._mini_app()) if last else None,
                )
        if reply.file is not None:
            upload = InputFile(reply.file.content, filename=reply.file.name)
            if reply.file.is_image:
                sent = await bot.send_photo(chat_id, upload)
            else:
                sent = await bot.send_document(chat_id, upload)
        if sent is None:
            return None
        if remember and reply.task_id is not None:
            await asyncio.to_thread(
                self.conversation.remember_message,
                Channel.TELEGRAM,
                chat_id,
                str(sent.message_id),
                reply.task_id,
            )
        return str(sent.message_id)

    async def _on_error(self, _update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
        log.error("Error while handling an update", exc_info=context.error)


def _person(user_id: int, name: str, language: str | None, username: str | None) -> Person:
    return Person(Channel.TELEGRAM, str(user_id), name, language, username or "")


def _attachment(message: Message) -> Attachment | None:
    if message.document is not None:
        document = message.document
        return Attachment(document.file_id, document.file_name or "", document.file_size)
    if message.photo:
        return Attachment(message.photo[-1].file_id, "photo.jpg")
    return None


def _keyboard(reply: Reply, mini_app: str | None = None) -> InlineKeyboardMarkup | None:
    """The choices as buttons; one that opens the dashboard opens it as the Mini App at
    ``mini_app`` (an HTTPS address), or else asks the core for the person's link."""
    if not reply.choices:
        return None
    return InlineKeyboardMarkup([[_button(c, mini_app) for c in row] for row in reply.choices])


def _button(choice: Choice, mini_app: str | None) -> InlineKeyboardButton:
    if choice.opens_dashboard and mini_app is not None:
        return InlineKeyboardButton(choice.label, web_app=WebAppInfo(mini_app))
    return InlineKeyboardButton(choice.label, callback_data=choice.data)


def _file_url(api_url: str) -> str:
    # https://api.telegram.org/bot -> https://api.telegram.org/file/bot
    base, _, tail = api_url.rpartition("/")
    return f"{base}/file/{tail}"
