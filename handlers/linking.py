"""One officer, several chat accounts: linking Zalo to a Telegram account, and where to be told.

Zalo ids are opaque and arrive only when a person writes first, so an officer links
their Zalo chat with a one-time code: ``/lienket`` (on Telegram, or any linked chat)
shows it, and sending ``LIENKET ABCDE-FGHJK`` to the Zalo bot links that chat. A
linked chat acts in the officer's name, so the code is as hard to guess as an invite,
wrong codes lock the guesser out (handlers.codes), and every other chat of the
officer is told at once. ``/kenh`` lists the linked chats (and removes one) and
chooses where reminders, digests and reports go.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlmodel import select

from handlers.choices import Action, encode
from handlers.codes import code_failed, codes_locked_out
from handlers.context import Turn
from handlers.i18n import Translator
from handlers.types import Choice
from models.codes import LINK_CODE_LENGTH, claim_link_code, grouped, new_code, normalise_code
from models.officers import (
    Address,
    link_identity,
    linked_chats,
    officer_addresses,
    reminder_chats,
)
from models.tables import Channel, ChatIdentity, LinkCode, Officer, row_id
from models.vntext import fold

CODE_MINUTES = 15
MAX_SHOWN_NAME = 64  # a display name is the stranger's to choose: keep it short
_CHANNEL_WORDS = {
    "telegram": (Channel.TELEGRAM,),
    "zalo": (Channel.ZALO,),
    "cahai": (Channel.TELEGRAM, Channel.ZALO),
    "ca hai": (Channel.TELEGRAM, Channel.ZALO),
    "both": (Channel.TELEGRAM, Channel.ZALO),
}


def link_command(turn: Turn, args: str) -> None:
    """/lienket: show a one-time code; /lienket CODE (or LIENKET CODE): link this chat."""
    if args.strip():
        redeem_link_code(turn, args)
        return
    tr = turn.tr
    if turn.officer is None:
        turn.say(
            tr.gettext(
                "Register first (/dangky), then type /lienket in the chat you "
                "registered from to get a code for this one."
            )
        )
        return
    value = new_code(LINK_CODE_LENGTH)
    while turn.session.exec(select(LinkCode).where(LinkCode.code == value)).first():
        value = new_code(LINK_CODE_LENGTH)
    turn.session.add(
        LinkCode(
            officer_id=turn.me.id,
            code=value,
            created_at=turn.now,
            expires_at=turn.now + timedelta(minutes=CODE_MINUTES),
        )
    )
    turn.say(
        tr.gettext(
            "Your link code: {code} (valid {minutes} minutes, once). Send “LIENKET "
            "{code}” to the Zalo bot to receive reminders there too. Give it to no one: "
            "whoever sends it can act in your name.",
            code=grouped(value),
            minutes=CODE_MINUTES,
        )
    )


def redeem_link_code(turn: Turn, typed: str) -> None:
    """Link the writer's chat to the officer who asked for the code."""
    tr = turn.tr
    if turn.officer is not None:
        # Refused before the code is looked at: a registered chat learns nothing about it.
        turn.say(
            tr.gettext("This chat already belongs to {name}.", name=turn.officer.officer.full_name)
        )
        return
    if codes_locked_out(turn):
        return
    code = normalise_code(typed)
    link = turn.session.exec(select(LinkCode).where(LinkCode.code == code[:16])).first()
    officer = turn.session.get(Officer, link.officer_id) if link is not None else None
    if (
        link is None
        or officer is None
        or not officer.active
        or not claim_link_code(turn.session, row_id(link.id), turn.now)
    ):
        code_failed(turn)
        turn.say(
            tr.gettext(
                "This link code is not valid any more; type /lienket again in your "
                "other chat to get a new one."
            )
        )
        return
    person = turn.incoming.person
    holder = link_identity(
        turn.session,
        officer_id=row_id(officer.id),
        channel=person.channel,
        external_id=person.external_id,
        now=turn.now,
    )
    if holder is not None and holder.id != officer.id:
        # Only if the chat became someone's while this turn ran: the code is spent, but
        # nobody's chat moves; the officer asks for a new code.
        turn.say(tr.gettext("This chat already belongs to {name}.", name=holder.full_name))
        return
    turn.say(
        tr.gettext(
            "Linked: {name} now also receives reminders here. Type /nhiemvu to see "
            "your unit's tasks.",
            name=officer.full_name,
        )
    )
    _tell_other_chats(turn, officer)


def _tell_other_chats(turn: Turn, officer: Officer) -> None:
    """Warn the officer's other chats that one more chat now acts in their name."""
    person = turn.incoming.person
    turn.session.flush()
    for address in officer_addresses(turn.session, row_id(officer.id)):
        if (address.channel, address.external_id) == (person.channel, person.external_id):
            continue
        tr = turn.translator_for(address)
        turn.tell(
            address,
            tr.gettext(
                "A new chat was linked to your account: {platform} “{name}”, at {time}. "
                "If this was not you, type /kenh to remove it at once and tell the "
                "coordinator.",
                platform=_platform(person.channel),
                name=(person.display_name.strip() or "—")[:MAX_SHOWN_NAME],
                time=_when(turn, turn.now, tr),
            ),
        )


def read_channels(text: str) -> tuple[Channel, ...] | None:
    """The channels "/kenh" is followed by ("zalo", "cả hai", "both"); None for other words."""
    return _CHANNEL_WORDS.get(fold(text))


