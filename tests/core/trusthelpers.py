"""Real trust stores in temporary folders: a Debian system-store tree that update-ca-certificates
builds a bundle in, and NSS databases made by certutil. Nothing touches this machine's stores."""

from __future__ import annotations

import contextlib
import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from trustanchor.core.pki.ca import CertificateAuthority
from trustanchor.core.trust.model import Anchor

CERTUTIL = shutil.which("certutil")
UPDATE_CA = shutil.which("update-ca-certificates")
CHATTR = shutil.which("chattr")

needs_certutil = pytest.mark.skipif(
    CERTUTIL is None, reason="certutil is not installed (Debian: apt-get install libnss3-tools)")
needs_update_ca = pytest.mark.skipif(
    UPDATE_CA is None,
    reason="update-ca-certificates is not installed (Debian: apt-get install ca-certificates)")


def debian_root(tmp: Path, other: CertificateAuthority) -> Path:
    """A tree laid out like Debian's /etc and /usr/share, with one unrelated CA listed in
    ca-certificates.conf, as a real system always lists Mozilla's (update-ca-certificates
    rebuilds the bundle only when it has at least one certificate to put in it)."""
    root = tmp / "sysroot"
    for folder in ("etc/ssl/certs", "usr/share/ca-certificates/test",
                   "usr/local/share/ca-certificates", "etc/ca-certificates/update.d"):
        (root / folder).mkdir(parents=True)
    (root / "usr/share/ca-certificates/test/other.crt").write_bytes(other.cert_pem)
    (root / "etc/ca-certificates.conf").write_text("test/other.crt\n")
    return root


def make_nss_db(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    assert CERTUTIL is not None
    subprocess.run([CERTUTIL, "-N", "--empty-password", "-d", f"sql:{folder}"], check=True,
                   capture_output=True, timeout=30)
    return folder


def nss_nicknames(folder: Path) -> str:
    assert CERTUTIL is not None
    return subprocess.run([CERTUTIL, "-L", "-d", f"sql:{folder}"], check=True,
                          capture_output=True, text=True, timeout=30).stdout


def tree_snapshot(root: Path) -> dict[str, bytes]:
    """Every file (and symlink target) under ``root``: to show a failure changed nothing."""
    snap = {}
    for path in sorted(root.rglob("*")):
        key = str(path.relative_to(root))
        if path.is_symlink():
            snap[key] = str(path.readlink()).encode()
        elif path.is_file():
            snap[key] = path.read_bytes()
    return snap


@contextlib.contextmanager
def immutable(*paths: Path) -> Iterator[None]:
    """chattr +i: read-only even for root (the tests run as root here, which ignores modes)."""
    if CHATTR is None:
        pytest.skip("chattr is not installed (e2fsprogs)")
    done = []
    try:
        for path in paths:
            result = subprocess.run([CHATTR, "+i", str(path)], capture_output=True, timeout=10)
            if result.returncode != 0:
                pytest.skip(f"this file system has no immutable flag ({result.stderr!r})")
            done.append(path)
        yield
    finally:
        for path in reversed(done):
            subprocess.run([CHATTR, "-i", str(path)], capture_output=True, timeout=10)


def anchor_of(ca: CertificateAuthority) -> Anchor:
    return Anchor.from_certificate(ca.certificate)
