"""Becoming a user: /start, /dangky with a coordinator's approval, and one-time invites."""

from __future__ import annotations

import re
import unicodedata
from datetime import timedelta

from sqlmodel import col, select

from handlers.access import may_decide, settle
from handlers.choices import Action, encode
from handlers.codes import code_failed, codes_locked_out
from handlers.context import Choices, Turn
from handlers.help import menu_for
from handlers.i18n import Translator, translator
from handlers.limits import within_limit
from handlers.types import Choice, Recipient, Reply
from models.codes import CODE_ALPHABET, INVITE_LENGTH, claim_invite, new_code, normalise_code
from models.limits import REGISTRATION_REQUESTS
from models.officers import (
    OfficerCard,
    add_officer,
    addresses,
    officer_by_identity,
    units_of,
)
from models.tables import (
    Channel,
    Decision,
    Invite,
    Organisation,
    RegistrationRequest,
    Role,
    Unit,
    row_id,
)
from models.vntext import fold, in_sentence

MAX_NAME = 80
MAX_SHOWN = 64  # a platform's display name or handle is the stranger's to choose: keep it short
# At most this many communes are offered as choices for a typed name; more mean "type more".
MAX_COMMUNE_MATCHES = 8
# The questions a person who is not registered yet may be answering.
STRANGER_STEPS = frozenset({"register_commune", "register_unit", "register_name"})


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
    """Start /dangky: ask for the commune when there are several, else offer the units."""
    tr = turn.tr
    if turn.officer is not None:
        turn.say(tr.gettext("You are already registered in {unit}.", unit=turn.officer.unit.name))
        return
    if _pending_request(turn) is not None:
        turn.say(tr.gettext("Your registration is waiting for a coordinator's approval."))
        return
    communes = _communes(turn)
    if not communes:
        turn.say(tr.gettext("No unit has been set up yet; please ask the coordinator."))
        return
    if len(communes) == 1:
        _offer_units(turn, communes[0], named=False)
        return
    # Hundreds of communes make too many buttons: the person types part of the name.
    turn.set_state(step="register_commune")
    turn.say(
        tr.gettext(
            "Which commune or ward do you work in? Type part of its name, e.g. {example}.",
            example=communes[0].place or communes[0].name,
        )
    )


def _communes(turn: Turn) -> list[Organisation]:
    """The organisations one can register in (those with units), by name."""
    with_units = select(Unit.organisation_id)
    return list(
        turn.session.exec(
            select(Organisation)
            .where(col(Organisation.id).in_(with_units))
            .order_by(col(Organisation.name), col(Organisation.id))
        )
    )


def _name_key(text: str) -> str:
    # Without spaces too: "nghiduong" finds Nghi Dương.
    return fold(text).replace(" ", "")


def matching_communes(communes: list[Organisation], text: str) -> list[Organisation]:
    """Return the communes whose name or place holds ``text``, marks and case ignored.

    When more than :data:`MAX_COMMUNE_MATCHES` hold it but a few are named exactly so
    ("Tân An" among the "Tân An Hội"s), those few are the answer.
    """
    query = _name_key(text)
    if not query:
        return []
    found = [
        commune
        for commune in communes
        if query in _name_key(commune.name) or query in _name_key(commune.place)
    ]
    exact = [
        commune
        for commune in found
        if query in (_name_key(commune.name), _name_key(commune.place))
    ]
    if len(found) > MAX_COMMUNE_MATCHES and 0 < len(exact) <= MAX_COMMUNE_MATCHES:
        return exact
    return found


def commune_typed(turn: Turn, text: str) -> None:
    """Answer to "which commune?": offer the few communes whose name holds the text.

    A wrong answer (no match, too many) keeps the question open for another try.
    """
    tr = turn.tr
    if turn.officer is not None:
        turn.clear_state()
        turn.say(tr.gettext("You are already registered in {unit}.", unit=turn.officer.unit.name))
        return
    typed = " ".join(text.split())[:40]
    if _list_number(text) is not None and turn.state().get("offered"):
        _commune_by_number(turn, _list_number(text) or 0)
        return
    matches = matching_communes(_communes(turn), text)
    if not matches and looks_like_invite(text):
        # They got an invite meanwhile: it fixes the commune and the unit.
        turn.clear_state()
        redeem_invite(turn, text)
        return
    if not matches:
        turn.say(
            tr.gettext(
                "No commune or ward matches “{text}”. Please check the name and type it "
                "again, or type /huy to stop.",
                text=typed,
            )
        )
        return
    if len(matches) > MAX_COMMUNE_MATCHES:
        turn.say(
            tr.gettext(
                "{count} communes and wards match “{text}”; please type more of the name.",
                count=len(matches),
                text=typed,
            )
        )
        return
    if len(matches) == 1:
        _offer_units(turn, matches[0], named=True)
        return
    turn.set_state(step="register_commune", offered=[row_id(match.id) for match in matches])
    turn.say(
        tr.gettext("Which of these is yours? Or type the name again."),
        choices=_commune_choices(turn, matches),
    )


