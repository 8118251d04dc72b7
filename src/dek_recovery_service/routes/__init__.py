"""One module per part of API.md; each exposes `router`."""
