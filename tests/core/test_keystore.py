"""The CA key at rest: scrypt-strength PKCS#8, readable by cryptography and by the openssl CLI."""

from __future__ import annotations

import base64
import random
import re
import shutil
import subprocess
import threading
import time
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import ec, ed25519, rsa

from trustanchor.core.errors import ImportFormatError, PassphraseError
from trustanchor.core.pki import keystore
from trustanchor.core.pki.keystore import decrypt_private_key, encrypt_private_key, is_encrypted

PASSPHRASE = b"correct horse battery staple"
OPENSSL = shutil.which("openssl")
needs_openssl = pytest.mark.skipif(OPENSSL is None, reason="the openssl command is not installed")


def _public_der(key: keystore.PrivateKey) -> bytes:
    return key.public_key().public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    )


@pytest.fixture(scope="module")
def ec_key() -> ec.EllipticCurvePrivateKey:
    return ec.generate_private_key(ec.SECP256R1())


@pytest.fixture(scope="module")
def stored(ec_key: ec.EllipticCurvePrivateKey) -> bytes:
    """The key as it is kept at rest: full-strength scrypt (made once, it takes ~0.7 s)."""
    return encrypt_private_key(ec_key, PASSPHRASE)


def _openssl(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    assert OPENSSL is not None
    return subprocess.run([OPENSSL, *args], input=stdin, capture_output=True, timeout=60)


def test_stored_key_is_standard_encrypted_pkcs8(stored: bytes) -> None:
    assert stored.startswith(b"-----BEGIN ENCRYPTED PRIVATE KEY-----\n")
    assert stored.rstrip().endswith(b"-----END ENCRYPTED PRIVATE KEY-----")
    assert is_encrypted(stored)


@needs_openssl
def test_openssl_parses_the_parameters_we_promise(stored: bytes) -> None:
    """An independent DER parser sees PBES2 + scrypt n=2^17 r=8 p=1 + AES-256-CBC."""
    dump = _openssl("asn1parse", stdin=stored).stdout.decode()
    assert ":PBES2" in dump
    assert ":scrypt" in dump
    assert ":aes-256-cbc" in dump
    integers = re.findall(r"prim: INTEGER\s+:([0-9A-F]+)", dump)
    assert [int(x, 16) for x in integers] == [2**17, 8, 1]
    salt = re.search(r"OCTET STRING\s+\[HEX DUMP\]:([0-9A-F]+)", dump)
    assert salt is not None and len(salt.group(1)) == 32  # 16 random bytes


def test_round_trip_and_unlock_cost(stored: bytes, ec_key: ec.EllipticCurvePrivateKey) -> None:
    started = time.perf_counter()
    loaded = decrypt_private_key(stored, PASSPHRASE)
    elapsed = time.perf_counter() - started
    assert _public_der(loaded) == _public_der(ec_key)
    assert loaded.private_numbers() == ec_key.private_numbers()  # type: ignore[union-attr]
    # Every guess costs an attacker the same scrypt run: well above a cheap PBKDF2 check.
    assert 0.05 < elapsed < 20


def test_cryptography_reads_it_directly(stored: bytes, ec_key: ec.EllipticCurvePrivateKey) -> None:
    loaded = serialization.load_pem_private_key(stored, PASSPHRASE)
    assert isinstance(loaded, ec.EllipticCurvePrivateKey)
    assert _public_der(loaded) == _public_der(ec_key)


def test_each_encryption_uses_fresh_salt_and_iv(ec_key: ec.EllipticCurvePrivateKey) -> None:
    first = encrypt_private_key(ec_key, PASSPHRASE, log2_n=10)
    second = encrypt_private_key(ec_key, PASSPHRASE, log2_n=10)
    assert first != second


def test_wrong_passphrase_is_one_clear_error(stored: bytes) -> None:
    with pytest.raises(PassphraseError) as caught:
        decrypt_private_key(stored, b"not the passphrase")
    assert str(caught.value) == keystore.WRONG_UNLOCK_MESSAGE
    assert "\n" not in str(caught.value)


@pytest.mark.parametrize("missing", [None, b""])
def test_missing_passphrase_says_how_to_give_it(stored: bytes, missing: bytes | None) -> None:
    with pytest.raises(PassphraseError, match="--passphrase-file") as caught:
        decrypt_private_key(stored, missing)
    assert "TRUSTANCHOR_PASSPHRASE" in str(caught.value)


@pytest.mark.parametrize(
    "key",
    [
        pytest.param(ec.generate_private_key(ec.SECP384R1()), id="p384"),
        pytest.param(rsa.generate_private_key(65537, 2048), id="rsa2048"),
    ],
)
def test_other_key_types_round_trip(key: keystore.PrivateKey) -> None:
    data = encrypt_private_key(key, PASSPHRASE, log2_n=12)
    assert _public_der(decrypt_private_key(data, PASSPHRASE)) == _public_der(key)


def test_empty_passphrase_is_refused(ec_key: ec.EllipticCurvePrivateKey) -> None:
    with pytest.raises(ValueError):
        encrypt_private_key(ec_key, b"")


@needs_openssl
def test_openssl_cli_opens_an_export_strength_copy(
    tmp_path: Path, ec_key: ec.EllipticCurvePrivateKey
) -> None:
    path = tmp_path / "ca.key"
    path.write_bytes(encrypt_private_key(ec_key, PASSPHRASE, log2_n=keystore.OPENSSL_LOG2_N))
    good = _openssl("pkey", "-in", str(path), "-passin", f"pass:{PASSPHRASE.decode()}",
                    "-pubout", "-outform", "DER")
    assert good.returncode == 0, good.stderr.decode()
    assert good.stdout == _public_der(ec_key)
    wrong = _openssl("pkey", "-in", str(path), "-passin", "pass:wrong", "-noout")
    assert wrong.returncode != 0


@needs_openssl
def test_openssl_cli_on_the_full_strength_key(tmp_path: Path, stored: bytes,
                                              ec_key: ec.EllipticCurvePrivateKey) -> None:
    """OpenSSL caps scrypt at 32 MiB: it refuses n=2^17 r=8 (128 MiB) for that reason alone."""
    path = tmp_path / "ca.key"
    path.write_bytes(stored)
    result = _openssl("pkey", "-in", str(path), "-passin", f"pass:{PASSPHRASE.decode()}",
                      "-pubout", "-outform", "DER")
    if result.returncode == 0:  # a future OpenSSL without the cap
        assert result.stdout == _public_der(ec_key)
    else:
        assert b"memory limit exceeded" in result.stderr


@needs_openssl
def test_we_read_a_key_openssl_encrypted_with_scrypt(tmp_path: Path) -> None:
    plain, encrypted = tmp_path / "plain.pem", tmp_path / "enc.pem"
    assert _openssl("genpkey", "-algorithm", "EC", "-pkeyopt", "ec_paramgen_curve:P-256",
                    "-out", str(plain)).returncode == 0
    made = _openssl("pkcs8", "-topk8", "-scrypt", "-scrypt_N", "16384", "-scrypt_r", "8",
                    "-scrypt_p", "1", "-v2", "aes-256-cbc", "-in", str(plain),
                    "-out", str(encrypted), "-passout", "pass:openssl-made")
    assert made.returncode == 0, made.stderr.decode()
    data = encrypted.read_bytes()
    assert is_encrypted(data)
    key = decrypt_private_key(data, b"openssl-made")
    reference = serialization.load_pem_private_key(plain.read_bytes(), None)
    assert isinstance(reference, ec.EllipticCurvePrivateKey)
    assert _public_der(key) == _public_der(reference)


def _formats(key: keystore.PrivateKey) -> dict[str, tuple[bytes, bytes | None]]:
    enc = serialization.Encoding
    fmt = serialization.PrivateFormat
    none = serialization.NoEncryption()
    weak = serialization.BestAvailableEncryption(b"pw")
    return {
        "pkcs8-pem": (key.private_bytes(enc.PEM, fmt.PKCS8, none), None),
        "pkcs8-der": (key.private_bytes(enc.DER, fmt.PKCS8, none), None),
        "traditional-pem": (key.private_bytes(enc.PEM, fmt.TraditionalOpenSSL, none), None),
        "traditional-der": (key.private_bytes(enc.DER, fmt.TraditionalOpenSSL, none), None),
        "pkcs8-pbkdf2-pem": (key.private_bytes(enc.PEM, fmt.PKCS8, weak), b"pw"),
        "pkcs8-pbkdf2-der": (key.private_bytes(enc.DER, fmt.PKCS8, weak), b"pw"),
        "traditional-encrypted": (key.private_bytes(enc.PEM, fmt.TraditionalOpenSSL, weak), b"pw"),
    }


def test_reads_the_formats_other_tools_write(ec_key: ec.EllipticCurvePrivateKey) -> None:
    for name, (data, passphrase) in _formats(ec_key).items():
        assert is_encrypted(data) is (passphrase is not None), name
        assert _public_der(decrypt_private_key(data, passphrase)) == _public_der(ec_key), name
        if passphrase is not None:
            with pytest.raises(PassphraseError):
                decrypt_private_key(data, None)
            with pytest.raises(PassphraseError):
                decrypt_private_key(data, b"wrong")


def test_passphrase_for_a_plain_key_is_ignored(ec_key: ec.EllipticCurvePrivateKey) -> None:
    data, _ = _formats(ec_key)["pkcs8-pem"]
    assert _public_der(decrypt_private_key(data, b"unneeded")) == _public_der(ec_key)


def test_key_after_a_certificate_in_one_pem_file(ec_key: ec.EllipticCurvePrivateKey) -> None:
    junk_block = b"-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n"
    data, _ = _formats(ec_key)["pkcs8-pem"]
    assert _public_der(decrypt_private_key(junk_block + data, None)) == _public_der(ec_key)


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"garbage",
        random.Random(7).randbytes(300),
        b"-----BEGIN PRIVATE KEY-----\n!!\n-----END PRIVATE KEY-----\n",
        b"\x30\x03\x02\x01\x00",
    ],
    ids=["empty", "text", "random", "bad-base64", "tiny-der"],
)
def test_non_keys_are_a_format_error(data: bytes) -> None:
    with pytest.raises(ImportFormatError):
        decrypt_private_key(data, None)
    with pytest.raises((ImportFormatError, PassphraseError)):
        decrypt_private_key(data, b"pw")


