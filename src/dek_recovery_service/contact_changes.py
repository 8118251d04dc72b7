"""Changing (or confirming) the e-mail or phone of a signed-in account.

A code goes to the NEW contact; the right code changes the contact and marks it confirmed, and
the OLD contact is told. At most one start per `resend_after_s` per account; a new start makes
the account's earlier pending change stop working; `max_code_attempts` wrong codes lock it.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

from .code_messages import code_message, not_you_line
from .contacts import mask_account_number, mask_email, mask_phone
from .context import ServiceContext
from .local_time import date_time_text
from .messages import Channel, OutgoingMessage
from .problems import Problem
from .secrets_store import new_digits, new_id

CODE_PURPOSE = "contact-change-code"
STARTS = "contact-change-start"
NOTICE_ANTI_FRAUD_LINE = (
    "Никому не сообщайте коды из наших сообщений. Сотрудники ДЭК никогда их не спрашивают."
)


class ContactKind(StrEnum):
    EMAIL = "email"
    PHONE = "phone"


@dataclass(frozen=True)
class Contact:
    kind: ContactKind
    value: str  # lower-cased e-mail or E.164

    @property
    def masked(self) -> str:
        return mask_email(self.value) if self.kind is ContactKind.EMAIL else mask_phone(self.value)

    @property
    def channel(self) -> Channel:
        return Channel.EMAIL if self.kind is ContactKind.EMAIL else Channel.SMS


@dataclass(frozen=True)
class StartedChange:
    verification_id: str
    destination_masked: str
    expires_in: int


_SET_CONTACT = {
    ContactKind.EMAIL: "UPDATE accounts SET email = ?, email_confirmed = 1,"
    " contacts_confirmed_at = ? WHERE id = ?",
    ContactKind.PHONE: "UPDATE accounts SET phone = ?, phone_confirmed = 1,"
    " contacts_confirmed_at = ? WHERE id = ?",
}
_WHAT_CHANGED = {
    ContactKind.EMAIL: "адрес электронной почты",
    ContactKind.PHONE: "номер телефона",
}


def _code_hash(ctx: ServiceContext, verification_id: str, code: str) -> str:
    return ctx.hasher.digest(CODE_PURPOSE, f"{verification_id}:{code}")


def start_contact_change(ctx: ServiceContext, account_id: int, contact: Contact) -> StartedChange:
    settings, now = ctx.settings, ctx.clock.now()
    code, verification_id = new_digits(settings.code_length), new_id()
    expires_at = now + timedelta(seconds=settings.code_ttl_s)
    subject = ctx.hasher.digest("account", str(account_id))
    wait_s = 0
    with ctx.db.transaction() as conn:
        starts = conn.execute(
            "SELECT rowid, at FROM rate_events WHERE scope = ? AND subject = ?", (STARTS, subject)
        ).fetchall()
        last = max((datetime.fromisoformat(row["at"]) for row in starts), default=None)
        next_allowed = last + timedelta(seconds=settings.resend_after_s) if last else now
        if now < next_allowed:
            wait_s = math.ceil((next_allowed - now).total_seconds())
        else:
            conn.execute(
                "UPDATE contact_changes SET state = 'replaced'"
                " WHERE account_id = ? AND state = 'pending'",
                (account_id,),
            )
            conn.execute(
                "INSERT INTO contact_changes (id, account_id, kind, value, code_hash, expires_at,"
                " state) VALUES (?, ?, ?, ?, ?, ?, 'pending')",
                (
                    verification_id,
                    account_id,
                    contact.kind.value,
                    contact.value,
                    _code_hash(ctx, verification_id, code),
                    expires_at.isoformat(),
                ),
            )
            conn.executemany(
                "DELETE FROM rate_events WHERE rowid = ?", [(row["rowid"],) for row in starts]
            )
            conn.execute(
                "INSERT INTO rate_events (scope, subject, at) VALUES (?, ?, ?)",
                (STARTS, subject, now.isoformat()),
            )
    if wait_s:
        raise Problem("rate-limited", retry_after=wait_s)
    what = "e-mail" if contact.kind is ContactKind.EMAIL else "номера телефона"
    ctx.messenger.send(
        code_message(
            settings,
            to=contact.value,
            channel=contact.channel,
            subject="Код подтверждения — личный кабинет ДЭК",
            purpose=f"Код для подтверждения {what} в личном кабинете ДЭК",
            code=code,
            sent_at=now,
            expires_at=expires_at,
        )
    )
    return StartedChange(verification_id, contact.masked, settings.code_ttl_s)


def confirm_contact_change(
    ctx: ServiceContext, account_id: int, verification_id: str, code: str
) -> None:
    """Checks the code; the right one changes the contact and notifies the old one."""
    settings, now = ctx.settings, ctx.clock.now()
    typed = "".join(code.split())
    problem: Problem | None = None
    notice: OutgoingMessage | None = None
    with ctx.db.transaction() as conn:
        row = conn.execute(
            "SELECT kind, value, code_hash, expires_at, wrong_attempts, state"
            " FROM contact_changes WHERE id = ? AND account_id = ?",
            (verification_id, account_id),
        ).fetchone()
        if row is None:
            problem = Problem("not-found")
        elif row["state"] == "locked":
            problem = Problem("recovery-locked")
        elif row["state"] != "pending" or now >= datetime.fromisoformat(row["expires_at"]):
            problem = Problem("recovery-expired")
        elif not ctx.hasher.matches(CODE_PURPOSE, f"{verification_id}:{typed}", row["code_hash"]):
            wrong = int(row["wrong_attempts"]) + 1
            locked = wrong >= settings.max_code_attempts
            conn.execute(
                "UPDATE contact_changes SET wrong_attempts = ?, state = ? WHERE id = ?",
                (wrong, "locked" if locked else "pending", verification_id),
            )
            problem = (
                Problem("recovery-locked")
                if locked
                else Problem("invalid-code", attempts_left=settings.max_code_attempts - wrong)
            )
        else:
            kind = ContactKind(row["kind"])
            account = conn.execute(
                "SELECT number, email, phone FROM accounts WHERE id = ?", (account_id,)
            ).fetchone()
            old_value = account[kind.value]
            if old_value and old_value != row["value"]:
                notice = _change_notice(
                    ctx, Contact(kind, old_value), Contact(kind, row["value"]), account["number"]
                )
            conn.execute(
                "UPDATE contact_changes SET state = 'done' WHERE id = ?", (verification_id,)
            )
            conn.execute(_SET_CONTACT[kind], (row["value"], now.isoformat(), account_id))
    if problem is not None:
        raise problem
    if notice is not None:
        ctx.messenger.send(notice)


def _change_notice(
    ctx: ServiceContext, old: Contact, new: Contact, account_number: str
) -> OutgoingMessage:
    settings, at = ctx.settings, ctx.clock.now()
    body = "\n".join(
        [
            f"В личном кабинете ДЭК (лицевой счёт {mask_account_number(account_number)})"
            f" {_WHAT_CHANGED[new.kind]} изменён на {new.masked}.",
            f"Изменение сделано {date_time_text(at, settings.timezone)}.",
            not_you_line(settings),
            NOTICE_ANTI_FRAUD_LINE,
        ]
    )
    return OutgoingMessage(
        to=old.value,
        channel=old.channel,
        subject="Контактные данные изменены — личный кабинет ДЭК",
        body=body,
        sent_at=at,
    )
