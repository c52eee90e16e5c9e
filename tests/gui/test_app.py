"""The real program: `python -m trustanchor.gui` opens the wizard, only once per CA home."""

from __future__ import annotations

import getpass
import hashlib
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest
from apprun import app_env

from trustanchor.gui.singleinstance import instance_key

START_TIMEOUT_S = 60


def launch(env: dict[str, str]) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-m", "trustanchor.gui"], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def log_file(tmp_path: Path) -> Path:
    return tmp_path / "config-dir" / "log" / "trustanchor.log"


def native_locations(tmp_path: Path, platform: str) -> tuple[Path, Path] | None:
    """Where the settings file and the log go without TRUSTANCHOR_CONFIG_DIR, for an app_env
    HOME of `tmp_path`; None where the settings are not a file HOME can move (QSettings
    NativeFormat: the registry on Windows, ~/Library/Preferences plists via CFPreferences on
    macOS, which a test must not write on a build machine)."""
    if platform.startswith("linux"):
        # QSettings: $XDG_CONFIG_HOME/<org>/<app>.conf; platformdirs: $XDG_STATE_HOME/<app>/log
        return (tmp_path / "config" / "TrustAnchor" / "TrustAnchor.conf",
                tmp_path / "state" / "TrustAnchor" / "log" / "trustanchor.log")
    return None


def test_native_locations_are_known_per_os(tmp_path: Path) -> None:
    assert native_locations(tmp_path, "linux") is not None
    assert native_locations(tmp_path, "darwin") is None
    assert native_locations(tmp_path, "win32") is None


def test_wizard_opens_and_closes_itself(tmp_path: Path) -> None:
    proc = launch(app_env(tmp_path, 300))
    _, err = proc.communicate(timeout=START_TIMEOUT_S)
    assert proc.returncode == 0, err
    assert "Traceback" not in err
    settings = tmp_path / "config-dir" / "TrustAnchor.ini"
    assert "geometry" in settings.read_text()  # the window closed normally and saved its size
    assert log_file(tmp_path).is_file()
    assert not (tmp_path / "config").exists() and not (tmp_path / "state").exists()


@pytest.mark.skipif(native_locations(Path(), sys.platform) is None,
                    reason="native settings are the registry (Windows) or a plist (macOS)")
def test_without_an_override_the_platform_locations_are_used(tmp_path: Path) -> None:
    proc = launch(app_env(tmp_path, 300, config_dir=False))
    _, err = proc.communicate(timeout=START_TIMEOUT_S)
    assert proc.returncode == 0, err
    locations = native_locations(tmp_path, sys.platform)
    assert locations is not None
    settings, log = locations
    assert "geometry" in settings.read_text()
    assert log.is_file()


def test_closing_before_the_first_paint_does_not_hang(tmp_path: Path) -> None:
    """Closed at once (as the packaged app's smoke test does), the program must not sit waiting
    for start-up work that never began: it once waited 30 s for it."""
    proc = launch(app_env(tmp_path, 0))
    started = time.monotonic()
    _, err = proc.communicate(timeout=START_TIMEOUT_S)
    assert proc.returncode == 0, err
    assert time.monotonic() - started < 20, "the program hung after its window closed"


def test_second_launch_brings_the_first_forward(tmp_path: Path) -> None:
    env = app_env(tmp_path, 60_000)
    lock = Path(tempfile.gettempdir()) / f"{instance_key(env['TRUSTANCHOR_HOME'])}.lock"
    first = launch(env)
    try:
        deadline = time.monotonic() + START_TIMEOUT_S
        while not (lock.exists() and log_file(tmp_path).exists()):
            assert first.poll() is None, first.communicate()
            assert time.monotonic() < deadline, "the first copy never started"
            time.sleep(0.1)
        time.sleep(0.5)  # let it reach its event loop
        second = launch(env)
        _, err = second.communicate(timeout=START_TIMEOUT_S)
        assert second.returncode == 0
        assert "already running" in err
        deadline = time.monotonic() + 10
        while "second launch brought" not in log_file(tmp_path).read_text():
            assert time.monotonic() < deadline, log_file(tmp_path).read_text()
            time.sleep(0.1)
    finally:
        first.terminate()
        first.communicate(timeout=30)


def test_platform_report_names_the_qt_platform_and_style(tmp_path: Path) -> None:
    """What the packaged app's wizard-native smoke check reads (packaging/smoke_test.py)."""
    report = tmp_path / "platform.json"
    env = {**app_env(tmp_path, 300), "TRUSTANCHOR_REPORT_PLATFORM": str(report)}
    proc = launch(env)
    _, err = proc.communicate(timeout=START_TIMEOUT_S)
    assert proc.returncode == 0, err
    seen = json.loads(report.read_text(encoding="utf-8"))
    assert seen["platform"] == "offscreen"
    assert seen["style"]


def test_the_instance_key_is_the_sha256_name_earlier_versions_used() -> None:
    """Qt computes the digest (no OpenSSL before the first paint), to the same name that
    hashlib gave, so a running older version and a newer launch still find each other."""
    user = getpass.getuser()
    expected = hashlib.sha256(f"{user}\0/srv/ca".encode()).hexdigest()[:16]
    assert instance_key(" /srv/ca ") == f"trustanchor-{expected}"
