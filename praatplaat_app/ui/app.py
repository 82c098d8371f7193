"""Start the app: QApplication, error handling, library, catalog, main window.

Nothing heavy is imported on this path (no PDF rendering, no export code):
those modules are imported when their menu item is first used.
"""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from praatplaat_app import APP_NAME, ORG_NAME, __version__, paths
from praatplaat_app.errors import LibraryError, LibraryInUseError, PraatplaatError
from praatplaat_app.logging_setup import configure_logging
from praatplaat_app.ui.features import install_features, place_layout
from praatplaat_app.ui.first_frame import call_after_first_frame

EXIT_OK = 0
EXIT_ERROR = 1

log = logging.getLogger("praatplaat.ui")

Icon = QMessageBox.Icon
Button = QMessageBox.StandardButton
_BUTTON_TEXTS = {
    Button.Ok: "OK",
    Button.Yes: QT_TRANSLATE_NOOP("App", "Ja"),
    Button.No: QT_TRANSLATE_NOOP("App", "Nee"),
}


# ------------------------------------------------------------------ messages


def show_message(
    icon: QMessageBox.Icon,
    title: str,
    text: str,
    informative: str = "",
    *,
    parent: QWidget | None = None,
    buttons: QMessageBox.StandardButton = Button.Ok,
    default: QMessageBox.StandardButton = Button.Ok,
) -> QMessageBox.StandardButton:
    """A message box with Dutch buttons; returns the button that was pressed."""
    box = QMessageBox(icon, title, text, buttons, parent)
    box.setInformativeText(informative)
    box.setDefaultButton(default)
    box.setAccessibleName(title)
    for standard, label in _BUTTON_TEXTS.items():
        button = box.button(standard)
        if button is not None:
            label = QCoreApplication.translate("App", label)
            button.setText(label)
            button.setAccessibleName(label)
    result = box.exec()
    try:
        return Button(result)
    except ValueError:
        return Button.NoButton


# ----------------------------------------------------------- exception hook

_showing_error = False
# Set while ``--startup-probe`` runs: nobody is there to close a message box, so an
# unexpected error ends the app (exit code 1) instead of waiting for a click.
_probe_mode = False


def handle_exception(
    exc_type: type[BaseException],
    exc: BaseException,
    tb: TracebackType | None,
) -> None:
    """Log an unexpected error and show a short apology (never a traceback)."""
    global _showing_error
    if issubclass(exc_type, KeyboardInterrupt):
        app = QApplication.instance()
        if app is not None:
            app.quit()
        return
    log_path = configure_logging()
    if isinstance(exc, PraatplaatError):
        # An expected problem that a screen forgot to catch: its message says what to do.
        log.warning("Niet afgevangen melding: %s", exc.message, exc_info=(exc_type, exc, tb))
        title, icon = QCoreApplication.translate("App", "Let op"), Icon.Warning
        text, informative = exc.message, ""
    else:
        log.error("Onverwachte fout", exc_info=(exc_type, exc, tb))
        title, icon = QCoreApplication.translate("App", "Er ging iets mis"), Icon.Critical
        text = QCoreApplication.translate(
            "App", "Sorry, er ging onverwacht iets mis in Praatplaat."
        )
        informative = QCoreApplication.translate(
            "App",
            "Wat u tot nu toe hebt ingevoerd, is bewaard. Probeer het nog eens. Gebeurt het "
            "vaker, stuur dan het logbestand naar wie Praatplaat bij u beheert.\n\n"
            "Logbestand: {path}",
        ).format(path=log_path)
    app = QApplication.instance()
    if app is None or _showing_error or _probe_mode:
        print(f"praatplaat: {text} Details: {log_path}", file=sys.stderr, flush=True)
        if app is not None and _probe_mode:
            app.exit(EXIT_ERROR)
        return
    _showing_error = True
    try:
        show_message(icon, title, text, informative, parent=QApplication.activeWindow())
    except Exception:  # the message itself failed: the log has the details
        log.exception("De foutmelding kon niet worden getoond")
    finally:
        _showing_error = False


# Set while ``--startup-probe`` runs: nobody is there to close a message box, so an
# unexpected error ends the app (exit code 1) instead of waiting for a click.
_probe_mode = False


