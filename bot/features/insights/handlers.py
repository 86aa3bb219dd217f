"""/insights: her log as three pictures, each with a short caption, then in words."""

from __future__ import annotations

import asyncio
from typing import Final

from telegram import InlineKeyboardMarkup, InputFile, Update
from telegram.constants import ChatAction
from telegram.ext import CommandHandler

from bot.content import Content, ContentError
from bot.deps import Deps
from bot.features.insights.charts import ChartLabels, render_all
from bot.features.insights.service import InsightsService
from bot.features.insights.summary import summary
from bot.features.pings.formats import cldr_locale, hour_marks, month_names, weekday_names
from bot.features.space import space_button
from bot.telegram.context import StepContext
from bot.telegram.ui import Handler, main_keyboard, reply

Context = StepContext

CHARTS: Final = ("calendar", "week", "trend")  # in the order render_all draws them


def chart_labels(content: Content, locale: str | None = None) -> ChartLabels:
    """The charts' words: titles from content, weekdays, months and hours from CLDR in
    `locale` ("en_GB"; her language alone without one). Raises ContentError if a text is
    missing."""
    text = content.text
    cldr = locale or cldr_locale(content.locale)
    try:
        return ChartLabels(
            weekdays=weekday_names(cldr),
            months=month_names(cldr),
            hour_marks=hour_marks(cldr),
            calendar_title=text("insights.calendar.title"),
            calendar_clear=text("insights.calendar.clear"),
            calendar_contact=text("insights.calendar.contact"),
            calendar_before=text("insights.calendar.before"),
            calendar_urges=text("insights.calendar.urges"),
            hours_title=text("insights.week.title"),
            hours_scale=text("insights.week.scale"),
            trend_title=text("insights.trend.title"),
            trend_held=text("insights.trend.held"),
            trend_slipped=text("insights.trend.slipped"),
            trend_axis=text("insights.trend.axis"),
        )
    except ValueError as error:
        raise ContentError(f"{content.locale}: CLDR's chart labels: {error}") from None


class InsightsFlow:
    def __init__(self, deps: Deps) -> None:
        self._deps = deps
        self._content = deps.content
        # Read here, when the app is built, so a content mistake stops the start instead
        # of surfacing the first time someone asks for her pictures.
        # Checked for every language now, so a content mistake stops the start.
        for locale in deps.locales.available:
            chart_labels(deps.locales.of(locale))
        self._service = InsightsService(deps.repo, deps.profiles)

    def handlers(self) -> list[Handler]:
        return [CommandHandler("insights", self.show)]

    async def show(self, update: Update, context: Context) -> None:
        profile = await context.profile()
        insights = await self._service.insights(profile)
        if insights is None:
            await reply(
                update,
                self._content.text(
                    "insights.not_enough", button=self._content.text("keyboard.urge")
                ),
                main_keyboard(self._content),
            )
            return

        await context.bot.send_chat_action(profile.chat_id, ChatAction.UPLOAD_PHOTO)
        # Drawing is CPU work; in a thread, every other chat keeps its replies meanwhile.
        cldr = cldr_locale(self._content.locale, profile)
        pictures = await asyncio.to_thread(
            render_all, insights.history, chart_labels(self._content, cldr)
        )
        for name, picture in zip(CHARTS, pictures, strict=True):
            await context.bot.send_photo(
                profile.chat_id,
                InputFile(picture, filename=f"{name}.png"),
                caption=self._content.text(f"insights.{name}.caption"),
            )
        await reply(
            update,
            summary(
                self._content,
                insights.history,
                insights.streak,
                profile.situation,
                locale=cldr,
            ),
            # Her space shows the same, tappable day by day; the urge button stays put
            # (a reply keyboard lasts until replaced).
            InlineKeyboardMarkup([[space]])
            if (space := space_button(self._deps.settings, self._content)) is not None
            else main_keyboard(self._content),
        )