def channel_command(turn: Turn, args: str) -> None:
    """/kenh: the linked chats; /kenh telegram|zalo|cahai: where reminders go."""
    tr = turn.tr
    if not args.strip():
        show_chats(turn)
        return
    channels = read_channels(args)
    if channels is None:
        turn.say(tr.gettext("Type /kenh telegram, /kenh zalo or /kenh cahai (both)."))
        return
    linked = {Channel(chat.channel) for chat in linked_chats(turn.session, turn.me.id)}
    missing = [channel for channel in channels if channel not in linked]
    if len(missing) == len(channels):
        # Reminders would have nowhere to go there: the choice is not made.
        turn.say(_not_linked(tr, missing[0]))
        return
    officer = turn.session.get(Officer, turn.me.id)
    assert officer is not None
    officer.notify_channels = ",".join(channel.value for channel in channels)
    turn.session.add(officer)
    lines = [
        tr.gettext(
            "Reminders will reach you on: {channels}.",
            channels=", ".join(_platform(channel) for channel in channels),
        )
    ]
    lines += [_not_linked(tr, channel) for channel in missing]
    turn.say("\n".join(lines))


def _not_linked(tr: Translator, channel: Channel) -> str:
    """No chat of the officer on ``channel`` yet: say so and how to link one."""
    if channel == Channel.ZALO:
        return tr.gettext(
            "You have no Zalo chat linked yet, so nothing can reach you there. To link "
            "one: type /lienket here, then send “LIENKET” and the code it shows to the "
            "Zalo bot."
        )
    return tr.gettext(
        "You have no {platform} chat linked yet, so nothing can reach you there. To link "
        "one: type /lienket here, then send /lienket and the code it shows to the bot "
        "on {platform}.",
        platform=_platform(channel),
    )


def show_chats(turn: Turn) -> None:
    """List the writer's linked chats, where reminders go, and offer to remove the others."""
    tr = turn.tr
    officer = turn.session.get(Officer, turn.me.id)
    assert officer is not None
    chats = linked_chats(turn.session, turn.me.id)
    reminded = {chat.id for chat in reminder_chats(officer, chats)}
    lines = [tr.gettext("Chats linked to {name}:", name=officer.full_name)]
    for number, chat in enumerate(chats, start=1):
        marks = [tr.gettext("this chat")] if _is_writer(turn, chat) else []
        if chat.id in reminded:
            marks.append(tr.gettext("gets reminders"))
        lines.append(
            tr.gettext(
                "{number}. {chat}, since {time}",
                number=number,
                chat=_label(chat),
                time=_when(turn, chat.created_at, tr),
            )
            + (f" ({', '.join(marks)})" if marks else "")
        )
    lines += [
        "",
        tr.gettext(
            "Choose where reminders go with /kenh telegram, /kenh zalo or /kenh cahai; "
            "/lienket gives a code to link one more chat."
        ),
    ]
    others = [chat for chat in chats if not _is_writer(turn, chat)]
    if others:
        lines.append(
            tr.gettext("If a chat is not yours, remove it below and tell the coordinator.")
        )
    turn.say(
        "\n".join(lines),
        choices=tuple(
            (
                Choice(
                    tr.gettext("Remove {chat}", chat=_label(chat)),
                    encode(Action.UNLINK_CHAT, row_id(chat.id)),
                ),
            )
            for chat in others
        ),
    )


def unlink_chat(turn: Turn, chat_id: int) -> None:
    """Remove one of the writer's other chats from their account."""
    tr = turn.tr
    chat = turn.session.get(ChatIdentity, chat_id)
    # Checked here, not trusted from the choice: the chat must be the writer's own.
    if chat is None or chat.officer_id != turn.me.id:
        turn.say(tr.gettext("This choice is not valid or has expired."))
        return
    if _is_writer(turn, chat):
        turn.say(
            tr.gettext(
                "You cannot remove the chat you are writing from; do it from another of "
                "your chats."
            )
        )
        return
    if len(linked_chats(turn.session, turn.me.id)) <= 1:
        turn.say(tr.gettext("This is your only chat; it cannot be removed."))
        return
    label = _label(chat)
    removed = Address(chat.channel, chat.external_id, turn.me.id, turn.me.officer.locale)
    turn.session.delete(chat)
    turn.say(
        tr.gettext(
            "Removed: {chat} no longer acts for {name} nor receives their reminders.",
            chat=label,
            name=turn.me.officer.full_name,
        )
    )
    removed_tr = turn.translator_for(removed)
    turn.tell(
        removed,
        removed_tr.gettext(
            "This chat was removed from the account of {name} at {time}, from their "
            "{platform} chat. If this was not you, please tell the coordinator.",
            name=turn.me.officer.full_name,
            time=_when(turn, turn.now, removed_tr),
            platform=_platform(turn.incoming.person.channel),
        ),
    )


def _is_writer(turn: Turn, chat: ChatIdentity) -> bool:
    person = turn.incoming.person
    return (chat.channel, chat.external_id) == (person.channel, person.external_id)


def _platform(channel: Channel) -> str:
    return Channel(channel).value.capitalize()


def _label(chat: ChatIdentity) -> str:
    """A chat as the officer recognises it: the platform and the end of its id."""
    return f"{_platform(chat.channel)} …{chat.external_id[-4:]}"


def _when(turn: Turn, moment: datetime, tr: Translator) -> str:
    local = moment.astimezone(turn.now.tzinfo)
    clock = local.strftime("%H:%M")
    return tr.gettext("{time} on {date}", time=clock, date=tr.date(local.date()))
