""" "Remember me" on the sign-in page: the system keychain behind `rememberCheck`.

After a sign-in the login is kept, and the password only when the box is ticked (unticked, a
stored one is forgotten); the next start fills both in. When the keychain fails (no backend,
a locked keychain) the box is turned off and one quiet line under it says why; in kiosk mode
the box is not shown and the keychain is never touched.
"""

from __future__ import annotations

import asyncio
from collections.abc import Coroutine
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QCheckBox, QLabel

if TYPE_CHECKING:
    from ...keychain import Keychain, RememberedSignIn


class RememberMe(QObject):
    #: What the keychain held at start: the login, and the password or "".
    remembered = Signal(str, str)

    def __init__(self, keychain: Keychain, check: QCheckBox, note: QLabel, *, kiosk: bool) -> None:
        super().__init__(check)
        self._keychain = keychain
        self._check = check
        self._note = note
        self._kiosk = kiosk
        self._tasks: set[asyncio.Task[None]] = set()
        check.setVisible(not kiosk)
        self._show_availability()

    def load(self) -> None:
        """Reads what was remembered (on the keychain's thread); `remembered` says it."""
        if not self._kiosk:
            self._spawn(self._load())

    async def keep(self, login: str, password: str | None) -> None:
        """After a successful sign-in: the login, and `password` when the box was ticked."""
        if self._kiosk:
            return
        await self._keychain.remember(login, password)
        self._show_availability()

    def _spawn(self, work: Coroutine[Any, Any, None]) -> None:
        task = asyncio.ensure_future(work)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    async def _load(self) -> None:
        found: RememberedSignIn | None = await self._keychain.remembered()
        self._show_availability()
        if found is not None:
            self.remembered.emit(found.login, found.password or "")

    def _show_availability(self) -> None:
        available = self._keychain.available and not self._kiosk
        if not available and self._check.isChecked():
            self._check.setChecked(False)
        self._check.setEnabled(available)
        self._note.setVisible(not self._kiosk and not self._keychain.available)
