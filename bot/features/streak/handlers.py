"""/streak shows how far she has come; /slip records a slip with compassion."""

from __future__ import annotations

from typing import Final

from telegram import Update
from telegram.ext import (
    CallbackQueryHandler,
    CommandHandler,
    ConversationHandler,
    filters,
)

from bot.content import situational
from bot.deps import Deps
from bot.features.pings.formats import cldr_locale, on_date
from bot.features.streak.service import Opening, StreakService
from bot.safety.lines import Need
from bot.telegram.context import StepContext
from bot.telegram.questions import Reask, question
from bot.telegram.ui import (
    Handler,
    answer_button,
    conversation,
    inline,
    main_keyboard,
    reply,
)

NOTE: Final = "slip.note"
END: Final = ConversationHandler.END

Context = StepContext


class StreakFlow:
    def __init__(self, deps: Deps) -> None:
        self._deps = deps
        self._content = deps.content
        self._service = StreakService(deps.repo, deps.profiles, deps.cipher)

    def handlers(self) -> list[Handler]:
        slip = conversation(
            "slip",
            entry_points=[
                CommandHandler("slip", self.ask_what_happened),
                CallbackQueryHandler(self.ask_what_happened, pattern=r"^slip:start$"),
            ],
            states={
                NOTE: question(
                    buttons=[
                        CallbackQueryHandler(self.record_without_note, pattern=r"^slip:skip$"),
                        CallbackQueryHandler(self.not_a_slip, pattern=r"^slip:undo$"),
                    ],
                    answered=self.record_with_note,
                    typed=filters.TEXT & ~filters.COMMAND,
                    other=~filters.COMMAND,
                    reask=Reask(self._content, "slip.reask", NOTE),
                )
            },
            fallbacks=[CommandHandler("cancel", self.not_a_slip)],
        )
        return [CommandHandler("streak", self.show_streak), slip]

    async def show_streak(self, update: Update, context: Context) -> None:
        profile = await context.profile()
        summary = await self._service.summary(profile)
        await reply(
            update,
            situational(
                self._content,
                _summary_key(summary.opening),
                profile.situation,
                days=summary.days,
                best=summary.best,
                total=summary.total,
                held=summary.held,
                # The day her running count starts from, as /settings shows it.
                last_contact=on_date(
                    summary.last_contact,
                    cldr_locale(self._content.locale, profile),
                    today=summary.today,
                ),
            ),
            main_keyboard(self._content),
        )

    async def ask_what_happened(self, update: Update, context: Context) -> str:
        answer_button(update, context)
        await reply(
            update,
            self._content.text("slip.ask"),
            inline(
                [
                    [(self._content.text("slip.buttons.skip"), "slip:skip")],
                    [(self._content.text("slip.buttons.undo"), "slip:undo")],
                ]
            ),
        )
        return NOTE

    async def record_with_note(self, update: Update, context: Context) -> int:
        text = update.effective_message.text if update.effective_message else None
        return await self._record(update, context, text)

    async def record_without_note(self, update: Update, context: Context) -> int:
        answer_button(update, context)
        return await self._record(update, context, None)

    async def not_a_slip(self, update: Update, context: Context) -> int:
        answer_button(update, context)
        await reply(update, self._content.text("slip.not_recorded"), main_keyboard(self._content))
        return END

    async def _record(self, update: Update, context: Context, note: str | None) -> int:
        profile = await context.profile()
        slip = await self._service.record_slip(profile, note)
        await reply(
            update,
            situational(
                self._content,
                "slip.recorded",
                profile.situation,
                ended=slip.ended,
                best=slip.profile.best_streak_days,
                safety=self._deps.safety.lines_text(profile, Need.ABUSE),
            ),
            main_keyboard(self._content),
        )
        return END


def _summary_key(opening: Opening) -> str:
    match opening:
        case Opening.VERY_FIRST_DAY:
            return "streak.summary_new"
        case Opening.COUNT_STARTS:
            return "streak.summary_first"
        case Opening.UNDER_WAY:
            return "streak.summary"
