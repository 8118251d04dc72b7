"""`open_application`: an application number and the 6-digit PIN a service centre handed out.

Wrong PINs are counted per number, also for numbers that do not exist, and a wrong PIN answers
exactly like an unknown number. The try that uses up the last attempt is answered with the lock
itself (`rate-limited` for `pin_lock_s`); while locked no PIN is checked at all.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime, timedelta

from .application_access import TOKEN_PURPOSE
from .context import ServiceContext
from .problems import Problem
from .secrets_store import new_token

PIN_PURPOSE = "application-pin"
_NO_PIN = "0" * 64  # compared against when the number has no PIN: the same work either way


@dataclass(frozen=True)
class OpenedApplication:
    application_token: str
    status: str


def _seconds_until(moment: datetime, now: datetime) -> int:
    return max(1, math.ceil((moment - now).total_seconds()))


def open_with_pin(ctx: ServiceContext, number: str, pin: str) -> OpenedApplication:
    settings, now = ctx.settings, ctx.clock.now()
    refusal: Problem | None = None
    opened: OpenedApplication | None = None
    with ctx.db.transaction() as conn:
        counted = conn.execute(
            "SELECT failures, locked_until FROM application_pin_failures WHERE number = ?",
            (number,),
        ).fetchone()
        failures = int(counted["failures"]) if counted is not None else 0
        if counted is not None and counted["locked_until"] is not None:
            locked_until = datetime.fromisoformat(counted["locked_until"])
            if now < locked_until:
                retry_after = _seconds_until(locked_until, now)
                raise Problem("rate-limited", retry_after=retry_after)
            failures = 0  # the lock is over: a fresh set of attempts
        application = conn.execute(
            "SELECT status, pin_hash FROM applications WHERE number = ?", (number,)
        ).fetchone()
        stored = application["pin_hash"] if application is not None else None
        if ctx.hasher.matches(PIN_PURPOSE, pin, stored or _NO_PIN) and application is not None:
            token = new_token()
            conn.execute("DELETE FROM application_pin_failures WHERE number = ?", (number,))
            conn.execute(
                "UPDATE applications SET token_hash = ? WHERE number = ?",
                (ctx.hasher.digest(TOKEN_PURPOSE, token), number),
            )
            opened = OpenedApplication(application_token=token, status=application["status"])
        else:
            failures += 1
            locked_until_text: str | None = None
            if failures >= settings.pin_max_attempts:
                locked_until_text = (now + timedelta(seconds=settings.pin_lock_s)).isoformat()
                refusal = Problem("rate-limited", retry_after=settings.pin_lock_s)
            else:
                refusal = Problem(
                    "invalid-code", attempts_left=settings.pin_max_attempts - failures
                )
            conn.execute(
                "INSERT INTO application_pin_failures (number, failures, locked_until)"
                " VALUES (?, ?, ?) ON CONFLICT (number) DO UPDATE"
                " SET failures = excluded.failures, locked_until = excluded.locked_until",
                (number, failures, locked_until_text),
            )
    if refusal is not None:
        raise refusal
    assert opened is not None
    return opened
