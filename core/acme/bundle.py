"""The ACME folder: root.crt, intermediate.crt/.key, Caddyfile, run-caddy.sh, clients.md.

The root's key is never written here: Caddy gets the intermediate's key alone (0600). An
existing setup is never overwritten unless asked (its intermediate key would be lost).
"""

from __future__ import annotations

import json
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import serialization

from trustanchor.core.acme.caddy import (
    CADDYFILE,
    INTERMEDIATE_FILE,
    INTERMEDIATE_KEY_FILE,
    ROOT_FILE,
    RUN_SCRIPT,
    AcmeSite,
    caddyfile,
    run_script,
)
from trustanchor.core.acme.clients import clients_markdown
from trustanchor.core.errors import OutputFileError
from trustanchor.core.pki.intermediate import Intermediate
from trustanchor.core.store.files import atomic_write, create_new
from trustanchor.core.text import QT_TRANSLATE_NOOP

CLIENTS_FILE = "clients.md"
SETTINGS_FILE = "acme.json"
_SETTINGS_VERSION = 1


def write_bundle(
    site: AcmeSite, root: x509.Certificate, intermediate: Intermediate, ca_name: str,
    *, force: bool = False,
) -> list[Path]:
    """Write every file of the ACME folder; OutputFileError when one exists and not `force`."""
    out = site.out
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputFileError(QT_TRANSLATE_NOOP("core.bundle", "cannot make the folder {out}:"
            " {reason}").format(out=out, reason=exc.strerror),
                              str(out)) from exc
    files: list[tuple[str, bytes, bool]] = [
        (INTERMEDIATE_KEY_FILE, intermediate.key_pem, True),
        (INTERMEDIATE_FILE, intermediate.cert_pem, False),
        (ROOT_FILE, root.public_bytes(serialization.Encoding.PEM), False),
        (CADDYFILE, caddyfile(site, ca_name).encode(), False),
        (RUN_SCRIPT, run_script(site).encode(), False),
        (CLIENTS_FILE, clients_markdown(site, ca_name).encode(), False),
        (SETTINGS_FILE, _settings(site).encode(), False),
    ]
    if not force:
        taken = [name for name, _, _ in files if (out / name).exists()]
        if taken:
            raise OutputFileError(QT_TRANSLATE_NOOP("core.bundle", "{out} already holds an ACME"
                " setup ({files}); choose another --out or add --force to replace it").format(
                out=out, files=', '.join(taken)),
                                  str(out / taken[0]), exists=True)
    written = []
    for name, data, private in files:
        path = out / name
        try:
            (atomic_write if force else create_new)(path, data, private=private)
        except OSError as exc:
            raise OutputFileError(QT_TRANSLATE_NOOP("core.bundle", "cannot write {path}:"
                " {reason}").format(path=path, reason=exc.strerror), str(path)) from exc
        written.append(path)
    return written


def _settings(site: AcmeSite) -> str:
    data = {"version": _SETTINGS_VERSION, "names": list(site.names), "port": site.port,
            "bind": site.bind, "directory": site.directory_url}
    return json.dumps(data, indent=2) + "\n"


def read_settings(out: Path) -> dict[str, object]:
    """What setup wrote to acme.json; OutputFileError when the folder has no ACME setup."""
    path = out / SETTINGS_FILE
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise OutputFileError(QT_TRANSLATE_NOOP("core.bundle", "{out} holds no ACME setup; run"
            " `trustanchor acme setup --out {out}` first").format(out=out), str(path)) from None
    except (OSError, ValueError) as exc:
        raise OutputFileError(QT_TRANSLATE_NOOP("core.bundle", "cannot read {path}: {exc}").format(
            path=path, exc=exc), str(path)) from exc
    if not isinstance(data, dict) or not isinstance(data.get("port"), int):
        raise OutputFileError(QT_TRANSLATE_NOOP("core.bundle", "{path} is damaged; run"
            " `trustanchor acme setup --force` again").format(path=path),
                              str(path))
    return data
