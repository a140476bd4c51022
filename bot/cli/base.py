"""What every command shares: the reader's language, the consoles, one-line errors, help.

Help and errors speak the language of ``NHACVIEC_LOCALE`` (Vietnamese by default), as
the terminal chat does: every help text is an English msgid translated when the help
is shown, and a mistake on the command line (an unknown option, a format that does
not exist, a number that is none) is answered with one line in that language and exit
code 2, never with Click's English usage block or a trace.

This module is imported by every command, ``--help`` included: it imports nothing of
the database, the channels or the report writers.
"""

from __future__ import annotations

import errno
import json
import re
import sys
from collections.abc import Mapping, Sequence
from difflib import get_close_matches
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

import typer
from pydantic import ValidationError
from typer import _click
from typer._click import exceptions as usage
from typer.core import TyperCommand, TyperGroup

from bot.settings import Settings
from handlers.i18n import Translator, translator
from models.text import N_

if TYPE_CHECKING:
    from rich.console import Console

# Click's own words, translated like the rest (the msgids are Click's English; the
# help option's text is translated with the other options' help).
N_("Show this message and exit.")
_USAGE = N_("Usage: ")
_METAVARS = (N_("[OPTIONS]"), N_("COMMAND [ARGS]..."))
_DEFAULT = N_("default: {value}")
_REQUIRED = N_("required")


def cli_translator() -> Translator:
    """The translator of the command line: NHACVIEC_LOCALE, Vietnamese by default."""
    try:
        return translator(Settings().locale)
    except ValidationError:
        # A broken setting is reported by the command that reads it; words are still needed.
        return translator(None)


def say(line: str) -> None:
    """Print a line of plain text (Rich is imported only for tables and colour)."""
    sys.stdout.write(line + "\n")


def warn(line: str) -> None:
    """Print a line on the standard error."""
    sys.stderr.write(line + "\n")


@cache
def console() -> Console:
    """The console for tables and colour, made (and Rich imported) at first use."""
    from rich.console import Console

    return Console(soft_wrap=True)


def fail(message: str, code: int = 2) -> NoReturn:
    """End the command with one line on the standard error."""
    warn(message)
    raise typer.Exit(code)


def print_json(value: object) -> None:
    """Write ``value`` as indented JSON, Vietnamese letters as they are."""
    sys.stdout.write(json.dumps(value, ensure_ascii=False, indent=2) + "\n")


def os_reason(error: OSError, tr: Translator) -> str:
    """Why the system refused a file, in the reader's language (never the C library's)."""
    reasons = {
        errno.ENOENT: N_("there is no such file or folder"),
        errno.EACCES: N_("permission denied"),
        errno.EPERM: N_("permission denied"),
        errno.EISDIR: N_("it is a folder, not a file"),
        errno.ENOTDIR: N_("a part of the path is a file, not a folder"),
        errno.ENOSPC: N_("the disk is full"),
        errno.EROFS: N_("the disk is read-only"),
        errno.ENAMETOOLONG: N_("the name is too long"),
    }
    reason = reasons.get(error.errno or 0)
    if reason is None:
        return tr.gettext("the system refused it (error {number})", number=error.errno or 0)
    return tr.gettext(reason)


def check_output(target: Path | None, tr: Translator) -> None:
    """End at once, before any work, when ``--out`` names a folder that does not exist."""
    if target is not None and not target.parent.is_dir():
        fail(
            tr.gettext(
                "Cannot write {file}: the folder {folder} does not exist.",
                file=str(target),
                folder=str(target.parent),
            )
        )


def write_output(target: Path, content: bytes, tr: Translator) -> None:
    """Write a command's file, or end with one line saying why it cannot be written."""
    check_output(target, tr)
    try:
        target.write_bytes(content)
    except OSError as error:
        fail(
            tr.gettext(
                "Cannot write {file}: {reason}.", file=str(target), reason=os_reason(error, tr)
            )
        )
    warn(tr.gettext("Wrote {file}.", file=str(target)))


# --- Help in the reader's language ------------------------------------------------------


class _TranslatedHelp(_click.Command):
    """Help whose every text (the command's, the options', Click's own) is translated."""

    def format_help(self, ctx: _click.Context, formatter: _click.HelpFormatter) -> None:
        tr = cli_translator()
        pieces = [_translated_piece(piece, tr) for piece in self.collect_usage_pieces(ctx)]
        formatter.write_usage(ctx.command_path, " ".join(pieces), prefix=tr.gettext(_USAGE))
        if self.help:
            formatter.write_paragraph()
            with formatter.indentation():
                formatter.write_text(tr.gettext(self.help))
        arguments: list[tuple[str, str]] = []
        options: list[tuple[str, str]] = []
        for param in self.get_params(ctx):
            record = _help_record(param, ctx, tr)
            if record is not None:
                (arguments if param.param_type_name == "argument" else options).append(record)
        for heading, rows in ((N_("Arguments"), arguments), (N_("Options"), options)):
            if rows:
                with formatter.section(tr.gettext(heading)):
                    formatter.write_dl(rows)
        commands = self.command_rows(ctx, tr)
        if commands:
            with formatter.section(tr.gettext(N_("Commands"))):
                formatter.write_dl(commands)

    def command_rows(self, ctx: _click.Context, tr: Translator) -> list[tuple[str, str]]:
        """The sub-commands and what each does (none for a command)."""
        del ctx, tr
        return []


