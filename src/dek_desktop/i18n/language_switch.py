"""The interface language, switched live: our catalog and Qt's own, installed together.

Installing a translator makes Qt send QEvent.LanguageChange to every widget; each of our
widgets answers it by setting its texts again (`retranslate`), so the whole window changes
language without being rebuilt. Qt's `qtbase_<lang>.qm` makes standard buttons (Yes, No,
Cancel, Back, Next) speak the same language.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QTranslator, Signal

from ..config import Language
from .catalogs import CATALOG_NAME, qm_path

log = logging.getLogger(__name__)

_LOCALES: dict[Language, QLocale.Language] = {
    "ru": QLocale.Language.Russian,
    "en": QLocale.Language.English,
}
_TERRITORIES: dict[Language, QLocale.Country] = {
    "ru": QLocale.Country.Russia,
    "en": QLocale.Country.UnitedKingdom,  # 24-hour times and day.month.year dates
}


class LanguageSwitch(QObject):
    """Owns the installed translators; `switch_to` replaces them all at once."""

    language_changed = Signal(str)

    def __init__(self, catalogs_dir: Path, language: Language) -> None:
        super().__init__()
        self._catalogs: list[tuple[Path, str]] = [(catalogs_dir, CATALOG_NAME)]
        self._installed: list[QTranslator] = []
        self._language: Language = language
        self._install(language)

    @property
    def language(self) -> Language:
        return self._language

    @property
    def other_language(self) -> Language:
        return "en" if self._language == "ru" else "ru"

    def add_catalog(self, directory: Path, name: str) -> None:
        """One more catalog (e.g. a test's own) translated along with ours."""
        self._catalogs.append((directory, name))
        self._install(self._language)

    def switch_to(self, language: Language) -> None:
        if language == self._language:
            return
        self._install(language)
        self._language = language
        self.language_changed.emit(language)

    def toggle(self) -> None:
        self.switch_to(self.other_language)

    def uninstall(self) -> None:
        """Removes this switch's translators (the app is closing, or a test ends)."""
        for translator in self._installed:
            QCoreApplication.removeTranslator(translator)
        self._installed = []

    def locale(self) -> QLocale:
        return QLocale(_LOCALES[self._language], _TERRITORIES[self._language])

    def _install(self, language: Language) -> None:
        self.uninstall()
        qt_dir = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
        files = [qt_dir / f"qtbase_{language}.qm"]
        files += [qm_path(directory, language, name) for directory, name in self._catalogs]
        for file in files:
            translator = QTranslator(self)
            if translator.load(str(file)):
                QCoreApplication.installTranslator(translator)
                self._installed.append(translator)
            elif language != "en" or file.parent != qt_dir:
                log.warning("no translations loaded from %s", file)
        QLocale.setDefault(QLocale(_LOCALES[language], _TERRITORIES[language]))
