"""Reading certificates out of PEM bundles without trusting their formatting."""

from __future__ import annotations

import base64
import binascii
import re

_PEM_BLOCK = re.compile(
    rb"-----BEGIN (?:TRUSTED )?CERTIFICATE-----(.+?)-----END (?:TRUSTED )?CERTIFICATE-----",
    re.DOTALL,
)


def pem_ders(data: bytes) -> list[bytes]:
    """The DER of every certificate block in ``data``; damaged blocks are skipped."""
    ders = []
    for match in _PEM_BLOCK.finditer(data):
        body = b"".join(match.group(1).split())
        try:
            ders.append(base64.b64decode(body, validate=True))
        except (binascii.Error, ValueError):
            continue
    return ders


def bundle_holds(data: bytes, der: bytes) -> bool:
    """True when the PEM bundle ``data`` contains the certificate ``der`` (byte for byte)."""
    return der in pem_ders(data)
