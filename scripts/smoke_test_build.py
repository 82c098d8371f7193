"""Smoke test of the built app: it starts, reads demo data, writes a PDF, opens a file.

Usage: python scripts/smoke_test_build.py dist/praatplaat
Runs the frozen executable only (not the source tree) in a temporary data folder,
Qt on the offscreen platform. Exits non-zero with one line per failed step.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def main() -> int:
    folder = Path(sys.argv[1] if len(sys.argv) > 1 else "dist/praatplaat").resolve()
    exe = folder / ("praatplaat.exe" if os.name == "nt" else "praatplaat")
    if not exe.exists():
        print(f"smoke: {exe} not found; build first (bash scripts/build)", file=sys.stderr)
        return 1
    tmp = Path(tempfile.mkdtemp(prefix="praatplaat-smoke-"))
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PRAATPLAAT_DATA_DIR=str(tmp / "data"))
    library = tmp / "lib.sqlite"
    failures: list[str] = []

    def run(*args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [str(exe), *args], capture_output=True, text=True, env=env, timeout=timeout
        )

    def step(name: str, ok: bool, detail: str = "") -> None:
        print(f"smoke: {'ok  ' if ok else 'FAIL'} {name}{' - ' + detail if detail and not ok else ''}")
        if not ok:
            failures.append(name)

    result = run("--version")
    step("--version", result.returncode == 0 and "Praatplaat" in result.stdout, result.stderr)

    result = run("--library", str(library), "demo")
    step("demo data", result.returncode == 0, result.stderr)

    result = run("--library", str(library), "list", "--json")
    conversations = json.loads(result.stdout)["conversations"] if result.returncode == 0 else []
    step("list --json", len(conversations) >= 6, result.stderr)

    if conversations:
        target = conversations[0]
        pdf = tmp / "actieplan.pdf"
        result = run("--library", str(library), "pdf", target["id"], "-o", str(pdf))
        ok = result.returncode == 0 and pdf.exists() and pdf.read_bytes()[:5] == b"%PDF-"
        if ok:
            from pypdf import PdfReader

            text = "".join(page.extract_text() or "" for page in PdfReader(pdf).pages)
            ok = target["route"].split()[0] in text
        step("PDF from demo data", ok, result.stderr)

        shared = tmp / "gesprek.praatplaat"
        result = run("--library", str(library), "export", target["id"], "-o", str(shared))
        step("export .praatplaat", result.returncode == 0 and shared.exists(), result.stderr)

        other = tmp / "other.sqlite"
        started = time.monotonic()
        result = run(
            "--library", str(other), "--no-demo-prompt", "--startup-probe", str(shared),
            timeout=180,
        )
        step(
            "GUI starts and opens the file given on the command line",
            result.returncode == 0 and "STARTUP-READY" in result.stdout,
            (result.stdout + result.stderr)[-400:],
        )
        listed = run("--library", str(other), "list", "--json")
        imported = json.loads(listed.stdout)["conversations"] if listed.returncode == 0 else []
        step("the opened file was imported", [c["id"] for c in imported] == [target["id"]],
             listed.stderr)
        print(f"smoke: GUI round trip took {time.monotonic() - started:.1f} s")

    size = sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())
    print(f"smoke: built folder size {size / 1e6:.0f} MB")
    if failures:
        print(f"smoke: {len(failures)} step(s) failed: {', '.join(failures)}", file=sys.stderr)
        return 1
    print("smoke: all steps passed")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
