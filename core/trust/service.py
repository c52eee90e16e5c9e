"""install / uninstall / status over every store: what `trustanchor trust` and the GUI call.

Nothing here runs unless asked: ``status`` only reads, ``install`` adds the current CA to the
chosen stores (undoing its own additions if one store fails), ``uninstall`` removes the current
and archived CAs that TrustAnchor added, each found by its fingerprint.
"""

from __future__ import annotations

import contextlib
import ssl
from dataclasses import dataclass

from cryptography import x509

from trustanchor.core.errors import TrustAnchorError
from trustanchor.core.pki.ca import CertificateAuthority
from trustanchor.core.store.home import ARCHIVE_DIR_NAME, CERT_FILE_NAME, CAHome
from trustanchor.core.text import QT_TRANSLATE_NOOP
from trustanchor.core.trust import proof as proofs
from trustanchor.core.trust.errors import (
    AlreadyTrustedError,
    NotInstalledError,
    StoreUnavailableError,
    TrustStoreError,
)
from trustanchor.core.trust.linux import LinuxSystemStore
from trustanchor.core.trust.model import Anchor, Proof, StoreKind, StoreStatus, TrustStatus
from trustanchor.core.trust.nss import NssStore, ensure_chromium_database
from trustanchor.core.trust.stores import StoreChoice, TrustEnvironment, TrustStore, discover
from trustanchor.core.trust.stores import select as select_stores


@dataclass(frozen=True)
class Change:
    """One certificate added to or removed from one store."""

    store: str
    location: str
    fingerprint: str


def anchors_of(home: CAHome) -> list[Anchor]:
    """The current CA first, then every archived CA (archive/<time>/ca.pem) that still parses."""
    anchors = [Anchor.from_certificate(home.load_certificate())]
    archive = home.root / ARCHIVE_DIR_NAME
    try:
        folders = sorted(archive.iterdir(), reverse=True)
    except OSError:
        folders = []
    for folder in folders:
        try:
            cert = x509.load_pem_x509_certificate((folder / CERT_FILE_NAME).read_bytes())
        except (OSError, ValueError):
            continue
        anchor = Anchor.from_certificate(cert, archived=True)
        if all(anchor.sha256 != known.sha256 for known in anchors):
            anchors.append(anchor)
    return anchors


def _chosen(env: TrustEnvironment, choice: StoreChoice, *, for_install: bool) -> list[TrustStore]:
    chosen = select_stores(discover(env, for_install=for_install), choice, env.platform)
    if not chosen:
        raise StoreUnavailableError(
            QT_TRANSLATE_NOOP("core.service", "No {store} trust store was found on this computer;"
                " nothing was changed.").format(store=choice.value))
    return chosen


def install(anchor: Anchor, env: TrustEnvironment, choice: StoreChoice) -> list[Change]:
    """Add ``anchor`` to each chosen store that lacks it. AlreadyTrustedError if none lacks it;
    on a failure, the stores changed by this call are put back before the error is raised."""
    stores = _chosen(env, choice, for_install=True)
    missing = [s for s in stores if not _holds(s, anchor)]
    if not missing:
        raise AlreadyTrustedError(
            QT_TRANSLATE_NOOP("core.service", "The CA {fingerprint} is already in {names}; nothing"
                " was changed.").format(fingerprint=anchor.fingerprint, names=_names(stores)))
    done: list[TrustStore] = []
    try:
        for store in missing:
            if isinstance(store, NssStore) and store.db.path == env.user_home / ".pki/nssdb":
                ensure_chromium_database(env.user_home)
            store.install(anchor)
            done.append(store)
    except TrustStoreError:
        for store in reversed(done):
            with contextlib.suppress(TrustStoreError):  # the first error is the one to report
                store.remove(anchor)
        raise
    return [Change(s.label, s.location, anchor.fingerprint) for s in done]


def _holds(store: TrustStore, anchor: Anchor) -> bool:
    try:
        return store.ours(anchor)
    except TrustStoreError:
        return False


def _names(stores: list[TrustStore]) -> str:
    return ", ".join(s.label for s in stores)


def uninstall(anchors: list[Anchor], env: TrustEnvironment,
              choice: StoreChoice) -> list[Change]:
    """Remove each of ``anchors`` TrustAnchor added to the chosen stores (by fingerprint).
    NotInstalledError when there was nothing of TrustAnchor's to remove."""
    stores = _chosen(env, choice, for_install=False)
    removed: list[Change] = []
    for store in stores:
        for anchor in anchors:
            if _holds(store, anchor):
                store.remove(anchor)
                removed.append(Change(store.label, store.location, anchor.fingerprint))
    if not removed:
        raise NotInstalledError(
            QT_TRANSLATE_NOOP("core.service", "None of {names} holds a CA TrustAnchor added;"
                " nothing was removed.").format(names=_names(stores)))
    return removed


def status(anchors: list[Anchor], env: TrustEnvironment,
           ca: CertificateAuthority | None = None,
           os_context: ssl.SSLContext | None = None,
           only: StoreChoice | None = None) -> TrustStatus:
    """Every store found and what it holds, with proofs when ``ca`` (its key) is at hand.

    The OS proof uses ``os_context`` (default: truststore); with a ``linux_root`` override it
    uses that root's bundle instead, since the OS verifier knows nothing of test folders.
    ``only`` narrows the list to one ``--store`` choice (default: every store found).
    """
    current = anchors[0]
    stores = discover(env)
    if only is not None:
        stores = select_stores(stores, only, env.platform)
    leaf_pem: bytes | None = None
    os_proof: Proof | None = None
    with contextlib.ExitStack() as stack:
        if ca is not None:
            try:
                server, leaf = stack.enter_context(proofs.serving(ca))
            except TrustAnchorError as exc:  # e.g. name constraints that exclude 127.0.0.1
                os_proof = Proof(False, proofs.NO_HANDSHAKE, exc.message)
            else:
                leaf_pem = leaf.cert_pem()
                os_proof = _os_proof(server.port, stores, env, os_context)
        rows = tuple(_row(s, current, anchors[1:], leaf_pem, os_proof) for s in stores)
    return TrustStatus(current.name, current.fingerprint, rows, os_proof)


def _os_proof(port: int, stores: list[TrustStore], env: TrustEnvironment,
              context: ssl.SSLContext | None) -> Proof:
    if context is None and env.linux_root is not None:
        bundles = [s.bundle for s in stores if isinstance(s, LinuxSystemStore)]
        if bundles:
            method = QT_TRANSLATE_NOOP("core.service", "OpenSSL with {bundle}").format(
                bundle=bundles[0])
            try:
                context = proofs.bundle_context(bundles[0])
            except OSError as exc:
                return Proof(False, method, QT_TRANSLATE_NOOP(
                    "core.service", "cannot read the bundle ({reason})").format(
                    reason=exc.strerror or exc))
            return proofs.handshake(port, context, method)
    return proofs.handshake(port, context or proofs.os_context(), proofs.OS_VERIFIER)


def _row(store: TrustStore, current: Anchor, archived: list[Anchor], leaf_pem: bytes | None,
         os_proof: Proof | None) -> StoreStatus:
    state, detail = store.state(current)
    old = tuple(a.short_id for a in archived if _holds(store, a))
    proof: Proof | None = None
    if isinstance(store, NssStore) and leaf_pem is not None:
        proof = store.prove(current, leaf_pem)
    elif store.kind in (StoreKind.USER, StoreKind.SYSTEM):
        proof = os_proof
    return StoreStatus(store.kind, store.label, store.location, store.meaning,
                       store.needs_admin, state, detail, old, proof)
