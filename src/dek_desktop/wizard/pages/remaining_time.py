"""Times on the user's own clock, and what is left of a time limit, for the live countdowns."""

from __future__ import annotations

import math
from datetime import datetime, tzinfo


def seconds_left(until: datetime, now: datetime) -> int:
    """Whole seconds until `until` (0 once it has come)."""
    return max(0, math.ceil((until - now).total_seconds()))


def minutes_left(until: datetime, now: datetime) -> int:
    """Minutes until `until`, rounded up: «осталось 12 мин» until the 12th minute is over."""
    return math.ceil(seconds_left(until, now) / 60)


def local_time(moment: datetime, zone: tzinfo) -> str:
    """24-hour «14:35» in the user's time zone."""
    return moment.astimezone(zone).strftime("%H:%M")
