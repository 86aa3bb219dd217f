"""/export's and /forget's use cases without Telegram (bot/features/privacy/service.py),
over a real SQLite file and a fake clock: which "yes" erases her, and what her export
says of words no key can read any more."""

from __future__ import annotations

import json
from collections.abc import AsyncIterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.clock import FakeClock
from bot.crypto import TextCipher, new_key
from bot.features.privacy.service import CONFIRM_WINDOW, PrivacyService
from bot.features.profiles import Profiles
from bot.store.sqlite import SqliteRepository

HER = 1001
EVENING = datetime(2026, 1, 15, 20, 0, tzinfo=UTC)


@dataclass
class World:
    service: PrivacyService
    repo: SqliteRepository
    cipher: TextCipher
    clock: FakeClock


@pytest.fixture
async def world(tmp_path: Path) -> AsyncIterator[World]:
    clock = FakeClock(EVENING)
    repo = await SqliteRepository.open(tmp_path / "rs.db", clock=clock)
    cipher = TextCipher([new_key()])
    await Profiles(repo, clock, "Europe/Berlin").get_or_create(HER, HER)
    yield World(PrivacyService(repo, cipher, clock), repo, cipher, clock)
    await repo.close()


async def still_there(world: World) -> bool:
    return bool((await world.repo.export_user(HER))["users"])


async def test_her_yes_counts_for_the_whole_window_and_not_a_second_more(world: World) -> None:
    asked_at = world.service.ask_to_confirm()
    world.clock.advance(CONFIRM_WINDOW + timedelta(seconds=1))
    assert not await world.service.forget(HER, asked_at)
    assert await still_there(world), "a late yes erases nothing"

    asked_at = world.service.ask_to_confirm()
    world.clock.advance(CONFIRM_WINDOW)
    assert await world.service.forget(HER, asked_at)
    assert not await still_there(world)


async def test_a_yes_from_the_future_does_not_count(world: World) -> None:
    asked_at = world.service.ask_to_confirm()
    world.clock.advance(timedelta(seconds=-1))  # her clock, or a forged button, ahead of ours
    assert not await world.service.forget(HER, asked_at)
    assert await still_there(world)


async def test_words_no_key_can_read_are_exported_as_empty_not_as_ciphertext(
    world: World,
) -> None:
    retired = TextCipher([new_key()])
    await world.repo.add_draft(HER, None, EVENING, world.cipher.encrypt("I miss you"))
    await world.repo.add_draft(HER, None, EVENING, retired.encrypt("Call me"))

    tables = json.loads(await world.service.export(HER))["tables"]

    assert sorted(str(row["body"]) for row in tables["drafts"]) == ["I miss you", "None"]
