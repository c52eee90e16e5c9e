"""What an imported root must pass, and what the person is told about it, beyond parsing.

A root from outside is refused when it is not usable as a trust anchor today (serial, issuer,
self-signature, validity dates) or when its subject holds characters that would reach a terminal,
a log or a property list as control codes. What is usable but worth knowing (a SHA-1
self-signature, a key file other users could read) becomes a note the front end shows.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from cryptography import x509
from cryptography.exceptions import UnsupportedAlgorithm

from trustanchor.core.clock import utc_now
from trustanchor.core.errors import ImportFormatError
from trustanchor.core.pki import reader, rules
from trustanchor.core.text import QT_TRANSLATE_NOOP

_WEAK_SELF_SIGNATURES = ("sha1", "md5")


def check_root(cert: x509.Certificate, name: str, notes: list[str]) -> None:
    """ImportFormatError unless `cert` (from file `name`) can serve as the CA's root today."""
    if cert.serial_number <= 0:
        raise ImportFormatError(
            QT_TRANSLATE_NOOP("core.vetting", "{name} has a serial number below 1, which RFC 5280"
                " (4.1.2.2) forbids and newer software rejects: create a new CA instead.").format(
                name=name)
        )
    check_subject_text(cert)
    if cert.issuer != cert.subject:
        raise ImportFormatError(
            QT_TRANSLATE_NOOP("core.vetting", "{name} is an intermediate CA, not a root: choose"
                " the root CA (the self-signed one).").format(name=name)
        )
    _check_self_signature(cert, name, notes)
    now = utc_now()
    if cert.not_valid_after_utc <= now:
        raise ImportFormatError(
            QT_TRANSLATE_NOOP("core.vetting", "The CA in {name} expired on"
                " {day:%Y-%m-%d}: create a new CA instead.").format(
                name=name, day=cert.not_valid_after_utc)
        )
    if cert.not_valid_before_utc > now:
        raise ImportFormatError(
            QT_TRANSLATE_NOOP("core.vetting", "The CA in {name} only becomes valid on"
                " {day:%Y-%m-%d %H:%M} UTC, and nothing it signs would be trusted"
                " before then: check this computer's date, or import it from that day on.").format(
                name=name, day=cert.not_valid_before_utc)
        )


def check_subject_text(cert: x509.Certificate) -> None:
    """ImportFormatError naming the first control or format character in the subject."""
    found = reader.unsafe_subject_character(cert) or _unsafe_constraint(cert)
    if found is not None:
        what, code = found
        raise ImportFormatError(
            QT_TRANSLATE_NOOP("core.vetting", "The CA's {what} contains a control character"
                " ({code}); TrustAnchor will not import it: such characters can rewrite what a"
                " terminal or a phone shows.").format(what=what, code=code)
        )


def _unsafe_constraint(cert: x509.Certificate) -> tuple[str, str] | None:
    """("name constraint", "U+XXXX") for a permitted subtree `ca show` would print raw."""
    constraints = reader.name_constraints(cert)
    for entry in (constraints.permitted_subtrees or []) if constraints is not None else []:
        code = reader.unsafe_character(str(entry.value))
        if code is not None:
            return "name constraint", code
    return None


def _check_self_signature(cert: x509.Certificate, name: str, notes: list[str]) -> None:
    # By hand (rules.signed_by), since verify_directly_issued_by refuses SHA-1 outright. A trust
    # anchor's own signature is not checked by iOS (trustd, SecPolicyServer.c skips the hash of
    # a self-signed root, as core/pki/rule_table.py cites), so a SHA-1 root is usable: every
    # certificate TrustAnchor signs with it uses SHA-256, which the leaf rules demand.
    verified = rules.signed_by(cert, cert)
    if verified is None:
        raise ImportFormatError(
            QT_TRANSLATE_NOOP("core.vetting", "The self-signature of {name} uses an algorithm"
                " TrustAnchor cannot check: export the CA certificate again, or create a new"
                " CA.").format(
                name=name)
        )
    if not verified:
        raise ImportFormatError(
            QT_TRANSLATE_NOOP("core.vetting", "The self-signature of {name} does not verify (the"
                " file is damaged or altered): export the CA certificate again.").format(name=name)
        )
    try:
        hash_name = getattr(cert.signature_hash_algorithm, "name", None)
    except UnsupportedAlgorithm:
        hash_name = None
    if hash_name in _WEAK_SELF_SIGNATURES:
        notes.append(
            f"The CA signs itself with {hash_name.upper()}. iPhones ignore a root's own "
            "signature, and the certificates TrustAnchor issues with it use SHA-256, so it "
            "works; consider a new CA when convenient."
        )


def key_file_note(path: Path) -> str | None:
    """A note when the file that held the CA key is readable by other users (POSIX modes)."""
    if os.name == "nt":
        return None  # modes mean little there; the profile folder's ACL protects the file
    try:
        mode = stat.S_IMODE(path.stat().st_mode)
    except OSError:
        return None
    if not mode & 0o077:
        return None
    return (
        f"{path} can be read by other users of this computer (mode {mode:04o}): anyone who "
        "read it could sign certificates your devices trust. The imported copy is kept 0600; "
        f"remove the original or run `chmod 600 {path}`, and consider a new CA if others "
        "share this computer."
    )
