"""The support phone and hours at the foot of every page, in the user's own time."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from zoneinfo import ZoneInfo

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from dek_desktop.config import AppConfig
from dek_desktop.support_hours import local_support_hours, phone_for_display
from dek_desktop.wizard.appearance import Appearance
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


def link_colour_shown(line: QLabel, colour: str) -> bool:
    """Whether the phone link is drawn (its underline) in `colour`."""
    picture = line.grab().toImage()
    wanted = QColor(colour).rgb()
    return any(
        picture.pixel(x, y) == wanted
        for y in range(picture.height())
        for x in range(picture.width())
    )


def test_the_phone_link_follows_a_switch_to_the_dark_scheme(
    qtbot: QtBot, shell: Shell, appearance: Appearance
) -> None:
    line = shell.window.support_line
    qtbot.waitUntil(line.isVisible, timeout=WAIT_MS)
    light_link = QApplication.palette().color(QPalette.ColorRole.Link).name()
    assert link_colour_shown(line, light_link)
    try:
        appearance.force(True)
        dark_link = QApplication.palette().color(QPalette.ColorRole.Link).name()
        assert dark_link != light_link
        qtbot.waitUntil(lambda: link_colour_shown(line, dark_link))
    finally:
        appearance.force(None)
