"""What each subcommand does: thin glue over the core API, with short readable output."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from trustanchor.core.cli.passphrases import (
    passphrase_for_new_key,
    print_notes,
    read_passphrase_file,
    unlock_ca,
)
from trustanchor.core.defaults import MAX_CA_YEARS, KeyType
from trustanchor.core.errors import (
    CAExistsError,
    CertificateRuleError,
    OutputFileError,
    PassphraseError,
    TrustAnchorError,
)
from trustanchor.core.flow import operations
from trustanchor.core.store.home import CAHome, default_home
from trustanchor.core.store.outputs import refuse_special

if TYPE_CHECKING:
    from trustanchor.core.pki.ca import CertificateAuthority
    from trustanchor.core.pki.reader import CertificateSummary

# What `--force` may replace: a regular file the person chose. Never the CA's own files, which
# only `ca create --replace` / `ca import --replace` replace (after archiving them).
_FORCE_NOTE = "add --force to replace it"


def _home(args: argparse.Namespace) -> CAHome:
    return CAHome(default_home(args.home))


def _refuse_existing(home: CAHome, replace: bool) -> None:
    if home.has_ca() and not replace:
        raise CAExistsError(
            f"a CA already exists at {home.ca_cert_path}; it was left untouched (see "
            "`trustanchor ca show`, or add --replace to archive it and make a new one)"
        )


def _note(stored: operations.StoredCA) -> str:
    if stored.archived is None:
        return ""
    return f"The previous CA was archived in {stored.archived}.\n"


def _print_saved(
    ca: CertificateAuthority, home: CAHome, note: str, passphrase: bytes | None
) -> None:
    from trustanchor.core.pki.reader import summarize

    summary = summarize(ca.certificate)
    print(note, end="")
    print(f'CA "{summary.name}" ({summary.key}), valid until {summary.not_after:%Y-%m-%d}')
    print(f"SHA-256 fingerprint: {summary.fingerprint}")
    print(f"Certificate: {home.ca_cert_path}")
    protection = "protected by your passphrase" if passphrase else "NOT protected by a passphrase"
    print(f"Private key: {home.ca_key_path} ({protection})")


def ca_create(args: argparse.Namespace) -> int:
    home = _home(args)
    if not 1 <= args.years <= MAX_CA_YEARS:
        raise TrustAnchorError(f"--years must be between 1 and {MAX_CA_YEARS}")
    _refuse_existing(home, args.replace)
    from trustanchor.core.pki.ca import constraint_warnings

    for warning in constraint_warnings(args.permit):
        print(f"note: {warning}")
    passphrase = passphrase_for_new_key(args.passphrase_file, args.no_passphrase)
    stored = operations.create_ca(
        home, args.name, organization=args.organization, key_type=KeyType(args.key),
        years=args.years, permitted=tuple(args.permit), passphrase=passphrase,
        replace=args.replace,
    )
    _print_saved(stored.ca, home, _note(stored), passphrase)
    return 0


def ca_import(args: argparse.Namespace) -> int:
    home = _home(args)
    _refuse_existing(home, args.replace)
    source = Path(args.file)
    key_path = Path(args.keyfile) if args.keyfile else None
    source_passphrase = (read_passphrase_file(args.source_passphrase_file)
                         if args.source_passphrase_file else None)
    notes: list[str] = []
    ca = operations.preview_import(source, key_path, password=source_passphrase, notes=notes)
    print_notes(notes)
    passphrase = passphrase_for_new_key(args.passphrase_file, args.no_passphrase)
    stored = operations.store_ca(home, ca, passphrase=passphrase, replace=args.replace)
    _print_saved(stored.ca, home, _note(stored), passphrase)
    return 0


def _summary_dict(summary: CertificateSummary, home: CAHome) -> dict[str, Any]:
    data = summary.as_dict()
    data["paths"] = {"certificate": str(home.ca_cert_path), "key": str(home.ca_key_path)}
    data["key_encrypted"] = home.key_is_encrypted()
    data["issued"] = [
        {"names": list(r.names), "serial": r.serial, "not_after": r.not_after.isoformat(),
         "path": r.path}
        for r in home.issued()
    ]
    return data


def ca_show(args: argparse.Namespace) -> int:
    from trustanchor.core.pki.reader import summarize

    home = _home(args)
    summary = summarize(home.load_certificate())
    data = _summary_dict(summary, home)
    print_notes(home.take_notes())
    if args.json:
        print(json.dumps(data, indent=2))
        return 0
    protection = "passphrase-protected" if data["key_encrypted"] else "no passphrase"
    constraints = ", ".join(summary.permitted) if summary.permitted else "none (any name)"
    print(f"Name:         {summary.name}")
    print(f"Fingerprint:  SHA-256 {summary.fingerprint}")
    print(f"Key:          {summary.key} ({protection})")
    print(f"Valid:        {summary.not_before:%Y-%m-%d} to {summary.not_after:%Y-%m-%d}")
    print(f"Limited to:   {constraints}")
    print(f"Certificate:  {home.ca_cert_path}")
    print(f"Private key:  {home.ca_key_path}")
    for record in data["issued"]:
        print(f"Issued:       {', '.join(record['names'])} (until {record['not_after'][:10]})")
    return 0


def _export_password(args: argparse.Namespace) -> tuple[bytes, bool]:
    """The chosen .p12 password, or a generated one (never the CA passphrase)."""
    chosen = (read_passphrase_file(args.export_passphrase_file)
              if args.export_passphrase_file else None)
    return operations.p12_export_password(chosen)


def _check_force(home: CAHome, targets: list[Path]) -> None:
    """What --force may replace: regular files outside the CA home (TrustAnchorError else)."""
    root = home.root.expanduser().resolve()
    for target in targets:
        where = target.expanduser().resolve()
        if where == root or root in where.parents:
            raise TrustAnchorError(
                f"{target} is in the CA home {home.root}; --force never replaces the CA's files "
                "(to make a new CA, use `trustanchor ca create --replace`)")
        refuse_special(target)


def _exists_message(exc: OutputFileError) -> TrustAnchorError:
    """The store's refusal, reworded with the option that overrides it."""
    return TrustAnchorError(f"{exc.path} already exists; {_FORCE_NOTE}")


