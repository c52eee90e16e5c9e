"""What `trustanchor ... --help` says about each subcommand: a paragraph and an example.

Kept apart from the parser so the words can be read in one place, and imported only when help is
shown. The hook families (`publish`, `acme`) get theirs here too.
"""

from __future__ import annotations

import argparse
import textwrap
from dataclasses import dataclass


@dataclass(frozen=True)
class HelpText:
    """The paragraph under the usage line, and example command lines."""

    description: str
    examples: tuple[str, ...]

    def epilog(self) -> str:
        lines = "\n".join(f"  {example}" for example in self.examples)
        return f"example{'s' if len(self.examples) > 1 else ''}:\n{lines}"


HELP: dict[str, HelpText] = {
    "": HelpText(
        "Make your own HTTPS services trusted on your iPhone and other devices: create a "
        "private root CA, issue server certificates that follow Apple's rules, and publish the CA "
        "to phones on your network. With no arguments, opens the setup wizard. --home and "
        "--passphrase-file may also follow the subcommand.",
        ('trustanchor ca create --name "Home CA"', "trustanchor issue nas.local --out certs",
         "trustanchor publish")),
    "ca": HelpText(
        "Manage the private root CA in the CA home: create a new one, show what it is, export "
        "it for other tools, or import one you already have. Each action has its own --help.",
        ("trustanchor ca create --help",)),
    "ca create": HelpText(
        "Create a root CA and store it in the CA home, its key protected by a passphrase unless "
        "you pass --no-passphrase. An existing CA is never overwritten: --replace archives it "
        "first. --permit limits which names the CA can vouch for (name constraints).",
        ('trustanchor ca create --name "Home CA" --passphrase-file pass.txt',
         'trustanchor ca create --name "Lab CA" --permit home.arpa --permit 192.168.1.0/24')),
    "ca show": HelpText(
        "Show the CA's name, SHA-256 fingerprint (compare it with the one on the phone), key "
        "type, validity, name constraints, file paths and the certificates it issued.",
        ("trustanchor ca show", "trustanchor ca show --json")),
    "ca export": HelpText(
        "Write the CA's certificate as PEM or DER, as a configuration profile (.mobileconfig) for "
        "a phone or an MDM, or with its private key as a password-protected .p12. An existing "
        "file is replaced only with --force.",
        ("trustanchor ca export --format mobileconfig --out HomeCA.mobileconfig",)),
    "ca import": HelpText(
        "Store an existing root CA in the CA home: a PEM certificate and its key, a PKCS#12 "
        "file, or the folder mkcert keeps its CA in (`mkcert -CAROOT`). The key is then "
        "protected by a passphrase unless you pass --no-passphrase.",
        ('trustanchor ca import "$(mkcert -CAROOT)" --passphrase-file pass.txt',
         "trustanchor ca import ca.pem ca.key --no-passphrase")),
    "issue": HelpText(
        "Issue a server certificate signed by the CA for DNS names, wildcards and IP addresses, "
        "and write NAME.crt, NAME.key and NAME.fullchain.pem (and NAME.p12 with --p12) into "
        "--out, which is created if missing. Files already there are replaced only with --force.",
        ("trustanchor issue nas.local 192.168.1.20 --out certs",
         "trustanchor issue '*.lab.home.arpa' --p12 --home ~/ca")),
    "check": HelpText(
        "Judge a root CA or a server certificate, whoever made it, against the rules an iPhone "
        "applies, and say what it is and what it lacks. Exit status 1 when iOS would refuse it.",
        ("trustanchor check nas.local.crt --ca ca.pem",)),
    "renew": HelpText(
        "Re-issue the recorded certificates that expire within 30 days (or --within DAYS), with "
        "the same names into the same folders; the old files move to the folder's archive/. "
        "Name certificates to renew only those; --force renews them even when not due.",
        ("trustanchor renew", "trustanchor renew nas.local --force")),
    "publish": HelpText(
        "Serve the CA on your local network so a phone can install it: scan the QR code, follow "
        "the page, tap Test. One line is printed per phone event; Ctrl-C stops.",
        ("trustanchor publish", "trustanchor publish --bind 192.168.1.10 --no-mdns")),
    "acme": HelpText(
        "Let servers renew their certificates by ACME: Caddy's ACME server signs with an "
        "intermediate under your root, so devices that trust the root trust every renewal.",
        ("trustanchor acme setup --out caddy",)),
    "acme setup": HelpText(
        "Issue an intermediate CA under your root and write Caddy's ACME server configuration, "
        "a start script and the settings clients need into --out.",
        ("trustanchor acme setup --out caddy --names acme.home.arpa",)),
    "acme status": HelpText(
        "Check that the ACME server set up in --out answers over TLS, when its intermediate "
        "expires, and what it issued lately. Exit status 1 when it is down or expired.",
        ("trustanchor acme status --out caddy",)),
    "trust": HelpText(
        "Add the CA to this computer's trust stores, remove it again, or show and prove where "
        "it is trusted. Nothing changes unless you run install or uninstall.",
        ("trustanchor trust status", "trustanchor trust install --store nss")),
}


def describe_tree(parser: argparse.ArgumentParser) -> None:
    """Give every parser in the tree its paragraph (wrapped here) and examples (kept as
    written, one command per line)."""
    from trustanchor.core.cli.parser import RawDescriptionHelpFormatter, walk

    for path, sub in walk(parser):
        text = HELP.get(" ".join(path))
        if text is None:
            continue
        # A family that wrote its own paragraph keeps it.
        sub.description = textwrap.fill(sub.description or text.description, 78)
        sub.epilog = text.epilog()
        sub.formatter_class = RawDescriptionHelpFormatter
