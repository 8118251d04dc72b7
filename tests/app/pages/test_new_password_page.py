"""The new password page (`newPasswordPage`) over real HTTP against the reference service: the
policy's live checklist, the strength meter and its Russian-aware warning, the service's
refusals in words, the reset window's timer, the keychain offer, and on to signing in."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit, QPushButton
from pytestqt.qtbot import QtBot

from dek_desktop.keychain import SERVICE_NAME
from dek_desktop.recovery import Step
from dek_desktop.wizard.page_ids import PageId
from dek_recovery_service.seed import demo_account
from tests.app.conftest import Shell, TmpPlaintextKeyring
from tests.app.pages.flow_shortcuts import (
    child,
    click,
    current_page_id,
    flow_of,
    press_next,
    reach_new_password,
    type_text,
    wait_for_page,
    wait_idle,
)
from tests.conftest import RunningService

GOOD_PASSWORD = "Золотой-Рог-1860"
ACTIVE_EMAIL = "anna.ivanova@example.ru"


def type_passwords(qtbot: QtBot, shell: Shell, first: str, second: str) -> None:
    page = shell.wizard.page_for(PageId.NEW_PASSWORD)
    for name, text in (("newPasswordEdit", first), ("repeatPasswordEdit", second)):
        field = child(page, QLineEdit, name)
        field.clear()
        type_text(field, text)


def problem_of(page: QLabel) -> QLabel:
    label = page.findChild(QLabel, "problemLabel")
    assert label is not None
    return label


def test_the_checklist_follows_the_policy_and_a_short_password_is_refused_in_words(
    qtbot: QtBot, shell: Shell, service: RunningService
) -> None:
    page = reach_new_password(qtbot, shell, service)
    policy = flow_of(shell).state.policy
    assert policy is not None
    length_rule = child(page, QLabel, "lengthRuleLabel")
    low, high = policy.password.min_length, policy.password.max_length
    assert length_rule.text() == f"• От {low} до {high} символов (набрано: 0)"

    type_passwords(qtbot, shell, "Ёж-1", "Ёж-1")
    assert length_rule.text() == f"✗ От {low} до {high} символов (набрано: 4)"
    assert length_rule.accessibleDescription().startswith("Не выполнено: ")
    assert child(page, QLabel, "matchRuleLabel").text() == "✓ В обоих полях одно и то же"
    press_next(qtbot, shell)

    problem = problem_of(page)
    qtbot.waitUntil(problem.isVisible)
    assert problem.text() == f"Пароль слишком короткий: нужно не меньше {low} символов."
    new_password = child(page, QLineEdit, "newPasswordEdit")
    qtbot.waitUntil(new_password.hasFocus)
    assert new_password.accessibleDescription() == problem.text()
    assert flow_of(shell).state.problem is None  # refused here: nothing was sent
    assert current_page_id(shell) == PageId.NEW_PASSWORD

    type_passwords(qtbot, shell, "Ёжик-в-тумане", "Ёжик-в-тумане")
    assert length_rule.text() == f"✓ От {low} до {high} символов (набрано: 13)"


def test_a_russian_word_on_the_latin_layout_is_warned_early_and_refused_by_the_service(
    qtbot: QtBot, shell: Shell, service: RunningService
) -> None:
    page = reach_new_password(qtbot, shell, service)
    warning = child(page, QLabel, "russianWarningLabel")
    assert not warning.isVisible()

    type_passwords(qtbot, shell, "gfhjkm123", "gfhjkm123")  # «пароль123»
    assert warning.isVisible()  # at once, before any answer
    assert "«gfhjkm» вместо «пароль»" in warning.text()
    meter = page.meter
    qtbot.waitUntil(lambda: meter.shown is not None)
    assert child(page, QLabel, "strengthLabel").text() == "Надёжность: низкая"
    assert child(page, QLabel, "commonRuleLabel").text().startswith("✗ ")
    press_next(qtbot, shell)
    wait_idle(qtbot, shell)

    assert flow_of(shell).state.password_violations == ("too_common",)
    problem = problem_of(page)
    assert problem.text() == (
        "Этим паролем пользуются очень многие, поэтому его подбирают первым. Придумайте "
        "другой: например, три-четыре слова, не связанных между собой."
    )
    new_password = child(page, QLineEdit, "newPasswordEdit")
    qtbot.waitUntil(new_password.hasFocus)
    assert new_password.accessibleDescription() == problem.text()

    common_rule = child(page, QLabel, "commonRuleLabel")
    assert common_rule.text().startswith("✗ ")
    type_passwords(qtbot, shell, GOOD_PASSWORD, GOOD_PASSWORD)
    qtbot.waitUntil(lambda: meter.shown is not None)
    assert common_rule.text().startswith("• ")  # the refusal was of the password typed before


def test_the_password_typed_in_cyrillic_as_a_common_word_is_refused(
    qtbot: QtBot, shell: Shell, service: RunningService
) -> None:
    page = reach_new_password(qtbot, shell, service)
    type_passwords(qtbot, shell, "парольпароль", "парольпароль")
    warning = child(page, QLabel, "russianWarningLabel")
    assert warning.isVisible()
    assert warning.text().startswith("Это слово многие у нас используют как пароль.")
    press_next(qtbot, shell)
    wait_idle(qtbot, shell)
    assert flow_of(shell).state.password_violations == ("too_common",)
    assert problem_of(page).text().startswith("Этим паролем пользуются очень многие")


def test_the_account_number_is_refused_by_the_service_as_the_login(
    qtbot: QtBot, shell: Shell, service: RunningService
) -> None:
    page = reach_new_password(qtbot, shell, service)  # by e-mail: the number was never typed
    number = demo_account("active").number
    type_passwords(qtbot, shell, number, number)
    assert child(page, QLabel, "loginRuleLabel").text().startswith("✓ ")  # unknown here
    press_next(qtbot, shell)
    wait_idle(qtbot, shell)

    assert flow_of(shell).state.password_violations == ("same_as_login",)
    assert problem_of(page).text() == (
        "Пароль не должен совпадать с логином: ни с номером лицевого счёта, ни с почтой, "
        "ни с телефоном."
    )
    assert child(page, QLabel, "loginRuleLabel").text().startswith("✗ ")
    assert current_page_id(shell) == PageId.NEW_PASSWORD


def test_the_two_fields_must_match(qtbot: QtBot, shell: Shell, service: RunningService) -> None:
    page = reach_new_password(qtbot, shell, service)
    type_passwords(qtbot, shell, GOOD_PASSWORD, GOOD_PASSWORD + "!")
    match_rule = child(page, QLabel, "matchRuleLabel")
    assert match_rule.text() == "✗ В обоих полях одно и то же"

    press_next(qtbot, shell)

    problem = problem_of(page)
    qtbot.waitUntil(problem.isVisible)
    assert problem.text() == "Пароли в двух полях не совпадают. Пожалуйста, введите их ещё раз."
    repeat = child(page, QLineEdit, "repeatPasswordEdit")
    qtbot.waitUntil(repeat.hasFocus)
    assert repeat.accessibleDescription() == problem.text()


def test_show_and_hide_each_field(qtbot: QtBot, shell: Shell, service: RunningService) -> None:
    page = reach_new_password(qtbot, shell, service)
    field = child(page, QLineEdit, "newPasswordEdit")
    show = child(page, QPushButton, "showNewPasswordButton")
    assert field.echoMode() == QLineEdit.EchoMode.Password
    assert show.text() == "Показать"
    click(qtbot, show)
    assert field.echoMode() == QLineEdit.EchoMode.Normal
    assert show.text() == "Скрыть"
    assert show.accessibleName() == "Скрыть новый пароль"
    assert child(page, QLineEdit, "repeatPasswordEdit").echoMode() == QLineEdit.EchoMode.Password
    qtbot.keyClick(show, Qt.Key.Key_Space)  # keyboard too
    assert field.echoMode() == QLineEdit.EchoMode.Password


def test_a_good_password_leads_to_done_and_signing_in_with_it(
    qtbot: QtBot, shell: Shell, service: RunningService
) -> None:
    page = reach_new_password(qtbot, shell, service)
    assert shell.find(QPushButton, "nextButton").text() == "Сменить пароль"
    advice = child(page, QLabel, "safeKeepingLabel")
    assert advice.text().startswith("Запишите новый пароль и храните его в надёжном месте")
    type_passwords(qtbot, shell, GOOD_PASSWORD, GOOD_PASSWORD)
    qtbot.waitUntil(lambda: page.meter.shown is not None)
    assert child(page, QLabel, "strengthLabel").text() == "Надёжность: высокая"
    assert not child(page, QLabel, "russianWarningLabel").isVisible()
    assert child(page, QLabel, "loginRuleLabel").text().startswith("✓ ")
    press_next(qtbot, shell)

    done = wait_for_page(qtbot, shell, PageId.DONE)
    assert done.title() == "Пароль изменён"
    assert child(done, QLineEdit, "signInLoginEdit").text() == ACTIVE_EMAIL
    assert page.new_password_edit.text() == ""  # a secret: gone once the page is left
    notices = [m for m in service.outbox() if m["to"] == ACTIVE_EMAIL and not m["code"]]
    assert notices, "the service notifies the contact that the password changed"
    next_button = shell.find(QPushButton, "nextButton")
    assert next_button.text() == "Войти с новым паролем"
    press_next(qtbot, shell)

    qtbot.waitUntil(lambda: flow_of(shell).state.step is Step.SIGNED_IN, timeout=15_000)
    signed_in = flow_of(shell).state.signed_in
    assert signed_in is not None and signed_in.login == demo_account("active").number
    wait_for_page(qtbot, shell, PageId.SIGNED_IN)
    assert shell.wizard.current_page.objectName() == "signedInPage"


def test_the_reset_window_counts_down_warns_two_minutes_before_and_then_starts_again(
    qtbot: QtBot, shell: Shell, service: RunningService
) -> None:
    page = reach_new_password(qtbot, shell, service)
    policy = flow_of(shell).state.policy
    assert policy is not None
    window = int(policy.reset_ttl.total_seconds())
    timer = child(page, QLabel, "resetTimerLabel")
    assert timer.text().startswith(f"На смену пароля осталось {window // 60} мин (до ")
    assert timer.accessibleDescription() == timer.text()
    assert timer.accessibleName() == ""
    type_passwords(qtbot, shell, GOOD_PASSWORD, GOOD_PASSWORD)

    service.clock.advance(window - 121)
    qtbot.waitUntil(lambda: timer.text().startswith("На смену пароля осталось 3 мин"))
    assert not timer.property("urgent")
    service.clock.advance(1)
    qtbot.waitUntil(lambda: timer.text().startswith("Осталось всего 2 мин, чтобы сменить пароль"))
    assert timer.property("urgent")
    assert shell.find(QPushButton, "nextButton").isEnabled()

    service.clock.advance(120)
    qtbot.waitUntil(lambda: timer.text().startswith("Время на смену пароля вышло."))
    start_again = child(page, QPushButton, "passwordStartAgainButton")
    assert start_again.isVisible()
    assert not shell.find(QPushButton, "nextButton").isEnabled()
    assert not child(page, QLineEdit, "newPasswordEdit").isEnabled()  # of no use any more
    qtbot.waitUntil(start_again.hasFocus)
    assert not page.reset_timer.isActive()
    click(qtbot, start_again)

    wait_for_page(qtbot, shell, PageId.FORGOT)
    assert flow_of(shell).state.contact == ACTIVE_EMAIL  # kept for the new request
    assert not page.reset_timer.isActive()


def test_the_keychain_offer_keeps_the_new_password_in_the_real_backend(
    qtbot: QtBot, shell: Shell, service: RunningService, tmp_path: Path
) -> None:
    page = reach_new_password(qtbot, shell, service)
    offer = child(page, QCheckBox, "keychainCheck")
    assert offer.isVisible()
    assert not offer.isChecked()
    click(qtbot, offer)
    type_passwords(qtbot, shell, GOOD_PASSWORD, GOOD_PASSWORD)
    press_next(qtbot, shell)

    done = wait_for_page(qtbot, shell, PageId.DONE)
    note = child(done, QLabel, "keychainNoteLabel")
    qtbot.waitUntil(note.isVisible, timeout=10_000)
    assert note.text() == "Новый пароль сохранён на этом компьютере, в хранилище паролей системы."
    stored = TmpPlaintextKeyring(tmp_path / "keyring.cfg").get_password(SERVICE_NAME, ACTIVE_EMAIL)
    assert stored == GOOD_PASSWORD


def test_the_page_speaks_english_after_the_switch(
    qtbot: QtBot, shell: Shell, service: RunningService
) -> None:
    page = reach_new_password(qtbot, shell, service)
    type_passwords(qtbot, shell, "password", "password")
    qtbot.waitUntil(lambda: page.meter.shown is not None)
    advice = child(page, QLabel, "strengthAdviceLabel")
    assert "Это один из десяти самых популярных паролей в мире." in advice.text()

    click(qtbot, shell.find(QPushButton, "languageButton"))

    qtbot.waitUntil(lambda: page.title() == "Create a new password")
    assert "This is one of the ten most used passwords in the world." in advice.text()
    assert child(page, QLabel, "strengthLabel").text() == "Strength: weak"
    assert child(page, QLabel, "resetTimerLabel").text().startswith("15 minutes left to change")
    assert shell.find(QPushButton, "nextButton").text() == "Change password"
    assert child(page, QLabel, "newPasswordLabel").text() == "New password *"
