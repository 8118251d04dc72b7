"""Where the app's files live: `resources/` and `ui/` of a development checkout, or of a bundle.

A PyInstaller bundle unpacks them under `sys._MEIPASS`; a development checkout (an editable
install, `uv run dek-desktop`) has them at the repository's root, two levels above `src/`.
"""

from __future__ import annotations

import sys
from pathlib import Path


def application_root() -> Path:
    bundle = getattr(sys, "_MEIPASS", None)
    if isinstance(bundle, str):
        return Path(bundle)
    return Path(__file__).resolve().parents[2]


def resources_dir() -> Path:
    return application_root() / "resources"


def translations_dir() -> Path:
    return resources_dir() / "translations"


def styles_dir() -> Path:
    return resources_dir() / "styles"


def icons_dir() -> Path:
    return resources_dir() / "icons"


def ui_dir() -> Path:
    return application_root() / "ui"
