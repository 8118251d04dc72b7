"""What one key press says about Caps Lock, on each platform's rules."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent

from dek_desktop.wizard.pages.caps_lock_watch import caps_lock_from_key, system_caps_lock

NONE = Qt.KeyboardModifier.NoModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def press(text: str, modifiers: Qt.KeyboardModifier = NONE) -> QKeyEvent:
    return QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_unknown, modifiers, text)


@pytest.mark.parametrize(
    ("text", "modifiers", "caps_lock"),
    [
        ("A", NONE, True),
        ("a", NONE, False),
        ("a", SHIFT, True),
        ("A", SHIFT, False),
        ("Ж", NONE, True),  # Russian letters have case too
        ("ж", SHIFT, True),
        ("ж", NONE, False),
        ("7", NONE, None),
        ("%", SHIFT, None),
        ("", NONE, None),
        ("A", Qt.KeyboardModifier.ControlModifier, None),
        ("ab", NONE, None),  # a paste-like event says nothing
    ],
)
def test_a_letter_whose_case_disagrees_with_shift_means_caps_lock(
    qapp: object, text: str, modifiers: Qt.KeyboardModifier, caps_lock: bool | None
) -> None:
    assert caps_lock_from_key(press(text, modifiers)) is caps_lock


def test_on_macos_a_capital_with_shift_says_nothing(qapp: object) -> None:
    # there Shift with Caps Lock on still gives capitals
    assert caps_lock_from_key(press("A", SHIFT), shift_uppercases=False) is None
    assert caps_lock_from_key(press("a", SHIFT), shift_uppercases=False) is True
    assert caps_lock_from_key(press("A"), shift_uppercases=False) is True


def test_the_system_is_asked_only_where_it_is_cheap() -> None:
    asked = system_caps_lock()
    if sys.platform == "win32":
        assert isinstance(asked, bool)
    else:
        assert asked is None
