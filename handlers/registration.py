"""Becoming a user: /start, /dangky with a coordinator's approval, and one-time invites."""

from __future__ import annotations

import re
import secrets
from datetime import timedelta

from sqlmodel import col, select

from handlers.access import settle
from handlers.choices import Action, encode
from handlers.context import Turn
from handlers.help import menu_for
from handlers.i18n import translator
from handlers.types import Choice, Recipient, Reply
from models.officers import add_officer, addresses, units_of
from models.tables import Decision, Invite, Organisation, RegistrationRequest, Role, Unit, row_id

_NAME = re.compile(r"^[^\W\d_]+(?:[ .'-][^\W\d_]+)*$")
MAX_NAME = 80
_INVITE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"  # no 0/O, 1/I: codes get read aloud
INVITE_LENGTH = 8


def start(turn: Turn, args: str) -> None:
    """Greet; with an invite code (a t.me/...?start=CODE link), register at once."""
    if args.strip():
        redeem_invite(turn, args.strip())
        return
    tr = turn.tr
    if turn.officer is not None:
        turn.say(
            tr.gettext(
                "Hello {name} ({unit}). Type /nhiemvu for your unit's tasks, /trogiup for help.",
                name=turn.officer.officer.full_name,
                unit=turn.officer.unit.name,
            )
        )
        _refresh_menu(turn)
        return
    turn.say(
        tr.gettext(
            "Hello! I am Nhắc việc, the bot that reminds the commune's units of the deadlines of "
            "the administrative-reform plan and collects their progress.\n\n"
            "To use it, register with /dangky: choose your unit and give your full name; a "
            "coordinator of Phòng Văn hoá - Xã hội approves it. If the coordinator sent you an "
            "invite link, just open it."
        )
    )


def _refresh_menu(turn: Turn) -> None:
    turn.replies.append(Reply("", menu=tuple(menu_for(turn.role, turn.tr))))


def register(turn: Turn, _args: str) -> None:
    """Start /dangky: offer the units to choose from."""
    tr = turn.tr
    if turn.officer is not None:
        turn.say(tr.gettext("You are already registered in {unit}.", unit=turn.officer.unit.name))
        return
    if _pending_request(turn) is not None:
        turn.say(tr.gettext("Your registration is waiting for a coordinator's approval."))
        return
    organisations = {org.id: org for org in turn.session.exec(select(Organisation))}
    units = [unit for org_id in organisations for unit in units_of(turn.session, row_id(org_id))]
    if not units:
        turn.say(tr.gettext("No unit has been set up yet; please ask the coordinator."))
        return
    several = len(organisations) > 1
    choices = tuple(
        (
            Choice(
                _unit_label(unit, organisations, several),
                encode(Action.REGISTER_UNIT, row_id(unit.id)),
            ),
        )
        for unit in units
    )
    turn.set_state(step="register_unit")
    turn.say(tr.gettext("Which unit do you work in?"), choices=choices)


def _unit_label(unit: Unit, organisations: dict[int | None, Organisation], several: bool) -> str:
    return f"{unit.name} ({organisations[unit.organisation_id].name})" if several else unit.name


def _pending_request(turn: Turn) -> RegistrationRequest | None:
    person = turn.incoming.person
    return turn.session.exec(
        select(RegistrationRequest).where(
            RegistrationRequest.channel == person.channel,
            RegistrationRequest.external_id == person.external_id,
            RegistrationRequest.status == Decision.PENDING,
        )
    ).first()


def unit_picked(turn: Turn, unit_id: int) -> None:
    """Second step of /dangky: the unit is chosen, ask for the full name."""
    tr = turn.tr
    if turn.officer is not None or turn.state().get("step") != "register_unit":
        turn.say(tr.gettext("This choice has expired. Type /dangky to register."))
        return
    unit = turn.session.get(Unit, unit_id)
    if unit is None:
        turn.say(tr.gettext("This choice has expired. Type /dangky to register."))
        return
    turn.set_state(step="register_name", unit_id=unit_id)
    display = turn.incoming.person.display_name.strip()
    choices = (
        ((Choice(tr.gettext("Use “{name}”", name=display), encode(Action.REGISTER_NAME)),),)
        if _valid_name(display)
        else ()
    )
    turn.say(
        tr.gettext("{unit}. Now type your full name, e.g. Nguyễn Thị Lan.", unit=unit.name),
        choices=choices,
    )


