"""The Zalo channel: the same conversation core on the Zalo Bot Platform.

Zalo's Bot API looks like Telegram's but differs where it matters: one update per
poll and an HTTP 408 when idle, no update ids (so updates are deduplicated by
message id, and consumed ones may come back), the bot's own messages echoed back,
string ids, no buttons, no quoting, 2,000 characters at most, no file upload. So the
core's choices are written as a list to type from (bot/channels/numbered.py: "Trả lời
1, 2 hoặc 3", a task list's codes; completing a task or approving a person is asked
about by name first); free text answers the latest message about a task; commands may
be typed without the slash or the diacritics (the core reads "bao cao" as /baocao).
A report file goes out by a link the web face (bot/web) signs for the reader: the chart
as a photo Zalo fetches from it, the Word and Excel files as links in the text; without
a web face at a public address the reader is told to ask on Telegram instead.

Updates of one chat are answered in order, different chats side by side
(:class:`~bot.channels.supervision.ChatTurns`); whatever fails while answering one is
logged and apologised for, and polling goes on.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections import OrderedDict
from dataclasses import dataclass, replace
from typing import Any

from tornado.httpserver import HTTPServer

from bot.channels.numbered import DatabaseChoiceStore, NumberedChoices, PlanCodes, chat_locale
from bot.channels.router import Router
from bot.channels.supervision import MAX_PENDING_UPDATES, ChatTurns, apology, contained
from bot.channels.webhook import derived_secret, serve_webhook
from bot.channels.zalo.client import ZaloApiError, ZaloClient
from bot.runtime import Runtime
from handlers.conversation import Conversation
from handlers.formatting import split_text
from handlers.i18n import Translator, translator
from handlers.types import Incoming, Person, Reply
from models.db import session_scope
from models.officers import officer_by_identity
from models.tables import Channel
from scheduler.sweep import DeliveryFailed, Unreachable

log = logging.getLogger(__name__)
# Zalo's limit is 2,000 characters; it may count UTF-16 units, in which an emoji counts
# twice, so parts stay comfortably below.
MESSAGE_LIMIT = 1900
# Zalo answers an idle poll at once with an error now and then: do not hammer it. A poll
# that brought an update is followed at once (almost): Zalo hands out one update a poll, and
# a second a poll would make everyone wait behind one person's burst.
MIN_POLL_INTERVAL = 1.0
BUSY_POLL_INTERVAL = 0.02
SEEN_LIMIT = 5000
POLL_TIMEOUT = 30
SECRET_HEADER = "X-Bot-Api-Secret-Token"
SECRET_LABEL = "nhacviec zalo webhook"
GROUP_CHAT = "GROUP"  # Zalo's chat_type of a group (beta); private chats say "PRIVATE"


@dataclass(frozen=True)
class ZaloWebhook:
    """Where Zalo delivers updates: ``url`` is public; we listen on ``listen:port``."""

    url: str
    listen: str
    port: int
    secret: str

    @classmethod
    def make(
        cls, url: str, listen: str, port: int, secret: str | None, *, token: str
    ) -> ZaloWebhook:
        """A webhook configuration; without a set secret, one derived from the bot token.

        Every worker behind the same address computes the same one (see
        :func:`~bot.channels.webhook.derived_secret`).
        """
        return cls(url, listen, port, secret or derived_secret(token, SECRET_LABEL))


class ZaloChannel:
    """The bot on Zalo, by long polling or behind a webhook."""

    def __init__(
        self, runtime: Runtime, conversation: Conversation, client: ZaloClient, router: Router
    ) -> None:
        self.runtime = runtime
        self.conversation = conversation
        self.client = client
        self.router = router
        self.choices = NumberedChoices(
            runtime.clock,
            DatabaseChoiceStore(runtime.engine, Channel.ZALO),
            is_task_code=PlanCodes(runtime.engine, Channel.ZALO),
        )
        self.bot_id = ""
        self._seen: OrderedDict[tuple[str, str], None] = OrderedDict()
        self._poller: asyncio.Task[None] | None = None
        self._server: HTTPServer | None = None
        self._pending: set[asyncio.Task[None]] = set()
        self._turns = ChatTurns()
        router.add(Channel.ZALO, self)

    async def start(self, webhook: ZaloWebhook | None = None) -> None:
        """Learn the bot's id, then poll, or register and serve the webhook."""
        me = await self.client.get_me()
        self.bot_id = str(me.get("id", ""))
        if webhook is None:
            await self._forget_webhook()
            self._poller = asyncio.create_task(self._poll_forever())
        else:
            self._serve_webhook(webhook)
            await self.client.set_webhook(webhook.url, webhook.secret)
        log.info("Zalo bot %s is running", me.get("account_name", self.bot_id))

    async def stop(self) -> None:
        """Stop receiving updates and close the client."""
        if self._poller is not None:
            self._poller.cancel()
            await asyncio.gather(self._poller, return_exceptions=True)
        if self._server is not None:
            self._server.stop()
        if self._pending:
            await asyncio.gather(*self._pending, return_exceptions=True)
        await self.client.aclose()

    async def _forget_webhook(self) -> None:
        # getUpdates is refused while a webhook is set.
        try:
            if await self.client.get_webhook_info():
                await self.client.delete_webhook()
        except ZaloApiError as error:
            log.info("No Zalo webhook to remove (%s)", error.description)

    async def _poll_forever(self) -> None:
        while True:
            started = time.monotonic()
            try:
                updates = await self.client.get_updates(POLL_TIMEOUT)
            except ZaloApiError as error:
                log.warning("Zalo polling failed: %s", error)
                updates = []
                # A bad token (401) will not mend itself soon; anything else may.
                await asyncio.sleep(60 if error.code == 401 else 5)
            except Exception:
                # Nothing ends the polling: a surprise is logged, and the next poll comes.
                log.exception("Zalo polling failed unexpectedly")
                updates = []
                await asyncio.sleep(5)
            for update in updates:
                self.accept_update(update)
            while len(self._pending) > MAX_PENDING_UPDATES:
                # Answer what was taken before taking more.
                await asyncio.wait(set(self._pending), return_when=asyncio.FIRST_COMPLETED)
            interval = BUSY_POLL_INTERVAL if updates else MIN_POLL_INTERVAL
            elapsed = time.monotonic() - started
            if elapsed < interval:
                await asyncio.sleep(interval - elapsed)

    # --- receiving ------------------------------------------------------------------------

    async def handle_update(self, update: Any) -> None:
        """Answer one update and wait until it is answered (see :meth:`accept_update`)."""
        task = self.accept_update(update)
        if task is not None:
            await task

    def accept_update(self, update: Any) -> asyncio.Task[None] | None:
        """Take one update and answer it in its chat's turn, in the background.

        Duplicates, echoes and malformed payloads are dropped at once; the task is
        returned so that a caller may wait for the answer.
        """
        try:
            incoming = self._incoming(update)
        except Exception:
            log.exception("Dropped a Zalo update that could not be read")
            return None
        if incoming is None:
            return None
        task = asyncio.create_task(
            self._turns.run(incoming.chat_id, lambda: self._answer_safely(incoming))
        )
        self._pending.add(task)
        task.add_done_callback(self._pending.discard)
        return task

    async def _answer_safely(self, incoming: Incoming) -> None:
        person = incoming.person

        async def answer() -> None:
            replies = await asyncio.to_thread(self._replies_to, incoming)
            await self.router.route(incoming, replies)

        async def apologise() -> None:
            await self.deliver(incoming.chat_id, apology(person.language_code))

        await contained(f"a Zalo message from {person.external_id}", answer, apologise)

    def _replies_to(self, incoming: Incoming) -> list[Reply]:
        """The core's answer; in a private chat a typed number or code first becomes its
        choice, or a question about it (see bot/channels/numbered.py).

        In a worker thread: reading the offered choices is database work.
        """
        if not (incoming.private and incoming.text):
            return self.conversation.handle(incoming)
        reading = self.choices.read(incoming.chat_id, incoming.text, self._translator_of(incoming))
        if reading.answer:
            return [Reply(reading.answer)]
        notes = [Reply(reading.note)] if reading.note else []
        if reading.choice is not None:
            incoming = Incoming(incoming.person, incoming.chat_id, choice=reading.choice)
        return [*notes, *self.conversation.handle(incoming)]

    def _translator_of(self, incoming: Incoming) -> Translator:
        """The language the core answers the writer in (the hints must match it)."""
        person = incoming.person
        return translator(chat_locale(self.runtime.engine, Channel.ZALO, person.external_id))

    def _incoming(self, update: Any) -> Incoming | None:
        if not isinstance(update, dict):
            return None
        message = update.get("message")
        if not isinstance(message, dict):
            return None
        sender = _mapping(message.get("from"))
        chat = _mapping(message.get("chat"))
        sender_id = str(sender.get("id") or "")
        chat_id = str(chat.get("id") or sender_id)
        if not sender_id or not chat_id or sender_id == self.bot_id or sender.get("is_bot"):
            return None
        if self._already_seen(str(update.get("event_name", "")), message):
            return None
        text = message.get("text") or message.get("caption") or ""
        if not isinstance(text, str):
            return None
        # Zalo documents no handle (from: id, display_name, is_bot); one is taken if sent.
        username = sender.get("username")
        person = Person(
            Channel.ZALO,
            sender_id,
            str(sender.get("display_name") or ""),
            "vi",
            username if isinstance(username, str) else "",
        )
        private = str(chat.get("chat_type") or "").upper() != GROUP_CHAT
        return Incoming(person, chat_id, text=text, implicit_reply=True, private=private)

    def _already_seen(self, event: str, message: dict[str, Any]) -> bool:
        # Zalo has no update ids and may hand out consumed updates again.
        key = (event, str(message.get("message_id") or message.get("date") or ""))
        if key in self._seen:
            return True
        self._seen[key] = None
        while len(self._seen) > SEEN_LIMIT:
            self._seen.popitem(last=False)
        return False

    def _serve_webhook(self, webhook: ZaloWebhook) -> None:
        self._server = serve_webhook(
            "",
            webhook.port,
            webhook.listen,
            secret_header=SECRET_HEADER,
            secret=webhook.secret,
            accept=self.accept_webhook_body,
        )

    def accept_webhook_body(self, body: Any) -> None:
        """Take a webhook delivery (either documented shape) and answer it in the background."""
        update = body.get("result", body) if isinstance(body, dict) and "result" in body else body
        self.accept_update(update)

    # --- sending --------------------------------------------------------------------------

    async def deliver(self, chat_id: str, reply: Reply) -> None:
        """Send a conversation reply; a failure is logged, never raised."""
        try:
            message_id = await self._send(chat_id, reply, choices_required=False)
            if message_id and reply.task_id is not None:
                await asyncio.to_thread(
                    self.conversation.remember_message,
                    Channel.ZALO,
                    chat_id,
                    message_id,
                    reply.task_id,
                )
        except (Unreachable, DeliveryFailed) as error:
            log.warning("Could not deliver a Zalo message to %s: %s", chat_id, error)
        except Exception:
            log.exception("Could not deliver a Zalo message to %s", chat_id)

    async def send(self, external_id: str, reply: Reply) -> str:
        """Deliver a reminder or digest (the scheduler's Sender); return the message id."""
        return await self._send(external_id, reply)

    async def _send(self, chat_id: str, reply: Reply, *, choices_required: bool = True) -> str:
        try:
            # The reader's language, remembering the choices and signing a file's link
            # are database work: off the event loop.
            outgoing = await asyncio.to_thread(self._outgoing, chat_id, reply)
        except Exception as error:
            log.exception("Could not remember the choices offered to Zalo chat %s", chat_id)
            if choices_required:
                # A reminder whose numbers answer nothing: the sweep sends it again later.
                raise DeliveryFailed(f"the choices could not be saved: {error!r}") from error
            # An answer is still worth telling (what was done), without numbers to pick.
            text = self._text_of(chat_id, replace(reply, choices=()), translator(None))
            outgoing = _Outgoing(text)
        message_id = ""
        # Empty without a photo: a menu update, and Zalo has no command menu.
        for part in split_text(outgoing.text, MESSAGE_LIMIT) if outgoing.text else ():
            message_id = await self._sent(chat_id, part) or message_id
        if outgoing.photo is not None:
            message_id = await self._send_photo(chat_id, outgoing) or message_id
        return message_id

    async def _sent(self, chat_id: str, text: str) -> str:
        """Send one part of a text; its message id."""
        try:
            result = await self.client.send_message(chat_id, text)
        except ZaloApiError as error:
            if error.retryable:
                raise DeliveryFailed(str(error)) from error
            raise Unreachable(str(error)) from error
        return str(result.get("message_id", ""))

    async def _send_photo(self, chat_id: str, outgoing: _Outgoing) -> str:
        """The chart, which Zalo fetches from its signed link; the link as text when Zalo
        refuses the photo (it could not fetch it), so that the reader still has the chart."""
        assert outgoing.photo is not None
        try:
            result = await self.client.send_photo(chat_id, outgoing.photo)
        except ZaloApiError as error:
            if error.retryable:
                raise DeliveryFailed(str(error)) from error
            log.warning("Zalo refused the chart for %s (%s): sent as a link", chat_id, error)
            return await self._sent(chat_id, outgoing.photo_refused)
        return str(result.get("message_id", ""))

    def _outgoing(self, chat_id: str, reply: Reply) -> _Outgoing:
        # A private chat's id is its person's id (groups get no choices from the core).
        tr = translator(chat_locale(self.runtime.engine, Channel.ZALO, chat_id))
        link = self._file_link(chat_id, reply)
        text = self._text_of(chat_id, reply, tr, link)
        if link is None or reply.file is None or not reply.file.is_image:
            return _Outgoing(text)
        refused = tr.gettext("Open the chart: {url}", url=link)
        return _Outgoing(text, photo=link, photo_refused=refused)

    def _file_link(self, chat_id: str, reply: Reply) -> str | None:
        """A link to the reply's report file signed for the reader of the chat; None when
        no web face serves at a public address, or the reader is no officer."""
        file = reply.file
        web = self.runtime.web
        if file is None or file.report is None or web.face is None:
            return None
        with session_scope(self.runtime.engine) as session:
            reader = officer_by_identity(session, Channel.ZALO, chat_id)
        return None if reader is None else web.file_link(reader.id, file.report)

    def _text_of(
        self, chat_id: str, reply: Reply, tr: Translator, file_link: str | None = None
    ) -> str:
        parts = [reply.text] if reply.text else []
        if reply.file is not None and file_link is None:
            # Zalo takes files only as public URLs: say where the file can be had instead.
            parts.append(
                tr.gettext(
                    "(The file {name} cannot be sent on Zalo; ask for it on "
                    "Telegram or from the coordinator.)",
                    name=reply.file.name,
                )
            )
        elif reply.file is not None and not reply.file.is_image:
            parts.append(
                tr.gettext(
                    "Download {name} (a link for you alone, valid for 24 hours):\n{url}",
                    name=reply.file.name,
                    url=file_link,
                )
            )
        numbered = self.choices.render(chat_id, reply.choices, tr, about=reply.text)
        if numbered:
            parts.append(numbered)
        return "\n\n".join(parts)


@dataclass(frozen=True)
class _Outgoing:
    """A reply as Zalo takes it: a text, then the chart as a photo by its link."""

    text: str
    photo: str | None = None
    photo_refused: str = ""  # the text sent instead when Zalo refuses the photo


def _mapping(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}
