"""Held drafts' use cases without Telegram (bot/features/drafts/service.py), over a real
SQLite file and a fake clock: when what she held comes back, which drafts a review brings,
and what each choice on a draft leaves behind. Her check-in is at 09:00 in Berlin."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, time, timedelta
from pathlib import Path

import pytest

from bot.clock import FakeClock
from bot.core.model import Draft, Timer, UrgeKind, UserProfile
from bot.crypto import TextCipher, new_key
from bot.features.drafts.service import (
    AHEAD_OF_CHECK_IN,
    DRAFT_REVIEW,
    MAX_LISTED,
    DraftsService,
    NextInReview,
)
from bot.features.profiles import Profiles
from bot.store.sqlite import SqliteRepository
from bot.timers.service import TimerService

HER = 1001
SOMEONE_ELSE = 2002
# 21:00 in Berlin on a winter evening; her check-ins are at 09:00 there (08:00 UTC).
EVENING = datetime(2026, 1, 15, 20, 0, tzinfo=UTC)
NEXT_CHECK_IN = datetime(2026, 1, 16, 8, 0, tzinfo=UTC)
WORDS = "I can't stop thinking about you. Can we please talk, just once, tonight?"


@dataclass
class World:
    service: DraftsService
    repo: SqliteRepository
    timers: TimerService
    profiles: Profiles
    cipher: TextCipher
    clock: FakeClock
    # What each review the sweep delivered brought back: her drafts' ids, in order.
    reviews: list[list[int]] = field(default_factory=list)

    async def her(self, user_id: int = HER, check_in: time = time(9, 0)) -> UserProfile:
        profile = await self.profiles.get_or_create(user_id, user_id)
        profile = replace(profile, onboarded=True, timezone="Europe/Berlin", ping_time=check_in)
        await self.profiles.save(profile)
        return profile

    async def hold_at(self, profile: UserProfile, moment: datetime, words: str) -> Draft:
        self.clock.set(moment)
        await self.service.hold(profile, words)
        return (await self.repo.list_drafts(profile.user_id))[-1]

    async def review_due(self) -> datetime | None:
        return await self.timers.next_due(HER, DRAFT_REVIEW)

    async def sweep_at(self, moment: datetime) -> None:
        self.clock.set(moment)
        await self.timers.sweep()

    async def send_review(self, timer: Timer) -> None:
        """What review.py does around its message: ask, "send", then mark them reviewed."""
        review = await self.service.due_review(timer)
        if review is not None:
            self.reviews.append([draft.id for draft in review.drafts])
            await self.service.reviewed(review)


@pytest.fixture
async def world(tmp_path: Path) -> AsyncIterator[World]:
    clock = FakeClock(EVENING)
    repo = await SqliteRepository.open(tmp_path / "rs.db", clock=clock)
    timers = TimerService(repo, clock)
    profiles = Profiles(repo, clock, "Europe/Berlin")
    cipher = TextCipher([new_key()])
    service = DraftsService(repo, timers, profiles, cipher, clock)
    made = World(service, repo, timers, profiles, cipher, clock)
    timers.on(DRAFT_REVIEW, made.send_review)
    yield made
    await repo.close()


async def test_an_evening_draft_comes_back_at_her_next_check_in_and_is_kept_encrypted(
    world: World,
) -> None:
    profile = await world.her()
    due = await world.service.hold(profile, WORDS)

    assert due == NEXT_CHECK_IN, "she is told her check-in time"
    assert await world.review_due() == NEXT_CHECK_IN - AHEAD_OF_CHECK_IN, "read before it"
    [stored] = await world.repo.list_drafts(HER)
    assert WORDS.encode() not in stored.body
    listing = await world.service.listing(HER)
    assert [draft.words for draft in listing.newest] == [WORDS]


async def test_a_draft_written_while_waiting_out_an_urge_is_kept_with_it_and_comes_back(
    world: World,
) -> None:
    profile = await world.her()
    urge = await world.repo.start_urge(HER, UrgeKind.TEXT, EVENING)

    due = await world.service.hold(profile, WORDS, urge_id=urge.id)

    [stored] = await world.repo.list_drafts(HER)
    assert stored.urge_id == urge.id, "her urge log shows what she wrote in it"
    assert WORDS.encode() not in stored.body
    assert due == NEXT_CHECK_IN
    await world.sweep_at(NEXT_CHECK_IN)
    assert world.reviews == [[stored.id]]


async def test_a_draft_written_before_dawn_rests_until_the_day_after(world: World) -> None:
    profile = await world.her()
    world.clock.set(datetime(2026, 1, 16, 4, 0, tzinfo=UTC))  # 05:00 in Berlin
    due = await world.service.hold(profile, "One more thing")
    assert due == NEXT_CHECK_IN + timedelta(days=1)


async def test_a_review_sent_already_that_day_leaves_a_new_draft_for_the_next(
    world: World,
) -> None:
    profile = await world.her()
    await world.service.hold(profile, "Come over, please")
    await world.sweep_at(NEXT_CHECK_IN)
    assert len(world.reviews) == 1
    # She moves her check-in to the evening, then holds another draft that morning.
    profile = await world.her(check_in=time(20, 0))
    world.clock.set(datetime(2026, 1, 16, 9, 0, tzinfo=UTC))

    due = await world.service.hold(profile, "I still have your jacket")

    assert due == datetime(2026, 1, 17, 19, 0, tzinfo=UTC), "that day's review went out"


async def test_a_review_brings_back_what_rested_and_can_be_read_in_the_order_written(
    world: World,
) -> None:
    profile = await world.her()
    first = await world.hold_at(profile, EVENING, "Come over, please")
    kept = await world.hold_at(profile, EVENING + timedelta(hours=1), "Call me")
    await world.service.keep(HER, kept.id, place=None)  # her answer from /drafts already
    stranger = TextCipher([new_key()])
    await world.repo.add_draft(HER, None, EVENING, stranger.encrypt("no key opens this"))
    second = await world.hold_at(profile, EVENING + timedelta(hours=3), "Why did you leave?")
    [timer] = await world.repo.pending_timers(HER)
    fresh = await world.hold_at(profile, NEXT_CHECK_IN - timedelta(hours=4), "Too fresh")

    await world.sweep_at(NEXT_CHECK_IN)

    assert world.reviews == [[first.id, second.id]]
    assert await world.service.due_review(timer) is None, "a review shows each draft once"
    tomorrow = [t for t in await world.repo.pending_timers(HER) if t.kind == DRAFT_REVIEW]
    await world.sweep_at(NEXT_CHECK_IN + timedelta(days=1))
    assert len(tomorrow) == 1 and world.reviews[-1] == [fresh.id]


async def test_no_review_reaches_her_once_she_has_stopped_the_bot(world: World) -> None:
    profile = await world.her()
    await world.service.hold(profile, WORDS)
    [timer] = await world.repo.pending_timers(HER)
    await world.repo.set_user_active(HER, False)
    world.clock.set(NEXT_CHECK_IN)
    assert await world.service.due_review(timer) is None


async def test_answering_a_draft_in_a_review_offers_the_next_one_in_it(world: World) -> None:
    profile = await world.her()
    drafts = [
        await world.hold_at(profile, EVENING + timedelta(minutes=n), words)
        for n, words in enumerate(["Come over", "Why did you leave?", "Your jacket"])
    ]
    await world.sweep_at(NEXT_CHECK_IN)
    one, two, three = (draft.id for draft in drafts)

    kept = await world.service.keep(HER, one, place=(1, 3))
    assert kept is not None and kept.following == NextInReview(two, (2, 3))
    gone = await world.service.let_go(HER, two, place=(2, 3))
    assert gone is not None and gone.following == NextInReview(three, (3, 3))
    last = await world.service.keep(HER, three, place=(3, 3))
    assert last is not None and last.following is None, "that was the last one"

    listing = await world.service.listing(HER)
    assert [draft.words for draft in listing.newest] == ["Come over", "Your jacket"]
    from_the_list = await world.service.keep(HER, one, place=None)
    assert from_the_list is not None and from_the_list.following is None


async def test_a_button_cannot_reach_a_draft_that_is_not_hers_or_is_gone(world: World) -> None:
    profile = await world.her()
    theirs_profile = await world.her(SOMEONE_ELSE)
    mine = await world.hold_at(profile, EVENING, "Mine")
    theirs = await world.hold_at(theirs_profile, EVENING, "Theirs")

    assert await world.service.reveal(HER, theirs.id) is None
    assert await world.service.keep(HER, theirs.id, place=None) is None
    assert await world.service.let_go(HER, theirs.id, place=None) is None
    [still] = await world.repo.list_drafts(SOMEONE_ELSE)
    assert still.reviewed_at is None and world.cipher.decrypt(still.body) == "Theirs"

    assert await world.service.let_go(HER, mine.id, place=None) is not None
    assert await world.service.let_go(HER, mine.id, place=None) is None, "let go already"
    assert await world.service.reveal(HER, mine.id) is None


async def test_the_list_shows_her_newest_drafts_and_counts_them_all(world: World) -> None:
    profile = await world.her()
    written = [f"draft number {n}" for n in range(MAX_LISTED + 2)]
    for n, words in enumerate(written):
        await world.hold_at(profile, EVENING + timedelta(minutes=n), words)
    stranger = TextCipher([new_key()])
    latest = EVENING + timedelta(hours=1)
    await world.repo.add_draft(HER, None, latest, stranger.encrypt("no key opens this"))

    listing = await world.service.listing(HER)

    assert listing.total == len(written) + 1
    words = [draft.words for draft in listing.newest]
    assert words == [*written[-(MAX_LISTED - 1) :], None], "the latest last; unreadable kept"


async def test_back_after_a_block_her_waiting_drafts_get_a_review_again(world: World) -> None:
    profile = await world.her()
    await world.service.hold(profile, WORDS)
    await world.repo.cancel_all_timers(HER)  # what the bot being blocked does

    world.clock.set(NEXT_CHECK_IN + timedelta(days=2))
    await world.service.refresh(profile)
    assert await world.review_due() == NEXT_CHECK_IN + timedelta(days=3) - AHEAD_OF_CHECK_IN

    await world.sweep_at(NEXT_CHECK_IN + timedelta(days=3))
    await world.service.refresh(profile)
    assert await world.review_due() is None, "nothing waits: no review to set"
