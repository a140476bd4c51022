"""A plan file sent in the chat (issue 14): read, shown, completed, imported once confirmed.

A coordinator sends the plan's file (.docx, .xlsx, .csv, .pdf, .yaml) to the bot as a
document on its own; a document sent in reply to a message about a task stays a progress
attachment. The file is read for the coordinator's own commune by the command line's
rules (:mod:`models.planimport`: which plan it is, a file of another commune or period
never revising another plan) and the bot answers with what it read: the plan and its
period, new or a revision of which plan, the tasks each unit leads, the units matched
and those not, the deadlines it could not read, and for a revision what changes.

What the file lacks is completed in the chat: a title, number or period it does not give
is asked for, and each unit name the commune does not have is answered with a choice
among its units or a new unit. Any other problem is a problem of the file: every one is
listed at once, by row and column, nothing changes, and the coordinator sends the file
again once fixed. Only "Xác nhận nhập" imports, in one transaction; the reminders follow
the changed tasks and the other coordinators are told.

The file waits in the database (:class:`~models.tables.PlanUpload`) until it is imported,
cancelled, replaced by a newer file or a day old. Every choice carries the preview it was
offered with: a button of an earlier preview is refused, and a confirmation whose preview
no longer holds (another coordinator changed the plan meanwhile) shows the new one.
"""

from __future__ import annotations

import hashlib
import math
import re
import secrets
from collections.abc import Sequence
from datetime import date
from types import MappingProxyType
from typing import Any

from sqlmodel import col, select

from handlers.choices import Action, Picked, encode
from handlers.context import Turn
from handlers.formatting import short_title
from handlers.i18n import Translator
from handlers.planinfo import number_line
from handlers.types import Attachment, Choice
from models.chatdates import DateError, read_day, read_range
from models.deadline import Period, ScheduleKind, parse_deadline
from models.officers import addresses, units_of
from models.planfile import (
    MAX_FILE_BYTES,
    STANDARD_UNITS,
    Problem,
    ReadOptions,
    TaskSpec,
)
from models.planfile.reading import SUFFIXES, suffix
from models.planfile.units import _UNKNOWN_UNIT, standard_code
from models.planimport import (
    _HALF_PERIOD,
    _NO_NUMBER,
    _NO_PERIOD,
    _NO_PLAN,
    _NO_TITLE,
    _OTHER_COMMUNE,
    _OTHER_COMMUNE_FILE,
    _OTHER_NUMBER,
    _OTHER_PERIOD,
    ImportPreview,
    apply_preview,
    preview_file,
)
from models.plans import ImportSummary
from models.planuploads import (
    claim_upload,
    drop_upload,
    drop_uploads_of,
    is_expired,
    keep_upload,
)
from models.tables import (
    Channel,
    Officer,
    Organisation,
    Plan,
    PlanUpload,
    Role,
    Task,
    Unit,
    row_id,
)
from models.text import N_, Text
from models.vntext import fold

# A plan file is far smaller; the channel fetches nothing larger (Telegram bots get 20 MB).
MAX_PLAN_FILE_BYTES = MAX_FILE_BYTES
FIELD_STEP = "plan_field"
# Older formats a clerk may still save in: the reader takes their successors.
_OLD_FORMATS = {"doc": "docx", "xls": "xlsx", "odt": "docx", "ods": "xlsx"}
MAX_TITLE = 500  # as the plan's title column holds it
MAX_NUMBER = 100
# Phone-short: lists longer than this end with "… and N more".
SHOWN_DEADLINES = 10
SHOWN_CODES = 15
SHOWN_UNIT_CHOICES = 20
SHOWN_PLAN_CHOICES = 3

# The fields a file may lack that the coordinator gives in the chat, in the order asked.
_FIELDS = ("title", "number", "period")
_TOKENS = 1_000_000_000  # a preview's token is below this: nine digits in a choice's data
_FIELD_OF_COLUMN = {"--title": "title", "--number": "number", "--from/--to": "period"}

# The command line's problems the chat words its own way (no --commune or --plan to give
# here) or completes by asking. Its msgids are imported, not copied, so that a change of
# them fails loudly rather than slipping by.
_CHAT_WORDING = {
    _OTHER_COMMUNE: N_(
        "The plan is issued by {issuer}, not by {commune}: a plan of another commune never "
        "goes into yours. A coordinator of that commune imports it."
    ),
    _OTHER_COMMUNE_FILE: N_(
        "The file is the plan of commune “{file}”, not of yours (“{given}”): a plan of "
        "another commune never goes into yours."
    ),
    _OTHER_PERIOD: N_(
        "Plan “{code}” covers {start} to {end}; this file covers {file_start} to {file_end}. "
        "A file for another period is another plan: give it a new plan code in the file."
    ),
    _OTHER_NUMBER: N_(
        "Plan “{code}” is number {number}; this file is number {file_number}, so it is "
        "another plan: give it a new plan code in the file."
    ),
    # Asked for in the chat; listed only beside problems that must be fixed in the file.
    _NO_TITLE: N_(
        "The file does not give the plan's title; I will ask for it once the rest is fixed."
    ),
    _NO_PERIOD: N_(
        "The file does not give the period the plan covers; I will ask for it once the rest "
        "is fixed."
    ),
    _HALF_PERIOD: N_(
        "The file gives only one end of the plan's period; I will ask for it once the rest "
        "is fixed."
    ),
    _NO_NUMBER: N_(
        "The document does not give the plan's number (Số: .../KH-UBND is blank or "
        "missing); I will ask for it once the rest is fixed."
    ),
    _NO_PLAN: N_(
        "The file does not say which plan it is (no title, no period) and the commune has "
        "no plan yet; I will ask for them once the rest is fixed."
    ),
}
_NEW_PARENT = N_(
    "The file puts the commune under “{parent}”; which city or province a commune belongs "
    "to is changed only on the server (nhacviec plan import)."
)


