"""Builds the interface's translations: `.ts` sources -> `.qm` files the app loads.

    uv run python scripts/build_translations.py            # lrelease: .ts -> .qm
    uv run python scripts/build_translations.py --update   # lupdate first, then lrelease

`--update` runs lupdate over src/dek_desktop and ui/ into resources/translations/
dek_desktop_ru.ts and dek_desktop_en.ts: new strings are added (unfinished), vanished ones
dropped, finished translations kept. The source strings are English, so each new English
string without plural forms is its own English translation and is marked finished; every
other new string (all Russian ones, English plurals) is listed for a person to translate in
Qt Linguist (`uv run pyside6-linguist resources/translations/dek_desktop_ru.ts`) or by hand.
tests/app/test_translations.py fails while any is unfinished.

The `.qm` files are build output (git-ignored): this script, the release build and a
development checkout's first start make them.
"""

from __future__ import annotations

import argparse
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from dek_desktop.config import LANGUAGES  # noqa: E402
from dek_desktop.i18n.catalogs import extract, qm_path, release, ts_path  # noqa: E402

TRANSLATIONS = ROOT / "resources" / "translations"
SOURCES = (ROOT / "src" / "dek_desktop", ROOT / "ui")


def finish_english_sources(ts_file: Path) -> None:
    """English strings without plural forms translate to themselves."""
    tree = ElementTree.parse(ts_file)
    changed = False
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        source = message.findtext("source")
        if translation is None or source is None or message.get("numerus") == "yes":
            continue
        if translation.get("type") == "unfinished" and not (translation.text or "").strip():
            translation.text = source
            del translation.attrib["type"]
            changed = True
    if changed:
        tree.write(ts_file, encoding="utf-8", xml_declaration=True)


def unfinished(ts_file: Path) -> list[str]:
    left = []
    for context in ElementTree.parse(ts_file).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") == "unfinished":
                left.append(f"{name}: {message.findtext('source')!r}")
    return left


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--update", action="store_true", help="run lupdate before lrelease")
    args = parser.parse_args(argv)
    TRANSLATIONS.mkdir(parents=True, exist_ok=True)
    if args.update:
        for language in LANGUAGES:
            ts_file = ts_path(TRANSLATIONS, language)
            report = extract(SOURCES, ts_file, language)
            print(report.strip())
            if language == "en":
                finish_english_sources(ts_file)
                extract(SOURCES, ts_file, language)  # back to lupdate's own layout
            for line in unfinished(ts_file):
                print(f"  unfinished ({language}) {line}")
    for language in LANGUAGES:
        ts_file = ts_path(TRANSLATIONS, language)
        if ts_file.is_file():
            release(ts_file, qm_path(TRANSLATIONS, language))
            print(f"built {qm_path(TRANSLATIONS, language).relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
