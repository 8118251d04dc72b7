"""How fast and how lean is `RecoveryClient.upload_document` next to curl?

One run uploads the same 300 MB PDF over loopback to the reference service (in its own
process, file and total limits raised for the benchmark), alternately with our client (tus,
8 MiB chunks, each with `Upload-Checksum: sha256`) and with curl (one streamed PATCH of the
whole file, given its sha256 up front: a conservative baseline, since curl neither hashes nor
reads chunks). Each side creates its own upload on its own application and the service checks
every finished upload the same way. Our peak RSS growth is sampled while we upload.

Prints the figures, then as its last line one JSON object. Targets: at least 0.8 x curl's
throughput and under 30 MB of RSS growth.

    uv run python bench/upload.py [--megabytes 300] [--rounds 5]
"""

from __future__ import annotations

import argparse
import base64
import hashlib
import json
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import replace
from pathlib import Path

import psutil

from dek_desktop.api import (
    ApplicationReason,
    DocumentKind,
    RecoveryClient,
    Timeouts,
)

MIB = 1024 * 1024
TARGET_RATIO = 0.8
TARGET_RSS_MB = 30.0


# --- the document ----------------------------------------------------------------------------


def write_big_pdf(path: Path, payload_bytes: int) -> None:
    """A valid one-page PDF whose only image carries `payload_bytes` of random grey pixels,
    written piece by piece (never the whole file in memory)."""
    width = 4096
    height = max(1, payload_bytes // width)
    length = width * height
    offsets: list[int] = []
    with path.open("wb") as out:

        def obj(body: bytes) -> None:
            offsets.append(out.tell())
            out.write(f"{len(offsets)} 0 obj\n".encode() + body + b"\nendobj\n")

        out.write(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
        obj(b"<< /Type /Catalog /Pages 2 0 R >>")
        obj(b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>")
        obj(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
            b" /Resources << /XObject << /Im0 5 0 R >> >> >>"
        )
        content = b"q 595 0 0 842 0 0 cm /Im0 Do Q"
        obj(b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream")
        offsets.append(out.tell())
        out.write(
            b"5 0 obj\n<< /Type /XObject /Subtype /Image /Width %d /Height %d"
            b" /ColorSpace /DeviceGray /BitsPerComponent 8 /Length %d >>\nstream\n"
            % (width, height, length)
        )
        left = length
        while left:
            piece = os.urandom(min(left, 4 * MIB))
            out.write(piece)
            left -= len(piece)
        out.write(b"\nendstream\nendobj\n")
        xref = out.tell()
        out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(offsets) + 1))
        for offset in offsets:
            out.write(b"%010d 00000 n \n" % offset)
        out.write(
            b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n"
            % (len(offsets) + 1, xref)
        )


def sha256_base64(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as source:
        while piece := source.read(8 * MIB):
            digest.update(piece)
    return base64.b64encode(digest.digest()).decode()


# --- the service, in its own process ---------------------------------------------------------


def serve(port: int, data_dir: Path, max_bytes: int) -> None:
    import uvicorn

    from dek_recovery_service.app import build_context, create_app
    from dek_recovery_service.seed import seed_demo
    from dek_recovery_service.settings import ServiceSettings

    settings = replace(ServiceSettings(), max_file_bytes=max_bytes, max_total_bytes=max_bytes)
    context = build_context(settings, data_dir=data_dir, demo=True)
    seed_demo(context)
    uvicorn.run(
        create_app(context), host="127.0.0.1", port=port, log_level="warning", access_log=False
    )


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def start_service(data_dir: Path, max_bytes: int) -> tuple[subprocess.Popen[bytes], str]:
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, __file__, "--serve", str(port), str(data_dir), str(max_bytes)],
        stdout=subprocess.DEVNULL,
    )
    base_url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return process, base_url
        except OSError:
            time.sleep(0.1)
    process.kill()
    raise RuntimeError("the service did not start")


# --- the two uploaders -----------------------------------------------------------------------


class PeakRss:
    """Samples this process's RSS every few milliseconds while it is running."""

    def __init__(self) -> None:
        self._process = psutil.Process()
        self.baseline = self._process.memory_info().rss
        self.peak = self.baseline
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)

    def __enter__(self) -> PeakRss:
        self._thread.start()
        return self

    def __exit__(self, *_: object) -> None:
        self._stop.set()
        self._thread.join()

    def _sample(self) -> None:
        while not self._stop.wait(0.005):
            self.peak = max(self.peak, self._process.memory_info().rss)

    @property
    def growth_mb(self) -> float:
        return (self.peak - self.baseline) / MIB


def new_application(client: RecoveryClient) -> str:
    consent = client.get_policy().consent.version
    access = client.create_application(
        ApplicationReason.NO_CONTACT_ACCESS, "Бенчмарк Загрузки", "+79140000000", consent
    )
    return access.number


def ours(client: RecoveryClient, document: Path) -> tuple[float, float]:
    """Seconds and peak RSS growth (MB) of one whole upload by our client."""
    number = new_application(client)
    with PeakRss() as memory:
        started = time.perf_counter()
        client.upload_document(number, DocumentKind.PASSPORT, document)
        elapsed = time.perf_counter() - started
    return elapsed, memory.growth_mb


