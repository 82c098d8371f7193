"""The small benchmark harness: a registry, timing helpers, result rows and the table.

A benchmark is a function in a ``benchmarks/bench_*.py`` module, registered with
:func:`benchmark`. It receives a :class:`Context` and returns (or yields) :class:`Row`
objects; ``benchmarks/run.py`` finds the modules, runs what was asked for and prints one
Markdown table. To add figures for a new feature, add ``benchmarks/bench_<feature>.py``::

    from benchmarks.harness import Context, Row, benchmark, measure

    @benchmark("pdf", "render a 3-page action plan")
    def pdf(ctx: Context):
        seconds = measure(lambda: render(...), ctx.repeats(10, 3))
        yield Row("PDF: action plan, 3 pages", seconds, limit=1.0)
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

BENCHMARKS_DIR = Path(__file__).resolve().parent
ROOT = BENCHMARKS_DIR.parent
OUT_DIR = BENCHMARKS_DIR / "out"


# ------------------------------------------------------------------------ registry


@dataclass
class Context:
    """What every benchmark gets: whether this is a quick run, and where to keep files."""

    quick: bool = False
    out_dir: Path = OUT_DIR

    def repeats(self, full: int, quick: int) -> int:
        return quick if self.quick else full


BenchmarkFn = Callable[[Context], Iterable["Row"]]


@dataclass(frozen=True)
class Benchmark:
    name: str
    description: str
    fn: BenchmarkFn
    module: str


REGISTRY: dict[str, Benchmark] = {}


def benchmark(name: str, description: str = "") -> Callable[[BenchmarkFn], BenchmarkFn]:
    """Register ``fn`` under ``name`` (what ``--only NAME`` selects)."""

    def register(fn: BenchmarkFn) -> BenchmarkFn:
        if name in REGISTRY and REGISTRY[name].fn is not fn:
            raise ValueError(f"benchmark name used twice: {name}")
        REGISTRY[name] = Benchmark(name, description, fn, fn.__module__)
        return fn

    return register


# ------------------------------------------------------------------------ timing


def median(samples: Iterable[float]) -> float:
    return statistics.median(list(samples))


def measure(fn: Callable[[], object], repeat: int, *, warmup: int = 1) -> float:
    """The median wall-clock time of ``fn()`` in seconds, after ``warmup`` untimed calls."""
    for _ in range(warmup):
        fn()
    samples = []
    for _ in range(max(1, repeat)):
        start = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - start)
    return median(samples)


# ------------------------------------------------------------------------ rows


@dataclass
class Row:
    """One line of the table.

    ``value`` is in ``unit``: seconds for ``"s"`` (shown as µs/ms/s), or e.g. ``"MB"``.
    ``limit`` is the target in the same unit (the value must be at most that); the last
    column then shows value / limit and ✓ or ✗. ``target`` and ``verdict`` override the
    text of those columns when a figure is judged differently (a ratio to a reference).
    """

    name: str
    value: float | None
    unit: str = "s"
    limit: float | None = None
    target: str | None = None
    verdict: str | None = None
    ok: bool | None = None
    error: str = ""

    def __post_init__(self) -> None:
        if self.ok is None and self.limit is not None and self.value is not None:
            self.ok = self.value <= self.limit

    @classmethod
    def failed(cls, name: str, error: str) -> Row:
        return cls(name, None, error=error, ok=False)

    def cells(self) -> list[str]:
        if self.error:
            return [self.name, "—", self.target or "", f"ERROR: {self.error}"]
        value = format_value(self.value, self.unit)
        if self.target is not None:
            target = self.target
        elif self.limit is not None:
            target = "< " + format_value(self.limit, self.unit)
        else:
            target = "—"
        if self.verdict is not None:
            verdict = self.verdict + _mark(self.ok)
        elif self.limit and self.value is not None:
            verdict = f"{self.value / self.limit:.2f}{_mark(self.ok)}"
        else:
            verdict = "info"
        return [self.name, value, target, verdict]


def _mark(ok: bool | None) -> str:
    return "" if ok is None else (" ✓" if ok else " ✗")


def format_value(value: float | None, unit: str) -> str:
    if value is None:
        return "—"
    if unit == "s":
        if value < 0.001:
            return f"{value * 1e6:.0f} µs"
        if value < 1:
            return f"{value * 1e3:.{1 if value < 0.1 else 0}f} ms"
        return f"{value:.2f} s"
    if unit == "×":
        return f"{value:.2f}×"
    return f"{value:.1f} {unit}"


def markdown_table(rows: list[Row]) -> str:
    header = ["name", "median", "target", "ratio/verdict"]
    lines = ["| " + " | ".join(header) + " |", "| " + " | ".join(["---"] * 4) + " |"]
    for row in rows:
        cells = [c.replace("|", "\\|").replace("\n", " ") for c in row.cells()]
        lines.append("| " + " | ".join(cells) + " |")
    return "\n".join(lines)
