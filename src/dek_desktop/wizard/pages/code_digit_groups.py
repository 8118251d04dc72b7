"""The code field shows typed digits in groups of three («123 456»), easier to compare with
the message; a pasted link or anything else but digits is left as it is."""

from __future__ import annotations

GROUP = 3
_SEPARATORS = frozenset(" -\u00a0")


def grouped_digits(text: str, cursor: int) -> tuple[str, int] | None:
    """`text` regrouped and the cursor kept after the same digit, or None to leave it be."""
    if not text or not all((ch.isascii() and ch.isdigit()) or ch in _SEPARATORS for ch in text):
        return None
    digits = [ch for ch in text if ch.isdigit()]
    before = sum(1 for ch in text[:cursor] if ch.isdigit())
    grouped = " ".join("".join(digits[i : i + GROUP]) for i in range(0, len(digits), GROUP))
    position = before + (before - 1) // GROUP if before else 0
    return grouped, position
