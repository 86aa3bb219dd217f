"""One member polls Telegram; if it dies, another takes over.

Telegram answers a second poller with 409, so exactly one member may call getUpdates. The
role is a PostgreSQL advisory lock held on a connection of its own: the server drops it
with the connection when the process dies, and the next member to ask takes the role
within `retry_seconds`. A new leader starts without an offset, so Telegram hands it what
the old one fetched but never confirmed; the inbox recognises those and keeps them once.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from typing import Any

from telegram import Update
from telegram.ext import Application

from bot.cluster.inbox import Inbox
from bot.store.postgres import PostgresRepository

_log = logging.getLogger(__name__)

ROLE = "polling"


class Poller:
    def __init__(
        self,
        application: Application[Any, Any, Any, Any, Any, Any],
        store: PostgresRepository,
        inbox: Inbox,
        *,
        poll_timeout: int,
        retry_seconds: float,
    ) -> None:
        self._application = application
        self._store = store
        self._inbox = inbox
        self._poll_timeout = poll_timeout
        self._retry_seconds = retry_seconds
        self.leading = False

    async def run(self) -> None:
        while True:
            try:
                leadership = await self._store.try_lead(ROLE)
            except Exception:
                _log.warning("could not ask for the polling role", exc_info=True)
                leadership = None
            if leadership is None:
                await asyncio.sleep(self._retry_seconds)
                continue
            _log.info("this member polls Telegram now")
            self.leading = True
            try:
                await self._poll(leadership.confirm)
            except Exception as error:  # Telegram, the network, the lock's connection
                _log.warning("polling stopped (%s); the role is given up", type(error).__name__)
            finally:
                self.leading = False
                await leadership.resign()

    async def _poll(self, still_leading: Callable[[], Awaitable[None]]) -> None:
        bot = self._application.bot
        offset: int | None = None
        while True:
            updates = await bot.get_updates(
                offset=offset, timeout=self._poll_timeout, allowed_updates=Update.ALL_TYPES
            )
            for update in updates:
                await self._inbox.receive(update)
            if updates:
                # The next call confirms these to Telegram: only once they are stored.
                offset = updates[-1].update_id + 1
            await still_leading()
