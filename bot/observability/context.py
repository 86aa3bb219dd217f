"""Which update or timer the running code is working on, for log lines and metrics.

A ContextVar, because PTB runs each update in a task of its own and the timer sweep runs
each person's timers in one: a value set there is seen by everything that task awaits and
by nothing running beside it. Only ids; never her words.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass


@dataclass(slots=True)
class WorkContext:
    update_id: int | None = None
    timer_id: int | None = None
    # The feature whose handler took the update (see bot/observability/updates.py).
    feature: str | None = None
    feature_decided: bool = False


_current: ContextVar[WorkContext | None] = ContextVar("radio_silence_work", default=None)


def current_work() -> WorkContext | None:
    return _current.get()


@contextmanager
def working_on(
    *, update_id: int | None = None, timer_id: int | None = None
) -> Iterator[WorkContext]:
    work = WorkContext(update_id=update_id, timer_id=timer_id)
    token = _current.set(work)
    try:
        yield work
    finally:
        _current.reset(token)
