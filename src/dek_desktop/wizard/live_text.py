"""Text that is worked out again whenever the language changes.

A page that says something later (a problem, a status) may pass a function instead of a
string: `lambda: self.tr("Wrong code")`. The function runs again on every language switch,
so the text never stays in the old language.
"""

from __future__ import annotations

from collections.abc import Callable

LiveText = str | Callable[[], str]


def resolve(text: LiveText) -> str:
    return text if isinstance(text, str) else text()
