"""Moments as people read them: 24-hour times in the user's own time zone, the date only when
it is not today, and short waits as m:ss."""

from __future__ import annotations

import math
from datetime import datetime, timedelta, tzinfo

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate


def at_time(moment: datetime, now: datetime, zone: tzinfo) -> str:
    """«в 14:05» today, «12.05.2026 в 14:05» on another day."""
    local = moment.astimezone(zone)
    time = local.strftime("%H:%M")
    if local.date() == now.astimezone(zone).date():
        return translate("LocalTimes", "at %1").replace("%1", time)
    return (
        translate("LocalTimes", "on %1 at %2")
        .replace("%1", local.strftime("%d.%m.%Y"))
        .replace("%2", time)
    )


def minutes_and_seconds(left: timedelta) -> str:
    """A short wait, rounded up to the second: 0:42, 1:00."""
    seconds = max(0, math.ceil(left.total_seconds()))
    return f"{seconds // 60}:{seconds % 60:02d}"
