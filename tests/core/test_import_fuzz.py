"""Fuzzing the importer: thousands of damaged files, nothing but clear errors or a genuine CA.

Mutants of a PEM bundle (EC and RSA), a DER certificate, a PKCS#8 key (plain DER,
PBKDF2-encrypted PEM, scrypt-encrypted PEM), a PKCS#12 file and a foreign (server) bundle.
Mutations are bit flips, byte changes, truncation, deletions, insertions, duplicated slices,
and for PEM also changes to the DER inside a block. Each mutant either raises
ImportFormatError / PassphraseError, or yields a CA that really is one (CA:TRUE, a valid
self-signature, a key that signs what the certificate's public key verifies) and is in fact
the original CA. The mutations use a fixed seed; the CAs are made fresh each run (no keys in
the repository), so a failing mutant is saved next to the test's files.
"""

from __future__ import annotations

import base64
import dataclasses
import random
import re
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, padding, rsa
from cryptography.hazmat.primitives.serialization import pkcs12

from trustanchor.core.defaults import KeyType
from trustanchor.core.errors import ImportFormatError, PassphraseError
from trustanchor.core.pki.ca import CertificateAuthority
from trustanchor.core.pki.importer import import_ca
from trustanchor.core.pki.keystore import encrypt_private_key

SEED = 20_241_128
ROUNDS = 800  # per target (a quarter of that for the RSA one): 5,800 mutants
MIN_MUTANTS = 3_000  # what must have run before the time budget ends
TIME_BUDGET_SECONDS = 25.0
PASSWORD = b"fuzz password"
PEM_BLOCK = re.compile(rb"(-----BEGIN [A-Z0-9 ]+-----\n)(.*?)(-----END [A-Z0-9 ]+-----)", re.S)

Mutator = Callable[[random.Random, bytes], bytes]


def _flip_bits(rng: random.Random, data: bytes) -> bytes:
    out = bytearray(data)
    for _ in range(rng.randint(1, 4)):
        at = rng.randrange(len(out))
        out[at] ^= 1 << rng.randrange(8)
    return bytes(out)


def _set_byte(rng: random.Random, data: bytes) -> bytes:
    out = bytearray(data)
    interesting = [0x00, 0x30, 0x80, 0x81, 0x82, 0xFF, rng.randrange(256)]
    out[rng.randrange(len(out))] = rng.choice(interesting)
    return bytes(out)


def _truncate(rng: random.Random, data: bytes) -> bytes:
    return data[: rng.randrange(len(data))]


def _delete(rng: random.Random, data: bytes) -> bytes:
    at = rng.randrange(len(data))
    return data[:at] + data[at + rng.randint(1, 16) :]


def _insert(rng: random.Random, data: bytes) -> bytes:
    at = rng.randrange(len(data) + 1)
    return data[:at] + rng.randbytes(rng.randint(1, 8)) + data[at:]


def _duplicate(rng: random.Random, data: bytes) -> bytes:
    start = rng.randrange(len(data))
    piece = data[start : start + rng.randint(1, 64)]
    at = rng.randrange(len(data) + 1)
    return data[:at] + piece + data[at:]


BYTE_MUTATORS: tuple[Mutator, ...] = (_flip_bits, _set_byte, _truncate, _delete, _insert,
                                      _duplicate)


def _mutate_pem_der(rng: random.Random, data: bytes) -> bytes:
    """Damage the DER inside one PEM block and re-encode it, so the base64 stays valid."""
    blocks = list(PEM_BLOCK.finditer(data))
    block = rng.choice(blocks)
    der = base64.b64decode(b"".join(block.group(2).split()))
    damaged = rng.choice(BYTE_MUTATORS)(rng, der) if der else der
    body = base64.encodebytes(damaged)
    return data[: block.start(2)] + body + data[block.end(2) :]


def _mutate(rng: random.Random, data: bytes) -> bytes:
    if data.startswith(b"-----BEGIN") and rng.random() < 0.6:
        return _mutate_pem_der(rng, data)
    return rng.choice(BYTE_MUTATORS)(rng, data)


@dataclass(frozen=True)
class Target:
    """One fuzzed file (``victim``) with an optional intact companion file."""

    name: str
    victim: str
    files: dict[str, bytes]
    key_file: str | None = None
    password: bytes | None = None
    every: int = 1  # mutate in every n-th round only (RSA key checks cost ~13 ms a load)
    expected: x509.Certificate | None = None  # the only CA a mutant may turn out to be


def _pem_key(key: ec.EllipticCurvePrivateKey | rsa.RSAPrivateKey,
             encryption: serialization.KeySerializationEncryption) -> bytes:
    return key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                             encryption)


