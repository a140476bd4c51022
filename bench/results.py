"""Presenting a run: the table on the terminal and ``bench/RESULTS.md``."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from rich.console import Console
from rich.table import Table

from bench.machine import Machine
from bench.measure import Figure, Outcome

RESULTS_FILE = Path(__file__).resolve().parent / "RESULTS.md"


@dataclass(frozen=True)
class Run:
    """Everything RESULTS.md says about one run."""

    command: str
    size: str
    started: datetime
    minutes: float
    database: str
    machine: Machine
    seeding: str
    load: tuple[str, str]  # the 1-minute load average at the start and at the end
    outcomes: Sequence[Outcome]


def table(outcomes: Sequence[Outcome]) -> Table:
    """The figures as a rich table, PASS in green and MISS in red."""
    result = Table(title="nhacviec benchmarks", show_lines=False)
    for column in ("Benchmark", "Figure", "Value", "Target", "Result"):
        result.add_column(column, overflow="fold")
    for item in outcomes:
        for index, figure in enumerate(item.figures):
            verdict = figure.verdict
            style = {"PASS": "green", "MISS": "bold red"}.get(verdict, "")
            result.add_row(
                item.benchmark if index == 0 else "",
                figure.name,
                figure.value,
                figure.target,
                f"[{style}]{verdict}[/]" if style else verdict,
                end_section=index == len(item.figures) - 1,
            )
    return result


def print_table(console: Console, outcomes: Sequence[Outcome]) -> None:
    """Print the table of figures."""
    console.print(table(outcomes))


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def markdown(run: Run) -> str:
    """RESULTS.md for ``run``."""
    lines = [
        "# Benchmark results",
        "",
        "Written by the benchmarks themselves (`bench/__main__.py`); run them again rather "
        "than edit this file.",
        "",
        f"- Command: `{run.command}` ({run.size} size)",
        f"- Date: {run.started:%Y-%m-%d %H:%M %Z}, {run.minutes:.1f} minutes in all",
        f"- Database: {run.database}",
        *run.machine.lines(),
        f"- Load average (1 min): {run.load[0]} at the start, {run.load[1]} at the end",
        f"- Seeding (not a benchmark): {run.seeding}",
        "",
        "## Figures",
        "",
        "| Benchmark | Figure | Value | Target | Result |",
        "|---|---|---|---|---|",
    ]
    for item in run.outcomes:
        for index, figure in enumerate(item.figures):
            name = item.benchmark if index == 0 else ""
            lines.append(
                f"| {_cell(name)} | {_cell(figure.name)} | {_cell(figure.value)} | "
                f"{_cell(figure.target)} | {_verdict(figure)} |"
            )
    misses = [figure for item in run.outcomes for figure in item.figures if figure.passed is False]
    lines += ["", "## Targets missed", ""]
    if misses:
        lines += [
            f"- {figure.benchmark}, {figure.name}: {figure.value} against {figure.target}"
            for figure in misses
        ]
        lines += ["", "Why, benchmark by benchmark, below."]
    else:
        lines.append("None.")
    lines += ["", "## Notes", ""]
    for item in run.outcomes:
        lines += [f"### {item.benchmark}", ""]
        for note in item.notes:
            lines += [note, ""]
    return "\n".join(lines).rstrip() + "\n"


def _verdict(figure: Figure) -> str:
    return f"**{figure.verdict}**" if figure.passed is False else figure.verdict


def write(run: Run, path: Path = RESULTS_FILE) -> None:
    """Write RESULTS.md."""
    path.write_text(markdown(run), encoding="utf-8")
