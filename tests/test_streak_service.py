"""/streak's and /slip's use cases without Telegram (bot/features/streak/service.py), over a
real SQLite file and a fake clock: how her summary opens, and what a slip keeps."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.clock import FakeClock
from bot.core.model import UrgeKind, UrgeOutcome, UserProfile
from bot.crypto import TextCipher, new_key
from bot.features.profiles import Profiles
from bot.features.streak.service import Opening, StreakService
from bot.store.sqlite import SqliteRepository

HER = 1001
# 21:00 in Berlin on a winter evening.
EVENING = datetime(2026, 1, 15, 20, 0, tzinfo=UTC)


@dataclass
class World:
    service: StreakService
    repo: SqliteRepository
    profiles: Profiles
    cipher: TextCipher
    clock: FakeClock

    async def her(self, days: int, banked: int = 0) -> UserProfile:
        """Her profile, `days` into a streak, with `banked` days kept in earlier ones."""
        profile = await self.profiles.get_or_create(HER, HER)
        profile = replace(
            profile,
            last_contact=self.profiles.today(profile) - timedelta(days=days),
            best_streak_days=banked,
            banked_days=banked,
            onboarded=True,
        )
        await self.profiles.save(profile)
        return profile


@pytest.fixture
async def world(tmp_path: Path) -> AsyncIterator[World]:
    clock = FakeClock(EVENING)
    repo = await SqliteRepository.open(tmp_path / "rs.db", clock=clock)
    profiles = Profiles(repo, clock, "Europe/Berlin")
    cipher = TextCipher([new_key()])
    yield World(StreakService(repo, profiles, cipher), repo, profiles, cipher, clock)
    await repo.close()


async def test_her_very_first_day_is_not_day_zero(world: World) -> None:
    summary = await world.service.summary(await world.her(days=0))
    assert summary.opening is Opening.VERY_FIRST_DAY
    assert (summary.days, summary.best, summary.total) == (0, 0, 0)


async def test_a_fresh_count_after_a_slip_opens_with_what_she_has_kept(world: World) -> None:
    profile = await world.her(days=12)
    slip = await world.service.record_slip(profile, None)

    summary = await world.service.summary(slip.profile)

    assert summary.opening is Opening.COUNT_STARTS
    assert (summary.days, summary.best, summary.total) == (0, 12, 12)
    assert summary.last_contact == summary.today


async def test_a_streak_under_way_counts_her_days_and_the_urges_she_held(world: World) -> None:
    profile = await world.her(days=5, banked=3)
    held = await world.repo.start_urge(HER, UrgeKind.TEXT, EVENING)
    await world.repo.finish_urge(held.id, UrgeOutcome.HELD, EVENING)
    dropped = await world.repo.start_urge(HER, UrgeKind.CHECK, EVENING)
    await world.repo.finish_urge(dropped.id, UrgeOutcome.CANCELLED, EVENING)

    summary = await world.service.summary(profile)

    assert summary.opening is Opening.UNDER_WAY
    assert (summary.days, summary.best, summary.total) == (5, 5, 8)
    assert summary.held == 1, "an urge she dropped is not one she rode out"


async def test_her_words_about_a_slip_are_kept_encrypted(world: World) -> None:
    await world.service.record_slip(await world.her(days=4), "He called and I picked up.")

    [slip] = await world.repo.list_slips(HER)
    assert slip.streak_days_ended == 4
    assert slip.note is not None and b"picked up" not in slip.note
    assert world.cipher.decrypt(slip.note) == "He called and I picked up."
