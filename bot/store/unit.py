"""One step, one transaction: the unit of work every update and every timer runs in.

A unit is opened around one piece of work (an update from her chat, one timer's
delivery). Inside it, a store joins every write to one transaction, begun lazily by the
first write, so a step that only reads never takes the write lock; the transaction
commits when the unit ends, or rolls back if the work raised or was `fail`ed. A crash
therefore leaves the old step or the new one, never half of each. Her profile is read
from the database at most once per unit: the unit keeps the copy it read or saved.

The unit travels in a context variable, so nothing has to be handed down through the
features. Tasks started inside a unit inherit it and join it while it is open; one that
outlives it finds it `closed` and works on its own, as if there were no unit.

What the work wants to happen only once its writes are durable (the replies she will
read) is registered with `after_commit`; what must be undone in memory if the writes are
not, with `after_rollback`.

Counting reads and write transactions per unit is what lets the benchmark print "per step
at most one write transaction and two reads", and the contract tests hold the stores to it.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from typing import Any

from bot.core.model import UserProfile

AfterCommit = Callable[[], Awaitable[None]]
AfterRollback = Callable[[], None]
# Whatever a store keeps for the unit's open transaction (its connection, say).
Hold = Any
# Ends the transaction a store began for the unit: True commits, False rolls back.
Finish = Callable[[Hold, bool], Awaitable[None]]


@dataclass(eq=False, slots=True)
class Unit:
    """One update's or one timer's work. `owner` is the chat it belongs to."""

    owner: int
    reads: int = 0
    write_transactions: int = 0
    writes: int = 0
    failed: bool = False
    closed: bool = False
    # Filled by the store at the first write, emptied when the unit ends.
    hold: Hold = None
    finish: Finish | None = None
    _profiles: dict[int, UserProfile | None] = field(default_factory=dict)
    _after_commit: list[AfterCommit] = field(default_factory=list)
    _after_rollback: list[AfterRollback] = field(default_factory=list)

    @property
    def open(self) -> bool:
        return not self.closed and not self.failed

    # -- her profile, read once ------------------------------------------------------
    def knows_profile(self, user_id: int) -> bool:
        return user_id in self._profiles

    def profile(self, user_id: int) -> UserProfile | None:
        return self._profiles[user_id]

    def remember_profile(self, user_id: int, profile: UserProfile | None) -> None:
        self._profiles[user_id] = profile

    def forget_profile(self, user_id: int) -> None:
        self._profiles.pop(user_id, None)

    # -- what waits for the outcome ----------------------------------------------------
    def after_commit(self, action: AfterCommit) -> None:
        self._after_commit.append(action)

    def after_rollback(self, action: AfterRollback) -> None:
        self._after_rollback.append(action)

    async def fail(self) -> None:
        """Give up on this step now: its writes roll back at once (the write lock is not
        held a moment longer) and nothing waiting for the commit happens. Later writes in
        this piece of work (an apology, say) run on their own."""
        if not self.open:
            return
        self.failed = True
        await self._end(commit=False)

    async def _end(self, *, commit: bool) -> None:
        hold, finish = self.hold, self.finish
        self.hold = None
        self.finish = None
        self._profiles.clear()
        if finish is not None:
            await finish(hold, commit)
        if not commit:
            self._after_commit.clear()
            rollbacks, self._after_rollback = self._after_rollback, []
            for undo in rollbacks:
                undo()

    async def _run_after_commit(self) -> None:
        actions, self._after_commit = self._after_commit, []
        self._after_rollback.clear()
        for action in actions:
            await action()


class Units:
    """A store's units: which one is open in the current context, and how one runs."""

    def __init__(self) -> None:
        # Per store instance: two stores in one process (tests) never share a unit.
        self._current: ContextVar[Unit | None] = ContextVar(f"unit-{id(self)}", default=None)

    def current(self) -> Unit | None:
        """The unit this code runs in, if one is open."""
        unit = self._current.get()
        return unit if unit is not None and unit.open else None

    @asynccontextmanager
    async def unit_of_work(self, owner: int) -> AsyncIterator[Unit]:
        outer = self.current()
        if outer is not None:
            # Work started from within a step (a sweep from a handler, say) is part of it.
            yield outer
            return
        unit = Unit(owner)
        token = self._current.set(unit)
        try:
            try:
                yield unit
            except BaseException:
                if not unit.closed:
                    unit.closed = True
                    await unit._end(commit=False)
                raise
            if unit.failed:
                unit.closed = True
                return
            unit.closed = True
            await unit._end(commit=True)
        finally:
            self._current.reset(token)
        await unit._run_after_commit()
