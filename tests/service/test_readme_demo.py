"""The README's "The reference service" section tells the demo data the service really seeds."""

from __future__ import annotations

from pathlib import Path

from dek_recovery_service.seed import (
    DEMO_ACCOUNTS,
    DEMO_APPLICATION_NUMBER,
    DEMO_APPLICATION_PIN,
    demo_account,
)

README = Path(__file__).resolve().parents[2] / "README.md"


def reference_service_section() -> str:
    text = README.read_text("utf-8")
    start = text.index("\n## The reference service\n")
    end = text.find("\n## ", start + 1)
    return text[start : end if end != -1 else len(text)]


def test_every_demo_account_is_listed_with_its_password_and_contacts() -> None:
    rows = {
        line.split("|")[1].strip(" `"): line
        for line in reference_service_section().splitlines()
        if line.startswith("| `")
    }
    for account in DEMO_ACCOUNTS:
        row = rows[account.key]
        assert f"`{account.number}`" in row
        assert f"`{account.password}`" in row
        for contact in (account.email, account.phone):
            if contact:
                assert contact in row


def test_the_identity_answers_and_the_demo_application_are_told() -> None:
    section = reference_service_section()
    for question in demo_account("identity").identity_questions:
        assert f"`{question.answer}`" in section
    assert f"`{DEMO_APPLICATION_NUMBER}`" in section
    assert f"`{DEMO_APPLICATION_PIN}`" in section


def test_every_flag_of_the_command_line_is_explained() -> None:
    section = reference_service_section()
    for flag in ("--demo", "--host", "--port", "--data-dir", "--latency", "--timezone"):
        assert f"`{flag}" in section
    assert "--portal-url" in section and "--sms-webhook-url" in section
