"""The demo accounts and their passwords, as the reference service seeds them."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class DemoAccountCard:
    key: str
    number: str
    display_name: str
    password: str
    email: str | None
    phone: str | None
    about: str


@dataclass(frozen=True)
class DemoIdentityAnswer:
    label_ru: str
    label_en: str
    answer: str


@dataclass(frozen=True)
class DemoCatalogue:
    accounts: tuple[DemoAccountCard, ...]
    identity_account: str  # the key of the account that is asked identity questions
    identity_answers: tuple[DemoIdentityAnswer, ...]
    application_number: str
    application_pin: str


def load_demo_catalogue() -> DemoCatalogue:
    """Imports the service's seed (FastAPI comes with it): call it in a worker thread."""
    from dek_recovery_service import seed

    identity = next(account for account in seed.DEMO_ACCOUNTS if account.identity_questions)
    return DemoCatalogue(
        accounts=tuple(
            DemoAccountCard(
                key=account.key,
                number=account.number,
                display_name=account.display_name,
                password=account.password,
                email=account.email,
                phone=account.phone,
                about=account.about,
            )
            for account in seed.DEMO_ACCOUNTS
        ),
        identity_account=identity.key,
        identity_answers=tuple(
            DemoIdentityAnswer(question.label_ru, question.label_en, question.answer)
            for question in identity.identity_questions
        ),
        application_number=seed.DEMO_APPLICATION_NUMBER,
        application_pin=seed.DEMO_APPLICATION_PIN,
    )
