"""The support desk's hours in the user's own time zone (the desk gives them in its zone).

Qt-free: the chrome shows the result, tests check it for any zone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, tzinfo

_HOURS = re.compile(r"^\s*(\d{1,2}):(\d{2})\s*[-–—]\s*(\d{1,2}):(\d{2})\s*$")


@dataclass(frozen=True)
class LocalHours:
    opens: time
    closes: time


def local_zone() -> tzinfo:
    """This computer's time zone now (its UTC offset today)."""
    zone = datetime.now().astimezone().tzinfo
    return zone if zone is not None else UTC


def local_support_hours(
    hours: str, desk_zone: str, *, user_zone: tzinfo, day: date | None = None
) -> LocalHours | None:
    """ "08:00-20:00" in Asia/Vladivostok -> the same hours on the user's clock, on `day` (the
    desk's today by default). None when the hours or the zone cannot be read."""
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    found = _HOURS.match(hours)
    if found is None:
        return None
    try:
        zone = ZoneInfo(desk_zone)
    except (ZoneInfoNotFoundError, ValueError):
        return None
    open_h, open_m, close_h, close_m = (int(part) for part in found.groups())
    if open_h > 23 or close_h > 24 or open_m > 59 or close_m > 59:
        return None
    day = day or datetime.now(zone).date()

    def on_user_clock(hour: int, minute: int) -> time:
        at = datetime.combine(day, time(hour % 24, minute), tzinfo=zone)
        return at.astimezone(user_zone).time().replace(second=0, microsecond=0)

    return LocalHours(on_user_clock(open_h, open_m), on_user_clock(close_h, close_m))


def phone_for_display(phone: str) -> str:
    """Russian toll-free numbers are written with 8 («8 800 100-15-52»), as people dial them."""
    text = phone.strip()
    if text.startswith("+7 800") or text.startswith("+7800"):
        return "8 800" + text.removeprefix("+7 800").removeprefix("+7800")
    return text


def phone_for_link(phone: str) -> str:
    """tel:+78001001552"""
    digits = "".join(char for char in phone if char.isdigit() or char == "+")
    return f"tel:{digits}"
