"""The slots of the documents page: files chosen in the dialog (filtered to what the app reads)
or dropped onto a slot or the page, each file's state in words (checked, converted, refused
with the reason, a blurred photo), thumbnails, pages moved up and down, a page taken out and
put back."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from dek_desktop.api.vocabulary import DocumentKind
from dek_desktop.applications import EntryState
from dek_desktop.config import AppConfig
from dek_desktop.documents import FILE_NAME_PATTERNS
from tests.app.conftest import Shell
from tests.app.pages.documents_steps import (
    ANSWER_MS,
    add_by_dialog,
    applications_of,
    blocked_to_documents,
    click,
    create_application,
    documents_page,
    on_page,
    slot_view,
    through_needs_and_consent,
    wait_state,
)
from tests.applications.document_files import inn_scan, passport_photos, text_named_jpg
from tests.conftest import RunningService
from tests.documents.samples import blurred, document_page, save_heic, save_jpeg

PASSPORT, INN, OTHER = DocumentKind.PASSPORT, DocumentKind.INN, DocumentKind.OTHER


def drop_files(target: QWidget, paths: list[Path]) -> bool:
    """Drags local files onto `target` and drops them, as a file manager does."""
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(path)) for path in paths])
    where = QPointF(target.width() / 2, target.height() / 2)
    actions = Qt.DropAction.CopyAction | Qt.DropAction.MoveAction
    enter = QDragEnterEvent(
        where, actions, data, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(target, enter)
    if not enter.isAccepted():
        return False
    drop = QDropEvent(
        where, actions, data, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(target, drop)
    return drop.isAccepted()


def names(shell: Shell, kind: DocumentKind) -> list[str]:
    slot = applications_of(shell).state.slot(kind)
    assert slot is not None
    return [entry.name for entry in slot.entries]


def rows(shell: Shell, kind: DocumentKind) -> list[str]:
    pages = slot_view(shell, kind).pages
    return [pages.item(row).text() for row in range(pages.count())]


def ready_documents_page(qtbot: QtBot, shell: Shell) -> None:
    blocked_to_documents(qtbot, shell)
    through_needs_and_consent(qtbot, shell)
    create_application(qtbot, shell)


def test_files_in_the_dialog_get_their_state_in_words(
    qtbot: QtBot, shell_factory: Callable[..., Shell], service: RunningService, tmp_path: Path
) -> None:
    shell = shell_factory(AppConfig(api_url=service.base_url, language="ru"))
    ready_documents_page(qtbot, shell)
    folder = tmp_path / "Мои документы"
    spread, registration = passport_photos(folder)
    heic = save_heic(document_page(band=2), folder / "IMG_0001.HEIC")
    shaky = save_jpeg(blurred(document_page(band=3), 6), folder / "нечётко.jpg")
    note = text_named_jpg(folder)

    page = documents_page(shell)
    with qtbot.waitSignal(page.file_dialog_opened) as opened:
        click(qtbot, slot_view(shell, PASSPORT).findChild(QPushButton, "addFilesButton"))
    dialog: QFileDialog = opened.args[0]
    offered = dialog.nameFilters()[0]
    for pattern in FILE_NAME_PATTERNS:
        assert pattern in offered and pattern.upper() in offered  # IMG_0001.HEIC, SCAN.JPG
    dialog.reject()

    add_by_dialog(qtbot, shell, PASSPORT, [spread, registration, heic, shaky, note])
    slot = applications_of(shell).state.slot(PASSPORT)
    assert slot is not None
    states = {entry.name: entry.state for entry in slot.entries}
    assert states == {
        spread.name: EntryState.READY,
        registration.name: EntryState.READY,
        heic.name: EntryState.CONVERTED,
        shaky.name: EntryState.READY,
        note.name: EntryState.REJECTED,
    }
    lines = {text.split("\n")[0]: text for text in rows(shell, PASSPORT)}
    assert "Готово к отправке" in lines[spread.name]
    assert "Преобразовано в подходящий формат" in lines[heic.name]
    assert "размытым" in lines[shaky.name]  # a warning, not a refusal
    assert "Нельзя отправить: Это текстовый файл" in lines[note.name]
    pages = slot_view(shell, PASSPORT).pages
    icons = [not pages.item(row).icon().isNull() for row in range(pages.count())]
    assert icons == [True, True, True, True, False]  # a thumbnail for every page


def test_pages_move_up_and_down_and_a_removed_page_comes_back(
    qtbot: QtBot, shell_factory: Callable[..., Shell], service: RunningService, tmp_path: Path
) -> None:
    shell = shell_factory(AppConfig(api_url=service.base_url, language="ru"))
    ready_documents_page(qtbot, shell)
    spread, registration = passport_photos(tmp_path)
    add_by_dialog(qtbot, shell, PASSPORT, [registration, spread])
    view = slot_view(shell, PASSPORT)
    up = view.findChild(QPushButton, "pageUpButton")
    down = view.findChild(QPushButton, "pageDownButton")
    remove = view.findChild(QPushButton, "removePageButton")
    assert not up.isEnabled() and not remove.isEnabled()  # nothing chosen yet

    view.pages.setCurrentRow(1)
    assert up.isEnabled() and not down.isEnabled()
    click(qtbot, up)
    assert names(shell, PASSPORT) == [spread.name, registration.name]
    assert view.pages.currentRow() == 0  # the moved page stays chosen
    click(qtbot, down)
    click(qtbot, up)
    assert names(shell, PASSPORT) == [spread.name, registration.name]

    view.pages.setCurrentRow(1)
    click(qtbot, remove)
    assert names(shell, PASSPORT) == [spread.name]
    undo = on_page(shell, QPushButton, "undoButton")
    assert undo.isVisible()
    assert registration.name in on_page(shell, QLabel, "undoLabel").text()
    click(qtbot, undo)
    assert names(shell, PASSPORT) == [spread.name, registration.name]
    assert not undo.isVisible()


def test_files_dropped_onto_a_slot_or_anywhere_on_the_page(
    qtbot: QtBot, shell_factory: Callable[..., Shell], service: RunningService, tmp_path: Path
) -> None:
    shell = shell_factory(AppConfig(api_url=service.base_url, language="ru"))
    ready_documents_page(qtbot, shell)
    inn = inn_scan(tmp_path / "inn")
    assert drop_files(slot_view(shell, INN), [inn])
    wait_state(
        qtbot, shell, lambda state: names(shell, INN) == [inn.name] and not state.slot(INN).checking
    )  # type: ignore[union-attr]

    spread, registration = passport_photos(tmp_path / "passport")
    assert drop_files(slot_view(shell, PASSPORT).pages, [spread])  # onto the list itself
    wait_state(qtbot, shell, lambda state: names(shell, PASSPORT) == [spread.name])

    # Onto the page, not a slot: into the first required document that has nothing yet.
    assert drop_files(documents_page(shell), [registration])
    wait_state(qtbot, shell, lambda state: len(names(shell, DocumentKind.SNILS)) == 1)
    assert names(shell, DocumentKind.SNILS) == [registration.name]
    assert drop_files(documents_page(shell), [text_named_jpg(tmp_path)])
    wait_state(qtbot, shell, lambda state: len(names(shell, OTHER)) == 1)
    qtbot.waitUntil(
        lambda: (
            applications_of(shell).state.slot(OTHER).entries[0].state  # type: ignore[union-attr]
            is EntryState.REJECTED
        ),
        timeout=ANSWER_MS,
    )
    # Something that is not files is not taken.
    data = QMimeData()
    data.setText("просто текст")
    enter = QDragEnterEvent(
        QPointF(documents_page(shell).rect().center()),
        Qt.DropAction.CopyAction,
        data,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(documents_page(shell), enter)
    assert not enter.isAccepted()
