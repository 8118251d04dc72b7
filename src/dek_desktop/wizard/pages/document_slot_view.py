"""One document's slot on the documents page: its name (an asterisk when required), what to
put in it, its pages with thumbnails in the order they will be sent, and what was found in
each file (being checked, ready, converted, refused and why, a blurred or dark photo).

Pages are reordered by dragging them within the list or with «Выше» / «Ниже», removed with
«Убрать» (the page offers «Вернуть»), and files are added with `addFilesButton` or dropped
onto the slot. The slot draws the flow's state; every change goes through the flow.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QDragEnterEvent, QDragMoveEvent, QDropEvent, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ...api.vocabulary import DocumentKind
from ...applications import DocumentSlot, EntryState, SlotEntry
from ...documents import Language
from .application_texts import kind_hint, kind_name

translate = QCoreApplication.translate

ENTRY_ID_ROLE = Qt.ItemDataRole.UserRole
_REFUSED_COLOUR = QColor("#c62828")
_WARNING_COLOUR = QColor("#a15c00")
#: Thumbnails in lines of text, so they grow with the window's zoom.
_THUMBNAIL_LINES = 5


def local_files(event: QDropEvent | QDragEnterEvent | QDragMoveEvent) -> list[Path]:
    """The local files being dragged (none when it is something else)."""
    data = event.mimeData()
    if not data.hasUrls():
        return []
    urls = data.urls()
    if not urls or not all(url.isLocalFile() for url in urls):
        return []
    return [Path(url.toLocalFile()) for url in urls]


class PageList(QListWidget):
    """The slot's pages; a page dragged to another place, or files dropped from outside."""

    files_dropped = Signal(list)
    entry_moved = Signal(str, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("pageList")
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setWordWrap(True)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setSizeAdjustPolicy(QAbstractItemView.SizeAdjustPolicy.AdjustToContents)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        # As tall as its pages: the page scrolls as a whole, not each slot on its own.
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if local_files(event):
            event.acceptProposedAction()
            return
        super().dragEnterEvent(event)

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if local_files(event):
            event.acceptProposedAction()
            return
        super().dragMoveEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        files = local_files(event)
        if files:
            event.acceptProposedAction()
            self.files_dropped.emit(files)
            return
        item = self.currentItem()
        if event.source() is self and item is not None:
            target = self.indexAt(event.position().toPoint()).row()
            to_index = target if target >= 0 else self.count() - 1
            # The flow moves the page; the list is drawn again from its state.
            event.setDropAction(Qt.DropAction.IgnoreAction)
            event.accept()
            self.entry_moved.emit(str(item.data(ENTRY_ID_ROLE)), to_index)
            return
        event.ignore()


class DocumentSlotView(QFrame):
    add_requested = Signal(object)  # DocumentKind
    files_dropped = Signal(object, list)  # DocumentKind, [Path]
    move_requested = Signal(object, str, int)  # DocumentKind, entry id, new place
    remove_requested = Signal(object, str)  # DocumentKind, entry id

    def __init__(self, kind: DocumentKind, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self.setObjectName(f"documentSlot_{kind.value}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.setAcceptDrops(True)
        self.title = QLabel(self)
        self.title.setObjectName("slotTitle")
        self.title.setStyleSheet("font-weight: bold;")
        self.title.setWordWrap(True)
        self.state_label = QLabel(self)
        self.state_label.setObjectName("slotState")
        self.state_label.setWordWrap(True)
        self.hint = QLabel(self)
        self.hint.setObjectName("slotHint")
        self.hint.setWordWrap(True)
        self.pages = PageList(self)
        self.add_button = QPushButton(self)
        self.add_button.setObjectName("addFilesButton")
        self.up_button = QPushButton(self)
        self.up_button.setObjectName("pageUpButton")
        self.down_button = QPushButton(self)
        self.down_button.setObjectName("pageDownButton")
        self.remove_button = QPushButton(self)
        self.remove_button.setObjectName("removePageButton")
        for button in (self.add_button, self.up_button, self.down_button, self.remove_button):
            button.setAutoDefault(False)

        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        buttons.addWidget(self.up_button)
        buttons.addWidget(self.down_button)
        buttons.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.state_label)
        layout.addWidget(self.hint)
        layout.addWidget(self.pages)
        layout.addLayout(buttons)

        self._slot: DocumentSlot | None = None
        self._language: Language = "ru"
        self._editable = True
        self._drawn: tuple[object, ...] | None = None
        self._thumbnails: dict[Path, QPixmap] = {}

        self.add_button.clicked.connect(lambda: self.add_requested.emit(self.kind))
        self.up_button.clicked.connect(lambda: self._move_selected(-1))
        self.down_button.clicked.connect(lambda: self._move_selected(+1))
        self.remove_button.clicked.connect(self._remove_selected)
        self.pages.files_dropped.connect(lambda files: self.files_dropped.emit(self.kind, files))
        self.pages.entry_moved.connect(
            lambda entry_id, to: self.move_requested.emit(self.kind, entry_id, to)
        )
        self.pages.currentRowChanged.connect(self._update_buttons)
        self.retranslate()

    # --- drawing -----------------------------------------------------------------------------

    def draw(self, slot: DocumentSlot, *, editable: bool, language: Language) -> None:
        self._slot, self._editable, self._language = slot, editable and not slot.sent, language
        self.title.setText(kind_name(slot.kind) + (" *" if slot.required else ""))
        self._draw_state(slot)
        drawn = (slot.entries, slot.sent, language, self.fontMetrics().height())
        if drawn != self._drawn:
            self._drawn = drawn
            self._fill(slot.entries, sent=slot.sent)
        self.pages.setVisible(bool(slot.entries))
        self.add_button.setVisible(not slot.sent)
        self.add_button.setEnabled(self._editable)
        self._update_buttons()

    def retranslate(self) -> None:
        self.hint.setText(kind_hint(self.kind))
        self.add_button.setText(translate("DocumentSlotView", "Add files…"))
        self.add_button.setAccessibleName(
            translate("DocumentSlotView", "Add files: %1").replace("%1", kind_name(self.kind))
        )
        self.up_button.setText(translate("DocumentSlotView", "Up"))
        self.up_button.setAccessibleDescription(
            translate("DocumentSlotView", "Moves the chosen page one place up")
        )
        self.down_button.setText(translate("DocumentSlotView", "Down"))
        self.down_button.setAccessibleDescription(
            translate("DocumentSlotView", "Moves the chosen page one place down")
        )
        self.remove_button.setText(translate("DocumentSlotView", "Remove"))
        self.remove_button.setAccessibleDescription(
            translate("DocumentSlotView", "Takes the chosen page out; it can be put back")
        )
        self.pages.setAccessibleName(
            translate("DocumentSlotView", "Pages: %1").replace("%1", kind_name(self.kind))
        )
        if self._slot is not None:
            self._drawn = None
            self.draw(self._slot, editable=self._editable, language=self._language)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- drops onto the slot's frame ---------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if local_files(event) and self._editable:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        files = local_files(event)
        if files and self._editable:
            event.acceptProposedAction()
            self.files_dropped.emit(self.kind, files)
        else:
            event.ignore()

    # --- inside ------------------------------------------------------------------------------

    def _draw_state(self, slot: DocumentSlot) -> None:
        if slot.sent:
            text = translate("DocumentSlotView", "✓ Sent: the service has it.")
        elif slot.asked_again:
            text = translate("DocumentSlotView", "The reviewer asked for this document again.")
        else:
            text = ""
        self.state_label.setText(text)
        self.state_label.setVisible(bool(text))

    def _fill(self, entries: tuple[SlotEntry, ...], *, sent: bool) -> None:
        selected = self._selected_id()
        side = self.fontMetrics().height() * _THUMBNAIL_LINES
        self.pages.setIconSize(QSize(side * 3 // 4, side))
        self.pages.clear()
        for entry in entries:
            item = QListWidgetItem(self._entry_text(entry, sent=sent))
            item.setData(ENTRY_ID_ROLE, entry.entry_id)
            if entry.page is not None:
                item.setIcon(self._thumbnail(entry.page.thumbnail))
            if entry.state is EntryState.REJECTED:
                item.setForeground(QBrush(_REFUSED_COLOUR))
            elif entry.notices:
                item.setForeground(QBrush(_WARNING_COLOUR))
            self.pages.addItem(item)
            if entry.entry_id == selected:
                self.pages.setCurrentItem(item)

    def _entry_text(self, entry: SlotEntry, *, sent: bool) -> str:
        name = entry.name
        if entry.page_count > 1:
            name = (
                translate("DocumentSlotView", "%1, page %2 of %3")
                .replace("%1", entry.name)
                .replace("%2", str(entry.page_number))
                .replace("%3", str(entry.page_count))
            )
        states = {
            EntryState.CHECKING: translate("DocumentSlotView", "Checking the file…"),
            EntryState.READY: translate("DocumentSlotView", "Ready to send"),
            EntryState.CONVERTED: translate(
                "DocumentSlotView", "Converted to a picture the service takes"
            ),
        }
        lines = [name]
        if entry.state is EntryState.REJECTED:
            rejection = entry.rejection
            lines.append(
                translate("DocumentSlotView", "Cannot be sent: %1").replace(
                    "%1", rejection.text(self._language) if rejection else ""
                )
            )
        elif sent:
            lines.append(translate("DocumentSlotView", "Sent"))
        else:
            lines.append(states[entry.state])
        lines += ["⚠ " + notice.text(self._language) for notice in entry.notices]
        return "\n".join(lines)

    def _thumbnail(self, path: Path) -> QPixmap:
        pixmap = self._thumbnails.get(path)
        if pixmap is None:
            pixmap = QPixmap(str(path))
            self._thumbnails[path] = pixmap
        return pixmap

    def _selected_id(self) -> str | None:
        item = self.pages.currentItem()
        return str(item.data(ENTRY_ID_ROLE)) if item is not None else None

    def _update_buttons(self) -> None:
        row = self.pages.currentRow()
        chosen = row >= 0 and self._editable
        self.up_button.setEnabled(chosen and row > 0)
        self.down_button.setEnabled(chosen and row < self.pages.count() - 1)
        self.remove_button.setEnabled(chosen)
        has_pages = self.pages.count() > 0 and self._editable
        for button in (self.up_button, self.down_button, self.remove_button):
            button.setVisible(has_pages)

    def _move_selected(self, step: int) -> None:
        entry_id, row = self._selected_id(), self.pages.currentRow()
        if entry_id is not None and row >= 0:
            self.move_requested.emit(self.kind, entry_id, row + step)

    def _remove_selected(self) -> None:
        entry_id = self._selected_id()
        if entry_id is not None:
            self.remove_requested.emit(self.kind, entry_id)
