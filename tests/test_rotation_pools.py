"""Each item once per round (bot/features/rotation.py), over a real SQLite file: nothing
comes round again until every item was shown, then a new round starts."""

from __future__ import annotations

import random
from collections.abc import AsyncIterator, Sequence
from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot.clock import FakeClock
from bot.features.rotation import Rotation
from bot.store.sqlite import SqliteRepository

HER = 1
SOMEONE_ELSE = 2
POOL = "reason_cards"
ITEMS = ("feed", "silence", "peace", "power", "future")


@pytest.fixture
async def repo(tmp_path: Path) -> AsyncIterator[SqliteRepository]:
    repository = await SqliteRepository.open(tmp_path / "rs.db")
    yield repository
    await repository.close()


@pytest.fixture
def rotation(repo: SqliteRepository) -> Rotation:
    return Rotation(repo, FakeClock(datetime(2026, 1, 15, 20, 0, tzinfo=UTC)))


async def shown(rotation: Rotation, rng: random.Random, user_id: int = HER) -> str:
    return await rotation.next(user_id, POOL, ITEMS, key=str, pick=rng.choice)


@pytest.mark.parametrize("seed", range(5))
async def test_no_item_repeats_until_every_one_was_shown_then_a_new_round(
    rotation: Rotation, seed: int
) -> None:
    rng = random.Random(seed)
    first_round = [await shown(rotation, rng) for _ in ITEMS]
    assert sorted(first_round) == sorted(ITEMS)

    opening = await shown(rotation, rng)
    assert await rotation.seen(HER, POOL) == {opening}, "the old round is forgotten"
    second_round = [opening] + [await shown(rotation, rng) for _ in ITEMS[1:]]
    assert sorted(second_round) == sorted(ITEMS)


async def test_the_round_survives_a_restart(tmp_path: Path) -> None:
    clock = FakeClock(datetime(2026, 1, 15, 20, 0, tzinfo=UTC))
    rng = random.Random(3)
    before = await SqliteRepository.open(tmp_path / "rs.db")
    early = [await shown(Rotation(before, clock), rng) for _ in range(2)]
    await before.close()

    after = await SqliteRepository.open(tmp_path / "rs.db")
    try:
        rest = [await shown(Rotation(after, clock), rng) for _ in range(len(ITEMS) - 2)]
    finally:
        await after.close()
    assert sorted(early + rest) == sorted(ITEMS)


async def test_the_pick_chooses_only_among_the_fresh_items(rotation: Rotation) -> None:
    offered: list[list[str]] = []

    def first_of(fresh: Sequence[str]) -> str:
        offered.append(list(fresh))
        return fresh[0]

    for _ in ITEMS:
        await rotation.next(HER, POOL, ITEMS, key=str, pick=first_of)
    assert [len(candidates) for candidates in offered] == [5, 4, 3, 2, 1]
    await rotation.next(HER, POOL, ITEMS, key=str, pick=first_of)
    assert offered[-1] == list(ITEMS), "a new round offers every item again"


async def test_an_item_chosen_but_never_sent_is_not_used_up(rotation: Rotation) -> None:
    rng = random.Random(1)
    turn = await rotation.choose(HER, POOL, ITEMS, key=str, pick=rng.choice)
    assert await rotation.seen(HER, POOL) == set()
    await rotation.shown(turn)
    assert await rotation.seen(HER, POOL) == {turn.item}


async def test_each_person_and_each_pool_has_its_own_round(rotation: Rotation) -> None:
    rng = random.Random(2)
    hers = [await shown(rotation, rng) for _ in ITEMS]
    theirs = await shown(rotation, rng, SOMEONE_ELSE)
    other_pool = await rotation.next(HER, "grounding", ITEMS, key=str, pick=rng.choice)
    assert await rotation.seen(HER, POOL) == set(hers)
    assert await rotation.seen(SOMEONE_ELSE, POOL) == {theirs}
    assert await rotation.seen(HER, "grounding") == {other_pool}


async def test_an_item_no_longer_offered_does_not_hold_the_round_open(
    rotation: Rotation,
) -> None:
    """A reason she deleted was seen but is gone: the round ends with the ones left."""
    rng = random.Random(4)
    for _ in ITEMS[:-1]:
        await rotation.next(HER, POOL, ITEMS[:-1], key=str, pick=rng.choice)
    opening = await rotation.next(HER, POOL, ITEMS[:-1], key=str, pick=rng.choice)
    assert await rotation.seen(HER, POOL) == {opening}


async def test_an_empty_pool_says_so(rotation: Rotation) -> None:
    with pytest.raises(LookupError, match="reason_cards"):
        await rotation.next(HER, POOL, (), key=str, pick=random.Random(0).choice)
