"""One-time codes cannot be guessed: strong codes, lock-outs, notices, and removing chats."""

from __future__ import annotations

import re
from datetime import timedelta

from sqlmodel import Session, select

from handlers.choices import Action, encode
from handlers.types import Incoming, Person, Reply
from models.codes import CODE_ALPHABET, normalise_code
from models.db import session_scope
from models.limits import (
    CODE_FAILURES_DEPLOYMENT,
    CODE_FAILURES_PER_CHAT,
    DEPLOYMENT,
    record_event,
)
from models.tables import Channel, ChatIdentity, LinkCode
from tests.handlers.conftest import COORDINATOR, KINHTE, VANPHONG, Chat

ZALO_CUONG = Person(Channel.ZALO, "1a2b3c4d5e6f7a8b9c0d", "Cường Zalo")
ZALO_OTHER = Person(Channel.ZALO, "ffffeeee0000dddd1111", "Kẻ lạ")
STRANGER = Person(Channel.ZALO, "5555aaaa5555bbbb5555", "Người lạ")
LOCKED = "thử lại sau"
NOT_VALID_LINK = "Mã liên kết không đúng hoặc đã hết hiệu lực"
NOT_VALID_INVITE = "Mã mời không đúng hoặc đã hết hiệu lực"


def zalo(chat: Chat, who: Person, text: str = "", choice: str | None = None) -> list[Reply]:
    return chat.conversation.handle(
        Incoming(who, who.external_id, text=text, choice=choice, implicit_reply=True)
    )


def said(replies: list[Reply]) -> str:
    return "\n".join(reply.text for reply in replies if reply.to is None)


def link_code(chat: Chat, who: Person = VANPHONG) -> str:
    shown = chat.text(chat.send(who, "/lienket"))
    found = re.search(r"Mã liên kết của anh/chị: ([A-Z2-9]{5}-[A-Z2-9]{5})", shown)
    assert found is not None, shown
    return found.group(1)


def invite_code(chat: Chat) -> str:
    found = re.search(r"Mã mời: ([A-Z2-9]{8})", chat.text(chat.send(COORDINATOR, "/moi kinhte")))
    assert found is not None
    return found.group(1)


def linked(chat: Chat, who: Person) -> bool:
    with Session(chat.engine) as session:
        return (
            session.exec(
                select(ChatIdentity).where(
                    ChatIdentity.channel == who.channel,
                    ChatIdentity.external_id == who.external_id,
                )
            ).first()
            is not None
        )


# --- strength ---------------------------------------------------------------------------


def test_link_codes_are_ten_characters_of_the_invite_alphabet(chat: Chat) -> None:
    codes = {normalise_code(link_code(chat)) for _ in range(20)}
    assert len(codes) == 20
    assert all(len(code) == 10 and set(code) <= set(CODE_ALPHABET) for code in codes)
    with Session(chat.engine) as session:
        assert {row.code for row in session.exec(select(LinkCode))} == codes


def test_a_link_code_is_read_without_case_spaces_or_dashes(chat: Chat) -> None:
    code = link_code(chat).replace("-", "").lower()
    typed = f"lien ket {code[:3]} {code[3:7]}-{code[7:]}"
    assert "Đã liên kết: Lê Văn Cường" in said(zalo(chat, ZALO_CUONG, typed))
    assert linked(chat, ZALO_CUONG)


def test_a_link_code_with_the_slash_command_and_a_full_width_copy(chat: Chat) -> None:
    code = link_code(chat)
    full_width = "".join(chr(ord(char) + 0xFEE0) if char.isalnum() else char for char in code)
    assert "Đã liên kết" in said(zalo(chat, ZALO_CUONG, f"/lienket {full_width}"))


def test_a_six_digit_code_is_no_longer_a_link_code(chat: Chat) -> None:
    link_code(chat)
    assert NOT_VALID_LINK in said(zalo(chat, ZALO_CUONG, "LIENKET 123456"))
    assert not linked(chat, ZALO_CUONG)


# --- lock-outs ---------------------------------------------------------------------------