def name_given(turn: Turn, name: str) -> None:
    """Last step of /dangky (or of an invite): register, or file the request for approval."""
    tr = turn.tr
    state = turn.state()
    name = " ".join(name.split())
    if not _valid_name(name):
        turn.say(
            tr.gettext(
                "Please type your full name in letters only (at most {limit} characters), "
                "e.g. Nguyễn Thị Lan. Type /huy to stop.",
                limit=MAX_NAME,
            )
        )
        return
    if "invite_id" in state:
        invite = turn.session.get(Invite, int(state["invite_id"]))
        turn.clear_state()
        if invite is None or not _usable(turn, invite):
            turn.say(
                tr.gettext("This invite is no longer valid; ask the coordinator for a new one.")
            )
            return
        _register_by_invite(turn, invite, name)
        return
    unit = turn.session.get(Unit, int(state.get("unit_id", 0)))
    turn.clear_state()
    if unit is None:
        turn.say(tr.gettext("This choice has expired. Type /dangky to register."))
        return
    _file_request(turn, unit, name)


def use_display_name(turn: Turn) -> None:
    """The person accepted the name their chat platform shows."""
    if turn.state().get("step") != "register_name":
        turn.say(turn.tr.gettext("This choice has expired. Type /dangky to register."))
        return
    name_given(turn, turn.incoming.person.display_name)


def _valid_name(name: str) -> bool:
    return 2 <= len(name) <= MAX_NAME and bool(_NAME.match(name))


def _file_request(turn: Turn, unit: Unit, name: str) -> None:
    person = turn.incoming.person
    request = RegistrationRequest(
        organisation_id=unit.organisation_id,
        unit_id=row_id(unit.id),
        channel=person.channel,
        external_id=person.external_id,
        full_name=name,
        created_at=turn.now,
    )
    turn.session.add(request)
    turn.session.flush()
    coordinators = addresses(turn.session, unit.organisation_id, roles=[Role.COORDINATOR])
    for coordinator in coordinators:
        tr = turn.translator_for(coordinator)
        turn.tell(
            coordinator,
            tr.gettext("New registration: {name}, {unit}. Approve?", name=name, unit=unit.name),
            choices=(
                (
                    Choice(
                        tr.gettext("Approve"),
                        encode(Action.APPROVE_REGISTRATION, row_id(request.id)),
                    ),
                    Choice(
                        tr.gettext("Refuse"),
                        encode(Action.REFUSE_REGISTRATION, row_id(request.id)),
                    ),
                ),
            ),
        )
    if coordinators:
        turn.say(
            turn.tr.gettext(
                "Thank you, {name}. Your request to join {unit} was sent to the coordinators; "
                "I will tell you as soon as it is approved.",
                name=name,
                unit=unit.name,
            )
        )
    else:
        turn.say(
            turn.tr.gettext(
                "Thank you, {name}. Your request to join {unit} is recorded, but no coordinator "
                "is registered yet to approve it; please tell Phòng Văn hoá - Xã hội.",
                name=name,
                unit=unit.name,
            )
        )


def decide_registration(turn: Turn, request_id: int, *, approve: bool) -> None:
    """A coordinator approves or refuses a registration request."""
    tr = turn.tr
    request = turn.session.get(RegistrationRequest, request_id)
    if not settle(turn, request, request.organisation_id if request else None, approve=approve):
        return
    assert request is not None
    unit = turn.session.get(Unit, request.unit_id)
    assert unit is not None
    requester = Recipient(request.channel, request.external_id)
    # The requester is not an officer yet: they hear back in the default language.
    requester_tr = translator(None)
    if approve:
        add_officer(
            turn.session,
            unit=unit,
            full_name=request.full_name,
            role=Role.OFFICER,
            channel=request.channel,
            external_id=request.external_id,
            now=turn.now,
        )
        turn.officer_added(request.unit_id)
        turn.say(
            tr.gettext(
                "Approved: {name} now works with the bot for {unit}.",
                name=request.full_name,
                unit=unit.name,
            )
        )
        turn.replies.append(
            Reply(
                requester_tr.gettext(
                    "Your registration in {unit} was approved. Type /nhiemvu to see your "
                    "unit's tasks, /trogiup for help.",
                    unit=unit.name,
                ),
                to=requester,
                menu=tuple(menu_for(Role.OFFICER, requester_tr)),
            )
        )
    else:
        turn.say(tr.gettext("Refused: the request of {name}.", name=request.full_name))
        turn.replies.append(
            Reply(
                requester_tr.gettext(
                    "Your registration in {unit} was not approved. If this is a mistake, "
                    "please contact Phòng Văn hoá - Xã hội.",
                    unit=unit.name,
                ),
                to=requester,
            )
        )


