"""Comparing Vietnamese text the way people type it.

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
