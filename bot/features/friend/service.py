"""/friend's use cases, with no Telegram in them: inviting her one trusted friend, the
friend joining and leaving, and telling the friend she could use a call, over the
repository and the clock. The handlers read the update, call one of these and render
the reply from content; sending to the friend is theirs, handed in as `Deliver`."""

from __future__ import annotations

import secrets
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from datetime import timedelta
from enum import StrEnum
from typing import Final

from bot.clock import Clock
from bot.core.model import Friend, UserProfile
from bot.features.profiles import Profiles
from bot.store.base import Repository

# One call for help is enough to get a friend moving; more would only alarm her.
ALERT_AGAIN_AFTER: Final = timedelta(minutes=30)
# An invite code's random bytes: unguessable, and short enough for a /start link.
_INVITE_CODE_BYTES: Final = 9

# Sends the note to the friend's chat; False when it could not reach them (blocked, gone).
Deliver = Callable[[int], Awaitable[bool]]


class Alert(StrEnum):
    """How "I need someone" went."""

    NO_FRIEND = "no_friend"  # none chosen, or the friend has not joined or has left
    TOO_SOON = "too_soon"  # the friend was told a little while ago
    SENT = "sent"
    FAILED = "failed"  # the friend could not be reached


@dataclass(frozen=True, slots=True)
class Friendship:
    """A friendship as the friend's side sees it: who she is, to tell her in her language."""

    friend: Friend
    her: UserProfile | None  # None if her profile is gone: there is no one to tell


class FriendService:
    def __init__(self, repo: Repository, profiles: Profiles, clock: Clock) -> None:
        self._repo = repo
        self._profiles = profiles
        self._clock = clock

    # -- her side ------------------------------------------------------------------------
    async def friend_of(self, user_id: int) -> Friend | None:
        return await self._repo.friend_of(user_id)

    async def can_be_told(self, user_id: int) -> bool:
        """She has a friend who has joined, so "I need someone" has someone to reach: the
        button is only offered then (an invite not yet opened reaches no one)."""
        friend = await self._repo.friend_of(user_id)
        return friend is not None and friend.friend_chat_id is not None  # as `alert` asks

    async def invite(self, user_id: int) -> Friend:
        """A fresh link: it replaces any earlier invite, and any friend who had joined."""
        return await self._repo.invite_friend(
            user_id, secrets.token_urlsafe(_INVITE_CODE_BYTES), self._clock.now()
        )

    async def remove(self, user_id: int) -> int | None:
        """She ends the friendship; returns the friend's chat to tell, if they had joined."""
        friend = await self._repo.friend_of(user_id)
        await self._repo.end_friendship(user_id)
        return friend.friend_chat_id if friend is not None else None

    async def alert(self, user_id: int, deliver: Deliver) -> Alert:
        """Her friend is told she could use a call, at most once per ALERT_AGAIN_AFTER;
        a note that did not arrive does not count, so she can try again at once."""
        friend = await self._repo.friend_of(user_id)
        now = self._clock.now()
        if friend is None or friend.friend_chat_id is None:
            return Alert.NO_FRIEND
        if friend.last_alert_at is not None and now - friend.last_alert_at < ALERT_AGAIN_AFTER:
            return Alert.TOO_SOON
        if not await deliver(friend.friend_chat_id):
            return Alert.FAILED
        await self._repo.note_friend_alerted(user_id, now)
        return Alert.SENT

    # -- the friend's side -----------------------------------------------------------------
    async def join(self, invite_code: str, friend_chat_id: int) -> Friendship | None:
        """The friend opened her link; None if no such invite is open (used or replaced)."""
        friend = await self._repo.accept_invite(invite_code, friend_chat_id, self._clock.now())
        if friend is None:
            return None
        return Friendship(friend, await self._profiles.get(friend.user_id))

    async def leave(self, friend_chat_id: int) -> list[Friendship]:
        """The friend steps back from everyone they were there for; empty if no one."""
        left: list[Friendship] = []
        for friend in await self._repo.friendships_of(friend_chat_id):
            await self._repo.end_friendship(friend.user_id)
            left.append(Friendship(friend, await self._profiles.get(friend.user_id)))
        return left
