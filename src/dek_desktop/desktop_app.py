"""The running app: starts once the event loop runs, holds its parts, stops on quit.

`start()`: demo mode's service (a child process), then the heavy part (the API client with
requests, the flow, the pages of wizard/page_catalog.py) imported in a worker thread and
built, the flow followed by the wizard, the support contacts fetched, the demo inbox opened,
and a saved recovery offered. `stop()`: every task cancelled, the demo service stopped.
"""

from __future__ import annotations

import asyncio
import importlib
import logging
from collections.abc import Coroutine, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from .config import OFFICIAL_API_URL, AppConfig
from .demo import wants_demo
from .keychain import Keychain
from .resource_paths import ui_dir
from .wizard.main_window import ShellWindow

if TYPE_CHECKING:
    from datetime import tzinfo

    from .api import RecoveryClient
    from .applications import ApplicationFlow
    from .demo.service_process import DemoService
    from .recovery import RecoveryFlow
    from .wizard.demo_inbox import DemoInboxWindow
    from .wizard.flow_page import FlowPage

log = logging.getLogger("dek_desktop")
translate = QCoreApplication.translate

READY_MARKER = "dek-desktop: ready"
PAGE_CATALOG = "dek_desktop.wizard.page_catalog"


class DesktopApp:
    """Everything the running app holds, started once the loop runs, stopped on quit."""

    def __init__(
        self,
        config: AppConfig,
        window: ShellWindow,
        *,
        user_zone: tzinfo,
        report_startup: bool = False,
        draft_dir: Path | None = None,
        keychain: Keychain | None = None,
        page_classes: Sequence[type[FlowPage]] | None = None,
        ui_dirs: Sequence[Path] = (),
    ) -> None:
        """`draft_dir` None: the user data dir; `keychain` None: the system's (off in kiosk
        mode); `page_classes` None: those of wizard/page_catalog.py; `ui_dirs`: more places
        for .ui files after the app's ui/. Tests give their own."""
        self.config = config
        self.window = window
        self.user_zone = user_zone
        self.demo_mode = wants_demo(config)
        self.demo_service: DemoService | None = None
        self.demo_inbox: DemoInboxWindow | None = None
        self.client: RecoveryClient | None = None
        self.flow: RecoveryFlow | None = None
        self.applications: ApplicationFlow | None = None
        self.keychain: Keychain | None = keychain
        self._draft_dir = draft_dir
        self._page_classes = page_classes
        self._ui_dirs = tuple(ui_dirs)
        self.ready = asyncio.Event()
        self.failure: str | None = None
        self._report = report_startup
        self._tasks: set[asyncio.Task[Any]] = set()
        window.show_demo(self.demo_mode)
        if config.api_url is not None and not config.is_official_service:
            window.show_service_host(config.service_host)
        window.demo_inbox_requested.connect(self.show_demo_inbox)
        window.zoom.bind_keys()

    # --- running -----------------------------------------------------------------------------

    def start(self) -> asyncio.Task[None]:
        """Call once the event loop runs."""
        return self.spawn(self._start())

    def spawn(self, work: Coroutine[Any, Any, Any]) -> asyncio.Task[Any]:
        task: asyncio.Task[Any] = asyncio.ensure_future(work)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)
        return task

    def cancel_tasks(self) -> None:
        """On aboutToQuit: everything the app started (pages' calls: see run_app)."""
        for task in tuple(self._tasks):
            task.cancel()
        if self.demo_inbox is not None:
            self.demo_inbox.stop_watching()

    def stop(self) -> None:
        """Blocking clean-up after the loop: the demo service never outlives the app."""
        self.cancel_tasks()
        if self.applications is not None:
            self.applications.close()  # uploads stop; generated documents are deleted
        if self.keychain is not None:
            self.keychain.close()
        if self.client is not None:
            self.client.close()
        if self.demo_service is not None:
            self.demo_service.stop()
            self.demo_service = None
        if self.demo_inbox is not None:
            self.demo_inbox.deleteLater()
            self.demo_inbox = None

    def show_demo_inbox(self) -> None:
        if self.demo_inbox is not None:
            self.demo_inbox.show()
            self.demo_inbox.raise_()

    # --- start-up ----------------------------------------------------------------------------

    async def _start(self) -> None:
        window = self.window
        if self.demo_mode:
            window.show_status(
                lambda: translate("DesktopApp", "Starting the practice service, please wait…")
            )
            from .demo.service_process import DemoService, DemoServiceFailed

            self.demo_service = DemoService()
            try:
                base_url = await asyncio.to_thread(self.demo_service.start)
            except DemoServiceFailed as error:
                log.error("%s", error)
                self.failure = str(error)
                window.show_status(
                    lambda: translate(
                        "DesktopApp",
                        "The practice service did not start. Close the app and open it again.",
                    )
                )
                return
        else:
            base_url = self.config.api_url or OFFICIAL_API_URL
        try:
            await self._build(base_url)
        except ValueError as error:  # the address cannot be used (BaseUrlRefused)
            log.error("%s", error)
            self.failure = str(error)
            window.show_status(
                lambda: translate("DesktopApp", "The service address cannot be used: %1").replace(
                    "%1", self.failure or ""
                )
            )
            return
        window.show_status(None)
        self.ready.set()
        if self._report:
            print(READY_MARKER, flush=True)

    async def _build(self, base_url: str) -> None:
        from .wizard.designer_forms import FormLoader

        catalog = await asyncio.to_thread(importlib.import_module, PAGE_CATALOG)
        page_classes = self._page_classes
        if page_classes is None:
            page_classes = catalog.PAGE_CLASSES
        language = self.window.language
        self.client = await asyncio.to_thread(
            _make_client, base_url, language.language, self.config
        )
        from .api import Language
        from .recovery import DraftStore, EphemeralDraftStore, RecoveryFlow
        from .wizard.application_flow_setup import application_flow_for
        from .wizard.page_services import PageServices

        language.language_changed.connect(self._language_changed)
        drafts = EphemeralDraftStore() if self.config.kiosk else DraftStore(self._draft_dir)
        self.flow = RecoveryFlow(self.client, drafts)
        if self.config.kiosk:
            self.keychain = Keychain.off()
        elif self.keychain is None:
            self.keychain = Keychain()
        self.applications = application_flow_for(
            self.client,
            self.flow,
            self.keychain,
            language,
            kiosk=self.config.kiosk,
            draft_dir=self._draft_dir,
        )
        services = PageServices(
            flow=self.flow,
            forms=FormLoader(ui_dir(), *self._ui_dirs),
            dialogs=self.window.dialogs,
            language=language,
            recovery_links=self.window.recovery_links,
            keychain=self.keychain,
            config=self.config,
            local_zone=self.user_zone,
            applications=self.applications,
        )
        for page_class in page_classes:
            self.window.wizard.add_page(page_class(services))
        self.client.set_language(Language(language.language))
        self.window.wizard.follow(self.flow)
        first_calls = (self.spawn(self.flow.start()), self.spawn(self._load_support_contacts()))
        if self.demo_service is not None:
            self.spawn(self._open_demo_inbox(base_url, after=first_calls))
        draft = self.flow.saved_draft()
        if draft is not None:
            self.spawn(self._offer_to_resume(draft))

    async def _load_support_contacts(self) -> None:
        from .api import ApiError

        client = self.client
        if client is None:
            return
        try:
            contacts = await asyncio.to_thread(client.get_support_contacts)
        except ApiError as error:
            log.info("support contacts not loaded: %s", error)
            return
        self.window.show_support_contacts(contacts)

    async def _open_demo_inbox(
        self, base_url: str, *, after: tuple[asyncio.Task[Any], ...]
    ) -> None:
        from .demo.accounts import load_demo_catalogue
        from .demo.outbox import OutboxReader
        from .wizard.demo_inbox import DemoInboxWindow

        inbox = DemoInboxWindow(self.user_zone)
        inbox.link_opened.connect(self.window.recovery_links.open)
        self.demo_inbox = inbox
        inbox.start_watching(OutboxReader(base_url))
        geometry = self.window.frameGeometry()
        inbox.move(geometry.right() + 16, geometry.top())
        inbox.show()
        # The seed's import (FastAPI, the email package) waits for the first calls' own lazy
        # imports (requests, http.client): two threads importing one package can deadlock.
        await asyncio.wait(after)
        inbox.show_catalogue(await asyncio.to_thread(load_demo_catalogue))
        log.info("demo inbox open, %d demo accounts", inbox.accounts_table.rowCount())

    async def _offer_to_resume(self, draft: Any) -> None:
        flow = self.flow
        if flow is None:
            return
        sent = draft.code_sent_at.astimezone(self.user_zone)
        resume = await self.window.dialogs.ask(
            name="resumeDialog",
            title=translate("DesktopApp", "Continue the recovery?"),
            text=translate(
                "DesktopApp", "Last time a code was sent to %1 on %2 at %3. Continue with it?"
            )
            .replace("%1", draft.destination_masked)
            .replace("%2", sent.strftime("%d.%m.%Y"))
            .replace("%3", sent.strftime("%H:%M")),
            yes=translate("DesktopApp", "Continue"),
            no=translate("DesktopApp", "Start anew"),
            default_yes=True,
        )
        if resume:
            flow.resume(draft)
        else:
            flow.discard_draft()

    def _language_changed(self, language: str) -> None:
        from .api import Language

        if self.client is not None:
            self.client.set_language(Language(language))


def _make_client(base_url: str, language: str, config: AppConfig) -> RecoveryClient:
    """In a worker thread: imports requests and the rest of the client off the GUI thread."""
    from .api import Language, RecoveryClient
    from .applications import DOCUMENT_CHUNK_BYTES

    return RecoveryClient(
        base_url,
        language=Language(language),
        ca_bundle=config.ca_bundle,
        upload_chunk_bytes=DOCUMENT_CHUNK_BYTES,
    )
