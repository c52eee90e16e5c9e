"""TrustAnchor's core: everything that is not drawing. Never imports Qt or the GUI."""

from __future__ import annotations

__version__ = "0.1.0"
