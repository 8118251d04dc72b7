"""An application a service centre started, opened in the window with its number and PIN: a
wrong PIN says how many attempts are left (Russian plural forms), the fifth says how long to
wait, in words; the right one opens the application's slots."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QLabel, QLineEdit, QPushButton, QRadioButton
from pytestqt.qtbot import QtBot

from dek_desktop.api.vocabulary import DocumentKind
from dek_desktop.applications import View
from dek_desktop.config import AppConfig
from dek_recovery_service.seed import DEMO_APPLICATION_NUMBER, DEMO_APPLICATION_PIN
from tests.app.conftest import Shell
from tests.app.pages.documents_steps import (
    applications_of,
    click,
    documents_page,
    on_page,
    press_next,
    slot_view,
    through_needs_and_consent,
    wait_idle,
    wait_state,
)
from tests.conftest import RunningService


def open_documents_from_sign_in(qtbot: QtBot, shell: Shell) -> None:
    """«Нет доступа к почте и телефону» from the sign-in page."""
    flow = shell.desktop.flow
    assert flow is not None
    qtbot.waitUntil(lambda: flow.state.policy is not None)
    click(qtbot, shell.find(QPushButton, "documentsLink"))
    wait_state(qtbot, shell, lambda state: state.kinds_known and state.view is View.NEEDS)


def type_number_and_pin(qtbot: QtBot, shell: Shell, number: str, pin: str) -> None:
    on_page(shell, QRadioButton, "openRadio").setChecked(True)
    on_page(shell, QLineEdit, "applicationEdit").setText(number)
    on_page(shell, QLineEdit, "pinEdit").setText(pin)
    press_next(qtbot, shell)
    wait_idle(qtbot, shell)


def test_a_wrong_pin_says_the_attempts_left_then_the_wait_in_words(
    qtbot: QtBot, shell_factory: Callable[..., Shell], service: RunningService
) -> None:
    shell = shell_factory(AppConfig(api_url=service.base_url, language="ru"))
    open_documents_from_sign_in(qtbot, shell)
    through_needs_and_consent(qtbot, shell)
    assert shell.find(QPushButton, "nextButton").text() == "Создать заявление"
    on_page(shell, QRadioButton, "openRadio").setChecked(True)
    assert shell.find(QPushButton, "nextButton").text() == "Открыть заявление"
    problem = documents_page(shell).problem_label

    said = []
    for _ in range(4):
        type_number_and_pin(qtbot, shell, DEMO_APPLICATION_NUMBER, "000000")
        said.append(problem.text())
    assert said == [
        "Номер или ПИН-код неверен. Осталось 4 попытки.",
        "Номер или ПИН-код неверен. Осталось 3 попытки.",
        "Номер или ПИН-код неверен. Осталось 2 попытки.",
        "Номер или ПИН-код неверен. Осталась 1 попытка.",
    ]
    type_number_and_pin(qtbot, shell, DEMO_APPLICATION_NUMBER, "000000")
    assert problem.text() == (
        "ПИН-код введён неверно слишком много раз. Попробуйте снова через 1 час."
    )
    # Now even the right PIN waits: the lock holds for the number.
    type_number_and_pin(qtbot, shell, DEMO_APPLICATION_NUMBER, DEMO_APPLICATION_PIN)
    assert "через 1 час" in problem.text()
    assert applications_of(shell).state.number is None

    shell.language.toggle()  # the same problem, said again in English
    qtbot.waitUntil(lambda: "1 hour" in problem.text())


def test_the_demo_application_opens_with_its_number_and_pin(
    qtbot: QtBot, shell_factory: Callable[..., Shell], service: RunningService
) -> None:
    shell = shell_factory(AppConfig(api_url=service.base_url, language="ru"))
    open_documents_from_sign_in(qtbot, shell)
    through_needs_and_consent(qtbot, shell)
    type_number_and_pin(qtbot, shell, "2026 000123 ", "12345")
    assert "ПИН-код — это 6 цифр." in documents_page(shell).problem_label.text()
    assert on_page(shell, QLineEdit, "pinEdit").hasFocus()

    type_number_and_pin(qtbot, shell, DEMO_APPLICATION_NUMBER, DEMO_APPLICATION_PIN)
    state = wait_state(qtbot, shell, lambda state: state.view is View.DOCUMENTS)
    assert state.number == DEMO_APPLICATION_NUMBER and state.from_service_centre
    assert DEMO_APPLICATION_NUMBER in on_page(shell, QLabel, "numberLabel").text()
    assert on_page(shell, QLineEdit, "pinEdit").text() == ""  # a PIN is not kept on screen
    for kind in (DocumentKind.PASSPORT, DocumentKind.INN, DocumentKind.SNILS):
        title = slot_view(shell, kind).findChild(QLabel, "slotTitle").text()
        assert title.endswith(" *")
    other = slot_view(shell, DocumentKind.OTHER).findChild(QLabel, "slotTitle").text()
    assert other == "Другие документы"
