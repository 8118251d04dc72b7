"""The QWizard page ids, one per step of the flow, and the stable object names of DESIGN.md.

Matched to `dek_desktop.recovery.Step` by value, so this module (imported before the first
window paints) does not import the flow and what it pulls in.
"""

from __future__ import annotations

from enum import IntEnum
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..recovery import Step


class PageId(IntEnum):
    """QWizard ids; LOGIN, the smallest, is the start page."""

    LOGIN = 1
    FORGOT = 2
    CODE = 3
    ACCOUNT_CHOICE = 4
    IDENTITY = 5
    NEW_PASSWORD = 6
    DONE = 7
    SIGNED_IN = 8
    BLOCKED = 9
    DOCUMENTS = 10
    SUPPORT = 11
    CONTACTS = 12

    @property
    def object_name(self) -> str:
        return _OBJECT_NAMES[self]

    @property
    def step_value(self) -> str:
        """The value of the flow's `Step` this page shows."""
        return self.name.lower()

    @classmethod
    def for_step(cls, step: Step | str) -> PageId:
        return cls[str(step).upper()]


_OBJECT_NAMES: dict[PageId, str] = {
    PageId.LOGIN: "loginPage",
    PageId.FORGOT: "forgotPage",
    PageId.CODE: "codePage",
    PageId.ACCOUNT_CHOICE: "accountChoicePage",
    PageId.IDENTITY: "identityPage",
    PageId.NEW_PASSWORD: "newPasswordPage",
    PageId.DONE: "donePage",
    PageId.SIGNED_IN: "signedInPage",
    PageId.BLOCKED: "blockedPage",
    PageId.DOCUMENTS: "documentsPage",
    PageId.SUPPORT: "supportPage",
    PageId.CONTACTS: "contactsPage",
}
