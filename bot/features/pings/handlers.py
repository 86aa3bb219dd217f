"""What she can do about the daily check-in: answer it, pause it, resume it."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import timedelta
from typing import Final

from telegram import Update
from telegram.ext import CallbackQueryHandler, CommandHandler

from bot.deps import Deps
from bot.features.pings.formats import cldr_locale, on_date
from bot.telegram.context import StepContext
from bot.telegram.ui import (
    Handler,
    answer_button,
    callback_parts,
    in_rows,
    inline,
    local_clock,
    main_keyboard,
    reply,
)

PAUSE_CHOICES: Final = (1, 3, 7, 14, 30)
MAX_PAUSE_DAYS: Final = 90

Context = StepContext


class CheckinFlow:
    def __init__(self, deps: Deps) -> None:
        self._deps = deps
        self._content = deps.content

    def handlers(self) -> list[Handler]:
        return [
            CallbackQueryHandler(self.doing_ok, pattern=r"^ping:ok$"),
            CommandHandler("pause", self.pause),
            CallbackQueryHandler(self.pause_chosen, pattern=r"^ping:pause:\d+$"),
            CommandHandler("resume", self.resume),
            CallbackQueryHandler(self.nudges_off, pattern=r"^risk:off$"),
        ]

    async def nudges_off(self, update: Update, context: Context) -> None:
        answer_button(update, context)
        profile = replace(await context.profile(), risk_nudges=False)
        await self._deps.profiles.save(profile)
        await self._deps.pings.risk.refresh(profile)
        await reply(update, self._content.text("risk.off_done"), main_keyboard(self._content))

    async def doing_ok(self, update: Update, context: Context) -> None:
        answer_button(update, context)
        await reply(update, self._content.text("checkin.ok_reply"), main_keyboard(self._content))

    async def pause(self, update: Update, context: Context) -> None:
        days = _days_from(" ".join(context.args or []))
        if days is not None:
            await self._pause_for(update, context, days)
            return
        buttons = [
            (self._content.text("checkin.pause_days", days=days), f"ping:pause:{days}")
            for days in PAUSE_CHOICES
        ]
        await reply(update, self._content.text("checkin.pause_ask"), inline(in_rows(buttons, 3)))

    async def pause_chosen(self, update: Update, context: Context) -> None:
        answer_button(update, context)
        await self._pause_for(update, context, int(callback_parts(update)[-1]))

    async def resume(self, update: Update, context: Context) -> None:
        profile = replace(await context.profile(), paused_until=None)
        await self._deps.profiles.save(profile)
        await self._deps.pings.refresh(profile)
        due = await self._deps.pings.next_ping(profile.user_id)
        text = (
            self._content.text("checkin.resumed", time=local_clock(due, profile.timezone))
            if due is not None
            else self._content.text("checkin.resumed_not_set_up")
        )
        await reply(update, text, main_keyboard(self._content))

    async def _pause_for(self, update: Update, context: Context, days: int) -> None:
        profile = await context.profile()
        if not 1 <= days <= MAX_PAUSE_DAYS:
            await reply(update, self._content.text("checkin.pause_range", most=MAX_PAUSE_DAYS))
            return
        today = self._deps.profiles.today(profile)
        until = today + timedelta(days=days)
        profile = replace(profile, paused_until=until)
        await self._deps.profiles.save(profile)
        await self._deps.pings.refresh(profile)
        await reply(
            update,
            self._content.text(
                "checkin.paused",
                date=on_date(until, cldr_locale(self._content.locale, profile), today=today),
            ),
            main_keyboard(self._content),
        )


def _days_from(text: str) -> int | None:
    found = re.search(r"\d{1,4}", text)
    return int(found.group()) if found else None
