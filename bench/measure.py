"""What every benchmark shares: figures with targets, memory readings, child processes."""

from __future__ import annotations

import json
import math
import resource
import subprocess
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

PROJECT_DIR = Path(__file__).resolve().parent.parent
MIB = 1024 * 1024


@dataclass(frozen=True)
class Figure:
    """One measured number, with its target when it has one.

    ``passed`` is None for figures that only inform (row counts, extrapolations).
    """

    benchmark: str
    name: str
    value: str
    target: str = ""
    passed: bool | None = None

    @property
    def verdict(self) -> str:
        """PASS, MISS, or nothing for an informative figure."""
        if self.passed is None:
            return ""
        return "PASS" if self.passed else "MISS"


@dataclass
class Outcome:
    """What one benchmark reports: its figures and the sentences that explain them."""

    benchmark: str
    figures: list[Figure] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def add(self, name: str, value: str, target: str = "", passed: bool | None = None) -> Figure:
        """Add a figure of this benchmark."""
        figure = Figure(self.benchmark, name, value, target, passed)
        self.figures.append(figure)
        return figure


def proc_status_kib(key: str) -> int:
    """A ``/proc/self/status`` memory line (VmRSS, VmHWM...) in KiB, or 0 where absent."""
    try:
        lines = Path("/proc/self/status").read_text(encoding="ascii").splitlines()
    except OSError:
        return 0
    for line in lines:
        if line.startswith(f"{key}:"):
            return int(line.split()[1])
    return 0


def rss_mib() -> float:
    """The process's resident memory now, in MiB."""
    return proc_status_kib("VmRSS") / 1024


def peak_rss_mib() -> float:
    """The process's peak resident memory so far, in MiB (VmHWM, else ru_maxrss)."""
    high_water = proc_status_kib("VmHWM")
    if high_water:
        return high_water / 1024
    # ru_maxrss is in KiB on Linux (bytes on macOS, where /proc does not exist).
    maxrss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return maxrss / MIB if sys.platform == "darwin" else maxrss / 1024


def percentile(values: Sequence[float], share: float) -> float:
    """The ``share`` (0..1) percentile of ``values`` by the nearest-rank method."""
    if not values:
        return math.nan
    ordered = sorted(values)
    rank = max(1, math.ceil(share * len(ordered)))
    return ordered[rank - 1]


class ChildFailed(RuntimeError):
    """A benchmark's child process failed or ran out of time."""


def run_child(module: str, args: Sequence[str], timeout: float) -> dict[str, Any]:
    """Run ``python -m module args`` and return the JSON object it prints last.

    Benchmarks that measure memory run in a fresh process, so that what the parent did
    before (seeding, imports of other benchmarks) does not count in their peak.
    """
    command = [sys.executable, "-m", module, *args]
    try:
        completed = subprocess.run(  # our own interpreter and module
            command,
            cwd=PROJECT_DIR,
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )
    except subprocess.TimeoutExpired as error:
        raise ChildFailed(f"{module} did not finish within {timeout:.0f} s") from error
    lines = [line for line in completed.stdout.splitlines() if line.startswith("{")]
    if completed.returncode != 0 or not lines:
        tail = (completed.stderr or completed.stdout).strip().splitlines()[-5:]
        raise ChildFailed(f"{module} exited with {completed.returncode}: " + " | ".join(tail))
    loaded = json.loads(lines[-1])
    if not isinstance(loaded, dict):
        raise ChildFailed(f"{module} printed {lines[-1]!r}, not a JSON object")
    return loaded


def emit(result: dict[str, Any]) -> None:
    """Print a child's result as the one JSON line its parent reads."""
    sys.stdout.write(json.dumps(result) + "\n")
    sys.stdout.flush()
