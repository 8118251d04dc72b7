"""The secrets a recovery needs between two pages, held in memory only and never shown."""

from __future__ import annotations

from dek_desktop.api.secret import IdentityToken, Password, ResetToken


class HeldSecrets:
    """Not a dataclass on purpose: no generated repr, no comparison, nothing to persist."""

    def __init__(self) -> None:
        self.identity_token: IdentityToken | None = None
        self.reset_token: ResetToken | None = None
        self.new_password: Password | None = None  # for signing in right after the change

    def forget(self) -> None:
        self.identity_token = None
        self.reset_token = None
        self.new_password = None

    def __repr__(self) -> str:
        return "HeldSecrets(<hidden>)"