def _translated_piece(piece: str, tr: Translator) -> str:
    return tr.gettext(piece) if piece in _METAVARS else piece


def _help_record(
    param: _click.Parameter, ctx: _click.Context, tr: Translator
) -> tuple[str, str] | None:
    """One line of the options' table: names, translated help, default, whether required."""
    record = param.get_help_record(ctx)
    if record is None:
        return None
    names, _english = record
    help_msgid = getattr(param, "help", None) or ""
    words = [tr.gettext(help_msgid)] if help_msgid else []
    extras = []
    show_default = getattr(param, "show_default", False)
    default = param.get_default(ctx, call=False)
    if show_default and default not in (None, False, "", ()) and not _is_flag(param):
        value = default.value if hasattr(default, "value") else default
        extras.append(tr.gettext(_DEFAULT, value=value))
    if param.required:
        extras.append(tr.gettext(_REQUIRED))
    if extras:
        words.append(f"[{'; '.join(extras)}]")
    return names, "  ".join(words)


def _is_flag(param: _click.Parameter) -> bool:
    return bool(getattr(param, "is_flag", False))


class Command(_TranslatedHelp, TyperCommand):
    """A command with help in the reader's language."""


class CommandGroup(_TranslatedHelp, TyperGroup):
    """A group of commands with help and errors in the reader's language."""

    def command_rows(self, ctx: _click.Context, tr: Translator) -> list[tuple[str, str]]:
        rows = []
        for name in self.list_commands(ctx):
            command = self.get_command(ctx, name)
            if command is not None and not command.hidden:
                words = tr.gettext(command.help) if command.help else ""
                rows.append((name, first_sentence(words)))
        return rows

    def resolve_command(
        self, ctx: _click.Context, args: list[str]
    ) -> tuple[str | None, _click.Command | None, list[str]]:
        name = args[0]
        command = self.get_command(ctx, name)
        if command is None:
            if name.startswith("-"):
                self.parse_args(ctx, args)  # an unknown option: Click names it
            raise Refusal(_unknown_command(ctx, name, self.list_commands(ctx)))
        return name, command, args[1:]


def first_sentence(text: str) -> str:
    """The first sentence of a help text, for the list of commands."""
    head, stop, _rest = text.partition(". ")
    return head + "." if stop else text


def _unknown_command(ctx: _click.Context, name: str, names: Sequence[str]) -> str:
    tr = cli_translator()
    close = get_close_matches(name, names, n=1)
    if close:
        return tr.gettext(
            "There is no command “{name}”. Did you mean “{command} {suggestion}”?",
            name=name,
            command=ctx.command_path,
            suggestion=close[0],
        )
    return tr.gettext(
        "There is no command “{name}”; the commands are: {names}.",
        name=name,
        names=", ".join(names),
    )


class Refusal(usage.UsageError):
    """A mistake on the command line, already worded for the reader."""


# --- One line for every mistake on the command line --------------------------------------


class RootGroup(CommandGroup):
    """The ``nhacviec`` group: sub-commands imported when they are used, one-line errors.

    ``entries`` names each sub-command's module and help, so that ``nhacviec --help``
    lists them without importing any (the report writers, the channels).
    """

    entries: Mapping[str, tuple[str, str]] = {}  # name: (module, help msgid)

    def list_commands(self, ctx: _click.Context) -> list[str]:
        del ctx  # Click's signature; the list does not depend on the context
        return list(self.entries)

    def get_command(self, ctx: _click.Context, cmd_name: str) -> _click.Command | None:
        del ctx  # Click's signature
        if cmd_name in self.commands:
            return self.commands[cmd_name]
        entry = self.entries.get(cmd_name)
        if entry is None:
            return None
        from importlib import import_module

        command = typer.main.get_command(import_module(entry[0]).app)
        command.name = cmd_name
        self.commands[cmd_name] = command
        return command

    def command_rows(self, ctx: _click.Context, tr: Translator) -> list[tuple[str, str]]:
        del ctx  # the modules are not imported to list them
        return [
            (name, first_sentence(tr.gettext(help))) for name, (_, help) in self.entries.items()
        ]

    def main(
        self,
        args: Sequence[str] | None = None,
        prog_name: str | None = None,
        complete_var: str | None = None,
        standalone_mode: bool = True,
        windows_expand_args: bool = True,
        **extra: Any,
    ) -> Any:
        if not standalone_mode:
            return super().main(args, prog_name, complete_var, False, windows_expand_args, **extra)
        try:
            outcome = super().main(
                args, prog_name, complete_var, False, windows_expand_args, **extra
            )
        except usage.NoArgsIsHelpError as error:
            say(error.ctx.get_help())
            sys.exit(0)
        except usage.ClickException as error:
            warn(explain_usage_error(error))
            sys.exit(error.exit_code)
        except ValidationError as error:
            warn(explain_settings_error(error))
            sys.exit(2)
        except typer.Abort:
            warn(cli_translator().gettext("Stopped."))
            sys.exit(1)
        sys.exit(outcome if isinstance(outcome, int) else 0)


