"""The real program: `python -m trustanchor.gui` opens the wizard, only once per CA home."""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path

from apprun import app_env

from trustanchor.gui.singleinstance import instance_key

START_TIMEOUT_S = 60


def launch(env: dict[str, str]) -> subprocess.Popen[str]:
    return subprocess.Popen([sys.executable, "-m", "trustanchor.gui"], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def log_file(tmp_path: Path) -> Path:
    return tmp_path / "state" / "TrustAnchor" / "log" / "trustanchor.log"


def test_wizard_opens_and_closes_itself(tmp_path: Path) -> None:
    proc = launch(app_env(tmp_path, 300))
    _, err = proc.communicate(timeout=START_TIMEOUT_S)
    assert proc.returncode == 0, err
    assert "Traceback" not in err
    settings = tmp_path / "config" / "TrustAnchor" / "TrustAnchor.conf"
    assert "geometry" in settings.read_text()  # the window closed normally and saved its size


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
