"""The QWizard, embedded in the main window as a widget, following the flow.

The flow decides every move: `nextId()` answers with the page of the flow's current step,
Next starts the page's action (`FlowPage.next_action`), and every state the flow publishes
moves the wizard to that step's page and has the page draw it. Back asks the flow where back
leads (`RecoveryFlow.go_back`); "Start again" asks the user first.

QWizard refuses to go forward to a page it has in its history, so a move to such a page
goes back through the history to it (pages keep what was typed, secrets aside).
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import QApplication, QLabel, QWidget, QWizard, QWizardPage

from .page_ids import PageId

if TYPE_CHECKING:
    from ..recovery import FlowState, RecoveryFlow
    from .dialogs import Dialogs
    from .flow_page import FlowPage

log = logging.getLogger(__name__)
translate = QCoreApplication.translate

BACK = QWizard.WizardButton.CustomButton1
RESTART = QWizard.WizardButton.CustomButton2
NEXT = QWizard.WizardButton.NextButton


class RecoveryWizard(QWizard):
    page_shown = Signal(int)  # the PageId now on screen

    def __init__(self, dialogs: Dialogs, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recoveryWizard")
        self.setWindowFlags(Qt.WindowType.Widget)
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setOptions(
            QWizard.WizardOption.NoCancelButton
            | QWizard.WizardOption.NoBackButtonOnStartPage
            | QWizard.WizardOption.HaveCustomButton1
            | QWizard.WizardOption.HaveCustomButton2
        )
        self.setButtonLayout([RESTART, QWizard.WizardButton.Stretch, BACK, NEXT])
        self.button(BACK).setObjectName("backButton")
        self.button(RESTART).setObjectName("restartButton")
        self.button(NEXT).setObjectName("nextButton")
        self.button(BACK).clicked.connect(self.go_back)
        self.button(RESTART).clicked.connect(self.ask_to_start_again)
        self._dialogs = dialogs
        self._flow: RecoveryFlow | None = None
        self._pages: dict[PageId, FlowPage] = {}
        self._target: int | None = None
        self._shown: FlowPage | None = None
        self._kept_focus: QWidget | None = None
        self.currentIdChanged.connect(self._current_changed)
        self.retranslate()

    # --- pages and flow ----------------------------------------------------------------------

    def add_page(self, page: FlowPage) -> None:
        self._pages[page.page_id] = page
        # QWizard hides the page area while it updates its buttons on completeChanged, which
        # throws the keyboard focus out of the field being typed in: put it back after.
        page.completeChanged.connect(self._remember_focus)
        self.setPage(int(page.page_id), page)
        page.completeChanged.connect(self._restore_focus)
        page.busy_changed.connect(self._update_buttons)
        page.retranslate_page()

    def page_for(self, page_id: PageId) -> FlowPage | None:
        return self._pages.get(page_id)

    @property
    def current_page(self) -> FlowPage | None:
        return self._shown

    @property
    def flow(self) -> RecoveryFlow | None:
        return self._flow

    def follow(self, flow: RecoveryFlow) -> None:
        """From now on the wizard shows the flow's step; starts on it right away."""
        self._flow = flow
        flow.subscribe(self.show_state)
        self.restart()  # QWizard works out Next/Finish on a page switch: now with the flow
        self.show_state(flow.state)

    def show_state(self, state: FlowState) -> None:
        target = PageId.for_step(state.step)
        if target not in self._pages:
            log.warning("no page for the step %s", state.step)
        else:
            self._move_to(target)
        page = self._shown
        if page is not None and page.page_id is target:
            page.show_state(state)
        self._update_buttons()

    # --- buttons -----------------------------------------------------------------------------

    def go_back(self) -> None:
        if self._flow is not None:
            self._flow.go_back()

    def ask_to_start_again(self) -> None:
        self._dialogs.confirm(
            name="startAgainDialog",
            title=translate("RecoveryWizard", "Start again"),
            text=translate("RecoveryWizard", "Start again from the beginning?"),
            informative=translate(
                "RecoveryWizard",
                "What you typed on these pages will be cleared, and a code already sent "
                "will no longer be needed.",
            ),
            yes=translate("RecoveryWizard", "Start again"),
            no=translate("RecoveryWizard", "Stay here"),
            then=self.start_again,
        )

    def start_again(self) -> None:
        """Without asking (the question was asked): a fresh start on the sign-in page."""
        if self._flow is not None:
            self._flow.start_again()
            self._flow.go_login()

    def retranslate(self) -> None:
        self.setButtonText(BACK, translate("RecoveryWizard", "< Back"))
        self.setButtonText(RESTART, translate("RecoveryWizard", "Start again"))
        self.setButtonText(NEXT, translate("RecoveryWizard", "Next >"))
        self.button(RESTART).setAccessibleDescription(
            translate("RecoveryWizard", "Clear everything and go back to the sign-in page")
        )
        if self._shown is not None:
            self._shown.page_entered()

    # --- Qt ----------------------------------------------------------------------------------

    def nextId(self) -> int:
        if self._target is not None and self._target != self.currentId():
            return self._target
        # once on the target, QWizard asks again whether the page has a Next: answer for it
        # QWizard asks while switching pages, before currentIdChanged: use its current page
        page = self._page_with_id(self.currentId())
        if self._flow is not None and page is not None:
            wanted = PageId.for_step(self._flow.state.step)
            if wanted is not page.page_id and wanted in self._pages:
                return int(wanted)
            if page.has_next_action:
                return int(page.page_id)  # Next is there; the flow's answer decides
        return -1

    def validateCurrentPage(self) -> bool:
        if self._target is not None:
            return True
        return super().validateCurrentPage()

    def reject(self) -> None:
        """Esc: cancels the pending call; the embedded wizard never closes itself."""
        if self._shown is not None:
            self._shown.cancel_busy()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # --- inside ------------------------------------------------------------------------------

    def _move_to(self, target: PageId) -> None:
        current = self.currentId()
        if current == int(target):
            return
        if int(target) in self.visitedIds():
            while self.currentId() not in (int(target), -1):
                before = self.currentId()
                self.back()
                if self.currentId() == before:
                    break
            return
        self._target = int(target)
        try:
            self.next()
        finally:
            self._target = None

    def _current_changed(self, page_id: int) -> None:
        previous = self._shown
        if previous is not None:
            previous.page_left()
        self._shown = self._page_with_id(page_id)
        if self._shown is not None:
            if self._flow is not None:
                self._shown.show_state(self._flow.state)
            self._shown.page_entered()
            self._mark_title()
            self.page_shown.emit(page_id)
        self._update_buttons()

    def _remember_focus(self) -> None:
        focused = QApplication.focusWidget()
        self._kept_focus = focused if focused is not None and self.isAncestorOf(focused) else None

    def _restore_focus(self) -> None:
        kept, self._kept_focus = self._kept_focus, None
        if kept is not None and kept.isVisible() and kept.isEnabled() and not kept.hasFocus():
            kept.setFocus(Qt.FocusReason.OtherFocusReason)

    def _mark_title(self) -> None:
        """QWizard's own title label (no objectName of its own) becomes `pageTitle`, a
        heading that the style sheet and the zoom make larger."""
        for label in self.findChildren(QLabel):
            if label.objectName() == "pageTitle":
                return
            holder = label.parentWidget()
            while holder is not None and not isinstance(holder, QWizardPage | QWizard):
                holder = holder.parentWidget()
            if holder is self and self._shown is not None and label.text() == self._shown.title():
                label.setObjectName("pageTitle")
                label.setProperty("role", "heading")
                label.style().unpolish(label)
                label.style().polish(label)
                return

    def _page_with_id(self, page_id: int) -> FlowPage | None:
        return next((p for p in self._pages.values() if p.page_id == page_id), None)

    def _update_buttons(self) -> None:
        flow, page = self._flow, self._shown
        can_go_back = flow is not None and flow.back_step is not None
        self.button(BACK).setVisible(can_go_back)
        self.button(BACK).setEnabled(can_go_back)
        # Nothing to start again on the first page, and a signed-in person signs out instead.
        nothing_to_restart = page is None or page.page_id in (PageId.LOGIN, PageId.SIGNED_IN)
        self.button(RESTART).setVisible(flow is not None and not nothing_to_restart)
        if page is not None:
            page.update_ready()
