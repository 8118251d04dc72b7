"""Ctrl+= / Ctrl+- / Ctrl+0: the whole window's text 100–200 %, on top of the system's scale.

Font-based: the window gets a style sheet with its font size, which every widget inside (and
every dialog of the window, and widgets added later) follows; the app's style sheet sizes
padding in em, so buttons and fields grow with their text. (QWidget.setFont would not do:
under an application style sheet Qt no longer passes a parent's font on to its children.)
The system's own scaling (high DPI) stays underneath, and 100 % is the app's base size
(appearance.py), never smaller than the system's font. Headings (`role="heading"`) are a
third larger.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QWidget

MIN_PERCENT = 100
MAX_PERCENT = 200
STEP_PERCENT = 10


class WindowZoom(QObject):
    changed = Signal(int)

    def __init__(self, window: QWidget, base_pixel_size: int) -> None:
        super().__init__(window)
        self._window = window
        self._base = base_pixel_size
        self._percent = MIN_PERCENT
        self._keys_bound = False

    def bind_keys(self) -> None:
        """The shortcuts, once the window has painted (QKeySequence is slow to load)."""
        if self._keys_bound:
            return
        self._keys_bound = True
        from PySide6.QtGui import QKeySequence, QShortcut

        def texts(*sequences: QKeySequence) -> set[str]:
            return {sequence.toString() for sequence in sequences} - {""}

        zoom_in = texts(QKeySequence("Ctrl+="), QKeySequence("Ctrl++"))
        zoom_in |= texts(*QKeySequence.keyBindings(QKeySequence.StandardKey.ZoomIn))
        zoom_out = texts(QKeySequence("Ctrl+-"))
        zoom_out |= texts(*QKeySequence.keyBindings(QKeySequence.StandardKey.ZoomOut))
        for keys, slot in (
            *((keys, self.zoom_in) for keys in sorted(zoom_in)),
            *((keys, self.zoom_out) for keys in sorted(zoom_out)),
            ("Ctrl+0", self.reset),
        ):
            shortcut = QShortcut(QKeySequence(keys), self._window)  # Qt.WindowShortcut
            shortcut.activated.connect(slot)

    @property
    def percent(self) -> int:
        return self._percent

    def set_base(self, base_pixel_size: int) -> None:
        self._base = base_pixel_size
        self._apply()

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
        return round(self._base * (self._percent if percent is None else percent) / 100)

    def _apply(self) -> None:
        # Restyling makes QWizard hide and show its page area, which drops the keyboard focus.
        focused = QApplication.focusWidget()
        # at 100 % the app's style sheet carries the base size
        self._window.setStyleSheet(
            "" if self._percent == MIN_PERCENT else font_sheet(self.pixel_size())
        )
        if focused is not None and focused.isVisible() and not focused.hasFocus():
            focused.setFocus()


def font_sheet(pixel_size: int) -> str:
    """The text sizes at one zoom: everything, and headings a third larger."""
    return (
        f"* {{ font-size: {pixel_size}px; }}\n"
        f'*[role="heading"] {{ font-size: {round(pixel_size * 4 / 3)}px; font-weight: bold; }}'
    )
