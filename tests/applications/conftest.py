"""Fixtures for the Qt-free application flow: the real service over HTTP, a real keyring file
backend, a draft directory, and real document files written by the tests."""

from __future__ import annotations

from pathlib import Path

import pytest
from keyrings.alt.file import PlaintextKeyring

from dek_desktop.keychain import Keychain


class FileKeyring(PlaintextKeyring):  # type: ignore[misc]
    """keyrings.alt's plain-text file backend, its file in the test's temp dir."""

    def __init__(self, path: Path) -> None:
        super().__init__()
        self._path = path

    @property
    def file_path(self) -> str:
        return str(self._path)


@pytest.fixture
def keyring_file(tmp_path: Path) -> Path:
    return tmp_path / "keyring.cfg"


@pytest.fixture
def keychain(keyring_file: Path) -> Keychain:
    return Keychain(backend=FileKeyring(keyring_file))


@pytest.fixture
def draft_dir(tmp_path: Path) -> Path:
    return tmp_path / "drafts"