def test_unsupported_key_type_says_which_work() -> None:
    key = ed25519.Ed25519PrivateKey.generate()
    data = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                             serialization.NoEncryption())
    with pytest.raises(ImportFormatError, match=r"EC .* or RSA"):
        decrypt_private_key(data, None)


def test_absurd_scrypt_cost_is_refused_before_any_work(
    ec_key: ec.EllipticCurvePrivateKey,
) -> None:
    data = encrypt_private_key(ec_key, PASSPHRASE, log2_n=14)
    body = b"".join(data.splitlines()[1:-1])
    raw = bytearray(base64.b64decode(body))
    marker = bytes.fromhex("020240000201080201" "01")  # n = 2^14, r = 8, p = 1
    at = raw.find(marker)
    assert at > 0
    raw[at + len(marker) - 1] = 0x7F  # p = 127: n*r*p = 2^24 > the cap
    started = time.perf_counter()
    with pytest.raises(ImportFormatError, match="scrypt"):
        decrypt_private_key(bytes(raw), PASSPHRASE)
    assert time.perf_counter() - started < 1.0


def test_absurd_pbkdf2_rounds_are_refused_before_any_work() -> None:
    params = keystore._seq(
        keystore._seq(keystore._oid("1.2.840.113549.1.5.12"),
                      keystore._seq(keystore._octets(b"s" * 16), keystore._int(2**31 - 1))),
        keystore._seq(keystore._oid(keystore.OID_AES256_CBC), keystore._octets(b"i" * 16)),
    )
    der = keystore._seq(keystore._seq(keystore._oid(keystore.OID_PBES2), params),
                        keystore._octets(b"c" * 48))
    assert is_encrypted(der)
    started = time.perf_counter()
    with pytest.raises(ImportFormatError, match="rounds"):
        decrypt_private_key(der, PASSPHRASE)
    assert time.perf_counter() - started < 1.0


def test_unlocking_lets_other_threads_run() -> None:
    """Scrypt at n = 2**17 takes about 0.4 s; cryptography's key loader held the GIL through
    it, so a worker unlocking the CA froze the wizard's window for that long. Unlocking our
    own format must leave other threads running (the longest pause well under the unlock)."""
    key = ec.generate_private_key(ec.SECP256R1())
    pem = encrypt_private_key(key, b"correct horse battery")
    gaps: list[float] = []
    done = threading.Event()

    def tick() -> None:
        last = time.perf_counter()
        while not done.is_set():
            time.sleep(0.002)
            now = time.perf_counter()
            gaps.append(now - last)
            last = now

    ticker = threading.Thread(target=tick)
    ticker.start()
    try:
        started = time.perf_counter()
        loaded = decrypt_private_key(pem, b"correct horse battery")
        unlock = time.perf_counter() - started
    finally:
        done.set()
        ticker.join(timeout=5)
    assert loaded.private_numbers() == key.private_numbers()
    assert max(gaps) < unlock / 2, f"another thread waited {max(gaps):.3f} s of {unlock:.3f} s"
