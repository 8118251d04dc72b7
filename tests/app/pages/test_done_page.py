"""The done page (`donePage`): «Пароль изменён», every contact told, and signing in with the new
password with the login filled in; the keychain's outcome said in words."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from keyring.backends.fail import Keyring as FailingKeyring
from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from dek_desktop.config import AppConfig
from dek_desktop.keychain import Keychain
from dek_desktop.recovery import Step
from dek_desktop.wizard.page_ids import PageId
from dek_recovery_service.seed import demo_account
from tests.app.conftest import Shell, TmpPlaintextKeyring
from tests.app.pages.flow_shortcuts import (
    child,
    click,
    flow_of,
    press_next,
    reach_new_password,
    run,
    share_clock,
    type_text,
    wait_for_page,
)
from tests.conftest import RunningService

NEW_PASSWORD = "Сопка-Орлиное-Гнездо"


def set_new_password(qtbot: QtBot, page: QWidget, *, save: bool = False) -> None:
    for name in ("newPasswordEdit", "repeatPasswordEdit"):
        type_text(child(page, QLineEdit, name), NEW_PASSWORD)
    if save:
        click(qtbot, child(page, QCheckBox, "keychainCheck"))


def test_the_done_page_says_who_was_told_and_signs_in_with_the_login_typed_before(
    qtbot: QtBot, shell: Shell, service: RunningService
) -> None:
    account = demo_account("active")
    flow = share_clock(shell, service)
    typed_login = "100 200 301"
    assert run(qtbot, flow.sign_in(typed_login, "forgot-it")).step is Step.LOGIN
    page = reach_new_password(qtbot, shell, service)
    set_new_password(qtbot, page)
    press_next(qtbot, shell)

    done = wait_for_page(qtbot, shell, PageId.DONE)
    assert done.title() == "Пароль изменён"
    notified = child(done, QLabel, "notifiedLabel")
    assert notified.text().startswith("Сообщение о смене пароля отправлено на все ваши контакты")
    assert "Если пароль меняли не вы, сразу позвоните в поддержку." in notified.text()
    assert "войдите в личный кабинет" in child(done, QLabel, "signInLabel").text()
    login = child(done, QLineEdit, "signInLoginEdit")
    assert login.text() == typed_login
    assert login.isReadOnly()
    assert child(done, QLabel, "signInLoginLabel").buddy() is login
    assert not child(done, QLabel, "keychainNoteLabel").isVisible()
    assert not shell.find(QPushButton, "backButton").isVisible()  # the code is spent

    press_next(qtbot, shell)

    wait_for_page(qtbot, shell, PageId.SIGNED_IN)
    signed_in = flow_of(shell).state.signed_in
    assert signed_in is not None and signed_in.login == account.number


def test_a_keychain_that_cannot_store_is_said_in_words(
    qtbot: QtBot,
    shell_factory: Callable[..., Shell],
    shell_config: AppConfig,
    service: RunningService,
    tmp_path: Path,
) -> None:
    """A real file backend that reads (nothing stored yet) but cannot write: its folder's
    place is taken by a file."""
    (tmp_path / "not-a-folder").write_text("")
    broken = TmpPlaintextKeyring(tmp_path / "not-a-folder" / "keyring.cfg")
    shell = shell_factory(shell_config, keychain=Keychain(backend=broken))
    page = reach_new_password(qtbot, shell, service)
    set_new_password(qtbot, page, save=True)
    press_next(qtbot, shell)

    done = wait_for_page(qtbot, shell, PageId.DONE)
    note = child(done, QLabel, "keychainNoteLabel")
    qtbot.waitUntil(note.isVisible)
    assert note.text() == (
        "Сохранить пароль на этом компьютере не получилось. Пожалуйста, запишите его."
    )
    assert shell.desktop.keychain is not None and not shell.desktop.keychain.available


def test_a_failing_keychain_backend_takes_the_offer_away(
    qtbot: QtBot,
    shell_factory: Callable[..., Shell],
    shell_config: AppConfig,
    service: RunningService,
) -> None:
    shell = shell_factory(shell_config, keychain=Keychain(backend=FailingKeyring()))
    keychain = shell.desktop.keychain
    assert keychain is not None
    qtbot.waitUntil(lambda: keychain.failure is not None)  # the sign-in page read it at start
    page = reach_new_password(qtbot, shell, service)
    assert not child(page, QCheckBox, "keychainCheck").isVisible()


def test_without_a_keychain_there_is_no_offer(
    qtbot: QtBot,
    shell_factory: Callable[..., Shell],
    shell_config: AppConfig,
    service: RunningService,
) -> None:
    shell = shell_factory(shell_config, keychain=Keychain.off())  # as in kiosk mode
    page = reach_new_password(qtbot, shell, service)
    assert not child(page, QCheckBox, "keychainCheck").isVisible()
    set_new_password(qtbot, page)
    press_next(qtbot, shell)
    done = wait_for_page(qtbot, shell, PageId.DONE)
    assert not child(done, QLabel, "keychainNoteLabel").isVisible()


def test_the_done_page_in_english(qtbot: QtBot, shell: Shell, service: RunningService) -> None:
    page = reach_new_password(qtbot, shell, service)
    set_new_password(qtbot, page)
    press_next(qtbot, shell)
    done = wait_for_page(qtbot, shell, PageId.DONE)
    click(qtbot, shell.find(QPushButton, "languageButton"))
    qtbot.waitUntil(lambda: done.title() == "Password changed")
    assert shell.find(QPushButton, "nextButton").text() == "Sign in with the new password"
    assert child(done, QLabel, "signInLoginLabel").text() == "Your login"
