"""Durable timers: a feature asks for "kind K for user U at T"; a sweep delivers due ones.

The database is the source of truth, so a timer set before a restart still fires after it.
Features never import the sweeper's caller and the sweeper never imports features: the
composition root registers one callback per kind.

Delivery is at least once: a timer is marked done only after its callback returned (the
message was accepted). A crash in between can resend it once; unique keys stop the rest.
Each sweep claims its batch (`claim_due_timers`, a lease): any number of workers sweep
the same database side by side, each timer going to one of them; a timer whose worker
died is taken by another once the lease has lapsed. Alone, a worker takes a long lease
(CLAIM_LEASE); members of one bot take a short one and renew it while they work
(`renew_claims`, from their heartbeat), so a dead member's timers wait seconds, not minutes.
A callback that cannot deliver says why with one of the DeliveryFailed exceptions below;
what Telegram's errors mean is decided where Telegram is spoken (bot/telegram/delivery.py),
so this module knows nothing of Telegram.

One person's due timers go one after another, in the order they fell due, so what she
reads arrives in the order it was planned (a held-draft review set a moment before her
check-in is read before it), never interleaved. Different people are served side by side.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Protocol

from bot.clock import Clock
from bot.core.model import Timer
from bot.observability.context import working_on
from bot.observability.metrics import Metrics
from bot.store.base import StoreLifecycle, TimerStore, UserStore

if TYPE_CHECKING:
    # payloads.py raises this module's Undeliverable; here its type is all that is needed.
    from bot.timers.payloads import TimerPayload

TimerCallback = Callable[[Timer], Awaitable[None]]

_log = logging.getLogger(__name__)

# A timer that keeps failing for other reasons is tried again after this long.
RETRY_AFTER_FAILURE = timedelta(minutes=1)
# How long a worker holds the timers it took: far longer than a batch takes to send at
# the bulk pace, so a live worker never loses one; if it dies, another worker takes its
# timers once this has passed (the one resend that at-least-once allows).
CLAIM_LEASE = timedelta(minutes=5)
# Members of one bot (bot/cluster/) renew their claims with every heartbeat (2 s): a lease
# of three heartbeats, so a dead member's timers go to another within seconds.
SHARED_CLAIM_LEASE = timedelta(seconds=6)
# Taken up later than this after its due time, a timer counts as late in the metrics.
LATE_AFTER = timedelta(minutes=1)


class DeliveryFailed(Exception):
    """A timer's message did not go out; the subclass says what to do about it."""


class RecipientGone(DeliveryFailed):
    """She blocked the bot, or her chat is gone: nothing more can reach her until she
    writes again, so all her timers stop."""


class TryAgainLater(DeliveryFailed):
    """Not now: the timer stays pending and is tried again after `delay`."""

    def __init__(self, delay: timedelta) -> None:
        super().__init__(f"try again in {delay.total_seconds():g}s")
        self.delay = delay


class Undeliverable(DeliveryFailed):
    """This message can never be sent (the request itself is wrong): it is dropped."""


class TimerServiceStore(StoreLifecycle, TimerStore, UserStore, Protocol):
    """What the timer service needs of the store: the timers, one unit of work per
    delivery, and marking her unreachable."""


