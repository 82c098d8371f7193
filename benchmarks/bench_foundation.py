"""Foundation figures: start-up, the library list and search on a large library, memory."""

from __future__ import annotations

import json
import os
import selectors
import subprocess
import sys
import tempfile
import textwrap
import time
from collections.abc import Iterator
from pathlib import Path

from benchmarks import generate
from benchmarks.harness import ROOT, Context, Row, benchmark, measure, median

PROBE_LINE = "STARTUP-SHOWN"  # the main window's first frame is painted
READY_LINE = "STARTUP-READY"  # the features that wait for the first frame are installed
STARTUP_RATIO_LIMIT = 2.0
LIST_LIMIT_S = 0.005
SEARCH_LIMIT_S = 0.030
SEARCH_QUERIES = ("geevalueerd", "client", "stagepl", "werkbegeleider feedback", "coordinator")

# The reference: a bare PySide6 window, started and probed the way the app is: the
# probe line is printed just after the window handled its first expose (and painted),
# as ``praatplaat_app/ui/first_frame.py`` does for the app.
BARE_WINDOW = textwrap.dedent(
    f"""
    import sys
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setWindowTitle("bare")
    window.resize(1280, 800)
    window.show()

    def report():
        print("{PROBE_LINE}", flush=True)
        window.close()
        app.quit()

    class Watcher(QObject):
        def eventFilter(self, watched, event):
            if event.type() == QEvent.Type.Expose:
                QTimer.singleShot(0, report)
            return False

    watcher = Watcher()
    window.windowHandle().installEventFilter(watcher)
    sys.exit(app.exec())
    """
)


# ------------------------------------------------------------------------ start-up


def _isolated_env(data_dir: Path) -> dict[str, str]:
    """Offscreen Qt, and settings/logs in a temp folder, never the user's real ones."""
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        PRAATPLAAT_DATA_DIR=str(data_dir),
        XDG_CONFIG_HOME=str(data_dir / "config"),
        XDG_DATA_HOME=str(data_dir / "data"),
        XDG_RUNTIME_DIR=str(data_dir / "runtime"),
    )
    (data_dir / "runtime").mkdir(mode=0o700, exist_ok=True)
    return env


def time_to_line(cmd: list[str], env: dict[str, str], *, timeout: float = 60.0) -> float:
    """Seconds from launching ``cmd`` until it prints the probe line; it must then exit 0."""
    return time_to_lines(cmd, env, (PROBE_LINE,), timeout=timeout)[0]


def time_to_lines(
    cmd: list[str], env: dict[str, str], lines: tuple[str, ...], *, timeout: float = 60.0
) -> list[float]:
    """Seconds from launching ``cmd`` until it printed each of ``lines``; it must exit 0."""
    with tempfile.TemporaryFile() as stderr:
        started = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=stderr, env=env, cwd=ROOT)
        assert proc.stdout is not None
        seen: dict[str, float] = {}
        buffer = b""
        with selectors.DefaultSelector() as selector:
            selector.register(proc.stdout, selectors.EVENT_READ)
            deadline = started + timeout
            while len(seen) < len(lines) and time.perf_counter() < deadline:
                if not selector.select(timeout=max(0.0, deadline - time.perf_counter())):
                    continue
                chunk = os.read(proc.stdout.fileno(), 4096)
                now = time.perf_counter()
                if not chunk:
                    break
                buffer += chunk
                for line in lines:
                    if line not in seen and line.encode() in buffer:
                        seen[line] = now - started
        try:
            code = proc.wait(timeout=max(5.0, timeout - (time.perf_counter() - started)))
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
            code = None
        proc.stdout.close()
        if len(seen) < len(lines) or code != 0:
            stderr.seek(0)
            tail = stderr.read().decode(errors="replace").strip().splitlines()[-3:]
            missing = [line for line in lines if line not in seen]
            reason = f"no line {missing[0]}" if missing else f"exit code {code}"
            raise RuntimeError(f"{' '.join(cmd[1:3])}: {reason}: {' | '.join(tail)}")
        return [seen[line] for line in lines]


