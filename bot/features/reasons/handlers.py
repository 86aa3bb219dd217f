"""/myreasons: while calm, she writes down why, in her own words, for the moments she
forgets. It is her own chat, so her reasons are shown in full; at rest they are
encrypted like everything else she writes."""

from __future__ import annotations

from typing import Final

from telegram import Update
from telegram.ext import (
    CallbackQueryHandler,
    CommandHandler,
    ConversationHandler,
    MessageHandler,
    filters,
)

from bot.content import situational
from bot.core.model import UserProfile
from bot.deps import Deps
from bot.features.drafts.review import first_words
from bot.features.reasons.service import ReadReason, ReasonsService
from bot.telegram.context import StepContext
from bot.telegram.questions import Reask, question
from bot.telegram.ui import (
    Button,
    Handler,
    answer_button,
    callback_parts,
    conversation,
    in_rows,
    inline,
    main_keyboard,
    reply,
    urge_button,
)

MENU: Final = "reasons_own.menu"
ADD: Final = "reasons_own.add"
REMOVE: Final = "reasons_own.remove"
END: Final = ConversationHandler.END

Context = StepContext


class ReasonsFlow:
    def __init__(self, deps: Deps) -> None:
        self._deps = deps
        self._content = deps.content
        self._reasons = ReasonsService(deps.repo, deps.cipher, deps.clock)
        self._reask = Reask(deps.content, "reasons_own.reask", ADD)

    def handlers(self) -> list[Handler]:
        # Her urge button always reaches the urge flow, even mid-sentence here.
        other = ~filters.COMMAND & ~urge_button(self._deps.locales)
        return [
            conversation(
                "own_reasons",
                entry_points=[CommandHandler("myreasons", self.show)],
                states={
                    MENU: question(
                        buttons=[
                            CallbackQueryHandler(self.ask, pattern=r"^myreasons:add$"),
                            CallbackQueryHandler(self.ask_remove, pattern=r"^myreasons:remove$"),
                            CallbackQueryHandler(self.done, pattern=r"^myreasons:done$"),
                        ],
                        other=other,
                        reask=Reask(self._content, "reasons_own.hint", MENU),
                    ),
                    ADD: question(
                        answered=self.add,
                        typed=filters.TEXT & other,
                        other=other,
                        reask=self._reask,
                    ),
                    REMOVE: [
                        CallbackQueryHandler(self.remove, pattern=r"^myreasons:rm:\d+$"),
                        MessageHandler(other, self.show),
                    ],
                },
                fallbacks=[CommandHandler("cancel", self.done)],
            )
        ]

    async def show(self, update: Update, context: Context) -> str:
        profile = await context.profile()
        return await self._menu(update, profile, await self._reasons.listing(profile.user_id))

    async def ask(self, update: Update, context: Context) -> str:
        answer_button(update, context)
        await reply(update, self._content.text("reasons_own.ask"))
        return ADD

    async def add(self, update: Update, context: Context) -> str:
        message = update.effective_message
        if message is None or not message.text:
            return await self._reask.ask(update, context)
        profile = await context.profile()
        reasons = await self._reasons.add(profile.user_id, message.text)
        await reply(update, self._content.text("reasons_own.added"))
        return await self._menu(update, profile, reasons)

    async def ask_remove(self, update: Update, context: Context) -> str:
        answer_button(update, context)
        profile = await context.profile()
        reasons = await self._reasons.listing(profile.user_id)
        if not reasons:
            return await self._menu(update, profile, reasons)
        buttons = [
            (first_words(self._read(reason)), f"myreasons:rm:{reason.id}") for reason in reasons
        ]
        await reply(
            update, self._content.text("reasons_own.ask_remove"), inline(in_rows(buttons, 1))
        )
        return REMOVE

    async def remove(self, update: Update, context: Context) -> str:
        answer_button(update, context)
        profile = await context.profile()
        reasons = await self._reasons.remove(profile.user_id, int(callback_parts(update)[-1]))
        await reply(update, self._content.text("reasons_own.removed"))
        return await self._menu(update, profile, reasons)

    async def done(self, update: Update, context: Context) -> int:
        answer_button(update, context)
        await reply(update, self._content.text("reasons_own.done"), main_keyboard(self._content))
        return END

    def _read(self, reason: ReadReason) -> str:
        # A key is missing: still listed, so she can remove it.
        return (
            self._content.text("reasons_own.unreadable") if reason.words is None else reason.words
        )

    async def _menu(self, update: Update, profile: UserProfile, reasons: list[ReadReason]) -> str:
        """Her reasons in full, numbered, and what she can do with them."""
        text = self._content.text
        buttons: list[list[Button]] = [[(text("reasons_own.buttons.add"), "myreasons:add")]]
        if reasons:
            buttons.append([(text("reasons_own.buttons.remove"), "myreasons:remove")])
        buttons.append([(text("reasons_own.buttons.done"), "myreasons:done")])
        if reasons:
            listing = "\n\n".join(
                f"{number}. {self._read(reason)}" for number, reason in enumerate(reasons, 1)
            )
            body = text("reasons_own.listing", count=len(reasons), reasons=listing)
        else:
            body = situational(self._content, "reasons_own.empty", profile.situation)
        await reply(update, body, inline(buttons))
        return MENU
