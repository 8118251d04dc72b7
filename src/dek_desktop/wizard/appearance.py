"""The look: Qt's Fusion style (`STYLE_ARGUMENTS` for the QApplication), a large base font,
the system's light or dark scheme, and the style sheets of resources/styles (shell.qss for
both schemes, light.qss / dark.qss on top).

Fusion looks the same on Windows, macOS and Linux and draws clear focus frames. Light or dark
follows the system: before the first window from the platform's palette (Qt's platform themes
make it dark in a dark scheme; asking QStyleHints.colorScheme() there would load Qt's whole
namespace of enums, ~20 ms), then from Qt's colour scheme itself, live (`follow_system`).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from .window_zoom import font_sheet

#: Logical pixels (the system's scale comes on top): readable for older eyes.
BASE_FONT_PX = 16
#: Given to QApplication: Fusion from the start (QApplication.setStyle would load PySide's
#: wrappers of QStyle and its many enums, ~20 ms, before the first window).
STYLE_ARGUMENTS = ["-style", "fusion"]

_LIGHT = {
    QPalette.ColorRole.Window: "#f4f5f7",
    QPalette.ColorRole.WindowText: "#1b1d21",
    QPalette.ColorRole.Base: "#ffffff",
    QPalette.ColorRole.AlternateBase: "#e9edf3",
    QPalette.ColorRole.Text: "#1b1d21",
    QPalette.ColorRole.Button: "#ffffff",
    QPalette.ColorRole.ButtonText: "#1b1d21",
    QPalette.ColorRole.Highlight: "#0b57a4",
    QPalette.ColorRole.HighlightedText: "#ffffff",
    QPalette.ColorRole.Link: "#0b57a4",
    QPalette.ColorRole.LinkVisited: "#5b3a9e",
    QPalette.ColorRole.ToolTipBase: "#ffffff",
    QPalette.ColorRole.ToolTipText: "#1b1d21",
    QPalette.ColorRole.PlaceholderText: "#5f6670",
    QPalette.ColorRole.Mid: "#8a929c",
    QPalette.ColorRole.Midlight: "#c9ced6",
    QPalette.ColorRole.Dark: "#5f6670",
}
_DARK = {
    QPalette.ColorRole.Window: "#1e2126",
    QPalette.ColorRole.WindowText: "#eceff3",
    QPalette.ColorRole.Base: "#14161a",
    QPalette.ColorRole.AlternateBase: "#2a2f36",
    QPalette.ColorRole.Text: "#eceff3",
    QPalette.ColorRole.Button: "#2a2f36",
    QPalette.ColorRole.ButtonText: "#eceff3",
    QPalette.ColorRole.Highlight: "#6cb2ff",
    QPalette.ColorRole.HighlightedText: "#0d1117",
    QPalette.ColorRole.Link: "#8cc4ff",
    QPalette.ColorRole.LinkVisited: "#c4a6ff",
    QPalette.ColorRole.ToolTipBase: "#2a2f36",
    QPalette.ColorRole.ToolTipText: "#eceff3",
    QPalette.ColorRole.PlaceholderText: "#a3abb5",
    QPalette.ColorRole.Mid: "#7d8794",
    QPalette.ColorRole.Midlight: "#3c434c",
    QPalette.ColorRole.Dark: "#0d0f12",
}
_DISABLED_TEXT = {"light": "#7a818a", "dark": "#7d8794"}


class Appearance(QObject):
    def __init__(
        self, app: QApplication, styles_dir: Path, *, forced_dark: bool | None = None
    ) -> None:
        super().__init__(app)
        self._app = app
        self._styles_dir = styles_dir
        self._forced_dark = forced_dark
        window = app.palette().color(QPalette.ColorRole.Window)  # the platform's, before ours
        self._system_dark = window.lightness() < 128
        self.base_pixel_size = BASE_FONT_PX
        self.apply()

    @property
    def is_dark(self) -> bool:
        return self._system_dark if self._forced_dark is None else self._forced_dark

    def follow_system(self) -> None:
        """After the first window: Qt's colour scheme decides, now and whenever it changes,
        and a system font larger than BASE_FONT_PX becomes the base size."""
        from PySide6.QtGui import QFontInfo

        system_size = QFontInfo(self._app.font()).pixelSize()
        if system_size > self.base_pixel_size:
            self.base_pixel_size = system_size
            self.apply()
        hints = self._app.styleHints()
        hints.colorSchemeChanged.connect(self._scheme_changed)
        self._scheme_changed(hints.colorScheme())

    def force(self, dark: bool | None) -> None:
        """Dark (True) or light (False) regardless of the system (screenshots); None follows
        the system again."""
        self._forced_dark = dark
        self.apply()

    def _scheme_changed(self, scheme: object) -> None:
        from PySide6.QtCore import Qt

        if scheme in (Qt.ColorScheme.Dark, Qt.ColorScheme.Light):
            dark = scheme == Qt.ColorScheme.Dark
            if dark != self._system_dark:
                self._system_dark = dark
                self.apply()

    def apply(self) -> None:
        dark = self.is_dark
        palette = QPalette()
        for role, color in (_DARK if dark else _LIGHT).items():
            palette.setColor(role, QColor(color))
        disabled = QColor(_DISABLED_TEXT["dark" if dark else "light"])
        for role in (
            QPalette.ColorRole.WindowText,
            QPalette.ColorRole.Text,
            QPalette.ColorRole.ButtonText,
        ):
            palette.setColor(QPalette.ColorGroup.Disabled, role, disabled)
        # a new style sheet lays the wizard out anew, which throws the keyboard focus out of
        # the field being typed in (to the window's first button): it is put back
        focused = self._app.focusWidget()
        self._app.setPalette(palette)
        self._app.setStyleSheet(
            font_sheet(self.base_pixel_size)
            + "\n"
            + self._sheet("shell.qss")
            + "\n"
            + self._sheet("dark.qss" if dark else "light.qss")
        )
        if focused is not None and focused.isVisible() and not focused.hasFocus():
            from PySide6.QtCore import Qt

            focused.setFocus(Qt.FocusReason.OtherFocusReason)

    def _sheet(self, name: str) -> str:
        try:
            return (self._styles_dir / name).read_text("utf-8")
        except OSError:
            return ""
