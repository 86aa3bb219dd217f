"""A held draft comes back once, at her check-in hour, after the night has passed.

What she wrote at 1 am reads differently at 9: that distance is the point, so a review
never comes sooner than `MIN_REST` after the draft. There is one review per person and
local date, so every draft of one night comes back together, in a single message.

That message arrives unasked, so it only says how many drafts are waiting (a lock screen
shows it to anyone nearby); her words appear when she taps "Show it", one draft at a
time, in that same message. It goes out a moment ahead of the check-in of the same hour,
so her morning reads in one order: what she held, then the day.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, ClassVar, Final

from telegram import Bot, InlineKeyboardMarkup

from bot.clock import Clock
from bot.content import Content, situational
from bot.core.model import Draft, Timer, UserProfile
from bot.crypto import TextCipher, UnreadableTextError
from bot.features.pings.schedule import next_daily_ping, ping_day
from bot.features.profiles import Profiles
from bot.store.base import Repository
from bot.telegram.delivery import bulk_lane
from bot.telegram.ui import Button, clip, inline
from bot.timers.payloads import TimerPayload
from bot.timers.service import TimerService

if TYPE_CHECKING:
    from bot.deps import Deps


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

# Where a draft stands in the review that brought it back: (number, total), 1-based.
Place = tuple[int, int]

_log = logging.getLogger(__name__)


def first_words(text: str, *, words: int = 6, chars: int = 40) -> str:
    """The opening of her text on one line: enough to recognise it, not to reread it."""
    every_word = text.split()
    opening = " ".join(every_word[:words])
    if len(opening) > chars:
        opening = opening[: chars - 1].rstrip()
    return opening if opening == " ".join(every_word) else f"{opening}…"


def draft_choices(
    content: Content, draft_id: int, place: Place | None = None
) -> InlineKeyboardMarkup:
    """Let it go, keep holding it, or talk it through: the same three everywhere. With
    `place`, the draft was brought back by a review, and answering it offers the next."""
    text = content.text
    where = "" if place is None else f":{place[0]}:{place[1]}"
    return inline(
        [
            [(text("drafts.buttons.let_go"), f"draft:letgo:{draft_id}{where}")],
            [(text("drafts.buttons.keep"), f"draft:keep:{draft_id}{where}")],
            # Talking it through is an urge waited out together: the urge flow's own entry.
            [(text("drafts.buttons.talk"), "urge:start")],
        ]
    )


def show_button(content: Content, draft_id: int, place: Place) -> Button:
    number, total = place
    label = (
        content.text("drafts.buttons.show")
        if number == 1
        else content.text("drafts.buttons.show_next", number=number, total=total)
    )
    return label, f"draft:show:{draft_id}:{number}:{total}"


class DraftReview:
    def __init__(
        self,
        repo: Repository,
        timers: TimerService,
        profiles: Profiles,
        content: Content,
        cipher: TextCipher,
        clock: Clock,
    ) -> None:
        self._repo = repo
        self._timers = timers
        self._profiles = profiles
        self._content = content
        self._cipher = cipher
        self._clock = clock

    @classmethod
    def from_deps(cls, deps: Deps) -> DraftReview:
        # What the review says unasked is checked with the content, at load (bot.content).
        return cls(deps.repo, deps.timers, deps.profiles, deps.content, deps.cipher, deps.clock)

    async def held(self, profile: UserProfile, draft: Draft) -> datetime:
        """Set the review that will show `draft` again, once; returns when it comes (UTC),
        as she is told it: her check-in time."""
        return await self._schedule(profile, draft.created_at)

    async def refresh(self, profile: UserProfile) -> None:
        """Drafts still waiting get their review again; for when she is back after the bot
        could not reach her (that cancelled every timer of hers)."""
        if await self._waiting(profile.user_id):
            await self._schedule(profile, self._clock.now())

    async def send(self, bot: Bot, timer: Timer) -> None:
        """One message for every draft due back: how many, and "Show it"."""
        profile = await self._profiles.get(timer.user_id)
        if profile is None or not profile.active:
            return
        rested_by = timer.due_at + AHEAD_OF_CHECK_IN
        due = sorted(
            (
                draft
                for draft in await self._waiting(profile.user_id, rested_by=rested_by)
                if self.read(draft) is not None
            ),
            key=lambda draft: draft.id,  # the order she wrote them in, and "next" follows it
        )
        if not due:
            return
        count = len(due)
        text = (
            situational(self._content, "drafts.review.one", profile.situation)
            if count == 1
            else situational(self._content, "drafts.review.many", profile.situation, count=count)
        )
        button = show_button(self._content, due[0].id, (1, count))
        await bot.send_message(
            profile.chat_id, text, reply_markup=inline([[button]]), **bulk_lane(bot)
        )
        # One instant for the whole review: it is how "the next one" is found later.
        now = self._clock.now()
        for draft in due:
            await self._repo.mark_draft_reviewed(profile.user_id, draft.id, now)

    def shown(self, profile: UserProfile, draft: Draft, place: Place) -> str:
        """A draft as a review shows it once she taps: the question first, so that a long
        draft cannot push it out of sight, then her words."""
        words = self.read(draft)
        if words is None:
            return self._content.text("drafts.unreadable")
        parts = [
            situational(self._content, "drafts.review.question", profile.situation),
            self._content.text("drafts.review.draft", draft=words),
        ]
        number, total = place
        if total > 1:
            parts.insert(0, self._content.text("drafts.review.place", number=number, total=total))
        return clip("\n\n".join(parts))

    @staticmethod
    def next_in_review(drafts: list[Draft], draft: Draft) -> Draft | None:
        """The draft that came back in the same review as `draft`, right after it."""
        if draft.reviewed_at is None:
            return None
        return min(
            (d for d in drafts if d.reviewed_at == draft.reviewed_at and d.id > draft.id),
            key=lambda d: d.id,
            default=None,
        )

    def read(self, draft: Draft) -> str | None:
        """Her words, or None (and a warning, without them) if no key can open them."""
        try:
            return self._cipher.decrypt(draft.body)
        except UnreadableTextError:
            _log.warning("draft %s cannot be decrypted with the configured keys", draft.id)
            return None

    async def _waiting(self, user_id: int, *, rested_by: datetime | None = None) -> list[Draft]:
        """Drafts not shown back yet; with `rested_by`, only those written `MIN_REST` before it."""
        return [
            draft
            for draft in await self._repo.list_drafts(user_id)
            if draft.reviewed_at is None
            and (rested_by is None or rested_by - draft.created_at >= MIN_REST)
        ]

    async def _schedule(self, profile: UserProfile, written_at: datetime) -> datetime:
        check_in = self._next_review(profile, written_at)
        # That date's review went out already (she moved her check-in time after it): the
        # next one takes this draft along.
        while not await self._timers.set(
            profile.user_id,
            check_in - AHEAD_OF_CHECK_IN,
            DraftReviewDue(),
            _key(profile, check_in),
        ):
            check_in = self._next_review(profile, check_in)
        return check_in

    @staticmethod
    def _next_review(profile: UserProfile, after: datetime) -> datetime:
        # Her check-in hour, not the check-in itself: a paused check-in does not hold
        # back what she asked the bot to keep.
        due = next_daily_ping(after, profile.ping_time, profile.timezone)
        if due - after < MIN_REST:
            due = next_daily_ping(due, profile.ping_time, profile.timezone)
        return due


def _key(profile: UserProfile, check_in: datetime) -> str:
    return f"{DRAFT_REVIEW}:{profile.user_id}:{ping_day(check_in, profile.timezone).isoformat()}"
