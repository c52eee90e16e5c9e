"""The wizard's responsiveness and start-up, each measured in fresh processes.

1. UI-thread stall: a 5 ms heartbeat QTimer on the UI thread records the longest gap between
   ticks while the real wizard window creates an RSA-4096 CA (with a passphrase: scrypt too),
   issues a server certificate, and starts, restarts and stops publishing (loopback only,
   Bonjour on the loopback interface). Goal: every gap under 50 ms.
2. Launch to first painted window: `python -m trustanchor.gui` against a bare PySide6 QWizard
   with one page, alternating, same interpreter, offscreen. Goal: at most 1.5x the bare one.

`python -m benchmarks gui` or `python benchmarks/bench_gui.py`.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

STALL_GOAL_MS = 50.0
LAUNCH_GOAL_RATIO = 1.5
HEARTBEAT_MS = 5
STALL_RUNS = 2
LAUNCH_RUNS = 7
CHILD_TIMEOUT_S = 300
ROOT = Path(__file__).resolve().parent.parent

# The bare reference: the smallest PySide6 wizard, reporting its first paint the same way.
BARE_WIZARD = """
import sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWizard, QWizardPage
app = QApplication(sys.argv)
wizard = QWizard()
wizard.setWindowTitle("Bare wizard")
page = QWizardPage()
page.setTitle("Welcome")
QVBoxLayout(page).addWidget(QLabel("A bare PySide6 wizard page."))
wizard.addPage(page)
class Watch(QObject):
    done = False
    def eventFilter(self, obj, event):
        if not self.done and event.type() == QEvent.Type.Paint:
            self.done = True
            QTimer.singleShot(0, lambda: (print("first paint", flush=True), wizard.close()))
        return False
