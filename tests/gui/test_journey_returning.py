"""Coming back a year later, and the window at its smallest: the app remembers the servers,
shows every certificate with its end date, renews what is due, and every page fits."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from cryptography import x509
from PySide6.QtWidgets import QPlainTextEdit
from pytestqt.qtbot import QtBot
from test_journey_fields import active_window, click, files_in, press_enter, type_text
from test_wizard_flow import PASSPHRASE, page, press_next, stored_ca, wait_step

from trustanchor.core.flow import operations
from trustanchor.core.flow.state import Step
from trustanchor.core.store.home import CAHome
from trustanchor.gui.pages.ca import CAPage
from trustanchor.gui.pages.save import SavePage
from trustanchor.gui.pages.server_cert import ServerCertPage
from trustanchor.gui.pages.welcome import WelcomePage
from trustanchor.gui.window import WizardWindow

WindowFactory = Callable[..., WizardWindow]


def serial(path: Path) -> int:
    return x509.load_pem_x509_certificate(path.read_bytes()).serial_number


def test_a_returning_person_sees_their_servers_and_renews_what_is_due(
        qtbot: QtBot, make_window: WindowFactory, home: CAHome, tmp_path: Path) -> None:
    ca = stored_ca(home, PASSPHRASE.encode())
    srv, other = tmp_path / "srv", tmp_path / "other"
    old = operations.issue_certificate(home, ca, ("files.home.arpa", "10.0.0.7"), srv,
                                       days=12).files[0]
    operations.issue_certificate(home, ca, ("pi.home.arpa",), other, days=300)
    old_serial = serial(old)
    window = active_window(qtbot, make_window)
    welcome = page(window, WelcomePage)
    shown = welcome.certs_box.findChildren(type(welcome.ca_status))
    texts = [label.text() for label in shown]
    assert any(t.startswith("pi.home.arpa: valid until") for t in texts), texts
    due = next(t for t in texts if t.startswith("⚠ files.home.arpa, 10.0.0.7"))
    assert "expires in 11 days" in due or "expires in 12 days" in due
    assert "valid until" in welcome.ca_status.text()  # the CA with its end date
    # The servers come back prefilled from the newest record, not this computer's names.
    assert window.wizard.state.server_names == ("pi.home.arpa",)

    renew = next(b for b in welcome.renew_buttons if "files.home.arpa" in b.accessibleName())
    click(qtbot, renew)
    wait_step(qtbot, window, Step.CA)
    ca_page = page(window, CAPage)
    assert window.next_button.text() == "Unlock CA"
    type_text(qtbot, window, PASSPHRASE)
    press_enter(qtbot, window)
    wait_step(qtbot, window, Step.SERVER_CERT)
    cert_page = page(window, ServerCertPage)
    assert cert_page.names_edit.toPlainText() == "files.home.arpa\n10.0.0.7"
    assert cert_page.folder_edit.text() == str(srv)
    assert not cert_page.renew_note.isHidden() and "archive" in cert_page.renew_note.text()
    assert window.next_button.text() == "Renew certificate"
    assert files_in(srv) == sorted(["files.home.arpa.crt", "files.home.arpa.key",
                                    "files.home.arpa.fullchain.pem"])
    press_next(qtbot, window)
    wait_step(qtbot, window, Step.SAVE)
    (archived,) = (srv / "archive").iterdir()
    assert serial(archived / "files.home.arpa.crt") == old_serial
    assert serial(old) != old_serial
    assert ca_page.unlock_edit.text() == PASSPHRASE
    # Back and Next again: renewed once, not twice.
    click(qtbot, window.back_button)
    press_next(qtbot, window)
    wait_step(qtbot, window, Step.SAVE)
    assert len(list((srv / "archive").iterdir())) == 1
    current = [c for c in window.wizard.state.facts.certificates if c.path == str(old)]
    assert current and current[0].not_after > dt.datetime.now(dt.UTC) + dt.timedelta(days=390)


def test_the_ca_page_fits_a_small_window_and_messages_move_nothing(
        qtbot: QtBot, make_window: WindowFactory) -> None:
    window = active_window(qtbot, make_window)
    window.resize(760, 540)
    press_next(qtbot, window)
    wait_step(qtbot, window, Step.CA)
    ca_page = page(window, CAPage)
    scroll = window._scrolls[Step.CA]
    qtbot.waitUntil(lambda: ca_page.width() > 0)
    qtbot.wait(50)  # the layout settles
    assert not scroll.horizontalScrollBar().isVisible()
    assert ca_page.minimumSizeHint().width() <= scroll.viewport().width()
    assert_messages_move_nothing(qtbot, window, ca_page)
    window.resize(900, 680)  # the usual size, where the page only just fits
    qtbot.wait(50)
    ca_page.pass_edit.clear()
    assert_messages_move_nothing(qtbot, window, ca_page)


def assert_messages_move_nothing(qtbot: QtBot, window: WizardWindow, ca_page: CAPage) -> None:
    qtbot.wait(50)
    widths = (ca_page.pass_edit.width(), ca_page.name_edit.width())
    height = ca_page.height()
    click(qtbot, ca_page.pass_edit)
    type_text(qtbot, window, "short")
    qtbot.wait(50)
    assert ca_page.pass_message.text()  # the message is there…
    assert (ca_page.pass_edit.width(), ca_page.name_edit.width()) == widths  # …nothing moved
    assert ca_page.height() == height


def test_the_server_settings_show_the_whole_certificate_path(
        qtbot: QtBot, make_window: WindowFactory, home: CAHome, tmp_path: Path) -> None:
    stored_ca(home, None)
    window = make_window()
    window.resize(760, 540)
    for step in (Step.CA, Step.SERVER_CERT, Step.SAVE):
        press_next(qtbot, window)
        wait_step(qtbot, window, step)
    save = page(window, SavePage)
    snippet = save.tabs.widget(0).findChild(QPlainTextEdit)
    assert snippet is not None
    qtbot.wait(50)
    assert str(tmp_path / "out" / "nas.local.fullchain.pem") in snippet.toPlainText()
    # Wrapped inside the box: nothing runs off its right edge.
    assert snippet.lineWrapMode() is QPlainTextEdit.LineWrapMode.WidgetWidth
    assert not snippet.horizontalScrollBar().isVisible()
    assert snippet.horizontalScrollBar().maximum() == 0
