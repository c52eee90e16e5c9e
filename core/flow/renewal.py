"""Renewing server certificates: which ones are due, and re-issuing one into its own folder.

A server certificate lasts 397 days (core/defaults.py), so a returning person mostly comes back
to renew. The CA home's record (`issued.json`) lists every certificate issued, renewals
included; the current certificate of a server is the newest record for its .crt file. Renewing
re-issues the same names into the same folder: the old files move first into
`<folder>/archive/<UTC time>/` (never deleted), and come back if issuing fails, so a server is
never left without its files. Both front ends call this: the wizard's Renew and
`trustanchor renew` (core/cli/renew.py).
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from trustanchor.core.clock import utc_now
from trustanchor.core.defaults import SERVER_CERT_DAYS
from trustanchor.core.errors import OutputFileError
from trustanchor.core.flow import operations
from trustanchor.core.flow.state import RecordedCert
from trustanchor.core.text import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from trustanchor.core.pki.ca import CertificateAuthority
    from trustanchor.core.store.home import CAHome
    from trustanchor.core.store.issued import IssuedRecord

log = logging.getLogger(__name__)

# Renew a month early: time to notice and to put the files on the server, while wasting
# little of the lifetime.
RENEW_WITHIN_DAYS = 30
ARCHIVE_DIR_NAME = "archive"
# What `write_server_files` writes next to <stem>.crt (core/store/outputs.py).
SERVER_FILE_SUFFIXES = (".crt", ".key", ".fullchain.pem", ".p12")


@dataclass(frozen=True)
class Renewal:
    """A renewed certificate: its files, where the old ones went, the new end date."""

    names: tuple[str, ...]
    files: tuple[Path, ...]
    archived: Path | None
    not_after: dt.datetime
    result: operations.IssueResult


def current_certificates(records: Iterable[IssuedRecord]) -> tuple[RecordedCert, ...]:
    """The newest record per .crt file (per name list when no file was recorded), oldest
    end date first: what the person has now, not every certificate ever issued."""
    newest: dict[str, RecordedCert] = {}
    for record in records:
        key = record.path if record.path else "\0".join(record.names)
        newest.pop(key, None)  # a later record replaces the earlier one and moves to the end
        newest[key] = RecordedCert(record.names, record.not_after, record.path)
    return tuple(newest.values())


def recorded_certificates(home: CAHome) -> tuple[RecordedCert, ...]:
    """`current_certificates` of the home's record, in the order they were issued."""
    return current_certificates(home.issued())


def days_left(cert: RecordedCert, now: dt.datetime | None = None) -> int:
    """Whole days until `cert` expires (negative once it has)."""
    return (cert.not_after - (now or utc_now())) // dt.timedelta(days=1)


def is_due(cert: RecordedCert, within_days: int = RENEW_WITHIN_DAYS,
           now: dt.datetime | None = None) -> bool:
    """Expires within `within_days` days, or already did."""
    return cert.not_after - (now or utc_now()) <= dt.timedelta(days=within_days)


def select(certs: Sequence[RecordedCert], names: Sequence[str] = (), *,
           within_days: int = RENEW_WITHIN_DAYS, force: bool = False,
           now: dt.datetime | None = None) -> list[RecordedCert]:
    """The certificates to renew: those naming any of `names` (all when none given) that are
    due, or all of them with `force`."""
    wanted = {name.strip().lower().rstrip(".") for name in names if name.strip()}
    chosen = []
    for cert in certs:
        if wanted and not wanted.intersection(n.lower().rstrip(".") for n in cert.names):
            continue
        if force or is_due(cert, within_days, now):
            chosen.append(cert)
    return chosen


def archive_server_files(crt_path: Path, now: dt.datetime | None = None) -> Path | None:
    """Move `crt_path` and its sibling files into `<folder>/archive/<UTC time>/`; the archive
    folder is private (it holds a key). None when there was nothing to move."""
    from trustanchor.core.store.files import ensure_private_dir, replace_path

    stem = crt_path.name.removesuffix(".crt")
    present = [crt_path.with_name(stem + suffix) for suffix in SERVER_FILE_SUFFIXES]
    present = [path for path in present if path.exists()]
    if not present:
        return None
    stamp = (now or utc_now()).strftime("%Y%m%dT%H%M%SZ")
    target = crt_path.parent / ARCHIVE_DIR_NAME / stamp
    suffix = 1
    while target.exists():
        suffix += 1
        target = crt_path.parent / ARCHIVE_DIR_NAME / f"{stamp}-{suffix}"
    ensure_private_dir(target)
    for path in present:
        replace_path(path, target / path.name)
    return target


def _restore(archived: Path, folder: Path) -> None:
    from trustanchor.core.store.files import replace_path

    for path in archived.iterdir():
        if not (folder / path.name).exists():
            replace_path(path, folder / path.name)


def reissue(home: CAHome, ca: CertificateAuthority, crt_path: Path, names: tuple[str, ...], *,
            days: int = SERVER_CERT_DAYS, p12: bool | None = None) -> Renewal:
    """Archive the files of `crt_path`, then issue `names` into the same folder.

    `p12` None: a .p12 is made again when the old one had one (with a new generated
    password). If issuing fails, the old files are moved back and the error is raised.
    """
    folder = crt_path.parent
    if p12 is None:
        p12 = crt_path.with_name(crt_path.name.removesuffix(".crt") + ".p12").exists()
    archived = archive_server_files(crt_path)
    try:
        result = operations.issue_certificate(home, ca, names, folder, days=days, p12=p12)
    except BaseException:
        if archived is not None:
            _restore(archived, folder)
        raise
    if archived is not None:
        log.info("renewed %s; the old files are in %s", ", ".join(names), archived)
    return Renewal(names, result.files, archived, result.certificate.not_after, result)


def renew(home: CAHome, ca: CertificateAuthority, cert: RecordedCert, *,
          days: int = SERVER_CERT_DAYS) -> Renewal:
    """Re-issue `cert`'s names into its folder (its old files archived first)."""
    if not cert.path:
        raise OutputFileError(
            QT_TRANSLATE_NOOP("core.renewal", "the record for {names} does not say where its files"
                " are; issue it again with `trustanchor issue`").format(
                names=', '.join(cert.names)), "")
    return reissue(home, ca, Path(cert.path), cert.names, days=days)