def _commune_by_number(turn: Turn, number: int) -> None:
    """A number typed for the communes offered: that commune, or the list again."""
    offered = [
        commune
        for commune in (
            turn.session.get(Organisation, int(oid)) for oid in turn.state().get("offered", [])
        )
        if commune is not None
    ]
    if 1 <= number <= len(offered):
        _offer_units(turn, offered[number - 1], named=True)
        return
    turn.say(
        turn.tr.gettext(
            "There is no number {number} in the list. Which of these is yours? Or type "
            "the name again.",
            number=number,
        ),
        choices=_commune_choices(turn, offered),
    )


def _commune_choices(turn: Turn, communes: list[Organisation]) -> Choices:
    return tuple(
        (
            Choice(
                _commune_label(turn, commune), encode(Action.REGISTER_COMMUNE, row_id(commune.id))
            ),
        )
        for commune in communes
    )


def _commune_label(turn: Turn, commune: Organisation) -> str:
    # Communes of different provinces share names: the province tells them apart.
    parent = turn.session.get(Organisation, commune.parent_id) if commune.parent_id else None
    return f"{commune.name} ({parent.name})" if parent else commune.name


def commune_picked(turn: Turn, organisation_id: int) -> None:
    """The person chose their commune among those offered: offer its units."""
    state = turn.state()
    commune = turn.session.get(Organisation, organisation_id)
    if (
        turn.officer is not None
        or state.get("step") != "register_commune"
        or organisation_id not in state.get("offered", [])
        or commune is None
    ):
        turn.say(turn.tr.gettext("This choice has expired. Type /dangky to register."))
        return
    _offer_units(turn, commune, named=True)


def _offer_units(turn: Turn, commune: Organisation, *, named: bool) -> None:
    """Ask which unit of the commune the person works in (when someone can approve it)."""
    tr = turn.tr
    if _without_coordinator(turn, commune):
        return
    units = units_of(turn.session, row_id(commune.id))
    turn.set_state(step="register_unit", organisation_id=commune.id)
    turn.say(
        tr.gettext("{commune}: which unit do you work in?", commune=commune.name)
        if named
        else tr.gettext("Which unit do you work in?"),
        choices=_unit_choices(units),
    )


def _unit_choices(units: list[Unit]) -> Choices:
    return tuple(
        (Choice(unit.name, encode(Action.REGISTER_UNIT, row_id(unit.id))),) for unit in units
    )


def unit_typed(turn: Turn, text: str) -> None:
    """Answer to "which unit?" typed instead of chosen: its number in the list, code or name.

    An answer that names no unit, or several, says so and asks again with the units
    it could mean; the question stays open until a unit is chosen or /huy.
    """
    tr = turn.tr
    state = turn.state()
    commune = turn.session.get(Organisation, int(state.get("organisation_id") or 0))
    if turn.officer is not None or commune is None:
        turn.clear_state()
        turn.say(tr.gettext("This choice has expired. Type /dangky to register."))
        return
    units = units_of(turn.session, row_id(commune.id))
    typed = " ".join(text.split())[:40]
    number = _list_number(text)
    if number is not None:
        if 1 <= number <= len(units):
            unit_picked(turn, row_id(units[number - 1].id))
            return
        turn.say(
            tr.gettext(
                "There is no unit number {number}: the list has {count}. Which unit do you "
                "work in? Choose one below, or type /huy to stop.",
                number=number,
                count=len(units),
            ),
            choices=_unit_choices(units),
        )
        return
    matches = matching_units(units, text)
    if len(matches) == 1:
        unit_picked(turn, row_id(matches[0].id))
        return
    if matches:
        turn.say(
            tr.gettext("Several units match “{text}”. Which one do you work in?", text=typed),
            choices=_unit_choices(matches),
        )
        return
    turn.say(
        tr.gettext(
            "{commune} has no unit called “{text}”. Which unit do you work in? Choose one "
            "below, or type /huy to stop.",
            commune=commune.name,
            text=typed,
        ),
        choices=_unit_choices(units),
    )


