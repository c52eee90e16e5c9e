"""`trustanchor check https://HOST[:PORT]`: what a live server really serves, in sentences.

The CA is `--ca CAFILE`, else the CA home's; without either, the chain is judged without one
(it then cannot lead to "your CA"). Exit status 1 when anything would make an iPhone refuse the
server, or when it cannot be reached.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from cryptography import x509

from trustanchor.core.pki.reader import load_certificate
from trustanchor.core.pki.rule_table import ERROR
from trustanchor.core.store.home import CAHome, default_home


def is_url(text: str) -> bool:
    return text.lower().startswith("https://")


def _ca(args: argparse.Namespace) -> x509.Certificate | None:
    if args.ca:
        return load_certificate(Path(args.ca))
    home = CAHome(default_home(args.home))
    return home.load_certificate() if home.has_ca() else None


def run(args: argparse.Namespace) -> int:
    from trustanchor.core.publish.servercheck import check_server

    result = check_server(args.cert, _ca(args))
    if args.json:
        print(json.dumps({
            "url": result.url, "reached": result.reached, "error": result.error or None,
            "tls_version": result.tls_version or None,
            "chain": [c.subject.rfc4514_string() for c in result.chain],
            "findings": [f.as_dict() for f in result.findings],
        }, indent=2))
    else:
        print(f"{result.url}:")
        for finding in (result.findings if result.reached else ()):
            mark = {"error": "ERROR", "warning": "WARNING"}.get(finding.severity.value, "ok")
            print(f"  {mark:7} {finding.message}")
        if not result.reached:
            print(f"  ERROR   {result.error}")
        print("Result: " + ("an iPhone that trusts your CA will accept this server."
                            if result.ok else "an iPhone will refuse this server."))
    return 0 if result.ok and not any(f.severity is ERROR for f in result.findings) else 1
