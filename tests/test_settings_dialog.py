"""The typed settings of the settings dialog, and the dialog itself (offscreen).

Every dialog's and message box's ``exec`` is patched; non-ASCII text is set through the
widget API, never with ``qtbot.keyClicks``.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

from praatplaat_app import paths
from praatplaat_app.store import Library
from praatplaat_app.ui.settings import Setting, Settings
from praatplaat_app.ui.settings_dialog import (
    AUTOMATIC_SCREEN,
    SYNCED_EXPLANATION,
    SettingsDialog,
    projector_screen,
    screen_key,
)


class Boxes:
    def __init__(self) -> None:
        self.seen: list[dict[str, str]] = []
        self.answer = QMessageBox.StandardButton.Yes

    def titles(self) -> list[str]:
        return [b["title"] for b in self.seen]


@pytest.fixture(autouse=True)
def boxes(monkeypatch) -> Boxes:
    record = Boxes()

    def message_exec(box: QMessageBox) -> int:
        record.seen.append(
            {"title": box.windowTitle(), "text": box.text(), "informative": box.informativeText()}
        )
        return int(record.answer.value)

    monkeypatch.setattr(QMessageBox, "exec", message_exec)
    monkeypatch.setattr(QDialog, "exec", lambda self: int(QDialog.DialogCode.Rejected.value))
    return record


@pytest.fixture
def dialog(qtbot):
    dlg = SettingsDialog(Settings(), current_library=Path("/tmp/nu-open.sqlite"))
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    return dlg


# ---------------------------------------------------------------- settings


def test_new_settings_have_typed_defaults():
    s = Settings()
    assert s.language == "nl"
    assert s.default_facilitator == ""
    assert s.library_path == ""
    assert s.daily_backup is True
    assert s.backups_kept == 10
    assert s.projector_screen == AUTOMATIC_SCREEN


def test_settings_come_back_with_their_types_from_the_ini_file():
    s = Settings()
    s.daily_backup = False
    s.backups_kept = 3
    s.default_facilitator = "Zoë de Vries"
    s.sync()
    again = Settings(QSettings(QSettings.defaultFormat(), QSettings.Scope.UserScope,
                               s.qsettings.organizationName(), s.qsettings.applicationName()))
    assert again.daily_backup is False
    assert again.backups_kept == 3 and isinstance(again.backups_kept, int)
    assert again.default_facilitator == "Zoë de Vries"


def test_a_damaged_number_falls_back_to_the_default():
    s = Settings()
    s.qsettings.setValue(Settings.backups_kept.key, "veel")
    assert s.backups_kept == 10


# ------------------------------------------------------------------ dialog


def test_dialog_shows_the_stored_values(qtbot):
    s = Settings()
    s.language = "en"
    s.default_facilitator = "Anouk Smit"
    s.daily_backup = False
    s.backups_kept = 4
    dlg = SettingsDialog(s)
    qtbot.addWidget(dlg)
    assert dlg.language_combo.currentText() == "English"
    assert dlg.facilitator_edit.text() == "Anouk Smit"
    assert not dlg.daily_check.isChecked()
    assert dlg.keep_spin.value() == 4 and not dlg.keep_spin.isEnabled()
    assert dlg.screen_combo.currentData() == AUTOMATIC_SCREEN


def test_saving_stores_every_value(dialog):
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("en"))
    dialog.facilitator_edit.setText("  Zoë Jansen  ")
    dialog.daily_check.setChecked(False)
    dialog.daily_check.setChecked(True)
    dialog.keep_spin.setValue(25)
    screen = screen_key(QGuiApplication.screens()[0], 0)
    dialog.screen_combo.setCurrentIndex(dialog.screen_combo.findData(screen))
    dialog.save_button.click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    s = Settings()
    assert s.language == "en"
    assert s.default_facilitator == "Zoë Jansen"
    assert s.daily_backup is True and s.backups_kept == 25
    assert s.projector_screen == screen
    assert dialog.restart_needed  # the language changed


def test_cancel_changes_nothing(dialog):
    dialog.facilitator_edit.setText("Iemand anders")
    dialog.keep_spin.setValue(99)
    dialog.cancel_button.click()
    assert Settings().default_facilitator == ""
    assert Settings().backups_kept == 10


def test_only_language_and_library_need_a_restart(dialog):
    dialog.facilitator_edit.setText("Anouk")
    dialog.keep_spin.setValue(3)
    dialog.accept()
    assert not dialog.restart_needed


def test_the_dialog_says_what_takes_effect_after_a_restart(dialog):
    from PySide6.QtWidgets import QLabel

    texts = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert "Wordt actief na herstarten." in texts
    assert "Nu geopend: /tmp/nu-open.sqlite" in texts
    assert str(paths.backups_dir()) in texts


def test_daily_backup_off_disables_the_number(dialog):
    dialog.daily_check.setChecked(False)
    assert not dialog.keep_spin.isEnabled()
    dialog.daily_check.setChecked(True)
    assert dialog.keep_spin.isEnabled()


# ----------------------------------------------------------------- library


def test_choosing_a_new_library_file(dialog, tmp_path, monkeypatch):
    target = tmp_path / "mijn-bibliotheek"
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), ""))
    )
    dialog.library_choose.click()
    dialog.accept()
    assert Settings().library_path == str(target.with_suffix(".sqlite"))
    assert dialog.restart_needed


def test_choosing_an_existing_library_is_fine(dialog, tmp_path, boxes):
    path = tmp_path / "bestaand.sqlite"
    Library.open(path).close()
    assert dialog.set_library_path(str(path))
    dialog.accept()
    assert Settings().library_path == str(path)
    assert boxes.seen == []


def test_the_default_library_is_stored_as_empty(dialog):
    dialog.library_edit.setText(str(paths.default_library_path()))
    dialog.accept()
    assert Settings().library_path == ""
    dialog.library_default.click()
    assert dialog.library_edit.text() == ""


@pytest.mark.parametrize("answer", ["Yes", "No"])
def test_a_synced_folder_is_explained_and_needs_a_yes(dialog, tmp_path, boxes, answer):
    boxes.answer = getattr(QMessageBox.StandardButton, answer)
    synced = tmp_path / "OneDrive - ROC Noord" / "bibliotheek.sqlite"
    taken = dialog.set_library_path(str(synced))
    assert boxes.seen[-1]["title"] == "Bibliotheek in een gedeelde map?"
    assert SYNCED_EXPLANATION in boxes.seen[-1]["informative"]
    assert taken is (answer == "Yes")
    if taken:
        assert dialog.synced_warning.isVisible()
        dialog.accept()  # asked once, not again when saving
        assert len(boxes.seen) == 1
        assert Settings().library_path == str(synced)
    else:
        assert dialog.library_edit.text() == ""
        assert not dialog.synced_warning.isVisible()


def test_a_file_that_is_no_library_is_refused(dialog, tmp_path, boxes):
    other = tmp_path / "rapport.sqlite"
    other.write_bytes(b"geen database" * 50)
    assert not dialog.set_library_path(str(other))
    assert boxes.titles() == ["Geen Praatplaat-bibliotheek"]
    dialog.library_edit.setText(str(other))
    dialog.accept()  # refused again: the dialog stays open, nothing stored
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert Settings().library_path == ""


def test_a_folder_is_refused(dialog, tmp_path, boxes):
    dialog.library_edit.setText(str(tmp_path))
    dialog.accept()
    assert boxes.titles() == ["Geen bestand"]
    assert Settings().library_path == ""


# ------------------------------------------------------------ shared folder


def test_shared_folder_is_shown_when_the_setting_exists(qtbot, tmp_path, monkeypatch):
    if not isinstance(getattr(Settings, "shared_folder", None), Setting):
        monkeypatch.setattr(Settings, "shared_folder", Setting("sharing/shared_folder", "", str),
                            raising=False)
    dlg = SettingsDialog(Settings())
    qtbot.addWidget(dlg)
    assert dlg.shared_edit is not None
    monkeypatch.setattr(
        QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: str(tmp_path))
    )
    dlg.shared_choose.click()
    dlg.accept()
    assert Settings().read(Settings.shared_folder) == str(tmp_path)


def test_no_shared_folder_group_without_the_setting(qtbot, monkeypatch):
    monkeypatch.delattr(Settings, "shared_folder", raising=False)
    dlg = SettingsDialog(Settings())
    qtbot.addWidget(dlg)
    assert dlg.shared_edit is None
    dlg.accept()


# ---------------------------------------------------------------- projector


def test_projector_screen_choices_and_lookup(qtbot):
    screens = QGuiApplication.screens()
    s = Settings()
    assert projector_screen(s) is None
    s.projector_screen = screen_key(screens[0], 0)
    assert projector_screen(s) is screens[0]
    s.projector_screen = "Beamer zaal 3"
    assert projector_screen(s) is None  # not connected now: automatic
    dlg = SettingsDialog(s)
    qtbot.addWidget(dlg)
    assert dlg.screen_combo.currentText() == "Beamer zaal 3 (nu niet aangesloten)"
    assert dlg.screen_combo.count() == len(screens) + 2
    dlg.accept()
    assert Settings().projector_screen == "Beamer zaal 3"


# --------------------------------------------------------------- the menu


@pytest.fixture
def window(qtbot, library, catalog, ops, monkeypatch):
    from praatplaat_app.ui import release
    from praatplaat_app.ui.main_window import MainWindow

    monkeypatch.setattr(release, "START_DELAY_MS", 10_000_000)
    win = MainWindow(library, catalog, ops)
    ui = release.install_release_ui(win, library, catalog, ops)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win, ui
    win.close()


def test_settings_menu_item_with_ctrl_comma(window, monkeypatch):
    win, ui = window
    assert ui.settings_action in win.menus.edit_menu.actions()
    assert QKeySequence("Ctrl+,") in ui.settings_action.shortcuts()
    assert ui.settings_action.text() == "&Instellingen…"
    opened: list[SettingsDialog] = []

    def fake_exec(dlg: SettingsDialog) -> int:
        opened.append(dlg)
        dlg.facilitator_edit.setText("Via het menu")
        dlg.accept()
        return int(QDialog.DialogCode.Accepted.value)

    monkeypatch.setattr(SettingsDialog, "exec", fake_exec)
    ui.settings_action.trigger()
    assert opened and opened[0].current_library == win.library.path
    assert Settings().default_facilitator == "Via het menu"
    assert "bewaard" in win.statusBar().currentMessage()
