"""The server-test panel renders each phone's results per URL from real publisher events."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from pytestqt.qtbot import QtBot

from trustanchor.core.publish.devices import detect_device
from trustanchor.core.publish.server import PublishEvent
from trustanchor.gui.pages.verify_servers import VerifyServersPanel, results_from

IPHONE = ("Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, "
          "like Gecko) Version/17.5 Mobile/15E148 Safari/604.1")
ANDROID = ("Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) "
           "Chrome/126.0.0.0 Mobile Safari/537.36")
T0 = dt.datetime(2026, 12, 4, 12, 0, tzinfo=dt.UTC)


def event(kind: str, ua: str, token: str, url: str = "", minute: int = 0) -> PublishEvent:
    return PublishEvent(kind, detect_device(ua), "192.168.1.7", T0 + dt.timedelta(minutes=minute),
                        token, url)  # type: ignore[arg-type]


EVENTS = [
    event("page", IPHONE, "a" * 22),
    event("trusted", IPHONE, "a" * 22),
    event("server-unreachable", IPHONE, "a" * 22, "https://nas.local:8443", 1),
    event("server-untrusted", IPHONE, "a" * 22, "https://<b>router</b>.lan"),
    event("server-trusted", IPHONE, "a" * 22, "https://nas.local:8443", 2),   # retested
    event("server-untrusted", ANDROID, "b" * 22, "https://nas.local:8443"),
]


def test_results_keep_the_latest_per_phone_and_url() -> None:
    results = results_from(EVENTS)
    assert [(r.device_id[0], r.url, r.verdict) for r in results] == [
        ("a", "https://nas.local:8443", "trusted"),
        ("a", "https://<b>router</b>.lan", "untrusted"),
        ("b", "https://nas.local:8443", "untrusted")]


def test_panel_renders_rows_and_the_empty_state(qtbot: QtBot, tmp_path: Path) -> None:
    panel = VerifyServersPanel()
    qtbot.addWidget(panel)
    panel.resize(720, 360)
    panel.render_results(())
    assert panel.empty.isVisibleTo(panel) and panel.rows == []
    panel.render_results(results_from(EVENTS))
    panel.show()
    assert not panel.empty.isVisibleTo(panel)
    assert panel.rows == [
        ("iPhone (iOS 17.5, Safari)", "https://nas.local:8443", "✓ Trusted"),
        ("iPhone (iOS 17.5, Safari)", "https://<b>router</b>.lan", "✗ Not trusted"),
        ("Android device (Android 14, Chrome)", "https://nas.local:8443", "✗ Not trusted")]
    texts = [w.text() for w in panel.findChildren(type(panel.title))]
    assert "https://<b>router</b>.lan" in texts          # shown as typed, never as markup
    image = panel.grab()
    assert image.width() >= 720 and not image.isNull()
    target = os.environ.get("TRUSTANCHOR_RENDER_DIR")
    image.save(str(Path(target) / "verify-servers.png") if target else
               str(tmp_path / "verify-servers.png"))
