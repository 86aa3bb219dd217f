"""Updates into the inbox as they arrive, and out of it to whichever member is free.

Stored encrypted, as her words are everywhere else: an update is her message. Taken out
with a lease (`claim_inbox`): one chat's oldest waiting update at a time, so her updates
are handled in order and never by two members at once. The update is marked handled in
the transaction of its own step (`handled`), so a member that dies before its step
commits leaves the update to be taken again, and one that dies after does not.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
from datetime import timedelta
from typing import Any

from telegram import Update
from telegram.ext import Application

from bot.clock import Clock
from bot.core.model import InboxUpdate
from bot.crypto import TextCipher
from bot.observability.metrics import Metrics
from bot.store.base import InboxStore
from bot.telegram.ordering import chat_of
from bot.telegram.replies import Reply, replies_from_json, replies_to_json

_log = logging.getLogger(__name__)

# A member renews the leases of what it holds every few seconds (member.py), so a long
# step keeps its update; one that dies stops renewing, and its updates go to another
# member within LEASE. Short, because her conversation waits that long when a member dies under it.
LEASE = timedelta(seconds=6)
# Handled updates are kept (one that comes again is recognised) for as long as Telegram
# may hand an unconfirmed update out again, then purged.
KEEP_HANDLED = timedelta(days=1)
# How many updates one member has in hand at most (the rest wait for the others).
IN_HAND = 64


class Inbox:
    def __init__(
        self,
        application: Application[Any, Any, Any, Any, Any, Any],
        store: InboxStore,
        cipher: TextCipher,
        clock: Clock,
        metrics: Metrics,
        *,
        in_hand: int = IN_HAND,
    ) -> None:
        self._application = application
        self._metrics = metrics
        self._store = store
        self._cipher = cipher
        self._clock = clock
        self._room = in_hand
        self._held: set[int] = set()
        self._sending: set[asyncio.Task[None]] = set()
        self._wake = asyncio.Event()

    async def receive(self, update: Update) -> bool:
        """Store an update as it arrives; False if it had come before (handled once)."""
        sealed = self._cipher.encrypt(json.dumps(update.to_dict(), separators=(",", ":")))
        added = await self._store.add_to_inbox(
            update.update_id, chat_of(update), sealed, self._clock.now()
        )
        if added:
            self._wake.set()
        else:
            _log.info("update %d delivered again; already taken", update.update_id)
        return added

    async def take(self) -> int:
        """Claim what is waiting (up to the room this member has) and hand it to PTB."""
        room = self._room - len(self._held)
        if room <= 0:
            return 0
        now = self._clock.now()
        taken = await self._store.claim_inbox(now, room, now + LEASE)
        for item in taken:
            self._metrics.inbox_lag_seconds.observe(
                max(0.0, (now - item.received_at).total_seconds())
            )
            self._held.add(item.update_id)
            if item.replies is not None:
                task = asyncio.create_task(self._send_left_over(item))
                self._sending.add(task)
                task.add_done_callback(self._sending.discard)
                continue
            data = json.loads(self._cipher.decrypt(item.payload))
            await self._application.update_queue.put(Update.de_json(data, self._application.bot))
        return len(taken)

    def holds(self, update_id: int) -> bool:
        return update_id in self._held

    async def handled(self, update_id: int, replies: list[Reply]) -> bool:
        """Within the update's step: done, with the step's writes (or alone, if it failed)
        and the replies it is about to send. False if another member handled it first
        (this one's lease had lapsed)."""
        sealed = self._cipher.encrypt(replies_to_json(replies)) if replies else None
        return await self._store.mark_inbox_handled(update_id, self._clock.now(), sealed)

    async def replies_sent(self, update_id: int) -> None:
        await self._store.inbox_replies_sent(update_id)

    async def _send_left_over(self, item: InboxUpdate) -> None:
        """Replies whose member died after its step committed: sent now, in order."""
        assert item.replies is not None
        bot = self._application.bot
        try:
            for reply in replies_from_json(self._cipher.decrypt(item.replies), bot):
                try:
                    await reply.send(bot)
                except Exception:
                    _log.warning("a reply left by a dead member could not be sent", exc_info=True)
            await self.replies_sent(item.update_id)
        finally:
            self.let_go(item.update_id)

    def let_go(self, update_id: int) -> None:
        self._held.discard(update_id)
        # Her chat's next update may be waiting for this one.
        self._wake.set()

    @property
    def in_hand(self) -> int:
        return len(self._held)

    async def renew(self) -> None:
        """What this member holds stays its own for another LEASE."""
        await self._store.extend_inbox_claims(sorted(self._held), self._clock.now() + LEASE)

    async def purge(self) -> int:
        return await self._store.purge_inbox(self._clock.now() - KEEP_HANDLED)

    async def run(self, idle_seconds: float) -> None:
        """Take updates as they come: at once when this member stored one or finished
        one, else every `idle_seconds` (another member may have stored some)."""
        while True:
            self._wake.clear()
            try:
                if await self.take():
                    continue
            except Exception:
                _log.warning("could not take updates from the inbox", exc_info=True)
            # asyncio.timeout, not wait_for: on 3.11 wait_for can swallow a cancellation
            # that lands as the wait ends, and this loop would never stop.
            with contextlib.suppress(TimeoutError):
                async with asyncio.timeout(idle_seconds):
                    await self._wake.wait()
