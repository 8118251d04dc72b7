"""Small pieces of the rich text the documents page shows."""

from __future__ import annotations

import html


def large(text: str) -> str:
    """A number or a status to be read at a glance; grows with the window's zoom."""
    return f"<span style='font-size:xx-large; font-weight:600'>{html.escape(text)}</span>"


def bullets(items: list[str]) -> str:
    return "<ul style='margin-left:-1em'>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>"
