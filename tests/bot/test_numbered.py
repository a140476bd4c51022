"""Choices typed back on channels without buttons: numbers, codes, confirmation by name."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta

import pytest
from sqlalchemy import Engine
from sqlmodel import Session, select

from bot.channels.numbered import (
    ChoiceStore,
    DatabaseChoiceStore,
    MemoryChoiceStore,
    NumberedChoices,
    Reading,
    yes_or_no,
)
from handlers.i18n import translator
from handlers.types import Choice
from models.clock import VIETNAM, FixedClock
from models.db import session_scope
from models.tables import Channel, OfferedChoices

VI = translator("vi")
EN = translator("en")
ASK = "Trả lời CÓ để xác nhận, KHÔNG để bỏ qua."
# The bundled plan's codes: task 1 has two rows and task 15 three, so "1" and "15" are none.
TASK_CODES = {str(code) for code in range(2, 33) if code != 15} | {
    "1.1",
    "1.2",
    "15.1",
    "15.2",
    "15.3",
}


def request(name: str, number: int) -> tuple[tuple[Choice, ...], ...]:
    """A registration request's two choices, each confirmed by name."""
    return (
        (
            Choice("Duyệt", f"ra:{number}", confirm=f"Duyệt đăng ký của {name}?"),
            Choice("Từ chối", f"rr:{number}", confirm=f"Từ chối đăng ký của {name}?"),
        ),
    )


TASK_LIST = tuple(
    (Choice(f"{code} · Nhiệm vụ {code}", f"t:{index}", key=code),)
    for index, code in enumerate(["1.1", "12", "2", "15.1", "32"], start=1)
)
TASK_DETAILS = (
    tuple(Choice(f"{step}%", f"p:12:{step}") for step in (0, 25, 50, 75)),
    (Choice("100%", "p:12:100", confirm="Báo hoàn thành nhiệm vụ 12 (Báo cáo)?"),),
    (Choice("✅ Hoàn thành", "d:12", confirm="Báo hoàn thành nhiệm vụ 12 (Báo cáo)?"),),
)


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(datetime(2025, 12, 5, 8, 0, tzinfo=VIETNAM))


@pytest.fixture(params=["memory", "database"])
def store(request: pytest.FixtureRequest, engine: Engine) -> Iterator[ChoiceStore]:
    if request.param == "memory":
        yield MemoryChoiceStore()
    else:
        yield DatabaseChoiceStore(engine, Channel.ZALO)


@pytest.fixture
def choices(clock: FixedClock, store: ChoiceStore) -> NumberedChoices:
    return NumberedChoices(clock, store, is_task_code=lambda _chat, code: code in TASK_CODES)


def test_a_numbered_list_is_picked_by_its_numbers(choices: NumberedChoices) -> None:
    rendered = choices.render("c1", ((Choice("Duyệt", "ra:1"), Choice("Từ chối", "rr:1")),), VI)
    assert rendered.splitlines() == ["  1. Duyệt", "  2. Từ chối", "Trả lời 1 hoặc 2."]
    assert choices.read("c2", "1", VI) == Reading()  # another chat's offer
    assert choices.read("c1", "3", VI) == Reading()
    assert choices.read("c1", "xong", VI) == Reading()
    assert choices.read("c1", " ２. ", VI) == Reading(choice="rr:1")


def test_another_worker_reads_the_same_offer(
    choices: NumberedChoices, clock: FixedClock, store: ChoiceStore
) -> None:
    choices.render("c1", ((Choice("Duyệt", "ra:1"), Choice("Từ chối", "rr:1")),), VI)
    assert NumberedChoices(clock, store).read("c1", "1", VI) == Reading(choice="ra:1")


def test_a_task_list_is_written_and_picked_by_the_codes(choices: NumberedChoices) -> None:
    rendered = choices.render("c1", TASK_LIST, VI)
    assert rendered.splitlines() == [
        "  1.1 · Nhiệm vụ 1.1",
        "  12 · Nhiệm vụ 12",
        "  2 · Nhiệm vụ 2",
        "  15.1 · Nhiệm vụ 15.1",
        "  32 · Nhiệm vụ 32",
        "Trả lời bằng một mã trong danh sách, ví dụ 12.",
    ]
    # "12" is task 12, never the second line; a code not in the list is left to the core.
    assert choices.read("c1", "5", VI) == Reading()
    assert choices.read("c1", "#12", VI) == Reading()
    assert choices.read("c1", "15.1", VI) == Reading(choice="t:4")


def test_a_key_that_is_not_the_label_s_start_is_shown_before_it(
    choices: NumberedChoices,
) -> None:
    rendered = choices.render("c1", ((Choice("Báo cáo quý", "t:1", key="12"),),), EN)
    assert rendered.splitlines() == [
        "  12 · Báo cáo quý",
        "Reply with a code from the list, e.g. 12.",
    ]


