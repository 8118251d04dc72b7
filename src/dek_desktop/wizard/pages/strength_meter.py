"""The strength meter under the new password: zxcvbn's estimate, worked out in a worker thread
a moment after the typing pauses, so typing never waits for it; a result for a text that has
changed since is dropped."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Sequence

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QAccessible, QAccessibleEvent
from PySide6.QtWidgets import QLabel, QProgressBar, QWidget
from shiboken6 import isValid

from ...recovery.password_strength import PasswordStrength, estimate
from ...recovery.russian_password_check import russian_password_hint
from .password_advice_texts import advice_text, russian_hint_text, strength_text

PAUSE_MS = 250  # how long typing pauses before the estimate runs
_LEVELS = ("weak", "weak", "fair", "good", "strong")


class StrengthMeter(QObject):
    estimated = Signal()  # a new estimate is on screen (or the meter was cleared)

    def __init__(
        self,
        bar: QProgressBar,
        label: QLabel,
        advice: QLabel,
        russian_warning: QLabel,
        user_inputs: Callable[[], Sequence[str]],
        parent: QWidget,
    ) -> None:
        """`user_inputs`: the user's own words (login, contact, name) for zxcvbn."""
        super().__init__(parent)
        self._bar, self._label, self._advice = bar, label, advice
        self._russian_warning = russian_warning
        self._user_inputs = user_inputs
        self._password = ""
        self._shown: PasswordStrength | None = None
        self._pending: asyncio.Task[None] | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._pause = QTimer(self)
        self._pause.setSingleShot(True)
        self._pause.setInterval(PAUSE_MS)
        self._pause.timeout.connect(self._estimate)
        bar.setRange(0, len(_LEVELS))
        bar.setTextVisible(False)
        self.clear()

    @property
    def shown(self) -> PasswordStrength | None:
        """The estimate on screen, for the text typed now (None while it is worked out)."""
        return self._shown

    def set_password(self, password: str) -> None:
        """Called on every keystroke: the Russian-aware warning right away, the estimate
        after a pause."""
        self._password = password
        self._shown = None
        self._loop = asyncio.get_event_loop()  # the app's loop, also when the pause ends late
        if not password:
            self.clear()
            return
        self._show_russian_warning()
        self._pause.start()

    def clear(self) -> None:
        self._pause.stop()
        self._cancel_pending()
        self._password = ""
        self._shown = None
        self._bar.setValue(0)
        self._bar.hide()
        self._set_level("none")
        self._label.setText("")
        self._label.hide()
        self._advice.setText("")
        self._advice.hide()
        self._russian_warning.hide()
        self._describe()
        self.estimated.emit()

    def stop(self) -> None:
        """The page is left: nothing runs on, nothing typed stays here."""
        self.clear()

    def retranslate(self) -> None:
        if self._shown is not None:
            self._show(self._shown)
        elif self._password:
            self._show_russian_warning()

    # --- inside ------------------------------------------------------------------------------

    def _estimate(self) -> None:
        self._cancel_pending()
        if self._loop is not None and not self._loop.is_closed():
            self._pending = self._loop.create_task(self._run(self._password))

    async def _run(self, password: str) -> None:
        inputs = tuple(self._user_inputs())
        found = await asyncio.to_thread(estimate, password, inputs)
        if password == self._password and isValid(self._bar):  # the page may be gone
            self._shown = found
            self._show(found)

    def _cancel_pending(self) -> None:
        if self._pending is not None and not self._pending.done():
            self._pending.cancel()
        self._pending = None

    def _show(self, found: PasswordStrength) -> None:
        self._bar.setValue(found.score + 1)
        self._set_level(_LEVELS[max(0, min(found.score, 4))])
        self._label.setText(strength_text(found.score))
        self._bar.show()
        self._label.show()
        tips = [advice_text(found.warning)] if found.warning else []
        tips += [advice_text(suggestion) for suggestion in found.suggestions[:2]]
        self._advice.setText("\n".join(dict.fromkeys(tips)))
        self._advice.setVisible(bool(tips) and found.score < 3)
        self._show_russian_warning()
        self._describe()
        self.estimated.emit()

    def _show_russian_warning(self) -> None:
        hint = russian_password_hint(self._password)
        if hint is None:
            self._russian_warning.hide()
            return
        text = russian_hint_text(hint)
        if self._russian_warning.isHidden() or self._russian_warning.text() != text:
            self._russian_warning.setText(text)
            self._russian_warning.setAccessibleDescription(text)
            self._russian_warning.show()
            QAccessible.updateAccessibility(
                QAccessibleEvent(self._russian_warning, QAccessible.Event.Alert)
            )

    def _set_level(self, level: str) -> None:
        if self._bar.property("strength") == level:
            return
        self._bar.setProperty("strength", level)
        self._bar.style().unpolish(self._bar)
        self._bar.style().polish(self._bar)

    def _describe(self) -> None:
        said = self._label.text()
        if not self._advice.isHidden() and self._advice.text():
            said += "\n" + self._advice.text()
        self._bar.setAccessibleDescription(said)
        self._label.setAccessibleDescription(self._label.text())
        self._advice.setAccessibleDescription(self._advice.text())
        QAccessible.updateAccessibility(
            QAccessibleEvent(self._bar, QAccessible.Event.DescriptionChanged)
        )
