"""The Caddyfile that runs Caddy's ACME server with the user's root and a TrustAnchor intermediate.

Syntax from Caddy's docs: the `pki` global option (caddyserver.com/docs/caddyfile/options#pki),
the `acme_server` directive (caddyserver.com/docs/caddyfile/directives/acme_server) and the
`internal` issuer of the `tls` directive. Two version facts, from Caddy's own history:

* before 2.8.0 a `root` block needed a `key` (caddypki KeyPair.Load read it unconditionally;
  "caddypki: Allow use of root CA without a key", caddy PR 6298). The root key must never leave
  the CA home, so for those versions the block names the intermediate's key: Caddy reads it
  and never signs with it (only `sign_with_root` would, and it is not set). 2.8.0 and later
  check that a given key matches, so there the key line is left out.
* `acme_server { lifetime }` exists from 2.6.3 (caddy PR 5232); before, leaves last 12 hours.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

from trustanchor.core.errors import TrustAnchorError
from trustanchor.core.text import QT_TRANSLATE_NOOP

CA_ID = "trustanchor"
DEFAULT_ACME_PORT = 9443
MAX_LEAF_DAYS = 397  # Apple support 103769 allows 825 days; 397 is safe everywhere
ROOT_FILE = "root.crt"
INTERMEDIATE_FILE = "intermediate.crt"
INTERMEDIATE_KEY_FILE = "intermediate.key"
CADDYFILE = "Caddyfile"
RUN_SCRIPT = "run-caddy.sh"
DATA_DIR = "caddy-data"
ROOT_KEYLESS_SINCE = (2, 8, 0)
LEAF_LIFETIME_SINCE = (2, 6, 3)
Version = tuple[int, int, int]


@dataclass(frozen=True)
class AcmeSite:
    """Where the ACME server answers and how it signs."""

    out: Path
    names: tuple[str, ...]
    port: int = DEFAULT_ACME_PORT
    bind: str | None = None
    leaf_days: int | None = None  # None: Caddy's default (12 hours)
    caddy_version: Version | None = None  # None: a current Caddy

    @property
    def directory_url(self) -> str:
        host = self.names[0]
        host = f"[{host}]" if ":" in host else host
        return f"https://{host}:{self.port}/acme/{CA_ID}/directory"

    @property
    def data_dir(self) -> Path:
        return self.out / DATA_DIR


def parse_version(text: str) -> Version | None:
    """`caddy version` prints "v2.7.6 h1:..." (or "2.6.2" from Debian's build)."""
    found = re.search(r"v?(\d+)\.(\d+)\.(\d+)", text)
    if found is None:
        return None
    major, minor, patch = (int(part) for part in found.groups())
    return major, minor, patch


def installed_caddy_version(timeout: float = 5.0) -> Version | None:
    """The version of `caddy` on PATH, or None when there is none or it does not say."""
    program = shutil.which("caddy")
    if program is None:
        return None
    try:
        done = subprocess.run([program, "version"], capture_output=True, text=True,
                              timeout=timeout, check=False)
    except (OSError, subprocess.TimeoutExpired):
        return None
    return parse_version(done.stdout)


def _quoted(path: Path) -> str:
    text = str(path)
    if any(ch in text for ch in '"\\\n\r{}'):
        raise TrustAnchorError(QT_TRANSLATE_NOOP("core.caddy", "the folder {text} has a character"
            " a Caddyfile cannot hold; choose a plainer --out path").format(text=text))
    return f'"{text}"'


def _site_address(name: str, port: int) -> str:
    host = f"[{name}]" if ":" in name else name
    return f"https://{host}:{port}"


def caddyfile(site: AcmeSite, ca_name: str) -> str:
    """The Caddyfile text (tabs, as `caddy fmt` writes them)."""
    out = site.out.resolve()
    version = site.caddy_version
    legacy_root = version is not None and version < ROOT_KEYLESS_SINCE
    root_key = f"\n\t\t\t\tkey {_quoted(out / INTERMEDIATE_KEY_FILE)}" if legacy_root else ""
    lifetime = ""
    if site.leaf_days is not None:
        if version is not None and version < LEAF_LIFETIME_SINCE:
            raise TrustAnchorError(QT_TRANSLATE_NOOP("core.caddy", "Caddy before 2.6.3 cannot set"
                " the certificate lifetime (its leaves last 12 hours); leave out --leaf-days"))
        lifetime = f"\n\t\tlifetime {site.leaf_days * 24}h"
    bind = f"\n\tbind {site.bind}" if site.bind else ""
    safe_name = re.sub(r'["\\{}\n\r]', "", ca_name)
    addresses = ", ".join(_site_address(name, site.port) for name in site.names)
    return f"""# Written by TrustAnchor: Caddy's ACME server, signing with your root's intermediate
# Start it with: sh {_quoted(out / RUN_SCRIPT)}
{{
\tadmin off
\tskip_install_trust
\tauto_https disable_redirects
\tstorage file_system {_quoted(site.data_dir.resolve())}
\tpki {{
\t\tca {CA_ID} {{
\t\t\tname "{safe_name}"
\t\t\troot {{
\t\t\t\tcert {_quoted(out / ROOT_FILE)}{root_key}
\t\t\t}}
\t\t\tintermediate {{
\t\t\t\tcert {_quoted(out / INTERMEDIATE_FILE)}
\t\t\t\tkey {_quoted(out / INTERMEDIATE_KEY_FILE)}
\t\t\t}}
\t\t}}
\t}}
}}

{addresses} {{{bind}
\ttls {{
\t\tissuer internal {{
\t\t\tca {CA_ID}
\t\t}}
\t}}
\tacme_server {{
\t\tca {CA_ID}{lifetime}
\t}}
}}
"""


def run_script(site: AcmeSite) -> str:
    """A shell script that starts Caddy with its data under the ACME folder.

    The ACME server keeps its database under Caddy's AppDataDir ($XDG_DATA_HOME/caddy), not in
    the configured storage, so pointing XDG_DATA_HOME at caddy-data keeps everything Caddy
    writes in one folder that `trustanchor acme status` reads.
    """
    out = site.out.resolve()
    data = _quoted(site.data_dir.resolve())
    return f"""#!/bin/sh
# Written by TrustAnchor: runs Caddy's ACME server with all its data in {data}.
export XDG_DATA_HOME={data}
export XDG_CONFIG_HOME={data}
exec caddy run --adapter caddyfile --config {_quoted(out / CADDYFILE)}
"""
