"""The documents page's own words for its problems and for what was typed wrong: a wrong PIN
with the attempts left (Russian plural forms), the wait after the fifth in hours or minutes,
the documents still missing; anything else in the words every page shares."""

from __future__ import annotations

import math
from datetime import datetime

from PySide6.QtCore import QCoreApplication

from ...applications import (
    PDF_UNREADABLE,
    TOKEN_MISSING,
    ApplicationField,
    ApplicationFlowState,
    ApplicationIssue,
    View,
)
from ...recovery import InputIssue, IssueCode, PageProblem, ProblemKind
from ..problem_texts import general_issue_text, general_problem_text
from .application_texts import kinds_in_sentence

translate = QCoreApplication.translate

_PROBLEM_PREFIX = "urn:dek:problem:"


def application_problem_words(
    problem: PageProblem, state: ApplicationFlowState, now: datetime
) -> str:
    slug = problem.type.removeprefix(_PROBLEM_PREFIX)
    if problem.type == TOKEN_MISSING:
        return translate(
            "ApplicationProblemTexts",
            "The application saved on this computer cannot be continued here any more. If a "
            "service centre gave you a number and PIN, open it with them; otherwise please "
            "start a new application.",
        )
    if problem.type == PDF_UNREADABLE:
        return translate(
            "ApplicationProblemTexts", "A prepared document could not be read. Press “Try again”."
        )
    if slug == "invalid-code":
        if state.attempts_left is not None:
            return translate(
                "ApplicationProblemTexts",
                "The number or the PIN is not right. %n attempt(s) left.",
                None,
                state.attempts_left,
            )
        return translate("ApplicationProblemTexts", "The number or the PIN is not right.")
    if slug == "rate-limited" and state.view is View.START and problem.retry_at is not None:
        return _pin_wait_words(problem.retry_at, now)
    if slug == "application-incomplete":
        return translate(
            "ApplicationProblemTexts",
            "Not every document has arrived: %1 missing. Add it, send it and submit again.",
        ).replace("%1", kinds_in_sentence(state.missing))
    if slug == "application-closed":
        return translate(
            "ApplicationProblemTexts",
            "This application takes no more documents. Press “Check the status” to see why.",
        )
    if slug == "payload-too-large":
        return translate(
            "ApplicationProblemTexts",
            "A document is too big for the service. Take out pages that are not needed.",
        )
    if slug == "unsupported-media-type":
        return translate(
            "ApplicationProblemTexts", "The service did not take a document. Please call support."
        )
    if slug == "unauthorized" or problem.kind is ProblemKind.UNAUTHORIZED:
        return translate(
            "ApplicationProblemTexts",
            "This application cannot be opened from here any more. Please call support and "
            "tell them its number.",
        )
    return general_problem_text(problem, now)


def application_issue_words(issue: InputIssue) -> str:
    field, code = str(issue.field), str(issue.code)
    if field == ApplicationField.FULL_NAME and code == IssueCode.REQUIRED:
        return translate(
            "ApplicationProblemTexts", "Please write your full name as in the passport."
        )
    if field == ApplicationField.FULL_NAME and code == IssueCode.TOO_LONG:
        return translate("ApplicationProblemTexts", "The name is too long.")
    if field == ApplicationField.CONTACT and code == IssueCode.REQUIRED:
        return translate(
            "ApplicationProblemTexts", "Please give an e-mail or a mobile phone we can write to."
        )
    if field == ApplicationField.NUMBER and code == IssueCode.REQUIRED:
        return translate("ApplicationProblemTexts", "Please type the application number.")
    if code == ApplicationIssue.NUMBER_INVALID:
        return translate("ApplicationProblemTexts", "An application number looks like 2026-000123.")
    if field == ApplicationField.PIN:
        return translate("ApplicationProblemTexts", "The PIN has 6 digits.")
    if code == ApplicationIssue.NOTHING_TO_SEND:
        return translate("ApplicationProblemTexts", "Please add at least one document first.")
    if code == ApplicationIssue.STILL_CHECKING:
        return translate(
            "ApplicationProblemTexts", "Please wait a moment: the files are still being checked."
        )
    return general_issue_text(issue)


def _pin_wait_words(retry_at: datetime, now: datetime) -> str:
    minutes = max(1, math.ceil((retry_at - now).total_seconds() / 60))
    if minutes >= 60:
        return translate(
            "ApplicationProblemTexts",
            "The PIN was entered wrong too many times. Please try again in %n hour(s).",
            None,
            math.ceil(minutes / 60),
        )
    return translate(
        "ApplicationProblemTexts",
        "The PIN was entered wrong too many times. Please try again in %n minute(s).",
        None,
        minutes,
    )
