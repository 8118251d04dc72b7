"""Our own words for the strength meter: zxcvbn's advice (a fixed set of English sentences,
as `StrengthAdvice` codes) and the Russian-aware warnings, in the interface's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ...recovery.password_strength import StrengthAdvice
from ...recovery.russian_password_check import RussianPasswordHint

translate = QCoreApplication.translate


def strength_text(score: int) -> str:
    """The meter's words for zxcvbn's score 0–4."""
    if score <= 1:
        return translate("PasswordAdvice", "Strength: weak")
    if score == 2:
        return translate("PasswordAdvice", "Strength: fair")
    if score == 3:
        return translate("PasswordAdvice", "Strength: good")
    return translate("PasswordAdvice", "Strength: strong")


def advice_text(advice: StrengthAdvice) -> str:
    texts = {
        StrengthAdvice.STRAIGHT_ROWS: translate(
            "PasswordAdvice", "Keys in a row (like «qwerty» or «12345») are guessed first."
        ),
        StrengthAdvice.SHORT_KEYBOARD_PATTERNS: translate(
            "PasswordAdvice", "Short patterns on the keyboard are easy to guess."
        ),
        StrengthAdvice.REPEATED_CHARACTERS: translate(
            "PasswordAdvice",
            "The same letter or digit over and over (like «aaa») is easy to guess.",
        ),
        StrengthAdvice.REPEATED_PATTERNS: translate(
            "PasswordAdvice",
            "A piece repeated (like «abcabc») is hardly safer than the piece alone.",
        ),
        StrengthAdvice.SEQUENCES: translate(
            "PasswordAdvice", "Runs like «abc» or «6543» are easy to guess."
        ),
        StrengthAdvice.RECENT_YEARS: translate("PasswordAdvice", "Recent years are easy to guess."),
        StrengthAdvice.DATES: translate("PasswordAdvice", "Dates are often easy to guess."),
        StrengthAdvice.TOP_10_PASSWORD: translate(
            "PasswordAdvice", "This is one of the ten most used passwords in the world."
        ),
        StrengthAdvice.TOP_100_PASSWORD: translate(
            "PasswordAdvice", "This is one of the hundred most used passwords in the world."
        ),
        StrengthAdvice.VERY_COMMON_PASSWORD: translate(
            "PasswordAdvice", "Very many people use this password."
        ),
        StrengthAdvice.SIMILAR_TO_COMMON: translate(
            "PasswordAdvice", "This is close to a password that many people use."
        ),
        StrengthAdvice.WORD_BY_ITSELF: translate(
            "PasswordAdvice", "A single word on its own is easy to guess."
        ),
        StrengthAdvice.NAMES_BY_THEMSELVES: translate(
            "PasswordAdvice", "A name or surname on its own is easy to guess."
        ),
        StrengthAdvice.COMMON_NAMES: translate(
            "PasswordAdvice", "Common names and surnames are easy to guess."
        ),
        StrengthAdvice.USE_A_FEW_WORDS: translate(
            "PasswordAdvice", "Take a few words that do not go together; avoid well-known phrases."
        ),
        StrengthAdvice.NO_NEED_FOR_SYMBOLS: translate(
            "PasswordAdvice", "Special signs, digits and capital letters are not needed."
        ),
        StrengthAdvice.ADD_ANOTHER_WORD: translate(
            "PasswordAdvice", "Add a word or two more; unusual words are better."
        ),
        StrengthAdvice.LONGER_KEYBOARD_PATTERN: translate(
            "PasswordAdvice",
            "If you use a pattern on the keyboard, make it longer, with more turns.",
        ),
        StrengthAdvice.AVOID_REPEATS: translate(
            "PasswordAdvice", "Avoid repeating words and characters."
        ),
        StrengthAdvice.AVOID_SEQUENCES: translate(
            "PasswordAdvice", "Avoid runs of letters or digits in order."
        ),
        StrengthAdvice.AVOID_RECENT_YEARS: translate("PasswordAdvice", "Avoid recent years."),
        StrengthAdvice.AVOID_YOUR_YEARS: translate(
            "PasswordAdvice", "Avoid years that have to do with you (a birth year, for example)."
        ),
        StrengthAdvice.AVOID_YOUR_DATES: translate(
            "PasswordAdvice",
            "Avoid dates and years that have to do with you (birthdays, for example).",
        ),
        StrengthAdvice.CAPITALIZATION: translate(
            "PasswordAdvice", "A capital first letter helps very little."
        ),
        StrengthAdvice.ALL_UPPERCASE: translate(
            "PasswordAdvice", "All capital letters are almost as easy to guess as all small ones."
        ),
        StrengthAdvice.REVERSED_WORDS: translate(
            "PasswordAdvice", "A word written backwards is hardly harder to guess."
        ),
        StrengthAdvice.SUBSTITUTIONS: translate(
            "PasswordAdvice", "Swaps everybody knows (like «@» for «a») help very little."
        ),
    }
    return texts.get(
        advice,
        translate(
            "PasswordAdvice",
            "A password of three or four unrelated words is easy to remember and hard to guess.",
        ),
    )


def russian_hint_text(hint: RussianPasswordHint) -> str:
    if hint is RussianPasswordHint.RUSSIAN_IN_LATIN_LAYOUT:
        return translate(
            "PasswordAdvice",
            "This looks like a common Russian word typed with the English layout on "
            "(like «gfhjkm» for «пароль»). Such passwords are tried first.",
        )
    if hint is RussianPasswordHint.KEYBOARD_ROW:
        return translate(
            "PasswordAdvice",
            "These are keys in a row (like «йцукен» or «qwerty»). Such passwords are tried first.",
        )
    return translate(
        "PasswordAdvice",
        "This is a word many people in Russia use as a password. Such passwords are tried first.",
    )
