"""The translation catalogs: `.ts` sources in resources/translations, `.qm` built from them.

Source strings in the code and in ui/ are English; `dek_desktop_ru.ts` and `dek_desktop_en.ts`
translate every one of them (English too, for the plural forms of `%n`). The `.qm` files are
build output, never committed: `scripts/build_translations.py` (and the release build) makes
them with lrelease, and a development checkout rebuilds a missing or stale one at start-up.

Qt-free: lupdate and lrelease are the Qt tools PySide6 ships, run as processes.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Sequence
from pathlib import Path

from ..config import LANGUAGES, Language

log = logging.getLogger(__name__)

CATALOG_NAME = "dek_desktop"
#: Qt Linguist language codes of the catalogs; they decide the plural forms.
TARGET_LANGUAGES: dict[Language, str] = {"ru": "ru_RU", "en": "en_US"}


def ts_path(directory: Path, language: Language, name: str = CATALOG_NAME) -> Path:
    return directory / f"{name}_{language}.ts"


def qm_path(directory: Path, language: Language, name: str = CATALOG_NAME) -> Path:
    return directory / f"{name}_{language}.qm"


def qt_tool(name: str) -> Path:
    """lupdate / lrelease as shipped inside the PySide6 wheel."""
    import PySide6

    suffix = ".exe" if sys.platform == "win32" else ""
    return Path(PySide6.__file__).parent / f"{name}{suffix}"


def release(ts_file: Path, qm_file: Path) -> None:
    """Compiles one catalog; raises CalledProcessError with lrelease's own words."""
    import subprocess  # not on the way to the first window

    subprocess.run(  # noqa: S603 - Qt's own tool, from the PySide6 wheel
        [str(qt_tool("lrelease")), "-silent", str(ts_file), "-qm", str(qm_file)],
        check=True,
        capture_output=True,
        text=True,
    )


def extract(sources: Sequence[Path], ts_file: Path, language: Language) -> str:
    """Runs lupdate over the sources into ts_file (merging what it holds); lupdate's report."""
    import subprocess

    done = subprocess.run(  # noqa: S603 - Qt's own tool, from the PySide6 wheel
        [
            str(qt_tool("lupdate")),
            "-extensions",
            "py,ui",
            "-locations",
            "relative",
            "-target-language",
            TARGET_LANGUAGES[language],
            *(str(source) for source in sources),
            "-ts",
            str(ts_file),
        ],
        check=True,
        capture_output=True,
        text=True,
    )
    return done.stdout + done.stderr


def build_stale_catalogs(directory: Path, name: str = CATALOG_NAME) -> None:
    """In a development checkout: rebuilds each `.qm` that is missing or older than its `.ts`.

    A bundle carries built `.qm` files and no `.ts`, so nothing happens there. A failure
    is logged and the app goes on with the source strings.
    """
    for language in LANGUAGES:
        source, built = ts_path(directory, language, name), qm_path(directory, language, name)
        if not source.is_file():
            continue
        if built.is_file() and built.stat().st_mtime >= source.stat().st_mtime:
            continue
        from subprocess import CalledProcessError

        try:
            release(source, built)
        except (OSError, CalledProcessError) as exc:
            log.warning("cannot build %s from %s: %s", built.name, source.name, exc)
