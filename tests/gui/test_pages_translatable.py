"""Every sentence the wizard's pages show goes through Qt's translation system.

The catalogue is made the way a release makes it: pyside6-lupdate reads gui/pages, every
message gets a pseudo translation ("[ÄÖ source ÜÑ]"), pyside6-lrelease compiles it. With that
translator installed, each page is built and rendered in the states that show its sentences;
any text a person (or a screen reader) meets that is not inside a pseudo-translated span was
left out of the catalogue. What the pages only pass on (the core's sentences, names, paths,
numbers, the phone's words) is listed explicitly.
"""

from __future__ import annotations

import datetime as dt
import html
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest
from languages import pseudo_catalogue
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from trustanchor.core.clock import utc_now
from trustanchor.core.errors import InvalidNameError
from trustanchor.core.flow.state import (
    CAChoice,
    CAInfo,
    Facts,
    IssuedInfo,
    RecordedCert,
    SeenDevice,
    Step,
    WizardState,
)
from trustanchor.core.flow.wizard import Wizard
from trustanchor.core.pki.names import parse_name
from trustanchor.core.pki.serverconfig import CertFiles, server_configs
from trustanchor.core.publish.bonjour import BonjourStatus, registered_status
from trustanchor.core.publish.lan import lan_addresses
from trustanchor.core.trust.model import Proof, StoreKind, StoreStatus, TrustState, TrustStatus
from trustanchor.gui.pages.base import Page
from trustanchor.gui.pages.ca import CAPage
from trustanchor.gui.pages.done import DonePage
from trustanchor.gui.pages.full_trust import FullTrustPage
from trustanchor.gui.pages.install_profile import InstallProfilePage
from trustanchor.gui.pages.publish import PublishPage
from trustanchor.gui.pages.save import SavePage
from trustanchor.gui.pages.server_cert import ServerCertPage
from trustanchor.gui.pages.trust_here import TrustHerePanel
from trustanchor.gui.pages.verify import VerifyPage
from trustanchor.gui.pages.welcome import WelcomePage
from trustanchor.gui.phonesteps import PhoneSteps
from trustanchor.gui.qrwidget import QrWidget
from trustanchor.gui.view import ImportPreview, SessionView

ROOT = Path(__file__).resolve().parents[2]
OPEN, CLOSE = "[ÄÖ ", " ÜÑ]"
# A pseudo-translated span, innermost first; an accessible name cut at 80 characters may have
# lost its end.
MARKED = re.compile(r"\[ÄÖ (?:(?!\[ÄÖ ).)*?(?: ÜÑ\]|\Z)", re.DOTALL)
WORD = re.compile(r"[^\W\d_]{2,}")  # two letters in a row: words, not numbers or symbols
TAG = re.compile(r"<[^>]+>")  # rich text's tags; the words between them count

# Proper names and technical words the pages show as they are, in every language.
PROPER_NAMES = ("TrustAnchor", "Bonjour", "nginx", "Caddy", "Apache", "Node.js", "Python",
                "Home Assistant", "PKCS#12", "SHA-256", "https://")
# Qt's own words (its tab bar's scroll buttons), translated by Qt's catalogue, not ours.
QT_WORDS = ("Scroll Left", "Scroll Right")

NOW = utc_now()
CA = CAInfo("Home Lab CA", "AB:CD:EF:01", "ECDSA P-256", NOW + dt.timedelta(days=3650),
            permitted=("home.arpa", "192.168.0.0/16"))
IPHONE = SeenDevice("192.168.1.30", "iphone", "17.5", "iPhone (iOS 17.5, Safari)",
                    events=("page", "profile"), device_id="a")
URL = "http://192.168.1.20:8080/"
SERVER = "https://nas.home.arpa/"
BAD_NAME = "https://nas.local/"
WIDE_NAME = "*.home.arpa"


def pseudo(source: str) -> str:
    return f"{OPEN}{source}{CLOSE}"


