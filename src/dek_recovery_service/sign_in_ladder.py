"""Failed sign-ins, counted per normalised login and per client address.

Per login (whether or not an account has it): a captcha after `signin_captcha_after` failures in a
row, a lock of `signin_lock_s` after `signin_lock_after`; a success resets the count, and so does
the end of a lock. Per address: after `address_failures_captcha` failures within a sliding
`address_failures_window_s`, every sign-in from that address needs a captcha (against spraying).
Logins and addresses are kept only as keyed hashes.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from .contacts import Login, normalise_login
from .context import ServiceContext
from .database import Row

LOGIN_PURPOSE = "login"
ADDRESS_PURPOSE = "address"
ADDRESS_FAILURES = "signin-fail-addr"
_ADDRESS_EVENTS = "SELECT rowid, at FROM rate_events WHERE scope = ? AND subject = ?"


@dataclass(frozen=True)
class LoginStanding:
    failures: int  # failures in a row since the last success or the end of the last lock
    locked_until: datetime | None  # set while a too_many_attempts lock holds


def login_key(ctx: ServiceContext, login: Login) -> str:
    return ctx.hasher.digest(LOGIN_PURPOSE, login.value)


def address_key(ctx: ServiceContext, client_address: str) -> str:
    return ctx.hasher.digest(ADDRESS_PURPOSE, client_address)


def _standing_of(row: Row | None, now: datetime) -> LoginStanding:
    if row is None:
        return LoginStanding(0, None)
    if row["locked_until"] is not None:
        locked_until = datetime.fromisoformat(row["locked_until"])
        if now < locked_until:
            return LoginStanding(int(row["failures"]), locked_until)
        return LoginStanding(0, None)  # the lock is over: a fresh start
    return LoginStanding(int(row["failures"]), None)


def login_standing(ctx: ServiceContext, key: str) -> LoginStanding:
    row = ctx.db.one(
        "SELECT failures, locked_until FROM login_failures WHERE login_key = ?", (key,)
    )
    return _standing_of(row, ctx.clock.now())


def needs_captcha(ctx: ServiceContext, standing: LoginStanding, address: str) -> bool:
    settings = ctx.settings
    if standing.failures >= settings.signin_captcha_after:
        return True
    since = ctx.clock.now() - timedelta(seconds=settings.address_failures_window_s)
    events = ctx.db.all(_ADDRESS_EVENTS, (ADDRESS_FAILURES, address))
    recent = sum(1 for event in events if datetime.fromisoformat(event["at"]) > since)
    return recent >= settings.address_failures_captcha


def record_failure(ctx: ServiceContext, key: str, address: str) -> LoginStanding:
    """Counts one failed sign-in for the login and the address; the 5th in a row locks."""
    settings, now = ctx.settings, ctx.clock.now()
    window_start = now - timedelta(seconds=settings.address_failures_window_s)
    with ctx.db.transaction() as conn:
        row = conn.execute(
            "SELECT failures, locked_until FROM login_failures WHERE login_key = ?", (key,)
        ).fetchone()
        before = _standing_of(row, now)
        failures = before.failures + 1
        locked_until = before.locked_until
        if locked_until is None and failures >= settings.signin_lock_after:
            locked_until = now + timedelta(seconds=settings.signin_lock_s)
        conn.execute(
            "INSERT INTO login_failures (login_key, failures, locked_until) VALUES (?, ?, ?)"
            " ON CONFLICT(login_key) DO UPDATE"
            " SET failures = excluded.failures, locked_until = excluded.locked_until",
            (key, failures, locked_until.isoformat() if locked_until else None),
        )
        stale = [
            event["rowid"]
            for event in conn.execute(_ADDRESS_EVENTS, (ADDRESS_FAILURES, address)).fetchall()
            if datetime.fromisoformat(event["at"]) <= window_start
        ]
        conn.executemany("DELETE FROM rate_events WHERE rowid = ?", [(i,) for i in stale])
        conn.execute(
            "INSERT INTO rate_events (scope, subject, at) VALUES (?, ?, ?)",
            (ADDRESS_FAILURES, address, now.isoformat()),
        )
    return LoginStanding(failures, locked_until)


def record_success(ctx: ServiceContext, key: str) -> None:
    ctx.db.execute("DELETE FROM login_failures WHERE login_key = ?", (key,))


def clear_attempt_locks(ctx: ServiceContext, account: Row) -> None:
    """Forgets the failures and any too_many_attempts lock of every login of `account`
    (its number, e-mail and phone): for the recovery's password change."""
    keys = [
        (login_key(ctx, normalise_login(login)),)
        for login in (account["number"], account["email"], account["phone"])
        if login
    ]
    with ctx.db.transaction() as conn:
        conn.executemany("DELETE FROM login_failures WHERE login_key = ?", keys)
