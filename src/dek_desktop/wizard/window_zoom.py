"""Ctrl+= / Ctrl+- / Ctrl+0: the whole window's text 100–200 %, on top of the system's scale.

Font-based: the window's font is set and every widget inside follows (the style sheet sizes
padding in em, so buttons and fields grow with their text). The system's own scaling (high
DPI, its font size) stays underneath: 100 % is the app's base font, never smaller than the
system's.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut
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
        self._window.setFont(self.font_at(percent))
        self.changed.emit(percent)

    def font_at(self, percent: int) -> QFont:
        font = QFont(self._base)
        if self._base.pixelSize() > 0:
            font.setPixelSize(round(self._base.pixelSize() * percent / 100))
        else:
            font.setPointSizeF(self._base.pointSizeF() * percent / 100)
        return font

    def _bind(self, keys: str, slot: object) -> None:
        if not keys:
            return
        shortcut = QShortcut(QKeySequence(keys), self._window)
        shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        shortcut.activated.connect(slot)
        self.shortcuts.append(shortcut)
