"""/myreasons' use cases without Telegram (bot/features/reasons/service.py), over a real
SQLite file and a fake clock: what her list then shows and what is stored."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.clock import FakeClock
from bot.crypto import TextCipher, new_key
from bot.features.profiles import Profiles
from bot.features.reasons.service import ReasonsService
from bot.store.sqlite import SqliteRepository

HER = 1001
SOMEONE_ELSE = 2002
EVENING = datetime(2026, 1, 15, 20, 0, tzinfo=UTC)
FIRST = "Every time I check his page I lose a whole evening I could have spent on me."
SECOND = "I want my calm back more than I want his attention."


@dataclass
class World:
    service: ReasonsService
    repo: SqliteRepository
    cipher: TextCipher
    clock: FakeClock


@pytest.fixture
async def world(tmp_path: Path) -> AsyncIterator[World]:
    clock = FakeClock(EVENING)
    repo = await SqliteRepository.open(tmp_path / "rs.db", clock=clock)
    profiles = Profiles(repo, clock, "Europe/Berlin")
    for user_id in (HER, SOMEONE_ELSE):
        await profiles.get_or_create(user_id, user_id)
    cipher = TextCipher([new_key()])
    yield World(ReasonsService(repo, cipher, clock), repo, cipher, clock)
    await repo.close()


async def test_each_reason_she_adds_is_listed_after_the_ones_before_it(world: World) -> None:
    assert await world.service.listing(HER) == []
    after_first = await world.service.add(HER, FIRST)
    world.clock.advance(timedelta(days=3))
    after_second = await world.service.add(HER, SECOND)

    assert [reason.words for reason in after_first] == [FIRST]
    assert [reason.words for reason in after_second] == [FIRST, SECOND], "numbered as written"
    assert after_second == await world.service.listing(HER)
    stored = await world.repo.list_reasons(HER)
    assert [reason.created_at for reason in stored] == [EVENING, EVENING + timedelta(days=3)]
    assert all(words.encode() not in r.body for words in (FIRST, SECOND) for r in stored)


async def test_removing_one_leaves_the_rest_and_cannot_reach_anyone_elses(world: World) -> None:
    first, _second = await world.service.add(HER, FIRST), await world.service.add(HER, SECOND)
    [theirs] = await world.service.add(SOMEONE_ELSE, "Their own reason")

    assert [r.words for r in await world.service.remove(HER, theirs.id)] == [FIRST, SECOND]
    assert [r.words for r in await world.service.listing(SOMEONE_ELSE)] == ["Their own reason"]

    left = await world.service.remove(HER, first[0].id)
    assert [reason.words for reason in left] == [SECOND]


async def test_a_reason_no_key_opens_is_still_listed_so_she_can_remove_it(world: World) -> None:
    lost_key = TextCipher([new_key()])
    await world.repo.add_reason(HER, EVENING, lost_key.encrypt("written under an old key"))
    await world.service.add(HER, SECOND)

    unreadable, readable = await world.service.listing(HER)
    assert (unreadable.words, readable.words) == (None, SECOND)

    assert [reason.words for reason in await world.service.remove(HER, unreadable.id)] == [SECOND]
