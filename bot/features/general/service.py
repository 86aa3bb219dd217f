"""What every chat needs, as use cases with no Telegram in them: which language to answer
her in, and telling a group chat only once that the bot works in private. The handlers
read the update, call one of these and render the reply from content."""

from __future__ import annotations

from bot.clock import Clock
from bot.features.profiles import Profiles
from bot.store.base import Repository


class GeneralService:
    def __init__(self, repo: Repository, profiles: Profiles, clock: Clock) -> None:
        self._repo = repo
        self._profiles = profiles
        self._clock = clock

    async def language_of(self, user_id: int, app_language: str | None) -> str | None:
        """The language she chose, once she has a profile; until then her Telegram app's
        (None: the bot's default)."""
        profile = await self._profiles.get(user_id)
        return profile.locale if profile is not None else app_language

    async def first_time_in_group(self, chat_id: int) -> bool:
        """True only the first time a group chat writes: a group is told once that the bot
        works in private, then left in peace."""
        return await self._repo.note_group_told(chat_id, self._clock.now())
