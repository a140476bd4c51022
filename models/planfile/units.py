"""Unit names as plans write them, matched to the commune's units.

A cell of the "Cơ quan chủ trì" column may hold one unit, several (one a line, or
after "-" bullets, or separated by semicolons or commas), or a phrase meaning every
unit ("Các phòng, ban, ngành; đơn vị có liên quan"). Commas are ambiguous: "Phòng
Kinh tế, Hạ tầng và Đô thị" is one unit of a ward. So a cell is cut at every
separator and put back together greedily, the longest run of pieces that names a
known unit winning; line ends and semicolons are strong (no unit name spans them, but
an "all units" phrase may), commas and "và" weak.

Names are matched among the commune's units (name, code, aliases), then among the
standard units every commune has had since the 2025 reform (Decree 150/2025/NĐ-CP):
a standard unit the commune lacks is proposed for creation, anything else is reported.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from models.planfile.model import (
    ALL_UNITS,
    COLUMN_TITLES,
    Assignment,
    PlanFileError,
    Problem,
    Problems,
    TaskSpec,
    UnitSpec,
)
from models.text import N_, text
from models.vntext import fold


@dataclass(frozen=True)
class StandardUnit:
    """A unit every commune (or every ward) has, with the ways plans write its name."""

    code: str
    name: str
    aliases: tuple[str, ...]


# The specialised units of a commune-level People's Committee after 1 July 2025. The
# office's name ends in "xã" or "phường" in plans; the matcher drops such an ending.
STANDARD_UNITS = (
    StandardUnit(
        "vanphong",
        "Văn phòng HĐND và UBND",
        (
            "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân",
            "Văn phòng HĐND - UBND",
            "Văn phòng HĐND&UBND",
            "VP HĐND và UBND",
            "VP HĐND - UBND",
            "Văn phòng UBND",
            "Văn phòng Ủy ban nhân dân",
        ),
    ),
    StandardUnit("kinhte", "Phòng Kinh tế", ("Phòng KT",)),
    StandardUnit(
        "ktht",
        "Phòng Kinh tế, Hạ tầng và Đô thị",
        (
            "Phòng Kinh tế - Hạ tầng và Đô thị",
            "Phòng Kinh tế Hạ tầng và Đô thị",
            "Phòng Kinh tế, Hạ tầng, Đô thị",
            "Phòng Kinh tế - Hạ tầng - Đô thị",
            "Phòng KT, HT và ĐT",
            "Phòng KT - HT và ĐT",
            "Phòng KTHT&ĐT",
            "Phòng KT-HT&ĐT",
        ),
    ),
    StandardUnit(
        "vhxh",
        "Phòng Văn hoá - Xã hội",
        ("Phòng Văn hoá và Xã hội", "Phòng Văn hoá, Xã hội", "Phòng VH-XH", "Phòng VHXH"),
    ),
    StandardUnit(
        "pvhcc",
        "Trung tâm Phục vụ hành chính công",
        (
            "Trung tâm PVHCC",
            "TT PVHCC",
            "TTPVHCC",
            "TT Phục vụ hành chính công",
            "Trung tâm Phục vụ HCC",
        ),
    ),
)

# A commune has Phòng Kinh tế and a ward Phòng Kinh tế, Hạ tầng và Đô thị: one office under
# two names. A plan copied from the other kind names the one this commune lacks; which of its
# units that means is asked, rather than a second economy office added with no one in it.
_COUNTERPARTS = {"kinhte": "ktht", "ktht": "kinhte"}


def _standard_keys(known: StandardUnit) -> list[str]:
    return [unit_key(name) for name in (known.name, *known.aliases)]


def standard_code(name: str) -> str | None:
    """The code of the standard unit ``name`` is one of the names of ("Phòng KT-HT&ĐT" ->
    "ktht"), or None: a unit added under such a name takes the code every commune uses."""
    key = unit_key(name)
    for candidate in _candidates(key):
        for known in STANDARD_UNITS:
            if candidate in _standard_keys(known):
                return known.code
    return None


# Words a unit's name starts with: a piece after a comma that starts with one is a new
# unit; one that does not ("Hạ tầng và Đô thị") belongs to the name before it.
_HEAD_WORDS = (
    "phong",
    "van phong",
    "vp",
    "trung tam",
    "tt",
    "ban",
    "cong an",
    "ubnd",
    "uy ban",
    "hoi",
    "doan",
    "mat tran",
    "tram",
    "truong",
    "co quan",
    "dang uy",
    "bo phan",
    "cac",
    "chi cuc",
    "chi nhanh",
    "so",
    "hdnd",
    "hoi dong",
    "bao hiem",
    "kho bac",
    "buu dien",
    "cong chuc",
    "can bo",
    "cong ty",
    "hop tac xa",
    "thon",
    "to dan pho",
    "quan su",
    "lanh dao",
    "chu tich",
    "pho chu tich",
    "tat ca",
)
_HEAD = re.compile(r"^(?:" + "|".join(re.escape(word) for word in _HEAD_WORDS) + r")\b")

# "All units": a phrase of these words only, starting with "các" or "tất cả", optionally
# "thuộc UBND xã ..." at the end.
_ALL_WORDS = frozenset(
    {
        *("cac", "tat", "ca", "phong", "ban", "nganh", "don", "vi", "co", "quan", "lien"),
        *("chuyen", "mon", "va", "truc", "thuoc", "tren", "dia", "khac", "chuc", "nang"),
    }
)
_ALL_NOUNS = frozenset({"phong", "ban", "nganh", "vi", "quan"})
_ALL_OWNER = re.compile(
    r"\s+(?:truc thuoc|thuoc|cua)\s+(?:ubnd|uy ban nhan dan)(?:\s+(?:xa|phuong|dac khu)\b.*)?$"
)
_ALL_EXACT = frozenset({"all", fold("All departments and units concerned")})

_STRONG = re.compile(r"\n|;")
_WEAK = re.compile(r",|\s+(?:và|va|&)\s+|&", re.IGNORECASE)
_BULLET = re.compile(r"^[\s\-–—+•*·]+")
_SUFFIX = re.compile(r"\s+(?:xa|phuong|dac khu)(?:\s+[^,]*)?$")
_PARENTHESIS = re.compile(r"\s*\([^)]*\)\s*$")
_PUNCTUATION = re.compile(r"\s*([,/-])\s*")


def unit_key(name: str) -> str:
    """The key a unit name is matched by: folded, bullets, "&" and spacing normalised."""
    key = fold(_BULLET.sub("", name)).replace("&", " va ")
    key = _PUNCTUATION.sub(r"\1", key.replace(";", ","))
    return " ".join(key.split()).strip(" .,:;")


def is_all_units(written: str) -> bool:
    """Whether ``written`` is one of the ways plans write "every unit of the commune"."""
    key = fold(_BULLET.sub("", written)).strip(" .,:;")
    if key in _ALL_EXACT:
        return True
    key = _ALL_OWNER.sub("", re.sub(r"[,;&/]", " ", key))
    words = key.split()
    if not words or not (words[0] == "cac" or words[:2] == ["tat", "ca"]):
        return False
    return set(words) <= _ALL_WORDS and bool(set(words) & _ALL_NOUNS)


@dataclass(frozen=True)
class Found:
    """What one name in a cell is: a unit of the commune, a standard unit, "all", or unknown."""

    written: str
    code: str | None = None  # the commune's unit
    standard: StandardUnit | None = None
    every: bool = False

    @property
    def unknown(self) -> bool:
        """Whether the name matched nothing."""
        return self.code is None and self.standard is None and not self.every


class UnitIndex:
    """The names a cell may use for the commune's units, and the standard ones."""

    def __init__(
        self, units: Sequence[UnitSpec], *, standard: bool = True, named: Mapping[str, str] = {}
    ) -> None:
        self.codes = {unit.code for unit in units}
        self.keys: dict[str, str] = {}
        # Names first, then codes, then aliases: an exported table writes names, and a
        # name must not be taken by another unit's alias.
        for unit in units:
            self.keys.setdefault(unit_key(unit.name), unit.code)
        for unit in units:
            self.keys.setdefault(unit_key(unit.code), unit.code)
        for unit in units:
            for alias in unit.aliases:
                self.keys.setdefault(unit_key(alias), unit.code)
        for name, code in named.items():
            self.keys[unit_key(name)] = code
        self.standard: dict[str, StandardUnit] = {}
        self.asked: set[str] = set()
        owned = {known.code: self._own(known) for known in STANDARD_UNITS}
        for known in STANDARD_UNITS:
            own = owned[known.code]
            counterpart = _COUNTERPARTS.get(known.code)
            for key in _standard_keys(known):
                if own is not None:
                    self.keys.setdefault(key, own)
                elif counterpart is not None and owned[counterpart] is not None:
                    self.asked.add(key)  # read whole, then asked about as an unknown name
                elif standard:
                    self.standard.setdefault(key, known)

    def _own(self, known: StandardUnit) -> str | None:
        """The commune's unit known by one of ``known``'s names: that unit under all of
        them ("Trung tâm PVHCC" finds the commune's "Trung tâm Phục vụ ...")."""
        return next((self.keys[key] for key in _standard_keys(known) if key in self.keys), None)

    def find(self, written: str) -> Found | None:
        """The unit ``written`` names as a whole, or None."""
        if written.strip() in self.codes:
            return Found(written, code=written.strip())
        if is_all_units(written):
            return Found(written, every=True)
        key = unit_key(written)
        for candidate in _candidates(key):
            if candidate in self.keys:
                return Found(written, code=self.keys[candidate])
        for candidate in _candidates(key):
            if candidate in self.asked:
                return Found(written)
            if candidate in self.standard:
                return Found(written, standard=self.standard[candidate])
        return None


