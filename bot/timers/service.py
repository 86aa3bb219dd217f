"""Durable timers: a feature asks for "kind K for user U at T"; a sweep delivers due ones.

The database is the source of truth, so a timer set before a restart still fires after it.
Features never import the sweeper's caller and the sweeper never imports features: the
composition root registers one callback per kind.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable, Mapping
from datetime import datetime
from typing import Any

from telegram.error import BadRequest, Forbidden

from bot.clock import Clock
from bot.core.model import Timer
from bot.store.base import Repository

TimerCallback = Callable[[Timer], Awaitable[None]]

_log = logging.getLogger(__name__)

# Errors that no retry will fix: the chat is gone or the bot is blocked.
_PERMANENT = (Forbidden, BadRequest)


class TimerService:
    def __init__(self, repo: Repository, clock: Clock, *, batch_size: int = 200) -> None:
        self._repo = repo
        self._clock = clock
        self._batch_size = batch_size
        self._callbacks: dict[str, TimerCallback] = {}

    def on(self, kind: str, callback: TimerCallback) -> None:
        self._callbacks[kind] = callback

    async def schedule(
        self,
        user_id: int,
        kind: str,
        due_at: datetime,
        payload: Mapping[str, Any],
        dedupe_key: str,
    ) -> bool:
        timer = await self._repo.schedule_timer(user_id, kind, due_at, payload, dedupe_key)
        return timer is not None

    async def cancel(self, user_id: int, kind: str) -> int:
        return await self._repo.cancel_timers(user_id, kind)

    async def next_due(self, user_id: int, kind: str) -> datetime | None:
        due = [t.due_at for t in await self._repo.pending_timers(user_id) if t.kind == kind]
        return min(due, default=None)

    async def sweep(self) -> int:
        """Deliver what is due now; returns how many timers were settled."""
        settled = 0
        for timer in await self._repo.due_timers(self._clock.now(), self._batch_size):
            callback = self._callbacks.get(timer.kind)
            if callback is None:
                _log.warning("no callback registered for timer kind %s", timer.kind)
                continue
            try:
                await callback(timer)
            except _PERMANENT as error:
                _log.info("timer %s (%s) dropped: %s", timer.id, timer.kind, type(error).__name__)
            except Exception:
                # Transient (network, 429, 5xx): the row stays pending for the next sweep.
                _log.warning("timer %s (%s) will be retried", timer.id, timer.kind, exc_info=True)
                continue
            await self._repo.mark_timer_done(timer.id, self._clock.now())
            settled += 1
        return settled
