"""Can an outsider tell by the answer time whether a contact or a login has an account?

Runs the reference service in this process (demo seed, the product's Argon2id cost, the request
limits raised so that 200 requests per kind get through) and times, over real HTTP on loopback:
- `POST /v1/recovery` for contacts of demo accounts vs contacts that no account has;
- `POST /v1/session` (a wrong password) for logins of demo accounts vs unknown logins.
The kinds are interleaved request by request, so drift hits both alike. Prints the figures, then
as its last line one JSON object; the target is a median difference under 5 ms for both calls
(`met`). `*_paired_median_diff_ms` is the median of the differences of neighbouring samples: the
sign-in figures are 200 ms of Argon2id each, and on a busy machine their medians move by several
ms from run to run, which pairing cancels.

    uv run python bench/enumeration.py [--requests 200]
"""

from __future__ import annotations

import argparse
import itertools
import json
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import requests

from dek_recovery_service.app import build_context, create_app
from dek_recovery_service.seed import DEMO_ACCOUNTS, seed_demo
from dek_recovery_service.server import ServiceThread
from dek_recovery_service.settings import ServiceSettings

TARGET_MS = 5.0
PLENTY = 10**9


def bench_settings() -> ServiceSettings:
    """The product's settings (Argon2id cost included) with every request limit out of reach."""
    return replace(
        ServiceSettings(),
        recovery_contact_captcha_after=PLENTY,
        recovery_contact_max=PLENTY,
        recovery_address_captcha_after=PLENTY,
        recovery_address_max=PLENTY,
        signin_captcha_after=PLENTY,
        signin_lock_after=PLENTY,
        address_failures_captcha=PLENTY,
    )


def percentile(samples: list[float], fraction: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, round(fraction * (len(ordered) - 1)))]


def timed(call: Callable[[], requests.Response], expected: int) -> float:
    started = time.perf_counter()
    answer = call()
    elapsed = (time.perf_counter() - started) * 1000
    if answer.status_code != expected:
        raise RuntimeError(f"expected {expected}, got {answer.status_code}: {answer.text[:300]}")
    return elapsed


def existing_contacts() -> Iterator[tuple[str, str]]:
    contacts = [("email", a.email) for a in DEMO_ACCOUNTS if a.email] + [
        ("sms", a.phone) for a in DEMO_ACCOUNTS if a.phone
    ]
    return itertools.cycle(contacts)


def unknown_contacts() -> Iterator[tuple[str, str]]:
    for number in itertools.count():
        if number % 2 == 0:
            yield "email", f"nobody.{number:06d}@example.ru"
        else:
            yield "sms", f"+7914{2000000 + number:07d}"


def existing_logins() -> Iterator[str]:
    logins = [a.number for a in DEMO_ACCOUNTS if not a.locked_by_attempts]
    return itertools.cycle(logins)


def unknown_logins() -> Iterator[str]:
    return (f"{900000000 + number}" for number in itertools.count())


def measure(
    make_existing: Callable[[], requests.Response],
    make_unknown: Callable[[], requests.Response],
    expected: int,
    count: int,
) -> tuple[list[float], list[float]]:
    for _ in range(5):  # warm-up: connections, caches, the first Argon2id allocation
        make_existing()
        make_unknown()
    existing: list[float] = []
    unknown: list[float] = []
    for index in range(count):
        pair = [(existing, make_existing), (unknown, make_unknown)]
        for samples, call in pair if index % 2 == 0 else reversed(pair):
            samples.append(timed(call, expected))
    return existing, unknown


def figures(name: str, existing: list[float], unknown: list[float]) -> dict[str, float]:
    result = {
        f"{name}_existing_median_ms": statistics.median(existing),
        f"{name}_existing_p95_ms": percentile(existing, 0.95),
        f"{name}_unknown_median_ms": statistics.median(unknown),
        f"{name}_unknown_p95_ms": percentile(unknown, 0.95),
    }
    result[f"{name}_median_diff_ms"] = (
        result[f"{name}_unknown_median_ms"] - result[f"{name}_existing_median_ms"]
    )
    result[f"{name}_p95_diff_ms"] = (
        result[f"{name}_unknown_p95_ms"] - result[f"{name}_existing_p95_ms"]
    )
    # Each unknown sample against the existing one taken next to it: load that comes and goes
    # (other processes on the machine) cancels out of this one.
    result[f"{name}_paired_median_diff_ms"] = statistics.median(
        u - e for u, e in zip(unknown, existing, strict=True)
    )
    return {key: round(value, 3) for key, value in result.items()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--requests", type=int, default=200, help="requests per kind (200)")
    args = parser.parse_args(argv)
    data_dir = Path(tempfile.mkdtemp(prefix="dek-bench-enumeration-"))
    context = build_context(bench_settings(), data_dir=data_dir, demo=True)
    seed_demo(context)
    thread = ServiceThread(create_app(context))
    thread.start()
    base = thread.base_url
    result: dict[str, Any] = {"bench": "enumeration", "requests": args.requests}
    try:
        with requests.Session() as http:
            known, strangers = existing_contacts(), unknown_contacts()

            def recovery(contacts: Iterator[tuple[str, str]]) -> Callable[[], requests.Response]:
                def call() -> requests.Response:
                    channel, contact = next(contacts)
                    body = {"contact": contact, "channel": channel}
                    return http.post(f"{base}/v1/recovery", json=body, timeout=30)

                return call

            existing, unknown = measure(recovery(known), recovery(strangers), 202, args.requests)
            result.update(figures("recovery", existing, unknown))

            members, outsiders = existing_logins(), unknown_logins()

            def sign_in(logins: Iterator[str]) -> Callable[[], requests.Response]:
                def call() -> requests.Response:
                    body = {"login": next(logins), "password": "not the password 123"}
                    return http.post(f"{base}/v1/session", json=body, timeout=30)

                return call

            existing, unknown = measure(sign_in(members), sign_in(outsiders), 401, args.requests)
            result.update(figures("session", existing, unknown))
    finally:
        thread.stop()
        context.db.close()
    ratios = {
        name: result[f"{name}_unknown_median_ms"] / result[f"{name}_existing_median_ms"]
        for name in ("recovery", "session")
    }
    worst = max(ratios, key=lambda name: abs(result[f"{name}_median_diff_ms"]))
    result["recovery_ratio"] = round(ratios["recovery"], 4)
    result["session_ratio"] = round(ratios["session"], 4)
    result["ratio"] = round(ratios[worst], 4)
    result["target"] = f"median difference < {TARGET_MS:g} ms"
    result["met"] = all(
        abs(result[f"{name}_median_diff_ms"]) < TARGET_MS for name in ("recovery", "session")
    )
    for name in ("recovery", "session"):
        print(
            f"{name}: existing median {result[f'{name}_existing_median_ms']:.2f} ms"
            f" p95 {result[f'{name}_existing_p95_ms']:.2f} ms;"
            f" unknown median {result[f'{name}_unknown_median_ms']:.2f} ms"
            f" p95 {result[f'{name}_unknown_p95_ms']:.2f} ms;"
            f" median difference {result[f'{name}_median_diff_ms']:+.2f} ms",
            file=sys.stderr,
        )
    print(json.dumps(result, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