# --- what the channel fetches --------------------------------------------------------------


def readable(file_name: str) -> bool:
    """Whether a file is in a format plans are read from (by its name's ending)."""
    return suffix(file_name) in SUFFIXES


def offered_as_plan(attachment: Attachment | None) -> bool:
    """Whether a document sent on its own is taken as a plan file (or an old-format one)."""
    return attachment is not None and (
        readable(attachment.file_name) or suffix(attachment.file_name) in _OLD_FORMATS
    )


# --- the file arrives ------------------------------------------------------------------------


def import_command(turn: Turn, _args: str) -> None:
    """/nhapkehoach: how a plan file gets in from where the coordinator writes."""
    tr = turn.tr
    if turn.role == Role.LEADER:
        turn.say(_leaders_plan_file(turn))
        return
    if not _is_coordinator(turn):
        return
    channel = turn.incoming.person.channel
    if channel == Channel.TELEGRAM:
        turn.say(
            tr.gettext(
                "Send me the plan file as a document: the Word plan (.docx), an Excel copy "
                "of its appendix (.xlsx, .csv), a PDF with text or the YAML file, at most "
                "{limit} MB, on its own rather than as a reply. I will show what I read; "
                "nothing changes until you confirm.",
                limit=MAX_PLAN_FILE_BYTES // (1024 * 1024),
            )
        )
        return
    code = turn.me.organisation.code
    if channel == Channel.ZALO:
        where = f" @{turn.settings.bot_username}" if turn.settings.bot_username else ""
        turn.say(
            tr.gettext(
                "Zalo does not pass files to bots. Send the plan file to the bot on "
                "Telegram{where}: if your Telegram account is not linked yet, type /lienket "
                "here and send “LIENKET” with the code to the Telegram bot. Or the "
                "administrator imports it on the server: nhacviec plan import FILE "
                "--commune {commune}",
                where=where,
                commune=code,
            )
        )
        return
    if channel == Channel.TERMINAL:
        # The terminal chat sends a file of this computer with /tep: a newcomer tries the
        # whole chat import (preview, units, confirmation) without Telegram.
        turn.say(
            tr.gettext(
                "Type /tep and the path of the plan file on this computer, e.g. /tep "
                "ke-hoach.docx: the Word plan (.docx), an Excel copy of its appendix (.xlsx, "
                ".csv), a PDF with text or the YAML file. I will show what I read; nothing "
                "changes until you confirm. On the server: nhacviec plan import FILE "
                "--commune {commune}",
                commune=code,
            )
        )
        return
    turn.say(
        tr.gettext(
            "This chat cannot receive files. Import the plan on the server: nhacviec plan "
            "import FILE --commune {commune} (with --dry-run to see it first).",
            commune=code,
        )
    )


def file_sent(turn: Turn) -> None:
    """A document sent on its own with a plan file's ending: read it and show the preview."""
    tr = turn.tr
    attachment = turn.incoming.attachment
    assert attachment is not None
    if turn.officer is None:
        turn.say(
            tr.gettext(
                "Only a coordinator of a commune can import a plan file, and you are not "
                "registered yet. Type /dangky to register."
            )
        )
        return
    if turn.role == Role.LEADER:
        turn.say(_leaders_plan_file(turn))
        return
    if turn.role != Role.COORDINATOR:
        turn.say(
            tr.gettext(
                "Only a coordinator of the commune can import a plan file. To attach this "
                "file to a task's progress, send it as a reply to my message about the task."
            )
        )
        return
    ending = suffix(attachment.file_name)
    if ending in _OLD_FORMATS:
        turn.say(
            tr.gettext(
                "I cannot read .{old} files. Open it and save it as .{new} (File > Save As), "
                "then send that.",
                old=ending,
                new=_OLD_FORMATS[ending],
            )
        )
        return
    content = attachment.content
    size = len(content) if content is not None else attachment.size
    if size is not None and size > MAX_PLAN_FILE_BYTES:
        turn.say(
            tr.gettext(
                "The file is {size} MB; a plan file may be at most {limit} MB. Send the plan "
                "without pictures, or only its appendix as Excel.",
                size=_megabytes(size),
                limit=MAX_PLAN_FILE_BYTES // (1024 * 1024),
            )
        )
        return
    if content is None:
        turn.say(tr.gettext("I could not fetch the file from the chat. Please send it again."))
        return
    # A new file abandons any question left open, the earlier file's too.
    turn.clear_state()
    upload = keep_upload(
        turn.session,
        officer_id=turn.me.id,
        file_name=attachment.file_name[-255:],
        content=content,
        now=turn.now,
    )
    _present(turn, upload)


