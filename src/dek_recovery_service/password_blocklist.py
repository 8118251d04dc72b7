"""The blocklist of common passwords that the password policy refuses.

Sources, loaded once at start-up:
- the 30 000 most common passwords of leaked password sets, as bundled with zxcvbn
  (`zxcvbn.frequency_lists.FREQUENCY_LISTS["passwords"]`, from the Xato 10-million-password
  corpus that Dropbox's zxcvbn ships);
- common Russian passwords written in Cyrillic (`data/russian_common_passwords.txt`);
- every Russian one as typed with the Latin layout on (`пароль` -> `gfhjkm`), and every leaked
  one as typed with the Russian layout on (`qwerty` -> `йцукен`).
Entries are compared case-insensitively after NFKC.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import cache
from importlib.resources import files

from zxcvbn.frequency_lists import FREQUENCY_LISTS

from .keyboard_layout import typed_in_cyrillic_layout, typed_in_latin_layout

SOURCE = (
    "zxcvbn FREQUENCY_LISTS['passwords'] (30 000 most common leaked passwords, Xato corpus)"
    " + data/russian_common_passwords.txt, each also as typed in the other keyboard layout"
)


def comparable(password: str) -> str:
    """The form in which passwords and entries are compared: NFKC, then case-folded."""
    return unicodedata.normalize("NFKC", password).casefold()


def russian_common_passwords() -> tuple[str, ...]:
    text = files("dek_recovery_service").joinpath("data/russian_common_passwords.txt")
    lines = (line.strip() for line in text.read_text("utf-8").splitlines())
    return tuple(line for line in lines if line and not line.startswith("#"))


@dataclass(frozen=True)
class PasswordBlocklist:
    entries: frozenset[str]
    source: str = SOURCE

    def __contains__(self, password: object) -> bool:
        return isinstance(password, str) and comparable(password) in self.entries

    def __len__(self) -> int:
        return len(self.entries)


@cache
def load_blocklist() -> PasswordBlocklist:
    leaked = [comparable(entry) for entry in FREQUENCY_LISTS["passwords"]]
    russian = [comparable(entry) for entry in russian_common_passwords()]
    entries = {
        *leaked,
        *(typed_in_cyrillic_layout(entry) for entry in leaked),
        *russian,
        *(typed_in_latin_layout(entry) for entry in russian),
    }
    return PasswordBlocklist(frozenset(entries))
