"""What a plan says about itself at its top: title, number, date, issuing commune, period.

Read from the lines of a Word document's first page and its appendix heading, or from
the rows above a table's header. Only what is written is taken: a plan whose number is
left blank ("Số:      /KH-UBND", a draft) has no number here, and a period is read only
from words that state one ("6 tháng cuối năm 2025", "năm 2026", "Thời gian thực hiện:
từ ngày 01/7/2025 đến ngày 31/12/2025").
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from datetime import date

from models.planfile.model import PlanHeader
from models.vntext import fold

_KINDS = {"xa": "xã", "phuong": "phường", "dac khu": "đặc khu"}
_COMMITTEE = r"(?:uy ban nhan dan|ubnd)"
_ISSUER = re.compile(rf"^{_COMMITTEE}\s+(xa|phuong|dac khu)\s+(.+)$")
_KIND_LINE = re.compile(r"^(xa|phuong|dac khu)\s+(.+)$")
_OWNER = re.compile(rf"\bcua\s+(?:chu tich\s+)?{_COMMITTEE}\s+(xa|phuong|dac khu)\s+([^)]+)")
_IN_TITLE = re.compile(r"\b(xa|phuong|dac khu)\s+(.+)$")
_PLACE_STOP = re.compile(
    r"\s+(?:nam|giai doan|quy|\d.*|thang|dot|ve|va|cua|tren|trong|den|tu|tai|theo|nhiem ky)\b.*$"
)
_NUMBER = re.compile(r"\bsố\s*:?\s*([^\s,;()]*\d[^\s,;()]*/[^\s,;()]+)", re.IGNORECASE)
# On the first page the number stands at the start of its line ("Số: 120/KH-UBND"); a
# "Kế hoạch số 12/KH-UBND" in a sentence is another document's.
_NUMBER_LINE = re.compile(r"^số\s*:?\s*([^\s,;()]*\d[^\s,;()]*/[^\s,;()]+)", re.IGNORECASE)
_LONG_DATE = re.compile(r"\bngay\s+(\d{1,2})\s+thang\s+(\d{1,2})\s+nam\s+(\d{4})")
_SHORT_DATE = re.compile(r"\bngay\s+(\d{1,2})\s*/\s*(\d{1,2})\s*/\s*(\d{4})")
_SPAN = re.compile(
    r"\btu\s+(?:ngay\s+)?(\d{1,2})/(\d{1,2})/(\d{4})\s+den\s+(?:het\s+)?(?:ngay\s+)?"
    r"(\d{1,2})/(\d{1,2})/(\d{4})"
)
_HALF = re.compile(r"\b6 thang (dau|cuoi) nam (\d{4})\b")
_QUARTER = re.compile(r"\bquy (iv|i{1,3}|[1-4])\s*(?:nam|/)\s*(\d{4})\b")
_YEARS = re.compile(r"\b(?:giai doan|nam)\s+(\d{4})\s*-\s*(\d{4})\b")
_YEAR = re.compile(r"\bnam (\d{4})\b")
# Where the lines under "KẾ HOẠCH" stop being its title: the body's first words, a
# numbered heading ("I.", "A/", "1."), or a sentence (a title line ends without a stop).
_BODY_WORDS = (
    "can cu",
    "so:",
    "thuc hien",
    "nham",
    "thoi gian",
    "phu luc",
    "danh muc",
    "kem theo",
)
_HEADING_NUMBER = re.compile(r"^(?:[ivxlc]+|[a-z]|\d+)\s*[./)]\s")
_QUARTERS = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4}
# Acronyms a title in capitals keeps when it is written again in sentence case.
_ACRONYMS = {"ubnd", "hđnd", "cchc", "tthc", "qđ", "kh", "ddci", "par", "papi", "sipas", "pci"}


def read_header(lines: Sequence[str]) -> PlanHeader | None:
    """What ``lines`` say about the plan, or None when they say nothing."""
    lines = [" ".join(line.split()) for line in lines if line.strip()]
    folded = [fold(line) for line in lines]
    title_at = _title_line(folded)
    title = _title(lines, folded, title_at) if title_at is not None else None
    top = range(title_at if title_at is not None else min(len(lines), 12))
    attached = [i for i, line in enumerate(folded) if line.startswith("(kem theo")]
    place = _issuer(lines, folded, top, attached, title)
    start, end = _period(lines, folded, title, attached)
    header = PlanHeader(
        title=_restore(title, place[1]) if title else None,
        number=_number(lines, top, attached),
        issued_on=_issued_on(folded, top, attached),
        commune=f"{_KINDS[place[0]].capitalize()} {place[1]}" if place[1] else None,
        authority=f"Ủy ban nhân dân {_KINDS[place[0]]} {place[1]}" if place[1] else None,
        place=place[1] or None,
        start=start,
        end=end,
    )
    return header if header != PlanHeader() else None


def _title_line(folded: Sequence[str]) -> int | None:
    for index, line in enumerate(folded):
        if line.strip(" .:") == "ke hoach":
            return index
    for index, line in enumerate(folded):
        if line.startswith("ke hoach ") and not line.startswith(("ke hoach so", "ke hoach nay")):
            return index
    return None


def _title(lines: Sequence[str], folded: Sequence[str], at: int) -> str:
    if folded[at].strip(" .:") != "ke hoach":
        return _sentence(lines[at])
    words = []
    for line, key in zip(lines[at + 1 :], folded[at + 1 :], strict=True):
        if _ends_title(line, key):
            break
        words.append(line)
        if len(words) == 3:
            break
    if not words:
        return "Kế hoạch"
    rest = _sentence(" ".join(words))
    return f"Kế hoạch {rest[:1].lower()}{rest[1:]}"


def _ends_title(line: str, key: str) -> bool:
    """Whether ``line`` (``key`` folded) is past the title: a rule or note under it, the
    body's first sentence or heading, or the appendix."""
    return (
        line.startswith(("(", "-", "_", "*"))
        or key.startswith(_BODY_WORDS)
        or _HEADING_NUMBER.match(key) is not None
        or line.endswith((".", ":", ";"))
    )