_PICTURES = ("jpg", "jpeg", "png", "heic", "heif", "webp", "gif", "bmp", "tif", "tiff")


def other_file_sent(turn: Turn) -> None:
    """A photo or a file no plan is read from, sent on its own: say what the bot takes.

    A coordinator who photographs the signed plan learns that a photo cannot be read and
    which file to send; everyone learns how a file joins a task's progress.
    """
    tr = turn.tr
    attachment = turn.incoming.attachment
    assert attachment is not None
    if turn.role == Role.LEADER:
        # Leaders report no progress, so "send it as a reply about a task" would only be
        # refused there: say what they do with the bot instead.
        turn.say(
            tr.gettext(
                "I keep a file only when an officer sends it with a task's progress report, "
                "and leaders follow the plan rather than report on it: /baocao gives the "
                "report and /nhiemvu every task. A plan file goes to a coordinator (cán bộ "
                "đầu mối), who imports it."
            )
        )
        return
    as_progress = tr.gettext(
        "To attach this file to a task's progress, send it as a reply to my message about "
        "the task."
    )
    if turn.role != Role.COORDINATOR:
        turn.say(as_progress)
        return
    ending = suffix(attachment.file_name)
    if ending in _PICTURES or not ending:
        why = tr.gettext("I cannot read a plan from a photo or a picture of its pages.")
    else:
        why = tr.gettext("I cannot read a plan from a .{ending} file.", ending=ending)
    send = tr.gettext(
        "Send the plan as a file: the Word plan (.docx), an Excel copy of its appendix "
        "(.xlsx, .csv), a PDF with text or the YAML file."
    )
    turn.say(f"{why} {send}\n{as_progress}")


def _leaders_plan_file(turn: Turn) -> str:
    """A leader's plan file: who imports it (by name), and what a leader does instead."""
    tr = turn.tr
    names = turn.session.exec(
        select(Officer.full_name)
        .where(
            Officer.organisation_id == turn.me.organisation.id,
            Officer.role == Role.COORDINATOR,
            col(Officer.active).is_(True),
        )
        .order_by(col(Officer.id))
    ).all()
    if names:
        who = tr.gettext(
            "Plans are imported by the commune's coordinators (cán bộ đầu mối): please pass "
            "the file to {names}.",
            names=", ".join(names),
        )
    else:
        who = tr.gettext(
            "Plans are imported by the commune's coordinators (cán bộ đầu mối), and none "
            "uses the bot yet: the administrator imports it on the server (nhacviec plan "
            "import)."
        )
    return (
        who
        + " "
        + tr.gettext(
            "As a leader you follow the plan: /baocao gives the report and /nhiemvu every task."
        )
    )


def _megabytes(size: int) -> str:
    """Rounded up, so that a file just over the limit never reads as at the limit."""
    tenths = math.ceil(size * 10 / (1024 * 1024))
    return f"{tenths // 10},{tenths % 10}"


def _is_coordinator(turn: Turn) -> bool:
    if turn.role == Role.COORDINATOR:
        return True
    turn.say(turn.tr.gettext("Only a coordinator of the commune can import a plan."))
    return False


# --- reading it, and what to ask ---------------------------------------------------------


def _options(upload: PlanUpload) -> ReadOptions:
    answers = upload.answers
    start, end = answers.get("start"), answers.get("end")
    return ReadOptions(
        title=answers.get("title"),
        number=answers.get("number"),
        start=date.fromisoformat(start) if start else None,
        end=date.fromisoformat(end) if end else None,
        unit_names=MappingProxyType(dict(answers.get("units", {}))),
        issued_on=date.fromisoformat(issued) if (issued := answers.get("issued_on")) else None,
        # The plan the coordinator said the file revises ("Là bản sửa đổi của kế hoạch …").
        plan_code=answers.get("plan") or None,
    )


def _preview(turn: Turn, upload: PlanUpload) -> ImportPreview:
    return preview_file(
        turn.session,
        upload.file_name,
        upload.content,
        _options(upload),
        commune=turn.me.organisation.code,
    )


def _answer(upload: PlanUpload, **values: Any) -> None:
    """Note what the coordinator said (a new dict: the JSON column sees no change in place)."""
    upload.answers = {**upload.answers, **values}


def _present(turn: Turn, upload: PlanUpload) -> None:
    """Read the file with every answer so far and say what comes next: the file's problems,
    a question, or the preview with "Confirm import"."""
    preview = _preview(turn, upload)
    upload.token = _new_token(upload.token)
    _answer(upload, fingerprint="")
    turn.session.add(upload)
    problems = [*preview.problems, *_chat_problems(turn, preview)]
    fields = _missing_fields(problems)
    in_file = [problem for problem in problems if _kind(problem) == "file"]
    if in_file or (fields and not _askable(upload, fields)):
        _refuse(turn, upload, problems)
    elif fields:
        _ask_field(turn, upload, preview, fields[0])
    elif preview.reading.unknown_units:
        _ask_unit(turn, upload, preview)
    elif preview.plan is None or preview.commune is None:
        _refuse(turn, upload, problems)
    else:
        _offer(turn, upload, preview)


