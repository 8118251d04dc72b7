"""The documents page's sending box: a line in words (what is sent, how much of how much, the
speed and the time left; the PDFs being made; paused; the connection lost), the progress bar,
and «Пауза» / «Продолжить отправку» / the preview of everything in one file.

A connection that drops is resumed by the client on its own; the box says so once no byte
has moved for a few seconds, so the person knows it is waiting, not stuck.
"""

from __future__ import annotations

import math
import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtWidgets import QFrame, QLabel, QProgressBar, QPushButton

from ...applications import ApplicationFlowState, UploadPhase, UploadState
from .application_texts import kind_in_sentence, size_words, speed_words, time_left_words

if TYPE_CHECKING:
    from ..designer_forms import DesignerForm
    from ..page_services import PageServices

translate = QCoreApplication.translate

#: No byte moved for this long while sending: say the connection is lost (it resumes itself).
STALL_SECONDS = 5.0
_TICK_MS = 1000
_STEPS = 1000


class UploadProgressView(QObject):
    def __init__(self, form: DesignerForm, services: PageServices) -> None:
        super().__init__(form.widget)
        self._services = services
        self.box = form.find(QFrame, "uploadBox")
        self.status = form.find(QLabel, "uploadStatusLabel")
        self.progress = form.find(QProgressBar, "uploadProgress")
        self.pause_button = form.find(QPushButton, "pauseButton")
        self.resume_button = form.find(QPushButton, "resumeButton")
        self.preview_button = form.find(QPushButton, "previewButton")
        self.progress.setRange(0, _STEPS)
        self.progress.setTextVisible(False)  # the line above says it in words
        self._upload: UploadState | None = None
        self._moved: tuple[int, float] = (0, time.monotonic())  # bytes sent, when they moved
        self.tick = QTimer(self)
        self.tick.setInterval(_TICK_MS)
        self.tick.timeout.connect(self._say)

    def draw(self, state: ApplicationFlowState) -> None:
        upload = self._upload = state.upload
        self.box.setVisible(upload is not None)
        self.preview_button.setVisible(state.preview is not None and not state.sending)
        if upload is None:
            self.tick.stop()
            return
        if upload.sent_bytes != self._moved[0]:
            self._moved = (upload.sent_bytes, time.monotonic())
        done = upload.prepared if upload.phase is UploadPhase.PREPARING else upload.fraction
        self.progress.setValue(round(done * _STEPS))
        self.progress.setAccessibleName(translate("UploadProgressView", "How much is sent"))
        self.pause_button.setVisible(upload.phase is UploadPhase.SENDING)
        self.resume_button.setVisible(
            upload.phase is UploadPhase.PAUSED and not state.build_problems
        )
        if upload.phase is UploadPhase.SENDING:
            self.tick.start()
        else:
            self.tick.stop()
        self._say()

    def _say(self) -> None:
        upload = self._upload
        if upload is None:
            return
        text = self._words(upload)
        self.status.setText(text)
        self.progress.setAccessibleDescription(text)

    def _words(self, upload: UploadState) -> str:
        locale = self._services.language.locale()
        sent, total = size_words(upload.sent_bytes, locale), size_words(upload.total_bytes, locale)
        if upload.phase is UploadPhase.PREPARING:
            return translate(
                "UploadProgressView", "Preparing the documents for sending… %1 %"
            ).replace("%1", str(math.floor(upload.prepared * 100)))
        if upload.phase is UploadPhase.SENDING:
            stalled = time.monotonic() - self._moved[1] > STALL_SECONDS
            if stalled and upload.sent_bytes < upload.total_bytes:
                return (
                    translate(
                        "UploadProgressView",
                        "The connection is lost. Sending goes on by itself as soon as it is "
                        "back (%1 of %2 sent).",
                    )
                    .replace("%1", sent)
                    .replace("%2", total)
                )
            parts = [
                translate("UploadProgressView", "Sending %1: %2 of %3")
                .replace("%1", kind_in_sentence(upload.kind) if upload.kind else "")
                .replace("%2", sent)
                .replace("%3", total)
            ]
            if upload.bytes_per_second > 0:
                parts.append(speed_words(upload.bytes_per_second, locale))
            left = upload.seconds_left
            if left is not None:
                parts.append(time_left_words(left))
            return " · ".join(parts)
        if upload.phase is UploadPhase.PAUSED:
            return (
                translate(
                    "UploadProgressView",
                    "Paused: %1 of %2 sent. “Continue sending” goes on from there.",
                )
                .replace("%1", sent)
                .replace("%2", total)
            )
        if upload.phase is UploadPhase.STOPPED:
            return (
                translate("UploadProgressView", "Sending stopped: %1 of %2 sent.")
                .replace("%1", sent)
                .replace("%2", total)
            )
        return translate(
            "UploadProgressView", "All documents are sent. Now submit the application."
        )
