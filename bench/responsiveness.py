"""Does the window stay responsive through a whole recovery against a slow service?

    uv run python bench/responsiveness.py [--latency 100] [--key-gap-ms 30]

The reference service runs as a subprocess (`--demo --latency 100`: every answer comes 100 ms
late). The real window (offscreen, the app's style, its pages and flow, the keychain off) is
built in this process; once its first page is ready, a driver on the GUI thread does what a
person does, one key or click per turn of the event loop (`--key-gap-ms` apart): a sign-in
with a wrong password, «Забыли пароль?», the e-mail, «Получить код», the code read from
/demo/outbox (in a worker thread), the new password twice, «Сменить пароль», «Войти с новым
паролем», the signed-in page. Meanwhile a 1 ms precise QTimer ("the probe") notes how late
each of its ticks comes: a tick late by 40 ms means the GUI thread was busy for 40 ms and a
click or a repaint would have waited that long.

The baseline is the same probe over the same wall time in the same process, with a bare
QWizard (one page, one QLineEdit) on screen and nothing to do: what the machine, Python and
Qt's timers cost by themselves. The start-up (imports, building the pages) is not in the
probe's window: bench/startup.py measures it.

Prints the figures (with the step during which the longest stalls happened), and last one
JSON line. Targets: the longest stall < 50 ms, p99 < 16 ms. "ratio" is our p99 over the
baseline's.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import qasync
import requests
from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLineEdit,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from dek_desktop.app import install_language
from dek_desktop.config import AppConfig
from dek_desktop.desktop_app import DesktopApp
from dek_desktop.keychain import Keychain
from dek_desktop.resource_paths import styles_dir
from dek_desktop.wizard.appearance import STYLE_ARGUMENTS, Appearance
from dek_desktop.wizard.main_window import ShellWindow
from dek_desktop.wizard.page_ids import PageId

LONGEST_TARGET_MS = 50.0
P99_TARGET_MS = 16.0
PROBE_MS = 1
ANNA_NUMBER = "100200301"
ANNA_EMAIL = "anna.ivanova@example.ru"
NEW_PASSWORD = "Lighthouse-Egersheld-1876"
USER_ZONE = ZoneInfo("Asia/Vladivostok")
WAIT_S = 60.0


# --- the probe ---------------------------------------------------------------------------------


class LoopProbe(QObject):
    """A 1 ms precise timer; each tick's lateness over 1 ms is a stall of the GUI thread."""

    def __init__(self) -> None:
        super().__init__()
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(PROBE_MS)
        self._timer.timeout.connect(self._tick)
        self.stalls_ms: list[float] = []
        self.steps: list[str] = []
        self.step = "start"
        self._last = 0.0
        self.started = self.stopped = 0.0

    def start(self) -> None:
        self.started = self._last = time.perf_counter()
        self._timer.start()

    def stop(self) -> None:
        self._timer.stop()
        self.stopped = time.perf_counter()

    @property
    def wall_s(self) -> float:
        return self.stopped - self.started

    def _tick(self) -> None:
        now = time.perf_counter()
        self.stalls_ms.append(max(0.0, (now - self._last) * 1000.0 - PROBE_MS))
        self.steps.append(self.step)
        self._last = now

    def figures(self) -> dict[str, float]:
        ordered = sorted(self.stalls_ms)
        return {
            "longest_stall_ms": round(ordered[-1], 2),
            "p99_stall_ms": round(percentile(ordered, 0.99), 2),
            "p50_stall_ms": round(percentile(ordered, 0.50), 2),
            "ticks": len(ordered),
            "over_16_ms": sum(1 for stall in ordered if stall > 16.0),
            "over_50_ms": sum(1 for stall in ordered if stall > 50.0),
        }

    def worst(self, count: int = 5) -> list[tuple[float, str]]:
        ranked = sorted(zip(self.stalls_ms, self.steps, strict=True), reverse=True)
        return [(round(stall, 1), step) for stall, step in ranked[:count]]


def percentile(ordered: list[float], fraction: float) -> float:
    if not ordered:
        return float("nan")
    index = min(len(ordered) - 1, max(0, round(fraction * (len(ordered) - 1))))
    return ordered[index]


