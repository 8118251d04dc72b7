"""Starting a recovery and sending its code again.

No enumeration: a contact that no account has gets the same answer, in shape and in time, and
its recovery behaves the same through resend, verify (every code is wrong) and expiry. Both kinds
do the same work: the same limits, the same code and link made and hashed, the same row written,
the same message composed. The one difference is that the message for a contact without an
account is not handed to the messenger, because there is nobody to send it to; the messenger
must therefore cost the request nothing that depends on the contact: outside demo mode delivery
is queued and happens after the answer (message_delivery.DeliveryQueue), and in demo mode the
outbox is one SQLite row. bench/enumeration.py measures what is left.
"""

from __future__ import annotations

import json
import math
import sqlite3
from typing import Any

from .captcha import CaptchaAnswer
from .contacts import (
    InvalidContact,
    Login,
    mask_email,
    mask_phone,
    normalise_email,
    normalise_phone,
)
from .context import ServiceContext
from .database import Row
from .messages import Channel
from .problems import Problem, validation_failed
from .recovery_accounts import account_rows, accounts_with_contact
from .recovery_codes import IssuedCode, issue_code, recovery_message
from .recovery_limits import (
    ADDRESS_REQUESTS,
    CONTACT_REQUESTS,
    CONTACT_RESENDS,
    address_key,
    admit_request,
    admit_resend,
    contact_key,
    record,
    refuse_over_limits,
)
from .recovery_records import RecoveryState, load_recovery
from .secrets_store import new_id


def normalised_contact(channel: Channel, typed: str) -> str:
    """The contact as the accounts table keeps it; `validation-failed` on the `contact` field."""
    try:
        if channel is Channel.EMAIL:
            return normalise_email(typed)
        return normalise_phone(typed)
    except InvalidContact:
        code = "invalid_email" if channel is Channel.EMAIL else "invalid_phone"
        raise validation_failed(("contact", code)) from None


def masked(channel: Channel, contact: str) -> str:
    return mask_email(contact) if channel is Channel.EMAIL else mask_phone(contact)


def start_recovery(
    ctx: ServiceContext,
    *,
    channel: Channel,
    contact: str,
    login: Login | None,
    client_address: str,
    captcha: CaptchaAnswer | None,
) -> dict[str, Any]:
    """The 202 answer of `POST /v1/recovery`; the code goes out when an account has `contact`."""
    settings = ctx.settings
    contact_hash = contact_key(ctx, channel.value, contact)
    address_hash = address_key(ctx, client_address)
    admit_request(ctx, contact_hash, address_hash, captcha)
    account_ids = accounts_with_contact(ctx.db, channel.value, contact, login)
    recovery_id, now = new_id(), ctx.clock.now()
    issued = issue_code(settings, ctx.hasher, recovery_id, now)
    message = recovery_message(
        settings, to=contact, channel=channel, recovery_id=recovery_id, issued=issued
    )
    destination_masked = masked(channel, contact)
    with ctx.db.transaction() as conn:
        refuse_over_limits(ctx, contact_hash, address_hash)
        conn.execute(
            "INSERT INTO recoveries (id, contact_key, channel, destination_masked, account_ids,"
            " code_hash, link_hash, code_sent_at, code_expires_at, resend_at, state, created_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                recovery_id,
                contact_hash,
                channel.value,
                destination_masked,
                json.dumps(account_ids),
                issued.code_hash,
                issued.link_hash,
                issued.sent_at.isoformat(),
                issued.expires_at.isoformat(),
                issued.resend_at.isoformat(),
                RecoveryState.PENDING.value,
                now.isoformat(),
            ),
        )
        record(conn, CONTACT_REQUESTS, contact_hash, now, settings.recovery_window_s)
        record(conn, ADDRESS_REQUESTS, address_hash, now, settings.recovery_window_s)
    if account_ids:
        ctx.messenger.send(message)
    return {
        "recovery_id": recovery_id,
        "channel": channel.value,
        "destination_masked": destination_masked,
        "code_length": settings.code_length,
        "expires_in": settings.code_ttl_s,
        "resend_in": settings.resend_after_s,
    }


def _destination(ctx: ServiceContext, channel: Channel, contact_hash: str, rows: list[Row]) -> str:
    """The address the recovery's code goes to: its accounts' contact while it is unchanged."""
    column = "email" if channel is Channel.EMAIL else "phone"
    for row in rows:
        value = row[column]
        if value and contact_key(ctx, channel.value, value) == contact_hash:
            return str(value)
    return ""


def resend_code(ctx: ServiceContext, recovery_id: str) -> dict[str, Any]:
    """A new code and link for the recovery; the earlier ones stop working."""
    settings, now = ctx.settings, ctx.clock.now()
    recovery = load_recovery(ctx.db, recovery_id)
    if recovery.state is RecoveryState.LOCKED:
        raise Problem("recovery-locked")
    if recovery.state is not RecoveryState.PENDING or now >= recovery.code_expires_at:
        raise Problem("recovery-expired")
    if now < recovery.resend_at:
        wait = math.ceil((recovery.resend_at - now).total_seconds())
        raise Problem("rate-limited", retry_after=max(1, wait))
    admit_resend(ctx, recovery.contact_key)
    channel = Channel(recovery.channel)
    rows = account_rows(ctx.db, recovery.account_ids)
    destination = _destination(ctx, channel, recovery.contact_key, rows)
    issued = issue_code(settings, ctx.hasher, recovery.id, now)
    message = recovery_message(
        settings,
        to=destination or recovery.destination_masked,
        channel=channel,
        recovery_id=recovery.id,
        issued=issued,
    )
    with ctx.db.transaction() as conn:
        admit_resend(ctx, recovery.contact_key)
        if not _replace_code(conn, recovery.id, recovery.resend_at.isoformat(), issued):
            raise Problem("rate-limited", retry_after=settings.resend_after_s)
        record(conn, CONTACT_RESENDS, recovery.contact_key, now, settings.recovery_window_s)
    if destination:
        ctx.messenger.send(message)
    return {"expires_in": settings.code_ttl_s, "resend_in": settings.resend_after_s}


def _replace_code(
    conn: sqlite3.Connection, recovery_id: str, resend_at_seen: str, issued: IssuedCode
) -> bool:
    """Swaps the code unless another resend got there first (compare-and-set on `resend_at`)."""
    cursor = conn.execute(
        "UPDATE recoveries SET code_hash = ?, link_hash = ?, code_sent_at = ?,"
        " code_expires_at = ?, resend_at = ? WHERE id = ? AND state = ? AND resend_at = ?",
        (
            issued.code_hash,
            issued.link_hash,
            issued.sent_at.isoformat(),
            issued.expires_at.isoformat(),
            issued.resend_at.isoformat(),
            recovery_id,
            RecoveryState.PENDING.value,
            resend_at_seen,
        ),
    )
    return bool(cursor.rowcount == 1)
