"""The Russian ЙЦУКЕН keyboard over the US QWERTY one: the same keys in the other layout.

`пароль` typed with the Latin layout on comes out as `gfhjkm`, and `qwerty` typed with the
Russian layout on as `йцукен`. Letters and the punctuation keys that carry Russian letters
are mapped; everything else stays as it is.
"""

from __future__ import annotations

_CYRILLIC_KEYS = "ёйцукенгшщзхъфывапролджэячсмитьбю"
_LATIN_KEYS = "`qwertyuiop[]asdfghjkl;'zxcvbnm,."
_LATIN_SHIFTED = '~QWERTYUIOP{}ASDFGHJKL:"ZXCVBNM<>'

_TO_LATIN = str.maketrans(_CYRILLIC_KEYS + _CYRILLIC_KEYS.upper(), _LATIN_KEYS + _LATIN_SHIFTED)
_TO_CYRILLIC = str.maketrans(_LATIN_KEYS + _LATIN_SHIFTED, _CYRILLIC_KEYS + _CYRILLIC_KEYS.upper())


def typed_in_latin_layout(text: str) -> str:
    """What the keys of `text` (Cyrillic) give with the Latin layout on: `йцукен` -> `qwerty`."""
    return text.translate(_TO_LATIN)


def typed_in_cyrillic_layout(text: str) -> str:
    """What the keys of `text` (Latin) give with the Russian layout on: `gfhjkm` -> `пароль`."""
    return text.translate(_TO_CYRILLIC)