# --- the service ---------------------------------------------------------------------------


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def start_service(data_dir: Path, latency_ms: int) -> tuple[subprocess.Popen[bytes], str]:
    port = free_port()
    process = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "dek_recovery_service",
            "--demo",
            "--port",
            str(port),
            "--data-dir",
            str(data_dir),
            "--latency",
            str(latency_ms),
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    base_url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + WAIT_S
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError("the reference service exited at start")
        try:
            requests.get(f"{base_url}/v1/policy", timeout=5)
            return process, base_url
        except requests.ConnectionError:
            time.sleep(0.05)
    process.kill()
    raise RuntimeError("the reference service did not answer in time")


# --- the person at the keyboard --------------------------------------------------------------


class Person:
    """Presses keys and buttons of the real window, one per turn of the event loop."""

    def __init__(self, window: ShellWindow, probe: LoopProbe, key_gap_s: float) -> None:
        self.window = window
        self.probe = probe
        self.key_gap_s = key_gap_s

    def find(self, kind: type[Any], name: str) -> Any:
        page = self.window.wizard.current_page
        found = page.findChild(kind, name) if page is not None else None
        found = found or self.window.findChild(kind, name)
        if found is None:
            raise LookupError(f"no {kind.__name__} named {name!r}")
        return found

    async def until(self, condition: Callable[[], bool], what: str) -> None:
        deadline = time.monotonic() + WAIT_S
        while not condition():
            if time.monotonic() > deadline:
                raise TimeoutError(f"waited {WAIT_S:.0f} s for {what}")
            await asyncio.sleep(0.01)

    async def on_page(self, page: PageId) -> None:
        await self.until(lambda: self.window.wizard.currentId() == int(page), page.object_name)
        await self.idle()

    async def idle(self) -> None:
        wizard = self.window.wizard
        await self.until(
            lambda: wizard.current_page is not None and not wizard.current_page.is_busy,
            "the page's call",
        )

    async def type(self, name: str, text: str) -> None:
        field = self.find(QLineEdit, name)
        self.probe.step = f"typing into {name}"
        field.setFocus()
        for char in text:
            QTest.keyClick(field, char)
            await asyncio.sleep(self.key_gap_s)

    async def press(self, name: str, step: str) -> None:
        button = self.find(QAbstractButton, name)
        await self.until(lambda: button.isVisible() and button.isEnabled(), f"{name} enabled")
        self.probe.step = step
        QTest.mouseClick(button, Qt.MouseButton.LeftButton)
        await asyncio.sleep(self.key_gap_s)


async def newest_code(base_url: str) -> str:
    def read() -> str:
        answer = requests.get(f"{base_url}/demo/outbox", timeout=30)
        answer.raise_for_status()
        message = next(m for m in answer.json()["messages"] if m["to"] == ANNA_EMAIL)
        code = message["code"]
        assert isinstance(code, str)
        return code

    return await asyncio.to_thread(read)


async def recover(person: Person, base_url: str) -> None:
    await person.on_page(PageId.LOGIN)
    await person.type("loginEdit", ANNA_NUMBER)
    await person.type("passwordEdit", "Amur-Tiger-2025")
    await person.press("nextButton", "signing in (wrong password)")
    await person.until(lambda: bool(person.find(QWidget, "problemLabel").isVisible()), "problem")
    await person.idle()

    await person.press("forgotLink", "opening the request page")
    await person.on_page(PageId.FORGOT)
    await person.press("emailRadio", "choosing e-mail")
    await person.type("contactEdit", ANNA_EMAIL)
    await person.press("nextButton", "asking for the code")
    await person.on_page(PageId.CODE)

    code = await newest_code(base_url)
    await person.type("codeEdit", code)
    await person.press("nextButton", "checking the code")
    await person.on_page(PageId.NEW_PASSWORD)

    await person.type("newPasswordEdit", NEW_PASSWORD)
    await person.type("repeatPasswordEdit", NEW_PASSWORD)
    await person.press("nextButton", "setting the new password")
    await person.on_page(PageId.DONE)

    await person.press("nextButton", "signing in with the new password")
    await person.on_page(PageId.SIGNED_IN)
    person.probe.step = "signed in"


