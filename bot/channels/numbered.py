"""Choices for channels without buttons: typed back as a number, a code, or a yes.

The terminal and Zalo use it. The core's choices are written as a list and answered by
typing: "1. Duyệt  2. Từ chối" is answered "1"; a choice with a key (a task's code in
a task list) is written and answered by its key: "12 · Báo cáo…" is answered "12", so
that in a list of tasks "12" is task 12, never the twelfth line.

Numbers stay put while their offer lives: a new offer in a chat numbers on after every
number and numeric key still alive, so two registration requests get 1-2 and 3-4, and
no list number repeats a code of a live task list. An offer lives 30 minutes, or until
one of its choices is carried out (the list is spent: approving the first request
leaves the second its 3-4), or until the same choices are offered again (a task's
details after each update); when nothing is alive the numbering starts at 1 again. A
typed text is looked up newest offer first.

Two guards, since a mistyped number must not do anything that matters:

- A choice with ``confirm`` (completing a task, approving or refusing a person) is not
  carried out when typed: its question is asked ("Báo hoàn thành nhiệm vụ 12 (…)?
  Trả lời CÓ để xác nhận, KHÔNG để bỏ qua"), and only a yes (có, ok, đồng ý…) carries
  it out. A no (không, huỷ…) drops it; any other text drops it too, says so, and is
  read as usual. The question answers only the next message.
- A number that is only in an older offer (not the latest the person saw) and is also
  a task code of the writer's plan is asked about the same way, naming the choice and
  the message it came with, with how to open the task instead ("#12").

Zalo keeps the offers in the database (several workers, restarts); the terminal keeps
them in memory.
"""

from __future__ import annotations

import logging
import re
import threading
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any, Protocol

from sqlalchemy import Engine
from sqlalchemy.exc import IntegrityError
from sqlmodel import Session, select

from handlers.i18n import SUPPORTED_LOCALES, Translator
from handlers.types import Choice
from models.clock import Clock
from models.db import session_scope
from models.officers import officer_by_identity
from models.plans import latest_plan, task_by_code
from models.tables import Channel, ChatState, OfferedChoices
from models.vntext import fold

log = logging.getLogger(__name__)

CHOICE_LIFETIME = timedelta(minutes=30)
MAX_CHOICE_DIGITS = 3
MAX_KEY_LENGTH = 16
ABOUT_LENGTH = 60
# The keys of a confirmation's two answers; the no answer carries no choice data.
YES_KEY, NO_KEY = "co", "khong"
DECLINED = ""
# How people say yes and no in a chat, folded (no diacritics, lower case).
YES_WORDS = frozenset(
    {"co", "c", "yes", "y", "ok", "oke", "okay", "dong y", "vang", "da", "u", "uh", "duoc"}
    | {"xac nhan", "chac chan", "co chac chan"}
)
NO_WORDS = frozenset(
    {"khong", "k", "ko", "kg", "no", "huy", "/huy", "/cancel", "thoi", "bo qua", "dung lai"}
)
# Words of politeness around an answer: "có ạ", "ok nhé", "dạ không".
_TRAILING = frozenset({"a", "nhe", "nha", "nhen", "em", "anh", "chi", "oi", "roi", "luon"})
_LEADING = frozenset({"da", "vang", "u"})
_PUNCTUATION = re.compile(r"[.,!?…~;:]+")


def choice_number(text: str) -> int | None:
    """The number a reply like "2", " 2. " or "２" stands for; None when it is no number.

    NFKC first, so that a phone keyboard's fullwidth "２" and a superscript "²" read as
    the 2 they look like; then ASCII digits only: ``str.isdigit`` also accepts digits
    ``int`` refuses (and other scripts' digits such as "٣", which nobody here types as a
    choice), so neither decides alone.
    """
    stripped = unicodedata.normalize("NFKC", text).strip().rstrip(".").strip()
    if not stripped or len(stripped) > MAX_CHOICE_DIGITS:
        return None
    if not (stripped.isascii() and stripped.isdigit()):
        return None
    return int(stripped)