def curl(
    client: RecoveryClient, base_url: str, document: Path, checksum: str, workdir: Path
) -> tuple[float, float]:
    """Seconds (creation + one PATCH) and peak RSS (MB) of curl uploading the same file."""
    consent = client.get_policy().consent.version
    access = client.create_application(
        ApplicationReason.NO_CONTACT_ACCESS, "Бенчмарк Загрузки", "+79140000000", consent
    )
    headers = workdir / "curl-headers.txt"
    headers.write_text(
        f"Authorization: Bearer {access.token.reveal()}\nTus-Resumable: 1.0.0\nExpect:\n"
    )
    headers.chmod(0o600)
    size = document.stat().st_size
    metadata = ",".join(
        f"{key} {base64.b64encode(value.encode()).decode()}"
        for key, value in (
            ("kind", "passport"),
            ("filename", document.name),
            ("content_type", "application/pdf"),
        )
    )
    collection = f"{base_url}/v1/applications/{access.number}/documents"
    peak_rss = 0
    started = time.perf_counter()
    created = subprocess.run(
        [
            "curl",
            "-sS",
            "-o",
            "/dev/null",
            "-D",
            "-",
            "-X",
            "POST",
            "-H",
            f"@{headers}",
            "-H",
            f"Upload-Length: {size}",
            "-H",
            f"Upload-Metadata: {metadata}",
            collection,
        ],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    location = next(
        line.split(":", 1)[1].strip()
        for line in created.splitlines()
        if line.lower().startswith("location:")
    )
    patch = subprocess.Popen(
        [
            "curl",
            "-sS",
            "-o",
            "/dev/null",
            "-w",
            "%{http_code}",
            "-X",
            "PATCH",
            "-H",
            f"@{headers}",
            "-H",
            "Upload-Offset: 0",
            "-H",
            "Content-Type: application/offset+octet-stream",
            "-H",
            f"Upload-Checksum: sha256 {checksum}",
            "-T",
            str(document),
            f"{base_url}{location}",
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    watched = psutil.Process(patch.pid)
    while patch.poll() is None:
        try:
            peak_rss = max(peak_rss, watched.memory_info().rss)
        except psutil.NoSuchProcess:
            break
        time.sleep(0.005)
    elapsed = time.perf_counter() - started
    status = (patch.stdout.read() if patch.stdout else "").strip()
    if patch.returncode != 0 or status != "204":
        raise RuntimeError(f"curl's PATCH failed: exit {patch.returncode}, HTTP {status}")
    return elapsed, peak_rss / MIB


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--megabytes", type=int, default=300)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    if shutil.which("curl") is None:
        print("curl is needed for the baseline (apt-get install -y curl)", file=sys.stderr)
        return 2
    workdir = Path(tempfile.mkdtemp(prefix="dek-upload-bench-"))
    process = None
    try:
        document = workdir / "passport-scan.pdf"
        write_big_pdf(document, args.megabytes * 1000 * 1000)
        size = document.stat().st_size
        checksum = sha256_base64(document)
        process, base_url = start_service(workdir / "service", size * 2 * (args.rounds + 1))
        timeouts = Timeouts(connect_seconds=5, read_seconds=120, response_seconds=120)
        ours_runs: list[tuple[float, float]] = []
        curl_runs: list[tuple[float, float]] = []
        with RecoveryClient(base_url, timeouts=timeouts) as client:
            for round_number in range(1, args.rounds + 1):
                ours_runs.append(ours(client, document))
                curl_runs.append(curl(client, base_url, document, checksum, workdir))
                print(
                    f"round {round_number}: ours {size / MIB / ours_runs[-1][0]:.0f} MiB/s "
                    f"(+{ours_runs[-1][1]:.1f} MB RSS), curl {size / MIB / curl_runs[-1][0]:.0f}"
                    f" MiB/s ({curl_runs[-1][1]:.1f} MB RSS)",
                    flush=True,
                )
        ours_s = statistics.median(seconds for seconds, _ in ours_runs)
        curl_s = statistics.median(seconds for seconds, _ in curl_runs)
        ours_rate = size / MIB / ours_s
        curl_rate = size / MIB / curl_s
        growth = max(rss for _, rss in ours_runs)
        result = {
            "bench": "upload",
            "file_mb": round(size / 1e6, 1),
            "rounds": args.rounds,
            "ours_s": round(ours_s, 3),
            "baseline_s": round(curl_s, 3),
            "ours_mib_per_s": round(ours_rate, 1),
            "baseline_mib_per_s": round(curl_rate, 1),
            "baseline": "curl -T (one PATCH, sha256 given)",
            "ours_peak_rss_growth_mb": round(growth, 1),
            "baseline_peak_rss_mb": round(max(rss for _, rss in curl_runs), 1),
            "ratio": round(ours_rate / curl_rate, 3),
            "target": {"ratio_at_least": TARGET_RATIO, "rss_growth_mb_under": TARGET_RSS_MB},
            "met": ours_rate / curl_rate >= TARGET_RATIO and growth < TARGET_RSS_MB,
        }
        print(json.dumps(result))
        return 0
    finally:
        if process is not None:
            process.terminate()
            process.wait(timeout=30)
        shutil.rmtree(workdir, ignore_errors=True)


if __name__ == "__main__":
    if sys.argv[1:2] == ["--serve"]:
        serve(int(sys.argv[2]), Path(sys.argv[3]), int(sys.argv[4]))
    else:
        sys.exit(main())
