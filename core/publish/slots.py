"""Connection slots of one listening port: who may take one, and which to reclaim when full.

Each port has its own table, so clients holding the HTTPS port cannot starve the phone page on
the HTTP port (or the other way round). Within a port, three budgets apply:

- per address: one device (IPv4 address or full IPv6 address) holds at most `per_address`;
  beyond that its new connection is refused, since it is only competing with itself;
- per IPv6 /64: every device of a home network shares its /64 (RFC 4291 section 2.5.4, SLAAC
  in RFC 4862), so the /64 gets a much larger budget than one device, yet less than the whole
  port, so that one prefix full of temporary addresses (RFC 8981) cannot take every slot;
- per port: at most `total`.

When the /64 or the port budget is full, the slot that has waited longest for a request head
(or a TLS handshake) is reclaimed for the newcomer: an idle keep-alive connection costs its
browser nothing to reopen (RFC 9112 section 9.3.1 lets it retry), while a client dripping a
request or holding a silent handshake loses its slot first because it has waited longest.
Only when every slot is busy answering a request is the newcomer refused (503).
"""

from __future__ import annotations

import ipaddress
import threading
import time
from collections import Counter
from dataclasses import dataclass, field

Address = ipaddress.IPv4Address | ipaddress.IPv6Address


@dataclass(frozen=True)
class Budget:
    per_address: int
    per_network: int
    total: int


def client_groups(address: Address | str) -> tuple[str, str | None]:
    """What the budgets count a client as: its address, and its IPv6 /64 (None for IPv4).

    An IPv4-mapped IPv6 address counts as the IPv4 address; text that is no address (a Unix
    socket name, say) counts as itself.
    """
    if isinstance(address, str):
        text = address
        try:
            address = ipaddress.ip_address(text.split("%", 1)[0])
        except ValueError:
            return text, None
    if isinstance(address, ipaddress.IPv6Address):
        if address.ipv4_mapped is not None:
            return str(address.ipv4_mapped), None
        return str(address), str(ipaddress.IPv6Network((address, 64), strict=False))
    return str(address), None


@dataclass
class _Slot:
    address: str
    network: str | None
    waiting_since: float | None  # None while a request is being answered


@dataclass
class Admission:
    admitted: bool
    reclaimed: list[int] = field(default_factory=list)  # slot ids whose connection to close


class SlotTable:
    """The slots of one port. Not thread-safe: the listener calls it under its lock."""

    def __init__(self, budget: Budget) -> None:
        self.budget = budget
        self._slots: dict[int, _Slot] = {}
        self._per_address: Counter[str] = Counter()
        self._per_network: Counter[str] = Counter()

    def __len__(self) -> int:
        return len(self._slots)

    def count(self, address: Address | str) -> tuple[int, int]:
        """How many slots this client's address and its /64 hold."""
        key, network = client_groups(address)
        return self._per_address[key], self._per_network[network] if network else 0

    def admit(self, slot_id: int, address: Address | str, now: float) -> Admission:
        """Take a slot for a new connection, reclaiming idle ones if a shared budget is full."""
        key, network = client_groups(address)
        if self._per_address[key] >= self.budget.per_address:
            return Admission(False)
        reclaimed: list[int] = []
        if network is not None and self._per_network[network] >= self.budget.per_network:
            victim = self._longest_waiting(network)
            if victim is None:
                return Admission(False)
            reclaimed.append(victim)
        if len(self._slots) - len(reclaimed) >= self.budget.total:
            victim = self._longest_waiting(None, exclude=reclaimed)
            if victim is None:
                return Admission(False)
            reclaimed.append(victim)
        for victim in reclaimed:
            self.release(victim)
        self._slots[slot_id] = _Slot(key, network, now)
        self._per_address[key] += 1
        if network is not None:
            self._per_network[network] += 1
        return Admission(True, reclaimed)

    def busy(self, slot_id: int) -> None:
        """The slot's request head arrived: it is being answered and is not reclaimed."""
        slot = self._slots.get(slot_id)
        if slot is not None:
            slot.waiting_since = None

    def waiting(self, slot_id: int, now: float) -> None:
        """The slot answered and now waits for its next request (an idle keep-alive)."""
        slot = self._slots.get(slot_id)
        if slot is not None:
            slot.waiting_since = now

    def release(self, slot_id: int) -> None:
        """Free the slot (idempotent: a reclaimed slot is released again when its thread ends)."""
        slot = self._slots.pop(slot_id, None)
        if slot is None:
            return
        _decrement(self._per_address, slot.address)
        if slot.network is not None:
            _decrement(self._per_network, slot.network)

    def _longest_waiting(self, network: str | None, exclude: list[int] | None = None
                         ) -> int | None:
        best: tuple[float, int] | None = None
        for slot_id, slot in self._slots.items():
            if slot.waiting_since is None or (exclude and slot_id in exclude):
                continue
            if network is not None and slot.network != network:
                continue
            if best is None or slot.waiting_since < best[0]:
                best = (slot.waiting_since, slot_id)
        return best[1] if best else None


class Activity:
    """What a connection's handler tells its table, so that an idle or slow connection can be
    reclaimed when slots run low and one answering a request never is."""

    def __init__(self, lock: threading.Lock, table: SlotTable, slot_id: int) -> None:
        self._lock, self._table, self._slot_id = lock, table, slot_id

    def busy(self) -> None:
        """A complete request head arrived; it is being answered."""
        with self._lock:
            self._table.busy(self._slot_id)

    def waiting(self) -> None:
        """The response went out; the connection now waits for another request."""
        with self._lock:
            self._table.waiting(self._slot_id, time.monotonic())


def _decrement(counter: Counter[str], key: str) -> None:
    counter[key] -= 1
    if counter[key] <= 0:
        del counter[key]
