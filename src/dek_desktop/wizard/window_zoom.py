"""Ctrl+= / Ctrl+- / Ctrl+0: the whole window's text 100–200 %, on top of the system's scale.

Font-based: the window gets a style sheet with its font size, which every widget inside (and
every dialog of the window, and widgets added later) follows; the app's style sheet sizes
padding in em, so buttons and fields grow with their text. (QWidget.setFont would not do:
under an application style sheet Qt no longer passes a parent's font on to its children.)
The system's own scaling (high DPI, its font size) stays underneath: 100 % is the app's base
font, never smaller than the system's. Headings (`role="heading"`) are a third larger.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QFont, QFontInfo, QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

MIN_PERCENT = 100
MAX_PERCENT = 200
STEP_PERCENT = 10


class WindowZoom(QObject):
    changed = Signal(int)

    def __init__(self, window: QWidget, base_font: QFont) -> None:
        super().__init__(window)
        self._window = window
        self._base = QFont(base_font)
        self._percent = MIN_PERCENT
        self._apply()
        self.shortcuts: list[QShortcut] = []
        zoom_in = {QKeySequence("Ctrl+=").toString(), QKeySequence("Ctrl++").toString()}
        zoom_in |= {k.toString() for k in QKeySequence.keyBindings(QKeySequence.StandardKey.ZoomIn)}
        zoom_out = {QKeySequence("Ctrl+-").toString()}
        zoom_out |= {
            k.toString() for k in QKeySequence.keyBindings(QKeySequence.StandardKey.ZoomOut)
        }
        for keys in sorted(zoom_in):
            self._bind(keys, self.zoom_in)
        for keys in sorted(zoom_out):
            self._bind(keys, self.zoom_out)
        self._bind(QKeySequence("Ctrl+0").toString(), self.reset)

    @property
    def percent(self) -> int:
        return self._percent

    def zoom_in(self) -> None:
        self.set_percent(self._percent + STEP_PERCENT)

    def zoom_out(self) -> None:
        self.set_percent(self._percent - STEP_PERCENT)

    def reset(self) -> None:
        self.set_percent(MIN_PERCENT)

    def set_percent(self, percent: int) -> None:
        percent = max(MIN_PERCENT, min(MAX_PERCENT, percent))
        if percent == self._percent:
            return
        self._percent = percent
        self._apply()
        self.changed.emit(percent)

    def pixel_size(self, percent: int | None = None) -> int:
        base = QFontInfo(self._base).pixelSize()
        return round(base * (self._percent if percent is None else percent) / 100)

    def _apply(self) -> None:
        size = self.pixel_size()
        self._window.setStyleSheet(
            f"* {{ font-size: {size}px; }}\n"
            f'*[role="heading"] {{ font-size: {round(size * 4 / 3)}px; font-weight: bold; }}'
        )

    def _bind(self, keys: str, slot: object) -> None:
        if not keys:
            return
        shortcut = QShortcut(QKeySequence(keys), self._window)
        shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        shortcut.activated.connect(slot)
        self.shortcuts.append(shortcut)
