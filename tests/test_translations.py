"""The English translation (Qt's translation system, resources/translations/).

- the committed .ts is up to date with the sources: a string wrapped in ``tr()`` that is
  not in the .ts (so not translated) fails here;
- every message in the .ts has a finished, non-empty translation;
- the compiled .qm loads and turns the main window English.

Update with ``python scripts/translations.py`` after changing UI strings.
"""

from __future__ import annotations

import importlib.util
import re
import shutil
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale

from praatplaat_app import paths
from praatplaat_app.ui import i18n

ROOT = Path(__file__).resolve().parent.parent


def _script():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location(
        "praatplaat_translations_script", ROOT / "scripts" / "translations.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


script = _script()


def _keys(ts_file: Path) -> set[tuple[str, str, str]]:
    return {
        (context, source, message.findtext("comment", ""))
        for context, source, message in script.messages(ts_file)
    }


def test_ts_file_is_committed() -> None:
    assert script.TS_FILE == paths.resources_dir() / "translations" / "praatplaat_en.ts"
    assert script.TS_FILE.is_file()
    assert script.QM_FILE.is_file()


def test_ts_is_up_to_date_with_the_sources(tmp_path: Path) -> None:
    fresh = tmp_path / "praatplaat_en.ts"
    shutil.copy(script.TS_FILE, fresh)
    script.run_lupdate(fresh)
    committed = _keys(script.TS_FILE)
    current = _keys(fresh)
    new = sorted(current - committed)
    gone = sorted(committed - current)
    assert not new, f"Niet in praatplaat_en.ts (draai scripts/translations.py): {new[:20]}"
    assert not gone, f"Verouderd in praatplaat_en.ts (draai scripts/translations.py): {gone[:20]}"
    assert current, "lupdate vond geen enkele tekst"


def test_every_message_is_translated() -> None:
    assert script.problems() == []


def test_translations_keep_the_placeholders() -> None:
    """``"{name}"`` in the source must be in the translation too (``str.format`` would fail)."""
    wrong = []
    for context, source, message in script.messages(script.TS_FILE):
        translation = message.findtext("translation", "")
        if set(re.findall(r"\{\w*\}", source)) != set(re.findall(r"\{\w*\}", translation)):
            wrong.append((context, source, translation))
    assert wrong == []


def test_ts_languages() -> None:
    text = script.TS_FILE.read_text(encoding="utf-8")
    assert 'language="en_GB"' in text
    assert 'sourcelanguage="nl_NL"' in text


@pytest.fixture
def english(qapp):  # type: ignore[no-untyped-def]
    from praatplaat_app.labels import use_for_display
    from praatplaat_app.messages import set_language

    translators = i18n.install_translators(qapp, "en")
    set_language("en")  # as the app does at start-up (conftest resets it)
    use_for_display("en")
    yield translators
    for translator in translators:
        qapp.removeTranslator(translator)
    QLocale.setDefault(QLocale("nl_NL"))


def test_qm_loads() -> None:
    translator = i18n.load_app_translator("en")
    assert translator is not None
    assert not translator.isEmpty()
    assert i18n.load_app_translator("nl") is None


def test_main_window_in_english(english, qtbot, library, catalog, ops) -> None:  # type: ignore[no-untyped-def]
    from praatplaat_app.ui.main_window import MainWindow

    assert QLocale().name() == "en_GB"
    assert QCoreApplication.translate("Menus", "&Bestand") == "&File"
    window = MainWindow(library, catalog, ops)
    qtbot.addWidget(window)
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles[:4] == ["&File", "&Edit", "&View", "&Help"]
    assert window.menus.quit_action.text() == "&Quit"
    assert "Bestand" not in " ".join(titles)
    window.shutdown()


def test_dialogs_in_english(english, qtbot, library, catalog, ops) -> None:  # type: ignore[no-untyped-def]
    """A few screens build without errors in English (e.g. a translation's placeholders)."""
    from praatplaat_app.ui.about_dialog import AboutDialog
    from praatplaat_app.ui.backups_dialog import BackupsDialog
    from praatplaat_app.ui.conversation.new_conversation_dialog import NewConversationDialog
    from praatplaat_app.ui.settings_dialog import SettingsDialog

    settings = SettingsDialog(current_library=library.path)
    qtbot.addWidget(settings)
    assert settings.windowTitle() == "Settings"
    about = AboutDialog(library.path, None)
    qtbot.addWidget(about)
    assert about.windowTitle() == "About Praatplaat"
    backups = BackupsDialog(library.path, current=(1, 2))
    qtbot.addWidget(backups)
    assert "Now in your library: 1 route, 2 conversations." in backups.current_label.text()
    new = NewConversationDialog(library, catalog, ops)
    qtbot.addWidget(new)
    assert new.windowTitle() == "New conversation"
    assert new.date.displayFormat() == "dd/MM/yyyy"  # as English summaries write dates


def test_dutch_is_the_default(qapp, qtbot, library, catalog, ops) -> None:  # type: ignore[no-untyped-def]
    from praatplaat_app.ui.main_window import MainWindow
    from praatplaat_app.ui.settings import Settings

    assert Settings().language == "nl"
    translators = i18n.install_translators(qapp, "nl")
    try:
        assert QLocale().name() == "nl_NL"
        window = MainWindow(library, catalog, ops)
        qtbot.addWidget(window)
        titles = [a.text() for a in window.menuBar().actions()]
        assert titles[:4] == ["&Bestand", "Be&werken", "Bee&ld", "&Help"]
        window.shutdown()
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)


