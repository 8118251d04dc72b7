"""The strength meter's Qt-free half: zxcvbn's advice as our codes, and the Russian-aware check
that sees what zxcvbn cannot (Russian words, the Latin layout, ЙЦУКЕН rows)."""

from __future__ import annotations

import ast
import inspect

import pytest
import zxcvbn.feedback

from dek_desktop.recovery.keyboard_layout import typed_in_cyrillic_layout, typed_in_latin_layout
from dek_desktop.recovery.password_strength import (
    ZXCVBN_FEEDBACK,
    StrengthAdvice,
    advice_for,
    estimate,
)
from dek_desktop.recovery.russian_password_check import RussianPasswordHint, russian_password_hint


def zxcvbn_sentences() -> set[str]:
    """Every sentence zxcvbn's feedback module can give: the arguments of its `_()` calls."""
    tree = ast.parse(inspect.getsource(zxcvbn.feedback))
    return {
        node.args[0].value
        for node in ast.walk(tree)
        if isinstance(node, ast.Call)
        and isinstance(node.func, ast.Name)
        and node.func.id == "_"
        and isinstance(node.args[0], ast.Constant)
    }


def test_every_sentence_zxcvbn_can_say_has_our_own_code() -> None:
    sentences = zxcvbn_sentences()
    assert len(sentences) >= 25
    assert sentences <= set(ZXCVBN_FEEDBACK)
    assert len(set(ZXCVBN_FEEDBACK.values())) == len(ZXCVBN_FEEDBACK)


def test_a_sentence_we_do_not_know_becomes_the_general_tip() -> None:
    assert advice_for("Avoid sequences.") is StrengthAdvice.AVOID_SEQUENCES
    assert advice_for("A brand-new zxcvbn sentence.") is StrengthAdvice.GENERAL


def test_the_two_keyboard_layouts() -> None:
    assert typed_in_latin_layout("пароль") == "gfhjkm"
    assert typed_in_latin_layout("йцукен") == "qwerty"
    assert typed_in_cyrillic_layout("gfhjkm") == "пароль"
    assert typed_in_cyrillic_layout("Ghbdtn") == "Привет"


@pytest.mark.parametrize(
    ("password", "hint"),
    [
        ("gfhjkm", RussianPasswordHint.RUSSIAN_IN_LATIN_LAYOUT),
        ("gfhjkm123", RussianPasswordHint.RUSSIAN_IN_LATIN_LAYOUT),
        ("gfhjkmgfhjkm", RussianPasswordHint.RUSSIAN_IN_LATIN_LAYOUT),
        ("Cjkysirj!", RussianPasswordHint.RUSSIAN_IN_LATIN_LAYOUT),  # «Солнышко!»
        ("пароль", RussianPasswordHint.COMMON_RUSSIAN),
        ("Пароль1!", RussianPasswordHint.COMMON_RUSSIAN),
        ("любовь 2024", RussianPasswordHint.COMMON_RUSSIAN),
        ("parol2024", RussianPasswordHint.COMMON_RUSSIAN),
        ("йцукен", RussianPasswordHint.KEYBOARD_ROW),
        ("qwerty123", RussianPasswordHint.KEYBOARD_ROW),
        ("фыва", RussianPasswordHint.KEYBOARD_ROW),
        ("Золотой-Рог-1860", None),
        ("Amur-Tiger-2026", None),
        ("корова молоко трактор", None),
        ("", None),
        ("12345678", None),  # digits alone: zxcvbn's to judge
    ],
)
def test_russian_habits_are_seen_early(password: str, hint: RussianPasswordHint | None) -> None:
    assert russian_password_hint(password) is hint


def test_a_russian_word_in_the_latin_layout_reads_weak_whatever_zxcvbn_thinks() -> None:
    seen = estimate("Cjkysirj-Cjkysirj")  # «Солнышко-Солнышко» on the Latin layout
    assert seen.russian is RussianPasswordHint.RUSSIAN_IN_LATIN_LAYOUT
    assert seen.weak


def test_the_estimate_knows_the_users_own_words() -> None:
    alone = estimate("anna.ivanova1")
    knowing = estimate("anna.ivanova1", ["anna.ivanova", "100200301"])
    assert knowing.score < alone.score
    assert estimate("Золотой-Рог-1860", ["100200301"]).score == 4


def test_common_passwords_get_zxcvbns_advice_in_codes() -> None:
    seen = estimate("password")
    assert seen.score == 0
    assert seen.warning is StrengthAdvice.TOP_10_PASSWORD
    assert StrengthAdvice.ADD_ANOTHER_WORD in seen.suggestions


def test_empty_and_overlong_passwords_are_estimated_without_error() -> None:
    assert estimate("").score == 0
    assert estimate("ж" * 128).score >= 0