def install_exception_hook() -> None:
    sys.excepthook = handle_exception


# ----------------------------------------------------------------- start-up


def _application() -> QApplication:
    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setOrganizationName(ORG_NAME)
    app.setApplicationName(APP_NAME)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    from praatplaat_app.ui import theme
    from praatplaat_app.ui.i18n import install_translators
    from praatplaat_app.ui.settings import Settings

    language = Settings().language
    install_translators(app, language)
    use_language(language)
    theme.apply(app)  # light also on a dark system: see ui/theme.py
    return app


def _open_library(path: Path | None):  # type: ignore[no-untyped-def]
    from praatplaat_app.store import Library

    try:
        return Library.open(path)
    except LibraryError as exc:
        log.warning("Bibliotheek niet geopend: %s", exc.message)
        if isinstance(exc, LibraryInUseError):
            advice = QCoreApplication.translate(
                "App", "Sluit het andere Praatplaat-venster en start Praatplaat daarna opnieuw."
            )
        else:
            advice = QCoreApplication.translate(
                "App", "Praatplaat wordt nu gesloten. Er is niets gewijzigd of overschreven."
            )
        show_message(
            Icon.Critical,
            QCoreApplication.translate("App", "Bibliotheek kan niet worden geopend"),
            exc.message,
            advice,
        )
        return None


def _warn_if_synced(path: Path) -> None:
    if not paths.looks_synced_or_remote(path):
        return
    show_message(
        Icon.Warning,
        QCoreApplication.translate("App", "Bibliotheek in een gedeelde map"),
        QCoreApplication.translate(
            "App",
            "De bibliotheek staat in een map die wordt gesynchroniseerd of op het netwerk staat:\n"
            "{path}",
        ).format(path=path),
        QCoreApplication.translate(
            "App",
            "Programma's als OneDrive, Dropbox en Teams kopiëren bestanden terwijl Praatplaat ze "
            "nog aan het schrijven is. Zo kan de bibliotheek beschadigd raken en werk verloren gaan. "
            "Bewaar de bibliotheek liever in een map op deze computer. Gesprekken delen met "
            "collega's gaat veilig via .praatplaat-bestanden.\n\nPraatplaat start nu wel.",
        ),
    )


def _load_catalog():  # type: ignore[no-untyped-def]
    from praatplaat_app.indicators.catalog import CatalogError, load_catalog
    from praatplaat_app.ui.settings import Settings

    # The method content in the app's language (the catalog ships in Dutch and English).
    language = Settings().language if Settings().language in ("nl", "en") else "nl"
    try:
        catalog, warnings = load_catalog(paths.user_catalog_dir(), language=language)
    except CatalogError as exc:
        log.error("Catalogus niet geladen: %s", exc)
        show_message(
            Icon.Critical,
            QCoreApplication.translate("App", "De gespreksinhoud kan niet worden geladen"),
            str(exc),
            QCoreApplication.translate(
                "App",
                "Praatplaat wordt nu gesloten. Installeer Praatplaat opnieuw; uw bibliotheek "
                "blijft bewaard.",
            ),
        )
        return None
    if warnings:
        for warning in warnings:
            log.warning("Catalogus: %s", warning)
        show_message(
            Icon.Warning,
            QCoreApplication.translate("App", "Aangepaste gespreksinhoud niet gebruikt"),
            "\n\n".join(warnings),
        )
    return catalog


def _offer_demo(library, catalog, settings) -> None:  # type: ignore[no-untyped-def]
    if not library.is_empty():
        return
    key = str(library.path)
    if key in settings.demo_declined_libraries:
        return
    answer = show_message(
        Icon.Question,
        QCoreApplication.translate("App", "Voorbeeldgegevens"),
        QCoreApplication.translate(
            "App",
            "Wilt u de bibliotheek vullen met voorbeeldgegevens (zes routes uit het rapport)?",
        ),
        QCoreApplication.translate(
            "App", "Zo ziet u meteen hoe routes, gesprekken en actieplannen eruitzien."
        ),
        buttons=Button.Yes | Button.No,
        default=Button.Yes,
    )
    if answer != Button.Yes:
        settings.demo_declined_libraries = [*settings.demo_declined_libraries, key]
        return
    from praatplaat_app.demo import install_demo

    try:
        install_demo(library, catalog)
    except PraatplaatError as exc:
        log.warning("Voorbeeldgegevens niet geplaatst: %s", exc.message)
        show_message(
            Icon.Warning,
            QCoreApplication.translate("App", "Voorbeeldgegevens niet geplaatst"),
            exc.message,
        )


