"""Telegram's flood control, as far as Telegram describes it, for tests that turn it on.

Telegram's FAQ: "If you're sending bulk notifications to multiple users, the API will not
allow more than 30 messages per second or so", and in one chat "avoid sending more than
one message per second. We may allow short bursts that go over this limit, but eventually
you'll begin receiving 429 errors." It publishes no algorithm, so this models each limit
as a token bucket: the bot as a whole may send `per_second` messages a second with a
burst of one second's worth; each chat one a second with a burst of `chat_burst`. A
message over either limit is refused with 429 and the `retry_after` (whole seconds, at
least 1) after which it would have gone, and takes no effect.
"""

from __future__ import annotations

import math
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

# What counts as a message against the limits: the methods that put a new one in a chat.
SENDING_METHODS = frozenset({"sendMessage", "sendPhoto", "sendDocument"})


@dataclass(frozen=True, slots=True)
class FloodLimits:
    per_second: float = 30.0
    chat_per_second: float = 1.0
    chat_burst: int = 3


@dataclass(slots=True)
class _Bucket:
    rate: float
    capacity: float
    tokens: float
    at: float

    def wait(self, now: float) -> float:
        """Seconds until one token is here (0: now), after refilling to `now`."""
        self.tokens = min(self.capacity, self.tokens + (now - self.at) * self.rate)
        self.at = now
        return 0.0 if self.tokens >= 1 else (1 - self.tokens) / self.rate


@dataclass
class FloodControl:
    limits: FloodLimits
    monotonic: Callable[[], float] = time.monotonic
    # Refusals per chat id, for tests to read.
    refused: Counter[int] = field(default_factory=Counter)
    _bot: _Bucket | None = None
    _chats: dict[int, _Bucket] = field(default_factory=dict)

    def admit(self, chat_id: int) -> int | None:
        """None if a message to `chat_id` may go now (and counts it); else retry_after."""
        now = self.monotonic()
        limits = self.limits
        if self._bot is None:
            self._bot = _Bucket(limits.per_second, limits.per_second, limits.per_second, now)
        chat = self._chats.get(chat_id)
        if chat is None:
            burst = float(limits.chat_burst)
            chat = self._chats[chat_id] = _Bucket(limits.chat_per_second, burst, burst, now)
        wait = max(self._bot.wait(now), chat.wait(now))
        if wait > 0:
            self.refused[chat_id] += 1
            return max(1, math.ceil(wait))
        self._bot.tokens -= 1
        chat.tokens -= 1
        return None
