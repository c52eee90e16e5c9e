"""A child process's output, read line by line on a thread and waited for with a deadline: a
child that goes quiet fails its test within the timeout instead of hanging it."""

from __future__ import annotations

import queue
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from typing import Generic, TypeVar

T = TypeVar("T")


class LineReader(Generic[T]):
    """Reads `stream` to its end on a daemon thread, each line through `parse`."""

    def __init__(self, stream: Iterable[str], parse: Callable[[str], T]) -> None:
        self._items: queue.Queue[T] = queue.Queue()
        self._thread = threading.Thread(target=self._pump, args=(stream, parse), daemon=True)
        self._thread.start()

    def _pump(self, stream: Iterable[str], parse: Callable[[str], T]) -> None:
        for line in stream:
            self._items.put(parse(line))

    def arrivals(self, timeout: float) -> Iterator[T]:
        """Each item, in order, as it arrives, until `timeout` seconds from now."""
        deadline = time.monotonic() + timeout
        while (left := deadline - time.monotonic()) > 0:
            try:
                yield self._items.get(timeout=left)
            except queue.Empty:
                return

    def join(self, timeout: float = 5) -> None:
        """Wait for the end of the stream (the child has exited or closed it)."""
        self._thread.join(timeout)
