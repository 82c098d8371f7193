"""Save the README's screenshot: the main window on a fresh demo library, offscreen.

    .venv/bin/python scripts/screenshot.py [--output docs/screenshot-main-window.png]
    .venv/bin/python scripts/screenshot.py --language en --output docs/screenshot-main-window-en.png

Runs without a display (Qt's offscreen platform) and never touches the user's own data:
the library, settings and logs live in a temporary folder that is removed afterwards.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_OUTPUT = ROOT / "docs" / "screenshot-main-window.png"
WIDTH, HEIGHT = 1280, 800


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--output", type=Path, default=DEFAULT_OUTPUT)
    parser.add_argument("--language", choices=("nl", "en"), default="nl")
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="praatplaat-screenshot-") as tmp:
        data = Path(tmp)
        # Before anything imports Qt or reads a setting.
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        os.environ["PRAATPLAAT_DATA_DIR"] = str(data)
        os.environ["XDG_CONFIG_HOME"] = str(data / "config")
        os.environ["XDG_DATA_HOME"] = str(data / "data")
        os.environ["XDG_RUNTIME_DIR"] = str(data / "runtime")
        (data / "runtime").mkdir(mode=0o700)
        return _shoot(data, args.output.resolve(), args.language)


def _shoot(data: Path, output: Path, language: str = "nl") -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from praatplaat_app import APP_NAME
    from praatplaat_app.demo import install_demo
    from praatplaat_app.indicators import default_catalog, load_catalog
    from praatplaat_app.operations import Operations
    from praatplaat_app.store import Library
    from praatplaat_app.ui.main_window import MainWindow

    app = QApplication(sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setStyle("Fusion")  # as the app does: the same look on every platform
    # The language as the app sets it at start-up (ui/app.py): Qt's, the core's, the labels.
    from praatplaat_app.ui.app import use_language
    from praatplaat_app.ui.i18n import install_translators

    install_translators(app, language)
    use_language(language)

    library = Library.open(data / "bibliotheek.praatplaat.sqlite")
    try:
        install_demo(library, default_catalog())
        catalog = load_catalog(None, language)[0]
        ops = Operations(library, catalog)
        window = MainWindow(library, catalog, ops)
        from praatplaat_app.ui.features import install_features

        install_features(window, library, catalog, ops)
        window.resize(WIDTH, HEIGHT)
        window.show()
        # Show a conversation's summary rather than an empty right-hand side.
        newest = library.list_sessions(limit=1)
        if newest:
            window.library_view.select("session", newest[0].id)
        # Let timers (the debounced summary refresh, lazy loading) and layouts run.
        QTimer.singleShot(600, app.quit)
        app.exec()

        image = window.grab()
        if (image.width(), image.height()) != (WIDTH, HEIGHT):
            image = image.scaled(WIDTH, HEIGHT)
        output.parent.mkdir(parents=True, exist_ok=True)
        if not image.save(str(output), "PNG"):
            print(f"screenshot: could not write {output}", file=sys.stderr)
            return 1
        window.close()
        app.processEvents()
    finally:
        library.close()
    print(output)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
