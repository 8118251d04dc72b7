"""«Создайте новый пароль»: the new password typed twice, checked live against the service's
policy, its strength estimated, the service's refusals said in plain words, the reset
window counted down, and the offer to keep the password in the system keychain."""

from __future__ import annotations

from collections.abc import Awaitable
from dataclasses import replace
from typing import ClassVar

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAccessible, QAccessibleEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QWidget,
)

from ...recovery import FlowState, InputIssue, PasswordChecklist, ProblemKind, Step
from ...recovery.password_checklist import code_points
from ...recovery.password_strength import StrengthAdvice
from ..flow_page import FlowPage
from ..page_ids import PageId
from ..page_services import PageServices
from .done_page import DonePage
from .page_height import PageHeight
from .remaining_time import local_time, minutes_left, seconds_left
from .strength_meter import StrengthMeter

#: The reset window's warning comes this many seconds before its end.
WARNING_SECONDS = 120
TICK_MS = 1000

_COMMON_WARNINGS = frozenset(
    {
        StrengthAdvice.TOP_10_PASSWORD,
        StrengthAdvice.TOP_100_PASSWORD,
        StrengthAdvice.VERY_COMMON_PASSWORD,
    }
)
_PASSED, _FAILED, _OPEN = "✓", "✗", "•"