def test_five_wrong_link_codes_lock_the_chat_out_for_the_rest_of_the_window(chat: Chat) -> None:
    for guess in ("AAAAAAAAAA", "BBBBBBBBBB", "CCCCCCCCCC", "DDDDDDDDDD", "EEEEEEEEEE"):
        assert NOT_VALID_LINK in said(zalo(chat, ZALO_OTHER, f"LIENKET {guess}"))
    chat.clock.advance(timedelta(minutes=10))
    code = link_code(chat)
    refused = said(zalo(chat, ZALO_OTHER, f"LIENKET {code}"))
    # Even the right code is refused, with when to come back: 08:15, five minutes on.
    assert "Tài khoản này đã nhập sai mã quá nhiều lần" in refused
    assert "thử lại sau 08:15 (khoảng 5 phút nữa)" in refused
    assert not linked(chat, ZALO_OTHER)
    # Another chat is not held back by this one's guesses.
    assert "Đã liên kết" in said(zalo(chat, ZALO_CUONG, f"LIENKET {code}"))
    chat.clock.advance(timedelta(minutes=5))
    assert LOCKED not in said(zalo(chat, ZALO_OTHER, "LIENKET FFFFFFFFFF"))


def test_the_lock_out_refuses_a_right_code_that_still_works_afterwards(chat: Chat) -> None:
    for _ in range(CODE_FAILURES_PER_CHAT.times):
        zalo(chat, ZALO_CUONG, "LIENKET ZZZZZZZZZZ")
    chat.clock.advance(timedelta(minutes=1))
    code = link_code(chat)
    assert LOCKED in said(zalo(chat, ZALO_CUONG, f"LIENKET {code}"))
    chat.clock.advance(CODE_FAILURES_PER_CHAT.window - timedelta(minutes=1))
    assert "Đã liên kết" in said(zalo(chat, ZALO_CUONG, f"LIENKET {code}"))


def test_wrong_invites_count_too_and_lock_out_invites(chat: Chat) -> None:
    code = invite_code(chat)
    for guess in ("ABCDEFGH", "BCDEFGHJ", "CDEFGHJK", "DEFGHJKL", "EFGHJKLM"):
        assert NOT_VALID_INVITE in said(zalo(chat, STRANGER, guess))
    refused = said(zalo(chat, STRANGER, f"/start {code}"))
    assert LOCKED in refused
    assert "Chào mừng" not in refused
    assert not linked(chat, STRANGER)
    # Link codes share the count: a guesser cannot switch to the other kind of code.
    assert LOCKED in said(zalo(chat, STRANGER, "LIENKET AAAAAAAAAA"))
    chat.clock.advance(CODE_FAILURES_PER_CHAT.window)
    assert "Chào mừng Người Lạ" in said(zalo(chat, STRANGER, f"/start {code.lower()}"))


def test_many_chats_guessing_together_lock_every_redemption(chat: Chat) -> None:
    code = invite_code(chat)
    with session_scope(chat.engine) as session:
        for _ in range(CODE_FAILURES_DEPLOYMENT.times):
            record_event(session, CODE_FAILURES_DEPLOYMENT, DEPLOYMENT, chat.clock.now())
    refused = said(zalo(chat, STRANGER, code))
    assert "Gần đây có quá nhiều lần nhập sai mã" in refused
    assert "khoảng 15 phút nữa" in refused
    # Officers go on working: only taking codes is held back.
    assert "Nhiệm vụ của Phòng Kinh tế" in chat.text(chat.send(KINHTE, "/nhiemvu"))
    link_code(chat)
    chat.clock.advance(CODE_FAILURES_DEPLOYMENT.window)
    assert "Chào mừng" in said(zalo(chat, STRANGER, code))


def test_an_officer_cannot_probe_codes_and_counts_no_failure(chat: Chat) -> None:
    code = link_code(chat)
    for _ in range(CODE_FAILURES_PER_CHAT.times + 1):
        answer = chat.text(chat.send(KINHTE, f"/lienket {code}"))
        assert "Tài khoản này đã liên kết với Phạm Thị Dung" in answer
    assert "Anh/chị đã đăng ký thuộc" in chat.text(
        chat.send(KINHTE, f"/start {invite_code(chat)}")
    )
    # The code was neither used nor counted against anyone.
    assert "Đã liên kết" in said(zalo(chat, ZALO_CUONG, f"LIENKET {code}"))


def test_a_used_or_expired_code_is_refused(chat: Chat) -> None:
    code = link_code(chat)
    chat.clock.advance(timedelta(minutes=15))
    assert NOT_VALID_LINK in said(zalo(chat, ZALO_CUONG, f"LIENKET {code}"))
    code = link_code(chat)
    zalo(chat, ZALO_CUONG, f"LIENKET {code}")
    assert NOT_VALID_LINK in said(zalo(chat, ZALO_OTHER, f"LIENKET {code}"))
    assert not linked(chat, ZALO_OTHER)


# --- telling the officer -------------------------------------------------------------------


