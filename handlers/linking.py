"""One officer, several chat accounts: linking Zalo to a Telegram account, and where to be told.

Zalo ids are opaque and arrive only when a person writes first, so an officer links
their Zalo chat with a one-time code: ``/lienket`` (on Telegram, or any linked chat)
shows it, and sending ``LIENKET 123456`` to the Zalo bot links that chat. ``/kenh``
chooses where reminders, digests and reports go.
"""

from __future__ import annotations

import secrets
from datetime import timedelta

from sqlmodel import select

from handlers.context import Turn
from models.officers import link_identity
from models.tables import Channel, LinkCode, Officer
from models.vntext import fold

CODE_MINUTES = 15
_CHANNEL_WORDS = {
    "telegram": (Channel.TELEGRAM,),
    "zalo": (Channel.ZALO,),
    "cahai": (Channel.TELEGRAM, Channel.ZALO),
    "ca hai": (Channel.TELEGRAM, Channel.ZALO),
    "both": (Channel.TELEGRAM, Channel.ZALO),
}


def link_command(turn: Turn, args: str) -> None:
    """/lienket: show a one-time code; /lienket CODE (or LIENKET CODE): link this chat."""
    code = args.strip()
    if code:
        redeem_link_code(turn, code)
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
    value = f"{secrets.randbelow(10**6):06d}"
    while turn.session.exec(select(LinkCode).where(LinkCode.code == value)).first():
        value = f"{secrets.randbelow(10**6):06d}"
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
            "{code}” to the Zalo bot to receive reminders there too.",
            code=value,
            minutes=CODE_MINUTES,
        )
    )


def redeem_link_code(turn: Turn, code: str) -> None:
    """Link the writer's chat to the officer who asked for the code."""
    tr = turn.tr
    link = turn.session.exec(select(LinkCode).where(LinkCode.code == code[:16])).first()
    if link is None or link.used_at is not None or link.expires_at <= turn.now:
        turn.say(
            tr.gettext(
                "This link code is not valid any more; type /lienket again in your "
                "other chat to get a new one."
            )
        )
        return
    officer = turn.session.get(Officer, link.officer_id)
    if officer is None or not officer.active:
        turn.say(
            tr.gettext(
                "This link code is not valid any more; type /lienket again in your "
                "other chat to get a new one."
            )
        )
        return
    if turn.officer is not None and turn.officer.id != officer.id:
        turn.say(
            tr.gettext("This chat already belongs to {name}.", name=turn.officer.officer.full_name)
        )
        return
    person = turn.incoming.person
    holder = link_identity(
        turn.session,
        officer_id=link.officer_id,
        channel=person.channel,
        external_id=person.external_id,
        now=turn.now,
    )
    if holder is not None and holder.id != officer.id:
        turn.say(tr.gettext("This chat already belongs to {name}.", name=holder.full_name))
        return
    link.used_at = turn.now
    turn.session.add(link)
    turn.say(
        tr.gettext(
            "Linked: {name} now also receives reminders here. Type /nhiemvu to see "
            "your unit's tasks.",
            name=officer.full_name,
        )
    )


def channel_command(turn: Turn, args: str) -> None:
    """/kenh telegram|zalo|cahai: where reminders, digests and reports go."""
    tr = turn.tr
    choice = " ".join(args.lower().split())
    channels = _CHANNEL_WORDS.get(fold(choice))
    if channels is None:
        turn.say(tr.gettext("Type /kenh telegram, /kenh zalo or /kenh cahai (both)."))
        return
    officer = turn.session.get(Officer, turn.me.id)
    assert officer is not None
    officer.notify_channels = ",".join(channel.value for channel in channels)
    turn.session.add(officer)
    turn.say(
        tr.gettext(
            "Reminders will reach you on: {channels}.",
            channels=", ".join(channel.value.capitalize() for channel in channels),
        )
    )
