"""The cut-off checklist's use cases without Telegram (bot/features/cutoff/service.py), over
a real SQLite file, real content and a fake clock: when the reminder speaks up, and what
"Done" tells her about her list."""

from __future__ import annotations

from collections.abc import AsyncIterator, Mapping
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path

import pytest

from bot.clock import FakeClock
from bot.content import Content
from bot.core.model import Situation, Timer, UserProfile
from bot.features.cutoff import logic
from bot.features.cutoff.service import REMINDER_TIMER, CutoffService, checklist_of
from bot.features.profiles import Profiles
from bot.store.sqlite import SqliteRepository
from bot.timers.service import TimerService

HER = 1001
# 21:00 in Berlin on a winter evening.
EVENING = datetime(2026, 1, 15, 20, 0, tzinfo=UTC)


@dataclass
class World:
    service: CutoffService
    repo: SqliteRepository
    profiles: Profiles
    clock: FakeClock
    locale: str

    async def her(self, **changes: object) -> UserProfile:
        profile = await self.profiles.get_or_create(HER, HER)
        profile = replace(profile, onboarded=True, **changes)  # type: ignore[arg-type]
        await self.profiles.save(profile)
        return profile

    async def opened_list(self, profile: UserProfile) -> Timer:
        """She opened /cutoff: the reminder it set, as the sweep would hand it over."""
        await self.service.open(profile)
        [timer] = [t for t in await self.repo.pending_timers(HER) if t.kind == REMINDER_TIMER]
        return timer

    async def settle_all_but(self, profile: UserProfile, *still_open: str) -> None:
        for item_id in self.service.order(profile, self.locale):
            if item_id not in still_open:
                await self.service.set_state(profile, self.locale, item_id, logic.ItemState.DONE)


@pytest.fixture
async def world(tmp_path: Path, shipped_contents: Mapping[str, Content]) -> AsyncIterator[World]:
    clock = FakeClock(EVENING)
    repo = await SqliteRepository.open(tmp_path / "rs.db", clock=clock)
    profiles = Profiles(repo, clock, "Europe/Berlin")
    content = shipped_contents["en"]
    service = CutoffService(
        repo, profiles, clock, TimerService(repo, clock), {"en": checklist_of(content)}
    )
    yield World(service, repo, profiles, clock, content.locale)
    await repo.close()


async def test_the_reminder_names_only_what_is_still_open_in_her_order(world: World) -> None:
    profile = await world.her(situation=Situation.ABUSE)
    timer = await world.opened_list(profile)
    order = world.service.order(profile, world.locale)
    last, first = order[-1], order[0]
    await world.settle_all_but(profile, last, first)

    due = await world.service.due_reminder(timer, world.locale)

    assert due is not None and due.still_open == [first, last]
    assert not await world.service.all_settled(profile, world.locale)


async def test_no_reminder_once_she_has_settled_everything(world: World) -> None:
    profile = await world.her()
    timer = await world.opened_list(profile)
    await world.settle_all_but(profile)

    assert await world.service.due_reminder(timer, world.locale) is None
    assert await world.service.all_settled(profile, world.locale)


async def test_no_reminder_after_she_stopped_the_bot(world: World) -> None:
    profile = await world.her()
    timer = await world.opened_list(profile)
    await world.repo.set_user_active(HER, False)

    assert await world.service.due_reminder(timer, world.locale) is None
