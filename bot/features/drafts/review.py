"""A held draft comes back once, at her check-in hour, after the night has passed.

What she wrote at 1 am reads differently at 9: that distance is the point, so a review
never comes sooner than `MIN_REST` after the draft. There is one review per person and
local date, so every draft of one night comes back together, in a single review.
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Final

from telegram import Bot, InlineKeyboardMarkup

from bot.clock import Clock
from bot.content import Content, ContentError, reads_fine_on_lock_screen, situational
from bot.core.model import Draft, Situation, Timer, UserProfile
from bot.crypto import TextCipher, UnreadableTextError
from bot.features.pings.schedule import next_daily_ping, ping_day
from bot.features.profiles import Profiles
from bot.store.base import Repository
from bot.telegram.ui import clip, inline
from bot.timers.service import TimerService

if TYPE_CHECKING:
    from bot.deps import Deps

DRAFT_REVIEW: Final = "draft_review"
# A draft written at 4 am is not put in front of her at 9 am: it waits for the next day.
MIN_REST: Final = timedelta(hours=6)

_log = logging.getLogger(__name__)


def first_words(text: str, *, words: int = 6, chars: int = 40) -> str:
    """The opening of her text on one line: enough to recognise it, not to reread it."""
    every_word = text.split()
    opening = " ".join(every_word[:words])
    if len(opening) > chars:
        opening = opening[: chars - 1].rstrip()
    return opening if opening == " ".join(every_word) else f"{opening}…"


def draft_choices(content: Content, draft_id: int) -> InlineKeyboardMarkup:
    """Let it go, keep holding it, or talk it through: the same three everywhere."""
    text = content.text
    return inline(
        [
            [(text("drafts.buttons.let_go"), f"draft:letgo:{draft_id}")],
            [(text("drafts.buttons.keep"), f"draft:keep:{draft_id}")],
            # Talking it through is an urge waited out together: the urge flow's own entry.
            [(text("drafts.buttons.talk"), "urge:start")],
        ]
    )


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
        _check_reviews_are_discreet(content)
        self._repo = repo
        self._timers = timers
        self._profiles = profiles
        self._content = content
        self._cipher = cipher
        self._clock = clock

    @classmethod
    def from_deps(cls, deps: Deps) -> DraftReview:
        for locale in deps.locales.available:  # every language she may be reviewed in
            _check_reviews_are_discreet(deps.locales.of(locale))
        return cls(deps.repo, deps.timers, deps.profiles, deps.content, deps.cipher, deps.clock)

    async def held(self, profile: UserProfile, draft: Draft) -> datetime:
        """Set the review that will show `draft` again, once; returns when it comes (UTC)."""
        return await self._schedule(profile, draft.created_at)

    async def refresh(self, profile: UserProfile) -> None:
        """Drafts still waiting get their review again; for when she is back after the bot
        could not reach her (that cancelled every timer of hers)."""
        if await self._waiting(profile.user_id):
            await self._schedule(profile, self._clock.now())

    async def send(self, bot: Bot, timer: Timer) -> None:
        profile = await self._profiles.get(timer.user_id)
        if profile is None or not profile.active:
            return
        readable = [
            (draft, words)
            for draft in await self._waiting(profile.user_id, rested_by=timer.due_at)
            if (words := self.read(draft)) is not None
        ]
        for number, (draft, words) in enumerate(readable, start=1):
            heading = (
                self._content.text("drafts.review.heading")
                if len(readable) == 1
                else self._content.text(
                    "drafts.review.heading_many", number=number, total=len(readable)
                )
            )
            await bot.send_message(
                profile.chat_id,
                clip(
                    situational(
                        self._content,
                        "drafts.review.text",
                        profile.situation,
                        heading=heading,
                        draft=words,
                    )
                ),
                reply_markup=draft_choices(self._content, draft.id),
            )
            # Marked one by one: if sending fails halfway, a retry shows only the rest.
            await self._repo.mark_draft_reviewed(profile.user_id, draft.id, self._clock.now())

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
        due = self._next_review(profile, written_at)
        # That date's review went out already (she moved her check-in time after it): the
        # next one takes this draft along.
        while not await self._timers.set(
            profile.user_id, DRAFT_REVIEW, due, {}, _key(profile, due)
        ):
            due = self._next_review(profile, due)
        return due

    @staticmethod
    def _next_review(profile: UserProfile, after: datetime) -> datetime:
        # Her check-in hour, not the check-in itself: a paused check-in does not hold
        # back what she asked the bot to keep.
        due = next_daily_ping(after, profile.ping_time, profile.timezone)
        if due - after < MIN_REST:
            due = next_daily_ping(due, profile.ping_time, profile.timezone)
        return due


def _key(profile: UserProfile, due: datetime) -> str:
    return f"{DRAFT_REVIEW}:{profile.user_id}:{ping_day(due, profile.timezone).isoformat()}"


def _check_reviews_are_discreet(content: Content) -> None:
    """A review arrives unasked: its first line, all a lock screen shows, must neither
    name what it is about nor hold her words. Checked at start, for every situation."""
    sentinel = "<her draft>"
    headings = (
        content.text("drafts.review.heading"),
        content.text("drafts.review.heading_many", number=1, total=2),
    )
    for situation in Situation:
        for heading in headings:
            text = situational(
                content, "drafts.review.text", situation, heading=heading, draft=sentinel
            )
            first_line = text.strip().split("\n", 1)[0]
            if sentinel in first_line or not reads_fine_on_lock_screen(first_line):
                raise ContentError(
                    f"{content.locale}: drafts.review.text ({situation.value}): first line "
                    f"'{first_line}' would give her away on a lock screen"
                )
