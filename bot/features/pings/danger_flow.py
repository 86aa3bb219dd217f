"""/dangerdays: the dates that will be hard, so the bot can be there the evening before
and the morning of."""

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

from bot.content import DangerKind
from bot.content.words import words_of
from bot.core.model import DangerDay, UserProfile
from bot.deps import Deps
from bot.features.pings.dates import DateWords, parse_month_day
from bot.features.pings.formats import cldr_locale, day_and_month
from bot.features.pings.outreach import HOLIDAY_PREFIX
from bot.telegram.context import StepContext
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
    user_data,
)

MENU: Final = "danger.menu"
HOLIDAY: Final = "danger.holiday"
DATE: Final = "danger.date"
REMOVE: Final = "danger.remove"
END: Final = ConversationHandler.END

# Kinds she dates herself; holidays come from content.
_OWN_KINDS: Final = (DangerKind.BIRTHDAY, DangerKind.ANNIVERSARY, DangerKind.CUSTOM)
_PENDING_KIND = "danger_kind"

Context = StepContext


class DangerDaysFlow:
    def __init__(self, deps: Deps) -> None:
        self._deps = deps
        self._content = deps.content
        every = words_of(deps.locales.every())  # she may type a month in any language
        self._words = DateWords.of(every.months, every.words.dates.of, every.words.dates.ordinals)

    def handlers(self) -> list[Handler]:
        other = ~filters.COMMAND
        return [
            conversation(
                "danger_days",
                entry_points=[CommandHandler("dangerdays", self.show)],
                states={
                    MENU: [
                        CallbackQueryHandler(self.ask_holiday, pattern=r"^danger:add:holiday$"),
                        CallbackQueryHandler(self.ask_date, pattern=r"^danger:add:\w+$"),
                        CallbackQueryHandler(self.ask_remove, pattern=r"^danger:remove$"),
                        CallbackQueryHandler(self.done, pattern=r"^danger:done$"),
                        MessageHandler(other, self.show),
                    ],
                    HOLIDAY: [
                        CallbackQueryHandler(self.holiday_chosen, pattern=r"^danger:holiday:"),
                        MessageHandler(other, self.reask_holiday),
                    ],
                    DATE: [
                        MessageHandler(filters.TEXT & other, self.date_given),
                        MessageHandler(other, self.reask_date),
                    ],
                    REMOVE: [
                        CallbackQueryHandler(self.remove_chosen, pattern=r"^danger:rm:\d+$"),
                        MessageHandler(other, self.show),
                    ],
                },
                fallbacks=[CommandHandler("cancel", self.done)],
            )
        ]

    async def show(self, update: Update, context: Context) -> str:
        answer_button(update, context)
        profile = await context.profile()
        days = await self._deps.repo.list_danger_days(profile.user_id)
        text = self._content.text
        listing = "\n".join(
            f"• {self._label(day)} — {self._date_label(day, profile)}" for day in days
        )
        buttons: list[list[Button]] = [
            [(text("danger.buttons.add_holiday"), "danger:add:holiday")],
            *[
                [(text(f"danger.buttons.add_{kind.value}"), f"danger:add:{kind.value}")]
                for kind in _OWN_KINDS
            ],
        ]
        if days:
            buttons.append([(text("danger.buttons.remove"), "danger:remove")])
        buttons.append([(text("danger.buttons.done"), "danger:done")])
        body = text("danger.list", days=listing) if days else text("danger.list_empty")
        await reply(update, body, inline(buttons))
        return MENU

    async def ask_holiday(self, update: Update, context: Context) -> str:
        answer_button(update, context)
        buttons = [
            (holiday.label, f"danger:holiday:{holiday.id}")
            for holiday in self._content.pings.holidays
        ]
        await reply(update, self._content.text("danger.ask_holiday"), inline(in_rows(buttons, 2)))
        return HOLIDAY

    async def holiday_chosen(self, update: Update, context: Context) -> str:
        answer_button(update, context)
        holiday = self._content.pings.holiday(callback_parts(update)[-1])
        if holiday is None:
            return await self.reask_holiday(update, context)
        return await self._add(
            update, context, f"{HOLIDAY_PREFIX}{holiday.id}", holiday.month, holiday.day
        )

    async def reask_holiday(self, update: Update, context: Context) -> str:
        await reply(update, self._content.text("danger.reask_holiday"))
        return HOLIDAY

    async def ask_date(self, update: Update, context: Context) -> str:
        answer_button(update, context)
        kind = DangerKind(callback_parts(update)[-1])
        user_data(context)[_PENDING_KIND] = kind.value
        await reply(
            update,
            self._content.text(
                "danger.ask_date", what=self._content.text(f"danger.kinds.{kind.value}")
            ),
        )
        return DATE

    async def date_given(self, update: Update, context: Context) -> str:
        message = update.effective_message
        parsed = parse_month_day(message.text or "", self._words) if message is not None else None
        kind = user_data(context).get(_PENDING_KIND)
        if parsed is None or not isinstance(kind, str):
            return await self.reask_date(update, context)
        month, day = parsed
        return await self._add(update, context, kind, month, day)

    async def reask_date(self, update: Update, context: Context) -> str:
        await reply(update, self._content.text("danger.reask_date"))
        return DATE

    async def ask_remove(self, update: Update, context: Context) -> str:
        answer_button(update, context)
        profile = await context.profile()
        days = await self._deps.repo.list_danger_days(profile.user_id)
        buttons = [
            (f"{self._label(day)} — {self._date_label(day, profile)}", f"danger:rm:{day.id}")
            for day in days
        ]
        await reply(update, self._content.text("danger.ask_remove"), inline(in_rows(buttons, 1)))
        return REMOVE

    async def remove_chosen(self, update: Update, context: Context) -> str:
        answer_button(update, context)
        profile = await context.profile()
        await self._deps.repo.remove_danger_day(profile.user_id, int(callback_parts(update)[-1]))
        await self._deps.pings.danger.refresh(profile)
        await reply(update, self._content.text("danger.removed"))
        return await self.show(update, context)

    async def done(self, update: Update, context: Context) -> int:
        answer_button(update, context)
        user_data(context).pop(_PENDING_KIND, None)
        await reply(update, self._content.text("danger.done"), main_keyboard(self._content))
        return END

    async def _add(self, update: Update, context: Context, kind: str, month: int, day: int) -> str:
        profile: UserProfile = await context.profile()
        stored = await self._deps.repo.add_danger_day(profile.user_id, kind, month, day)
        user_data(context).pop(_PENDING_KIND, None)
        await self._deps.pings.danger.refresh(profile)
        await reply(
            update,
            self._content.text(
                "danger.added", what=self._label(stored), date=self._date_label(stored, profile)
            ),
        )
        return await self.show(update, context)

    def _label(self, day: DangerDay) -> str:
        if day.kind.startswith(HOLIDAY_PREFIX):
            holiday = self._content.pings.holiday(day.kind.removeprefix(HOLIDAY_PREFIX))
            return holiday.label if holiday is not None else day.kind
        return self._content.text(f"danger.kinds.{day.kind}")

    def _date_label(self, day: DangerDay, profile: UserProfile) -> str:
        # Hard dates come back every year: no year, in her language's order.
        return day_and_month(day.month, day.day, cldr_locale(self._content.locale, profile))
