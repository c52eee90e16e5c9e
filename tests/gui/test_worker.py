"""The worker type: results, errors and cancelling arrive on the UI thread as signals."""

from __future__ import annotations

import threading
import time

import pytest
from PySide6.QtCore import QObject, QThread, Slot
from pytestqt.qtbot import QtBot

from trustanchor.core.errors import PassphraseError
from trustanchor.gui.worker import CancelToken, Worker


class Sink(QObject):
    """A UI-thread receiver, like a page."""

    def __init__(self) -> None:
        super().__init__()
        self.results: list[object] = []
        self.threads: list[QThread] = []

    @Slot(object)
    def take(self, value: object) -> None:
        self.threads.append(QThread.currentThread())
        self.results.append(value)


def test_returned_on_ui_thread(qtbot: QtBot) -> None:
    sink = Sink()
    callers: list[str] = []

    def work(a: int, b: int) -> int:
        callers.append(threading.current_thread().name)
        return a * b

    worker = Worker(work, 6, 7)
    worker.returned.connect(sink.take)
    with qtbot.waitSignals([worker.started, worker.returned, worker.finished], timeout=5000):
        worker.start()
    assert sink.results == [42]
    assert sink.threads == [sink.thread()]  # the slot ran on the UI thread
    assert callers != [threading.main_thread().name]  # the call did not
    qtbot.waitUntil(lambda: not worker.is_running, timeout=2000)


def test_errored_carries_the_exception(qtbot: QtBot) -> None:
    sink = Sink()

    def fail() -> None:
        raise PassphraseError("The passphrase is wrong; type it again.")

    worker = Worker(fail)
    worker.errored.connect(sink.take)
    worker.returned.connect(sink.take)
    with qtbot.waitSignals([worker.errored, worker.finished], timeout=5000):
        worker.start()
    assert len(sink.results) == 1
    assert isinstance(sink.results[0], PassphraseError)


def test_unexpected_error_is_logged_and_reported(qtbot: QtBot, caplog: pytest.LogCaptureFixture
                                                 ) -> None:
    def boom() -> None:
        raise RuntimeError("internal")

    worker = Worker(boom)
    with qtbot.waitSignal(worker.errored, timeout=5000) as blocker:
        worker.start()
    assert isinstance(blocker.args[0], RuntimeError)
    assert "boom failed" in caplog.text


def test_cancel_emits_only_finished(qtbot: QtBot) -> None:
    sink = Sink()
    began = threading.Event()

    def slow(cancel: CancelToken) -> str:
        began.set()
        deadline = time.monotonic() + 5
        while not cancel.cancelled and time.monotonic() < deadline:
            time.sleep(0.005)
        return "done"

    worker = Worker(slow)
    worker.returned.connect(sink.take)
    worker.errored.connect(sink.take)
    with qtbot.waitSignal(worker.finished, timeout=5000):
        worker.start()
        assert began.wait(5)
        worker.cancel()
    assert sink.results == []
    assert worker.wait(1)


def test_many_workers_in_parallel(qtbot: QtBot) -> None:
    workers = [Worker(pow, 2, n) for n in range(20)]
    sink = Sink()
    for w in workers:
        w.returned.connect(sink.take)
    with qtbot.waitSignals([w.finished for w in workers], timeout=10000):
        for w in workers:
            w.start()
    assert sorted(sink.results) == sorted(2**n for n in range(20))  # type: ignore[type-var]