def test_offers_keep_their_numbers_while_alive(choices: NumberedChoices) -> None:
    first = choices.render("c1", request("Ngô Thị Lan", 1), VI)
    second = choices.render("c1", request("Vũ Văn Nam", 2), VI)
    assert first.splitlines()[:2] == ["  1. Duyệt", "  2. Từ chối"]
    assert second.splitlines() == ["  3. Duyệt", "  4. Từ chối", "Trả lời 3 hoặc 4."]
    # Carried out, a list is spent: its numbers go, the others stay.
    assert choices.read("c1", "4", VI).answer.startswith("Từ chối đăng ký của Vũ Văn Nam?")
    assert choices.read("c1", "có", VI) == Reading(choice="rr:2")
    assert choices.read("c1", "4", VI) == Reading()
    assert choices.read("c1", "1", VI).answer.startswith("Duyệt đăng ký của Ngô Thị Lan?")
    assert choices.read("c1", "vâng ạ", VI) == Reading(choice="ra:1")
    # Nothing alive: numbering starts at 1 again.
    assert choices.render("c1", request("Lê Thị Mai", 3), VI).startswith("  1. Duyệt")


def test_the_same_choices_offered_again_replace_their_older_offer(
    choices: NumberedChoices,
) -> None:
    choices.render("c1", TASK_DETAILS, VI)
    choices.render("c1", request("Ngô Thị Lan", 1), VI)
    again = choices.render("c1", TASK_DETAILS, VI)
    assert again.splitlines()[0] == "  9. 0%"  # after the request's 7 and 8, which stay
    assert choices.read("c1", "3", VI) == Reading()  # the older details are gone
    assert choices.read("c1", "11", VI) == Reading(choice="p:12:50")
    assert choices.read("c1", "8", VI).answer.startswith("Từ chối đăng ký của Ngô Thị Lan?")


def test_numbers_never_repeat_a_code_of_a_live_task_list(choices: NumberedChoices) -> None:
    choices.render("c1", TASK_LIST, VI)
    details = choices.render("c1", TASK_DETAILS, VI)
    assert details.splitlines()[0] == "  33. 0%"
    assert choices.read("c1", "2", VI) == Reading(choice="t:3")  # task 2, from the list
    assert choices.read("c1", "35", VI) == Reading(choice="p:12:50")


def test_offers_expire(choices: NumberedChoices, clock: FixedClock) -> None:
    choices.render("c1", request("Ngô Thị Lan", 1), VI)
    clock.advance(timedelta(minutes=20))
    choices.render("c1", request("Vũ Văn Nam", 2), VI)
    clock.advance(timedelta(minutes=11))
    # The first offer is gone, the second still answers to 3 and 4.
    assert choices.read("c1", "1", VI) == Reading()
    assert choices.read("c1", "3", VI).answer.startswith("Duyệt đăng ký của Vũ Văn Nam?")
    clock.advance(timedelta(minutes=31))
    assert choices.read("c1", "có", VI) == Reading()  # the question expired too
    assert choices.render("c1", request("Lê Thị Mai", 3), VI).startswith("  1. Duyệt")


def test_a_confirmed_choice_is_carried_out_only_after_a_yes(choices: NumberedChoices) -> None:
    choices.render("c1", TASK_DETAILS, VI)
    asked = choices.read("c1", "6", VI)
    assert asked == Reading(answer=f"Báo hoàn thành nhiệm vụ 12 (Báo cáo)?\n{ASK}")
    assert choices.read("c1", "Có", VI) == Reading(choice="d:12")


def test_a_no_drops_the_question_and_keeps_the_list(choices: NumberedChoices) -> None:
    choices.render("c1", TASK_DETAILS, VI)
    choices.read("c1", "5", VI)
    assert choices.read("c1", "không", VI) == Reading(answer="Đã bỏ qua, không có gì thay đổi.")
    assert choices.read("c1", "có", VI) == Reading()  # nothing is waiting for a yes now
    assert choices.read("c1", "3", VI) == Reading(choice="p:12:50")


def test_other_text_drops_the_question_says_so_and_is_read_as_usual(
    choices: NumberedChoices,
) -> None:
    choices.render("c1", TASK_DETAILS, VI)
    choices.read("c1", "6", VI)
    assert choices.read("c1", "50% đã gửi dự thảo", VI) == Reading(
        note="Chưa thực hiện vì chưa được xác nhận: Báo hoàn thành nhiệm vụ 12 (Báo cáo)?"
    )
    assert choices.read("c1", "có", VI) == Reading()
    # Another number after a question: the question goes, the number picks.
    choices.read("c1", "6", VI)
    picked = choices.read("c1", "2", VI)
    assert picked.choice == "p:12:25" and picked.note.startswith("Chưa thực hiện")