def _candidates(key: str) -> Iterable[str]:
    """The key, then without a note in brackets, then without "xã ..." at its end."""
    yield key
    bare = _PARENTHESIS.sub("", key)
    if bare != key:
        yield bare
    for value in (key, bare):
        short = _SUFFIX.sub("", value)
        if short != value and short:
            yield short


@dataclass(frozen=True)
class _Piece:
    start: int
    end: int


def split_units(cell: str, index: UnitIndex) -> list[Found]:
    """Every unit a cell names, in order, each matched or marked unknown."""
    strong = _pieces(cell, _STRONG)
    found: list[Found] = []
    i = 0
    while i < len(strong):
        # An "all units" phrase may span a semicolon: "Các phòng, ban, ngành; đơn vị".
        every = next(
            (
                j
                for j in range(len(strong), i, -1)
                if is_all_units(cell[strong[i].start : strong[j - 1].end])
            ),
            None,
        )
        if every is not None:
            found.append(Found(_clean(cell[strong[i].start : strong[every - 1].end]), every=True))
            i = every
            continue
        part = cell[strong[i].start : strong[i].end]
        found.extend(_split_part(part, index))
        i += 1
    return found


def _pieces(value: str, separator: re.Pattern[str]) -> list[_Piece]:
    pieces, start = [], 0
    for match in separator.finditer(value):
        pieces.append(_Piece(start, match.start()))
        start = match.end()
    pieces.append(_Piece(start, len(value)))
    return [piece for piece in pieces if value[piece.start : piece.end].strip(" \t-–—+•*·.")]