def matching_units(units: list[Unit], text: str) -> list[Unit]:
    """Return the units a typed answer names: by code, by whole name, or by part of it."""
    query = _name_key(text)
    if not query:
        return []
    exact = [unit for unit in units if query in (_name_key(unit.code), _name_key(unit.name))]
    return exact or [unit for unit in units if query in _name_key(unit.name)]


_LIST_NUMBER = re.compile(r"^\s*(\d{1,3})\s*\.?\s*$")


def _list_number(text: str) -> int | None:
    """The number of a list entry typed as an answer ("2", "2."), or None."""
    match = _LIST_NUMBER.match(unicodedata.normalize("NFKC", text))
    return int(match.group(1)) if match else None


def _without_coordinator(turn: Turn, commune: Organisation) -> bool:
    """Say what to do instead when no coordinator of the commune could approve a request.

    A request nobody can approve would wait forever; an invite needs no approval.
    """
    if addresses(turn.session, row_id(commune.id), roles=[Role.COORDINATOR]):
        return False
    turn.clear_state()
    turn.say(
        turn.tr.gettext(
            "No coordinator of {commune} uses the bot yet, so nobody could approve a "
            "registration. Please ask Phòng Văn hoá - Xã hội of {commune} for an invite "
            "link or code (a coordinator makes one with /moi) and open it here.",
            commune=in_sentence(commune.name),
        )
    )
    return True


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
    state = turn.state()
    unit = turn.session.get(Unit, unit_id)
    if (
        turn.officer is not None
        or state.get("step") != "register_unit"
        or unit is None
        or unit.organisation_id != state.get("organisation_id")
    ):
        turn.say(tr.gettext("This choice has expired. Type /dangky to register."))
        return
    turn.set_state(step="register_name", unit_id=unit_id)
    display = _full_name_or_none(turn.incoming.person.display_name)
    choices = (
        ((Choice(tr.gettext("Use “{name}”", name=display), encode(Action.REGISTER_NAME)),),)
        if display is not None
        else ()
    )
    turn.say(
        tr.gettext("{unit}. Now type your full name, e.g. Nguyễn Thị Lan.", unit=unit.name),
        choices=choices,
    )


def name_given(turn: Turn, typed: str) -> None:
    """Last step of /dangky (or of an invite): register, or file the request for approval.

    A name that is no full name is refused with the reason, and the question stays.
    """
    tr = turn.tr
    state = turn.state()
    try:
        name = read_full_name(typed)
    except NameRefused as refusal:
        turn.say(name_refusal(tr, refusal))
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
    """The person accepted the name their chat platform shows (checked like a typed one)."""
    if turn.state().get("step") != "register_name":
        turn.say(turn.tr.gettext("This choice has expired. Type /dangky to register."))
        return
    display = turn.incoming.person.display_name
    if _full_name_or_none(display) is None:
        # It may have changed since it was offered; the question stays open.
        turn.say(
            turn.tr.gettext(
                "The name your chat app shows, “{name}”, is not a full name. Please type "
                "your full name, e.g. Nguyễn Thị Lan, or /huy to stop.",
                name=_shown(display) or "—",
            )
        )
        return
    name_given(turn, display)


# --- the full name -------------------------------------------------------------------

# Phones type a curly apostrophe (H’Hen Niê); one form is stored.
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'"})
_NAME_WORD = re.compile(r"^[^\W\d_]+(?:['-][^\W\d_]+)*$")
_LETTER_RUN = re.compile(r"[^\W\d_]+")
MIN_NAME_WORDS = 2


class NameRefused(ValueError):
    """Text that is no full name; ``reason`` says why, ``word`` what was wrong."""

    def __init__(self, reason: str, word: str = "") -> None:
        super().__init__(reason)
        self.reason = reason
        self.word = word


def read_full_name(text: str) -> str:
    """Return ``text`` as a full name written as Vietnamese names are, or raise NameRefused.

    A full name is at least two words of Latin letters (Vietnamese letters with their
    marks; a hyphen or an apostrophe inside a word, as in H'Hen Niê), at most
    :data:`MAX_NAME` characters. Each word is capitalised: "nguyễn văn an" and
    "NGUYỄN VĂN AN" become "Nguyễn Văn An".
    """
    name = " ".join(unicodedata.normalize("NFC", text).translate(_APOSTROPHES).split())
    words = name.split(" ") if name else []
    wrong = next((word for word in words if not _is_name_word(word)), None)
    if wrong is not None:
        raise NameRefused("letters", wrong)
    if len(words) < MIN_NAME_WORDS:
        raise NameRefused("words", name)
    if len(name) > MAX_NAME:
        raise NameRefused("length")
    return _LETTER_RUN.sub(lambda run: run[0][:1].upper() + run[0][1:].lower(), name)