def _new_token(previous: int) -> int:
    """A preview's number: random, so that no button of another preview carries it."""
    token = previous
    while token == previous:
        token = secrets.randbelow(_TOKENS) + 1
    return token


def _kind(problem: Problem) -> str:
    """How a problem is answered: by a choice ("unit"), by typing ("field"), in the file."""
    if problem.message.msgid == _UNKNOWN_UNIT:
        return "unit"
    if problem.column in _FIELD_OF_COLUMN or problem.message.msgid == _NO_PLAN:
        return "field"
    return "file"


def _missing_fields(problems: Sequence[Problem]) -> list[str]:
    """The fields to ask for, in order: title, number, period."""
    wanted: set[str] = set()
    for problem in problems:
        if problem.message.msgid == _NO_PLAN:
            wanted |= {"title", "period"}
        elif problem.column in _FIELD_OF_COLUMN:
            wanted.add(_FIELD_OF_COLUMN[problem.column])
    return [field for field in _FIELDS if field in wanted]


def _askable(upload: PlanUpload, fields: Sequence[str]) -> bool:
    """False when a field was answered and is still wanted: asking again would loop."""
    answered = {"title": "title", "number": "number", "period": "start"}
    return not any(upload.answers.get(answered[field]) for field in fields)


def _chat_problems(turn: Turn, preview: ImportPreview) -> list[Problem]:
    """What the chat refuses beyond the command line: a YAML file moving the commune."""
    spec = preview.reading.document.organisation
    if spec is None or not spec.parent:
        return []
    organisation = turn.me.organisation
    parent = (
        turn.session.get(Organisation, organisation.parent_id) if organisation.parent_id else None
    )
    if parent is not None and parent.code == spec.parent:
        return []
    return [Problem(Text(_NEW_PARENT, MappingProxyType({"parent": spec.parent})))]


def _refuse(turn: Turn, upload: PlanUpload, problems: Sequence[Problem]) -> None:
    """Every problem of the file at once; the file is forgotten and nothing changes."""
    tr = turn.tr
    drop_upload(turn.session, upload)
    lines = [
        tr.gettext(
            "I cannot import “{file}”; nothing was changed. Problems ({count}):",
            file=upload.file_name,
            count=len(problems),
        )
    ]
    lines += [problem_line(problem, tr) for problem in problems]
    lines.append(tr.gettext("Fix the file and send it again."))
    turn.say("\n".join(lines))


def problem_line(problem: Problem, tr: Translator) -> str:
    """One problem with its place in the file, in the chat's words."""
    where = []
    if problem.table is not None:
        where.append(tr.gettext("table {table}", table=problem.table))
    if problem.row is not None:
        where.append(tr.gettext("row {row}", row=problem.row))
    if problem.column and not problem.column.startswith("--"):
        where.append(tr.gettext("column “{column}”", column=problem.column))
    prefix = ", ".join(where)
    prefix = f"{prefix[:1].upper()}{prefix[1:]}: " if prefix else ""
    chat = _CHAT_WORDING.get(problem.message.msgid)
    message = Text(chat, problem.message.args) if chat else problem.message
    return f"• {prefix}{tr.render(message)}"


# --- questions -----------------------------------------------------------------------------


def _cancel_choice(tr: Translator, upload: PlanUpload) -> tuple[Choice, ...]:
    return (Choice(tr.gettext("Cancel"), encode(Action.PLAN_CANCEL, row_id(upload.id))),)


def _ask_field(turn: Turn, upload: PlanUpload, preview: ImportPreview, field: str) -> None:
    tr = turn.tr
    lines = []
    if not any(upload.answers.get(key) for key in ("title", "number", "start")):
        lines.append(
            tr.gettext(
                "I read “{file}”: {count} tasks.",
                file=upload.file_name,
                count=len(preview.reading.document.tasks),
            )
        )
    lines.append(_FIELD_QUESTIONS[field](tr))
    turn.set_state(step=FIELD_STEP, upload=row_id(upload.id), field=field)
    turn.say("\n".join(lines), choices=(_cancel_choice(tr, upload),))


_FIELD_QUESTIONS = {
    "title": lambda tr: tr.gettext(
        "The file does not give the plan's title. Type it, e.g. “Kế hoạch cải cách hành "
        "chính năm 2026”."
    ),
    "number": lambda tr: tr.gettext(
        "The document does not give the plan's number (Số: .../KH-UBND is blank). Type it, "
        "e.g. 45/KH-UBND."
    ),
    "period": lambda tr: tr.gettext(
        "The file does not say which period the plan covers. Type its first and last day, "
        "e.g. 01/01/2026 - 31/12/2026."
    ),
    "issued_on": lambda tr: tr.gettext(
        "Type the day the plan was signed, as on its first page, e.g. 15/07/2025."
    ),
}


