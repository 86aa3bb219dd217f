"""Counting and timing handled updates by feature, without touching any handler's code.

The update processor is wrapped so each update's handling runs inside `working_on` (its
update_id for the logs) and is timed; each feature handler's callback is wrapped so that
the first one to run names the feature it belongs to.
"""

from __future__ import annotations

import time
from collections.abc import Awaitable, Callable, Coroutine, Iterable, Iterator
from functools import wraps
from typing import Any

from telegram import Update
from telegram.ext import BaseHandler, BaseUpdateProcessor, ConversationHandler

from bot.observability.context import current_work, working_on
from bot.observability.metrics import Metrics

# Updates no feature handler took (only the guards saw them).
NO_FEATURE = "none"


class ObservedProcessor(BaseUpdateProcessor):
    """Delegates to `inner` (ordering, concurrency); adds the update's context and timing."""

    def __init__(self, inner: BaseUpdateProcessor, metrics: Metrics) -> None:
        super().__init__(inner.max_concurrent_updates)
        self._inner = inner
        self._metrics = metrics

    async def do_process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        # The timing wraps only the handling, not the wait behind the same chat's previous
        # update that the inner processor may impose.
        await self._inner.do_process_update(update, self._observed(update, coroutine))

    async def _observed(self, update: object, coroutine: Awaitable[Any]) -> None:
        update_id = update.update_id if isinstance(update, Update) else None
        with working_on(update_id=update_id) as work:
            started = time.perf_counter()
            try:
                await coroutine
            finally:
                feature = work.feature or NO_FEATURE
                self._metrics.updates_handled.labels(feature).inc()
                self._metrics.update_seconds.labels(feature).observe(time.perf_counter() - started)

    async def initialize(self) -> None:
        await self._inner.initialize()

    async def shutdown(self) -> None:
        await self._inner.shutdown()


def tag_features(handlers: Iterable[BaseHandler[Any, Any, Any]], *, decisive: bool) -> None:
    """Wrap every callback (conversations' inner handlers too) to name its feature.

    A listener that sees every message (safety) names it only until a `decisive` handler
    (a flow) runs: the update belongs to the flow that answered it."""
    for handler in _leaves(handlers):
        handler.callback = _tagged(handler.callback, feature_of(handler.callback), decisive)


def feature_of(callback: Callable[..., object]) -> str:
    """bot.features.urge.handlers -> "urge"; anything outside bot.features by its module."""
    target = getattr(callback, "func", callback)  # a functools.partial
    module = getattr(target, "__module__", None) or NO_FEATURE
    parts = module.split(".")
    if len(parts) >= 3 and parts[:2] == ["bot", "features"]:
        return parts[2]
    return parts[-1]


def _leaves(handlers: Iterable[BaseHandler[Any, Any, Any]]) -> Iterator[BaseHandler[Any, Any, Any]]:
    for handler in handlers:
        if isinstance(handler, ConversationHandler):
            yield from _leaves(handler.entry_points)
            for state_handlers in handler.states.values():
                yield from _leaves(state_handlers)
            yield from _leaves(handler.fallbacks)
        else:
            yield handler


_Callback = Callable[[Any, Any], Coroutine[Any, Any, Any]]


def _tagged(callback: _Callback, feature: str, decisive: bool) -> _Callback:
    @wraps(callback)
    async def tagged(update: Any, context: Any) -> Any:
        work = current_work()
        if work is not None and not work.feature_decided:
            if decisive or work.feature is None:
                work.feature = feature
            work.feature_decided = decisive
        return await callback(update, context)

    return tagged
