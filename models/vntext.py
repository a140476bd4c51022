"""Comparing Vietnamese text the way people type it, and keeping it fit to store and write.

Officers write "Quý IV", "quy iv", "QUÝ  IV" or paste NFD text from a PDF; unit
names arrive as "Văn phòng HDND" for "Văn phòng HĐND". Matching folds all of
these to one key: NFC, no tone or vowel marks, đ as d, lower case, single spaces.
"""

from __future__ import annotations

import re
import unicodedata

_SPACES = re.compile(r"\s+")


# "đ" is a letter of its own, not "d" plus a mark, so stripping marks leaves it; "ð"
# turns up in text converted from old Vietnamese font encodings.
_D_LETTERS = str.maketrans("đĐðÐ", "dDdD")


def strip_marks(value: str) -> str:
    """Remove Vietnamese diacritics, keeping the base letters (đ becomes d).

    NFKD rather than NFD also turns compatibility forms (Ⅳ, full-width digits,
    non-breaking spaces) into the plain characters people meant.
    """
    decomposed = unicodedata.normalize("NFKD", value)
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return bare.translate(_D_LETTERS)


def fold(value: str) -> str:
    """Return the matching key of ``value``: unaccented, lower case, spaces collapsed."""
    return _SPACES.sub(" ", strip_marks(value).casefold()).strip()


# What no stored or written text may hold: the C0 controls but tab and newline, DEL, the
# C1 controls, lone surrogates (a str can carry them; UTF-8 cannot) and the two
# noncharacters XML 1.0 forbids. Word and Excel files are XML: one such character in an
# officer's note makes python-docx / openpyxl refuse the whole report.
_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
# Windows (\r\n) and old Mac (\r) line ends both mean one new line.
_LINE_ENDS = re.compile(r"\r\n?")


def clean_text(value: str) -> str:
    """Return ``value`` without control characters, keeping newlines and tabs.

    Line ends become ``\\n``; everything else printable (letters of every script,
    emoji, joiners, non-breaking spaces) is kept as it is. Idempotent, so a writer may
    clean again what the input boundary already cleaned.
    """
    return _FORBIDDEN.sub("", _LINE_ENDS.sub("\n", value))


# The common nouns of Vietnamese administrative units, longest first ("Thị xã" before
# "Xã"). Official writing (Nghị định 30/2020/NĐ-CP, Phụ lục II) capitalises the proper
# name only: "xã Nghi Lộc", "phường Bến Thủy", "thành phố Hải Phòng".
_ADMINISTRATIVE_NOUN = re.compile(
    r"(thành phố|thị trấn|thị xã|đặc khu|phường|tỉnh|huyện|quận|xã)(?=\s+[^\W\d_])",
    re.IGNORECASE,
)


def in_sentence(name: str) -> str:
    """An administrative unit's name as it stands inside a sentence: "Xã Nghi Lộc" ->
    "xã Nghi Lộc", "Thị trấn Quán Hành" -> "thị trấn Quán Hành".

    Stored names begin with a capital, right at the start of a line or in a heading.
    Only a leading noun followed by a capitalised proper name is lowered, so "Ủy ban nhân
    dân xã …", a name without the noun, or a unit's name ("Xã hội …") stay as they are.
    """
    text = unicodedata.normalize("NFC", name)
    match = _ADMINISTRATIVE_NOUN.match(text)
    if match is None:
        return name
    rest = text[match.end() :].lstrip()
    if not rest[:1].isupper():
        return name
    return match.group(1).lower() + text[match.end() :]
