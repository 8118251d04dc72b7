"""Turns a Reply into contract objects or typed failures; never lets another exception out."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from .api_error import ApiError
from .json_reader import ContractViolation, InvalidJson, JsonObject, decode_json
from .problems import ProblemFacts, problem_class_for
from .reply import Reply
from .transport_errors import (
    ContractMismatch,
    EmptyBody,
    HtmlErrorPage,
    MalformedJson,
    UnexpectedContentType,
)

T = TypeVar("T")


def failure_of(reply: Reply) -> ApiError:
    """The typed failure a non-2xx answer stands for: a problem, or a bad-response failure."""
    try:
        body = _json_body(reply)
        facts = ProblemFacts(
            status=reply.status,
            type=body.optional_text("type") or "about:blank",
            title=body.optional_text("title"),
            detail=body.optional_text("detail"),
            instance=body.optional_text("instance"),
            request_id=reply.request_id,
        )
        return problem_class_for(facts.type).from_members(facts, body)
    except ContractViolation as violation:
        return contract_mismatch(reply, violation)
    except ApiError as failure:
        return failure


def read_answer(reply: Reply, decode: Callable[[JsonObject], T]) -> T:
    """Decode a 2xx JSON answer, or raise the failure it stands for."""
    if not reply.ok:
        raise failure_of(reply)
    try:
        return decode(_json_body(reply))
    except ContractViolation as violation:
        raise contract_mismatch(reply, violation) from None


def expect_no_content(reply: Reply) -> None:
    """A call whose success has no body worth reading (204, or a 200 with `{}`)."""
    if not reply.ok:
        raise failure_of(reply)


def contract_mismatch(reply: Reply, violation: ContractViolation) -> ContractMismatch:
    return ContractMismatch(
        where=violation.where,
        expected=violation.expected,
        status=reply.status,
        content_type=reply.content_type,
        request_id=reply.request_id,
    )


def _json_body(reply: Reply) -> JsonObject:
    common = {"content_type": reply.content_type, "request_id": reply.request_id}
    if reply.is_html:
        raise HtmlErrorPage(status=reply.status, **common)
    if not reply.body:
        raise EmptyBody(status=reply.status, **common)
    if not reply.is_json:
        raise UnexpectedContentType(status=reply.status, **common)
    try:
        decoded = decode_json(reply.body)
    except InvalidJson as invalid:
        raise MalformedJson(str(invalid), status=reply.status, **common) from None
    return JsonObject.of(decoded)
