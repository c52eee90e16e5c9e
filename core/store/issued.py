"""The record of issued certificates (<home>/issued.json): its entries, read defensively.

The file is ours, but people edit, truncate and restore files: whatever it holds is parsed
within bounds (size, nesting, shape), and anything unexpected makes the whole record "damaged"
for the CA home to set aside rather than trust.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from trustanchor.core.logs import get_logger
from trustanchor.core.pki.inputs import InputFileError, read_limited
from trustanchor.core.text import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from trustanchor.core.pki.leaf import ServerCertificate

log = get_logger(__name__)

# About 80,000 records; a larger file is not one TrustAnchor wrote.
MAX_ISSUED_BYTES = 16 << 20


class IssuedRecord(NamedTuple):
    """One server certificate the CA issued, as remembered for renewals."""

    names: tuple[str, ...]
    serial: str  # upper-case hex, as `openssl x509 -serial` prints it
    not_after: dt.datetime
    path: str | None


def read_entries(path: Path) -> list[Any] | None:
    """The entries of the record at `path`: [] when there is none, None when it is damaged
    (unreadable, not a regular file, too large, nested too deeply, or of the wrong shape)."""
    try:
        data = read_limited(path, MAX_ISSUED_BYTES, what=QT_TRANSLATE_NOOP("core.issued", "record"))
    except InputFileError:
        if not path.exists() and not path.is_symlink():
            return []
        return None
    try:
        return _valid_entries(json.loads(data))
    except (ValueError, TypeError, KeyError, RecursionError) as exc:
        log.warning("the record of issued certificates %s is unreadable (%s)", path,
                    type(exc).__name__)
        return None


def new_entry(cert: ServerCertificate, path: Path | None) -> dict[str, Any]:
    return {
        "names": list(cert.names),
        "serial": f"{cert.certificate.serial_number:X}",
        "not_after": cert.not_after.astimezone(dt.UTC).isoformat(),
        "path": str(path) if path is not None else None,
    }


def _valid_entries(document: Any) -> list[Any]:
    """The list of entries of a parsed record; ValueError unless every entry is an object."""
    if not isinstance(document, dict):
        raise ValueError("the record is not an object")
    entries = document["issued"]
    if not isinstance(entries, list) or not all(isinstance(e, dict) for e in entries):
        raise ValueError("issued is not a list of objects")
    return entries


def record_from(entry: Any) -> IssuedRecord | None:
    try:
        names = tuple(str(name) for name in entry["names"])
        not_after = dt.datetime.fromisoformat(entry["not_after"])
        if not_after.tzinfo is None:
            not_after = not_after.replace(tzinfo=dt.UTC)
        path = entry.get("path")
        return IssuedRecord(names, str(entry["serial"]), not_after,
                            str(path) if path is not None else None)
    except (KeyError, TypeError, ValueError, AttributeError):
        return None