def _sentence(line: str) -> str:
    """A line written in capitals, in sentence case (acronyms kept); others as written."""
    letters = [ch for ch in line if ch.isalpha()]
    if not letters or sum(ch.isupper() for ch in letters) < 0.8 * len(letters):
        return line
    words = line.lower().split()
    words = [word.upper() if word.strip(",.;:()") in _ACRONYMS else word for word in words]
    sentence = " ".join(words)
    return sentence[:1].upper() + sentence[1:]


def _restore(title: str, place: str | None) -> str:
    """The commune's name written with its capitals in a title put in sentence case."""
    if place and place.lower() in title and place not in title:
        return title.replace(place.lower(), place)
    return title


def _issuer(
    lines: Sequence[str],
    folded: Sequence[str],
    top: range,
    attached: Sequence[int],
    title: str | None,
) -> tuple[str, str]:
    """The kind ("xa", "phuong") and the name of the commune issuing the plan."""
    for index in top:
        match = _ISSUER.match(folded[index])
        if match:
            return match.group(1), _words(lines[index], match.group(2))
        if folded[index] in {"uy ban nhan dan", "ubnd"} and index + 1 < len(lines):
            below = _KIND_LINE.match(folded[index + 1])
            if below:
                return below.group(1), _words(lines[index + 1], below.group(2))
    for index in attached:
        match = _OWNER.search(folded[index])
        if match:
            return match.group(1), _words(lines[index], match.group(2))
    if title:
        match = _IN_TITLE.search(fold(title))
        if match and not match.group(2).startswith("hoi"):
            return match.group(1), _words(title, match.group(2))
    return "xa", ""


def _words(line: str, folded_place: str) -> str:
    """The place's name as ``line`` writes it: as many words as its folded form, cut
    where the name ends ("Nghi Dương 6 tháng cuối năm" -> "Nghi Dương")."""
    place = _PLACE_STOP.sub("", folded_place).strip(" .,;:)")
    count = len(place.split())
    if not count:
        return ""
    words = line.replace(")", " ").split()
    folded_words = [fold(word) for word in words]
    for start in range(len(words) - count + 1):
        if " ".join(folded_words[start : start + count]).strip(" .,;:") == place:
            name = " ".join(words[start : start + count]).strip(" .,;:")
            return name.title() if name.isupper() else name
    return ""


def _number(lines: Sequence[str], top: range, attached: Sequence[int]) -> str | None:
    for index in top:
        match = _NUMBER_LINE.match(lines[index])
        if match:
            return match.group(1).rstrip(".,;")
    for index in attached:
        match = _NUMBER.search(lines[index])
        if match:
            return match.group(1).rstrip(".,;")
    return None


def _issued_on(folded: Sequence[str], top: range, attached: Sequence[int]) -> date | None:
    for index in top:
        found = _day(_LONG_DATE.search(folded[index]))
        if found:
            return found
    for index in attached:
        found = _day(_SHORT_DATE.search(folded[index]) or _LONG_DATE.search(folded[index]))
        if found:
            return found
    return None


def _day(match: re.Match[str] | None) -> date | None:
    if match is None:
        return None
    try:
        return date(int(match.group(3)), int(match.group(2)), int(match.group(1)))
    except ValueError:
        return None


def _period(
    lines: Sequence[str], folded: Sequence[str], title: str | None, attached: Sequence[int]
) -> tuple[date | None, date | None]:
    del lines
    for line in folded:
        if line.startswith("thoi gian thuc hien"):
            span = _SPAN.search(line)
            if span:
                first = _day_of(span.group(1), span.group(2), span.group(3))
                last = _day_of(span.group(4), span.group(5), span.group(6))
                if first and last:
                    return first, last
    headings = [fold(title)] if title else []
    # An appendix heading runs over a few lines: "DANH MỤC NHIỆM VỤ ..." / "6 THÁNG CUỐI NĂM 2025".
    headings += [
        " ".join(folded[index : index + 3])
        for index, line in enumerate(folded)
        if line.startswith(("danh muc", "phu luc"))
    ]
    headings += [folded[i - 1] for i in attached if i > 0]
    for heading in headings:
        found = next(_spans(heading), None)
        if found:
            return found
    return None, None


def _day_of(day: str, month: str, year: str) -> date | None:
    try:
        return date(int(year), int(month), int(day))
    except ValueError:
        return None


def _spans(heading: str) -> Iterator[tuple[date, date]]:
    half = _HALF.search(heading)
    if half:
        year = int(half.group(2))
        yield (
            (date(year, 1, 1), date(year, 6, 30))
            if half.group(1) == "dau"
            else (
                date(year, 7, 1),
                date(year, 12, 31),
            )
        )
    quarter = _QUARTER.search(heading)
    if quarter:
        number, year = _QUARTERS[quarter.group(1)], int(quarter.group(2))
        last_month = number * 3
        last_day = 31 if last_month in (3, 12) else 30
        yield date(year, last_month - 2, 1), date(year, last_month, last_day)
    years = _YEARS.search(heading)
    if years and int(years.group(1)) <= int(years.group(2)):
        yield date(int(years.group(1)), 1, 1), date(int(years.group(2)), 12, 31)
    single = _YEAR.search(heading)
    if single:
        yield date(int(single.group(1)), 1, 1), date(int(single.group(1)), 12, 31)
