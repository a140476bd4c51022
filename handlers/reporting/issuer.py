"""Who issues and who signs a report: the commune's People's Committee, or one of its units.

A commune report is the People's Committee's: "ỦY BAN NHÂN DÂN / XÃ NGHI DƯƠNG" in bold,
"Số: .../BC-UBND", signed "TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH". A unit's report is the unit's
own (Nghị định 30/2020/NĐ-CP, Phụ lục I): the body it reports to, upper case and not
bold, written short as the decree allows ("UBND XÃ NGHI DƯƠNG"), over the unit's name,
upper case and bold ("PHÒNG KINH TẾ"), its own number symbol ("Số: .../BC-KT") and its
head's signature ("TRƯỞNG PHÒNG").

These are official formulas: they stay Vietnamese whatever language the reader chose,
as the decree writes them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from models.vntext import fold, strip_marks

REPORT_TYPE = "BC"  # the type abbreviation of a báo cáo (ND 30, Phụ lục III)
COMMITTEE_SYMBOL = "UBND"
COMMITTEE_SIGNS_FOR = "TM. ỦY BAN NHÂN DÂN"
CHAIRMAN = "CHỦ TỊCH"
# The number is left as "..." for the records office to fill in when it registers the
# signed report.
NUMBER_PLACEHOLDER = "..."

# Where a commune's name starts in its committee's name, to set it on a line of its own.
SPLIT_WORDS = (" XÃ ", " PHƯỜNG ", " ĐẶC KHU ")
_COMMITTEE = "uy ban nhan dan"
_COMMITTEE_SHORT = "UBND"

# The head of a unit by the kind of unit its name starts with (folded), most specific
# first: "Văn phòng ..." is not a "Phòng ...".
_HEAD_TITLES = (
    ("van phong", "CHÁNH VĂN PHÒNG"),
    ("phong", "TRƯỞNG PHÒNG"),
    ("trung tam", "GIÁM ĐỐC"),
    ("ban", "TRƯỞNG BAN"),
    ("tram", "TRƯỞNG TRẠM"),
)
UNIT_HEAD_TITLE = "THỦ TRƯỞNG ĐƠN VỊ"  # a unit of no kind above

# The abbreviation of a unit's name: the letters its kind stands for, then the initials
# of the rest (see unit_symbol).
_KIND_LETTERS = (("van phong", "VP"), ("phong", ""), ("trung tam", "TT"), ("ban", "B"))
_WORD_BREAKS = re.compile(r"[\s,;/&()\-–]+")
_JOINING_WORDS = {"va", "cua"}
# The commune's own council and committee: "Văn phòng HĐND và UBND" is the office they share.
_OWN_BODIES = {"HĐND", "UBND"}
# The level word a unit's name may end with ("... điện tử xã").
_LEVEL_WORDS = {"xa", "phuong"}
LONGEST_SYMBOL = 8


@dataclass(frozen=True)
class Issuer:
    """The issuing body of a report and the person who signs it."""

    parent: str  # the body it reports to, not bold; "" for the People's Committee itself
    body: tuple[str, ...]  # the issuing body's name in capitals, bold, a line each
    symbol: str  # its abbreviation in the number symbol: "UBND", "KT"
    name: str  # as sentences name it: "Ủy ban nhân dân xã Nghi Dương", "Phòng Kinh tế"
    signs_for: str  # "TM. ỦY BAN NHÂN DÂN"; "" when the head signs for their own unit
    signer_title: str  # "CHỦ TỊCH", "TRƯỞNG PHÒNG"
    signer_name: str = ""  # "" when unknown: written by hand under the signature
    unit_code: str | None = None  # the unit issuing it; None for the People's Committee
    reports_to: str = ""  # a unit's committee as recipients name it: "UBND xã Nghi Dương"
    compiler: str = ""  # the unit that compiles the units' reports, when another one

    @property
    def number_symbol(self) -> str:
        """``.../BC-KT``: the number the records office gives, then the symbol."""
        return f"{NUMBER_PLACEHOLDER}/{REPORT_TYPE}-{self.symbol}"

    @property
    def number_line(self) -> str:
        """``Số: .../BC-KT``, under the issuing body."""
        return f"Số: {self.number_symbol}"


def committee_issuer(authority: str) -> Issuer:
    """The People's Committee issues the commune's report; its Chairman signs it."""
    return Issuer(
        parent="",
        body=issuing_body_lines(authority),
        symbol=COMMITTEE_SYMBOL,
        name=authority,
        signs_for=COMMITTEE_SIGNS_FOR,
        signer_title=CHAIRMAN,
    )


def unit_issuer(
    authority: str, code: str, name: str, *, head: str | None, compiler: str | None
) -> Issuer:
    """A unit issues its own report under its committee; its head signs it.

    ``head`` is the unit head's full name, or None to leave the name to be written by
    hand; ``compiler`` the name of the unit that compiles the units' reports (the
    coordinators'), None when unknown.
    """
    return Issuer(
        parent=committee_short_name(authority).upper(),
        body=(" ".join(name.split()).upper(),),
        symbol=unit_symbol(code, name),
        name=name,
        signs_for="",
        signer_title=head_title(name),
        signer_name=head or "",
        unit_code=code,
        reports_to=committee_short_name(authority),
        compiler="" if compiler is None or compiler == name else compiler,
    )


def issuing_body_lines(authority: str) -> tuple[str, ...]:
    """Split the issuing body, in capitals, before its commune: ("ỦY BAN NHÂN DÂN", "XÃ ...")."""
    upper = " ".join(authority.split()).upper()
    for word in SPLIT_WORDS:
        at = upper.find(word)
        if at > 0:
            return upper[:at], upper[at + 1 :]
    return (upper,)


def committee_short_name(authority: str) -> str:
    """The committee written short: ``UBND xã Nghi Dương`` (a unit's header: in capitals).

    ND 30 lets the name of the body a unit reports to shorten its common phrases;
    "Ủy ban nhân dân" (or "Uỷ ban nhân dân") is written "UBND". Another name is kept whole.
    """
    words = authority.split()
    if len(words) > 4 and fold(" ".join(words[:4])) == _COMMITTEE:
        words = [_COMMITTEE_SHORT, *words[4:]]
    return " ".join(words)


def head_title(unit_name: str) -> str:
    """The title the head of a unit signs with, from the kind of unit its name starts with.

    Phòng → TRƯỞNG PHÒNG, Văn phòng → CHÁNH VĂN PHÒNG, Trung tâm → GIÁM ĐỐC, Ban → TRƯỞNG
    BAN, Trạm → TRƯỞNG TRẠM; any other unit → THỦ TRƯỞNG ĐƠN VỊ.
    """
    folded = fold(unit_name)
    for kind, title in _HEAD_TITLES:
        if folded == kind or folded.startswith(kind + " "):
            return title
    return UNIT_HEAD_TITLE


def unit_symbol(code: str, name: str) -> str:
    """The abbreviation of a unit in its number symbol: ``KT``, ``VHXH``, ``TTPVHCC``.

    The rule: the letters of the unit's kind (Văn phòng → VP, Trung tâm → TT, Ban → B,
    Phòng → nothing), then the first letter of every other word, upper case and without
    tone marks (Đ stays Đ). A word already in capitals (PVHCC) is kept whole; "và",
    "của", the commune's own HĐND and UBND and a closing "xã"/"phường" are left out.
    A symbol longer than 8 letters keeps only the part of the name before its first
    "và" ("Trung tâm Sự nghiệp công và Cổng thông tin điện tử xã" → TTSNC). A name that
    gives no letter falls back to the unit's code in capitals.

    So: Phòng Kinh tế → KT; Phòng Văn hoá - Xã hội → VHXH; Văn phòng HĐND và UBND xã →
    VP; Trung tâm Phục vụ hành chính công → TTPVHCC.
    """
    words = [word for word in _WORD_BREAKS.split(name) if word]
    prefix, rest = _kind_letters(words)
    symbol = prefix + _initials(rest)
    if len(symbol) > LONGEST_SYMBOL:
        first_part = _before_joining_word(rest)
        if first_part:
            symbol = prefix + _initials(first_part)
    return symbol or code.upper()


def _kind_letters(words: list[str]) -> tuple[str, list[str]]:
    folded = " ".join(fold(word) for word in words)
    for kind, letters in _KIND_LETTERS:
        if folded == kind or folded.startswith(kind + " "):
            return letters, words[len(kind.split()) :]
    return "", words


def _initials(words: list[str]) -> str:
    kept = [word for word in words if fold(word) not in _JOINING_WORDS]
    kept = [word for word in kept if word not in _OWN_BODIES]
    if kept and fold(kept[-1]) in _LEVEL_WORDS:
        kept = kept[:-1]
    return "".join(_initial(word) for word in kept)


def _initial(word: str) -> str:
    if len(word) > 1 and word.isupper():
        return word  # already an abbreviation
    first = word[0]
    return "Đ" if first in "đĐ" else strip_marks(first).upper()


def _before_joining_word(words: list[str]) -> list[str]:
    for index, word in enumerate(words):
        if fold(word) == "va":
            return words[:index]
    return []
