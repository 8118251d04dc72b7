"""The computer is kept awake while documents are sent: on Linux by a logind inhibitor lock
over Qt's D-Bus, tested on a private bus against a stand-in logind (a real D-Bus peer in its
own process), alone and held by a real sending of the application flow. Windows'
SetThreadExecutionState and macOS' IOKit assertion cannot run here: only their choice by
platform is tested."""

from __future__ import annotations

import asyncio
import os
import select
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtDBus import QDBusConnection
from pytestqt.qtbot import QtBot

from dek_desktop.api import RecoveryClient
from dek_desktop.api.vocabulary import DocumentKind
from dek_desktop.applications import (
    DOCUMENT_CHUNK_BYTES,
    ApplicationDraftStore,
    ApplicationFlow,
    NoKeepAwake,
    UploadPhase,
    native_keep_awake,
)
from dek_desktop.keychain import Keychain
from dek_desktop.wizard.logind_keep_awake import (
    WHY,
    LogindKeepAwake,
    keep_awake_for_this_computer,
)
from tests.api.meddling_proxy import Meddling, MeddlingProxy
from tests.app.dbus.private_bus import PrivateBus
from tests.applications.conftest import FileKeyring
from tests.applications.document_files import grainy_photo
from tests.applications.flow_parts import created, sent_all
from tests.conftest import RunningService


class Lines:
    """A child's stdout read without blocking the test's event loop."""

    def __init__(self, process: subprocess.Popen[str]) -> None:
        assert process.stdout is not None
        self._fd = process.stdout.fileno()
        os.set_blocking(self._fd, False)
        self._buffer = ""
        self.seen: list[str] = []

    def poll(self) -> list[str]:
        while select.select([self._fd], [], [], 0)[0]:
            chunk = os.read(self._fd, 4096)
            if not chunk:
                break
            self._buffer += chunk.decode()
        *complete, self._buffer = self._buffer.split("\n")
        self.seen += [line for line in complete if line]
        return self.seen


@pytest.fixture
def bus(qapp: object) -> Iterator[tuple[PrivateBus, QDBusConnection]]:
    private = PrivateBus()
    name = f"keep-awake-test-{id(private)}"
    connection = QDBusConnection.connectToBus(private.address, name)
    assert connection.isConnected()
    yield private, connection
    QDBusConnection.disconnectFromBus(name)
    private.close()


def test_logind_holds_the_lock_while_sending_and_lets_go_after(
    qtbot: QtBot, bus: tuple[PrivateBus, QDBusConnection]
) -> None:
    private, connection = bus
    logind = Lines(private.start_logind())
    awake = LogindKeepAwake(connection)

    awake.hold()
    awake.hold()  # a second hold asks nothing more
    qtbot.waitUntil(lambda: awake.held, timeout=10_000)
    assert logind.poll() == [f"inhibit sleep:idle|DEK: access to your personal account|{WHY}|block"]

    awake.release()
    qtbot.waitUntil(lambda: "released" in logind.poll(), timeout=10_000)
    assert not awake.held

    awake.hold()  # the next sending takes a new lock
    qtbot.waitUntil(lambda: awake.held, timeout=10_000)
    awake.release()
    qtbot.waitUntil(lambda: logind.poll().count("released") == 2, timeout=10_000)
    assert (
        logind.poll().count(f"inhibit sleep:idle|DEK: access to your personal account|{WHY}|block")
        == 2
    )


def test_released_before_logind_answered_leaves_no_lock(
    qtbot: QtBot, bus: tuple[PrivateBus, QDBusConnection]
) -> None:
    private, connection = bus
    logind = Lines(private.start_logind())
    awake = LogindKeepAwake(connection)
    awake.hold()
    awake.release()  # the sending ended at once
    qtbot.waitUntil(lambda: "released" in logind.poll(), timeout=10_000)
    assert not awake.held


def test_no_logind_on_the_bus_is_quiet(
    qtbot: QtBot, bus: tuple[PrivateBus, QDBusConnection], caplog: pytest.LogCaptureFixture
) -> None:
    _private, connection = bus
    awake = LogindKeepAwake(connection)
    with caplog.at_level("INFO", logger="dek_desktop.wizard"):
        awake.hold()
        qtbot.waitUntil(lambda: "did not keep the computer awake" in caplog.text, timeout=10_000)
    assert not awake.held
    awake.release()


def test_each_system_gets_its_own_way() -> None:
    assert sys.platform.startswith("linux")
    assert native_keep_awake() is None  # Windows and macOS only
    assert isinstance(keep_awake_for_this_computer(), LogindKeepAwake)
    quiet = NoKeepAwake()
    quiet.hold()
    quiet.release()


def test_held_while_documents_are_sent_and_released_after(
    qtbot: QtBot,
    qt_loop: object,
    bus: tuple[PrivateBus, QDBusConnection],
    service: RunningService,
    tmp_path: Path,
) -> None:
    private, connection = bus
    logind = Lines(private.start_logind())
    awake = LogindKeepAwake(connection)
    link = MeddlingProxy(service.port, Meddling(upload_bytes_per_second=512 * 1024))
    flow = ApplicationFlow(
        RecoveryClient(link.base_url, upload_chunk_bytes=DOCUMENT_CHUNK_BYTES),
        ApplicationDraftStore(tmp_path / "drafts"),
        Keychain(backend=FileKeyring(tmp_path / "keyring.cfg")),
        keep_awake=awake,
        workers=1,
    )
    try:

        async def ready_to_send() -> None:
            await created(flow)
            await flow.add_files(
                DocumentKind.PASSPORT, [grainy_photo(tmp_path, "Разворот.jpg", seed=1)]
            )

        preparing = asyncio.ensure_future(ready_to_send())
        qtbot.waitUntil(preparing.done, timeout=30_000)
        preparing.result()
        assert logind.poll() == []
        flow.start_sending()
        qtbot.waitUntil(
            lambda: (
                flow.state.upload is not None
                and flow.state.upload.phase is UploadPhase.SENDING
                and awake.held
            ),
            timeout=30_000,
        )
        assert logind.poll()[0].startswith("inhibit sleep:idle|")
        qtbot.waitUntil(lambda: sent_all(flow.state), timeout=60_000)
        qtbot.waitUntil(lambda: "released" in logind.poll(), timeout=10_000)
        assert not awake.held
    finally:
        flow.close()
        link.close()