def invite(turn: Turn, args: str) -> None:
    """/moi <unit>: a coordinator makes a one-time invite link for a unit."""
    tr = turn.tr
    assert turn.officer is not None
    if turn.role != Role.COORDINATOR:
        turn.say(tr.gettext("Only a coordinator can invite people."))
        return
    units = units_of(turn.session, row_id(turn.officer.organisation.id))
    unit = next((u for u in units if u.code == args.strip().lower()), None)
    if unit is None:
        codes = ", ".join(u.code for u in units)
        turn.say(tr.gettext("Type /moi followed by a unit code: {codes}.", codes=codes))
        return
    code = "".join(secrets.choice(_INVITE_ALPHABET) for _ in range(INVITE_LENGTH))
    expires = turn.now + timedelta(days=turn.settings.invite_days)
    turn.session.add(
        Invite(
            organisation_id=unit.organisation_id,
            unit_id=row_id(unit.id),
            code=code,
            created_by=turn.officer.id,
            created_at=turn.now,
            expires_at=expires,
        )
    )
    link = (
        f"https://t.me/{turn.settings.bot_username}?start={code}"
        if turn.settings.bot_username
        else ""
    )
    turn.say(
        tr.gettext(
            "Invite for {unit}, valid once until {date}:\n{link}\n"
            "Code: {code} (type /start {code} in the bot).",
            unit=unit.name,
            date=tr.date(expires.date()),
            link=link or "—",
            code=code,
        )
    )


_INVITE_CODE = re.compile(rf"^[{_INVITE_ALPHABET}]{{{INVITE_LENGTH}}}$")


def looks_like_invite(text: str) -> bool:
    """Tell whether a message is an invite code sent alone (as Zalo users do)."""
    return bool(_INVITE_CODE.match(text.strip().upper()))


def redeem_invite(turn: Turn, code: str) -> None:
    """Register whoever opened an invite, without approval."""
    tr = turn.tr
    invite = turn.session.exec(
        select(Invite).where(col(Invite.code) == code.strip().upper()[:32])
    ).first()
    if turn.officer is not None:
        turn.say(tr.gettext("You are already registered in {unit}.", unit=turn.officer.unit.name))
        return
    if invite is None or not _usable(turn, invite):
        turn.say(tr.gettext("This invite is no longer valid; ask the coordinator for a new one."))
        return
    display = turn.incoming.person.display_name.strip()
    if _valid_name(display):
        _register_by_invite(turn, invite, display)
        return
    turn.set_state(step="register_name", invite_id=invite.id)
    turn.say(tr.gettext("Welcome! Type your full name, e.g. Nguyễn Thị Lan."))


def _usable(turn: Turn, invite: Invite) -> bool:
    return invite.used_at is None and invite.expires_at > turn.now


def _register_by_invite(turn: Turn, invite: Invite, name: str) -> None:
    person = turn.incoming.person
    unit = turn.session.get(Unit, invite.unit_id)
    assert unit is not None
    officer = add_officer(
        turn.session,
        unit=unit,
        full_name=name,
        role=Role.OFFICER,
        channel=person.channel,
        external_id=person.external_id,
        now=turn.now,
    )
    invite.used_at, invite.used_by = turn.now, officer.id
    turn.session.add(invite)
    turn.officer_added(invite.unit_id)
    turn.replies.append(
        Reply(
            turn.tr.gettext(
                "Welcome, {name}! You are registered in {unit}. Type /nhiemvu to see your "
                "unit's tasks, /trogiup for help.",
                name=name,
                unit=unit.name,
            ),
            menu=tuple(menu_for(Role.OFFICER, turn.tr)),
        )
    )
    for coordinator in addresses(turn.session, unit.organisation_id, roles=[Role.COORDINATOR]):
        tr = turn.translator_for(coordinator)
        turn.tell(
            coordinator,
            tr.gettext("{name} joined {unit} with an invite.", name=name, unit=unit.name),
        )
