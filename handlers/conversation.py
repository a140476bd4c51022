"""The conversation core: one entry point that every channel calls.

:meth:`Conversation.handle` takes an :class:`~handlers.types.Incoming`, works out who
wrote and what they want, does it inside one database transaction, and returns the
replies. Any unexpected error rolls the transaction back, is logged with its trace,
and the writer gets a short apology: nothing is half-written and the bot goes on.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Collection
from dataclasses import dataclass, field, replace
from datetime import timedelta

from sqlalchemy import Engine
from sqlmodel import Session, col, select

from handlers import (
    confirmations,
    dashboard,
    extensions,
    linking,
    pending,
    planupload,
    progress,
    registration,
    reminders,
    reports,
    tasks,
)
from handlers import help as help_
from handlers.choices import Action, Picked, decode
from handlers.context import CoreSettings, Turn
from handlers.i18n import DEFAULT_LOCALE, SUPPORTED_LOCALES, translator
from handlers.types import Incoming, Reply
from models.calendar import WorkingCalendar
from models.clock import Clock
from models.db import session_scope
from models.officers import officer_by_identity, units_of
from models.progress import ProgressError, read_progress
from models.tables import Channel, ChatState, MessageLink, Role
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
    "giahan": extensions.extension_command,
    "baocao": reports.report_command,
    "moi": registration.invite,
    "nghiphep": reminders.leave_command,
    "kenh": linking.channel_command,
    "choduyet": pending.pending_command,
    "theodoi": dashboard.dashboard_command,
    "nhapkehoach": planupload.import_command,
}
# What a free-text message answers, by the question last asked (ChatState "step").
STEPS: dict[str, Callable[[Turn, str], None]] = {
    "register_commune": registration.commune_typed,
    "register_unit": registration.unit_typed,
    "register_name": registration.name_given,
    "blocker": progress.blocker_given,
    "extension": extensions.extension_given,
    "refuse_reason": extensions.refusal_reason_given,
    confirmations.RETURN_STEP: confirmations.return_reason_given,
    planupload.FIELD_STEP: planupload.field_given,
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

    def wants_file(self, incoming: Incoming) -> bool:
        """Whether the channel should fetch the bytes of the document sent: a plan file a
        coordinator sent on its own in a private chat (a document in reply to a message
        about a task is a progress attachment, kept on the platform by its id)."""
        attachment = incoming.attachment
        if not incoming.private or attachment is None:
            return False
        if not planupload.readable(attachment.file_name):
            return False
        person = incoming.person
        with session_scope(self.engine) as session:
            officer = officer_by_identity(session, person.channel, person.external_id)
            if officer is None or officer.role != Role.COORDINATOR:
                return False
            return _task_link(session, incoming) is None

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
    """A message starting with "/": the command its first words name, in any form."""
    # In a private chat only we read it: "/nhiemvu@somebot" is taken as meant for us.
    body = _BOT_NAME.sub(r"\1", text.strip()[1:], count=1)
    command = read_command(body)
    if command is None:
        _unknown_command(turn, body)
        return
    _run(turn, command)


_BOT_NAME = re.compile(r"^(\S*?)@\S*")


def _run(turn: Turn, command: TypedCommand) -> None:
    name, args = command.name, command.args
    if name == CANCEL:
        dropped = planupload.forget_waiting_file(turn)
        turn.clear_state()
        turn.say(
            turn.tr.gettext("Cancelled; the plan file was not imported and nothing was changed.")
            if dropped
            else turn.tr.gettext("Cancelled.")
        )
        return
    handler = PUBLIC_COMMANDS.get(name) or OFFICER_COMMANDS[name]
    if name in OFFICER_COMMANDS and turn.officer is None:
        _explain_registration(turn)
        return
    if name != "start" or not args:
        # A new command abandons any question left open.
        turn.clear_state()
    handler(turn, args)


def _unknown_command(turn: Turn, body: str) -> None:
    """No such command: suggest the one it was probably meant to be."""
    first = body.split(maxsplit=1)[0].lower() if body.strip() else ""
    unknown = turn.tr.gettext(
        "There is no command /{name}. Type /trogiup to see what you can do.", name=first[:30]
    )
    meant = suggest_command(body)
    if meant is None:
        turn.say(unknown)
        return
    turn.say(
        turn.tr.gettext(
            "There is no command /{name}. Did you mean {command}?",
            name=first[:30],
            command=meant,
        )
    )


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
    text = incoming.text.strip()
    if _marked_task(turn, text):
        return
    if planupload.offered_as_plan(incoming.attachment) and _replied_task(turn) is None:
        # A document on its own (not a reply about a task): a plan file to import.
        planupload.file_sent(turn)
        return
    step = turn.state().get("step")
    if step in STEPS and text:
        bare = read_command(text)
        if bare is not None and not bare.args:
            # "huỷ", "nhiệm vụ" alone: the person left the question for a command (one
            # a stranger may not use is explained, and their question stays).
            _run(turn, bare)
            return
        if step not in registration.STRANGER_STEPS and turn.officer is None:
            turn.clear_state()
        else:
            STEPS[step](turn, incoming.text)
            return
    link = _replied_task(turn)
    if link is not None and turn.officer is not None:
        progress.reply_to_task_message(turn, link)
        return
    command = read_command(text)
    if command is not None and arguments_fit(command, _unit_words(turn)):
        _run(turn, command)
        return
    if turn.officer is None and registration.looks_like_invite(incoming.text):
        registration.redeem_invite(turn, incoming.text)
        return
    # A code typed alone opens its task rather than being read as a percent of the
    # latest one: opening writes nothing, a percent nobody meant would be recorded.
    if tasks.open_typed_code(turn, text):
        return
    meant = near_miss(text)
    if meant is not None:
        turn.say(
            turn.tr.gettext(
                "Did you mean {command}? Type /trogiup to see what you can do.", command=meant
            )
        )
        return
    if incoming.implicit_reply and turn.officer is not None:
        latest = _latest_task_message(turn)
        if latest is not None:
            progress.reply_to_task_message(turn, latest)
            return
    if turn.officer is None:
        _explain_registration(turn)
        return
    if incoming.attachment is not None:
        # A photo or a file of another kind, sent on its own: not a plan file, and not
        # about a task since it replies to none.
        planupload.other_file_sent(turn)
        return
    turn.say(
        turn.tr.gettext(
            "I did not understand. To report progress, reply to a message about "
            "a task, or type /capnhat 12 50 note. Type /trogiup for help."
        )
    )


# "#12 50% đã gửi dự thảo" (or "NV12 ..."): progress on task 12, as /capnhat 12 ... or a
# reply would be; the marks are those tasks.typed_code knows.
_MARKED_UPDATE = re.compile(
    r"^(?:#|nv\.?)\s*(?P<code>[0-9]{1,3}(?:\.[0-9]{1,2})?)(?:\s*[:\u2013-]\s*|\s+)(?P<rest>\S.*)$",
    re.DOTALL | re.IGNORECASE,
)


def _marked_task(turn: Turn, text: str) -> bool:
    """Answer "#12 ..." (progress on task 12) and "#12" (open it); False for other text.

    The mark says a task is meant, so it wins over any pending question, as a command
    does, and a code that names no task is answered as such.
    """
    update = _MARKED_UPDATE.match(text)
    if update is None:
        read = tasks.typed_code(text)
        if read is None or not read[1]:
            return False
    if turn.officer is None:
        _explain_registration(turn)
        return True
    turn.clear_state()
    if update is None:
        tasks.open_typed_code(turn, text)
        return True
    read = tasks.typed_code("#" + update.group("code"))
    assert read is not None  # the same shape of code
    task = tasks.find_task_for_change(turn, read[0])
    if task is None:
        return True
    try:
        reading = read_progress(update.group("rest"))
    except ProgressError as error:
        turn.say(turn.tr.render(error.message))
        return True
    progress.save_progress(turn, task, reading)
    return True


# --- commands as people type them -------------------------------------------------------

CANCEL = "huy"
# Other names of a command. Every command is also known by its own name however it is
# typed: with or without the slash, marks, capitals or spaces ("Báo Cáo", "bao cao",
# "BAOCAO" are /baocao), so only true synonyms are listed here.
COMMAND_WORDS: dict[str, str] = {
    "help": "trogiup",
    "huy": CANCEL,
    "cancel": CANCEL,
    "batdau": "start",
    "bat dau": "start",
}
# A command's name is at most this many typed words ("nghỉ phép", "trợ giúp").
MAX_NAME_WORDS = 3
_WORD = re.compile(r"\S+")
_PUNCTUATION = ".,:;!?"


@dataclass(frozen=True)
class TypedCommand:
    """A command read from a message: its name in the tables and what follows it."""

    name: str
    args: str


def squeeze(text: str) -> str:
    """The key a typed command name is compared by: folded, without spaces."""
    return fold(text).replace(" ", "").strip(_PUNCTUATION)


def command_names() -> dict[str, str]:
    """Every key a command is known by (see :func:`squeeze`), and the command it names."""
    names = {name: name for name in (*PUBLIC_COMMANDS, *OFFICER_COMMANDS)}
    for word, command in COMMAND_WORDS.items():
        if command == CANCEL or command in names:
            names.setdefault(squeeze(word), command)
    return names


def read_command(text: str) -> TypedCommand | None:
    """The command the first words of ``text`` name, with the rest as its arguments.

    "báo cáo quý 4", "Bao Cao quy 4" and "baocao quy 4" all read as baocao with "quý 4"
    (the arguments as typed). None when the first words name no command.
    """
    words = list(_WORD.finditer(text))
    names = command_names()
    for length in range(min(MAX_NAME_WORDS, len(words)), 0, -1):
        key = squeeze("".join(word[0] for word in words[:length]))
        if key in names:
            return TypedCommand(names[key], text[words[length - 1].end() :].strip())
    return None


def typed_command(text: str, units: Collection[str] | None = None) -> str | None:
    """Read "bao cao quy4" as "/baocao quy4"; None when the text is no command.

    Without the slash the words after the name must have the command's shape
    (see :func:`arguments_fit`), so that "mời họp" stays a message.
    """
    command = read_command(text)
    if command is None or not arguments_fit(command, units):
        return None
    return f"/{command.name} {command.args}".rstrip()


def arguments_fit(command: TypedCommand, units: Collection[str] | None) -> bool:
    """Tell whether a command typed without the slash is one, judging by its arguments.

    A command word alone always is. Followed by more words it is a command only when
    they are what the command takes ("báo cáo quý 4", "mời kinhte", "cập nhật 12 50"),
    and free text otherwise: "mời họp", "báo cáo đã gửi" are progress notes or chatter.
    ``units`` holds the unit words of the writer's commune (codes and names folded
    without spaces); None when not known, and then any unit word fits.
    """
    if not command.args:
        return True
    shape = _ARGUMENT_SHAPES.get(command.name)
    return shape is not None and shape(command.args, units)


def _report_arguments(args: str, units: Collection[str] | None) -> bool:
    parsed = reports.parse_report_args(args)
    return parsed is not None and (parsed[0] is None or units is None or parsed[0] in units)


def _unit_argument(args: str, units: Collection[str] | None) -> bool:
    key = squeeze(args)
    return bool(key) and (units is None or key in units)


def _task_code_first(args: str, _units: Collection[str] | None) -> bool:
    return tasks.typed_code(args.split(maxsplit=1)[0]) is not None


# The words a leave's first day may start with: "mai", "từ 22/12", "thứ 6", "cuối tuần".
_DAY_WORDS = frozenset(
    {"tu", "mai", "ngay", "hom", "mot", "thu", "chu", "cn", "cuoi", "dau", "tuan", "sang"}
)


def _day_first(args: str, _units: Collection[str] | None) -> bool:
    first = fold(args).split(maxsplit=1)[0]
    return any(char.isdigit() for char in first) or first in _DAY_WORDS


_CODE_ARGUMENT = re.compile(r"[A-Za-z0-9][A-Za-z0-9 -]{3,30}")


def _code_argument(args: str, _units: Collection[str] | None) -> bool:
    return bool(_CODE_ARGUMENT.fullmatch(args))


def _channel_argument(args: str, _units: Collection[str] | None) -> bool:
    return linking.read_channels(args) is not None


def _locale_argument(args: str, _units: Collection[str] | None) -> bool:
    return fold(args) in SUPPORTED_LOCALES


_ARGUMENT_SHAPES: dict[str, Callable[[str, Collection[str] | None], bool]] = {
    "baocao": _report_arguments,
    "moi": _unit_argument,
    "capnhat": _task_code_first,
    "giahan": _task_code_first,
    "nghiphep": _day_first,
    "lienket": _code_argument,
    "start": _code_argument,
    "kenh": _channel_argument,
    "ngonngu": _locale_argument,
}


def _unit_words(turn: Turn) -> frozenset[str] | None:
    """The writer's commune's unit codes and names, as :func:`arguments_fit` compares them."""
    if turn.officer is None:
        return None
    units = units_of(turn.session, turn.officer.organisation.id or 0)
    return frozenset(word for unit in units for word in (unit.code.lower(), squeeze(unit.name)))


# --- near misses ------------------------------------------------------------------------

# Shorter names than this are too easily one edit from a real word to guess at.
MIN_GUESS = 3
# A slashless text must be this long before it is taken for a mistyped command: a
# short note ("chưa", "ok") is one edit from too many names.
MIN_TEXT_GUESS = 5


def suggest_command(body: str) -> str | None:
    """The command a mistyped one (after the slash) was probably meant to be, with its
    arguments: "capnhta 12 50" -> "/capnhat 12 50"; None when no name is close enough."""
    words = body.split()
    best: tuple[int, str, int] | None = None
    for length in range(1, min(MAX_NAME_WORDS, len(words)) + 1):
        key = squeeze("".join(words[:length]))
        found = _closest(key)
        if found is not None and (best is None or found[0] < best[0]):
            best = (found[0], found[1], length)
    if best is None:
        return None
    _, name, length = best
    rest = " ".join(words[length:])[:40]
    return f"/{name} {rest}".rstrip()


def near_miss(text: str) -> str | None:
    """The command a whole message of one or two words was probably meant to be.

    Only words of letters, long enough: "nhiemvuu", "bao coa", "gia hn" but never a
    note such as "xong" or "chưa".
    """
    if len(text.split()) > 2:
        return None
    key = squeeze(text)
    if len(key) < MIN_TEXT_GUESS or not (key.isascii() and key.isalpha()):
        return None
    found = _closest(key)
    return f"/{found[1]}" if found is not None else None


def _closest(key: str) -> tuple[int, str] | None:
    """The nearest command name within the edits allowed for ``key``'s length."""
    if len(key) < MIN_GUESS:
        return None
    allowed = 1 if len(key) <= 5 else 2
    best: tuple[int, str] | None = None
    for name, command in command_names().items():
        distance = edit_distance(key, name, limit=allowed)
        if 0 < distance <= allowed and (best is None or distance < best[0]):
            best = (distance, command)
    return best


