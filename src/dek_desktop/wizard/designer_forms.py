"""Pages from Qt Designer files: `ui/<name>.ui`, loaded at run time with QUiLoader.

Loaded, not compiled with pyside6-uic, because:
- there is no generated code to keep in step with the .ui files (no build step that can be
  forgotten, nothing stale in review); a PyInstaller bundle just carries ui/ as data;
- live retranslation works as well: the loader is made with `setLanguageChangeEnabled(True)`,
  so a loaded form sets its Designer texts again on every QEvent.LanguageChange, translated in
  the context of the form's class name (the `<class>` of the .ui file);
- lupdate reads the .ui files themselves, so extraction is the same either way.
The price is finding widgets by objectName instead of typed attributes; `DesignerForm.find`
checks the class and fails loudly with the file and name. QtUiTools is imported only when the
first page is built, after the window has painted.

The convention for a page: `ui/login_page.ui`, its top-level widget a QWidget whose class
name is the page's Python class name (`LoginPage`), so `self.tr()` in the page and the .ui
strings share one translation context.
"""

from __future__ import annotations

from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QDir, QFile, QIODevice
from PySide6.QtUiTools import QUiLoader
from PySide6.QtWidgets import QWidget

W = TypeVar("W", bound=QWidget)


class FormNotLoaded(RuntimeError):
    """A .ui file is missing, broken, or lacks a widget the code expects."""


class DesignerForm:
    """One loaded .ui file: its top-level widget and typed lookups of its children."""

    def __init__(self, path: Path, widget: QWidget) -> None:
        self.path = path
        self.widget = widget

    def find(self, kind: type[W], name: str) -> W:
        found = self.widget.findChild(kind, name)
        if found is None:
            raise FormNotLoaded(f"{self.path.name} has no {kind.__name__} named {name!r}")
        return found


class FormLoader:
    """Loads `<name>.ui` from the first of its directories that has it (the app's ui/, and
    in tests their own); one per app, shared by every page."""

    def __init__(self, *ui_dirs: Path) -> None:
        self.ui_dirs = ui_dirs
        self._loader = QUiLoader()
        self._loader.setLanguageChangeEnabled(True)
        self._loader.setTranslationEnabled(True)

    def register_widget(self, widget_class: type[QWidget]) -> None:
        """A Python widget class that .ui files use as a promoted widget (header unused)."""
        self._loader.registerCustomWidget(widget_class)

    def load(self, name: str, parent: QWidget | None = None) -> DesignerForm:
        candidates = [directory / f"{name}.ui" for directory in self.ui_dirs]
        path = next((candidate for candidate in candidates if candidate.is_file()), None)
        if path is None:
            raise FormNotLoaded(f"no {name}.ui in {', '.join(map(str, self.ui_dirs))}")
        self._loader.setWorkingDirectory(QDir(str(path.parent)))
        file = QFile(str(path))
        if not file.open(QIODevice.OpenModeFlag.ReadOnly):
            raise FormNotLoaded(f"cannot open {path}: {file.errorString()}")
        try:
            widget = self._loader.load(file, parent)
        finally:
            file.close()
        if widget is None:
            raise FormNotLoaded(f"cannot load {path}: {self._loader.errorString()}")
        return DesignerForm(path, widget)
