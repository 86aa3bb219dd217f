"""One member of the bot: its share of the inbox, the chat state per step, and (when it
holds the role) the polling. The composition root starts one per process on PostgreSQL.

Every few seconds a member says it is alive (the `members` table), renews the leases of
the updates and timers it holds, and counts the members alive: Telegram's bulk limit (30 messages/s)
is the bot's, so each member's bulk lane keeps to its share. A member that dies stops
being counted within ALIVE_WITHIN, and the others take up its share.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import socket
import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import timedelta
from typing import Any

from telegram import Update
from telegram.ext import Application

from bot.clock import Clock
from bot.cluster.inbox import Inbox
from bot.cluster.leader import Poller
from bot.cluster.state import ChatState
from bot.crypto import TextCipher
from bot.observability.metrics import Metrics
from bot.store.postgres import PostgresRepository
from bot.telegram.delivery import LaneRateLimiter
from bot.telegram.ordering import chat_of
from bot.telegram.outbox import Outbox
from bot.telegram.persistence import RepositoryPersistence
from bot.timers.service import TimerService

_log = logging.getLogger(__name__)

HEARTBEAT_SECONDS = 2.0
# Missing three heartbeats in a row: dead.
ALIVE_WITHIN = timedelta(seconds=3 * HEARTBEAT_SECONDS)
PURGE_EVERY_SECONDS = 3600.0


class Member:
    def __init__(
        self,
        application: Application[Any, Any, Any, Any, Any, Any],
        store: PostgresRepository,
        cipher: TextCipher,
        clock: Clock,
        persistence: RepositoryPersistence,
        metrics: Metrics,
        limiter: LaneRateLimiter | None,
        timers: TimerService,
    ) -> None:
        self.inbox = Inbox(application, store, cipher, clock, metrics)
        self.name = f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"
        self._application = application
        self._store = store
        self._clock = clock
        self._metrics = metrics
        self._limiter = limiter
        self._timers = timers
        self._state = ChatState(application, store, persistence)
        self._marked: set[int] = set()
        # Updates whose step stored replies to send: cleared once they are out.
        self._sending: set[int] = set()
        self.poller: Poller | None = None

    # -- each step (bot/telegram/units.py calls these) --------------------------------
    async def begin(self, update: object) -> None:
        """Inside the step's unit, before any handler: her flows at the stored step."""
        await self._state.load(chat_of(update))

    async def finish(self, update: object) -> None:
        """Inside the step's unit, after the last handler: the update is handled, in the
        same transaction as the step (or alone, if the step failed and rolled back),
        with the replies the step will send as it commits."""
        if not isinstance(update, Update) or not self.inbox.holds(update.update_id):
            return
        self._marked.add(update.update_id)
        outbox = Outbox.current()
        replies = outbox.queued if outbox is not None else []
        if await self.inbox.handled(update.update_id, replies):
            if replies:
                self._sending.add(update.update_id)
        else:
            # Another member took it when this one stalled past its lease, and finished
            # first: this step's work is dropped, so she sees the step once.
            _log.warning("update %d was handled by another member", update.update_id)
            unit = self._store.current_unit()
            if unit is not None:
                await unit.fail()

    async def after(self, update: object) -> None:
        """Once the step is over, kept or not."""
        user = update.effective_user if isinstance(update, Update) else None
        self._state.let_go(chat_of(update), None if user is None else user.id)
        if not isinstance(update, Update):
            return
        if self.inbox.holds(update.update_id) and update.update_id not in self._marked:
            # Its step raised past the error handler: handled anyway, or it would come
            # back after every lease and fail again.
            await self.inbox.handled(update.update_id, [])
        if update.update_id in self._sending:
            # Its replies went out as the step committed: her next update may go.
            self._sending.discard(update.update_id)
            await self.inbox.replies_sent(update.update_id)
        self._marked.discard(update.update_id)
        self.inbox.let_go(update.update_id)

    # -- alive -------------------------------------------------------------------------
    async def heartbeat(self) -> int:
        """Say this member is alive, keep what it holds, and take its share of the bulk
        pace. Returns how many members are alive."""
        now = self._clock.now()
        await self._store.member_seen(self.name, now)
        await self.inbox.renew()
        await self._timers.renew_claims()
        alive = max(1, await self._store.members_alive(now - ALIVE_WITHIN))
        self._metrics.members_alive.set(alive)
        if self._limiter is not None:
            self._limiter.share_bulk_pace(alive)
            self._metrics.bulk_pace.set(self._limiter.bulk_per_second)
        return alive

    async def _keep_alive(self) -> None:
        since_purge = PURGE_EVERY_SECONDS
        while True:
            try:
                await self.heartbeat()
                if since_purge >= PURGE_EVERY_SECONDS:
                    since_purge = 0.0
                    await self.inbox.purge()
            except Exception:
                # The database is away: the leases lapse and others take over, as if dead.
                _log.warning("could not reach the database to stay alive", exc_info=True)
            await asyncio.sleep(HEARTBEAT_SECONDS)
            since_purge += HEARTBEAT_SECONDS

    # -- running -----------------------------------------------------------------------
    @asynccontextmanager
    async def running(
        self, *, poll: bool, poll_timeout: int, idle_seconds: float, retry_seconds: float
    ) -> AsyncIterator[None]:
        """Take updates from the inbox and, with `poll`, ask for the polling role."""
        tasks = [
            asyncio.create_task(self.inbox.run(idle_seconds), name="inbox"),
            asyncio.create_task(self._keep_alive(), name="member-alive"),
        ]
        if poll:
            self.poller = Poller(
                self._application,
                self._store,
                self.inbox,
                poll_timeout=poll_timeout,
                retry_seconds=retry_seconds,
            )
            tasks.append(asyncio.create_task(self.poller.run(), name="polling"))
        try:
            yield
        finally:
            for task in tasks:
                task.cancel()
            for task in tasks:
                with contextlib.suppress(asyncio.CancelledError):
                    await task
            with contextlib.suppress(Exception):
                # A goodbye, so the others take up its share at once; kill -9 skips it.
                await self._store.member_left(self.name)