def typed_key(text: str) -> str:
    """The form a typed key is compared in: "  CÓ. " and "co" are the same key."""
    return fold(unicodedata.normalize("NFKC", text)).rstrip(".").strip()


def yes_or_no(text: str) -> bool | None:
    """True for a yes ("có", "ok ạ", "đồng ý"), False for a no ("không", "huỷ"), else None."""
    words = _PUNCTUATION.sub(" ", typed_key(text)).split()
    while len(words) > 1 and words[-1] in _TRAILING:
        words.pop()
    if len(words) > 1 and words[0] in _LEADING:
        words.pop(0)
    phrase = " ".join(words)
    if phrase in YES_WORDS:
        return True
    if phrase in NO_WORDS:
        return False
    return None


@dataclass(frozen=True)
class OfferedChoice:
    """One choice of a live offer: typed as its number, or as its key when it has one."""

    data: str
    label: str = ""
    number: int | None = None
    key: str = ""
    confirm: str = ""

    @property
    def written(self) -> str:
        """How the list shows it: "3. 50%", or "12 · Báo cáo…" (a label led by its key)."""
        if self.number is not None:
            return f"{self.number}. {self.label}"
        return self.label if self.label.startswith(self.key) else f"{self.key} · {self.label}"

    def answers(self, number: int | None, key: str) -> bool:
        """Whether the typed number or key picks this choice."""
        if self.number is not None:
            return number is not None and number == self.number
        return bool(key) and key == typed_key(self.key)


@dataclass(frozen=True)
class Offer:
    """The choices that came with one message, and when.

    ``about`` is the message's first line (to name it when asked about later); a
    ``question`` is a confirmation waiting for yes or no, ``about`` then holding it,
    and ``origin`` the serial of the offer its choice came from.
    """

    serial: int
    at: datetime
    choices: tuple[OfferedChoice, ...]
    about: str = ""
    question: bool = False
    origin: int = 0

    def find(self, number: int | None, key: str) -> OfferedChoice | None:
        """The choice a typed number or key picks in this offer."""
        return next((choice for choice in self.choices if choice.answers(number, key)), None)


@dataclass(frozen=True)
class Reading:
    """What a typed message comes to on a channel without buttons.

    ``choice``: the choice data to hand to the core instead of the text (None: hand
    the text over as it is). ``answer``: the channel answers by itself (a confirmation
    question, "nothing was done") and the core is not asked. ``note``: a line to show
    before the core's answer.
    """

    choice: str | None = None
    answer: str = ""
    note: str = ""


Offers = list[Offer]


class ChoiceStore(Protocol):
    """Where the live offers of each chat are kept."""

    def load(self, chat: str) -> Offers:
        """The offers kept for ``chat``, oldest first (expired ones included)."""
        ...

    def update(self, chat: str, change: Callable[[Offers], Offers]) -> Offers:
        """Replace the offers of ``chat`` by ``change(offers)``, atomically; return them."""
        ...


@dataclass
class MemoryChoiceStore:
    """Offers kept in memory, for a single process (the terminal)."""

    offers: dict[str, Offers] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def load(self, chat: str) -> Offers:
        """The offers of the chat."""
        return list(self.offers.get(chat, []))

    def update(self, chat: str, change: Callable[[Offers], Offers]) -> Offers:
        """Change the offers of the chat."""
        with self._lock:
            changed = change(self.load(chat))
            self.offers[chat] = changed
            return list(changed)