def ca_export(args: argparse.Namespace) -> int:
    home = _home(args)
    out = Path(args.out)
    try:
        if args.force:
            _check_force(home, [out])
        else:
            operations.check_output_free(out)
        ca, password, generated = None, None, False
        if args.format == "p12":
            password, generated = _export_password(args)
            ca = unlock_ca(home, args.passphrase_file)
        size = operations.export_ca(home, args.format, out, ca=ca, p12_password=password,
                                    overwrite=args.force)
    except OutputFileError as exc:
        if not exc.exists:
            raise
        raise _exists_message(exc) from exc
    print(f"Wrote {out} ({args.format}, {size} bytes)")
    if generated and password is not None:
        print(f"PKCS#12 password: {password.decode()} (shown once; keep it with the .p12)")
    return 0


def _p12_password(path: str | None) -> str | None:
    """The chosen .p12 password, or None to have one generated."""
    if not path:
        return None
    try:
        return read_passphrase_file(path).decode("utf-8")
    except UnicodeDecodeError:
        raise PassphraseError(f"the password file {path} is not UTF-8 text") from None


def _issue_targets(names: list[str], folder: Path, p12: bool) -> list[Path]:
    """The files `issue` will write (named after the first name), for the --force checks."""
    from trustanchor.core.pki.names import file_stem, parse_names

    try:
        stem = file_stem(parse_names(names)[0])
    except TrustAnchorError:
        return []  # issuing refuses the name, with its own message, before writing anything
    suffixes = (".crt", ".key", ".fullchain.pem") + ((".p12",) if p12 else ())
    return [folder / f"{stem}{suffix}" for suffix in suffixes]


def issue(args: argparse.Namespace) -> int:
    home = _home(args)
    folder = Path(args.out)
    if args.force:  # before the passphrase prompt, so a refusal costs nothing
        _check_force(home, _issue_targets(args.names, folder, args.p12))
    ca = unlock_ca(home, args.passphrase_file)
    password = _p12_password(args.p12_passphrase_file) if args.p12 else None
    created = not folder.exists()
    try:
        result = operations.issue_certificate(
            home, ca, tuple(args.names), folder, days=args.days,
            key_type=KeyType(args.key) if args.key else None, p12=args.p12,
            p12_password=password, overwrite=args.force,
        )
    except OutputFileError as exc:
        if not exc.exists:
            raise
        raise _exists_message(exc) from exc
    leaf = result.certificate
    print(f"Issued a certificate for {', '.join(leaf.names)}, valid until "
          f"{leaf.not_after:%Y-%m-%d}")
    if created:
        print(f"Created the folder {folder} (only you can open it: it holds the private key)")
    for path in result.files:
        print(f"  {path}")
    print_notes(list(result.notes))
    if result.password_generated and result.p12_password is not None:
        print(f"PKCS#12 password: {result.p12_password} (shown once; keep it with the .p12)")
    return 0


def check_command(args: argparse.Namespace) -> int:
    from trustanchor.core.cli import check_url
    from trustanchor.core.cli.verdict import verdict
    from trustanchor.core.pki.reader import load_certificate
    from trustanchor.core.pki.rules import check, has_errors

    if check_url.is_url(args.cert):  # a live server, not a file
        return check_url.run(args)
    cert = load_certificate(Path(args.cert))
    ca = load_certificate(Path(args.ca)) if args.ca else None
    findings = check(cert, ca)
    if args.json:
        print(json.dumps([f.as_dict() for f in findings], indent=2))
        return 1 if has_errors(findings) else 0
    for f in findings:
        print(f"{f.severity.value.upper()} {f.code}: {f.message}\n    source: {f.source}")
    print(verdict(cert, findings))
    return 1 if has_errors(findings) else 0


def dispatch(args: argparse.Namespace) -> int:
    if args.command == "ca":
        handlers = {"create": ca_create, "show": ca_show, "export": ca_export,
                    "import": ca_import}
        return handlers[args.ca_command](args)
    if args.command == "issue":
        try:
            return issue(args)
        except CertificateRuleError as err:
            raise TrustAnchorError(f"not issued: {err}") from err
    if args.command == "check":
        return check_command(args)
    if args.command == "publish":
        from trustanchor.core.cli import publish as cli_publish

        return cli_publish.run(args, _home(args))
    raise ValueError(f"unknown command {args.command}")