def _split_part(part: str, index: UnitIndex) -> list[Found]:
    pieces = _pieces(part, _WEAK)
    found: list[Found] = []
    i = 0
    while i < len(pieces):
        match = _longest(part, pieces, i, index)
        if match is not None:
            found.append(match[0])
            i = match[1]
            continue
        # Unknown: it runs on over the pieces that cannot start a unit's name.
        j = i + 1
        while (
            j < len(pieces)
            and not _HEAD.match(unit_key(part[pieces[j].start : pieces[j].end]))
            and _longest(part, pieces, j, index) is None
        ):
            j += 1
        found.append(Found(_clean(part[pieces[i].start : pieces[j - 1].end])))
        i = j
    return found


def _longest(
    part: str, pieces: Sequence[_Piece], i: int, index: UnitIndex
) -> tuple[Found, int] | None:
    for j in range(len(pieces), i, -1):
        written = _clean(part[pieces[i].start : pieces[j - 1].end])
        found = index.find(written)
        if found is not None:
            return found, j
    return None


def _clean(written: str) -> str:
    return " ".join(_BULLET.sub("", written).split()).strip(" .,;:")


# --- a plan's tasks ---------------------------------------------------------------------


@dataclass(frozen=True)
class UnknownUnit:
    """A name the file uses that is neither a unit of the commune nor a standard one."""

    name: str
    tasks: tuple[str, ...]  # the codes of the tasks naming it


@dataclass(frozen=True)
class UnitMatching:
    """The units of every task, the standard units to create, and what matched nothing."""

    assignments: Mapping[str, Assignment]
    new_units: tuple[UnitSpec, ...]
    unknown: tuple[UnknownUnit, ...]
    problems: tuple[Problem, ...]


_UNKNOWN_UNIT = N_(
    "Task {code}: unknown unit “{unit}”; write a unit code ({codes}), a unit name, or “all”."
)
_NO_LEAD_LEFT = N_("Task {code} has no lead unit left once the coordinating units are taken out.")