def field_given(turn: Turn, text: str) -> None:
    """The answer to a question about the plan's title, number or period."""
    tr = turn.tr
    state = turn.state()
    upload = _own_upload(turn, int(state.get("upload", 0)), token=None)
    if upload is None:
        turn.clear_state()
        return
    field = str(state.get("field", ""))
    answer = " ".join(text.split())
    if field == "title":
        if len(answer) > MAX_TITLE:
            _ask_again(
                turn,
                upload,
                tr.gettext("The title is too long (at most {limit} characters).", limit=MAX_TITLE),
            )
            return
        _answer(upload, title=answer)
    elif field == "number":
        if not re.search(r"[0-9]", answer) or len(answer) > MAX_NUMBER:
            _ask_again(
                turn,
                upload,
                tr.gettext(
                    "A plan's number has digits, e.g. 45/KH-UBND. Type it again, or press Cancel."
                ),
            )
            return
        _answer(upload, number=answer)
    elif field == "period":
        period = _read_period(answer, turn)
        if period is None:
            _ask_again(
                turn,
                upload,
                tr.gettext(
                    "I could not read the period: type its first and last day, e.g. "
                    "01/01/2026 - 31/12/2026."
                ),
            )
            return
        _answer(upload, start=period[0].isoformat(), end=period[1].isoformat())
    elif field == "issued_on":
        signed = _read_day(answer, turn)
        if signed is None:
            _ask_again(
                turn,
                upload,
                tr.gettext(
                    "I could not read that day: type it as on the plan's first page, e.g. "
                    "15/07/2025, or press Cancel."
                ),
            )
            return
        _answer(upload, issued_on=signed.isoformat())
    else:
        turn.clear_state()
        return
    turn.clear_state()
    _present(turn, upload)


def forget_waiting_file(turn: Turn) -> bool:
    """/huy: the plan file waiting for this coordinator (previewed, or with a question
    about it open) goes, as "Huỷ" under its preview would; nothing else changed. Whether
    a file went."""
    if turn.officer is None:
        return False
    return drop_uploads_of(turn.session, turn.me.id)


def _read_period(text: str, turn: Turn) -> tuple[date, date] | None:
    """Two different days, the first before the second; None otherwise."""
    try:
        period = read_range(text, turn.today, future=False)
    except DateError:
        return None
    if period is None or period[0] >= period[1]:
        return None
    return period


def _read_day(text: str, turn: Turn) -> date | None:
    """One day, not after today (a plan is signed before it is sent); None otherwise."""
    try:
        day = read_day(text, turn.today, future=False)
    except DateError:
        return None
    return None if day is None or day > turn.today else day


def issued_on_asked(turn: Turn, picked: Picked) -> None:
    """ "Add the day signed" under a preview: ask for it; the answer shows the preview again."""
    upload = _own_upload(turn, picked.number(0), token=picked.number(1))
    if upload is None:
        return
    turn.set_state(step=FIELD_STEP, upload=row_id(upload.id), field="issued_on")
    turn.say(_FIELD_QUESTIONS["issued_on"](turn.tr), choices=(_cancel_choice(turn.tr, upload),))


def _ask_again(turn: Turn, upload: PlanUpload, why: str) -> None:
    """The question stays open: say what was wrong with the answer."""
    turn.say(why, choices=(_cancel_choice(turn.tr, upload),))


def _ask_unit(turn: Turn, upload: PlanUpload, preview: ImportPreview) -> None:
    """The first name the commune has no unit for: which unit is it, or a new one."""
    tr = turn.tr
    unknown = preview.reading.unknown_units[0]
    if not upload.answers.get("units") and preview.plan is not None:
        # The first question: the preview comes first, so the choice is made knowing it.
        turn.say(_preview_text(tr, preview))
    _answer(upload, asking=unknown.name)
    units = units_of(turn.session, row_id(turn.me.organisation.id))[:SHOWN_UNIT_CHOICES]
    token = upload.token
    rows: list[tuple[Choice, ...]] = [
        (
            Choice(
                short_title(unit.name, 40),
                encode(Action.PLAN_UNIT, row_id(upload.id), token, row_id(unit.id)),
            ),
        )
        for unit in units
    ]
    rows.append(
        (
            Choice(
                tr.gettext("New unit “{name}”", name=short_title(unknown.name, 40)),
                encode(Action.PLAN_UNIT, row_id(upload.id), token, 0),
            ),
        )
    )
    rows.append(_cancel_choice(tr, upload))
    turn.say(
        tr.gettext(
            "Which unit is “{name}” (tasks {tasks})? Pick one of the commune's units, or add "
            "it as a new unit.",
            name=unknown.name,
            tasks=_codes(unknown.tasks),
        ),
        choices=tuple(rows),
    )


