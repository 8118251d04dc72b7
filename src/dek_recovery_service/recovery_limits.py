"""How often a recovery code may be asked for (API.md, "Security numbers").

Per contact (kept as a keyed hash, whether or not an account has it): a captcha after
`recovery_contact_captcha_after` requests within `recovery_window_s`, and at most
`recovery_contact_max` messages in that window (requests and resends alike: a resend is one more
message to the same person). Per client address (a kiosk or a whole office): a captcha after
`recovery_address_captcha_after` requests, at most `recovery_address_max`.

A refused call (rate limit or captcha) is not counted; only a request or resend that sends a
message is recorded.
"""

from __future__ import annotations

import math
import sqlite3
from dataclasses import dataclass
from datetime import datetime, timedelta

from .captcha import CaptchaAnswer
from .context import ServiceContext
from .problems import Problem

CONTACT_REQUESTS = "recovery-contact"
CONTACT_RESENDS = "recovery-resend"
ADDRESS_REQUESTS = "recovery-addr"

_EVENTS = "SELECT at FROM rate_events WHERE scope = ? AND subject = ?"


@dataclass(frozen=True)
class RecentEvents:
    """The moments of one kind of event within the window, oldest first."""

    moments: tuple[datetime, ...]

    def __len__(self) -> int:
        return len(self.moments)

    def retry_after(self, limit: int, window: timedelta, now: datetime) -> int:
        """Whole seconds until fewer than `limit` events are left in the window."""
        if len(self.moments) < limit:
            return 0
        frees_at = self.moments[len(self.moments) - limit] + window
        return max(1, math.ceil((frees_at - now).total_seconds()))


def contact_key(ctx: ServiceContext, channel: str, contact: str) -> str:
    return ctx.hasher.digest("recovery-contact", f"{channel}:{contact}")


def address_key(ctx: ServiceContext, client_address: str) -> str:
    return ctx.hasher.digest("address", client_address)


def _recent(ctx: ServiceContext, scopes: tuple[str, ...], subject: str) -> RecentEvents:
    since = ctx.clock.now() - timedelta(seconds=ctx.settings.recovery_window_s)
    moments = [
        moment
        for scope in scopes
        for row in ctx.db.all(_EVENTS, (scope, subject))
        if (moment := datetime.fromisoformat(row["at"])) > since
    ]
    return RecentEvents(tuple(sorted(moments)))


def _refuse_over(events: RecentEvents, limit: int, ctx: ServiceContext) -> None:
    window = timedelta(seconds=ctx.settings.recovery_window_s)
    wait = events.retry_after(limit, window, ctx.clock.now())
    if wait:
        raise Problem("rate-limited", retry_after=wait)


def refuse_over_limits(ctx: ServiceContext, contact: str, address: str) -> None:
    """Raises rate-limited when the contact or the address used up the window's requests.

    Called again inside the transaction that records a request, so parallel requests cannot
    get past the limit together.
    """
    settings = ctx.settings
    contact_messages = _recent(ctx, (CONTACT_REQUESTS, CONTACT_RESENDS), contact)
    _refuse_over(contact_messages, settings.recovery_contact_max, ctx)
    address_requests = _recent(ctx, (ADDRESS_REQUESTS,), address)
    _refuse_over(address_requests, settings.recovery_address_max, ctx)


def admit_request(
    ctx: ServiceContext, contact: str, address: str, captcha: CaptchaAnswer | None
) -> None:
    """Raises rate-limited or captcha-required when this request may not send a code now."""
    settings = ctx.settings
    refuse_over_limits(ctx, contact, address)
    contact_requests = _recent(ctx, (CONTACT_REQUESTS,), contact)
    address_requests = _recent(ctx, (ADDRESS_REQUESTS,), address)
    if (
        len(contact_requests) >= settings.recovery_contact_captcha_after
        or len(address_requests) >= settings.recovery_address_captcha_after
    ):
        ctx.captcha.demand(captcha)


def admit_resend(ctx: ServiceContext, contact: str) -> None:
    """Raises rate-limited when the contact already got the most messages the window allows."""
    messages = _recent(ctx, (CONTACT_REQUESTS, CONTACT_RESENDS), contact)
    _refuse_over(messages, ctx.settings.recovery_contact_max, ctx)


def record(
    conn: sqlite3.Connection, scope: str, subject: str, now: datetime, window_s: int
) -> None:
    """Counts one event, and forgets this subject's events that left the window."""
    since = now - timedelta(seconds=window_s)
    stale = [
        (row["rowid"],)
        for row in conn.execute(
            "SELECT rowid, at FROM rate_events WHERE scope = ? AND subject = ?", (scope, subject)
        ).fetchall()
        if datetime.fromisoformat(row["at"]) <= since
    ]
    conn.executemany("DELETE FROM rate_events WHERE rowid = ?", stale)
    conn.execute(
        "INSERT INTO rate_events (scope, subject, at) VALUES (?, ?, ?)",
        (scope, subject, now.isoformat()),
    )