@dataclass
class DatabaseChoiceStore:
    """Offers kept in the database, shared by every worker: one row per chat."""

    engine: Engine
    channel: Channel

    def load(self, chat: str) -> Offers:
        """The offers of the chat."""
        with Session(self.engine) as session:
            row = self._row(session, chat)
            return offers_from_json(row.choices, row.offered_at) if row else []

    def update(self, chat: str, change: Callable[[Offers], Offers]) -> Offers:
        """Change the offers of the chat in one transaction, the row locked meanwhile."""
        try:
            return self._update(chat, change)
        except IntegrityError:
            # Another worker made the chat's first row at the same moment: it is there now.
            return self._update(chat, change)

    def _update(self, chat: str, change: Callable[[Offers], Offers]) -> Offers:
        with session_scope(self.engine) as session:
            row = self._row(session, chat, lock=True)
            offers = offers_from_json(row.choices, row.offered_at) if row else []
            changed = change(list(offers))
            if changed == offers:
                return changed
            if row is None:
                row = OfferedChoices(channel=self.channel, chat_id=chat, offered_at=changed[-1].at)
            row.choices = offers_to_json(changed)
            row.offered_at = max((offer.at for offer in changed), default=row.offered_at)
            session.add(row)
            return changed

    def _row(self, session: Session, chat: str, *, lock: bool = False) -> OfferedChoices | None:
        query = select(OfferedChoices).where(
            OfferedChoices.channel == self.channel, OfferedChoices.chat_id == chat
        )
        return session.exec(query.with_for_update() if lock else query).first()


def offers_to_json(offers: Iterable[Offer]) -> list[Any]:
    """The stored form: a list of offers, each with its choices."""
    return [
        {
            "serial": offer.serial,
            "at": offer.at.isoformat(),
            "about": offer.about,
            "question": offer.question,
            "origin": offer.origin,
            "choices": [
                {
                    **({"number": c.number} if c.number is not None else {"key": c.key}),
                    "data": c.data,
                    "label": c.label,
                    "confirm": c.confirm,
                }
                for c in offer.choices
            ],
        }
        for offer in offers
    ]


def offers_from_json(stored: Sequence[Any], offered_at: datetime) -> Offers:
    """Read the stored form back; a row written before offers were kept side by side
    (a bare list of choice data) is one offer numbered from 1. Anything unreadable is
    dropped: an offer is a convenience, never worth failing a message for."""
    if all(isinstance(item, str) for item in stored):
        choices = tuple(
            OfferedChoice(data, number=number) for number, data in enumerate(stored, start=1)
        )
        return [Offer(0, offered_at, choices)] if choices else []
    offers = []
    for item in stored:
        try:
            offers.append(_offer_from_json(item))
        except (KeyError, TypeError, ValueError):
            log.warning("Dropped an offered choice that could not be read: %r", item)
    return offers


def _offer_from_json(item: Any) -> Offer:
    choices = tuple(
        OfferedChoice(
            data=str(choice["data"]),
            label=str(choice.get("label", "")),
            number=int(choice["number"]) if "number" in choice else None,
            key="" if "number" in choice else str(choice["key"]),
            confirm=str(choice.get("confirm", "")),
        )
        for choice in item["choices"]
    )
    at = datetime.fromisoformat(str(item["at"]))
    if at.tzinfo is None:
        raise ValueError("a time without its zone")
    return Offer(
        int(item["serial"]),
        at,
        choices,
        str(item.get("about", "")),
        bool(item.get("question")),
        int(item.get("origin", 0)),
    )


# Whether a typed text (second argument) is a task code of the plan of the person in a
# private chat (first argument).
TaskCodes = Callable[[str, str], bool]


def no_task_codes(_chat: str, _code: str) -> bool:
    """For a store without plans (tests of the lists alone): no text is a task code."""
    return False


@dataclass(frozen=True)
class PlanCodes:
    """Task codes of the plan of the officer writing in a private chat (chat id = person id)."""

    engine: Engine
    channel: Channel

    def __call__(self, chat: str, code: str) -> bool:
        """True when ``code`` names a task of the latest plan of the officer's commune."""
        with Session(self.engine) as session:
            officer = officer_by_identity(session, self.channel, chat)
            if officer is None:
                return False
            plan = latest_plan(session, officer.organisation.id)
            return (
                plan is not None
                and plan.id is not None
                and task_by_code(session, plan.id, code) is not None
            )