def test_english_setting_loads_the_english_method_content():
    from praatplaat_app.ui.app import _load_catalog
    from praatplaat_app.ui.settings import Settings

    assert _load_catalog().indicator("eigen-route").title == "Eigen route student"
    Settings().language = "en"
    assert _load_catalog().indicator("eigen-route").title == "Student's own route"


def test_domain_labels_follow_the_display_language():
    from praatplaat_app.domain import ROLE_LABELS, SESSION_KIND_LABELS
    from praatplaat_app.labels import labels, use_for_display

    try:
        use_for_display("en")
        assert SESSION_KIND_LABELS["staff"] == labels("en").kinds["staff"] != "Docenten en werkbegeleiders"
        assert ROLE_LABELS["supervisor"] == labels("en").roles["supervisor"]
        # Printouts ask for their own language and stay Dutch by default.
        assert labels("nl").roles["supervisor"] == "Werkbegeleider"
    finally:
        use_for_display("nl")
    assert SESSION_KIND_LABELS["staff"] == "Docenten en werkbegeleiders"


def test_dates_in_english_screens_are_written_the_english_way(english, qtbot, library, catalog, ops) -> None:  # type: ignore[no-untyped-def]
    import datetime as dt

    from praatplaat_app.ui.main_window import MainWindow

    route = ops.create_route("Zorgroute Één")
    ops.create_session(route.id, kind="students", date=dt.date(2025, 3, 14))
    window = MainWindow(library, catalog, ops)
    qtbot.addWidget(window)
    model = window.library_view.model
    route_index = model.index(0, 0)
    texts = [model.index(row, 0, route_index).data() for row in range(model.rowCount(route_index))]
    assert any("14/03/2025" in (text or "") for text in texts), texts
    assert not any("14-03-2025" in (text or "") for text in texts)
    window.shutdown()


def test_note_fields_in_english_say_what_to_type(english, qtbot, ops) -> None:  # type: ignore[no-untyped-def]
    from praatplaat_app.ui.conversation.indicator_page import NoteColumn

    column = NoteColumn("goes_well", ops, None, None)
    qtbot.addWidget(column)
    placeholder = column.editor.placeholderText()
    assert placeholder.startswith("What is already going well"), placeholder


def test_chosen_indicators_are_listed_in_the_app_language(qtbot, english) -> None:  # type: ignore[no-untyped-def]
    from praatplaat_app.indicators.catalog import load_catalog
    from praatplaat_app.ui.conversation.workspace import PosterPage

    catalog = load_catalog(None, "en")[0]
    page = PosterPage(catalog)
    qtbot.addWidget(page)
    first, second = catalog.indicators[0], catalog.indicators[1]
    page.set_chosen([first.id, second.id])
    assert page.summary.text() == f"Chosen: {first.title} and {second.title}."


# Words that mark a text as Dutch; a text a user reads in the screens must go through Qt's
# translation (self.tr, QCoreApplication.translate, QT_TRANSLATE_NOOP), never stand as is.
_DUTCH_WORDS = re.compile(
    r"\b(de|het|een|van|en|niet|geen|voor|met|naar|uit|wordt|kan|nog|deze|dit|wie|wanneer|"
    r"gesprek\w*|actie\w*|bestand\w*|map|datum|naam|gemaakt)\b",
    re.IGNORECASE,
)
# Calls whose string arguments no user reads as a sentence (or that translate them).
_NOT_SHOWN = {
    "tr", "translate", "QT_TRANSLATE_NOOP", "QT_TR_NOOP", "setObjectName", "getLogger",
    "debug", "info", "warning", "error", "exception", "compile", "split", "sub", "match",
    "fullmatch", "search", "setStyleSheet", "setProperty", "property",
}


def test_no_dutch_text_in_the_screens_outside_qt_translation() -> None:
    import ast

    offenders = []
    for path in sorted((ROOT / "praatplaat_app" / "ui").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        parents = {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}
        for node in ast.walk(tree):
            if isinstance(node, ast.JoinedStr):
                text = "".join(
                    v.value
                    for v in node.values
                    if isinstance(v, ast.Constant) and isinstance(v.value, str)
                )
            elif isinstance(node, ast.Constant) and isinstance(node.value, str):
                if isinstance(parents.get(node), (ast.Expr, ast.JoinedStr)):
                    continue  # a docstring, or part of an f-string (checked as a whole)
                text = node.value
            else:
                continue
            if len(text.split()) < 2 or not _DUTCH_WORDS.search(text):
                continue
            up = parents.get(node)
            while up is not None and not isinstance(up, (ast.FunctionDef, ast.ClassDef)):
                if isinstance(up, ast.Call):
                    func = up.func
                    name = func.id if isinstance(func, ast.Name) else getattr(func, "attr", "")
                    if name in _NOT_SHOWN:
                        break
                up = parents.get(up)
            else:
                offenders.append(f"{path.relative_to(ROOT)}:{node.lineno}: {text[:70]!r}")
    assert not offenders, "Dutch text that Qt does not translate:\n" + "\n".join(offenders)
