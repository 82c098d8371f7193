"""Typed access to the app's QSettings, with defaults in one place.

Add a setting by adding one class attribute to :class:`Settings`::

    show_tips = Setting("guide/show_tips", True, bool)

and read or write it as ``Settings().show_tips``. Keys are grouped with a
``group/name`` prefix so the settings file stays readable.
"""

from __future__ import annotations

from typing import Any, Generic, TypeVar, overload

from PySide6.QtCore import QByteArray, QSettings

from praatplaat_app import APP_NAME, ORG_NAME

T = TypeVar("T")


class Setting(Generic[T]):
    """One stored value: its key, its default and its Python type."""

    def __init__(self, key: str, default: T, kind: type) -> None:
        self.key = key
        self.default = default
        self.kind = kind

    @overload
    def __get__(self, obj: None, objtype: type | None = None) -> Setting[T]: ...
    @overload
    def __get__(self, obj: Settings, objtype: type | None = None) -> T: ...
    def __get__(self, obj: Settings | None, objtype: type | None = None) -> Any:
        if obj is None:
            return self
        return obj.read(self)

    def __set__(self, obj: Settings, value: T) -> None:
        obj.write(self, value)


class Settings:
    """The app's settings. Cheap to create; every read goes to QSettings."""

    # Main window
    window_geometry = Setting("window/geometry", QByteArray(), QByteArray)
    window_state = Setting("window/state", QByteArray(), QByteArray)
    # The splitter between the library tree and the summary
    library_splitter = Setting("library/splitter", QByteArray(), QByteArray)
    # The library file opened last (informative; the default library is used unless
    # ``--library`` says otherwise)
    last_library_path = Setting("library/last_path", "", str)
    # Libraries for which the facilitator declined the demo data (not asked again)
    demo_declined_libraries = Setting("demo/declined_libraries", [], list)
    # Settings dialog (ui/settings_dialog.py). Language: "nl" or "en", active after a restart.
    language = Setting("ui/language", "nl", str)
    # Filled in as the facilitator of a new conversation ("" = none)
    default_facilitator = Setting("conversation/default_facilitator", "", str)
    # The library to open when no --library is given ("" = the default library); after restart
    library_path = Setting("library/path", "", str)
    # A backup of the library once a day (on start and on close), keeping the newest N
    daily_backup = Setting("backups/daily", True, bool)
    backups_kept = Setting("backups/keep", 10, int)
    # Screen name for the projector view, or "automatisch": another screen than the window's
    projector_screen = Setting("projector/screen", "automatisch", str)
    # Sharing: the shared (OneDrive/Teams) folder for .praatplaat files ("" = none), whether
    # to look for new files there at start-up, and the folder of the last export or import
    shared_folder = Setting("sharing/shared_folder", "", str)
    shared_folder_check_on_start = Setting("sharing/check_on_start", True, bool)
    sharing_last_folder = Setting("sharing/last_folder", "", str)

    def __init__(self, qsettings: QSettings | None = None) -> None:
        # The explicit format honours QSettings.setDefaultFormat (tests use INI files).
        self.qsettings = qsettings or QSettings(
            QSettings.defaultFormat(), QSettings.Scope.UserScope, ORG_NAME, APP_NAME
        )

    def read(self, setting: Setting[T]) -> T:
        value = self.qsettings.value(setting.key, None)
        if value is None:
            return _copy(setting.default)
        try:
            return _coerce(value, setting.kind, setting.default)
        except (TypeError, ValueError):
            return _copy(setting.default)

    def write(self, setting: Setting[T], value: T) -> None:
        self.qsettings.setValue(setting.key, value)

    def reset(self, setting: Setting[Any]) -> None:
        self.qsettings.remove(setting.key)

    def sync(self) -> None:
        self.qsettings.sync()


def _copy(value: Any) -> Any:
    if isinstance(value, list):
        return list(value)
    if isinstance(value, QByteArray):
        return QByteArray(value)
    return value


def _coerce(value: Any, kind: type, default: Any) -> Any:
    """QSettings' INI backend returns strings; turn them back into ``kind``."""
    if kind is bool:
        if isinstance(value, str):
            return value.strip().lower() in {"true", "1", "yes"}
        return bool(value)
    if kind is list:
        if isinstance(value, str):  # a list of one item comes back as a plain string
            return [value]
        return list(value)
    if kind is QByteArray:
        return value if isinstance(value, QByteArray) else QByteArray(value)
    if isinstance(value, kind):
        return value
    return kind(value)
