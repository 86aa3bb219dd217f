"""/hetexted's use cases without Telegram (bot/features/hetexted/service.py), over a real
SQLite file and a fake clock: what is kept of his message, when she is asked how it went,
and what she is told her streak is after she says."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.clock import FakeClock
from bot.core.model import Situation, Timer, UserProfile
from bot.features.hetexted.logic import (
    GENTLE_PRACTICAL_DELAY,
    REPLY_DELAY,
    MessageKind,
    Outcome,
    ReplyAdvice,
)
from bot.features.hetexted.service import (
    CHECKBACK_TIMER,
    HeTextedCheckback,
    HeTextedService,
)
from bot.features.profiles import Profiles
from bot.features.urge.logic import CHECKBACK_LATE_AFTER, CHECKBACK_STALE_AFTER
from bot.store.sqlite import SqliteRepository
from bot.timers.service import TimerService

HER = 1001
SOMEONE_ELSE = 2002
# 21:00 in Berlin on a winter evening.
EVENING = datetime(2026, 1, 15, 20, 0, tzinfo=UTC)


@dataclass
class World:
    service: HeTextedService
    repo: SqliteRepository
    timers: TimerService
    profiles: Profiles
    clock: FakeClock

    async def her(self, situation: Situation, days: int = 0, user_id: int = HER) -> UserProfile:
        """Her profile after onboarding, `days` into a streak."""
        profile = await self.profiles.get_or_create(user_id, user_id)
        profile = replace(
            profile,
            situation=situation,
            last_contact=self.profiles.today(profile) - timedelta(days=days),
            onboarded=True,
        )
        await self.profiles.save(profile)
        return profile

    async def checkbacks(self, user_id: int = HER) -> list[Timer]:
        return [t for t in await self.repo.pending_timers(user_id) if t.kind == CHECKBACK_TIMER]

    async def the_checkback(self) -> Timer:
        [timer] = await self.checkbacks()
        return timer


@pytest.fixture
async def world(tmp_path: Path) -> AsyncIterator[World]:
    clock = FakeClock(EVENING)
    repo = await SqliteRepository.open(tmp_path / "rs.db", clock=clock)
    timers = TimerService(repo, clock)
    profiles = Profiles(repo, clock, "Europe/Berlin")
    yield World(HeTextedService(repo, timers, profiles, clock), repo, timers, profiles, clock)
    await repo.close()


async def test_his_message_is_kept_by_kind_and_asked_about_after_the_wait(world: World) -> None:
    profile = await world.her(Situation.DISRESPECT)

    logged = await world.service.log_message(profile, MessageKind.MISS_YOU)

    [stored] = await world.repo.list_he_texted(HER)
    assert (stored.id, stored.kind, stored.outcome) == (logged.entry.id, "miss_you", None)
    assert stored.received_at == EVENING
    assert logged.advice.reply is ReplyAdvice.NOT_NOW
    timer = await world.the_checkback()
    assert timer.due_at == logged.due == EVENING + REPLY_DELAY
    assert HeTextedCheckback.of(timer).entry_id == logged.entry.id


async def test_a_practical_matter_after_a_good_ending_waits_less(world: World) -> None:
    profile = await world.her(Situation.AMICABLE)
    logged = await world.service.log_message(profile, MessageKind.PRACTICAL)
    assert logged.advice.offers_template
    assert (await world.the_checkback()).due_at == EVENING + GENTLE_PRACTICAL_DELAY


@pytest.mark.parametrize("kind", list(MessageKind))
async def test_after_abuse_nothing_suggests_answering_him(world: World, kind: MessageKind) -> None:
    profile = await world.her(Situation.ABUSE)
    logged = await world.service.log_message(profile, kind)
    assert logged.advice.safety_first
    assert logged.advice.reply in {ReplyAdvice.NONE, ReplyAdvice.THIRD_PARTY}

    world.clock.set(logged.due)
    due = await world.service.due_checkback(await world.the_checkback())
    assert due is not None
    assert not due.advice.offers_template, "no reply made easy at the check-back either"
    assert Outcome.PRACTICAL_REPLY not in due.advice.outcomes


async def test_a_newer_message_replaces_the_wait_for_the_older_one(world: World) -> None:
    profile = await world.her(Situation.CHEATING)
    first = await world.service.log_message(profile, MessageKind.SORRY)
    world.clock.advance(timedelta(minutes=10))

    second = await world.service.log_message(profile, MessageKind.ANGRY)

    timer = await world.the_checkback()
    assert HeTextedCheckback.of(timer).entry_id == second.entry.id != first.entry.id
    assert timer.due_at == EVENING + timedelta(minutes=10) + REPLY_DELAY
    assert len(await world.repo.list_he_texted(HER)) == 2, "both messages are in her log"


async def test_the_check_back_asks_on_time_late_and_never_half_a_day_on(world: World) -> None:
    profile = await world.her(Situation.DISRESPECT)
    logged = await world.service.log_message(profile, MessageKind.HEY)
    timer = await world.the_checkback()

    world.clock.set(timer.due_at)
    on_time = await world.service.due_checkback(timer)
    assert on_time is not None and not on_time.late
    assert (on_time.entry_id, on_time.profile.chat_id) == (logged.entry.id, profile.chat_id)

    world.clock.set(timer.due_at + CHECKBACK_LATE_AFTER + timedelta(minutes=1))
    late = await world.service.due_checkback(timer)
    assert late is not None and late.late, "asked with an apology for the delay"

    world.clock.set(timer.due_at + CHECKBACK_STALE_AFTER + timedelta(minutes=1))
    assert await world.service.due_checkback(timer) is None


async def test_the_check_back_is_not_asked_once_she_has_said_what_she_did(world: World) -> None:
    profile = await world.her(Situation.OTHER)
    logged = await world.service.log_message(profile, MessageKind.SORRY)
    timer = await world.the_checkback()
    await world.service.record_outcome(profile, logged.entry.id, Outcome.NO_REPLY)

    world.clock.set(timer.due_at)
    assert await world.service.due_checkback(timer) is None


async def test_the_check_back_follows_her_situation_as_it_is_now(world: World) -> None:
    profile = await world.her(Situation.AMICABLE)
    await world.service.log_message(profile, MessageKind.PRACTICAL)
    timer = await world.the_checkback()
    # Before the wait is over she says it was abuse: the template she was promised is gone.
    await world.her(Situation.ABUSE)

    world.clock.set(timer.due_at)
    due = await world.service.due_checkback(timer)
    assert due is not None
    assert due.advice.reply is ReplyAdvice.THIRD_PARTY and due.advice.safety_first


async def test_an_entry_of_a_kind_this_version_does_not_know_is_not_asked_about(
    world: World,
) -> None:
    await world.her(Situation.DISRESPECT)
    # Written by a later version that knows a "voice note" kind.
    entry = await world.repo.log_he_texted(HER, EVENING, "voice_note")
    await world.timers.schedule(
        HER, EVENING + REPLY_DELAY, HeTextedCheckback(entry.id), f"{CHECKBACK_TIMER}:{entry.id}"
    )
    world.clock.set(EVENING + REPLY_DELAY)
    assert await world.service.due_checkback(await world.the_checkback()) is None


async def test_what_she_did_is_kept_and_her_streak_goes_on(world: World) -> None:
    profile = await world.her(Situation.DISRESPECT, days=9)
    logged = await world.service.log_message(profile, MessageKind.PRACTICAL)

    recorded = await world.service.record_outcome(profile, logged.entry.id, Outcome.REPLIED)

    assert recorded is not None and recorded.days == 9
    [stored] = await world.repo.list_he_texted(HER)
    assert stored.outcome == Outcome.REPLIED.value
    assert await world.repo.list_slips(HER) == [], "whether it was a slip is hers to say"
    saved = await world.profiles.get(HER)
    assert saved is not None and saved.last_contact == profile.last_contact


async def test_an_answered_or_foreign_entry_is_refused(world: World) -> None:
    profile = await world.her(Situation.DISRESPECT)
    logged = await world.service.log_message(profile, MessageKind.ANGRY)
    theirs = await world.service.log_message(
        await world.her(Situation.OTHER, user_id=SOMEONE_ELSE), MessageKind.HEY
    )

    assert await world.service.record_outcome(profile, theirs.entry.id, Outcome.NO_REPLY) is None
    [their_entry] = await world.repo.list_he_texted(SOMEONE_ELSE)
    assert their_entry.outcome is None, "a button cannot reach someone else's log"

    assert await world.service.record_outcome(profile, logged.entry.id, Outcome.NO_REPLY)
    again = await world.service.record_outcome(profile, logged.entry.id, Outcome.REPLIED)
    assert again is None, "an old button does not change what she said"
    [stored] = await world.repo.list_he_texted(HER)
    assert stored.outcome == Outcome.NO_REPLY.value
