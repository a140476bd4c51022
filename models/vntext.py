"""Comparing Vietnamese text the way people type it.

Officers write "Quý IV", "quy iv", "QUÝ  IV" or paste NFD text from a PDF; unit
names arrive as "Văn phòng HDND" for "Văn phòng HĐND". Matching folds all of
these to one key: NFC, no tone or vowel marks, đ as d, lower case, single spaces.
"""

from __future__ import annotations

import re
import unicodedata

_SPACES = re.compile(r"\s+")


def strip_marks(value: str) -> str:
    """Remove Vietnamese diacritics, keeping the base letters (đ becomes d)."""
    decomposed = unicodedata.normalize("NFD", value)
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return bare.replace("đ", "d").replace("Đ", "D")


def fold(value: str) -> str:
    """Return the matching key of ``value``: unaccented, lower case, spaces collapsed."""
    return _SPACES.sub(" ", strip_marks(unicodedata.normalize("NFC", value)).lower()).strip()
