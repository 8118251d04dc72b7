"""The keyboard's current input language («EN», «RU»), shown by a field so that a password
typed in the wrong layout is caught before it is sent.

Qt gives it as the input method's locale and says when it changes (Windows and macOS follow
the layout switch; on X11 it is the system's language).
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, QObject, Signal
from PySide6.QtGui import QGuiApplication


def keyboard_locale() -> QLocale:
    return QGuiApplication.inputMethod().locale()


def short_name(locale: QLocale) -> str:
    """«EN», «RU»; «EN» for the C locale of a bare system."""
    if locale.language() in (QLocale.Language.C, QLocale.Language.AnyLanguage):
        return "EN"
    return QLocale.languageToCode(locale.language()).upper()


class KeyboardLanguageWatch(QObject):
    """`changed(locale)` whenever the input language changes."""

    changed = Signal(QLocale)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        QGuiApplication.inputMethod().localeChanged.connect(self._changed)

    @property
    def locale(self) -> QLocale:
        return keyboard_locale()

    def _changed(self) -> None:
        self.changed.emit(keyboard_locale())
