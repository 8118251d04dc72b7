"""`codePage`: the code from the message, or the whole link pasted («Подтверждение
восстановления»).

It says where the code went and when, counts down its validity and the wait before it may be
sent again (by the flow's clock, once a second while the page is on screen), says the
attempts left after a wrong code, offers to start again (the contact kept) when the request
is over, helps when the code did not come, and always warns never to tell the code to anyone.
A link opened from the demo inbox or a link handler (`services.recovery_links`) is checked
here too.
"""

from __future__ import annotations

import math
from collections.abc import Awaitable, Mapping
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, ClassVar

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QFrame, QLabel, QLineEdit, QPushButton, QWidget

from ...api.vocabulary import Channel
from ...recovery import Field, ProblemKind, RecoveryOver
from ..flow_page import FlowPage
from ..page_ids import PageId
from .code_digit_groups import grouped_digits
from .local_times import at_time, minutes_and_seconds
from .page_height import PageHeight

if TYPE_CHECKING:
    from ...recovery import CodeDelivery, FlowState, InputIssue, PageProblem
    from ..page_services import PageServices

TICK_MS = 1000


class CodePage(FlowPage):
    page_id = PageId.CODE
    form_name = "code_page"
    field_widgets: ClassVar[Mapping[str, str]] = {Field.CODE.value: "codeEdit"}

    def __init__(self, services: PageServices) -> None:
        super().__init__(services)
        PageHeight(self)  # the window scrolls when the page grows, never squeezes it
        assert self.form is not None
        find = self.form.find
        self.accepted_label = find(QLabel, "acceptedLabel")
        self.sent_label = find(QLabel, "sentLabel")
        self.newest_label = find(QLabel, "newestLabel")
        self.code_edit = find(QLineEdit, "codeEdit")
        self.code_hint = find(QLabel, "codeHint")
        self.validity_label = find(QLabel, "validityLabel")
        self.resend_button = find(QPushButton, "resendButton")
        self.help_button = find(QPushButton, "helpButton")
        self.help_frame = find(QFrame, "helpFrame")
        self.help_text = find(QLabel, "helpText")
        self.other_channel_button = find(QPushButton, "otherChannelButton")
        self.over_frame = find(QFrame, "overFrame")
        self.start_again_button = find(QPushButton, "startAgainButton")
        self.warning_label = find(QLabel, "warningLabel")

        self.code_edit.setInputMethodHints(Qt.InputMethodHint.ImhPreferNumbers)
        self.code_edit.textEdited.connect(self._group_digits)
        self.code_edit.textChanged.connect(self.update_ready)
        self.resend_button.clicked.connect(self._resend)
        self.help_button.toggled.connect(self.help_frame.setVisible)
        self.other_channel_button.clicked.connect(self._try_other_channel)
        self.start_again_button.clicked.connect(self._ask_to_start_again)
        services.recovery_links.link_opened.connect(self._link_opened)

        self._ticker = QTimer(self)
        self._ticker.setInterval(TICK_MS)
        self._ticker.timeout.connect(self._tick)
        self._drawn_sent_at: datetime | None = None
        self._was_over = False
        self._focused_problem: PageProblem | None = None

    # --- FlowPage ----------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setTitle(self.tr("Confirmation code"))
        self.help_button.setAccessibleDescription(
            self.tr("Shows what to do when the message has not arrived")
        )

    def next_button_text(self) -> str:
        return self.tr("Confirm")

    def next_action(self) -> Awaitable[object]:
        return self.services.flow.verify(self.code_edit.text())

    def is_ready(self) -> bool:
        return not self._over

    def draw(self, state: FlowState) -> None:
        delivery = state.delivery
        if delivery is not None and delivery.sent_at != self._drawn_sent_at:
            if self._drawn_sent_at is not None:
                self.code_edit.clear()  # a new code: the old one no longer works
            self._drawn_sent_at = delivery.sent_at
        self._draw_delivery(state)
        self._tick()
        self.draw_problem(state)
        problem = state.problem
        if problem is not None and problem != self._focused_problem:
            self._focused_problem = problem
            focus = self._field_to_fix(state)
            if focus is not None:
                self.show_problem(
                    lambda: self.problem_text(problem) or "", focus=focus, describe_focus=False
                )

    def problem_text(self, problem: PageProblem) -> str | None:
        state = self.last_state
        left = state.attempts_left if state is not None else None
        if problem.kind is ProblemKind.INVALID_CODE and left is not None:
            return self.tr("The code is not right. %n attempt(s) left.", "", left)
        if problem.kind is ProblemKind.RECOVERY_EXPIRED:
            return self.tr("The code has expired.")
        if problem.kind is ProblemKind.RECOVERY_LOCKED:
            return self.tr("The code was typed wrong too many times, so it no longer works.")
        return None

    def issue_text(self, issue: InputIssue) -> str | None:
        delivery = self._delivery
        if issue.code == "code_wrong_length" and delivery is not None:
            return self.tr(
                "The code has %n digit(s). Please check it, or paste the whole link.",
                "",
                delivery.code_length,
            )
        return None

    def page_entered(self) -> None:
        super().page_entered()
        self._tick()
        self._ticker.start()

    def page_left(self) -> None:
        self._ticker.stop()
        super().page_left()

    # --- what the page shows -----------------------------------------------------------------

    @property
    def _delivery(self) -> CodeDelivery | None:
        state = self.last_state
        return state.delivery if state is not None else None

    @property
    def _now(self) -> datetime:
        return self.services.flow.clock.now()

    @property
    def _expired(self) -> bool:
        delivery = self._delivery
        return delivery is not None and self._now >= delivery.valid_until

    @property
    def _over(self) -> bool:
        state = self.last_state
        return state is not None and (state.recovery_over is not None or self._expired)

    def _draw_delivery(self, state: FlowState) -> None:
        delivery = state.delivery
        fresh = delivery is not None and not delivery.resent and not state.resumed
        self.accepted_label.setVisible(fresh and state.recovery_over is None)
        sent_text = self._sent_text(delivery) if delivery is not None else ""
        self.sent_label.setText(sent_text)
        self.sent_label.setVisible(bool(sent_text))
        newest = delivery is not None and delivery.resent
        if delivery is not None and newest:
            self.newest_label.setText(
                self.tr("Use the code from the newest message, sent %1.").replace(
                    "%1", self._at(delivery.sent_at)
                )
            )
        self.newest_label.setVisible(newest)
        self._draw_hint(delivery)
        self._draw_help(state, delivery)

    def _sent_text(self, delivery: CodeDelivery) -> str:
        if not delivery.destination_masked:
            return ""
        if delivery.resent:
            text = (
                self.tr("We sent a new code by SMS to %1.")
                if delivery.channel is Channel.SMS
                else self.tr("We sent a new code to the e-mail %1.")
            )
            return text.replace("%1", delivery.destination_masked)
        text = (
            self.tr("We sent the code by SMS to %1 %2.")
            if delivery.channel is Channel.SMS
            else self.tr("We sent the code to the e-mail %1 %2.")
        )
        return text.replace("%1", delivery.destination_masked).replace(
            "%2", self._at(delivery.sent_at)
        )

    def _draw_hint(self, delivery: CodeDelivery | None) -> None:
        length = delivery.code_length if delivery is not None else 0
        if delivery is not None and delivery.channel is Channel.SMS:
            hint = self.tr("%n digit(s). Spaces do not matter.", "", length)
        else:
            hint = self.tr(
                "%n digit(s). You may also paste the whole link from the e-mail.", "", length
            )
        self.code_hint.setText(hint)
        self.code_edit.setAccessibleDescription(hint)

    def _draw_help(self, state: FlowState, delivery: CodeDelivery | None) -> None:
        by_sms = delivery is not None and delivery.channel is Channel.SMS
        where = delivery.destination_masked if delivery is not None else ""
        lines = [self.tr("• A message can take a few minutes to arrive.")]
        if by_sms:
            lines.append(self.tr("• Check that the phone is on and has a signal."))
            check = self.tr("• Check the number: %1. If it is wrong, press “Back” and fix it.")
        else:
            lines.append(self.tr("• Look in the Spam folder of your mailbox."))
            check = self.tr("• Check the address: %1. If it is wrong, press “Back” and fix it.")
        if where:
            lines.append(check.replace("%1", where))
        other = self._other_channel(state)
        if other is not None:
            lines.append(self.tr("• Or get the code another way:"))
            self.other_channel_button.setText(
                self.tr("Get the code by SMS instead")
                if other is Channel.SMS
                else self.tr("Get the code by e-mail instead")
            )
        self.other_channel_button.setVisible(other is not None)
        self.help_text.setText("\n".join(lines))

    def _tick(self) -> None:
        """The countdowns, by the flow's clock."""
        state, delivery = self.last_state, self._delivery
        if state is None or delivery is None:
            return
        now = self._now
        over = self._over
        if state.recovery_over is RecoveryOver.LOCKED:
            validity = self.tr("This code no longer works.")
        elif over:
            validity = self.tr("The code has expired.")
        else:
            validity = self._validity_text(delivery.valid_until - now)
        self._say(self.validity_label, validity)

        wait = delivery.resend_available_at - now
        waiting = wait > timedelta(0)
        if waiting and not over:
            resend = self.tr("Send the code again — in %1").replace("%1", minutes_and_seconds(wait))
        else:
            resend = self.tr("Send the code again")
        self.resend_button.setText(resend)
        self.resend_button.setAccessibleDescription(resend)
        self.resend_button.setEnabled(not waiting and not over)
        self.resend_button.setVisible(not over)
        self.code_edit.setEnabled(not over)
        self.over_frame.setVisible(over)
        if over != self._was_over:
            self._was_over = over
            self.update_ready()
            if over and self.isVisible() and not self.is_busy:
                self.start_again_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _validity_text(self, left: timedelta) -> str:
        if left >= timedelta(minutes=1):
            minutes = math.floor(left.total_seconds() / 60)  # never more time than there is
            return self.tr("The code is valid for %n more minute(s).", "", minutes)
        return self.tr("The code is valid for less than a minute.")

    @staticmethod
    def _say(label: QLabel, text: str) -> None:
        """A countdown's text, and the same as its description (never a fixed name)."""
        if label.text() != text:
            label.setText(text)
            label.setAccessibleDescription(text)

    def _at(self, moment: datetime) -> str:
        return at_time(moment, self._now, self.services.local_zone)

    def _field_to_fix(self, state: FlowState) -> QWidget | None:
        problem = state.problem
        if state.recovery_over is not None:
            return self.start_again_button
        if problem is not None and problem.kind is ProblemKind.INVALID_CODE:
            return self.code_edit
        return None

    def _other_channel(self, state: FlowState) -> Channel | None:
        delivery = state.delivery
        if state.policy is None or delivery is None:
            return None
        others = [c for c in state.policy.channels if c is not delivery.channel]
        return others[0] if others else None

    # --- what the user does ------------------------------------------------------------------

    def _group_digits(self, text: str) -> None:
        regrouped = grouped_digits(text, self.code_edit.cursorPosition())
        if regrouped is not None and regrouped[0] != text:
            self.code_edit.setText(regrouped[0])
            self.code_edit.setCursorPosition(regrouped[1])

    def _resend(self) -> None:
        self.run_busy(self.services.flow.resend())

    def _try_other_channel(self) -> None:
        self.help_button.setChecked(False)
        self.services.flow.try_other_channel()

    def _ask_to_start_again(self) -> None:
        self.services.dialogs.confirm(
            name="startAgainCodeDialog",
            title=self.tr("A new code"),
            text=self.tr("Start again and ask for a new code?"),
            informative=self.tr(
                "You will go back to the request page with the address or phone already "
                "filled in; press “Get the code” there."
            ),
            yes=self.tr("Start again"),
            no=self.tr("Stay here"),
            then=self.services.flow.start_again,
        )

    def _link_opened(self, link: str) -> None:
        self.run_busy(self.services.flow.open_link(link))
