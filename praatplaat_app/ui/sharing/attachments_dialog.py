"""Photos of a filled-in poster (or a flip-over) with a conversation.

"Foto's bij dit gesprek": thumbnails with their captions, add a photo (PNG or JPEG
only; anything else is refused with a Dutch message before a caption is asked), view one
larger, remove one — with "Ongedaan maken" right after, which puts the photo back.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QSize,
    Qt,
)
from PySide6.QtGui import QIcon, QImage, QImageReader, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from praatplaat_app.errors import PraatplaatError
from praatplaat_app.ui.sharing import message, wait_cursor

ID_ROLE = Qt.ItemDataRole.UserRole + 1
THUMBNAIL = QSize(200, 150)
PHOTO_FILTER = QT_TRANSLATE_NOOP(
    "AttachmentsDialog", "Foto's (*.png *.jpg *.jpeg *.PNG *.JPG *.JPEG);;Alle bestanden (*)"
)
MUTED = "#5f6368"


def load_image(data: bytes, bound: QSize | None = None) -> QImage:
    """Decode a photo (turned upright by its EXIF orientation), scaled down into ``bound``."""
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    reader.setAutoTransform(True)
    if bound is not None:
        size = reader.size()
        if size.isValid() and (size.width() > bound.width() or size.height() > bound.height()):
            reader.setScaledSize(size.scaled(bound, Qt.AspectRatioMode.KeepAspectRatio))
    image = reader.read()
    buffer.close()
    if image.isNull():
        image = QImage.fromData(data)
        if not image.isNull() and bound is not None:
            image = image.scaled(
                bound,
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
    return image


def photo_label(attachment: Any) -> str:
    return (
        attachment.caption
        or attachment.filename
        or QCoreApplication.translate("AttachmentsDialog", "Foto")
    )


class PhotoViewer(QDialog):
    """One photo, as large as the screen allows, with its caption."""

    def __init__(self, parent: QWidget | None, attachment: Any) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Foto: {label}").format(label=photo_label(attachment)))
        self.setAccessibleName(self.tr("Foto groter bekijken"))
        screen = self.screen().availableGeometry() if self.screen() else None
        bound = QSize(1200, 850)
        if screen is not None:
            bound = QSize(int(screen.width() * 0.85), int(screen.height() * 0.8))
        image = load_image(bytes(attachment.data), bound)
        self.picture = QLabel(self)
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture.setAccessibleName(
            self.tr("Foto {label}").format(label=photo_label(attachment))
        )
        if image.isNull():
            self.picture.setText(self.tr("Deze foto kan niet worden getoond."))
        else:
            self.picture.setPixmap(QPixmap.fromImage(image))
        area = QScrollArea(self)
        area.setWidget(self.picture)
        area.setWidgetResizable(True)
        area.setAccessibleName(self.tr("Foto"))
        caption = QLabel(attachment.caption or self.tr("(geen bijschrift)"), self)
        caption.setTextFormat(Qt.TextFormat.PlainText)
        caption.setWordWrap(True)
        caption.setAccessibleName(self.tr("Bijschrift"))
        buttons = QDialogButtonBox(self)
        close = buttons.addButton(self.tr("Sluiten"), QDialogButtonBox.ButtonRole.RejectRole)
        close.setAccessibleName(self.tr("Sluiten"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(area, 1)
        layout.addWidget(caption)
        layout.addWidget(buttons)
        if not image.isNull():
            self.resize(image.width() + 40, image.height() + 110)


class AttachmentsDialog(QDialog):
    """The photos of one conversation."""

    def __init__(
        self,
        parent: QWidget | None,
        library: Any,
        session_id: str,
        settings: Any = None,
        *,
        on_changed: Callable[[str], object] | None = None,
    ) -> None:
        super().__init__(parent)
        self.library = library
        self.session_id = session_id
        self.settings = settings
        self.on_changed = on_changed
        self.attachments: list[Any] = []
        self.removed: Any = None  # the last removed photo, for "Ongedaan maken"
        self.setWindowTitle(self.tr("Foto's bij dit gesprek"))
        self.setAccessibleName(self.tr("Foto's bij dit gesprek"))
        self.resize(760, 520)

        self.heading = QLabel(self._heading_text(), self)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setWordWrap(True)
        self.heading.setStyleSheet("font-weight: bold; font-size: 11pt;")
        self.heading.setAccessibleName(self.tr("Gesprek"))

        self.list = QListWidget(self)
        self.list.setViewMode(QListView.ViewMode.IconMode)
        self.list.setIconSize(THUMBNAIL)
        self.list.setGridSize(QSize(THUMBNAIL.width() + 24, THUMBNAIL.height() + 56))
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setMovement(QListView.Movement.Static)
        self.list.setWordWrap(True)
        self.list.setSpacing(4)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setAccessibleName(self.tr("Foto's"))
        self.list.setToolTip(self.tr("Dubbelklik op een foto om haar groter te bekijken"))
        self.list.itemDoubleClicked.connect(lambda _item: self.view_selected())
        self.list.currentItemChanged.connect(lambda *_: self._update_buttons())

        self.empty = QLabel(
            self.tr(
                "Nog geen foto's bij dit gesprek.\n\nMaak een foto van de ingevulde praatplaat "
                "of de flip-over en voeg die hier toe met 'Foto toevoegen…'."
            ),
            self,
        )
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet(f"color: {MUTED}; padding: 24px;")
        self.empty.setAccessibleName(self.tr("Nog geen foto's"))

        self.add_button = QPushButton(self.tr("Foto toevoegen…"), self)
        self.add_button.setAccessibleName(self.tr("Foto toevoegen"))
        self.add_button.setToolTip(self.tr("Een foto (PNG of JPEG) van deze computer toevoegen"))
        self.add_button.clicked.connect(lambda _checked=False: self.add_photos())
        self.view_button = QPushButton(self.tr("Groter bekijken"), self)
        self.view_button.setAccessibleName(self.tr("Foto groter bekijken"))
        self.view_button.clicked.connect(lambda _checked=False: self.view_selected())
        self.remove_button = QPushButton(self.tr("Verwijderen"), self)
        self.remove_button.setAccessibleName(self.tr("Foto verwijderen"))
        self.remove_button.setToolTip(self.tr("De gekozen foto bij dit gesprek weghalen"))
        self.remove_button.clicked.connect(lambda _checked=False: self.remove_selected())
        actions = QHBoxLayout()
        actions.addWidget(self.add_button)
        actions.addWidget(self.view_button)
        actions.addWidget(self.remove_button)
        actions.addStretch(1)

        self.undo_label = QLabel("", self)
        self.undo_label.setTextFormat(Qt.TextFormat.PlainText)
        self.undo_label.setAccessibleName(self.tr("Melding"))
        self.undo_button = QPushButton(self.tr("Ongedaan maken"), self)
        self.undo_button.setAccessibleName(self.tr("Verwijderen ongedaan maken"))
        self.undo_button.clicked.connect(lambda _checked=False: self.undo_remove())
        self.undo_bar = QWidget(self)
        undo_layout = QHBoxLayout(self.undo_bar)
        undo_layout.setContentsMargins(8, 4, 8, 4)
        undo_layout.addWidget(self.undo_label, 1)
        undo_layout.addWidget(self.undo_button)
        self.undo_bar.setStyleSheet("background: #fff3cd; border-radius: 4px;")
        self.undo_bar.hide()

        buttons = QDialogButtonBox(self)
        close = buttons.addButton(self.tr("Sluiten"), QDialogButtonBox.ButtonRole.RejectRole)
        close.setAccessibleName(self.tr("Sluiten"))
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty, 1)
        layout.addLayout(actions)
        layout.addWidget(self.undo_bar)
        layout.addWidget(buttons)
        self.refresh()

    def _heading_text(self) -> str:
        from praatplaat_app.domain import Route, Session
        from praatplaat_app.exchange.merge import conversation_label

        session = self.library.find(Session, self.session_id)
        if session is None:
            return self.tr("Foto's bij dit gesprek")
        route = self.library.find(Route, session.route_id)
        label = conversation_label({"kind": session.kind, "date": session.date})
        return f"{route.name} — {label}" if route is not None else label

    # ----------------------------------------------------------------- listing

    def refresh(self, select: str | None = None) -> None:
        from praatplaat_app.exchange import attachments_for

        self.attachments = attachments_for(self.library, self.session_id)
        self.list.clear()
        for attachment in self.attachments:
            image = load_image(bytes(attachment.data), THUMBNAIL)
            icon = QIcon(QPixmap.fromImage(image)) if not image.isNull() else QIcon()
            item = QListWidgetItem(icon, photo_label(attachment), self.list)
            item.setData(ID_ROLE, attachment.id)
            item.setToolTip(
                f"{photo_label(attachment)}\n{attachment.filename}\n"
                + self.tr("Dubbelklik om te vergroten")
            )
            item.setTextAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
            if attachment.id == select:
                self.list.setCurrentItem(item)
        has = bool(self.attachments)
        self.list.setVisible(has)
        self.empty.setVisible(not has)
        if has and self.list.currentItem() is None:
            self.list.setCurrentRow(0)
        count = len(self.attachments)
        self.setWindowTitle(self.tr("Foto's bij dit gesprek") + (f" ({count})" if count else ""))
        self._update_buttons()

    def current_attachment(self) -> Any:
        item = self.list.currentItem()
        if item is None:
            return None
        wanted = item.data(ID_ROLE)
        return next((a for a in self.attachments if a.id == wanted), None)

    def _update_buttons(self) -> None:
        selected = self.current_attachment() is not None
        self.view_button.setEnabled(selected)
        self.remove_button.setEnabled(selected)

    def _changed(self) -> None:
        if self.on_changed is not None:
            self.on_changed(self.session_id)

    # ------------------------------------------------------------------- add

    def add_photos(self, paths: list[Path | str] | None = None) -> list[Any]:
        """Ask for photos (or take ``paths``), check each, ask its caption, add it."""
        from praatplaat_app.exchange import MAX_ATTACHMENT_BYTES, add_attachment, sniff_image

        if paths is None:
            start = ""
            if self.settings is not None and self.settings.sharing_last_folder:
                start = self.settings.sharing_last_folder
            chosen, _filter = QFileDialog.getOpenFileNames(
                self, self.tr("Foto toevoegen"), start or str(Path.home()), self.tr(PHOTO_FILTER)
            )
            paths = [Path(p) for p in chosen if p]
        added: list[Any] = []
        for raw in paths:
            path = Path(raw)
            try:
                size = path.stat().st_size
                if size > MAX_ATTACHMENT_BYTES:
                    megabytes = f"{size / (1024 * 1024):.1f}".replace(".", ",")
                    message(
                        self,
                        self.tr("Foto niet toegevoegd"),
                        self.tr(
                            "'{name}' is te groot ({size} MB; maximaal {limit} MB). "
                            "Verklein de foto en probeer het opnieuw."
                        ).format(
                            name=path.name,
                            size=megabytes,
                            limit=MAX_ATTACHMENT_BYTES // (1024 * 1024),
                        ),
                    )
                    continue
                data = path.read_bytes()
                sniff_image(data)
            except PraatplaatError as exc:
                message(self, self.tr("Foto niet toegevoegd"), f"'{path.name}': {exc.message}")
                continue
            except OSError as exc:
                message(
                    self,
                    self.tr("Foto niet toegevoegd"),
                    self.tr("'{name}' kan niet worden gelezen ({error}).").format(
                        name=path.name, error=exc.strerror or exc
                    ),
                )
                continue
            caption, ok = QInputDialog.getText(
                self,
                self.tr("Bijschrift"),
                self.tr(
                    "Bijschrift bij '{name}' (mag leeg blijven),\n"
                    "bijvoorbeeld 'Ingevulde praatplaat, indicator 1':"
                ).format(name=path.name),
            )
            if not ok:
                continue
            try:
                with wait_cursor():
                    attachment = add_attachment(
                        self.library, self.session_id, data, caption, filename=path.name
                    )
            except PraatplaatError as exc:
                message(self, self.tr("Foto niet toegevoegd"), f"'{path.name}': {exc.message}")
                continue
            added.append(attachment)
        if added:
            self.undo_bar.hide()
            self.refresh(select=added[-1].id)
            self._changed()
        return added

    # ---------------------------------------------------------------- view

    def view_selected(self) -> PhotoViewer | None:
        attachment = self.current_attachment()
        if attachment is None:
            return None
        viewer = PhotoViewer(self, attachment)
        viewer.exec()
        return viewer

    # -------------------------------------------------------------- remove

    def remove_selected(self) -> Any:
        from praatplaat_app.exchange import remove_attachment

        attachment = self.current_attachment()
        if attachment is None:
            return None
        try:
            with wait_cursor():
                remove_attachment(self.library, attachment.id)
        except PraatplaatError as exc:
            message(self, self.tr("Foto niet verwijderd"), exc.message)
            return None
        self.removed = attachment
        self.undo_label.setText(
            self.tr("Foto '{label}' is verwijderd.").format(label=photo_label(attachment))
        )
        self.undo_bar.show()
        self.refresh()
        self._changed()
        return attachment

    def undo_remove(self) -> Any:
        """Put the last removed photo back (as a new attachment with the same photo)."""
        from praatplaat_app.exchange import add_attachment

        removed = self.removed
        if removed is None:
            return None
        try:
            with wait_cursor():
                restored = add_attachment(
                    self.library,
                    self.session_id,
                    bytes(removed.data),
                    removed.caption,
                    filename=removed.filename,
                )
        except PraatplaatError as exc:
            message(self, self.tr("Foto niet teruggezet"), exc.message)
            return None
        self.removed = None
        self.undo_bar.hide()
        self.refresh(select=restored.id)
        self._changed()
        return restored
