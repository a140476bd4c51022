"""The repository's YAML plan format: reading it safely, and writing it back.

The YAML file carries everything: the commune, its units, the plan and its sections
and tasks. Reading refuses, as plan-file problems in Vietnamese, what no plan needs and
what would hurt the importer (deep nesting, a "billion laughs", values PyYAML cannot
build), and names the line of every other problem.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date, datetime
from typing import Any

import yaml

from models.planfile.model import (
    FIELD_LIMITS,
    MAX_ALIASES,
    MAX_DEPTH,
    MAX_NAME,
    SECTION_CODE,
    TOO_LONG,
    OrganisationSpec,
    ParsedFile,
    PlanDocument,
    PlanFileError,
    PlanSpec,
    Problems,
    SectionSpec,
    TaskSpec,
    UnitSpec,
    fail,
)
from models.text import N_, Text, text
from models.vntext import clean_text

_SECTION_CODE = re.compile(SECTION_CODE)


class _LineLoader(yaml.SafeLoader):
    """A safe loader that remembers the line of every mapping, for error messages.

    It also refuses, as a plan-file problem, what no plan needs and what would hurt
    the importer: nesting deeper than :data:`MAX_DEPTH` (PyYAML composes and builds
    recursively, so ten thousand ``[`` end in a RecursionError) and more than
    :data:`MAX_ALIASES` aliases (a "billion laughs" file).
    """

    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        self._depth = 0
        self._aliases = 0

    def compose_node(self, parent: yaml.Node | None, index: int) -> yaml.Node | None:
        """Compose one node, counting how deep it sits and how many aliases came so far."""
        event: yaml.Event = self.peek_event()  # type: ignore[no-untyped-call]
        line = event.start_mark.line + 1 if event.start_mark is not None else None
        if self.check_event(yaml.AliasEvent):
            self._aliases += 1
            if self._aliases > MAX_ALIASES:
                fail(text(_TOO_MANY_ALIASES, limit=MAX_ALIASES), line)
            return super().compose_node(parent, index)
        self._depth += 1
        try:
            if self._depth > MAX_DEPTH:
                fail(text(_TOO_DEEP, limit=MAX_DEPTH), line)
            return super().compose_node(parent, index)
        finally:
            self._depth -= 1


_TOO_DEEP = N_("The file nests lists or mappings more than {limit} levels deep.")
_TOO_MANY_ALIASES = N_("The file uses more than {limit} aliases (*name); write the values out.")


def _construct_mapping_with_line(loader: _LineLoader, node: yaml.MappingNode) -> dict[Any, Any]:
    mapping = loader.construct_mapping(node, deep=True)
    mapping["__line__"] = node.start_mark.line + 1
    return mapping


_LineLoader.add_constructor(
    yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG,
    _construct_mapping_with_line,
)


def read_yaml(data: bytes) -> PlanDocument:
    """Read a plan in the repository's YAML format, or raise with every problem."""
    parsed = parse_yaml(data)
    if parsed.problems:
        raise PlanFileError(parsed.problems)
    return parsed.document


def parse_yaml(data: bytes) -> ParsedFile:
    """Read a YAML plan: the document, and every problem of its fields.

    Raises :class:`PlanFileError` only for a file that is no YAML at all.
    """
    problems = Problems()
    try:
        raw = yaml.load(decode(data), Loader=_LineLoader)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        fail(_yaml_problem(error), mark.line + 1 if mark is not None else None)
    except (ValueError, OverflowError, RecursionError) as error:
        # PyYAML's constructors raise these for values that look like YAML but are not
        # (a date 2025-13-45, an integer of ten thousand digits).
        fail(_unreadable_value(error))
    if not isinstance(raw, dict):
        fail(text(N_("The file must be a YAML mapping with “plan” and “sections”.")))
    document = _YamlReader(raw, problems).document()
    return ParsedFile(document, tuple(problems.items))


# What PyYAML's problem says -> the explanation (PyYAML's own words are English and
# name its parser's states, which tell a coordinator nothing).
_YAML_PROBLEMS = (
    (
        "mapping values are not allowed",
        N_(
            "The file is not valid YAML: line {line}, column {column} has a “:” where none may "
            "stand; put a value that holds “: ” in quotes."
        ),
    ),
    (
        "could not find expected ':'",
        N_("The file is not valid YAML: line {line}, column {column}: a key lacks its “:”."),
    ),
    (
        "'\\t' that cannot start any token",
        N_(
            "The file is not valid YAML: line {line}, column {column} holds a tab; indent with "
            "spaces only."
        ),
    ),
    (
        "cannot start any token",
        N_(
            "The file is not valid YAML: line {line}, column {column}: a value starts with a "
            "character YAML keeps for itself (such as @); put the value in quotes."
        ),
    ),
    (
        "found unexpected end of stream",
        N_(
            "The file is not valid YAML: a text in quotes is not closed (the file ends at line "
            "{line}, column {column})."
        ),
    ),
    (
        "expected ',' or",
        N_(
            "The file is not valid YAML: line {line}, column {column}: a list in [ ] or a "
            "mapping in {{ }} is not closed, or lacks a comma."
        ),
    ),
    (
        "found undefined alias",
        N_(
            "The file is not valid YAML: line {line}, column {column} uses an alias (*name) "
            "that no anchor (&name) defines."
        ),
    ),
    (
        "found unknown escape character",
        N_(
            "The file is not valid YAML: line {line}, column {column}: a text in double quotes "
            "holds an unknown escape (\\…)."
        ),
    ),
    (
        "expected <block end>",
        N_(
            "The file is not valid YAML: the indentation of line {line}, column {column} does "
            "not match the lines above."
        ),
    ),
    (
        "did not find expected",
        N_(
            "The file is not valid YAML: the indentation of line {line}, column {column} does "
            "not match the lines above."
        ),
    ),
)
_YAML_ELSEWHERE = N_(
    "The file is not valid YAML: line {line}, column {column} cannot be read; check the "
    "quotes, the colons and the indentation there."
)


def _yaml_problem(error: yaml.YAMLError) -> Text:
    """What is wrong with the YAML and where, as a coordinator can act on it."""
    if isinstance(error, yaml.reader.ReaderError):
        return text(
            N_(
                "The file is not valid YAML: it holds a control character (code {code}); is "
                "it another kind of file named .yaml?"
            ),
            code=error.character if isinstance(error.character, int) else ord(error.character),
        )
    mark = getattr(error, "problem_mark", None)
    if mark is None:
        return text(N_("The file is not valid YAML; check its quotes, colons and indentation."))
    problem = str(getattr(error, "problem", "") or "")
    msgid = next((said for found, said in _YAML_PROBLEMS if found in problem), _YAML_ELSEWHERE)
    return text(msgid, line=mark.line + 1, column=mark.column + 1)


def _unreadable_value(error: Exception) -> Text:
    """A value PyYAML parsed but could not build, named by its kind."""
    said = str(error)
    if isinstance(error, ValueError) and any(
        word in said for word in ("month", "day is out of range", "year")
    ):
        return text(
            N_(
                "The file holds a value that cannot be read: a date that does not exist "
                "(such as 2025-13-45)."
            )
        )
    if isinstance(error, OverflowError) or "digits" in said:
        return text(N_("The file holds a value that cannot be read: a number far too long."))
    return text(
        N_("The file holds a value that cannot be read; check its dates (YYYY-MM-DD) and numbers.")
    )


def _day(value: object) -> object:
    """A YAML date as a date; a timestamp (2025-07-01 08:00) counts for its day."""
    return value.date() if isinstance(value, datetime) else value


def decode(data: bytes) -> str:
    """The text of a UTF-8 file (with or without its byte-order mark), or a plan-file error."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        fail(text(N_("The file is not UTF-8 text (byte {position})."), position=error.start))


class _YamlReader:
    def __init__(self, raw: Mapping[str, Any], problems: Problems) -> None:
        self.raw = raw
        self.problems = problems

    def document(self) -> PlanDocument:
        sections: list[SectionSpec] = []
        tasks: list[TaskSpec] = []
        for raw_section in self._list(self.raw, "sections", required=True):
            section = self._section(raw_section)
            if section is None:
                continue
            sections.append(section)
            for raw_task in self._list(raw_section, "tasks", required=True):
                task = self._task(raw_task, section.code)
                if task is not None:
                    tasks.append(task)
        return PlanDocument(
            sections=tuple(sections),
            tasks=tuple(tasks),
            organisation=self._organisation(),
            units=self._units(),
            plan=self._plan(),
        )

    def _organisation(self) -> OrganisationSpec | None:
        raw = self.raw.get("organisation")
        if raw is None:
            return None
        if not isinstance(raw, dict):
            self.problems.add(text(N_("“organisation” must be a mapping.")), column="organisation")
            return None
        return OrganisationSpec(
            code=self._string("organisation", raw, "code", required=True),
            name=self._string("organisation", raw, "name", required=True),
            authority=self._string("organisation", raw, "authority", required=True),
            place=self._string("organisation", raw, "place", required=True),
            parent=self._string("organisation", raw, "parent", required=False) or None,
            parent_name=self._string("organisation", raw, "parent_name", required=False) or None,
        )

    def _units(self) -> tuple[UnitSpec, ...]:
        units = []
        for raw in self._list(self.raw, "units", required=False):
            if not isinstance(raw, dict):
                self.problems.add(text(N_("Each unit must be a mapping.")), column="units")
                continue
            aliases = raw.get("aliases") or []
            if (
                not isinstance(aliases, list)
                or not all(isinstance(a, str) and len(a) <= MAX_NAME for a in aliases)
                or len(aliases) > MAX_NAME
            ):
                self.problems.add(
                    text(N_("“aliases” must be a list of names.")), raw.get("__line__"), "aliases"
                )
                aliases = []
            aliases = [clean_text(alias).strip() for alias in aliases]
            units.append(
                UnitSpec(
                    code=self._string("unit", raw, "code", required=True),
                    name=self._string("unit", raw, "name", required=True),
                    aliases=tuple(aliases),
                )
            )
        return tuple(units)

    def _plan(self) -> PlanSpec | None:
        raw = self.raw.get("plan")
        if raw is None:
            return None
        if not isinstance(raw, dict):
            self.problems.add(text(N_("“plan” must be a mapping.")), column="plan")
            return None
        period = raw.get("period")
        line = raw.get("__line__")
        start = end = None
        if isinstance(period, dict):
            start, end = _day(period.get("from")), _day(period.get("to"))
        if not isinstance(start, date) or not isinstance(end, date):
            self.problems.add(
                text(N_("“plan.period” needs “from” and “to” dates written YYYY-MM-DD.")),
                line,
                "period",
            )
            return None
        if start > end:
            self.problems.add(text(N_("The plan period ends before it starts.")), line, "period")
        return PlanSpec(
            code=self._string("plan", raw, "code", required=True),
            title=self._string("plan", raw, "title", required=True),
            decision=self._string("plan", raw, "decision", required=False),
            start=start,
            end=end,
            issued_on=self._issued_on(raw),
        )

    def _issued_on(self, raw: Mapping[str, Any]) -> date | None:
        """The day the plan was signed ("issued_on: 2025-07-15"), when the file gives it."""
        value = _day(raw.get("issued_on"))
        if value is None or isinstance(value, date):
            return value
        self.problems.add(
            text(N_("“plan.issued_on” must be a date written YYYY-MM-DD.")),
            raw.get("__line__"),
            "issued_on",
        )
        return None

    def _section(self, raw: Any) -> SectionSpec | None:
        if not isinstance(raw, dict):
            self.problems.add(text(N_("Each section must be a mapping.")), column="sections")
            return None
        code = self._string("section", raw, "code", required=True).upper()
        if code and not _SECTION_CODE.fullmatch(code):
            self.problems.add(
                text(N_("Section “{code}” is not a Roman numeral (I, II, ...)."), code=code),
                raw.get("__line__"),
                "code",
            )
        return SectionSpec(code=code, title=self._string("section", raw, "title", required=True))

    def _task(self, raw: Any, section: str) -> TaskSpec | None:
        if not isinstance(raw, dict):
            self.problems.add(text(N_("Each task must be a mapping.")), column="tasks")
            return None
        line = raw.get("__line__")
        return TaskSpec(
            code=self._string("task", raw, "code", required=True),
            section=section,
            title=self._string("task", raw, "title", required=True),
            lead=self._unit_refs(raw, "lead"),
            coordinating=self._unit_refs(raw, "coordinating"),
            deadline=self._string("task", raw, "deadline", required=False),
            product=self._string("task", raw, "product", required=False),
            row=line,
        )

    def _unit_refs(self, raw: Mapping[str, Any], key: str) -> tuple[str, ...]:
        value = raw.get(key)
        if value is None:
            return ()
        if isinstance(value, str) and len(value) <= MAX_NAME:
            return (clean_text(value),) if clean_text(value).strip() else ()
        if (
            isinstance(value, list)
            and len(value) <= MAX_NAME
            and all(isinstance(item, str) and len(item) <= MAX_NAME for item in value)
        ):
            return tuple(clean_text(item) for item in value)
        self.problems.add(
            text(N_("“{key}” must be a unit code, “all”, or a list of unit codes."), key=key),
            raw.get("__line__"),
            key,
        )
        return ()

    def _list(self, raw: Mapping[str, Any], key: str, *, required: bool) -> list[Any]:
        value = raw.get(key)
        if value is None and not required:
            return []
        if not isinstance(value, list):
            self.problems.add(
                text(N_("“{key}” must be a list."), key=key), raw.get("__line__"), key
            )
            return []
        return value

    def _string(self, scope: str, raw: Mapping[str, Any], key: str, *, required: bool) -> str:
        """The cleaned text of ``scope.key``, its presence and length checked."""
        value = raw.get(key)
        if value is None or (isinstance(value, str) and not clean_text(value).strip()):
            if required:
                self.problems.add(
                    text(N_("“{key}” is missing or empty."), key=key), raw.get("__line__"), key
                )
            return ""
        if isinstance(value, bool) or not isinstance(value, str | int | float | date):
            self.problems.add(text(N_("“{key}” must be text."), key=key), raw.get("__line__"), key)
            return ""
        written = clean_text(str(value)).strip()
        limit = FIELD_LIMITS.get(f"{scope}.{key}", MAX_NAME)
        if len(written) > limit:
            self.problems.add(
                text(TOO_LONG, length=len(written), limit=limit), raw.get("__line__"), key
            )
            return written[:limit]
        return written


def write_yaml(document: PlanDocument, header_comment: str = "") -> str:
    """Write ``document`` in the repository's YAML format."""
    data: dict[str, Any] = {}
    if document.organisation is not None:
        org = document.organisation
        data["organisation"] = {
            "code": org.code,
            "name": org.name,
            "authority": org.authority,
            "place": org.place,
        }
        if org.parent:
            data["organisation"].update(parent=org.parent, parent_name=org.parent_name or "")
    if document.units:
        data["units"] = [
            {"code": unit.code, "name": unit.name, "aliases": list(unit.aliases)}
            for unit in document.units
        ]
    if document.plan is not None:
        plan = document.plan
        data["plan"] = {"code": plan.code, "title": plan.title, "decision": plan.decision}
        if plan.issued_on is not None:
            data["plan"]["issued_on"] = plan.issued_on
        data["plan"]["period"] = {"from": plan.start, "to": plan.end}
    data["sections"] = [
        {
            "code": section.code,
            "title": section.title,
            "tasks": [_task_yaml(task) for task in document.tasks if task.section == section.code],
        }
        for section in document.sections
    ]
    body = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=100)
    return header_comment + body


def _task_yaml(task: TaskSpec) -> dict[str, Any]:
    return {
        "code": task.code,
        "title": task.title,
        "lead": _refs_yaml(task.lead),
        "coordinating": _refs_yaml(task.coordinating),
        "deadline": task.deadline,
        "product": task.product,
    }


def _refs_yaml(refs: tuple[str, ...]) -> str | list[str]:
    return refs[0] if len(refs) == 1 else list(refs)
