"""What every page is given: the flow, and the shell's shared parts."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import tzinfo
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..applications import ApplicationFlow
    from ..config import AppConfig
    from ..i18n.language_switch import LanguageSwitch
    from ..keychain import Keychain
    from ..recovery import RecoveryFlow
    from .designer_forms import FormLoader
    from .dialogs import Dialogs
    from .recovery_links import RecoveryLinks


@dataclass(frozen=True)
class PageServices:
    flow: RecoveryFlow
    forms: FormLoader  # loads ui/<name>.ui
    dialogs: Dialogs  # every message box
    language: LanguageSwitch  # .language is "ru" or "en"; .locale() for dates and numbers
    recovery_links: RecoveryLinks  # links from the demo inbox (and a link handler)
    keychain: Keychain  # off in kiosk mode or when the system has none
    config: AppConfig
    local_zone: tzinfo  # the user's time zone: show every time in it
    applications: ApplicationFlow  # recovery by documents (the documents page)