def _probe(window: QWidget, app: QApplication) -> None:
    """For the start-up benchmark: all start-up work is done; report and quit."""
    print("STARTUP-READY", flush=True)
    window.close()
    app.quit()


def _finish_start_up(window, library, catalog, ops, probe: bool) -> None:  # type: ignore[no-untyped-def]
    """What can wait until the window is on screen: the feature screens and their docks."""
    if probe:
        print("STARTUP-SHOWN", flush=True)  # the first frame is painted
    install_features(window, library, catalog, ops)
    window.restore_state()  # the docks exist now
    if probe:
        # After the work the features queued (a file from the command line is imported).
        QTimer.singleShot(0, lambda: _probe(window, QApplication.instance()))


def run_gui(args: argparse.Namespace) -> int:
    """Run the app until its window closes; the exit code for the process."""
    global _probe_mode
    app = _application()
    configure_logging()
    previous_hook = sys.excepthook
    install_exception_hook()
    _probe_mode = bool(getattr(args, "startup_probe", False))
    try:
        return _run(app, args)
    finally:
        _probe_mode = False
        sys.excepthook = previous_hook
        _settle(app)


def _settle(app: QApplication) -> None:
    """Leave Qt ready for another event loop (the tests run several apps in one process).

    Closing the last window posts a Quit event that arrives after ``exec()`` returned;
    left alone it makes every later nested loop return at once. Deliver it, then enter
    and leave the loop once, which clears the flag.
    """
    app.processEvents()
    QTimer.singleShot(0, app.quit)
    app.exec()


def use_language(language: str) -> None:
    """The core's sentences, dates and labels (kinds, roles, statuses) in the app's language."""
    from praatplaat_app.labels import LANGUAGES, use_for_display
    from praatplaat_app.messages import set_language

    language = language if language in LANGUAGES else "nl"
    set_language(language)
    use_for_display(language)


def _library_path(args: argparse.Namespace) -> Path | None:
    """``--library`` first, then the location chosen in the settings, else the default."""
    if getattr(args, "library", None) is not None:
        return args.library
    from praatplaat_app.ui.settings import Settings

    chosen = Settings().library_path
    return Path(chosen) if chosen else None


def _run(app: QApplication, args: argparse.Namespace) -> int:
    while True:
        window_code = _run_window(app, args)
        if window_code is None:  # a backup was restored: open the library afresh
            args.file = None
            continue
        return window_code


def _run_window(app: QApplication, args: argparse.Namespace) -> int | None:
    path = _library_path(args)
    library = _open_library(path)
    if library is None:
        return EXIT_ERROR
    try:
        from praatplaat_app.operations import Operations
        from praatplaat_app.ui.main_window import MainWindow
        from praatplaat_app.ui.settings import Settings

        settings = Settings()
        settings.last_library_path = str(library.path)
        _warn_if_synced(library.path)
        catalog = _load_catalog()
        if catalog is None:
            return EXIT_ERROR
        ops = Operations(library, catalog)
        if not getattr(args, "no_demo_prompt", False):
            _offer_demo(library, catalog, settings)
        probe = bool(getattr(args, "startup_probe", False))
        window = MainWindow(library, catalog, ops)
        window.startup_probe = probe
        window.pending_import_path = getattr(args, "file", None)
        place_layout(window)
        window.show()
        call_after_first_frame(
            window, lambda: _finish_start_up(window, library, catalog, ops, probe)
        )
        code = app.exec()
        if window.isVisible():  # the loop ended without the window closing (probe, error)
            window.close()
        if getattr(window, "restart_requested", False):
            return None
        return code
    finally:
        library.close()
