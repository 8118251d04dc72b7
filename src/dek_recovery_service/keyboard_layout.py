"""The Russian ЙЦУКЕН keyboard over the US QWERTY one: the same key, the other layout.

`пароль` typed with the Latin layout on is `gfhjkm`; `qwerty` typed with the Russian layout on is
`йцукен`. Only letters and the punctuation keys that carry Russian letters are mapped.
"""

from __future__ import annotations

_CYRILLIC_KEYS = "ёйцукенгшщзхъфывапролджэячсмитьбю"
_LATIN_KEYS = "`qwertyuiop[]asdfghjkl;'zxcvbnm,."

_TO_LATIN = str.maketrans(
    _CYRILLIC_KEYS + _CYRILLIC_KEYS.upper(), _LATIN_KEYS + '~QWERTYUIOP{}ASDFGHJKL:"ZXCVBNM<>'
)
_TO_CYRILLIC = str.maketrans(
    _LATIN_KEYS + '~QWERTYUIOP{}ASDFGHJKL:"ZXCVBNM<>', _CYRILLIC_KEYS + _CYRILLIC_KEYS.upper()
)


def typed_in_latin_layout(text: str) -> str:
    """What the keys of `text` (Cyrillic) give with the Latin layout on: `йцукен` -> `qwerty`."""
    return text.translate(_TO_LATIN)


def typed_in_cyrillic_layout(text: str) -> str:
    """What the keys of `text` (Latin) give with the Russian layout on: `qwerty` -> `йцукен`."""
    return text.translate(_TO_CYRILLIC)
