"""The CA key at rest: standard PKCS#8 PEM, encrypted with PBES2 + scrypt + AES-256-CBC.

``cryptography``'s ``BestAvailableEncryption`` derives the PEM key with only 2,048 PBKDF2
rounds, which a GPU guesses through quickly. Here the PKCS#8 ``EncryptedPrivateKeyInfo``
(RFC 5958 section 3) is built by hand around the scrypt KDF (RFC 7914 section 7: PBES2 with
``id-scrypt``, n = 2**17, r = 8, p = 1: about 128 MiB and a few tenths of a second per guess).
The result is still an ordinary "ENCRYPTED PRIVATE KEY" PEM that ``cryptography``'s
``load_pem_private_key`` reads (and decrypts it here). The OpenSSL command line reads the same
structure but caps scrypt memory at 32 MiB, so it opens only copies made with
``log2_n=OPENSSL_LOG2_N``; exports for other tools use those, or PKCS#12.

Before any KDF runs, the encryption parameters are read with a small strict DER reader and
capped, so a hostile file offered for import cannot make us spend gigabytes or minutes.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import os
import re

from cryptography.exceptions import UnsupportedAlgorithm
from cryptography.hazmat.primitives import padding, serialization
from cryptography.hazmat.primitives.asymmetric import ec, rsa
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

from trustanchor.core.errors import ImportFormatError, PassphraseError
from trustanchor.core.text import QT_TRANSLATE_NOOP

# The same union as core/pki/ca.py's PrivateKey, spelt here so the key store (the lowest layer)
# does not import the CA module (which may itself use the key store).
PrivateKey = ec.EllipticCurvePrivateKey | rsa.RSAPrivateKey

# RFC 7914 section 2: n is the CPU/memory cost; memory is 128 * r * n bytes (128 MiB here).
SCRYPT_LOG2_N = 17
SCRYPT_R = 8
SCRYPT_P = 1
# OpenSSL (measured: 3.0.19) refuses scrypt needing more than 32 MiB when it decrypts a PEM key
# (EVP_PBE_scrypt's default maxmem; `openssl pkey` says "memory limit exceeded"), so at r = 8
# its command line opens n <= 2**14 only. The key at rest keeps 2**17: stronger matters more.
OPENSSL_LOG2_N = 14
SALT_BYTES = 16
AES_KEY_BYTES = 32
AES_BLOCK_BYTES = 16

# Limits for keys we did not write ourselves (imports): well above what any tool writes by
# default, well below what would hang the machine.
# n * r * p = 2**23 is 8 times our own cost: about 1 GiB and a few seconds.
MAX_SCRYPT_WORK = 1 << 23
MAX_PBKDF_ITERATIONS = 10_000_000

OID_PBES2 = "1.2.840.113549.1.5.13"  # RFC 8018 appendix A.4
OID_SCRYPT = "1.3.6.1.4.1.11591.4.11"  # RFC 7914 section 7
OID_AES256_CBC = "2.16.840.1.101.3.4.1.42"  # RFC 8018 appendix B.2.5 (NIST aes256-CBC-PAD)

LOCKED_KEY_MESSAGE = QT_TRANSLATE_NOOP(
    "core.keystore", "The CA key is protected by a passphrase: give it with --passphrase-file FILE"
    " or $TRUSTANCHOR_PASSPHRASE (or type it when asked).")
WRONG_UNLOCK_MESSAGE = QT_TRANSLATE_NOOP(
    "core.keystore", "The passphrase does not unlock this CA key: check it and try again.")
NOT_A_KEY = QT_TRANSLATE_NOOP(
    "core.keystore", "This is not a readable private key: choose a PEM or DER private key file.")
UNSUPPORTED_KEY = QT_TRANSLATE_NOOP(
    "core.keystore",
    "This key type cannot sign for TrustAnchor: use an EC (P-256, P-384) or RSA key.")
SCRYPT_TOO_COSTLY = QT_TRANSLATE_NOOP(
    "core.keystore", "This key asks for more scrypt work than is safe to spend: re-encrypt it"
    " with normal settings (openssl pkcs8 -topk8) and import it again.")
ITERATIONS_TOO_COSTLY = QT_TRANSLATE_NOOP(
    "core.keystore", "This file asks for more than 10 million key-derivation rounds: re-export it"
    " with normal settings and import it again.")

PEM_BLOCK = re.compile(
    rb"-----BEGIN ([A-Z0-9 ]+)-----\r?\n(.*?)-----END \1-----", re.DOTALL
)


# ---------------------------------------------------------------------------------------
# DER writing: only the handful of types EncryptedPrivateKeyInfo needs (X.690 section 8).


def _der(tag: int, content: bytes) -> bytes:
    size = len(content)
    if size < 0x80:
        return bytes([tag, size]) + content
    size_bytes = size.to_bytes((size.bit_length() + 7) // 8, "big")
    return bytes([tag, 0x80 | len(size_bytes)]) + size_bytes + content


def _seq(*items: bytes) -> bytes:
    return _der(0x30, b"".join(items))


def _int(value: int) -> bytes:
    # Positive and minimal, with a leading zero byte when the top bit is set (X.690 8.3).
    return _der(0x02, value.to_bytes(value.bit_length() // 8 + 1, "big"))


def _octets(value: bytes) -> bytes:
    return _der(0x04, value)


def _oid(dotted: str) -> bytes:
    arcs = [int(part) for part in dotted.split(".")]
    body = bytearray([40 * arcs[0] + arcs[1]])
    for arc in arcs[2:]:
        chunk = [arc & 0x7F]
        arc >>= 7
        while arc:
            chunk.append(0x80 | (arc & 0x7F))
            arc >>= 7
        body.extend(reversed(chunk))
    return _der(0x06, bytes(body))


def _pem(label: str, der: bytes) -> bytes:
    text = base64.encodebytes(der).decode("ascii").replace("\n", "")
    lines = [text[i : i + 64] for i in range(0, len(text), 64)]
    return (f"-----BEGIN {label}-----\n" + "\n".join(lines) + f"\n-----END {label}-----\n").encode()


# ---------------------------------------------------------------------------------------
# DER reading: strict, definite lengths only, every failure a ValueError.


class DerReader:
    """A strict reader of definite-length DER (the subset keys and PKCS#12 files use)."""

    def __init__(self, data: bytes) -> None:
        self.data = data
        self.pos = 0

    def at_end(self) -> bool:
        return self.pos >= len(self.data)

    def read(self, tag: int) -> bytes:
        data, pos = self.data, self.pos
        if pos + 2 > len(data) or data[pos] != tag:
            raise ValueError("unexpected DER tag")
        first = data[pos + 1]
        pos += 2
        if first & 0x80:
            count = first & 0x7F
            if count == 0 or count > 4 or pos + count > len(data):
                raise ValueError("bad DER length")
            size = int.from_bytes(data[pos : pos + count], "big")
            pos += count
        else:
            size = first
        if pos + size > len(data):
            raise ValueError("DER value runs past its container")
        self.pos = pos + size
        return data[pos : pos + size]

    def element(self) -> tuple[int, bytes]:
        if self.at_end():
            raise ValueError("DER ends early")
        tag = self.data[self.pos]
        if tag & 0x1F == 0x1F:
            raise ValueError("multi-byte DER tags are not used here")
        return tag, self.read(tag)

    def children(self) -> list[tuple[int, bytes]]:
        items = []
        while not self.at_end():
            items.append(self.element())
        return items


def oid_text(body: bytes) -> str:
    """Dotted text of an OBJECT IDENTIFIER's content octets (X.690 section 8.19)."""
    if not body or body[-1] & 0x80:
        raise ValueError("malformed OID")
    arcs = [min(body[0] // 40, 2), body[0] - 40 * min(body[0] // 40, 2)]
    value = 0
    for byte in body[1:]:
        value = (value << 7) | (byte & 0x7F)
        if not byte & 0x80:
            arcs.append(value)
            value = 0
    return ".".join(str(arc) for arc in arcs)


def _int_value(body: bytes) -> int:
    if not body:
        raise ValueError("empty INTEGER")
    return int.from_bytes(body, "big", signed=True)


_TAG_INTEGER, _TAG_OCTETS, _TAG_OID, _TAG_SEQUENCE = 0x02, 0x04, 0x06, 0x30
_MAX_DEPTH = 24


def _check_sequence(items: list[tuple[int, bytes]]) -> None:
    """Refuse one SEQUENCE's key-derivation parameters if they are out of bounds."""
    tags = [tag for tag, _ in items]
    if tags[:2] == [_TAG_OID, _TAG_SEQUENCE] and oid_text(items[0][1]) == OID_SCRYPT:
        params = DerReader(items[1][1]).children()
        if [tag for tag, _ in params[:4]] != [_TAG_OCTETS] + [_TAG_INTEGER] * 3:
            raise ValueError("malformed scrypt parameters")
        n, r, p = (_int_value(body) for _, body in params[1:4])
        if n * r * p > MAX_SCRYPT_WORK:
            raise ImportFormatError(SCRYPT_TOO_COSTLY)
    # PBKDF2-params and PKCS#12 PBE params: (salt, iterations, ...); PKCS#12 MacData:
    # (DigestInfo, salt, iterations). RFC 8018 appendix A.2, RFC 7292 sections 4 and C.
    if tags[:2] == [_TAG_OCTETS, _TAG_INTEGER]:
        iterations = _int_value(items[1][1])
    elif tags == [_TAG_SEQUENCE, _TAG_OCTETS, _TAG_INTEGER]:
        iterations = _int_value(items[2][1])
    else:
        return
    if iterations > MAX_PBKDF_ITERATIONS:
        raise ImportFormatError(ITERATIONS_TOO_COSTLY)


def _walk(data: bytes, depth: int) -> None:
    if depth > _MAX_DEPTH:
        raise ValueError("DER nested too deeply")
    items = DerReader(data).children()
    _check_sequence(items)
    for tag, body in items:
        if tag & 0x20:  # constructed: SEQUENCE, SET, [n] EXPLICIT
            _walk(body, depth + 1)
        elif tag == _TAG_OCTETS and body[:1] == b"\x30":
            # PKCS#12 wraps its contents in OCTET STRINGs; ciphertext may start with 0x30 too.
            with contextlib.suppress(ValueError):
                _walk(body, depth + 1)


def check_kdf_limits(der: bytes) -> None:
    """Raise ImportFormatError if an encrypted key or PKCS#12 file asks for absurd KDF work.

    Files that are not strict DER (some tools write BER) are left to ``cryptography``.
    """
    try:
        _walk(der, 0)
    except ValueError:
        return


# ---------------------------------------------------------------------------------------
# The public API.


def encrypt_private_key(
    key: PrivateKey, passphrase: bytes, *, log2_n: int = SCRYPT_LOG2_N
) -> bytes:
    """PKCS#8 "ENCRYPTED PRIVATE KEY" PEM: PBES2, scrypt (n=2**17, r=8, p=1), AES-256-CBC.

    ``log2_n=OPENSSL_LOG2_N`` makes a copy that the OpenSSL command line can open too, for
    exports only: it costs an attacker 8 times less than the key at rest.
    """
    if not passphrase:
        raise ValueError("an empty passphrase protects nothing: store the key unencrypted")
    if not 1 <= log2_n <= SCRYPT_LOG2_N:
        raise ValueError("log2_n must be between 1 and SCRYPT_LOG2_N")
    plain = key.private_bytes(
        serialization.Encoding.DER,
        serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption(),
    )
    salt, iv = os.urandom(SALT_BYTES), os.urandom(AES_BLOCK_BYTES)
    kdf = Scrypt(salt=salt, length=AES_KEY_BYTES, n=1 << log2_n, r=SCRYPT_R, p=SCRYPT_P)
    padder = padding.PKCS7(AES_BLOCK_BYTES * 8).padder()
    encryptor = Cipher(algorithms.AES(kdf.derive(passphrase)), modes.CBC(iv)).encryptor()
    ciphertext = encryptor.update(padder.update(plain) + padder.finalize()) + encryptor.finalize()
    scrypt_params = _seq(_octets(salt), _int(1 << log2_n), _int(SCRYPT_R), _int(SCRYPT_P))
    pbes2_params = _seq(
        _seq(_oid(OID_SCRYPT), scrypt_params),
        _seq(_oid(OID_AES256_CBC), _octets(iv)),
    )
    info = _seq(_seq(_oid(OID_PBES2), pbes2_params), _octets(ciphertext))
    return _pem("ENCRYPTED PRIVATE KEY", info)


KEY_LABELS = (b"PRIVATE KEY", b"ENCRYPTED PRIVATE KEY", b"EC PRIVATE KEY", b"RSA PRIVATE KEY")


def _key_block(data: bytes) -> tuple[bytes, bytes] | None:
    """(label, whole PEM block) of the first private key in PEM text, or None for binary data."""
    for match in PEM_BLOCK.finditer(data):
        if match.group(1) in KEY_LABELS:
            return match.group(1), match.group(0)
    return None


def _encrypted_der(data: bytes) -> bytes | None:
    """The EncryptedPrivateKeyInfo DER inside PEM or DER data, or None."""
    block = _key_block(data)
    if block is None:
        der = data
    elif block[0] == b"ENCRYPTED PRIVATE KEY":
        try:
            der = _pem_body(block[1])
        except ValueError:
            return None
    else:
        return None
    try:
        outer = DerReader(der).element()
        items = DerReader(outer[1]).children() if outer[0] == _TAG_SEQUENCE else []
    except ValueError:
        return None
    # RFC 5958 section 3: SEQUENCE { AlgorithmIdentifier, OCTET STRING }; a plain
    # PrivateKeyInfo starts with its INTEGER version instead.
    if [tag for tag, _ in items] == [_TAG_SEQUENCE, _TAG_OCTETS]:
        return der
    return None


def _pem_body(block: bytes) -> bytes:
    """The DER inside one PEM block (headers such as Proc-Type are not expected here)."""
    lines = block.strip().splitlines()[1:-1]
    try:
        return base64.b64decode(b"".join(line.strip() for line in lines), validate=True)
    except binascii.Error as exc:
        raise ValueError("bad base64 in PEM") from exc


def is_encrypted(data: bytes) -> bool:
    """True when the key in ``data`` (PEM or DER) needs a passphrase."""
    block = _key_block(data)
    if block is not None and b"Proc-Type: 4,ENCRYPTED" in block[1]:
        return True  # RFC 1421-style "traditional" OpenSSL encryption
    return _encrypted_der(data) is not None


def _our_scrypt_parts(der: bytes) -> tuple[bytes, int, int, int, bytes, bytes] | None:
    """(salt, n, r, p, iv, ciphertext) when `der` is exactly what encrypt_private_key writes
    (PBES2 with scrypt and AES-256-CBC), else None."""
    try:
        info = DerReader(DerReader(der).read(_TAG_SEQUENCE))
        algorithm = DerReader(info.read(_TAG_SEQUENCE))
        ciphertext = info.read(_TAG_OCTETS)
        if oid_text(algorithm.read(_TAG_OID)) != OID_PBES2:
            return None
        params = DerReader(algorithm.read(_TAG_SEQUENCE))
        kdf = DerReader(params.read(_TAG_SEQUENCE))
        cipher = DerReader(params.read(_TAG_SEQUENCE))
        if oid_text(kdf.read(_TAG_OID)) != OID_SCRYPT:
            return None
        if oid_text(cipher.read(_TAG_OID)) != OID_AES256_CBC:
            return None
        scrypt = DerReader(kdf.read(_TAG_SEQUENCE))
        salt = scrypt.read(_TAG_OCTETS)
        n, r, p = (_int_value(scrypt.read(_TAG_INTEGER)) for _ in range(3))
        iv = cipher.read(_TAG_OCTETS)
    except ValueError:
        return None
    if not scrypt.at_end() or len(iv) != AES_BLOCK_BYTES:
        return None  # a key length or other extras: leave it to cryptography's reader
    return salt, n, r, p, iv, ciphertext


def _decrypt_our_format(der: bytes, passphrase: bytes) -> bytes | None:
    """The PKCS#8 DER inside our own scrypt format, or None for any other format.

    cryptography's key loader holds the GIL through scrypt (about 0.4 s at n = 2**17), which
    froze the wizard's window while a worker unlocked the CA; its Scrypt KDF releases it.
    """
    parts = _our_scrypt_parts(der)
    if parts is None:
        return None
    salt, n, r, p, iv, ciphertext = parts
    try:
        secret = Scrypt(salt=salt, length=AES_KEY_BYTES, n=n, r=r, p=p).derive(passphrase)
        decryptor = Cipher(algorithms.AES(secret), modes.CBC(iv)).decryptor()
        unpadder = padding.PKCS7(AES_BLOCK_BYTES * 8).unpadder()
        padded = decryptor.update(ciphertext) + decryptor.finalize()
        return unpadder.update(padded) + unpadder.finalize()
    except ValueError as exc:  # bad padding: a wrong passphrase (or damaged ciphertext)
        raise PassphraseError(WRONG_UNLOCK_MESSAGE) from exc


def decrypt_private_key(data: bytes, passphrase: bytes | None) -> PrivateKey:
    """Load a PEM or DER private key, decrypting it when it is encrypted.

    Raises PassphraseError when the passphrase is missing or wrong, ImportFormatError when
    the data is not an EC or RSA private key. A passphrase given for a plain key is ignored.
    """
    encrypted = is_encrypted(data)
    if encrypted and not passphrase:
        raise PassphraseError(LOCKED_KEY_MESSAGE)
    encrypted_der = _encrypted_der(data)
    if encrypted_der is not None:
        check_kdf_limits(encrypted_der)
    block = _key_block(data)
    password = passphrase if encrypted else None
    if encrypted_der is not None and password:
        plain = _decrypt_our_format(encrypted_der, password)
        if plain is not None:
            data, block, password = plain, None, None
    try:
        if block is not None:
            key = serialization.load_pem_private_key(block[1], password)
        else:
            key = serialization.load_der_private_key(data, password)
    except UnsupportedAlgorithm as exc:
        raise ImportFormatError(UNSUPPORTED_KEY) from exc
    except ValueError as exc:
        if encrypted:
            raise PassphraseError(WRONG_UNLOCK_MESSAGE) from exc
        raise ImportFormatError(NOT_A_KEY) from exc
    except Exception as exc:  # cryptography raises TypeError and others on odd input
        raise ImportFormatError(NOT_A_KEY) from exc
    if not isinstance(key, ec.EllipticCurvePrivateKey | rsa.RSAPrivateKey):
        raise ImportFormatError(UNSUPPORTED_KEY)
    return key