watch = Watch()
wizard.installEventFilter(watch)
wizard.show()
sys.exit(app.exec())
"""


def _env(work: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.update({"QT_QPA_PLATFORM": "offscreen", "TRUSTANCHOR_HOME": str(work / "home"),
                "HOME": str(work), "XDG_STATE_HOME": str(work / "state"),
                "XDG_CONFIG_HOME": str(work / "config"), "TMPDIR": str(work)})
    env.pop("TRUSTANCHOR_EXIT_AFTER_MS", None)
    # Measure with compiled bytecode, as an installed or packaged app runs: the warm-up run
    # writes it (some shells set PYTHONDONTWRITEBYTECODE, which would recompile every time).
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def _time_to_first_paint(cmd: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                            text=True)
    assert proc.stdout is not None
    for line in proc.stdout:
        if line.strip() == "first paint":
            elapsed = time.perf_counter() - start
            break
    else:
        raise RuntimeError(f"{cmd[1:3]} exited without painting (code {proc.wait()})")
    proc.wait(CHILD_TIMEOUT_S)
    return elapsed


def measure_launch() -> dict[str, Any]:
    app_times: list[float] = []
    bare_times: list[float] = []
    with tempfile.TemporaryDirectory() as tmp:
        for run in range(LAUNCH_RUNS + 1):  # the first pair only warms the disk cache
            work = Path(tmp) / f"run{run}"
            work.mkdir()
            env = _env(work)
            app = _time_to_first_paint([sys.executable, "-m", "trustanchor.gui"],
                                       {**env, "TRUSTANCHOR_EXIT_ON_FIRST_PAINT": "1"})
            bare = _time_to_first_paint([sys.executable, "-c", BARE_WIZARD], env)
            if run:
                app_times.append(app)
                bare_times.append(bare)
    app_ms = statistics.median(app_times) * 1000
    bare_ms = statistics.median(bare_times) * 1000
    return {"trustanchor_median_ms": round(app_ms, 1), "bare_qwizard_median_ms": round(bare_ms, 1),
            "ratio": round(app_ms / bare_ms, 2), "goal_ratio": LAUNCH_GOAL_RATIO,
            "runs": LAUNCH_RUNS}


def measure_stall() -> dict[str, Any]:
    results = []
    for _ in range(STALL_RUNS):
        with tempfile.TemporaryDirectory() as tmp:
            out = subprocess.run([sys.executable, str(Path(__file__).resolve()), "--stall-child"],
                                 env=_env(Path(tmp)), capture_output=True, text=True,
                                 timeout=CHILD_TIMEOUT_S, cwd=ROOT)
            if out.returncode != 0:
                raise RuntimeError(f"stall child failed: {out.stderr[-2000:]}")
            results.append(json.loads(out.stdout.strip().splitlines()[-1]))
    phases = {name: max(r[name] for r in results) for name in results[0]}
    worst = max(phases.values())
    return {"longest_stall_ms_by_phase": phases, "longest_stall_ms": worst,
            "goal_ms": STALL_GOAL_MS, "runs": STALL_RUNS}


def stall_child() -> int:
    """In a fresh process: drive the real window through the slow steps, watch the heartbeat."""
    from PySide6.QtCore import QEventLoop, QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    from trustanchor.core.flow.operations import PublishOptions
    from trustanchor.core.flow.state import Step
    from trustanchor.core.store.home import CAHome, default_home
    from trustanchor.gui.session import open_session
    from trustanchor.gui.window import WizardWindow

    _app = QApplication(sys.argv[:1])  # kept alive for the whole run
    work = Path(os.environ["TMPDIR"])
    home = CAHome(default_home())
    options = PublishOptions(address="127.0.0.1", bind="127.0.0.1", port=0, https_port=0,
                             mdns=True, mdns_interfaces=("127.0.0.1",))
    session = open_session(home, options, hostname="bench", addresses=("127.0.0.1",),
                           output_folder=work / "out")
    assert session.initial is not None
    window = WizardWindow(session, session.initial,
                          QSettings(str(work / "s.ini"), QSettings.Format.IniFormat))
    window.show()
    gaps: dict[str, float] = {}
    phase = ["idle"]
    last = [time.perf_counter()]

    def beat() -> None:
        now = time.perf_counter()
        gap = (now - last[0]) * 1000 - HEARTBEAT_MS
        gaps[phase[0]] = max(gaps.get(phase[0], 0.0), gap)
        last[0] = now

    heartbeat = QTimer()
    heartbeat.setInterval(HEARTBEAT_MS)
    heartbeat.timeout.connect(beat)
    heartbeat.start()

    def run_until(name: str, action: Any, done: Any) -> None:
        phase[0] = name
        loop = QEventLoop()
        poll = QTimer()
        poll.setInterval(10)
        deadline = time.monotonic() + CHILD_TIMEOUT_S / 2
        poll.timeout.connect(lambda: (done() or time.monotonic() > deadline) and loop.quit())
        QTimer.singleShot(0, action)
        poll.start()
        loop.exec()
        poll.stop()
        if not done():
            raise SystemExit(f"{name} did not finish: {window.page.error}")
        phase[0] = "idle"

    def idle() -> bool:
        return not window.controller.running and not window.page.busy

    run_until("prepare pages (idle, after start)", window.prewarm,
              lambda: len(window.pages) == len(Step))
    run_until("open the CA page", window.next_button.click, lambda: window.wizard.step is Step.CA)
    ca_page = window.pages[Step.CA]
    ca_page.key_combo.setCurrentIndex(ca_page.key_combo.findData("rsa-4096"))  # type: ignore[attr-defined]
    ca_page.key_combo.activated.emit(ca_page.key_combo.currentIndex())  # type: ignore[attr-defined]
    ca_page.pass_edit.setText("benchmark passphrase")  # type: ignore[attr-defined]
    ca_page.confirm_edit.setText("benchmark passphrase")  # type: ignore[attr-defined]
    run_until("create RSA-4096 CA", window.next_button.click,
              lambda: window.wizard.step is Step.SERVER_CERT and idle())
    run_until("issue certificate", window.next_button.click,
              lambda: window.wizard.step is Step.SAVE and idle())
    run_until("start publishing", window.next_button.click,
              lambda: window.wizard.state.facts.publishing_url is not None and idle())
    run_until("restart publishing", lambda: window.controller.choose_address("127.0.0.1"),
              lambda: session.publisher is not None and idle()
              and window.wizard.state.facts.publishing_url is not None)
    run_until("stop publishing", window.controller.stop_publishing,
              lambda: window.wizard.state.facts.publishing_url is None and idle())
    heartbeat.stop()
    window.close()
    session.shutdown()
    gaps.pop("idle", None)
    print(json.dumps({k: round(v, 1) for k, v in gaps.items()}))
    return 0


def run() -> dict[str, Any]:
    stall = measure_stall()
    launch = measure_launch()
    print(f"{'measure':44} {'value':>12} {'goal':>10}")
    for name, value in stall["longest_stall_ms_by_phase"].items():
        print(f"UI stall: {name:34} {value:9.1f} ms {STALL_GOAL_MS:7.0f} ms")
    print(f"{'launch to first paint: TrustAnchor':44} {launch['trustanchor_median_ms']:9.1f} ms")
    print(f"{'launch to first paint: bare QWizard':44} {launch['bare_qwizard_median_ms']:9.1f} ms")
    print(f"{'ratio':44} {launch['ratio']:10.2f}x {LAUNCH_GOAL_RATIO:8.1f}x")
    return {"ui_stall": stall, "launch": launch}


if __name__ == "__main__":
    if "--stall-child" in sys.argv:
        sys.exit(stall_child())
    run()
