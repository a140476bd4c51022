"""/trogiup, /ngonngu and the command menu of each role."""

from __future__ import annotations

from handlers.choices import Action, encode
from handlers.context import Turn
from handlers.i18n import SUPPORTED_LOCALES, Translator, translator
from handlers.types import Choice, Reply
from models.tables import Officer, Role
from models.text import N_

# (command, description msgid, who sees it in the menu); None in the roles means everyone.
_EVERYONE = None
_REGISTERED = (Role.OFFICER, Role.UNIT_HEAD, Role.COORDINATOR, Role.LEADER)
_REPORTERS = (Role.OFFICER, Role.UNIT_HEAD, Role.COORDINATOR)
MENU: tuple[tuple[str, str, tuple[Role, ...] | None], ...] = (
    ("nhiemvu", N_("Your unit's tasks"), _REGISTERED),
    ("hanchot", N_("Deadlines of the next 14 days"), _REGISTERED),
    ("capnhat", N_("Report progress: /capnhat 12 50 note"), _REPORTERS),
    ("giahan", N_("Ask for more time: /giahan 12 20/12/2025 reason"), _REPORTERS),
    ("choduyet", N_("Requests and completions waiting for a decision: /choduyet"), _REGISTERED),
    ("baocao", N_("Progress report"), _REGISTERED),
    ("theodoi", N_("Your dashboard, a web page for the phone"), _REGISTERED),
    ("nghiphep", N_("Leave, no reminders: /nghiphep 15/12/2025 19/12/2025"), _REPORTERS),
    ("lienket", N_("Link your Zalo account: a one-time code"), _REGISTERED),
    ("kenh", N_("Your linked chats and where reminders go: /kenh"), _REGISTERED),
    ("moi", N_("Invite someone into a unit: /moi kinhte"), (Role.COORDINATOR,)),
    ("nhapkehoach", N_("Import a plan: send its Word or Excel file"), (Role.COORDINATOR,)),
    ("start", N_("Start"), _EVERYONE),
    ("dangky", N_("Register"), ()),
    ("trogiup", N_("Help"), _EVERYONE),
    ("ngonngu", N_("Language: /ngonngu vi or en"), _EVERYONE),
)


def menu_for(role: Role | None, tr: Translator) -> list[tuple[str, str]]:
    """Return the (command, description) menu of a role; None is someone not registered."""
    return [
        (command, tr.gettext(description))
        for command, description, roles in MENU
        if roles is None or (role in roles if role is not None else command == "dangky")
    ]


def help_command(turn: Turn, _args: str) -> None:
    """/trogiup: what the writer can do, for their role."""
    tr = turn.tr
    lines = [tr.gettext("What you can do:")]
    lines += [f"/{command} — {description}" for command, description in menu_for(turn.role, tr)]
    lines.append("")
    if turn.role is None:
        lines.append(
            tr.gettext(
                "Register first with /dangky, or open the invite link the coordinator sent you."
            )
        )
    elif turn.role == Role.LEADER:
        lines.append(
            tr.gettext("As a leader you see every task and report; changes are made by the units.")
        )
    else:
        lines.append(
            tr.gettext(
                "To report progress, reply to a message about a task with a "
                "percent and a note (“50% đã gửi dự thảo”, “xong”), or use the "
                "buttons under it."
            )
        )
        lines.append(
            tr.gettext(
                "Or write the task's code first: “#12 50% đã gửi dự thảo”. Commands work "
                "without the slash and the marks too: “bao cao”, “nhiệm vụ”."
            )
        )
    if turn.role == Role.COORDINATOR:
        lines.append(
            tr.gettext(
                "As a coordinator you approve registrations and requests for "
                "more time, and /moi <unit> makes an invite link."
            )
        )
        lines.append(
            tr.gettext(
                "To import a plan or a revision of it, send me its Word or Excel file "
                "(/nhapkehoach says how): I show what I read, and nothing changes until "
                "you confirm."
            )
        )
    turn.say("\n".join(lines))


def language_command(turn: Turn, args: str) -> None:
    """/ngonngu vi|en: the language the bot writes to this person in."""
    locale = args.strip().lower()
    if locale not in SUPPORTED_LOCALES:
        turn.say(
            turn.tr.gettext("Choose a language:"),
            choices=(
                (
                    Choice("Tiếng Việt", encode(Action.LANGUAGE, "vi")),
                    Choice("English", encode(Action.LANGUAGE, "en")),
                ),
            ),
        )
        return
    set_language(turn, locale)


def set_language(turn: Turn, locale: str) -> None:
    """Store the chosen language and answer in it."""
    if locale not in SUPPORTED_LOCALES:
        turn.say(turn.tr.gettext("This choice is not valid."))
        return
    if turn.officer is not None:
        officer = turn.session.get(Officer, turn.officer.id)
        assert officer is not None
        officer.locale = locale
        turn.session.add(officer)
    else:
        turn.set_state(**{**turn.state(), "locale": locale})
    turn.tr = translator(locale)
    turn.say(turn.tr.gettext("I will write to you in English from now on."))
    turn.replies.append(Reply("", menu=tuple(menu_for(turn.role, turn.tr))))
