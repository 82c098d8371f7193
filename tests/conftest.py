"""Test set-up: Qt offscreen, and every test isolated from the user's real data."""

from __future__ import annotations

import os

# Set once, before anything imports Qt (see STYLE.md).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

# Before any Qt call: PySide6 6.12.0 on Python 3.11 leaks references to None.
import praatplaat_app.ui  # noqa: E402, F401


@pytest.fixture(autouse=True)
def isolated_user_data(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    """Point the data folder and QSettings to a fresh temp folder for every test."""
    data_dir = tmp_path_factory.mktemp("userdata")
    monkeypatch.setenv("PRAATPLAAT_DATA_DIR", str(data_dir))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(data_dir / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(data_dir / "data"))
    monkeypatch.setenv("HOME", str(data_dir / "home"))
    (data_dir / "home").mkdir()
    try:
        from PySide6.QtCore import QSettings
    except ImportError:  # core-only environments
        pass
    else:
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(
            QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(data_dir / "qsettings")
        )
    return data_dir


@pytest.fixture
def library(tmp_path: Path):
    from praatplaat_app.store import Library

    lib = Library.open(tmp_path / "library.sqlite")
    yield lib
    lib.close()


@pytest.fixture
def catalog():
    from praatplaat_app.indicators import default_catalog

    return default_catalog()


@pytest.fixture
def ops(library, catalog):
    from praatplaat_app.operations import Operations

    return Operations(library, catalog)


@pytest.fixture
def qops(ops):
    """The operations, as the questionnaire tests call them (Operations has them all)."""
    return ops


@pytest.fixture
def demo_library(library, catalog):
    from praatplaat_app.demo import install_demo

    install_demo(library, catalog)
    return library


@pytest.fixture(autouse=True)
def dutch_after_each_test():
    """Tests that switch the app to English must not leave the next test in English."""
    yield
    from praatplaat_app.labels import use_for_display
    from praatplaat_app.messages import set_language

    set_language("nl")
    use_for_display("nl")
