"""The core never imports Qt: checked in a fresh interpreter."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import praatplaat_app

# Everything except the UI layer is core.
UI_PACKAGES = ("praatplaat_app.ui",)


def core_modules() -> list[str]:
    names = []
    for info in pkgutil.walk_packages(praatplaat_app.__path__, "praatplaat_app."):
        if info.name.startswith(UI_PACKAGES) or info.name == "praatplaat_app.__main__":
            continue
        names.append(info.name)
    return names


def test_core_modules_are_found():
    names = core_modules()
    for expected in (
        "praatplaat_app.domain",
        "praatplaat_app.store.library",
        "praatplaat_app.indicators.catalog",
        "praatplaat_app.operations",
        "praatplaat_app.cli",
        "praatplaat_app.demo",
    ):
        assert expected in names


def test_no_core_module_loads_pyside6():
    code = (
        "import importlib, sys\n"
        f"for name in {core_modules()!r}:\n"
        "    importlib.import_module(name)\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6'))\n"
        "print(','.join(bad))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "", f"Qt loaded by core modules: {result.stdout}"


def test_cli_start_path_does_not_import_weasyprint():
    code = (
        "import sys\n"
        "import praatplaat_app.cli as cli\n"
        "cli.build_parser()\n"
        "print('weasyprint' in sys.modules)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "False"
