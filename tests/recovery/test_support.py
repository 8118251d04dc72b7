"""The support page from any page: the service's contacts, a request with its diagnostics."""

from __future__ import annotations

import json

from dek_desktop.recovery import Field, InputIssue, IssueCode, RecoveryFlow, Step
from tests.conftest import RunningService
from tests.recovery.scenario import code_for, request_code, wrong_code


async def test_a_request_from_the_code_page_tells_support_the_step_and_last_problem(
    flow: RecoveryFlow, service: RunningService
) -> None:
    await request_code(flow, "active")
    wrong = await flow.verify(wrong_code(code_for(service, "active")))
    assert wrong.problem is not None and wrong.problem.request_id is not None

    support = await flow.go_support()
    assert support.step is Step.SUPPORT
    assert support.return_step is Step.CODE
    assert support.support_contacts is not None
    assert support.support_contacts.phone == service.settings.support_phone

    shown = flow.support_diagnostics("ru-RU")
    assert (shown.step, shown.locale, shown.app_version) == ("code", "ru-RU", "test")
    assert shown.last_problem_type == "urn:dek:problem:invalid-code"
    assert wrong.problem.request_id in shown.last_request_ids

    unfinished = await flow.send_support_request(
        name="Анна", contact="+7 914 100-00-01", subject="Код", description=" ", locale="ru-RU"
    )
    assert unfinished.input_issues == (InputIssue(Field.SUPPORT_DESCRIPTION, IssueCode.REQUIRED),)

    sent = await flow.send_support_request(
        name="Анна Петровна",
        contact="+7 914 100-00-01",
        subject="Восстановление: код",
        description="Код не подходит, хотя я ввожу его из последнего SMS.",
        locale="ru-RU",
    )
    assert sent.support_ticket is not None
    row = service.context.db.one(
        "SELECT subject, diagnostics FROM support_tickets WHERE number = ?",
        (sent.support_ticket.ticket_number,),
    )
    assert row is not None and row["subject"] == "Восстановление: код"
    received = json.loads(row["diagnostics"])
    assert received["step"] == "code"
    assert received["last_problem_type"] == "urn:dek:problem:invalid-code"
    assert wrong.problem.request_id in received["last_request_ids"]
    assert code_for(service, "active") not in row["diagnostics"]

    assert flow.go_back().step is Step.CODE


async def test_offline_the_request_is_kept_and_sent_once_when_back(
    flow: RecoveryFlow, service: RunningService
) -> None:
    await flow.go_support()
    service.stop()
    request = {
        "name": "Олег",
        "contact": "+7 914 100-00-02",
        "subject": "Вход",
        "description": "Не приходит SMS.",
        "locale": "ru-RU",
    }

    offline = await flow.send_support_request(**request)
    assert offline.problem is not None and offline.can_retry

    service.start()
    sent = await flow.retry()
    assert sent.support_ticket is not None
    count = service.context.db.one("SELECT COUNT(*) AS n FROM support_tickets")
    assert count is not None and count["n"] == 1
