"""The system keychain (keyring): the remembered login, and its password only when asked.

Every keyring call runs on one worker thread of its own: backends talk to D-Bus, the macOS
Keychain or the Windows Credential Manager, may block on an unlock prompt, and some are not
safe to call from several threads. The first failure (no backend, a locked keychain, a
backend error) turns the keychain off for the rest of the run with one quiet log line; the
caller gets "nothing remembered" and the page says "remember me" is not available. In kiosk
mode the keychain is off from the start and keyring is never imported.

Qt-free; `await` its methods from the event loop.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import TYPE_CHECKING, TypeVar

if TYPE_CHECKING:
    from keyring.backend import KeyringBackend

log = logging.getLogger(__name__)

SERVICE_NAME = "dek-desktop"
LOGIN_ENTRY = "remembered-login"
#: Document applications' tokens, by application number (apart from the logins).
APPLICATION_SERVICE_NAME = "dek-desktop-applications"

T = TypeVar("T")


@dataclass(frozen=True)
class RememberedSignIn:
    login: str
    password: str | None = None  # only when the user ticked "remember the password"

    def __repr__(self) -> str:
        hidden = "***" if self.password else None
        return f"RememberedSignIn(login={self.login!r}, password={hidden})"


class Keychain:
    def __init__(self, *, backend: KeyringBackend | None = None, enabled: bool = True) -> None:
        """`backend` None: keyring's own choice (or the one set with `keyring.set_keyring`)."""
        self._backend = backend
        self._enabled = enabled
        self._failure: str | None = None if enabled else "off in kiosk mode"
        self._executor: ThreadPoolExecutor | None = None

    @classmethod
    def off(cls) -> Keychain:
        """Kiosk mode: nothing is read or stored, keyring is never touched."""
        return cls(enabled=False)

    @property
    def available(self) -> bool:
        return self._failure is None

    @property
    def failure(self) -> str | None:
        """Why the keychain is off (for the log and the support page), or None."""
        return self._failure

    async def remembered(self) -> RememberedSignIn | None:
        def read(backend: KeyringBackend) -> RememberedSignIn | None:
            login = backend.get_password(SERVICE_NAME, LOGIN_ENTRY)
            if not login:
                return None
            return RememberedSignIn(login, backend.get_password(SERVICE_NAME, login))

        return await self._call(read, None)

    async def remember(self, login: str, password: str | None) -> bool:
        """Keeps the login; the password too when given, else forgets a stored one."""

        def store(backend: KeyringBackend) -> bool:
            previous = backend.get_password(SERVICE_NAME, LOGIN_ENTRY)
            if previous and previous != login:
                _delete_quietly(backend, previous)
            backend.set_password(SERVICE_NAME, LOGIN_ENTRY, login)
            if password:
                backend.set_password(SERVICE_NAME, login, password)
            else:
                _delete_quietly(backend, login)
            return True

        return await self._call(store, False)

    async def save_password(self, login: str, password: str) -> bool:
        """A new password, saved for that login (the offer after a successful reset)."""

        def store(backend: KeyringBackend) -> bool:
            backend.set_password(SERVICE_NAME, login, password)
            return True

        return await self._call(store, False)

    async def forget(self) -> None:
        def delete(backend: KeyringBackend) -> None:
            login = backend.get_password(SERVICE_NAME, LOGIN_ENTRY)
            if login:
                _delete_quietly(backend, login)
            _delete_quietly(backend, LOGIN_ENTRY)

        await self._call(delete, None)

    async def application_token(self, number: str) -> str | None:
        """The token of a document application made or opened on this computer, or None."""

        def read(backend: KeyringBackend) -> str | None:
            return backend.get_password(APPLICATION_SERVICE_NAME, number) or None

        return await self._call(read, None)

    async def keep_application_token(self, number: str, token: str) -> bool:
        """Kept so that closing the app does not lose the application (its number alone grants
        nothing); False when the keychain is off."""

        def store(backend: KeyringBackend) -> bool:
            backend.set_password(APPLICATION_SERVICE_NAME, number, token)
            return True

        return await self._call(store, False)

    async def forget_application_token(self, number: str) -> None:
        def delete(backend: KeyringBackend) -> None:
            _delete_quietly(backend, number, service=APPLICATION_SERVICE_NAME)

        await self._call(delete, None)

    def close(self) -> None:
        if self._executor is not None:
            self._executor.shutdown(wait=False, cancel_futures=True)
            self._executor = None

    async def _call(self, work: Callable[[KeyringBackend], T], otherwise: T) -> T:
        if self._failure is not None:
            return otherwise
        if self._executor is None:
            self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="keychain")
        loop = asyncio.get_running_loop()
        outcome = await loop.run_in_executor(self._executor, self._run, work)
        if isinstance(outcome, _Failed):
            if self._failure is None:
                self._failure = outcome.reason
                log.info("keychain not available (%s); remember me is off", outcome.reason)
            return otherwise
        return outcome

    def _run(self, work: Callable[[KeyringBackend], T]) -> T | _Failed:
        """On the keychain thread."""
        try:
            import keyring
            from keyring.errors import KeyringError

            backend = self._backend or keyring.get_keyring()
        except Exception as error:  # a broken keyring install must not stop the app
            return _Failed(type(error).__name__)
        try:
            return work(backend)
        except KeyringError as error:
            return _Failed(type(error).__name__)
        except Exception as error:  # backends raise their own errors (D-Bus, OS)
            return _Failed(f"{type(error).__name__} from {type(backend).__name__}")


@dataclass(frozen=True)
class _Failed:
    reason: str


def _delete_quietly(backend: KeyringBackend, username: str, *, service: str = SERVICE_NAME) -> None:
    from keyring.errors import PasswordDeleteError

    with contextlib.suppress(PasswordDeleteError):  # nothing was stored under that name
        backend.delete_password(service, username)