def _is_name_word(word: str) -> bool:
    # Latin letters only: a Vietnamese official's name; \w alone would let in every
    # script and the letter-like symbols.
    return bool(_NAME_WORD.match(word)) and all(
        unicodedata.name(char, "").startswith("LATIN") for char in word if char.isalpha()
    )


def _full_name_or_none(text: str) -> str | None:
    try:
        return read_full_name(text)
    except NameRefused:
        return None


def name_refusal(tr: Translator, refusal: NameRefused) -> str:
    """Say why a typed name was refused and ask for it again."""
    if refusal.reason == "letters":
        return tr.gettext(
            "“{word}” cannot be part of a name: please type your full name in letters "
            "only, e.g. Nguyễn Thị Lan (a hyphen or an apostrophe may join letters). "
            "Type /huy to stop.",
            word=refusal.word[:MAX_SHOWN],
        )
    if refusal.reason == "words":
        return tr.gettext(
            "Please type your full name, family name first, at least two words, e.g. "
            "Nguyễn Thị Lan. Type /huy to stop."
        )
    return tr.gettext(
        "A name of at most {limit} characters, please: type your full name, e.g. "
        "Nguyễn Thị Lan. Type /huy to stop.",
        limit=MAX_NAME,
    )


def _shown(text: str) -> str:
    """What a platform shows of someone, on one short line (it is theirs to choose)."""
    return " ".join(text.split())[:MAX_SHOWN]


def _file_request(turn: Turn, unit: Unit, name: str) -> None:
    """Send the request to the commune's coordinators, unless nobody could approve it."""
    commune = turn.session.get(Organisation, unit.organisation_id)
    assert commune is not None
    if _without_coordinator(turn, commune):
        return
    if not within_limit(turn, REGISTRATION_REQUESTS):
        return
    person = turn.incoming.person
    request = RegistrationRequest(
        organisation_id=unit.organisation_id,
        unit_id=row_id(unit.id),
        channel=person.channel,
        external_id=person.external_id,
        full_name=name,
        username=_shown(person.username.lstrip("@")),
        display_name=_shown(person.display_name),
        created_at=turn.now,
    )
    turn.session.add(request)
    turn.session.flush()
    for coordinator in addresses(turn.session, unit.organisation_id, roles=[Role.COORDINATOR]):
        tr = turn.translator_for(coordinator)
        turn.tell(
            coordinator,
            "\n".join(
                (
                    tr.gettext(
                        "New registration: {name}, {unit}. Approve?", name=name, unit=unit.name
                    ),
                    *asker_lines(tr, request),
                )
            ),
            choices=decision_choices(tr, request, unit),
        )
    turn.say(
        turn.tr.gettext(
            "Thank you, {name}. Your request to join {unit} was sent to the coordinators; "
            "I will tell you as soon as it is approved.",
            name=name,
            unit=unit.name,
        )
    )


def asker_lines(tr: Translator, request: RegistrationRequest) -> list[str]:
    """Who asked, as their chat platform knows them: what a coordinator checks the name by."""
    none = tr.gettext("(none)")
    username = "@" + request.username if request.username else none
    shown = "“" + request.display_name + "”" if request.display_name else none
    return [
        tr.gettext(
            "Sent from: {platform}, id {id}",
            platform=platform_name(request.channel),
            id=request.external_id,
        ),
        tr.gettext("Username: {username}", username=username),
        tr.gettext("Name shown: {name}", name=shown),
    ]


def platform_name(channel: Channel | str) -> str:
    """A channel as people name it: Telegram, Zalo, Terminal."""
    return Channel(channel).value.capitalize()


def decision_choices(tr: Translator, request: RegistrationRequest, unit: Unit) -> Choices:
    """Approve and Refuse, each confirmed by name where a typed number picks it."""
    subject = {"name": request.full_name, "unit": unit.name}
    return (
        (
            Choice(
                tr.gettext("Approve"),
                encode(Action.APPROVE_REGISTRATION, row_id(request.id)),
                confirm=tr.gettext("Approve the registration of {name} ({unit})?", **subject),
            ),
            Choice(
                tr.gettext("Refuse"),
                encode(Action.REFUSE_REGISTRATION, row_id(request.id)),
                confirm=tr.gettext("Refuse the registration of {name} ({unit})?", **subject),
            ),
        ),
    )


