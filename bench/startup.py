"""Start-up: process start -> first painted frame of the app, against a bare QWizard.

    uv run python bench/startup.py [--runs 10]

Both run offscreen with the same Python and environment, alternating, `--runs` processes
each; a process prints a marker from its window's first paint event and the time is taken
here, from just before the process is started to the moment the marker line is read. The
app runs as `dek-desktop --api-url http://127.0.0.1:9` (nothing listens there: no demo
service, no network wait). The app also reports when its first page is ready ("ready"),
listed for information. The last line is the JSON result.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FIRST_PAINT = "dek-desktop: first paint"
READY = "dek-desktop: ready"
TARGET = 1.25

BASELINE = f"""
import sys
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QLineEdit, QVBoxLayout, QWizard, QWizardPage

class FirstPaint(QObject):
    def eventFilter(self, watched, event):
        if watched is wizard and event.type() == QEvent.Type.Paint:
            print({FIRST_PAINT!r}, flush=True)
            watched.removeEventFilter(self)
        return False

app = QApplication(sys.argv)
wizard = QWizard()
page = QWizardPage()
QVBoxLayout(page).addWidget(QLineEdit())
wizard.addPage(page)
reporter = FirstPaint()
wizard.installEventFilter(reporter)
wizard.show()
app.exec()
"""


def environment(home: Path) -> dict[str, str]:
    environ = {key: value for key, value in os.environ.items() if not key.startswith("DEK_")}
    environ.update(
        QT_QPA_PLATFORM="offscreen",
        DEK_REPORT_STARTUP="1",
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_DATA_HOME=str(home / "data"),
        XDG_CONFIG_DIRS=str(home / "etc"),
        PYTHONUNBUFFERED="1",
    )
    # An installed app runs from compiled bytecode; the unmeasured first run writes it.
    environ.pop("PYTHONDONTWRITEBYTECODE", None)
    return environ


def time_process(
    command: list[str], environ: dict[str, str], *, until_ready: bool
) -> dict[str, float]:
    """Seconds from start to the first paint (and to "ready" when asked)."""
    started = time.perf_counter()
    process = subprocess.Popen(
        command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=environ, text=True
    )
    assert process.stdout is not None
    times: dict[str, float] = {}
    try:
        for line in process.stdout:
            now = time.perf_counter() - started
            if line.strip() == FIRST_PAINT:
                times["first_paint"] = now
                if not until_ready:
                    break
            elif line.strip() == READY:
                times["ready"] = now
                break
    finally:
        process.kill()
        process.wait(timeout=30)
    if "first_paint" not in times:
        raise RuntimeError(f"no first paint from {command}")
    return times


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=10)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as home:
        environ = environment(Path(home))
        ours_command = [sys.executable, "-m", "dek_desktop", "--api-url", "http://127.0.0.1:9"]
        baseline_command = [sys.executable, "-c", BASELINE]
        # one of each first, unmeasured: the .qm build of a fresh checkout, the disk cache
        time_process(ours_command, environ, until_ready=True)
        time_process(baseline_command, environ, until_ready=False)
        ours, ready, baseline = [], [], []
        for _ in range(args.runs):
            ours_times = time_process(ours_command, environ, until_ready=True)
            ours.append(ours_times["first_paint"])
            ready.append(ours_times.get("ready", float("nan")))
            baseline.append(
                time_process(baseline_command, environ, until_ready=False)["first_paint"]
            )
    ours_s, baseline_s = statistics.median(ours), statistics.median(baseline)
    print(f"ours (first paint):  {', '.join(f'{t:.3f}' for t in ours)}")
    print(f"ours (first page):   {', '.join(f'{t:.3f}' for t in ready)}")
    print(f"bare QWizard:        {', '.join(f'{t:.3f}' for t in baseline)}")
    print(f"median first page ready: {statistics.median(ready):.3f} s")
    print(
        json.dumps(
            {
                "bench": "startup",
                "ours_s": round(ours_s, 4),
                "baseline_s": round(baseline_s, 4),
                "ratio": round(ours_s / baseline_s, 3),
                "target": f"<= {TARGET}",
            }
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
