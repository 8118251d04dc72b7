"""`accountChoicePage`: the proven contact belongs to several accounts (a flat and a dacha on
one phone); the user picks the one whose password changes. The list also reminds a user of a
forgotten account number (its last digits and the address)."""

from __future__ import annotations

from collections.abc import Awaitable, Mapping
from typing import TYPE_CHECKING, ClassVar

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtWidgets import QListWidget, QListWidgetItem

from ...recovery import Field
from ..flow_page import FlowPage
from ..page_ids import PageId
from .page_height import PageHeight

if TYPE_CHECKING:
    from ...api.models import AccountChoice
    from ...recovery import FlowState
    from ..page_services import PageServices

_ACCOUNT_ID = Qt.ItemDataRole.UserRole
_ROW_LINES = 3.4


class AccountChoicePage(FlowPage):
    page_id = PageId.ACCOUNT_CHOICE
    form_name = "account_choice_page"
    field_widgets: ClassVar[Mapping[str, str]] = {Field.ACCOUNT.value: "accountList"}

    def __init__(self, services: PageServices) -> None:
        super().__init__(services)
        PageHeight(self)  # the window scrolls when the page grows, never squeezes it
        assert self.form is not None
        self.account_list = self.form.find(QListWidget, "accountList")
        self.account_list.itemSelectionChanged.connect(self.update_ready)
        self.account_list.itemActivated.connect(self._activated)
        self._drawn_accounts: tuple[AccountChoice, ...] | None = None

    def retranslate(self) -> None:
        self.setTitle(self.tr("Choose the account"))
        if self._drawn_accounts is not None:
            self._fill(self._drawn_accounts)

    def next_button_text(self) -> str:
        return self.tr("Choose")

    def is_ready(self) -> bool:
        return self._selected() is not None

    def next_action(self) -> Awaitable[object] | None:
        item = self._selected()
        if item is None:
            return None
        return self._choose(str(item.data(_ACCOUNT_ID)))

    def draw(self, state: FlowState) -> None:
        if state.accounts != self._drawn_accounts:
            self._drawn_accounts = state.accounts
            self._fill(state.accounts)
        chosen = state.chosen_account
        if chosen is not None:
            for row in range(self.account_list.count()):
                item = self.account_list.item(row)
                if item.data(_ACCOUNT_ID) == chosen.id:
                    self.account_list.setCurrentItem(item)
        self.draw_problem(state)

    def _selected(self) -> QListWidgetItem | None:
        """The account picked (a row that only has the focus is not picked yet)."""
        selected = self.account_list.selectedItems()
        return selected[0] if len(selected) == 1 else None

    def _fill(self, accounts: tuple[AccountChoice, ...]) -> None:
        picked = self._selected()
        kept = picked.data(_ACCOUNT_ID) if picked is not None else None
        self.account_list.clear()
        for account in accounts:
            text = self.tr("Account %1").replace("%1", account.number_masked)
            item = QListWidgetItem(f"{text}\n{account.address_hint}", self.account_list)
            item.setData(_ACCOUNT_ID, account.id)
            item.setSizeHint(self._row_size())
            if account.id == kept:
                self.account_list.setCurrentItem(item)
        self.update_ready()

    def _row_size(self) -> QSize:
        """Large rows, easy to hit: the two lines and room around them, by the zoomed font."""
        return QSize(0, round(self.account_list.fontMetrics().lineSpacing() * _ROW_LINES))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            for row in range(self.account_list.count()):
                self.account_list.item(row).setSizeHint(self._row_size())

    async def _choose(self, account_id: str) -> object:
        return self.services.flow.choose_account(account_id)

    def _activated(self, item: QListWidgetItem) -> None:
        self.account_list.setCurrentItem(item)
        wizard = self.wizard()
        if wizard is not None:
            wizard.next()