def chat_locale(engine: Engine, channel: Channel, external_id: str) -> str | None:
    """The language the core answers this person in: the officer's, or the one a guest chose."""
    with Session(engine) as session:
        officer = officer_by_identity(session, channel, external_id)
        if officer is not None:
            return officer.officer.locale
        state = session.exec(
            select(ChatState).where(
                ChatState.channel == channel, ChatState.external_id == external_id
            )
        ).first()
    chosen = state.state.get("locale") if state else None
    return chosen if isinstance(chosen, str) and chosen in SUPPORTED_LOCALES else None


@dataclass
class NumberedChoices:
    """Writes choices as a list to type from, and reads what is typed back, for a while."""

    clock: Clock
    store: ChoiceStore = field(default_factory=MemoryChoiceStore)
    lifetime: timedelta = CHOICE_LIFETIME
    is_task_code: TaskCodes = no_task_codes

    def render(
        self,
        chat: str,
        rows: tuple[tuple[Choice, ...], ...],
        tr: Translator,
        *,
        about: str = "",
    ) -> str:
        """Write the choices as a list and remember them for ``chat``, next to the live ones.

        ``about`` is the message the choices come with (its first line is kept, to name
        it if one of its numbers is typed once newer offers came).
        """
        choices = [choice for row in rows for choice in row]
        if not choices:
            return ""
        now = self.clock.now()
        added: list[Offer] = []

        def add(offers: Offers) -> Offers:
            # The same choices offered again (a task's details after each update) take
            # the place of the older offer rather than piling numbers up.
            same = tuple(choice.data for choice in choices)
            live = [
                offer
                for offer in self._alive(offers, now)
                if offer.question or tuple(c.data for c in offer.choices) != same
            ]
            numbers = iter(range(_next_number(live), 10**MAX_CHOICE_DIGITS))
            offer = Offer(
                serial=max((o.serial for o in offers), default=0) + 1,
                at=now,
                choices=tuple(_offered(choice, numbers) for choice in choices),
                about=_first_line(about),
            )
            added[:] = [offer]
            return [*live, offer]

        self.store.update(chat, add)
        return _written(added[0], tr)

    def read(self, chat: str, text: str, tr: Translator) -> Reading:
        """What ``text`` typed in ``chat`` comes to: a live choice, a question, or itself."""
        now = self.clock.now()
        reading = Reading()
        # Asked before the offers are locked: it reads other tables, in its own session.
        code = self._may_be_task_code(chat, text, now)

        def decide(offers: Offers) -> Offers:
            nonlocal reading
            live = self._alive(offers, now)
            reading, remaining = self._decide(text, tr, live, now, code=code)
            return remaining

        self.store.update(chat, decide)
        return reading

    def _may_be_task_code(self, chat: str, text: str, now: datetime) -> bool:
        """Whether a typed number is also a task code, when that can matter: a number, with
        an older offer alive that it might pick."""
        if choice_number(text) is None:
            return False
        offers = [offer for offer in self._alive(self.store.load(chat), now) if not offer.question]
        return len(offers) > 1 and self.is_task_code(chat, typed_key(text))

    def _decide(
        self, text: str, tr: Translator, live: Offers, now: datetime, *, code: bool
    ) -> tuple[Reading, Offers]:
        note = ""
        pending = next((offer for offer in reversed(live) if offer.question), None)
        if pending is not None:
            # A confirmation answers the very next message only.
            live = [offer for offer in live if offer is not pending]
            answer = yes_or_no(text)
            if answer is not None:
                if not answer:
                    return _declined(tr), live
                # Carried out: its list is spent, as when a choice is picked straight away.
                spent = [offer for offer in live if offer.serial != pending.origin]
                return _confirmed(pending, tr), spent
            note = tr.gettext(
                "Not done, as it was not confirmed: {question}", question=pending.about
            )
        number, key = choice_number(text), typed_key(text)
        if len(key) > MAX_KEY_LENGTH:
            return Reading(note=note), live
        found = _newest_match(live, number, key)
        if found is None:
            return Reading(note=note), live
        offer, choice = found
        question, hint = choice.confirm, ""
        if choice.number is not None and offer is not live[-1] and code:
            # "12" typed after newer offers: the old list's 12th choice, or task 12?
            question = question or tr.gettext(
                "Choose “{label}” from the earlier message “{about}”?",
                label=choice.label,
                about=offer.about,
            )
            hint = tr.gettext("To open task {code} instead, type #{code}.", code=key)
        if not question:
            # A list is spent once a choice of it is carried out: its numbers go free.
            spent = [other for other in live if other is not offer]
            return Reading(choice=choice.data, note=note), spent
        serial = max(o.serial for o in live) + 1
        # The list stays alive meanwhile: after a "no" another of its choices may be picked.
        asked = Offer(
            serial, now, _yes_no_choices(choice.data, tr), question, True, origin=offer.serial
        )
        lines = [note, question, tr.gettext("Reply YES to confirm, NO to skip."), hint]
        return Reading(answer="\n".join(line for line in lines if line)), [*live, asked]

    def _alive(self, offers: Offers, now: datetime) -> Offers:
        return [offer for offer in offers if now - offer.at <= self.lifetime]


