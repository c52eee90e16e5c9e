"""Loggers that import :mod:`logging` only when a record can reach someone.

The command line's `issue` runs in about a tenth of a second, and importing :mod:`logging`
(with :mod:`traceback`, :mod:`string` and :mod:`weakref`) is a noticeable share of that. Until a
program imports :mod:`logging`, no handler or level can have been configured, and Python's
last-resort handler prints only warnings and errors (the "lastResort" handler of the logging
module's documentation). So debug and info records are dropped while :mod:`logging` is not
loaded, and warnings and errors load it and go through a real logger as before. The wizard
configures logging at start, so it sees every record.
"""

from __future__ import annotations

import sys
from typing import Any

__all__ = ["LazyLogger", "get_logger"]


class LazyLogger:
    """The part of :class:`logging.Logger` that core uses, bound to one logger name."""

    __slots__ = ("name",)

    def __init__(self, name: str) -> None:
        self.name = name

    def _logger(self) -> Any:
        import logging

        return logging.getLogger(self.name)

    def debug(self, msg: str, *args: object) -> None:
        if "logging" in sys.modules:
            self._logger().debug(msg, *args)

    def info(self, msg: str, *args: object) -> None:
        if "logging" in sys.modules:
            self._logger().info(msg, *args)

    def warning(self, msg: str, *args: object) -> None:
        self._logger().warning(msg, *args)

    def error(self, msg: str, *args: object) -> None:
        self._logger().error(msg, *args)


def get_logger(name: str) -> LazyLogger:
    return LazyLogger(name)