def test_an_older_number_that_is_also_a_task_code_is_asked_about(
    choices: NumberedChoices,
) -> None:
    choices.render(
        "c1",
        ((Choice("Nhắc lại sau", "z:12:1"), Choice("Mở", "t:12")),),
        VI,
        about="🔔 Nhắc việc\n…",
    )
    choices.render("c1", ((Choice("Word", "rf:1"), Choice("Excel", "rf:2")),), VI)
    # Typed from the newest offer: taken at once, though 3 is a task code too.
    assert choices.read("c1", "3", VI) == Reading(choice="rf:1")
    choices.render("c1", ((Choice("Word", "rf:1"), Choice("Excel", "rf:2")),), VI)
    # From the older offer, and task 1.1 exists but not task 1: taken at once.
    assert choices.read("c1", "1", VI) == Reading(choice="z:12:1")
    choices.render(
        "c1", ((Choice("Nhắc lại sau", "z:12:1"), Choice("Mở", "t:12")),), VI, about="🔔 Nhắc việc"
    )
    choices.render("c1", ((Choice("Word", "rf:1"), Choice("Excel", "rf:2")),), VI)
    # "6" is the older offer's second choice, and task 6: asked, with the way to the task.
    assert choices.read("c1", "6", VI) == Reading(
        answer=f"Chọn “Mở” ở tin nhắn trước “🔔 Nhắc việc”?\n{ASK}\nNếu muốn mở nhiệm vụ 6, gõ #6."
    )
    assert choices.read("c1", "có", VI) == Reading(choice="t:12")


def test_the_hints_are_in_the_reader_s_language(choices: NumberedChoices) -> None:
    rendered = choices.render("c1", request("Ngô Thị Lan", 1), EN)
    assert rendered.endswith("Reply 1 or 2.")
    assert choices.read("c1", "1", EN).answer.endswith("Reply YES to confirm, NO to skip.")
    assert choices.read("c1", "no", EN) == Reading(answer="Skipped; nothing was changed.")
    # The list stays alive after a "no": the next offer numbers on.
    assert choices.render("c1", ((Choice("Duyệt", "ra:1"),),), EN).endswith("Reply 3.")


@pytest.mark.parametrize(
    "text", ["có", "Có.", "co", "C", "yes", "Y", "OK", "ok ạ", "đồng ý", "Đồng ý nhé!", "dạ có"]
)
def test_ways_of_saying_yes(text: str) -> None:
    assert yes_or_no(text) is True


@pytest.mark.parametrize(
    "text", ["không", "KHÔNG", "khong", "k", "ko", "no", "huỷ", "hủy", "/huy", "dạ không", "thôi"]
)
def test_ways_of_saying_no(text: str) -> None:
    assert yes_or_no(text) is False


@pytest.mark.parametrize("text", ["", "50%", "có lẽ để mai", "1", "không biết", "dừng"])
def test_other_text_is_neither(text: str) -> None:
    assert yes_or_no(text) is None


def test_an_offer_stored_by_an_older_version_still_answers(
    engine: Engine, clock: FixedClock
) -> None:
    """Rows written before offers were kept side by side hold a bare list of choice data."""
    with session_scope(engine) as session:
        session.add(
            OfferedChoices(
                channel=Channel.ZALO,
                chat_id="c1",
                choices=["ra:1", "rr:1"],
                offered_at=clock.now() - timedelta(minutes=5),
            )
        )
    choices = NumberedChoices(clock, DatabaseChoiceStore(engine, Channel.ZALO))
    assert choices.render("c1", request("Vũ Văn Nam", 2), VI).startswith("  3. Duyệt")
    assert choices.read("c1", "2", VI) == Reading(choice="rr:1")
    with Session(engine) as session:
        (row,) = session.exec(select(OfferedChoices))
        stored = row.choices
    assert [offer["choices"][0]["number"] for offer in stored] == [3]
    assert stored[0]["choices"][0]["confirm"] == "Duyệt đăng ký của Vũ Văn Nam?"


def test_an_unreadable_stored_offer_is_dropped_not_fatal(
    engine: Engine, clock: FixedClock, caplog: pytest.LogCaptureFixture
) -> None:
    with session_scope(engine) as session:
        session.add(
            OfferedChoices(
                channel=Channel.ZALO,
                chat_id="c1",
                choices=[{"serial": 1, "choices": "nonsense"}, 7],
                offered_at=clock.now(),
            )
        )
    choices = NumberedChoices(clock, DatabaseChoiceStore(engine, Channel.ZALO))
    assert choices.read("c1", "1", VI) == Reading()
    assert choices.render("c1", request("Vũ Văn Nam", 2), VI).startswith("  1. Duyệt")
    assert "could not be read" in caplog.text
