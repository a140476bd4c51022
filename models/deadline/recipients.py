"""Whom a report or a file goes to ("về UBND xã", "gửi Phòng Văn hóa - Xã hội", "lên Sở
Nội vụ"), which bears on nothing but where it goes, so that it can be passed over."""

from __future__ import annotations

import re

# --- Recipients: "về UBND xã", "gửi Phòng Văn hóa - Xã hội", "lên Sở Nội vụ" -------------------
# Whom a report or a file goes to bears on nothing but where it goes. A recipient is a run of
# words without a figure or any word that could date the work or make it conditional; it
# ends where the date expression begins, or at the end of the text.

_RECIPIENT_LEAD = re.compile(r"(?:gui |nop )?(?:ve|len|cho)[ ,]|gui(?: den| toi)?[ ,]", re.ASCII)
# A recipient starts with an office, a body or a post ("UBND", "Phòng", "Sở", "Ban", "Chủ
# tịch", "Văn phòng", "Công an"...), so that "về tình hình" or "gửi hồ sơ" are not taken
# for one.
_RECIPIENT_HEAD = re.compile(
    r"(?:ubnd|hdnd|ubmttq|mttq|uy ban|mat tran|van phong|phong|so|ban|dang uy|dang bo|chi bo"
    r"|tinh uy|huyen uy|thanh uy|thi uy|bi thu|pho bi thu|chu tich|pho chu tich|lanh dao"
    r"|thuong truc|cong an|chi huy|tram|truong|hoi dong|hoi|doan|bo|cuc|chi cuc|trung tam"
    r"|cap tren|co quan|don vi|bo phan|cong chuc|can bo|thanh tra|kho bac|bao hiem|chi nhanh"
    r"|to|doi|nganh|cac|tinh|huyen|xa|phuong|thi tran)\b",
    re.ASCII,
)
# Words that end a recipient: a figure, a word that could date the work or make it
# conditional, or a verb ("Trình UBND xã ban hành trước ngày ...": the date may be the
# issuing's). "Phòng Tư pháp" is a recipient; "từ" (from) is not.
_RECIPIENT_STOP = re.compile(
    r"[0-9]|\b(?:truoc|sau|khi|neu|hoac|cham|muon|han|ngay|thang|tuan|quy|nam|trong|vao|den"
    r"|toi|tu(?! phap)|hang|moi|dinh|ky|dot|yeu cau|dip|le|tet|khong|chua|het|cuoi|dau|giua"
    r"|bat dau|ket thuc|thuong xuyen|lien tuc|ban hanh|to chuc|thuc hien|trien khai"
    r"|hoan thanh|phe duyet|xem xet|quyet dinh|tham dinh|y kien)\b",
    re.ASCII,
)
_MAX_RECIPIENT_WORDS = 14


def _is_recipient(words: str) -> bool:
    """Whether ``words`` can only name whom something goes to."""
    flat = words.strip(" ,;-")
    return (
        _RECIPIENT_HEAD.match(flat) is not None
        and len(flat.split()) <= _MAX_RECIPIENT_WORDS
        and _RECIPIENT_STOP.search(flat) is None
    )


def _split_recipient(text: str, direct: bool) -> tuple[str, str] | None:
    """(recipient, what follows it) when ``text`` starts with a recipient, else None.

    The recipient follows "về", "lên", "cho", "gửi (đến)", or directly a verb of sending
    (``direct``: "gửi Phòng Văn hóa - Xã hội trước ngày ..."); it ends where a word that
    cannot be part of it begins, or with the text.
    """
    lead = _RECIPIENT_LEAD.match(text)
    if lead is None and not direct:
        return None
    body = text[lead.end() :] if lead is not None else text
    stop = _RECIPIENT_STOP.search(body)
    end = len(body) if stop is None else stop.start()
    if not _is_recipient(body[:end]):
        return None
    return body[:end].strip(" ,;-"), body[end:].lstrip(" ,;")


def _past_recipient(text: str, direct: bool) -> str:
    """``text`` from where its date expression begins, past a recipient leading it.

    Without a recipient, or with words that cannot be one, ``text`` comes back as it is,
    for the rules to judge.
    """
    split = _split_recipient(text, direct)
    return split[1] if split is not None and split[1] else text


_TRAILING_RECIPIENT = re.compile(
    r"(?P<head>.+?)[ ,;](?:(?:gui|nop) )?(?:ve|len|cho) (?P<recipient>.+)"
    r"|(?P<sent>.+?)[ ,;]gui(?: den| toi)? (?P<sent_to>.+)",
    re.ASCII,
)


def _without_trailing_recipient(text: str) -> str:
    """``text`` without a recipient ending it: "hằng quý về Sở Nội vụ" is "hằng quý"."""
    match = _TRAILING_RECIPIENT.fullmatch(text)
    if match is None:
        return text
    head, recipient = (
        (match["head"], match["recipient"])
        if match["head"] is not None
        else (match["sent"], match["sent_to"])
    )
    return head if _is_recipient(recipient) else text
