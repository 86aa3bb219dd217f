"""Replies wait for the commit: what she reads always matches what was stored.

Inside an update's unit of work, `ui.reply` does not send: it queues the reply here, and
the unit sends the queue once its transaction has committed. So no transaction is open
across a Telegram round trip (on SQLite that would hold the write lock, and every other
chat's step with it), and a step that fails sends none of the replies it had prepared:
the apology of the error handler is the only thing she reads. Replies are data
(bot/telegram/replies.py): with several members (bot/cluster/) the queue is also stored
in the step's own transaction, so a member killed between the commit and the sending
leaves them to another member instead of losing them.

Replies queued one after another in a step go out as one message where they read as one
(`Reply.followed_by`): "Got it" and the next question are one notification on her phone
and one request against the bot's limits. A reply with buttons of its own ends a message.

A list redrawn in place (her cut-off checklist, a draft she decided on) is queued the same
way, as a reply that `replaces` the message she tapped (`ui.rewrite`). The few sends that
still go out directly (the cover message of /hide, whose id it keeps; the charts; taking
the buttons off a message she answered) follow no queued reply in their step, so she reads
everything in the order written.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from telegram import Bot

from bot.store.unit import Unit
from bot.telegram.replies import Reply

OnFailure = Callable[[Exception], Awaitable[None]]

_current: ContextVar[Outbox | None] = ContextVar("outbox", default=None)


class Outbox:
    def __init__(self, unit: Unit, bot: Bot, on_failure: OnFailure) -> None:
        self._unit = unit
        self._bot = bot
        self._on_failure = on_failure
        self._queued: list[Reply] = []

    @classmethod
    @contextmanager
    def open_for(cls, unit: Unit, bot: Bot, on_failure: OnFailure) -> Iterator[Outbox]:
        """The outbox of `unit`; its queue is sent when the unit commits, dropped if not.
        A reply that cannot be sent goes to `on_failure` (the bot's error handler)."""
        outbox = cls(unit, bot, on_failure)
        unit.after_commit(outbox.send_all)
        unit.after_rollback(outbox._queued.clear)
        token = _current.set(outbox)
        try:
            yield outbox
        finally:
            _current.reset(token)

    async def send_all(self) -> None:
        queued, self._queued = self._queued, []
        for reply in queued:
            try:
                await reply.send(self._bot)
            except Exception as error:
                # Stored already; one reply that could not go (the network, say) must not
                # keep back the rest, and is handled as any failure of her step is.
                await self._on_failure(error)

    def queue(self, reply: Reply) -> None:
        merged = self._queued[-1].followed_by(reply) if self._queued else None
        if merged is None:
            self._queued.append(reply)
        else:
            self._queued[-1] = merged

    @property
    def queued(self) -> list[Reply]:
        """What the step will send once it commits, in order."""
        return list(self._queued)

    @classmethod
    def current(cls) -> Outbox | None:
        return _current.get()

    @property
    def accepting(self) -> bool:
        return self._unit.open


def queue_in_step(reply: Reply) -> bool:
    """Queue `reply` if the current step has an open outbox; False when it must go now."""
    outbox = _current.get()
    if outbox is None or not outbox.accepting:
        return False
    outbox.queue(reply)
    return True
