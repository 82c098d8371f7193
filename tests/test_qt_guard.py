"""The app survives PySide6 6.12.0's None reference leak on Python 3.11."""

from __future__ import annotations

import subprocess
import sys

from praatplaat_app.ui.qt_guard import affected


def test_affected_versions():
    assert affected("6.12.0", (3, 11))
    assert not affected("6.12.0", (3, 12))
    assert not affected("6.11.3", (3, 11))


def test_many_qt_calls_do_not_abort_the_app():
    code = (
        "import os; os.environ['QT_QPA_PLATFORM'] = 'offscreen'\n"
        "import praatplaat_app.ui\n"
        "from PySide6.QtWidgets import QApplication, QLabel\n"
        "app = QApplication([])\n"
        "label = QLabel()\n"
        "from PySide6.QtCore import QObject, Signal\n"
        "class Probe(QObject):\n"
        "    ping = Signal()\n"
        "probe = Probe()\n"
        "for i in range(50_000):\n"
        "    label.setText('één')\n"
        "    probe.ping.emit()\n"
        "print('survived')\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            timeout=120)
    assert result.returncode == 0, result.stderr[-500:]
    assert "survived" in result.stdout
