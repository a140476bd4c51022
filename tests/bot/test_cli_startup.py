"""What the commands that do not run the bot import and do at start (bench/startup.py times it)."""

from __future__ import annotations

import subprocess
import sys

from alembic.script import ScriptDirectory
from sqlalchemy import Engine

from bot.cli import COMMANDS
from bot.runtime import head_revisions, stored_revisions
from models.db import alembic_config, make_engine

HEAVY = {
    "telegram",
    "matplotlib",
    "docx",
    "openpyxl",
    "apscheduler",
    "alembic",
    "tornado",
    "httpx",
}


def _imported_after(script: str) -> set[str]:
    """The heavy packages a fresh interpreter holds after ``script``.

    A fresh one: this test session imported all of them long ago.
    """
    probe = (
        f"{script}\nimport sys\nprint(' '.join(sorted({{m.split('.')[0] for m in sys.modules}})))"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, timeout=120, check=True
    )
    return set(result.stdout.split()) & HEAVY


def test_the_commands_that_do_not_run_the_bot_import_nothing_heavy() -> None:
    modules = [module for module, _help in COMMANDS.values() if module != "bot.cli.run"]
    script = "import importlib, bot.cli\n" + "".join(
        f"importlib.import_module({module!r})\n" for module in modules
    )
    assert _imported_after(script) == set()


def test_a_database_at_the_head_is_opened_without_alembic(database_url: str) -> None:
    opened = (
        "from bot.runtime import open_runtime\n"
        "from bot.settings import Settings\n"
        f"with open_runtime(Settings(DATABASE_URL={database_url!r})):\n"
        "    pass\n"
    )
    assert "alembic" in _imported_after(opened)  # a new database is migrated
    assert _imported_after(opened) == set()  # then only its revision is read


def test_the_head_read_from_the_files_is_alembics(engine: Engine) -> None:
    scripts = ScriptDirectory.from_config(alembic_config(engine))
    assert head_revisions() == frozenset(scripts.get_heads())
    assert stored_revisions(engine) == head_revisions()


def test_a_new_database_has_no_revision(database_url: str) -> None:
    engine = make_engine(database_url)
    try:
        assert stored_revisions(engine) == frozenset()
    finally:
        engine.dispose()
