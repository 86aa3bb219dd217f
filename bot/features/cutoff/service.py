"""The cut-off checklist's use cases, with no Telegram in them: the chat's /cutoff and her
space (the Mini App) both tick items through these, so the two always agree."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import ClassVar

from bot.clock import Clock
from bot.content import Content
from bot.core.model import Timer, UserProfile
from bot.features.cutoff import logic
from bot.features.profiles import Profiles
from bot.store.base import Repository
from bot.timers.payloads import TimerPayload
from bot.timers.service import TimerService


@dataclass(frozen=True, slots=True)
class CutoffReminder(TimerPayload):
    """The reminder to finish her cut-off checklist."""

    KIND: ClassVar[str] = "cutoff_reminder"


REMINDER_TIMER = CutoffReminder.KIND

_ITEMS = "cutoff.items."
_SAFETY_ITEMS = "cutoff.safety_items."


def checklist_of(content: Content) -> logic.Checklist:
    """One locale's checklist, checked: every item labelled and with its how-to links."""
    return logic.checked_checklist(
        content.checklist.order,
        is_everyday=lambda item_id: content.has(f"{_ITEMS}{item_id}"),
        is_safety=lambda item_id: content.has(f"{_SAFETY_ITEMS}{item_id}"),
        links_of=content.checklist.links,
    )


def label_in(content: Content, item_id: str) -> str:
    key = f"{_ITEMS}{item_id}"
    return content.text(key if content.has(key) else f"{_SAFETY_ITEMS}{item_id}")


@dataclass(frozen=True, slots=True)
class DueReminder:
    """A reminder worth sending: to whom, and what is still open on her list."""

    profile: UserProfile
    still_open: list[str]  # item ids in her list's order; never empty


class CutoffService:
    def __init__(
        self,
        repo: Repository,
        profiles: Profiles,
        clock: Clock,
        timers: TimerService,
        checklists: Mapping[str, logic.Checklist],
    ) -> None:
        self._repo = repo
        self._profiles = profiles
        self._clock = clock
        self._timers = timers
        self._checklists = checklists  # by locale; every locale lists the same items

    def checklist(self, locale: str) -> logic.Checklist:
        return self._checklists[locale]

    def order(self, profile: UserProfile, locale: str) -> tuple[str, ...]:
        """Her list: with the digital-safety items first when her situation asks for it."""
        return self.checklist(locale).order_for(profile.situation.safety_first)

    async def states(self, user_id: int) -> dict[str, str]:
        return await self._repo.cutoff_states(user_id)

    async def open(self, profile: UserProfile) -> dict[str, str]:
        """Her states, as she opens the list in the chat; the reminder is set as `opened`
        sets it."""
        states = await self.states(profile.user_id)
        await self.opened(profile)
        return states

    async def all_settled(self, profile: UserProfile, locale: str) -> bool:
        """Nothing on her list is still open: every item done or not needed."""
        states = await self.states(profile.user_id)
        return not logic.reminder_due(states, self.order(profile, locale))

    async def due_reminder(self, timer: Timer, locale: str) -> DueReminder | None:
        """None when the reminder should stay silent: she has stopped the bot, her profile
        is gone, or she settled every item herself."""
        profile = await self._profiles.get(timer.user_id)
        if profile is None or not profile.active:
            return None
        states = await self.states(profile.user_id)
        still_open = logic.open_items(states, self.order(profile, locale))
        return DueReminder(profile, still_open) if still_open else None

    async def opened(self, profile: UserProfile) -> None:
        """She looked at her list: one gentle reminder three days on, at her check-in time.
        `schedule`, not `set`: the key exists from her first visit on, in any state, so
        opening the list again neither moves the reminder nor brings a sent one back."""
        await self._timers.schedule(
            profile.user_id,
            logic.reminder_at(self._clock.now(), profile.timezone, profile.ping_time),
            CutoffReminder(),
            f"{REMINDER_TIMER}:{profile.user_id}",
        )

    async def set_state(
        self, profile: UserProfile, locale: str, item_id: str, state: logic.ItemState
    ) -> dict[str, str]:
        """Her states after ticking one item. An item that is not on her list (it left the
        content, or her situation changed since the list was drawn) is left alone."""
        states = await self.states(profile.user_id)
        if item_id in self.order(profile, locale):
            await self._repo.set_cutoff_state(profile.user_id, item_id, state, self._clock.now())
            states[item_id] = state
        return states
