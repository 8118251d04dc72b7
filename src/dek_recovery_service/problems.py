"""RFC 9457 problems: the one way this service says no.

`Problem` is raised anywhere; `problem_response` turns it into `application/problem+json` with
`type`, `title`, `status`, `detail`, `instance` and the slug's extension members.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from starlette.responses import Response

PROBLEM_MEDIA_TYPE = "application/problem+json"
TYPE_PREFIX = "urn:dek:problem:"


@dataclass(frozen=True)
class ProblemKind:
    status: int
    title_ru: str
    title_en: str
    detail_ru: str
    detail_en: str


KINDS: dict[str, ProblemKind] = {
    "validation-failed": ProblemKind(
        422,
        "Проверьте данные",
        "Check the data",
        "Поле не заполнено или заполнено неверно.",
        "A field is missing or malformed.",
    ),
    "invalid-credentials": ProblemKind(
        401,
        "Неверный логин или пароль",
        "Wrong login or password",
        "Логин или пароль не подошли.",
        "The login or the password is wrong.",
    ),
    "account-locked": ProblemKind(
        423,
        "Личный кабинет заблокирован",
        "The account is blocked",
        "Вход в личный кабинет сейчас закрыт.",
        "Signing in to this account is blocked.",
    ),
    "captcha-required": ProblemKind(
        428,
        "Введите цифры с картинки",
        "Type the digits from the picture",
        "Для продолжения введите цифры с картинки.",
        "Type the digits from the picture to go on.",
    ),
    "rate-limited": ProblemKind(
        429,
        "Слишком много попыток",
        "Too many attempts",
        "Подождите и попробуйте снова.",
        "Wait and try again.",
    ),
    "invalid-code": ProblemKind(
        400,
        "Неверный код",
        "Wrong code",
        "Код не подошёл.",
        "The code is wrong.",
    ),
    "recovery-expired": ProblemKind(
        410,
        "Время истекло",
        "Time is up",
        "Срок действия кода истёк. Начните восстановление заново.",
        "The code has expired. Start the recovery again.",
    ),
    "recovery-locked": ProblemKind(
        423,
        "Слишком много неверных кодов",
        "Too many wrong codes",
        "Запросите новый код и начните заново.",
        "Request a new code and start again.",
    ),
    "identity-mismatch": ProblemKind(
        400,
        "Ответы не совпали",
        "The answers did not match",
        "Ответы на вопросы не совпали с данными личного кабинета.",
        "The answers do not match the account's data.",
    ),
    "reset-token-invalid": ProblemKind(
        401,
        "Ссылка недействительна",
        "The link is no longer valid",
        "Начните восстановление заново.",
        "Start the recovery again.",
    ),
    "password-rejected": ProblemKind(
        422,
        "Пароль не подходит",
        "The password is not accepted",
        "Выберите другой пароль.",
        "Choose another password.",
    ),
    "unauthorized": ProblemKind(
        401,
        "Нужно войти заново",
        "Sign in again",
        "Сеанс истёк или не начат.",
        "The session has expired or was never started.",
    ),
    "consent-required": ProblemKind(
        428,
        "Нужно согласие",
        "Consent is needed",
        "Подтвердите согласие на обработку персональных данных.",
        "Confirm the consent to processing personal data.",
    ),
    "not-found": ProblemKind(
        404,
        "Не найдено",
        "Not found",
        "Такой записи нет.",
        "There is no such record.",
    ),
    "payload-too-large": ProblemKind(
        413,
        "Файл слишком большой",
        "The file is too large",
        "Размер превышает допустимый.",
        "The size is over the limit.",
    ),
    "unsupported-media-type": ProblemKind(
        415,
        "Формат не подходит",
        "Unsupported format",
        "Принимаются PDF, JPEG и PNG.",
        "PDF, JPEG and PNG are accepted.",
    ),
    "upload-offset-mismatch": ProblemKind(
        409,
        "Загрузка сбилась",
        "The upload is out of step",
        "Продолжите загрузку с указанного места.",
        "Resume the upload from the given offset.",
    ),
    "checksum-mismatch": ProblemKind(
        460,
        "Файл повреждён при передаче",
        "The file was damaged in transit",
        "Контрольная сумма части файла не совпала.",
        "The chunk's checksum did not match.",
    ),
    "application-incomplete": ProblemKind(
        409,
        "Не хватает документов",
        "Documents are missing",
        "Загрузите все обязательные документы.",
        "Upload every required document.",
    ),
    "application-closed": ProblemKind(
        409,
        "Заявление закрыто",
        "The application is closed",
        "Заявление больше не принимает документы.",
        "The application takes no more documents.",
    ),
    "idempotency-key-reused": ProblemKind(
        422,
        "Повторный запрос отличается",
        "The repeated request differs",
        "Этот ключ уже использован для другого запроса.",
        "This key was already used for another request.",
    ),
    "unavailable": ProblemKind(
        503,
        "Сервис временно недоступен",
        "The service is temporarily unavailable",
        "Попробуйте позже.",
        "Try again later.",
    ),
    "internal": ProblemKind(
        500,
        "Внутренняя ошибка",
        "Internal error",
        "Что-то пошло не так. Мы уже разбираемся.",
        "Something went wrong on our side.",
    ),
}


class Problem(Exception):
    """Raise to answer with a problem. `members` are the slug's extension members."""

    def __init__(
        self,
        slug: str,
        *,
        detail: str | None = None,
        headers: dict[str, str] | None = None,
        status: int | None = None,
        **members: Any,
    ) -> None:
        """`status` overrides the slug's status where a protocol demands another one (tus: 412
        for an unsupported `Tus-Resumable`, 400 for an unsupported checksum algorithm)."""
        if slug not in KINDS:
            raise ValueError(f"unknown problem slug {slug!r}")
        super().__init__(slug)
        self.slug = slug
        self.detail = detail
        self.headers = dict(headers or {})
        self.members = members
        self._status = status
        retry_after = members.get("retry_after")
        if retry_after is not None:
            self.headers.setdefault("Retry-After", str(int(retry_after)))

    @property
    def status(self) -> int:
        return self._status or KINDS[self.slug].status


def validation_failed(*errors: tuple[str, str]) -> Problem:
    return Problem(
        "validation-failed", errors=[{"field": field, "code": code} for field, code in errors]
    )


def problem_body(problem: Problem, *, language: str, request_id: str) -> dict[str, Any]:
    kind = KINDS[problem.slug]
    english = language == "en"
    body: dict[str, Any] = {
        "type": TYPE_PREFIX + problem.slug,
        "title": kind.title_en if english else kind.title_ru,
        "status": problem.status,
        "detail": problem.detail or (kind.detail_en if english else kind.detail_ru),
        "instance": f"urn:uuid:{request_id}",
    }
    body.update(problem.members)
    return body


def problem_response(problem: Problem, *, language: str, request_id: str) -> Response:
    body = problem_body(problem, language=language, request_id=request_id)
    return Response(
        json.dumps(body, ensure_ascii=False, default=str),
        status_code=problem.status,
        headers=problem.headers,
        media_type=PROBLEM_MEDIA_TYPE,
    )
