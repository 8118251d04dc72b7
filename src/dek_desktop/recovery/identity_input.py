"""Identity answers as typed -> what is sent: digits-only fields accept spaces and dashes."""

from __future__ import annotations

import re
from collections.abc import Mapping

from dek_desktop.api.models import IdentityQuestion
from dek_desktop.api.secret import IdentityAnswer
from dek_desktop.api.vocabulary import QuestionKind

from .input_issue import InputIssue, IssueCode, answer_field

_DIGIT_SEPARATORS = re.compile(r"[\s\-]+")


def identity_answers(
    questions: tuple[IdentityQuestion, ...], typed: Mapping[str, str]
) -> dict[str, IdentityAnswer] | tuple[InputIssue, ...]:
    """Every question answered and well-formed, or the issues, one per field."""
    answers: dict[str, IdentityAnswer] = {}
    issues: list[InputIssue] = []
    for question in questions:
        text = typed.get(question.id, "").strip()
        if not text:
            issues.append(InputIssue(answer_field(question.id), IssueCode.REQUIRED))
            continue
        if question.kind is QuestionKind.DIGITS:
            text = _DIGIT_SEPARATORS.sub("", text)
            if not (text.isascii() and text.isdigit()):
                issues.append(InputIssue(answer_field(question.id), IssueCode.DIGITS_ONLY))
                continue
        answers[question.id] = IdentityAnswer(text)
    return tuple(issues) if issues else answers