def decide_registration(turn: Turn, request_id: int, *, approve: bool) -> None:
    """A coordinator approves or refuses a registration request."""
    tr = turn.tr
    request = turn.session.get(RegistrationRequest, request_id)
    organisation_id = request.organisation_id if request else None
    if may_decide(turn, request, organisation_id) is None:
        return
    assert request is not None
    holder = officer_by_identity(turn.session, request.channel, request.external_id)
    if holder is not None and holder.id == turn.me.id:
        # A coordinator who asked from a chat they linked to themselves later.
        turn.say(
            tr.gettext(
                "This request came from one of your own chats, so you cannot decide on it; "
                "another coordinator of the commune can."
            )
        )
        return
    if holder is not None:
        _close_stale(turn, request, holder)
        return
    if not settle(turn, request, organisation_id, approve=approve):
        return
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
            displace=False,
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


def _close_stale(turn: Turn, request: RegistrationRequest, holder: OfficerCard) -> None:
    """Close a request whose chat belongs to an officer by now; nothing moves.

    Approving it would take the chat from that officer (say a leader who linked it
    since) and remove them from the bot. The requester is that officer now, so only
    the coordinator hears about it.
    """
    if not settle(turn, request, request.organisation_id, approve=False):
        return
    turn.say(
        turn.tr.gettext(
            "The chat of {name} belongs by now to {holder} ({unit}), who already uses the "
            "bot, so nothing was changed; I closed this request as refused.",
            name=request.full_name,
            holder=holder.officer.full_name,
            unit=holder.unit.name,
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
    # "kinhte", "kinh te", "Phòng Kinh tế": the code or the whole name, as typed.
    wanted = _name_key(args)
    unit = next(
        (u for u in units if wanted and wanted in (_name_key(u.code), _name_key(u.name))), None
    )
    if unit is None:
        codes = ", ".join(u.code for u in units)
        turn.say(tr.gettext("Type /moi followed by a unit code: {codes}.", codes=codes))
        return
    code = new_code(INVITE_LENGTH)
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
    day = tr.weekday_date(expires.date())
    if not turn.settings.bot_username:
        # No Telegram bot to link to (Zalo, the terminal): the code alone registers.
        turn.say(
            tr.gettext(
                "Invite for {unit}, valid once until {date}.\n"
                "Code: {code} (the person sends this code to the bot, or types /start {code}).",
                unit=unit.name,
                date=day,
                code=code,
            )
        )
        return
    link = f"https://t.me/{turn.settings.bot_username}?start={code}"
    turn.say(
        tr.gettext(
            "Invite for {unit}, valid once until {date}:\n{link}\n"
            "Code: {code} (type /start {code} in the bot).",
            unit=unit.name,
            date=day,
            link=link,
            code=code,
        )
    )


_INVITE_CODE = re.compile(rf"^[{CODE_ALPHABET}]{{{INVITE_LENGTH}}}$")


def looks_like_invite(text: str) -> bool:
    """Tell whether a message is an invite code sent alone (as Zalo users do)."""
    return bool(_INVITE_CODE.match(text.strip().upper()))


def redeem_invite(turn: Turn, code: str) -> None:
    """Register whoever opened an invite, without approval."""
    tr = turn.tr
    if turn.officer is not None:
        turn.say(tr.gettext("You are already registered in {unit}.", unit=turn.officer.unit.name))
        return
    if codes_locked_out(turn):
        return
    invite = turn.session.exec(
        select(Invite).where(col(Invite.code) == normalise_code(code)[:32])
    ).first()
    if invite is None or not _usable(turn, invite):
        code_failed(turn)
        turn.say(tr.gettext("This invite is no longer valid; ask the coordinator for a new one."))
        return
    display = _full_name_or_none(turn.incoming.person.display_name)
    if display is not None:
        _register_by_invite(turn, invite, display)
        return
    turn.set_state(step="register_name", invite_id=invite.id)
    turn.say(tr.gettext("Welcome! Type your full name, e.g. Nguyễn Thị Lan."))


def _usable(turn: Turn, invite: Invite) -> bool:
    return invite.used_at is None and invite.expires_at > turn.now


def _register_by_invite(turn: Turn, invite: Invite, name: str) -> None:
    """Use the invite up, then register the writer in its unit."""
    if turn.officer is not None:
        turn.say(
            turn.tr.gettext("You are already registered in {unit}.", unit=turn.officer.unit.name)
        )
        return
    # Claimed before anything is created: of two people racing for the invite, the
    # database lets one through and the other hears it is no longer valid.
    if not claim_invite(turn.session, row_id(invite.id), turn.now):
        code_failed(turn)
        turn.say(
            turn.tr.gettext("This invite is no longer valid; ask the coordinator for a new one.")
        )
        return
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
        # The chat was nobody's when the turn began; should it have become someone's
        # since, the turn fails and is rolled back rather than removing that officer.
        displace=False,
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