def match_units(
    tasks: Iterable[TaskSpec],
    units: Sequence[UnitSpec],
    *,
    columns: Mapping[str, str] | None = None,
    named: Mapping[str, str] | None = None,
    create_standard: bool = True,
) -> UnitMatching:
    """Match every task's units, noting each unknown name as a problem of its row and column.

    ``named`` maps names the file uses to unit codes (the coordinator's answer to an
    unknown name); a code the commune lacks makes a new unit of that name.
    """
    named = dict(named or {})
    new_named = _named_units(named, units)
    index = UnitIndex([*units, *new_named], standard=create_standard, named=named)
    work = _Matcher(index, columns or {}, taken={unit.code for unit in (*units, *new_named)})
    refs = {
        task.code: (work.refs(task, "lead"), work.refs(task, "coordinating")) for task in tasks
    }
    new_units = (*new_named, *work.created)
    all_codes = tuple(unit.code for unit in (*units, *new_units))
    assignments = {}
    for task in work.tasks:
        lead, coordinating = refs[task.code]
        assignments[task.code] = expand_all(lead, coordinating, all_codes)
        if lead and not assignments[task.code].lead:
            work.problems.add(
                text(_NO_LEAD_LEFT, code=task.code),
                task.row,
                work.column(task, "lead"),
                task.table,
            )
    return UnitMatching(
        assignments=assignments,
        new_units=new_units,
        unknown=tuple(
            UnknownUnit(name, tuple(dict.fromkeys(codes))) for name, codes in work.unknown.items()
        ),
        problems=tuple(work.problems.items),
    )


def _named_units(named: Mapping[str, str], units: Sequence[UnitSpec]) -> list[UnitSpec]:
    existing = {unit.code for unit in units}
    return [
        UnitSpec(code, _clean(name))
        for code, name in {code: name for name, code in named.items()}.items()
        if code not in existing
    ]


class _Matcher:
    def __init__(self, index: UnitIndex, columns: Mapping[str, str], taken: set[str]) -> None:
        self.index = index
        self.columns = columns
        self.taken = taken
        self.problems = Problems()
        self.tasks: list[TaskSpec] = []
        self.standard: dict[str, str] = {}  # standard code -> the code of the unit created
        self.created: list[UnitSpec] = []
        self.unknown: dict[str, list[str]] = {}
        self.codes = ", ".join(sorted(set(index.keys.values())))

    def column(self, task: TaskSpec, key: str) -> str:
        if task.row is None:
            return key
        return self.columns.get(key) or COLUMN_TITLES.get(key, key)

    def refs(self, task: TaskSpec, key: str) -> tuple[str, ...]:
        if key == "lead":
            self.tasks.append(task)
        cells = task.lead if key == "lead" else task.coordinating
        codes: list[str] = []
        for cell in cells:
            for found in split_units(cell, self.index):
                code = self._code(task, key, found)
                if code is not None and code not in codes:
                    codes.append(code)
        return tuple(codes)

    def _code(self, task: TaskSpec, key: str, found: Found) -> str | None:
        if found.every:
            return ALL_UNITS
        if found.code is not None:
            return found.code
        if found.standard is not None:
            return self._create(found.standard, found.written)
        self.unknown.setdefault(found.written, []).append(task.code)
        self.problems.add(
            text(_UNKNOWN_UNIT, code=task.code, unit=found.written, codes=self.codes),
            task.row,
            self.column(task, key),
            task.table,
        )
        return None

    def _create(self, standard: StandardUnit, written: str) -> str:
        """The code of the standard unit created for the commune, under a code it lacks."""
        if standard.code in self.standard:
            return self.standard[standard.code]
        code, number = standard.code, 2
        while code in self.taken:
            code, number = f"{standard.code}{number}", number + 1
        self.taken.add(code)
        aliases = (written,) if unit_key(written) != unit_key(standard.name) else ()
        self.created.append(UnitSpec(code, standard.name, aliases))
        self.standard[standard.code] = code
        return code


def expand_all(
    lead: tuple[str, ...], coordinating: tuple[str, ...], all_codes: tuple[str, ...]
) -> Assignment:
    """The unit codes of each role, "all" meaning every unit not named in the other role."""
    explicit_lead = [code for code in lead if code != ALL_UNITS]
    explicit_coordinating = [code for code in coordinating if code != ALL_UNITS]
    if ALL_UNITS in lead:
        explicit_lead = [code for code in all_codes if code not in explicit_coordinating]
    if ALL_UNITS in coordinating:
        explicit_coordinating = [code for code in all_codes if code not in explicit_lead]
    explicit_coordinating = [code for code in explicit_coordinating if code not in explicit_lead]
    return Assignment(tuple(explicit_lead), tuple(explicit_coordinating))


def resolve_assignments(
    tasks: Iterable[TaskSpec], units: Sequence[UnitSpec]
) -> dict[str, Assignment]:
    """Turn each task's unit references into unit codes, or raise with every unknown name."""
    matching = match_units(tasks, units, create_standard=False)
    if matching.problems:
        raise PlanFileError(matching.problems)
    return dict(matching.assignments)