# --- the runs --------------------------------------------------------------------------------


async def measure_app(
    appearance: Appearance, base_url: str, work_dir: Path, key_gap_s: float
) -> LoopProbe:
    config = AppConfig(api_url=base_url, language="ru")
    language = install_language(config)
    window = ShellWindow(
        language=language, user_zone=USER_ZONE, base_pixel_size=appearance.base_pixel_size
    )
    desktop = DesktopApp(
        config, window, user_zone=USER_ZONE, keychain=Keychain.off(), draft_dir=work_dir
    )
    window.resize(1100, 800)
    window.show()
    probe = LoopProbe()
    try:
        await desktop.start()
        if desktop.failure is not None:
            raise RuntimeError(desktop.failure)
        await asyncio.sleep(0.5)  # the support contacts and the policy arrive
        probe.start()
        await recover(Person(window, probe, key_gap_s), base_url)
        probe.stop()
    finally:
        window.dialogs.close_all()
        desktop.stop()
        language.uninstall()
        window.close()
        window.deleteLater()
    return probe


async def measure_baseline(wall_s: float) -> LoopProbe:
    wizard = QWizard()
    page = QWizardPage()
    QVBoxLayout(page).addWidget(QLineEdit())
    wizard.addPage(page)
    wizard.resize(1100, 800)
    wizard.show()
    await asyncio.sleep(0.5)
    probe = LoopProbe()
    probe.start()
    await asyncio.sleep(wall_s)
    probe.stop()
    wizard.close()
    wizard.deleteLater()
    return probe


def report(name: str, probe: LoopProbe) -> None:
    figures = probe.figures()
    print(
        f"{name:9} {probe.wall_s:6.1f} s, {figures['ticks']:6d} ticks: longest "
        f"{figures['longest_stall_ms']:6.1f} ms, p99 {figures['p99_stall_ms']:5.1f} ms, "
        f"p50 {figures['p50_stall_ms']:4.1f} ms, over 16 ms: {figures['over_16_ms']}, "
        f"over 50 ms: {figures['over_50_ms']}"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--latency", type=int, default=100, help="the service's delay, ms")
    parser.add_argument("--key-gap-ms", type=int, default=30, help="between two key presses")
    args = parser.parse_args()

    app = QApplication([sys.argv[0], *STYLE_ARGUMENTS])
    appearance = Appearance(app, styles_dir())
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    with tempfile.TemporaryDirectory() as work:
        service, base_url = start_service(Path(work) / "service", args.latency)
        try:
            with loop:
                ours = loop.run_until_complete(
                    measure_app(appearance, base_url, Path(work) / "drafts", args.key_gap_ms / 1000)
                )
                baseline = loop.run_until_complete(measure_baseline(ours.wall_s))
        finally:
            service.terminate()
            service.wait(timeout=30)
    report("ours", ours)
    report("baseline", baseline)
    print("longest stalls (ms, during):")
    for stall, step in ours.worst():
        print(f"  {stall:6.1f}  {step}")
    figures, base = ours.figures(), baseline.figures()
    p99_base = max(base["p99_stall_ms"], 0.01)
    print(
        json.dumps(
            {
                "bench": "responsiveness",
                "latency_ms": args.latency,
                "wall_s": round(ours.wall_s, 2),
                "longest_stall_ms": figures["longest_stall_ms"],
                "p99_stall_ms": figures["p99_stall_ms"],
                "baseline_longest_stall_ms": base["longest_stall_ms"],
                "baseline_p99_stall_ms": base["p99_stall_ms"],
                "ratio": round(figures["p99_stall_ms"] / p99_base, 2),
                "target": "longest stall < 50 ms, p99 < 16 ms",
                "met": figures["longest_stall_ms"] < LONGEST_TARGET_MS
                and figures["p99_stall_ms"] < P99_TARGET_MS,
            }
        ),
        flush=True,
    )
    sys.stdout.flush()
    os._exit(0)  # PySide's clean-up at interpreter exit can crash after offscreen windows


if __name__ == "__main__":
    sys.exit(main())
