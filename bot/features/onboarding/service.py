"""Her settings' use cases, with no Telegram in them: /settings in the chat and her space
(the Mini App) change her zone, check-in time, quiet hours, language and country through
these, so the two always agree.

Each change is saved at once; `settle` then moves what hangs on it (the next check-in,
hard-date messages, hard-hour nudges). The chat settles when it returns to its menu, the
page after each change.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import time, timedelta

from bot.core.model import UserProfile
from bot.features.onboarding import logic
from bot.features.pings.outreach import Outreach
from bot.features.profiles import Profiles
from bot.features.safety.service import SafetyService
from bot.localization import Locales


class SettingsService:
    def __init__(
        self, profiles: Profiles, pings: Outreach, safety: SafetyService, locales: Locales
    ) -> None:
        self._profiles = profiles
        self._pings = pings
        self._safety = safety
        self._locales = locales

    async def set_zone(
        self, profile: UserProfile, zone: str, *, keep_days_since_contact: bool = False
    ) -> UserProfile:
        """`keep_days_since_contact`: during onboarding she answered "3 days ago" before we
        knew her zone, so it stays 3 days in hers. Later, the last contact stays the
        calendar date she gave."""
        moved = replace(profile, timezone=zone)
        if keep_days_since_contact:
            days = (self._profiles.today(profile) - profile.last_contact).days
            moved = replace(moved, last_contact=self._profiles.today(moved) - timedelta(days))
        await self._profiles.save(moved)
        return moved

    async def set_ping_time(self, profile: UserProfile, ping: time) -> UserProfile:
        updated = replace(profile, ping_time=ping)
        await self._profiles.save(updated)
        return updated

    async def set_quiet(self, profile: UserProfile, choice: str) -> UserProfile | None:
        """One of the quiet windows on offer (logic.QUIET_CHOICES); None for any other."""
        window = logic.QUIET_CHOICES.get(choice)
        if window is None:
            return None
        start, end = window
        updated = replace(profile, quiet_start=start, quiet_end=end)
        await self._profiles.save(updated)
        return updated

    async def set_language(self, profile: UserProfile, locale: str) -> UserProfile:
        updated = replace(profile, locale=self._locales.pick(locale))
        await self._profiles.save(updated)
        return updated

    async def set_country(self, profile: UserProfile, country: str | None) -> UserProfile:
        """The country of her safety lines; None: not one we know, or rather not say."""
        return await self._safety.confirm(profile, country)

    async def set_risk_nudges(self, profile: UserProfile, on: bool) -> UserProfile:
        updated = replace(profile, risk_nudges=on)
        await self._profiles.save(updated)
        return updated

    async def settle(self, profile: UserProfile) -> None:
        """Her next check-in, hard dates and hard hours, set anew for what she changed."""
        await self._pings.refresh(profile)


def quiet_choice(profile: UserProfile) -> str | None:
    """Which of the windows on offer hers is; None if it is none of them."""
    window = (profile.quiet_start, profile.quiet_end)
    if window[0] == window[1]:
        return next((key for key, (a, b) in logic.QUIET_CHOICES.items() if a == b), None)
    return next((key for key, value in logic.QUIET_CHOICES.items() if value == window), None)
