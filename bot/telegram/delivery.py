"""Two lanes for everything the bot sends: replies never wait behind pings.

- The reply lane (the default) is what she just did being answered. It goes out at once,
  with no pacing in advance: a reply held behind ten thousand check-ins on Valentine's
  eve is a reply that comes too late.
- The bulk lane is what the bot sends unprompted (the daily check-in, hard dates, hard
  hours, held-draft reviews, the cut-off reminder). A send joins it by passing
  `**bulk_lane(bot)` to the bot method (PTB hands `rate_limit_args` to the limiter). It is
  paced for the bot as a whole (Telegram: "If you're sending bulk notifications to
  multiple users, the API will not allow more than 30 messages per second or so") and at
  most one message a second per chat ("avoid sending more than one message per second").
  With paid broadcast on, the pace is Telegram's paid limit instead (1000/s) and each bulk
  send carries `allow_paid_broadcast=True`, which Telegram bills in Stars.

When Telegram answers 429, only what it held waits its `retry_after`, then the request is
tried again: that chat, or the whole bot when several chats are refused at once (Telegram
does not say which limit was hit; a flood of the bot's overall limit refuses many chats
together, one chat's limit refuses that chat alone). Whatever waits, replies go first.

Only the moment a request may start is decided here; the HTTP call itself runs in the
caller's task, so calls overlap as before. Time is an injected monotonic clock and sleep,
so tests drive the pacing exactly.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
import warnings
from collections.abc import Awaitable, Callable, Coroutine
from dataclasses import dataclass, field
from datetime import timedelta
from enum import StrEnum
from typing import Any, Final

from telegram import Bot
from telegram.constants import FloodLimit
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter
from telegram.ext import BaseRateLimiter, ExtBot
from telegram.warnings import PTBDeprecationWarning

from bot.core.model import Timer
from bot.observability.metrics import Metrics
from bot.timers.service import (
    RecipientGone,
    TimerCallback,
    TryAgainLater,
    Undeliverable,
)

_log = logging.getLogger(__name__)

JSONResult = bool | dict[str, Any] | list[dict[str, Any]]
Request = Callable[..., Coroutine[Any, Any, JSONResult]]


class Lane(StrEnum):
    REPLY = "reply"
    BULK = "bulk"


# Telegram's free broadcast pace and its paid one (Bot API `allow_paid_broadcast`).
FREE_BULK_PER_SECOND: Final = float(FloodLimit.MESSAGES_PER_SECOND)
PAID_BULK_PER_SECOND: Final = float(FloodLimit.PAID_MESSAGES_PER_SECOND)
# One message a second in one chat, for unprompted messages (her morning batch is spaced).
PER_CHAT_INTERVAL: Final = 1.0
# How much of the bulk pace may be saved up to make good a late wake-up (see _TokenBucket).
CATCH_UP: Final = timedelta(seconds=0.1)
# retry_after is whole seconds, counted on Telegram's clock, not ours: a little slack.
RETRY_MARGIN: Final = 0.1
# This many chats refused within one another's wait means the bot as a whole is held.
GLOBAL_FLOOD_CHATS: Final = 3
# Tries of one request after the first 429; past them the caller sees the 429 (a timer
# is then postponed by its retry_after, durably; a reply reaches the error handler).
MAX_RETRIES: Final = 5
# The methods that accept `allow_paid_broadcast` (as PTB 22 has them); others go unchanged.
_PAID_BROADCAST_METHODS: Final = frozenset(
    {
        "sendMessage",
        "sendPhoto",
        "sendLivePhoto",
        "sendDocument",
        "sendVideo",
        "sendVideoNote",
        "sendAnimation",
        "sendAudio",
        "sendVoice",
        "sendSticker",
        "sendMediaGroup",
        "sendPaidMedia",
        "sendLocation",
        "sendVenue",
        "sendContact",
        "sendPoll",
        "sendDice",
        "sendGame",
        "sendInvoice",
        "copyMessage",
    }
)
# Per-chat bookkeeping is pruned (of chats whose wait is over) past this many chats.
_PRUNE_ABOVE: Final = 4096
# Floating-point slack when a token or a deadline is exactly due.
_EPSILON: Final = 1e-9

ChatKey = int | str | None


def bulk_lane(bot: Bot) -> dict[str, Any]:
    """Keyword arguments that send a bot call through the bulk lane.

    Empty when the bot has no lane limiter (benchmarks and tools run without one, and
    PTB refuses `rate_limit_args` then), so call sites need not know how the bot was built.
    """
    if isinstance(bot, ExtBot) and isinstance(bot.rate_limiter, LaneRateLimiter):
        return {"rate_limit_args": Lane.BULK}
    return {}


@dataclass(eq=False)
class _Waiter:
    lane: Lane
    chat: ChatKey
    granted: asyncio.Future[None] = field(repr=False)


class _TokenBucket:
    """`rate` per second, evenly spaced: one message every 1/rate s, no saved-up burst.

    A bucket that saved up a second's worth would send 30 at once after a pause and 30
    more within that same second; with several members each saving up its share, the bot
    as a whole would top 30 in a second by the number of members. This one starts with
    one message and saves up at most CATCH_UP's worth, just enough that a wake-up late
    by a busy event loop is made good instead of lost: any second then holds at most
    `rate` plus a tenth of it."""

    def __init__(self, rate: float, now: float) -> None:
        self.rate = rate
        self._tokens = 1.0
        self._at = now

    def _refill(self, now: float) -> None:
        most = max(1.0, self.rate * CATCH_UP.total_seconds())
        self._tokens = min(most, self._tokens + (now - self._at) * self.rate)
        self._at = now

    def take(self, now: float) -> bool:
        self._refill(now)
        if self._tokens < 1 - _EPSILON:
            return False
        self._tokens -= 1
        return True

    def next_token_in(self, now: float) -> float:
        self._refill(now)
        return max(0.0, (1 - self._tokens) / self.rate)


@dataclass(frozen=True, slots=True)
class PaceClock:
    """The time the lanes pace by: a monotonic reading and a way to wait for it to pass.
    Real time in the bot. Tests of whole journeys give one whose waits pass at once, in
    the same order, so a month of daily check-ins to one chat is not a month of one-second
    gaps in real time; the pacing itself is tested with a clock of its own."""

    monotonic: Callable[[], float] = time.monotonic
    sleep: Callable[[float], Awaitable[None]] = asyncio.sleep


class LaneRateLimiter(BaseRateLimiter[Lane]):
    def __init__(
        self,
        *,
        paid_broadcast: bool = False,
        bulk_per_second: float | None = None,
        per_chat_interval: float = PER_CHAT_INTERVAL,
        max_retries: int = MAX_RETRIES,
        monotonic: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
        metrics: Metrics | None = None,
    ) -> None:
        self.paid_broadcast = paid_broadcast
        self._metrics = metrics
        rate = bulk_per_second or (PAID_BULK_PER_SECOND if paid_broadcast else FREE_BULK_PER_SECOND)
        self._now = monotonic
        self._sleep = sleep
        self._bot_bulk_per_second = rate
        self._bucket = _TokenBucket(rate, monotonic())
        self._per_chat_interval = per_chat_interval
        self._max_retries = max_retries
        self._held_until = 0.0  # the whole bot, after a flood of its overall limit
        self._chat_held_until: dict[ChatKey, float] = {}
        self._last_sent: dict[ChatKey, float] = {}
        self._prune_above = _PRUNE_ABOVE
        # Waiting requests, oldest first; retried ones before fresh ones so a 429 does
        # not send them to the back of ten thousand check-ins.
        self._replies: dict[_Waiter, None] = {}
        self._bulk_retries: dict[_Waiter, None] = {}
        self._bulk: dict[_Waiter, None] = {}
        self._wake = asyncio.Event()
        self._pump: asyncio.Task[None] | None = None
        # Requests let go per lane (each try of a retried one), counted as they leave, so a
        # test that saw a message arrive can rely on the count.
        self.sent: dict[Lane, int] = dict.fromkeys(Lane, 0)

    @property
    def bulk_per_second(self) -> float:
        return self._bucket.rate

    def share_bulk_pace(self, members: int) -> None:
        """Telegram's bulk limit is the bot's, not a process's: with `members` processes
        sending (bot/cluster/), each keeps to its share of it."""
        self._bucket.rate = self._bot_bulk_per_second / max(1, members)

    async def initialize(self) -> None:
        """Nothing to open: the pacing task starts with the first request that waits."""

    async def shutdown(self) -> None:
        if self._pump is not None:
            self._pump.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._pump
            self._pump = None
        # Not sent, so not lost: a timer stays pending and is tried again after a start.
        for queue in (self._replies, self._bulk_retries, self._bulk):
            for waiter in queue:
                if not waiter.granted.done():
                    waiter.granted.set_exception(NetworkError("The bot stopped before sending"))
            queue.clear()

    async def process_request(
        self,
        callback: Request,
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: Lane | None,
    ) -> JSONResult:
        lane = Lane.BULK if rate_limit_args == Lane.BULK else Lane.REPLY
        chat = _chat_key(data.get("chat_id"))
        if lane is Lane.BULK and self.paid_broadcast and endpoint in _PAID_BROADCAST_METHODS:
            # `data` is the very dict PTB sends (it is also args[1]).
            data["allow_paid_broadcast"] = True
        for attempt in range(self._max_retries + 1):
            await self._permit(lane, chat, retry=attempt > 0)
            self.sent[lane] += 1
            if self._metrics is not None:
                self._metrics.sends.labels(lane.value).inc()
            try:
                return await callback(*args, **kwargs)
            except RetryAfter as error:
                if self._metrics is not None:
                    self._metrics.flood_waits.labels(lane.value).inc()
                    self._metrics.retry_after_seconds.observe(_seconds(error))
                self._hold(chat, _seconds(error))
                if attempt == self._max_retries:
                    _log.warning("%s refused %d times by flood control", endpoint, attempt + 1)
                    raise
                _log.info("flood control on %s: waiting %.0f s", endpoint, _seconds(error))
        raise AssertionError("unreachable: the last attempt returns or raises")

    # -- when a request may go --------------------------------------------------------------

    async def _permit(self, lane: Lane, chat: ChatKey, *, retry: bool) -> None:
        now = self._now()
        if lane is Lane.REPLY and self._held_at(chat, now) <= now:
            return  # the fast path: no pacing in advance
        waiter = _Waiter(lane, chat, asyncio.get_running_loop().create_future())
        if lane is Lane.REPLY:
            self._replies[waiter] = None
        else:
            (self._bulk_retries if retry else self._bulk)[waiter] = None
        self._kick()
        try:
            await waiter.granted
        except asyncio.CancelledError:
            # The caller gave up (PTB stopping, a timeout): its place goes to the next one.
            for queue in (self._replies, self._bulk_retries, self._bulk):
                queue.pop(waiter, None)
            raise

    def _kick(self) -> None:
        if self._pump is None or self._pump.done():
            self._pump = asyncio.get_running_loop().create_task(self._run(), name="send-lanes")
        self._wake.set()

    async def _run(self) -> None:
        while True:
            delay = self._grant_due()
            self._wake.clear()
            if delay is None:
                await self._wake.wait()
                continue
            sleeper = asyncio.ensure_future(self._sleep(delay))
            woken = asyncio.ensure_future(self._wake.wait())
            try:
                await asyncio.wait({sleeper, woken}, return_when=asyncio.FIRST_COMPLETED)
            finally:
                sleeper.cancel()
                woken.cancel()

    def _grant_due(self) -> float | None:
        """Let go everything that may go now, replies first; seconds until the next may."""
        now = self._now()
        if not (self._replies or self._bulk_retries or self._bulk):
            return None
        if now < self._held_until - _EPSILON:
            return self._held_until - now
        next_at = float("inf")
        for waiter in list(self._replies):
            ready = self._held_at(waiter.chat, now)
            if ready <= now + _EPSILON:
                self._grant(self._replies, waiter, now)
            else:
                next_at = min(next_at, ready)
        for queue in (self._bulk_retries, self._bulk):
            going: list[_Waiter] = []
            out_of_tokens = False
            # Oldest first; a chat still in its one-second gap is passed over, not waited on.
            for waiter in queue:
                ready = self._ready_at(waiter.chat, now)
                if ready > now + _EPSILON:
                    next_at = min(next_at, ready)
                elif self._bucket.take(now):
                    going.append(waiter)
                    self._mark_sent(waiter.chat, now)  # a second one of hers now waits
                else:
                    out_of_tokens = True
                    break
            for waiter in going:
                self._grant(queue, waiter, now)
            if out_of_tokens:
                return min(next_at, now + self._bucket.next_token_in(now)) - now
        return None if next_at == float("inf") else max(0.0, next_at - now)

    def _grant(self, queue: dict[_Waiter, None], waiter: _Waiter, now: float) -> None:
        del queue[waiter]
        if waiter.granted.done():  # cancelled meanwhile
            return
        if waiter.lane is Lane.BULK:
            self._mark_sent(waiter.chat, now)
        waiter.granted.set_result(None)

    def _mark_sent(self, chat: ChatKey, now: float) -> None:
        # Bulk only: her morning batch is spaced, but a check-in right after a reply is not
        # held back (replies burst anyway, and Telegram allows short bursts in a chat).
        if chat is not None:
            self._last_sent[chat] = now
            if len(self._last_sent) > self._prune_above:
                self._prune(now)

    def _held_at(self, chat: ChatKey, now: float) -> float:
        """When a flood-control wait for this chat (or the bot) ends; `now` if none."""
        return max(now, self._held_until, self._chat_held_until.get(chat, 0.0))

    def _ready_at(self, chat: ChatKey, now: float) -> float:
        """When a request for this chat may go, bulk spacing included (replies ignore it)."""
        held = self._held_at(chat, now)
        last = self._last_sent.get(chat)
        return held if last is None else max(held, last + self._per_chat_interval)

    def _hold(self, chat: ChatKey, seconds: float) -> None:
        now = self._now()
        until = now + seconds + RETRY_MARGIN
        held_chats = [c for c, end in self._chat_held_until.items() if end > now and c != chat]
        if chat is None or len(held_chats) + 1 >= GLOBAL_FLOOD_CHATS:
            # Refused without a chat, or in several chats at once: the bot as a whole.
            self._held_until = max(self._held_until, until)
        if chat is not None:
            self._chat_held_until[chat] = max(self._chat_held_until.get(chat, 0.0), until)
        self._kick()

    def _prune(self, now: float) -> None:
        spent = now - self._per_chat_interval
        self._last_sent = {c: t for c, t in self._last_sent.items() if t > spent}
        self._chat_held_until = {c: t for c, t in self._chat_held_until.items() if t > now}
        # Twice what is still live, so a busy second does not prune on every send.
        self._prune_above = max(_PRUNE_ABOVE, 2 * len(self._last_sent))


def _chat_key(chat_id: object) -> ChatKey:
    if chat_id is None:
        return None
    if isinstance(chat_id, int):
        return chat_id
    try:
        return int(str(chat_id))
    except ValueError:
        return str(chat_id)  # @channelname


def _seconds(error: RetryAfter) -> float:
    with warnings.catch_warnings():
        # PTB 22 warns that retry_after will become a timedelta; either form is read here.
        warnings.simplefilter("ignore", PTBDeprecationWarning)
        value = error.retry_after
    return value if isinstance(value, int | float) else value.total_seconds()


# What Telegram's errors mean for a message the bot sends unasked (a timer's). She blocked
# the bot, or the chat is gone: nothing more can reach her until she writes again.
_GONE_MESSAGES: Final = (
    "chat not found",
    "user is deactivated",
    "bot was blocked",
    "bot was kicked",
)


def telegram_outcomes(callback: TimerCallback) -> TimerCallback:
    """`callback` with Telegram's errors said in the timer service's terms: a 429 waits its
    retry_after, a blocked bot or a vanished chat stops her timers, any other refusal of
    the request drops the message; network trouble stays an error, tried again later."""

    async def delivering(timer: Timer) -> None:
        try:
            await callback(timer)
        except RetryAfter as error:
            raise TryAgainLater(timedelta(seconds=_seconds(error))) from error
        except (Forbidden, BadRequest) as error:
            message = str(error).lower()
            if isinstance(error, Forbidden) or any(text in message for text in _GONE_MESSAGES):
                raise RecipientGone(type(error).__name__) from error
            raise Undeliverable(type(error).__name__) from error

    return delivering
