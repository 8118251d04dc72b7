"""Light and dark: a switch of the system's scheme while the app runs."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from dek_desktop.wizard.appearance import Appearance
from tests.app.conftest import Shell


def test_a_switch_to_the_dark_scheme_keeps_the_focus_in_the_field_being_typed_in(
    qtbot: QtBot, shell: Shell, appearance: Appearance
) -> None:
    password = shell.find(QLineEdit, "passwordEdit")
    password.setFocus()
    qtbot.waitUntil(password.hasFocus)
    try:
        appearance.force(True)
        assert password.hasFocus()
        appearance.force(False)
        assert password.hasFocus()
    finally:
        appearance.force(None)