def edit_distance(left: str, right: str, *, limit: int) -> int:
    """Damerau-Levenshtein distance (adjacent swaps count one), or ``limit + 1`` beyond it."""
    if abs(len(left) - len(right)) > limit:
        return limit + 1
    previous2: list[int] = []
    previous = list(range(len(right) + 1))
    for i, lchar in enumerate(left, start=1):
        current = [i] + [0] * len(right)
        for j, rchar in enumerate(right, start=1):
            cost = 0 if lchar == rchar else 1
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and lchar == right[j - 2] and left[i - 2] == rchar:
                current[j] = min(current[j], previous2[j - 2] + 1)
        previous2, previous = previous, current
    return min(previous[-1], limit + 1)


LATEST_TASK_MESSAGE_DAYS = 3


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
    return _task_link(turn.session, turn.incoming)


def _task_link(session: Session, incoming: Incoming) -> MessageLink | None:
    """The message about a task that ``incoming`` replies to, if it replies to one."""
    if incoming.reply_to_message_id is None:
        return None
    return session.exec(
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
    Action.ASK_EXTENSION: lambda t, p: extensions.ask_extension(t, p.number()),
    Action.APPROVE_EXTENSION: lambda t, p: extensions.decide_extension(
        t, p.number(), approve=True
    ),
    Action.REFUSE_EXTENSION: lambda t, p: extensions.decide_extension(
        t, p.number(), approve=False
    ),
    Action.PERCENT_MENU: lambda t, p: reminders.percent_menu(t, p.number()),
    Action.SNOOZE: lambda t, p: reminders.snooze_task(t, p.number(0), p.number(1)),
    Action.REPORT_FILE: reports.report_file_choice,
    Action.UNLINK_CHAT: lambda t, p: linking.unlink_chat(t, p.number()),
    Action.WITHDRAW_EXTENSION: lambda t, p: extensions.withdraw_request(t, p.number()),
    Action.REFUSE_WITHOUT_REASON: lambda t, p: extensions.refuse_without_reason(t, p.number()),
    Action.CANCEL_LEAVE: lambda t, p: reminders.cancel_leave_choice(t, p.number()),
    Action.OPEN_DASHBOARD: lambda t, _p: dashboard.dashboard_command(t, ""),
    Action.CONFIRM_COMPLETION: lambda t, p: confirmations.confirm_completion(t, p.number()),
    Action.RETURN_COMPLETION: lambda t, p: confirmations.return_completion(t, p.number()),
    Action.PLAN_UNIT: planupload.unit_chosen,
    Action.PLAN_CONFIRM: planupload.confirm,
    Action.PLAN_CANCEL: planupload.cancel,
    Action.PLAN_ISSUED_ON: planupload.issued_on_asked,
    Action.PLAN_REVISES: planupload.revision_chosen,
}
