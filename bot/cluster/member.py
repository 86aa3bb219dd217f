"""One member of the bot: its share of the inbox, the chat state per step, and (when it
holds the role) the polling. The composition root starts one per process on PostgreSQL."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from telegram import Update
from telegram.ext import Application

from bot.clock import Clock
from bot.cluster.inbox import Inbox
from bot.cluster.leader import Poller
from bot.cluster.state import ChatState
from bot.crypto import TextCipher
from bot.store.postgres import PostgresRepository
from bot.telegram.ordering import chat_of
from bot.telegram.persistence import RepositoryPersistence


class Member:
    def __init__(
        self,
        application: Application[Any, Any, Any, Any, Any, Any],
        store: PostgresRepository,
        cipher: TextCipher,
        clock: Clock,
        persistence: RepositoryPersistence,
    ) -> None:
        self.inbox = Inbox(application, store, cipher, clock)
        self._application = application
        self._store = store
        self._state = ChatState(application, store, persistence)
        self._marked: set[int] = set()
        self.poller: Poller | None = None

    # -- each step (bot/telegram/units.py calls these) --------------------------------
    async def begin(self, update: object) -> None:
        """Inside the step's unit, before any handler: her flows at the stored step."""
        await self._state.load(chat_of(update))

    async def finish(self, update: object) -> None:
        """Inside the step's unit, after the last handler: the update is handled, in the
        same transaction as the step (or alone, if the step failed and rolled back)."""
        if isinstance(update, Update) and self.inbox.holds(update.update_id):
            await self.inbox.handled(update.update_id)
            self._marked.add(update.update_id)

    async def after(self, update: object) -> None:
        """Once the step is over, kept or not."""
        self._state.let_go(chat_of(update))
        if not isinstance(update, Update):
            return
        if self.inbox.holds(update.update_id) and update.update_id not in self._marked:
            # Its step raised past the error handler: handled anyway, or it would come
            # back after every lease and fail again.
            await self.inbox.handled(update.update_id)
        self._marked.discard(update.update_id)
        self.inbox.let_go(update.update_id)

    # -- running -----------------------------------------------------------------------
    @asynccontextmanager
    async def running(
        self, *, poll: bool, poll_timeout: int, idle_seconds: float, retry_seconds: float
    ) -> AsyncIterator[None]:
        """Take updates from the inbox and, with `poll`, ask for the polling role."""
        tasks = [asyncio.create_task(self.inbox.run(idle_seconds), name="inbox")]
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
