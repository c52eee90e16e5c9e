"""A PKCS#12 integrity MAC as costly to guess against as the key's encryption.

cryptography writes the key with PBES2 at the rounds it is given, but the file's MAC (RFC 7292
section 4, MacData) always with 2,048 iterations: whoever holds the file tests a password
against the MAC 300 times faster than against the key (the hashcat modes that crack .p12 files
attack the MAC). cryptography 46-50 have no setting for it (KeySerializationEncryptionBuilder
offers kdf_rounds, key_cert_algorithm and hmac_hash only; pyca/cryptography issue 9644), so the
MAC is computed again here over the same authSafe bytes with `iterations` iterations of the
RFC 7292 appendix B key derivation. The result is still the classic MAC every reader knows
(OpenSSL 1.x-3.x, Java, macOS, Windows): PBMAC1 (RFC 9579) would avoid this step, but OpenSSL
only reads it from 3.4 and the rest not yet.
"""

from __future__ import annotations

import hashlib
import hmac
import os

from trustanchor.core.pki.keystore import DerReader, _der, _int, _octets, _seq, oid_text

OID_DATA = "1.2.840.113549.1.7.1"  # PKCS #7 data (RFC 7292 section 4: authSafe)
OID_SHA256 = "2.16.840.1.101.3.4.2.1"
MAC_SALT_BYTES = 16
_SHA256_BLOCK = 64  # v in RFC 7292 appendix B.2
_MAC_KEY_ID = 3  # ID byte 3: "the key is for MACing" (appendix B.3)


def pkcs12_kdf_sha256(password: bytes, salt: bytes, iterations: int, id_byte: int) -> bytes:
    """32 bytes of the RFC 7292 appendix B.2 derivation with SHA-256 (one block: n = u).

    `password` is UTF-8; the derivation hashes it as a BMPString with a two-byte terminator,
    as OpenSSL's PKCS12_key_gen_utf8 does (surrogate pairs beyond the BMP).
    """
    if iterations < 1:
        raise ValueError("iterations must be at least 1")
    bmp = password.decode("utf-8").encode("utf-16-be") + b"\x00\x00"
    block = _SHA256_BLOCK
    d = bytes([id_byte]) * block
    s = _fill(salt, block)
    p = _fill(bmp, block)
    digest = hashlib.sha256(d + s + p).digest()
    for _ in range(iterations - 1):
        digest = hashlib.sha256(digest).digest()
    return digest


def _fill(data: bytes, block: int) -> bytes:
    """`data` repeated to the next multiple of `block` bytes (empty stays empty)."""
    if not data:
        return b""
    size = block * -(-len(data) // block)
    return (data * (size // len(data) + 1))[:size]


def _split(pfx: bytes) -> tuple[bytes, bytes, bytes, bytes]:
    """(version TLV, authSafe ContentInfo body, MAC AlgorithmIdentifier body, MAC input)."""
    tag, body = DerReader(pfx).element()
    items = DerReader(body).children() if tag == 0x30 else []
    if len(items) != 3 or items[0] != (0x02, b"\x03"):
        raise ValueError("not a version 3 PFX with a MAC")
    content = DerReader(items[1][1]).children()
    if len(content) != 2 or oid_text(content[0][1]) != OID_DATA or content[1][0] != 0xA0:
        raise ValueError("the authSafe is not password-integrity data")
    inner = DerReader(content[1][1]).children()
    if len(inner) != 1 or inner[0][0] != 0x04:
        raise ValueError("the authSafe content is not an OCTET STRING")
    digest_info = DerReader(items[2][1]).children()[0]
    algorithm = DerReader(digest_info[1]).children()[0][1]
    if oid_text(DerReader(algorithm).children()[0][1]) != OID_SHA256:
        raise ValueError("the MAC is not HMAC-SHA-256")
    return _int(3), items[1][1], algorithm, inner[0][1]


def strengthen_mac(pfx: bytes, password: bytes, iterations: int) -> bytes:
    """`pfx` (DER, HMAC-SHA-256 MAC) with its MAC recomputed at `iterations` iterations and a
    fresh 16-byte salt; everything else byte for byte as it was."""
    version, content_info, algorithm, authsafe = _split(pfx)
    salt = os.urandom(MAC_SALT_BYTES)
    key = pkcs12_kdf_sha256(password, salt, iterations, _MAC_KEY_ID)
    mac = hmac.new(key, authsafe, hashlib.sha256).digest()
    mac_data = _seq(_seq(_der(0x30, algorithm), _octets(mac)), _octets(salt), _int(iterations))
    return _seq(version, _der(0x30, content_info), mac_data)


def mac_iterations(pfx: bytes) -> int:
    """The MAC iteration count of a DER PFX (ValueError when it has no MAC)."""
    tag, body = DerReader(pfx).element()
    items = DerReader(body).children() if tag == 0x30 else []
    if len(items) != 3:
        raise ValueError("no MacData")
    fields = DerReader(items[2][1]).children()
    return int.from_bytes(fields[2][1], "big") if len(fields) == 3 else 1
