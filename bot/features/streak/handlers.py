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
from bot.core import streak as streak_math
from bot.core.model import UrgeOutcome
from bot.deps import Deps
from bot.features.pings.formats import cldr_locale, on_date
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
        state = self._deps.profiles.streak(profile)
        today = self._deps.profiles.today(profile)
        held = await self._deps.repo.count_urges(profile.user_id, UrgeOutcome.HELD)
        total = streak_math.total_days(state, today)
        # "Day 0" reads as a failure: the day a count starts has words of its own, and
        # so does her very first day, when "best: 0 days" would say nothing kind.
        if total == 0:
            key = "streak.summary_new"
        elif streak_math.starts_today(state, today):
            key = "streak.summary_first"
        else:
            key = "streak.summary"
        await reply(
            update,
            situational(
                self._content,
                key,
                profile.situation,
                days=streak_math.current_days(state, today),
                best=streak_math.best_days(state, today),
                total=total,
                held=held,
                # The day her running count starts from, as /settings shows it.
                last_contact=on_date(
                    state.last_contact, cldr_locale(self._content.locale, profile), today=today
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
        note = self._deps.cipher.encrypt(text) if text else None
        return await self._record(update, context, note)

    async def record_without_note(self, update: Update, context: Context) -> int:
        answer_button(update, context)
        return await self._record(update, context, None)

    async def not_a_slip(self, update: Update, context: Context) -> int:
        answer_button(update, context)
        await reply(update, self._content.text("slip.not_recorded"), main_keyboard(self._content))
        return END

    async def _record(self, update: Update, context: Context, note: bytes | None) -> int:
        profile = await context.profile()
        updated, ended = await self._deps.profiles.record_slip(profile, note)
        await reply(
            update,
            situational(
                self._content,
                "slip.recorded",
                profile.situation,
                ended=ended,
                best=updated.best_streak_days,
                safety=self._deps.safety.lines_text(profile, Need.ABUSE),
            ),
            main_keyboard(self._content),
        )
        return END
