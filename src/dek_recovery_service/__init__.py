"""Reference implementation of the DEK Recovery API (../shared/API.md): FastAPI + SQLite."""

__version__ = "0.1.0"
