"""The blocked account: the reason in plain words, a live countdown while the lock is
temporary, and exactly the ways out the service allows for that reason, as big buttons."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtGui import QAccessible, QAccessibleEvent
from PySide6.QtWidgets import QCommandLinkButton, QLabel

from ...api.vocabulary import Action
from ...recovery import AccountLock, FlowState
from ..flow_page import FlowPage
from ..page_ids import PageId
from ..page_services import PageServices
from .lock_reason_texts import lock_reason_explanation, lock_reason_title
from .page_height import PageHeight
from .remaining_time import minutes_left, seconds_left

TICK_MS = 1000


class BlockedPage(FlowPage):
    page_id = PageId.BLOCKED
    form_name = "blocked_page"

    def __init__(self, services: PageServices) -> None:
        super().__init__(services)
        PageHeight(self)
        assert self.form is not None
        find = self.form.find
        self.reason_title = find(QLabel, "reasonTitleLabel")
        self.reason_text = find(QLabel, "reasonTextLabel")
        self.countdown_label = find(QLabel, "lockCountdownLabel")
        self.action_buttons: dict[Action, QCommandLinkButton] = {
            Action.WAIT: find(QCommandLinkButton, "waitButton"),
            Action.RECOVER: find(QCommandLinkButton, "recoverButton"),
            Action.DOCUMENTS: find(QCommandLinkButton, "sendDocumentsButton"),
            Action.SUPPORT: find(QCommandLinkButton, "contactSupportButton"),
        }
        flow = services.flow
        self.action_buttons[Action.WAIT].clicked.connect(lambda: flow.go_login())
        self.action_buttons[Action.RECOVER].clicked.connect(lambda: flow.go_forgot())
        self.action_buttons[Action.DOCUMENTS].clicked.connect(lambda: flow.go_documents())
        self.action_buttons[Action.SUPPORT].clicked.connect(self._go_support)
        self.countdown_timer = QTimer(self)
        self.countdown_timer.setInterval(TICK_MS)
        self.countdown_timer.timeout.connect(self._draw_countdown)
        self._lock_over = False

    # --- FlowPage ----------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setTitle(self.tr("The account is blocked"))
        for action, (title, description) in {
            Action.WAIT: (
                self.tr("Sign in again"),
                self.tr("When the time is up, sign in with your password as usual"),
            ),
            Action.RECOVER: (
                self.tr("Restore access with a code"),
                self.tr("A code comes to your e-mail or phone; the old password is not needed"),
            ),
            Action.DOCUMENTS: (
                self.tr("Send scans of your documents"),
                self.tr("A passport and other papers: we check them and give access back"),
            ),
            Action.SUPPORT: (
                self.tr("Contact support"),
                self.tr("Call, write, or send a request from this app"),
            ),
        }.items():
            button = self.action_buttons[action]
            button.setText(title)
            button.setDescription(description)
            button.setAccessibleDescription(description)
        if self.last_state is not None:
            self._draw_lock(self.last_state.lock)

    def draw(self, state: FlowState) -> None:
        super().draw(state)
        self._draw_lock(state.lock)

    def initial_focus(self) -> QCommandLinkButton | None:
        return next(
            (b for b in self.action_buttons.values() if b.isVisibleTo(self) and b.isEnabled()),
            None,
        )

    def page_entered(self) -> None:
        lock = self.last_state.lock if self.last_state else None
        if lock is not None and lock.locked_until is not None and not self._lock_over:
            self.countdown_timer.start()
        super().page_entered()

    def page_left(self) -> None:
        self.countdown_timer.stop()
        super().page_left()

    # --- inside ------------------------------------------------------------------------------

    def _go_support(self) -> None:
        """As the chrome's Support button does: the support page shows the contacts loading."""
        wizard = self.wizard()
        support = wizard.page(int(PageId.SUPPORT)) if wizard is not None else None
        shown_busy = support if isinstance(support, FlowPage) else self
        shown_busy.run_busy(self.services.flow.go_support())

    def _draw_lock(self, lock: AccountLock | None) -> None:
        reason = str(lock.reason) if lock is not None else ""
        self.reason_title.setText(lock_reason_title(reason))
        self.reason_text.setText(lock_reason_explanation(reason))
        allowed = set(lock.actions) if lock is not None else {Action.SUPPORT}
        for action, button in self.action_buttons.items():
            button.setVisible(action in allowed)
        self._draw_countdown()

    def _draw_countdown(self) -> None:
        state = self.last_state
        lock = state.lock if state is not None else None
        wait = self.action_buttons[Action.WAIT]
        if lock is None or lock.locked_until is None:
            self.countdown_label.hide()
            wait.setEnabled(True)
            self.countdown_timer.stop()
            return
        now = self.services.flow.clock.now()
        until = lock.locked_until
        over = seconds_left(until, now) == 0
        if over:
            text = self.tr("The lock is over: you can sign in again.")
        else:
            local = until.astimezone(self.services.local_zone)
            text = self.tr(
                "Signing in opens again on %1 at %2 (%n min left).", None, minutes_left(until, now)
            )
            text = text.replace("%1", local.strftime("%d.%m.%Y")).replace(
                "%2", local.strftime("%H:%M")
            )
        self.countdown_label.setText(text)
        self.countdown_label.setAccessibleDescription(text)
        self.countdown_label.show()
        wait.setEnabled(over)
        wait.setDescription(
            self.tr("The time is up: sign in with your password as usual")
            if over
            else self.tr("Available once the time is up")
        )
        if over != self._lock_over:
            self._lock_over = over
            if over:
                self.countdown_timer.stop()
                QAccessible.updateAccessibility(
                    QAccessibleEvent(self.countdown_label, QAccessible.Event.Alert)
                )
