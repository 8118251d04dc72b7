"""The look: Qt's Fusion style, a large base font, the system's light or dark scheme, and the
style sheets of resources/styles (shell.qss for both schemes, light.qss / dark.qss on top).

Fusion looks the same on Windows, macOS and Linux and draws clear focus frames; the palette
follows the system's colour scheme (QStyleHints.colorScheme) and changes with it live.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor, QFont, QFontInfo, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

#: Logical pixels (the system's scale comes on top): readable for older eyes.
BASE_FONT_PX = 16

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


def base_font(app: QGuiApplication) -> QFont:
    """The system's font at BASE_FONT_PX, or larger when the system's own is larger."""
    font = QFont(app.font())
    font.setPixelSize(max(BASE_FONT_PX, QFontInfo(app.font()).pixelSize()))
    return font


class Appearance(QObject):
    def __init__(
        self, app: QApplication, styles_dir: Path, *, forced: Qt.ColorScheme | None = None
    ) -> None:
        super().__init__(app)
        self._app = app
        self._styles_dir = styles_dir
        self._forced = forced
        app.setStyle("Fusion")
        app.setFont(base_font(app))
        self.apply()
        app.styleHints().colorSchemeChanged.connect(self.apply)

    @property
    def is_dark(self) -> bool:
        scheme = self._forced or self._app.styleHints().colorScheme()
        return scheme == Qt.ColorScheme.Dark

    def force(self, scheme: Qt.ColorScheme | None) -> None:
        """Light or dark regardless of the system (screenshots); None follows it again."""
        self._forced = scheme
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
        self._app.setPalette(palette)
        self._app.setStyleSheet(
            self._sheet("shell.qss") + "\n" + self._sheet("dark.qss" if dark else "light.qss")
        )

    def _sheet(self, name: str) -> str:
        try:
            return (self._styles_dir / name).read_text("utf-8")
        except OSError:
            return ""
