"""One small worker type: run a synchronous core call on a pool thread, report with signals.

The shape follows superqt's thread worker: a QRunnable carries a QObject whose signals
(`started`, `returned(result)`, `errored(exception)`, `finished`) are created on the UI thread, so
slots connected to them run there through queued connections. The call itself never touches Qt.

Cancelling is cooperative: `cancel()` sets a flag the call can poll through the `CancelToken` it
receives when it asks for one; a cancelled run emits neither `returned` nor `errored` (cancelling
is not an error), only `finished`.
"""

from __future__ import annotations

import inspect
import logging
import threading
from collections.abc import Callable
from typing import Any, ClassVar

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)


class CancelToken:
    """Handed to a call that accepts a `cancel` keyword; it checks `cancelled` between steps."""

    def __init__(self) -> None:
        self._event = threading.Event()

    @property
    def cancelled(self) -> bool:
        return self._event.is_set()

    def set(self) -> None:
        self._event.set()


class WorkerSignals(QObject):
    started = Signal()
    returned = Signal(object)
    errored = Signal(object)
    finished = Signal()


class _Runnable(QRunnable):
    def __init__(self, worker: Worker) -> None:
        super().__init__()
        self._worker = worker
        # Python owns the runnable (the Worker keeps it); Qt must not delete it behind our back.
        self.setAutoDelete(False)

    def run(self) -> None:
        self._worker._run()


class Worker:
    """`Worker(fn, *args, **kwargs)`; connect to its signals, then `start()`."""

    # Workers alive until their `finished` arrives, so nothing is collected mid-run.
    _alive: ClassVar[set[Worker]] = set()

    def __init__(self, fn: Callable[..., Any], /, *args: Any, **kwargs: Any) -> None:
        self._fn = fn
        self._args = args
        self._kwargs = kwargs
        self._token = CancelToken()
        if _accepts_cancel(fn):
            self._kwargs["cancel"] = self._token
        self.signals = WorkerSignals()
        self.started = self.signals.started
        self.returned = self.signals.returned
        self.errored = self.signals.errored
        self.finished = self.signals.finished
        self._runnable = _Runnable(self)
        self._done = threading.Event()
        self.finished.connect(self._forget)

    @property
    def name(self) -> str:
        return getattr(self._fn, "__qualname__", repr(self._fn))

    def start(self, pool: QThreadPool | None = None) -> Worker:
        Worker._alive.add(self)
        (pool or QThreadPool.globalInstance()).start(self._runnable)
        return self

    def cancel(self) -> None:
        self._token.set()

    @property
    def is_running(self) -> bool:
        return self in Worker._alive

    def wait(self, timeout_s: float) -> bool:
        """Block until the call has returned (for shutdown and tests only, never a page)."""
        return self._done.wait(timeout_s)

    def _run(self) -> None:
        self.signals.started.emit()
        try:
            result = self._fn(*self._args, **self._kwargs)
        except BaseException as exc:  # reported to the UI thread, never lost
            if not self._token.cancelled:
                if not _is_expected(exc):
                    log.error("%s failed", self.name, exc_info=exc)
                self.signals.errored.emit(exc)
        else:
            if not self._token.cancelled:
                self.signals.returned.emit(result)
        finally:
            self._done.set()
            self.signals.finished.emit()

    def _forget(self) -> None:
        Worker._alive.discard(self)


def _accepts_cancel(fn: Callable[..., Any]) -> bool:
    try:
        return "cancel" in inspect.signature(fn).parameters
    except (TypeError, ValueError):  # some builtins have no signature
        return False


def _is_expected(exc: BaseException) -> bool:
    from trustanchor.core.errors import TrustAnchorError

    return isinstance(exc, TrustAnchorError)