class NewPasswordPage(FlowPage):
    page_id = PageId.NEW_PASSWORD
    form_name = "new_password_page"
    field_widgets: ClassVar[dict[str, str]] = {
        "new_password": "newPasswordEdit",
        "repeat_password": "repeatPasswordEdit",
    }

    def __init__(self, services: PageServices) -> None:
        super().__init__(services)
        PageHeight(self)
        assert self.form is not None
        find = self.form.find
        self.new_password_edit = find(QLineEdit, "newPasswordEdit")
        self.repeat_password_edit = find(QLineEdit, "repeatPasswordEdit")
        self.show_new_button = find(QPushButton, "showNewPasswordButton")
        self.show_repeat_button = find(QPushButton, "showRepeatPasswordButton")
        self.account_label = find(QLabel, "passwordAccountLabel")
        self.timer_label = find(QLabel, "resetTimerLabel")
        self.start_again_button = find(QPushButton, "passwordStartAgainButton")
        self.length_rule = find(QLabel, "lengthRuleLabel")
        self.login_rule = find(QLabel, "loginRuleLabel")
        self.match_rule = find(QLabel, "matchRuleLabel")
        self.current_rule = find(QLabel, "currentRuleLabel")
        self.common_rule = find(QLabel, "commonRuleLabel")
        self.keychain_check = find(QCheckBox, "keychainCheck")
        self.password_columns = find(QWidget, "passwordColumns")
        self.meter = StrengthMeter(
            find(QProgressBar, "strengthBar"),
            find(QLabel, "strengthLabel"),
            find(QLabel, "strengthAdviceLabel"),
            find(QLabel, "russianWarningLabel"),
            self._user_words,
            self,
        )

        self.new_password_edit.textChanged.connect(self._typed)
        self.repeat_password_edit.textChanged.connect(self._typed)
        self.meter.estimated.connect(self._draw_rules)
        self.show_new_button.toggled.connect(self._reveal_changed)
        self.show_repeat_button.toggled.connect(self._reveal_changed)
        self.start_again_button.clicked.connect(self._start_again)
        self.start_again_button.hide()
        self.account_label.hide()

        self.reset_timer = QTimer(self)
        self.reset_timer.setInterval(TICK_MS)
        self.reset_timer.timeout.connect(self._draw_timer)
        self._window_state = ""  # "", "running", "warning" or "over"
        # the service's refusals of the password still in the field (typing clears them)
        self._violations: tuple[str, ...] = ()
        self._refusal_seen: object = None

    # --- FlowPage ----------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setTitle(self.tr("Create a new password"))
        self.start_again_button.setText(self.tr("Start again"))
        self.start_again_button.setAccessibleDescription(
            self.tr("Ask for a new code to change the password")
        )
        self._reveal_changed()
        self._draw_rules()
        self._draw_timer()
        self.meter.retranslate()

    def draw(self, state: FlowState) -> None:
        if state.problem is not self._refusal_seen:
            self._refusal_seen = state.problem
            self._violations = state.password_violations
        super().draw(state)
        self._draw_account(state)
        self._draw_rules()
        self._draw_timer()

    def draw_problem(self, state: FlowState) -> None:
        """The service's refusal is said like the page's own checks: per rule, on the field."""
        problem = state.problem
        if problem is not None and problem.kind is ProblemKind.PASSWORD_REJECTED:
            violations = state.password_violations or ("rejected",)
            issues = tuple(InputIssue("new_password", code) for code in violations)
            state = replace(state, problem=None, input_issues=issues)
        super().draw_problem(state)

    def issue_text(self, issue: InputIssue) -> str | None:
        policy = self.last_state.policy if self.last_state else None
        code = str(issue.code)
        if code == "too_short" and policy is not None:
            return self.tr(
                "The password is too short: it needs at least %n character(s).",
                None,
                policy.password.min_length,
            )
        if code == "too_long" and policy is not None:
            return self.tr(
                "The password is too long: it may have at most %n character(s).",
                None,
                policy.password.max_length,
            )
        if code == "same_as_login":
            return self.tr(
                "The password must not be your login: not the account number, e-mail or phone."
            )
        if code == "same_as_current":
            return self.tr("This is the password you have now. Please think of a new one.")
        if code == "too_common":
            return self.tr(
                "Very many people use this password, so it is tried first. Please think of "
                "another one: for example, three or four words that do not go together."
            )
        if code == "mismatch":
            return self.tr("The two passwords are not the same. Please type them again.")
        if str(issue.field) == "new_password" and code != "required":
            return self.tr("The service did not accept this password. Please think of another one.")
        return None

    def next_button_text(self) -> str:
        return self.tr("Change password")

    def next_action(self) -> Awaitable[object]:
        save = self.keychain_check.isChecked() and self.keychain_check.isVisible()
        return self._change_password(
            self.new_password_edit.text(), self.repeat_password_edit.text(), save
        )

    def is_ready(self) -> bool:
        return self._window_state != "over"

    def page_entered(self) -> None:
        self.keychain_check.setVisible(self.services.keychain.available)
        self._draw_timer()
        if self._window_state != "over":
            self.reset_timer.start()
        super().page_entered()

    def page_left(self) -> None:
        self.reset_timer.stop()
        self.meter.stop()
        self.show_new_button.setChecked(False)
        self.show_repeat_button.setChecked(False)
        self._window_state = ""
        super().page_left()

    # --- inside ------------------------------------------------------------------------------

    async def _change_password(self, new_password: str, repeated: str, save: bool) -> FlowState:
        state = await self.services.flow.set_new_password(new_password, repeated)
        if save and state.step is Step.DONE:
            saved = await self.services.keychain.save_password(state.login, new_password)
            wizard = self.wizard()
            done = wizard.page(int(PageId.DONE)) if wizard is not None else None
            if isinstance(done, DonePage):
                done.show_keychain_outcome(saved)
        return state

    def _typed(self) -> None:
        self._violations = ()
        self.meter.set_password(self.new_password_edit.text())
        self._draw_rules()

    def _user_words(self) -> list[str]:
        """What the user is known by: zxcvbn rates a password made of them as weak."""
        state = self.last_state
        if state is None:
            return []
        words = [state.login, state.contact, state.contact.partition("@")[0]]
        if state.chosen_account is not None:
            words.append(state.chosen_account.address_hint)
        return [word for word in words if word.strip()]

    def _reveal_changed(self) -> None:
        for button, edit, show, hide in (
            (
                self.show_new_button,
                self.new_password_edit,
                self.tr("Show the new password"),
                self.tr("Hide the new password"),
            ),
            (
                self.show_repeat_button,
                self.repeat_password_edit,
                self.tr("Show the repeated password"),
                self.tr("Hide the repeated password"),
            ),
        ):
            shown = button.isChecked()
            edit.setEchoMode(QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password)
            button.setText(self.tr("Hide") if shown else self.tr("Show"))
            button.setAccessibleName(hide if shown else show)

    def _draw_account(self, state: FlowState) -> None:
        chosen = state.chosen_account
        if chosen is None or len(state.accounts) < 2:
            self.account_label.hide()
            return
        text = self.tr("The new password is for the account %1 (%2).")
        self.account_label.setText(
            text.replace("%1", chosen.number_masked).replace("%2", chosen.address_hint)
        )
        self.account_label.show()

    # --- the checklist -----------------------------------------------------------------------

    def _draw_rules(self) -> None:
        state = self.last_state
        policy = state.policy if state is not None else None
        new_password = self.new_password_edit.text()
        repeated = self.repeat_password_edit.text()
        checklist = self.services.flow.password_checklist(new_password, repeated)
        violations = self._violations
        if policy is None or checklist is None:
            for rule in (self.length_rule, self.login_rule, self.current_rule):
                rule.hide()
            self._draw_rule(self.match_rule, self._match_text(), self._match_mark(None))
            self._draw_rule(self.common_rule, self._common_text(), self._common_mark(violations))
            return
        rules = policy.password
        length_text = (
            self.tr("From %1 to %2 characters (typed: %3)")
            .replace("%1", str(rules.min_length))
            .replace("%2", str(rules.max_length))
            .replace("%3", str(code_points(new_password)))
        )
        length_mark = (
            _OPEN
            if not new_password
            else _PASSED
            if checklist.long_enough and checklist.not_too_long
            else _FAILED
        )
        self._draw_rule(self.length_rule, length_text, length_mark)
        self.length_rule.show()
        self.login_rule.setVisible(rules.forbid_login)
        login_mark = (
            _OPEN
            if not new_password
            else _PASSED
            if checklist.not_the_login and "same_as_login" not in violations
            else _FAILED
        )
        self._draw_rule(
            self.login_rule,
            self.tr("Not your login (the account number, e-mail or phone)"),
            login_mark,
        )
        self._draw_rule(self.match_rule, self._match_text(), self._match_mark(checklist))
        self.current_rule.setVisible(rules.forbid_previous)
        self._draw_rule(
            self.current_rule,
            self.tr("Not the password you had before (the service checks this)"),
            _FAILED if "same_as_current" in violations else _OPEN,
        )
        self._draw_rule(self.common_rule, self._common_text(), self._common_mark(violations))

    def _match_text(self) -> str:
        return self.tr("The same in both fields")

    def _match_mark(self, checklist: PasswordChecklist | None) -> str:
        if not self.repeat_password_edit.text():
            return _OPEN
        if checklist is not None:
            return _PASSED if checklist.repeated else _FAILED
        same = self.new_password_edit.text() == self.repeat_password_edit.text()
        return _PASSED if same else _FAILED

    def _common_text(self) -> str:
        return self.tr("Not one of the most common passwords (like «qwerty» or «пароль»)")

    def _common_mark(self, violations: tuple[str, ...]) -> str:
        strength = self.meter.shown
        flagged = "too_common" in violations or (
            strength is not None
            and (strength.russian is not None or strength.warning in _COMMON_WARNINGS)
        )
        return _FAILED if flagged and self.new_password_edit.text() else _OPEN

    def _draw_rule(self, label: QLabel, text: str, mark: str) -> None:
        label.setText(f"{mark} {text}")
        said = {
            _PASSED: self.tr("Done: %1"),
            _FAILED: self.tr("Not yet: %1"),
            _OPEN: "%1",
        }[mark]
        label.setAccessibleDescription(said.replace("%1", text))
        label.setProperty("rule", {_PASSED: "passed", _FAILED: "failed", _OPEN: "open"}[mark])

    # --- the reset window --------------------------------------------------------------------

    def _draw_timer(self) -> None:
        state = self.last_state
        until = state.reset_valid_until if state is not None else None
        if until is None or state is None or state.step is not Step.NEW_PASSWORD:
            self.timer_label.hide()
            self.start_again_button.hide()
            return
        left = seconds_left(until, self.services.flow.clock.now())
        minutes = minutes_left(until, self.services.flow.clock.now())
        ends = local_time(until, self.services.local_zone)
        if left <= 0:
            window = "over"
            text = self.tr(
                "The time to change the password is over. Please start again: "
                "we will send a new code."
            )
        elif left <= WARNING_SECONDS:
            window = "warning"
            text = self.tr(
                "Only %n min left to change the password (until %1). After that a new code "
                "will be needed.",
                None,
                minutes,
            ).replace("%1", ends)
        else:
            window = "running"
            text = self.tr("%n min left to change the password (until %1).", None, minutes)
            text = text.replace("%1", ends)
        if window != self._window_state:
            self._window_changed(window)
        self.timer_label.setText(text)
        self.timer_label.setAccessibleDescription(text)
        self.timer_label.show()

    def _window_changed(self, window: str) -> None:
        was_over = self._window_state == "over"
        self._window_state = window
        urgent = window in ("warning", "over")
        self.timer_label.setProperty("urgent", urgent)
        self.timer_label.style().unpolish(self.timer_label)
        self.timer_label.style().polish(self.timer_label)
        self.start_again_button.setVisible(window == "over")
        for part in (self.password_columns, self.keychain_check):
            part.setEnabled(window != "over")  # nothing typed here can be used any more
        if urgent:
            QAccessible.updateAccessibility(
                QAccessibleEvent(self.timer_label, QAccessible.Event.Alert)
            )
        if window == "over":
            self.reset_timer.stop()
            if self.isVisible():
                self.start_again_button.setFocus(Qt.FocusReason.OtherFocusReason)
        if (window == "over") != was_over:
            self.update_ready()

    def _start_again(self) -> None:
        """The window is over: nothing typed here can be used, so there is nothing to ask."""
        self.services.flow.start_again()

    def initial_focus(self) -> QWidget | None:
        if self._window_state == "over":
            return self.start_again_button
        return self.new_password_edit
