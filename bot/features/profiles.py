"""Her profile and the streak derived from it: plain Python over the repository."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import replace
from datetime import date, time

from bot.clock import Clock
from bot.core import streak as streak_math
from bot.core.model import Situation, UserProfile
from bot.core.timezones import local_date
from bot.store.base import Repository

DEFAULT_PING_TIME = time(9, 0)


class Profiles:
    def __init__(
        self,
        repo: Repository,
        clock: Clock,
        default_timezone: str,
        locale_for: Callable[[str], str] = lambda language: language,
    ) -> None:
        self._repo = repo
        self._clock = clock
        self._default_timezone = default_timezone
        self._locale_for = locale_for
        self._on_reactivated: list[Callable[[UserProfile], Awaitable[None]]] = []

    def when_reactivated(self, callback: Callable[[UserProfile], Awaitable[None]]) -> None:
        """Called when someone the bot could not reach (she had blocked it) writes again."""
        self._on_reactivated.append(callback)

    async def get(self, user_id: int) -> UserProfile | None:
        return await self._repo.get_user(user_id)

    async def get_or_create(self, user_id: int, chat_id: int, locale: str = "en") -> UserProfile:
        """Every flow works for someone who skipped onboarding: defaults fill the gaps."""
        profile = await self._repo.get_user(user_id)
        if profile is not None:
            if not profile.active:
                await self._repo.set_user_active(user_id, True)
                profile = replace(profile, active=True)
                for callback in self._on_reactivated:
                    await callback(profile)
            return profile
        now = self._clock.now()
        profile = UserProfile(
            user_id=user_id,
            chat_id=chat_id,
            # Until she says how it ended, assume she may not be safe: the careful path.
            situation=Situation.UNSAID,
            last_contact=local_date(now, self._default_timezone),
            timezone=self._default_timezone,
            ping_time=DEFAULT_PING_TIME,
            locale=self._locale_for(locale),
            onboarded=False,
            best_streak_days=0,
            banked_days=0,
            active=True,
            created_at=now,
        )
        await self._repo.save_user(profile)
        return profile

    async def save(self, profile: UserProfile) -> None:
        await self._repo.save_user(profile)

    def today(self, profile: UserProfile) -> date:
        return local_date(self._clock.now(), profile.timezone)

    def streak(self, profile: UserProfile) -> streak_math.StreakState:
        return streak_math.StreakState(
            last_contact=profile.last_contact,
            best_days=profile.best_streak_days,
            banked_days=profile.banked_days,
        )

    async def record_slip(
        self, profile: UserProfile, note: bytes | None
    ) -> tuple[UserProfile, int]:
        """Reset the current streak, keep best and totals. Returns the new profile and the
        length of the streak that ended."""
        today = self.today(profile)
        before = self.streak(profile)
        ended = streak_math.current_days(before, today)
        after = streak_math.after_slip(before, today)
        updated = replace(
            profile,
            last_contact=after.last_contact,
            best_streak_days=after.best_days,
            banked_days=after.banked_days,
        )
        await self._repo.record_slip(updated, self._clock.now(), ended, note)
        return updated, ended

    async def set_last_contact(
        self, profile: UserProfile, asked: date
    ) -> tuple[UserProfile, date | None]:
        """Correct the date of her last contact, keeping her history whole.

        Returns the saved profile and, when the date she gave fell before a slip she had
        logged, that slip's date: the slip is kept and the count runs from it, so no day
        is counted twice. The caller says so; it is never silently contradicted.
        """
        slips = await self._repo.list_slips(profile.user_id)
        last_slip = max(
            (local_date(slip.occurred_at, profile.timezone) for slip in slips), default=None
        )
        edit = streak_math.edit_last_contact(
            self.streak(profile), asked, self.today(profile), last_slip
        )
        updated = replace(
            profile,
            last_contact=edit.state.last_contact,
            best_streak_days=edit.state.best_days,
            banked_days=edit.state.banked_days,
        )
        await self._repo.save_user(updated)
        return updated, edit.kept_slip
