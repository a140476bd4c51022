"""The terminal channel: try every command at the keyboard, without a bot token.

``uv run nhacviec`` with no ``TELEGRAM_BOT_TOKEN`` opens it on the embedded database.
A newcomer picks who to be (the coordinator, an officer of a unit, a leader, or a
stranger who has to register), switches with ``/doivai`` and leaves with ``/thoat``,
Ctrl-D or a closed input. Choices work as on Zalo (bot/channels/numbered.py): type the
number, or in a task list the task's code; completing a task or approving someone asks
"có/không" first. A message about a task is marked ``[↩3]``: type
``>3 50% đã gửi dự thảo`` to reply to it (``>`` rather than ``#``, since ``#12`` means
task 12). Messages for the other people played here wait in their inbox until you switch.
``/tep PATH`` sends a file of this computer as if attached in a chat (a coordinator's plan
file: see ``/nhapkehoach``).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from sqlmodel import select

from bot.channels.numbered import NumberedChoices, PlanCodes, chat_locale, choice_number
from bot.channels.supervision import apology
from bot.runtime import Runtime
from handlers.conversation import Conversation
from handlers.i18n import Translator, translator
from handlers.planupload import MAX_PLAN_FILE_BYTES
from handlers.types import Attachment, Incoming, Person, Reply
from models.db import session_scope
from models.officers import add_officer, find_unit, officer_by_identity
from models.tables import Channel, ChatIdentity, Decision, RegistrationRequest, Role

log = logging.getLogger(__name__)
# ">3 50% đã gửi": a reply to the message marked [↩3] (the marker itself may be pasted).
_REPLY = re.compile(r"^(?:>|↩|\[↩)\s*([0-9]+)\]?\s+(.+)$", re.S)
EXIT_COMMANDS = ("/thoat", "/exit", "/quit")
SWITCH_COMMAND = "/doivai"
FILE_COMMAND = "/tep"


@dataclass(frozen=True)
class Persona:
    """Someone the person at the keyboard can play."""

    external_id: str
    name: str
    unit_code: str | None  # None: not registered
    role: Role | None


DEMO_PEOPLE = (
    Persona("demo-dieuphoi", "Trần Thị Hoa", "vhxh", Role.COORDINATOR),
    Persona("demo-vanphong", "Lê Văn Cường", "vanphong", Role.OFFICER),
    Persona("demo-kinhte", "Phạm Thị Dung", "kinhte", Role.OFFICER),
    Persona("demo-pvhcc", "Hoàng Văn Đức", "pvhcc", Role.OFFICER),
    Persona("demo-snc", "Vũ Thị Giang", "snc", Role.OFFICER),
    Persona("demo-vhxh", "Đỗ Minh Hải", "vhxh", Role.UNIT_HEAD),
    Persona("demo-lanhdao", "Nguyễn Văn Bình", "vanphong", Role.LEADER),
    Persona("demo-nguoimoi", "Ngô Thị Lan", None, None),
)


def ensure_demo_people(runtime: Runtime) -> None:
    """Register the demo officers once, so that every role can be tried at once."""
    with session_scope(runtime.engine) as session:
        known = set(
            session.exec(
                select(ChatIdentity.external_id).where(ChatIdentity.channel == Channel.TERMINAL)
            )
        )
        for persona in DEMO_PEOPLE:
            if persona.unit_code is None or persona.role is None or persona.external_id in known:
                continue
            unit = find_unit(session, persona.unit_code)
            if unit is None:
                continue
            add_officer(
                session,
                unit=unit,
                full_name=persona.name,
                role=persona.role,
                channel=Channel.TERMINAL,
                external_id=persona.external_id,
                now=runtime.clock.now(),
            )


@dataclass
class TerminalChat:
    """A chat loop over ``read`` (returns a line, raises EOFError at the end) and ``write``."""

    runtime: Runtime
    conversation: Conversation
    read: Callable[[str], str]
    write: Callable[[str], None]
    choices: NumberedChoices | None = None
    # The dashboard link of a person played here, by chat id (bot/web), when it is served.
    dashboard_link: Callable[[str], str | None] | None = None
    inbox: dict[str, list[Reply]] = field(default_factory=dict)
    message_count: int = 0
    persona: Persona | None = None

    @property
    def tr(self) -> Translator:
        """The interface language."""
        return self.runtime.translator

    def __post_init__(self) -> None:
        if self.choices is None:
            self.choices = NumberedChoices(
                self.runtime.clock, is_task_code=PlanCodes(self.runtime.engine, Channel.TERMINAL)
            )

    def run(self) -> None:
        """Chat until /thoat, Ctrl-D or the end of the input."""
        ensure_demo_people(self.runtime)
        self.write(
            self.tr.gettext(
                "Try Nhắc việc here as any of its users. To choose, type the number shown, or "
                "a task's code in a task list. Reply to a message marked [↩3] by typing "
                "“>3 your answer”. /tep PATH sends a file (a plan), /doivai switches person, "
                "/thoat leaves."
            )
        )
        try:
            if self._choose_persona():
                while self._step():
                    pass
        except (EOFError, KeyboardInterrupt):
            pass
        self.write(self.tr.gettext("Goodbye."))

    def _choose_persona(self) -> bool:
        lines = [self.tr.gettext("Who do you want to be?")]
        for number, persona in enumerate(DEMO_PEOPLE, start=1):
            lines.append(f"  {number}. {self._describe(persona)}")
        self.write("\n".join(lines))
        while True:
            answer = self.read("> ").strip()
            if answer.lower() in EXIT_COMMANDS:
                return False
            chosen = choice_number(answer)
            if chosen is not None and 1 <= chosen <= len(DEMO_PEOPLE):
                self.persona = DEMO_PEOPLE[chosen - 1]
                self.write(
                    self.tr.gettext(
                        "You are now {name}. Type /trogiup to see what you can do.",
                        name=self.persona.name,
                    )
                )
                self._show_dashboard_link()
                self._show_inbox()
                return True
            self.write(self.tr.gettext("Type a number from 1 to {last}.", last=len(DEMO_PEOPLE)))

    def _show_dashboard_link(self) -> None:
        """Where this person's dashboard opens in a browser (a registered person only)."""
        assert self.persona is not None
        link = self.dashboard_link(self.persona.external_id) if self.dashboard_link else None
        if link:
            self.write(self.tr.gettext("Your dashboard, to open in a browser: {url}", url=link))

    def _describe(self, persona: Persona) -> str:
        """Who the persona is now, as the database has it: a newcomer approved during the
        session shows as registered, with the name, unit and role the approval gave."""
        tr = self.tr
        roles = {
            Role.COORDINATOR: tr.gettext("coordinator"),
            Role.OFFICER: tr.gettext("officer"),
            Role.UNIT_HEAD: tr.gettext("unit head"),
            Role.LEADER: tr.gettext("leader"),
        }
        with session_scope(self.runtime.engine) as session:
            card = officer_by_identity(session, Channel.TERMINAL, persona.external_id)
            if card is not None:
                officer = card.officer
                return f"{officer.full_name} — {roles[officer.role]}, {card.unit.name}"
            waiting = session.exec(
                select(RegistrationRequest.id).where(
                    RegistrationRequest.channel == Channel.TERMINAL,
                    RegistrationRequest.external_id == persona.external_id,
                    RegistrationRequest.status == Decision.PENDING,
                )
            ).first()
        if waiting is not None:
            return tr.gettext(
                "{name}, a newcomer waiting for a coordinator's approval", name=persona.name
            )
        return tr.gettext("{name}, a newcomer who is not registered yet", name=persona.name)

    def _step(self) -> bool:
        assert self.persona is not None
        line = self.read(f"{self.persona.name}> ")
        stripped = line.strip()
        if not stripped:
            return True
        if stripped.lower() in EXIT_COMMANDS:
            return False
        if stripped.lower() == SWITCH_COMMAND:
            return self._choose_persona()
        try:
            self._typed(stripped)
        except Exception:
            # The core apologises for its own failures; this is the terminal's own (the
            # numbered choices, a file that cannot be saved): the chat goes on all the same.
            log.exception("Failed to handle a line typed as %s", self.persona.external_id)
            self.write(apology(self.tr.locale).text)
        return True

    def _typed(self, text: str) -> None:
        """A typed line: a choice (perhaps asked about first), a reply to a marked message,
        or text for the core."""
        assert self.persona is not None and self.choices is not None
        person = Person(Channel.TERMINAL, self.persona.external_id, self.persona.name)
        chat = person.external_id
        reading = self.choices.read(chat, text, self._translator_of(chat))
        if reading.answer:
            self._show(Reply(reading.answer), chat)
            return
        if reading.note:
            self._show(Reply(reading.note), chat)
        if reading.choice is not None:
            self._send(Incoming(person, chat, choice=reading.choice))
            return
        command, _, path = text.partition(" ")
        if command.lower() == FILE_COMMAND:
            # A path pasted from a file manager may come in quotes.
            self._send_file(person, path.strip().strip("\"'"))
            return
        reply = _REPLY.match(text)
        if reply is not None:
            incoming = Incoming(
                person, chat, text=reply.group(2), reply_to_message_id=reply.group(1)
            )
        else:
            incoming = Incoming(person, chat, text=text)
        self._send(incoming)

    def _send_file(self, person: Person, typed_path: str) -> None:
        """A file of this computer, sent as a chat attachment: the terminal's way to try the
        plan import of /nhapkehoach without Telegram."""
        if not typed_path:
            self.write(
                self.tr.gettext("Type /tep and the path of the file, e.g. /tep ke-hoach.docx")
            )
            return
        path = Path(typed_path).expanduser()
        if not path.is_file():
            self.write(self.tr.gettext("There is no file at {path}.", path=typed_path))
            return
        size = path.stat().st_size
        # As Telegram does: the size is known first, and nothing too big is read.
        content = path.read_bytes() if size <= MAX_PLAN_FILE_BYTES else None
        attachment = Attachment(str(path), path.name, size, content)
        self._send(Incoming(person, person.external_id, attachment=attachment))

    def _translator_of(self, chat: str) -> Translator:
        """The language the core answers this persona in, for the hints under its choices."""
        return translator(
            chat_locale(self.runtime.engine, Channel.TERMINAL, chat) or self.tr.locale
        )

    def _send(self, incoming: Incoming) -> None:
        for reply in self.conversation.handle(incoming):
            if reply.to is None or reply.to.external_id == incoming.person.external_id:
                self._show(reply, incoming.person.external_id)
            elif reply.to.channel == Channel.TERMINAL:
                self.inbox.setdefault(reply.to.external_id, []).append(reply)
                self.write(
                    self.tr.gettext(
                        "(A message went to {name}; switch with /doivai to read it.)",
                        name=_name_of(reply.to.external_id),
                    )
                )

    def _show(self, reply: Reply, chat: str) -> None:
        if reply.file is not None:
            # A terminal cannot show a document: it lands in the current directory.
            path = Path.cwd() / reply.file.name
            path.write_bytes(reply.file.content)
            self.write(self.tr.gettext("File saved: {path}", path=str(path)))
        if not reply.text:
            return  # a menu update: the terminal has no menu
        self.message_count += 1
        marker = ""
        if reply.task_id is not None:
            marker = f"[↩{self.message_count}] "
            self.conversation.remember_message(
                Channel.TERMINAL, chat, str(self.message_count), reply.task_id
            )
        assert self.choices is not None
        numbered = self.choices.render(
            chat, reply.choices, self._translator_of(chat), about=reply.text
        )
        self.write(f"{marker}{reply.text}" + (f"\n{numbered}" if numbered else ""))

    def _show_inbox(self) -> None:
        assert self.persona is not None
        waiting = self.inbox.pop(self.persona.external_id, [])
        if waiting:
            self.write(self.tr.gettext("{count} new message(s):", count=len(waiting)))
        for reply in waiting:
            self._show(reply, self.persona.external_id)


def _name_of(external_id: str) -> str:
    return next((p.name for p in DEMO_PEOPLE if p.external_id == external_id), external_id)
