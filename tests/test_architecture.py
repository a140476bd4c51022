"""The rooms of the code stay honest: a scan of every import in the packages."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CHAT_AND_SCHEDULING = {"telegram", "apscheduler", "httpx"}
# What each package may not import; "bot" is the runtime and may import everything.
FORBIDDEN = {
    "models": CHAT_AND_SCHEDULING | {"bot", "handlers", "scheduler"},
    "handlers": CHAT_AND_SCHEDULING | {"bot", "scheduler"},
    "scheduler": {"telegram", "httpx", "bot"},
}


def imported_top_level_names(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name.split(".")[0] for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


@pytest.mark.parametrize("package", sorted(FORBIDDEN))
def test_package_imports_only_what_its_room_allows(package: str) -> None:
    files = sorted((ROOT / package).rglob("*.py"))
    assert files, f"{package}/ has no Python files"
    offences = {
        str(path.relative_to(ROOT)): sorted(imported_top_level_names(path) & FORBIDDEN[package])
        for path in files
    }
    assert {file: names for file, names in offences.items() if names} == {}


def test_the_scan_sees_forbidden_imports(tmp_path: Path) -> None:
    sample = tmp_path / "sample.py"
    sample.write_text("import telegram.ext\nfrom bot.cli import app\nfrom . import sibling\n")
    assert imported_top_level_names(sample) == {"telegram", "bot"}
