"""/draft and /drafts: write it to the bot instead of to him, and decide later what
becomes of it. The choices on a held draft work from any message that shows them, the
morning review included, whatever flow she is in when she taps.

Each tap has one answer, in place: the message she tapped becomes the result ("Let go,
for good.", or her words when she asked to see them), so nothing she chose is said twice
and her words do not linger in the chat once she has decided."""

from __future__ import annotations

from datetime import datetime
from typing import Final

from telegram import InlineKeyboardMarkup, Update
from telegram.ext import (
    CallbackQueryHandler,
    CommandHandler,
    ConversationHandler,
    filters,
)

from bot.content import situational
from bot.core.model import UserProfile
from bot.deps import Deps
from bot.features.drafts.review import DraftReview, draft_choices, first_words, show_button
from bot.features.drafts.service import Decided, DraftsService, Place
from bot.telegram.context import StepContext
from bot.telegram.questions import Reask, question
from bot.telegram.ui import (
    Handler,
    answer_button,
    callback_parts,
    conversation,
    inline,
    local_clock,
    main_keyboard,
    reply,
    rewrite,
    urge_button,
)

ASK: Final = "drafts.ask"
END: Final = ConversationHandler.END

Context = StepContext


class DraftsFlow:
    def __init__(self, deps: Deps) -> None:
        self._deps = deps
        self._content = deps.content
        self._drafts = DraftsService(deps.repo, deps.timers, deps.profiles, deps.cipher, deps.clock)
        # The composition root registers its sender with the review timer.
        self.review = DraftReview(self._drafts, deps.content)

    def handlers(self) -> list[Handler]:
        # Her urge button always reaches the urge flow, even while a draft is being
        # asked for: that is the moment it matters most.
        not_urge = ~filters.COMMAND & ~urge_button(self._deps.locales)
        return [
            conversation(
                "draft",
                entry_points=[CommandHandler("draft", self.start)],
                states={
                    ASK: question(
                        answered=self.write,
                        typed=filters.TEXT & not_urge,
                        other=not_urge,
                        reask=Reask(self._content, "drafts.reask", ASK),
                    ),
                },
                fallbacks=[CommandHandler("cancel", self.cancel)],
            ),
            CommandHandler("drafts", self.show),
            # A review's buttons carry the draft's place in it ("2 of 3") after its id.
            CallbackQueryHandler(self.reveal, pattern=r"^draft:show:\d+:\d+:\d+$"),
            CallbackQueryHandler(self.let_go, pattern=r"^draft:letgo:\d+(?::\d+:\d+)?$"),
            CallbackQueryHandler(self.keep, pattern=r"^draft:keep:\d+(?::\d+:\d+)?$"),
        ]

    # -- /draft ------------------------------------------------------------------------
    async def start(self, update: Update, context: Context) -> str | int:
        profile = await context.profile()
        # "/draft I miss you" holds it at once; "/draft" alone asks for it.
        if words := _after_command(update):
            await self._hold(update, profile, words)
            return END
        await reply(update, situational(self._content, "drafts.ask", profile.situation))
        return ASK

    async def write(self, update: Update, context: Context) -> int:
        message = update.effective_message
        if message is None or not message.text:
            return END
        profile = await context.profile()
        await self._hold(update, profile, message.text)
        return END

    async def cancel(self, update: Update, context: Context) -> int:
        await reply(update, self._content.text("drafts.cancelled"), main_keyboard(self._content))
        return END

    # -- /drafts -----------------------------------------------------------------------
    async def show(self, update: Update, context: Context) -> None:
        profile = await context.profile()
        listing = await self._drafts.listing(profile.user_id)
        text = self._content.text
        if not listing.total:
            await reply(
                update,
                situational(self._content, "drafts.none", profile.situation),
                main_keyboard(self._content),
            )
            return
        await reply(
            update,
            text("drafts.list_one")
            if listing.total == 1
            else text("drafts.list", count=listing.total),
        )
        # In the order she wrote them, like the chat itself: the latest nearest her thumb.
        for draft in listing.newest:
            await reply(
                update,
                text("drafts.unreadable")
                if draft.words is None
                else text("drafts.list_item", words=first_words(draft.words)),
                draft_choices(self._content, draft.id),
            )
        if listing.total > len(listing.newest):
            await reply(update, text("drafts.list_more", shown=len(listing.newest)))

    # -- the review: her words once she asks for them ----------------------------------
    async def reveal(self, update: Update, context: Context) -> None:
        answer_button(update, context)
        profile = await context.profile()
        draft = await self._drafts.reveal(profile.user_id, _draft_id(update))
        if draft is None:
            await rewrite(update, self._content.text("drafts.gone"))
            return
        place = _place(update) or (1, 1)
        await rewrite(
            update,
            self.review.shown(profile, draft, place),
            draft_choices(self._content, draft.id, place),
        )

    # -- the choices -------------------------------------------------------------------
    async def let_go(self, update: Update, context: Context) -> None:
        answer_button(update, context)
        profile = await context.profile()
        decided = await self._drafts.let_go(profile.user_id, _draft_id(update), _place(update))
        if decided is None:
            await rewrite(update, self._content.text("drafts.gone"))
            return
        # Gone for good means from the chat too: her words give way to the result.
        await rewrite(
            update,
            situational(self._content, "drafts.let_go", profile.situation),
            self._next(decided),
        )

    async def keep(self, update: Update, context: Context) -> None:
        answer_button(update, context)
        profile = await context.profile()
        decided = await self._drafts.keep(profile.user_id, _draft_id(update), _place(update))
        if decided is None:
            await rewrite(update, self._content.text("drafts.gone"))
            return
        await rewrite(update, self._content.text("drafts.kept"), self._next(decided))

    # -- helpers -------------------------------------------------------------------------
    def _next(self, decided: Decided) -> InlineKeyboardMarkup | None:
        """The button to the next draft, when hers came back in a review with more."""
        following = decided.following
        if following is None:
            return None
        return inline([[show_button(self._content, following.draft_id, following.place)]])

    async def _hold(self, update: Update, profile: UserProfile, words: str) -> None:
        due = await self._drafts.hold(profile, words)
        await _tell_held(self._deps, update, profile, due)


async def hold_draft(
    deps: Deps, review: DraftReview, update: Update, profile: UserProfile, body: bytes
) -> None:
    """Her words (`body`, already encrypted) held for the morning review, and she is told
    when they come back: a long letter typed outside any flow ends here, as /draft does."""
    due = await review.drafts.hold_encrypted(profile, body)
    await _tell_held(deps, update, profile, due)


async def _tell_held(deps: Deps, update: Update, profile: UserProfile, due: datetime) -> None:
    await reply(
        update,
        situational(
            deps.content, "drafts.held", profile.situation, time=local_clock(due, profile.timezone)
        ),
        main_keyboard(deps.content),
    )


def _after_command(update: Update) -> str:
    message = update.effective_message
    parts = (message.text or "").split(maxsplit=1) if message is not None else []
    return parts[1] if len(parts) == 2 else ""


def _draft_id(update: Update) -> int:
    return int(callback_parts(update)[2])  # the handlers' patterns guarantee the digits


def _place(update: Update) -> Place | None:
    """The draft's place in the review that brought it back, if it came from one."""
    parts = callback_parts(update)
    return (int(parts[3]), int(parts[4])) if len(parts) == 5 else None
