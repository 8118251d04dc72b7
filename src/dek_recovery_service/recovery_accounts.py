"""The accounts a recovery is about: found by a confirmed contact, told apart once it is proven.

A contact may belong to several accounts (a flat and a dacha on one phone); all of them are in
the recovery, and the optional `login` of the request narrows them to the one it names. An
account blocked for a reason whose actions do not include `recover` is left out of a proven
recovery; when that leaves none, the owner, who just proved the contact, learns the reason.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass

from .contacts import Login, mask_account_number
from .database import Database, Row
from .lock_reasons import ALLOWED_ACTIONS, LockReason

_BY_EMAIL = (
    "SELECT id, number, email, phone FROM accounts"
    " WHERE email = ? AND email_confirmed = 1 ORDER BY id"
)
_BY_PHONE = (
    "SELECT id, number, email, phone FROM accounts"
    " WHERE phone = ? AND phone_confirmed = 1 ORDER BY id"
)
_BY_IDS = (
    "SELECT id, number, email, phone, address_hint, lock_reason, password_hash FROM accounts"
    " WHERE id IN (SELECT value FROM json_each(?)) ORDER BY id"
)
_QUESTIONS = (
    "SELECT account_id, question_id, label_ru, label_en, kind, answer_hash FROM identity_questions"
    " WHERE account_id IN (SELECT value FROM json_each(?)) ORDER BY account_id, position"
)


@dataclass(frozen=True)
class IdentityQuestion:
    id: str
    label_ru: str
    label_en: str
    kind: str  # digits or text
    answer_hash: str

    def shown(self, language: str) -> dict[str, str]:
        label = self.label_en if language == "en" else self.label_ru
        return {"id": self.id, "label": label, "kind": self.kind}


def accounts_with_contact(
    db: Database, channel: str, contact: str, login: Login | None
) -> list[int]:
    """Ids of the accounts whose confirmed e-mail (or phone) is `contact`, narrowed by `login`."""
    rows = db.all(_BY_EMAIL if channel == "email" else _BY_PHONE, (contact,))
    if login is not None:
        rows = [row for row in rows if login.value in (row["number"], row["email"], row["phone"])]
    return [int(row["id"]) for row in rows]


def account_rows(source: Database | sqlite3.Connection, ids: Sequence[int]) -> list[Row]:
    return _rows(source, _BY_IDS, ids)


def _rows(source: Database | sqlite3.Connection, sql: str, ids: Sequence[int]) -> list[Row]:
    if not ids:
        return []
    params = (json.dumps(list(ids)),)
    if isinstance(source, Database):
        return source.all(sql, params)
    return list(source.execute(sql, params).fetchall())


def may_recover(row: Row) -> bool:
    reason = row["lock_reason"]
    return reason is None or "recover" in ALLOWED_ACTIONS[LockReason(reason)]


def account_choices(rows: Sequence[Row]) -> list[dict[str, str]]:
    return [
        {
            "id": str(row["id"]),
            "number_masked": mask_account_number(row["number"]),
            "address_hint": row["address_hint"],
        }
        for row in rows
    ]


def identity_questions(
    source: Database | sqlite3.Connection, ids: Sequence[int]
) -> tuple[int | None, tuple[IdentityQuestion, ...]]:
    """The questions of the first of these accounts that has any, and that account's id."""
    rows = _rows(source, _QUESTIONS, ids)
    if not rows:
        return None, ()
    asking = int(rows[0]["account_id"])
    return asking, tuple(
        IdentityQuestion(
            row["question_id"], row["label_ru"], row["label_en"], row["kind"], row["answer_hash"]
        )
        for row in rows
        if int(row["account_id"]) == asking
    )
