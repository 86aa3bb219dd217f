"""The daily check-in: one durable timer per person, each ping scheduling the next.

One pending ping per person at a time is what makes downtime harmless: after a week
down, the one overdue ping goes out and the next is set from now, so she never gets
seven at once. Its key (person + local date) makes a second ping on one day impossible,
whatever restarts or settings changes happen in between.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import ClassVar, Final

from telegram import Bot, InlineKeyboardMarkup

from bot.clock import Clock
from bot.content import Content
from bot.core.model import Timer, UserProfile
from bot.core.streak import current_days
from bot.features.pings.messages import daily_ping
from bot.features.pings.schedule import next_daily_ping, ping_day
from bot.features.profiles import Profiles
from bot.features.rotation import Rotation, Turn
from bot.store.base import Repository
from bot.telegram.replies import send_text
from bot.telegram.ui import inline
from bot.timers.payloads import TimerPayload
from bot.timers.service import TimerService


@dataclass(frozen=True, slots=True)
class DailyCheckIn(TimerPayload):
    """Her daily check-in: who and when are the timer's own; nothing more to carry."""

    KIND: ClassVar[str] = "daily_ping"


DAILY_PING: Final = DailyCheckIn.KIND
LINES_POOL: Final = "ping_lines"


def milestones_pool(profile: UserProfile) -> str:
    """Milestones are remembered per streak: a new streak earns them all again."""
    return f"milestones:{profile.last_contact.isoformat()}"


class PingScheduler:
    def __init__(
        self,
        repo: Repository,
        timers: TimerService,
        profiles: Profiles,
        content: Content,
        clock: Clock,
        rng: random.Random,
    ) -> None:
        self._repo = repo
        self._timers = timers
        self._profiles = profiles
        self._content = content
        self._clock = clock
        self._rng = rng
        self._rotation = Rotation(repo, clock)

    async def refresh(self, profile: UserProfile) -> None:
        """Her time, zone or pause changed (or she is back): set the next ping anew."""
        await self._timers.cancel(profile.user_id, DAILY_PING)
        if profile.onboarded and profile.active:
            await self._schedule_after(profile, self._clock.now())

    async def next_ping(self, user_id: int) -> datetime | None:
        return await self._timers.next_due(user_id, DAILY_PING)

    async def send(self, bot: Bot, timer: Timer) -> None:
        profile = await self._profiles.get(timer.user_id)
        if profile is None or not profile.active or not profile.onboarded:
            return
        day = ping_day(timer.due_at, profile.timezone)
        if profile.paused_until is None or day >= profile.paused_until:
            await self._send_to(bot, profile)
        # From the later of now and this ping, so an overdue one is followed by tomorrow's.
        await self._schedule_after(profile, max(self._clock.now(), timer.due_at))

    async def _send_to(self, bot: Bot, profile: UserProfile) -> None:
        streak_days = current_days(self._profiles.streak(profile), self._profiles.today(profile))
        pool = milestones_pool(profile)
        seen = await self._rotation.seen_in(profile.user_id, pool, LINES_POOL)
        ping = daily_ping(
            self._content.pings,
            streak_days,
            sent_milestones={int(days) for days in seen[pool]},
            seen_lines=seen[LINES_POOL],
            rng=self._rng,
        )
        await send_text(bot, profile.chat_id, ping.text, self._buttons(), bulk=True)
        # Only what went out counts as shown: a failed send leaves both for the next ping.
        if ping.milestone is not None:
            await self._repo.mark_item_seen(
                profile.user_id, pool, str(ping.milestone), self._clock.now()
            )
        if ping.line is not None:
            line = ping.line.line
            await self._rotation.shown(
                Turn(profile.user_id, LINES_POOL, line, line.id, ping.line.cycle_restarted)
            )

    async def _schedule_after(self, profile: UserProfile, after: datetime) -> None:
        due = next_daily_ping(
            after, profile.ping_time, profile.timezone, paused_until=profile.paused_until
        )
        # Today's may have gone out already (she changed the time after it): then tomorrow.
        while not await self._timers.set(
            profile.user_id, due, DailyCheckIn(), self._key(profile, due)
        ):
            due = next_daily_ping(
                due + timedelta(minutes=1),
                profile.ping_time,
                profile.timezone,
                paused_until=profile.paused_until,
            )

    @staticmethod
    def _key(profile: UserProfile, due: datetime) -> str:
        return f"{DAILY_PING}:{profile.user_id}:{ping_day(due, profile.timezone).isoformat()}"

    def _buttons(self) -> InlineKeyboardMarkup:
        text = self._content.text
        return inline(
            [
                [(text("checkin.buttons.ok"), "ping:ok")],
                [(text("checkin.buttons.hard"), "urge:start")],
                [(text("checkin.buttons.slipped"), "slip:start")],
                [(text("hetexted.button"), "hetexted:start")],
            ]
        )
