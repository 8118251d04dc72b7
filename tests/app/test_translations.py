"""Every string the interface shows has a finished Russian and English translation.

lupdate runs over src/dek_desktop and ui/ into a temporary .ts; each message it finds must
be in the committed resources/translations/dek_desktop_{ru,en}.ts, finished, with every
plural form filled in. After adding strings: `uv run python scripts/build_translations.py
--update`, translate what it lists, commit the .ts files.
"""

from __future__ import annotations

import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest

from dek_desktop.i18n.catalogs import extract, ts_path
from dek_desktop.resource_paths import application_root, translations_dir

ROOT = application_root()
SOURCES = (ROOT / "src" / "dek_desktop", ROOT / "ui")
PLURAL_FORMS = {"ru": 3, "en": 2}

Message = tuple[str, str, bool]  # context, source text, has plural forms


def messages(ts_file: Path) -> dict[tuple[str, str], ElementTree.Element]:
    found = {}
    for context in ElementTree.parse(ts_file).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found[(name, message.findtext("source") or "")] = message
    return found


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[str, str], bool]:
    ts_file = tmp_path_factory.mktemp("lupdate") / "extracted_ru.ts"
    extract(SOURCES, ts_file, "ru")
    return {key: message.get("numerus") == "yes" for key, message in messages(ts_file).items()}


def test_lupdate_finds_the_shells_strings(extracted: dict[tuple[str, str], bool]) -> None:
    assert ("ChromeBar", "Support") in extracted
    assert ("FlowPage", "Try again") in extracted
    assert extracted[("ProblemTexts", "Too many attempts. Please try again in %n minute(s).")]


@pytest.mark.parametrize("language", ["ru", "en"])
def test_every_string_has_a_finished_translation(
    language: str, extracted: dict[tuple[str, str], bool]
) -> None:
    committed = messages(ts_path(translations_dir(), "ru" if language == "ru" else "en"))
    problems = []
    for (context, source), plural in sorted(extracted.items()):
        message = committed.get((context, source))
        if message is None:
            problems.append(f"missing: {context}: {source!r}")
            continue
        translation = message.find("translation")
        assert translation is not None
        if translation.get("type") in ("unfinished", "vanished", "obsolete"):
            problems.append(f"unfinished: {context}: {source!r}")
        elif plural:
            forms = [form.text or "" for form in translation.iter("numerusform")]
            if len(forms) != PLURAL_FORMS[language] or not all(f.strip() for f in forms):
                problems.append(f"plural forms: {context}: {source!r}")
        elif not (translation.text or "").strip():
            problems.append(f"empty: {context}: {source!r}")
    assert not problems, (
        f"{len(problems)} strings lack a finished {language} translation "
        "(run scripts/build_translations.py --update):\n" + "\n".join(problems)
    )


def test_russian_plural_forms_follow_the_number(qapp: object) -> None:
    from PySide6.QtCore import QCoreApplication

    from dek_desktop.i18n.catalogs import build_stale_catalogs
    from dek_desktop.i18n.language_switch import LanguageSwitch

    build_stale_catalogs(translations_dir())  # a fresh clone has no .qm yet
    switch = LanguageSwitch(translations_dir(), "ru")
    try:
        text = "Too many attempts. Please try again in %n minute(s)."
        said = [QCoreApplication.translate("ProblemTexts", text, None, n) for n in (1, 3, 5, 21)]
        assert said == [
            "Слишком много попыток. Попробуйте снова через 1 минуту.",
            "Слишком много попыток. Попробуйте снова через 3 минуты.",
            "Слишком много попыток. Попробуйте снова через 5 минут.",
            "Слишком много попыток. Попробуйте снова через 21 минуту.",
        ]
        switch.switch_to("en")
        assert QCoreApplication.translate("ProblemTexts", text, None, 1).endswith("1 minute.")
        assert QCoreApplication.translate("ProblemTexts", text, None, 2).endswith("2 minutes.")
    finally:
        switch.uninstall()
