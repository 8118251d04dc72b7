"""Times as people read them in messages: the service's time zone with the offset written out.

«14:15 (UTC+10)», «05.12.2026 14:05 (UTC+10)».
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo


def utc_offset_text(local: datetime) -> str:
    """`UTC+10`, `UTC+5:30`, `UTC-3`, `UTC+0`."""
    offset = local.utcoffset()
    minutes = int(offset.total_seconds() // 60) if offset is not None else 0
    sign = "+" if minutes >= 0 else "-"
    hours, rest = divmod(abs(minutes), 60)
    return f"UTC{sign}{hours}" + (f":{rest:02d}" if rest else "")


def time_text(moment: datetime, timezone: str) -> str:
    local = moment.astimezone(ZoneInfo(timezone))
    return f"{local:%H:%M} ({utc_offset_text(local)})"


def date_time_text(moment: datetime, timezone: str) -> str:
    local = moment.astimezone(ZoneInfo(timezone))
    return f"{local:%d.%m.%Y %H:%M} ({utc_offset_text(local)})"
