"""Run the benchmarks and print one Markdown table of medians.

    python benchmarks/run.py              all benchmarks, full repeats
    python benchmarks/run.py --quick      fewer repeats (a quick look, noisier)
    python benchmarks/run.py --only NAME  only NAME (repeatable, or NAME,NAME; globs work)
    python benchmarks/run.py --list       the names

Every ``benchmarks/bench_*.py`` module is imported; its ``@benchmark`` functions run in
file order. The table also goes to ``benchmarks/out/latest.md``. The exit code is 1 when a
benchmark failed to run (and, with ``--strict``, when a figure misses its target).
"""

from __future__ import annotations

import argparse
import datetime as dt
import fnmatch
import importlib
import os
import platform
import sys
import time
import traceback
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks.harness import (  # noqa: E402
    BENCHMARKS_DIR,
    OUT_DIR,
    REGISTRY,
    Benchmark,
    Context,
    Row,
    markdown_table,
)


def discover() -> tuple[list[Benchmark], list[Row]]:
    """The registered benchmarks, and a failed row per module that does not import."""
    broken: list[Row] = []
    for path in sorted(BENCHMARKS_DIR.glob("bench_*.py")):
        try:
            importlib.import_module(f"benchmarks.{path.stem}")
        except Exception as exc:
            traceback.print_exc(file=sys.stderr)
            broken.append(Row.failed(path.name, f"import failed: {type(exc).__name__}: {exc}"))
    return list(REGISTRY.values()), broken


def select(benchmarks: list[Benchmark], only: list[str]) -> list[Benchmark]:
    if not only:
        return benchmarks
    patterns = [p.strip() for item in only for p in item.split(",") if p.strip()]
    unknown = [p for p in patterns if not any(fnmatch.fnmatch(b.name, p) for b in benchmarks)]
    if unknown:
        names = ", ".join(b.name for b in benchmarks)
        raise SystemExit(f"run.py: unknown benchmark {', '.join(unknown)} (known: {names})")
    return [b for b in benchmarks if any(fnmatch.fnmatch(b.name, p) for p in patterns)]


def environment_line(quick: bool) -> str:
    return (
        f"{dt.datetime.now().strftime('%Y-%m-%d %H:%M')} · Python {platform.python_version()} · "
        f"{platform.system()} {platform.release()} · {os.cpu_count()} CPUs"
        + (" · --quick" if quick else "")
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Praatplaat benchmarks: one table of medians.")
    parser.add_argument("--quick", action="store_true", help="fewer repeats")
    parser.add_argument("--only", action="append", default=[], metavar="NAME",
                        help="run only this benchmark (repeatable; comma lists and globs work)")
    parser.add_argument("--list", action="store_true", help="list the benchmarks and exit")
    parser.add_argument("--strict", action="store_true",
                        help="exit 1 when a figure misses its target")
    args = parser.parse_args(argv)

    benchmarks, broken = discover()
    if args.list:
        for b in benchmarks:
            print(f"{b.name:12} {b.description}")
        return 0
    selected = select(benchmarks, args.only)
    ctx = Context(quick=args.quick, out_dir=OUT_DIR)
    ctx.out_dir.mkdir(parents=True, exist_ok=True)

    rows: list[Row] = list(broken)
    for bench in selected:
        print(f"… {bench.name}: {bench.description}", file=sys.stderr, flush=True)
        started = time.perf_counter()
        try:
            rows.extend(bench.fn(ctx))
        except Exception as exc:  # one broken benchmark must not hide the others
            traceback.print_exc(file=sys.stderr)
            rows.append(Row.failed(bench.name, f"{type(exc).__name__}: {exc}"))
        print(f"  ({time.perf_counter() - started:.1f} s)", file=sys.stderr, flush=True)

    table = markdown_table(rows)
    text = f"{table}\n\n{environment_line(args.quick)}\n"
    print(text, end="")
    (ctx.out_dir / "latest.md").write_text(text, encoding="utf-8")

    if any(r.error for r in rows):
        return 1
    if args.strict and any(r.ok is False for r in rows):
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
