"""/friend's use cases without Telegram (bot/features/friend/service.py), over a real SQLite
file and a fake clock: who gets told she could use a call and when, and what a link does
once it has been used or replaced."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from bot.clock import FakeClock
from bot.core.model import Friend
from bot.features.friend.service import ALERT_AGAIN_AFTER, Alert, FriendService
from bot.features.profiles import Profiles
from bot.store.sqlite import SqliteRepository

HER = 1001
ANOTHER_HER = 1002
FRIEND_CHAT = 2002
STRANGER_CHAT = 3003
EVENING = datetime(2026, 1, 15, 20, 0, tzinfo=UTC)


@dataclass
class Courier:
    """Stands in for sending the note: where it went, and whether it could arrive."""

    reaches: bool = True
    sent_to: list[int] = field(default_factory=list)

    async def __call__(self, friend_chat_id: int) -> bool:
        self.sent_to.append(friend_chat_id)
        return self.reaches


@dataclass
class World:
    service: FriendService
    repo: SqliteRepository
    profiles: Profiles
    clock: FakeClock

    async def with_friend(self, user_id: int = HER) -> Friend:
        """She has invited her friend, who opened the link."""
        await self.profiles.get_or_create(user_id, user_id)
        invite = await self.service.invite(user_id)
        joined = await self.service.join(invite.invite_code, FRIEND_CHAT)
        assert joined is not None
        return joined.friend


@pytest.fixture
async def world(tmp_path: Path) -> AsyncIterator[World]:
    clock = FakeClock(EVENING)
    repo = await SqliteRepository.open(tmp_path / "rs.db", clock=clock)
    profiles = Profiles(repo, clock, "Europe/Berlin")
    yield World(FriendService(repo, profiles, clock), repo, profiles, clock)
    await repo.close()


async def test_her_friend_is_told_once_then_again_only_after_a_while(world: World) -> None:
    await world.with_friend()
    courier = Courier()

    assert await world.service.alert(HER, courier) is Alert.SENT
    world.clock.advance(ALERT_AGAIN_AFTER - timedelta(minutes=1))
    assert await world.service.alert(HER, courier) is Alert.TOO_SOON
    world.clock.advance(timedelta(minutes=1))
    assert await world.service.alert(HER, courier) is Alert.SENT

    assert courier.sent_to == [FRIEND_CHAT, FRIEND_CHAT], "no note while it was too soon"


async def test_a_note_that_did_not_arrive_can_be_sent_again_at_once(world: World) -> None:
    await world.with_friend()
    assert await world.service.alert(HER, Courier(reaches=False)) is Alert.FAILED
    friend = await world.service.friend_of(HER)
    assert friend is not None and friend.last_alert_at is None

    courier = Courier()
    assert await world.service.alert(HER, courier) is Alert.SENT
    assert courier.sent_to == [FRIEND_CHAT]


async def test_a_friend_who_has_not_opened_the_link_is_not_told(world: World) -> None:
    courier = Courier()
    assert await world.service.alert(HER, courier) is Alert.NO_FRIEND, "none chosen"
    await world.profiles.get_or_create(HER, HER)
    await world.service.invite(HER)
    assert await world.service.alert(HER, courier) is Alert.NO_FRIEND, "invited, not joined"
    assert courier.sent_to == []


async def test_the_link_works_once_and_a_new_one_replaces_the_friend(world: World) -> None:
    first = await world.with_friend()
    assert await world.service.join(first.invite_code, STRANGER_CHAT) is None, "used already"

    fresh = await world.service.invite(HER)
    assert fresh.invite_code != first.invite_code
    assert fresh.friend_chat_id is None
    courier = Courier()
    assert await world.service.alert(HER, courier) is Alert.NO_FRIEND
    assert courier.sent_to == [], "the friend she replaced hears nothing more"
    assert await world.service.join(first.invite_code, FRIEND_CHAT) is None


async def test_joining_names_her_so_she_can_be_told_in_her_language(world: World) -> None:
    await world.profiles.get_or_create(HER, HER, locale="es")
    invite = await world.service.invite(HER)

    joined = await world.service.join(invite.invite_code, FRIEND_CHAT)

    assert joined is not None and joined.her is not None
    assert (joined.her.chat_id, joined.her.locale) == (HER, "es")
    assert joined.friend.friend_chat_id == FRIEND_CHAT
    assert joined.friend.joined_at == EVENING


async def test_when_she_removes_her_friend_the_friend_is_the_one_to_tell(world: World) -> None:
    await world.with_friend()
    assert await world.service.remove(HER) == FRIEND_CHAT
    assert await world.service.friend_of(HER) is None
    assert await world.service.alert(HER, Courier()) is Alert.NO_FRIEND

    await world.service.invite(HER)
    assert await world.service.remove(HER) is None, "an open invite: no one to tell"


async def test_a_friend_who_leaves_steps_back_from_everyone(world: World) -> None:
    await world.with_friend(HER)
    await world.with_friend(ANOTHER_HER)

    left = await world.service.leave(FRIEND_CHAT)

    assert sorted(f.her.chat_id for f in left if f.her is not None) == [HER, ANOTHER_HER]
    for user_id in (HER, ANOTHER_HER):
        assert await world.service.friend_of(user_id) is None
    assert await world.service.leave(FRIEND_CHAT) == [], "nothing left to step back from"
    assert await world.service.leave(STRANGER_CHAT) == []


async def test_her_lines_offer_her_friend_only_while_the_friend_is_there(world: World) -> None:
    await world.profiles.get_or_create(HER, HER)
    assert not await world.service.can_be_told(HER), "no friend chosen"
    await world.service.invite(HER)
    assert not await world.service.can_be_told(HER), "invited, link not opened yet"
    await world.with_friend()
    assert await world.service.can_be_told(HER)
    await world.service.leave(FRIEND_CHAT)
    assert not await world.service.can_be_told(HER), "the friend stepped back"
