"""Demo data: accounts that walk every path of the flow, and a service-centre application.

The passwords are printed at start-up and listed in the README: this is a demo, not a secret.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import timedelta

from .contacts import normalise_login
from .context import ServiceContext
from .identity_answers import normalise_identity_answer

DEMO_APPLICATION_NUMBER = "2026-000123"
DEMO_APPLICATION_PIN = "482915"


@dataclass(frozen=True)
class IdentityQuestion:
    id: str
    label_ru: str
    label_en: str
    kind: str  # "digits" or "text"
    answer: str


@dataclass(frozen=True)
class DemoAccount:
    key: str
    number: str
    display_name: str
    password: str
    address_hint: str
    email: str | None = None
    phone: str | None = None
    lock_reason: str | None = None  # a lock other than too_many_attempts
    locked_by_attempts: bool = False
    identity_questions: tuple[IdentityQuestion, ...] = field(default=())
    about: str = ""

    @property
    def identity_answers(self) -> dict[str, str]:
        return {question.id: question.answer for question in self.identity_questions}


IDENTITY_QUESTIONS = (
    IdentityQuestion(
        "snils_last4", "Последние 4 цифры СНИЛС", "Last 4 digits of SNILS", "digits", "4417"
    ),
    IdentityQuestion(
        "passport",
        "Серия и номер паспорта",
        "Passport series and number",
        "digits",
        "0507 123456",
    ),
    IdentityQuestion(
        "address",
        "Улица и дом, где подключена услуга",
        "Street and house of the service address",
        "text",
        "Светлая 12",
    ),
)

DEMO_ACCOUNTS: tuple[DemoAccount, ...] = (
    DemoAccount(
        "active",
        "100200301",
        "Анна Петровна Иванова",
        "Amur-Tiger-2026",
        "г. Владивосток, ул. Светланская, д. 1, кв. 5",
        email="anna.ivanova@example.ru",
        phone="+79141000001",
        about="e-mail and phone; every step works",
    ),
    DemoAccount(
        "phone_only",
        "100200302",
        "Олег Николаевич Ким",
        "Sopka-Bay-1975",
        "г. Хабаровск, ул. Муравьёва-Амурского, д. 10, кв. 2",
        phone="+79141000002",
        about="a phone and no e-mail",
    ),
    DemoAccount(
        "locked_attempts",
        "100200303",
        "Мария Сергеевна Орлова",
        "Kamchatka-Geyser-8",
        "г. Петропавловск-Камчатский, ул. Ленинская, д. 3",
        email="maria.orlova@example.ru",
        phone="+79141000003",
        locked_by_attempts=True,
        about="locked for 15 minutes after 5 wrong passwords; recovery still works",
    ),
    DemoAccount(
        "dormant",
        "100200304",
        "Пётр Ильич Соколов",
        "Sakhalin-Fog-1999",
        "г. Южно-Сахалинск, пр. Мира, д. 7",
        email="petr.sokolov@example.ru",
        phone="+79141000004",
        lock_reason="inactivity",
        about="blocked for long inactivity; recover by code",
    ),
    DemoAccount(
        "compromised",
        "100200305",
        "Елена Викторовна Лебедева",
        "Primorye-Wind-42",
        "г. Уссурийск, ул. Некрасова, д. 15",
        email="elena.lebedeva@example.ru",
        phone="+79141000005",
        lock_reason="suspected_compromise",
        about="suspected compromise; documents or support",
    ),
    DemoAccount(
        "suspicious",
        "100200306",
        "Игорь Андреевич Попов",
        "Zeya-River-2011",
        "г. Благовещенск, ул. Амурская, д. 21",
        email="igor.popov@example.ru",
        phone="+79141000006",
        lock_reason="suspicious_activity",
        about="suspicious activity; documents or support",
    ),
    DemoAccount(
        "terms",
        "100200307",
        "Светлана Олеговна Морозова",
        "Nakhodka-Port-77",
        "г. Находка, ул. Пограничная, д. 4",
        email="svetlana.morozova@example.ru",
        phone="+79141000007",
        lock_reason="terms_violation",
        about="terms violation; support only",
    ),
    DemoAccount(
        "recovery_violation",
        "100200308",
        "Денис Павлович Волков",
        "Artyom-Hills-303",
        "г. Артём, ул. Кирова, д. 9",
        email="denis.volkov@example.ru",
        phone="+79141000008",
        lock_reason="recovery_security_violation",
        about="recovery security breach; support only",
    ),
    DemoAccount(
        "identity",
        "100200309",
        "Татьяна Юрьевна Белова",
        "Ussuri-Taiga-515",
        "г. Владивосток, ул. Светлая, д. 12, кв. 8",
        email="tatiana.belova@example.ru",
        phone="+79141000009",
        identity_questions=IDENTITY_QUESTIONS,
        about="asked identity questions after the code",
    ),
    DemoAccount(
        "shared_flat",
        "100200310",
        "Николай Иванович Смирнов",
        "Russky-Bridge-2012",
        "г. Владивосток, ул. Адмирала Фокина, д. 8, кв. 14",
        phone="+79141000010",
        about="one phone, two accounts: the flat",
    ),
    DemoAccount(
        "shared_dacha",
        "100200311",
        "Николай Иванович Смирнов",
        "Russky-Bridge-2012",
        "Надеждинский р-н, СНТ «Берёзка», уч. 41",
        phone="+79141000010",
        about="one phone, two accounts: the dacha",
    ),
)


def demo_account(key: str) -> DemoAccount:
    for account in DEMO_ACCOUNTS:
        if account.key == key:
            return account
    raise KeyError(key)


def seed_demo(context: ServiceContext) -> None:
    """Fills an empty database; a database that has accounts is left as it is."""
    db, hasher, now = context.db, context.hasher, context.clock.now()
    if db.one("SELECT 1 FROM accounts LIMIT 1") is not None:
        return
    hashed = {account.key: context.passwords.hash(account.password) for account in DEMO_ACCOUNTS}
    with db.transaction() as conn:
        for account in DEMO_ACCOUNTS:
            cursor = conn.execute(
                "INSERT INTO accounts (number, display_name, email, phone, address_hint,"
                " password_hash, lock_reason, contacts_confirmed_at, last_sign_in_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    account.number,
                    account.display_name,
                    account.email,
                    account.phone,
                    account.address_hint,
                    hashed[account.key],
                    account.lock_reason,
                    (now - timedelta(days=400)).isoformat(),
                    (now - timedelta(days=30)).isoformat(),
                ),
            )
            account_id = cursor.lastrowid
            for position, question in enumerate(account.identity_questions):
                conn.execute(
                    "INSERT INTO identity_questions (account_id, question_id, label_ru, label_en,"
                    " kind, answer_hash, position) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    (
                        account_id,
                        question.id,
                        question.label_ru,
                        question.label_en,
                        question.kind,
                        hasher.digest(
                            "identity-answer",
                            normalise_identity_answer(question.kind, question.answer),
                        ),
                        position,
                    ),
                )
            if account.locked_by_attempts:
                locked_until = (now + timedelta(seconds=context.settings.signin_lock_s)).isoformat()
                for login in (account.number, account.email, account.phone):
                    if login:
                        key = hasher.digest("login", normalise_login(login).value)
                        conn.execute(
                            "INSERT INTO login_failures (login_key, failures, locked_until)"
                            " VALUES (?, ?, ?)",
                            (key, context.settings.signin_lock_after, locked_until),
                        )
        conn.execute(
            "INSERT INTO applications (number, status, reason, full_name, contact, pin_hash,"
            " comment, missing, created_at, updated_at)"
            " VALUES (?, 'draft', 'no_contact_access', ?, ?, ?, '', ?, ?, ?)",
            (
                DEMO_APPLICATION_NUMBER,
                "Галина Фёдоровна Зайцева",
                "+79141000012",
                hasher.digest("application-pin", DEMO_APPLICATION_PIN),
                json.dumps(["passport", "inn", "snils"]),
                now.isoformat(),
                now.isoformat(),
            ),
        )


def describe_demo() -> str:
    """The start-up banner: who can sign in with what."""
    lines = ["Demo accounts (login: account number, e-mail or phone):"]
    for account in DEMO_ACCOUNTS:
        contacts = ", ".join(c for c in (account.email, account.phone) if c)
        lines.append(
            f"  {account.key:<19} {account.number}  {account.password:<20} {contacts}"
            f"  — {account.about}"
        )
    identity = demo_account("identity")
    answers = "; ".join(f"{q.label_en}: {q.answer}" for q in identity.identity_questions)
    lines.append(f"  identity answers: {answers}")
    lines.append(
        f"Service-centre application: number {DEMO_APPLICATION_NUMBER}, PIN {DEMO_APPLICATION_PIN}"
    )
    return "\n".join(lines)