class TimerService:
    def __init__(
        self,
        repo: TimerServiceStore,
        clock: Clock,
        *,
        batch_size: int = 200,
        concurrency: int = 30,
        lease: timedelta = CLAIM_LEASE,
        metrics: Metrics | None = None,
    ) -> None:
        self._repo = repo
        self._lease = lease
        # The timers this worker claimed and has not settled yet: the ones it renews.
        self._holding: set[int] = set()
        self._metrics = metrics
        self._clock = clock
        self._batch_size = batch_size
        # Telegram round trips overlap; the rate limiter keeps the pace within its limits.
        self._concurrency = concurrency
        self._callbacks: dict[str, TimerCallback] = {}
        self._before_each: Callable[[int], Awaitable[None]] | None = None

    def before_each(self, prepare: Callable[[int], Awaitable[None]]) -> None:
        """Run before each delivery with the user id (to speak her language, say)."""
        self._before_each = prepare

    def on(self, kind: str, callback: TimerCallback) -> None:
        self._callbacks[kind] = callback

    async def schedule(
        self, user_id: int, due_at: datetime, payload: TimerPayload, dedupe_key: str
    ) -> bool:
        """Add a timer of the payload's kind; False if one with this key exists in any state."""
        timer = await self._repo.schedule_timer(
            user_id, payload.KIND, due_at, payload.fields(), dedupe_key
        )
        return timer is not None

    async def set(
        self, user_id: int, due_at: datetime, payload: TimerPayload, dedupe_key: str
    ) -> bool:
        """Add, move or revive a timer; False if the one with this key was already sent."""
        return await self._repo.set_timer(
            user_id, payload.KIND, due_at, payload.fields(), dedupe_key
        )

    async def cancel(self, user_id: int, kind: str) -> int:
        return await self._repo.cancel_timers(user_id, kind)

    async def next_due(self, user_id: int, kind: str) -> datetime | None:
        due = [t.due_at for t in await self._repo.pending_timers(user_id) if t.kind == kind]
        return min(due, default=None)

    async def sweep(self) -> int:
        """Deliver everything due now, a batch at a time; returns how many were settled.

        Batches continue until the due rows run out, so a busy minute (everyone's 09:00)
        is worked off at the rate limiter's pace, not one batch per sweep interval.
        """
        settled_in_all = 0
        while True:
            # Claimed, not only read: workers sweeping one database take different timers.
            now = self._clock.now()
            due = await self._repo.claim_due_timers(now, self._batch_size, now + self._lease)
            self._holding.update(timer.id for timer in due)
            try:
                settled_in_all += await self._deliver_batch(due)
            finally:
                # Settled, postponed or failed: none of them is this sweep's any more.
                self._holding.difference_update(timer.id for timer in due)
            # A short batch was the last one. What this sweep could not settle stays
            # claimed (or was postponed), so the next batch holds other timers.
            if len(due) < self._batch_size:
                return settled_in_all

    async def renew_claims(self) -> int:
        """The timers this worker still works on stay its own for another lease; returns
        how many. Called every few seconds while a sweep runs (bot/cluster/member.py)."""
        holding = sorted(self._holding)
        if holding:
            await self._repo.extend_timer_claims(holding, self._clock.now() + self._lease)
        return len(holding)

    async def _deliver_batch(self, due: list[Timer]) -> int:
        slots = asyncio.Semaphore(self._concurrency)
        hers: dict[int, list[Timer]] = {}
        for timer in sorted(due, key=lambda timer: (timer.due_at, timer.id)):
            hers.setdefault(timer.user_id, []).append(timer)

        async def deliver_in_order(timers: list[Timer]) -> int:
            async with slots:
                settled = 0
                # One at a time: sent side by side, her messages would race each other.
                for timer in timers:
                    settled += await self._deliver(timer)
                return settled

        return sum(await asyncio.gather(*(deliver_in_order(timers) for timers in hers.values())))

    async def _deliver(self, timer: Timer) -> bool:
        # Its id on every log line written while it is delivered (LOG_FORMAT=json).
        with working_on(timer_id=timer.id):
            self._count_due(timer)
            settled = await self._deliver_one(timer)
        if self._metrics is not None:
            outcome = self._metrics.timers_sent if settled else self._metrics.timers_failed
            outcome.labels(timer.kind).inc()
        return settled

    def _count_due(self, timer: Timer) -> None:
        if self._metrics is None:
            return
        lateness = max((self._clock.now() - timer.due_at).total_seconds(), 0.0)
        self._metrics.timers_due.labels(timer.kind).inc()
        self._metrics.timer_lateness_seconds.labels(timer.kind).observe(lateness)
        if lateness > LATE_AFTER.total_seconds():
            self._metrics.timers_late.labels(timer.kind).inc()

    async def _deliver_one(self, timer: Timer) -> bool:
        callback = self._callbacks.get(timer.kind)
        if callback is None:
            _log.warning("no callback registered for timer kind %s", timer.kind)
            return False
        try:
            # One unit of work: what the callback stores after its message went out and the
            # timer's own "done" commit together, or not at all.
            async with self._repo.unit_of_work(timer.user_id) as unit:
                if self._before_each is not None:
                    await self._before_each(timer.user_id)
                await callback(timer)
                await self._repo.mark_timer_done(timer.id, self._clock.now())
            if self._metrics is not None:
                self._metrics.count_step("timer", unit.reads, unit.write_transactions)
            return True
        except TryAgainLater as later:
            await self._retry_later(timer, later.delay)
            return False
        except RecipientGone:
            # Her other timers would fail the same way: stop them all until she is back.
            await self._repo.set_user_active(timer.user_id, False)
            await self._repo.cancel_all_timers(timer.user_id)
            _log.info("user unreachable; her timers are stopped")
            return True
        except Undeliverable as error:
            _log.warning("timer %s (%s) dropped: %s", timer.id, timer.kind, error)
        except Exception:
            # Network trouble, timeouts, 5xx: the row stays pending and is tried again later.
            _log.warning("timer %s (%s) will be retried", timer.id, timer.kind, exc_info=True)
            await self._retry_later(timer, RETRY_AFTER_FAILURE)
            return False
        await self._repo.mark_timer_done(timer.id, self._clock.now())
        return True

    async def _retry_later(self, timer: Timer, delay: timedelta) -> None:
        await self._repo.postpone_timer(timer.id, self._clock.now() + delay)
