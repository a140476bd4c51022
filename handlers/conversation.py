"""The conversation core: one entry point that every channel calls.

:meth:`Conversation.handle` takes an :class:`~handlers.types.Incoming`, works out who
wrote and what they want, does it inside one database transaction, and returns the
replies. Any unexpected error rolls the transaction back, is logged with its trace,
and the writer gets a short apology: nothing is half-written and the bot goes on.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import timedelta

from sqlalchemy import Engine
from sqlmodel import Session, col, select

from handlers import help as help_
from handlers import linking, progress, registration, reminders, reports, tasks
from handlers.choices import Action, Picked, decode
from handlers.context import CoreSettings, Turn
from handlers.i18n import DEFAULT_LOCALE, SUPPORTED_LOCALES, translator
from handlers.types import Incoming, Reply
from models.calendar import WorkingCalendar
from models.clock import Clock
from models.db import session_scope
from models.officers import officer_by_identity
from models.tables import Channel, ChatState, MessageLink
from models.vntext import clean_text, fold

log = logging.getLogger(__name__)

MAX_TEXT = 4000
Command = Callable[[Turn, str], None]

# Commands anyone may use; everything else needs a registered officer.
PUBLIC_COMMANDS: dict[str, Command] = {
    "start": registration.start,
    "dangky": registration.register,
    "trogiup": help_.help_command,
    "help": help_.help_command,
    "ngonngu": help_.language_command,
    "lienket": linking.link_command,
}
OFFICER_COMMANDS: dict[str, Command] = {
    "nhiemvu": tasks.list_tasks,
    "hanchot": tasks.deadlines_ahead,
    "capnhat": progress.update_command,
    "giahan": progress.extension_command,
    "baocao": reports.report_command,
    "moi": registration.invite,
    "nghiphep": reminders.leave_command,
    "kenh": linking.channel_command,
}
# What a free-text message answers, by the question last asked (ChatState "step").
STEPS: dict[str, Callable[[Turn, str], None]] = {
    "register_commune": registration.commune_typed,
    "register_name": registration.name_given,
    "blocker": progress.blocker_given,
    "extension": progress.extension_given,
}


@dataclass
class Conversation:
    """The platform-neutral bot."""

    engine: Engine
    clock: Clock
    calendar: WorkingCalendar
    settings: CoreSettings = field(default_factory=CoreSettings)
    # Called inside the transaction when a task's reminders must be planned again.
    on_task_changed: Callable[[Session, int], None] | None = None
    # Called inside the transaction when an officer joins a unit.
    on_officer_added: Callable[[Session, int], None] | None = None

    def handle(self, incoming: Incoming) -> list[Reply]:
        """Answer one message or choice; never raises."""
        try:
            # The input boundary: no control character (but newline and tab) is stored,
            # since one breaks the Word and Excel reports; every step reads clean text.
            person = replace(
                incoming.person, display_name=clean_text(incoming.person.display_name)
            )
            attachment = incoming.attachment and replace(
                incoming.attachment, file_name=clean_text(incoming.attachment.file_name)
            )
            incoming = replace(
                incoming, person=person, text=clean_text(incoming.text), attachment=attachment
            )
            with session_scope(self.engine) as session:
                turn = self._turn(session, incoming)
                self._dispatch(turn)
                return turn.replies
        except Exception:
            log.exception(
                "Failed to handle a message from %s:%s",
                incoming.person.channel,
                incoming.person.external_id,
            )
            tr = translator(incoming.person.language_code)
            return [
                Reply(
                    tr.gettext(
                        "Sorry, something went wrong on my side and nothing was "
                        "saved. Please try again in a moment."
                    )
                )
            ]

    def remember_message(
        self, channel: Channel, chat_id: str, message_id: str, task_id: int
    ) -> None:
        """Record that a sent message is about a task, so that a reply to it counts as progress."""
        with session_scope(self.engine) as session:
            session.add(
                MessageLink(
                    channel=channel,
                    chat_id=chat_id,
                    message_id=message_id,
                    task_id=task_id,
                    created_at=self.clock.now(),
                )
            )

    def _turn(self, session: Session, incoming: Incoming) -> Turn:
        person = incoming.person
        officer = officer_by_identity(session, person.channel, person.external_id)
        if officer is not None and officer.officer.unreachable_at is not None:
            # They wrote, so messages reach them again.
            officer.officer.unreachable_at = None
            session.add(officer.officer)
        locale = officer.officer.locale if officer else self._guest_locale(session, incoming)
        return Turn(
            session=session,
            incoming=incoming,
            now=self.clock.now(),
            tr=translator(locale),
            officer=officer,
            settings=self.settings,
            calendar=self.calendar,
            on_task_changed=self.on_task_changed,
            on_officer_added=self.on_officer_added,
        )

    @staticmethod
    def _guest_locale(session: Session, incoming: Incoming) -> str:
        person = incoming.person
        state = session.exec(
            select(ChatState).where(
                ChatState.channel == person.channel, ChatState.external_id == person.external_id
            )
        ).first()
        chosen = state.state.get("locale") if state else None
        if isinstance(chosen, str) and chosen in SUPPORTED_LOCALES:
            return chosen
        return DEFAULT_LOCALE

    def _dispatch(self, turn: Turn) -> None:
        incoming = turn.incoming
        if not incoming.private:
            _in_group(turn)
        elif incoming.choice is not None:
            _on_choice(turn, incoming.choice)
        elif len(incoming.text) > MAX_TEXT:
            turn.say(
                turn.tr.gettext(
                    "This message is too long ({length} characters); please keep "
                    "it under {limit}.",
                    length=len(incoming.text),
                    limit=MAX_TEXT,
                )
            )
        elif incoming.text.strip().startswith("/"):
            _on_command(turn, incoming.text.strip())
        else:
            _on_text(turn)


def _in_group(turn: Turn) -> None:
    """In a group chat show nothing of anyone's work: every member would see it.

    A command (or a pressed button) gets a pointer to the private chat; chatter, and
    commands meant for another bot, get no answer at all.
    """
    incoming = turn.incoming
    text = incoming.text.strip()
    if incoming.choice is None and not (text.startswith("/") and _addressed_to_us(turn, text)):
        return
    answer = turn.tr.gettext(
        "I show no task, report or file in a group chat. Please write to me privately."
    )
    username = turn.settings.bot_username
    on_telegram = incoming.person.channel == Channel.TELEGRAM
    turn.say(f"{answer}\nhttps://t.me/{username}" if username and on_telegram else answer)


def _addressed_to_us(turn: Turn, text: str) -> bool:
    """False for "/cmd@otherbot": in a group several bots read the same commands."""
    word = text[1:].split(maxsplit=1)[0] if text[1:].strip() else ""
    _, at, target = word.partition("@")
    ours = turn.settings.bot_username
    return not at or not ours or target.lower() == ours.lower()


def _on_command(turn: Turn, text: str) -> None:
    # In a private chat only we read it: "/nhiemvu@somebot" is taken as meant for us.
    word, _, args = text[1:].partition(" ")
    name = word.split("@", 1)[0].lower()
    if name in ("huy", "cancel"):
        turn.clear_state()
        turn.say(turn.tr.gettext("Cancelled."))
        return
    command = PUBLIC_COMMANDS.get(name) or OFFICER_COMMANDS.get(name)
    if command is None:
        turn.say(
            turn.tr.gettext(
                "There is no command /{name}. Type /trogiup to see what you can do.",
                name=name[:30],
            )
        )
        return
    if name in OFFICER_COMMANDS and turn.officer is None:
        _explain_registration(turn)
        return
    if name != "start" or not args.strip():
        # A new command abandons any question left open.
        turn.clear_state()
    command(turn, args.strip())


def _explain_registration(turn: Turn) -> None:
    turn.say(
        turn.tr.gettext(
            "You are not registered yet, so I cannot show you any task. Type "
            "/dangky to register, or open the invite link the coordinator sent "
            "you."
        )
    )


def _on_text(turn: Turn) -> None:
    incoming = turn.incoming
    step = turn.state().get("step")
    if step in STEPS and incoming.text.strip():
        if step not in registration.STRANGER_STEPS and turn.officer is None:
            turn.clear_state()
        else:
            STEPS[step](turn, incoming.text)
            return
    link = _replied_task(turn)
    if link is not None and turn.officer is not None:
        progress.reply_to_task_message(turn, link)
        return
    command = typed_command(incoming.text)
    if command is not None:
        _on_command(turn, command)
        return
    if turn.officer is None and registration.looks_like_invite(incoming.text):
        registration.redeem_invite(turn, incoming.text)
        return
    if incoming.implicit_reply and turn.officer is not None:
        latest = _latest_task_message(turn)
        if latest is not None:
            progress.reply_to_task_message(turn, latest)
            return
    if turn.officer is None:
        _explain_registration(turn)
        return
    turn.say(
        turn.tr.gettext(
            "I did not understand. To report progress, reply to a message about "
            "a task, or type /capnhat 12 50 note. Type /trogiup for help."
        )
    )


# Commands typed without the slash or the diacritics, as people type on Zalo:
# "baocao", "bao cao", "báo cáo" all mean /baocao. Matched on the first words only.
COMMAND_WORDS: dict[str, str] = {
    "nhiemvu": "nhiemvu",
    "nhiem vu": "nhiemvu",
    "baocao": "baocao",
    "bao cao": "baocao",
    "capnhat": "capnhat",
    "cap nhat": "capnhat",
    "giahan": "giahan",
    "gia han": "giahan",
    "hanchot": "hanchot",
    "han chot": "hanchot",
    "trogiup": "trogiup",
    "tro giup": "trogiup",
    "help": "trogiup",
    "dangky": "dangky",
    "dang ky": "dangky",
    "ngonngu": "ngonngu",
    "ngon ngu": "ngonngu",
    "nghiphep": "nghiphep",
    "nghi phep": "nghiphep",
    "lienket": "lienket",
    "lien ket": "lienket",
    "kenh": "kenh",
    "huy": "huy",
    "start": "start",
    "batdau": "start",
    "bat dau": "start",
}
LATEST_TASK_MESSAGE_DAYS = 3


def typed_command(text: str) -> str | None:
    """Read "bao cao quy4" as "/baocao quy4"; None when the text is no command word."""
    words = text.split()
    folded = [fold(word) for word in words[:2]]
    for length in (2, 1):
        key = " ".join(folded[:length])
        if len(folded) >= length and key in COMMAND_WORDS:
            return "/" + " ".join([COMMAND_WORDS[key], *words[length:]])
    return None


def _latest_task_message(turn: Turn) -> MessageLink | None:
    incoming = turn.incoming
    since = turn.now - timedelta(days=LATEST_TASK_MESSAGE_DAYS)
    return turn.session.exec(
        select(MessageLink)
        .where(
            MessageLink.channel == incoming.person.channel,
            MessageLink.chat_id == incoming.chat_id,
            col(MessageLink.created_at) >= since,
        )
        .order_by(col(MessageLink.created_at).desc(), col(MessageLink.id).desc())
    ).first()


def _replied_task(turn: Turn) -> MessageLink | None:
    incoming = turn.incoming
    if incoming.reply_to_message_id is None:
        return None
    return turn.session.exec(
        select(MessageLink).where(
            MessageLink.channel == incoming.person.channel,
            MessageLink.chat_id == incoming.chat_id,
            MessageLink.message_id == incoming.reply_to_message_id,
        )
    ).first()


def _on_choice(turn: Turn, data: str) -> None:
    picked = decode(data)
    if picked is None:
        turn.say(turn.tr.gettext("This choice is not valid or has expired."))
        return
    public = _PUBLIC_CHOICES.get(picked.action)
    if public is not None:
        public(turn, picked)
        return
    if turn.officer is None:
        _explain_registration(turn)
        return
    _OFFICER_CHOICES[picked.action](turn, picked)


def _cancel(turn: Turn, _picked: Picked) -> None:
    turn.clear_state()
    turn.say(turn.tr.gettext("Cancelled."))


_PUBLIC_CHOICES: dict[Action, Callable[[Turn, Picked], None]] = {
    Action.REGISTER_COMMUNE: lambda turn, p: registration.commune_picked(turn, p.number()),
    Action.REGISTER_UNIT: lambda turn, p: registration.unit_picked(turn, p.number()),
    Action.REGISTER_NAME: lambda turn, _: registration.use_display_name(turn),
    Action.LANGUAGE: lambda turn, p: help_.set_language(turn, p.args[0]),
    Action.CANCEL: _cancel,
}
_OFFICER_CHOICES: dict[Action, Callable[[Turn, Picked], None]] = {
    Action.APPROVE_REGISTRATION: lambda t, p: registration.decide_registration(
        t, p.number(), approve=True
    ),
    Action.REFUSE_REGISTRATION: lambda t, p: registration.decide_registration(
        t, p.number(), approve=False
    ),
    Action.OPEN_TASK: lambda t, p: tasks.show_task(t, p.number()),
    Action.SET_PERCENT: lambda t, p: progress.set_percent(t, p.number(0), p.number(1)),
    Action.COMPLETE: lambda t, p: progress.complete(t, p.number()),
    Action.REPORT_BLOCKER: lambda t, p: progress.ask_blocker(t, p.number()),
    Action.ASK_EXTENSION: lambda t, p: progress.ask_extension(t, p.number()),
    Action.APPROVE_EXTENSION: lambda t, p: progress.decide_extension(t, p.number(), approve=True),
    Action.REFUSE_EXTENSION: lambda t, p: progress.decide_extension(t, p.number(), approve=False),
    Action.PERCENT_MENU: lambda t, p: reminders.percent_menu(t, p.number()),
    Action.SNOOZE: lambda t, p: reminders.snooze_task(t, p.number(0), p.number(1)),
    Action.REPORT_FILE: reports.report_file_choice,
    Action.UNLINK_CHAT: lambda t, p: linking.unlink_chat(t, p.number()),
}
