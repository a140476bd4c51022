"""Keep the gettext catalogues in step with the code.

``uv run python -m bot.catalogue update`` extracts every msgid from the packages into
``locales/messages.pot`` and merges it into each language's ``messages.po``;
``check`` lists what is stale or untranslated (the test suite runs it too).
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable
from pathlib import Path

from babel.messages.catalog import Catalog, Message
from babel.messages.extract import DEFAULT_KEYWORDS, extract_from_dir
from babel.messages.pofile import read_po, write_po

from handlers.i18n import DEFAULT_LOCALE, DOMAIN, LOCALES_DIR, SUPPORTED_LOCALES

PROJECT_DIR = LOCALES_DIR.parent
PACKAGES = ("bot", "handlers", "scheduler", "models")
KEYWORDS = {**DEFAULT_KEYWORDS, "N_": None}
_PLACEHOLDER = re.compile(r"\{[a-z_]+\}")


def extract() -> Catalog:
    """Return a template catalogue of every msgid marked in the code."""
    template = Catalog(project="nhacviec", charset="utf-8", fuzzy=False)
    for package in PACKAGES:
        directory = PROJECT_DIR / package
        for filename, lineno, message, comments, context in extract_from_dir(
            directory, method_map=[("**.py", "python")], keywords=KEYWORDS
        ):
            del lineno  # locations are left out so that moving code does not churn the files
            template.add(message, None, [], auto_comments=comments, context=context)
            del filename
    return template


def catalogue_path(locale: str) -> Path:
    """Return the path of ``locale``'s ``.po`` file."""
    return LOCALES_DIR / locale / "LC_MESSAGES" / f"{DOMAIN}.po"


def _read(path: Path, locale: str | None = None) -> Catalog:
    with path.open("rb") as handle:
        return read_po(handle, locale=locale)


def _write(path: Path, catalog: Catalog) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as handle:
        write_po(
            handle,
            catalog,
            width=100,
            no_location=True,
            sort_output=True,
            omit_header=False,
            ignore_obsolete=True,
        )


def update() -> None:
    """Write the template and merge it into every language's catalogue."""
    template = extract()
    template_path = LOCALES_DIR / f"{DOMAIN}.pot"
    if template_path.exists():
        # keep the old creation date so that an update without new messages changes no file
        template.creation_date = _read(template_path).creation_date
    _write(template_path, template)
    for locale in SUPPORTED_LOCALES:
        path = catalogue_path(locale)
        catalog = _read(path, locale) if path.exists() else Catalog(locale=locale)
        catalog.update(template, no_fuzzy_matching=True, update_creation_date=False)
        _write(path, catalog)


def _ids(catalog: Iterable[Message]) -> set[str]:
    return {message.id for message in catalog if isinstance(message.id, str) and message.id}


def check() -> list[str]:
    """Return every problem of the catalogues: stale, untranslated, fuzzy, broken placeholders."""
    code_ids = _ids(extract())
    problems = []
    template_path = LOCALES_DIR / f"{DOMAIN}.pot"
    if _ids(_read(template_path)) != code_ids:
        problems.append(f"{template_path.name} is stale: run `python -m bot.catalogue update`")
    for locale in SUPPORTED_LOCALES:
        catalog = _read(catalogue_path(locale), locale)
        missing = code_ids - _ids(catalog)
        problems.extend(f"{locale}: missing msgid {msgid!r}" for msgid in sorted(missing))
        for message in catalog:
            if not isinstance(message.id, str) or not message.id:
                continue
            translated = message.string if isinstance(message.string, str) else ""
            if message.fuzzy:
                problems.append(f"{locale}: fuzzy translation of {message.id!r}")
            if locale == DEFAULT_LOCALE and not translated:
                problems.append(f"{locale}: no translation of {message.id!r}")
            if translated and set(_PLACEHOLDER.findall(translated)) != set(
                _PLACEHOLDER.findall(message.id)
            ):
                problems.append(f"{locale}: placeholders differ in {message.id!r}")
    return problems


def main(argv: list[str]) -> int:
    """Run ``update`` or ``check``."""
    if argv[1:] == ["update"]:
        update()
        return 0
    if argv[1:] == ["check"]:
        problems = check()
        for problem in problems:
            print(problem)  # noqa: T201 - a command-line report
        return 1 if problems else 0
    print("usage: python -m bot.catalogue update|check")  # noqa: T201
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
