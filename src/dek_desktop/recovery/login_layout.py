"""A login or password typed with the Russian keyboard layout on where Latin keys were meant.

A login is an account number, an e-mail or a phone: digits and Latin letters, unless it is an
address in a Russian-language domain (`иван@почта.рф`). Russian letters anywhere else mean the
keyboard was switched to Russian: `фтт@учфьзду.ru` is `ann@example.ru` typed that way. A
password may be Russian on purpose, so for a password this is only a warning.
"""

from __future__ import annotations

from .keyboard_layout import typed_in_latin_layout

# Domains whose last part is written in Cyrillic: addresses there are Russian on purpose.
_CYRILLIC_TOP_DOMAINS = frozenset(
    {"рф", "рус", "москва", "дети", "онлайн", "сайт", "орг", "ком", "бел", "укр", "срб", "мкд"}
)
# With the Russian layout on, the keys of @ and # give " and №.
_RUSSIAN_LAYOUT_SYMBOLS = str.maketrans({'"': "@", "№": "#"})


def has_russian_letters(text: str) -> bool:
    return any("\u0400" <= char <= "\u04ff" for char in text)


def is_russian_address(text: str) -> bool:
    """An e-mail address in a Cyrillic top-level domain (`почта.рф`)."""
    _, at, domain = text.strip().rpartition("@")
    top = domain.rstrip(".").rpartition(".")[2].lower()
    return bool(at) and top in _CYRILLIC_TOP_DOMAINS


def login_in_wrong_layout(text: str) -> bool:
    """Russian letters in a login that is not a Russian-language e-mail address."""
    return has_russian_letters(text) and not is_russian_address(text)


def password_in_wrong_layout(text: str) -> bool:
    """Russian letters in a password: maybe meant, maybe the layout; the user is told."""
    return has_russian_letters(text)


def login_typed_in_latin(text: str) -> str | None:
    """The login as the same keys give it with the Latin layout on, or None when it has no
    letters typed in the wrong layout: `фтт@учфьзду.ru` -> `ann@example.ru`,
    `фттфюшмфтщмф"учфьздуюкг` -> `anna.ivanova@example.ru`."""
    typed = text.strip()
    if not login_in_wrong_layout(typed):
        return None
    retyped = typed_in_latin_layout(typed)
    if "@" not in retyped:
        retyped = retyped.translate(_RUSSIAN_LAYOUT_SYMBOLS)
    return retyped if retyped != typed else None
