"""Every message box of the app goes through one `Dialogs`: opened, never executed.

A box is shown with `open()` and answered through its `finished` signal into an asyncio
future, so a coroutine can `await dialogs.ask(...)` while the event loop keeps running (a
nested `exec()` inside a coroutine would block the loop). Tests drive the boxes through the
`opened` signal: each box has an objectName, and its buttons are `dialogYesButton` /
`dialogNoButton` (or `dialogOkButton`).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QAbstractButton, QMessageBox, QWidget

if TYPE_CHECKING:
    import asyncio

YES_BUTTON = "dialogYesButton"
NO_BUTTON = "dialogNoButton"
OK_BUTTON = "dialogOkButton"


class Dialogs(QObject):
    opened = Signal(QMessageBox)

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self._open: list[QMessageBox] = []

    @property
    def open_boxes(self) -> tuple[QMessageBox, ...]:
        return tuple(self._open)

    def ask(
        self,
        *,
        name: str,
        title: str,
        text: str,
        yes: str,
        no: str,
        informative: str = "",
        default_yes: bool = False,
    ) -> asyncio.Future[bool]:
        """A question with two buttons; resolves True for `yes`. Esc or closing means `no`."""
        box = self._box(name, QMessageBox.Icon.Question, title, text, informative)
        yes_button = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
        no_button = box.addButton(no, QMessageBox.ButtonRole.RejectRole)
        yes_button.setObjectName(YES_BUTTON)
        no_button.setObjectName(NO_BUTTON)
        box.setEscapeButton(no_button)
        box.setDefaultButton(yes_button if default_yes else no_button)
        answer: asyncio.Future[bool] = _running_loop().create_future()

        def finished() -> None:
            if not answer.done():
                answer.set_result(box.clickedButton() is yes_button)

        self._show(box, finished)
        return answer

    def confirm(
        self,
        *,
        name: str,
        title: str,
        text: str,
        yes: str,
        no: str,
        then: Callable[[], object],
        informative: str = "",
    ) -> None:
        """For a plain slot: asks, and calls `then()` only when the answer is yes."""
        answer = self.ask(
            name=name, title=title, text=text, yes=yes, no=no, informative=informative
        )

        def answered(future: asyncio.Future[bool]) -> None:
            if not future.cancelled() and future.result():
                then()

        answer.add_done_callback(answered)

    def tell(
        self,
        *,
        name: str,
        title: str,
        text: str,
        informative: str = "",
        warning: bool = False,
    ) -> asyncio.Future[None]:
        """A message with one OK button; resolves when it is closed."""
        icon = QMessageBox.Icon.Warning if warning else QMessageBox.Icon.Information
        box = self._box(name, icon, title, text, informative)
        ok_button = box.addButton(QMessageBox.StandardButton.Ok)
        ok_button.setObjectName(OK_BUTTON)
        box.setEscapeButton(ok_button)
        closed: asyncio.Future[None] = _running_loop().create_future()

        def finished() -> None:
            if not closed.done():
                closed.set_result(None)

        self._show(box, finished)
        return closed

    def close_all(self) -> None:
        for box in tuple(self._open):
            box.reject()

    def _box(
        self, name: str, icon: QMessageBox.Icon, title: str, text: str, informative: str
    ) -> QMessageBox:
        from PySide6.QtCore import Qt  # not before the first window: Qt's namespace is slow

        box = QMessageBox(self._window)
        box.setObjectName(name)
        box.setIcon(icon)
        box.setWindowTitle(title)
        box.setText(text)
        box.setTextFormat(Qt.TextFormat.PlainText)
        if informative:
            box.setInformativeText(informative)
        return box

    def _show(self, box: QMessageBox, finished: Callable[[], None]) -> None:
        def done(_result: int) -> None:
            finished()
            if box in self._open:
                self._open.remove(box)
            box.deleteLater()

        box.finished.connect(done)
        self._open.append(box)
        box.open()
        self.opened.emit(box)


def button_named(box: QMessageBox, name: str) -> QAbstractButton:
    """The box's button with that objectName (for tests and kiosk scripts)."""
    for button in box.buttons():
        if button.objectName() == name:
            return button
    raise LookupError(f"{box.objectName()} has no button {name}")


def _running_loop() -> asyncio.AbstractEventLoop:
    import asyncio  # not before the first window has painted

    return asyncio.get_running_loop()
