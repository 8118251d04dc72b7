"""«Отправить документы»: the PDFs of every document not yet with the service are made, then
sent one by one, in the background; the page may be left meanwhile. Pause stops the upload
within a second and «Продолжить» goes on from the byte the service holds; the computer is
kept awake while it runs."""

from __future__ import annotations

import asyncio
import logging
import threading
from collections.abc import Callable
from dataclasses import replace

from dek_desktop.api import problems
from dek_desktop.api.api_error import ApiError
from dek_desktop.api.client import RecoveryClient
from dek_desktop.api.models import Policy
from dek_desktop.api.tus_upload import UploadCancelled, UploadSourceError
from dek_desktop.api.vocabulary import DocumentKind
from dek_desktop.documents import BuildResult, Language, PreparedPage, Progress
from dek_desktop.recovery import Clock, InputIssue, PageProblem
from dek_desktop.recovery.page_problem import ProblemKind, page_problem

from . import slot_editing
from .application_calls import ApplicationCalls
from .application_state import ApplicationField, ApplicationFlowState, ApplicationIssue
from .document_sending import send_documents
from .document_workshop import DocumentWorkshop
from .draft_keeping import ApplicationDraftKeeper
from .keep_awake import KeepAwake
from .state_feed import ApplicationStateFeed
from .upload_state import UploadPhase, UploadState

log = logging.getLogger("dek_desktop.applications")

#: `PageProblem.type` when a made PDF could not be read while sending.
PDF_UNREADABLE = "dek-desktop:document-unreadable"


class ApplicationSending:
    def __init__(
        self,
        client: RecoveryClient,
        feed: ApplicationStateFeed,
        calls: ApplicationCalls,
        workshop: DocumentWorkshop,
        drafts: ApplicationDraftKeeper,
        *,
        keep_awake: KeepAwake,
        clock: Clock,
        language: Callable[[], Language],
    ) -> None:
        self._client = client
        self._feed = feed
        self._calls = calls
        self._workshop = workshop
        self._drafts = drafts
        self._keep_awake = keep_awake
        self._clock = clock
        self._language = language
        self._pause = threading.Event()
        self._task: asyncio.Task[ApplicationFlowState] | None = None

    def start(self, policy: Policy) -> None:
        if self._task is None or self._task.done():
            self._task = asyncio.ensure_future(self.run(policy))

    def pause(self) -> None:
        upload = self._feed.state.upload
        if upload is not None and upload.phase is UploadPhase.SENDING:
            self._pause.set()

    async def wait(self) -> ApplicationFlowState:
        if self._task is not None:
            await asyncio.wait({self._task})
        return self._feed.state

    async def stop(self) -> None:
        """Ends a sending under way (the service keeps what it got) and waits for it."""
        task = self._task
        if task is not None and not task.done():
            self._pause.set()
            await asyncio.wait({task})

    def close(self) -> None:
        self._pause.set()
        if self._task is not None and not self._task.done():
            self._task.cancel()
        self._keep_awake.release()

    async def run(self, policy: Policy) -> ApplicationFlowState:
        state = self._feed.state
        number = state.number
        if number is None or state.sending:
            return state
        if any(slot.checking for slot in state.slots):
            return self._refuse(ApplicationIssue.STILL_CHECKING)
        pages = {slot.kind: slot.pages for slot in state.slots if slot.to_send}
        if not pages:
            return self._refuse(ApplicationIssue.NOTHING_TO_SEND)
        self._pause.clear()
        self._feed.update(
            upload=UploadState(UploadPhase.PREPARING), build_problems=(), problem=None
        )
        try:
            result = await self._make(policy, number, pages)
        except asyncio.CancelledError:
            self._feed.update(upload=None)
            raise
        self._feed.update(preview=result.preview, build_notices=result.notices)
        if not result.ok:
            return self._feed.update(
                upload=UploadState(UploadPhase.STOPPED), build_problems=result.problems
            )
        documents = self._drafts.to_send(result.documents)
        self._drafts.save(self._feed.state.slots, sending=True)
        self._keep_awake.hold()
        try:
            await send_documents(
                self._client,
                number,
                documents,
                pause=self._pause,
                on_progress=self._progressed,
                on_upload_created=self._drafts.upload_created,
                on_sent=self._sent,
            )
        except UploadCancelled:
            return self._stopped(UploadPhase.PAUSED)
        except UploadSourceError as failure:
            log.warning("a made PDF could not be read while sending: %s", failure.reason)
            self._workshop.forget_made()
            problem = PageProblem(ProblemKind.UNKNOWN, PDF_UNREADABLE, retryable=True)
            return self._stopped(UploadPhase.STOPPED, problem)
        except ApiError as failure:
            problem = page_problem(failure, self._clock.now())
            if isinstance(failure, problems.ApplicationClosed):
                problem = replace(problem, retryable=False)
            return self._stopped(UploadPhase.STOPPED, problem)
        finally:
            self._keep_awake.release()
        self._drafts.save(self._feed.state.slots, sending=False)
        return self._feed.state

    async def _make(
        self, policy: Policy, number: str, pages: dict[DocumentKind, tuple[PreparedPage, ...]]
    ) -> BuildResult:
        created, language = self._drafts.making(self._clock.now(), self._language())

        def prepared(progress: Progress) -> None:
            upload = self._feed.state.upload
            if upload is not None and upload.phase is UploadPhase.PREPARING:
                self._feed.update(upload=replace(upload, prepared=progress.fraction))

        return await self._workshop.make(
            policy, pages, number=number, language=language, created=created, on_progress=prepared
        )

    def _refuse(self, code: ApplicationIssue) -> ApplicationFlowState:
        return self._calls.refuse((InputIssue(ApplicationField.DOCUMENTS, code),))

    def _progressed(self, upload: UploadState) -> None:
        current = self._feed.state.upload
        if current is not None and current.active:  # not a report arriving after a pause
            self._feed.update(upload=upload)

    def _sent(self, kind: DocumentKind) -> None:
        state = self._feed.state
        self._feed.update(
            slots=slot_editing.changed_slot(
                state.slots, kind, lambda slot: replace(slot, sent=True, asked_again=False)
            ),
            missing=tuple(missing for missing in state.missing if missing is not kind),
        )
        self._drafts.save(self._feed.state.slots)

    def _stopped(
        self, phase: UploadPhase, problem: PageProblem | None = None
    ) -> ApplicationFlowState:
        self._drafts.save(self._feed.state.slots, sending=False)
        upload = self._feed.state.upload or UploadState(phase)
        return self._feed.update(
            upload=replace(upload, phase=phase, bytes_per_second=0.0), problem=problem
        )
