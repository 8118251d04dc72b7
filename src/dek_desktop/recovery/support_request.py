"""What a support request tells about the app: shown to the user before sending; never a secret."""

from __future__ import annotations

import platform
from importlib import metadata

from dek_desktop.api.models import Diagnostics

from .flow_state import FlowState
from .step import Step

DISTRIBUTION = "dek-desktop"


def app_version() -> str:
    try:
        return metadata.version(DISTRIBUTION)
    except metadata.PackageNotFoundError:
        return "unknown"


def diagnostics_for(
    state: FlowState, *, locale: str, request_ids: tuple[str, ...], version: str
) -> Diagnostics:
    """`step` is the page the user asked for help from, not the support page itself."""
    step = state.return_step if state.step is Step.SUPPORT and state.return_step else state.step
    return Diagnostics(
        app_version=version,
        os=platform.platform(terse=True),
        locale=locale,
        step=step.value,
        last_problem_type=state.last_problem_type,
        last_request_ids=request_ids,
    )
