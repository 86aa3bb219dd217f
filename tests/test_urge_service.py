"""/urge's use cases without Telegram (bot/features/urge/service.py), over a real SQLite
file, real content and a fake clock: what the chat would then tell her."""

from __future__ import annotations

import random
from collections.abc import AsyncIterator, Mapping
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.clock import FakeClock
from bot.content import Content
from bot.core.model import Situation, Trigger, UrgeKind, UrgeOutcome, UserProfile
from bot.crypto import TextCipher, new_key
from bot.features.profiles import Profiles
from bot.features.urge import logic
from bot.features.urge.service import CHECKBACK_TIMER, Held, OpenUrge, UrgeService
from bot.store.sqlite import SqliteRepository
from bot.timers.service import TimerService

HER = 1001
SOMEONE_ELSE = 2002
WAIT = timedelta(minutes=10)
# 21:00 in Berlin on a winter evening.
EVENING = datetime(2026, 1, 15, 20, 0, tzinfo=UTC)


@dataclass
class World:
    service: UrgeService
    repo: SqliteRepository
    timers: TimerService
    profiles: Profiles
    cipher: TextCipher
    clock: FakeClock
    content: Content

    async def her(self, days: int = 0, best: int = 0, **changes: object) -> UserProfile:
        """Her profile, `days` into a streak (and a best of `best` before it)."""
        profile = await self.profiles.get_or_create(HER, HER)
        today = self.profiles.today(profile)
        profile = replace(
            profile,
            last_contact=today - timedelta(days=days),
            best_streak_days=best,
            onboarded=True,
            **changes,  # type: ignore[arg-type]
        )
        await self.profiles.save(profile)
        return profile

    async def waiting(self, profile: UserProfile, intensity: int = 5) -> OpenUrge:
        """An urge she has named, rated and is waiting out."""
        urge = await self.service.choose_kind(profile.user_id, UrgeKind.TEXT)
        await self.service.set_trigger(urge.id, Trigger.LATE_NIGHT)
        return (await self.service.set_intensity(profile.user_id, urge, intensity)).urge

    async def hold(self, profile: UserProfile, urge: OpenUrge) -> Held:
        """She taps "I held on" on the check-back of `urge`."""
        unlogged = await self.service.still_open(profile.user_id, urge.id)
        assert unlogged is not None
        return await self.service.finish_held(profile, unlogged)

    async def checkback_due(self) -> datetime | None:
        return await self.timers.next_due(HER, CHECKBACK_TIMER)


@pytest.fixture
async def world(tmp_path: Path, shipped_contents: Mapping[str, Content]) -> AsyncIterator[World]:
    clock = FakeClock(EVENING)
    repo = await SqliteRepository.open(tmp_path / "rs.db", clock=clock)
    timers = TimerService(repo, clock)
    profiles = Profiles(repo, clock, "Europe/Berlin")
    cipher = TextCipher([new_key()])
    content = shipped_contents["en"]
    service = UrgeService(
        repo, timers, profiles, content, cipher, clock, random.Random(7), wait=WAIT
    )
    yield World(service, repo, timers, profiles, cipher, clock, content)
    await repo.close()


async def test_naming_and_rating_an_urge_sets_the_check_back(world: World) -> None:
    profile = await world.her()
    urge = await world.service.choose_kind(HER, UrgeKind.CHECK)
    await world.service.set_trigger(urge.id, Trigger.SAW_POST)
    checkback = await world.service.set_intensity(HER, urge, 6)

    assert checkback.wait == WAIT
    assert checkback.due == EVENING + WAIT == await world.checkback_due()
    assert checkback.urge == OpenUrge(urge.id, rounds=1)
    stored = await world.repo.get_urge(urge.id)
    assert stored is not None
    assert (stored.kind, stored.trigger, stored.intensity) == (
        UrgeKind.CHECK,
        Trigger.SAW_POST,
        6,
    )
    assert stored.outcome is None and profile.user_id == stored.user_id


async def test_a_strong_urge_gets_a_longer_wait(world: World) -> None:
    await world.her()
    urge = await world.service.choose_kind(HER, UrgeKind.TEXT)
    checkback = await world.service.set_intensity(HER, urge, 9)
    assert checkback.wait == WAIT + logic.STRONG_URGE_EXTRA
    assert await world.checkback_due() == EVENING + WAIT + logic.STRONG_URGE_EXTRA


async def test_holding_on_counts_every_urge_she_held_and_her_streak(world: World) -> None:
    profile = await world.her(days=5)
    first = await world.waiting(profile)
    held = await world.hold(profile, first)
    assert (held.held, held.days) == (1, 5)
    assert await world.checkback_due() is None, "no check-back after she said how it went"

    second = await world.waiting(profile)
    assert (await world.hold(profile, second)).held == 2
    urge = await world.repo.get_urge(second.id)
    assert urge is not None and urge.outcome is UrgeOutcome.HELD


async def test_holding_on_the_day_her_count_starts_is_day_zero(world: World) -> None:
    profile = await world.her(days=0)
    urge = await world.waiting(profile)
    assert (await world.hold(profile, urge)).days == 0


async def test_a_slip_restarts_the_streak_and_keeps_her_best(world: World) -> None:
    profile = await world.her(days=12, best=4)
    urge = await world.waiting(profile)

    after = await world.service.finish_slipped(profile, urge.id)

    assert after.best_streak_days == 12
    assert after.last_contact == world.profiles.today(profile)
    saved = await world.profiles.get(HER)
    assert saved is not None and saved.best_streak_days == 12
    assert saved.last_contact == after.last_contact
    [slip] = await world.repo.list_slips(HER)
    assert slip.streak_days_ended == 12
    stored = await world.repo.get_urge(urge.id)
    assert stored is not None and stored.outcome is UrgeOutcome.SLIPPED
    assert await world.checkback_due() is None


