"""Words wrapped around a readable deadline: "Dự kiến bắt đầu tiêm từ ngày X đến ngày Y",
"Từ ngày X đến ngày Y dứt điểm", "Vào khoảng 8 giờ ngày X".

Officials lead and close a deadline with whatever verb or noun their plan is about, and no
closed list of such words keeps up with them. So the engine reads the *core* of a text, the
part from its first figure to its last (with the words before it that its own grammar takes,
"trước ngày", "vào cuối", "từ"), and accepts the words around it by a rule instead of a list:
they hold no figure, and none of them is a word that can change when the core falls due
(:data:`_DENIED`). A text whose every readable core has such a word outside it is refused,
with a reason saying so; a denied phrase straddling the core's edge counts as outside.

What the rule decides, beyond the words it denies:

- A span wrapped by words is due at its end, as a bare span is: officials write spans of
  work. Spans that are not work ("tạm dừng", "tạm hoãn", "nghỉ", "cấm", "đình chỉ") are
  denied.
- A start alone is no deadline: "bắt đầu" and its kin are accepted before a span only.
- After words naming a report or a review ("báo cáo", "tổng kết"), a period or a span may be
  the period reported on, due after it ends: only a core that says when may follow them.
- After any leading words, a bare month, quarter or year ("Kế hoạch năm 2027") may be what
  the words are about rather than when: only a core that names a day or says when may follow.
  Words after a bare period are accepted ("Tháng 6/2027 hoàn thành"), reports excepted.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

# Words and phrases, folded, that may change when a core falls due. Folding makes some of them
# stand for harmless words too ("chưa" and "chữa", "hằng" and "hàng"); a denied homograph only
# costs a reading, never makes a wrong one, and the commonest harmless phrases are let through
# by :data:`_HARMLESS` first.
_DENIED_PHRASES = (
    # Negation and exception.
    "khong",
    "chua",
    "chang",
    "tru",
    "ngoai",
    "mien",
    "rieng",
    # Alternatives and conditions.
    "hoac",
    "hay",
    "neu",
    "khi",
    "truong hop",
    "tuy",
    "co the",
    "dot xuat",
    "yeu cau",
    # Whose the core is: "Quý IV/2025 của Sở Nội vụ" may be the Sở's period, not the plan's.
    "cua",
    # Before, after, since, from: a core's own grammar holds these where they read.
    "truoc",
    "sau",
    "ke tu",
    "tu",
    "tiep theo",
    "ke tiep",
    "tro di",
    "ve sau",
    "tro ve",
    "keo dai",
    "tinh den",
    "tinh tu",
    "tinh toi",
    # Repetition.
    "hang",
    "moi",
    "dinh ky",
    "cac",
    "nhung",
    "thuong xuyen",
    "lien tuc",
    "duy tri",
    "tung",
    "lan luot",
    "lap lai",
    "thuong nien",
    "suot",
    # Vagueness about the day, earlier or later.
    "dau",
    "giua",
    "cuoi",
    "nua",
    "ruoi",
    "gan",
    "som",
    "muon",
    "tre",
    "hon",
    "dip",
    "dem",
    # Time units that would make a second time expression.
    "ngay",
    "tuan",
    "thang",
    "quy",
    "nam",
    "gio",
    "phut",
    "hom",
    "ky",
    # The lunar calendar and weekdays, which a core checks only when it holds them.
    "am lich",
    "am",
    "al",
    "tet",
    "ram",
    "mung",
    "mong",
    "gieng",
    "chap",
    "tuc",
    "thu (?:hai|ba|tu|nam|sau|bay)",
    "chu nhat",
    "cn",
    # Spans that are not work: pausing, postponing, resting, banning, cancelling.
    "dzung",
    "ngung",
    "hoan(?! (?:thanh|tat|thien|chinh|tra|nghenh)\\b)",
    "lui",
    "nghi",
    "cam",
    "dinh chi",
    "huy",
    "tam",
    "phong toa",
    "gian cach",
    # The data of a report "as of" its date.
    "so lieu",
    # A document and its date ("Theo Công văn ngày X"), or a start ("có hiệu lực ngày X").
    "theo",
    "can cu",
    "cong van",
    "quyet dinh",
    "thong bao",
    "chi thi",
    "nghi quyet",
    "nghi dinh",
    "thong tu",
    "to trinh",
    "van ban",
    "ban hanh",
    "hieu luc",
    "ap dung",
    "mo cua",
    "mo cong",
)
_DENIED = re.compile(rf"\b(?:{'|'.join(_DENIED_PHRASES)})\b", re.ASCII)
# Harmless phrases that fold to hold a denied word: taken out before the check. None may fold
# like a phrase with a denied word that changes a date ("kiến nghị" is also "dự kiến nghỉ", so
# it is not here; "mỗi trường", each school, is "môi trường" and changes no date). None may
# depend on the words around it either: a core cut from its text would lose them.
_HARMLESS = re.compile(
    r"\b(?:viet nam|mien (?:nam|bac|trung|nui)|khong thuoc la|chua chay|hoi nghi"
    r"|dang ky|tre em"
    r"|moi truong"
    r"|bat dau|thi dau|dau tu|dau moi|dau thau|trung tam|quan tam|huy dong|phat huy|chi huy"
    r"|cam ket|tu phap|tu van|tu nguyen|su dzung|xay dzung|ung dzung|tan dzung|tuyen dzung"
    r"|buoi (?:sang|chieu|toi|trua))\b",
    re.ASCII,
)
# Words saying that the core is a start: read only before a span.
_START = re.compile(r"\b(?:bat dau|khoi dau|mo dau)\b", re.ASCII)
_SPAN_JOINER = re.compile(r"\b(?:den|toi)\b|[0-9][-–][0-9]", re.ASCII)
# Words naming a report or a review, whose object may be the period that follows.
_REPORTING = re.compile(
    r"\b(?:bao cao|tong ket|so ket|danh gia|tong hop|thong ke|kiem diem|quyet toan|ket qua"
    r"|ke hoach|chuong trinh|lich)\b",
    re.ASCII,
)
# A document right before a bare day may be dated by it: "(Thực hiện) kế hoạch ngày X".
_DOCUMENT_BEFORE_DAY = re.compile(
    r"\b(?:ke hoach|chuong trinh|lich|danh sach|bien ban|bao cao|huong dan)$", re.ASCII
)
_BARE_DAY = re.compile(r"(?:ngay )?[0-9]", re.ASCII)
# A core that says when: a deadline word, or a day written or named.
_SAYS_WHEN = re.compile(
    r"(?:truoc|cham nhat|muon nhat|han|thoi han|ngay|vao|trong|den|toi|tu|dung|luc|hoi"
    r"|sang|trua|chieu|buoi|thu|chu nhat|het|cuoi|thuong tuan|trung tuan|ha tuan|tuan"
    r"|[0-9]{1,2}[/.-][0-9]|[0-9]{1,2} ?(?:h|g|gio)(?![a-z]))\b",
    re.ASCII,
)
# Reports and reviews may be followed only by these, never by a span ("từ ... đến").
_SAYS_WHEN_AFTER_REPORT = re.compile(
    r"(?:truoc|cham nhat|muon nhat|han|thoi han|ngay|vao|dung|luc|hoi|[0-9]{1,2}[/.-][0-9])\b",
    re.ASCII,
)
# What stands between wrapping words: spaces and separators.
_GAP = re.compile(r"[ ,;:()]+")
_MAX_WRAP_WORDS = 12
_EDGES = " ,;:.-()"


def _denied_word(wrap: str) -> str | None:
    """The first word of ``wrap`` that may change when a core falls due, or None."""
    found = _DENIED.search(_HARMLESS.sub(" ", wrap))
    return None if found is None else found[0]


def _cores(folded: str) -> Iterator[tuple[int, int]]:
    """Where each core of ``folded`` starts and ends, the longest cores first.

    The core holds every figure of the text; what is cut away holds none.
    """
    first = re.search(r"[0-9]", folded)
    if first is None:
        return
    last = max(found.end() for found in re.finditer(r"[0-9]", folded))
    # Where a word starts before the first figure, and where one ends after the last.
    starts = [0] + [gap.end() for gap in _GAP.finditer(folded, 0, first.start())]
    ends = [gap.start() for gap in _GAP.finditer(folded, last)] + [len(folded)]
    if len(starts) > _MAX_WRAP_WORDS + 1 or len(ends) > _MAX_WRAP_WORDS + 1:
        return
    pairs = sorted(
        ((start, end) for start in starts for end in ends),
        key=lambda pair: (len(folded) - (pair[1] - pair[0]), -pair[0]),
    )
    for start, end in pairs:
        if (start, end) != (0, len(folded)):
            yield start, end


# After a core, "và" or "hoặc" leaves a list unfinished: "ngày 8-16/2 và".
_JOINER_AFTER = re.compile(r"\b(?:va)\b", re.ASCII)


def _denied_across(folded: str, cut: int) -> bool:
    """Whether a denied phrase of ``folded`` straddles position ``cut``."""
    return any(found.start() < cut < found.end() for found in _DENIED.finditer(folded))


def _wrap_denied(folded: str, start: int, end: int) -> bool:
    """Whether a word outside the core ``folded[start:end]`` may change when it falls due.

    A denied phrase that straddles the core's edge ("thường | xuyên") is outside it.
    """
    unmasked = _HARMLESS.sub(lambda found: " " * len(found[0]), folded)
    if any(found.start() < start or found.end() > end for found in _DENIED.finditer(unmasked)):
        return True
    return bool(_JOINER_AFTER.search(folded, end))


def _wrap_fits(before: str, core: str, after: str) -> bool:
    """Whether ``core`` may stand where it does among the words around it: a start only
    before a span, a report or a plan only before a core that says when, a document never
    right before a bare day, any leading words only before a core that says when."""
    wrap = f"{before} {after}"
    if _START.search(wrap) and not _SPAN_JOINER.search(core):
        return False
    if _DOCUMENT_BEFORE_DAY.search(before) and _BARE_DAY.match(core):
        # "Kế hoạch ngày 5/3/2027" may be the plan of that date, not its deadline.
        return False
    if _REPORTING.search(wrap) and not _SAYS_WHEN_AFTER_REPORT.match(core):
        return False
    return not before or bool(_SAYS_WHEN.match(core))
