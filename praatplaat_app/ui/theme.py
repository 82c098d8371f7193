"""The app's colours: one light palette, also when the system is set to dark.

The screens use fixed colours for errors, hints, the poster's indicator colours and
the kiosk, all chosen for a light background, and the projector view must look the
same on every laptop. So the app keeps Fusion's light palette everywhere instead of
following a dark system theme, with a darker selection colour than Fusion's
(#308CC6 under white text is 3.7:1; #236AA3 is 5.7:1).
"""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

SELECTION = "#236AA3"


def app_palette() -> QPalette:
    style = QStyleFactory.create("Fusion")
    palette = style.standardPalette()
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        palette.setColor(group, QPalette.ColorRole.Highlight, QColor(SELECTION))
        palette.setColor(group, QPalette.ColorRole.HighlightedText, QColor("#FFFFFF"))
    return palette


def apply(app: QApplication) -> None:
    app.setStyle("Fusion")
    app.setPalette(app_palette())