def unit_chosen(turn: Turn, picked: Picked) -> None:
    """The unit an unmatched name means: one of the commune's (by id) or a new one (0)."""
    tr = turn.tr
    upload = _own_upload(turn, picked.number(0), token=picked.number(1))
    if upload is None:
        return
    name = upload.answers.get("asking")
    if not isinstance(name, str) or not name:
        turn.say(tr.gettext("This choice is not valid or has expired."))
        return
    organisation_id = row_id(turn.me.organisation.id)
    named: dict[str, str] = dict(upload.answers.get("units", {}))
    unit_id = picked.number(2)
    if unit_id:
        unit = turn.session.get(Unit, unit_id)
        if unit is None or unit.organisation_id != organisation_id:
            turn.say(tr.gettext("This choice is not valid or has expired."))
            return
        named[name] = unit.code
        turn.say(tr.gettext("Noted: “{name}” is {unit}.", name=name, unit=unit.name))
    else:
        # Not another standard unit's code either: the file may yet add that unit. The
        # name's own standard code is free (the file names that unit only by this name).
        taken = {unit.code for unit in units_of(turn.session, organisation_id)}
        taken |= {unit.code for unit in STANDARD_UNITS} - {standard_code(name)}
        code = new_unit_code(name, taken | set(named.values()))
        named[name] = code
        turn.say(
            tr.gettext(
                "Noted: “{name}” will be added as a new unit, code {code}.", name=name, code=code
            )
        )
    _answer(upload, units=named, asking="")
    _present(turn, upload)


def new_unit_code(name: str, taken: set[str]) -> str:
    """A code for a unit added from a plan: a standard unit's own code ("Phòng Kinh tế, Hạ
    tầng và Đô thị" -> "ktht"), else the initials of its name ("Phòng Tài chính - Kế hoạch"
    -> "ptckh"), made unique with "-2", "-3"."""
    words = re.findall(r"[a-z0-9]+", fold(name).replace("đ", "d"))
    base = "".join(word[0] for word in words)[:24] if len(words) > 1 else "".join(words)[:24]
    base = standard_code(name) or (base if len(base) >= 2 else "donvi")
    code, counter = base, 2
    while code in taken:
        code, counter = f"{base}-{counter}", counter + 1
    return code


# --- the preview ---------------------------------------------------------------------------


def _offer(turn: Turn, upload: PlanUpload, preview: ImportPreview) -> None:
    tr = turn.tr
    _answer(upload, fingerprint=fingerprint(preview), asking="")
    upload_id = row_id(upload.id)
    text = _preview_text(tr, preview)
    plan = preview.plan
    # Optional: the day it was signed is left blank on many copies ("ngày   tháng").
    undated = plan is not None and plan.issued_on is None
    if undated:
        text += "\n" + tr.gettext(
            "The document does not give the day the plan was signed; you may add it."
        )
    text += "\n" + tr.gettext("Nothing changes until you press “Confirm import”.")
    confirm = Choice(
        tr.gettext("Confirm import"),
        encode(Action.PLAN_CONFIRM, upload_id, upload.token),
        confirm=tr.gettext("Import the plan from “{file}”?", file=upload.file_name),
    )
    cancel = Choice(tr.gettext("Cancel"), encode(Action.PLAN_CANCEL, upload_id))
    rows: list[tuple[Choice, ...]] = [(confirm, cancel)]
    if undated:
        rows.append(
            (
                Choice(
                    tr.gettext("Add the day signed"),
                    encode(Action.PLAN_ISSUED_ON, upload_id, upload.token),
                ),
            )
        )
    rows += [(choice,) for choice in _revision_choices(turn, upload, preview)]
    turn.say(text, choices=tuple(rows))


def _revision_choices(turn: Turn, upload: PlanUpload, preview: ImportPreview) -> list[Choice]:
    """For a new plan beside plans of its period: "it revises plan X" for each of them."""
    if not preview.new_plan or not preview.same_period:
        return []
    codes = [plan.code for plan in preview.same_period[:SHOWN_PLAN_CHOICES]]
    plans = turn.session.exec(
        select(Plan).where(
            Plan.organisation_id == turn.me.organisation.id, col(Plan.code).in_(codes)
        )
    ).all()
    by_code = {plan.code: plan for plan in plans}
    return [
        Choice(
            turn.tr.gettext("A revision of plan {code}", code=code),
            encode(Action.PLAN_REVISES, row_id(upload.id), upload.token, row_id(plan.id)),
        )
        for code in codes
        if (plan := by_code.get(code)) is not None
    ]


def revision_chosen(turn: Turn, picked: Picked) -> None:
    """ "A revision of plan X" under a new plan's preview: read the file as X's revision."""
    tr = turn.tr
    upload = _own_upload(turn, picked.number(0), token=picked.number(1))
    if upload is None:
        return
    plan = turn.session.get(Plan, picked.number(2))
    if plan is None or plan.organisation_id != turn.me.organisation.id:
        turn.say(tr.gettext("This choice is not valid or has expired."))
        return
    turn.say(
        tr.gettext(
            "Noted: the file is a revision of plan {code} (“{title}”).",
            code=plan.code,
            title=plan.title,
        )
    )
    _answer(upload, plan=plan.code)
    _present(turn, upload)


def fingerprint(preview: ImportPreview) -> str:
    """What a confirmation imports: the same plan, units and changes as the preview shown."""
    reading = preview.reading
    seen = repr(
        (
            preview.plan,
            preview.new_plan,
            preview.assumed_plan,
            preview.changes,
            sorted(preview.lead_tasks.items()),
            [unit.code for unit in reading.new_units],
            sorted(reading.assignments.items()),
        )
    )
    return hashlib.sha256(seen.encode()).hexdigest()[:16]


