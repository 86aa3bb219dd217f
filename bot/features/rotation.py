"""Each item once per round: reason cards, closings, grounding exercises, her own reasons
and the check-in's support lines all come round once before any comes round again.

Plain Python over the repository's seen-items pool (no Telegram). The caller says which
items fit right now and how to pick among the fresh ones; the rotation reads what she has
seen once, offers the fresh items (all of them again once every one was shown: a new
round), forgets the old round when a new one starts and marks the one shown. A pool with
a pure picker of its own (reason cards, closings, check-in lines: tested without a store)
reads `seen`, picks, and records the pick with `shown`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence, Set
from dataclasses import dataclass
from typing import Generic, TypeVar

from bot.clock import Clock
from bot.store.base import SeenItemStore

T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Turn(Generic[T]):
    """One item chosen from her pool, not yet recorded as shown."""

    user_id: int
    pool: str
    item: T
    item_id: str
    # Every fitting item had been shown: this one opens a new round, so the old round's
    # marks are forgotten when it is recorded.
    new_round: bool


def fresh_or_all(
    items: Sequence[T], seen: Set[str], key: Callable[[T], str]
) -> tuple[list[T], bool]:
    """The items not seen in this round; all of them (and True) when none is left."""
    fresh = [item for item in items if key(item) not in seen]
    return (fresh, False) if fresh else (list(items), True)


def choose_among(
    user_id: int,
    pool: str,
    items: Sequence[T],
    seen: Set[str],
    key: Callable[[T], str],
    pick: Callable[[Sequence[T]], T],
) -> Turn[T]:
    """As `Rotation.choose`, for a caller that has read what she has seen already (with
    what else its step needs, in one read). `items` must not be empty."""
    candidates, new_round = fresh_or_all(items, seen, key)
    item = pick(candidates)
    return Turn(user_id, pool, item, key(item), new_round)


class Rotation:
    def __init__(self, repo: SeenItemStore, clock: Clock) -> None:
        self._repo = repo
        self._clock = clock

    async def next(
        self,
        user_id: int,
        pool: str,
        items: Sequence[T],
        *,
        key: Callable[[T], str],
        pick: Callable[[Sequence[T]], T],
    ) -> T:
        """The item to show now, recorded as shown. `items` are those that fit at this
        moment; `pick` chooses among the fresh ones. Raises LookupError when none fit."""
        turn = await self.choose(user_id, pool, items, key=key, pick=pick)
        await self.shown(turn)
        return turn.item

    async def choose(
        self,
        user_id: int,
        pool: str,
        items: Sequence[T],
        *,
        key: Callable[[T], str],
        pick: Callable[[Sequence[T]], T],
    ) -> Turn[T]:
        """As `next`, without recording it: for an item that only counts as shown once it
        has gone out (`shown` after the send), so a failed send does not use it up."""
        if not items:
            raise LookupError(f"nothing to show from the {pool!r} pool")
        return choose_among(user_id, pool, items, await self.seen(user_id, pool), key, pick)

    async def shown(self, turn: Turn[T]) -> None:
        """Record a chosen item as shown: the first of a new round forgets the old one."""
        if turn.new_round:
            await self._repo.forget_seen_items(turn.user_id, turn.pool)
        await self._repo.mark_item_seen(turn.user_id, turn.pool, turn.item_id, self._clock.now())

    async def seen(self, user_id: int, pool: str) -> set[str]:
        """The ids shown in this round."""
        return (await self.seen_in(user_id, pool))[pool]

    async def seen_in(self, user_id: int, *pools: str) -> dict[str, set[str]]:
        """The ids shown in this round of each of `pools`, in one read; also how a "sent
        once" pool (milestones) is read."""
        return await self._repo.seen_items(user_id, pools)
