"""Task codes typed alone, and the choices that carry codes and confirmations."""

from __future__ import annotations

import re
from datetime import date

import pytest

from handlers.choices import Action, decode
from handlers.i18n import translator
from handlers.reminders import ReminderLine, render_reminder
from handlers.tasks import typed_code
from handlers.types import Choice, Reply
from models.tables import ReminderKind
from tests.handlers.conftest import KINHTE, NEWCOMER, Chat


def choices_of(reply: Reply) -> list[Choice]:
    return [choice for row in reply.choices for choice in row]


@pytest.mark.parametrize(
    ("text", "read"),
    [
        ("12", ("12", False)),
        (" 15.1 ", ("15.1", False)),
        ("012.", ("12", False)),
        ("#12", ("12", True)),
        ("# 12", ("12", True)),
        ("nv12", ("12", True)),
        ("NV 15.1", ("15.1", True)),
        ("１２", ("12", False)),  # a phone's fullwidth digits
        ("12 xong", None),
        ("1234", None),
        ("٣", None),
        ("", None),
        ("#", None),
    ],
)
def test_a_typed_code_is_read_whole(text: str, read: tuple[str, bool] | None) -> None:
    assert typed_code(text) == read


@pytest.mark.parametrize("text", ["12", "#12", "nv 12", "NV12"])
def test_a_code_typed_alone_opens_its_task(chat: Chat, text: str) -> None:
    replies = chat.send(KINHTE, text)
    assert chat.text(replies).startswith("Nhiệm vụ 12 (mục II)")
    assert replies[0].task_id is not None


def test_a_sub_task_code_opens_the_sub_task(chat: Chat) -> None:
    assert chat.text(chat.send(KINHTE, "15.1")).startswith("Nhiệm vụ 15.1")


def test_a_marked_code_that_names_no_task_says_so(chat: Chat) -> None:
    assert "Không có nhiệm vụ mã “99”" in chat.text(chat.send(KINHTE, "#99"))


def test_a_bare_number_that_is_no_code_opens_nothing(chat: Chat) -> None:
    replies = chat.send(KINHTE, "99")
    assert all(reply.task_id is None for reply in replies)
    assert "Nhiệm vụ 99" not in chat.text(replies)


def test_a_newcomer_typing_a_code_sees_no_task(chat: Chat) -> None:
    replies = chat.send(NEWCOMER, "12")
    assert all(reply.task_id is None for reply in replies)
    assert "chưa đăng ký" in chat.text(replies)


def test_the_task_list_is_keyed_by_the_codes(chat: Chat) -> None:
    (reply,) = chat.mine(chat.send(KINHTE, "/nhiemvu"))
    listed = choices_of(reply)
    assert listed and all(choice.key for choice in listed)
    by_key = {choice.key: decode(choice.data) for choice in listed}
    opened = by_key["12"]
    assert opened is not None and opened.action is Action.OPEN_TASK
    assert all(choice.label.startswith(f"{choice.key} · ") for choice in listed)


def test_group_titles_carry_one_pair_of_brackets(chat: Chat) -> None:
    text = chat.text(chat.send(KINHTE, "/nhiemvu"))
    # Phòng Kinh tế missed its 30/09 milestones: they head the list.
    assert re.search(r"⛔ Quá hạn \(\d+\):", text)
    assert ") (" not in text


def test_completing_by_typing_is_confirmed_by_the_task_code_and_title(chat: Chat) -> None:
    (reply,) = chat.mine(chat.send(KINHTE, "12"))
    offered = {choice.data: choice for choice in choices_of(reply)}
    done = next(c for c in offered.values() if c.data.startswith(f"{Action.COMPLETE.value}:"))
    assert done.confirm.startswith("Báo hoàn thành nhiệm vụ 12 (Tiếp tục triển khai")
    assert done.confirm.endswith(")?")
    percents = [c for c in offered.values() if c.data.startswith(f"{Action.SET_PERCENT.value}:")]
    assert [c.label for c in percents if c.confirm] == ["100%"]
    assert all(not c.key for c in offered.values())  # numbered, not codes


def test_the_confirmation_names_the_task_in_english_too(chat: Chat) -> None:
    chat.send(KINHTE, choice="l:en")
    (reply,) = chat.mine(chat.send(KINHTE, "12"))
    confirms = {choice.confirm for choice in choices_of(reply) if choice.confirm}
    assert len(confirms) == 1
    assert confirms.pop().startswith("Report task 12 (")


def test_a_reminder_confirms_completion_by_name_and_keys_its_task_list() -> None:
    tr = translator("vi")
    today = date(2025, 12, 5)

    def line(task_id: int, code: str) -> ReminderLine:
        title = f"Nhiệm vụ số {code}"
        return ReminderLine(task_id, code, title, "", ReminderKind.BEFORE, today, 0, "")

    single = render_reminder([line(13, "12")], tr, today, late=False)
    confirms = [choice.confirm for choice in choices_of(single) if choice.confirm]
    assert confirms == ["Báo hoàn thành nhiệm vụ 12 (Nhiệm vụ số 12)?"]
    several = render_reminder([line(13, "12"), line(3, "2")], tr, today, late=False)
    assert [choice.key for choice in choices_of(several)] == ["12", "2"]


def test_the_percent_menu_confirms_only_a_hundred(chat: Chat) -> None:
    (details,) = chat.mine(chat.send(KINHTE, "12"))
    task_id = details.task_id
    assert task_id is not None
    (menu,) = chat.mine(chat.send(KINHTE, choice=f"{Action.PERCENT_MENU.value}:{task_id}"))
    assert [c.label for c in choices_of(menu) if c.confirm] == ["100%"]