@pytest.fixture(scope="module")
def pages_catalogue(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """gui/pages, the step titles and core's sentences (which the pages pass through
    core_sentence) extracted by pyside6-lupdate, pseudo-translated, compiled by lrelease."""
    sources = sorted((*(ROOT / "gui" / "pages").glob("*.py"), ROOT / "gui" / "steps.py",
                      *(ROOT / "core").rglob("*.py")))
    qm, found = pseudo_catalogue(sources, tmp_path_factory.mktemp("i18n"), pseudo)
    assert found, "pyside6-lupdate found no sentence in gui/pages"
    return qm


@pytest.fixture
def translator(qapp: object, pages_catalogue: Path) -> Iterator[QTranslator]:
    translator = QTranslator()
    assert translator.load(str(pages_catalogue))
    assert QCoreApplication.installTranslator(translator)
    yield translator
    QCoreApplication.removeTranslator(translator)


def untranslated(text: str, passed_on: Iterable[str]) -> str:
    """What is left of `text` outside pseudo-translated spans once the words the page only
    passes on are taken out ("" if nothing that reads as a sentence is left)."""
    rest = html.unescape(TAG.sub(" ", text))
    while True:
        shorter = MARKED.sub(" ", rest)
        if shorter == rest:
            break
        rest = shorter
    for value in sorted({*passed_on, *PROPER_NAMES, *QT_WORDS}, key=len, reverse=True):
        if value:
            rest = rest.replace(value, " ")
    return rest.strip() if WORD.search(rest) else ""


def shown_texts(root: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for everything `root` and its children show or tell a screen reader,
    except the phone pictures and the QR code, whose modules (gui/phonesteps.py,
    gui/qrwidget.py) have their own sentences."""
    skip = [*root.findChildren(PhoneSteps), *root.findChildren(QrWidget)]
    for widget in [root, *root.findChildren(QWidget)]:
        if any(widget is s or s.isAncestorOf(widget) for s in skip):
            continue
        kind = type(widget).__name__
        if widget is not root:
            yield f"{kind} accessible name", widget.accessibleName()
        yield f"{kind} accessible description", widget.accessibleDescription()
        yield f"{kind} tooltip", widget.toolTip()
        if isinstance(widget, QLabel):
            yield "QLabel", widget.text()
        if isinstance(widget, QAbstractButton):
            yield kind, widget.text()
        if isinstance(widget, QLineEdit):
            yield "QLineEdit placeholder", widget.placeholderText()
        if isinstance(widget, QGroupBox):
            yield "QGroupBox title", widget.title()
        if isinstance(widget, QComboBox):
            yield from (("QComboBox item", widget.itemText(i)) for i in range(widget.count()))
        if isinstance(widget, QListWidget):
            yield from (("QListWidget item", widget.item(i).text())
                        for i in range(widget.count()))
        if isinstance(widget, QTabWidget):
            yield from (("tab", widget.tabText(i)) for i in range(widget.count()))


def problems(root: QWidget, passed_on: Iterable[str], extra: Iterable[str] = ()) -> list[str]:
    allowed = list(passed_on)
    found = [f"{where}: {text!r} -> {left!r}"
             for where, text in [*shown_texts(root), *(("subtitle", e) for e in extra)]
             if (left := untranslated(text, allowed))]
    return found


def name_errors(names: Iterable[str]) -> list[str]:
    errors = []
    for name in names:
        try:
            parse_name(name)
        except InvalidNameError as err:
            errors.append(str(err))
    return errors


def data_words(tmp_path: Path) -> list[str]:
    """The facts of the rendered states, which no catalogue translates (names, paths,
    addresses, the server snippets)."""
    configs = server_configs(CertFiles(tmp_path / "nas.fullchain.pem", tmp_path / "nas.key",
                                       ("nas.local",)))
    placeholder = server_configs(CertFiles(Path("site.fullchain.pem"), Path("site.key"), ()))
    return [
        CA.name, CA.short_fingerprint, CA.key_type, *CA.permitted, str(tmp_path), URL, SERVER,
        BAD_NAME, IPHONE.label, IPHONE.address, "nas.local", "192.168.1.2", "nas.crt",
        "nas.key", "nas.fullchain.pem", "nas.p12", "0123-4567",
        *(w for c in (*configs, *placeholder) for w in (c.title, c.text)),
        *(c.address for c in lan_addresses()),
        "Stored CA", "Cannot read the file.", "Android 14",
    ]


def blocked() -> SeenDevice:
    return SeenDevice("192.168.1.31", "android", "14", "Android 14", events=("page", "blocked"),
                      device_id="b")


def untrusted() -> SeenDevice:
    return SeenDevice("192.168.1.32", "iphone", "17.5", IPHONE.label,
                      events=("page", "untrusted"), device_id="c",
                      servers=((SERVER, "server-untrusted"), (URL, "server-unreachable")))


def render(page: Page, step: Step, view: SessionView, **state: object) -> Wizard:
    wizard = Wizard(WizardState(step=step, **state))  # type: ignore[arg-type]
    page.show_state(wizard, view)
    return wizard


def page_states(tmp_path: Path) -> Iterator[tuple[Page, list[str]]]:
    """Each page, rendered in turn in the states that bring out its sentences; yields the
    page after each state with the subtitles it gave."""
    home = str(tmp_path)
    view = SessionView(started=True, home_root=home, stored_ca_name="Stored CA",
                       stored_ca_not_after=NOW + dt.timedelta(days=100))
    # Expired, due today, tomorrow, in a few days, and far off.
    certs = tuple(RecordedCert(("nas.local", "192.168.1.2"), NOW + left, home + "/nas.crt")
                  for left in (dt.timedelta(days=-1), dt.timedelta(hours=6),
                               dt.timedelta(days=1, hours=6), dt.timedelta(days=3, hours=6),
                               dt.timedelta(days=200)))
    certs += (RecordedCert(("nas.local",), NOW + dt.timedelta(days=200), None),)

    welcome = WelcomePage()
    welcome.show_state(Wizard(WizardState()), SessionView())
    yield welcome, []
    for facts in (Facts(), Facts(ca_in_home=True, certificates=certs), Facts(ca=CA)):
        wizard = render(welcome, Step.WELCOME, view, facts=facts)
        yield welcome, [welcome.subtitle_for(wizard)]
    render(welcome, Step.WELCOME, SessionView(started=True, home_root=home),
           facts=Facts(ca_in_home=True))
    yield welcome, []

    ca_page = CAPage()
    for choice in CAChoice:
        wizard = render(ca_page, Step.CA, view, ca_choice=choice, limit_names=True,
                        permitted=("home.arpa",), facts=Facts(ca_in_home=True,
                                                               home_key_encrypted=True))
        yield ca_page, [ca_page.subtitle_for(wizard)]
    render(ca_page, Step.CA, SessionView(started=True, home_root=home),
           ca_choice=CAChoice.REUSE, facts=Facts(ca_in_home=True))
    yield ca_page, []
    render(ca_page, Step.CA, view, ca_choice=CAChoice.REUSE, facts=Facts(ca=CA))
    yield ca_page, []
    render(ca_page, Step.CA, view, ca_choice=CAChoice.REUSE)
    yield ca_page, []
    ca_page.pass_edit.setText("short")
    ca_page.import_path.setText(home + "/ca.pem")
    ca_page.import_panel._on_timer_timeout()
    request = ca_page.import_panel._request
    assert request is not None
    ca_page.show_import_result(request, ImportPreview(CA.name, CA.short_fingerprint,
                                                      CA.not_after), "")
    yield ca_page, []
    ca_page._on_import_panel_preview_requested(request)  # the busy line
    yield ca_page, []

    cert_page = ServerCertPage()
    issued_names = ("nas.local", "192.168.1.2", "*.lab.home.arpa", WIDE_NAME, BAD_NAME)
    wizard = render(cert_page, Step.SERVER_CERT, view, server_names=issued_names,
                    output_folder=home, renew_path=home + "/nas.crt", facts=Facts(ca=CA))
    yield cert_page, [cert_page.subtitle_for(wizard)]

    save = SavePage()
    files = tuple(home + "/" + f for f in ("nas.crt", "nas.key", "nas.fullchain.pem", "nas.p12"))
    issued = IssuedInfo(("nas.local", "192.168.1.2"), 397, home, True, files,
                        NOW + dt.timedelta(days=397))
    wizard = render(save, Step.SAVE, SessionView(started=True, home_root=home,
                                                 p12_password="0123-4567"),
                    facts=Facts(ca=CA, issued=issued))
    yield save, [save.subtitle_for(wizard)]

    publish = PublishPage()
    publish.entered(Wizard(WizardState(step=Step.PUBLISH)))
    just_seen = SeenDevice("192.168.1.33", "iphone", None, IPHONE.label, device_id="e")
    for devices, address in (((), "127.0.0.1"), ((IPHONE, blocked(), untrusted(), just_seen),
                                                 None)):
        wizard = render(publish, Step.PUBLISH,
                        SessionView(started=True, publishing_address=address),
                        facts=Facts(ca=CA, publishing_url=URL, devices=devices))
        yield publish, [publish.subtitle_for(wizard)]
    publish._on_hint_timer_timeout()
    for status in (BonjourStatus("off", message="Bonjour is off."),
                   BonjourStatus("registering"),
                   registered_status(CA.name, True), registered_status(CA.name, False)):
        publish._show_bonjour(status)
        yield publish, []

    for kind in (InstallProfilePage, FullTrustPage):
        phone_page = kind()
        for devices in ((), (IPHONE,)):
            wizard = render(phone_page, kind.step, view, facts=Facts(ca=CA, devices=devices))
            yield phone_page, [phone_page.subtitle_for(wizard)]

    verify = VerifyPage()
    for devices in ((), (IPHONE, untrusted()), (untrusted(), blocked()),
                    (blocked(), IPHONE.with_server(SERVER, "server-trusted"),
                     SeenDevice("192.168.1.30", "iphone", "17.5", IPHONE.label,
                                events=("page", "trusted"), device_id="d"))):
        wizard = render(verify, Step.VERIFY, SessionView(started=True, https_port=8443),
                        test_servers=(SERVER,), facts=Facts(ca=CA, devices=devices,
                                                            publishing_url=URL))
        yield verify, [verify.subtitle_for(wizard)]

    done = DonePage()
    trusted = SeenDevice("192.168.1.30", "iphone", "17.5", IPHONE.label,
                         events=("page", "trusted"))
    for facts in (Facts(ca=CA, issued=issued, publishing_url=URL, devices=(trusted,)),
                  Facts(ca=CA)):
        wizard = render(done, Step.DONE, view, facts=facts)
        yield done, [done.subtitle_for(wizard)]


def test_every_page_sentence_is_translated(qtbot: QtBot, translator: QTranslator,
                                           tmp_path: Path) -> None:
    words = data_words(tmp_path)
    found: list[str] = []
    kept: list[Page] = []
    for page, subtitles in page_states(tmp_path):
        if not any(page is k for k in kept):
            qtbot.addWidget(page)
            kept.append(page)
        page.set_busy(True, "", cancellable=True)
        page.set_error("Cannot read the file.")
        found += problems(page, words, subtitles)
    assert {p.step for p in kept} == set(Step)  # every page of the wizard
    assert not sorted(set(found)), "\n".join(sorted(set(found)))


def test_trust_panel_sentences_are_translated(qtbot: QtBot, translator: QTranslator) -> None:
    panel = TrustHerePanel()
    qtbot.addWidget(panel)
    assert not problems(panel, [])  # before the stores are read
    proof = Proof(False, "TLS handshake to 127.0.0.1:40123 verified by the OS", "no anchor")
    stores = (
        StoreStatus(StoreKind.USER, "login keychain", "~/Library/Keychains", "Safari and Chrome",
                    False, TrustState.TRUSTED, archived_present=("ab12",)),
        StoreStatus(StoreKind.NSS, "Firefox profile default", "~/.mozilla", "Firefox", False,
                    TrustState.NOT_PRESENT, proof=proof),
        StoreStatus(StoreKind.SYSTEM, "System bundle", "/etc/ssl/certs", "most programs", True,
                    TrustState.UNKNOWN),
        StoreStatus(StoreKind.JAVA, "JDK cacerts", "/usr/lib/jvm/cacerts", "Java programs",
                    False, TrustState.UNKNOWN),
    )
    core_words = ["Home Lab CA", "AB:CD", "ab12", *(w for s in stores for w in
                  (s.label, s.location, s.meaning)), proof.method, proof.detail]
    proofs = (Proof(True, proof.method), Proof(False, proof.method),
              Proof(True, proof.method, proof.detail), None)
    for status in (*(TrustStatus("Home Lab CA", "AB:CD", stores, p) for p in proofs),
                   TrustStatus("Home Lab CA", "AB:CD", (), None)):
        panel.render_status(status)
        found = problems(panel, core_words)
        assert not found, "\n".join(found)