async def test_extending_moves_the_check_back_later(world: World) -> None:
    profile = await world.her()
    urge = await world.waiting(profile)

    five = await world.service.extend(HER, urge, timedelta(minutes=5))
    assert five.due == EVENING + WAIT + timedelta(minutes=5) == await world.checkback_due()
    assert five.wait == timedelta(minutes=5)
    ten = await world.service.extend(HER, five.urge, timedelta(minutes=10))
    assert ten.due == EVENING + WAIT + timedelta(minutes=15) == await world.checkback_due()
    assert [t.kind for t in await world.repo.pending_timers(HER)].count(CHECKBACK_TIMER) == 1
    assert ten.urge.rounds == urge.rounds + 2


async def test_extending_after_the_check_back_passed_counts_from_now(world: World) -> None:
    profile = await world.her()
    urge = await world.waiting(profile)
    world.clock.advance(WAIT + timedelta(minutes=20))
    await world.service.skip(HER)  # she was asked already: nothing pending any more

    later = await world.service.extend(HER, urge, timedelta(minutes=5))
    assert later.due == world.clock.now() + timedelta(minutes=5)


async def test_another_round_waits_the_usual_time_again(world: World) -> None:
    profile = await world.her()
    urge = await world.waiting(profile, intensity=10)
    world.clock.advance(WAIT)
    again = await world.service.another_round(HER, urge)
    assert again.due == world.clock.now() + WAIT == await world.checkback_due()


async def test_skipping_the_wait_cancels_the_check_back(world: World) -> None:
    profile = await world.her()
    await world.waiting(profile)
    await world.service.skip(HER)
    assert await world.checkback_due() is None


async def test_a_stale_or_foreign_urge_id_is_refused(world: World) -> None:
    profile = await world.her()
    open_one = await world.waiting(profile)
    assert await world.service.still_open(HER, open_one.id) is not None

    await world.profiles.get_or_create(SOMEONE_ELSE, SOMEONE_ELSE)
    theirs = await world.service.choose_kind(SOMEONE_ELSE, UrgeKind.TEXT)
    assert await world.service.still_open(HER, theirs.id) is None
    assert await world.service.still_open(HER, open_one.id + 100) is None

    await world.hold(profile, open_one)
    assert await world.service.still_open(HER, open_one.id) is None, "logged already"


async def test_a_new_urge_drops_the_one_left_open(world: World) -> None:
    profile = await world.her()
    left = await world.waiting(profile)
    await world.service.drop_open(HER, left.id)
    stored = await world.repo.get_urge(left.id)
    assert stored is not None and stored.outcome is UrgeOutcome.CANCELLED
    assert await world.checkback_due() is None


async def test_a_check_back_asks_only_while_the_urge_is_open_and_recent(world: World) -> None:
    profile = await world.her()
    urge = await world.waiting(profile)
    [timer] = await world.repo.pending_timers(HER)

    world.clock.set(timer.due_at)
    due = await world.service.due_checkback(timer)
    assert due is not None and due.urge_id == urge.id and not due.late
    world.clock.set(timer.due_at + logic.CHECKBACK_LATE_AFTER + timedelta(minutes=1))
    late = await world.service.due_checkback(timer)
    assert late is not None and late.late
    world.clock.set(timer.due_at + logic.CHECKBACK_STALE_AFTER + timedelta(minutes=1))
    assert await world.service.due_checkback(timer) is None, "half a day on, it is not asked"

    world.clock.set(timer.due_at)
    await world.hold(profile, urge)
    assert await world.service.due_checkback(timer) is None


async def test_cards_and_closings_do_not_repeat_within_a_round(world: World) -> None:
    profile = await world.her(situation=Situation.CHEATING)
    urge = await world.waiting(profile)
    fitting = logic.cards_for(world.content.cards, UrgeKind.TEXT, Situation.CHEATING)
    closings = logic.closings_for(world.content.closings, Situation.CHEATING)

    read = [await world.service.pick_card(profile, None, urge.id) for _ in fitting]

    assert sorted(pick.card.id for pick in read) == sorted(card.id for card in fitting)
    first_closings = [pick.closing.id for pick in read[: len(closings)]]
    assert len(set(first_closings)) == len(first_closings)
    assert all(pick.own_reason is None for pick in read), "she has written no reason yet"


async def test_after_abuse_the_cards_speak_only_of_her(world: World) -> None:
    profile = await world.her(situation=Situation.ABUSE)
    for _ in range(12):
        pick = await world.service.pick_card(profile, None)
        assert pick.card.reason in logic.SAFETY_FIRST_REASONS
        assert not pick.closing.about_him


async def test_her_own_reason_comes_with_the_card(world: World) -> None:
    profile = await world.her()
    words = "My mornings are mine again."
    await world.repo.add_reason(HER, EVENING, world.cipher.encrypt(words))
    pick = await world.service.pick_card(profile, None)
    assert pick.own_reason is not None and words in pick.own_reason


async def test_grounding_goes_through_every_exercise_before_repeating(world: World) -> None:
    await world.her()
    exercises = world.content.exercises
    shown = [(await world.service.ground(HER)).id for _ in exercises]
    assert sorted(shown) == sorted(exercise.id for exercise in exercises)