def _preview_text(tr: Translator, preview: ImportPreview) -> str:
    plan = preview.plan
    assert plan is not None
    lines = [f"📄 {plan.title}", number_line(tr, plan)]
    if preview.new_plan:
        lines.append(tr.gettext("A new plan, code {code}.", code=plan.code))
        lines += _beside_lines(tr, preview)
    elif preview.assumed_plan:
        lines.append(
            tr.gettext(
                "The file names no plan (no title, no period): it goes into the commune's "
                "latest plan, {code}.",
                code=plan.code,
            )
        )
    else:
        lines.append(tr.gettext("A revision of plan {code}, already in the bot.", code=plan.code))
    lines += _unit_lines(tr, preview)
    lines += _deadline_lines(tr, preview)
    lines += unread_column_lines(tr, preview)
    if not preview.new_plan:
        lines += _change_lines(tr, preview)
    return "\n".join(lines)


def _beside_lines(tr: Translator, preview: ImportPreview) -> list[str]:
    """A new plan beside plans of the same period: said plainly, so that a coordinator who
    sent a revision under a reworded title sees it did not go into its plan."""
    if not preview.same_period:
        return []
    return [
        tr.gettext(
            "The commune already has a plan for the same period: {plans}. This file has "
            "another title and does not share its number, so it will be a new plan beside "
            "it. If the file revises that plan, choose “A revision of plan …” below.",
            plans="; ".join(f"“{plan.title}” ({plan.code})" for plan in preview.same_period),
        )
    ]


def _unit_lines(tr: Translator, preview: ImportPreview) -> list[str]:
    reading = preview.reading
    names = preview.unit_names
    count = len(reading.document.tasks)
    # Before the coordinator says which units the names mean, no lead may be known yet:
    # a heading over an empty list reads as if something were lost.
    lines = [
        tr.gettext("{count} tasks. Tasks each unit leads:", count=count)
        if preview.lead_tasks
        else tr.gettext("{count} tasks.", count=count)
    ]
    for code, count in sorted(preview.lead_tasks.items(), key=lambda item: (-item[1], item[0])):
        lines.append(f"• {names.get(code, code)}: {count}")
    new = {unit.code for unit in reading.new_units}
    used = {
        code
        for assignment in reading.assignments.values()
        for code in (*assignment.lead, *assignment.coordinating)
    }
    matched = [names.get(code, code) for code in names if code in used and code not in new]
    if matched:
        lines.append(tr.gettext("Units matched: {units}.", units=", ".join(matched)))
    if reading.new_units:
        added = ", ".join(f"{unit.name} ({unit.code})" for unit in reading.new_units)
        lines.append(tr.gettext("Units to be added: {units}.", units=added))
    if reading.unknown_units:
        unknown = ", ".join(f"“{unit.name}”" for unit in reading.unknown_units)
        lines.append(tr.gettext("Units not matched: {units}.", units=unknown))
    return lines


def unread_column_lines(tr: Translator, preview: ImportPreview) -> list[str]:
    """One line for the file's columns a task has no place for ("Ghi chú"): not imported."""
    columns = preview.reading.document.unread_columns
    if not columns:
        return []
    return [
        tr.gettext(
            "Columns not imported (a task has no place for them; keep the file for them): "
            "{columns}.",
            columns=", ".join(f"“{column}”" for column in columns),
        )
    ]


def _deadline_lines(tr: Translator, preview: ImportPreview) -> list[str]:
    plan = preview.plan
    assert plan is not None
    tasks = preview.reading.document.tasks
    unread = _unread_deadlines(tasks, Period(plan.start, plan.end))
    lines = [
        tr.gettext(
            "Deadlines read: {read} of {count}.", read=len(tasks) - len(unread), count=len(tasks)
        )
    ]
    if unread:
        lines.append(
            tr.gettext("Not read (no reminder until a coordinator sets a date with /giahan):")
        )
        lines += [
            f"• {task.code}: {tr.render(reason)}" for task, reason in unread[:SHOWN_DEADLINES]
        ]
        if len(unread) > SHOWN_DEADLINES:
            lines.append(tr.gettext("… and {count} more.", count=len(unread) - SHOWN_DEADLINES))
    return lines


def _unread_deadlines(tasks: Sequence[TaskSpec], period: Period) -> list[tuple[TaskSpec, Text]]:
    unread = []
    for task in tasks:
        schedule = parse_deadline(task.deadline, period)
        if schedule.kind is ScheduleKind.UNKNOWN:
            unread.append((task, schedule.explanation))
    return unread


def _change_lines(tr: Translator, preview: ImportPreview) -> list[str]:
    changes = preview.changes
    lines = [
        tr.gettext(
            "Changes: {created} added, {updated} changed, {archived} archived, {unchanged} "
            "unchanged.",
            created=len(changes.created),
            updated=len(changes.updated),
            archived=len(changes.archived),
            unchanged=len(changes.unchanged),
        )
    ]
    if changes.created:
        lines.append(tr.gettext("Added: {codes}.", codes=_codes(changes.created)))
    if changes.updated:
        lines.append(tr.gettext("Changed: {codes}.", codes=_codes(changes.updated)))
    if changes.archived:
        lines.append(tr.gettext("Archived: {codes}.", codes=_codes(changes.archived)))
    lines.append(
        tr.gettext(
            "Progress already reported is kept; archived tasks stay readable but get no reminders."
        )
    )
    return lines


