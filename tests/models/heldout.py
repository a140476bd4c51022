"""What every held-out set of deadline phrases checks (test_deadline_*_set.py and the fresh
set): it is big enough, its phrases are distinct and written in no other deadline test
module (so the engine's own tests never taught it them), none reads to a wrong date, and
at least the share measured when it was collected reads right."""

from __future__ import annotations

import ast
import unicodedata
from collections.abc import Sequence
from pathlib import Path

from tests.models.deadline_cases import Case, readings, share_right


def comparable(text: str) -> str:
    """A phrase as compared across modules: NFC, case-folded, spaces collapsed."""
    return " ".join(unicodedata.normalize("NFC", text).casefold().split())


# A held-out set may list, under this name, the phrases of its sources that other modules
# already wrote: they record how often common forms occur, teach the engine nothing, and are
# not counted in its share, so they do not make another set's phrase "seen".
SEEN_ELSEWHERE = "SEEN_ELSEWHERE"


def strings_of_other_deadline_tests(module_file: str) -> set[str]:
    """Every string written in the deadline test modules other than ``module_file``, except
    those of a held-out set's SEEN_ELSEWHERE list."""
    here = Path(module_file)
    found: set[str] = set()
    for module in here.parent.glob("test_deadline*.py"):
        if module == here:
            continue
        tree = ast.parse(module.read_text(encoding="utf-8"))
        for statement in tree.body:
            if _assigns_seen_elsewhere(statement):
                continue
            for node in ast.walk(statement):
                if isinstance(node, ast.Constant) and isinstance(node.value, str):
                    found.add(comparable(node.value))
    return found


def _assigns_seen_elsewhere(statement: ast.stmt) -> bool:
    targets: list[ast.expr]
    if isinstance(statement, ast.AnnAssign):
        targets = [statement.target]
    elif isinstance(statement, ast.Assign):
        targets = statement.targets
    else:
        return False
    return any(isinstance(target, ast.Name) and target.id == SEEN_ELSEWHERE for target in targets)


def assert_big_distinct_and_held_out(
    cases: Sequence[Case], module_file: str, at_least: int
) -> None:
    texts = [comparable(text) for text, *_ in cases]
    assert len(texts) == len(set(texts)) >= at_least
    assert sorted(set(texts) & strings_of_other_deadline_tests(module_file)) == []


def assert_none_wrong(cases: Sequence[Case]) -> None:
    assert [text for text, _right, wrong in readings(list(cases)) if wrong] == []


def assert_reads_right_at_least(cases: Sequence[Case], share: float) -> None:
    results = readings(list(cases))
    missed = [text for text, right, _wrong in results if not right]
    assert share_right(results) >= share, missed
