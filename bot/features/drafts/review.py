"""A held draft comes back once, at her check-in hour, after the night has passed: the
Telegram side of it. When the review is due and which drafts it brings back are decided in
service.py; this module sends the review and renders a draft as it shows her.

The review arrives unasked, so it only says how many drafts are waiting (a lock screen
shows it to anyone nearby); her words appear when she taps "Show it", one draft at a
time, in that same message. It goes out a moment ahead of the check-in of the same hour,
so her morning reads in one order: what she held, then the day.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from telegram import Bot, InlineKeyboardMarkup

from bot.content import Content, situational
from bot.core.model import Timer, UserProfile
from bot.features.drafts.service import (
    DRAFT_REVIEW as DRAFT_REVIEW,  # the composition root registers the timer by it
)
from bot.features.drafts.service import DraftReviewDue as DraftReviewDue
from bot.features.drafts.service import DraftsService, Place, ReadDraft
from bot.telegram.replies import send_text
from bot.telegram.ui import Button, clip, inline

if TYPE_CHECKING:
    from bot.deps import Deps


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
    def __init__(self, drafts: DraftsService, content: Content) -> None:
        self._drafts = drafts
        self._content = content

    @classmethod
    def from_deps(cls, deps: Deps) -> DraftReview:
        # What the review says unasked is checked with the content, at load (bot.content).
        drafts = DraftsService(deps.repo, deps.timers, deps.profiles, deps.cipher, deps.clock)
        return cls(drafts, deps.content)

    @property
    def drafts(self) -> DraftsService:
        """The use cases behind the review, for the flows that hold a draft."""
        return self._drafts

    async def refresh(self, profile: UserProfile) -> None:
        """Drafts still waiting get their review again (she is back after a block)."""
        await self._drafts.refresh(profile)

    async def send(self, bot: Bot, timer: Timer) -> None:
        """One message for every draft due back: how many, and "Show it"."""
        review = await self._drafts.due_review(timer)
        if review is None:
            return
        profile, count = review.profile, len(review.drafts)
        text = (
            situational(self._content, "drafts.review.one", profile.situation)
            if count == 1
            else situational(self._content, "drafts.review.many", profile.situation, count=count)
        )
        button = show_button(self._content, review.drafts[0].id, (1, count))
        await send_text(bot, profile.chat_id, text, inline([[button]]), bulk=True)
        # Only once it is sent: a review tried again later still finds its drafts waiting.
        await self._drafts.reviewed(review)

    def shown(self, profile: UserProfile, draft: ReadDraft, place: Place) -> str:
        """A draft as a review shows it once she taps: the question first, so that a long
        draft cannot push it out of sight, then her words."""
        if draft.words is None:
            return self._content.text("drafts.unreadable")
        parts = [
            situational(self._content, "drafts.review.question", profile.situation),
            self._content.text("drafts.review.draft", draft=draft.words),
        ]
        number, total = place
        if total > 1:
            parts.insert(0, self._content.text("drafts.review.place", number=number, total=total))
        return clip("\n\n".join(parts))
