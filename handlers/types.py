"""What the conversation core takes in and gives back; no chat platform's types.

A channel (Telegram, Zalo, the terminal) turns what a person did into an
:class:`Incoming`, hands it to :meth:`handlers.conversation.Conversation.handle`, and
delivers the :class:`Reply` objects it gets back, each in its own way (buttons,
a numbered list, printed lines).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from models.tables import Channel


@dataclass(frozen=True)
class Person:
    """Who wrote: their account on one channel, and the name the platform shows."""

    channel: Channel
    external_id: str
    display_name: str = ""
    language_code: str | None = None
    # The platform's handle ("@hoa_vhxh" on Telegram without the @), when it has one:
    # a coordinator checks a registration against it.
    username: str = ""


@dataclass(frozen=True)
class Attachment:
    """A file a person sent, kept on the platform and referred to by its id.

    ``size`` is what the platform says of it, when it says. ``content`` holds the bytes
    only of a file the core reads (a plan file a coordinator sent: see
    :meth:`handlers.conversation.Conversation.wants_file`), which the channel fetches
    when it is no larger than a plan file may be.
    """

    file_id: str
    file_name: str = ""
    size: int | None = None
    content: bytes | None = field(default=None, repr=False)


@dataclass(frozen=True)
class Incoming:
    """One thing a person did: wrote a message, replied to one, or picked a choice."""

    person: Person
    chat_id: str
    text: str = ""
    choice: str | None = None
    reply_to_message_id: str | None = None
    attachment: Attachment | None = None
    # The platform cannot quote a message (Zalo): free text then answers the latest
    # message about a task in this chat.
    implicit_reply: bool = False
    # False in a group chat: there the bot shows no task, report or file, and answers
    # only commands (each with a pointer to its private chat).
    private: bool = True


@dataclass(frozen=True)
class Choice:
    """One option offered with a reply: a button on Telegram, a number on Zalo.

    ``key`` is what a person types to pick it on a channel without buttons, when it
    is not a list number: a task's code in a task list, so that "12" always means task
    12. ``confirm``, when set, is the question (naming the task or the person) asked
    before a choice picked by typing is carried out: a mistyped number must not
    complete a task or approve a stranger.
    """

    label: str
    data: str
    key: str = ""
    confirm: str = ""
    # Opens the web dashboard: a channel that can show it in place (Telegram's Mini App)
    # does so; elsewhere picking it sends the person's link (handlers.dashboard).
    opens_dashboard: bool = False


@dataclass(frozen=True)
class ReportOf:
    """The report a file was made from, which the web face can make again: a channel that
    cannot upload files (Zalo) sends a link to it instead of the bytes."""

    format: str  # handlers.reporting.files.FileFormat's value: "docx", "xlsx", "png"
    unit: str | None = None
    quarter: int | None = None
    half: int | None = None
    year: int | None = None


@dataclass(frozen=True)
class OutgoingFile:
    """A file to send with a reply."""

    name: str
    content: bytes
    is_image: bool = False
    report: ReportOf | None = None  # set for a report file (Word, Excel, chart)


@dataclass(frozen=True)
class Recipient:
    """Someone other than the writer who must hear of it (a coordinator, the requester)."""

    channel: Channel
    external_id: str


@dataclass(frozen=True)
class Reply:
    """A message to send.

    ``to`` is None for the person who wrote. ``task_id`` marks a message about a
    task, so that a reply to it is read as progress on that task. ``menu``, when
    given, is the recipient's new command menu: (command, description) pairs, already
    in their language. A reply may carry only a menu, with empty text.
    """

    text: str
    choices: tuple[tuple[Choice, ...], ...] = ()
    file: OutgoingFile | None = None
    to: Recipient | None = None
    task_id: int | None = None
    menu: tuple[tuple[str, str], ...] | None = None
