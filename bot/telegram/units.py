"""Each update is one unit of work: its writes, its conversation state and its replies.

Wrapped around the update processor, so the unit opens after the per-chat ordering has
let the update through (one chat's units never overlap) and closes after group 100 has
written the conversation's new state: the step's writes and its state commit together,
then its replies are sent (bot/telegram/outbox.py).
"""

from __future__ import annotations

from collections.abc import Awaitable
from typing import Any, Protocol

from telegram import Update
from telegram.ext import Application, BaseUpdateProcessor, CallbackContext

from bot.observability.metrics import Metrics
from bot.store.base import Repository
from bot.telegram.ordering import chat_of
from bot.telegram.outbox import Outbox
from bot.telegram.persistence import RepositoryPersistence


class StepHooks(Protocol):
    """What a member of several (bot/cluster/member.py) adds to each step."""

    async def begin(self, update: object) -> None: ...
    async def finish(self, update: object) -> None: ...
    async def after(self, update: object) -> None: ...


class UnitOfWorkProcessor(BaseUpdateProcessor):
    def __init__(
        self, inner: BaseUpdateProcessor, repository: Repository, metrics: Metrics
    ) -> None:
        super().__init__(inner.max_concurrent_updates)
        self._inner = inner
        self._repository = repository
        self._metrics = metrics
        self._application: Application[Any, Any, Any, Any, Any, Any] | None = None
        self._hooks: StepHooks | None = None

    def add_to_each_step(self, hooks: StepHooks) -> None:
        """Set by the composition root when several members share the bot."""
        self._hooks = hooks

    def report_errors_to(self, application: Application[Any, Any, Any, Any, Any, Any]) -> None:
        """The application whose bot sends each step's replies, and whose error handlers
        hear of a reply that fails after its step committed, as of a failure inside the
        step (the processor exists before the application)."""
        self._application = application

    def _bot(self) -> Any:
        if self._application is None:
            raise RuntimeError("report_errors_to(application) must come before updates")
        return self._application.bot

    async def do_process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        await self._inner.do_process_update(update, self._in_unit(update, coroutine))

    async def _in_unit(self, update: object, coroutine: Awaitable[Any]) -> None:
        async def reply_failed(error: Exception) -> None:
            if self._application is None:
                raise error
            await self._application.process_error(update, error)

        hooks = self._hooks
        try:
            async with self._repository.unit_of_work(chat_of(update)) as unit:

                async def count() -> None:
                    self._metrics.count_step("update", unit.reads, unit.write_transactions)

                # Counted before the replies go out: by the time she reads them, it is.
                unit.after_commit(count)
                with Outbox.open_for(unit, self._bot(), reply_failed):
                    if hooks is not None:
                        await hooks.begin(update)
                    await coroutine
                    if hooks is not None:
                        await hooks.finish(update)
        finally:
            if hooks is not None:
                await hooks.after(update)

    async def initialize(self) -> None:
        await self._inner.initialize()

    async def shutdown(self) -> None:
        await self._inner.shutdown()


async def fail_current_step(repository: Repository) -> None:
    """A handler failed: nothing of its step is kept and none of its replies go out."""
    unit = repository.current_unit()
    if unit is not None:
        await unit.fail()


async def write_step_state(update: object, context: CallbackContext[Any, Any, Any, Any]) -> None:
    """Group 100, after every update: the conversation's new state and her user_data go
    into the step's transaction, so a crash loses nothing she answered and keeps no half."""
    application = context.application
    # PTB marks her user_data as changed only once every handler has run, after this
    # one: marked here, it is written with the step instead of by someone else's step.
    if isinstance(update, Update) and update.effective_user is not None:
        application.mark_data_for_update_persistence(user_ids=update.effective_user.id)
    await application.update_persistence()
    persistence = application.persistence
    if isinstance(persistence, RepositoryPersistence):
        await persistence.write_waiting(chat_of(update))
