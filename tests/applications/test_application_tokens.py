"""An application's token lives in the keychain (by application number), never in a file of
ours, and nowhere at all when the keychain is off (kiosk mode)."""

from __future__ import annotations

import asyncio
from pathlib import Path

from dek_desktop.keychain import Keychain
from tests.applications.conftest import FileKeyring

TOKEN = "wQ3k0-token-of-application-2026-000124"


def test_kept_read_back_by_a_new_keychain_and_forgotten(keyring_file: Path) -> None:
    async def scenario() -> tuple[bool, str | None, str | None, str | None]:
        first = Keychain(backend=FileKeyring(keyring_file))
        kept = await first.keep_application_token("2026-000124", TOKEN)
        first.close()
        again = Keychain(backend=FileKeyring(keyring_file))  # the app opened again
        read = await again.application_token("2026-000124")
        other = await again.application_token("2026-000125")
        await again.forget_application_token("2026-000124")
        gone = await again.application_token("2026-000124")
        again.close()
        return kept, read, other, gone

    kept, read, other, gone = asyncio.run(scenario())
    assert kept
    assert read == TOKEN
    assert other is None
    assert gone is None


def test_an_application_token_does_not_touch_the_remembered_login(keyring_file: Path) -> None:
    async def scenario() -> tuple[str | None, str | None]:
        keychain = Keychain(backend=FileKeyring(keyring_file))
        await keychain.remember("2026-000124", "a-password")
        await keychain.keep_application_token("2026-000124", TOKEN)
        await keychain.forget_application_token("2026-000124")
        remembered = await keychain.remembered()
        keychain.close()
        return (remembered.login, remembered.password) if remembered else (None, None)

    assert asyncio.run(scenario()) == ("2026-000124", "a-password")


def test_kiosk_keychain_keeps_no_token(keyring_file: Path) -> None:
    async def scenario() -> tuple[bool, str | None]:
        keychain = Keychain.off()
        kept = await keychain.keep_application_token("2026-000124", TOKEN)
        return kept, await keychain.application_token("2026-000124")

    assert asyncio.run(scenario()) == (False, None)
    assert not keyring_file.exists()
