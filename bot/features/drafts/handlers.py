"""/draft and /drafts: write it to the bot instead of to him, and decide later what
becomes of it. The choices on a held draft work from any message that shows them, the
morning review included, whatever flow she is in when she taps."""

from __future__ import annotations

import contextlib
from typing import Final

from telegram import Update
from telegram.error import TelegramError
from telegram.ext import (
    CallbackQueryHandler,
    CommandHandler,
    ContextTypes,
    ConversationHandler,
    MessageHandler,
    filters,
)

from bot.content import situational
from bot.core.model import UserProfile
from bot.deps import Deps
from bot.features.drafts.review import DraftReview, draft_choices, first_words
from bot.telegram.ui import (
    Handler,
    answer_button,
    callback_parts,
    conversation,
    local_clock,
    main_keyboard,
    profile_of,
    reply,
    urge_button,
)

ASK: Final = "drafts.ask"
END: Final = ConversationHandler.END

# Each listed draft is a message of its own, with its own buttons; past this many the
# list stops being something she can take in.
MAX_LISTED: Final = 10

Context = ContextTypes.DEFAULT_TYPE


class DraftsFlow:
    def __init__(self, deps: Deps) -> None:
        self._deps = deps
        self._content = deps.content
        self.review = DraftReview.from_deps(deps)

    def handlers(self) -> list[Handler]:
        # Her urge button always reaches the urge flow, even while a draft is being
        # asked for: that is the moment it matters most.
        not_urge = ~filters.COMMAND & ~urge_button(self._deps.locales)
        return [
            conversation(
                "draft",
                entry_points=[CommandHandler("draft", self.start)],
                states={
                    ASK: [
                        MessageHandler(filters.TEXT & not_urge, self.write),
                        MessageHandler(not_urge, self.reask),
                    ],
                },
                fallbacks=[CommandHandler("cancel", self.cancel)],
            ),
            CommandHandler("drafts", self.show),
            CallbackQueryHandler(self.let_go, pattern=r"^draft:letgo:\d+$"),
            CallbackQueryHandler(self.keep, pattern=r"^draft:keep:\d+$"),
        ]

    # -- /draft ------------------------------------------------------------------------
    async def start(self, update: Update, context: Context) -> str | int:
        profile = await profile_of(self._deps.profiles, update)
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
        profile = await profile_of(self._deps.profiles, update)
        await self._hold(update, profile, message.text)
        return END

    async def reask(self, update: Update, context: Context) -> str:
        await reply(update, self._content.text("drafts.reask"))
        return ASK

    async def cancel(self, update: Update, context: Context) -> int:
        await reply(update, self._content.text("drafts.cancelled"), main_keyboard(self._content))
        return END

    # -- /drafts -----------------------------------------------------------------------
    async def show(self, update: Update, context: Context) -> None:
        profile = await profile_of(self._deps.profiles, update)
        drafts = await self._deps.repo.list_drafts(profile.user_id)
        text = self._content.text
        if not drafts:
            await reply(
                update,
                situational(self._content, "drafts.none", profile.situation),
                main_keyboard(self._content),
            )
            return
        await reply(
            update,
            text("drafts.list_one") if len(drafts) == 1 else text("drafts.list", count=len(drafts)),
        )
        # In the order she wrote them, like the chat itself: the latest nearest her thumb.
        newest = drafts[-MAX_LISTED:]
        for draft in newest:
            words = self.review.read(draft)
            await reply(
                update,
                text("drafts.unreadable")
                if words is None
                else text("drafts.list_item", words=first_words(words)),
                draft_choices(self._content, draft.id),
            )
        if len(drafts) > len(newest):
            await reply(update, text("drafts.list_more", shown=len(newest)))

    # -- the choices -------------------------------------------------------------------
    async def let_go(self, update: Update, context: Context) -> None:
        answer_button(update, context)
        profile = await profile_of(self._deps.profiles, update)
        if not await self._deps.repo.delete_draft(profile.user_id, _draft_id(update)):
            await reply(update, self._content.text("drafts.gone"))
            return
        # Gone for good means from the chat too, not only from the database.
        await _settle(update, self._content.text("drafts.let_go_trace"))
        await reply(
            update,
            situational(self._content, "drafts.let_go", profile.situation),
            main_keyboard(self._content),
        )

    async def keep(self, update: Update, context: Context) -> None:
        answer_button(update, context)
        profile = await profile_of(self._deps.profiles, update)
        draft_id = _draft_id(update)
        draft = next(
            (d for d in await self._deps.repo.list_drafts(profile.user_id) if d.id == draft_id),
            None,
        )
        if draft is None:
            await reply(update, self._content.text("drafts.gone"))
            return
        if draft.reviewed_at is None:
            # Her answer is the review: the morning one will not ask again.
            await self._deps.repo.mark_draft_reviewed(
                profile.user_id, draft_id, self._deps.clock.now()
            )
        await _settle(update, None)
        await reply(update, self._content.text("drafts.kept"), main_keyboard(self._content))

    # -- helpers -------------------------------------------------------------------------
    async def _hold(self, update: Update, profile: UserProfile, words: str) -> None:
        draft = await self._deps.repo.add_draft(
            profile.user_id, None, self._deps.clock.now(), self._deps.cipher.encrypt(words)
        )
        due = await self.review.held(profile, draft)
        await reply(
            update,
            situational(
                self._content,
                "drafts.held",
                profile.situation,
                time=local_clock(due, profile.timezone),
            ),
            main_keyboard(self._content),
        )


def _after_command(update: Update) -> str:
    message = update.effective_message
    parts = (message.text or "").split(maxsplit=1) if message is not None else []
    return parts[1] if len(parts) == 2 else ""


def _draft_id(update: Update) -> int:
    return int(callback_parts(update)[-1])  # the handler's pattern guarantees the digits


async def _settle(update: Update, new_text: str | None) -> None:
    """Take the buttons off the message she answered; with `new_text`, her words too.
    A message too old to edit stays as it is: her choice counts all the same."""
    query = update.callback_query
    if query is None:
        return
    with contextlib.suppress(TelegramError):
        if new_text is None:
            await query.edit_message_reply_markup(reply_markup=None)
        else:
            await query.edit_message_text(new_text)