@benchmark("startup", "start-up to a shown main window vs a bare PySide6 window")
def startup(ctx: Context) -> Iterator[Row]:
    runs = ctx.repeats(7, 3)
    with tempfile.TemporaryDirectory(prefix="praatplaat-bench-") as tmp:
        tmp_path = Path(tmp)
        env = _isolated_env(tmp_path)
        library = tmp_path / "bibliotheek.praatplaat.sqlite"
        _prepare_demo_library(library)
        bare_script = tmp_path / "bare_window.py"
        bare_script.write_text(BARE_WINDOW, encoding="utf-8")
        app_cmd = [sys.executable, "-m", "praatplaat_app", "--library", str(library),
                   "--no-demo-prompt", "--startup-probe"]
        bare_cmd = [sys.executable, str(bare_script)]

        # One untimed run of each warms the disk cache; then alternate so drift hits both.
        time_to_line(bare_cmd, env)
        time_to_lines(app_cmd, env, (PROBE_LINE, READY_LINE))
        bare, app, ready = [], [], []
        for _ in range(runs):
            bare.append(time_to_line(bare_cmd, env))
            shown_s, ready_s = time_to_lines(app_cmd, env, (PROBE_LINE, READY_LINE))
            app.append(shown_s)
            ready.append(ready_s)
    bare_median, app_median = median(bare), median(app)
    ratio = app_median / bare_median
    yield Row("start-up: bare PySide6 window (reference)", bare_median, target="reference",
              verdict=f"{runs} runs")
    yield Row("start-up: Praatplaat main window shown", app_median,
              target=f"≤ {STARTUP_RATIO_LIMIT:g}× bare", verdict=f"{ratio:.2f}× bare",
              ok=ratio <= STARTUP_RATIO_LIMIT)
    yield Row("start-up: … and all feature screens installed", median(ready),
              target="(information)", verdict=f"{median(ready) / bare_median:.2f}× bare")


def _prepare_demo_library(path: Path) -> None:
    """The library the app starts on: created before timing, with the demo data."""
    from praatplaat_app.demo import install_demo
    from praatplaat_app.indicators import default_catalog
    from praatplaat_app.store import Library

    with Library.open(path) as library:
        install_demo(library, default_catalog())


# ------------------------------------------------------------------------ library


@benchmark("library", "open, list and search a library of 10,000 conversations / 100,000 notes")
def library_figures(ctx: Context) -> Iterator[Row]:
    from praatplaat_app.store import Library

    path = generate.ensure_library(out_dir=ctx.out_dir)

    opens = []
    for attempt in range(ctx.repeats(10, 3) + 1):
        started = time.perf_counter()
        library = Library.open(path)
        elapsed = time.perf_counter() - started
        library.close()
        if attempt:  # the first open is a warm-up
            opens.append(elapsed)
    yield Row("library: Library.open (10k conversations)", median(opens),
              target="info", verdict=f"{len(opens)} runs")

    library = Library.open(path)
    try:
        listed = library.list_sessions(limit=200)
        assert len(listed) == 200, f"list_sessions gave {len(listed)} rows"
        yield Row("library: list_sessions(limit=200)",
                  measure(lambda: library.list_sessions(limit=200), ctx.repeats(50, 10)),
                  limit=LIST_LIMIT_S)
        total = library.count_sessions()
        for query in SEARCH_QUERIES:
            # How broad the query is matters most: say how many conversations match.
            matching = len(library.search_sessions(query, limit=None))
            assert matching, f"search {query!r} found nothing: the generated data has hits"
            seconds = measure(lambda q=query: library.search_sessions(q), ctx.repeats(20, 5))
            yield Row(
                f'library: search_sessions("{query}"), limit 200; {matching:,} of {total:,} match',
                seconds,
                limit=SEARCH_LIMIT_S,
            )
    finally:
        library.close()


# ------------------------------------------------------------------------ memory

MEMORY_PROBE = textwrap.dedent(
    """
    import json, resource, sys
    from praatplaat_app.store import Library

    library = Library.open(sys.argv[1])
    library.list_sessions(limit=200)
    library.list_sessions(limit=None)
    for query in json.loads(sys.argv[2]):
        library.search_sessions(query)
    library.close()
    # Peak RSS. On Linux ru_maxrss survives fork + exec (a child of a big benchmark runner
    # would report the runner's size), so read VmHWM, which starts afresh at exec.
    try:
        with open("/proc/self/status") as status:
            line = next(l for l in status if l.startswith("VmHWM:"))
        print(int(line.split()[1]) / 1024)
    except (OSError, StopIteration):
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        # kilobytes on Linux, bytes on macOS
        print(peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024)
    """
)


@benchmark("memory", "peak memory of a process that opened, listed and searched the library")
def memory(ctx: Context) -> Iterator[Row]:
    path = generate.ensure_library(out_dir=ctx.out_dir)
    peaks = []
    for _ in range(ctx.repeats(3, 1)):
        out = subprocess.run(
            [sys.executable, "-c", MEMORY_PROBE, str(path), json.dumps(SEARCH_QUERIES)],
            capture_output=True, text=True, check=True, cwd=ROOT,
        ).stdout
        peaks.append(float(out.strip().splitlines()[-1]))
    yield Row("memory: peak RSS after open + list (200 and all) + searches", median(peaks),
              unit="MB", target="info", verdict="peak RSS (VmHWM), core only, no Qt")