def test_every_other_chat_hears_of_a_new_link(chat: Chat) -> None:
    replies = zalo(chat, ZALO_CUONG, f"LIENKET {link_code(chat)}")
    notices = [reply for reply in replies if reply.to is not None]
    assert [(n.to.channel, n.to.external_id) for n in notices if n.to] == [
        (Channel.TELEGRAM, VANPHONG.external_id)
    ]
    text = notices[0].text
    assert "Một tài khoản mới vừa được liên kết với anh/chị: Zalo “Cường Zalo”" in text
    assert "lúc 08:00 ngày 05/12/2025" in text
    assert "/kenh" in text
    # A third chat: both earlier chats are told, the new one is answered instead.
    replies = zalo(chat, ZALO_OTHER, f"LIENKET {link_code(chat)}")
    told = {reply.to.external_id for reply in replies if reply.to is not None}
    assert told == {VANPHONG.external_id, ZALO_CUONG.external_id}


# --- seeing and removing linked chats ------------------------------------------------------


def test_kenh_lists_the_chats_and_removes_one(chat: Chat) -> None:
    zalo(chat, ZALO_CUONG, f"LIENKET {link_code(chat)}")
    replies = chat.send(VANPHONG, "/kenh")
    listing = chat.text(replies)
    assert "Các tài khoản đã liên kết của Lê Văn Cường:" in listing
    assert "1. Telegram …200, liên kết từ 08:00 ngày 05/12/2025 (tài khoản đang nhắn" in listing
    assert "2. Zalo …9c0d, liên kết từ 08:00 ngày 05/12/2025 (nhận nhắc việc)" in listing
    choices = [choice for reply in replies for row in reply.choices for choice in row]
    assert [choice.label for choice in choices] == ["Gỡ Zalo …9c0d"]
    removed = chat.send(VANPHONG, choice=choices[0].data)
    assert "Đã gỡ: Zalo …9c0d không còn thay mặt Lê Văn Cường" in chat.text(removed)
    told = [reply for reply in removed if reply.to is not None]
    assert [reply.to.external_id for reply in told if reply.to] == [ZALO_CUONG.external_id]
    assert "đã bị gỡ liên kết khỏi Lê Văn Cường" in told[0].text
    assert not linked(chat, ZALO_CUONG)
    assert "chưa đăng ký" in said(zalo(chat, ZALO_CUONG, "nhiemvu"))
    # The same choice again finds nothing to remove.
    assert "không hợp lệ" in chat.text(chat.send(VANPHONG, choice=choices[0].data))


def test_kenh_reminder_marks_follow_the_choice(chat: Chat) -> None:
    zalo(chat, ZALO_CUONG, f"LIENKET {link_code(chat)}")
    chat.send(VANPHONG, "/kenh zalo")
    listing = said(zalo(chat, ZALO_CUONG, "kenh"))
    assert "Telegram …200, liên kết từ 08:00 ngày 05/12/2025\n" in listing
    assert "(tài khoản đang nhắn, nhận nhắc việc)" in listing


def test_a_chat_is_never_removed_by_someone_else_or_from_itself(chat: Chat) -> None:
    zalo(chat, ZALO_CUONG, f"LIENKET {link_code(chat)}")
    with Session(chat.engine) as session:
        ids = {
            row.external_id: row.id
            for row in session.exec(select(ChatIdentity))
            if row.external_id in (VANPHONG.external_id, ZALO_CUONG.external_id)
        }
    forged = encode(Action.UNLINK_CHAT, ids[ZALO_CUONG.external_id] or 0)
    assert "không hợp lệ" in chat.text(chat.send(KINHTE, choice=forged))
    own = encode(Action.UNLINK_CHAT, ids[VANPHONG.external_id] or 0)
    assert "Không thể gỡ tài khoản anh/chị đang dùng" in chat.text(chat.send(VANPHONG, choice=own))
    assert linked(chat, ZALO_CUONG)
    assert linked(chat, VANPHONG)
    # From the other chat the officer may remove the first one.
    assert "Đã gỡ: Telegram …200" in said(zalo(chat, ZALO_CUONG, choice=own))
    assert not linked(chat, VANPHONG)


def test_kenh_with_one_chat_offers_nothing_to_remove(chat: Chat) -> None:
    replies = chat.send(KINHTE, "/kenh")
    assert "1. Telegram …300" in chat.text(replies)
    assert all(not reply.choices for reply in replies)
    assert "Telegram" in chat.text(chat.send(KINHTE, "/kenh telegram"))
