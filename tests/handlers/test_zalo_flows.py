"""What the core does for a platform without buttons or quoting, such as Zalo."""

from __future__ import annotations

import re

from handlers.choices import Action, encode
from handlers.conversation import typed_command
from handlers.types import Incoming, Person
from models.tables import Channel
from tests.handlers.conftest import COORDINATOR, VANPHONG, Chat

ZALO_NEWCOMER = Person(Channel.ZALO, "6ede9afa66b88fe6d6a9", "Ngô Thị Lan")
ZALO_CUONG = Person(Channel.ZALO, "1a2b3c4d5e6f7a8b9c0d", "Cường")


def zalo(chat: Chat, who: Person, text: str) -> str:
    replies = chat.conversation.handle(
        Incoming(who, who.external_id, text=text, implicit_reply=True)
    )
    return "\n".join(reply.text for reply in replies if reply.to is None)


def test_commands_without_slash_or_diacritics() -> None:
    assert typed_command("baocao") == "/baocao"
    assert typed_command("bao cao quy4") == "/baocao quy4"
    assert typed_command("Báo cáo kinhte") == "/baocao kinhte"
    assert typed_command("nhiệm vụ") == "/nhiemvu"
    assert typed_command("LIENKET ABCDE-FGHJK") == "/lienket ABCDE-FGHJK"
    assert typed_command("lien ket abcde fghjk") == "/lienket abcde fghjk"
    assert typed_command("50% đã gửi dự thảo") is None
    assert typed_command("xong") is None


def test_an_invite_code_sent_alone_registers_on_zalo(chat: Chat) -> None:
    made = chat.text(chat.send(COORDINATOR, "/moi kinhte"))
    code = re.search(r"Mã mời: ([A-Z0-9]+)", made)
    assert code is not None
    answer = zalo(chat, ZALO_NEWCOMER, code.group(1).lower())
    assert "Chào mừng Ngô Thị Lan! Anh/chị đã được đăng ký vào Phòng Kinh tế" in answer
    assert "Nhiệm vụ của Phòng Kinh tế" in zalo(chat, ZALO_NEWCOMER, "nhiem vu")


def test_linking_zalo_to_a_telegram_officer_with_a_code(chat: Chat) -> None:
    shown = chat.text(chat.send(VANPHONG, "/lienket"))
    code = re.search(r"([A-Z2-9]{5}-[A-Z2-9]{5})", shown)
    assert code is not None
    assert "đã liên kết" not in zalo(chat, ZALO_CUONG, "bao cao")
    linked = zalo(chat, ZALO_CUONG, f"LIENKET {code.group(1)}")
    assert "Đã liên kết: Lê Văn Cường" in linked
    assert "Nhiệm vụ của Văn phòng HĐND và UBND xã" in zalo(chat, ZALO_CUONG, "nhiemvu")
    assert "hết hiệu lực" in zalo(chat, ZALO_NEWCOMER, f"lien ket {code.group(1)}")


def test_free_text_answers_the_latest_task_message(chat: Chat) -> None:
    shown = chat.text(chat.send(VANPHONG, "/lienket"))
    code = re.search(r"([A-Z2-9]{5}-[A-Z2-9]{5})", shown)
    assert code is not None
    zalo(chat, ZALO_CUONG, f"LIENKET {code.group(1)}")
    twelve = next(
        reply
        for reply in chat.conversation.handle(
            Incoming(
                ZALO_CUONG,
                ZALO_CUONG.external_id,
                choice=encode(Action.OPEN_TASK, 13),
                implicit_reply=True,
            )
        )
        if reply.task_id
    )
    chat.conversation.remember_message(
        Channel.ZALO, ZALO_CUONG.external_id, "zmsg1", twelve.task_id or 0
    )
    answer = zalo(chat, ZALO_CUONG, "50% đã gửi dự thảo")
    assert "Đã ghi nhận nhiệm vụ 12: 50%" in answer


def test_channel_preference(chat: Chat) -> None:
    assert "Telegram, Zalo" in chat.text(chat.send(VANPHONG, "/kenh cả hai"))
    assert "Gõ /kenh telegram" in chat.text(chat.send(VANPHONG, "/kenh fax"))