@pytest.fixture(scope="module")
def targets() -> list[Target]:
    ec_ca = CertificateAuthority.create("Fuzz EC CA")
    rsa_ca = CertificateAuthority.create("Fuzz RSA CA", key_type=KeyType.RSA_2048)
    leaf = ec_ca.issue_server_cert("nas.local")
    plain = serialization.NoEncryption()
    pbkdf2 = serialization.BestAvailableEncryption(PASSWORD)
    p12_encryption = (
        serialization.PrivateFormat.PKCS12.encryption_builder()
        .kdf_rounds(1_000)  # low on purpose: thousands of loads must stay fast
        .key_cert_algorithm(pkcs12.PBES.PBESv2SHA256AndAES256CBC)
        .hmac_hash(hashes.SHA256())
        .build(PASSWORD)
    )
    p12 = pkcs12.serialize_key_and_certificates(b"fuzz", ec_ca.private_key, ec_ca.certificate,
                                                None, p12_encryption)
    key_der = ec_ca.private_key.private_bytes(
        serialization.Encoding.DER, serialization.PrivateFormat.PKCS8, plain
    )
    targets = [
        Target("pem-bundle-ec", "ca.pem", {"ca.pem": ec_ca.cert_pem + _pem_key(ec_ca.private_key,
                                                                              plain)}),
        Target("pem-bundle-rsa", "ca.pem",
               {"ca.pem": _pem_key(rsa_ca.private_key, plain) + rsa_ca.cert_pem}, every=4),
        Target("der-cert", "ca.der", {"ca.der": ec_ca.cert_der,
                                      "ca.key": _pem_key(ec_ca.private_key, plain)}, "ca.key"),
        Target("pkcs8-der-key", "ca.key", {"ca.crt": ec_ca.cert_pem, "ca.key": key_der},
               "ca.key"),
        Target("pkcs8-pbkdf2", "ca.key", {"ca.crt": ec_ca.cert_pem,
                                          "ca.key": _pem_key(ec_ca.private_key, pbkdf2)},
               "ca.key", PASSWORD),
        Target("pkcs8-scrypt", "ca.key",
               {"ca.crt": ec_ca.cert_pem,
                "ca.key": encrypt_private_key(ec_ca.private_key, PASSWORD, log2_n=10)},
               "ca.key", PASSWORD),
        Target("pkcs12", "ca.p12", {"ca.p12": p12}, None, PASSWORD),
        Target("foreign-leaf", "nas.pem", {"nas.pem": leaf.cert_pem() + leaf.key_pem()}),
    ]
    expected = {"pem-bundle-rsa": rsa_ca.certificate, "foreign-leaf": None}
    return [dataclasses.replace(t, expected=expected.get(t.name, ec_ca.certificate))
            for t in targets]


def _assert_genuine(ca: CertificateAuthority) -> None:
    constraints = ca.certificate.extensions.get_extension_for_class(x509.BasicConstraints)
    assert constraints.value.ca
    ca.certificate.verify_directly_issued_by(ca.certificate)
    public = ca.certificate.public_key()
    probe = b"does this key belong to this certificate?"
    if isinstance(ca.private_key, ec.EllipticCurvePrivateKey):
        assert isinstance(public, ec.EllipticCurvePublicKey)
        signature = ca.private_key.sign(probe, ec.ECDSA(hashes.SHA256()))
        public.verify(signature, probe, ec.ECDSA(hashes.SHA256()))
    else:
        assert isinstance(public, rsa.RSAPublicKey)
        signature = ca.private_key.sign(probe, padding.PKCS1v15(), hashes.SHA256())
        public.verify(signature, probe, padding.PKCS1v15(), hashes.SHA256())


def _prepare(target: Target, root: Path) -> Path:
    """A folder of its own per target, with the intact companion files written once."""
    folder = root / target.name
    folder.mkdir(exist_ok=True)
    for name, data in target.files.items():
        (folder / name).write_bytes(data)
    return folder


def _try(target: Target, folder: Path, mutant: bytes) -> str:
    (folder / target.victim).write_bytes(mutant)
    main = next(name for name in target.files if name != target.key_file)
    key_path = folder / target.key_file if target.key_file else None
    try:
        ca = import_ca(folder / main, key_path, passphrase=target.password)
    except (ImportFormatError, PassphraseError) as err:
        text = str(err)
        assert text and "\n" not in text and "Traceback" not in text
        return type(err).__name__
    _assert_genuine(ca)
    # Not just some CA: a mutant that loads is the original CA (the damage was a no-op, or in
    # bytes no parser reads, such as the text around a PEM block).
    assert ca.certificate == target.expected
    return "accepted"


@pytest.mark.slow
def test_import_fuzz(tmp_path: Path, targets: list[Target]) -> None:
    folders = {target.name: _prepare(target, tmp_path) for target in targets}
    for target in targets:  # every seed file itself is handled as expected
        outcome = _try(target, folders[target.name], target.files[target.victim])
        assert outcome == ("ImportFormatError" if target.name == "foreign-leaf" else "accepted")
    rng = random.Random(SEED)
    outcomes: Counter[tuple[str, str]] = Counter()
    deadline = time.monotonic() + TIME_BUDGET_SECONDS
    for round_number in range(ROUNDS):
        if time.monotonic() > deadline:
            break
        for target in targets:
            if round_number % target.every:
                continue
            mutant = _mutate(rng, target.files[target.victim])
            try:
                outcome = _try(target, folders[target.name], mutant)
            except Exception as exc:  # keep the mutant: the seed files are fresh every run
                kept = tmp_path / f"failing-{target.name}-{round_number}"
                kept.write_bytes(mutant)
                raise AssertionError(
                    f"{target.name} mutant {round_number} ({kept}): {type(exc).__name__}: {exc}"
                ) from exc
            outcomes[(target.name, outcome)] += 1
    total = sum(outcomes.values())
    print(f"import fuzz: {total} mutants, {dict(sorted(outcomes.items()))}")
    assert total >= MIN_MUTANTS, f"only {total} mutants ran within the time budget"
    rejected = sum(n for (_, outcome), n in outcomes.items() if outcome != "accepted")
    assert rejected > total // 2  # the mutations really damage the files
    assert outcomes[("foreign-leaf", "accepted")] == 0
