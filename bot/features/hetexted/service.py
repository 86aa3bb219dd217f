"""/hetexted's use cases, with no Telegram in them: logging that he wrote, the check-back
after the advised wait, and what she did about it, over the repository, the durable
timer and her profile. The handlers read the update, call one of these and render the
reply from content."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import ClassVar, Final

from bot.clock import Clock
from bot.core.model import HeTexted, Timer, UserProfile
from bot.core.streak import current_days
from bot.features.hetexted import logic
from bot.features.hetexted.logic import Advice, MessageKind, Outcome
from bot.features.profiles import Profiles
from bot.features.urge.logic import CheckbackTiming, checkback_timing
from bot.store.base import Repository
from bot.timers.payloads import TimerPayload
from bot.timers.service import TimerService


@dataclass(frozen=True, slots=True)
class HeTextedCheckback(TimerPayload):
    """Asking what she did about his message, once the advised wait is over."""

    KIND: ClassVar[str] = "hetexted_checkback"
    entry_id: int


CHECKBACK_TIMER: Final = HeTextedCheckback.KIND


@dataclass(frozen=True, slots=True)
class Logged:
    """His message, as she named it: stored, with the advice for her situation."""

    entry: HeTexted
    advice: Advice
    due: datetime  # no reply before this; the check-back asks how it went then


@dataclass(frozen=True, slots=True)
class DueCheckback:
    """A check-back timer that should still ask her what she did."""

    profile: UserProfile
    entry_id: int
    # By her situation as it is now, not as it was when he wrote: had she changed it to
    # abuse since, no template comes.
    advice: Advice
    late: bool  # the bot was down as it fell due: ask with an apology


@dataclass(frozen=True, slots=True)
class Recorded:
    days: int  # her current streak: what she did about his message does not change it


class HeTextedService:
    def __init__(
        self, repo: Repository, timers: TimerService, profiles: Profiles, clock: Clock
    ) -> None:
        self._repo = repo
        self._timers = timers
        self._profiles = profiles
        self._clock = clock

    async def log_message(self, profile: UserProfile, kind: MessageKind) -> Logged:
        """She says he wrote: the entry is kept (the kind only, never his words) and the
        check-back is set for when the advised wait is over."""
        now = self._clock.now()
        entry = await self._repo.log_he_texted(profile.user_id, now, kind.value)
        advice = logic.advice_for(profile.situation, kind)
        due = now + advice.delay
        # A newer message from him supersedes the wait for an older one: one check-back.
        await self._timers.cancel(profile.user_id, CHECKBACK_TIMER)
        await self._timers.schedule(
            profile.user_id,
            due,
            HeTextedCheckback(entry.id),
            dedupe_key=f"{CHECKBACK_TIMER}:{entry.id}",
        )
        return Logged(entry, advice, due)

    async def due_checkback(self, timer: Timer) -> DueCheckback | None:
        """None when there is nothing to ask: she has told us already, the entry is gone or
        of a kind this version does not know, or it is stale."""
        profile = await self._profiles.get(timer.user_id)
        if profile is None:
            return None
        entry = await self._entry(profile.user_id, HeTextedCheckback.of(timer).entry_id)
        kind = _kind_of(entry)
        if entry is None or entry.outcome is not None or kind is None:
            return None
        timing = checkback_timing(timer.due_at, self._clock.now())
        if timing is CheckbackTiming.STALE:
            return None  # half a day later, asking would only bring the moment back
        return DueCheckback(
            profile,
            entry.id,
            logic.advice_for(profile.situation, kind),
            late=timing is CheckbackTiming.LATE,
        )

    async def record_outcome(
        self, profile: UserProfile, entry_id: int, outcome: Outcome
    ) -> Recorded | None:
        """What she did, kept on her entry; None when the entry is not hers to answer (an
        old button of one she has answered already, or someone else's id)."""
        entry = await self._entry(profile.user_id, entry_id)
        if entry is None or entry.outcome is not None:
            return None
        # Recorded, never turned into a slip here: receiving is not one, a practical reply
        # is not one, and whether more than that was one is hers to say with /slip.
        await self._repo.set_he_texted_outcome(profile.user_id, entry_id, outcome.value)
        return Recorded(current_days(self._profiles.streak(profile), self._profiles.today(profile)))

    async def _entry(self, user_id: int, entry_id: int) -> HeTexted | None:
        """Her entry with this id; None for anyone else's, so a button cannot reach them."""
        entries = await self._repo.list_he_texted(user_id)
        return next((entry for entry in entries if entry.id == entry_id), None)


def _kind_of(entry: HeTexted | None) -> MessageKind | None:
    if entry is None:
        return None
    try:
        return MessageKind(entry.kind)
    except ValueError:  # written by a later version that knows more kinds
        return None
