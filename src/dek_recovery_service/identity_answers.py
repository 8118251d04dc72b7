"""How identity answers are compared: normalised first, then only their keyed hashes."""

from __future__ import annotations


def normalise_identity_answer(kind: str, answer: str) -> str:
    """Digits only for `digits`; case, spaces and ё/е ignored for `text`."""
    if kind == "digits":
        return "".join(ch for ch in answer if ch.isdigit())
    return "".join(answer.casefold().replace("ё", "е").split())
