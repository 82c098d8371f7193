"""The packaged app (PyInstaller, ``bash scripts/build``) against the venv's ``praatplaat``.

Skipped with a note when ``dist/praatplaat`` has not been built. Targets: start-up under
1.5x the venv's, and memory with a 10,000-conversation library under 250 MB.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

from benchmarks.bench_foundation import _isolated_env, _prepare_demo_library, time_to_line
from benchmarks.harness import ROOT, Context, Row, benchmark, median

PACKAGED = ROOT / "dist" / "praatplaat" / ("praatplaat.exe" if os.name == "nt" else "praatplaat")
RATIO_LIMIT = 1.5
MEMORY_LIMIT_MB = 250.0


def _peak_rss_mb(cmd: list[str], env: dict[str, str]) -> float:
    """Peak resident memory of a child process (Linux: wait4's rusage, in kB)."""
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _pid, _status, usage = os.wait4(proc.pid, 0)
    return usage.ru_maxrss / 1024


@benchmark("packaged", "packaged app: start-up vs the venv, memory with 10,000 conversations")
def packaged(ctx: Context) -> Iterator[Row]:
    if not PACKAGED.exists():
        yield Row("packaged app", None, target="build first", verdict="run bash scripts/build")
        return
    runs = ctx.repeats(7, 3)
    with tempfile.TemporaryDirectory(prefix="praatplaat-bench-") as tmp:
        tmp_path = Path(tmp)
        env = _isolated_env(tmp_path)
        library = tmp_path / "bibliotheek.praatplaat.sqlite"
        _prepare_demo_library(library)
        args = ["--library", str(library), "--no-demo-prompt", "--startup-probe"]
        venv_cmd = [sys.executable, "-m", "praatplaat_app", *args]
        packaged_cmd = [str(PACKAGED), *args]
        time_to_line(venv_cmd, env)
        time_to_line(packaged_cmd, env)
        venv, frozen = [], []
        for _ in range(runs):
            venv.append(time_to_line(venv_cmd, env))
            frozen.append(time_to_line(packaged_cmd, env))
        ratio = median(frozen) / median(venv)
        yield Row("packaged: start-up to main window", median(frozen),
                  target=f"≤ {RATIO_LIMIT:g}× venv ({median(venv) * 1000:.0f} ms)",
                  verdict=f"{ratio:.2f}× venv", ok=ratio <= RATIO_LIMIT)

        big = sorted((ROOT / "benchmarks" / "out").glob("library-*-10000s-*.sqlite"))
        if big:
            copy = tmp_path / "groot.sqlite"
            shutil.copy(big[-1], copy)
            mb = _peak_rss_mb([str(PACKAGED), "--library", str(copy), "--no-demo-prompt",
                               "--startup-probe"], env)
            yield Row("packaged: peak memory, 10,000-conversation library", mb, unit="MB",
                      limit=MEMORY_LIMIT_MB)
        else:
            yield Row("packaged: peak memory", None, target="run --only library first",
                      verdict="no 10k library cached")
