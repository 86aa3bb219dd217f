"""Everything the bot says first, besides the daily check-in: hard dates and hard hours.

Each kind keeps its own durable timers and can be set anew from her profile at any time
(`refresh`), which is what settings changes, a returning user and a new urge call.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import ClassVar, Final

from telegram import Bot

from bot.clock import Clock
from bot.content import Content, DangerKind, DangerMoment
from bot.core.model import DangerDay as StoredDangerDay
from bot.core.model import Timer, UserProfile
from bot.features.pings.danger import DangerDay, next_danger_messages
from bot.features.pings.formats import cldr_locale
from bot.features.pings.messages import danger_message, risk_message
from bot.features.pings.risk import RiskHour, next_risk_nudge, risk_hour
from bot.features.pings.schedule import QuietHours
from bot.features.pings.scheduler import PingScheduler
from bot.features.profiles import Profiles
from bot.store.base import Repository
from bot.telegram.replies import send_text
from bot.telegram.ui import inline
from bot.timers.payloads import TimerPayload
from bot.timers.service import TimerService


@dataclass(frozen=True, slots=True)
class DangerDayMessage(TimerPayload):
    """The eve or the morning of one of her hard dates."""

    KIND: ClassVar[str] = "danger"
    danger_day_id: int
    moment: DangerMoment


@dataclass(frozen=True, slots=True)
class RiskNudge(TimerPayload):
    """A word ahead of the hour of the week her urges tend to come."""

    KIND: ClassVar[str] = "risk_nudge"
    weekday: int
    hour: int


DANGER: Final = DangerDayMessage.KIND
RISK_NUDGE: Final = RiskNudge.KIND
HOLIDAY_PREFIX: Final = "holiday:"
# The urges that shape her hard hour: recent enough to say something about now.
RISK_HISTORY: Final = 200


def quiet_hours(profile: UserProfile) -> QuietHours:
    return QuietHours(profile.quiet_start, profile.quiet_end)


def as_danger_day(stored: StoredDangerDay, content: Content) -> DangerDay | None:
    """The stored row as the domain sees it; None if its holiday left the content."""
    if stored.kind.startswith(HOLIDAY_PREFIX):
        holiday = content.pings.holiday(stored.kind.removeprefix(HOLIDAY_PREFIX))
        return None if holiday is None else DangerDay.of_holiday(holiday)
    return DangerDay(DangerKind(stored.kind), stored.month, stored.day)


class _TimedOutreach:
    def __init__(
        self, repo: Repository, timers: TimerService, content: Content, clock: Clock
    ) -> None:
        self._repo = repo
        self._timers = timers
        self._content = content
        self._clock = clock


class DangerDays(_TimedOutreach):
    async def refresh(self, profile: UserProfile) -> None:
        await self._timers.cancel(profile.user_id, DANGER)
        if not (profile.onboarded and profile.active):
            return
        for stored in await self._repo.list_danger_days(profile.user_id):
            await self._schedule_next(profile, stored)

    async def send(self, bot: Bot, profiles: Profiles, timer: Timer) -> None:
        profile = await profiles.get(timer.user_id)
        if profile is None or not profile.active:
            return
        due = DangerDayMessage.of(timer)
        stored = next(
            (
                d
                for d in await self._repo.list_danger_days(profile.user_id)
                if d.id == due.danger_day_id
            ),
            None,
        )
        day = None if stored is None else as_danger_day(stored, self._content)
        if stored is None or day is None:
            return  # she removed it since
        moment = due.moment
        await send_text(
            bot,
            profile.chat_id,
            danger_message(self._content.pings, day, moment),
            inline([[(self._content.text("keyboard.urge"), "urge:start")]]),
            bulk=True,
        )
        if moment is DangerMoment.MORNING:
            await self._schedule_next(profile, stored)

    async def _schedule_next(self, profile: UserProfile, stored: StoredDangerDay) -> None:
        day = as_danger_day(stored, self._content)
        if day is None:
            return
        messages = next_danger_messages(
            day,
            self._clock.now(),
            profile.timezone,
            quiet=quiet_hours(profile),
        )
        for message in messages:
            await self._timers.set(
                profile.user_id,
                message.due_at,
                DangerDayMessage(stored.id, message.moment),
                _danger_key(profile.user_id, stored.id, message.occurs_on, message.moment),
            )


class RiskNudges(_TimedOutreach):
    async def refresh(self, profile: UserProfile) -> None:
        await self._timers.cancel(profile.user_id, RISK_NUDGE)
        if not (profile.onboarded and profile.active and profile.risk_nudges):
            return
        urges = await self._repo.urge_start_times(profile.user_id, RISK_HISTORY)
        risk = risk_hour(urges, profile.timezone)
        if risk is None:
            return
        due = next_risk_nudge(self._clock.now(), profile.timezone, risk, quiet=quiet_hours(profile))
        await self._timers.set(
            profile.user_id,
            due,
            RiskNudge(risk.weekday, risk.hour),
            f"{RISK_NUDGE}:{profile.user_id}:{due.isoformat()}",
        )

    async def send(self, bot: Bot, profiles: Profiles, timer: Timer) -> None:
        profile = await profiles.get(timer.user_id)
        if profile is None or not profile.active or not profile.risk_nudges:
            return
        nudge = RiskNudge.of(timer)
        risk = RiskHour(nudge.weekday, nudge.hour)
        await send_text(
            bot,
            profile.chat_id,
            risk_message(self._content.pings, risk, cldr_locale(self._content.locale, profile)),
            inline(
                [
                    [(self._content.text("keyboard.urge"), "urge:start")],
                    [(self._content.text("risk.buttons.off"), "risk:off")],
                ]
            ),
            bulk=True,
        )
        await self.refresh(profile)  # next week's, from the log as it is now


class Outreach:
    """What changes in her profile (or a new urge) sets anew, in one call."""

    def __init__(
        self,
        checkin: PingScheduler,
        danger: DangerDays,
        risk: RiskNudges,
        profiles: Profiles,
    ) -> None:
        self.checkin = checkin
        self.danger = danger
        self.risk = risk
        self._profiles = profiles

    async def refresh(self, profile: UserProfile) -> None:
        await self.checkin.refresh(profile)
        await self.danger.refresh(profile)
        await self.risk.refresh(profile)

    async def next_ping(self, user_id: int) -> datetime | None:
        return await self.checkin.next_ping(user_id)

    async def urge_logged(self, profile: UserProfile) -> None:
        await self.risk.refresh(profile)

    async def send_danger(self, bot: Bot, timer: Timer) -> None:
        await self.danger.send(bot, self._profiles, timer)

    async def send_risk_nudge(self, bot: Bot, timer: Timer) -> None:
        await self.risk.send(bot, self._profiles, timer)


def _danger_key(user_id: int, danger_day_id: int, occurs_on: date, moment: DangerMoment) -> str:
    return f"{DANGER}:{user_id}:{danger_day_id}:{occurs_on.isoformat()}:{moment.value}"