def _next_number(live: Offers) -> int:
    """One more than every number, and every numeric key (a task code), still alive."""
    taken = [
        choice.number if choice.number is not None else int(choice.key)
        for offer in live
        for choice in offer.choices
        if choice.number is not None or choice.key.isdecimal()
    ]
    return max(taken, default=0) + 1


def _offered(choice: Choice, numbers: Iterator[int]) -> OfferedChoice:
    if choice.key:
        return OfferedChoice(choice.data, choice.label, key=choice.key, confirm=choice.confirm)
    return OfferedChoice(choice.data, choice.label, number=next(numbers), confirm=choice.confirm)


def _first_line(text: str) -> str:
    line = text.strip().split("\n", 1)[0].strip()
    return line if len(line) <= ABOUT_LENGTH else line[: ABOUT_LENGTH - 1].rstrip() + "…"


def _written(offer: Offer, tr: Translator) -> str:
    lines = [f"  {choice.written}" for choice in offer.choices]
    numbers = [str(c.number) for c in offer.choices if c.number is not None]
    keys = [c.key for c in offer.choices if c.number is None]
    if len(numbers) == 1:
        lines.append(tr.gettext("Reply {number}.", number=numbers[0]))
    elif numbers:
        lines.append(
            tr.gettext(
                "Reply {numbers} or {last}.", numbers=", ".join(numbers[:-1]), last=numbers[-1]
            )
        )
    if keys:
        # A plain code makes the clearer example: "12" rather than "1.1".
        example = next((key for key in keys if key.isdecimal()), keys[0])
        lines.append(
            tr.gettext("Reply with a code from the list, e.g. {example}.", example=example)
        )
    return "\n".join(lines)


def _newest_match(
    live: Offers, number: int | None, key: str
) -> tuple[Offer, OfferedChoice] | None:
    for offer in reversed(live):
        choice = offer.find(number, key)
        if choice is not None:
            return offer, choice
    return None


def _yes_no_choices(data: str, tr: Translator) -> tuple[OfferedChoice, ...]:
    return (
        OfferedChoice(data, tr.gettext("Yes"), key=YES_KEY),
        OfferedChoice(DECLINED, tr.gettext("No"), key=NO_KEY),
    )


def _confirmed(question: Offer, tr: Translator) -> Reading:
    yes = next(choice for choice in question.choices if choice.key == YES_KEY)
    return Reading(choice=yes.data) if yes.data != DECLINED else _declined(tr)


def _declined(tr: Translator) -> Reading:
    return Reading(answer=tr.gettext("Skipped; nothing was changed."))
