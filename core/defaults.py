"""Defaults that several front ends show or use (DESIGN.md, "Defaults"). Cheap to import."""

from __future__ import annotations

# High ports need no administrator rights; the next free one is taken when these are busy.
DEFAULT_HTTP_PORT = 8080
DEFAULT_HTTPS_PORT = 8443
