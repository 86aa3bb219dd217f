"""/urge's use cases, with no Telegram in them: each step of waiting out an urge, over the
repository, the durable check-back timer and her profile. The handlers read the update,
call one of these and render the reply from content."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import ClassVar, Final

from bot.clock import Clock
from bot.content import Card, Closing, Content, Exercise
from bot.core.model import Timer, Trigger, Urge, UrgeKind, UrgeOutcome, UserProfile
from bot.core.streak import current_days
from bot.crypto import TextCipher
from bot.features.profiles import Profiles
from bot.features.reasons.playback import OWN_REASONS_POOL, OwnReasons
from bot.features.rotation import Rotation, Turn
from bot.features.urge import logic
from bot.store.base import Repository
from bot.timers.payloads import TimerPayload
from bot.timers.service import TimerService


@dataclass(frozen=True, slots=True)
class UrgeCheckback(TimerPayload):
    """Asking how the urge went, once the wait is over."""

    KIND: ClassVar[str] = "urge_checkback"
    urge_id: int


CHECKBACK_TIMER: Final = UrgeCheckback.KIND

CARD_POOL: Final = "reason_cards"
GROUNDING_POOL: Final = "grounding"
CLOSING_POOL: Final = "closings"


@dataclass(frozen=True, slots=True)
class OpenUrge:
    """The urge she is in, as her conversation remembers it."""

    id: int
    # Check-backs set for it so far: each new one gets its own timer key, so a moved
    # check-back is a new timer rather than the one already sent.
    rounds: int = 0


@dataclass(frozen=True, slots=True)
class Checkback:
    urge: OpenUrge  # with this check-back counted: what the conversation keeps now
    due: datetime
    wait: timedelta  # from now (extended: the minutes added)


@dataclass(frozen=True, slots=True)
class DueCheckback:
    """A check-back timer that should still ask her how it went."""

    profile: UserProfile
    urge_id: int
    late: bool  # the bot was down as it fell due: ask with an apology


@dataclass(frozen=True, slots=True)
class CardToRead:
    card: Card
    closing: Closing  # the deeper point after each card: it is about her
    own_reason: str | None  # one of her own reasons, ready to show; None if she has none


@dataclass(frozen=True, slots=True)
class Unlogged:
    """An urge of hers whose ending is not logged yet, as an outcome button finds it."""

    urge: Urge
    held_before: int  # urges she has held through so far, this one not included


@dataclass(frozen=True, slots=True)
class Held:
    held: int  # urges she has held through, this one included
    days: int  # her current streak; 0 on the day it started


class UrgeService:
    def __init__(
        self,
        repo: Repository,
        timers: TimerService,
        profiles: Profiles,
        content: Content,
        cipher: TextCipher,
        clock: Clock,
        rng: random.Random,
        *,
        wait: timedelta,
    ) -> None:
        self._repo = repo
        self._timers = timers
        self._profiles = profiles
        self._content = content  # speaks her language (the composition root switches it)
        self._clock = clock
        self._rng = rng
        self._wait = wait  # the usual wait before a check-back
        self._rotation = Rotation(repo, clock)
        self._own_reasons = OwnReasons(self._rotation, cipher, content, rng)

    # -- the timer ---------------------------------------------------------------------
    async def due_checkback(self, timer: Timer) -> DueCheckback | None:
        """None when there is nothing to ask: she told us how it ended, or it is stale."""
        urge_id = UrgeCheckback.of(timer).urge_id
        urge = await self._repo.get_urge(urge_id)
        profile = await self._profiles.get(timer.user_id)
        if urge is None or urge.outcome is not None or profile is None:
            return None
        timing = logic.checkback_timing(timer.due_at, self._clock.now())
        if timing is logic.CheckbackTiming.STALE:
            return None
        return DueCheckback(profile, urge_id, late=timing is logic.CheckbackTiming.LATE)

    # -- steps -------------------------------------------------------------------------
    async def drop_open(self, user_id: int, urge_id: int | None) -> None:
        """A new /urge or /cancel closes the one left open, so no stale check-back arrives."""
        if urge_id is not None:
            await self._repo.finish_urge(urge_id, UrgeOutcome.CANCELLED, self._clock.now())
        await self._timers.cancel(user_id, CHECKBACK_TIMER)

    async def choose_kind(self, user_id: int, kind: UrgeKind) -> OpenUrge:
        urge = await self._repo.start_urge(user_id, kind, self._clock.now())
        return OpenUrge(urge.id)

    async def set_trigger(self, urge_id: int, trigger: Trigger) -> None:
        await self._repo.set_urge_trigger(urge_id, trigger)

    async def set_intensity(self, user_id: int, urge: OpenUrge, intensity: int) -> Checkback:
        """Her rating sets the wait (longer for a 9 or 10) and the check-back after it."""
        await self._repo.set_urge_intensity(urge.id, intensity)
        wait = logic.delay_for_intensity(intensity, self._wait)
        return await self._check_back(user_id, urge, self._clock.now() + wait, wait)

    async def pick_card(
        self, profile: UserProfile, kind: UrgeKind | None, urge_id: int | None = None
    ) -> CardToRead:
        """A card she has not read this round, for this kind of urge, and a closing. The
        kind is the one her conversation remembers; without it, that of `urge_id`."""
        if kind is None:
            urge = await self._repo.get_urge(urge_id) if urge_id else None
            kind = urge.kind if urge is not None else UrgeKind.TEXT
        user = profile.user_id
        # Everything the card depends on, in one read.
        reasons, seen = await self._repo.reasons_and_seen(
            user, (CARD_POOL, CLOSING_POOL, OWN_REASONS_POOL)
        )
        card = logic.choose_card(
            self._content.cards, kind, profile.situation, seen[CARD_POOL], self._rng
        )
        closing = logic.choose_closing(
            self._content.closings, profile.situation, seen[CLOSING_POOL], self._rng
        )
        await self._rotation.shown(
            Turn(user, CARD_POOL, card.card, card.card.id, card.cycle_restarted)
        )
        await self._rotation.shown(
            Turn(user, CLOSING_POOL, closing.closing, closing.closing.id, closing.cycle_restarted)
        )
        # Her calm self, beside the six reasons, when she has written any.
        own = await self._own_reasons.for_urge(user, reasons, seen[OWN_REASONS_POOL])
        return CardToRead(card.card, closing.closing, own)

    async def ground(self, user_id: int) -> Exercise:
        return await self._rotation.next(
            user_id,
            GROUNDING_POOL,
            self._content.exercises,
            key=_exercise_id,
            pick=self._rng.choice,
        )

    async def extend(self, user_id: int, urge: OpenUrge, extra: timedelta) -> Checkback:
        """The check-back moves `extra` later (from now, if it had already passed)."""
        now = self._clock.now()
        current = await self._timers.next_due(user_id, CHECKBACK_TIMER)
        return await self._check_back(user_id, urge, max(current or now, now) + extra, extra)

    async def skip(self, user_id: int) -> None:
        """She is ready to say how it went now: the check-back is not needed."""
        await self._timers.cancel(user_id, CHECKBACK_TIMER)

    async def still_open(self, user_id: int, urge_id: int) -> Unlogged | None:
        """The urge an outcome button names, if it is hers and not logged yet: a button on
        an old message (or someone else's id) is refused with None."""
        found = await self._repo.get_urge_and_held(urge_id)
        if found is None:
            return None
        urge, held = found
        if urge.user_id != user_id or urge.outcome is not None:
            return None
        return Unlogged(urge, held)

    async def another_round(self, user_id: int, urge: OpenUrge) -> Checkback:
        """The wave has not passed: one more usual wait."""
        return await self._check_back(user_id, urge, self._clock.now() + self._wait, self._wait)

    # -- endings -----------------------------------------------------------------------
    async def finish_held(self, profile: UserProfile, unlogged: Unlogged) -> Held:
        await self._timers.cancel(profile.user_id, CHECKBACK_TIMER)
        ended = await self._repo.finish_urge(unlogged.urge.id, UrgeOutcome.HELD, self._clock.now())
        held = unlogged.held_before + 1 if ended else unlogged.held_before
        days = current_days(self._profiles.streak(profile), self._profiles.today(profile))
        return Held(held, days)

    async def finish_slipped(self, profile: UserProfile, urge_id: int) -> UserProfile:
        """The streak starts again from today, her best kept; returns her profile after."""
        await self._timers.cancel(profile.user_id, CHECKBACK_TIMER)
        await self._repo.finish_urge(urge_id, UrgeOutcome.SLIPPED, self._clock.now())
        updated, _ended = await self._profiles.record_slip(profile, note=None)
        return updated

    # -- helpers -------------------------------------------------------------------------
    async def _check_back(
        self, user_id: int, urge: OpenUrge, due: datetime, wait: timedelta
    ) -> Checkback:
        counted = OpenUrge(urge.id, urge.rounds + 1)
        await self._timers.cancel(user_id, CHECKBACK_TIMER)
        await self._timers.schedule(
            user_id,
            due,
            UrgeCheckback(urge.id),
            dedupe_key=f"{CHECKBACK_TIMER}:{urge.id}:{counted.rounds}",
        )
        return Checkback(counted, due, wait)


def _exercise_id(exercise: Exercise) -> str:
    return exercise.id
