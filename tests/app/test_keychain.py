"""The keychain with a real keyring backend (keyrings.alt's plain-text file, set explicitly),
and with keyring's own failing backend: one quiet line, "remember me" off, never a crash."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail
from pytestqt.qtbot import QtBot

from dek_desktop.keychain import LOGIN_ENTRY, SERVICE_NAME, Keychain, RememberedSignIn
from tests.app.conftest import WAIT_MS, TmpPlaintextKeyring


def run(qtbot: QtBot, work: asyncio.Future[object] | object) -> object:
    """Runs a coroutine on the qasync loop and waits for it the pytest-qt way."""
    task = asyncio.ensure_future(work)  # type: ignore[arg-type]
    qtbot.waitUntil(task.done, timeout=WAIT_MS)
    return task.result()


@pytest.fixture
def system_keyring(tmp_path: Path) -> Iterator[KeyringBackend]:
    """keyring's global backend set explicitly to a plain-text file in tmp_path."""
    previous = keyring.get_keyring()
    backend = TmpPlaintextKeyring(tmp_path / "keyring.cfg")
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


def test_the_login_and_the_password_are_remembered_and_forgotten(
    qtbot: QtBot, qt_loop: asyncio.AbstractEventLoop, system_keyring: KeyringBackend
) -> None:
    keychain = Keychain()
    assert run(qtbot, keychain.remembered()) is None
    assert run(qtbot, keychain.remember("100200301", "Amur-Tiger-2026")) is True
    assert system_keyring.get_password(SERVICE_NAME, LOGIN_ENTRY) == "100200301"
    assert run(qtbot, keychain.remembered()) == RememberedSignIn("100200301", "Amur-Tiger-2026")

    # "remember me" without the password: the login stays, a stored password goes
    assert run(qtbot, keychain.remember("100200301", None)) is True
    assert run(qtbot, keychain.remembered()) == RememberedSignIn("100200301", None)

    # another login replaces the first, and the first one's password is not left behind
    run(qtbot, keychain.remember("100200301", "Amur-Tiger-2026"))
    run(qtbot, keychain.remember("anna.ivanova@example.ru", None))
    assert system_keyring.get_password(SERVICE_NAME, "100200301") is None
    assert run(qtbot, keychain.save_password("anna.ivanova@example.ru", "New-Pass-2026")) is True
    assert run(qtbot, keychain.remembered()) == RememberedSignIn(
        "anna.ivanova@example.ru", "New-Pass-2026"
    )

    run(qtbot, keychain.forget())
    assert run(qtbot, keychain.remembered()) is None
    assert keychain.available
    assert "New-Pass-2026" not in repr(RememberedSignIn("x", "New-Pass-2026"))
    keychain.close()


def test_every_call_runs_on_one_thread_of_its_own(
    qtbot: QtBot, qt_loop: asyncio.AbstractEventLoop, tmp_path: Path
) -> None:
    import threading

    threads: set[str] = set()

    class ThreadNoting(TmpPlaintextKeyring):
        def get_password(self, service: str, username: str) -> str | None:
            threads.add(threading.current_thread().name)
            result: str | None = super().get_password(service, username)
            return result

    keychain = Keychain(backend=ThreadNoting(tmp_path / "keyring.cfg"))
    for _ in range(3):
        run(qtbot, keychain.remembered())
    assert len(threads) == 1
    assert next(iter(threads)).startswith("keychain")
    assert threading.current_thread().name not in threads
    keychain.close()


def test_no_keyring_turns_remember_me_off_with_one_quiet_line(
    qtbot: QtBot, qt_loop: asyncio.AbstractEventLoop, caplog: pytest.LogCaptureFixture
) -> None:
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        keychain = Keychain()
        with caplog.at_level(logging.INFO, logger="dek_desktop.keychain"):
            assert run(qtbot, keychain.remembered()) is None
            assert run(qtbot, keychain.remember("100200301", "secret")) is False
            assert run(qtbot, keychain.save_password("100200301", "secret")) is False
            run(qtbot, keychain.forget())
    finally:
        keyring.set_keyring(previous)
    assert not keychain.available
    assert keychain.failure == "NoKeyringError"
    lines = [record for record in caplog.records if record.name == "dek_desktop.keychain"]
    assert len(lines) == 1
    assert lines[0].levelno == logging.INFO
    assert "remember me is off" in lines[0].getMessage()
    assert "secret" not in caplog.text
    keychain.close()


def test_a_backend_that_breaks_on_writing_is_the_same_as_none(
    qtbot: QtBot, qt_loop: asyncio.AbstractEventLoop, tmp_path: Path
) -> None:
    from keyring.errors import PasswordSetError

    class Locked(TmpPlaintextKeyring):
        def set_password(self, service: str, username: str, password: str) -> None:
            raise PasswordSetError("the keychain is locked")

    keychain = Keychain(backend=Locked(tmp_path / "keyring.cfg"))
    assert run(qtbot, keychain.remember("100200301", "secret")) is False
    assert keychain.failure == "PasswordSetError"
    assert run(qtbot, keychain.remembered()) is None
    keychain.close()


def test_kiosk_mode_never_touches_keyring(
    qtbot: QtBot, qt_loop: asyncio.AbstractEventLoop, tmp_path: Path
) -> None:
    touched: list[str] = []

    class Watching(TmpPlaintextKeyring):
        def get_password(self, service: str, username: str) -> str | None:
            touched.append(username)
            return None

    previous = keyring.get_keyring()
    keyring.set_keyring(Watching(tmp_path / "keyring.cfg"))
    try:
        keychain = Keychain.off()
        assert run(qtbot, keychain.remembered()) is None
        assert run(qtbot, keychain.remember("100200301", "secret")) is False
    finally:
        keyring.set_keyring(previous)
    assert touched == []
    assert not keychain.available
    assert keychain.failure == "off in kiosk mode"
