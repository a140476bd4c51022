"""Labels that lead a deadline and notes that follow it, neither bearing on when: an event
("Khai mạc", "Bế mạc", "Ra quân"), a review ("Tổng kết", "Sơ kết"), a numbered round ("Đợt 1",
"Lần 2", "Giai đoạn I", "Bước 3", "Vòng 2"), and a note in brackets after it ("(có văn bản
riêng)", "(theo hướng dẫn của cấp trên)"). The vocabularies are closed: a word not listed
leaves the text to the other rules, which refuse what they cannot read."""

from __future__ import annotations

import re

from models.deadline.folding import _ROUND_NUMBER, _ROUND_WORD
from models.deadline.messages import _ROUND_OR_DAY, _Refusal

# An event held on the date that follows: the opening, the closing, the launch.
_EVENT = (
    r"(?:le )?(?:khai mac|be mac|ra quan|phat dong|khoi cong|khanh thanh|khai giang|be giang"
    r"|xuat quan|khoi dong|dien ra)"
)
# A review of work: "Tổng kết năm 2026" reviews the year and is held after it ends, so only
# a phrase saying when may follow ("Tổng kết trước ngày 20/12/2026", "Sơ kết vào tháng 7").
_REVIEW = r"(?:hoi nghi )?(?:tong ket|so ket|danh gia)"
_ROUND = rf"{_ROUND_WORD} {_ROUND_NUMBER}"
# A label ends with a space, a comma, a dash or a full stop ("Bước 1. Trước ngày ...").
_LABEL_END = r"(?:,| |, |-| - |\.)"
_ROUND_LABEL = re.compile(rf"{_ROUND}(?P<end>{_LABEL_END})(?P<rest>.+)", re.ASCII)
_EVENT_LABEL = re.compile(rf"(?:{_EVENT}|{_ROUND} {_EVENT}){_LABEL_END}(?P<rest>.+)", re.ASCII)
_ROUND_IN_FIGURES = re.compile(rf"{_ROUND_WORD} [0-9]", re.ASCII)
_REVIEW_LABEL = re.compile(rf"{_REVIEW}{_LABEL_END}(?P<rest>.+)", re.ASCII)
# What may follow a review: a phrase that says when, never the period reviewed.
_SAYS_WHEN = re.compile(
    r"(?:truoc|cham nhat|muon nhat|khong qua|han|thoi han|ngay|vao|trong|den|tu|dung|luc"
    r"|(?:buoi )?(?:sang|trua|chieu|toi)|thu|chu nhat|[0-9]{1,2}[/.-][0-9]{1,2}(?![0-9]))\b",
    re.ASCII,
)
# What may follow an event or a round: a phrase that says when, or a month, quarter, week,
# half or ten days of a month; never a bare year ("Đợt 1 năm 2026" is the year's first
# round, not its end).
_SAYS_WHEN_OR_SPAN = re.compile(
    rf"{_SAYS_WHEN.pattern}|(?:thang|quy|tuan|nua|thuong tuan|trung tuan|ha tuan|cuoi)\b",
    re.ASCII,
)


def _after_label(folded: str) -> str | None:
    """What follows a label leading ``folded``, when it starts by saying when; else None."""
    for pattern, says_when in (
        (_EVENT_LABEL, _SAYS_WHEN_OR_SPAN),
        (_ROUND_LABEL, _SAYS_WHEN_OR_SPAN),
        (_REVIEW_LABEL, _SAYS_WHEN),
    ):
        match = pattern.fullmatch(folded)
        if match is not None:
            rest = match["rest"].lstrip(" ,-")
            if (
                match.groupdict().get("end") == " "
                and rest.startswith("thang ")
                and _ROUND_IN_FIGURES.match(folded)
            ):
                # "Đợt 1 tháng 4 năm 2027": round 1 in April, or the round of 1 April?
                raise _Refusal(_ROUND_OR_DAY)
            return rest if says_when.match(rest) else None
    return None


# Rounds listed one after another: "Đợt 1: tháng 3/2026; đợt 2: tháng 9/2026", "Lần 1 ngày
# 5/3/2026 và lần 2 ngày 5/9/2026".
_NEXT_ROUND = re.compile(rf"(?:[;,] ?(?:va )?| va )(?={_ROUND}{_LABEL_END})", re.ASCII)


def _rounds_listed(folded: str) -> list[str] | None:
    """What each round of a list says, when ``folded`` lists two or more; else None."""
    parts = _NEXT_ROUND.split(folded)
    if len(parts) < 2:
        return None
    rests: list[str] = []
    for part in parts:
        rest = _after_label(part) if _ROUND_LABEL.fullmatch(part) else None
        if rest is None:
            return None
        rests.append(rest)
    return rests


# Notes after a deadline that add nothing datable: where its details come from.
_NOTE = (
    r"(?:(?:se )?co (?:van ban|cong van|ke hoach|huong dan|thong bao)(?: huong dan)? rieng"
    r"|theo (?:huong dan|chi dao|ke hoach|quy dinh|lich)"
    r"(?: (?:cua|tu) (?:cap tren|ubnd (?:xa|phuong|huyen|tinh)|so|phong|ban chi dao"
    r"|bo|trung uong|tinh|huyen|xa))?)"
)
_WITH_NOTE = re.compile(rf"(?P<base>.+?)(?:,| |, )(?:va )?{_NOTE}", re.ASCII)


def _without_note(folded: str) -> str | None:
    """``folded`` without a note after its deadline, or None if it ends with none."""
    match = _WITH_NOTE.fullmatch(folded)
    return None if match is None else match["base"]


# "Định kỳ vào ngày 15 hằng tháng", "Định kỳ: thứ Sáu hằng tuần": "định kỳ" (periodically)
# before a recurring phrase adds nothing to it.
_PERIODIC_LEAD = re.compile(r"(?:theo )?dinh ky(?:,| |, )(?:vao |trong |la )?(?P<rest>.+)")


def _after_periodic_lead(folded: str) -> str | None:
    match = _PERIODIC_LEAD.fullmatch(folded)
    return None if match is None else match["rest"]
