"""/streak's and /slip's use cases, with no Telegram in them: how far she has come, and a
slip recorded without costing her the days she kept, over the repository and her profile.
The handlers read the update, call one of these and render the reply from content."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from enum import StrEnum

from bot.core import streak as streak_math
from bot.core.model import UrgeOutcome, UserProfile
from bot.crypto import TextCipher
from bot.features.profiles import Profiles
from bot.store.base import Repository


class Opening(StrEnum):
    """How her summary opens. "Day 0" reads as a failure, so the day a count starts has
    words of its own, and so does her very first day, when "best: 0 days" says nothing kind."""

    VERY_FIRST_DAY = "very_first_day"  # not a single no-contact day kept yet
    COUNT_STARTS = "count_starts"  # a fresh count begins today, after days kept before
    UNDER_WAY = "under_way"


@dataclass(frozen=True, slots=True)
class StreakSummary:
    opening: Opening
    days: int  # the running streak
    best: int  # her best, the running one counted
    total: int  # every no-contact day she has kept
    held: int  # urges she has ridden out
    last_contact: date  # the day her running count starts from
    today: date  # in her zone


@dataclass(frozen=True, slots=True)
class SlipRecorded:
    profile: UserProfile  # after the slip: the count starts again today, her best kept
    ended: int  # the days of the streak that ended


class StreakService:
    def __init__(self, repo: Repository, profiles: Profiles, cipher: TextCipher) -> None:
        self._repo = repo
        self._profiles = profiles
        self._cipher = cipher

    async def summary(self, profile: UserProfile) -> StreakSummary:
        state = self._profiles.streak(profile)
        today = self._profiles.today(profile)
        total = streak_math.total_days(state, today)
        if total == 0:
            opening = Opening.VERY_FIRST_DAY
        elif streak_math.starts_today(state, today):
            opening = Opening.COUNT_STARTS
        else:
            opening = Opening.UNDER_WAY
        return StreakSummary(
            opening=opening,
            days=streak_math.current_days(state, today),
            best=streak_math.best_days(state, today),
            total=total,
            held=await self._repo.count_urges(profile.user_id, UrgeOutcome.HELD),
            last_contact=state.last_contact,
            today=today,
        )

    async def record_slip(self, profile: UserProfile, note: str | None) -> SlipRecorded:
        """What happened, in her words if she gave any: kept encrypted, like her drafts."""
        sealed = self._cipher.encrypt(note) if note else None
        updated, ended = await self._profiles.record_slip(profile, sealed)
        return SlipRecorded(updated, ended)
