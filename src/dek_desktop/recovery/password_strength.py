"""How hard a new password is to guess: zxcvbn's estimate, its advice as stable codes (the
Qt page says them in Russian or English), and the Russian-aware check beside it.

zxcvbn's feedback is a fixed set of English sentences; each one maps to a code here, and a
sentence this module does not know (a newer zxcvbn) becomes the general tip. `estimate` is
blocking (zxcvbn may take a while on a long password, and importing it loads its word lists):
call it in a worker thread.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable
from dataclasses import dataclass
from enum import StrEnum

from .russian_password_check import RussianPasswordHint, russian_password_hint

# zxcvbn refuses longer input (its search time grows with the length); the first 72
# characters of a password already decide how guessable it is.
_ESTIMATED_LENGTH = 72
# zxcvbn keeps the user's words in a module-level dictionary while it runs: one call at a time.
_ZXCVBN_CALL = threading.Lock()
_WEAK = 1  # the score a Russian-aware warning caps the meter at: zxcvbn cannot see it


class StrengthAdvice(StrEnum):
    GENERAL = "general"
    # warnings
    STRAIGHT_ROWS = "straight_rows"
    SHORT_KEYBOARD_PATTERNS = "short_keyboard_patterns"
    REPEATED_CHARACTERS = "repeated_characters"
    REPEATED_PATTERNS = "repeated_patterns"
    SEQUENCES = "sequences"
    RECENT_YEARS = "recent_years"
    DATES = "dates"
    TOP_10_PASSWORD = "top_10_password"  # noqa: S105 (a name, not a password)
    TOP_100_PASSWORD = "top_100_password"  # noqa: S105 (a name, not a password)
    VERY_COMMON_PASSWORD = "very_common_password"  # noqa: S105 (a name, not a password)
    SIMILAR_TO_COMMON = "similar_to_common"
    WORD_BY_ITSELF = "word_by_itself"
    NAMES_BY_THEMSELVES = "names_by_themselves"
    COMMON_NAMES = "common_names"
    # suggestions
    USE_A_FEW_WORDS = "use_a_few_words"
    NO_NEED_FOR_SYMBOLS = "no_need_for_symbols"
    ADD_ANOTHER_WORD = "add_another_word"
    LONGER_KEYBOARD_PATTERN = "longer_keyboard_pattern"
    AVOID_REPEATS = "avoid_repeats"
    AVOID_SEQUENCES = "avoid_sequences"
    AVOID_RECENT_YEARS = "avoid_recent_years"
    AVOID_YOUR_YEARS = "avoid_your_years"
    AVOID_YOUR_DATES = "avoid_your_dates"
    CAPITALIZATION = "capitalization"
    ALL_UPPERCASE = "all_uppercase"
    REVERSED_WORDS = "reversed_words"
    SUBSTITUTIONS = "substitutions"


ZXCVBN_FEEDBACK: dict[str, StrengthAdvice] = {
    "Straight rows of keys are easy to guess.": StrengthAdvice.STRAIGHT_ROWS,
    "Short keyboard patterns are easy to guess.": StrengthAdvice.SHORT_KEYBOARD_PATTERNS,
    'Repeats like "aaa" are easy to guess.': StrengthAdvice.REPEATED_CHARACTERS,
    'Repeats like "abcabcabc" are only slightly harder to guess than "abc".': (
        StrengthAdvice.REPEATED_PATTERNS
    ),
    'Sequences like "abc" or "6543" are easy to guess.': StrengthAdvice.SEQUENCES,
    "Recent years are easy to guess.": StrengthAdvice.RECENT_YEARS,
    "Dates are often easy to guess.": StrengthAdvice.DATES,
    "This is a top-10 common password.": StrengthAdvice.TOP_10_PASSWORD,
    "This is a top-100 common password.": StrengthAdvice.TOP_100_PASSWORD,
    "This is a very common password.": StrengthAdvice.VERY_COMMON_PASSWORD,
    "This is similar to a commonly used password.": StrengthAdvice.SIMILAR_TO_COMMON,
    "A word by itself is easy to guess.": StrengthAdvice.WORD_BY_ITSELF,
    "Names and surnames by themselves are easy to guess.": StrengthAdvice.NAMES_BY_THEMSELVES,
    "Common names and surnames are easy to guess.": StrengthAdvice.COMMON_NAMES,
    "Use a few words, avoid common phrases.": StrengthAdvice.USE_A_FEW_WORDS,
    "No need for symbols, digits, or uppercase letters.": StrengthAdvice.NO_NEED_FOR_SYMBOLS,
    "Add another word or two. Uncommon words are better.": StrengthAdvice.ADD_ANOTHER_WORD,
    "Use a longer keyboard pattern with more turns.": StrengthAdvice.LONGER_KEYBOARD_PATTERN,
    "Avoid repeated words and characters.": StrengthAdvice.AVOID_REPEATS,
    "Avoid sequences.": StrengthAdvice.AVOID_SEQUENCES,
    "Avoid recent years.": StrengthAdvice.AVOID_RECENT_YEARS,
    "Avoid years that are associated with you.": StrengthAdvice.AVOID_YOUR_YEARS,
    "Avoid dates and years that are associated with you.": StrengthAdvice.AVOID_YOUR_DATES,
    "Capitalization doesn't help very much.": StrengthAdvice.CAPITALIZATION,
    "All-uppercase is almost as easy to guess as all-lowercase.": StrengthAdvice.ALL_UPPERCASE,
    "Reversed words aren't much harder to guess.": StrengthAdvice.REVERSED_WORDS,
    "Predictable substitutions like '@' instead of 'a' don't help very much.": (
        StrengthAdvice.SUBSTITUTIONS
    ),
}


def advice_for(sentence: str) -> StrengthAdvice:
    return ZXCVBN_FEEDBACK.get(sentence.strip(), StrengthAdvice.GENERAL)


@dataclass(frozen=True)
class PasswordStrength:
    score: int  # 0 (guessed at once) .. 4 (very hard to guess)
    warning: StrengthAdvice | None
    suggestions: tuple[StrengthAdvice, ...]
    russian: RussianPasswordHint | None  # what zxcvbn cannot see; caps the score at weak

    @property
    def weak(self) -> bool:
        return self.score <= _WEAK


def estimate(password: str, user_inputs: Iterable[str] = ()) -> PasswordStrength:
    """zxcvbn's estimate of `password`, knowing the user's own words (login, contact, name)
    that make a password easy to guess for someone who knows them. Blocking."""
    from zxcvbn import zxcvbn

    if not password:
        return PasswordStrength(score=0, warning=None, suggestions=(), russian=None)
    inputs = [word for word in user_inputs if word.strip()]
    with _ZXCVBN_CALL:
        found = zxcvbn(password[:_ESTIMATED_LENGTH], user_inputs=inputs)
    feedback = found.get("feedback") or {}
    warning = str(feedback.get("warning") or "")
    suggestions = tuple(dict.fromkeys(advice_for(str(s)) for s in feedback.get("suggestions", ())))
    russian = russian_password_hint(password)
    score = int(found["score"])
    return PasswordStrength(
        score=min(score, _WEAK) if russian is not None else score,
        warning=advice_for(warning) if warning else None,
        suggestions=suggestions,
        russian=russian,
    )
