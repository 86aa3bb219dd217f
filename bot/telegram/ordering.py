"""Updates of different chats run concurrently; updates of one chat run strictly in order.

ConversationHandler breaks if a chat's second update is handled before the first one has
set the state, so PTB's plain `concurrent_updates` is not enough. Chaining each chat's
updates keeps conversations correct while a slow HTTP reply to one person does not hold
up everyone else.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable
from typing import Any

from telegram import Update
from telegram.ext import BaseUpdateProcessor

# PTB's own semaphore (taken before do_process_update) must never make a task wait: a
# waiting task could be overtaken, and the per-chat chain is built on arrival order.
_NEVER_FULL = 1_000_000


class PerChatOrderedProcessor(BaseUpdateProcessor):
    def __init__(self, max_concurrent_updates: int = 64) -> None:
        super().__init__(_NEVER_FULL)
        self._slots = asyncio.Semaphore(max_concurrent_updates)
        # chat id -> the update of that chat that finishes last so far; only chats with
        # work in flight are here, so memory does not grow with the number of users.
        self._tails: dict[int, asyncio.Future[None]] = {}

    async def do_process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        # Runs up to the first await in the order PTB created the tasks, which is the order
        # Telegram delivered the updates: so the chain below is built in delivery order.
        key = chat_of(update)
        previous = self._tails.get(key)
        done: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._tails[key] = done
        try:
            if previous is not None:
                await asyncio.shield(previous)
            async with self._slots:
                await coroutine
        finally:
            done.set_result(None)
            if self._tails.get(key) is done:
                del self._tails[key]

    async def initialize(self) -> None:
        """Nothing to set up."""

    async def shutdown(self) -> None:
        """Nothing to tear down: PTB waits for running updates before calling this."""


def chat_of(update: object) -> int:
    """The chat an update belongs to (her private chat is her user id); 0 for none."""
    if isinstance(update, Update):
        if update.effective_chat is not None:
            return update.effective_chat.id
        if update.effective_user is not None:
            return update.effective_user.id
    return 0
