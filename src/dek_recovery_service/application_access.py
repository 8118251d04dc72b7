"""The application token: the bearer of every call on an application but `access`.

The number alone grants nothing; a missing or wrong token answers `unauthorized` whether or not
the number exists, so numbers cannot be probed.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Annotated

from fastapi import Depends
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from .context import Ctx, ServiceContext
from .database import Row
from .problems import Problem

TOKEN_PURPOSE = "application-token"  # noqa: S105 - a hashing purpose, not a secret
_NO_TOKEN = "0" * 64

_application_bearer = HTTPBearer(
    auto_error=False,
    scheme_name="application",
    description="The application_token that create_application or open_application answered.",
)


@dataclass(frozen=True)
class Application:
    number: str
    status: str
    contact: str
    comment: str
    missing: tuple[str, ...]
    updated_at: str
    submitted_at: str | None


_COLUMNS = "number, token_hash, status, contact, comment, missing, updated_at, submitted_at"


def _application_of(row: Row) -> Application:
    return Application(
        number=row["number"],
        status=row["status"],
        contact=row["contact"],
        comment=row["comment"],
        missing=tuple(json.loads(row["missing"])),
        updated_at=row["updated_at"],
        submitted_at=row["submitted_at"],
    )


def load_application(ctx: ServiceContext, number: str) -> Application:
    """The application as it is now (the caller has already proved its token)."""
    row = ctx.db.one(f"SELECT {_COLUMNS} FROM applications WHERE number = ?", (number,))  # noqa: S608
    if row is None:
        raise Problem("not-found")
    return _application_of(row)


def load_authorised_application(ctx: ServiceContext, number: str, token: str | None) -> Application:
    row = ctx.db.one(f"SELECT {_COLUMNS} FROM applications WHERE number = ?", (number,))  # noqa: S608
    stored = row["token_hash"] if row is not None else None
    # The digest is computed for an unknown number too: the same work either way.
    if not ctx.hasher.matches(TOKEN_PURPOSE, token or "", stored or _NO_TOKEN) or row is None:
        raise Problem("unauthorized")
    if not token:
        raise Problem("unauthorized")
    return _application_of(row)


def authorised_application(
    ctx: Ctx,
    number: str,
    credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_application_bearer)],
) -> Application:
    token = credentials.credentials if credentials is not None else None
    return load_authorised_application(ctx, number, token)


AuthorisedApplication = Annotated[Application, Depends(authorised_application)]
