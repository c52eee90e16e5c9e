"""Trusting the CA on this computer: the OS stores, NSS (Chromium, Firefox) and Java.

Only ``trustanchor trust install|uninstall`` (or the matching GUI buttons) change a store;
``status`` reads them and proves the result with a real TLS handshake. See service.py.
"""

from __future__ import annotations

from trustanchor.core.trust.model import (
    Anchor,
    Proof,
    StoreKind,
    StoreStatus,
    TrustState,
    TrustStatus,
)
from trustanchor.core.trust.stores import StoreChoice, TrustEnvironment

__all__ = [
    "Anchor",
    "Proof",
    "StoreChoice",
    "StoreKind",
    "StoreStatus",
    "TrustEnvironment",
    "TrustState",
    "TrustStatus",
]
