"""The support phone and hours at the foot of every page, in the user's own time."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from zoneinfo import ZoneInfo

from pytestqt.qtbot import QtBot

from dek_desktop.config import AppConfig
from dek_desktop.support_hours import local_support_hours, phone_for_display
from tests.app.conftest import WAIT_MS, Shell
from tests.conftest import RunningService


def test_hours_come_from_the_service_and_show_on_the_users_clock(
    qtbot: QtBot, shell_factory: Callable[..., Shell], service: RunningService
) -> None:
    shell = shell_factory(
        AppConfig(api_url=service.base_url, language="ru"), user_zone=ZoneInfo("Asia/Kamchatka")
    )
    line = shell.window.support_line
    qtbot.waitUntil(line.isVisible, timeout=WAIT_MS)
    # the desk works 08:00-20:00 Vladivostok time (UTC+10); Kamchatka is UTC+12
    assert line.plain_text() == "Поддержка: 8 800 100-15-52, с 10:00 до 22:00 по вашему времени"
    assert 'href="tel:+78001001552"' in line.text()
    assert line.openExternalLinks()


def test_a_user_west_of_the_desk_sees_earlier_hours(
    qtbot: QtBot, shell_factory: Callable[..., Shell], service: RunningService
) -> None:
    shell = shell_factory(
        AppConfig(api_url=service.base_url, language="en"), user_zone=ZoneInfo("Europe/Moscow")
    )
    line = shell.window.support_line
    qtbot.waitUntil(line.isVisible, timeout=WAIT_MS)
    assert line.plain_text() == "Support: 8 800 100-15-52, from 01:00 to 13:00 your time"


def test_hours_across_midnight_and_daylight_saving_zones() -> None:
    winter, summer = date(2026, 1, 15), date(2026, 7, 15)
    berlin = ZoneInfo("Europe/Berlin")
    in_winter = local_support_hours("08:00-20:00", "Asia/Vladivostok", user_zone=berlin, day=winter)
    in_summer = local_support_hours("08:00-20:00", "Asia/Vladivostok", user_zone=berlin, day=summer)
    assert in_winter is not None and in_summer is not None
    assert (in_winter.opens.isoformat(), in_winter.closes.isoformat()) == ("23:00:00", "11:00:00")
    assert (in_summer.opens.isoformat(), in_summer.closes.isoformat()) == ("00:00:00", "12:00:00")


def test_unreadable_hours_or_zone_give_none() -> None:
    utc = ZoneInfo("UTC")
    assert local_support_hours("круглосуточно", "Asia/Vladivostok", user_zone=utc) is None
    assert local_support_hours("08:00-20:00", "Mars/Olympus", user_zone=utc) is None
    assert local_support_hours("25:00-20:00", "Asia/Vladivostok", user_zone=utc) is None


def test_toll_free_numbers_are_written_as_people_dial_them() -> None:
    assert phone_for_display("+7 800 100-15-52") == "8 800 100-15-52"
    assert phone_for_display("+7 4232 00-00-00") == "+7 4232 00-00-00"
