"""Whether Caps Lock is on, for a warning under a password field.

Qt has no query for it, so it is inferred from the keys typed into the watched fields: a
letter whose case disagrees with Shift means Caps Lock is on, one that agrees means it is
off, and the Caps Lock key itself flips what is known. On Windows the system is asked
directly (GetKeyState), which is cheap; on X11 and macOS it is not, so the inference is all.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QWidget

_VK_CAPITAL = 0x14
_OTHER_MODIFIERS = (
    Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.AltModifier
    | Qt.KeyboardModifier.MetaModifier
)


def system_caps_lock() -> bool | None:
    """The platform's own answer where it is cheap (Windows), else None."""
    if sys.platform == "win32":
        import ctypes

        return bool(ctypes.windll.user32.GetKeyState(_VK_CAPITAL) & 1)
    return None


def caps_lock_from_key(event: QKeyEvent, *, shift_uppercases: bool = True) -> bool | None:
    """What one typed letter says about Caps Lock: True on, False off, None nothing (not a
    letter, or a shortcut). On macOS Shift with Caps Lock on still gives capitals
    (`shift_uppercases` False), so a capital typed with Shift says nothing there."""
    text = event.text()
    if len(text) != 1 or text.lower() == text.upper():
        return None
    modifiers = event.modifiers()
    if modifiers & _OTHER_MODIFIERS:
        return None
    shift = bool(modifiers & Qt.KeyboardModifier.ShiftModifier)
    capital = text.isupper()
    if shift and capital and not shift_uppercases:
        return None
    return capital != shift


class CapsLockWatch(QObject):
    """Watches the key presses of some fields; `changed(on)` when what is known changes."""

    changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._on: bool | None = system_caps_lock()
        self._shift_uppercases = sys.platform != "darwin"

    @property
    def is_on(self) -> bool:
        return bool(self._on)

    def watch(self, field: QWidget) -> None:
        field.installEventFilter(self)

    def forget(self) -> None:
        """Unknown again (the page was left: the key may be pressed elsewhere meanwhile)."""
        self._set(system_caps_lock())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            self._key_pressed(event)
        elif kind in (QEvent.Type.FocusIn, QEvent.Type.KeyRelease):
            asked = system_caps_lock()  # after a release the toggle has surely happened
            if asked is not None:
                self._set(asked)
        return False

    def _key_pressed(self, event: QKeyEvent) -> None:
        asked = system_caps_lock()
        if event.key() == Qt.Key.Key_CapsLock:
            if asked is None and self._on is not None:
                self._set(not self._on)
            return
        inferred = caps_lock_from_key(event, shift_uppercases=self._shift_uppercases)
        if asked is not None:
            self._set(asked)
        elif inferred is not None:
            self._set(inferred)

    def _set(self, on: bool | None) -> None:
        before = bool(self._on)
        self._on = on
        if bool(on) != before:
            self.changed.emit(bool(on))
