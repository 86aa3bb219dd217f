"""/insights' use case, with no Telegram in it: her log, as the charts and the summary
read it, over the repository and her profile. The handler reads the update, calls this
and draws (off the event loop) and words the reply from content."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from bot.core import streak as streak_math
from bot.core.model import UserProfile
from bot.features.insights.charts import History
from bot.features.profiles import Profiles
from bot.store.base import Repository

MIN_URGES: Final = 1  # with none, every picture would be empty


@dataclass(frozen=True, slots=True)
class Insights:
    history: History  # what the three pictures and the paragraph show
    streak: streak_math.StreakState


class InsightsService:
    def __init__(self, repo: Repository, profiles: Profiles) -> None:
        self._repo = repo
        self._profiles = profiles

    async def insights(self, profile: UserProfile) -> Insights | None:
        """None while she has too few urges logged for any picture to show something."""
        urges = await self._repo.list_urges(profile.user_id)
        if len(urges) < MIN_URGES:
            return None  # her slips are not read: there is nothing to draw them on
        history = History.from_log(
            urges,
            await self._repo.list_slips(profile.user_id),
            zone=profile.timezone,
            today=self._profiles.today(profile),
            last_contact=profile.last_contact,
        )
        return Insights(history, self._profiles.streak(profile))
