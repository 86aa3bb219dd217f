"""Held drafts' use cases, with no Telegram in them: holding what she wrote to him, the
review that brings it back once after the night, and her choice on each draft. The
handlers (and review.py, which sends the review) read the update or the timer, call one of
these and render the reply from content.

A review never comes sooner than `MIN_REST` after a draft: what she wrote at 1 am reads
differently at 9, and that distance is the point. There is one review per person and
local date, at her check-in hour, so every draft of one night comes back together.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import ClassVar, Final

from bot.clock import Clock
from bot.core.model import Draft, Timer, UserProfile
from bot.crypto import TextCipher, UnreadableTextError
from bot.features.pings.schedule import next_daily_ping, ping_day
from bot.features.profiles import Profiles
from bot.store.base import DraftStore
from bot.timers.payloads import TimerPayload
from bot.timers.service import TimerService


@dataclass(frozen=True, slots=True)
class DraftReviewDue(TimerPayload):
    """Her held drafts put back in front of her, ahead of a check-in."""

    KIND: ClassVar[str] = "draft_review"


DRAFT_REVIEW: Final = DraftReviewDue.KIND
# A draft written at 4 am is not put in front of her at 9 am: it waits for the next day.
MIN_REST: Final = timedelta(hours=6)
# The review is due this much before her check-in: the sweep delivers her timers in the
# order they fell due, so at the same minute the review is read first. Too little to
# show on any clock she reads (the times she is told are the check-in's).
AHEAD_OF_CHECK_IN: Final = timedelta(seconds=1)
# Each listed draft is a message of its own, with its own buttons; past this many the
# list stops being something she can take in.
MAX_LISTED: Final = 10

# Where a draft stands in the review that brought it back: (number, total), 1-based.
Place = tuple[int, int]

_log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class ReadDraft:
    """A draft of hers with its words decrypted; `words` is None when no configured key
    opens them (she can still let it go)."""

    id: int
    words: str | None


@dataclass(frozen=True, slots=True)
class Listing:
    """What /drafts shows: the newest of her drafts, in the order she wrote them."""

    total: int  # every draft she holds, listed or not
    newest: tuple[ReadDraft, ...]  # at most MAX_LISTED, the latest last


@dataclass(frozen=True, slots=True)
class NextInReview:
    """The draft that came back in the same review, right after the one she answered."""

    draft_id: int
    place: Place


@dataclass(frozen=True, slots=True)
class Decided:
    """Her choice on a draft is stored; `following` is offered next when it came back in a
    review with more drafts after it."""

    following: NextInReview | None


@dataclass(frozen=True, slots=True)
class DueReview:
    """A review timer that should put drafts in front of her now."""

    profile: UserProfile
    drafts: tuple[Draft, ...]  # readable, rested, in the order she wrote them


class DraftsService:
    def __init__(
        self,
        repo: DraftStore,
        timers: TimerService,
        profiles: Profiles,
        cipher: TextCipher,
        clock: Clock,
    ) -> None:
        self._repo = repo
        self._timers = timers
        self._profiles = profiles
        self._cipher = cipher
        self._clock = clock

    # -- holding -----------------------------------------------------------------------
    async def hold(
        self, profile: UserProfile, words: str, *, urge_id: int | None = None
    ) -> datetime:
        """Her words kept encrypted for the review (with the urge she wrote them in, when
        she wrote them while waiting one out); returns when they come back (UTC), as she
        is told it: her check-in time."""
        return await self.hold_encrypted(profile, self._cipher.encrypt(words), urge_id=urge_id)

    async def hold_encrypted(
        self, profile: UserProfile, body: bytes, *, urge_id: int | None = None
    ) -> datetime:
        """As `hold`, for words encrypted already (a long letter kept while she decided)."""
        draft = await self._repo.add_draft(profile.user_id, urge_id, self._clock.now(), body)
        return await self._schedule(profile, draft.created_at)

    async def refresh(self, profile: UserProfile) -> None:
        """Drafts still waiting get their review again; for when she is back after the bot
        could not reach her (that cancelled every timer of hers)."""
        if _waiting(await self._repo.list_drafts(profile.user_id)):
            await self._schedule(profile, self._clock.now())

    # -- the review --------------------------------------------------------------------
    async def due_review(self, timer: Timer) -> DueReview | None:
        """The drafts a review timer brings back; None when there is nothing to show (she
        left, or decided on each of them meanwhile, or none could be read)."""
        profile = await self._profiles.get(timer.user_id)
        if profile is None or not profile.active:
            return None
        rested_by = timer.due_at + AHEAD_OF_CHECK_IN
        due = sorted(
            (
                draft
                for draft in _waiting(await self._repo.list_drafts(profile.user_id), rested_by)
                if self.read(draft) is not None
            ),
            key=lambda draft: draft.id,  # the order she wrote them in, and "next" follows it
        )
        return DueReview(profile, tuple(due)) if due else None

    async def reviewed(self, review: DueReview) -> None:
        """The review went out: its drafts do not come back again. One instant for the
        whole review: it is how "the next one" is found later."""
        now = self._clock.now()
        for draft in review.drafts:
            await self._repo.mark_draft_reviewed(review.profile.user_id, draft.id, now)

    # -- her drafts, and her choice on each --------------------------------------------
    async def listing(self, user_id: int) -> Listing:
        drafts = await self._repo.list_drafts(user_id)
        newest = drafts[-MAX_LISTED:]
        return Listing(
            len(drafts), tuple(ReadDraft(draft.id, self.read(draft)) for draft in newest)
        )

    async def reveal(self, user_id: int, draft_id: int) -> ReadDraft | None:
        """Her words of one draft, once she asks; None if it is gone or not hers."""
        draft = _find(await self._repo.list_drafts(user_id), draft_id)
        return None if draft is None else ReadDraft(draft.id, self.read(draft))

    async def let_go(self, user_id: int, draft_id: int, place: Place | None) -> Decided | None:
        """The draft deleted for good; None if it was gone already or is not hers. `place`
        is where it stood in the review that brought it back, if one did."""
        drafts = await self._repo.list_drafts(user_id)
        draft = _find(drafts, draft_id)
        # Found before it is deleted: the next one is the one after it.
        if draft is None or not await self._repo.delete_draft(user_id, draft.id):
            return None
        return Decided(_following(drafts, draft, place))

    async def keep(self, user_id: int, draft_id: int, place: Place | None) -> Decided | None:
        """The draft held on; None if it is gone or not hers."""
        drafts = await self._repo.list_drafts(user_id)
        draft = _find(drafts, draft_id)
        if draft is None:
            return None
        if draft.reviewed_at is None:
            # Her answer is the review: the morning one will not ask again.
            await self._repo.mark_draft_reviewed(user_id, draft.id, self._clock.now())
        return Decided(_following(drafts, draft, place))

    def read(self, draft: Draft) -> str | None:
        """Her words, or None (and a warning, without them) if no key can open them."""
        try:
            return self._cipher.decrypt(draft.body)
        except UnreadableTextError:
            _log.warning("draft %s cannot be decrypted with the configured keys", draft.id)
            return None

    # -- helpers -----------------------------------------------------------------------
    async def _schedule(self, profile: UserProfile, written_at: datetime) -> datetime:
        check_in = _next_review(profile, written_at)
        # That date's review went out already (she moved her check-in time after it): the
        # next one takes this draft along.
        while not await self._timers.set(
            profile.user_id,
            check_in - AHEAD_OF_CHECK_IN,
            DraftReviewDue(),
            _key(profile, check_in),
        ):
            check_in = _next_review(profile, check_in)
        return check_in


def _next_in_review(drafts: list[Draft], draft: Draft) -> Draft | None:
    """The draft that came back in the same review as `draft`, right after it."""
    if draft.reviewed_at is None:
        return None
    return min(
        (d for d in drafts if d.reviewed_at == draft.reviewed_at and d.id > draft.id),
        key=lambda d: d.id,
        default=None,
    )


def _following(drafts: list[Draft], draft: Draft, place: Place | None) -> NextInReview | None:
    """What to offer after her answer to `draft`: only a review goes on to a next one."""
    if place is None:
        return None
    following = _next_in_review(drafts, draft)
    if following is None:
        return None
    number, total = place
    return NextInReview(following.id, (min(number + 1, total), total))


def _find(drafts: list[Draft], draft_id: int) -> Draft | None:
    """Her draft with this id; None for anyone else's, so a button cannot reach it."""
    return next((draft for draft in drafts if draft.id == draft_id), None)


def _waiting(drafts: list[Draft], rested_by: datetime | None = None) -> list[Draft]:
    """Drafts not shown back yet; with `rested_by`, only those written `MIN_REST` before it."""
    return [
        draft
        for draft in drafts
        if draft.reviewed_at is None
        and (rested_by is None or rested_by - draft.created_at >= MIN_REST)
    ]


def _next_review(profile: UserProfile, after: datetime) -> datetime:
    # Her check-in hour, not the check-in itself: a paused check-in does not hold back
    # what she asked the bot to keep.
    due = next_daily_ping(after, profile.ping_time, profile.timezone)
    if due - after < MIN_REST:
        due = next_daily_ping(due, profile.ping_time, profile.timezone)
    return due


def _key(profile: UserProfile, check_in: datetime) -> str:
    return f"{DRAFT_REVIEW}:{profile.user_id}:{ping_day(check_in, profile.timezone).isoformat()}"