def explain_usage_error(error: usage.ClickException) -> str:
    """One line, in the reader's language, for a command line Click could not read."""
    tr = cli_translator()
    if isinstance(error, Refusal):
        return error.message
    ctx = error.ctx if isinstance(error, usage.UsageError) else None
    command = ctx.command_path if ctx is not None else "nhacviec"
    see = tr.gettext("see {command} --help", command=command)
    if isinstance(error, usage.NoSuchOption):
        close = sorted(error.possibilities or [])
        if close:
            return tr.gettext(
                "{command} has no option {option}. Did you mean {suggestion}?",
                command=command,
                option=error.option_name,
                suggestion=close[0],
            )
        return tr.gettext(
            "{command} has no option {option}; {see}.",
            command=command,
            option=error.option_name,
            see=see,
        )
    if isinstance(error, usage.MissingParameter):
        return tr.gettext(
            "{command} needs {option}; {see}.",
            command=command,
            option=_param_name(error.param),
            see=see,
        )
    if isinstance(error, usage.BadParameter):
        return _bad_value(error, tr, see)
    if isinstance(error, usage.BadOptionUsage):
        if "does not take a value" in error.message:
            return tr.gettext("{option} takes no value; {see}.", option=error.option_name, see=see)
        return tr.gettext("{option} needs a value; {see}.", option=error.option_name, see=see)
    extra = _EXTRA_ARGUMENTS.match(error.message)
    if extra:
        return tr.gettext("Unexpected words: {words}; {see}.", words=extra.group(1), see=see)
    return tr.gettext(
        "The command is not written right ({problem}); {see}.", problem=error.message, see=see
    )


_EXTRA_ARGUMENTS = re.compile(r"Got unexpected extra argument(?:s|\(s\))? \((.*)\)")


def _param_name(param: _click.Parameter | None) -> str:
    if param is None:
        return "?"
    if param.param_type_name == "argument":
        return param.metavar or (param.name or "?").upper()
    return "/".join(param.opts)


def _bad_value(error: usage.BadParameter, tr: Translator, see: str) -> str:
    """A value of the wrong kind: which option, what was typed, what it takes."""
    option = _param_name(error.param)
    value = _typed_value(error)
    choices = _choices(error.param)
    if choices:
        return tr.gettext(
            "“{value}” is not a value of {option}: use one of {choices}.",
            value=value,
            option=option,
            choices=", ".join(choices),
        )
    if _pydantic_error_type(error).startswith("int_"):
        return tr.gettext(
            "{option} takes a whole number, not “{value}”.", option=option, value=value
        )
    return tr.gettext(
        "“{value}” is not a valid value of {option}; {see}.", value=value, option=option, see=see
    )


def _typed_value(error: usage.BadParameter) -> str:
    cause = error.__cause__
    if isinstance(cause, ValidationError) and cause.errors():
        return str(cause.errors()[0].get("input", ""))
    return ""


def _pydantic_error_type(error: usage.BadParameter) -> str:
    """What Typer's validation found (``int_parsing`` for "x" given as a number)."""
    cause = error.__cause__
    if isinstance(cause, ValidationError) and cause.errors():
        return str(cause.errors()[0]["type"])
    return ""


def _choices(param: _click.Parameter | None) -> list[str]:
    descriptor = getattr(param, "type_descriptor", None)
    choices = getattr(descriptor, "choices", None) or ()
    return [str(getattr(choice, "value", choice)) for choice in choices]


def explain_settings_error(error: ValidationError) -> str:
    """A setting (environment or .env) that cannot be used, as one line."""
    tr = cli_translator()
    errors = error.errors()
    location = errors[0]["loc"] if errors else ()
    name = str(location[0]).upper() if location else "?"
    value = errors[0].get("input", "") if errors else ""
    return tr.gettext("The setting {name} cannot be used: “{value}”.", name=name, value=value)
