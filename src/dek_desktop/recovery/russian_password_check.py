"""A Russian-aware look at a new password while it is typed, beside zxcvbn (which knows
English words only): common Russian passwords, Russian words typed with the Latin layout on
(`gfhjkm` is `пароль`), Russian words in Latin letters (`parol`), and rows of keys in either
layout (`йцукен` is `qwerty`).

It warns early; the service holds the real blocklist and has the last word (`too_common`).
The words below are what Russian-speaking users choose most often, lower-case, without the
digits people add around them.
"""

from __future__ import annotations

import re
import unicodedata
from enum import StrEnum

from .keyboard_layout import typed_in_cyrillic_layout, typed_in_latin_layout


def _word_set(words: str) -> frozenset[str]:
    return frozenset(words.split())


_COMMON_RUSSIAN = _word_set(
    "пароль мойпароль новыйпароль парольчик секрет доступ вход любовь люблютебя "
    "яблюблютебя любимая любимый солнышко солнце котенок котёнок котик кошка киска собака "
    "зайка зайчик рыбка ангел ангелочек малыш малышка привет приветик пожалуйста "
    "здравствуйте спасибо наташа наталья татьяна светлана екатерина анастасия настя "
    "марина ольга елена ирина юлия мария анна александр сергей андрей дмитрий алексей "
    "владимир максим николай иван мама папа мамапапа бабушка дедушка россия москва "
    "владивосток хабаровск камчатка сахалин приморье дальний спартак зенит динамо цска "
    "тигр медведь родина свобода счастье удача весна лето осень зима звезда цветок "
    "ромашка компьютер интернет электричество свет дэк энергия кабинет личныйкабинет "
    "квартира дача"
)

# Russian words as people write them in Latin letters.
_TRANSLITERATED = _word_set(
    "parol moiparol lubov lyubov lublutebya solnyshko solnishko kotenok zaika "
    "zayka rybka angel malysh privet natasha tatyana svetlana nastya marina olga elena "
    "irina sergey andrey dmitry aleksey vladimir maksim mama papa babushka rossiya moskva "
    "vladivostok habarovsk khabarovsk kamchatka spartak zenit dinamo schastye udacha"
)

# Rows and blocks of keys, in the Russian layout; the Latin ones are the same keys.
_RUSSIAN_ROWS = ("ёйцукенгшщзхъ", "фывапролджэ", "ячсмитьбю", "йфяцычувскамепинртгоьшлбщдюзжхэъ")
_KEY_ROWS = tuple(
    row for russian in _RUSSIAN_ROWS for row in (russian, typed_in_latin_layout(russian))
)
_SHORTEST_ROW = 4

_LETTERS = re.compile(r"[^\W\d_]+")


class RussianPasswordHint(StrEnum):
    COMMON_RUSSIAN = "common_russian"  # «пароль», «солнышко», or «parol» in Latin letters
    RUSSIAN_IN_LATIN_LAYOUT = "russian_in_latin_layout"  # «gfhjkm»: «пароль» on the Latin layout
    KEYBOARD_ROW = "keyboard_row"  # «йцукен», «qwerty», «фыва», «asdf»


def russian_password_hint(password: str) -> RussianPasswordHint | None:
    """What makes `password` easy to guess for someone who knows Russian habits, or None.

    Only the letters count, and only when every word of them is such a habit: people add
    digits and signs around a word («пароль123!») and join words («пароль-пароль»)."""
    folded = unicodedata.normalize("NFKC", password).casefold()
    kinds = [_kind(word) for word in _LETTERS.findall(folded)]
    if kinds and None not in kinds:
        if RussianPasswordHint.COMMON_RUSSIAN in kinds:
            return RussianPasswordHint.COMMON_RUSSIAN
        return RussianPasswordHint.KEYBOARD_ROW
    # the Latin layout's punctuation keys are Russian letters: convert before splitting
    words = _LETTERS.findall(typed_in_cyrillic_layout(folded))
    if words and all(_is_common(word, _COMMON_RUSSIAN) for word in words):
        return RussianPasswordHint.RUSSIAN_IN_LATIN_LAYOUT
    return None


def _kind(word: str) -> RussianPasswordHint | None:
    if _is_common(word, _COMMON_RUSSIAN) or _is_common(word, _TRANSLITERATED):
        return RussianPasswordHint.COMMON_RUSSIAN
    if len(word) >= _SHORTEST_ROW and any(word in row for row in _KEY_ROWS):
        return RussianPasswordHint.KEYBOARD_ROW
    return None


def _is_common(word: str, words: frozenset[str]) -> bool:
    """A common word, or one repeated («парольпароль»)."""
    if word in words:
        return True
    for times in (2, 3):
        part, rest = divmod(len(word), times)
        if rest == 0 and part and word == word[:part] * times and word[:part] in words:
            return True
    return False