def _codes(codes: Sequence[str]) -> str:
    shown = ", ".join(codes[:SHOWN_CODES])
    return shown + (" …" if len(codes) > SHOWN_CODES else "")


# --- the coordinator's decision ------------------------------------------------------------


def _own_upload(turn: Turn, upload_id: int, *, token: int | None) -> PlanUpload | None:
    """The writer's open upload, or None having said why not (gone, expired, old button)."""
    tr = turn.tr
    if not _is_coordinator(turn):
        return None
    upload = turn.session.get(PlanUpload, upload_id)
    if upload is None or upload.officer_id != turn.me.id:
        turn.say(
            tr.gettext(
                "This preview is no longer open: the plan was imported, the preview cancelled, "
                "or a newer file took its place. Nothing was changed by it."
            )
        )
        return None
    if is_expired(upload, turn.now):
        drop_upload(turn.session, upload)
        turn.say(
            tr.gettext(
                "This preview has expired (after a day); nothing was changed. Send the file "
                "again to import it."
            )
        )
        return None
    if token is not None and token != upload.token:
        turn.say(
            tr.gettext(
                "This button belongs to an earlier preview; use the buttons of the latest one."
            )
        )
        return None
    return upload


def cancel(turn: Turn, picked: Picked) -> None:
    """ "Huỷ": the file is forgotten, nothing changed."""
    upload = _own_upload(turn, picked.number(), token=None)
    if upload is None:
        return
    drop_upload(turn.session, upload)
    if turn.state().get("step") == FIELD_STEP:
        turn.clear_state()
    turn.say(turn.tr.gettext("Cancelled; nothing was changed."))


def confirm(turn: Turn, picked: Picked) -> None:
    """ "Xác nhận nhập": import what the preview showed, in this turn's transaction."""
    tr = turn.tr
    upload = _own_upload(turn, picked.number(0), token=picked.number(1))
    if upload is None:
        return
    preview = _preview(turn, upload)
    if not preview.ok or fingerprint(preview) != upload.answers.get("fingerprint"):
        # The commune's plans or units changed since (another coordinator imported):
        # what would be imported is not what was shown, so show it again.
        turn.say(
            tr.gettext("The plan or the commune's units changed since this preview; read again:")
        )
        _present(turn, upload)
        return
    if not claim_upload(turn.session, row_id(upload.id)):
        turn.say(tr.gettext("This plan file was imported already."))
        return
    summary = apply_preview(turn.session, preview, now=turn.now)
    _follow(turn, summary)
    _say_imported(turn, summary, preview)
    _tell_coordinators(turn, summary, preview, upload.file_name)


def _follow(turn: Turn, summary: ImportSummary) -> None:
    """Let the reminders follow every task the import added, changed or archived."""
    codes = [*summary.created, *summary.updated, *summary.archived]
    if not codes:
        return
    plan = turn.session.exec(
        select(Plan).where(
            Plan.organisation_id == turn.me.organisation.id, Plan.code == summary.plan_code
        )
    ).one()
    for task_id in turn.session.exec(
        select(Task.id).where(Task.plan_id == plan.id, col(Task.code).in_(codes))
    ):
        turn.task_changed(row_id(task_id))


def _say_imported(turn: Turn, summary: ImportSummary, preview: ImportPreview) -> None:
    tr = turn.tr
    lines = [
        tr.gettext(
            "Imported plan {plan}: {created} new, {updated} updated, {unchanged} unchanged, "
            "{archived} archived tasks.",
            plan=summary.plan_code,
            created=len(summary.created),
            updated=len(summary.updated),
            unchanged=len(summary.unchanged),
            archived=len(summary.archived),
        )
    ]
    if summary.new_units:
        lines.append(
            tr.gettext(
                "Added units: {units}.",
                units=", ".join(
                    f"{preview.unit_names.get(code, code)} ({code})" for code in summary.new_units
                ),
            )
        )
    lines += [
        tr.gettext(
            "Remembered: from now on “{name}” in a plan file means {unit}.",
            name=name,
            unit=preview.unit_names.get(code, code),
        )
        for name, code in summary.aliases
    ]
    lines.append(
        tr.gettext("Reminders follow the plan from now on. Type /nhiemvu to see its tasks.")
    )
    turn.say("\n".join(lines))


def _tell_coordinators(
    turn: Turn, summary: ImportSummary, preview: ImportPreview, file_name: str
) -> None:
    """Every other coordinator of the commune hears of it, in their own language."""
    assert preview.plan is not None
    for coordinator in addresses(
        turn.session, row_id(turn.me.organisation.id), roles=[Role.COORDINATOR]
    ):
        if coordinator.officer_id == turn.me.id:
            continue
        tr = turn.translator_for(coordinator)
        turn.tell(
            coordinator,
            tr.gettext(
                "{name} imported plan {plan} (“{title}”) from the file {file}: {created} new, "
                "{updated} changed, {archived} archived tasks.",
                name=turn.me.officer.full_name,
                plan=summary.plan_code,
                title=preview.plan.title,
                file=file_name,
                created=len(summary.created),
                updated=len(summary.updated),
                archived=len(summary.archived),
            ),
        )
