"""build.spec makes a one-folder app that starts and talks to the service, with no Python around.

Slow (PyInstaller takes about a minute), but it is the only proof that the release bundle
carries what the app imports by name after start-up, its catalogs, styles and forms.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import RunningService

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def frozen_app(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("frozen")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            str(ROOT / "build.spec"),
            "--noconfirm",
            "--distpath",
            str(out / "dist"),
            "--workpath",
            str(out / "work"),
        ],
        cwd=ROOT,
        check=True,
        capture_output=True,
        timeout=600,
    )
    return out / "dist" / "dek-desktop"


@pytest.mark.slow
def test_release_bundle_leaves_the_reference_service_out(frozen_app: Path) -> None:
    internal = frozen_app / "_internal"
    assert (frozen_app / "dek-desktop").is_file()
    assert not (internal / "dek_recovery_service").exists()
    assert not list(internal.glob("**/uvicorn*"))
    for language in ("ru", "en"):
        assert (internal / "resources" / "translations" / f"dek_desktop_{language}.qm").is_file()
    assert (internal / "PySide6" / "Qt" / "translations" / "qtbase_ru.qm").is_file()
    assert not (internal / "PySide6" / "Qt" / "translations" / "qtbase_de.qm").exists()
    forms = {path.name for path in (ROOT / "ui").glob("*.ui")}
    assert {path.name for path in (internal / "ui").glob("*.ui")} == forms


@pytest.mark.slow
def test_frozen_app_starts_and_asks_the_service_for_its_policy(
    frozen_app: Path, service: RunningService
) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(frozen_app.parent)}
    version = subprocess.run(
        [str(frozen_app / "dek-desktop"), "--version"],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
        check=True,
    )
    assert version.stdout.strip() == "dek-desktop 0.1.0"
    process = subprocess.Popen(
        [str(frozen_app / "dek-desktop"), "--api-url", service.base_url],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        env=env,
    )
    try:
        output, _ = process.communicate(timeout=8)
    except subprocess.TimeoutExpired:
        process.terminate()
        output, _ = process.communicate(timeout=10)
    assert "GET /v1/policy -> 200" in output, output[-3000:]
    assert "Traceback" not in output, output[-3000:]
