"""Application numbers people can read out on the phone: «2026-000124», sequential per year.

A number is not a secret and grants nothing on its own (the application token does).
"""

from __future__ import annotations

import sqlite3
from datetime import datetime
from zoneinfo import ZoneInfo


def next_application_number(conn: sqlite3.Connection, now: datetime, timezone: str) -> str:
    """The year's next number; call inside the transaction that inserts it."""
    year = now.astimezone(ZoneInfo(timezone)).year
    prefix = f"{year}-"
    rows = conn.execute(
        "SELECT number FROM applications WHERE number LIKE ?", (prefix + "%",)
    ).fetchall()
    used = [
        int(row["number"][len(prefix) :]) for row in rows if row["number"][len(prefix) :].isdigit()
    ]
    return f"{prefix}{max(used, default=0) + 1:06d}"
